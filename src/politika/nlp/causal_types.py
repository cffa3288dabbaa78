"""The causal layer's types: a :class:`CausalLink` in token offsets and the :class:`CausalAnalysis` of a Doc.
:mod:`politika.nlp.causal` proposes the links and :mod:`politika.nlp.causal_links` scores them."""

from __future__ import annotations

from dataclasses import dataclass, field

TokenRange = tuple[int, int]


@dataclass
class CausalLink:
    """One cause-effect relation in token offsets (end-exclusive) of the doc."""

    sentence: int
    cause: TokenRange
    effect: TokenRange
    signal: TokenRange | None
    polarity: str = "+"
    kind: str = "verb"
    prior: float = 0.8
    confidence: float = 0.0
    negated: bool = False
    hedged: bool = False
    relation: str = "causes"
    # The span tagger's confidence in a relation with this cause and effect (0: none, or not asked).
    agreed: float = 0.0


@dataclass
class CausalAnalysis:
    scores: list[float] = field(default_factory=list)
    links: list[CausalLink] = field(default_factory=list)
