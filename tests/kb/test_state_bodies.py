"""The US and UK state bodies built by scripts/build_kb_state_bodies.py: the press's names resolve exactly to their
state and sector, every entry has a known code and sector, and no alias is a country's name or shared with another
entry."""

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

BODIES = DATA_DIR / "state_bodies.jsonl"


def _entries() -> list[dict[str, object]]:
    return entries(BODIES)


@pytest.mark.parametrize(("name", "country", "sector"), [
    ("Department of Homeland Security", "USA", "GOV"), ("DHS", "USA", "GOV"), ("CBP", "USA", "COP"),
    ("ICE", "USA", "COP"), ("Immigration and Customs Enforcement", "USA", "COP"), ("Justice Department", "USA", "GOV"),
    ("Department of Justice", "USA", "GOV"), ("DOJ", "USA", "GOV"), ("Treasury Department", "USA", "GOV"),
    ("CDC", "USA", "GOV"), ("FDA", "USA", "GOV"), ("NIH", "USA", "GOV"), ("SEC", "USA", "GOV"),
    ("Secret Service", "USA", "COP"), ("DEA", "USA", "COP"), ("USCIS", "USA", "GOV"),
    ("Health and Human Services", "USA", "GOV"), ("HHS", "USA", "GOV"), ("Congressional Budget Office", "USA", "LEG"),
    ("GAO", "USA", "LEG"), ("US Coast Guard", "USA", "MIL"), ("Marine Corps", "USA", "MIL"),
    ("Home Office", "GBR", "GOV"), ("NHS", "GBR", "GOV"),
    ("Metropolitan Police", "GBR", "COP"), ("Met Police", "GBR", "COP"), ("HM Treasury", "GBR", "GOV"),
    ("Crown Prosecution Service", "GBR", "JUD"), ("National Crime Agency", "GBR", "COP"),
    ("FBI", "USA", "COP"), ("State Department", "USA", "GOV"), ("MI5", "GBR", "SPY"),
])
def test_bodies_resolve_to_their_state(kb: KnowledgeBase, name: str, country: str, sector: str) -> None:
    _, found_country, found_sector = first_exact(kb, name)
    assert (found_country, found_sector) == (country, sector), name


def test_extra_names_join_the_held_entity(kb: KnowledgeBase) -> None:
    dhs = first_exact(kb, "FEMA")[0]
    assert first_exact(kb, "Department of Homeland Security")[0] == dhs == first_exact(kb, "DHS")[0]
    assert first_exact(kb, "Justice Department")[0] == first_exact(kb, "DOJ")[0]


def test_every_entry_is_a_state_body_with_a_known_code(kb: KnowledgeBase) -> None:
    entries = _entries()
    assert len(entries) > 80
    for entry in entries:
        assert entry["type"] == "ORG" and entry["kind"] in ("agency", "military"), entry
        assert entry["country"] in ("USA", "GBR") and kb.country(str(entry["country"])) is not None, entry
        assert entry["sector"] in ("GOV", "COP", "SPY", "MIL", "JUD", "LEG"), entry
        assert_extra_names_join_their_entity(kb, entry, "politika:body-")


def test_no_alias_is_a_country_or_shared(kb: KnowledgeBase) -> None:
    assert_no_name_is_a_country_or_shared(kb, BODIES)


@pytest.mark.parametrize("name", ["Treasury", "Congress", "Parliament", "Supreme Court", "Justice", "State",
                                  "Interior", "Defense", "Labor", "Commerce", "Energy", "Education", "VA", "SSA",
                                  "CPS", "NCA", "CRS", "DOE", "DOT", "NRC", "Met", "Ministry of Justice"])
def test_ambiguous_names_name_no_body_of_the_file(kb: KnowledgeBase, name: str) -> None:
    assert not exact_hits_in(kb, name, BODIES), name


def test_ice_is_written_in_capitals_only() -> None:
    names = [name for entry in _entries() for name in [entry["name"], *(entry.get("aliases") or [])]]  # type: ignore[list-item]
    assert "ICE" in names and "Ice" not in names and "ice" not in names


def test_a_name_many_states_bodies_bear_names_no_uk_body(kb: KnowledgeBase) -> None:
    assert not [e for e, score in kb.lookup("Ministry of Defence", fuzzy=False) if score >= 0.99]
