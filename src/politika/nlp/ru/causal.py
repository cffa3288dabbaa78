"""The Russian causal component: cause-effect claims read from the UD parse natasha gives, into the same
:class:`~politika.nlp.causal_types.CausalAnalysis` (and so the same record) as English.

Registered as the spaCy factory ``politika_ru_causal``; it writes ``doc._.politika_causal``. The signals, from
general knowledge of Russian (the English layer's kinds, :mod:`politika.nlp.causal_cues`):

- ``prep``: "из-за", "благодаря", "вследствие", "ввиду", "в результате", "в связи с", "по причине": cause = the
  noun phrase, effect = the clause it belongs to ("Из-за обстрелов власти эвакуировали жителей");
- ``mark``: "потому что", "так как", "поскольку", "ибо": cause = the subordinate clause, effect = the main one;
- ``adverb``: "поэтому", "следовательно", "в итоге": effect = its clause, cause = the clause before it in the
  sentence, else the sentence before;
- ``verb``: "привести к", "вызвать", "повлечь", "спровоцировать", "стать причиной", "стать ответом на", "позволить",
  and the preventing "помешать", "предотвратить", "лишить" (polarity ``-``): cause = the subject, effect = the
  object (or the к-phrase, the genitive of "причина"); a negated verb is a cause that did not bring its effect
  about ("ни к чему не приведут": kind ``failure``).

``confidence`` is the signal's prior; a sentence's ``causal_sentences`` score is its best link's confidence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from politika.nlp.causal import relation_kind
from politika.nlp.causal_types import CausalAnalysis, CausalLink, TokenRange
from politika.nlp.ru import cues

if not Doc.has_extension("politika_causal"):
    Doc.set_extension("politika_causal", default=None)

# Prepositions (one token in natasha's segmentation) that introduce a cause: (polarity, prior).
PREPOSITIONS: dict[str, tuple[str, float]] = {
    "из-за": ("+", 0.8), "благодаря": ("+", 0.8), "вследствие": ("+", 0.85), "ввиду": ("+", 0.75),
    "из-за того": ("+", 0.8),
}
# Nouns that with their preposition introduce a cause ("в результате X", "по причине X", "в связи с X").
PREPOSITION_NOUNS: dict[tuple[str, str], tuple[str, float]] = {
    ("в", "результат"): ("+", 0.85), ("по", "причина"): ("+", 0.85), ("в", "связь"): ("+", 0.6),
    ("в", "ответ"): ("+", 0.7),
}
# Subordinating conjunctions of cause (first word; natasha attaches the rest as ``fixed``).
MARKS: dict[str, tuple[str, float]] = {
    "потому": ("+", 0.85), "поскольку": ("+", 0.8), "так": ("+", 0.8), "ибо": ("+", 0.8), "оттого": ("+", 0.8),
    "благодаря": ("+", 0.8), "из-за": ("+", 0.8),
}
# "так" is a mark of cause only as "так как".
MARK_SECOND_WORDS = {"так": "как", "потому": "что", "оттого": "что"}
# Connective adverbs: their clause is the effect of what comes before.
ADVERBS: dict[str, tuple[str, float]] = {
    "поэтому": ("+", 0.8), "следовательно": ("+", 0.75), "потому": ("+", 0.7), "оттого": ("+", 0.7),
}
# Causative verbs (lemmas): (polarity, prior, the preposition of the effect or None for the object).
VERBS: dict[str, tuple[str, float, str | None]] = {
    "привести": ("+", 0.8, "к"), "приводить": ("+", 0.8, "к"),
    **{v: ("+", 0.75, None) for v in ("вызвать", "вызывать", "повлечь", "повлечь", "влечь", "спровоцировать",
                                      "провоцировать", "породить", "порождать", "обусловить", "усилить", "обострить",
                                      "позволить", "позволять")},
    **{v: ("-", 0.75, None) for v in ("помешать", "мешать", "предотвратить", "предотвращать", "лишить", "лишать",
                                      "сорвать", "подорвать", "ослабить")},
}
# Verbs whose effect is what they take away, in the genitive ("лишить X доходов").
DEPRIVING = frozenset({"лишить", "лишать"})
# "стать причиной X" (cause = subject, effect = X), "стать ответом на X" (cause = X, effect = subject).
BECOME_NOUNS = {"причина": ("+", 0.85), "следствие": ("+", 0.8), "результат": ("+", 0.8), "ответ": ("+", 0.75)}
# Verbs the English layer calls enabling: their relation is ``enables``.
ENABLING = frozenset({"благодаря", "позволить", "позволять"})
_CLAUSE_DEPS = frozenset({"advcl", "parataxis", "conj", "ccomp", "acl", "acl:relcl"})
_EDGE_SKIP = frozenset({"punct", "cc", "mark", "case", "fixed"})


@Language.factory("politika_ru_causal", assigns=["doc._.politika_causal"],
                  requires=["doc.sents", "token.dep", "token.lemma"])
def make_ru_causal_component(nlp: Language, name: str) -> RuCausalComponent:
    return RuCausalComponent()


class RuCausalComponent:
    """spaCy component: the causal claims of a Russian Doc. See the module docstring for the signals."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.politika_causal = find_ru_causal(doc)
        return doc


