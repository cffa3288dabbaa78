"""The Russian attributions component: who said what, read from the UD parse natasha gives, into the same
:class:`~politika.nlp.attribution_types.Attribution` objects (and so the same record) as English.

Registered as the spaCy factory ``politika_ru_attributions``. The constructions, by their cue
(:mod:`politika.nlp.ru.cues`):

- a speech verb with a subject (``nsubj``) and a clause (``ccomp``) or a quote (``parataxis``) after it: "Песков
  заявил, что ...", "Лавров сказал: «...»";
- a speech verb in parenthesis after a quote or a clause: "«...», — заявил Песков"; "..., сообщил источник";
- "как сообщает X", "как заявил X": the clause the cue is attached to;
- "по словам X", "по данным X", "по мнению X": X is the source and the clause around it the content.

Content is the clause without its conjunction ("что") and punctuation; inside guillemets it is a direct quote, and a
clause with a quote inside it is mixed. A source whose head is "источник", "собеседник" (or is "анонимный",
"неназванный") is anonymous; "эксперты", "СМИ", "наблюдатели" and their like are vague; a named person never is
either (the record builder checks the actors layer).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from politika.nlp.attribution import QUOTE_CHARS, quote_spans
from politika.nlp.attribution_types import Attribution, TokenRange
from politika.nlp.ru import cues

if not Doc.has_extension("politika_attributions"):
    Doc.set_extension("politika_attributions", default=None)

_SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
_TRIM = {"что", "чтобы", "будто", "якобы", "как", "ли"}


@Language.factory("politika_ru_attributions", assigns=["doc._.politika_attributions"],
                  requires=["doc.sents", "token.dep", "token.lemma"])
def make_ru_attributions_component(nlp: Language, name: str) -> RuAttributionsComponent:
    return RuAttributionsComponent()


class RuAttributionsComponent:
    """spaCy component: the attributions of a Russian Doc. See the module docstring for the constructions."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.politika_attributions = find_ru_attributions(doc)
        return doc


def find_ru_attributions(doc: Doc) -> list[Attribution]:
    """The attributions of a Doc parsed by the natasha pipeline, in order of their content."""
    quoted: set[int] = set()
    for start, end in quote_spans(doc):
        quoted.update(range(start, end))
    sentence_of = {}
    for number, sent in enumerate(doc.sents):
        for token in sent:
            sentence_of[token.i] = number
    found: list[Attribution] = []
    for token in doc:
        made = None
        if (token.lemma_ in cues.SPEECH_VERBS and token.pos_ in ("VERB", "AUX")) or (
                token.lemma_ in cues.BELIEF_ADJECTIVES and token.pos_ == "ADJ"):
            made = _verb(token)
        elif token.lemma_ in cues.ACCORDING_NOUNS and any(c.dep_ == "case" and c.lower_ == "по"
                                                          for c in token.children):
            made = _according(token)
        if made is None:
            continue
        clause, cue, source, head, via = made
        content = _trim(doc, clause)
        if content is None or content[1] - content[0] < 2:
            continue
        if any(_overlaps(content, a.content_range) and a.cue == cue for a in found):
            continue
        attribution = Attribution(kind="indirect", content=[content], cue=cue, source=source, source_head=head,
                                  sentence=sentence_of.get(cue[0], 0), via=via)
        _flags(doc, attribution, quoted)
        found.append(attribution)
    found.sort(key=lambda a: a.content_range)
    return found


Found = tuple[TokenRange, TokenRange, TokenRange | None, int | None, str]


def _verb(verb: Token) -> Found | None:
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None:  # "В Кремле заявили, что ...", "В заявлении МИД говорится ...": the place speaks
        subject = next((c for c in verb.children if c.dep_ == "obl" and c.i < verb.i and c.pos_ in ("PROPN", "NOUN")
                        and any(g.dep_ == "case" and g.lower_ in ("в", "во") for g in c.children)), None)
    source, head = _source(subject) if subject is not None else (None, None)
    cue = (verb.i, verb.i + 1)
    about = next((c for c in verb.children if c.dep_ == "obl" and c.lemma_ == "это" and c.i < verb.i
                  and any(g.dep_ == "case" and g.lemma_ == "о" for g in c.children)), None)
    if about is not None and source is not None and verb.sent.start > 0:
        # "Об этом сообщил губернатор": what is reported is the sentence before
        before = verb.doc[verb.sent.start - 1].sent
        return (before.start, before.end), cue, source, head, "previous"
    for child in verb.children:
        # after the verb: "заявил, что ...", "сказал: «...»"; before it: "«...», — заявил Песков"
        if child.dep_ == "ccomp" or (child.dep_ == "parataxis" and child.pos_ != "NOUN"
                                     and child.lemma_ not in cues.SPEECH_VERBS):
            return _subtree(child), cue, source, head, child.dep_
    marked = any(c.dep_ == "mark" and c.lower_ == "как" for c in verb.children)
    if verb.dep_ in ("parataxis", "advcl") and verb.head.i != verb.i and (marked or verb.dep_ == "parataxis"):
        # "«...», — заявил Песков"; "..., как сообщает ТАСС": the clause the cue hangs on
        clause = _clause_without(verb.head, verb)
        if clause is not None and source is not None:
            return clause, cue, source, head, "parenthetical"
    return None


