"""PolNeAR (Political News Attribution Relations) reader and attribution metrics.

A PolNeAR split folder holds ``text/<name>.txt`` and ``attributions/<name>_<annotator>.ann`` (brat
standoff). In the ``.ann`` files:

* ``T<n>\\t<Role> <start> <end>[;<start> <end>...]\\t<text>`` — a text-bound span; roles used here are
  ``Source``, ``Cue`` and ``Content`` (``Attribution`` / ``Attribution-no-source`` are the relation's
  trigger; ``Discuss`` and ``Discard`` are annotators' notes and are ignored). Offsets are character
  offsets into the ``.txt``; a span may be discontinuous, and its text may run over several lines.
* ``E<n>\\tAttribution:T<a> Content:T<b> Cue:T<c> Source:T<d> [Content2:T<e>]`` — one attribution
  linking its spans (the trigger is ``Attribution-no-source:T<a>`` when there is no source; a second
  content span is ``Content2``).
* ``#`` lines are annotator notes.

Articles annotated by several annotators are read from the file of the lexicographically first
annotator id (``4b22`` before ``4e07`` ...), so every run reads the same gold.

Scoring (:func:`score`): for each role, a predicted span *overlaps* a gold span of the same role when
they share a character (fragments of discontinuous gold spans count separately); it *matches exactly*
when both have the same extent after trimming whitespace and punctuation at both ends. Precision is
over predicted spans, recall over gold spans. A predicted attribution matches a gold one when its
content overlaps the gold content and its source overlaps the gold source (or both have none).

>>> p = Attribution(content=[Span(0, 5)], source=Span(10, 12))
>>> g = Attribution(content=[Span(2, 8)], source=Span(9, 11))
>>> attribution_matches(p, g)
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from politika.errors import InputError

ROLES = ("source", "cue", "content")
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")
_TRIM = " \t\n\r.,;:!?\"'“”‘’()[]—–-"


@dataclass(frozen=True)
class Span:
    """A character range of the article text, end-exclusive."""

    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Attribution:
    """One attribution: its content (one or more spans), source and cue spans (each may be absent)."""

    content: list[Span]
    source: Span | None = None
    cue: Span | None = None
    source_parts: list[Span] = field(default_factory=list)
    cue_parts: list[Span] = field(default_factory=list)

    def parts(self, role: str) -> list[Span]:
        if role == "content":
            return self.content
        own = self.source_parts if role == "source" else self.cue_parts
        span = self.source if role == "source" else self.cue
        return own or ([span] if span is not None else [])


@dataclass
class Article:
    name: str
    text: str
    annotator: str
    attributions: list[Attribution]


# --------------------------------------------------------------------------- reading


def parse_ann(text: str) -> list[Attribution]:
    """The attributions of one brat ``.ann`` file (see the module docstring for the scheme)."""
    spans: dict[str, tuple[str, list[Span]]] = {}
    relations: list[dict[str, str]] = []
    for line in text.splitlines():
        match = _T_LINE.match(line)
        if match:
            fragments = [Span(int(a), int(b)) for a, b in (f.split() for f in match.group(3).split(";"))]
            spans[match.group(1)] = (match.group(2), fragments)
            continue
        match = _E_LINE.match(line)
        if match:
            relations.append(dict(part.split(":", 1) for part in match.group(2).split() if ":" in part))
    out = []
    for relation in relations:
        content: list[Span] = []
        for key in sorted(k for k in relation if k.startswith("Content")):
            content += spans.get(relation[key], ("", []))[1]
        if not content:
            continue
        source = spans.get(relation.get("Source", ""), ("", []))[1]
        cue = spans.get(relation.get("Cue", ""), ("", []))[1]
        out.append(Attribution(content=sorted(content, key=lambda s: s.start),
                               source=_extent(source), cue=_extent(cue), source_parts=source, cue_parts=cue))
    return out


def _extent(parts: Sequence[Span]) -> Span | None:
    return Span(min(s.start for s in parts), max(s.end for s in parts)) if parts else None


def read_split(folder: Path | str, limit: int | None = None) -> list[Article]:
    """The articles of a PolNeAR split folder (``text/`` and ``attributions/``), sorted by name."""
    folder = Path(folder)
    texts, anns = folder / "text", folder / "attributions"
    if not texts.is_dir() or not anns.is_dir():
        raise InputError(str(folder), "not a PolNeAR split folder (expected text/ and attributions/ inside; "
                                      "point --polnear at e.g. ../shared/eval/attribution/polnear/dev)")
    chosen: dict[str, tuple[str, Path]] = {}
    for path in sorted(anns.glob("*.ann")):
        name, _, annotator = path.stem.rpartition("_")
        if name and name not in chosen:  # sorted: the lexicographically first annotator wins
            chosen[name] = (annotator, path)
    articles = []
    for name in sorted(chosen):
        text_path = texts / f"{name}.txt"
        if not text_path.is_file():
            continue
        annotator, ann_path = chosen[name]
        articles.append(Article(name, text_path.read_text(encoding="utf-8"), annotator,
                                parse_ann(ann_path.read_text(encoding="utf-8"))))
        if limit is not None and len(articles) >= limit:
            break
    return articles


def from_record(record: dict[str, Any], skip_nested: bool = True) -> list[Attribution]:
    """Predicted attributions from an annotation record's ``attributions`` (nested ones skipped)."""
    out = []
    for item in record.get("attributions", []):
        if skip_nested and (item.get("parent") is not None or item.get("in_quote")):
            continue
        parts = item.get("content_parts") or [item["content"]]
        out.append(Attribution(content=[Span(p["start"], p["end"]) for p in parts],
                               source=Span(item["source"]["start"], item["source"]["end"]) if item["source"] else None,
                               cue=Span(item["cue"]["start"], item["cue"]["end"]) if item["cue"] else None))
    return out


