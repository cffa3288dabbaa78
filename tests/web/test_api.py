"""The explorer's pages and JSON API over a store filled from the sample corpus (FastAPI's TestClient)."""

from __future__ import annotations

import csv
import gc
import io
import re
import shutil
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from politika.cli import cli
from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store
from politika.web import cache, create_app
from politika.web import warm as warm_module
from politika.web.access import is_loopback
from politika.web.highlight import Mark, highlight, paragraphs, record_marks
from politika.web.warm import PATHS, Warmer, data_version, settle
from tests.httpserver import news_text
from tests.store.test_events_store import store_events
from tests.web.conftest import TOKEN, XSS_ID
from tests.web.htmlcheck import executable_parts


@pytest.fixture(scope="module")
def client(web_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(web_db, token=TOKEN)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def refs(web_db: str) -> dict[str, str]:
    with Store(web_db, create=False) as store:
        article = next(a for a in store.list_articles() if a["status"] == "analysed")
        actor = store.actors(limit=1)[0]
    return {"article": article["id"], "actor": quote(actor["id"], safe=""), "actor_name": actor["name"]}


@pytest.fixture
def writable_client(web_db: str, tmp_path: Path) -> Iterator[TestClient]:
    """A client over a copy of the store, so merges and splits do not change the shared one."""
    copy = tmp_path / "copy.db"
    shutil.copy(web_db, copy)
    with TestClient(create_app(str(copy), token=TOKEN)) as test_client:
        yield test_client


PAGES = ["/", "/search", "/search?q=arrest+warrant", "/search?q=Putin&genre=news&since=2024-07-01&until=2024-12-31",
         "/search?site=&author=&since=&until=", "/search?author=Mykhalchuk", "/search?language=en&offset=1",
         "/actors", "/actors?country=RUS&type=PERSON", "/claims", "/claims?hedged=true", "/claims?anonymous=true",
         "/claims?since=2024-07-01", "/network", "/network?nodes=5", "/network?nodes=2000&type=PERSON",
         "/articles/{article}", "/actors/{actor}", "/claims?source={actor}", "/claims?about={actor}",
         "/claims?article={article}", "/actors/{actor}?offset=5", "/events", "/events?quad=1&min_sources=1",
         "/events?type=CONSULT&since=2024-01-01&until=2024-12-31", "/events?country=RUS&offset=5",
         "/events?actor={actor}", "/causal", "/causal?factors=5&min_support=2", "/causal?since=2024-07-01"]
API = ["/api/overview", "/api/errors", "/api/articles", "/api/articles?q=warrant&limit=3",
       "/api/articles?format=csv", "/api/articles/{article}", "/api/actors", "/api/actors?format=csv&limit=2000",
       "/api/actors/{actor}", "/api/claims", "/api/claims?format=csv", "/api/claims?source={actor}",
       "/api/network", "/api/network?nodes=3", "/api/network/edges?format=csv", "/api/network.graphml",
       "/openapi.json", "/static/explorer.css", "/static/explorer.js", "/api/actors/{actor}?limit=2&offset=1",
       "/api/events", "/api/events?quad=4&limit=3", "/api/events?format=csv", "/api/events.jsonl",
       "/api/events/timeline", "/api/events/timeline?type=ASSAULT", "/api/causal", "/api/causal?factors=3",
       "/api/causal/edges?format=csv", "/api/causal.graphml"]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_answers(client: TestClient, refs: dict[str, str], url: str) -> None:
    response = client.get(url.format(**refs))
    assert response.status_code == 200, response.text[-500:]
    assert response.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert executable_parts(response.text) == []


@pytest.mark.parametrize("url", API)
def test_every_api_route_answers(client: TestClient, refs: dict[str, str], url: str) -> None:
    response = client.get(url.format(**refs))
    assert response.status_code == 200, response.text[-500:]


def test_overview_shows_the_store(client: TestClient, web_store: Store) -> None:
    data = client.get("/api/overview").json()
    assert data["stats"]["articles"] == web_store.stats()["articles"]
    assert sum(row["articles"] for row in data["timeline"]) >= 10
    assert data["actors"] and data["actors"][0]["mention_count"] >= data["actors"][-1]["mention_count"]
    page = client.get("/").text
    assert "Articles over time" in page and "Events by type" in page and "Strongest causal links" in page
    assert data["actors"][0]["name"] in page


def test_search_and_filters(client: TestClient) -> None:
    hits = client.get("/api/articles", params={"q": "arrest warrant"}).json()["items"]
    assert hits and all("snippet" in h for h in hits)
    news = client.get("/api/articles", params={"genre": "news", "limit": 500}).json()["items"]
    assert news and all(a["genre"] == "news" for a in news)
    dated = client.get("/api/articles", params={"since": "2024-07-05", "until": "2024-07-10"}).json()["items"]
    assert dated and all("2024-07-05" <= a["date"][:10] <= "2024-07-10" for a in dated)
    assert client.get("/api/articles", params={"language": "xx"}).json()["items"] == []


@pytest.fixture(scope="module")
def events_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A client over a store of the events tests' records (built without NLP): actors and events to filter by."""
    db = str(tmp_path_factory.mktemp("events") / "events.db")
    with Store(db) as store:
        store_events(store)
    with TestClient(create_app(db)) as test_client:
        yield test_client


def test_search_by_actor_and_event_type(events_client: TestClient) -> None:
    def titles(**params: str) -> list[str]:
        response = events_client.get("/api/articles", params=params)
        assert response.status_code == 200, response.text
        return [a["title"] for a in response.json()["items"]]

    assert titles(actor="Xi Jinping") == titles(actor="Q15031") == ["Sanctions", "Brussels is angry"]
    assert titles(q="Moscow", actor="kb:Q15031") == ["Brussels is angry"]
    assert titles(event_type="sanction") == ["Sanctions"]
    assert titles(q="Putin", event_type="SANCTION", actor="", site="") == ["Sanctions"]  # empty fields: no filter
    page = events_client.get("/search", params={"q": "Moscow", "actor": "Q15031", "event_type": "consult"})
    assert page.status_code == 200 and "Brussels is angry" in page.text and "Orban in Moscow" not in page.text
    assert 'name="actor" value="Q15031"' in page.text
    types = re.search(r'<select name="event_type".*?</select>', page.text, re.S)
    assert types and types.group(0).count("<option") == 17  # any, then the 16 PLOVER types
    assert "<option selected>CONSULT</option>" in types.group(0)


@pytest.mark.parametrize(("url", "status", "message"), [
    ("/api/articles?actor=Nobody%20Atall", 404, "Nobody Atall: no such actor"),
    ("/api/articles?q=Moscow&actor=Nobody%20Atall", 404, "Nobody Atall: no such actor"),
    ("/api/articles?event_type=DANCE", 400, "not a PLOVER event type"),
    ("/api/articles?q=Moscow&event_type=DANCE&format=csv", 400, "not a PLOVER event type"),
    ("/search?actor=Nobody%20Atall", 404, "no such actor"),
    ("/search?q=Moscow&event_type=DANCE", 400, "not a PLOVER event type"),
])
def test_search_bad_actor_or_event_type_is_4xx(events_client: TestClient, url: str, status: int,
                                                message: str) -> None:
    response = events_client.get(url)
    assert response.status_code == status and message in response.text


def test_article_page_highlights_layers(client: TestClient, refs: dict[str, str]) -> None:
    data = client.get(f"/api/articles/{refs['article']}").json()
    page = client.get(f"/articles/{refs['article']}").text
    assert data["record"]["actors"]
    assert 'class="hl l-actor' in page and 'data-layer="actor"' in page
    assert "The annotation record (JSON)" in page
    if data["record"].get("attributions"):
        assert "l-attribution" in page


def test_dossier_and_exports(client: TestClient, refs: dict[str, str]) -> None:
    dossier = client.get(f"/api/actors/{refs['actor']}").json()
    assert dossier["name"] == refs["actor_name"] and dossier["articles"]
    assert "co_mentioned" in dossier
    page = client.get(f"/actors/{refs['actor']}").text
    assert "Merge another actor into this one" in page  # the server has a token, so the forms are shown
    csv = client.get("/api/actors", params={"format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv") and "name" in csv.text.splitlines()[0].split(",")
    graph = ET.fromstring(client.get("/api/network.graphml", params={"nodes": 10}).content)
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    nodes = graph.findall(f"{ns}graph/{ns}node")
    edges = graph.findall(f"{ns}graph/{ns}edge")
    assert 0 < len(nodes) <= 10
    network = client.get("/api/network", params={"nodes": 10}).json()
    assert {n["id"] for n in network["nodes"]} == {n.get("id") for n in nodes}
    keys = {n["id"] for n in network["nodes"]}
    assert all(e["source"] in keys and e["target"] in keys for e in network["edges"])
    assert len(edges) == len({(e["source"], e["target"], e["type"]) for e in network["edges"]})


BAD = [("/api/articles?since=yesterday", 422), ("/api/articles?since=2024-02-30", 422),
       ("/api/articles?since=2024-08-01&until=2024-07-01", 400), ("/api/articles?limit=0", 422),
       ("/api/articles?limit=many", 422), ("/api/articles?offset=-1", 422), ("/api/articles?format=xml", 422),
       ("/api/articles/nothing-here", 404), ("/articles/nothing-here", 404), ("/api/actors/Nobody%20Atall", 404),
       ("/actors/Nobody%20Atall", 404), ("/api/claims?source=Nobody%20Atall", 404), ("/api/claims?until=13/13", 422),
       ("/api/network?nodes=5000", 422), ("/network?nodes=-1", 422), ("/search?since=tomorrow", 422),
       ("/api/actors?limit=99999", 422), ("/api/claims?anonymous=maybe", 422), ("/api/nowhere", 404),
       ("/api/events?type=DANCE", 422), ("/api/events?quad=5", 422), ("/events?quad=0", 422),
       ("/api/events?min_sources=0", 422), ("/api/events?since=2024-08-01&until=2024-07-01", 400),
       ("/api/events?actor=Nobody%20Atall", 404), ("/events?until=someday", 422), ("/api/events.jsonl?limit=0", 422),
       ("/api/causal?factors=0", 422), ("/causal?factors=99999", 422), ("/api/causal/whatif", 422),
       ("/api/causal/whatif?factor=zz-no-such-factor-zz", 404), ("/api/causal/similar", 422),
       ("/api/causal/similar?factor=zz-no-such-factor-zz", 404), ("/api/causal/similar?factor=x&limit=0", 422),
       ("/api/causal/whatif?factor=x&value=2", 422),
       ("/api/causal/whatif?factor=x&value=nan", 422), ("/api/causal/whatif?factor=x&steps=0", 422),
       ("/api/causal/evidence?cause=a", 422),
       ("/api/actors/{actor}?limit=0", 422), ("/actors/{actor}?offset=-3", 422)]


@pytest.mark.parametrize(("url", "status"), BAD)
def test_malformed_parameters_are_4xx_with_a_message(client: TestClient, refs: dict[str, str], url: str,
                                                     status: int) -> None:
    response = client.get(url.format(**refs))
    assert response.status_code == status, response.text[-300:]
    if url.startswith("/api/"):
        assert response.json()["detail"]
    else:  # the error page, or the page again with the error above its filled form (web/app.py KeepFormOnError)
        assert "Back to the overview" in response.text or 'class="error form-error"' in response.text


def _other_actor(client: TestClient, first: str) -> dict[str, Any]:
    return next(a for a in client.get("/api/actors", params={"limit": 50}).json()["items"] if a["name"] != first)


def test_writes_need_the_token(writable_client: TestClient, refs: dict[str, str]) -> None:
    client = writable_client
    other = _other_actor(client, refs["actor_name"])
    body = {"into": refs["actor_name"], "merged": other["id"]}
    assert client.post("/api/actors/merge", json=body).status_code == 403
    assert client.post("/api/actors/merge", json=body, headers={"X-Politika-Token": "wrong"}).status_code == 403
    assert client.post(f"/actors/{refs['actor']}/merge", data={"other": other["id"]}).status_code == 403
    assert client.post(f"/actors/{refs['actor']}/merge", data={"other": other["id"], "token": "x"}).status_code == 403
    assert client.post("/api/actors/split", json={"actor": refs["actor_name"], "alias": "x"}).status_code == 403
    # nothing changed
    assert client.get(f"/api/actors/{quote(other['id'], safe='')}").status_code == 200


def test_merge_and_split_with_the_token(writable_client: TestClient, refs: dict[str, str]) -> None:
    client = writable_client
    other = _other_actor(client, refs["actor_name"])
    response = client.post(f"/actors/{refs['actor']}/merge", data={"other": other["id"], "token": TOKEN},
                           follow_redirects=False)
    assert response.status_code == 303, response.text[-300:]
    page = client.get(response.headers["location"])
    assert page.status_code == 200 and "merged" in page.text
    # the merged actor's key now leads to the one that stayed
    assert client.get(f"/api/actors/{quote(other['id'], safe='')}").json()["name"] == refs["actor_name"]
    dossier = client.get(f"/api/actors/{refs['actor']}").json()
    alias = next(n for n in dossier["names"] if n != dossier["name"])
    split = client.post("/api/actors/split", json={"actor": dossier["id"], "alias": alias},
                        headers={"X-Politika-Token": TOKEN})
    assert split.status_code == 200, split.text
    assert split.json()["split_from"] == dossier["id"]
    bad = client.post("/api/actors/split", json={"actor": dossier["id"]}, headers={"X-Politika-Token": TOKEN})
    assert bad.status_code == 400 and "alias" in bad.json()["detail"]
    assert client.post("/api/actors/merge", json={"into": ""}, headers={"X-Politika-Token": TOKEN}).status_code == 422


def test_without_a_server_token_writes_are_off(web_db: str, refs: dict[str, str]) -> None:
    with TestClient(create_app(web_db)) as client:
        response = client.post("/api/actors/merge", json={"into": "a", "merged": "b"},
                               headers={"X-Politika-Token": ""})
        assert response.status_code == 403 and "--token" in response.json()["detail"]
        assert "Merge another actor" not in client.get(f"/actors/{refs['actor']}").text


def test_hostile_article_is_escaped_everywhere(client: TestClient, xss_article_id: str) -> None:
    page = client.get(f"/articles/{xss_article_id}").text
    assert executable_parts(page) == []
    assert "&lt;script&gt;window.__pwned" in page  # shown as text, in place
    assert 'class="hl l-actor' in page  # and still highlighted
    for url in ("/", "/search?q=veto", f"/claims?article={xss_article_id}", "/actors", "/network", "/events",
                "/causal", "/causal?factors=2000"):
        assert executable_parts(client.get(url).text) == [], url
    assert client.get(f"/api/articles/{XSS_ID}").json()["text"].count("<script>") == 2  # the API returns it as is


def test_openapi_describes_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/overview", "/api/articles", "/api/articles/{article_id}", "/api/actors",
                 "/api/actors/{ref}", "/api/claims", "/api/network", "/api/network.graphml", "/api/actors/merge",
                 "/api/events", "/api/events.jsonl", "/api/events/timeline", "/api/causal", "/api/causal.graphml",
                 "/api/causal/edges", "/api/causal/evidence", "/api/causal/whatif", "/api/causal/similar"):
        assert path in spec["paths"], path
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN


# -- the highlighter -------------------------------------------------------------------------------------------


def test_highlight_escapes_and_handles_overlaps() -> None:
    text = "<b>Putin</b> said x"
    html = str(highlight(text, [Mark(3, 8, "actor", "a1"), Mark(0, 18, "attribution", "q0", "content"),
                                Mark(50, 60, "actor", "out"), Mark(5, 5, "actor", "empty")]))
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert html.count('<span class="hl') == 3  # before, inside and after the actor; empty and outside spans dropped
    assert ('class="hl l-actor l-attribution p-attribution-content" data-ref="a1 q0" tabindex="0" '
            'title="actor; attribution (content)">Putin<') in html
    assert html.endswith("</span>x")


def test_paragraphs_keep_offsets() -> None:
    text = "First para.\n\nSecond <i>para</i>."
    marks = [Mark(13, 19, "actor", "a1")]
    out = [str(p) for p in paragraphs(text, marks)]
    assert len(out) == 2 and '<span class="hl l-actor" data-ref="a1" tabindex="0" title="actor">Second</span>' in out[1]
    assert "&lt;i&gt;" in out[1]


def test_record_marks_reads_every_layer() -> None:
    record = {"mentions": [{"start": 0, "end": 5, "actor": "a1"}],
              "events": [{"trigger": {"start": 6, "end": 10}, "actor_spans": [{"start": 0, "end": 5}]}],
              "attributions": [{"source": None, "cue": {"start": 6, "end": 10}, "content": {"start": 11, "end": 15}}],
              "causal": [{"cause": {"start": 0, "end": 5}, "effect": {"start": 11, "end": 15}, "signal": None}]}
    layers = {m.layer for m in record_marks(record)}
    assert layers == {"actor", "event", "attribution", "causal"}
    assert record_marks(None) == []


def test_record_marks_hide_claims_the_lists_do_not_show() -> None:
    # a stance (capped at 0.6) or a claim of an unresolved "it" stays in the record but not on the page
    record = {"attributions": [{"cue": {"start": 0, "end": 4}, "content": {"start": 5, "end": 9}, "confidence": 0.55},
                               {"cue": {"start": 10, "end": 14}, "content": {"start": 15, "end": 19},
                                "confidence": 0.9}]}
    assert {m.ref for m in record_marks(record)} == {"q1"}  # the shown claim keeps its index in the record


# -- politika serve ----------------------------------------------------------------------------------------------


def test_is_loopback() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("example.org")


def test_serve_warns_on_a_public_host_without_token(web_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    result = CliRunner().invoke(cli, ["--db", web_db, "serve", "--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert "warning: binding 0.0.0.0 without --read-token" in result.output
    assert calls == [{"host": "0.0.0.0", "port": 8123, "log_level": "warning"}]
    quiet = CliRunner().invoke(cli, ["serve", "--db", web_db, "--token", "t", "--no-warm"])
    assert quiet.exit_code == 0 and "warning" not in quiet.output and "127.0.0.1:8000" in quiet.output


def test_serve_keeps_pages_warm_unless_told_not_to(web_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    started: list[Warmer] = []
    settled: list[bool] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: None)
    monkeypatch.setattr(Warmer, "start", lambda self: started.append(self) or self)
    monkeypatch.setattr(warm_module, "settle", lambda: settled.append(True))
    assert CliRunner().invoke(cli, ["serve", "--db", web_db, "--token", "t"]).exit_code == 0
    assert len(started) == 1 and started[0].paths == PATHS
    assert CliRunner().invoke(cli, ["serve", "--db", web_db, "--token", "t", "--no-warm"]).exit_code == 0
    assert len(started) == 1 and settled == [True, True]  # the garbage collector settled before serving, both times


def test_settle_freezes_what_is_alive() -> None:
    try:
        settle()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_warmer_computes_the_pages_before_anyone_asks_and_after_new_data(tmp_path: Path) -> None:
    from tests.store.test_actors_store import store_corpus

    db = str(tmp_path / "warm.db")
    with Store(db) as store:
        store_corpus(store, ("a1",))
    app = create_app(db)
    cache.clear()
    warmer = Warmer(app)
    assert warmer.check() is True
    kept = set(cache._entries)
    assert {key[0] for key in kept} >= {"event_counts", "ties_among", "search_choices"}  # the costly parts
    assert warmer.check() is False and set(cache._entries) == kept  # nothing changed, nothing done
    with Store(db) as store:
        store_corpus(store, ("a2",))
    assert warmer.check() is True and set(cache._entries) > kept
    # as a thread: warms at start, stops when asked
    cache.clear()
    running = Warmer(app, interval=0.05).start()
    try:
        deadline = time.monotonic() + 120
        while running.seen is None and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        running.stop()
    assert running.seen == data_version(app) and cache._entries
    assert not running._thread.is_alive()
    assert gc.get_freeze_count() > 0  # it settles the garbage collector after warming
    gc.unfreeze()


def test_dossier_events_follow_new_clusters(tmp_path: Path) -> None:
    """The dossier keeps its event part until the clusters change: a new article's events show at once."""
    db = str(tmp_path / "dossier.db")
    with Store(db) as store:
        store_events(store, ("v2",))
    with TestClient(create_app(db)) as test_client:
        before = test_client.get("/api/actors/Q7747").json()
        assert (before["counts"]["events_as_actor"], before["counts"]["events_as_recipient"]) == (1, 0)
        assert test_client.get("/api/actors/Q7747").json() == before  # the kept answer, unchanged
        with Store(db) as store:
            store_events(store, ("v1", "u1"))
        after = test_client.get("/api/actors/Q7747").json()
        assert (after["counts"]["events_as_actor"], after["counts"]["events_as_recipient"]) == (2, 1)
        assert len(after["events_as_actor"]) == 2 and len(after["events_as_recipient"]) == 1


def test_dossier_follows_an_article_analysed_again(tmp_path: Path) -> None:
    """The whole dossier is kept until appearances or claims change (web.routes.actors.dossier): an article
    analysed again with fewer claims and no tie, event or causal link shows at once."""
    from tests.store.test_claims_store import records, store_claims

    db = str(tmp_path / "claims.db")
    with Store(db) as store:
        ids = store_claims(store)
    with TestClient(create_app(db)) as test_client:
        before = test_client.get("/api/actors/Q7747").json()
        assert before["counts"]["said"] == 2 and len(before["said"]) == 2
        assert test_client.get("/api/actors/Q7747").json() == before  # the kept answer, unchanged
        fewer = records()["c1"]
        fewer["attributions"] = fewer["attributions"][:1]
        with Store(db) as store:
            store.save_records([(ids["c1"][0], fewer)], "test-model")
        after = test_client.get("/api/actors/Q7747").json()
        assert after["counts"]["said"] == 1 and len(after["said"]) == 1


def test_search_form_choices_follow_new_articles(tmp_path: Path) -> None:
    """The search form's genres and languages are kept until articles are added: a new genre shows at once."""
    db = str(tmp_path / "choices.db")
    with Store(db) as store:
        store_events(store, ("v1",))
    with TestClient(create_app(db)) as test_client:
        assert "<option>opinion</option>" not in test_client.get("/search").text
        with Store(db) as store:
            text = news_text(77, 120)
            article = Article(text=text, origin="test/op.txt", title="A view", genre="opinion", language="de")
            store.add_articles([(article, fingerprint(text, None), "pending", None)])
        page = test_client.get("/search").text
        assert "<option>opinion</option>" in page and "<option>de</option>" in page


def test_network_ties_follow_new_articles_and_merges(tmp_path: Path) -> None:
    """The network keeps its ties until ties are stored again or actors are merged or split."""
    from tests.store.test_actors_store import store_corpus

    db = str(tmp_path / "ties.db")
    with Store(db) as store:
        store_corpus(store, ("a1",))
    with TestClient(create_app(db)) as test_client:
        def ties() -> list[tuple[str, str, int]]:
            edges = test_client.get("/api/network", params={"nodes": 50}).json()["edges"]
            return [(e["source_name"], e["target_name"], e["count"]) for e in edges if e["kind"] == "tie"]

        assert ties() == [("Anna Kovacs", "Hungarian government", 1)]
        with Store(db) as store:
            store_corpus(store, ("a2",))
        assert ties() == [("Anna Kovacs", "Hungarian government", 2)]
        with Store(db) as store:
            store.merge_actors("Vladimir Putin", "Anna Kovacs")
        assert ties() == [("Vladimir Putin", "Hungarian government", 2)]


def test_article_page_says_where_a_country_came_from(client: TestClient, web_store: Store) -> None:
    # a country the knowledge base did not give is shown with what gave it: the source, the words, the confidence
    for article in web_store.list_articles(limit=200):
        record = (web_store.get_article(article["id"]) or {}).get("record") or {}
        placed = [a for a in record.get("actors", [])
                  if a.get("country") and a.get("country_source") not in (None, "kb")]
        if placed:
            break
    else:
        pytest.skip("no actor placed by the text in the sample corpus")
    page = client.get(f"/articles/{quote(str(article['id']))}").text
    assert 'class="muted country-why"' in page
    actor = placed[0]
    if actor.get("country_evidence"):
        assert actor["country_evidence"]["text"].replace("'", "&#39;").replace('"', "&#34;") in page


def test_article_page_says_which_parties_were_inferred(tmp_path: Path) -> None:
    # a side the learned argument scorer filled (the event's "filled" key) is shown as inferred, with how sure it was
    db = str(tmp_path / "inferred.db")
    with Store(db) as store:
        ids = store_events(store, ("v1",))
        record = (store.get_article(ids["v1"][1]) or {})["record"]
        record["events"][0] = {**record["events"][0], "confidence": 0.71, "filled": {"recipient": 0.64}}
        store.save_records([(ids["v1"][0], record)], "test-model")
    with TestClient(create_app(db)) as test_client:
        page = test_client.get(f"/articles/{quote(ids['v1'][1])}").text
    assert "confidence 0.71" in page and '<span class="inferred">, recipient inferred (0.64)</span>' in page
    # the events page: the report says so, and the cluster marks the party no report names as the recipient
    with TestClient(create_app(db)) as test_client:
        page = test_client.get("/events?mode=visit").text
        clusters = test_client.get("/api/events?mode=visit").json()
    assert '<span class="inferred">, recipient inferred (0.64)</span>' in page
    assert '>Vladimir Putin</a> <span class="inferred"' in page and "(inferred)</span>" in page
    assert clusters["items"][0]["recipients"][0]["inferred"] is True
    with TestClient(create_app(db)) as test_client:
        table = test_client.get("/api/events?mode=visit&format=csv").text
    assert next(csv.DictReader(io.StringIO(table)))["inferred"] == "Vladimir Putin"
    # the network: the event edge counts the report, and its page says so (the drawing makes such an edge dotted)
    with TestClient(create_app(db)) as test_client:
        edges = test_client.get("/api/network").json()["edges"]
        page = test_client.get("/network").text
    [edge] = [e for e in edges if e["kind"] == "event"]
    assert (edge["source_name"], edge["target_name"], edge["reports"], edge["inferred"]) == (
        "Viktor Orban", "Vladimir Putin", 1, 1)
    assert "(1 inferred)</span>" in page
    with TestClient(create_app(db)) as test_client:  # Putin's dossier lists the visit with him as inferred recipient
        page = test_client.get("/actors/kb:Q7747").text
    assert 'Vladimir Putin <span class="inferred"' in page and "(inferred)</span>" in page
