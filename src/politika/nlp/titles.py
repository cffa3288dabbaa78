"""Titles and role nouns: what a word in front of a name, or the head of a nominal, says about the role."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TitleSense:
    role: str  # head_of_state | head_of_government | foreign_minister | ... | leader | official | member
    sector: str | None


# Multi-word titles first; matched on lower-cased, space-joined tokens.
TITLES: dict[str, TitleSense] = {
    "prime minister": TitleSense("head_of_government", "GOV"),
    "deputy prime minister": TitleSense("official", "GOV"),
    "foreign minister": TitleSense("foreign_minister", "GOV"),
    "foreign secretary": TitleSense("foreign_minister", "GOV"),
    "secretary of state": TitleSense("foreign_minister", "GOV"),
    "defence minister": TitleSense("defence_minister", "GOV"),
    "defense minister": TitleSense("defence_minister", "GOV"),
    "defense secretary": TitleSense("defence_minister", "GOV"),
    "defence secretary": TitleSense("defence_minister", "GOV"),
    "interior minister": TitleSense("interior_minister", "GOV"),
    "home secretary": TitleSense("interior_minister", "GOV"),
    "finance minister": TitleSense("official", "GOV"),
    "chancellor of the exchequer": TitleSense("official", "GOV"),
    "treasurer": TitleSense("official", "GOV"),
    "secretary general": TitleSense("leader", "GOV"),
    "secretary-general": TitleSense("leader", "GOV"),
    "high representative": TitleSense("foreign_minister", "GOV"),
    "supreme leader": TitleSense("head_of_state", "GOV"),
    "vice president": TitleSense("official", "GOV"),
    "vice-president": TitleSense("official", "GOV"),
    "chief of staff": TitleSense("official", "GOV"),
    "chief of the general staff": TitleSense("military_chief", "MIL"),
    "commander-in-chief": TitleSense("military_chief", "MIL"),
    "commander in chief": TitleSense("military_chief", "MIL"),
    "national security adviser": TitleSense("official", "GOV"),
    "national security advisor": TitleSense("official", "GOV"),
    "president": TitleSense("head_of_state", "GOV"),
    "premier": TitleSense("head_of_government", "GOV"),
    "chancellor": TitleSense("head_of_government", "GOV"),
    "king": TitleSense("head_of_state", "GOV"),
    "queen": TitleSense("head_of_state", "GOV"),
    "emir": TitleSense("head_of_state", "GOV"),
    "leader": TitleSense("leader", "GOV"),
    "autocrat": TitleSense("leader", "GOV"),
    "dictator": TitleSense("leader", "GOV"),
    "strongman": TitleSense("leader", "GOV"),
    "ruler": TitleSense("leader", "GOV"),
    "minister": TitleSense("official", "GOV"),
    "secretary": TitleSense("official", "GOV"),
    "ambassador": TitleSense("official", "GOV"),
    "envoy": TitleSense("official", "GOV"),
    "diplomat": TitleSense("official", "GOV"),
    "spokesman": TitleSense("official", "GOV"),
    "spokeswoman": TitleSense("official", "GOV"),
    "spokesperson": TitleSense("official", "GOV"),
    "official": TitleSense("official", "GOV"),
    "governor": TitleSense("official", "GOV"),
    "mayor": TitleSense("official", "GOV"),
    "senator": TitleSense("member", "LEG"),
    "sen.": TitleSense("member", "LEG"),
    "sens.": TitleSense("member", "LEG"),
    "rep.": TitleSense("member", "LEG"),
    "reps.": TitleSense("member", "LEG"),
    "representative": TitleSense("member", "LEG"),
    "gov.": TitleSense("official", "GOV"),
    "attorney general": TitleSense("official", "GOV"),
    "special counsel": TitleSense("official", "JUD"),
    "inspector general": TitleSense("official", "GOV"),
    "lawyer": TitleSense("member", None),
    "attorney": TitleSense("member", None),
    "aide": TitleSense("official", None),
    "adviser": TitleSense("official", None),
    "advisor": TitleSense("official", None),
    "congressman": TitleSense("member", "LEG"),
    "assemblyman": TitleSense("member", "LEG"),
    "assemblywoman": TitleSense("member", "LEG"),
    "councilmember": TitleSense("member", "LEG"),
    "councilman": TitleSense("member", "LEG"),
    "councilwoman": TitleSense("member", "LEG"),
    "councillor": TitleSense("member", "LEG"),
    "councilor": TitleSense("member", "LEG"),
    "alderman": TitleSense("member", "LEG"),
    "congresswoman": TitleSense("member", "LEG"),
    "speaker": TitleSense("leader", "LEG"),
    "lawmaker": TitleSense("member", "LEG"),
    "mp": TitleSense("member", "LEG"),
    "mep": TitleSense("member", "LEG"),  # a member of the European Parliament
    "deputy": TitleSense("member", "LEG"),
    "judge": TitleSense("official", "JUD"),
    "prosecutor": TitleSense("official", "JUD"),
    "district attorney": TitleSense("official", "JUD"),
    "prosecuting attorney": TitleSense("official", "JUD"),
    "state 's attorney": TitleSense("official", "JUD"),
    "state ’s attorney": TitleSense("official", "JUD"),
    "police chief": TitleSense("official", "COP"),
    "chief of police": TitleSense("official", "COP"),
    "police officer": TitleSense("official", "COP"),
    "detective": TitleSense("official", "COP"),
    "justice": TitleSense("official", "JUD"),
    "general": TitleSense("military_chief", "MIL"),
    "gen.": TitleSense("military_chief", "MIL"),
    "admiral": TitleSense("military_chief", "MIL"),
    "colonel": TitleSense("official", "MIL"),
    "commander": TitleSense("military_chief", "MIL"),
    "marshal": TitleSense("military_chief", "MIL"),
    "guard": TitleSense("official", "SPY"),
    # a guard of a state's coast or of its nation is a military one (the Phoenix agents dictionary: COAST_GUARD,
    # NATIONAL_GUARD ~MIL), not a bodyguard; a border guard is police as in sector_nouns.tsv
    "coast guard": TitleSense("official", "MIL"),
    "coastguard": TitleSense("official", "MIL"),
    "national guard": TitleSense("official", "MIL"),
    "border guard": TitleSense("official", "COP"),
    "bodyguard": TitleSense("official", "SPY"),
    "chairman": TitleSense("leader", None),
    "chairwoman": TitleSense("leader", None),
    "chair": TitleSense("leader", None),
    "head": TitleSense("leader", None),
    "chief": TitleSense("leader", None),
    "director": TitleSense("leader", None),
    "founder": TitleSense("leader", None),
    "ceo": TitleSense("leader", "BUS"),
    "journalist": TitleSense("member", "JRN"),
    "correspondent": TitleSense("member", "JRN"),
    "editor": TitleSense("member", "JRN"),
    "activist": TitleSense("member", "CVL"),
    "reporter": TitleSense("member", "JRN"),
    "host": TitleSense("member", "JRN"),
    "professor": TitleSense("member", "EDU"),
    "economist": TitleSense("member", None),
    "analyst": TitleSense("member", None),
    "researcher": TitleSense("member", None),
    "strategist": TitleSense("member", None),
    "officer": TitleSense("official", None),
    "dissident": TitleSense("member", "OPP"),
    "opposition leader": TitleSense("leader", "OPP"),
}
# Words that qualify a title without being one.
QUALIFIERS = {"former", "ex", "ex-", "late", "ousted", "deposed", "exiled", "acting", "interim", "incoming",
              "outgoing", "newly", "re-elected", "elected", "deputy", "senior", "top", "then", "first", "new"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "prof", "prof."}
# Those that say a person's gender ("Ms Persson", "Mr. Trump"; actor_types.person_gender).
MALE_HONORIFICS = frozenset({"mr", "mr."})
FEMALE_HONORIFICS = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "madam", "madame"})


def title_sense(words: list[str]) -> tuple[TitleSense, str] | None:
    """The most specific title in ``words`` (lower-cased tokens) and the matched text, or None.

    The most specific is the longest; of two as long, the one listed first in ``TITLES``."""
    # (a hyphenated title comes as three tokens: "secretary", "-", "general" is the secretary-general)
    parts = " ".join(w for w in words if w not in QUALIFIERS).replace(" - ", "-").split(" ")
    best: int | None = None
    for start in range(len(parts)):
        for end in range(start + 1, min(start + _TITLE_WORDS, len(parts)) + 1):
            found = _TITLE_RANK.get(" ".join(parts[start:end]))
            if found is not None and (best is None or found < best):
                best = found
    if best is None:
        return None
    title = _TITLE_ORDER[best]
    return TITLES[title], title


_TITLE_ORDER = sorted(TITLES, key=len, reverse=True)
_TITLE_RANK = {title: i for i, title in enumerate(_TITLE_ORDER)}
_TITLE_WORDS = max(len(title.split(" ")) for title in TITLES)
