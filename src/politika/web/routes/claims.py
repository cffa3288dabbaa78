"""Claims: who says what, across articles, with filters."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from politika.periods import check_period
from politika.store.claims import ClaimFilter
from politika.web.api_schema import ERRORS, TABLE, IsoDate
from politika.web.context import explorer, page_query, render
from politika.web.exports import Format, table_response

router = APIRouter(responses=ERRORS)
Ref = Annotated[str | None, Query(max_length=300)]


def claim_filter(source: Ref = None, about: Ref = None, article: Ref = None,
                 anonymous: Annotated[bool | None, Query(description="true: anonymous sources only; "
                                                                     "false: named sources only")] = None,
                 hedged: bool = False,
                 since: Annotated[IsoDate | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                 until: Annotated[IsoDate | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                 include_parts: Annotated[bool, Query(description="source and about with their parts: a state's "
                                                      "government, forces and office holders")] = False
                 ) -> ClaimFilter:
    check_period(since, until)
    return ClaimFilter(source=source or None, about=about or None, article=article or None, anonymous=anonymous,
                       hedged=hedged, since=since.isoformat() if since else None,
                       until=until.isoformat() if until else None, include_parts=include_parts)


Filters = Annotated[ClaimFilter, Depends(claim_filter)]


@router.get("/claims", response_class=HTMLResponse, include_in_schema=False)
def claims_page(request: Request, filters: Filters) -> Any:
    rows = explorer(request).store.claims(filters, limit=200)
    return render(request, "claims.html", rows=rows, f=filters, query=page_query(request))


@router.get("/api/claims", tags=["claims"], summary="Claims (attributions) across articles, latest first",
            responses=TABLE)
def claims_api(request: Request, filters: Filters, limit: Annotated[int, Query(ge=1, le=2000)] = 50,
               format: Format = "json") -> Any:
    return table_response(explorer(request).store.claims(filters, limit=limit), format, "claims")
