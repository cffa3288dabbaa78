"""The actor dossier, one for the CLI and the web: each list whole or cut to a page, with the totals counted apart.

A dossier of a country named in every article would take seconds whole, so ``actor_dossier`` can read one page of
each list (``limit`` rows from ``offset``; articles newest first, the other lists latest stored first: the order
the actor's index gives without sorting), count the rest with aggregate queries, take descriptors and roles from
the latest ``ROLE_APPEARANCES`` appearances, and find the co-mentioned actors in SQL over the
``CO_MENTION_ARTICLES`` articles stored last. Without ``limit`` every list is whole, in the same order.

>>> actor_dossier(engine, "Q159", limit=20)["counts"]["articles"]  # doctest: +SKIP
18269
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from politika.errors import InputError
from politika.store.claims import claims_query, select_claims
from politika.store.events import EventFilter, list_event_clusters
from politika.store.refs import actor_summary, find_actor
from politika.store.schema import (
    actor_keys,
    actor_names,
    actor_ties,
    actors,
    article_actors,
    articles,
    claim_subjects,
    claims,
    event_actors,
    event_cluster_members,
    event_clusters,
)

ROLE_APPEARANCES = 300  # the latest appearances read for descriptors and roles
CO_MENTION_ARTICLES = 500  # the latest articles searched for actors named beside this one
WALK_SHARE = 50  # an actor in at least 1/WALK_SHARE of the articles gets its page by walking the date index
EVENTS_SHOWN = 10


def _head(conn: sa.Connection, row: Any) -> dict[str, Any]:
    """An actor's summary with its names and knowledge-base ids: the top of every dossier."""
    dossier = actor_summary(row)
    names = sa.select(actor_names.c.name).where(actor_names.c.actor_pk == row.pk).order_by(actor_names.c.name)
    dossier["names"] = [n for (n,) in conn.execute(names)]
    dossier["kb_ids"] = sorted(k[3:] for (k,) in conn.execute(sa.select(actor_keys.c.key).where(
        actor_keys.c.actor_pk == row.pk, actor_keys.c.key.like("kb:%"))))
    return dossier


def _count(conn: sa.Connection, query: sa.Select[Any]) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(query.subquery())).scalar_one())


def _cluster_count(conn: sa.Connection, actor_pk: int, role: str) -> int:
    members = (sa.select(event_cluster_members.c.cluster_pk)
               .join(event_actors, event_actors.c.event_pk == event_cluster_members.c.event_pk)
               .where(event_actors.c.actor_pk == actor_pk, event_actors.c.role == role))
    return _count(conn, sa.select(event_clusters.c.pk).where(event_clusters.c.pk.in_(members),
                                                             event_clusters.c.modality == "asserted"))


def co_mentions(conn: sa.Connection, actor_pk: int, limit: int = 25,
                articles_read: int = CO_MENTION_ARTICLES) -> list[dict[str, Any]]:
    """Actors named in the same articles as ``actor_pk`` (its latest ``articles_read``), most shared first."""
    # The latest stored (not the latest dated): this reads the actor's index alone, without sorting by date.
    latest = (sa.select(article_actors.c.article_pk).where(article_actors.c.actor_pk == actor_pk)
              .order_by(article_actors.c.pk.desc()).limit(articles_read)).subquery()
    shared = sa.func.count(sa.distinct(article_actors.c.article_pk)).label("articles")
    query = (sa.select(actors.c.key, actors.c.name, shared)
             .join(actors, actors.c.pk == article_actors.c.actor_pk)
             .where(article_actors.c.article_pk.in_(sa.select(latest.c.article_pk)),
                    article_actors.c.actor_pk != actor_pk)
             .group_by(actors.c.key, actors.c.name).order_by(shared.desc(), actors.c.name).limit(limit))
    return [{"ref": row.key, "name": row.name, "articles": int(row.articles)} for row in conn.execute(query)]


