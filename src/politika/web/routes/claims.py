"""Claims: who says what, across articles, with filters."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from politika.periods import check_period
from politika.store import Store
from politika.store.claims import ClaimFilter, group_claims
from politika.web.api_schema import ERRORS, TABLE, IsoDate
from politika.web.cache import cached
from politika.web.context import explorer, page_query, render
from politika.web.exports import Every, Format, batches, download, json_response, stream_rows, table_response

router = APIRouter(responses=ERRORS)
Ref = Annotated[str | None, Query(max_length=300)]


def claim_filter(source: Ref = None, about: Ref = None, article: Ref = None,
                 site: Annotated[str | None, Query(max_length=200, description="the outlet, by any of its names "
                                                   "or its host")] = None,
                 anonymous: Annotated[bool | None, Query(description="true: anonymous sources only; "
                                                                     "false: named sources only")] = None,
                 hedged: bool = False,
                 since: Annotated[IsoDate | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                 until: Annotated[IsoDate | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                 include_parts: Annotated[bool, Query(description="source and about with their parts: a state's "
                                                      "government, forces and office holders")] = False
                 ) -> ClaimFilter:
    check_period(since, until)
    return ClaimFilter(source=source or None, about=about or None, article=article or None, site=site or None,
                       anonymous=anonymous,
                       hedged=hedged, since=since.isoformat() if since else None,
                       until=until.isoformat() if until else None, include_parts=include_parts)


Filters = Annotated[ClaimFilter, Depends(claim_filter)]


PAGE = 50  # claims per page (their duplicates grouped within it)
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


def claim_totals(store: Store, filters: ClaimFilter) -> dict[str, Any]:
    """How many claims ``filters`` keep and their counted facets, kept until articles are added or analysed again
    (the key holds the change counters of articles, appearances and claims, ties and events, which an analysis
    rewrites)."""
    key = ("claim_totals", store.url, store.version("articles", "appearances", "ties", "events"),
           tuple(vars(filters).items()))
    return cached(key, lambda: {"total": store.count_claims(filters), "facets": store.claim_facets(filters)})


@router.get("/claims", response_class=HTMLResponse, include_in_schema=False)
def claims_page(request: Request, filters: Filters, offset: Offset = 0) -> Any:
    store = explorer(request).store
    rows = store.claims(filters, limit=PAGE, offset=offset)
    totals = claim_totals(store, filters)
    return render(request, "claims.html", rows=rows, groups=group_claims(rows), f=filters, offset=offset, page=PAGE,
                  total=totals["total"], facets=totals["facets"], query=page_query(request))


@router.get("/api/claims", tags=["claims"], summary="Claims (attributions) across articles, latest first; JSON "
            "with the total under the filter", responses=TABLE)
def claims_api(request: Request, filters: Filters, limit: Annotated[int, Query(ge=1, le=2000)] = 50,
               offset: Offset = 0, format: Format = "json", every: Every = False) -> Any:
    store = explorer(request).store
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
