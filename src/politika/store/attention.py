"""Attention over time: how many articles (and, for an event type, event reports) a search, an actor, an event
type or a causal factor got per day, ISO week or month, on an axis with no gaps.

The selectors narrow the articles together (all given must hold):

- ``query``: a full-text search (``store/fulltext.py``'s syntax; a query of stop words only finds nothing);
- ``actor``: the articles mentioning a stored actor (name, id or kb id), with ``include_parts`` its parts too
  (``store/hierarchy.py``), as the events, claims and causal filters read it;
- ``event_type``: the articles reporting an asserted event of that PLOVER type; each bucket also counts the
  ``reports`` (the events as stored, one per sentence reporting one);
- ``factor``: the articles of the causal links whose cause or effect factor matches (``factor_matches``: a
  factor's name or id), at the causal map's default confidence;
- ``site``, ``since``, ``until``: the outlet and the period, on the article's date.

Articles are placed by their own date. Those without one cannot be placed: they are counted apart
(``undated``), whatever the period asked, never dropped silently. The axis runs from the first bucket with an
article to the last (or over ``since``..``until`` when given), every bucket in it present, empty ones with 0.
A week is an ISO week: it starts on a Monday and is named ``2024-W27``; a month is named ``2024-07``.

>>> attention(engine, AttentionFilter(actor="Putin"), by="month")["buckets"][:2]  # doctest: +SKIP
[{'bucket': '2024-06', 'start': '2024-06-01', 'end': '2024-06-30', 'articles': 3},
 {'bucket': '2024-07', 'start': '2024-07-01', 'end': '2024-07-31', 'articles': 0}]
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from politika.defaults import BUCKETS, TOP_OUTLETS
from politika.errors import InputError
from politika.graph.causal_map import DEFAULT_MIN_CONFIDENCE
from politika.periods import check_period
from politika.store.causal import factor_matches
from politika.store.events import asserted_events, plover_type
from politika.store.fulltext import TS_CONFIG, to_fts5, to_tsquery
from politika.store.hierarchy import filter_actor_pks
from politika.store.schema import article_actors, articles, causal_factor_keys, causal_factors, causal_links, events
from politika.store.scripts import parse_any_script
from politika.store.sql import check_date

MAX_BUCKETS = 5000  # about 14 years of days: a longer axis asks for a coarser bucket
OTHER = "other"
NO_OUTLET = "(no outlet)"


@dataclass
class AttentionFilter:
    """What to count; ``None`` leaves a selector out (no selector at all: every article)."""

    query: str | None = None  # full-text search
    actor: str | None = None  # actor name, id or kb id
    include_parts: bool = False  # the actor with its parts (store/hierarchy.py)
    event_type: str | None = None  # PLOVER type, any case
    factor: str | None = None  # causal factor: name words or id
    site: str | None = None  # outlet
    since: str | None = None  # YYYY-MM-DD, inclusive, on the article's date
    until: str | None = None


def check_by(by: str) -> str:
    """``by`` as a bucket name (any case), or :class:`InputError` naming the parameter."""
    name = by.strip().lower()
    if name not in BUCKETS:
        raise InputError(by, "not a bucket; one of " + ", ".join(BUCKETS), option="by")
    return name


def bucket_start(day: dt.date, by: str) -> dt.date:
    """The first day of the bucket holding ``day``: itself, the Monday of its ISO week, the 1st of its month."""
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day


def next_start(start: dt.date, by: str) -> dt.date:
    """The first day of the bucket after the one starting on ``start``."""
    if by == "week":
        return start + dt.timedelta(days=7)
    if by == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start + dt.timedelta(days=1)


def bucket_name(start: dt.date, by: str) -> str:
    """``2024-07-05`` (day), ``2024-W27`` (ISO week, its year the ISO year), ``2024-07`` (month)."""
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return start.strftime("%Y-%m")
    return start.isoformat()


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _selected(conn: sa.Connection, filters: AttentionFilter) -> list[sa.ColumnElement[bool]] | None:
    """Conditions on ``articles`` for the selectors (the period left out); None when the search finds nothing."""
    conditions: list[sa.ColumnElement[bool]] = []
    if filters.query is not None:
        parsed = parse_any_script(conn, filters.query)  # names in either script (store/scripts.py)
        if parsed is None:
            return None
        if conn.dialect.name == "sqlite":
            fts = sa.table("articles_fts", sa.column("rowid"))
            match = sa.literal_column("articles_fts").op("MATCH")(to_fts5(parsed))
            conditions.append(articles.c.pk.in_(sa.select(fts.c.rowid).select_from(fts).where(match)))
        else:
            tsquery = sa.func.to_tsquery(sa.literal_column(f"'{TS_CONFIG}'"), to_tsquery(parsed))
            conditions.append(sa.literal_column("articles.search").op("@@")(tsquery))
    if filters.actor:
        pks = filter_actor_pks(conn, filters.actor, filters.include_parts)
        conditions.append(articles.c.pk.in_(sa.select(article_actors.c.article_pk)
                                            .where(article_actors.c.actor_pk.in_(pks))))
    if filters.event_type:
        conditions.append(articles.c.pk.in_(sa.select(events.c.article_pk).where(
            *asserted_events(event_type=filters.event_type))))
    if filters.factor is not None:
        conditions.append(articles.c.pk.in_(_factor_articles(filters.factor)))
    if filters.site:
        conditions.append(articles.c.site == filters.site)
    return conditions


def _factor_articles(text: str) -> sa.Select[Any]:
    cause_key, effect_key = causal_factor_keys.alias("ck"), causal_factor_keys.alias("ek")
    cause, effect = causal_factors.alias("cf"), causal_factors.alias("ef")
    return (sa.select(causal_links.c.article_pk)
            .join(cause_key, cause_key.c.key == causal_links.c.cause_key)
            .join(cause, cause.c.pk == cause_key.c.factor_pk)
            .join(effect_key, effect_key.c.key == causal_links.c.effect_key)
            .join(effect, effect.c.pk == effect_key.c.factor_pk)
            .where(sa.or_(factor_matches(cause, text), factor_matches(effect, text)),
                   sa.or_(causal_links.c.confidence.is_(None), causal_links.c.confidence >= DEFAULT_MIN_CONFIDENCE)))


def _period(filters: AttentionFilter) -> list[sa.ColumnElement[bool]]:
    conditions = []
    if filters.since:
        conditions.append(articles.c.date >= filters.since)
    if filters.until:
        conditions.append(articles.c.date <= filters.until)
    return conditions


def _axis(days: Iterable[dt.date], filters: AttentionFilter, by: str) -> list[dt.date]:
    """The starts of every bucket from the first to the last (``since``/``until`` when given)."""
    seen = sorted(days)
    first = _day(filters.since) or (seen[0] if seen else _day(filters.until))
    last = _day(filters.until) or (seen[-1] if seen else first)
    if first is None or last is None:
        return []
    starts = [bucket_start(first, by)]
    end = bucket_start(last, by)
    while starts[-1] < end:
        if len(starts) >= MAX_BUCKETS:
            raise InputError(by, f"the period {first}..{last} makes more than {MAX_BUCKETS} buckets; count by a "
                                 "longer one (week, month) or give since/until", option="by")
        starts.append(next_start(starts[-1], by))
    return starts


def attention(engine: sa.Engine, filters: AttentionFilter | None = None, by: str = "month",
              by_outlet: bool = False, top: int = TOP_OUTLETS) -> dict[str, Any]:
    """Articles per bucket for ``filters`` (see the module's text): ``{"by", "filters", "buckets", "total",
    "undated"}``, each bucket ``{"bucket", "start", "end", "articles"}``, oldest first, with ``reports`` when an
    event type is given (and ``reports`` in the totals), and with ``by_outlet`` an ``outlets`` mapping per bucket
    (the ``top`` outlets with the most articles in the period, then ``other``) and the list ``outlets``. Bad
    values raise ``InputError``."""
    filters = filters or AttentionFilter()
    by = check_by(by)
    check_date("since", filters.since)
    check_date("until", filters.until)
    check_period(filters.since, filters.until)
    if filters.event_type:
        plover_type(filters.event_type, "event_type")
    if top < 1:
        raise InputError(str(top), "show at least one outlet", option="top")
    site = sa.func.coalesce(articles.c.site, NO_OUTLET).label("site")
    per_day: Counter[dt.date] = Counter()
    per_outlet: Counter[tuple[dt.date, str]] = Counter()
    reports: Counter[dt.date] = Counter()
    undated = 0
    with engine.connect() as conn:
        selected = _selected(conn, filters)
        if selected is not None:
            columns = [articles.c.date, site] if by_outlet else [articles.c.date]
            query = (sa.select(*columns, sa.func.count().label("n"))
                     .where(articles.c.date.is_not(None), *selected, *_period(filters)).group_by(*columns))
            for row in conn.execute(query):
                day = _day(row.date)
                if day is None:  # a date the store could not read places nothing
                    undated += int(row.n)
                    continue
                per_day[day] += int(row.n)
                if by_outlet:
                    per_outlet[(day, row.site)] += int(row.n)
            undated += int(conn.execute(sa.select(sa.func.count()).select_from(articles)
                                        .where(articles.c.date.is_(None), *selected)).scalar_one())
            if filters.event_type:
                found = (sa.select(articles.c.date, sa.func.count().label("n"))
                         .select_from(events).join(articles, articles.c.pk == events.c.article_pk)
                         .where(articles.c.date.is_not(None), *selected, *_period(filters),
                                *asserted_events(event_type=filters.event_type))
                         .group_by(articles.c.date))
                for row in conn.execute(found):
                    day = _day(row.date)
                    if day is not None:
                        reports[day] += int(row.n)
    starts = _axis(per_day, filters, by)
    outlets: list[str] = []
    if by_outlet:
        totals: Counter[str] = Counter()
        for (_, name), n in per_outlet.items():
            totals[name] += n
        ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
        outlets = [name for name, _ in ranked[:top]] + ([OTHER] if len(ranked) > top else [])
    buckets: list[dict[str, Any]] = []
    index: dict[dt.date, dict[str, Any]] = {}
    for i, start in enumerate(starts):
        end = (starts[i + 1] if i + 1 < len(starts) else next_start(start, by)) - dt.timedelta(days=1)
        bucket: dict[str, Any] = {"bucket": bucket_name(start, by), "start": start.isoformat(),
                                  "end": end.isoformat(), "articles": 0}
        if filters.event_type:
            bucket["reports"] = 0
        if by_outlet:
            bucket["outlets"] = dict.fromkeys(outlets, 0)
        buckets.append(bucket)
        index[start] = bucket
    for day, n in per_day.items():
        index[bucket_start(day, by)]["articles"] += n
    for day, n in reports.items():
        index[bucket_start(day, by)]["reports"] += n
    for (day, name), n in per_outlet.items():
        shown = name if name in outlets[:top] else OTHER
        index[bucket_start(day, by)]["outlets"][shown] += n
    result: dict[str, Any] = {
        "by": by, "filters": {k: v for k, v in vars(filters).items() if v not in (None, False)},
        "buckets": buckets, "total": sum(per_day.values()), "undated": undated}
    if filters.event_type:
        result["reports"] = sum(reports.values())
    if by_outlet:
        result["outlets"] = outlets
    return result


__all__ = ["BUCKETS", "MAX_BUCKETS", "NO_OUTLET", "OTHER", "TOP_OUTLETS", "AttentionFilter", "attention",
           "bucket_name", "bucket_start", "check_by", "next_start"]
