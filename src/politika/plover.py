"""The PLOVER 2.0 vocabulary politika uses (PLOVER_MANUAL.tex): the 16 event types, their quad classes, the modes
of each, and the CAMEO → PLOVER map the event lexicon is built with.

Data only, so that every room (nlp, store, cli, web) can import it without pulling in spaCy or the store.

>>> EventType.SANCTION == "SANCTION", QUAD[EventType.SANCTION], QUAD_NAMES[3]
(True, 3, 'verbal conflict')
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

__all__ = ["ALL_MODES", "CAMEO_CODE_FIXES", "CAMEO_MODE_FIXES", "DEFAULT_MIN_CONFIDENCE", "EVENT_TYPES", "MODES",
           "QUAD", "QUAD_NAMES", "EventType", "cameo_to_plover", "read_cameo_map"]


class EventType(StrEnum):
    """The event types, in the order of the manual's quad table (verbal, then material cooperation, ...)."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    SANCTION = "SANCTION"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


EVENT_TYPES: tuple[str, ...] = tuple(t.value for t in EventType)
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
QUAD: dict[str, int] = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
                        "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
                        "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
"""Each type's quad class (the manual's "Quad categories in PLOVER" table: SANCTION is verbal conflict)."""
MODES: dict[str, frozenset[str]] = {
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset({"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
                         "misinformation", "cyber"}),
    "ASSAULT": frozenset({"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                          "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                          "unconventional"}),
}
ALL_MODES = frozenset().union(*MODES.values())
# Events whose confidence (the trigger model's calibrated probability that the event is right, docs/events.md) is
# under this are stored but left out of clusters, counts, the network and exports unless asked (--min-confidence).
DEFAULT_MIN_CONFIDENCE = 0.5

# CAMEO codes the 2021 CAMEO → PLOVER table (CAMEO2PLOVER-2021.txt) does not cover (01 statements, 02 appeals) or
# maps otherwise than PLOVER 2.0 does; ``None``: no event.
CAMEO_CODE_FIXES: dict[str, tuple[str, str | None] | None] = {
    "01": None, "010": None, "011": None, "012": None, "013": None, "014": None, "015": ("CONCEDE", None),
    "016": ("REJECT", None), "017": None, "018": ("SUPPORT", None), "019": ("SUPPORT", None),
    "02": ("REQUEST", None), "020": ("REQUEST", None), "021": ("REQUEST", "assist"), "022": ("REQUEST", "assist"),
    "023": ("REQUEST", "assist"), "024": ("REQUEST", "change"), "025": ("REQUEST", "yield"),
    "026": ("REQUEST", "meet"), "027": ("REQUEST", "meet"), "028": ("REQUEST", "meet"),
    # PLOVER 2.0: international sanctions are SANCTION 'discontinue', not COERCE.
    "163": ("SANCTION", "discontinue"), "1712": ("ASSAULT", "destroy"),
}
# Modes the 2021 table names that PLOVER 2.0 calls otherwise or no longer has.
CAMEO_MODE_FIXES = {"assassinate": "targeted", "massacre": "targeted", "ban": "restrict", "political": "restrict",
                    "ease": None, "return": "release", "seize": None, "cleansing": None, "pro_autocracy": None}


def read_cameo_map(path: Path) -> dict[str, tuple[str, str | None]]:
    """CAMEO code → PLOVER (type, mode) as CAMEO2PLOVER-2021.txt (``0311: AGREE,  ,   economic``) gives it."""
    table: dict[str, tuple[str, str | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d+):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?", line)
        if not match:
            continue
        code, type_, mode = match.group(1), match.group(2), (match.group(3) or "").strip() or None
        table[code] = (type_, mode)
    return table


def cameo_to_plover(code: str, table: dict[str, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    """The PLOVER 2.0 (type, mode) of a CAMEO code (``"0311"``, ``"163: impose embargo"``): the code's own entry,
    else its three- and two-digit parents', the fixes first; a mode PLOVER 2.0 lacks for the type is ``None``.

    >>> cameo_to_plover("163", {}), cameo_to_plover("0213", {})
    (('SANCTION', 'discontinue'), ('REQUEST', 'assist'))
    """
    code = code.split(":")[0].strip()
    if not code.isdigit():
        return None
    for prefix in (code, code[:3], code[:2]):
        if prefix in CAMEO_CODE_FIXES:
            return CAMEO_CODE_FIXES[prefix]
        if prefix in table:
            type_, mode = table[prefix]
            if mode is not None:
                mode = CAMEO_MODE_FIXES.get(mode, mode)
                if mode not in MODES.get(type_, ()):
                    mode = None
            return type_, mode
    return None
