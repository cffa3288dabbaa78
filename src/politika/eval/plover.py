"""Readers for the PLOVER gold data: the GSR records (PLOVER_GSR_CAMEO.txt) and their actors.

The GSR uses PLOVER 0.5 conventions that this reader maps to PLOVER 2.0 / ISO 3166:

- country codes: a few CAMEO codes that are not ISO (``JAP`` → ``JPN``, ``ITL`` → ``ITA``, ``VTN`` → ``VNM``);
  the UN and the European Community are coded ``IGO`` there, where PLOVER 2.0 has ``UNO`` and ``EUR``:
  :func:`same_country` accepts any of the three for a gold ``IGO``;
- sector codes: CAMEO sector strings carry ethnic or religious suffixes (``CVLalb``, ``REBkur``,
  ``GOVMOS``): the first three letters are the sector; ``CIV`` is read as ``CVL``; ``***`` and ``MOS`` (a
  religion, not a sector) are no sector.
"""

from __future__ import annotations

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
        record = GsrRecord(id=item["id"], text=text, event=str(item.get("event", "")).upper(),
                           mode=item.get("mode") or None, context=context)
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
