"""Counts the explorer's pages draw, computed in SQL so that a page over a big store reads a few rows.

- ``event_counts``: event clusters per month and PLOVER type (and so per quad class), with the same filters as
  ``list_event_clusters``;
- ``article_months``: articles per month, from the date index;
- ``ties_among``: the actor ties between a set of actors, aggregated per (source, target, type);
- ``event_edges_among``: the asserted events between a set of actors, aggregated per (actor, recipient, quad
  class);
- ``event_actors_ranked``: the actors in the most asserted events of a period and kind;
- ``causal_edge_counts``: the causal map's edges with their support, without reading every link;
- ``causal_quotes``: the evidence of one edge, latest first, paged;
- ``article_version``, ``causal_version``, ``event_version``, ``tie_version``: change counters of the tables
  under each page, for caches.

>>> event_counts(engine)["total"]  # doctest: +SKIP
110
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from politika.graph.causal_map import KIND_WEIGHT
from politika.plover import DEFAULT_MIN_CONFIDENCE, QUAD
from politika.store.causal import CausalFilter, filter_links
from politika.store.events import EventFilter, asserted_events, filter_clusters, quad_types
from politika.store.schema import (
    actor_decisions,
    actor_ties,
    actors,
    article_actors,
    articles,
    causal_decisions,
    causal_factor_keys,
    causal_factors,
    causal_links,
    claims,
    data_versions,
    event_actors,
    event_cluster_members,
    event_clusters,
    events,
)

CHUNK = 500  # actor pks per IN-list
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def event_counts(engine: sa.Engine, filters: EventFilter | None = None) -> dict[str, Any]:
    """Clusters passing ``filters``: ``total``, ``by_type`` and ``by_quad`` counts, and ``months`` (oldest first:
    ``{"month": "2024-07", "types": {TYPE: n}, "quads": {1: n, ...}, "clusters": n}``; undated clusters are
    counted in the totals only)."""
    month = sa.func.substr(event_clusters.c.date, 1, 7).label("month")
    with engine.connect() as conn:
        query = filter_clusters(conn, sa.select(month, event_clusters.c.type, sa.func.count().label("n"))
                             .select_from(event_clusters), filters or EventFilter())
        rows = conn.execute(query.group_by(month, event_clusters.c.type)).all()
    by_type: Counter[str] = Counter()
    months: dict[str, dict[str, Any]] = {}
    for row in rows:
        by_type[row.type] += int(row.n)
        if row.month:
            entry = months.setdefault(row.month, {"month": row.month, "types": {}, "quads": {}, "clusters": 0})
            entry["types"][row.type] = entry["types"].get(row.type, 0) + int(row.n)
            quad = QUAD.get(row.type, 0)
            entry["quads"][quad] = entry["quads"].get(quad, 0) + int(row.n)
            entry["clusters"] += int(row.n)
    by_quad: Counter[int] = Counter()
    for type_, n in by_type.items():
        by_quad[QUAD.get(type_, 0)] += n
    return {"total": sum(by_type.values()), "by_type": dict(by_type.most_common()),
            "by_quad": {q: by_quad[q] for q in sorted(by_quad)}, "months": [months[m] for m in sorted(months)]}


def article_months(engine: sa.Engine) -> list[dict[str, Any]]:
    """Articles per month (``{"month": "YYYY-MM", "articles": n}``), oldest first, every month from the first to
    the last present (an empty one with 0, so a chart of them is a time axis); undated articles left out.
    Counted from the index on ``articles.date``, without reading the rows."""
    month = sa.func.substr(articles.c.date, 1, 7)
    query = (sa.select(month.label("month"), sa.func.count().label("n")).where(articles.c.date.is_not(None))
             .group_by(month).order_by(month))
    with engine.connect() as conn:
        counts = {row.month: int(row.n) for row in conn.execute(query) if row.month}
    months = sorted(m for m in counts if _MONTH.fullmatch(m))
    if not months:
        return [{"month": m, "articles": n} for m, n in sorted(counts.items())]
    year, number = int(months[0][:4]), int(months[0][5:])
    out = []
    while (name := f"{year:04d}-{number:02d}") <= months[-1]:
        out.append({"month": name, "articles": counts.get(name, 0)})
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return out


def ties_among(engine: sa.Engine, actor_pks: Iterable[int]) -> list[dict[str, Any]]:
    """Ties whose source and target are both in ``actor_pks``, one row per (source, target, type): ``count``
    (distinct articles stating it) and one ``evidence`` sentence; most stated first."""
    pks = sorted(set(actor_pks))
    if not pks:
        return []
    count = sa.func.count(sa.distinct(actor_ties.c.article_pk)).label("count")
    query = (sa.select(actor_ties.c.source_pk, actor_ties.c.target_pk, actor_ties.c.type, count,
                       sa.func.min(actor_ties.c.sentence_text).label("evidence"))
             .where(actor_ties.c.source_pk.in_(pks), actor_ties.c.target_pk.in_(pks))
             .group_by(actor_ties.c.source_pk, actor_ties.c.target_pk, actor_ties.c.type)
             .order_by(count.desc(), actor_ties.c.source_pk, actor_ties.c.target_pk, actor_ties.c.type))
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(query)]


def event_actors_ranked(engine: sa.Engine, since: str | None = None, until: str | None = None,
                        event_type: str | None = None, quad: int | None = None, country: str | None = None,
                        type: str | None = None, limit: int = 100,
                        min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[dict[str, Any]]:
    """The actors in the most asserted event clusters, as actor or recipient, with the filters of
    ``event_edges_among`` on the events and ``country``/``type`` on the actors: ``actor_pk`` and ``clusters``,
    most first (ties broken by mentions). The network's nodes when its edges are filtered, so that a period or
    a kind of event shows the actors in it rather than the most mentioned of all time."""
    conditions = asserted_events(since, until, event_type, quad, min_confidence)
    for column, value in ((actors.c.country, country), (actors.c.type, type)):
        if value:
            conditions.append(column == value.upper())
    clusters = sa.func.count(sa.distinct(event_cluster_members.c.cluster_pk)).label("clusters")
    query = (sa.select(event_actors.c.actor_pk, clusters)
             .select_from(event_actors)
             .join(events, events.c.pk == event_actors.c.event_pk)
             .join(event_cluster_members, event_cluster_members.c.event_pk == events.c.pk)
             .join(actors, actors.c.pk == event_actors.c.actor_pk)
             .where(event_actors.c.role.in_(("actor", "recipient")), *conditions)
             .group_by(event_actors.c.actor_pk, actors.c.mention_count)
             .order_by(clusters.desc(), actors.c.mention_count.desc(), event_actors.c.actor_pk)
             .limit(limit))
    with engine.connect() as conn:
        return [{"actor_pk": int(r.actor_pk), "clusters": int(r.clusters)} for r in conn.execute(query)]


def event_edges_among(engine: sa.Engine, actor_pks: Iterable[int], since: str | None = None,
                      until: str | None = None, event_type: str | None = None, quad: int | None = None,
                      min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[dict[str, Any]]:
    """Asserted events (neither negated nor hypothetical) from an actor in ``actor_pks`` (role ``actor``) to
    another (role ``recipient``), one row per (source, target, quad class): ``source_pk``, ``target_pk``,
    ``quad``, ``clusters`` (distinct event clusters: the events), ``reports`` (the events as stored, one per
    sentence reporting them), ``inferred`` (those of the reports where the learned argument scorer, not the
    sentence's grammar, made the source or the target a party) and one ``evidence`` sentence; most clusters first.

    ``since``/``until`` (YYYY-MM-DD) keep events whose days reach into the period, as ``EventFilter`` does for
    clusters (undated events are left out then); ``event_type`` is a PLOVER type (any case), ``quad`` 1 to 4;
    ``min_confidence``: events at least this sure (the views' default; 0: every stored event). Bad values raise
    ``InputError``.

    >>> event_edges_among(engine, [1, 2], quad=4)  # doctest: +SKIP
    [{'source_pk': 1, 'target_pk': 2, 'quad': 4, 'clusters': 3, 'reports': 5, 'inferred': 0, 'evidence': '...'}]
    """
    conditions = asserted_events(since, until, event_type, quad, min_confidence)
    pks = sorted(set(actor_pks))
    if not pks:
        return []
    source, target = event_actors.alias("source"), event_actors.alias("target")
    quad_of = sa.case(*((events.c.type.in_(quad_types(n)), n) for n in (1, 2, 3, 4)), else_=0)
    # On SQLite, ``+ 0`` keeps the target's actor out of the lookup: with it, SQLite probed the
    # (event, actor, role) key once per target actor for every source row (100 × 93,742 probes for the top 100
    # actors of the 20,000-article benchmark store, 3.7 s); looking the event's recipients up and checking the
    # list took 0.6 s.
    target_actor = target.c.actor_pk + 0 if engine.dialect.name == "sqlite" else target.c.actor_pk
    out: list[dict[str, Any]] = []
    with engine.connect() as conn:
        # Chunks of sources × chunks of targets: each (source, target) pair falls in exactly one query.
        for s in range(0, len(pks), CHUNK):
            for t in range(0, len(pks), CHUNK):
                pairs = (sa.select(source.c.actor_pk.label("source_pk"), target.c.actor_pk.label("target_pk"),
                                   quad_of.label("quad"), events.c.pk.label("event_pk"),
                                   event_cluster_members.c.cluster_pk, events.c.sentence_text,
                                   sa.case((sa.or_(source.c.inferred.is_not(None), target.c.inferred.is_not(None)),
                                            events.c.pk)).label("inferred_pk"))
                         .select_from(source)
                         .join(events, events.c.pk == source.c.event_pk)
                         .join(target, target.c.event_pk == events.c.pk)
                         .outerjoin(event_cluster_members, event_cluster_members.c.event_pk == events.c.pk)
                         .where(source.c.role == "actor", target.c.role == "recipient",
                                source.c.actor_pk.in_(pks[s:s + CHUNK]), target_actor.in_(pks[t:t + CHUNK]),
                                *conditions)
                         .subquery())
                query = (sa.select(pairs.c.source_pk, pairs.c.target_pk, pairs.c.quad,
                                   sa.func.count(sa.distinct(pairs.c.cluster_pk)).label("clusters"),
                                   sa.func.count(sa.distinct(pairs.c.event_pk)).label("reports"),
                                   sa.func.count(sa.distinct(pairs.c.inferred_pk)).label("inferred"),
                                   sa.func.min(pairs.c.sentence_text).label("evidence"))
                         .group_by(pairs.c.source_pk, pairs.c.target_pk, pairs.c.quad))
                out += [{"source_pk": r.source_pk, "target_pk": r.target_pk, "quad": int(r.quad),
                         "clusters": int(r.clusters), "reports": int(r.reports), "inferred": int(r.inferred),
                         "evidence": r.evidence}
                        for r in conn.execute(query)]
    return sorted(out, key=lambda e: (-e["clusters"], -e["reports"], e["source_pk"], e["target_pk"], e["quad"]))


def _factor_joins() -> tuple[Any, Any, sa.Select[Any]]:
    cause_key, effect_key = causal_factor_keys.alias("ck"), causal_factor_keys.alias("ek")
    cause, effect = causal_factors.alias("cf"), causal_factors.alias("ef")
    base = (sa.select().select_from(causal_links)
            .join(articles, articles.c.pk == causal_links.c.article_pk)
            .join(cause_key, cause_key.c.key == causal_links.c.cause_key)
            .join(cause, cause.c.pk == cause_key.c.factor_pk)
            .join(effect_key, effect_key.c.key == causal_links.c.effect_key)
            .join(effect, effect.c.pk == effect_key.c.factor_pk))
    return cause, effect, base


def causal_edge_counts(engine: sa.Engine, filters: CausalFilter | None = None) -> list[dict[str, Any]]:
    """One row per (cause factor, effect factor, polarity) of the links passing ``filters``: the factors
    (``{"id", "name", "actor"}``), ``articles`` and ``sources`` (distinct), ``links`` and ``hedged`` counts.
    The input of :func:`politika.graph.causal_view.map_from_counts`; bad filters raise ``InputError``."""
    cause, effect, base = _factor_joins()
    hedged = sa.func.sum(sa.case((causal_links.c.hedged, 1), else_=0))
    evidence = sa.func.avg(sa.func.coalesce(causal_links.c.confidence, 1.0) * sa.case(
        *((causal_links.c.kind == kind, weight) for kind, weight in KIND_WEIGHT.items()), else_=1.0))
    group = (cause.c.key, cause.c.name, cause.c.actor_pk, effect.c.key, effect.c.name, effect.c.actor_pk,
             causal_links.c.polarity)
    query = base.add_columns(
        cause.c.key.label("cause_id"), cause.c.name.label("cause_name"), cause.c.actor_pk.label("cause_actor"),
        effect.c.key.label("effect_id"), effect.c.name.label("effect_name"), effect.c.actor_pk.label("effect_actor"),
        causal_links.c.polarity, sa.func.count(sa.distinct(causal_links.c.article_pk)).label("articles"),
        sa.func.count(sa.distinct(causal_links.c.source)).label("sources"), sa.func.count().label("links"),
        hedged.label("hedged"), evidence.label("evidence")).group_by(*group)
    with engine.connect() as conn:
        rows = conn.execute(filter_links(conn, query, filters or CausalFilter(), cause, effect)).all()
        actor_pks = {pk for row in rows for pk in (row.cause_actor, row.effect_actor) if pk is not None}
        named = {row.pk: {"id": row.key, "name": row.name} for row in conn.execute(
            sa.select(actors.c.pk, actors.c.key, actors.c.name).where(actors.c.pk.in_(sorted(actor_pks))))} \
            if actor_pks else {}
    return [{"cause": {"id": r.cause_id, "name": r.cause_name, "actor": named.get(r.cause_actor)},
             "effect": {"id": r.effect_id, "name": r.effect_name, "actor": named.get(r.effect_actor)},
             "polarity": "-" if r.polarity == "-" else "+", "articles": int(r.articles), "sources": int(r.sources),
             "links": int(r.links), "hedged": int(r.hedged or 0),
             "evidence": float(r.evidence) if r.evidence is not None else 1.0} for r in rows]


def causal_quotes(engine: sa.Engine, cause: str, effect: str, polarity: str | None = None, limit: int = 20,
                  offset: int = 0, filters: CausalFilter | None = None) -> dict[str, Any]:
    """The links from factor ``cause`` to factor ``effect`` (factor ids), latest first: ``{"total", "items"}``,
    each item the article (id, title, site, date), the sentence, the cause/effect/signal texts, the source,
    polarity and flags."""
    cause_f, effect_f, base = _factor_joins()
    condition = sa.and_(cause_f.c.key == cause, effect_f.c.key == effect)
    if polarity in ("+", "-"):
        condition = sa.and_(condition, causal_links.c.polarity == polarity)
    columns = (articles.c.id.label("article"), articles.c.title, articles.c.site, causal_links.c.date,
               causal_links.c.sentence, causal_links.c.sentence_text.label("quote"),
               causal_links.c.cause_text.label("cause"), causal_links.c.effect_text.label("effect"),
               causal_links.c.signal_text.label("signal"), causal_links.c.source, causal_links.c.polarity,
               causal_links.c.hedged, causal_links.c.negated, causal_links.c.confidence)
    with engine.connect() as conn:
        filtered = filter_links(conn, base.where(condition), filters or CausalFilter(), cause_f, effect_f)
        total = conn.execute(filtered.add_columns(sa.func.count())).scalar_one()
        query = (filtered.add_columns(*columns)
                 .order_by(causal_links.c.date.desc().nulls_last(), causal_links.c.pk.desc())
                 .limit(limit).offset(offset))
        items = [dict(row._mapping) for row in conn.execute(query)]
    return {"total": int(total), "items": items}


def _version(engine: sa.Engine, name: str, *tables: sa.Table) -> tuple[Any, ...]:
    """The change counter ``name`` on SQLite (moved by the engine at each write statement, ``store.versions``);
    elsewhere the count and the highest key of each of ``tables`` (PostgreSQL's sequences never hand a key out
    twice, so a delete followed by an insert still changes it)."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            return (conn.execute(sa.select(data_versions.c.n).where(data_versions.c.name == name)).scalar_one(),)
        return tuple(value for table in tables
                     for value in conn.execute(sa.select(sa.func.count(), sa.func.max(table.c.pk))).one())


def causal_version(engine: sa.Engine) -> tuple[Any, ...]:
    """Changes whenever links are added or removed or a factor decision is made: a key for caches of the map."""
    return _version(engine, "causal", causal_links, causal_decisions)


def article_version(engine: sa.Engine) -> tuple[Any, ...]:
    """Changes whenever articles are added or deleted (not when their status changes): a key for caches of what
    only the set of articles decides, such as the genres and languages a search form offers."""
    return _version(engine, "articles", articles)


def tie_version(engine: sa.Engine) -> tuple[Any, ...]:
    """Changes whenever ties are stored again or an actor is merged or split (which moves ties): a key for
    caches of ``ties_among``."""
    return _version(engine, "ties", actor_ties, actor_decisions)


def appearance_version(engine: sa.Engine) -> tuple[Any, ...]:
    """Changes whenever actors, their names, keys or appearances in articles, or claims are written (an article
    analysed, an actor merged or split): a key for caches of the actor dossier (migration 0012)."""
    return _version(engine, "appearances", article_actors, claims)


def event_version(engine: sa.Engine) -> tuple[Any, ...]:
    """Changes whenever clusters are made or remade (re-clustering replaces them): a key for caches of counts."""
    return _version(engine, "events", event_clusters)


__all__ = ["appearance_version", "article_months", "article_version", "causal_edge_counts", "causal_quotes",
           "causal_version", "event_actors_ranked", "event_counts", "event_edges_among", "event_version", "tie_version",
           "ties_among"]
