"""Map: event clusters per country (a choropleth of the world drawn from a TopoJSON in static/vendor/) and per
place, with the events page's filters; JSON and CSV."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from politika.plover import EVENT_TYPES, QUAD_NAMES
from politika.store import Store
from politika.store.events import EventFilter
from politika.web.api_schema import ERRORS, TABLE
from politika.web.cache import cache_key, cached
from politika.web.context import explorer, page_query, render
from politika.web.exports import json_response, table_response
from politika.web.routes.events import Filters

router = APIRouter(responses=ERRORS)
PLACES_SHOWN = 100  # rows of the places table on the page (the CSV has all)


def cached_map(store: Store, filters: EventFilter) -> dict[str, Any]:
    """``event_map`` for these filters, recomputed only when the clusters change."""
    key = cache_key(store, "events", "event_map", tuple(vars(filters).items()))
    return cached(key, lambda: store.event_map(filters))


@router.get("/map", response_class=HTMLResponse, include_in_schema=False)
def map_page(request: Request, filters: Filters) -> Any:
    data = cached_map(explorer(request).store, filters)
    query = page_query(request)
    return render(request, "map.html", f=filters, data=data, types=EVENT_TYPES, quads=QUAD_NAMES, query=query,
                  events_query=page_query(request, "country"), places_shown=PLACES_SHOWN)


@router.get("/api/map", tags=["events"], summary="Event clusters per country (of their place, else of their actors) "
            "and per place; CSV: one row per country, or per place with table=places", responses=TABLE)
def map_api(request: Request, filters: Filters, format: Literal["json", "csv"] = "json",
            table: Literal["countries", "places"] = "countries") -> Any:
    data = cached_map(explorer(request).store, filters)
    if format == "csv":
        return table_response(data[table], "csv", f"map-{table}")
    return json_response(data)
