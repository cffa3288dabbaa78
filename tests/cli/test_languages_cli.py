"""`politika search` and `articles` across languages (issue 19 item 3): a name in either script finds both
reports, ``--language`` keeps one language, and the CSV export writes Russian as UTF-8."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import Result

from politika.store import Store
from tests.cli.helpers import run
from tests.store.test_across_languages import stored


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = Path(tmp_path_factory.mktemp("languages")) / "store.db"
    with Store(str(path)) as store:
        stored(store)
    return path


def titles(result: Result) -> list[str]:
    assert result.exit_code == 0, result.output
    return sorted(json.loads(line)["title"] for line in result.output.splitlines())


def test_search_and_list_by_language(db: Path) -> None:
    assert titles(run(db, "search", "--json", "Путин")) == ["Putin in Minsk", "Путин в Минске"]
    assert titles(run(db, "search", "--json", "Putin")) == ["Putin in Minsk", "Путин в Минске"]
    assert titles(run(db, "search", "--json", "--language", "ru", "Putin")) == ["Путин в Минске"]
    assert titles(run(db, "articles", "--json", "--language", "ru")) == ["Путин в Минске"]
    assert titles(run(db, "articles", "--json", "--language", "en")) == ["Farm prices", "Putin in Minsk"]
    shown = run(db, "search", "Путин", "--language", "ru")
    assert shown.exit_code == 0 and "Путин в Минске" in shown.output


def test_csv_export_keeps_russian(db: Path) -> None:
    exported = run(db, "export", "--format", "csv", "--language", "ru")
    assert exported.exit_code == 0, exported.output
    assert "Путин в Минске" in exported.stdout and "Ð" not in exported.stdout
