"""Events: event clusters in a filterable table and a timeline by quad class; CSV, JSON and PLOVER JSONL exports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from politika.periods import check_period
from politika.plover import DEFAULT_MIN_CONFIDENCE, EVENT_TYPES, QUAD, QUAD_NAMES
from politika.store import Store
from politika.store.events import EventFilter
from politika.web.api_schema import ERRORS, TABLE, IsoDate
from politika.web.cache import cache_key, cached
from politika.web.context import explorer, page_query, render
from politika.web.exports import Every, batches, download, json_response, stream_rows, table_response

router = APIRouter(responses=ERRORS)
Ref = Annotated[str | None, Query(max_length=300, description="actor name, id or kb id")]
if TYPE_CHECKING:
    EventTypeName = str
else:  # the OpenAPI description lists the 16 names inline
    EventTypeName = Literal[EVENT_TYPES]
# The event views' confidence filter (the events page, its map, the network): as the CLI's --min-confidence.
MinConfidence = Annotated[float, Query(ge=0, le=1, description="events at least this sure (the event layer's "
                                       "calibrated confidence; a cluster counts when one of its reports is; 0: "
                                       "every stored event)")]
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=10_000)]
PAGE = 50


def cached_counts(store: Store, filters: EventFilter) -> dict[str, Any]:
    """``event_counts`` for these filters, recomputed only when the clusters change (it reads every cluster)."""
    key = cache_key(store, "events", "event_counts", tuple(vars(filters).items()))
    return cached(key, lambda: store.event_counts(filters))


def event_filter(event_type: Annotated[EventTypeName | None, Query(description="PLOVER event type (the CLI's "
                                                                "--event-type)")] = None,
                 type: Annotated[EventTypeName | None, Query(description="the same as event_type (its older "
                                                             "name); event_type wins where both are given")] = None,
                 quad: Annotated[int | None, Query(ge=1, le=4, description="1 verbal cooperation, 2 material "
                                                   "cooperation, 3 verbal conflict, 4 material conflict")] = None,
                 actor: Ref = None, recipient: Ref = None,
                 country: Annotated[str | None, Query(max_length=8, description="ISO alpha-3")] = None,
                 since: Annotated[IsoDate | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                 until: Annotated[IsoDate | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                 min_sources: Annotated[int, Query(ge=1, le=1000, description="outlets reporting it")] = 1,
                 include_negated: bool = False,
                 include_parts: Annotated[bool, Query(description="the actor and recipient with their parts: a "
                                                      "state's government, forces and office holders")] = False,
                 min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE) -> EventFilter:
    check_period(since, until)
    return EventFilter(type=event_type or type, quad=quad, actor=actor or None, recipient=recipient or None,
                       country=country or None, since=since.isoformat() if since else None,
                       until=until.isoformat() if until else None, min_sources=min_sources,
                       include_negated=include_negated, include_parts=include_parts, min_confidence=min_confidence)


Filters = Annotated[EventFilter, Depends(event_filter)]


def flat(cluster: dict[str, Any]) -> dict[str, Any]:
    """A cluster as one table row (CSV): names joined, the first report's sentence."""
    first = (cluster["reports"] or [{}])[0]
    return {"id": cluster["id"], "date": cluster["date"], "date_end": cluster["date_end"], "type": cluster["type"],
            "quad": QUAD.get(cluster["type"]), "mode": cluster["mode"],
            "actors": "; ".join(a["name"] for a in cluster["actors"]),
            "recipients": "; ".join(a["name"] for a in cluster["recipients"]),
            # the parties only the argument scorer chose (no report names them in their role)
            "inferred": "; ".join(a["name"] for a in cluster["actors"] + cluster["recipients"] if a.get("inferred")),
            "location": cluster["location"],
            "location_country": cluster["location_country"], "articles": cluster["articles"],
            "outlets": cluster["outlets"], "events": cluster["events"], "article": first.get("article"),
            "sentence_text": first.get("sentence_text")}


