"""The explorer over PostgreSQL: the sample store copied into a fresh database (records saved as ingest saves
them, without running the NLP again), every page and API route answering, and the same answers as SQLite.

Skipped without a server at 127.0.0.1:5432 (``POLITIKA_TEST_PG``), failed under CI=true (tests/conftest.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store
from politika.web import create_app
from tests.conftest import PG_ADMIN_URL, _pg_available, fresh_pg_database
from tests.web.conftest import TOKEN
from tests.web.htmlcheck import executable_parts

pytestmark = pytest.mark.postgres
FIELDS = ("id", "title", "authors", "date", "url", "site", "genre", "language", "origin")


def _copy(source: Store, target: Store) -> None:
    """Every article of ``source`` with its record into ``target``, in ingest order."""
    rows = list(source.iter_export())
    articles = [Article(text=r["text"], **{k: r.get(k) for k in FIELDS if r.get(k) is not None}) for r in rows]
    outcomes = target.add_articles([(a, fingerprint(a.text, a.url), "pending", None) for a in articles])
    target.save_records([(o.pk, {**r["record"], "id": o.article_id}) for o, r in zip(outcomes, rows, strict=True)
                         if o.status == "stored" and r["record"]], model="copied")


@pytest.fixture(scope="module")
def pg_web_url(web_db: str) -> Iterator[str]:
    problem = _pg_available()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required under CI but not reachable at {PG_ADMIN_URL}: {problem}")
        pytest.skip(f"PostgreSQL not reachable: {problem}")
    with fresh_pg_database("politika_web") as url:
        with Store(web_db, create=False) as source, Store(url) as target:
            _copy(source, target)
        yield url


@pytest.fixture(scope="module")
def pg_client(pg_web_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(pg_web_url, token=TOKEN)) as client:
        yield client


@pytest.fixture(scope="module")
def sqlite_client(web_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(web_db)) as client:
        yield client


@pytest.fixture(scope="module")
def pg_refs(pg_web_url: str) -> dict[str, str]:
    with Store(pg_web_url, create=False) as store:
        article = store.list_articles(limit=1)[0]["id"]
        actor = store.actors(limit=1)[0]["id"]
    return {"article": article, "actor": quote(actor, safe="")}


PAGES = ["/", "/search", "/search?q=sanctions", "/search?genre=news&since=2024-01-01", "/actors", "/claims",
         "/events", "/events?quad=4", "/events?country=RUS&since=2024-01-01", "/events?actor={actor}", "/network",
         "/network?nodes=2000", "/causal", "/causal?factors=2000&min_support=1", "/articles/{article}",
         "/actors/{actor}", "/actors/{actor}?offset=3"]
API = ["/api/overview", "/api/articles?q=warrant", "/api/actors?format=csv", "/api/actors/{actor}?limit=2",
       "/api/claims", "/api/events?limit=5", "/api/events?format=csv", "/api/events.jsonl", "/api/events/timeline",
       "/api/network?nodes=50", "/api/network/edges?format=csv", "/api/causal", "/api/causal.graphml",
       "/api/causal/edges?format=csv"]


@pytest.mark.parametrize("url", PAGES + API)
def test_pages_and_api_answer_on_postgres(pg_client: TestClient, pg_refs: dict[str, str], url: str) -> None:
    response = pg_client.get(url.format(**pg_refs))
    assert response.status_code == 200, response.text[-500:]
    if response.headers["content-type"].startswith("text/html"):
        assert executable_parts(response.text) == []


def test_postgres_gives_the_same_answers_as_sqlite(pg_client: TestClient, sqlite_client: TestClient) -> None:
    for url in ("/api/events/timeline", "/api/events/timeline?quad=1"):
        assert pg_client.get(url).json() == sqlite_client.get(url).json(), url
    pg_map, lite_map = (c.get("/api/causal/edges", params={"factors": 2000}).json()["items"]
                        for c in (pg_client, sqlite_client))
    key = ("cause", "effect", "polarity", "articles", "links", "sources")
    assert sorted(tuple(e[k] for k in key) for e in pg_map) == sorted(tuple(e[k] for k in key) for e in lite_map)
    actor = pg_client.get("/api/actors", params={"limit": 1}).json()["items"][0]["id"]
    pg_dossier, lite_dossier = (c.get(f"/api/actors/{quote(actor, safe='')}").json()
                                for c in (pg_client, sqlite_client))
    assert pg_dossier["counts"] == lite_dossier["counts"]
    pg_net, lite_net = (c.get("/api/network", params={"nodes": 30}).json() for c in (pg_client, sqlite_client))
    assert len(pg_net["edges"]) == len(lite_net["edges"])


def test_whatif_and_evidence_on_postgres(pg_client: TestClient) -> None:
    edge = pg_client.get("/api/causal/edges", params={"factors": 2000}).json()["items"][0]
    quotes = pg_client.get("/api/causal/evidence", params={"cause": edge["cause"], "effect": edge["effect"]}).json()
    assert quotes["items"] and quotes["total"] >= edge["articles"]
    result = pg_client.get("/api/causal/whatif", params={"factor": edge["cause"], "factors": 2000}).json()
    assert result["moves"]
    for bad in ("/api/events?type=DANCE", "/api/causal/whatif?factor=zz-no-such-factor-zz"):
        assert 400 <= pg_client.get(bad).status_code < 500, bad
