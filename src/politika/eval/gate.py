"""The eval gate: every layer's quality metrics against floors pinned in ``floors.json``.

A *section* is a name, the gold files it reads (relative to the shared folder) and a function that
returns ``{metric: value}``. ``run_gate`` runs every section whose gold data exist, compares each metric
with its floor and each gold file with its pinned sha256, and says PASS or FAIL per line.

``floors.json`` looks like::

    {"extraction": {"floors": {"aeb_body_f1": 0.95, ...},
                    "sha256": {"eval/extraction/aeb/ground-truth.json": "ab12...", ...}}}

Floors only ever go up. The gate compares with ``floors.json`` and nothing else, so lowering a floor
(or re-pinning a hash after the gold data changed) is a deliberate edit of that file, and it needs a
note in ``docs/eval.md`` saying what changed and why, in the same commit.

A new layer defines its section in its eval module and adds it to :data:`SECTIONS`::

    SECTION = Section("events", ("eval/events/PLV_train.tsv",), events_metrics)
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from politika.errors import InputError
from politika.eval import actors, articles, attribution, causal, events, extraction, factors
from politika.eval.section import Section

FLOORS_PATH = Path(__file__).with_name("floors.json")

# The sections the gate runs, in this order.
SECTIONS: tuple[Section, ...] = (actors.SECTION, articles.SECTION, articles.SECTION_RU, attribution.SECTION,
                                 causal.SECTION, events.SECTION, extraction.SECTION, factors.SECTION,
                                 factors.EMBEDDINGS_SECTION)


@dataclass
class GateLine:
    section: str
    name: str
    value: float | str | None
    floor: float | str | None
    passed: bool
    note: str = ""

    def text(self) -> str:
        if isinstance(self.value, float) and isinstance(self.floor, float):
            shown = f"{self.value:.3f} (floor {self.floor:.2f})"
        else:
            shown = self.note
        return f"{'PASS' if self.passed else 'FAIL'}  {self.section}.{self.name:<24} {shown}"


@dataclass
class GateResult:
    lines: list[GateLine] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    why_skipped: dict[str, str] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return all(line.passed for line in self.lines)

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "skipped": self.skipped, "why_skipped": self.why_skipped,
                "lines": [line.__dict__ for line in self.lines]}


def sha256_of(path: Path) -> str:
    """sha256 of a file, or of a folder: its files' relative names and contents in sorted order."""
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        if path.is_dir():
            digest.update(file.relative_to(path).as_posix().encode() + b"\0")
        digest.update(file.read_bytes())
    return digest.hexdigest()


def load_floors(path: Path = FLOORS_PATH) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"cannot read the pinned floors ({exc})") from exc
    if not isinstance(data, dict):
        raise InputError(str(path), "expected a JSON object of sections")
    return data


def check_section(section: Section, shared: Path, pinned: dict[str, Any]) -> list[GateLine]:
    """Hash lines first (a changed gold file makes its metrics meaningless), then metric lines."""
    lines: list[GateLine] = []
    hashes = pinned.get("sha256", {})
    for rel in section.data:
        expected = hashes.get(rel)
        actual = sha256_of(shared / rel)
        ok = expected == actual
        note = "gold data unchanged" if ok else (
            f"gold data changed: sha256 {actual[:12]}..., pinned {str(expected)[:12]}..." if expected
            else f"no pinned sha256 for {rel}")
        lines.append(GateLine(section.name, f"sha256:{rel}", actual, expected, ok, note))
    values = section.metrics(shared)
    floors = pinned.get("floors", {})
    for name, floor in floors.items():
        value = values.get(name)
        if value is None:
            lines.append(GateLine(section.name, name, None, float(floor), False, "metric not produced"))
        else:
            lines.append(GateLine(section.name, name, float(value), float(floor), float(value) >= float(floor)))
    return lines


def run_gate(shared: Path | str, only: Sequence[str] | None = None, floors_path: Path = FLOORS_PATH,
             sections: Iterable[Section] | None = None) -> GateResult:
    """Run the gate sections whose gold data exist under ``shared`` (the folder holding ``eval/``)."""
    shared = Path(shared)
    floors = load_floors(floors_path)
    chosen = list(sections if sections is not None else SECTIONS)
    if only:
        unknown = set(only) - {s.name for s in chosen}
        if unknown:
            raise InputError("--only", f"unknown gate section(s) {', '.join(sorted(unknown))} "
                                       f"(known: {', '.join(s.name for s in chosen)})")
        chosen = [s for s in chosen if s.name in only]
    result = GateResult()
    for section in chosen:
        if not all((shared / rel).exists() for rel in section.data):
            result.skipped.append(section.name)
            result.why_skipped[section.name] = f"gold data not found under {shared}"
            continue
        if section.missing is not None and (problem := section.missing()) is not None:
            result.skipped.append(section.name)
            result.why_skipped[section.name] = problem
            continue
        if section.name not in floors:
            result.lines.append(GateLine(section.name, "floors", None, None, False,
                                         f"no floors pinned for {section.name!r} in {floors_path.name}"))
            continue
        result.lines.extend(check_section(section, shared, floors[section.name]))
    return result
