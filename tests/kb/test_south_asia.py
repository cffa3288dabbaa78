"""The Indian and Pakistani officials built by scripts/build_kb_south_asia.py: dated offices, chief ministers as
officials (never heads of government), one entity per person with the other files, no lone surname as alias."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from politika.kb import KnowledgeBase
from tests.kb.package_lists import holds_on

DATA = Path(__file__).resolve().parents[2] / "src" / "politika" / "kb" / "data" / "south_asia_officials.jsonl"


@pytest.mark.parametrize(("name", "country", "title", "date"), [
    ("Siddaramaiah", "IND", "Chief Minister of Karnataka", "2024-03-05"),
    ("DK Shivakumar", "IND", "Deputy Chief Minister of Karnataka", "2024-03-05"),
    ("Nirmala Sitharaman", "IND", "Minister of Finance of India", "2023-02-01"),
    ("Mamata Banerjee", "IND", "Chief Minister of West Bengal", "2021-05-10"),
    ("Yogi Adityanath", "IND", "Chief Minister of Uttar Pradesh", "2022-01-01"),
    ("Himanta Biswa Sarma", "IND", "Chief Minister of Assam", "2023-01-01"),
    ("Arvind Kejriwal", "IND", "Chief Minister of Delhi", "2020-01-01"),
    ("Omar Abdullah", "IND", "Chief Minister of Jammu and Kashmir", "2025-01-01"),
    ("Ashwini Vaishnaw", "IND", "Minister of Railways of India", "2024-06-01"),
    ("Maryam Nawaz", "PAK", "Chief Minister of Punjab", "2024-06-01"),
    ("Usman Buzdar", "PAK", "Chief Minister of Punjab", "2020-01-01"),
    ("Ali Amin Gandapur", "PAK", "Chief Minister of Khyber Pakhtunkhwa", "2024-06-01"),
    ("Miftah Ismail", "PAK", "Minister of Finance of Pakistan", "2022-06-01"),
    ("Bilawal Bhutto Zardari", "PAK", "Minister of Foreign Affairs of Pakistan", "2023-01-01"),
])
def test_officials_hold_their_offices_on_a_date(kb: KnowledgeBase, name: str, country: str, title: str,
                                                date: str) -> None:
    assert holds_on(kb, name, country, title, date)


def test_chief_ministers_are_officials_and_ministers_have_their_roles(kb: KnowledgeBase) -> None:
    pm = kb.office_holder("IND", "head_of_government", "2024-03-05")
    assert pm is not None and pm.name == "Narendra Modi"
    fm = kb.office_holder("PAK", "foreign_minister", "2020-01-01")
    assert fm is not None and fm.name == "Shah Mahmood Qureshi"
    interior = kb.office_holder("PAK", "interior_minister", "2022-06-01")
    assert interior is not None and interior.name == "Rana Sanaullah"
    defence = kb.office_holder("PAK", "defence_minister", "2023-01-01")
    assert defence is not None and defence.name.endswith("Asif")


def test_people_other_files_hold_are_one_entity(kb: KnowledgeBase) -> None:
    # Mohsin Naqvi: caretaker chief minister of Punjab (this list) and interior minister (un_ministers.jsonl)
    naqvi = [e for e, score in kb.lookup("Mohsin Naqvi") if score >= 0.95 and e.country == "PAK"]
    assert len(naqvi) == 1
    titles = {r.title for r in naqvi[0].roles}
    assert {"Chief Minister of Punjab", "Minister of the Interior of Pakistan"} <= titles
    ids = [json.loads(line)["name"] for line in DATA.read_text(encoding="utf-8").splitlines()]
    assert "Amit Shah" not in ids and "Narendra Modi" not in ids


def test_no_alias_is_a_lone_common_surname() -> None:
    shared = {"singh", "khan", "sharif", "shah", "reddy", "kumar", "patel", "naidu", "yadav", "modi", "gandhi"}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        entity = json.loads(line)
        for alias in entity.get("aliases", []):
            assert alias.lower() not in shared, (entity["name"], alias)
            assert len(alias.split()) > 1 or alias.isupper(), (entity["name"], alias)
