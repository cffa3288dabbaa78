"""Overview: counts, articles over time, most-mentioned actors, events by type, strongest causal links, errors."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from politika.plover import QUAD_NAMES
from politika.store import Store
from politika.store.causal import CausalFilter
from politika.store.events import EventFilter
from politika.web.api_schema import ERRORS
from politika.web.cache import cache_key, cached
from politika.web.context import explorer, render
from politika.web.exports import json_response
from politika.web.routes.causal import full_map
from politika.web.routes.events import cached_counts

router = APIRouter(responses=ERRORS)


def timeline(store: Store) -> list[dict[str, Any]]:
    """Articles per month, oldest first (``aggregates.article_months``), kept until articles are added or removed."""
    return cached(cache_key(store, "articles", "article_months"), store.article_months)


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
        "timeline": timeline(store),
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
