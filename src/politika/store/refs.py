"""Finding what a user names: a stored actor by key, kb id, pk or name; an article by id, id prefix or source id.

The modules that filter by actor or article (claims, events, causal links, the hierarchy) and the ones that index
and correct actors all resolve references here, so none of them imports another for it.

>>> find_actor(conn, "Q7747").key  # doctest: +SKIP
'kb:Q7747'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from politika.errors import InputError, NotFound
from politika.graph.actors import Candidate, normalise
from politika.keys import fit_key
from politika.store.schema import actor_keys, actor_names, actors, articles


def _candidate(row: Any) -> Candidate:
    return Candidate(row.pk, row.key, row.name, row.type, row.country, row.kb_id, row.mention_count)


_CANDIDATE_COLUMNS = (actors.c.pk, actors.c.key, actors.c.name, actors.c.type, actors.c.country, actors.c.kb_id,
                      actors.c.mention_count)


class StoredActors:
    """``ActorLookup`` over the store, inside the current transaction (so actors made earlier in it count).

    Answers are remembered for one ``index_actors`` call, where the same names come back in article after
    article; every write of the call tells the lookup what it changed (``forget_*``), so an answer is never
    older than the rows it was read from.
    """

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self._memo: dict[tuple[str, str], Any] = {}
        self._rows: dict[int, Any] = {}

    def _remember(self, key: tuple[str, str], read: Any) -> Any:
        if key not in self._memo:
            self._memo[key] = read()
        return self._memo[key]

    def by_key(self, key: str) -> Candidate | None:
        key = fit_key(key)

        def read() -> Candidate | None:
            row = self.conn.execute(sa.select(*_CANDIDATE_COLUMNS)
                                    .join(actor_keys, actor_keys.c.actor_pk == actors.c.pk)
                                    .where(actor_keys.c.key == key)).first()
            return _candidate(row) if row is not None else None
        return self._remember(("key", key), read)

    def _named(self, condition: sa.ColumnElement[bool]) -> list[Candidate]:
        pks = sa.select(actor_names.c.actor_pk).where(condition)
        rows = self.conn.execute(sa.select(*_CANDIDATE_COLUMNS).where(actors.c.pk.in_(pks)).order_by(actors.c.pk))
        return [_candidate(row) for row in rows]

    def by_name(self, norm: str) -> list[Candidate]:
        norm = fit_key(norm)
        return list(self._remember(("name", norm), lambda: self._named(actor_names.c.norm == norm)))

    def by_surname(self, word: str) -> list[Candidate]:
        return list(self._remember(("surname", word), lambda: [
            c for c in self._named(actor_names.c.norm.like(f"% {word}")) if c.type == "PERSON"]))

    def row(self, pk: int) -> Any:
        """The stored actor's row."""
        if pk not in self._rows:
            self._rows[pk] = self.conn.execute(sa.select(actors).where(actors.c.pk == pk)).one()
        return self._rows[pk]

    def forget_keys(self, keys: Iterable[str]) -> None:
        for key in keys:
            self._memo.pop(("key", key), None)

    def forget_names(self, norms: Iterable[str]) -> None:
        for norm in norms:
            self._memo.pop(("name", norm), None)
            self._memo.pop(("surname", norm.rsplit(" ", 1)[-1]), None)

    def forget_actor(self, pk: int) -> None:
        """An actor's columns changed: every remembered answer may hold the old ones."""
        self._memo.clear()
        self._rows.pop(pk, None)


def find_actor(conn: sa.Connection, ref: str) -> Any:
    """The stored actor ``ref`` names: a key (``kb:Q7747``), a kb id (``Q7747``), a number (pk) or a name."""
    ref = ref.strip()
    lookup = StoredActors(conn)
    for key in (ref, f"kb:{ref}"):
        found = lookup.by_key(key)
        if found is not None:
            return actor_row(conn, found.pk)
    if ref.isdigit() and (row := actor_row(conn, int(ref))) is not None:
        return row
    norm = normalise(ref)
    candidates = lookup.by_name(norm) if norm else []
    if not candidates and len(norm.split()) == 1:
        candidates = lookup.by_surname(norm)
    live = [c for c in candidates if c.mention_count > 0] or candidates
    if len(live) == 1:
        return actor_row(conn, live[0].pk)
    if not live:
        raise NotFound(ref, "no such actor in the store (see `politika actors`)")
    listed = ", ".join(f"{c.key} ({c.name})" for c in sorted(live, key=lambda c: -c.mention_count)[:8])
    raise InputError(ref, f"several actors have this name: {listed}; name one by its id")


def actor_row(conn: sa.Connection, pk: int) -> Any:
    """The actor row of ``pk``, or None."""
    return conn.execute(sa.select(actors).where(actors.c.pk == pk)).first()


def actor_summary(row: Any) -> dict[str, Any]:
    """An actor row as the dict the library returns: its key as ``id``."""
    data = dict(row._mapping)
    data["id"] = data.pop("key")
    data.pop("created_at", None)
    return data


def find_article(conn: sa.Connection, ref: str) -> int:
    """The key (pk) of the stored article ``ref`` names: its id, an id prefix or its source id."""
    for condition in (articles.c.id == ref, articles.c.source_id == ref):
        row = conn.execute(sa.select(articles.c.pk).where(condition).limit(1)).first()
        if row is not None:
            return int(row.pk)
    if re.fullmatch(r"[0-9a-f]{4,15}", ref):
        rows = conn.execute(sa.select(articles.c.pk).where(articles.c.id.like(f"{ref}%")).limit(2)).all()
        if len(rows) > 1:
            raise InputError(ref, "ambiguous id prefix: more than one article starts with it; give more characters")
        if rows:
            return int(rows[0].pk)
    raise NotFound(ref, "no such article in the store (see `politika articles`)")


__all__ = ["StoredActors", "actor_row", "actor_summary", "find_actor", "find_article"]