def find_ru_causal(doc: Doc) -> CausalAnalysis:
    """Every sentence's score and causal links of a Doc parsed by the natasha pipeline."""
    sents = list(doc.sents)
    out = CausalAnalysis()
    for index, sent in enumerate(sents):
        previous = sents[index - 1] if index else None
        links: list[CausalLink] = []
        for token in sent:
            link = _link(token, index, sent, previous)
            if link is None or link.cause[0] >= link.cause[1] or link.effect[0] >= link.effect[1]:
                continue
            if any(_overlap(link.cause, other.cause) and _overlap(link.effect, other.effect) for other in links):
                continue
            link.confidence = link.prior
            link.relation = _relation(link, doc)
            links.append(link)
        links.sort(key=lambda link: (-link.confidence, link.effect[0]))
        out.scores.append(max((link.confidence for link in links), default=0.0))
        out.links.extend(links)
    return out


def _relation(link: CausalLink, doc: Doc) -> str:
    if link.kind != "failure" and link.polarity == "+" and link.signal is not None and any(
            t.lemma_ in ENABLING or t.lower_ in ENABLING for t in doc[link.signal[0]:link.signal[1]]):
        return "enables"
    return relation_kind(link, doc)


def _link(token: Token, index: int, sent: Span, previous: Span | None) -> CausalLink | None:
    lower = token.lower_
    if token.dep_ == "case" and lower in PREPOSITIONS and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
        polarity, prior = PREPOSITIONS[lower]
        return _prepositional(token.head, (token.i, token.i + 1), index, polarity, prior)
    if token.pos_ == "NOUN" and token.dep_ in ("obl", "nmod"):
        case = next((c for c in token.children if c.dep_ == "case"), None)
        key = (case.lower_, token.lemma_) if case is not None else None
        if key in PREPOSITION_NOUNS and case is not None:
            cause_head = next((c for c in token.children if c.dep_ == "nmod"), None)
            if cause_head is not None:
                polarity, prior = PREPOSITION_NOUNS[key]
                return _prepositional(cause_head, (case.i, token.i + 1), index, polarity, prior,
                                      governed=token)
    if lower in MARKS and token.dep_ == "mark":
        second = MARK_SECOND_WORDS.get(lower)
        fixed = [c for c in token.children if c.dep_ == "fixed"]
        if second is not None and not any(c.lower_ == second for c in fixed):
            return None
        polarity, prior = MARKS[lower]
        return _marked(token, fixed, index, polarity, prior)
    if lower in ADVERBS and token.dep_ == "advmod" and not any(c.dep_ == "fixed" for c in token.children):
        polarity, prior = ADVERBS[lower]
        return _adverbial(token, index, sent, previous, polarity, prior)
    if token.pos_ == "VERB" and token.lemma_ in VERBS:
        return _verbal(token, index)
    if token.lemma_ == "стать" and token.pos_ in ("VERB", "AUX"):
        return _become(token, index)
    return None


