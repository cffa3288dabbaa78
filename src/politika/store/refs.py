"""Finding what a user names: a stored actor by key, kb id, pk or name; an article by id, id prefix or source id.

The modules that filter by actor or article (claims, events, causal links, the hierarchy) and the ones that index
and correct actors all resolve references here, so none of them imports another for it.

>>> find_actor(conn, "Q7747").key  # doctest: +SKIP
'kb:Q7747'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from operator import itemgetter
from typing import Any

import sqlalchemy as sa

from politika.errors import InputError, NotFound
from politika.graph.actors import Candidate, normalise
from politika.keys import fit_key
from politika.store.schema import actor_keys, actor_names, actors, articles
from politika.store.sql import among


def last_word(norm: str | None) -> str | None:
    """What ``actor_names.last_word`` holds for a name's ``norm``: its last word when it has two or more, the word
    a lone surname is looked up by ("vladimir putin" → "putin"; "putin" → None).

    >>> last_word("vladimir putin"), last_word("putin"), last_word(None)
    ('putin', None, None)
    """
    return norm.rsplit(" ", 1)[1] if norm and " " in norm else None


def name_row(actor_pk: int, name: str, norm: str | None) -> dict[str, Any]:
    """An ``actor_names`` row."""
    return {"actor_pk": actor_pk, "name": name, "norm": norm, "last_word": last_word(norm)}


def _candidate(row: Any) -> Candidate:
    return Candidate(row.pk, row.key, row.name, row.type, row.country, row.kb_id, row.mention_count)


# A Candidate's values in a row of ``select(actors, ...)`` (the table's columns first, in its order), taken by
# position: a row's attributes are looked up by name one at a time, and ``prefetch`` reads thousands of rows.
_CANDIDATE_AT = itemgetter(*(list(actors.c.keys()).index(name)
                             for name in ("pk", "key", "name", "type", "country", "kb_id", "mention_count")))


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
    article. ``prefetch`` reads the answers for a whole batch's keys, names and lone surnames in a few
    statements, and every write of the call tells the lookup what it changed (``made``, ``named``, ``updated``),
    which updates the remembered answers as a new read would give them; what it cannot update it forgets
    (``forget_*``), so an answer is never older than the rows it was read from.

    The candidates it hands out have the mention counts of the rows stored so far, the call's own records included
    (``add_mentions``), as if each record were saved in a batch of its own: ``graph.actors._best`` takes the most
    mentioned, and with the counts of the batch's start where the records are cut into batches decided which actor
    a name joins (issue 18).

    Names may be handed to ``unwritten`` instead of inserted, new actors (with keys from ``new_pks``) to
    ``unmade`` and stored actors' new columns to ``unupdated`` (``index_actors`` does, for a whole batch): they
    are written by ``write_names`` and ``write_actors``, which every read of the actor tables here calls first, so
    a read sees them; a writer of those tables calls ``write_actors`` first.
    """

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self._memo: dict[tuple[str, str], Any] = {}
        self._rows: dict[int, Any] = {}
        self._names: set[tuple[int, str]] = set()  # (actor pk, name) pairs known to be stored
        self._names_read: set[str] = set()  # names whose stored pairs are all in ``_names``
        self._made: dict[int, Candidate] = {}  # actors made in this call, as made (until ``updated``)
        self.unwritten: dict[tuple[int, str], dict[str, Any]] = {}  # actor_names rows for ``write_names``
        # pk → (actors row with its pk, keys), in the order made: ``write_actors``
        self.unmade: dict[int, tuple[dict[str, Any], list[str]]] = {}
        self.unupdated: dict[int, dict[str, Any]] = {}  # stored actor pk → columns to update: ``write_actors``
        self._holding: dict[int, set[tuple[str, str]]] = {}  # actor pk → the remembered answers that may hold it
        self._next_pk: int | None = None  # SQLite: the key the next new actor gets
        self._spare_pks: list[int] = []  # PostgreSQL: keys drawn from the sequence, not used yet
        # actor pk → the mentions of the call's records indexed so far, less those of the rows they replaced:
        # added to the counts the answers were read with when they are handed out (``add_mentions``)
        self._mentions: dict[int, int] = {}

    def new_pks(self, count: int) -> list[int]:
        """Keys for ``count`` new actors, as inserting them now would give them: on SQLite the largest stored key
        + 1, ... (the transaction holds the write lock; the table is not AUTOINCREMENT), on PostgreSQL from the
        table's sequence, drawn 100 at a time (the unused ones are a gap, as after a rollback)."""
        if self.conn.dialect.name != "postgresql":
            if self._next_pk is None:
                self.write_actors()
                self._next_pk = int(self.conn.execute(sa.select(sa.func.max(actors.c.pk))).scalar() or 0) + 1
            first, self._next_pk = self._next_pk, self._next_pk + count
            return list(range(first, first + count))
        if len(self._spare_pks) < count:
            draw = sa.select(sa.func.nextval(sa.func.pg_get_serial_sequence("actors", "pk"))).select_from(
                sa.func.generate_series(1, max(count - len(self._spare_pks), 100)))
            self._spare_pks += sorted(int(pk) for (pk,) in self.conn.execute(draw))
        taken, self._spare_pks = self._spare_pks[:count], self._spare_pks[count:]
        return taken

    def write_actors(self) -> None:
        """Insert the ``unmade`` actors (one statement) and their keys (another), in the order they were made;
        then the ``unupdated`` columns of stored actors (one ``executemany`` per set of columns)."""
        from politika.store.bulk import insert_rows

        if self.unmade:
            made = list(self.unmade.values())
            insert_rows(self.conn, actors, [row for row, _ in made])
            insert_rows(self.conn, actor_keys, [{"key": k, "actor_pk": row["pk"]} for row, keys in made
                                                for k in keys], ignore=True)
            self.unmade = {}
        if self.unupdated:
            by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for pk, values in self.unupdated.items():
                by_columns.setdefault(tuple(sorted(values)), []).append(
                    {"b_pk": pk, **{f"b_{column}": value for column, value in values.items()}})
            self.unupdated = {}
            for columns, rows in by_columns.items():
                self.conn.execute(actors.update().where(actors.c.pk == sa.bindparam("b_pk")).values(
                    {column: sa.bindparam(f"b_{column}") for column in columns}), rows)

    def update_stored(self, pk: int, updates: Mapping[str, Any]) -> None:
        """Give stored actor ``pk`` these column values: written by ``write_actors`` with the batch's other
        updates (every read of the actor tables here calls it first; ``updated`` keeps the row as updated)."""
        self.unupdated.setdefault(pk, {}).update(updates)

    def update_unmade(self, pk: int, updates: Mapping[str, Any], key: str | None = None) -> bool:
        """Give an ``unmade`` actor these column values (and ``key`` among its keys), as an update after its
        insert would; False when ``pk`` is not unmade (it is stored: update its row)."""
        entry = self.unmade.get(pk)
        if entry is None:
            return False
        row, keys = entry
        row.update(updates)
        if key is not None and key not in keys:
            keys.append(key)
        return True

    def inserted_actor(self) -> None:
        """An actor was inserted by the store (not through ``new_pks``): the next key is read again."""
        self._next_pk = None

    def write_names(self) -> None:
        """Insert the ``unwritten`` names, in the order they were handed over, in one statement (after the
        ``unmade`` actors they may name)."""
        from politika.store.bulk import insert_rows

        self.write_actors()
        if self.unwritten:
            insert_rows(self.conn, actor_names, list(self.unwritten.values()), ignore=True)
            self.unwritten = {}

    def _put(self, key: tuple[str, str], value: Any) -> None:
        """Remember an answer, and which actors it holds (``updated`` then looks only there)."""
        self._memo[key] = value
        for candidate in (value if isinstance(value, list) else [value] if isinstance(value, Candidate) else []):
            self._holding.setdefault(candidate.pk, set()).add(key)

    def _remember(self, key: tuple[str, str], read: Any) -> Any:
        if key not in self._memo:
            self._put(key, read())
        return self._memo[key]

    def prefetch(self, keys: Iterable[str], norms: Iterable[str], names: Iterable[str],
                 surnames: Iterable[str] = ()) -> None:
        """Read at once what a batch will ask: the actors of these keys and normalised names, which actors
        are stored under these names (``has_name``), and the people of these surnames (``by_surname``). Chunks of
        500 keep each ``IN`` list short."""
        self.write_actors()
        self.write_names()
        made: dict[int, Candidate] = {}  # pk → the Candidate of its row, made once for the three reads below

        def candidate(row: Any) -> Candidate:
            found = made.get(row.pk)
            if found is None:
                found = made[row.pk] = Candidate(*_CANDIDATE_AT(row))
            return found

        wanted_keys = sorted({fit_key(k) for k in keys} - {k for kind, k in self._memo if kind == "key"})
        for start in range(0, len(wanted_keys), 500):
            chunk = wanted_keys[start:start + 500]
            found = {row.found_key: row for row in self.conn.execute(
                sa.select(actors, actor_keys.c.key.label("found_key"))
                .join(actor_keys, actor_keys.c.actor_pk == actors.c.pk)
                .where(among(self.conn, actor_keys.c.key, chunk)))}
            for key in chunk:
                row = found.get(key)
                self._put(("key", key), candidate(row) if row is not None else None)
                if row is not None:
                    self._rows.setdefault(row.pk, row)
        wanted_norms = sorted({fit_key(n) for n in norms if n} - {k for kind, k in self._memo if kind == "name"})
        for start in range(0, len(wanted_norms), 500):
            chunk = wanted_norms[start:start + 500]
            by_norm: dict[str, dict[int, Any]] = {norm: {} for norm in chunk}
            for row in self.conn.execute(sa.select(actors, actor_names.c.norm.label("found_norm"))
                                         .join(actor_names, actor_names.c.actor_pk == actors.c.pk)
                                         .where(among(self.conn, actor_names.c.norm, chunk))):
                by_norm[row.found_norm][row.pk] = row
                self._rows.setdefault(row.pk, row)
            for norm, found_rows in by_norm.items():
                self._put(("name", norm), [candidate(found_rows[pk]) for pk in sorted(found_rows)])
        wanted_names = sorted(set(names) - self._names_read)
        for start in range(0, len(wanted_names), 500):
            chunk = wanted_names[start:start + 500]
            self._names |= {(pk, name) for pk, name in self.conn.execute(
                sa.select(actor_names.c.actor_pk, actor_names.c.name)
                .where(among(self.conn, actor_names.c.name, chunk)))}
            self._names_read |= set(chunk)
        # The people of the batch's lone surnames, 500 surnames a statement, from the index on the names' last word
        wanted_words = sorted({w for w in surnames if _plain(w)} - {k for kind, k in self._memo if kind == "surname"})
        for start in range(0, len(wanted_words), 500):
            chunk = wanted_words[start:start + 500]
            by_word: dict[str, dict[int, Any]] = {word: {} for word in chunk}
            for row in self.conn.execute(sa.select(actors, actor_names.c.last_word.label("found_word"))
                                         .join(actor_names, actor_names.c.actor_pk == actors.c.pk)
                                         .where(among(self.conn, actor_names.c.last_word, chunk))):
                people = by_word.get(row.found_word)
                if people is not None:
                    people[row.pk] = row
                self._rows.setdefault(row.pk, row)
            for word, found_rows in by_word.items():
                self._put(("surname", word), [candidate(found_rows[pk]) for pk in sorted(found_rows)
                                              if found_rows[pk].type == "PERSON"])

    def add_mentions(self, change: Mapping[int, int]) -> None:
        """Mentions added to (or, negative, taken from) these actors by a record indexed in this call: they count in
        every candidate handed out from now on (the stored counts are updated only at the batch's end)."""
        mentions = self._mentions
        for pk, count in change.items():
            mentions[pk] = mentions.get(pk, 0) + count

    def _counted(self, candidate: Candidate) -> Candidate:
        """``candidate`` (as read, or as made) with the mentions of ``add_mentions``."""
        more = self._mentions.get(candidate.pk)
        if not more:
            return candidate
        return replace(candidate, mention_count=candidate.mention_count + more)

    def has_name(self, pk: int, name: str) -> bool | None:
        """Whether actor ``pk`` is stored under ``name``; None when that name was not prefetched."""
        if (pk, name) in self._names:
            return True
        return False if name in self._names_read else None

    def by_key(self, key: str) -> Candidate | None:
        key = fit_key(key)

        def read() -> Candidate | None:
            self.write_actors()
            row = self.conn.execute(sa.select(*_CANDIDATE_COLUMNS)
                                    .join(actor_keys, actor_keys.c.actor_pk == actors.c.pk)
                                    .where(actor_keys.c.key == key)).first()
            return _candidate(row) if row is not None else None
        found: Candidate | None = self._remember(("key", key), read)
        return self._counted(found) if found is not None else None

    def _named(self, condition: sa.ColumnElement[bool]) -> list[Candidate]:
        self.write_actors()
        self.write_names()
        pks = sa.select(actor_names.c.actor_pk).where(condition)
        rows = self.conn.execute(sa.select(*_CANDIDATE_COLUMNS).where(actors.c.pk.in_(pks)).order_by(actors.c.pk))
        return [_candidate(row) for row in rows]

    def by_name(self, norm: str) -> list[Candidate]:
        norm = fit_key(norm)
        return [self._counted(c) for c in self._remember(("name", norm),
                                                         lambda: self._named(actor_names.c.norm == norm))]

    def by_surname(self, word: str) -> list[Candidate]:
        return [self._counted(c) for c in self._remember(("surname", word), lambda: [
            c for c in self._named(actor_names.c.last_word == word) if c.type == "PERSON"])]

    def row(self, pk: int) -> Any:
        """The stored actor's row."""
        if pk not in self._rows:
            unmade = self.unmade.get(pk)
            if unmade is not None:
                return _MadeRow(pk, unmade[0])
            self.write_actors()
            self._rows[pk] = self.conn.execute(sa.select(actors).where(actors.c.pk == pk)).one()
        return self._rows[pk]

    def made(self, pk: int, keys: Iterable[str], row: Mapping[str, Any]) -> None:
        """Actor ``pk`` was made from ``row`` (its columns) under ``keys``: they now find it."""
        candidate = Candidate(pk, row["key"], row["name"], row["type"], row["country"], row["kb_id"],
                              row["mention_count"])
        self._made[pk] = candidate
        self._rows[pk] = _MadeRow(pk, row)
        for key in keys:
            self._put(("key", fit_key(key)), candidate)

    def named(self, pk: int, names: Iterable[tuple[str, str | None]], inserted: bool = True) -> None:
        """Actor ``pk`` is now stored under these ``(name, norm)`` pairs: ``inserted`` just now, or (False) an
        insert that a stored pair may have made a no-op, whose norms are then read again."""
        for name, norm in names:
            self._names.add((pk, name))
            if norm is None:
                continue
            last = norm.rsplit(" ", 1)[-1]
            people = self._memo.get(("surname", last))
            if not inserted or not _plain(last):
                self._memo.pop(("surname", last), None)
            elif people is not None and " " in norm and all(c.pk != pk for c in people):
                person = self._made.get(pk) or _candidate(self.row(pk))
                if person.type == "PERSON":  # ``norm`` now ends in " <last>": by_surname(last) would find it
                    self._put(("surname", last), sorted([*people, person], key=lambda c: c.pk))
            found = self._memo.get(("name", norm))
            if not inserted:
                self._memo.pop(("name", norm), None)
            elif found is not None and all(c.pk != pk for c in found):
                made = self._made.get(pk) or _candidate(self.row(pk))
                self._put(("name", norm), sorted([*found, made], key=lambda c: c.pk))

    def updated(self, pk: int, values: Mapping[str, Any] | None = None) -> None:
        """Actor ``pk``'s columns changed (``values``: the columns its update wrote, else its row is read again):
        the remembered answers that hold it get its new columns."""
        before = self._rows.pop(pk, None)
        self._made.pop(pk, None)
        if values is not None and before is not None and pk not in self.unmade:
            # the row as the update left it, not read back (nothing else writes an actor's row on update)
            self._rows[pk] = _MadeRow(pk, {**{k: v for k, v in before._mapping.items() if k != "pk"}, **values})
        fresh = _candidate(self.row(pk))
        for memo_key in self._holding.get(pk, ()):
            value = self._memo.get(memo_key)
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


def _plain(word: str) -> bool:
    """A one-word surname without LIKE's wildcard or escape characters: the words looked up as lone surnames (the
    look-up was a LIKE before migration 0014; the words it could not take are still left out)."""
    return bool(word) and not any(c in word for c in "%_\\ ")


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


__all__ = ["StoredActors", "actor_row", "actor_summary", "find_actor", "find_article", "last_word", "name_row"]
