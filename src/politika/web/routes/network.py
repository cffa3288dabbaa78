"""The actor network: the top actors as nodes; their ties and the events between them as edges; JSON, CSV and
GraphML of what is drawn."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from politika.periods import check_period
from politika.plover import DEFAULT_MIN_CONFIDENCE, EVENT_TYPES, QUAD_NAMES
from politika.store import Store
from politika.web.api_schema import ERRORS, TABLE, IsoDate
from politika.web.cache import cache_key, cached
from politika.web.context import explorer, page_query, render
from politika.web.exports import Format, download, json_response, table_response
from politika.web.routes.events import EventTypeName, MinConfidence

router = APIRouter(responses=ERRORS)
# The page draws at most this many actors, so it stays responsive on a big store.
Nodes = Annotated[int, Query(ge=1, le=2000, description="how many actors to draw: the most mentioned, or with an "
                             "event filter (since, until, event_type, quad) those in the most such events")]
Code = Annotated[str | None, Query(max_length=20)]
Day = Annotated[IsoDate | None, Query(description="YYYY-MM-DD, inclusive: events whose days reach this period")]


class NetworkQuery:
    """The network's parameters, the same for the page, the JSON, the CSV and the GraphML."""

    def __init__(self, nodes: Nodes = 100,
                 country: Annotated[str | None, Query(max_length=20, description="actors of this country "
                                                      "(ISO alpha-3)")] = None,
                 type: Annotated[str | None, Query(max_length=20, description="actors of this type (PERSON, "
                                                   "ORG, ...)")] = None,
                 since: Day = None, until: Day = None,
                 event_type: Annotated[EventTypeName | None,
                                       Query(description="only events of this PLOVER type")] = None,
                 quad: Annotated[int | None, Query(ge=1, le=4, description="only events of this quad class: 1 "
                                                  "verbal cooperation, 2 material cooperation, 3 verbal conflict, "
                                                  "4 material conflict")] = None,
                 min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE) -> None:
        check_period(since, until)
        self.nodes, self.country, self.type = nodes, country or None, type or None
        self.since = since.isoformat() if since else None
        self.until = until.isoformat() if until else None
        self.event_type, self.quad, self.min_confidence = event_type, quad, min_confidence

    @property
    def filters_events(self) -> bool:
        """Whether the events are filtered (the nodes are then the actors in the most events kept)."""
        return bool(self.since or self.until or self.event_type or self.quad
                    or self.min_confidence != DEFAULT_MIN_CONFIDENCE)


Params = Annotated[NetworkQuery, Depends(NetworkQuery)]


def _event_edges(store: Store, pks: list[int], q: NetworkQuery) -> list[dict[str, Any]]:
    """``event_edges_among`` for these actors and filters, kept until the event clusters change (it groups every
    event among them)."""
    key = cache_key(store, "events", "event_edges", tuple(sorted(pks)), q.since, q.until, q.event_type, q.quad,
                    q.min_confidence)
    return cached(key, lambda: store.event_edges_among(pks, since=q.since, until=q.until, event_type=q.event_type,
                                                       quad=q.quad, min_confidence=q.min_confidence))


def _nodes(store: Store, q: NetworkQuery) -> list[dict[str, Any]]:
    """The most mentioned actors; with an event filter, the actors in the most events it keeps (``events``: their
    clusters), so that a period or a kind of event shows who took part in it."""
    if not q.filters_events:
        return store.actors(country=q.country, type=q.type, limit=q.nodes)
    key = cache_key(store, "events", "event_nodes", q.since, q.until, q.event_type, q.quad, q.country, q.type,
                    q.nodes, q.min_confidence)
    ranked = cached(key, lambda: store.event_actors_ranked(since=q.since, until=q.until, event_type=q.event_type,
                                                           quad=q.quad, country=q.country, type=q.type,
                                                           limit=q.nodes, min_confidence=q.min_confidence))
    found = {a["pk"]: a for a in store.actors(pks=[r["actor_pk"] for r in ranked], limit=len(ranked))}
    return [{**found[r["actor_pk"]], "events": r["clusters"]} for r in ranked if r["actor_pk"] in found]


def _network(store: Store, q: NetworkQuery) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    top = _nodes(store, q)
    keys = {a["pk"]: a["id"] for a in top}
    names = {a["pk"]: a["name"] for a in top}

    def ends(row: dict[str, Any]) -> dict[str, Any]:
        return {"source": keys[row["source_pk"]], "target": keys[row["target_pk"]],
                "source_name": names[row["source_pk"]], "target_name": names[row["target_pk"]]}

    ties = cached(cache_key(store, "ties", "ties_among", tuple(sorted(keys))), lambda: store.ties_among(keys))
    edges = [{"kind": "tie", **ends(t), "type": t["type"], "quad": None, "count": t["count"], "reports": None,
              "inferred": None, "evidence": t["evidence"]} for t in ties]
    edges += [{"kind": "event", **ends(e), "type": QUAD_NAMES[e["quad"]], "quad": e["quad"], "count": e["clusters"],
               "reports": e["reports"], "inferred": e["inferred"], "evidence": e["evidence"]}
              for e in _event_edges(store, list(keys), q)]
    return top, edges


def network(store: Store, q: NetworkQuery) -> dict[str, Any]:
    """The ``q.nodes`` most mentioned actors (of ``q.country`` and ``q.type``; with an event filter, the actors in
    the most events it keeps) and the edges among them, each
    aggregated in SQL: ties (``kind`` "tie", one per source, target and tie type; ``count``: articles stating it)
    and events (``kind`` "event", one per actor, recipient and quad class, filtered by ``q.since``, ``q.until``,
    ``q.event_type``, ``q.quad`` and ``q.min_confidence``; ``count``: event clusters, ``reports``: the sentences
    reporting them, ``inferred``: those of the reports where the learned argument scorer, not the sentence's grammar,
    chose the actor or the recipient)."""
    top, edges = _network(store, q)
    nodes = [{"id": a["id"], "name": a["name"], "type": a["type"], "country": a["country"], "sector": a["sector"],
              "mentions": a["mention_count"], "articles": a["article_count"], "events": a.get("events")}
             for a in top]
    return {"nodes": nodes, "edges": edges}


@router.get("/network", response_class=HTMLResponse, include_in_schema=False)
def network_page(request: Request, q: Params) -> Any:
    data = network(explorer(request).store, q)
    return render(request, "network.html", data=data, q=q, types=EVENT_TYPES, quads=QUAD_NAMES,
                  ties=sum(1 for e in data["edges"] if e["kind"] == "tie"), query=page_query(request))


@router.get("/api/network", tags=["network"], summary="Nodes and edges (ties and events) of the actor network "
            "(top N actors)")
def network_api(request: Request, q: Params) -> Any:
    return json_response(network(explorer(request).store, q))


@router.get("/api/network/edges", tags=["network"], summary="The network's edges (ties and events) as CSV or JSON",
            responses=TABLE)
def network_edges_api(request: Request, q: Params, format: Format = "json") -> Any:
    return table_response(network(explorer(request).store, q)["edges"], format, "network-edges")


@router.get("/api/network.graphml", tags=["network"], summary="The drawn network (ties and events) as GraphML",
            response_class=Response, responses={200: {"content": {"application/graphml+xml": {}}}})
def network_graphml_api(request: Request, q: Params) -> Response:
    top, edges = _network(explorer(request).store, q)
    return download("network", "graphml", (top, edges), "network")
