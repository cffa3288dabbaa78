"""The causal map: the top factors by support and the signed links among them, loops, evidence and what-if.

The page draws at most ``factors`` factors (those in the most links): the map of a big store has thousands.
The full map is summed up in SQL (``Store.causal_edge_counts``) and kept per store state (``web.cache``), so a
page only cuts it. A search (``q``) centres the drawing on the factors it finds and their neighbours; the what-if
runs on the whole map (any factor can be set; one not in the map is said on the page) and the drawing is centred
on the set factor and what moves most.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from politika.errors import InputError, NotFound
from politika.graph.causal_map import DEFAULT_MIN_CONFIDENCE, CausalMap
from politika.graph.causal_view import around, map_from_counts, matching_factors, top_factors
from politika.graph.whatif import DEFAULT_STEPS, WhatIf, simulate
from politika.periods import check_period
from politika.store import Store
from politika.store.causal import CausalFilter
from politika.web.api_schema import ERRORS, TABLE, IsoDate
from politika.web.cache import cache_key, cached
from politika.web.context import explorer, page_query, render
from politika.web.exports import download, json_response, table_response

router = APIRouter(responses=ERRORS)
Factors = Annotated[int, Query(ge=1, le=2000, description="the factors in the most links to draw")]
MinSupport = Annotated[int, Query(ge=1, le=1000, description="leave out links stated by fewer articles")]
FactorId = Annotated[str, Query(min_length=1, max_length=300, description="a factor id (or name)")]
EDGES_LISTED = 200


def causal_filter(since: Annotated[IsoDate | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                  until: Annotated[IsoDate | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                  site: Annotated[str | None, Query(max_length=200, description="outlet")] = None,
                  actor: Annotated[str | None, Query(max_length=300, description="actor name, id or kb id")] = None,
                  min_confidence: Annotated[float, Query(ge=0, le=1, description="leave out links the causal layer "
                                                         "gave less confidence (0: every stored link)")]
                  = DEFAULT_MIN_CONFIDENCE,
                  include_parts: Annotated[bool, Query(description="the actor with its parts: a state's government, "
                                                       "forces and office holders")] = False) -> CausalFilter:
    check_period(since, until)
    return CausalFilter(since=since.isoformat() if since else None, until=until.isoformat() if until else None,
                        site=site or None, actor=actor or None, min_confidence=min_confidence,
                        include_parts=include_parts)


Filters = Annotated[CausalFilter, Depends(causal_filter)]


def full_map(store: Store, filters: CausalFilter, min_support: int) -> CausalMap:
    """The whole map for these filters, rebuilt only when the causal tables change."""
    key = cache_key(store, "causal", "causal_map", tuple(vars(filters).items()), min_support)
    return cached(key, lambda: map_from_counts(store.causal_edge_counts(filters), min_support))


def shown_map(store: Store, filters: CausalFilter, factors: int, min_support: int) -> tuple[CausalMap, int]:
    """The drawn map (the top ``factors`` factors) and the number of factors of the whole map."""
    whole = full_map(store, filters, min_support)
    return top_factors(whole, factors), len(whole.factors)


def drawing(cmap: CausalMap, result: WhatIf | None = None) -> dict[str, Any]:
    """Nodes and edges for the page's script: loops marked, what-if values on the factors that move."""
    in_loop = {(a, b) for loop in cmap.loops for a, b in zip(loop.factors, loop.factors[1:] + loop.factors[:1],
                                                            strict=True)}
    moved = {m.id: m.value for m in result.moves} if result else {}
    set_names = set(result.settings) if result else set()
    nodes = [{"id": f.id, "name": f.name, "links": f.links, "loop": any(f.id in pair for pair in in_loop),
              "value": moved.get(f.id), "set": f.name in set_names} for f in cmap.factors.values()]
    edges = [{"cause": e.cause, "effect": e.effect, "polarity": e.polarity, "articles": e.articles,
              "sources": e.sources, "weight": round(e.weight, 4), "contested": e.contested,
              "loop": (e.cause, e.effect) in in_loop} for e in cmap.edges]
    return {"nodes": nodes, "edges": edges}


def run_whatif(cmap: CausalMap, factor: str | None, value: float, steps: int) -> WhatIf | None:
    """What-if on ``cmap`` (the whole map: any factor can be set, not only those drawn)."""
    return simulate(cmap, {factor: value}, steps=steps) if factor else None


