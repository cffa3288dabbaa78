"""The armed groups list built by scripts/build_kb_armed_groups.py: groups resolve exactly to their state and sector,
every entry has a known code and sector, and no alias is a country's name or shared with another entry."""

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

GROUPS = DATA_DIR / "armed_groups.jsonl"


def _entries() -> list[dict[str, object]]:
    return entries(GROUPS)


@pytest.mark.parametrize(("name", "country", "sector"), [
    ("Houthis", "YEM", "REB"), ("Ansar Allah", "YEM", "REB"), ("Houthi rebels", "YEM", "REB"),
    ("IRGC", "IRN", "MIL"), ("Islamic Revolutionary Guard Corps", "IRN", "MIL"), ("Quds Force", "IRN", "MIL"),
    ("Basij", "IRN", "MIL"), ("Hezbollah", "LBN", "REB"), ("Palestinian Islamic Jihad", "PSE", "REB"),
    ("Islamic Jihad", "PSE", "REB"), ("Saraya al-Quds", "PSE", "REB"), ("Rapid Support Forces", "SDN", "REB"),
    ("TTP", "PAK", "REB"), ("Tehreek-e-Taliban Pakistan", "PAK", "REB"), ("HTS", "SYR", "REB"),
    ("Hayat Tahrir al-Sham", "SYR", "REB"), ("Syrian Democratic Forces", "SYR", "REB"), ("YPG", "SYR", "REB"),
    ("M23", "COD", "REB"), ("ISWAP", "NGA", "REB"), ("Kataib Hezbollah", "IRQ", "REB"), ("Azov", "UKR", "MIL"),
    ("ISIS", "IMG", "REB"), ("ISKP", "AFG", "REB"), ("JNIM", "MLI", "REB"), ("Sinaloa Cartel", "MEX", "REB"),
    ("Ezzedine al-Qassam Brigades", "PSE", "REB"), ("Qassam Brigades", "PSE", "REB"), ("TPLF", "ETH", "REB"),
    ("ELN", "COL", "REB"), ("Arakan Army", "MMR", "REB"), ("Wagner", "RUS", "MIL"),
])
def test_groups_resolve_to_their_state(kb: KnowledgeBase, name: str, country: str, sector: str) -> None:
    _, found_country, found_sector = first_exact(kb, name)
    assert (found_country, found_sector) == (country, sector), name


def test_the_wings_of_hamas_and_islamic_jihad_are_apart(kb: KnowledgeBase) -> None:
    qassam = first_exact(kb, "Izz ad-Din al-Qassam Brigades")[0]
    assert first_exact(kb, "Ezzedine al-Qassam Brigades")[0] == qassam
    quds = first_exact(kb, "al-Quds Brigades")[0]
    assert quds != qassam and quds == first_exact(kb, "Saraya al-Quds")[0]


def test_houthis_are_not_their_leader(kb: KnowledgeBase) -> None:
    entity = kb.lookup("Houthis")[0][0]
    assert entity.type == "ORG" and entity.kind == "military"


def test_every_entry_is_an_armed_group_with_a_known_code(kb: KnowledgeBase) -> None:
    entries = _entries()
    assert len(entries) > 100
    # the non-state codes Phoenix gives its armed groups (IMG: a transnational group)
    phoenix_codes = {e.country for e in kb.entities.values() if e.id.startswith("politika:phoenix-")
                     and e.kind == "military" and e.country and kb.country(e.country) is None}
    for entry in entries:
        assert (entry["type"], entry["kind"]) == ("ORG", "military"), entry
        assert entry["sector"] in ("REB", "MIL"), entry
        country = str(entry["country"])
        assert kb.country(country) is not None or country in phoenix_codes, entry
        assert_extra_names_join_their_entity(kb, entry, "politika:group-")


def test_no_alias_is_a_country_or_shared(kb: KnowledgeBase) -> None:
    assert_no_name_is_a_country_or_shared(kb, GROUPS)


# ("Houthi" names the movement since 2026-12-04: "the Houthi spokesman", "Houthi forces" are far more common than the
# family name alone, which the press writes "al-Houthi" with a given name: tests/nlp/test_people.py)
@pytest.mark.parametrize("name", ["ADF", "SNA", "PDF", "IS", "RSF", "SDF", "Youth", "Front", "Army"])
def test_ambiguous_names_name_no_group_of_the_file(kb: KnowledgeBase, name: str) -> None:
    assert not exact_hits_in(kb, name, GROUPS), name
