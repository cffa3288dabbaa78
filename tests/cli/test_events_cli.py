"""`politika events` and `politika export --what events --format plover|csv`."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from politika.cli import cli
from politika.errors import InputError
from politika.store import Store
from tests.cli.helpers import run
from tests.store.test_events_store import records, store_events

Ids = dict[str, tuple[int, str]]


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, Ids]:
    path = tmp_path / "events.db"
    with Store(str(path)) as store:
        ids = store_events(store)
    return path, ids


def test_events_text(db: tuple[Path, Ids]) -> None:
    path, ids = db
    result = run(path, "events")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    heads = [line for line in lines if not line.startswith("    ")]
    assert len(heads) == 4
    assert heads[1].startswith("2024-07-15..2024-07-21  SANCTION-discontinue  European Union → Russia  (1 article")
    assert heads[2] == (f"2024-07-05  CONSULT-visit  Viktor Orban → Vladimir Putin  @ Moscow, RUS  "
                        f"(3 articles, 2 outlets)  [{ids['v1'][1]}-0]")
    visit = lines[lines.index(heads[2]) + 1:lines.index(heads[3])]
    assert visit == [f"    {ids['v1'][1]}  Wire One: “Viktor Orban visited Vladimir Putin in Moscow on Friday.”",
                     f"    {ids['v2'][1]}  Wire One: “Orban met Putin in Moscow on Friday, the Kremlin said.”",
                     f"    {ids['v3'][1]}  Daily Two: “Viktor Orban travelled to Moscow to see Vladimir Putin.”"]


def test_a_party_only_the_argument_scorer_chose_is_marked(tmp_path: Path) -> None:
    path = tmp_path / "inferred.db"
    with Store(str(path)) as store:
        ids = store_events(store, ("v1",))
        made = records()["v1"]
        made["events"][0]["filled"] = {"recipient": 0.64}
        store.save_records([(ids["v1"][0], made)], "test-model")
    result = run(path, "events", "--mode", "visit")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("2024-07-05  CONSULT-visit  Viktor Orban → Vladimir Putin "
                                                    "(inferred)  @ Moscow")


def test_events_filters_and_json(db: tuple[Path, Ids]) -> None:
    path, ids = db
    rows = [json.loads(line) for line in run(path, "events", "--min-sources", "2", "--json").output.splitlines()]
    assert [(r["id"], r["articles"], r["outlets"], len(r["reports"])) for r in rows] == [(f"{ids['v1'][1]}-0", 3, 2,
                                                                                          3)]
    assert rows[0]["reports"][2]["date_source"] == "article"

    def count(*args: str) -> int:
        result = run(path, "events", "--json", *args)
        assert result.exit_code == 0, result.output
        return len(result.output.splitlines())

    assert count("--event-type", "sanction") == 1 and count("--mode", "visit") == 1
    assert count("--actor", "Orban") == 2 and count("--recipient", "Putin") == 1
    assert count("--country", "CHN") == 2 and count("--since", "2024-07-16", "--until", "2024-07-31") == 2
    assert count("--limit", "2") == 2 and count() == 4 and count("--include-negated") == 5
    negated = run(path, "events", "--include-negated", "--recipient", "Zelensky")
    assert "CONSULT (negated)  Viktor Orban → Volodymyr Zelensky" in negated.output
    empty = run(path, "events", "--since", "2025-01-01")
    assert empty.exit_code == 0 and "no events" in empty.output


def test_events_bad_values(db: tuple[Path, Ids]) -> None:
    path, _ = db
    since = run(path, "events", "--since", "July")  # an option's bad value: click's usage error, one line
    assert since.exit_code == 2 and since.output.strip().splitlines() == [
        "Error: Invalid value for --since July: not a date; write it as YYYY-MM-DD (2024-07-05)"]
    assert isinstance(run(path, "events", "--actor", "Nobody Atall").exception, InputError)
    assert run(path, "events", "--event-type", "VISIT").exit_code == 2  # click lists the 16 types
    done = subprocess.run([sys.executable, "-m", "politika", "--db", str(path), "events", "--min-sources", "0"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stderr.strip() == "Error: Invalid value for --min-sources 0: must be 1 or more"


def test_export_plover_and_csv(db: tuple[Path, Ids], tmp_path: Path) -> None:
    path, ids = db
    result = run(path, "export", "--what", "events", "--format", "plover")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 6 and "exported 6 event(s)" in result.stderr
    assert records[0]["id"] == f"politika-{ids['v1'][1]}-0" and records[0]["event"] == ["CONSULT"]
    out = tmp_path / "events.csv"
    result = run(path, "export", "--what", "events", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 6 and rows[0]["event"] == "CONSULT" and rows[0]["cluster_articles"] == "3"
    assert rows[0]["sentence_text"] == "Viktor Orban visited Vladimir Putin in Moscow on Friday."
    parquet = run(path, "export", "--what", "events", "--format", "parquet")
    assert parquet.exit_code == 2 and "Invalid value for '--format': parquet: events export as plover" in parquet.output


def test_a_country_name_is_read_as_its_code_and_said_so(db: tuple[Path, Ids]) -> None:
    path, _ = db
    by_code = run(path, "events", "--country", "RUS")
    by_name = CliRunner().invoke(cli, ["--db", str(path), "events", "--country", "Russia"])
    assert by_name.exit_code == 0, by_name.output
    assert "--country Russia: read as RUS" in by_name.stderr
    assert by_name.stdout == by_code.stdout and "Viktor Orban" in by_code.stdout


@pytest.mark.parametrize(("args", "named", "accepted"), [
    (("events", "--country", "Narnia"), "--country Narnia", "ISO 3166-1 alpha-3"),
    (("events", "--mode", "zzzz"), "--mode zzzz", "visit"),
    (("events", "--event-type", "PARTY"), "'PARTY'", "assault"),
    (("actors", "--country", "Narnia"), "--country Narnia", "ISO 3166-1 alpha-3"),
])
def test_bad_option_values_get_one_line_naming_them(db: tuple[Path, Ids], args: tuple[str, ...], named: str,
                                                   accepted: str) -> None:
    path, _ = db
    result = run(path, *args)
    assert result.exit_code != 0
    # a PolitikaError reaches main(), which prints str(error) as the one line; click's own checks print usage
    said = result.output + (str(result.exception) if isinstance(result.exception, InputError) else "")
    assert named in said and accepted in said
    assert "no events" not in said


def test_the_second_stage_asked_for_but_missing_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from politika.errors import ModelError
    from politika.nlp import causal, causal_minilm
    from politika.settings import component_config

    monkeypatch.setenv("POLITIKA_CAUSAL_SECOND_STAGE", "on")
    monkeypatch.setattr(causal_minilm, "available", lambda adapter=None: False)
    with pytest.raises(ModelError, match="embeddings extra"):
        causal.CausalComponent(**component_config()["causal"])
    monkeypatch.setenv("POLITIKA_CAUSAL_SECOND_STAGE", "off")
    assert causal.CausalComponent(**component_config()["causal"]).second_stage is False
    monkeypatch.setenv("POLITIKA_CAUSAL_SECOND_STAGE", "auto")  # the default: missing is a notice, not an error
    assert causal.CausalComponent(**component_config()["causal"]).second_stage is False


def test_actor_dossier_shows_the_events_the_web_shows(db: tuple[Path, Ids]) -> None:
    """One dossier for the CLI and the web: the text dossier lists the actor's latest events, as the page does."""
    path, _ = db
    text = run(path, "actor", "Vladimir Putin")
    assert text.exit_code == 0, text.output
    dossier = json.loads(run(path, "actor", "Vladimir Putin", "--json").output)
    counts = dossier["counts"]
    assert f"events: {counts['events_as_actor']} as actor, {counts['events_as_recipient']} as recipient" in text.output
    assert counts["events_as_recipient"] >= 1 and "  latest as recipient:" in text.output
    shown = dossier["events_as_recipient"][0]
    assert f"[{shown['id']}]" in text.output and "Viktor Orban → Vladimir Putin" in text.output
