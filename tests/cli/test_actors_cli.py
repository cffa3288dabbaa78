"""`politika actors`, `politika actor NAME | merge | split` and `politika export --what actors`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from politika.errors import InputError
from politika.store import Store
from tests.cli.helpers import run
from tests.store.test_actors_store import store_corpus


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, dict[str, tuple[int, str]]]:
    path = tmp_path / "actors.db"
    with Store(str(path)) as store:
        ids = store_corpus(store)
    return path, ids


def test_actors_list(db: tuple[Path, dict[str, tuple[int, str]]]) -> None:
    path, _ = db
    result = run(path, "actors")
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    assert "Anna Kovacs" in first and "[person:anna-kovacs:hun]" in first  # 5 mentions, the most
    rows = [json.loads(line) for line in run(path, "actors", "--json", "--country", "HUN").output.splitlines()]
    assert [r["name"] for r in rows] == ["Anna Kovacs", "Hungarian government"]
    assert rows[0]["mention_count"] == 5 and rows[0]["article_count"] == 3
    people = run(path, "actors", "--type", "PERSON", "--sector", "GOV", "--limit", "1", "--json").output.splitlines()
    assert len(people) == 1 and json.loads(people[0])["name"] == "Vladimir Putin"


def test_actor_dossier(db: tuple[Path, dict[str, tuple[int, str]]]) -> None:
    path, ids = db
    text = run(path, "actor", "Putin")
    assert text.exit_code == 0, text.output
    assert "Vladimir Putin  [kb:Q7747]" in text.output and "knowledge base: Q7747" in text.output
    assert "President of Russia" in text.output and "“Putin is the President of Russia.”" in text.output
    assert ids["a1"][1] in text.output and "first seen 2024-07-05, last seen 2024-07-12" in text.output
    dossier = json.loads(run(path, "actor", "Anna Kovacs", "--json").output)
    assert dossier["ties"][0]["other"]["name"] == "Hungarian government"
    assert json.loads(run(path, "actor", "show", "Q7747", "--json").output)["id"] == "kb:Q7747"
    tie_text = run(path, "actor", "politika:gov-HUN").output
    assert "works_for ← Anna Kovacs" in tie_text
    missing = run(path, "actor", "Nobody Atall")
    assert isinstance(missing.exception, InputError)


def test_merge_and_split(db: tuple[Path, dict[str, tuple[int, str]]]) -> None:
    path, ids = db
    merged = run(path, "actor", "merge", "Q7747", "Orban")
    assert merged.exit_code == 0, merged.output
    assert merged.output.startswith("merged person:orban into Vladimir Putin [kb:Q7747]")
    split = json.loads(run(path, "actor", "split", "Anna Kovacs", "--alias", "Kovacs", "--json").output)
    assert split["name"] == "Kovacs" and split["split_from"] == "person:anna-kovacs:hun"
    by_article = run(path, "actor", "split", "Q7747", "--article", ids["a2"][1])
    assert by_article.exit_code == 0 and "off kb:Q7747" in by_article.output
    both = run(path, "actor", "split", "Q7747")
    assert isinstance(both.exception, InputError)
    names = {json.loads(line)["name"] for line in run(path, "actors", "--json").output.splitlines()}
    assert "Orban" not in names and "Kovacs" in names


def test_export_actors(db: tuple[Path, dict[str, tuple[int, str]]], tmp_path: Path) -> None:
    path, _ = db
    ftm = tmp_path / "actors.ftm.json"
    result = run(path, "export", "--what", "actors", "--format", "ftm", "-o", str(ftm))
    assert result.exit_code == 0, result.output
    entities = [json.loads(line) for line in ftm.read_text().splitlines()]
    assert {"Person", "PublicBody", "Article", "Documentation", "Employment"} <= {e["schema"] for e in entities}
    graphml = tmp_path / "actors.graphml"
    assert run(path, "export", "--what", "actors", "--format", "graphml", "-o", str(graphml)).exit_code == 0
    assert graphml.read_text().count("<node ") == 6
    stdout = run(path, "export", "--what", "actors", "--format", "graphml")
    assert stdout.output.count("<node ") == 6 and "exported 6 actor(s)" in stdout.output
    wrong = run(path, "export", "--what", "actors", "--format", "csv")
    assert wrong.exit_code == 2 and "Invalid value for '--format': actors export as ftm or graphml" in wrong.output
    implied = run(path, "export", "--format", "ftm")
    assert implied.exit_code == 2 and "Error: Invalid value for '--format': ftm exports actors: add --what actors" \
        in implied.output