def event_page(store: Store, filters: EventFilter, limit: int, offset: int) -> dict[str, Any]:
    """The counts and one page of clusters; both kept until the clusters change (ordering the clusters by date
    reads them all on SQLite, which puts undated ones last with an expression no index serves)."""
    key = cache_key(store, "events", "event_page", tuple(vars(filters).items()), limit, offset)
    return {"counts": cached_counts(store, filters),
            "items": cached(key, lambda: store.events(filters, limit=limit, offset=offset))}


def cached_facets(store: Store, filters: EventFilter) -> dict[str, Any]:
    """The counted facets (types, place countries) of the clusters ``filters`` keep, until the clusters change."""
    key = cache_key(store, "events", "event_facets", tuple(vars(filters).items()))
    return cached(key, lambda: store.event_facets(filters))


@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events_page(request: Request, filters: Filters, offset: Offset = 0) -> Any:
    store = explorer(request).store
    data = event_page(store, filters, PAGE, offset)
    return render(request, "events.html", f=filters, rows=data["items"], counts=data["counts"], offset=offset,
                  facets=cached_facets(store, filters),
                  page=PAGE, types=EVENT_TYPES, quads=QUAD_NAMES, quad_of=QUAD, query=page_query(request))


@router.get("/api/events", tags=["events"], summary="Event clusters (latest first) with their reports; CSV: one row "
            "per cluster", responses=TABLE)
def events_api(request: Request, filters: Filters, limit: Limit = PAGE, offset: Offset = 0,
               format: Literal["json", "csv"] = "json", every: Every = False) -> Any:
    store = explorer(request).store
    if every:
        return stream_rows("table", format, batches(lambda n, skip: store.events(filters, limit=n, offset=skip)),
                           "events", cached_counts(store, filters)["total"], convert=flat if format == "csv" else None)
    data = event_page(store, filters, limit, offset)
    if format == "csv":
        return table_response([flat(c) for c in data["items"]], "csv", "events")
    return json_response({"total": data["counts"]["total"], "limit": limit, "offset": offset,
                          "items": data["items"]})


@router.get("/api/events/facets", tags=["events"], summary="Counted facets of the clusters under the filter: "
            "types and place countries")
def events_facets_api(request: Request, filters: Filters) -> Any:
    store = explorer(request).store
    return json_response({"total": cached_counts(store, filters)["total"], "facets": cached_facets(store, filters)})


@router.get("/api/events/timeline", tags=["events"], summary="Event clusters per month, PLOVER type and quad class")
def events_timeline_api(request: Request, filters: Filters) -> Any:
    return json_response(cached_counts(explorer(request).store, filters))


@router.get("/api/events.jsonl", tags=["events"], summary="The reports of the clusters shown, as PLOVER JSONL",
            response_class=Response, responses={200: {"content": {"application/x-ndjson": {}}}})
def events_plover(request: Request, filters: Filters, limit: Limit = PAGE, offset: Offset = 0,
                  every: Every = False) -> Response:
    store = explorer(request).store
    if every:  # the reports of every cluster under the filter (the cap counts clusters)
        pages = batches(lambda n, skip: store.events(filters, limit=n, offset=skip))
        return stream_rows("events", "plover", ([r for c in page for r in plover_reports(c)] for page in pages),
                           "events", cached_counts(store, filters)["total"])
    reports = [r for cluster in store.events(filters, limit=limit, offset=offset) for r in plover_reports(cluster)]
    return download("events", "plover", reports, "events")


def plover_reports(cluster: dict[str, Any]) -> list[dict[str, Any]]:
    """The reports of a cluster as ``politika.export.events.write_plover`` takes them."""
    return [{**report, "type": cluster["type"], "actor_spans": [], "recipient_spans": [],
             "cluster": {"id": cluster["id"], "articles": cluster["articles"], "outlets": cluster["outlets"]}}
            for report in cluster["reports"]]
