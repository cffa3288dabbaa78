"""The US state and city officials built by scripts/build_kb_us_states.py: dated offices, every one an official
(never a federal office holder), one entity per person with the other files, no lone surname as alias."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from politika.kb import KnowledgeBase
from tests.kb.package_lists import holds_on

DATA = Path(__file__).resolve().parents[2] / "src" / "politika" / "kb" / "data" / "us_state_officials.jsonl"


@pytest.mark.parametrize(("name", "title", "date"), [
    ("Brad Raffensperger", "Secretary of State of Georgia", "2021-01-02"),
    ("Ken Paxton", "Attorney General of Texas", "2023-06-01"),
    ("Letitia James", "Attorney General of New York", "2024-02-16"),
    ("Tish James", "Attorney General of New York", "2022-09-21"),
    ("Dan Patrick", "Lieutenant Governor of Texas", "2022-01-01"),
    ("Rob Bonta", "Attorney General of California", "2022-01-01"),
    ("Jocelyn Benson", "Secretary of State of Michigan", "2020-11-10"),
    ("Mark Robinson", "Lieutenant Governor of North Carolina", "2024-09-20"),
    ("Kris Kobach", "Attorney General of Kansas", "2023-06-01"),
    ("Al Schmidt", "Secretary of the Commonwealth of Pennsylvania", "2024-11-06"),
    ("Katie Hobbs", "Secretary of State of Arizona", "2020-11-04"),
    ("Michelle Wu", "Mayor of Boston", "2022-06-01"),
    ("Cherelle Parker", "Mayor of Philadelphia", "2024-06-01"),
    ("Sylvester Turner", "Mayor of Houston", "2021-02-15"),
    ("Keechant Sewell", "Police Commissioner of New York City", "2022-06-01"),
])
def test_officials_hold_their_offices_on_a_date(kb: KnowledgeBase, name: str, title: str, date: str) -> None:
    assert holds_on(kb, name, "USA", title, date)


def test_offices_change_hands_on_their_dates(kb: KnowledgeBase) -> None:
    assert not holds_on(kb, "Xavier Becerra", "USA", "Attorney General of California", "2021-06-01")
    assert not holds_on(kb, "Sylvester Turner", "USA", "Mayor of Houston", "2024-06-01")
    assert holds_on(kb, "John Whitmire", "USA", "Mayor of Houston", "2024-06-01")


def test_federal_office_holders_are_unchanged(kb: KnowledgeBase) -> None:
    president = kb.office_holder("USA", "head_of_state", "2023-01-01")
    assert president is not None and president.name == "Joe Biden"
    interior = kb.office_holder("USA", "interior_minister", "2023-01-01")
    assert interior is not None and interior.name == "Alejandro Mayorkas"
    state_ids = {json.loads(line)["id"] for line in DATA.read_text(encoding="utf-8").splitlines()}
    for role in ("head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                 "interior_minister"):
        for date in ("2021-06-01", "2023-01-01", "2025-06-01"):
            holder = kb.office_holder("USA", role, date)
            assert holder is None or holder.id not in state_ids, (role, date, holder)
    for line in DATA.read_text(encoding="utf-8").splitlines():
        for role in json.loads(line)["roles"]:
            assert role.split("|")[1] == "official", role


def test_people_other_files_hold_are_one_entity(kb: KnowledgeBase) -> None:
    # Josh Stein: attorney general of North Carolina (this list) and its governor (us_officials.jsonl)
    stein = [e for e, score in kb.lookup("Josh Stein") if score >= 0.95 and e.country == "USA"]
    assert len(stein) == 1
    titles = {r.title for r in stein[0].roles}
    assert "Attorney General of North Carolina" in titles
    assert any(t.startswith("Governor of North Carolina") for t in titles)
    padilla = [e for e, score in kb.lookup("Alex Padilla") if score >= 0.95 and e.country == "USA"]
    assert len(padilla) == 1 and "Secretary of State of California" in {r.title for r in padilla[0].roles}


def test_no_alias_is_a_lone_surname_or_common_word() -> None:
    for line in DATA.read_text(encoding="utf-8").splitlines():
        entity = json.loads(line)
        for alias in entity.get("aliases", []):
            assert len(alias.split()) > 1, (entity["name"], alias)
