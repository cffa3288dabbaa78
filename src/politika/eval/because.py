"""BECAUSE 2.1 (brat ``.ann`` beside ``.txt``): causal relations with their ``Degree`` (Facilitate or Inhibit).

Only relations with a Degree attribute are read (the causal ones: Consequence, Motivation, Purpose); a
relation's Cause and Effect arguments are character ranges of the ``.txt`` (a discontinuous argument is
taken from its first start to its last end). Facilitate is polarity ``+``, Inhibit ``-``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from politika.errors import InputError

POLARITY = {"Facilitate": "+", "Inhibit": "-"}
CharRange = tuple[int, int]


@dataclass(frozen=True)
class BecauseRelation:
    kind: str
    connective: CharRange
    cause: CharRange | None
    effect: CharRange | None
    polarity: str


@dataclass
class BecauseDocument:
    name: str
    text: str
    relations: list[BecauseRelation]


def _range(field: str) -> CharRange:
    numbers = [int(n) for n in re.findall(r"\d+", field)]
    return min(numbers), max(numbers)


def read_document(ann: Path) -> BecauseDocument:
    text = ann.with_suffix(".txt").read_text(encoding="utf-8")
    spans: dict[str, CharRange] = {}
    events: dict[str, tuple[str, dict[str, str]]] = {}
    degree: dict[str, str] = {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label_and_range = parts[1].split(" ", 1)
            if len(label_and_range) == 2:
                spans[parts[0]] = _range(label_and_range[1])
        elif line.startswith("E") and len(parts) >= 2:
            fields = parts[1].split()
            kind, trigger = fields[0].split(":", 1)
            roles = {f.split(":", 1)[0]: f.split(":", 1)[1] for f in fields[1:] if ":" in f}
            roles["_trigger"] = trigger
            events[parts[0]] = (kind, roles)
        elif line.startswith("A") and len(parts) >= 2:
            fields = parts[1].split()
            if fields[0] == "Degree" and len(fields) == 3:
                degree[fields[1]] = fields[2]
    relations = []
    for event_id, (kind, roles) in events.items():
        if event_id not in degree or degree[event_id] not in POLARITY or roles["_trigger"] not in spans:
            continue
        relations.append(BecauseRelation(kind, spans[roles["_trigger"]], spans.get(roles.get("Cause", "")),
                                         spans.get(roles.get("Effect", "")), POLARITY[degree[event_id]]))
    return BecauseDocument(ann.stem, text, relations)


def read_folder(folder: Path | str) -> list[BecauseDocument]:
    folder = Path(folder)
    files = sorted(folder.glob("*.ann"))
    if not files:
        raise InputError(str(folder), "no BECAUSE .ann files here; pass the folder holding the .ann and .txt files")
    return [read_document(f) for f in files if f.with_suffix(".txt").exists()]


def overlaps(a: CharRange | None, b: CharRange | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def match(link: dict[str, object], relations: list[BecauseRelation]) -> BecauseRelation | None:
    """The BECAUSE relation a record link overlaps: cause on Cause and effect on Effect, else the connective."""
    def rng(key: str) -> CharRange | None:
        span = link.get(key)
        return (int(span["start"]), int(span["end"])) if isinstance(span, dict) else None

    cause, effect, signal = rng("cause"), rng("effect"), rng("signal")
    for relation in relations:
        if overlaps(cause, relation.cause) and overlaps(effect, relation.effect):
            return relation
    for relation in relations:
        if overlaps(signal, relation.connective):
            return relation
    return None
