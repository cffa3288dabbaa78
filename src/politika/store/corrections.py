"""The users' corrections of actors: merge two, split mentions off one. Each decision is kept (``actor_decisions``)
and applied again whenever the articles are analysed again; the articles it touches are indexed again at once
from their stored records, so their claims and events follow.

>>> merge_actors(engine, "Q7747", "Putin")["merged"]  # doctest: +SKIP
'putin'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from politika.errors import InputError
from politika.graph.actors import normalise, slug
from politika.store.actors import index_actors, recount, split_actor_pk
from politika.store.claims import index_claims, repoint_claims
from politika.store.events import index_events, repoint_events
from politika.store.refs import actor_row, actor_summary, find_actor
from politika.store.schema import (
    actor_decisions,
    actor_keys,
    actor_names,
    actor_ties,
    actors,
    article_actors,
    articles,
    records,
)
from politika.store.sql import insert_ignore, now


def reindex_articles(conn: sa.Connection, article_pks: Iterable[int]) -> None:
    """Index these articles again from their stored records (after a correction)."""
    pks = sorted(set(article_pks))
    for start in range(0, len(pks), 200):
        rows = conn.execute(sa.select(records.c.article_pk, records.c.record)
                            .where(records.c.article_pk.in_(pks[start:start + 200]))).all()
        index_actors(conn, [(pk, record) for pk, record in rows])
        index_claims(conn, [(pk, record) for pk, record in rows])  # their source and subject actors changed
        index_events(conn, [(pk, record) for pk, record in rows])


def _decide(conn: sa.Connection, action: str, payload: dict[str, Any]) -> None:
    conn.execute(actor_decisions.insert().values(action=action, payload=payload, created_at=now()))


def merge_actors(engine: sa.Engine, into: str, merged: str) -> dict[str, Any]:
    """Merge actor ``merged`` into actor ``into`` (names, ids or kb ids); the decision is kept, so articles
    analysed again later follow it (the merged actor's keys and names now lead to ``into``)."""
    with engine.begin() as conn:
        keep, gone = find_actor(conn, into), find_actor(conn, merged)
        if keep.pk == gone.pk:
            raise InputError(merged, f"is the same actor as {into!r} ({keep.key})")
        _decide(conn, "merge", {"into": keep.key, "merged": gone.key, "into_name": keep.name,
                                "merged_name": gone.name})
        conn.execute(actor_keys.update().where(actor_keys.c.actor_pk == gone.pk).values(actor_pk=keep.pk))
        names = conn.execute(sa.select(actor_names.c.name, actor_names.c.norm)
                             .where(actor_names.c.actor_pk == gone.pk)).all()
        if names:
            conn.execute(insert_ignore(conn, actor_names), [{"actor_pk": keep.pk, "name": n, "norm": m}
                                                             for n, m in names])
        conn.execute(article_actors.update().where(article_actors.c.actor_pk == gone.pk).values(actor_pk=keep.pk))
        repoint_claims(conn, gone.pk, keep.pk)
        repoint_events(conn, gone.pk, keep.pk)
        conn.execute(actor_ties.update().where(actor_ties.c.source_pk == gone.pk).values(source_pk=keep.pk))
        conn.execute(actor_ties.update().where(actor_ties.c.target_pk == gone.pk).values(target_pk=keep.pk))
        conn.execute(actor_ties.delete().where(actor_ties.c.source_pk == actor_ties.c.target_pk))
        updates = {c: gone._mapping[c] for c in ("kb_id", "country", "sector", "kind")
                   if keep._mapping[c] is None and gone._mapping[c] is not None}
        if updates:
            conn.execute(actors.update().where(actors.c.pk == keep.pk).values(**updates))
        conn.execute(actors.delete().where(actors.c.pk == gone.pk))
        recount(conn, [keep.pk])
        return actor_summary(actor_row(conn, keep.pk)) | {"merged": gone.key}


def split_actor(engine: sa.Engine, ref: str, alias: str | None = None, article: str | None = None) -> dict[str, Any]:
    """Split an actor: the mentions under ``alias``, or its appearance in ``article``, become an actor of their
    own. The decision is kept and applied again whenever those articles are analysed again."""
    if bool(alias) == bool(article):
        raise InputError(ref, "split needs either an alias or an article, not both")
    with engine.begin() as conn:
        row = find_actor(conn, ref)
        pks = {pk for (pk,) in conn.execute(sa.select(article_actors.c.article_pk)
                                            .where(article_actors.c.actor_pk == row.pk).distinct())}
        if alias:
            norm = normalise(alias)
            if not norm or norm == normalise(row.name):
                raise InputError(alias, f"is the name of {row.key} itself; split off one of its other names")
            payload = {"actor": row.key, "alias": alias, "norm": norm, "name": alias,
                       "new_key": f"{row.key}~{slug(alias)}"}
            conn.execute(actor_names.delete().where(actor_names.c.actor_pk == row.pk, actor_names.c.norm == norm))
        else:
            found = conn.execute(sa.select(articles.c.pk, articles.c.id).where(
                sa.or_(articles.c.id == article, articles.c.source_id == article))).first()
            if found is None or found.pk not in pks:
                raise InputError(str(article), f"{row.key} does not appear in this article (see `politika actor "
                                               f"{row.key}`)")
            payload = {"actor": row.key, "article": found.id, "name": row.name,
                       "new_key": f"{row.key}~article:{found.id}"}
            pks = {found.pk}
        _decide(conn, "split", payload)
        split_actor_pk(conn, payload, row.pk)
        reindex_articles(conn, pks)
        new = find_actor(conn, payload["new_key"])
        return actor_summary(new) | {"split_from": row.key}


__all__ = ["merge_actors", "reindex_articles", "split_actor"]
