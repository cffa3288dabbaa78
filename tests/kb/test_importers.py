"""Importers of FollowTheMoney/OpenSanctions and Wikidata files (fixtures written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from politika.errors import InputError, PolitikaError
from politika.kb import KnowledgeBase, import_file

from .conftest import FIXTURES


def test_ftm_entities() -> None:
    entities = {e.name: e for e in import_file(FIXTURES / "ftm_entities.jsonl", "ftm")}
    assert set(entities) == {"Ivan Testovich Ivanov", "Vladimir Putin", "Test Bank of Tula",
                             "Test Regional Administration"}  # the Address is not an actor
    ivanov = entities["Ivan Testovich Ivanov"]
    assert ivanov.id == "ftm:ru-test-ivanov" and ivanov.type == "PERSON" and ivanov.country == "RUS"
    assert "Иван Иванов" in ivanov.aliases and ivanov.source == "ftm"
    assert ivanov.roles[0].role == "official" and ivanov.roles[0].title.startswith("Deputy Minister")
    putin = entities["Vladimir Putin"]
    assert putin.id == "Q7747" and putin.qid == "Q7747" and putin.roles[0].role == "head_of_state"
    assert entities["Test Bank of Tula"].kind == "company" and entities["Test Bank of Tula"].country == "RUS"
    assert entities["Test Regional Administration"].sector == "GOV"
    assert entities["Test Regional Administration"].country == "UKR"


def test_ftm_entity_merges_into_known_qid() -> None:
    kb = KnowledgeBase.from_files()
    for entity in import_file(FIXTURES / "ftm_entities.jsonl", "ftm"):
        kb.add(entity)
    assert kb.lookup("Poutine")[0][0].id == "Q7747"
    assert kb.lookup("Иван Иванов")[0][0].id == "ftm:ru-test-ivanov"


def test_wikidata_wbgetentities() -> None:
    entities = {e.id: e for e in import_file(FIXTURES / "wikidata_entities.json", "wikidata")}
    assert set(entities) == {"Q900001"}  # Q900002 is a position, not an actor
    person = entities["Q900001"]
    assert person.type == "PERSON" and person.country == "UKR" and person.aliases == ["T. Examplova"]
    role = person.roles[0]
    assert role.title == "Foreign Minister of Testland" and role.role == "foreign_minister"
    assert role.start == "2023-02-07" and role.end is None


def test_wikidata_array_dump() -> None:
    entities = {e.id: e for e in import_file(FIXTURES / "wikidata_dump.json", "wikidata")}
    assert entities["Q900003"].kind == "party" and entities["Q900003"].country == "HUN"
    assert entities["Q900004"].name == "Beispielzeitung" and entities["Q900004"].kind == "media"


@pytest.mark.parametrize(("name", "fmt", "reason"), [
    ("bad_ftm.jsonl", "ftm", "not JSON"),
    ("bad_wikidata.json", "wikidata", "not JSON"),
    ("ftm_entities.jsonl", "wikidata", "not a Wikidata JSON export"),
    ("wikidata_entities.json", "ftm", "not JSON"),
    ("wikidata_dump.json", "ftm", "not JSON"),
    ("missing.json", "ftm", "no such file"),
])
def test_bad_files_give_one_line(name: str, fmt: str, reason: str) -> None:
    with pytest.raises(PolitikaError) as info:
        import_file(FIXTURES / name, fmt)
    message = str(info.value)
    assert name in message and reason in message and "\n" not in message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n")
    with pytest.raises(InputError, match="no actors found"):
        import_file(path, "ftm")
