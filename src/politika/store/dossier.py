"""A paged actor dossier: what ``actor_dossier`` gives, each list cut to a page, with the totals counted apart.

``actor_dossier`` returns every article, tie and claim of an actor: fine for most actors, seconds for a country
named in every article. ``paged_dossier`` reads one page of each list (``limit`` rows from ``offset``, latest
stored first: the order the actor's index gives without sorting), counts the rest with aggregate queries, takes
descriptors and roles from the latest ``ROLE_APPEARANCES`` appearances, and finds the co-mentioned actors in SQL
over the ``CO_MENTION_ARTICLES`` articles stored last.

>>> paged_dossier(engine, "Q159", limit=20)["counts"]["articles"]  # doctest: +SKIP
18269
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from politika.errors import InputError
from politika.store.actors import _dossier_head, _dossier_ties, find_actor
from politika.store.claims import _base as _claims_base
from politika.store.claims import _select_claims
from politika.store.events import EventFilter, list_event_clusters
from politika.store.schema import (
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
EVENTS_SHOWN = 10


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


def paged_dossier(engine: sa.Engine, ref: str, limit: int = 50, offset: int = 0,
                  events_of: Callable[[sa.Engine, str], dict[str, Any]] | None = None) -> dict[str, Any]:
    """The dossier of actor ``ref`` (name, id or kb id) with one page of each list and ``counts`` of all.

    Keys: the actor's summary, ``names``, ``kb_ids``, ``descriptors``, ``roles``, ``ties``, ``articles``
    (a page of appearances, latest stored first, grouped by article: ``{"id", "title", "date", "mentions",
    "as"}``), ``said``, ``said_about``,
    ``events_as_actor``, ``events_as_recipient`` (the latest event clusters), ``co_mentioned``, ``counts``,
    ``limit`` and ``offset``. ``events_of`` gives the event part (default ``dossier_events``)."""
    if limit < 1 or offset < 0:
        raise InputError(f"limit {limit}, offset {offset}", "limit must be 1 or more and offset 0 or more")
    with engine.connect() as conn:
        row = find_actor(conn, ref)
        pk = row.pk
        dossier = _dossier_head(conn, row)
        # Latest stored first: the actor's index on article_actors walks in that order, so a page reads its own
        # rows only, however many articles the actor is in (ordering by article date would read them all).
        mine = (sa.select(article_actors.c.article_pk, article_actors.c.name, article_actors.c.mention_count,
                          article_actors.c.descriptors, article_actors.c.roles, articles.c.id.label("article_id"),
                          articles.c.title, articles.c.date)
                .join(articles, articles.c.pk == article_actors.c.article_pk).where(article_actors.c.actor_pk == pk)
                .order_by(article_actors.c.pk.desc()))
        descriptors: dict[str, list[str]] = {}
        roles: list[dict[str, Any]] = []
        for item in conn.execute(mine.limit(ROLE_APPEARANCES)):
            for text in item.descriptors or []:
                found = descriptors.setdefault(text, [])
                if item.article_id not in found:
                    found.append(item.article_id)
            roles += [{**role, "article": item.article_id} for role in item.roles or []]
        dossier["descriptors"] = [{"text": t, "articles": a} for t, a in descriptors.items()]
        dossier["roles"] = roles
        listed: dict[str, dict[str, Any]] = {}
        for item in conn.execute(mine.limit(limit).offset(offset)):  # a page of appearances, grouped by article
            entry = listed.setdefault(item.article_id, {"id": item.article_id, "title": item.title,
                                                        "date": item.date, "mentions": 0, "as": []})
            entry["mentions"] += item.mention_count
            if item.name not in entry["as"]:
                entry["as"].append(item.name)
        dossier["articles"] = list(listed.values())
        dossier["ties"] = _dossier_ties(conn, pk, limit, offset)
        # Latest stored first here too (``_select_claims`` adds its date order after this one).
        by = _claims_base().where(claims.c.source_actor_pk == pk).order_by(claims.c.pk.desc())
        about = _claims_base().where(claims.c.pk.in_(sa.select(claim_subjects.c.claim_pk)
                                                     .where(claim_subjects.c.actor_pk == pk))
                                     ).order_by(claims.c.pk.desc())
        dossier["said"] = _select_claims(conn, by.offset(offset), limit)
        dossier["said_about"] = _select_claims(conn, about.offset(offset), limit)
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
    events = (events_of or dossier_events)(engine, key)
    dossier["counts"].update(events.pop("counts"))
    dossier.update(events)
    dossier["limit"], dossier["offset"] = limit, offset
    return dossier


def dossier_events(engine: sa.Engine, key: str) -> dict[str, Any]:
    """The event part of a dossier, by the actor's stored key: ``events_as_actor`` and ``events_as_recipient``
    (the latest ``EVENTS_SHOWN`` clusters in each role) and their ``counts``. Separate from ``paged_dossier`` so
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


__all__ = ["CO_MENTION_ARTICLES", "ROLE_APPEARANCES", "co_mentions", "dossier_events", "paged_dossier"]
