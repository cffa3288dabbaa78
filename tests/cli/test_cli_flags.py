"""One flag name per concept across commands (a walk over the click command tree), the deprecated aliases, and
`politika export` honouring or rejecting each filter for each --what."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from politika.cli import cli
from politika.store import Store
from tests.cli.helpers import run
from tests.store.test_claims_store import store_claims
from tests.store.test_events_store import store_events

# Commands whose --limit takes a sample of a gold set, not a page of a listing: no --offset there.
SAMPLED = {"eval extraction", "eval actors", "eval attribution", "eval causal", "eval events"}
# A visible --type is a type of actor or KB entity here; the PLOVER event type is --event-type everywhere.
ACTOR_TYPE = {"actors", "kb add"}
# --actor without --include-parts: the pairs that involve this very actor (its parts are other actors).
OWN_ACTOR = {"actor duplicates"}
# The commands that list stored things: each has --json.
LISTINGS = {"articles", "search", "actors", "claims", "events", "causal", "errors", "stats", "factor list",
            "kb show", "actor show"}


def walk(group: click.Group, prefix: str = "") -> Iterator[tuple[str, click.Command]]:
    for name, command in sorted(group.commands.items()):
        path = f"{prefix}{name}"
        if isinstance(command, click.Group):
            yield from walk(command, path + " ")
        else:
            yield path, command


def visible(command: click.Command) -> set[str]:
    return {opt for p in command.params if isinstance(p, click.Option) and not p.hidden for opt in p.opts}


COMMANDS = dict(walk(cli))


def test_the_tree_is_walked() -> None:
    assert set(COMMANDS) >= {"articles", "claims", "events", "export", "actor show", "factor list"} | LISTINGS


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_one_flag_name_per_concept(path: str) -> None:
    flags = visible(COMMANDS[path])
    if "--limit" in flags and path not in SAMPLED:
        assert "--offset" in flags, f"politika {path}: --limit without --offset"
    if "--limit" in flags or path in LISTINGS:
        assert "--json" in flags, f"politika {path}: a listing without --json"
    if "--actor" in flags and path not in OWN_ACTOR:
        assert "--include-parts" in flags, f"politika {path}: --actor without --include-parts"
    assert not flags & {"--source", "--about"}, f"politika {path}: the actor flag is --actor"
    if "--type" in flags:
        assert path in ACTOR_TYPE, f"politika {path}: the PLOVER event type is --event-type"


def test_the_sampled_commands_exist() -> None:
    assert set(COMMANDS) >= SAMPLED


# -- deprecated aliases ------------------------------------------------------------------------------------------


@pytest.fixture
def claims_db(tmp_path: Path) -> Path:
    path = tmp_path / "claims.db"
    with Store(str(path)) as store:
        store_claims(store)
    return path


@pytest.fixture
def events_db(tmp_path: Path) -> Path:
    path = tmp_path / "events.db"
    with Store(str(path)) as store:
        store_events(store)
    return path


def lines(db: Path, *args: str) -> list[str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_claims_actor_and_subject(claims_db: Path) -> None:
    by_putin = lines(claims_db, "claims", "--actor", "Vladimir Putin", "--json")
    about_putin = lines(claims_db, "claims", "--subject", "Q7747", "--json")
    assert by_putin and about_putin and by_putin != about_putin
    assert all(json.loads(line)["source_actor"]["name"] == "Vladimir Putin" for line in by_putin)


@pytest.mark.parametrize(("old", "new", "value"), [("--source", "--actor", "Vladimir Putin"),
                                                   ("--about", "--subject", "Q7747")])
def test_claims_old_flags_still_work_and_say_so(claims_db: Path, old: str, new: str, value: str) -> None:
    result = CliRunner().invoke(cli, ["--db", str(claims_db), "claims", old, value, "--json"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == lines(claims_db, "claims", new, value, "--json")
    assert result.stderr.splitlines() == [f"note: {old} is deprecated; use {new}"]
    assert old not in run(claims_db, "claims", "--help").output


def test_old_and_new_flag_differing_is_an_error(claims_db: Path) -> None:
    result = run(claims_db, "claims", "--source", "Putin", "--actor", "Anna Kovacs")
    assert result.exit_code == 2 and "--source and --actor both given" in result.output


def test_events_type_is_event_type(events_db: Path) -> None:
    old = CliRunner().invoke(cli, ["--db", str(events_db), "events", "--type", "sanction", "--json"])
    assert old.exit_code == 0 and old.stderr.strip() == "note: --type is deprecated; use --event-type"
    assert old.stdout.splitlines() == lines(events_db, "events", "--event-type", "SANCTION", "--json")
    assert len(old.stdout.splitlines()) == 1


def test_offset_pages(events_db: Path, claims_db: Path) -> None:
    for db, command in ((events_db, "events"), (events_db, "actors"), (claims_db, "claims"),
                        (events_db, "articles"), (events_db, "search")):
        query = ["Orban"] if command == "search" else []
        every = lines(db, command, *query, "--json", "--limit", "100")
        assert len(every) >= 3, command
        assert lines(db, command, *query, "--json", "--limit", "2", "--offset", "1") == every[1:3], command


# -- export: each filter honoured or rejected, for each --what ---------------------------------------------------


def exported(db: Path, *args: str) -> list[str]:
    result = CliRunner().invoke(cli, ["--db", str(db), "export", *args])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


@pytest.mark.parametrize(("flag", "value", "kept"), [
    ("--since", "2024-07-10", {"SANCTION", "CONSULT"}), ("--until", "2024-07-05", {"CONSULT"}),
    ("--site", "Daily Two", {"SANCTION", "CONSULT"}), ("--actor", "Vladimir Putin", {"CONSULT"}),
    ("--event-type", "SANCTION", {"SANCTION"})])
def test_export_events_filters(events_db: Path, flag: str, value: str, kept: set[str]) -> None:
    every = [json.loads(line) for line in exported(events_db, "--what", "events", "--format", "plover")]
    some = [json.loads(line) for line in exported(events_db, "--what", "events", "--format", "plover", flag, value)]
    assert 0 < len(some) < len(every)
    assert {r["event"][0] for r in some} == kept
    if flag == "--since":
        assert all(r["date"] >= value or (r.get("enddate") or "") >= value for r in some)
    if flag == "--site":
        assert {r["cite_info"]["publication"] for r in some} == {value}


def test_export_events_csv_follows_the_filter(events_db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO("\n".join(exported(events_db, "--what", "events", "--format", "csv",
                                                               "--since", "2024-07-10")))))
    assert rows and all(r["date"] >= "2024-07-10" or r["enddate"] >= "2024-07-10" for r in rows)
    assert len(rows) < len(exported(events_db, "--what", "events", "--format", "csv")) - 1


@pytest.mark.parametrize(("flag", "value"), [("--since", "2024-07-06"), ("--until", "2024-07-05"),
                                             ("--site", "Daily Two"), ("--actor", "Xi Jinping"),
                                             ("--event-type", "SANCTION"), ("--include-parts", None)])
def test_export_articles_filters(events_db: Path, flag: str, value: str | None) -> None:
    every = exported(events_db, "--what", "articles", "--no-record")
    args = [flag] if value is None else [flag, value]
    if flag == "--include-parts":
        args = ["--actor", "Russia", "--include-parts"]
        assert len(exported(events_db, "--what", "articles", "--no-record", *args)) >= len(
            exported(events_db, "--what", "articles", "--no-record", "--actor", "Russia"))
        return
    some = exported(events_db, "--what", "articles", "--no-record", *args)
    assert 0 < len(some) < len(every)


@pytest.mark.parametrize(("flag", "value"), [("--since", "2024-07-06"), ("--until", "2024-07-05"),
                                             ("--site", "Nobody's Wire"), ("--actor", "Anna Kovacs")])
def test_export_claims_filters(claims_db: Path, flag: str, value: str) -> None:
    every = exported(claims_db, "--what", "claims", "--format", "jsonl")
    some = [json.loads(line) for line in exported(claims_db, "--what", "claims", "--format", "jsonl", flag, value)]
    assert len(some) < len(every)
    if flag == "--actor":
        assert some and {c["source_actor"]["name"] for c in some} == {"Anna Kovacs"}
    if flag == "--since":
        assert some and all(c["date"] >= value for c in some)


@pytest.mark.parametrize(("what", "flag", "value"), [
    ("events", "--author", "Eve"), ("events", "--genre", "news"), ("events", "--language", "en"),
    ("events", "--status", "analysed"), ("claims", "--event-type", "SANCTION"), ("claims", "--author", "Eve"),
    ("causal", "--event-type", "SANCTION"), ("causal", "--genre", "news"), ("actors", "--since", "2024-07-01"),
    ("actors", "--actor", "Putin"), ("actors", "--site", "Wire One")])
def test_export_rejects_a_filter_that_means_nothing(events_db: Path, what: str, flag: str, value: str) -> None:
    result = run(events_db, "export", "--what", what, flag, value)
    assert result.exit_code == 2, result.output
    error = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert len(error) == 1 and flag in error[0] and f"--what {what}" in error[0], result.output


def test_export_plover_is_events_for_the_filter_check(events_db: Path) -> None:
    result = run(events_db, "export", "--format", "plover", "--author", "Eve")
    assert result.exit_code == 2 and "--what events" in result.output


# -- the claims CSV ----------------------------------------------------------------------------------------------


def test_claims_csv_has_text_columns(claims_db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO("\n".join(exported(claims_db, "--what", "claims", "--format", "csv")))))
    assert len(rows) == 6
    assert list(rows[0])[:11] == ["date", "article", "outlet", "title", "sentence", "source", "source_id",
                                  "source_text", "source_kind", "cue", "content"]
    for row in rows:
        assert not any(cell.startswith(("{", "[")) for cell in row.values()), row
    by_kind = {r["source_kind"]: r for r in rows}
    assert set(by_kind) == {"actor", "anonymous", "author"}
    assert by_kind["anonymous"]["source"] in ("My insiders", "a senior official")
    putin = next(r for r in rows if r["cue"] == "said" and r["source"] == "Vladimir Putin" and "West" in r["content"])
    assert putin["content"] == "\"The West is weak,\" … \"It will fail.\"" and putin["outlet"] == "Test Wire"
    kovacs = next(r for r in rows if r["source"] == "Anna Kovacs")
    assert kovacs["about"] == "Vladimir Putin" and kovacs["source_kind"] == "actor" and kovacs["date"] == "2024-07-09"
