"""Open a database URL as a migrated SQLAlchemy engine: SQLite (WAL, one writer) or PostgreSQL."""

from __future__ import annotations

import functools
import json
import os
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
import sqlalchemy as sa

from politika.errors import StoreError
from politika.store.versions import watch_writes

if TYPE_CHECKING:  # alembic loads only to migrate: a store at head opens without it
    from alembic.config import Config

DEFAULT_DB = "politika.db"
_MIGRATIONS = Path(__file__).with_name("migrations")


def database_url(value: str | None = None) -> str:
    """The store URL: the argument, else ``POLITIKA_DB``, else ``politika.db`` in the current folder.

    A plain path means a SQLite file; ``postgresql://`` URLs use psycopg 3.
    """
    value = value or os.environ.get("POLITIKA_DB") or DEFAULT_DB
    if value == ":memory:":
        return "sqlite+pysqlite:///:memory:"
    if "://" not in value:
        return f"sqlite+pysqlite:///{Path(value).expanduser()}"
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


def create_engine(url: str) -> sa.Engine:
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        if ":memory:" in url:
            kwargs["poolclass"] = sa.StaticPool
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        # JSON as written, not \u-escaped: the author filter matches names like "Kováč" in the JSON text.
        kwargs["json_serializer"] = json_text
    engine = sa.create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        watch_writes(engine)  # the change counters of data_versions (migration 0017)
    elif engine.dialect.name == "postgresql":
        sa.event.listen(engine, "connect", _postgres_settings)
    return engine


def _postgres_settings(dbapi_connection: Any, _record: Any) -> None:
    """Long values (article texts, records) compressed with LZ4 rather than PostgreSQL's default pglz, which spent
    about a tenth of a merge's server time compressing them (twice for the rows loaded through a staging table);
    only how new values are kept on disk changes, never what is read back. Left as it is on a server without LZ4
    (before PostgreSQL 14, or built without it)."""
    try:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET default_toast_compression = lz4")
        dbapi_connection.commit()
    except Exception:  # the server refuses the value: keep its default
        dbapi_connection.rollback()


# ``json.dumps(..., ensure_ascii=False)`` builds a new JSONEncoder at each call, which cost more than encoding the
# small lists most JSON columns hold: one encoder, for what orjson does not take.
_encode = json.JSONEncoder(ensure_ascii=False).encode


class WrittenJson(dict[str, Any]):
    """A JSON object decoded from ``text``, its JSON text as ``json_text`` writes it, kept with it: ``json_text``
    gives ``text`` back instead of encoding the object again (a merge stores each record the worker wrote as it
    was written). Read-only by contract: a change made through its own methods drops the text (the object is then
    encoded as any dict); nobody may change the values inside it.
    """

    __slots__ = ("text",)

    def __init__(self, value: dict[str, Any], text: str) -> None:
        super().__init__(value)
        self.text: str | None = text

    def _changed(self) -> None:
        self.text = None

    def __setitem__(self, key: str, value: Any) -> None:
        self._changed()
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self._changed()
        super().__delitem__(key)

    def __ior__(self, other: Any) -> WrittenJson:  # type: ignore[override,misc]
        self._changed()
        return super().__ior__(other)

    def update(self, *args: Any, **kwargs: Any) -> None:
        self._changed()
        super().update(*args, **kwargs)

    def setdefault(self, key: str, default: Any = None) -> Any:
        self._changed()
        return super().setdefault(key, default)

    def pop(self, key: str, *default: Any) -> Any:
        self._changed()
        return super().pop(key, *default)

    def popitem(self) -> tuple[str, Any]:
        self._changed()
        return super().popitem()

    def clear(self) -> None:
        self._changed()
        super().clear()


def json_text(value: Any) -> str:
    """``value`` as JSON text, not \\u-escaped and without spaces: orjson (a merge spent 6 % of its time encoding
    records with the standard library, ten times orjson's), else the standard encoder for what orjson refuses
    (integers past 64 bits, float subclasses such as numpy's). A float NaN is written ``null``, valid JSON, where the
    standard encoder writes ``NaN``, which PostgreSQL refuses (it still does in a value orjson refuses).

    >>> json_text({"name": "Kováč", 1: [0.5, None]})
    '{"name":"Kováč","1":[0.5,null]}'
    >>> json_text([2**70, float("nan")])
    '[1180591620717411303424, NaN]'
    >>> json_text(float("nan"))
    'null'
    """
    if type(value) is WrittenJson and value.text is not None:
        return value.text
    try:
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()
    except TypeError:
        return _encode(value)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    _set_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _set_wal(cursor: Any, wait: float = 30.0) -> None:
    """``PRAGMA journal_mode=WAL``, tried again while the file is locked. On a new file (still in rollback-journal
    mode) processes that connect at once each read it and then need the exclusive lock to switch it; SQLite sees
    the deadlock and answers "database is locked" at once to all but one, without waiting out the busy timeout."""
    import sqlite3

    deadline = time.monotonic() + wait
    pause = 0.01
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


def _alembic_config(connection: sa.Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = connection
    return config


_MIGRATION_LOCK = 0x706F6C69  # the PostgreSQL advisory lock key that serialises migrations ("poli")


def migrate(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (all migrations by default).

    Processes that open one new store at once (an ingest and a web server, the workers of a job) take turns:
    a process that finds work to do takes the write lock and reads the revision again under it, so the second
    one finds the schema at head and leaves it alone instead of creating the same tables again. A store
    already at head is opened without any lock, so opening it never waits for a running ingest.
    """
    if revision == "head" and _revision(engine) == _head():
        return
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # waits (busy_timeout) for another migrating process
        elif engine.dialect.name == "postgresql":
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        from alembic import command
        from alembic.runtime.migration import MigrationContext

        current = MigrationContext.configure(connection).get_current_revision()
        if current != _head() or revision != "head":
            command.upgrade(_alembic_config(connection), revision)


def _revision(engine: sa.Engine) -> str | None:
    """The store's schema revision, read from alembic's table without importing alembic (a store at head opens
    without it: ``politika stats`` starts faster)."""
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


@functools.cache
def _head() -> str | None:
    """The newest migration: the one revision of migrations/versions that no other names as its down_revision
    (read from the files; ``tests/store`` holds it to alembic's ``ScriptDirectory.get_current_head``)."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in (_MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", text, re.M)
        if found:
            revisions.add(found[1])
        down = re.search(r"^down_revision\s*=\s*(.+)$", text, re.M)
        if down:
            downs.update(re.findall(r"['\"]([^'\"]+)['\"]", down[1]))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def open_engine(value: str | None = None, create: bool = True) -> sa.Engine:
    url = database_url(value)
    if url.startswith("sqlite") and ":memory:" not in url:
        path = Path(url.split("///", 1)[1])
        if not create and not path.exists():
            raise StoreError(str(path), "no such store (run `politika ingest` first)", option="db")
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(url)
        migrate(engine)
    except sa.exc.OperationalError as exc:
        raise StoreError(_redact(url), f"cannot open the store ({str(exc.orig).strip().splitlines()[0]})") from exc
    return engine


def _redact(url: str) -> str:
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


__all__ = ["create_engine", "database_url", "migrate", "open_engine"]
