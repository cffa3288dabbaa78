"""Datelines: the place a story was filed from, written before its first sentence ("ISLAMABAD: Prime Minister ...",
"New Delhi: Union home minister ...", "KYIV — Russia launched ..."), are no part of that sentence.

The parser reads "New Delhi: Union home minister Amit Shah said" as one clause with two subjects, so the place
became the speaker of "said" and the actor of the sentence's events. The component ``politika_datelines`` runs
before spaCy's parser and starts a sentence after the dateline's mark; the parser keeps sentence starts that are
set before it. :func:`is_dateline` tells the layers a dateline from a name and a colon ("Bolton: Clinton must go").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from politika.nlp import line_break_tokens

# What closes a dateline: a colon or a dash (newspapers in South Asia write "LAHORE:", wire services "KYIV —").
MARKS = frozenset({":", "—", "–", "--", "-"})
MAX_WORDS = 4
# A place in title case ("New Delhi:") is a dateline only when it is a state, a capital or a city this large: a
# small town's name before a colon is as often a person's ("Bolton: ...").
MIN_POPULATION = 500_000


@Language.factory("politika_datelines", assigns=["token.is_sent_start"], requires=[])
def make_datelines(nlp: Language, name: str) -> DatelinesComponent:
    return DatelinesComponent()


class DatelinesComponent:
    """Starts a sentence after a dateline at the start of the text or of a paragraph."""

    def __call__(self, doc: Doc) -> Doc:
        for start in _line_starts(doc):
            mark = dateline_mark(doc, start)
            if mark is None:
                continue
            after = mark + 1
            while after < len(doc) and (doc[after].is_space or doc[after].text in ('"', "“", "'", "‘")):
                after += 1
            if after < len(doc):
                doc[after].is_sent_start = True
        return doc


def _line_starts(doc: Doc) -> list[int]:
    starts = [0] if len(doc) else []
    starts += [i + 1 for i in line_break_tokens(doc) if i + 1 < len(doc)]
    return [i for i in starts if not doc[i].is_space]


def dateline_mark(doc: Doc, start: int) -> int | None:
    """The index of the mark that closes a dateline beginning at ``start`` ("ISLAMABAD :", "New Delhi :",
    "KYIV, Ukraine —", "WASHINGTON (AP) —"), or None."""
    words: list[Token] = []
    i = start
    while i < len(doc) and len(words) <= MAX_WORDS + 2:
        token = doc[i]
        if token.text in MARKS:
            break
        if token.text in (",", "(", ")") or (token.is_alpha and (token.is_upper or token.is_title)):
            words.append(token)
            i += 1
            continue
        return None
    else:
        return None
    if i >= len(doc) or not words or i + 1 >= len(doc):
        return None
    place_words = _place_words(words)
    if not place_words or len(place_words) > MAX_WORDS:
        return None
    return i if is_dateline(" ".join(t.text for t in place_words), all(t.is_upper for t in place_words)) else None


def _place_words(words: list[Token]) -> list[Token]:
    """The place's words: those before the first comma or parenthesis ("KYIV, Ukraine", "WASHINGTON (AP)")."""
    out = []
    for token in words:
        if token.text in (",", "("):
            break
        out.append(token)
    return out


def is_dateline(text: str, upper: bool) -> bool:
    """Whether ``text`` (the words before a colon or dash at a paragraph's start) is a dateline's place: a state, a
    capital or a city the gazetteer knows (of any size when written in capitals, as wire datelines are; of at least
    :data:`MIN_POPULATION` in title case)."""
    from politika.kb import KnowledgeBase
    from politika.nlp.gazetteer import place

    name = text.title() if upper else text
    if KnowledgeBase.load().country_of_name(name, fallback=False) is not None:
        return True
    city = place(name)
    return city is not None and (upper or city.population >= MIN_POPULATION)


def dateline_of(span: Span) -> bool:
    """Whether ``span`` (the words before a colon) is a whole dateline at the start of its paragraph."""
    doc = span.doc
    start = span.start
    if start > 0 and "\n" not in doc[start - 1].text:
        return False
    mark = dateline_mark(doc, start)
    return mark is not None and mark == span.end
