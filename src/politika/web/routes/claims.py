"""Claims: who says what, across articles, with filters."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from politika.periods import check_period
from politika.store import Store
from politika.store.claims import ClaimFilter
from politika.web.api_schema import ERRORS, TABLE, IsoDate
from politika.web.cache import cached
from politika.web.context import explorer, page_query, render
from politika.web.exports import Every, Format, batches, download, json_response, stream_rows, table_response

router = APIRouter(responses=ERRORS)
Ref = Annotated[str | None, Query(max_length=300)]
# The names of before the CLI's --actor/--subject (links and bookmarks keep working); not in the API description.
Alias = Annotated[str | None, Query(max_length=300, include_in_schema=False)]


def claim_filter(actor: Annotated[str | None, Query(max_length=300, description="who said it: actor name, id or "
                                                    "kb id")] = None,
                 subject: Annotated[str | None, Query(max_length=300, description="an actor the claim is about: "
                                                      "name, id or kb id")] = None,
                 source: Alias = None, about: Alias = None, article: Ref = None,
                 site: Annotated[str | None, Query(max_length=200, description="the outlet, by any of its names "
                                                   "or its host")] = None,
                 anonymous: Annotated[bool | None, Query(description="true: anonymous sources only; "
                                                                     "false: named sources only")] = None,
                 hedged: bool = False,
                 since: Annotated[IsoDate | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                 until: Annotated[IsoDate | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                 include_parts: Annotated[bool, Query(description="actor and subject with their parts: a state's "
                                                      "government, forces and office holders")] = False
                 ) -> ClaimFilter:
    check_period(since, until)
    return ClaimFilter(source=actor or source or None, about=subject or about or None, article=article or None,
                       site=site or None, anonymous=anonymous,
                       hedged=hedged, since=since.isoformat() if since else None,
                       until=until.isoformat() if until else None, include_parts=include_parts)


Filters = Annotated[ClaimFilter, Depends(claim_filter)]


PAGE = 50  # quotes (or, not grouped, claims) per page
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
Grouped = Annotated[bool, Query(description="one item per quote across the whole filter (Store.quotes): the claims "
                                "of one quote under `reports`, `articles` how many articles report it; `total`, "
                                "`limit` and `offset` count quotes")]


def claim_totals(store: Store, filters: ClaimFilter) -> dict[str, Any]:
    """How many claims ``filters`` keep and their counted facets, kept until articles are added or analysed again
    (the key holds the change counters of articles, appearances and claims, ties and events, which an analysis
    rewrites)."""
    key = ("claim_totals", store.url, store.version("articles", "appearances", "ties", "events"),
           tuple(vars(filters).items()))
    return cached(key, lambda: {"total": store.count_claims(filters), "facets": store.claim_facets(filters)})


def quote_total(store: Store, filters: ClaimFilter) -> int:
    """How many quotes ``filters`` keep (``Store.count_quotes``), kept as ``claim_totals`` is."""
    key = ("quote_total", store.url, store.version("articles", "appearances", "ties", "events"),
           tuple(vars(filters).items()))
    return int(cached(key, lambda: store.count_quotes(filters)))


def quote_page(store: Store, filters: ClaimFilter, limit: int, offset: int) -> list[dict[str, Any]]:
    """One page of ``Store.quotes``, kept as ``claim_totals`` is (grouping reads every claim the filter keeps)."""
    key = ("quote_page", store.url, store.version("articles", "appearances", "ties", "events"),
           tuple(vars(filters).items()), limit, offset)
    return list(cached(key, lambda: store.quotes(filters, limit=limit, offset=offset)))


@router.get("/claims", response_class=HTMLResponse, include_in_schema=False)
def claims_page(request: Request, filters: Filters, offset: Offset = 0, grouped: Grouped = True) -> Any:
    store = explorer(request).store
    totals = claim_totals(store, filters)
    if grouped:  # one row per quote over the whole filter; the pager counts quotes
        rows = quote_page(store, filters, PAGE, offset)
        total, groups = quote_total(store, filters), rows
    else:
        rows = store.claims(filters, limit=PAGE, offset=offset)
        total, groups = totals["total"], [{**row, "reports": [row], "articles": 1} for row in rows]
    return render(request, "claims.html", rows=rows, groups=groups, f=filters, offset=offset, page=PAGE,
                  total=total, claims_total=totals["total"], grouped=grouped, facets=totals["facets"],
                  query=page_query(request))


@router.get("/api/claims", tags=["claims"], summary="Claims (attributions) across articles, latest first; JSON "
            "with the total under the filter", responses=TABLE)
def claims_api(request: Request, filters: Filters, limit: Annotated[int, Query(ge=1, le=2000)] = 50,
               offset: Offset = 0, format: Format = "json", every: Every = False, grouped: Grouped = False) -> Any:
    store = explorer(request).store
    if grouped and format == "json" and not every:
        extra = {"total": quote_total(store, filters), "claims": claim_totals(store, filters)["total"],
                 "limit": limit, "offset": offset, "grouped": True}
        return table_response(quote_page(store, filters, limit, offset), format, "claims", extra=extra)
    if every:  # CSV: the claims table of text columns (politika.export.claims)
        return stream_rows("claims", format, batches(lambda n, skip: store.claims(filters, limit=n, offset=skip)),
                           "claims", claim_totals(store, filters)["total"])
    rows = store.claims(filters, limit=limit, offset=offset)
    if format == "csv":
        return download("claims", "csv", rows, "claims")
    extra = {"total": claim_totals(store, filters)["total"], "limit": limit, "offset": offset}
    return table_response(rows, format, "claims", extra=extra)


@router.get("/api/claims/facets", tags=["claims"], summary="Counted facets of the claims under the filter: "
            "outlets, anonymous and named sources, hedged")
def claims_facets_api(request: Request, filters: Filters) -> Any:
    totals = claim_totals(explorer(request).store, filters)
    return json_response({"total": totals["total"], "facets": totals["facets"]})
