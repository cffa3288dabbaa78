"""Bulk loading of many rows into one table: ``COPY`` through a staging table on PostgreSQL, ``executemany``
on SQLite.

On PostgreSQL the rows are copied (psycopg 3 ``cursor.copy()``) into a temporary table made like the target,
then moved with one ``INSERT ... SELECT ... ON CONFLICT DO NOTHING``: a row whose unique key is stored
already is left out, never stored twice. Everything happens in the caller's transaction, so a failure leaves
nothing of the batch behind. On SQLite, in the same process as its database, ``executemany`` of an ``INSERT``
is already the fast path; it is run on the driver's cursor with the values converted as SQLAlchemy would bind
them (JSON columns as JSON text), because SQLAlchemy's own handling of each row cost more than the insert.

>>> from politika.store import Store
>>> from politika.store.schema import runs
>>> store = Store(":memory:")
>>> with store.engine.begin() as conn:
...     insert_rows(conn, runs, [{"command": "ingest", "started_at": "2024-07-01T10:00:00"}], returning="pk")
[1]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa

from politika.store.engine import json_text


def insert_rows(conn: sa.Connection, table: sa.Table, rows: Sequence[Mapping[str, Any]],
                returning: str | None = None, key: str | None = None, ignore: bool = False,
                new: bool = False) -> list[Any]:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in the transaction of ``conn``.

    With ``returning`` (a column name), gives that column's value for each row, in the order of ``rows``. On
    PostgreSQL, a row that conflicts with a stored unique key is skipped and gets ``None``; ``key`` (a unique
    column among the rows' keys) tells the rows apart when ``returning`` is asked for. On SQLite a conflict
    raises, as a plain ``INSERT`` does, unless ``ignore`` (``INSERT OR IGNORE``; not with ``returning``).
    ``new`` (without ``returning``): no row can conflict, because the caller removed the stored rows with these
    keys in this transaction and repeats none; on PostgreSQL the rows are copied straight into the table (no
    staging table and second insert), and a conflict raises there too.
    """
    if not rows:
        return []
    if conn.dialect.name != "postgresql":
        if returning is None:
            _executemany(conn, table, rows, "INSERT OR IGNORE" if ignore else "INSERT")
            return []
        result = conn.execute(table.insert().returning(table.c[returning], sort_by_parameter_order=True), list(rows))
        return list(result.scalars().all())
    return _copy_rows(conn, table, rows, returning, key, new)


