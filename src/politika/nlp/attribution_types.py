"""The attributions layer's type: an :class:`Attribution` in token offsets. :mod:`politika.nlp.attribution` finds
them; :mod:`politika.nlp.claim_flags`, :mod:`politika.nlp.claim_confidence` and :mod:`politika.nlp.speakers`
read and flag them."""

from __future__ import annotations

from dataclasses import dataclass, field

TokenRange = tuple[int, int]


@dataclass
class Attribution:
    """One attribution in token offsets (end-exclusive); ``content`` may have several parts."""

    kind: str
    content: list[TokenRange]
    cue: TokenRange | None = None
    source: TokenRange | None = None
    source_head: int | None = None
    sentence: int = 0
    anonymous: bool = False
    vague: bool = False
    author: bool = False
    hedges: list[str] = field(default_factory=list)
    stance: str | None = None
    parent: int | None = None
    in_quote: bool = False
    via: str = ""  # how the content was found: ccomp, xcomp, dobj, prep, quote_before, according, colon ...
    confidence: float = 1.0  # see politika.nlp.claim_confidence

    @property
    def content_range(self) -> TokenRange:
        return self.content[0][0], self.content[-1][1]
