"""Finding what a user names: a stored actor by key, kb id, pk or name; an article by id, id prefix or source id.

The modules that filter by actor or article (claims, events, causal links, the hierarchy) and the ones that index
and correct actors all resolve references here, so none of them imports another for it.

>>> find_actor(conn, "Q7747").key  # doctest: +SKIP
'kb:Q7747'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
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


class _MadeRow:
    """The row of an actor made in this transaction, as ``StoredActors.row`` gives it (attributes and
    ``_mapping``), from the values it was inserted with: no need to read it back."""

    def __init__(self, pk: int, values: Mapping[str, Any]) -> None:
        self._mapping = {"pk": pk, **values}

    def __getattr__(self, name: str) -> Any:
        try:
            return self._mapping[name]
        except KeyError:
            raise AttributeError(name) from None


class StoredActors:
    """``ActorLookup`` over the store, inside the current transaction (so actors made earlier in it count).

    Answers are remembered for one ``index_actors`` call, where the same names come back in article after
    article. ``prefetch`` reads the answers for a whole batch's keys and names in a few statements, and every
    write of the call tells the lookup what it changed (``made``, ``named``, ``updated``), which updates the
    remembered answers as a new read would give them; what it cannot update it forgets (``forget_*``), so an
    answer is never older than the rows it was read from.
    """

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self._memo: dict[tuple[str, str], Any] = {}
        self._rows: dict[int, Any] = {}
        self._names: set[tuple[int, str]] = set()  # (actor pk, name) pairs known to be stored
        self._names_read: set[str] = set()  # names whose stored pairs are all in ``_names``
        self._made: dict[int, Candidate] = {}  # actors made in this call, as made (until ``updated``)

    def _remember(self, key: tuple[str, str], read: Any) -> Any:
        if key not in self._memo:
            self._memo[key] = read()
        return self._memo[key]

    def prefetch(self, keys: Iterable[str], norms: Iterable[str], names: Iterable[str]) -> None:
        """Read at once what a batch will ask: the actors of these keys and normalised names, and which actors
        are stored under these names (``has_name``). Chunks of 500 keep each ``IN`` list short."""
        wanted_keys = sorted({fit_key(k) for k in keys} - {k for kind, k in self._memo if kind == "key"})
        for start in range(0, len(wanted_keys), 500):
            chunk = wanted_keys[start:start + 500]
            found = {row.found_key: row for row in self.conn.execute(
                sa.select(actors, actor_keys.c.key.label("found_key"))
                .join(actor_keys, actor_keys.c.actor_pk == actors.c.pk).where(actor_keys.c.key.in_(chunk)))}
            for key in chunk:
                row = found.get(key)
                self._memo[("key", key)] = _candidate(row) if row is not None else None
                if row is not None:
                    self._rows.setdefault(row.pk, row)
        wanted_norms = sorted({fit_key(n) for n in norms if n} - {k for kind, k in self._memo if kind == "name"})
        for start in range(0, len(wanted_norms), 500):
            chunk = wanted_norms[start:start + 500]
            by_norm: dict[str, dict[int, Any]] = {norm: {} for norm in chunk}
            for row in self.conn.execute(sa.select(actors, actor_names.c.norm.label("found_norm"))
                                         .join(actor_names, actor_names.c.actor_pk == actors.c.pk)
                                         .where(actor_names.c.norm.in_(chunk))):
                by_norm[row.found_norm][row.pk] = row
                self._rows.setdefault(row.pk, row)
            for norm, found_rows in by_norm.items():
                self._memo[("name", norm)] = [_candidate(found_rows[pk]) for pk in sorted(found_rows)]
        wanted_names = sorted(set(names) - self._names_read)
        for start in range(0, len(wanted_names), 500):
            chunk = wanted_names[start:start + 500]
            self._names |= {(pk, name) for pk, name in self.conn.execute(
                sa.select(actor_names.c.actor_pk, actor_names.c.name).where(actor_names.c.name.in_(chunk)))}
            self._names_read |= set(chunk)

    def has_name(self, pk: int, name: str) -> bool | None:
        """Whether actor ``pk`` is stored under ``name``; None when that name was not prefetched."""
        if (pk, name) in self._names:
            return True
        return False if name in self._names_read else None

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

    def made(self, pk: int, keys: Iterable[str], row: Mapping[str, Any]) -> None:
        """Actor ``pk`` was made from ``row`` (its columns) under ``keys``: they now find it."""
        candidate = Candidate(pk, row["key"], row["name"], row["type"], row["country"], row["kb_id"],
                              row["mention_count"])
        self._made[pk] = candidate
        self._rows[pk] = _MadeRow(pk, row)
        for key in keys:
            self._memo[("key", fit_key(key))] = candidate

    def named(self, pk: int, names: Iterable[tuple[str, str | None]], inserted: bool = True) -> None:
        """Actor ``pk`` is now stored under these ``(name, norm)`` pairs: ``inserted`` just now, or (False) an
        insert that a stored pair may have made a no-op, whose norms are then read again."""
        for name, norm in names:
            self._names.add((pk, name))
            if norm is None:
                continue
            self._memo.pop(("surname", norm.rsplit(" ", 1)[-1]), None)
            found = self._memo.get(("name", norm))
            if not inserted:
                self._memo.pop(("name", norm), None)
            elif found is not None and all(c.pk != pk for c in found):
                made = self._made.get(pk) or _candidate(self.row(pk))
                self._memo[("name", norm)] = sorted([*found, made], key=lambda c: c.pk)

    def updated(self, pk: int) -> None:
        """Actor ``pk``'s columns changed: the remembered answers that hold it get its new columns."""
        self._rows.pop(pk, None)
        self._made.pop(pk, None)
        fresh = _candidate(self.row(pk))
        for memo_key, value in self._memo.items():
            if isinstance(value, Candidate) and value.pk == pk:
                self._memo[memo_key] = fresh
            elif isinstance(value, list) and any(c.pk == pk for c in value):
                self._memo[memo_key] = [fresh if c.pk == pk else c for c in value]

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
