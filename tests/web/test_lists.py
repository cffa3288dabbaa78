"""Honest lists in the explorer: "N of M" with a pager on the list pages, counted facets, claims with their passage
linked to the article and their duplicate quotes grouped, the outlet filter by any name. A store we fill without
spaCy: the claims of tests/store/test_claims_store, a quote repeated in a third article and 60 actors."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store
from politika.web import create_app
from tests.store.test_claims_store import actor, attribution, mention, store_claims

CROWD = " ".join(f"Minister Zed{n:02d} spoke." for n in range(60))
REPEAT = 'Vladimir Putin said that Hungary would probably veto the sanctions. "It will fail."'


def _fill(db: str) -> None:
    with Store(db) as store:
        store_claims(store)
        texts = {"crowd": CROWD, "repeat": REPEAT}
        batch = [(Article(text=text, origin=f"test/{key}.txt", title=key, date="2024-06-01", site="metro.co.uk",
                          genre="news", language="en", url=f"https://metro.co.uk/{key}"),
                  fingerprint(text, f"https://metro.co.uk/{key}"), "pending", None) for key, text in texts.items()]
        crowd_pk, repeat_pk = (o.pk for o in store.add_articles(batch))
        crowd = {"id": "crowd", "sentences": [], "events": [], "causal_sentences": [], "causal": [],
                 "attributions": [], "mentions": [mention(CROWD, f"Zed{n:02d}", f"z{n}") for n in range(60)],
                 "actors": [actor(f"z{n}", f"Zed{n:02d}") for n in range(60)]}
        repeat = {"id": "repeat", "sentences": [], "events": [], "causal_sentences": [], "causal": [],
                  "mentions": [mention(REPEAT, "Vladimir Putin", "p1")],
                  "actors": [actor("p1", "Vladimir Putin", kb_id="Q7747")],
                  "attributions": [attribution(REPEAT, "Vladimir Putin", "said",
                                               "that Hungary would probably veto the sanctions", source_actor="p1")]}
        store.save_records([(crowd_pk, crowd), (repeat_pk, repeat)], "test-model")


@pytest.fixture(scope="module")
def lists_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("lists") / "lists.db")
    _fill(db)
    return db


@pytest.fixture(scope="module")
def client(lists_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(lists_db)) as test_client:
        yield test_client


def test_actors_pager_and_total(client: TestClient) -> None:
    first = client.get("/actors").text
    assert "showing 1–50 of 67" in first and 'rel="next" href="/actors?offset=50"' in first
    second = client.get("/actors?offset=50").text
    assert "showing 51–67 of 67" in second and 'rel="prev"' in second and 'rel="next"' not in second
    data = client.get("/api/actors?limit=5&offset=65").json()
    assert (data["total"], data["limit"], data["offset"], len(data["items"])) == (67, 5, 65, 2)
    filtered = client.get("/actors?country=HUN").text
    assert "showing 1–2 of 2" in filtered and 'rel="next"' not in filtered  # Hungary and Anna Kovacs
    assert 'href="/actors?type=PERSON&amp;offset=50"' in client.get("/actors?type=PERSON").text  # keeps the filter
    assert client.get("/actors?offset=-1").status_code == 422


def test_claims_grouped_with_passage_outlet_and_facets(client: TestClient) -> None:
    page = client.get("/claims").text  # one row per quote over the filter: 7 claims, 6 quotes
    assert "showing 1–6 of 6 quotes" in page and "reported by 2 articles" in page and "7 claims in 6 quotes" in page
    every = client.get("/claims?grouped=false").text
    assert "showing 1–7 of 7 claims" in every and "reported by" not in every
    # the passage, escaped, its cue emphasised, linked to the claim's anchor in its article
    link = re.search(r'<a class="sentence-link" href="/articles/([^"#]+)#q0">Vladimir Putin <em class="cue">said'
                     r'</em> that Hungary would probably veto the sanctions</a>', page)
    assert link is not None
    article = client.get(f"/articles/{link.group(1)}").text
    assert 'id="q0"' in article
    assert "<th>Outlet</th>" in page and "Test Wire" in page and "metro.co.uk" in page
    assert 'href="/claims?site=Test%20Wire">Test Wire</a> <span class="muted">6</span>' in page
    assert 'href="/claims?anonymous=true">anonymous</a> <span class="muted">2</span>' in page
    only = client.get("/claims?site=www.metro.co.uk").text
    assert "showing 1–1 of 1" in only
    data = client.get("/api/claims?limit=2&offset=1").json()
    assert data["total"] == 7 and data["offset"] == 1 and len(data["items"]) == 2
    assert {"passage", "outlet", "index"} <= set(data["items"][0])
    facets = client.get("/api/claims/facets?anonymous=true").json()
    assert facets["total"] == 2 and facets["facets"]["sources"][0]["count"] == 2


def test_quotes_grouped_over_the_whole_filter(client: TestClient) -> None:
    """The API's grouped view: one item per quote with its reports, the total, limit and offset counting quotes;
    the CLI's names (actor, subject) and the older ones (source, about) filter alike."""
    data = client.get("/api/claims?grouped=true&limit=1").json()
    assert (data["total"], data["claims"], data["grouped"], len(data["items"])) == (6, 7, True, 1)
    veto = [q for q in client.get("/api/claims?grouped=true").json()["items"] if q["articles"] == 2]
    assert len(veto) == 1 and len(veto[0]["reports"]) == 2
    assert veto[0]["content"]["text"] == "that Hungary would probably veto the sanctions"
    second = client.get("/api/claims?grouped=true&limit=2&offset=5").json()
    assert len(second["items"]) == 1 and second["offset"] == 5
    assert client.get("/api/claims").json()["total"] == 7  # not grouped unless asked
    for new, old in (("actor=Putin", "source=Putin"), ("subject=Putin", "about=Putin")):
        assert client.get(f"/api/claims?{new}").json() == client.get(f"/api/claims?{old}").json()
    by_putin = client.get("/api/claims?actor=Putin&grouped=true").json()
    assert by_putin["total"] == 2 and {q["articles"] for q in by_putin["items"]} == {1, 2}
    page = client.get("/claims?actor=Putin").text
    assert 'name="actor" value="Putin"' in page and "showing 1–2 of 2 quotes" in page
    assert 'name="subject"' in page and 'name="source"' not in page