# --------------------------------------------------------------------------- scoring


@dataclass
class PRF:
    """Counts behind precision and recall (kept apart: a prediction and a gold item may match many-to-one)."""

    predicted_ok: int = 0
    predicted: int = 0
    gold_ok: int = 0
    gold: int = 0

    def add(self, other: PRF) -> None:
        self.predicted_ok += other.predicted_ok
        self.predicted += other.predicted
        self.gold_ok += other.gold_ok
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.predicted_ok / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_ok / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def _trimmed(text: str, span: Span) -> tuple[int, int]:
    start, end = span.start, span.end
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def span_prf(predicted: Sequence[Sequence[Span]], gold: Sequence[Sequence[Span]], text: str = "",
             exact: bool = False) -> PRF:
    """P/R counts of ``predicted`` spans against ``gold`` spans (each span a list of fragments).

    Overlap: a prediction is right when one of its fragments overlaps a fragment of a gold span, a gold
    span is found when a prediction overlaps it. Exact: same extent, trimmed of whitespace and punctuation.
    """
    predicted = [p for p in predicted if p]
    gold = [g for g in gold if g]
    result = PRF(predicted=len(predicted), gold=len(gold))
    if exact:
        gold_keys = {_trimmed(text, _extent_of(g)) for g in gold}
        predicted_keys = {_trimmed(text, _extent_of(p)) for p in predicted}
        result.predicted_ok = sum(1 for p in predicted if _trimmed(text, _extent_of(p)) in gold_keys)
        result.gold_ok = sum(1 for g in gold if _trimmed(text, _extent_of(g)) in predicted_keys)
        return result
    result.predicted_ok = sum(1 for p in predicted if any(_any_overlap(p, g) for g in gold))
    result.gold_ok = sum(1 for g in gold if any(_any_overlap(p, g) for p in predicted))
    return result


def _extent_of(parts: Sequence[Span]) -> Span:
    return Span(min(s.start for s in parts), max(s.end for s in parts))


def _any_overlap(a: Sequence[Span], b: Sequence[Span]) -> bool:
    return any(x.overlaps(y) for x in a for y in b)


def attribution_matches(predicted: Attribution, gold: Attribution) -> bool:
    """Content overlaps and source overlaps (or neither has a source)."""
    if not _any_overlap(predicted.content, gold.content):
        return False
    gold_source = gold.parts("source")
    if predicted.source is None or not gold_source:
        return predicted.source is None and not gold_source
    return any(predicted.source.overlaps(g) for g in gold_source)


@dataclass
class Scores:
    """Per role exact and overlap counts, and whole-attribution counts."""

    exact: dict[str, PRF] = field(default_factory=lambda: {r: PRF() for r in ROLES})
    overlap: dict[str, PRF] = field(default_factory=lambda: {r: PRF() for r in ROLES})
    attribution: PRF = field(default_factory=PRF)
    articles: int = 0

    def add(self, other: Scores) -> None:
        for role in ROLES:
            self.exact[role].add(other.exact[role])
            self.overlap[role].add(other.overlap[role])
        self.attribution.add(other.attribution)
        self.articles += other.articles

    def to_dict(self) -> dict[str, Any]:
        return {"articles": self.articles,
                "exact": {r: self.exact[r].to_dict() for r in ROLES},
                "overlap": {r: self.overlap[r].to_dict() for r in ROLES},
                "attribution": self.attribution.to_dict()}

    def flat(self, prefix: str = "") -> dict[str, float]:
        """``{"cue_overlap_f1": ..., "attribution_f1": ...}`` for the gate."""
        out = {f"{prefix}{r}_overlap_f1": round(self.overlap[r].f1, 4) for r in ROLES}
        out.update({f"{prefix}{r}_exact_f1": round(self.exact[r].f1, 4) for r in ROLES})
        out[f"{prefix}attribution_f1"] = round(self.attribution.f1, 4)
        return out


def score(predicted: Sequence[Attribution], gold: Sequence[Attribution], text: str = "") -> Scores:
    """Score one article's predicted attributions against its gold ones."""
    scores = Scores(articles=1)
    for role in ROLES:
        pred_spans = [a.parts(role) for a in predicted]
        gold_spans = [a.parts(role) for a in gold]
        scores.overlap[role] = span_prf(pred_spans, gold_spans)
        scores.exact[role] = span_prf(pred_spans, gold_spans, text, exact=True)
    scores.attribution = PRF(
        predicted_ok=sum(1 for p in predicted if any(attribution_matches(p, g) for g in gold)),
        predicted=len(predicted),
        gold_ok=sum(1 for g in gold if any(attribution_matches(p, g) for p in predicted)),
        gold=len(gold))
    return scores


def score_all(pairs: Iterable[tuple[Sequence[Attribution], Sequence[Attribution], str]]) -> Scores:
    total = Scores()
    for predicted, gold, text in pairs:
        total.add(score(predicted, gold, text))
    return total
