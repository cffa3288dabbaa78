"""The ministers of UN members built by scripts/build_kb_un_ministers.py: dated offices, one entity per person
with the other files, and no lone surname taken from a better-known person of another country."""

from __future__ import annotations

from politika.kb import KnowledgeBase
from politika.nlp.linking import PersonContext, choose, rank_people


def test_foreign_defence_and_interior_ministers_are_dated(kb: KnowledgeBase) -> None:
    egypt = kb.office_holder("EGY", "foreign_minister", "2025-01-01")
    assert egypt is not None and egypt.name == "Badr Abdelatty"
    before = kb.office_holder("EGY", "foreign_minister", "2023-01-01")
    assert before is not None and "Shoukry" in before.name
    defence = kb.office_holder("PAK", "defence_minister", "2025-01-01")
    assert defence is not None and defence.name.endswith("Asif")  # Phoenix's "Khawaja Muhammad Asif", one entity
    interior = kb.office_holder("MYS", "interior_minister", "2024-06-01")
    assert interior is not None and interior.name == "Saifuddin Nasution Ismail"


def test_a_minister_another_file_holds_is_one_entity(kb: KnowledgeBase) -> None:
    # Qatar's prime minister (office holders) is also its foreign minister (this list)
    qatar_pm = kb.office_holder("QAT", "head_of_government", "2024-06-01")
    qatar_fm = kb.office_holder("QAT", "foreign_minister", "2024-06-01")
    assert qatar_pm is not None and qatar_fm is not None and qatar_pm.id == qatar_fm.id


def test_lone_surnames_keep_the_better_known_person(kb: KnowledgeBase) -> None:
    # Senator Jim Risch keeps "Risch": Liechtenstein's Daniel Risch is left out of the list
    linked = choose(rank_people(kb, "Risch", PersonContext(date="2024-06-01"), lone=True))
    assert linked is not None and linked.entity.country == "USA"
    # a surname only a minister holds links on a date the minister is in office, to that minister's country
    linked = choose(rank_people(kb, "Bourita", PersonContext(date="2024-06-01"), lone=True))
    assert linked is not None and linked.entity.country == "MAR"