def _articles_page(conn: sa.Connection, actor_pk: int, article_count: int, limit: int | None,
                   offset: int) -> list[dict[str, Any]]:
    """A page of the articles ``actor_pk`` appears in, newest first (undated last): ``id``, ``title``, ``date``,
    ``mentions`` and the names it goes by there (``as``)."""
    theirs = sa.select(article_actors.c.article_pk).where(article_actors.c.actor_pk == actor_pk)
    key: sa.ColumnElement[Any] = articles.c.pk
    if conn.dialect.name == "sqlite" and limit is not None:
        total = conn.execute(sa.select(sa.func.max(articles.c.pk))).scalar() or 0
        if article_count * WALK_SHARE >= total:
            # An actor in many articles: walk the date index and keep theirs, which finds a page after reading
            # about (offset + limit) × total / article_count index entries. Left to itself SQLite reads every
            # one of the actor's articles and sorts them (30 ms for a country in 18,749 articles, 4 ms this way);
            # ``pk + 0`` keeps it from looking the articles up by key. A rare actor's articles are few: sorting
            # them is the cheaper way, and walking the whole index would not be.
            key = articles.c.pk + 0
    page = (sa.select(articles.c.pk, articles.c.id, articles.c.title, articles.c.date).where(key.in_(theirs))
            .order_by(articles.c.date.desc().nulls_last(), articles.c.pk.desc()).limit(limit).offset(offset))
    listed = {row.pk: {"id": row.id, "title": row.title, "date": row.date, "mentions": 0, "as": []}
              for row in conn.execute(page)}
    if listed:
        # No ORDER BY here: sorting by the row key makes SQLite walk every row of the actor (its index on
        # actor_pk alone is in key order) instead of looking up the page's articles in (actor_pk, article_pk).
        found = conn.execute(sa.select(article_actors.c.pk, article_actors.c.article_pk, article_actors.c.name,
                                       article_actors.c.mention_count)
                             .where(article_actors.c.actor_pk == actor_pk,
                                    article_actors.c.article_pk.in_(list(listed)))).all()
        for item in sorted(found, key=lambda r: r.pk):
            entry = listed[item.article_pk]
            entry["mentions"] += item.mention_count
            if item.name not in entry["as"]:
                entry["as"].append(item.name)
    return list(listed.values())


def actor_dossier(engine: sa.Engine, ref: str, limit: int | None = None, offset: int = 0,
                  events_of: Callable[[str], dict[str, Any]] | None = None) -> dict[str, Any]:
    """The dossier of actor ``ref`` (name, id or kb id): each list whole, or one page of it (``limit`` rows from
    ``offset``), and ``counts`` of all.

    Keys: the actor's summary, ``names``, ``kb_ids``, ``descriptors``, ``roles``, ``ties``, ``articles``
    (a page of the articles it appears in, newest first: ``{"id", "title", "date", "mentions", "as"}``),
    ``said``, ``said_about``, ``events_as_actor``, ``events_as_recipient`` (the latest event clusters),
    ``co_mentioned``, ``counts``, ``limit`` and ``offset``. ``events_of(key)`` gives the event part (default
    ``dossier_events``)."""
    if (limit is not None and limit < 1) or offset < 0:
        raise InputError(f"limit {limit}, offset {offset}", "limit must be 1 or more and offset 0 or more")
    with engine.connect() as conn:
        row = find_actor(conn, ref)
        pk = row.pk
        dossier = _head(conn, row)
        # Descriptors and roles from the latest stored appearances: the actor's index on article_actors walks in
        # that order, so this reads its own rows only, however many articles the actor is in.
        mine = (sa.select(article_actors.c.article_pk, article_actors.c.name, article_actors.c.mention_count,
                          article_actors.c.descriptors, article_actors.c.roles, articles.c.id.label("article_id"))
                .join(articles, articles.c.pk == article_actors.c.article_pk).where(article_actors.c.actor_pk == pk)
                .order_by(article_actors.c.pk.desc()))
        descriptors: dict[str, list[str]] = {}
        roles: list[dict[str, Any]] = []
        for item in conn.execute(mine.limit(ROLE_APPEARANCES if limit is not None else None)):
            for text in item.descriptors or []:
                found = descriptors.setdefault(text, [])
                if item.article_id not in found:
                    found.append(item.article_id)
            roles += [{**role, "article": item.article_id} for role in item.roles or []]
        dossier["descriptors"] = [{"text": t, "articles": a} for t, a in descriptors.items()]
        dossier["roles"] = roles
        dossier["articles"] = _articles_page(conn, pk, int(row.article_count), limit, offset)
        dossier["ties"] = dossier_ties(conn, pk, limit, offset)
        # Latest stored first here too (``select_claims`` adds its date order after this one).
        by = claims_query().where(claims.c.source_actor_pk == pk).order_by(claims.c.pk.desc())
        about = claims_query().where(claims.c.pk.in_(sa.select(claim_subjects.c.claim_pk)
                                                     .where(claim_subjects.c.actor_pk == pk))
                                     ).order_by(claims.c.pk.desc())
        dossier["said"] = select_claims(conn, by.offset(offset), limit)
        dossier["said_about"] = select_claims(conn, about.offset(offset), limit)
        dossier["co_mentioned"] = co_mentions(conn, pk)
        dossier["counts"] = {
            "articles": int(row.article_count),  # kept up to date by store.actors.recount
            "ties": _count(conn, sa.select(actor_ties.c.pk).where(sa.or_(actor_ties.c.source_pk == pk,
                                                                         actor_ties.c.target_pk == pk))),
            "said": _count(conn, sa.select(claims.c.pk).where(claims.c.source_actor_pk == pk)),
            # (claim, actor) is claim_subjects' key: counting its rows counts the claims, from the index alone
            "said_about": _count(conn, sa.select(claim_subjects.c.claim_pk).where(claim_subjects.c.actor_pk == pk)),
        }
        key = row.key
    events = events_of(key) if events_of is not None else dossier_events(engine, key)
    dossier["counts"].update(events.pop("counts"))
    dossier.update(events)
    dossier["limit"], dossier["offset"] = limit, offset
    return dossier


