"""Small SQL helpers every store module shares: timestamps, insert-or-ignore on both backends, date filters."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from politika.errors import InputError

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LISTED = 50  # ``among`` on SQLite: longer lists go as one JSON parameter


def now() -> str:
    """The current UTC time as the store writes it (ISO 8601, seconds)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def insert_ignore(where: sa.Connection | str, table: sa.Table) -> Any:
    """``INSERT ... ON CONFLICT DO NOTHING`` for the dialect of a connection (or a dialect name)."""
    dialect = where if isinstance(where, str) else where.dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing()
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).on_conflict_do_nothing()


def among(conn: sa.Connection, column: sa.ColumnElement[Any], values: Iterable[Any]) -> sa.ColumnElement[bool]:
    """``column IN (values)``; on PostgreSQL ``column IN (SELECT unnest(:array))``, one parameter: a long ``IN``
    list is a statement the driver parses again for every length (psycopg caches only short ones), and a merge sends
    many.
    On SQLite a list longer than 50 is one parameter too: ``column IN (SELECT value FROM json_each(:json))``.

    >>> print(among(sa.create_engine("sqlite://").connect(), sa.column("pk"), [1, 2]))
    pk IN (__[POSTCOMPILE_pk_1])
    """
    values = list(values)
    if conn.dialect.name != "postgresql":
        if len(values) <= _LISTED or not all(isinstance(v, int | float | str) for v in values):
            return column.in_(values)
        # SQLite: a long list as one JSON parameter too. An expanding IN gives each value a bind parameter that
        # SQLAlchemy names and renders at every execution, which cost more than the query (a merge's batch
        # looks up ~16,000 MinHash bands at once).
        from politika.store.engine import json_text

        json_list = sa.bindparam(None, json_text(values), type_=sa.String)
        listed: sa.Select[Any] = sa.select(sa.column("value")).select_from(sa.func.json_each(json_list))
        return column.in_(listed)
    from sqlalchemy.dialects.postgresql import ARRAY

    # ``IN (SELECT unnest(:array))``, not ``= ANY(:array)``: where the planner chooses a scan of the table (a
    # table new in a merge's transaction has no statistics yet), ``ANY`` compares each row with every element of
    # the array (35 ms for 500 keys among 2,744 actor keys), the subquery is a hash join (3 ms).
    array = sa.bindparam(None, values, type_=ARRAY(column.type))
    return column.in_(sa.select(sa.func.unnest(array)).scalar_subquery())


def check_date(option: str, value: str | None) -> None:
    """Raise a one-line InputError unless ``value`` (of the parameter ``option``) is None or a real YYYY-MM-DD
    date."""
    if value is None:
        return
    try:
        if not _DATE.fullmatch(value):
            raise ValueError(value)
        dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(value, "not a date; write it as YYYY-MM-DD (2024-07-05)", option=option) from None


__all__ = ["among", "check_date", "insert_ignore", "now"]
