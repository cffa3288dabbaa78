"""PLOVER contexts of an article, and event modes from the trigger's words, by keyword lexicon.

``article_contexts(doc)`` → ``{"military": [Span, ...], "legal": [...]}``: a context needs at least
``MIN_HITS`` keyword hits in the article (one for a few unambiguous ones), and the evidence spans are kept.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from politika.nlp.event_words import CONTEXT_WORDS, MODE_WORDS, STRONG

MIN_HITS = 2


def _words(tokens: list[Token]) -> set[str]:
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    words |= {f"{a.lower_} {b.lower_}" for a, b in pairwise(tokens)}
    words |= {f"{a.lemma_.lower()} {b.lemma_.lower()}" for a, b in pairwise(tokens)}
    return words


def event_mode(event_type: str, trigger: Token) -> str | None:
    """The PLOVER mode the trigger's clause names ("launched drone strikes" → ASSAULT ``drone``), or None."""
    table = MODE_WORDS.get(event_type)
    if not table:
        return None
    words = _words([t for t in trigger.subtree if abs(t.i - trigger.i) <= 12])
    for mode, keys in table:
        if keys & words:
            return mode
    return None


# Every keyword of every context: most tokens match none, and are passed over with a look-up or two; a two-word
# form is built only after a word that starts a two-word keyword.
_CONTEXT_KEYS: frozenset[str] = frozenset().union(*CONTEXT_WORDS.values())
_PAIR_STARTS: frozenset[str] = frozenset(key.split(" ", 1)[0] for key in _CONTEXT_KEYS if " " in key)


def article_contexts(doc: Doc) -> dict[str, list[Span]]:
    hits: dict[str, list[Span]] = {}
    lowers: list[str] = []
    lemmas: list[str] = []
    for token in doc:
        lowers.append(token.lower_)
        lemmas.append(token.lemma_.lower())
    last = len(lowers) - 1
    for i, (lower, lemma) in enumerate(zip(lowers, lemmas, strict=True)):
        forms = {lemma, lower}
        if i < last:
            if lower in _PAIR_STARTS:
                forms.add(f"{lower} {lowers[i + 1]}")
            if lemma in _PAIR_STARTS:
                forms.add(f"{lemma} {lemmas[i + 1]}")
        if forms.isdisjoint(_CONTEXT_KEYS):
            continue
        for name, keys in CONTEXT_WORDS.items():
            matched = forms & keys
            if matched:
                length = 2 if any(" " in m for m in matched) else 1
                hits.setdefault(name, []).append(doc[i:i + length])
    return {name: spans[:3] for name, spans in hits.items()
            if len(spans) >= MIN_HITS or name in STRONG}