def _prepositional(noun: Token, signal: TokenRange, index: int, polarity: str, prior: float,
                   governed: Token | None = None) -> CausalLink | None:
    anchor = governed if governed is not None else noun
    verb = _clause_verb(anchor)
    if verb is None:
        return None
    cause = _range([t for t in noun.subtree if not (signal[0] <= t.i < signal[1])])
    effect = _clause_range(verb, [(min(signal[0], cause[0]), max(signal[1], cause[1])),
                                  _subtree_range(anchor)])
    return CausalLink(sentence=index, cause=cause, effect=effect, signal=signal, polarity=polarity, kind="prep",
                      prior=prior)


def _marked(mark: Token, fixed: list[Token], index: int, polarity: str, prior: float) -> CausalLink | None:
    clause = mark.head
    if clause.dep_ != "advcl" and not (clause.dep_ == "conj" and mark.lower_ in ("поскольку", "ибо")):
        return None
    main = clause.head
    if clause.dep_ == "conj":  # "A, а B, поскольку C" parsed flat: the effect is the clause just before the mark
        main = max([main, *(c for c in main.children if c.dep_ == "conj" and c.i < mark.i)], key=lambda t: t.i)
    words = {mark.i, *(t.i for t in fixed)}
    signal = (min(words), max(words) + 1)
    cause = _trim(clause.doc, _range([t for t in clause.subtree if t.i not in words]))
    effect = _clause_range(main, [_subtree_range(clause)])
    return CausalLink(sentence=index, cause=cause, effect=effect, signal=signal, polarity=polarity, kind="mark",
                      prior=prior)


def _adverbial(adverb: Token, index: int, sent: Span, previous: Span | None, polarity: str,
               prior: float) -> CausalLink | None:
    verb = adverb.head
    if verb.pos_ not in ("VERB", "AUX", "ADJ", "NOUN") or verb.i == adverb.i:
        return None
    effect = _clause_range(verb, [(adverb.i, adverb.i + 1)])
    before = _root_before(adverb)
    if verb.dep_ in ("conj", "parataxis") and verb.head.i < adverb.i:
        cause = _clause_range(verb.head, [_subtree_range(verb)])
    elif before is not None and before.i != verb.i:  # "X, поэтому Y" parsed as two roots
        cause = _clause_range(before, [(adverb.i - 1, max(adverb.i, effect[1]))])
    elif previous is not None and verb.i > sent.start and adverb.i <= min(t.i for t in verb.subtree):
        cause = _clause_range(previous.root, [])
    else:
        return None
    return CausalLink(sentence=index, cause=cause, effect=effect, signal=(adverb.i, adverb.i + 1),
                      polarity=polarity, kind="adverb", prior=prior)


def _root_before(adverb: Token) -> Token | None:
    """The root of the clause just before ", поэтому", where the parse made the two clauses two roots."""
    doc = adverb.doc
    if adverb.i < 2 or doc[adverb.i - 1].text not in (",", ";", "—", "–"):
        return None
    current = doc[adverb.i - 2]
    for _ in range(20):
        if current.head.i == current.i:
            break
        current = current.head
    if current.lemma_ in cues.SPEECH_VERBS:  # "соратники утверждают, что власти отказывались ..., поэтому"
        current = next((c for c in current.children if c.dep_ == "ccomp" and c.i < adverb.i), current)
    return current if current.i < adverb.i and current.pos_ in ("VERB", "AUX", "ADJ", "NOUN") else None


def _verbal(verb: Token, index: int) -> CausalLink | None:
    polarity, prior, preposition = VERBS[verb.lemma_]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_ in DEPRIVING:  # "лишат Москву доходов": the effect is what is taken away (genitive)
        preposition = None
        effect_head = next((c for c in verb.children if c.dep_ in ("obl", "obj", "nmod") and _preposition(c) is None
                            and "Gen" in c.morph.get("Case", [])), None)
    elif preposition is not None:
        effect_head = next((c for c in verb.children if c.dep_ == "obl" and _preposition(c) == preposition), None)
    else:
        effect_head = next((c for c in verb.children if c.dep_ in ("obj", "xcomp", "iobj")
                            or (c.dep_ == "obl" and _preposition(c) is None and "Dat" in c.morph.get("Case", []))),
                           None)
    if subject is not None and subject.lemma_ == "который" and verb.dep_ in ("acl:relcl", "acl"):
        subject = verb.head  # "страны, которые позволяют ...": the noun the relative clause hangs from
    if subject is None or effect_head is None or (subject.pos_ == "PRON" and subject.lower_ in ("это", "что")):
        return None
    kind = "verb"
    if _negated(verb):
        kind, polarity = "failure", "-"
    signal_end = verb.i + 1
    return CausalLink(sentence=index, cause=_noun_range(subject), effect=_content_range(effect_head),
                      signal=(verb.i, signal_end), polarity=polarity, kind=kind, prior=prior)


