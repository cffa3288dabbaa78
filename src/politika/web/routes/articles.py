"""Search (full text and filters) and the article page with its layers highlighted in place."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from politika.errors import NotFound
from politika.periods import check_period
from politika.plover import EVENT_TYPES
from politika.store import Store
from politika.store.claims import shown
from politika.store.store import ArticleFilter
from politika.web.api_schema import ERRORS, TABLE, IsoDate
from politika.web.cache import cache_key, cached
from politika.web.context import explorer, page_query, render
from politika.web.exports import Every, Format, batches, json_response, stream_rows, table_response
from politika.web.highlight import LAYERS, paragraphs, record_marks

router = APIRouter(responses=ERRORS)
Text = Annotated[str | None, Query(max_length=200)]
DateParam = Annotated[IsoDate | None, Query(description="YYYY-MM-DD, inclusive")]
ActorRef = Annotated[str | None, Query(max_length=300, description="articles mentioning this actor: name, id or kb id")]
# Checked by the store, which answers a wrong type with its message (400), not a bare 422.
EventTypeParam = Annotated[str | None, Query(max_length=20, description="articles reporting an asserted event of "
                                                                        "this PLOVER type")]


def article_filter(site: Text = None, author: Text = None, genre: Text = None,
                   language: Annotated[str | None, Query(max_length=12)] = None,
                   since: DateParam = None, until: DateParam = None, actor: ActorRef = None,
                   event_type: EventTypeParam = None) -> ArticleFilter:
    check_period(since, until)
    return ArticleFilter(site=site or None, author=author or None, genre=genre or None, language=language or None,
                         since=since.isoformat() if since else None, until=until.isoformat() if until else None,
                         actor=actor or None, event_type=event_type or None)


Filters = Annotated[ArticleFilter, Depends(article_filter)]
SearchText = Annotated[str | None, Query(max_length=500, description="full-text query over titles and texts")]
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


def find_articles(store: Store, q: str | None, filters: ArticleFilter, limit: int, offset: int) -> list[dict[str, Any]]:
    """Full-text matches (best first) when ``q`` is given, else the latest articles; filters apply to both."""
    active = filters if any(vars(filters).values()) else None
    if q and q.strip():
        return store.search(q, active, limit=limit + offset)[offset:]
    return store.list_articles(active, limit=limit, offset=offset)


def form_choices(store: Store) -> tuple[list[str], list[str]]:
    """The genres and languages the search form offers, kept until articles are added or deleted
    (``Store.stats`` reads every article row: most of a search page's time on a big store)."""
    def choices() -> tuple[list[str], list[str]]:
        stats = store.stats()
        return sorted(stats["by_genre"]), sorted(stats["by_language"])
    return cached(cache_key(store, "articles", "search_choices"), choices)


def article_totals(store: Store, q: str | None, filters: ArticleFilter) -> dict[str, Any]:
    """How many articles match ``q`` and ``filters``, and their counted facets (outlets, genres, languages, event
    types); kept until articles are added or analysed again."""
    active = filters if any(vars(filters).values()) else None
    text = q.strip() if q and q.strip() else None
    key = ("article_totals", store.url, store.version("articles", "appearances", "ties", "events"), text,
           tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in vars(filters).items()))
    return cached(key, lambda: {"total": store.count_articles(active, text),
                                "facets": store.article_facets(active, text)})


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(request: Request, filters: Filters, q: SearchText = None, offset: Offset = 0) -> Any:
    store = explorer(request).store
    genres, languages = form_choices(store)
    rows = find_articles(store, q, filters, 50, offset)
    totals = article_totals(store, q, filters)
    return render(request, "search.html", q=q or "", filters=filters, rows=rows, offset=offset, page=50,
                  total=totals["total"], facets=totals["facets"], genres=genres, languages=languages,
                  event_types=EVENT_TYPES, query=page_query(request))


@router.get("/api/articles", tags=["articles"], summary="Search or list articles (CSV or JSON, with the total "
            "under the filter)", responses=TABLE)
def articles_api(request: Request, filters: Filters, q: SearchText = None, limit: Limit = 50, offset: Offset = 0,
                 format: Format = "json", every: Every = False) -> Any:
    store = explorer(request).store
    if every:
        return stream_rows("table", format, batches(lambda n, skip: find_articles(store, q, filters, n, skip)),
                           "articles", article_totals(store, q, filters)["total"])
    rows = find_articles(store, q, filters, limit, offset)
    if format == "csv":
        return table_response(rows, format, "articles")
    total = article_totals(store, q, filters)["total"]
    return table_response(rows, format, "articles", extra={"total": total, "limit": limit, "offset": offset})


@router.get("/api/articles/facets", tags=["articles"], summary="Counted facets of the articles a search or filter "
            "keeps: outlets, genres, languages, event types")
def articles_facets_api(request: Request, filters: Filters, q: SearchText = None) -> Any:
    return json_response(article_totals(explorer(request).store, q, filters))


def load_article(store: Store, article_id: str) -> dict[str, Any]:
    article = store.get_article(article_id)
    if article is None:
        raise NotFound(article_id, "no such article in the store")
    return article


@router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article_page(request: Request, article_id: str) -> Any:
    article = load_article(explorer(request).store, article_id)
    record = article.get("record") or {}
    text = article.get("text") or ""
    marks = record_marks(record)
    present = [layer for layer in LAYERS if any(m.layer == layer for m in marks)]
    names = {a.get("id"): a.get("name") for a in record.get("actors") or []}
    events = [{**e, "actor_names": [names[a] for a in e.get("actor") or [] if names.get(a)],
               "recipient_names": [names[a] for a in e.get("recipient") or [] if names.get(a)]}
              for e in record.get("events") or []]
    claims = [(n, q) for n, q in enumerate(record.get("attributions") or []) if shown(q)]  # as the marks
    return render(request, "article.html", article=article, record=record, paragraphs=paragraphs(text, marks),
                  layers=present, events=events, claims=claims,
                  record_json=json.dumps(record, ensure_ascii=False, indent=2) if record else "")


@router.get("/api/articles/{article_id}", tags=["articles"], summary="One article with its record and duplicates")
def article_api(request: Request, article_id: str) -> Any:
    return json_response(load_article(explorer(request).store, article_id))
