"""The change counters of ``data_versions`` on SQLite, moved once per write statement by the engine itself.

The explorer keeps costly answers until the tables under them change (``store.aggregates``: ``event_version``,
``appearance_version``...). On SQLite each answer is keyed by a counter of ``data_versions``; its value means
nothing, only that it moves whenever one of its tables is written, in the writing transaction (a reader sees the
new counter exactly when it sees the new rows; a rolled-back write leaves both as they were).

Migrations 0007 and 0012 moved the counters by ``FOR EACH ROW`` triggers: over 60,000 updates of one row of
``data_versions`` to merge 2,000 articles, a sixth of the merge's CPU time. Since migration 0017 the engine moves
them instead (``watch_writes``, listening to every statement SQLAlchemy sends): after an ``INSERT``, ``UPDATE``,
``DELETE`` or ``REPLACE`` that changed rows of a watched table, one ``UPDATE`` adds one to its counters, however
many rows the statement wrote. A delete (or a replace, which deletes) also moves the counters of the tables its
foreign keys' ``ON DELETE`` actions reach. Every write of the store goes through its engine (the bulk loader's
``executemany`` included: ``Connection.exec_driver_sql``); a program writing the file by itself (the ``sqlite3``
shell) does not move them, and a running explorer keeps its answers until the next write of the store.

PostgreSQL keeps no counter: its fingerprint is the row count and highest key of the tables (``aggregates``).

>>> sorted(counters_of('INSERT INTO "claims" (pk) VALUES (?)'))
['appearances']
>>> sorted(counters_of("DELETE FROM articles WHERE pk = ?"))
['appearances', 'articles', 'causal', 'ties']
>>> counters_of("SELECT * FROM claims")
frozenset()
"""

from __future__ import annotations

import functools
import re
import sqlite3
from typing import Any

import sqlalchemy as sa

from politika.store.schema import metadata

# counter name -> the tables whose writes move it (migrations 0007 and 0012 name the same)
WATCHED: dict[str, tuple[str, ...]] = {
    "articles": ("articles",),
    "events": ("event_clusters",),
    "ties": ("actor_ties", "actor_decisions"),
    "causal": ("causal_links", "causal_decisions"),
    "appearances": ("actors", "actor_names", "actor_keys", "article_actors", "claims", "claim_subjects"),
}
# tables whose updates move nothing: an article's status changes, the set of articles does not
NOT_ON_UPDATE = frozenset({"articles"})

# The first table a write statement names: INSERT [OR x] INTO t, REPLACE INTO t, UPDATE [OR x] t, DELETE FROM t,
# after an optional WITH clause.
_WRITE = re.compile(r'\s*(?:WITH\b.*?\)\s*)?(?:(INSERT|REPLACE|UPDATE|DELETE)\b(?:\s+OR\s+(\w+))?)'
                    r'\s+(?:INTO\s+|FROM\s+)?(?:main\.)?"?(\w+)"?', re.IGNORECASE | re.DOTALL)
_BUMP = "UPDATE data_versions SET n = n + 1 WHERE name IN ({})"


@functools.cache
def _counters_by_table() -> dict[str, frozenset[str]]:
    by_table: dict[str, set[str]] = {}
    for name, tables in WATCHED.items():
        for table in tables:
            by_table.setdefault(table, set()).add(name)
    return {table: frozenset(names) for table, names in by_table.items()}


@functools.cache
def _reached_by_delete(table: str) -> frozenset[str]:
    """``table`` and every table a delete of its rows can change through ``ON DELETE`` actions, transitively."""
    reached = {table}
    todo = [table]
    while todo:
        parent = todo.pop()
        for child in metadata.tables.values():
            if child.name not in reached and any(
                    key.ondelete and key.column.table.name == parent for key in child.foreign_keys):
                reached.add(child.name)
                todo.append(child.name)
    return frozenset(reached)


@functools.lru_cache(maxsize=4096)
def counters_of(statement: str) -> frozenset[str]:
    """The counters a write ``statement`` moves if it changes rows (none for a read or a table not watched)."""
    found = _WRITE.match(statement)
    if found is None:
        return frozenset()
    verb, resolution, table = found[1].upper(), (found[2] or "").upper(), found[3]
    deletes = verb in ("DELETE", "REPLACE") or resolution == "REPLACE"
    if verb == "UPDATE" and table in NOT_ON_UPDATE:
        return frozenset()
    tables = _reached_by_delete(table) if deletes else (table,)
    by_table = _counters_by_table()
    return frozenset(name for reached in tables for name in by_table.get(reached, ()))


def watch_writes(engine: sa.Engine) -> None:
    """Move the counters of ``data_versions`` after each write statement ``engine`` runs on SQLite."""
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "after_cursor_execute", _after_write)


def _after_write(conn: sa.Connection, cursor: Any, statement: str, parameters: Any, context: Any,
                 executemany: bool) -> None:
    names = counters_of(statement)
    # rowcount: the rows changed (summed over an executemany); an INSERT ... RETURNING has written them all at its
    # first step but may count them only as they are fetched, so it always counts as a change.
    if not names or (cursor.rowcount == 0 and "RETURNING" not in statement.upper()):
        return
    ordered = sorted(names)
    try:
        # a cursor of its own: the statement's cursor may still hold the rows it returns
        cursor.connection.execute(_BUMP.format(", ".join("?" for _ in ordered)), ordered)
    except sqlite3.OperationalError as exc:
        if "no such table" not in str(exc):  # a store migrated below 0007 (tests downgrade): nothing to move
            raise


__all__ = ["NOT_ON_UPDATE", "WATCHED", "counters_of", "watch_writes"]
