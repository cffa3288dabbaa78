"""`politika claims` and the dossier's "what they said" / "what was said about them"."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from politika.errors import InputError
from politika.store import Store
from tests.cli.helpers import run
from tests.store.test_claims_store import store_claims

Ids = dict[str, tuple[int, str]]


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, Ids]:
    path = tmp_path / "claims.db"
    with Store(str(path)) as store:
        ids = store_claims(store)
    return path, ids


def test_claims_text(db: tuple[Path, Ids]) -> None:
    path, ids = db
    result = run(path, "claims")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 6 and lines[0].startswith(f"2024-07-09  {ids['c2'][1]}  Anna Kovacs [person:anna-kovacs")
    assert "said: “Putin was isolated”  (indirect)" in lines[0]
    assert "a senior official (anonymous) According to: “Budapest will not block the deal”  (indirect; distance)" \
        in lines[1]
    assert "author (I) believe:" in lines[2]
    assert "Vladimir Putin [kb:Q7747] said: “that Hungary would probably veto the sanctions”  " \
           "(indirect; hedged: probably)" in lines[3]
    assert "“\"The West is weak,\" … \"It will fail.\"”  (direct)" in lines[5]  # the parts, not the narration


def test_claims_filters_and_json(db: tuple[Path, Ids]) -> None:
    path, ids = db
    rows = [json.loads(line) for line in run(path, "claims", "--actor", "Q7747", "--json").output.splitlines()]
    assert [r["content"]["text"][:4] for r in rows] == ["that", "\"The"]
    assert rows[1]["content"]["text"].endswith("\"It will fail.\"")  # whole in JSON
    anonymous = run(path, "claims", "--anonymous", "--json").output.splitlines()
    assert [json.loads(line)["source"]["text"] for line in anonymous] == ["a senior official", "My insiders"]
    assert len(run(path, "claims", "--named").output.splitlines()) == 4
    assert len(run(path, "claims", "--subject", "Putin", "--since", "2024-07-06", "--until", "2024-07-31")
               .output.splitlines()) == 1
    assert len(run(path, "claims", "--article", ids["c1"][1], "--hedged").output.splitlines()) == 1
    assert len(run(path, "claims", "--limit", "2").output.splitlines()) == 2
    empty = run(path, "claims", "--since", "2025-01-01")
    assert empty.exit_code == 0 and "no claims" in empty.output


def test_claims_bad_values(db: tuple[Path, Ids]) -> None:
    path, _ = db
    assert run(path, "claims", "--since", "July").exit_code == 2
    assert isinstance(run(path, "claims", "--actor", "Nobody Atall").exception, InputError)
    done = subprocess.run([sys.executable, "-m", "politika", "--db", str(path), "claims", "--until", "2024-02-30"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["Error: Invalid value for --until 2024-02-30: not a date; write it "
                                                "as YYYY-MM-DD (2024-07-05)"]


def test_dossier_claims(db: tuple[Path, Ids]) -> None:
    path, _ = db
    text = run(path, "actor", "Q7747")
    assert text.exit_code == 0, text.output
    said = text.output.split("what they said:\n")[1].split("what was said about them:\n")
    assert len(said[0].splitlines()) == 2 and "said: “that Hungary would probably veto" in said[0]
    assert "Vladimir Putin [kb:Q7747]" not in said[0]  # the dossier's own actor is not repeated
    assert "Anna Kovacs [person:anna-kovacs:hun] said: “Putin was isolated”" in said[1]
    dossier = json.loads(run(path, "actor", "Putin", "--json").output)
    assert len(dossier["said"]) == 2 and dossier["said_about"][0]["source_actor"]["name"] == "Anna Kovacs"
    assert "what they said" not in run(path, "actor", "Budapest").output
