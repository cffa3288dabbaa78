"""Article text with its annotation layers marked in place, built from spans with every piece escaped.

The text is cut at every span boundary; each piece becomes one ``<span>`` whose classes name the layers
covering it, so overlapping spans need no nesting. Article text is untrusted: it only ever reaches the
page through ``markupsafe.escape``.

>>> str(highlight("a <b>", [Mark(0, 1, "actor", "a1")]))
'<span class="hl l-actor" data-ref="a1" tabindex="0" title="actor">a</span> &lt;b&gt;'
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from politika.store.claims import shown

LAYERS = ("actor", "event", "attribution", "causal")


@dataclass(frozen=True)
class Mark:
    """One highlighted span: ``layer`` (actor, event, attribution, causal), a ``part`` for the CSS class
    (``source``, ``cue``, ``content``, ``cause``, ...) and ``ref``, the id it links to in the side panel."""

    start: int
    end: int
    layer: str
    ref: str
    part: str = ""
    label: str = ""  # what the tooltip names: the actor, the event type, the claim's kind

    @property
    def css(self) -> str:
        return f"l-{self.layer}" + (f" p-{self.layer}-{self.part}" if self.part else "")

    @property
    def tip(self) -> str:
        """The mark in words, for the tooltip: ``actor: Vladimir Putin``, ``event ACCUSE (trigger)``."""
        part = f" ({self.part})" if self.part else ""
        return f"{self.layer}{': ' if self.label else ''}{self.label}{part}"


def _span(value: Any) -> tuple[int, int] | None:
    if not isinstance(value, Mapping):
        return None
    start, end = value.get("start"), value.get("end")
    return (start, end) if isinstance(start, int) and isinstance(end, int) and end > start else None


def record_marks(record: Mapping[str, Any] | None) -> list[Mark]:
    """The marks of every layer found in an annotation record (ANNOTATION_FORMAT.md); attributions only those
    the claims lists show (:func:`politika.store.claims.shown`)."""
    if not record:
        return []
    marks: list[Mark] = []

    def add(value: Any, layer: str, ref: str, part: str = "", label: Any = "") -> None:
        span = _span(value)
        if span:
            marks.append(Mark(span[0], span[1], layer, ref, part, str(label or "")))

    names = {str(a.get("id")): a.get("name") for a in record.get("actors") or [] if isinstance(a, Mapping)}
    for mention in record.get("mentions") or []:
        add(mention, "actor", str(mention.get("actor") or ""), "", names.get(str(mention.get("actor"))))
    for n, event in enumerate(record.get("events") or []):
        add(event.get("trigger"), "event", f"e{n}", "trigger", event.get("type"))
        for key in ("actor_spans", "recipient_spans"):
            for span in event.get(key) or []:
                add(span, "event", f"e{n}", key.split("_")[0], event.get("type"))
    for n, item in enumerate(record.get("attributions") or []):
        if not shown(item):  # under the views' confidence (a stance, a claim of nobody): out, as in the lists
            continue
        for part in ("source", "cue", "content"):
            add(item.get(part), "attribution", f"q{n}", part, item.get("kind"))
    for n, link in enumerate(record.get("causal") or []):
        for part in ("cause", "effect", "signal"):
            add(link.get(part), "causal", f"c{n}", part, link.get("polarity") and f"polarity {link.get('polarity')}")
    return marks


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` as HTML with ``marks`` wrapped in spans; spans outside the text are clipped or dropped."""
    length = len(text)
    kept = [m for m in marks if 0 <= m.start < m.end and m.start < length]
    bounds = sorted({0, length, *(m.start for m in kept), *(min(m.end, length) for m in kept)})
    pieces: list[Markup] = []
    for start, end in itertools.pairwise(bounds):
        piece = escape(text[start:end])
        covering = [m for m in kept if m.start <= start and end <= m.end]
        if not covering:
            pieces.append(piece)
            continue
        classes = " ".join(dict.fromkeys(m.css for m in covering))
        refs = " ".join(dict.fromkeys(m.ref for m in covering if m.ref))
        tip = "; ".join(dict.fromkeys(m.tip for m in covering))
        # focusable, with its layers and labels in words: the keyboard and the tooltip reach what the mouse does
        pieces.append(Markup('<span class="hl {}" data-ref="{}" tabindex="0" title="{}">{}</span>')
                      .format(classes, refs, tip, piece))
    return Markup("").join(pieces)


def paragraphs(text: str, marks: Sequence[Mark]) -> list[Markup]:
    """The highlighted text cut into paragraphs at blank lines (offsets stay those of the whole text)."""
    out: list[Markup] = []
    start = 0
    for part in text.split("\n"):
        end = start + len(part)
        if part.strip():
            shifted = [Mark(m.start - start, m.end - start, m.layer, m.ref, m.part, m.label) for m in marks
                       if m.end > start and m.start < end]
            out.append(highlight(part, [Mark(max(m.start, 0), m.end, m.layer, m.ref, m.part, m.label)
                                        for m in shifted]))
        start = end + 1
    return out
