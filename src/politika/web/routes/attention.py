"""Attention over time: articles per day, week or month for a search, an actor, an event type or a causal factor,
as a chart on the zero-filled axis the store gives and a table beneath it (what shows without JavaScript); JSON and
CSV twins. ``sparkline`` draws an actor's monthly attention as inline SVG for the dossier."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from politika.periods import check_period
from politika.store import Store
from politika.store.attention import TOP_OUTLETS, AttentionFilter
from politika.web.api_schema import ERRORS, TABLE, IsoDate
from politika.web.cache import cached
from politika.web.context import explorer, page_query, render
from politika.web.exports import table_response

router = APIRouter(responses=ERRORS)
Text = Annotated[str | None, Query(max_length=300)]
SPARK_WIDTH, SPARK_HEIGHT = 160, 28
T = TypeVar("T")


@dataclass
class AttentionRequest:
    """What the page and the API were asked: the store's filter and how to count."""

    filters: AttentionFilter
    by: str
    by_outlet: bool
    top: int


def attention_request(q: Annotated[str | None, Query(max_length=500, description="full-text search")] = None,
                      actor: Annotated[str | None, Query(max_length=300, description="actor name, id or kb id")]
                      = None,
                      include_parts: Annotated[bool, Query(description="the actor with its parts: a state's "
                                                           "government, forces and office holders")] = False,
                      event_type: Annotated[str | None, Query(max_length=20, description="PLOVER event type")]
                      = None,
                      factor: Annotated[str | None, Query(max_length=300, description="causal factor: name words "
                                                          "or id")] = None,
                      site: Annotated[str | None, Query(max_length=300, description="outlet")] = None,
                      since: Annotated[IsoDate | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                      until: Annotated[IsoDate | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                      by: Annotated[str, Query(max_length=10, description="day, week (ISO, from Monday) or month")]
                      = "month",
                      by_outlet: Annotated[bool, Query(description="split each bucket by outlet")] = False,
                      top: Annotated[int, Query(ge=1, le=20, description="outlets shown apart")] = TOP_OUTLETS
                      ) -> AttentionRequest:
    check_period(since, until)
    return AttentionRequest(AttentionFilter(query=q or None, actor=actor or None, include_parts=include_parts,
                                            event_type=event_type or None, factor=factor or None, site=site or None,
                                            since=since.isoformat() if since else None,
                                            until=until.isoformat() if until else None), by, by_outlet, top)


Asked = Annotated[AttentionRequest, Depends(attention_request)]


def kept(store: Store, name: str, params: tuple[Any, ...], compute: Callable[[], T]) -> T:
    """``compute()`` kept until articles, actors' appearances, ties and merges, events or causal links change (what
    it reads)."""
    key = (name, store.url, store.version("articles", "appearances", "ties", "events", "causal"), *params)
    return cached(key, compute)


def asked_params(asked: AttentionRequest) -> tuple[Any, ...]:
    return (tuple(vars(asked.filters).items()), asked.by, asked.by_outlet, asked.top)


def counted(store: Store, asked: AttentionRequest) -> dict[str, Any]:
    """``Store.attention`` for the request (bad values raise ``InputError``: a 400 naming the parameter)."""
    return kept(store, "attention", asked_params(asked), lambda: store.attention(
        asked.filters, by=asked.by, by_outlet=asked.by_outlet, top=asked.top))


def rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat row per bucket (CSV): the bucket, its days, the counts, then one column per outlet."""
    out = []
    for bucket in result["buckets"]:
        row = {k: v for k, v in bucket.items() if k != "outlets"}
        row.update({f"outlet: {name}": n for name, n in bucket.get("outlets", {}).items()})
        out.append(row)
    return out


def sparkline(result: dict[str, Any], label: str) -> Markup:
    """The buckets' article counts as a small inline SVG line (no script), titled and labelled with ``label``."""
    counts = [b["articles"] for b in result["buckets"]]
    counts = counts * 2 if len(counts) == 1 else counts  # one month: a flat line across
    most = max(counts, default=0) or 1
    step = SPARK_WIDTH / max(len(counts) - 1, 1)
    points = " ".join(f"{i * step:.1f},{SPARK_HEIGHT - 2 - (SPARK_HEIGHT - 4) * n / most:.1f}"
                      for i, n in enumerate(counts))
    text = escape(label)
    return Markup(f'<svg class="sparkline" role="img" aria-label="{text}" width="{SPARK_WIDTH}" '
                  f'height="{SPARK_HEIGHT}" viewBox="0 0 {SPARK_WIDTH} {SPARK_HEIGHT}"><title>{text}</title>'
                  f'<polyline fill="none" stroke="currentColor" stroke-width="1.5" points="{points}"/></svg>')


def actor_sparkline(store: Store, key: str, name: str) -> Markup | None:
    """The monthly attention of the actor ``key`` as a sparkline (None when it has no dated article)."""
    result = kept(store, "actor_attention", (key,), lambda: store.attention(AttentionFilter(actor=key), by="month"))
    if not result["buckets"]:
        return None
    first, last = result["buckets"][0]["bucket"], result["buckets"][-1]["bucket"]
    return sparkline(result, f"Articles mentioning {name} per month, {first} to {last}: {result['total']} in all")


@router.get("/attention", response_class=HTMLResponse, include_in_schema=False)
def attention_page(request: Request, asked: Asked) -> Any:
    app = explorer(request)
    result = counted(app.store, asked)
    # The chart's data and the table, kept with the counts: by day they are 1,800 rows, most of the page's time.
    chart = kept(app.store, "attention_chart", asked_params(asked), lambda: Markup(
        app.templates.env.get_template("_attention_chart.html").render(result=result)))
    return render(request, "attention.html", a=asked, f=asked.filters, result=result, chart=chart,
                  query=page_query(request))


@router.get("/api/attention", tags=["attention"], summary="Articles per day, week or month for a search, an actor, "
            "an event type or a causal factor, on a zero-filled axis; CSV: one row per bucket", responses=TABLE)
def attention_api(request: Request, asked: Asked, format: Literal["json", "csv"] = "json") -> Any:
    result = counted(explorer(request).store, asked)
    if format == "csv":
        return table_response(rows(result), "csv", "attention")
    return table_response(result["buckets"], "json", "attention",
                          extra={k: v for k, v in result.items() if k != "buckets"})
