"""`politika actor merge --dry-run/--yes`, `undo`, `history` and `duplicates`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from politika.cli import cli
from tests.cli.helpers import run
from tests.cli.test_actors_cli import db  # noqa: F401 (the fixture)


def test_dry_run_changes_nothing(db: tuple[Path, dict[str, tuple[int, str]]]) -> None:  # noqa: F811
    path, _ = db
    dry = run(path, "actor", "merge", "Q7747", "Orban", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert dry.output.startswith("would merge person:orban into kb:Q7747, keeping the name 'Vladimir Putin': "
                                 "1 article(s)")
    assert json.loads(run(path, "actor", "merge", "Q7747", "Orban", "--dry-run", "--json").output)["preview"]
    assert "Orban" in run(path, "actors").output


def test_person_into_organisation_asks(db: tuple[Path, dict[str, tuple[int, str]]]) -> None:  # noqa: F811
    path, _ = db
    declined = CliRunner().invoke(cli, ["--db", str(path), "actor", "merge", "politika:gov-HUN", "Anna Kovacs"],
                                  input="n\n")
    assert declined.exit_code == 1 and "Merge anyway?" in declined.output
    assert "Anna Kovacs" in run(path, "actors").output
    done = run(path, "actor", "merge", "politika:gov-HUN", "Anna Kovacs", "--yes")
    assert done.exit_code == 0 and "undo with `politika actor undo 1`" in done.output


def test_merge_undo_history(db: tuple[Path, dict[str, tuple[int, str]]]) -> None:  # noqa: F811
    path, _ = db
    before = json.loads(run(path, "actor", "show", "Orban", "--json").output)
    merged = json.loads(run(path, "actor", "merge", "Q7747", "Orban", "--json").output)
    history = run(path, "actor", "history", "Q7747")
    assert history.exit_code == 0, history.output
    assert f"{merged['correction']:>4}" in history.output and "by cli: merged Orban" in history.output
    assert "same knowledge-base id" in history.output
    undone = run(path, "actor", "undo", str(merged["correction"]))
    assert undone.exit_code == 0 and undone.output.startswith(f"undid merge {merged['correction']}:")
    after = json.loads(run(path, "actor", "show", "Orban", "--json").output)
    assert (after["id"], after["mention_count"], after["names"]) == (before["id"], before["mention_count"],
                                                                    before["names"])
    again = run(path, "actor", "undo", str(merged["correction"]))
    assert again.exit_code == 1 and "undone already" in str(again.exception)


def test_duplicates(db: tuple[Path, dict[str, tuple[int, str]]]) -> None:  # noqa: F811
    path, _ = db
    run(path, "actor", "split", "Anna Kovacs", "--alias", "Kovacs")
    text = run(path, "actor", "duplicates")
    assert text.exit_code == 0 and "Anna Kovacs [person:anna-kovacs:hun] ~ Kovacs" in text.output
    rows = [json.loads(line) for line in run(path, "actor", "duplicates", "--actor", "Kovacs", "--json")
            .output.splitlines()]
    assert rows and rows[0]["merge"]["name"] == "Kovacs" and rows[0]["reasons"]
