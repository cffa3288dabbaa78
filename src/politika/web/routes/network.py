"""The actor network: the top actors as nodes, their ties as edges; JSON, CSV and GraphML of what is drawn."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from politika.graph.graphml import actor_graphml
from politika.store import Store
from politika.store.aggregates import ties_among
from politika.web.context import explorer, page_query, render
from politika.web.exports import Format, json_response, table_response

router = APIRouter()
# The page draws at most this many actors (the most mentioned), so it stays responsive on a big store.
Nodes = Annotated[int, Query(ge=1, le=2000, description="the most mentioned actors to draw")]
Code = Annotated[str | None, Query(max_length=20)]


def network(store: Store, limit: int, country: str | None = None, type: str | None = None) -> dict[str, Any]:
    """The ``limit`` most mentioned actors and the ties among them, aggregated per (source, target, type) in SQL."""
    top = store.actors(country=country or None, type=type or None, limit=limit)
    keys = {a["pk"]: a["id"] for a in top}
    names = {a["pk"]: a["name"] for a in top}
    edges = [{"source": keys[t["source_pk"]], "target": keys[t["target_pk"]], "source_name": names[t["source_pk"]],
              "target_name": names[t["target_pk"]], "type": t["type"], "count": t["count"],
              "evidence": t["evidence"]} for t in ties_among(store.engine, keys)]
    nodes = [{"id": a["id"], "name": a["name"], "type": a["type"], "country": a["country"], "sector": a["sector"],
              "mentions": a["mention_count"], "articles": a["article_count"]} for a in top]
    return {"nodes": nodes, "edges": edges}


@router.get("/network", response_class=HTMLResponse, include_in_schema=False)
def network_page(request: Request, nodes: Nodes = 100, country: Code = None, type: Code = None) -> Any:
    data = network(explorer(request).store, nodes, country, type)
    return render(request, "network.html", data=data, nodes=nodes, country=country or "", type=type or "",
                  query=page_query(request))


@router.get("/api/network", tags=["network"], summary="Nodes and edges of the actor network (top N actors)")
def network_api(request: Request, nodes: Nodes = 100, country: Code = None, type: Code = None) -> Any:
    return json_response(network(explorer(request).store, nodes, country, type))


@router.get("/api/network/edges", tags=["network"], summary="The network's edges as CSV or JSON")
def network_edges_api(request: Request, nodes: Nodes = 100, country: Code = None, type: Code = None,
                      format: Format = "json") -> Any:
    data = network(explorer(request).store, nodes, country, type)
    return table_response(data["edges"], format, "network-edges")


@router.get("/api/network.graphml", tags=["network"], summary="The drawn network as GraphML",
            response_class=Response, responses={200: {"content": {"application/graphml+xml": {}}}})
def network_graphml(request: Request, nodes: Nodes = 100, country: Code = None, type: Code = None) -> Response:
    store = explorer(request).store
    keep = {n["id"] for n in network(store, nodes, country, type)["nodes"]}
    tree = actor_graphml(store.engine)
    root = tree.getroot()
    graph = root.find("graph") if root is not None else None
    if graph is not None:
        for element in list(graph):
            tag = element.tag.rsplit("}", 1)[-1]
            if (tag == "node" and element.get("id") not in keep) or (
                    tag == "edge" and (element.get("source") not in keep or element.get("target") not in keep)):
                graph.remove(element)
    body = ET.tostring(root, encoding="unicode", xml_declaration=True) if root is not None else ""
    return Response(body, media_type="application/graphml+xml",
                    headers={"Content-Disposition": 'attachment; filename="network.graphml"'})
