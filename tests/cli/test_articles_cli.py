"""`politika articles`, `search` and `export` with the actor and event-type filters (records built without NLP)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import Result

from politika.store import Store
from tests.cli.helpers import run
from tests.store.test_events_store import store_events


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.db"
    with Store(str(path)) as store:
        store_events(store)
    return path


def titles(result: Result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [json.loads(line)["title"] for line in result.output.splitlines()]


def test_actor_and_event_type_options(db: Path) -> None:
    assert titles(run(db, "articles", "--json", "--actor", "Q15031")) == ["Sanctions", "Brussels is angry"]
    assert titles(run(db, "articles", "--json", "--event-type", "sanction")) == ["Sanctions"]
    assert titles(run(db, "search", "--json", "--actor", "Xi Jinping", "Moscow")) == ["Brussels is angry"]
    assert titles(run(db, "search", "--json", "--event-type", "SANCTION", "Putin")) == ["Sanctions"]
    exported = run(db, "export", "--format", "jsonl", "--no-record", "--actor", "kb:Q15031")
    assert exported.exit_code == 0
    assert [json.loads(line)["title"] for line in exported.stdout.splitlines()] == ["Brussels is angry", "Sanctions"]


def test_unknown_actor_or_event_type(db: Path) -> None:
    missing = run(db, "search", "--actor", "Nobody Atall", "Moscow")
    assert missing.exit_code != 0 and "no such actor" in str(missing.exception or missing.output)
    wrong = run(db, "articles", "--event-type", "DANCE")
    assert wrong.exit_code == 2 and "Invalid value for --event-type DANCE: not a PLOVER event type" in wrong.output
