"""``politika kb add``, ``kb show`` and ``kb import`` through click's test runner, with a temporary KB dir."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from politika.cli import cli

from .conftest import FIXTURES


def test_kb_add_then_show(user_kb_dir: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["kb", "add", "Testa Examplova", "--type", "PERSON", "--country", "ukr",
                                 "--sector", "GOV", "--alias", "Examplova", "--alias", "Тестa Экзамплова",
                                 "--role", "Mayor of Testograd|official|UKR|GOV|2020-01-01|2024-12-31"])
    assert result.exit_code == 0, result.output
    stored = [json.loads(line) for line in (user_kb_dir / "user.jsonl").read_text().splitlines()]
    assert stored[0]["id"] == "user:testa-examplova" and stored[0]["country"] == "UKR"
    assert stored[0]["source"] == "user"

    result = runner.invoke(cli, ["kb", "show", "Examplova", "--date", "2022-05-01"])
    assert result.exit_code == 0, result.output
    assert "Testa Examplova" in result.output and "* Mayor of Testograd" in result.output

    result = runner.invoke(cli, ["kb", "show", "Testa Examplova", "--json", "--date", "2022-05-01"])
    data = json.loads(result.output.splitlines()[0])
    assert data["role_at"]["title"] == "Mayor of Testograd" and data["score"] == 1.0


def test_kb_add_twice_merges(user_kb_dir: Path) -> None:
    runner = CliRunner()
    runner.invoke(cli, ["kb", "add", "Vladimir Putin", "--type", "PERSON", "--qid", "Q7747", "--alias", "VVP"])
    runner.invoke(cli, ["kb", "add", "Vladimir Putin", "--type", "PERSON", "--qid", "Q7747", "--alias", "Putinator"])
    lines = (user_kb_dir / "user.jsonl").read_text().splitlines()
    assert len(lines) == 1 and {"VVP", "Putinator"} <= set(json.loads(lines[0])["aliases"])
    result = runner.invoke(cli, ["kb", "show", "Putinator", "--json"])
    data = json.loads(result.output.splitlines()[0])
    assert data["id"] == "Q7747" and len(data["roles"]) >= 5  # merged into the package entity


def test_kb_show_package_actor(user_kb_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["kb", "show", "Putin", "--date", "1999-10-01"])
    assert result.exit_code == 0, result.output
    assert "Q7747" in result.output and "* Prime Minister of Russia" in result.output


def test_kb_show_unknown_name(user_kb_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["kb", "show", "Zzyzx Qwertyuiop"])
    assert result.exit_code != 0
    assert "no actor of that name" in str(result.exception)


def test_kb_add_bad_role(user_kb_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["kb", "add", "X Y", "--type", "PERSON", "--role", "Mayor|official|UKR|GOV|soon|"])
    assert result.exit_code == 2 and "Invalid value for '--role'" in result.output and "not a date" in result.output


def test_kb_import(user_kb_dir: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["kb", "import", str(FIXTURES / "ftm_entities.jsonl"), "--format", "ftm"])
    assert result.exit_code == 0, result.output
    assert "imported 4 actors" in result.output
    result = runner.invoke(cli, ["kb", "import", str(FIXTURES / "wikidata_dump.json"), "--format", "wikidata"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["kb", "show", "Test Bank of Tula", "--json"])
    assert json.loads(result.output.splitlines()[0])["source"] == "ftm"
    result = runner.invoke(cli, ["kb", "show", "Example Party of Hungary", "--json"])
    assert json.loads(result.output.splitlines()[0])["kind"] == "party"


def test_kb_import_bad_file(user_kb_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["kb", "import", str(FIXTURES / "bad_ftm.jsonl"), "--format", "ftm"])
    assert result.exit_code != 0 and "bad_ftm.jsonl:1" in str(result.exception)