def _become(verb: Token, index: int) -> CausalLink | None:
    noun = next((c for c in verb.children if c.dep_ in ("xcomp", "obl", "obj") and c.lemma_ in BECOME_NOUNS), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is None or subject is None:
        return None
    polarity, prior = BECOME_NOUNS[noun.lemma_]
    other = next((c for c in noun.children if c.dep_ == "nmod"), None)
    if other is None:
        return None
    signal = (verb.i, noun.i + 1) if noun.i > verb.i else (noun.i, verb.i + 1)
    if noun.lemma_ in ("причина",):  # "X стал причиной Y": X causes Y
        cause, effect = _subtree_range(subject), _content_range(other)
    else:  # "X стал ответом на Y", "X стал следствием Y": Y causes X
        cause, effect = _content_range(other), _subtree_range(subject)
    return CausalLink(sentence=index, cause=cause, effect=effect, signal=signal, polarity=polarity, kind="verb",
                      prior=prior)


def _clause_verb(token: Token) -> Token | None:
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT":
            while current.dep_ in ("xcomp", "csubj") and current.head.i != current.i:
                current = current.head  # "не смог приехать из-за травмы": the effect is "не смог приехать"
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _clause_range(verb: Token, exclude: list[TokenRange]) -> TokenRange:
    """The verb's clause without ``exclude`` and its own subordinate clauses: the contiguous run around the verb."""
    skip: set[int] = set()
    for start, end in exclude:
        skip.update(range(start, end))
    for child in verb.children:
        if child.dep_ in _CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
            skip.update(t.i for t in child.subtree)
    tokens = {t.i for t in verb.subtree} - skip
    start = end = verb.i
    while start - 1 in tokens:
        start -= 1
    while end + 1 in tokens:
        end += 1
    return _trim(verb.doc, (start, end + 1))


def _content_range(head: Token) -> TokenRange:
    return _trim(head.doc, _range([t for t in head.subtree if not (t.dep_ == "case" and t.head.i == head.i)]))


def _noun_range(token: Token) -> TokenRange:
    """The token's phrase without its relative or participial clauses: the contiguous run around it."""
    skip = {t.i for c in token.children if c.dep_ in ("acl", "acl:relcl") for t in c.subtree}
    tokens = {t.i for t in token.subtree} - skip
    start = end = token.i
    while start - 1 in tokens:
        start -= 1
    while end + 1 in tokens:
        end += 1
    return _trim(token.doc, (start, end + 1))


def _subtree_range(token: Token) -> TokenRange:
    return _trim(token.doc, _range(list(token.subtree)))


def _range(tokens: list[Token]) -> TokenRange:
    if not tokens:
        return (0, 0)
    return (min(t.i for t in tokens), max(t.i for t in tokens) + 1)


def _trim(doc: Doc, rng: TokenRange) -> TokenRange:
    start, end = rng
    while start < end and (doc[start].dep_ in _EDGE_SKIP or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].dep_ in _EDGE_SKIP or doc[end - 1].is_space):
        end -= 1
    return (start, end)


def _preposition(token: Token) -> str | None:
    return next((c.lower_ for c in token.children if c.dep_ == "case"), None)


def _negated(verb: Token) -> bool:
    return any(c.lower_ == "не" for c in verb.children if c.dep_ in ("advmod", "dep", "discourse"))


def _overlap(a: TokenRange, b: TokenRange) -> bool:
    return a[0] < b[1] and b[0] < a[1]


__all__ = ["RuCausalComponent", "find_ru_causal"]
