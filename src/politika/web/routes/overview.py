"""Overview: counts, articles over time, most-mentioned actors, events by type, strongest causal links, errors."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from politika.store import Store
from politika.store.aggregates import QUAD_NAMES
from politika.store.causal import CausalFilter
from politika.store.events import EventFilter
from politika.web.context import explorer, render
from politika.web.exports import json_response
from politika.web.routes.causal import full_map
from politika.web.routes.events import cached_counts

router = APIRouter()
_cache_lock = threading.Lock()
_timeline_cache: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
TIMELINE_ROWS = 500_000  # articles read to draw the timeline; beyond that it is a sample of the latest


def timeline(store: Store, stats: dict[str, Any]) -> list[dict[str, Any]]:
    """Articles per month, oldest first; recomputed only when the store's counts change."""
    key = (id(store), stats["articles"], tuple(sorted(stats["by_status"].items())), stats["last_date"])
    with _cache_lock:
        if key in _timeline_cache:
            return _timeline_cache[key]
    months = Counter((row["date"] or "")[:7] for row in store.list_articles(limit=TIMELINE_ROWS) if row["date"])
    result = [{"month": m, "articles": n} for m, n in sorted(months.items())]
    with _cache_lock:
        _timeline_cache.clear()
        _timeline_cache[key] = result
    return result


def strongest_links(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    """The causal edges stated by the most articles (the map is cached by the causal page's module)."""
    cmap = full_map(store, CausalFilter(), 1)
    return [{"cause": e.cause, "cause_name": cmap.name(e.cause), "effect": e.effect,
             "effect_name": cmap.name(e.effect), "polarity": e.polarity, "articles": e.articles,
             "sources": e.sources} for e in cmap.edges[:limit]]


def overview_data(store: Store) -> dict[str, Any]:
    stats = store.stats()
    return {
        "stats": stats,
        "timeline": timeline(store, stats),
        "actors": store.actors(limit=15),
        "errors": store.errors(limit=10),
        "events": cached_counts(store, EventFilter()),
        "quads": QUAD_NAMES,
        "causal": strongest_links(store),
    }


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(request: Request) -> Any:
    return render(request, "overview.html", **overview_data(explorer(request).store))


@router.get("/api/overview", tags=["overview"], summary="Counts, articles per month, top actors, events by type, "
            "strongest causal links, recent errors")
def overview_api(request: Request) -> Any:
    return json_response(overview_data(explorer(request).store))


@router.get("/api/errors", tags=["overview"], summary="The latest ingest errors")
def errors_api(request: Request) -> Any:
    return json_response({"items": explorer(request).store.errors(limit=200)})
