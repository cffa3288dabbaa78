"""The events and causal-map pages, the paged dossier and the SQL aggregates behind them (sample corpus store)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from politika.graph.causal_map import build_map
from politika.graph.causal_view import map_from_counts, top_factors
from politika.plover import QUAD, QUAD_NAMES
from politika.store import Store, dossier
from politika.store.actors import export_ties
from politika.store.aggregates import (
    causal_edge_counts,
    causal_quotes,
    event_counts,
    event_edges_among,
    ties_among,
)
from politika.store.causal import list_links
from politika.store.events import EventFilter, iter_events, list_event_clusters
from politika.web import create_app


@pytest.fixture(scope="module")
def client(web_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(web_db)) as test_client:
        yield test_client


# -- library ----------------------------------------------------------------------------------------------------


def test_event_counts_match_the_cluster_list(web_store: Store) -> None:
    everything = list_event_clusters(web_store.engine, limit=None)
    counts = event_counts(web_store.engine)
    assert counts["total"] == len(everything) > 0
    assert counts["by_type"] == {t: sum(1 for c in everything if c["type"] == t) for t in counts["by_type"]}
    assert sum(counts["by_quad"].values()) == counts["total"]
    assert sum(m["clusters"] for m in counts["months"]) == sum(1 for c in everything if c["date"])
    for quad in (1, 2, 3, 4):
        only = list_event_clusters(web_store.engine, EventFilter(quad=quad), limit=None)
        assert {QUAD[c["type"]] for c in only} <= {quad}
        assert event_counts(web_store.engine, EventFilter(quad=quad))["total"] == len(only)


def test_event_clusters_page_with_offset(web_store: Store) -> None:
    whole = [c["id"] for c in list_event_clusters(web_store.engine, limit=10)]
    assert [c["id"] for c in list_event_clusters(web_store.engine, limit=5, offset=5)] == whole[5:10]


def test_map_from_counts_is_the_map_of_the_links(web_store: Store) -> None:
    built = build_map(list_links(web_store.engine))
    counted = map_from_counts(causal_edge_counts(web_store.engine))
    assert built.edges, "the sample corpus has causal links"

    def edges(cmap: object) -> list[tuple[object, ...]]:
        return [(e.cause, e.effect, e.polarity, e.articles, e.sources, e.links, e.hedged, round(e.weight, 6),
                 e.contested) for e in cmap.edges]  # type: ignore[attr-defined]

    assert edges(counted) == edges(built)
    assert {f.id: f.links for f in counted.factors.values()} == {f.id: f.links for f in built.factors.values()}
    top = top_factors(counted, 10)
    assert len(top.factors) == 10
    assert all(e.cause in top.factors and e.effect in top.factors for e in top.edges)
    assert min(f.links for f in top.factors.values()) >= max(
        (f.links for f in counted.factors.values() if f.id not in top.factors), default=0)


def test_causal_quotes_of_an_edge(web_store: Store) -> None:
    edge = map_from_counts(causal_edge_counts(web_store.engine)).edges[0]
    found = causal_quotes(web_store.engine, edge.cause, edge.effect, edge.polarity)
    assert found["total"] == edge.links and len(found["items"]) == min(edge.links, 20)
    assert all(item["quote"] and item["article"] for item in found["items"])
    assert causal_quotes(web_store.engine, edge.cause, edge.effect, limit=1, offset=found["total"])["items"] == []


def test_ties_among_aggregates_like_export_ties(web_store: Store) -> None:
    top = [a["pk"] for a in web_store.actors(limit=200)]
    with web_store.engine.connect() as conn:
        expected = {(t["source_pk"], t["target_pk"], t["type"]): t["count"] for t in export_ties(conn)
                    if t["source_pk"] in top and t["target_pk"] in top}
    got = {(t["source_pk"], t["target_pk"], t["type"]): t["count"] for t in ties_among(web_store.engine, top)}
    assert got == expected and got


def test_paged_dossier_pages_and_counts(web_store: Store) -> None:
    actor = web_store.actors(limit=1)[0]
    full = web_store.actor(actor["id"])
    first = web_store.actor(actor["id"], limit=3)
    second = web_store.actor(actor["id"], limit=3, offset=3)
    # one dossier: the pages are slices of the whole lists, in the same order
    for key in ("articles", "ties", "said", "said_about"):
        assert first[key] + second[key] == full[key][:6], key
    assert first["counts"] == full["counts"]
    assert first["counts"]["articles"] == len(full["articles"]) == actor["article_count"]
    assert first["counts"]["said_about"] == len(full["said_about"])
    assert first["counts"]["said"] == len(full["said"])
    assert first["counts"]["ties"] == len(full["ties"])
    assert len(first["articles"]) == 3
    assert not {a["id"] for a in first["articles"]} & {a["id"] for a in second["articles"]}
    assert {a["id"] for a in first["articles"] + second["articles"]} <= {a["id"] for a in full["articles"]}
    def claim(c: dict[str, object]) -> tuple[object, ...]:
        return c["article"], c["sentence"], str(c["content"])

    assert len(first["said_about"]) == min(3, len(full["said_about"]))
    assert {claim(c) for c in first["said_about"]} <= {claim(c) for c in full["said_about"]}
    assert first["co_mentioned"] and all(c["name"] != actor["name"] for c in first["co_mentioned"])


@pytest.mark.parametrize("share", [1, 10**6])  # sort the actor's own articles; walk the date index
def test_paged_dossier_articles_newest_first(web_store: Store, share: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dossier, "WALK_SHARE", share)
    for actor in web_store.actors(limit=3):
        full = web_store.actor(actor["id"])
        pages = [web_store.actor(actor["id"], limit=2, offset=o)["articles"]
                 for o in range(0, actor["article_count"] + 2, 2)]
        shown = [a for page in pages for a in page]
        assert all(len(page) == 2 for page in pages[:actor["article_count"] // 2])
        assert sorted(a["id"] for a in shown) == sorted(a["id"] for a in full["articles"])  # each once
        dates = [a["date"] or "" for a in shown]
        assert dates == sorted(dates, key=lambda d: (d != "", d), reverse=True)  # newest first, undated last
        grouped = {a["id"]: a for a in full["articles"]}
        assert all(a["mentions"] == grouped[a["id"]]["mentions"] and set(a["as"]) == set(grouped[a["id"]]["as"])
                   for a in shown)


# -- pages and API ----------------------------------------------------------------------------------------------


def test_events_page_rows_open_their_sentences(client: TestClient) -> None:
    page = client.get("/events").text
    links = re.findall(r'href="/articles/([^"#]+)#e(\d+)"', page)
    assert links, "the events table links its sentences"
    article, index = links[0]
    shown = client.get(f"/articles/{article}").text
    assert f'data-ref="e{index}"' in shown  # the event is highlighted there, so #e{index} finds it


def test_events_page_uses_the_shared_pager(client: TestClient) -> None:
    total = client.get("/api/events", params={"limit": 1}).json()["total"]
    assert total > 1
    page = client.get("/events").text
    assert f"showing 1–{min(total, 50):,} of {total:,} event clusters" in page
    last = client.get("/events", params={"offset": total - 1}).text
    assert f"showing {total:,}–{total:,} of {total:,} event clusters" in last and 'rel="prev"' in last
    assert 'rel="next"' not in last
    kind = client.get("/api/events", params={"limit": 1}).json()["items"][0]["type"]
    by_name = client.get("/api/events", params={"event_type": kind}).json()
    assert by_name == client.get("/api/events", params={"type": kind}).json() and by_name["total"] >= 1
    assert f'<option value="{kind}" selected>' in client.get("/events", params={"event_type": kind}).text


def test_events_api_filters_pages_and_exports(client: TestClient) -> None:
    data = client.get("/api/events", params={"limit": 5}).json()
    assert data["total"] >= len(data["items"]) == 5
    assert client.get("/api/events", params={"limit": 5, "offset": 5}).json()["items"][0]["id"] not in {
        c["id"] for c in data["items"]}
    conflict = client.get("/api/events", params={"quad": 4, "limit": 500}).json()
    assert conflict["items"] and {QUAD[c["type"]] for c in conflict["items"]} == {4}
    csv = client.get("/api/events", params={"format": "csv", "limit": 5})
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0].startswith("id,date,date_end,type,quad") and len(csv.text.splitlines()) >= 6
    lines = client.get("/api/events.jsonl", params={"limit": 5}).text.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) >= 5 and all({"id", "date", "actor", "event"} <= set(r) for r in records)
    timeline = client.get("/api/events/timeline", params={"type": "CONSULT"}).json()
    assert set(timeline["by_type"]) <= {"CONSULT"}


def test_causal_map_api_and_exports(client: TestClient) -> None:
    data = client.get("/api/causal", params={"factors": 15}).json()
    ids = {f["id"] for f in data["factors"]}
    assert len(ids) == 15 <= data["total_factors"]
    assert all(e["cause"] in ids and e["effect"] in ids for e in data["edges"])
    graph = ET.fromstring(client.get("/api/causal.graphml", params={"factors": 15}).content)
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    assert len(graph.findall(f"{ns}graph/{ns}node")) == 15
    edge = client.get("/api/causal/edges", params={"factors": 2000}).json()["items"][0]
    quotes = client.get("/api/causal/evidence", params={"cause": edge["cause"], "effect": edge["effect"]}).json()
    assert quotes["total"] >= edge["articles"] and quotes["items"][0]["quote"]
    page = client.get("/causal", params={"cause": edge["cause"], "effect": edge["effect"], "factors": 2000}).text
    assert 'id="evidence-list"' in page


def _factor_with_effects(client: TestClient) -> str:
    edges = client.get("/api/causal/edges", params={"factors": 2000}).json()["items"]
    return str(edges[0]["cause"])


def test_whatif_shows_what_moves_and_how(client: TestClient) -> None:
    factor = _factor_with_effects(client)
    result = client.get("/api/causal/whatif", params={"factor": factor, "value": -1, "factors": 2000,
                                                      "steps": 3}).json()
    assert result["steps"] == 3 and result["moves"]
    move = result["moves"][0]
    assert move["paths"] and move["paths"][0]["factors"][0] == factor and move["paths"][0]["factors"][-1] == move["id"]
    page = client.get(f"/causal?factors=2000&factor={quote(factor)}&value=-1&steps=3").text
    assert 'id="whatif-result"' in page and 'id="whatif-moves"' in page


def test_overview_links_events_and_causal_map(client: TestClient) -> None:
    page = client.get("/").text
    assert 'href="/events"' in page and 'href="/causal"' in page
    assert 'id="event-types"' in page and 'id="strongest-links"' in page
    data = client.get("/api/overview").json()
    assert data["events"]["total"] > 0 and data["causal"]


def test_dossier_api_is_paged(client: TestClient, web_store: Store) -> None:
    actor = web_store.actors(limit=1)[0]
    data = client.get(f"/api/actors/{quote(actor['id'], safe='')}", params={"limit": 2}).json()
    assert len(data["articles"]) == 2 and data["counts"]["articles"] == actor["article_count"]
    assert data["limit"] == 2 and data["offset"] == 0


# -- the network: ties and events between the top actors ----------------------------------------------------------


def test_event_edges_among_the_top_actors_match_the_events(web_store: Store) -> None:
    top = {a["pk"]: a["id"] for a in web_store.actors(limit=2000)}
    counted: dict[tuple[str, str, int], int] = {}
    for item in iter_events(web_store.engine):
        for actor in item["actors"]:
            for recipient in item["recipients"]:
                key = (actor["id"], recipient["id"], QUAD[item["type"]])
                counted[key] = counted.get(key, 0) + 1
    got = {(top[e["source_pk"]], top[e["target_pk"]], e["quad"]): e["reports"]
           for e in event_edges_among(web_store.engine, top)}
    assert got == counted and got, "the sample corpus has events between actors"


def _network(client: TestClient, **params: object) -> dict[str, list[dict[str, object]]]:
    response = client.get("/api/network", params={"nodes": 2000, **params})
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def test_network_api_has_ties_and_event_edges(client: TestClient) -> None:
    data = _network(client)
    ids = {n["id"] for n in data["nodes"]}
    events = [e for e in data["edges"] if e["kind"] == "event"]
    ties = [e for e in data["edges"] if e["kind"] == "tie"]
    assert events and ties and len(events) + len(ties) == len(data["edges"])
    assert all(e["source"] in ids and e["target"] in ids for e in data["edges"])
    assert all(e["quad"] in (1, 2, 3, 4) and e["type"] == QUAD_NAMES[e["quad"]] for e in events)
    assert all(1 <= e["count"] <= e["reports"] for e in events)
    assert all(e["quad"] is None for e in ties)
    assert all(n["events"] is None for n in data["nodes"])  # unfiltered: the most mentioned
    # the filters narrow the event edges, and the nodes become the actors in the events they keep
    for params, keep in (({"quad": 4}, lambda e: e["quad"] == 4), ({"event_type": "CONSULT"}, lambda e: e["quad"] == 1),
                         ({"since": "2099-01-01"}, lambda e: False)):
        narrowed = _network(client, **params)
        narrowed_ids = {n["id"] for n in narrowed["nodes"]}
        assert narrowed_ids <= ids and all(n["events"] > 0 for n in narrowed["nodes"])
        assert [n["events"] for n in narrowed["nodes"]] == sorted((n["events"] for n in narrowed["nodes"]),
                                                                   reverse=True)
        assert all(e["source"] in narrowed_ids and e["target"] in narrowed_ids for e in narrowed["edges"])
        assert [e for e in narrowed["edges"] if e["kind"] == "tie"] == [
            e for e in ties if e["source"] in narrowed_ids and e["target"] in narrowed_ids]
        narrowed_events = [e for e in narrowed["edges"] if e["kind"] == "event"]
        assert all(keep(e) for e in narrowed_events), params
        assert {(e["source"], e["target"], e["quad"]) for e in narrowed_events} <= {
            (e["source"], e["target"], e["quad"]) for e in events}
        assert bool(narrowed_events) == (params != {"since": "2099-01-01"})
    assert _network(client, since="2099-01-01")["nodes"] == []
    dated = _network(client, since="2000-01-01", until="2099-12-31")
    assert 0 < sum(e["kind"] == "event" for e in dated["edges"]) <= len(events)  # undated events drop out
    few = _network(client, quad=4, nodes=2)
    assert few["nodes"] == _network(client, quad=4)["nodes"][:2]


def test_network_exports_show_the_same_edges(client: TestClient) -> None:
    params = {"nodes": 300, "quad": 4}
    data = client.get("/api/network", params=params).json()
    events = [e for e in data["edges"] if e["kind"] == "event"]
    assert events
    csv = client.get("/api/network/edges", params={**params, "format": "csv"})
    header, *rows = csv.text.splitlines()
    assert header.split(",")[:3] == ["kind", "source", "target"] and "quad" in header.split(",")
    assert len(rows) == len(data["edges"])
    graph = ET.fromstring(client.get("/api/network.graphml", params=params).content)
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    keys = {k.get("id"): k.get("attr.name") for k in graph.findall(f"{ns}key")}
    drawn = []
    for edge in graph.findall(f"{ns}graph/{ns}edge"):
        values = {keys[d.get("key")]: d.text for d in edge.findall(f"{ns}data")}
        drawn.append((edge.get("source"), edge.get("target"), values["kind"], values["type"], values.get("quad"),
                      int(values["count"])))
    shown = [(e["source"], e["target"], e["kind"], e["type"], None if e["quad"] is None else str(e["quad"]),
              e["count"]) for e in data["edges"]]
    assert sorted(drawn) == sorted(shown)  # type: ignore[type-var]
    assert {n.get("id") for n in graph.findall(f"{ns}graph/{ns}node")} == {n["id"] for n in data["nodes"]}


def test_network_page_lists_and_draws_event_edges(client: TestClient) -> None:
    page = client.get("/network", params={"nodes": 2000, "quad": 4, "since": "2000-01-01"}).text
    assert 'id="event-edge-table"' in page and 'class="event-row q4"' in page
    assert 'id="network-legend"' in page and "material conflict" in page
    assert '<option value="4" selected>' in page and 'value="2000-01-01"' in page
    data = json.loads(re.search(r'<script type="application/json" id="network-data">(.*?)</script>', page,
                                re.S).group(1))  # type: ignore[union-attr]
    assert any(e["kind"] == "event" and e["quad"] == 4 for e in data["edges"])
    assert not any(e["kind"] == "event" and e["quad"] != 4 for e in data["edges"])


@pytest.mark.parametrize("url", ["/api/network?since=2024-08-01&until=2024-07-01", "/network?since=yesterday",
                                 "/api/network?until=2024-02-30", "/api/network?event_type=DANCE",
                                 "/network?event_type=visit", "/api/network?quad=0", "/api/network/edges?quad=5",
                                 "/api/network.graphml?quad=x",
                                 "/api/network.graphml?since=2024-08-01&until=2024-07-01"])
def test_network_bad_parameters_are_4xx(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert 400 <= response.status_code < 500, (url, response.status_code)
    if "until=2024-07-01" in url:
        assert "ends" in response.text and "before it starts" in response.text


def test_the_events_pages_take_a_confidence(client: TestClient) -> None:
    """Issue 15 item 4: events under the default confidence are stored but hidden unless asked, on the pages too."""
    default = client.get("/api/events", params={"limit": 500}).json()["total"]
    every = client.get("/api/events", params={"limit": 500, "min_confidence": 0}).json()["total"]
    sure = client.get("/api/events", params={"limit": 500, "min_confidence": 0.9}).json()["total"]
    assert sure <= default < every
    page = client.get("/events", params={"min_confidence": 0}).text
    assert 'name="min_confidence" value="0.0"' in page
    shown = [float(c) for c in re.findall(r", confidence (\d\.\d\d)</span>", page)]
    assert shown and min(shown) < 0.5  # each report says how sure it is; under the default only when asked
    assert 'name="min_confidence" value="0.5"' in client.get("/events").text
    assert 'name="min_confidence" value="0.5"' in client.get("/map").text
    assert client.get("/api/events", params={"min_confidence": 1.5}).status_code == 422


def test_the_network_takes_a_confidence(client: TestClient) -> None:
    def event_edges(**params: object) -> set[tuple[str, str, int]]:
        data = _network(client, nodes=300, **params)
        return {(e["source"], e["target"], e["quad"]) for e in data["edges"] if e["kind"] == "event"}

    every, default = event_edges(min_confidence=0), event_edges()
    assert default < every  # hidden events draw no edge unless asked
    assert event_edges(min_confidence=0.99) <= default
    assert 'name="min_confidence" value="0.5"' in client.get("/network").text
    assert client.get("/api/network", params={"min_confidence": -1}).status_code == 422