def centred_map(whole: CausalMap, factors: int, search: str | None, result: WhatIf | None) -> CausalMap:
    """The map to draw: centred on the factors a search finds, else on a what-if's set factor and the factors it
    moves most, else the top factors."""
    if search:
        return around(whole, matching_factors(whole, search)[:10], factors)
    if result is not None:
        by_name = {f.name: f.id for f in whole.factors.values()}
        centre = [by_name[name] for name in result.settings if name in by_name]
        return around(whole, centre + [m.id for m in result.moves[:factors // 2]], factors)
    return top_factors(whole, factors)


EVIDENCE_PAGE = 20  # evidence sentences of a link per page
SIMILAR_SHOWN = 5  # near factors kept apart, under a what-if
# A page compares names by meaning only in a store of at most this many factors: the server embeds every name once
# (about a second per thousand on a laptop's CPU), which a first page view must not wait for in a big store.
SIMILAR_EMBEDDED = 5_000


@router.get("/causal", response_class=HTMLResponse, include_in_schema=False)
def causal_page(request: Request, filters: Filters, factors: Factors = 60, min_support: MinSupport = 1,
                factor: Annotated[str | None, Query(max_length=300)] = None,
                value: Annotated[float, Query(ge=-1, le=1)] = 1.0,
                steps: Annotated[int, Query(ge=1, le=20)] = DEFAULT_STEPS,
                cause: Annotated[str | None, Query(max_length=300)] = None,
                effect: Annotated[str | None, Query(max_length=300)] = None,
                q: Annotated[str | None, Query(max_length=300)] = None,
                offset: Annotated[int, Query(ge=0, le=100_000, description="evidence sentences to skip")] = 0) -> Any:
    store = explorer(request).store
    whole = full_map(store, filters, min_support)
    total = len(whole.factors)
    problem = None
    try:
        result = run_whatif(whole, factor, value, steps)
    except InputError as exc:  # a factor not in the map: say so on the page, not a 404
        result, problem = None, str(exc)
    similar = None
    if result is not None and result.settings:  # the set factor's near factors that the map keeps apart
        try:  # by the name the what-if resolved ("indecisoin" sets "indecision")
            similar = store.similar_factors(next(iter(result.settings)), limit=SIMILAR_SHOWN,
                                            max_embedded=SIMILAR_EMBEDDED)
        except (InputError, NotFound):
            similar = None
    cmap = centred_map(whole, factors, q, result)
    found = len(matching_factors(whole, q)) if q else None
    evidence = (store.causal_quotes(cause, effect, limit=EVIDENCE_PAGE, offset=offset, filters=filters)
                if cause and effect else None)
    names = {f.id: f.name for f in cmap.factors.values()}
    return render(request, "causal.html", cmap=cmap, data=drawing(cmap, result), total=total, factors=factors,
                  min_support=min_support, f=filters, result=result, chosen=factor or "", value=value, steps=steps,
                  evidence=evidence, cause=cause, effect=effect, names=names, edges_listed=EDGES_LISTED,
                  search=q or "", found=found, problem=problem, offset=offset, page=EVIDENCE_PAGE, similar=similar,
                  evidence_query=page_query(request),
                  query=page_query(request, "factor", "value", "steps", "cause", "effect", "q"))


@router.get("/api/causal", tags=["causal"], summary="The drawn causal map: top factors, signed edges, loops")
def causal_api(request: Request, filters: Filters, factors: Factors = 60, min_support: MinSupport = 1) -> Any:
    cmap, total = shown_map(explorer(request).store, filters, factors, min_support)
    return json_response({**cmap.to_dict(), "total_factors": total})


@router.get("/api/causal/edges", tags=["causal"], summary="The drawn map's edges as CSV or JSON", responses=TABLE)
def causal_edges_api(request: Request, filters: Filters, factors: Factors = 60, min_support: MinSupport = 1,
                     format: Literal["json", "csv"] = "json") -> Any:
    cmap, _ = shown_map(explorer(request).store, filters, factors, min_support)
    rows = [{"cause": e.cause, "cause_name": cmap.name(e.cause), "effect": e.effect,
             "effect_name": cmap.name(e.effect), "polarity": e.polarity, "articles": e.articles,
             "sources": e.sources, "links": e.links, "hedged": e.hedged, "weight": round(e.weight, 4),
             "contested": e.contested} for e in cmap.edges]
    return table_response(rows, format, "causal-edges")


@router.get("/api/causal.graphml", tags=["causal"], summary="The drawn causal map as GraphML",
            response_class=Response, responses={200: {"content": {"application/graphml+xml": {}}}})
def causal_graphml(request: Request, filters: Filters, factors: Factors = 60, min_support: MinSupport = 1) -> Response:
    cmap, _ = shown_map(explorer(request).store, filters, factors, min_support)
    return download("causal", "graphml", cmap, "causal-map")


@router.get("/api/causal/evidence", tags=["causal"], summary="The sentences stating one edge, latest first")
def causal_evidence_api(request: Request, filters: Filters, cause: FactorId, effect: FactorId,
                        polarity: Literal["+", "-"] | None = None,
                        limit: Annotated[int, Query(ge=1, le=500)] = 20,
                        offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> Any:
    found = explorer(request).store.causal_quotes(cause, effect, polarity, limit, offset, filters)
    return json_response({**found, "limit": limit, "offset": offset})


@router.get("/api/causal/similar", tags=["causal"],
            summary="The factors near one that the map keeps apart, most similar first, with why")
def similar_api(request: Request, factor: FactorId, limit: Annotated[int, Query(ge=1, le=100)] = 10,
                offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> Any:
    found = explorer(request).store.similar_factors(factor, limit, offset, max_embedded=SIMILAR_EMBEDDED)
    return json_response({**found, "limit": limit, "offset": offset})


@router.get("/api/causal/whatif", tags=["causal"], summary="What-if on the whole map: set any factor, see what moves")
def whatif_api(request: Request, filters: Filters, factor: FactorId,
               value: Annotated[float, Query(ge=-1, le=1, description="the factor's value, -1 to +1")] = 1.0,
               steps: Annotated[int, Query(ge=1, le=20)] = DEFAULT_STEPS, factors: Factors = 60,
               min_support: MinSupport = 1) -> Any:
    whole = full_map(explorer(request).store, filters, min_support)
    result = run_whatif(whole, factor, value, steps)
    return json_response(result.to_dict() if result else {})
