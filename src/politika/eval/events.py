"""``politika eval events``: PLOVER event types and actor/recipient pairs on the GSR and on held-out PLV sentences.

Per data set:

- sentence-level event types: the gold types of a sentence (a set; the GSR has a few sentences with two records)
  against the set of types politika's events there have; micro-F1 over (sentence, type) pairs, macro-F1 over the
  16 types, precision and recall per type. Negated events are not counted as predictions (PLOVER drops them).
- pair agreement: the share of gold records for which politika has an event of the gold type whose actor span
  overlaps a gold source and whose recipient span overlaps a gold target (a gold record with no target needs only
  the actor). Compound and reciprocal participants ("X and Y agreed", "X met with Y") are all actors in PLOVER 2.0
  while the CAMEO-style gold splits them into source and target: a gold target
  may overlap an actor span other than the one that matched the source;
- the majority-class floor: predicting the most frequent gold type for every sentence.

``min_confidence``: only events at that confidence or more are scored (default 0: every stored event, as the gate
scores). At the views' default (``plover.DEFAULT_MIN_CONFIDENCE``, 0.5) the figures are those of the events a user is
shown; the trigger model's confidence is calibrated on whole articles, where most low-confidence events are wrong,
so on these one-event sentences it hides many right ones (docs/eval.md gives both).

PLV: only fold 0 of :func:`politika.eval.plover.plv_fold` (a fifth, by sentence) is scored, the classifier was
trained on the other four; PLV's ``YIELD`` is matched by a predicted CONCEDE or RETREAT. The GSR is scored whole
(never trained on), its PLOVER 0.5 labels mapped to 2.0 by the reader.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from politika.eval.plover import PLV_MERGED, locate, read_gsr, read_plv
from politika.eval.section import Section

GSR_PATH = "eval/events/PLOVER_GSR_CAMEO.txt"
PLV_PATH = "eval/events/PLV_train.tsv"


@dataclass
class GoldSentence:
    id: str
    text: str
    types: set[str]
    pairs: list[tuple[str, list[tuple[int, int]], list[tuple[int, int]]]] = field(default_factory=list)


@dataclass
class EventScores:
    name: str
    sentences: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    pairs: int = 0
    pairs_agreed: int = 0
    majority_type: str = ""
    majority_micro_f1: float = 0.0
    majority_macro_f1: float = 0.0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        labels = sorted(set(self.tp) | set(self.fn))
        return {"micro_f1": _f1(tp, fp, fn), "micro_precision": tp / (tp + fp) if tp + fp else 0.0,
                "micro_recall": tp / (tp + fn) if tp + fn else 0.0,
                "macro_f1": sum(_f1(self.tp[x], self.fp[x], self.fn[x]) for x in labels) / len(labels) if labels
                else 0.0,
                "pair_agreement": self.pairs_agreed / self.pairs if self.pairs else 0.0,
                "majority_micro_f1": self.majority_micro_f1, "majority_macro_f1": self.majority_macro_f1}

    def per_type(self) -> dict[str, dict[str, float]]:
        out = {}
        for label in sorted(set(self.tp) | set(self.fn) | set(self.fp)):
            tp, fp, fn = self.tp[label], self.fp[label], self.fn[label]
            out[label] = {"precision": tp / (tp + fp) if tp + fp else 0.0, "recall": tp / (tp + fn) if tp + fn
                          else 0.0, "f1": _f1(tp, fp, fn), "gold": tp + fn, "predicted": tp + fp}
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "sentences": self.sentences, **self.metrics(), "majority_type": self.majority_type,
                "pairs": self.pairs, "pairs_agreed": self.pairs_agreed, "per_type": self.per_type(),
                "errors": self.errors}

    def table(self) -> list[str]:
        m = self.metrics()
        lines = [f"{self.name}: {self.sentences} sentences, {self.pairs} gold actor/recipient pairs",
                 f"  event type micro-F1   {m['micro_f1']:.3f}  (P {m['micro_precision']:.3f}, "
                 f"R {m['micro_recall']:.3f})   majority-class floor ({self.majority_type}) "
                 f"{self.majority_micro_f1:.3f}",
                 f"  event type macro-F1   {m['macro_f1']:.3f}   majority-class floor {self.majority_macro_f1:.3f}",
                 f"  pair agreement        {m['pair_agreement']:.3f}  ({self.pairs_agreed}/{self.pairs})",
                 "  type         P      R      F1    gold  predicted"]
        for label, row in self.per_type().items():
            lines.append(f"  {label:<10} {row['precision']:.3f}  {row['recall']:.3f}  {row['f1']:.3f}  "
                         f"{row['gold']:>4}  {row['predicted']:>4}")
        return lines


@dataclass
class EventsReport:
    sets: list[EventScores] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {s.name: s.to_dict() for s in self.sets}

    def table(self) -> list[str]:
        return [line for s in self.sets for line in [*s.table(), ""]]


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def gsr_sentences(path: Path, limit: int | None = None) -> list[GoldSentence]:
    by_text: dict[str, GoldSentence] = {}
    for record in read_gsr(path):
        sentence = by_text.setdefault(record.text, GoldSentence(record.id, record.text, set()))
        sentence.types.add(record.event)
        sources = [s for s in (locate(record.text, a.text) for a in record.sources) if s is not None]
        targets = [s for s in (locate(record.text, a.text) for a in record.targets) if s is not None]
        if sources:
            sentence.pairs.append((record.event, sources, targets))
    sentences = list(by_text.values())
    return sentences[:limit] if limit else sentences


def plv_sentences(path: Path, limit: int | None = None, fold: int = 0) -> list[GoldSentence]:
    by_text: dict[str, GoldSentence] = {}
    for record in read_plv(path):
        if record.fold != fold:
            continue
        sentence = by_text.setdefault(record.text, GoldSentence(record.id, record.text, set()))
        sentence.types.add(record.event)
        source = locate(record.text, record.source) if record.source else None
        target = locate(record.text, record.target) if record.target else None
        if source is not None:
            sentence.pairs.append((record.event, [source], [target] if target else []))
    sentences = list(by_text.values())
    return sentences[:limit] if limit else sentences


def _overlaps(spans: list[dict[str, Any]], gold: list[tuple[int, int]]) -> bool:
    return any(min(s["end"], e) > max(s["start"], b) for s in spans for b, e in gold)


def _joint_actor(event: dict[str, Any], sources: list[tuple[int, int]], targets: list[tuple[int, int]]) -> bool:
    """A gold target that PLOVER 2.0 codes as a second actor: "X and Y agreed", "X met Y" (reciprocal)."""
    actors = event["actor_spans"]
    if len(actors) < 2:
        return False
    return any(_overlaps([a], targets) and not _overlaps([a], sources) for a in actors)


def score(name: str, gold: list[GoldSentence], records: list[dict[str, Any]], merged: dict[str, str] | None = None,
          labels: tuple[str, ...] | None = None, min_confidence: float = 0.0) -> EventScores:
    """Score annotation records against gold sentences (same order); events under ``min_confidence`` are left out."""
    merged = merged or {}
    result = EventScores(name)
    type_counts: Counter[str] = Counter()
    for sentence, record in zip(gold, records, strict=True):
        result.sentences += 1
        events = [e for e in record["events"] if not e.get("negated")
                  and (e.get("confidence") or 0.0) >= min_confidence]
        predicted = {merged.get(e["type"], e["type"]) for e in events}
        for label in sentence.types & predicted:
            result.tp[label] += 1
        for label in predicted - sentence.types:
            result.fp[label] += 1
        for label in sentence.types - predicted:
            result.fn[label] += 1
        type_counts.update(sentence.types)
        if predicted != sentence.types:
            result.errors.append({"id": sentence.id, "text": sentence.text, "gold": sorted(sentence.types),
                                  "predicted": sorted(predicted),
                                  "triggers": [f"{e['type']}:{e['trigger']['text']}" for e in events]})
        for event_type, sources, targets in sentence.pairs:
            result.pairs += 1
            for event in events:
                if merged.get(event["type"], event["type"]) != event_type:
                    continue
                if not _overlaps(event["actor_spans"], sources):
                    continue
                if not targets or _overlaps(event["recipient_spans"], targets) or _joint_actor(event, sources, targets):
                    result.pairs_agreed += 1
                    break
    if type_counts:
        top, count = type_counts.most_common(1)[0]
        result.majority_type = top
        gold_total = sum(type_counts.values())
        # Predicting ``top`` everywhere: tp = count, fp = sentences without it, fn = every other gold type.
        result.majority_micro_f1 = _f1(count, result.sentences - count, gold_total - count)
        n_labels = len(type_counts)
        result.majority_macro_f1 = _f1(count, result.sentences - count, 0) / n_labels
    return result


def _annotate(sentences: list[GoldSentence], model: str | None) -> list[dict[str, Any]]:
    from politika.nlp.pipeline import NlpInput, analyse
    from politika.settings import component_config

    inputs = [NlpInput(id=s.id, text=s.text) for s in sentences]
    return list(analyse(inputs, model=model, layers=("actors", "events"), config=component_config()))


def evaluate_events(gsr: Path | None = None, plv: Path | None = None, model: str | None = None,
                    limit: int | None = None, min_confidence: float = 0.0) -> EventsReport:
    """``min_confidence``: score only the events at that confidence or more (0: every stored event)."""
    report = EventsReport()
    shown = f", events at confidence >= {min_confidence:g}" if min_confidence > 0 else ""
    if gsr is not None:
        gold = gsr_sentences(gsr, limit)
        report.sets.append(score(f"PLOVER GSR (PLOVER 0.5 labels mapped to 2.0){shown}", gold,
                                 _annotate(gold, model), min_confidence=min_confidence))
    if plv is not None:
        gold = plv_sentences(plv, limit)
        report.sets.append(score(f"PLV held-out fifth (fold 0, never trained on){shown}", gold,
                                 _annotate(gold, model), merged=PLV_MERGED, min_confidence=min_confidence))
    return report


def _gate_metrics(shared: Path) -> dict[str, float]:
    report = evaluate_events(shared / GSR_PATH, shared / PLV_PATH)
    gsr, plv = report.sets
    out: dict[str, float] = {}
    for prefix, scores in (("gsr", gsr), ("plv", plv)):
        m = scores.metrics()
        for key in ("micro_f1", "macro_f1", "pair_agreement"):
            out[f"{prefix}_{key}"] = m[key]
    return out


SECTION = Section("events", (GSR_PATH, PLV_PATH), _gate_metrics)
