"""A bad option value is click's usage error: exit status 2 and one line naming the flag, whether the CLI or the
store finds it (the store names the parameter, ``PolitikaError.option``; the CLI shows its flag)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from politika.cli import cli
from politika.errors import InputError
from politika.store import Store
from politika.store.events import EventFilter


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.db"
    Store(str(path)).close()
    return path


def error_lines(*args: str) -> list[str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 2, result.output
    return [line for line in result.output.splitlines() if line.startswith("Error:")]


@pytest.mark.parametrize(("args", "line"), [
    (["events", "--min-sources", "0"], "Error: Invalid value for --min-sources 0: must be 1 or more"),
    (["events", "--limit", "0"], "Error: Invalid value for --limit 0: must be 1 or more"),
    (["events", "--until", "2024-02-30"],
     "Error: Invalid value for --until 2024-02-30: not a date; write it as YYYY-MM-DD (2024-07-05)"),
    (["claims", "--since", "2024-07-09", "--until", "2024-07-01"],
     "Error: Invalid value for --until 2024-07-01: the period ends before it starts on 2024-07-09"),
    (["events", "--mode", "loud"], "Error: Invalid value for --mode loud: not a PLOVER mode; one of "),
    (["whatif", "--set", "Sanctions"],
     'Error: Invalid value for --set Sanctions: write it as "FACTOR=VALUE", e.g. "Western indecision=+1"'),
    (["whatif", "--set", "Sanctions=2"],
     "Error: Invalid value for --set Sanctions=2: the value must be between -1 and +1"),
])
def test_store_option_errors_name_the_flag(db: Path, args: list[str], line: str) -> None:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert result.exit_code == 2, result.output
    assert result.output.strip().startswith(line) and len(result.output.strip().splitlines()) == 1


def test_missing_store_names_db(tmp_path: Path) -> None:
    absent = tmp_path / "absent.db"
    assert error_lines("--db", str(absent), "stats") == [
        f"Error: Invalid value for --db {absent}: no such store (run `politika ingest` first)"]


def test_cli_option_errors_are_usage_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLITIKA_KB_DIR", str(tmp_path / "kb"))
    assert error_lines("kb", "add", "X Y", "--type", "PERSON", "--qid", "7747") == [
        "Error: Invalid value for '--qid': 7747: not a Wikidata QID (Q followed by digits, e.g. Q7747)"]
    assert error_lines("eval", "events") == ["Error: give at least one gold file: --plover-gsr or --plv"]


def test_store_messages_name_parameters_not_flags(db: Path) -> None:
    with Store(str(db)) as store, pytest.raises(InputError) as raised:
        store.events(EventFilter(min_sources=0))
    assert raised.value.option == "min_sources" and str(raised.value) == "min_sources=0: must be 1 or more"