def dossier_events(engine: sa.Engine, key: str) -> dict[str, Any]:
    """The event part of a dossier, by the actor's stored key: ``events_as_actor`` and ``events_as_recipient``
    (the latest ``EVENTS_SHOWN`` clusters in each role) and their ``counts``. Separate from ``actor_dossier`` so
    that a caller can keep it until the clusters change (the web explorer does: for an actor in thousands of
    clusters, ordering them by date is most of a dossier's time)."""
    with engine.connect() as conn:
        pk = int(find_actor(conn, key).pk)
        counts = {"events_as_actor": _cluster_count(conn, pk, "actor"),
                  "events_as_recipient": _cluster_count(conn, pk, "recipient")}
    return {"counts": counts,
            "events_as_actor": list_event_clusters(engine, EventFilter(actor=key), limit=EVENTS_SHOWN)
            if counts["events_as_actor"] else [],
            "events_as_recipient": list_event_clusters(engine, EventFilter(recipient=key), limit=EVENTS_SHOWN)
            if counts["events_as_recipient"] else []}


def dossier_ties(conn: sa.Connection, pk: int, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """The actor's ties, outgoing then incoming, each by article date; ``limit``/``offset`` page through that
    list in SQL (an actor in every article has thousands)."""
    other = actors.alias("other")
    out: list[dict[str, Any]] = []
    for direction, mine, theirs in (("out", actor_ties.c.source_pk, actor_ties.c.target_pk),
                                    ("in", actor_ties.c.target_pk, actor_ties.c.source_pk)):
        query = (sa.select(actor_ties, other.c.key.label("other_key"), other.c.name.label("other_name"),
                           articles.c.id.label("article_id"))
                 .join(other, other.c.pk == theirs).join(articles, articles.c.pk == actor_ties.c.article_pk)
                 .where(mine == pk).order_by(articles.c.date, actor_ties.c.pk))
        if limit is not None:
            if len(out) >= limit:
                break
            here = int(conn.execute(sa.select(sa.func.count()).select_from(actor_ties).where(mine == pk)).scalar_one())
            if offset >= here:
                offset -= here
                continue
            query, offset = query.limit(limit - len(out)).offset(offset), 0
        for tie in conn.execute(query):
            out.append({"type": tie.type, "direction": direction, "other": {"id": tie.other_key,
                                                                             "name": tie.other_name},
                        "evidence": tie.evidence, "sentence": tie.sentence_text, "article": tie.article_id})
    return out


__all__ = ["CO_MENTION_ARTICLES", "EVENTS_SHOWN", "ROLE_APPEARANCES", "WALK_SHARE", "actor_dossier", "co_mentions",
           "dossier_events", "dossier_ties"]
