"""The whole lists built by scripts/build_kb_us_officials.py and build_kb_world_lists.py: US senators, governors
and cabinets, 20th-century leaders, IGO heads and news outlets; they must not shadow federal offices or merge
namesakes."""

from __future__ import annotations

from politika.kb import KnowledgeBase


def _one(kb: KnowledgeBase, name: str) -> str:
    found = kb.lookup(name)
    assert found, name
    return found[0][0].id


def test_senators_and_governors_are_american_members_and_officials(kb: KnowledgeBase) -> None:
    romney = kb.get(_one(kb, "Mitt Romney"))
    assert romney is not None and romney.country == "USA"
    role = romney.role_at("2024-03-01")
    assert role is not None and (role.role, role.sector, role.org) == ("member", "LEG", "politika:us-senate")
    assert romney.role_at("2025-06-01") is None  # retired in January 2025
    newsom = kb.get(_one(kb, "Gavin Newsom"))
    assert newsom is not None and newsom.role_at("2024-03-01").title.startswith("Governor of California")


def test_a_governor_is_not_the_head_of_government_of_the_united_states(kb: KnowledgeBase) -> None:
    for date in ("2019-06-01", "2024-03-01"):
        holder = kb.office_holder("USA", "head_of_state", date)
        assert holder is not None and holder.name in ("Donald Trump", "Joe Biden")
    assert kb.office_holder("USA", "head_of_government", "2024-03-01") is None


def test_namesakes_stay_apart_and_variants_join(kb: KnowledgeBase) -> None:
    # the senator from Louisiana is not President Kennedy
    assert _one(kb, "John Kennedy") != _one(kb, "John F. Kennedy")
    # "Richard Nixon" of the presidents list is the historical list's "Richard M. Nixon"
    assert _one(kb, "Richard Nixon") == _one(kb, "Richard M. Nixon")
    # Boutros Boutros-Ghali is not his nephew Youssef Boutros Ghali (Phoenix)
    assert _one(kb, "Boutros Boutros-Ghali") != _one(kb, "Youssef Boutros Ghali")


def test_un_officials_do_not_displace_the_secretary_general(kb: KnowledgeBase) -> None:
    holder = kb.office_holder("Q1065", "leader", "2023-01-01")
    assert holder is not None and holder.name == "António Guterres"
    tedros = kb.get(_one(kb, "Tedros Adhanom Ghebreyesus"))
    assert tedros is not None and tedros.country == "ETH"


def test_historical_leaders_and_outlets(kb: KnowledgeBase) -> None:
    hitler = kb.get(_one(kb, "Adolf Hitler"))
    assert hitler is not None and hitler.country == "DEU" and hitler.role_at("1940-01-01") is not None
    assert kb.get(_one(kb, "Abraham Lincoln")).country == "USA"  # type: ignore[union-attr]
    cnn = kb.get(_one(kb, "CNN"))
    assert cnn is not None and (cnn.kind, cnn.country, cnn.sector) == ("media", "USA", "JRN")


def test_a_dated_body_of_the_phoenix_dictionary_is_a_body_not_a_person(kb: KnowledgeBase) -> None:
    # "PALESTINIAN_AUTHORITY [PSEGOV >19940913]" has a date, as people's offices have: it is still a body
    authority = kb.get("politika:phoenix-pse-palestinian-authority")
    assert authority is not None and authority.type == "ORG" and authority.country == "PSE"
    coalition = kb.get("politika:phoenix-syr-syrian-national-coalition")
    assert coalition is not None and coalition.type == "ORG"
