"""Russian beside English in the explorer (issue 19 item 3): the pages and the CSV exports carry Russian text as
UTF-8, unchanged; the article list, search and API filter by language and count the languages; an actor's page
shows the language of each claim's article. The store holds an English and a Russian report of one meeting
(tests/store/test_across_languages.py)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from politika.store import Store
from politika.web import create_app
from tests.store.test_across_languages import stored
from tests.web.conftest import TOKEN

MOJIBAKE = ("Ð", "Ñ", "�", "&#10")  # UTF-8 read as Latin-1, a replacement character, escaped Cyrillic


@pytest.fixture(scope="module")
def lang_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    db = str(Path(tmp_path_factory.mktemp("languages")) / "store.db")
    with Store(db) as store:
        ids = stored(store)
    return db, ids


@pytest.fixture(scope="module")
def client(lang_store: tuple[str, dict[str, str]]) -> Iterator[TestClient]:
    with TestClient(create_app(lang_store[0], token=TOKEN)) as test_client:
        yield test_client


def clean(text: str) -> None:
    assert not [m for m in MOJIBAKE if m in text]


def test_pages_show_russian_as_it_was_written(client: TestClient, lang_store: tuple[str, dict[str, str]]) -> None:
    ids = lang_store[1]
    for url in ("/search?q=Путин", f"/articles/{ids['ru']}", "/actors/kb:Q7747", "/claims"):
        page = client.get(url)
        assert page.status_code == 200, url
        assert "charset=utf-8" in page.headers["content-type"]
        clean(page.text)
    assert "Путин в Минске" in client.get("/search?q=Putin").text
    article = client.get(f"/articles/{ids['ru']}").text
    assert "переговоры были полезными</span>." in article and "</span> во вторник <span" in article
    assert '<h1 lang="ru">Путин в Минске</h1>' in article and 'id="article-text" lang="ru">' in article


def test_csv_exports_keep_russian(client: TestClient) -> None:
    for url in ("/api/articles?format=csv", "/api/claims?format=csv"):
        got = client.get(url)
        assert got.status_code == 200, url
        text = got.content.decode("utf-8")
        clean(text)
        assert "Путин" in text, url
    rows = list(csv.DictReader(io.StringIO(client.get("/api/articles?format=csv&language=ru").content
                                          .decode("utf-8").lstrip("\ufeff"))))
    assert [(r["title"], r["language"]) for r in rows] == [("Путин в Минске", "ru")]


def test_filter_by_language(client: TestClient, lang_store: tuple[str, dict[str, str]]) -> None:
    ids = lang_store[1]
    found = client.get("/api/articles", params={"q": "Putin", "language": "ru"}).json()
    assert [a["id"] for a in found["items"]] == [ids["ru"]] and found["total"] == 1
    listed = client.get("/api/articles", params={"language": "en"}).json()
    assert {a["id"] for a in listed["items"]} == {ids["en"], ids["other"]}
    facets = client.get("/api/articles/facets", params={"q": "Путин"}).json()
    assert {f["value"]: f["count"] for f in facets["facets"]["languages"]} == {"en": 1, "ru": 1}
    page = client.get("/search", params={"q": "Путин", "language": "ru"}).text
    assert "Путин в Минске" in page and "Putin in Minsk" not in page
    assert "<option selected>ru</option>" in page  # the form offers the languages, the chosen one selected


def test_the_actor_page_shows_each_claims_language(client: TestClient) -> None:
    page = client.get("/actors/kb:Q7747").text
    assert '<span class="tag lang" title="the article\'s language">ru</span>' in page
    assert '<span class="tag lang" title="the article\'s language">en</span>' in page
