"""The state bodies of other states built by scripts/build_kb_world_bodies.py: the press's proper names and acronyms
resolve exactly to their state and sector, every entry has a known code and sector, no alias is a country's name or
shared with another entry, and the acronyms left out name no entry of the file."""

from __future__ import annotations

import pytest

from politika.kb import KnowledgeBase
from politika.kb.lexicon import DATA_DIR
from tests.kb.package_lists import (
    assert_extra_names_join_their_entity,
    assert_no_name_is_a_country_or_shared,
    entries,
    exact_hits_in,
    first_exact,
)

BODIES = DATA_DIR / "world_bodies.jsonl"


def _entries() -> list[dict[str, object]]:
    return entries(BODIES)


@pytest.mark.parametrize(("name", "country", "sector"), [
    ("Bundeswehr", "DEU", "MIL"), ("BND", "DEU", "SPY"), ("Verfassungsschutz", "DEU", "SPY"), ("BKA", "DEU", "COP"),
    ("DGSE", "FRA", "SPY"), ("DGSI", "FRA", "SPY"), ("Gendarmerie nationale", "FRA", "COP"),
    ("Rajya Sabha", "IND", "LEG"), ("R&AW", "IND", "SPY"), ("CRPF", "IND", "COP"), ("BSF", "IND", "COP"),
    ("ISI", "PAK", "SPY"), ("ISPR", "PAK", "MIL"), ("MOIS", "IRN", "SPY"), ("Roskomnadzor", "RUS", "GOV"),
    ("NABU", "UKR", "COP"), ("MSS", "CHN", "SPY"), ("TBMM", "TUR", "LEG"), ("Jandarma", "TUR", "COP"),
    ("Self-Defense Forces", "JPN", "MIL"), ("Tatmadaw", "MMR", "MIL"), ("Polícia Federal", "BRA", "COP"),
    ("STF", "BRA", "JUD"), ("SEDENA", "MEX", "MIL"), ("Guardia Nacional", "MEX", "COP"), ("KPA", "PRK", "MIL"),
    ("RCMP", "CAN", "COP"), ("ASIO", "AUS", "SPY"), ("EFCC", "NGA", "COP"),
    ("Knesset", "ISR", "LEG"), ("FSB", "RUS", "SPY"), ("SBU", "UKR", "SPY"),
])
def test_bodies_resolve_to_their_state(kb: KnowledgeBase, name: str, country: str, sector: str) -> None:
    _, found_country, found_sector = first_exact(kb, name)
    assert (found_country, found_sector) == (country, sector), name


def test_extra_names_join_the_held_entity(kb: KnowledgeBase) -> None:
    assert first_exact(kb, "ISI")[0] == first_exact(kb, "Inter-Services Intelligence")[0]


def test_every_entry_is_a_state_body_with_a_known_code(kb: KnowledgeBase) -> None:
    entries = _entries()
    assert len(entries) > 70
    for entry in entries:
        assert entry["type"] == "ORG" and entry["kind"] in ("agency", "military"), entry
        assert entry["country"] not in ("USA", "GBR") and kb.country(str(entry["country"])) is not None, entry
        assert entry["sector"] in ("GOV", "COP", "SPY", "MIL", "JUD", "LEG"), entry
        assert_extra_names_join_their_entity(kb, entry, "politika:body-")


def test_no_alias_is_a_country_or_shared(kb: KnowledgeBase) -> None:
    assert_no_name_is_a_country_or_shared(kb, BODIES)


@pytest.mark.parametrize("name", ["ED", "CBI", "NIA", "RAW", "NSG", "FIA", "MIT", "GIS", "PLA", "PAP", "NPC", "CMC",
                                  "SDF", "NIS", "CSIS", "CSE", "AFP", "ADF", "ASD", "DSS", "DCI", "MAD", "DRM", "RGB",
                                  "SPA", "TSE", "CNI", "MVD", "FSO", "Majlis", "Diet", "Federal Police",
                                  "National Guard", "Gendarmerie", "Bundesrat", "National Assembly",
                                  "Federal Intelligence Service", "Intelligence Bureau", "Investigative Committee",
                                  "Mukhabarat", "Ministry of Defence", "Foreign Ministry"])
def test_ambiguous_names_name_no_body_of_the_file(kb: KnowledgeBase, name: str) -> None:
    assert not exact_hits_in(kb, name, BODIES), name