def test_events_filter_names_and_pager(client: TestClient) -> None:
    page = client.get("/events?event_type=CONSULT").text
    assert '<option value="CONSULT" selected>' in page and 'name="event_type"' in page
    assert '<p class="pager">' in page and "none of 0 event clusters" in page
    assert client.get("/api/events?event_type=CONSULT").json() == client.get("/api/events?type=CONSULT").json()
    assert client.get("/api/events?event_type=DANCE").status_code == 422


def test_search_total_pager_and_facets(client: TestClient) -> None:
    page = client.get("/search").text
    assert "showing 1–4 of 4" in page
    assert 'href="/search?site=metro.co.uk">metro.co.uk</a> <span class="muted">2</span>' in page
    assert "showing 1–2 of 2" in client.get("/search?site=Metro").text
    assert "showing 1–1 of 1" in client.get("/search?q=Zed07").text
    data = client.get("/api/articles?limit=1&offset=3").json()
    assert (data["total"], len(data["items"])) == (4, 1)
    facets = client.get("/api/articles/facets?genre=news").json()
    assert facets["total"] == 4 and {f["label"] for f in facets["facets"]["outlets"]} == {"Test Wire", "metro.co.uk"}
    assert client.get("/api/articles?format=csv").status_code == 200


def test_events_facets_answer(client: TestClient) -> None:
    assert client.get("/events").status_code == 200
    data = client.get("/api/events/facets").json()
    assert data == {"total": 0, "facets": {"types": [], "countries": []}}


# -- in a browser ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser_page(lists_db: str) -> Iterator[Any]:
    from tests.web.live import live_server, require_browser
    from tests.web.test_browser import ARGS, CHROMIUM, _missing
    require_browser(_missing())
    from playwright.sync_api import sync_playwright
    with live_server(create_app(lists_db)) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser.new_page(base_url=url)
        browser.close()


def test_pager_moves_through_the_actors(browser_page: Any) -> None:
    page = browser_page
    page.goto("/actors?type=PERSON")
    assert "showing 1–50 of 63" in page.locator(".pager").inner_text()
    page.click("a[rel=next]")
    page.wait_for_url(re.compile(r"offset=50"))
    assert "type=PERSON" in page.url and "showing 51–63 of 63" in page.locator(".pager").inner_text()
    assert page.locator("table.results tr").count() == 14  # the header and 13 actors
    page.click("a[rel=prev]")
    page.wait_for_url(re.compile(r"offset=0"))
    assert "showing 1–50 of 63" in page.locator(".pager").inner_text()




def test_causal_evidence_pager(web_db: str) -> None:
    """The evidence of a causal link, a page at a time, on the sample store (tests/web/conftest.py)."""
    from urllib.parse import quote

    with TestClient(create_app(web_db)) as sample:
        edges = sample.get("/api/causal/edges").json()["items"]
        assert edges, "the sample store has causal links"
        edge = max(edges, key=lambda e: e["links"])
        url = f"/causal?cause={quote(edge['cause'])}&effect={quote(edge['effect'])}"
        total = sample.get(f"/api/causal/evidence?cause={quote(edge['cause'])}&effect={quote(edge['effect'])}"
                           ).json()["total"]
        shown = min(total, 20)
        page = sample.get(url).text
        assert f"showing 1–{shown} of {total}" in page
        assert ("rel=\"next\"" in page) == (total > 20)
        assert "none of" in sample.get(url + "&offset=100000").text