def _according(noun: Token) -> Found | None:
    owner = next((c for c in noun.children if c.dep_ in ("nmod", "appos") and c.i > noun.i), None)
    if owner is None:  # "по его словам", "по их данным"
        owner = next((c for c in noun.children if c.dep_ in ("det", "nmod:poss") and c.lemma_ in ("он", "она", "они")
                      and c.i < noun.i), None)
    if owner is None:
        return None
    source, head = _source(owner)
    preposition = next(c for c in noun.children if c.dep_ == "case")
    cue = (min(preposition.i, noun.i), noun.i + 1)
    if owner.i < noun.i:  # the pronoun sits inside "По его словам": the noun is the cue
        cue = (noun.i, noun.i + 1)
    clause_head = noun.head if noun.head.i != noun.i else None
    if clause_head is None:
        return None
    clause = _clause_without(clause_head, noun)
    return (clause, cue, source, head, "according") if clause is not None else None


def _source(token: Token) -> tuple[TokenRange, int]:
    """The source's words (its subtree, without a clause inside it) and its head: the name in an apposition
    ("президент России Владимир Путин" → "Путин")."""
    words = [t for t in token.subtree if not (t.dep_ in ("acl", "acl:relcl", "punct", "case") and t.head.i == token.i)]
    start = min(t.i for t in words)
    end = token.i + 1
    for t in words:
        if t.i >= token.i and t.i == end:
            end += 1
    head = token.i
    name = next((t for t in token.subtree if t.ent_type_ == "PERSON" and t.i >= token.i), None)
    if token.ent_type_ != "PERSON" and name is not None and name.dep_ in ("appos", "flat:name", "nmod"):
        head = name.i
    elif token.ent_type_ in ("ORG", "LOC"):
        head = token.i
    return (start, max(end, head + 1)), head


def _subtree(token: Token) -> TokenRange:
    return token.left_edge.i, token.right_edge.i + 1


def _clause_without(head: Token, cue: Token) -> TokenRange | None:
    """The words of ``head``'s clause on the side of the cue that has more of them: the cue's own words are not
    content ("«...», — заявил Песков": the quote before it; "По словам Пескова, ...": the clause after it)."""
    before = [t.i for t in head.subtree if t.i < cue.left_edge.i and not t.is_punct]
    after = [t.i for t in head.subtree if t.i > cue.right_edge.i and not t.is_punct]
    if len(before) >= len(after) and before:
        return min(t.i for t in head.subtree), cue.left_edge.i
    if after:
        return cue.right_edge.i + 1, max(t.i for t in head.subtree) + 1
    return None


def _trim(doc: Doc, span: TokenRange) -> TokenRange | None:
    start, end = span
    while start < end and (doc[start].is_space or doc[start].lower_ in _TRIM or
                           (doc[start].is_punct and doc[start].text not in QUOTE_CHARS)):
        start += 1
    while end > start and (doc[end - 1].is_space or (doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CHARS)):
        end -= 1
    # a lone closing or opening guillemet left over from a quote the clause cuts through
    text = doc[start:end].text if end > start else ""
    if text.count("«") != text.count("»"):
        if doc[start].text == "«" and "»" not in text:
            start += 1
        elif doc[end - 1].text == "»" and "«" not in text:
            end -= 1
    return (start, end) if end > start else None


def _flags(doc: Doc, attribution: Attribution, quoted: set[int]) -> None:
    start, end = attribution.content_range
    part = doc[start:end]
    if (part[0].text in ("«", "“", '"') and part[-1].text in ("»", "”", '"')) or all(t.i in quoted for t in part):
        attribution.kind = "direct"
    elif any(t.i in quoted for t in part):
        attribution.kind = "mixed"
    attribution.in_quote = attribution.cue is not None and attribution.cue[0] in quoted
    if attribution.source is None or attribution.source_head is None:
        return
    head = doc[attribution.source_head]
    source = doc[attribution.source[0]:attribution.source[1]]
    lemmas = {t.lemma_ for t in source}
    if head.ent_type_ == "PERSON":
        return
    if head.lemma_ in cues.ANONYMOUS_NOUNS or lemmas & cues.ANONYMOUS_MODIFIERS:
        attribution.anonymous = True
    elif head.lemma_ in cues.VAGUE_NOUNS and not any(t.ent_type_ for t in source):
        attribution.vague = True


def _overlaps(a: TokenRange, b: TokenRange) -> bool:
    return a[0] < b[1] and b[0] < a[1]
