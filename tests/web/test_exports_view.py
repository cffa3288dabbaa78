"""The file is the view: a page's download links carry its whole filter and give every row under it (all pages,
streamed), with the total and the cap in the headers; the claims CSV has text columns."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store
from politika.web import create_app, exports
from tests.store.test_claims_store import actor, attribution, mention
from tests.store.test_events_store import event

ARTICLES = 130  # more than a page (50) under the filter too
SITES = ("Wire One", "Wire One", "Daily Two")  # two thirds from Wire One


def text_of(i: int) -> str:
    return f"Anna Kovacs said that round {i} of the talks had failed. Viktor Orban visited Vladimir Putin in Moscow."


def record_of(i: int) -> dict[str, Any]:
    text = text_of(i)
    first = text.index(".") + 1
    visit = event(text, "CONSULT", "visited", ["Viktor Orban"], ["Vladimir Putin"], 1,
                  date=(dt.date(2020, 1, 1) + dt.timedelta(days=10 * i)).isoformat(), date_source="text")
    visit["actor"], visit["recipient"] = ["o"], ["p"]
    return {"id": str(i), "sentences": [{"start": 0, "end": first}, {"start": first + 1, "end": len(text)}],
            "mentions": [mention(text, "Anna Kovacs", "k"), mention(text, "Viktor Orban", "o"),
                         mention(text, "Vladimir Putin", "p")],
            "actors": [actor("k", "Anna Kovacs", country="HUN"), actor("o", "Viktor Orban", kb_id="Q57641"),
                       actor("p", "Vladimir Putin", kb_id="Q7747")],
            "attributions": [attribution(text, "Anna Kovacs", "said", f"round {i} of the talks had failed",
                                         source_actor="k")],
            "events": [visit], "contexts": [], "causal_sentences": [], "causal": []}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = str(tmp_path_factory.mktemp("exports") / "many.db")
    with Store(db) as store:
        batch = []
        for i in range(ARTICLES):
            article = Article(text=text_of(i), origin=f"test/{i}.txt", title=f"Talks {i}",
                              date=(dt.date(2020, 1, 1) + dt.timedelta(days=10 * i)).isoformat(),
                              site=SITES[i % 3], genre="news", language="en", url=f"https://example.org/{i}")
            batch.append((article, fingerprint(article.text, article.url), "pending", None))
        outcomes = store.add_articles(batch)
        store.save_records([(o.pk, record_of(i)) for i, o in enumerate(outcomes)], "test-model")
    with TestClient(create_app(db)) as test_client:
        yield test_client


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def export_links(client: TestClient, page: str) -> dict[str, str]:
    html = client.get(page).text
    block = re.search(r'<p class="export">(.*?)</p>', html, re.S)
    assert block, page
    return {label: unescape(href) for href, label in re.findall(r'<a href="([^"]+)">([A-Z]+)</a>', block.group(1))}


@pytest.mark.parametrize(("page", "api", "unit"), [
    ("/search?site=Wire+One", "/api/articles", "articles"), ("/claims?site=Wire+One", "/api/claims", "claims"),
    ("/events?since=2021-01-01", "/api/events", "events"), ("/actors?type=PERSON", "/api/actors", "actors")])
def test_page_csv_is_every_filtered_row(client: TestClient, page: str, api: str, unit: str) -> None:
    links = export_links(client, page)
    assert set(links) == {"CSV", "JSON"}
    filters = page.split("?", 1)[1]
    assert links["CSV"].startswith(f"{api}?{filters}&") and "all=true" in links["CSV"]
    response = client.get(links["CSV"])
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = csv_rows(response.text)
    total = client.get(f"{api}?{filters}").json()["total"]
    assert len(rows) == total == int(response.headers["x-total-count"])
    assert response.headers["x-export-cap"] == str(exports.EXPORT_CAP)
    assert response.headers["x-export-capped"] == "false"
    every = csv_rows(client.get(f"{api}?format=csv&all=true").text)
    if unit != "actors":  # three actors in all: fewer than a page
        assert total > 50 and len(every) != len(rows)
    data = client.get(links["JSON"]).json()
    assert len(data["items"]) == data["total"] == total and data["capped"] is False


def test_the_filter_is_kept_in_the_rows(client: TestClient) -> None:
    wire = csv_rows(client.get("/api/claims?site=Wire+One&format=csv&all=true").text)
    assert {r["outlet"] for r in wire} == {"Wire One"} and len(wire) == 87
    events = csv_rows(client.get("/api/events?since=2021-01-01&format=csv&all=true").text)
    assert min(r["date"] for r in events) >= "2021-01-01" and len(events) == ARTICLES - 37


def test_plover_jsonl_is_every_cluster(client: TestClient) -> None:
    html = client.get("/events?since=2021-01-01").text
    href = unescape(re.search(r'href="(/api/events\.jsonl\?[^"]+)"', html).group(1))  # type: ignore[union-attr]
    assert "since=2021-01-01" in href and "all=true" in href
    lines = client.get(href).text.splitlines()
    assert len(lines) == ARTICLES - 37
    assert all(json.loads(line)["date"] >= "2021-01-01" for line in lines)


def test_claims_csv_has_text_cells(client: TestClient) -> None:
    for url in ("/api/claims?format=csv", "/api/claims?format=csv&all=true"):
        rows = csv_rows(client.get(url).text)
        assert rows and rows[0]["source"] == "Anna Kovacs" and rows[0]["source_kind"] == "actor"
        assert rows[0]["cue"] == "said" and rows[0]["content"].startswith("round ")
        assert not any(cell.startswith(("{", "[")) for row in rows for cell in row.values())


def test_a_capped_download_says_so(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exports, "EXPORT_CAP", 60)
    response = client.get("/api/claims?format=csv&all=true")
    lines = response.text.strip().splitlines()
    assert response.headers["x-export-capped"] == "true" and response.headers["x-total-count"] == str(ARTICLES)
    assert lines[-1].startswith("# capped: the first 60 of 130 rows")
    assert len(csv_rows("\n".join(lines[:-1]))) == 60
    data = client.get("/api/articles?format=json&all=true").json()
    assert data["capped"] is True and len(data["items"]) == 60


def test_streamed_csv_keeps_one_header(client: TestClient, monkeypatch: pytest.MonkeyPatch,
                                       tmp_path: Path) -> None:
    monkeypatch.setattr(exports, "EXPORT_BATCH", 7)  # many batches
    for url in ("/api/articles?format=csv&all=true", "/api/claims?format=csv&all=true",
                "/api/events?format=csv&all=true"):
        text = client.get(url).text
        header = text.splitlines()[0]
        assert text.count(header) == 1, url
        assert len(csv_rows(text)) == ARTICLES, url
