"""The annotation record as types: TypedDicts that mirror shared/annotation.schema.json.

A key the schema requires is ``Required``; every other key is optional, the schema's own and the ones we add
(ANNOTATION_FORMAT.md: "keys may be added; none of the keys above may be renamed or dropped").
``tests/nlp/test_record_types.py`` holds them to the schema. No spaCy here: the store and the views can import it.
"""

# No "from __future__ import annotations": TypedDict reads Required[...] from evaluated annotations.
from typing import Required, TypedDict


class Span(TypedDict):
    """Character offsets into the text, end-exclusive, and the text between them."""

    start: int
    end: int
    text: str


class SentenceEntry(TypedDict):
    start: int
    end: int


class MentionEntry(TypedDict, total=False):
    start: Required[int]
    end: Required[int]
    text: Required[str]
    label: Required[str]
    actor: str | None
    kind: str  # name | nominal | pronoun | metonym | place
    ner_label: str  # the NER's label where it differs ("-": the NER missed the name)


class RoleEntry(TypedDict):
    title: str
    role: str
    country: str | None
    sector: str | None
    former: bool
    since: str | None
    until: str | None
    evidence: Span | None


class TieEntry(TypedDict):
    type: str
    target: str
    evidence: Span
    sentence: int


class ActorEntry(TypedDict, total=False):
    id: Required[str]
    name: Required[str]
    type: Required[str]
    aliases: list[str]
    descriptors: list[str]
    country: str | None
    sector: str | None
    kb_id: str | None
    kind: str
    descriptor_spans: list[Span]
    link_confidence: float
    country_source: str
    country_evidence: Span
    country_confidence: float
    roles: list[RoleEntry]
    ties: list[TieEntry]
    mention_count: int


class EventEntry(TypedDict, total=False):
    type: Required[str]  # one of the 16 PLOVER event types
    sentence: Required[int]
    actor: Required[list[str]]
    recipient: Required[list[str]]
    trigger: Required[Span]
    mode: str | None
    actor_spans: list[Span]
    recipient_spans: list[Span]
    date: str | None
    location: str | None
    negated: bool
    hypothetical: bool
    future: bool
    confidence: float
    date_end: str | None
    date_source: str | None
    date_span: Span | None
    location_country: str | None
    location_span: Span | None
    reported: bool
    filled: dict[str, float]  # sides the learned argument scorer filled, with its probability (nlp/event_arguments.py)


class ContextEntry(TypedDict):
    context: str
    evidence: list[Span]


class AttributionEntry(TypedDict, total=False):
    kind: Required[str]  # direct | indirect | mixed
    source: Required[Span | None]
    cue: Required[Span | None]
    content: Required[Span]
    source_actor: str | None
    anonymous: bool
    vague: bool
    author: bool
    hedged: bool
    hedges: list[str]
    stance: str | None
    sentence: int
    parent: int | None
    in_quote: bool
    confidence: float
    content_parts: list[Span]


class CausalSentenceEntry(TypedDict, total=False):
    sentence: Required[int]
    causal: Required[bool]
    score: float


class CausalLinkEntry(TypedDict, total=False):
    sentence: Required[int]
    cause: Required[Span]
    effect: Required[Span]
    polarity: Required[str]  # + | -
    signal: Span | None
    confidence: float
    negated: bool
    hedged: bool
    kind: str
    rule: str


class AnnotationRecord(TypedDict, total=False):
    """The record of an analysed text."""

    id: Required[str | int]
    sentences: Required[list[SentenceEntry]]
    mentions: Required[list[MentionEntry]]
    actors: Required[list[ActorEntry]]
    events: Required[list[EventEntry]]
    attributions: Required[list[AttributionEntry]]
    causal_sentences: Required[list[CausalSentenceEntry]]
    causal: Required[list[CausalLinkEntry]]
    contexts: list[ContextEntry]
    opinion_score: float


class ErrorRecord(TypedDict, total=False):
    """The record of a line that could not be read or a text whose analysis raised."""

    id: Required[str | int]
    error: Required[str]
    stage: str
    exception: str
    message: str
    where: str | None


Record = AnnotationRecord | ErrorRecord  # what the pipeline yields for each text