def insert_new_rows(conn: sa.Connection, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Insert ``rows`` (new rows, dicts with the same keys) into ``table`` and give their primary keys (``pk``),
    in the order of ``rows``.

    On PostgreSQL the keys are drawn from the table's sequence in one statement and the rows copied with them
    (``insert_rows``): a multi-row ``INSERT ... RETURNING`` of thousands of rows spends its time in the driver
    parsing one long statement. On SQLite, an ``INSERT ... RETURNING`` of the rows.
    """
    if not rows:
        return []
    if conn.dialect.name != "postgresql":
        # The transaction holds SQLite's write lock (every caller wrote before), so the keys SQLite would give
        # (the largest stored + 1, ...: the tables are not AUTOINCREMENT) are known before the insert.
        last = conn.execute(sa.select(sa.func.max(table.c.pk))).scalar() or 0
        pks = list(range(int(last) + 1, int(last) + 1 + len(rows)))
        _executemany(conn, table, [{"pk": pk, **row} for pk, row in zip(pks, rows, strict=True)], "INSERT")
        return pks
    # the sequence found and its keys drawn in one statement
    draw = sa.select(sa.func.nextval(sa.func.pg_get_serial_sequence(table.name, "pk"))).select_from(
        sa.func.generate_series(1, len(rows)))
    pks = sorted(int(pk) for (pk,) in conn.execute(draw))
    insert_rows(conn, table, [{"pk": pk, **row} for pk, row in zip(pks, rows, strict=True)])
    return pks


def _executemany(conn: sa.Connection, table: sa.Table, rows: Sequence[Mapping[str, Any]], verb: str) -> None:
    """``executemany`` of one ``INSERT`` on the driver's cursor (SQLite), values converted as SQLAlchemy binds
    them, in the transaction of ``conn``."""
    names = list(rows[0])
    convert = [_to_sqlite(table.c[name]) for name in names]
    quoted = ", ".join(f'"{name}"' for name in names)
    statement = f'{verb} INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" for _ in names)})'
    converted = [(index, to) for index, to in enumerate(convert) if to is not _same]
    values: list[Any] = []
    for row in rows:
        value = list(map(row.get, names))
        for index, to in converted:
            value[index] = to(value[index])
        values.append(tuple(value))
    conn.exec_driver_sql(statement, values)


def _copy_rows(conn: sa.Connection, table: sa.Table, rows: Sequence[Mapping[str, Any]], returning: str | None,
               key: str | None, new: bool = False) -> list[Any]:
    if returning is not None and key is None:
        raise ValueError("insert_rows on PostgreSQL needs `key` to return values")
    names = list(rows[0])
    quoted = ", ".join(f'"{name}"' for name in names)
    if returning is None and (new or not _may_conflict(table)):
        # No unique key a row could repeat: straight into the table, one round trip instead of four.
        _copy(conn, f'COPY "{table.name}" ({quoted}) FROM STDIN', table, names, rows, numbered=False)
        return []
    staging = f"_load_{table.name}"
    # Made on first use in the transaction and dropped at its end; emptied before each batch. Both in one round
    # trip: two statements without parameters, which psycopg sends as one simple query.
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(f'CREATE TEMP TABLE IF NOT EXISTS "{staging}" ON COMMIT DROP AS '
                       f'SELECT 0 AS _order, {quoted} FROM "{table.name}" WITH NO DATA; TRUNCATE "{staging}"')
    finally:
        cursor.close()
    _copy(conn, f'COPY "{staging}" (_order, {quoted}) FROM STDIN', table, names, rows, numbered=True)
    insert = (f'INSERT INTO "{table.name}" ({quoted}) SELECT {quoted} FROM "{staging}" ORDER BY _order '
              f"ON CONFLICT DO NOTHING")
    if returning is None:
        conn.exec_driver_sql(insert)
        return []
    stored: dict[Any, Any] = dict(conn.exec_driver_sql(f'{insert} RETURNING "{key}", "{returning}"').all())
    return [stored.get(row[key]) for row in rows]  # type: ignore[index]


def _copy(conn: sa.Connection, statement: str, table: sa.Table, names: Sequence[str],
          rows: Sequence[Mapping[str, Any]], numbered: bool) -> None:
    convert = [(index + numbered, to) for index, name in enumerate(names)
               if (to := _to_copy(table.c[name])) is not _same]
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        with cursor.copy(statement) as copy:
            for order, row in enumerate(rows):
                value = [order, *map(row.get, names)] if numbered else list(map(row.get, names))
                for index, to in convert:
                    value[index] = to(value[index])
                copy.write_row(value)
    finally:
        cursor.close()


def _may_conflict(table: sa.Table) -> bool:
    """Whether a row could repeat a unique key of ``table``: any unique column, index or constraint, or a primary
    key other than the serial ``pk`` (whose values come from its sequence). A table with no key at all
    (``article_bands``) takes any row: straight in."""
    if any(column.unique for column in table.columns) or any(index.unique for index in table.indexes):
        return True
    if any(isinstance(constraint, sa.UniqueConstraint) for constraint in table.constraints):
        return True
    primary = list(table.primary_key.columns)
    return bool(primary) and not (len(primary) == 1 and primary[0].name == "pk")


def _to_copy(column: sa.Column[Any]) -> Any:
    """How a Python value of ``column`` is written in a COPY row: JSON columns as JSON text, the rest as is."""
    kind = column.type
    if isinstance(kind, sa.TypeDecorator):  # schema.Json: JSON, JSONB on PostgreSQL
        kind = kind.impl_instance
    if isinstance(kind, sa.JSON):
        # As SQLAlchemy binds them: None is JSON null unless the column says none_as_null.
        none_as_null = kind.none_as_null

        def to_json(value: Any) -> str | None:
            if value is None and none_as_null:
                return None
            if value == [] and isinstance(value, list):  # most list columns of most rows: no encoder call
                return "[]"
            return json_text(value)

        return to_json
    return _same


def _to_sqlite(column: sa.Column[Any]) -> Any:
    """How a Python value of ``column`` is bound on SQLite: as ``_to_copy`` (JSON as written, not \\u-escaped,
    as the engine's serializer), booleans as integers."""
    kind = column.type
    if isinstance(kind, sa.TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, sa.Boolean):
        return _boolean
    return _to_copy(column)


def _boolean(value: Any) -> Any:
    return None if value is None else int(bool(value))


def _same(value: Any) -> Any:
    return value


__all__ = ["insert_new_rows", "insert_rows"]
