"""The PLOVER 2.0 vocabulary politika uses: the 16 event types and the modes of each (PLOVER_MANUAL.tex).

Data only, so that every room (nlp, store, cli, web) can import it without pulling in spaCy or the store.
"""

from __future__ import annotations

__all__ = ["ALL_MODES", "DEFAULT_MIN_CONFIDENCE", "EVENT_TYPES", "MODES"]

EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
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
