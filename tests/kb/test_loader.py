"""Loading the package KB: every file parses, the counts are sane, it is fast, user files are merged in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from politika.errors import InputError
from politika.kb import KBEntity, KnowledgeBase, Role
from politika.kb.entities import ENTITY_KINDS, date_in_range
from politika.kb.lexicon import DATA_DIR


def test_package_kb_loads_complete(kb: KnowledgeBase) -> None:
    # Load time is measured in benchmarks/, never asserted in tests.
    KnowledgeBase.from_files()
    kinds = [e.kind for e in kb.entities.values()]
    assert kinds.count("country") >= 240
    assert kinds.count("government") >= 190
    assert sum(e.source == "politika" and e.kind == "person" for e in kb.entities.values()) >= 150


def test_every_package_line_is_a_valid_entity() -> None:
    for path in DATA_DIR.glob("*.jsonl"):
        ids: set[str] = set()  # within a file; organisations.jsonl adds names to governments of countries.jsonl
        for line in path.read_text(encoding="utf-8").splitlines():
            entity = KBEntity.from_dict(json.loads(line))
            assert entity.kind in ENTITY_KINDS, entity
            assert entity.id not in ids, f"{path.name}: duplicate id {entity.id}"
            ids.add(entity.id)
            for role in entity.roles:
                assert not role.start or not role.end or role.start[:len(role.end)] <= role.end, (entity.id, role)


def test_curated_qids_are_ids() -> None:
    for line in (DATA_DIR / "people.jsonl").read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        assert data.get("qid") is None or data["id"] == data["qid"]


def test_load_reads_the_user_dir_and_is_cached(user_kb_dir: Path) -> None:
    user_kb_dir.mkdir()
    (user_kb_dir / "mine.jsonl").write_text(json.dumps(
        {"id": "user:testa", "name": "Testa Person", "type": "PERSON", "kind": "person", "country": "UKR",
         "roles": ["Mayor of Testograd|official|UKR|GOV|2020-01-01|"]}) + "\n", encoding="utf-8")
    kb = KnowledgeBase.load()
    assert kb.lookup("Testa Person")[0][0].id == "user:testa"
    assert KnowledgeBase.load() is kb
    assert kb.get("Q7747") is not None


def test_a_bad_user_file_names_the_line(user_kb_dir: Path) -> None:
    user_kb_dir.mkdir()
    (user_kb_dir / "broken.jsonl").write_text('{"id": "x", "name": "X", "type": "PERSON", "kind": "person"}\n{oops\n')
    with pytest.raises(InputError, match=r"broken.jsonl:2"):
        KnowledgeBase.load()


def test_roles_with_partial_dates() -> None:
    assert date_in_range("2025-09-30", "2025-09", None)
    assert not date_in_range("2025-08-31", "2025-09", None)
    assert date_in_range("2025-11-30", None, "2025-11")
    assert not date_in_range("2025-12-01", None, "2025-11")
    role = Role.from_compact("President of Testland|head_of_state|TST|GOV|2020-01-01|")
    assert role.end is None and role.held_on("2030-01-01") and role.held_on(None)
    assert Role.from_compact(role.to_compact()) == role


def test_add_merges_same_id(kb: KnowledgeBase) -> None:
    local = KnowledgeBase.from_files()
    local.add(KBEntity(id="Q7747", name="Vladimir Putin", type="PERSON", kind="person", aliases=["Putinissimo"]))
    assert local.lookup("Putinissimo")[0][0].id == "Q7747"
    assert local.get("Q7747") is not None and len(local.get("Q7747").roles) >= 5  # type: ignore[union-attr]
