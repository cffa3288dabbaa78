"""The parties list built by scripts/build_kb_parties.py: parties resolve to their state, every entry is a party
of a known state, and no alias is a country's name or shared with another party."""

from __future__ import annotations

import pytest

from politika.kb import KnowledgeBase
from politika.kb.lexicon import DATA_DIR
from tests.kb.package_lists import assert_no_name_is_a_country_or_shared, entries

PARTIES = DATA_DIR / "parties.jsonl"


def _entries() -> list[dict[str, object]]:
    return entries(PARTIES)


@pytest.mark.parametrize(("name", "country"), [
    ("BJP", "IND"), ("Bharatiya Janata Party", "IND"), ("Likud", "ISR"), ("AfD", "DEU"),
    ("Pakistan Tehreek-e-Insaf", "PAK"),
    ("PML-N", "PAK"), ("Fidesz", "HUN"), ("Aam Aadmi Party", "IND"), ("Muslim Brotherhood", "EGY"),
    ("Rassemblement National", "FRA"), ("PSOE", "ESP"), ("Lib Dems", "GBR"), ("Sinn Féin", "IRL"),
])
def test_parties_resolve_to_their_state(kb: KnowledgeBase, name: str, country: str) -> None:
    found = kb.lookup(name)
    assert found, name
    entity = found[0][0]
    assert (entity.kind, entity.sector, entity.country) == ("party", "PTY", country)


def test_every_entry_is_a_party_of_a_known_state(kb: KnowledgeBase) -> None:
    entries = _entries()
    assert len(entries) > 300
    for entry in entries:
        assert str(entry["id"]).startswith("politika:party-"), entry
        assert (entry["type"], entry["kind"], entry["sector"]) == ("ORG", "party", "PTY"), entry
        country = str(entry["country"])
        assert len(country) == 3 and (kb.country(country) is not None or country == "EUR"), entry


def test_no_alias_is_a_country_or_shared(kb: KnowledgeBase) -> None:
    assert_no_name_is_a_country_or_shared(kb, PARTIES)


def test_existing_parties_are_not_duplicated(kb: KnowledgeBase) -> None:
    # the US and UK parties of organisations.jsonl and the Phoenix entries keep their names to themselves
    for name in ("Republican Party", "Democratic Party", "Conservative Party", "Labour Party", "Hezbollah",
                 "Patriotic Union of Kurdistan"):
        ids = {entity.id for entity, score in kb.lookup(name) if score == 1.0}
        assert len(ids) == 1 and not next(iter(ids)).startswith("politika:party-"), (name, ids)


@pytest.mark.parametrize("acronym", ["PTI", "PPP", "INC", "AAP", "EFF", "APC", "CHP", "CSU", "PSL"])
def test_acronyms_other_bodies_bear_as_often_name_no_party(kb: KnowledgeBase, acronym: str) -> None:
    # "(PTI)" is the Press Trust of India's byline in Indian papers
    assert not [e for e, score in kb.lookup(acronym) if e.kind == "party" and score >= 0.99]
