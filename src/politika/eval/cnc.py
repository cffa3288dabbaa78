"""The Causal News Corpus V2 (CASE 2022 shared task 3): readers and the shared task's metrics.

Subtask 1 (``cnc_v2_train_subtask1.csv``: ``index,text,label``) asks whether a sentence is causal; subtask 2
(``cnc_v2_train_subtask2.csv``: one row per relation, ``text_w_pairs`` marks ``<ARG0>`` cause, ``<ARG1>``
effect and ``<SIG0>``, ``<SIG1>``... signal spans) asks for the spans. Texts are whitespace-tokenised.

Subtask 2 scoring follows the shared task: only gold-causal sentences count; each span is a token range with
a label (Cause, Effect, Signal); spans are compared FairEval-style, where an exact match scores 1 and a
boundary error (same label, overlapping, other boundaries) or a label error (same boundaries, other label)
scores half; when a sentence has several gold relations, only as many predicted relations as gold ones
count (the most confident first), aligned to the gold ones in the order that scores best.

>>> spans_of("<ARG0>Rain</ARG0> <SIG0>caused</SIG0> <ARG1>floods</ARG1> .")
('Rain caused floods .', [('Cause', 0, 1), ('Signal', 1, 2), ('Effect', 2, 3)])
"""

from __future__ import annotations

import csv
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from politika.errors import InputError

SUBTASK1 = "cnc_v2_train_subtask1.csv"
SUBTASK2 = "cnc_v2_train_subtask2.csv"
LABELS = ("Cause", "Effect", "Signal")
_TAG = re.compile(r"</?(ARG0|ARG1|SIG\d+)>")
_TAG_LABEL = {"ARG0": "Cause", "ARG1": "Effect"}

# A labelled token range, end-exclusive: ("Cause", 0, 3).
LabelledSpan = tuple[str, int, int]


@dataclass(frozen=True)
class Sentence:
    """One subtask 1 row: ``doc`` groups sentences of one article (for grouped cross-validation)."""

    index: str
    text: str
    label: int

    @property
    def doc(self) -> str:
        return self.index.rsplit("_", 1)[0]


@dataclass
class CausalSentence:
    """One gold-causal subtask 2 sentence with each relation's labelled token spans."""

    key: str
    text: str
    relations: list[list[LabelledSpan]] = field(default_factory=list)

    @property
    def tokens(self) -> list[str]:
        return self.text.split()


def _rows(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle))
    except OSError as exc:
        raise InputError(str(path), f"cannot read the CNC file ({exc}); pass the folder holding {SUBTASK1}") from exc


def read_subtask1(folder: Path | str) -> list[Sentence]:
    return [Sentence(r["index"], r["text"], int(r["label"])) for r in _rows(Path(folder) / SUBTASK1)]


def read_subtask2(folder: Path | str) -> list[CausalSentence]:
    """Relations grouped by sentence (corpus, doc_id, sent_id), in file order."""
    out: dict[str, CausalSentence] = {}
    for row in _rows(Path(folder) / SUBTASK2):
        key = f"{row['corpus']}_{row['doc_id']}_{row['sent_id']}"
        text, spans = spans_of(row["text_w_pairs"])
        sentence = out.setdefault(key, CausalSentence(key, text))
        sentence.relations.append(spans)
    return list(out.values())


def spans_of(marked: str) -> tuple[str, list[LabelledSpan]]:
    """The plain text of a ``text_w_pairs`` string and its labelled token spans (every SIGn is Signal)."""
    words: list[str] = []
    open_at: dict[str, int] = {}
    spans: list[LabelledSpan] = []
    for raw in marked.split():
        position = 0
        word = ""
        for match in _TAG.finditer(raw):
            word += raw[position:match.start()]
            position = match.end()
            name = match.group(1)
            closing = match.group(0).startswith("</")
            if closing:
                start = open_at.pop(name, len(words))
                end = len(words) + (1 if (word or raw[position:]) else 0)
                spans.append((_TAG_LABEL.get(name, "Signal"), start, max(end, start + 1)))
            else:
                open_at[name] = len(words)
        word += raw[position:]
        if word:
            words.append(word)
    return " ".join(words), sorted(spans, key=lambda s: (s[1], s[2]))


def token_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the whitespace tokens of ``text``."""
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def to_tokens(tokens: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The whitespace-token range covering characters ``start:end`` (tokens that overlap it), or None."""
    inside = [i for i, (a, b) in enumerate(tokens) if a < end and start < b]
    return (inside[0], inside[-1] + 1) if inside else None


