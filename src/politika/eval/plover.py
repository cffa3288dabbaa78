"""Readers for the PLOVER gold data: the GSR records (PLOVER_GSR_CAMEO.txt) and their actors.

The GSR uses PLOVER 0.5 conventions that this reader maps to PLOVER 2.0 / ISO 3166:

- country codes: a few CAMEO codes that are not ISO (``JAP`` → ``JPN``, ``ITL`` → ``ITA``, ``VTN`` → ``VNM``);
  the UN and the European Community are coded ``IGO`` there, where PLOVER 2.0 has ``UNO`` and ``EUR``:
  :func:`same_country` accepts any of the three for a gold ``IGO``;
- sector codes: CAMEO sector strings carry ethnic or religious suffixes (``CVLalb``, ``REBkur``,
  ``GOVMOS``): the first three letters are the sector; ``CIV`` is read as ``CVL``; ``***`` and ``MOS`` (a
  religion, not a sector) are no sector;
- event types: PLOVER 0.5 had ten more or differently named categories. :data:`EVENT_05_TO_20` maps them:
  ``DEMAND`` → ``REQUEST``, ``DISAPPROVE`` → ``ACCUSE`` (mode ``disapprove``), ``INVESTIGATE`` → ``ACCUSE`` (mode
  ``investigate``), ``FIGHT`` → ``ASSAULT`` (conventional force is an ASSAULT mode in 2.0), ``YIELD`` →
  ``CONCEDE``; the other labels are the same in both versions.

The PLV data set (PLV_train.tsv: one source/target pair per sentence with a ``gold_root`` type) uses PLOVER 2.0
names except ``YIELD``, which PLOVER 2.0 split into ``CONCEDE`` (verbal) and ``RETREAT`` (material): its reader
keeps ``YIELD`` and the events eval scores a predicted CONCEDE or RETREAT as YIELD there (see
:data:`PLV_MERGED`). :func:`plv_fold` is the deterministic train/held-out split by sentence.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from politika.errors import InputError

COUNTRY_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "KOS": "KOS"}
IGO_FAMILY = {"IGO", "UNO", "EUR"}
PLOVER_SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
                  "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}
SECTOR_FIXES = {"CIV": "CVL"}
# PLOVER 0.5 event category → PLOVER 2.0 (type, mode).
EVENT_05_TO_20: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None), "DISAPPROVE": ("ACCUSE", "disapprove"), "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None), "YIELD": ("CONCEDE", None),
}
# PLV's YIELD covers these PLOVER 2.0 types.
PLV_MERGED = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
HOLDOUT_FOLDS = 5


@dataclass
class GoldActor:
    text: str
    country: str | None
    sector: str | None
    role: str  # source | target


@dataclass
class GsrRecord:
    id: str
    text: str
    event: str
    mode: str | None
    context: list[str]
    actors: list[GoldActor] = field(default_factory=list)
    event_05: str | None = None  # the GSR's own PLOVER 0.5 label where it differs from ``event``

    @property
    def sources(self) -> list[GoldActor]:
        return [a for a in self.actors if a.role == "source"]

    @property
    def targets(self) -> list[GoldActor]:
        return [a for a in self.actors if a.role == "target"]


def country_code(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().upper()
    return COUNTRY_FIXES.get(code, code)


def sector_code(code: str | None) -> str | None:
    if not code:
        return None
    head = code.strip()[:3].upper()
    head = SECTOR_FIXES.get(head, head)
    return head if head in PLOVER_SECTORS else None


def same_country(gold: str | None, predicted: str | None) -> bool:
    if gold == "IGO":
        return predicted in IGO_FAMILY
    return gold == predicted


def read_gsr(path: Path) -> Iterator[GsrRecord]:
    """The GSR's event records that have a sentence (the documentation records are skipped)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"cannot read the PLOVER GSR file ({exc})") from exc
    for item in data:
        text = item.get("text")
        if not text or item.get("event") == "DOCUMENT":
            continue
        context = item.get("context") or []
        if not isinstance(context, list):
            context = [c.strip() for c in str(context).split(",")]
        label = str(item.get("event", "")).upper()
        event, mode = EVENT_05_TO_20.get(label, (label, item.get("mode") or None))
        record = GsrRecord(id=item["id"], text=text, event=event, mode=mode, context=context,
                           event_05=label if label != event else None)
        for role, key in (("source", "source"), ("target", "target")):
            value = item.get(key)
            if not isinstance(value, list):
                continue
            for actor in value:
                if isinstance(actor, dict) and actor.get("actorText"):
                    record.actors.append(GoldActor(text=actor["actorText"], country=country_code(actor.get("code")),
                                                   sector=sector_code(actor.get("sector")), role=role))
        yield record


def locate(text: str, needle: str) -> tuple[int, int] | None:
    """Character span of a gold actor text in its sentence (exact, then case-insensitive, then by parts)."""
    needle = " ".join(needle.split())
    for flags in (0, re.IGNORECASE):
        match = re.search(re.escape(needle).replace(r"\ ", r"\s+"), text, flags)
        if match:
            return match.start(), match.end()
    parts = [p.strip() for p in re.split(r"\.\.\.|…", needle) if p.strip()]
    spans = [locate(text, p) for p in parts] if len(parts) > 1 else []
    found = [s for s in spans if s is not None]
    if found:
        return min(s[0] for s in found), max(s[1] for s in found)
    return None


@dataclass
class PlvRecord:
    """One PLV_train.tsv row: a sentence, its source and target texts and the gold PLOVER type."""

    id: str
    text: str
    source: str
    target: str
    event: str

    @property
    def fold(self) -> int:
        return plv_fold(self.text)


def plv_fold(sentence: str) -> int:
    """Fold 0..4 of a sentence: the first byte of its sha1, mod 5. Fold 0 is the held-out fifth."""
    return hashlib.sha1(" ".join(sentence.split()).encode("utf-8")).digest()[0] % HOLDOUT_FOLDS


def read_plv(path: Path) -> Iterator[PlvRecord]:
    """The rows of PLV_train.tsv (tab-separated, with a header)."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(str(path), f"cannot read the PLV file ({exc})") from exc
    with handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            text = row.get("sentence") or ""
            label = (row.get("gold_root") or "").strip().upper()
            if not text or not label:
                continue
            yield PlvRecord(id=str(row.get("sentence_id") or row.get("") or ""), text=text,
                            source=(row.get("source") or "").strip(), target=(row.get("target") or "").strip(),
                            event=label)
