"""Counted facets: the values a list can be narrowed by, each with how many rows it keeps under the current filter,
and the outlets behind an outlet name (``politika.outlets``: "Metro" and ``metro.co.uk`` are one outlet).

Each function takes a query already narrowed by the list's filter (``Store._filtered``, ``claims._where``,
``events.filter_clusters``) and counts with ``GROUP BY`` over it, so a facet costs one grouped count per field.
A facet is a list of ``{"value": ..., "label": ..., "count": n}``, most first.

>>> from politika.store import Store
>>> Store(":memory:").article_facets()["outlets"]
[]
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import sqlalchemy as sa

from politika.outlets import outlet_key
from politika.store.events import asserted_events
from politika.store.schema import articles, claims, event_clusters, events

FACET_SIZE = 20  # values shown per facet (the most frequent)


def outlet_sites(conn: sa.Connection, name: str) -> list[str]:
    """The stored ``site`` values that are the outlet ``name`` (a name, a host or a URL), ``name`` itself among
    them, so that a filter on an outlet no article has yet still reads as that outlet."""
    key = outlet_key(name)
    found = {site for site in conn.execute(sa.select(articles.c.site).distinct()).scalars()
             if site and outlet_key(site) == key} if key else set()
    return sorted(found | {name})


def _facet(rows: Any, size: int = FACET_SIZE) -> list[dict[str, Any]]:
    counts = Counter({value: int(n) for value, n in rows if value is not None})
    return [{"value": value, "label": value, "count": n} for value, n in counts.most_common(size)]


def outlet_facet(rows: Any, size: int = FACET_SIZE) -> list[dict[str, Any]]:
    """``(site, n)`` rows merged by outlet key; the label is the site name the most rows carry, preferring a name
    to a host (the value filters by outlet, so any of its names would do)."""
    counts: Counter[str] = Counter()
    names: dict[str, Counter[str]] = {}
    for site, n in rows:
        if not site:
            continue
        key = outlet_key(site)
        counts[key] += int(n)
        names.setdefault(key, Counter())[site] += int(n)
    out = []
    for key, n in counts.most_common(size):
        label = max(names[key].items(), key=lambda item: ("." not in item[0], item[1], item[0]))[0]
        out.append({"value": label, "label": label, "count": n})
    return out


def article_facets(conn: sa.Connection, chosen: sa.Select[Any]) -> dict[str, list[dict[str, Any]]]:
    """Outlets, genres, languages and (asserted) event types of the articles ``chosen`` selects (a select of
    ``articles.pk`` narrowed by the filter)."""
    pks = chosen.subquery("chosen")
    picked = articles.c.pk.in_(sa.select(pks.c.pk))

    def grouped(column: sa.ColumnElement[Any]) -> Any:
        return conn.execute(sa.select(column, sa.func.count()).where(picked).group_by(column)).all()

    types = conn.execute(sa.select(events.c.type, sa.func.count(sa.distinct(events.c.article_pk)))
                         .where(events.c.article_pk.in_(sa.select(pks.c.pk)), *asserted_events())
                         .group_by(events.c.type)).all()
    return {"outlets": outlet_facet(grouped(articles.c.site)), "genres": _facet(grouped(articles.c.genre)),
            "languages": _facet(grouped(articles.c.language)), "event_types": _facet(types)}


def claim_facets(conn: sa.Connection, chosen: sa.Select[Any]) -> dict[str, list[dict[str, Any]]]:
    """Outlets, anonymous and hedged counts of the claims ``chosen`` selects (a select of ``claims.pk`` narrowed by
    the filter)."""
    pks = chosen.subquery("chosen")
    picked = claims.c.pk.in_(sa.select(pks.c.pk))
    sites = conn.execute(sa.select(articles.c.site, sa.func.count()).select_from(claims)
                         .join(articles, articles.c.pk == claims.c.article_pk).where(picked)
                         .group_by(articles.c.site)).all()
    def counted(condition: sa.ColumnElement[bool]) -> sa.ColumnElement[Any]:
        return sa.func.sum(sa.case((condition, 1), else_=0))

    flags = conn.execute(sa.select(counted(claims.c.anonymous.is_(True)),
                                   counted(sa.and_(claims.c.anonymous.is_(False), claims.c.source_text.is_not(None))),
                                   counted(claims.c.hedged.is_(True))).where(picked)).one()
    anonymous, named, hedged = (int(v or 0) for v in flags)
    # the values of ClaimFilter.anonymous: true anonymous sources only, false named sources only
    return {"outlets": outlet_facet(sites),
            "sources": [{"value": "true", "label": "anonymous", "count": anonymous},
                        {"value": "false", "label": "named", "count": named}],
            "hedged": [{"value": "true", "label": "hedged", "count": hedged}]}


def event_facets(conn: sa.Connection, chosen: sa.Select[Any]) -> dict[str, list[dict[str, Any]]]:
    """Types and place countries of the event clusters ``chosen`` selects (a select of ``event_clusters.pk``)."""
    pks = chosen.subquery("chosen")
    picked = event_clusters.c.pk.in_(sa.select(pks.c.pk))

    def grouped(column: sa.ColumnElement[Any]) -> Any:
        return conn.execute(sa.select(column, sa.func.count()).where(picked).group_by(column)).all()

    return {"types": _facet(grouped(event_clusters.c.type), size=32),
            "countries": _facet(grouped(event_clusters.c.location_country))}


__all__ = ["FACET_SIZE", "article_facets", "claim_facets", "event_facets", "outlet_facet", "outlet_sites"]
