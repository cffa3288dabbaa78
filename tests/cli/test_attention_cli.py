"""`politika attention`: one line per bucket on a zero-filled axis, the undated count, --json, bad values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store
from tests.cli.helpers import run
from tests.httpserver import news_text
from tests.store.test_events_store import store_events


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "attention.db"
    with Store(str(path)) as store:
        store_events(store)  # 5, 6, 6 and 20 July 2024
        extra = [Article(text=news_text(700 + i, 60), origin=f"test/x{i}.txt", title=f"x{i}", date=date,
                         site="Gazette", genre="news", language="en")
                 for i, date in enumerate(["2024-09-03", None])]
        store.add_articles([(a, fingerprint(a.text, None), "pending", None) for a in extra])
    return path


def test_one_line_per_month_gaps_filled(db: Path) -> None:
    result = run(db, "attention")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "2024-07  4  " + "█" * 40
    assert lines[1] == "2024-08  0"
    assert lines[2] == "2024-09  1  " + "█" * 10
    assert lines[3] == "total 5 articles; undated 1 (no date: not on the axis)"


def test_selectors_and_json(db: Path) -> None:
    result = run(db, "attention", "Orban", "--by", "day", "--since", "2024-07-04", "--until", "2024-07-07")
    assert result.exit_code == 0, result.output
    assert [line.split("  ")[:2] for line in result.output.splitlines()[:4]] == [
        ["2024-07-04", "0"], ["2024-07-05", "1"], ["2024-07-06", "2"], ["2024-07-07", "0"]]
    result = run(db, "attention", "--event-type", "consult", "--by", "week", "--by-outlet", "--json")
    data = json.loads(result.output)
    assert data["total"] == 4 and data["reports"] == 5 and data["undated"] == 0
    assert [b["bucket"] for b in data["buckets"]] == ["2024-W27", "2024-W28", "2024-W29"]
    assert data["buckets"][0]["outlets"] == {"Daily Two": 1, "Wire One": 2}
    result = run(db, "attention", "--actor", "Q7747", "--include-parts", "--site", "Daily Two", "--json")
    assert json.loads(result.output)["total"] == 2


@pytest.mark.parametrize(("args", "message"), [
    (["--by", "year"], "Invalid value for '--by'"), (["--since", "July"], "Invalid value for --since July"),
    (["--actor", "Nobody Atall"], "Nobody Atall")])
def test_bad_values_are_one_line(db: Path, args: list[str], message: str) -> None:
    result = run(db, "attention", *args)
    shown = result.output or str(result.exception)  # a NotFound leaves through run_guarded's one line
    assert result.exit_code != 0 and any(message in line for line in shown.splitlines()), shown