# --------------------------------------------------------------------------- subtask 1


@dataclass
class BinaryScores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: Iterable[int], predicted: Iterable[int]) -> BinaryScores:
        for g, p in zip(gold, predicted, strict=True):
            if g and p:
                self.tp += 1
            elif p:
                self.fp += 1
            elif g:
                self.fn += 1
            else:
                self.tn += 1
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        n = self.tp + self.fp + self.fn + self.tn
        return (self.tp + self.tn) / n if n else 0.0

    @property
    def mcc(self) -> float:
        tp, fp, fn, tn = self.tp, self.fp, self.fn, self.tn
        denominator = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
        return (tp * tn - fp * fn) / denominator if denominator else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "accuracy": round(self.accuracy, 4), "mcc": round(self.mcc, 4),
                "n": self.tp + self.fp + self.fn + self.tn}


# --------------------------------------------------------------------------- subtask 2


@dataclass
class SpanCounts:
    """Per label: FairEval-style credit (1 exact, 0.5 boundary or label error), predicted and gold span counts."""

    credit_p: dict[str, float] = field(default_factory=lambda: dict.fromkeys(LABELS, 0.0))
    credit_r: dict[str, float] = field(default_factory=lambda: dict.fromkeys(LABELS, 0.0))
    predicted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        labels = LABELS if label is None else (label,)
        cp = sum(self.credit_p[x] for x in labels)
        cr = sum(self.credit_r[x] for x in labels)
        npred = sum(self.predicted[x] for x in labels)
        ngold = sum(self.gold[x] for x in labels)
        p = cp / npred if npred else 0.0
        r = cr / ngold if ngold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for label in (*LABELS, None):
            p, r, f = self.prf(label)
            out[label or "overall"] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
        out["macro_f1"] = round(sum(self.prf(x)[2] for x in LABELS) / len(LABELS), 4)
        return out


def _pair_credit(gold: list[LabelledSpan], predicted: list[LabelledSpan]) -> float:
    recall, _ = _relation_credit_once(gold, predicted)
    return sum(recall.values())


def _relation_credit_once(gold: list[LabelledSpan], predicted: list[LabelledSpan]
                          ) -> tuple[dict[str, float], dict[str, float]]:
    """Each gold span takes at most one predicted span and vice versa (exact, then label, then boundary)."""
    recall: dict[str, float] = dict.fromkeys(LABELS, 0.0)
    precision: dict[str, float] = dict.fromkeys(LABELS, 0.0)
    gold_used: set[int] = set()
    pred_used: set[int] = set()
    for rule in ("exact", "label", "boundary"):
        for i, g in enumerate(gold):
            if i in gold_used:
                continue
            for j, p in enumerate(predicted):
                if j in pred_used:
                    continue
                same_range = (g[1], g[2]) == (p[1], p[2])
                overlap = g[1] < p[2] and p[1] < g[2]
                if rule == "exact" and same_range and g[0] == p[0]:
                    value = 1.0
                elif (rule == "label" and same_range and g[0] != p[0]) or \
                        (rule == "boundary" and overlap and not same_range and g[0] == p[0]):
                    value = 0.5
                else:
                    continue
                gold_used.add(i)
                pred_used.add(j)
                recall[g[0]] += value
                precision[p[0]] += value
                break
    return recall, precision


def score_sentence(counts: SpanCounts, gold: list[list[LabelledSpan]], predicted: list[list[LabelledSpan]]) -> None:
    """Add one gold-causal sentence: the first ``len(gold)`` predicted relations, best-aligned to the gold ones."""
    predicted = predicted[:len(gold)]
    padded: list[list[LabelledSpan]] = predicted + [[] for _ in range(len(gold) - len(predicted))]
    best: tuple[float, tuple[int, ...]] = (-1.0, tuple(range(len(gold))))
    orders: Iterable[tuple[int, ...]] = itertools.permutations(range(len(gold))) if len(gold) <= 6 else [best[1]]
    for order in orders:
        total = sum(_pair_credit(gold[i], padded[k]) for k, i in enumerate(order))
        if total > best[0]:
            best = (total, order)
    for k, i in enumerate(best[1]):
        recall, precision = _relation_credit_once(gold[i], padded[k])
        for label in LABELS:
            counts.credit_r[label] += recall[label]
            counts.credit_p[label] += precision[label]
        for span in gold[i]:
            counts.gold[span[0]] += 1
        for span in padded[k]:
            counts.predicted[span[0]] += 1
