"""One writing job per store: the lock an ingest, an analysis or a sharded job holds while it writes.

Two ``politika ingest`` runs on one store would otherwise both decide duplicates against what the other has not
committed yet (an IntegrityError on SQLite), both analyse the same pending articles, and leave actors counted
twice or not at all. So a job takes the store's writer lock first and holds it to its end; a second job waits
for it (up to ``wait`` seconds, saying so once) and then finds the first one's work done, or gives up with
:class:`StoreBusy`. Reading the store (``politika search``, ``serve``) takes no lock.

- SQLite: an exclusive ``flock`` on ``<store file>.writer-lock``, which names the holder (pid, command, since);
- PostgreSQL: a session advisory lock on a connection kept open for the job; the holder is found in
  ``pg_stat_activity`` by the ``application_name`` the job sets on that connection.

Either is let go by the operating system or the server when the holding process dies, so a killed job never
leaves a store locked. An in-memory store needs no lock.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from politika.defaults import DEFAULT_WAIT
from politika.errors import StoreError

_POLL = 0.25
_PG_LOCK = 0x706F6C77  # the advisory lock key of the writer ("polw"; migrations use "poli")
_APPLICATION = "politika writer"


class StoreBusy(StoreError):
    """Another politika process is writing to the store and did not finish within the wait."""

    kind = "store"
    status_code = 409


def describe_holder(holder: dict[str, Any] | None) -> str:
    """``pid 4242, `politika ingest news/`, since 2026-11-30T10:02:11+00:00`` (what is known of it)."""
    if not holder:
        return "another politika process"
    parts = [f"pid {holder['pid']}" if holder.get("pid") else "",
             f"PostgreSQL backend {holder['backend']}" if holder.get("backend") else "",
             f"`{holder['command']}`" if holder.get("command") else "",
             f"since {holder['since']}" if holder.get("since") else ""]
    return "another politika process (" + ", ".join(p for p in parts if p) + ")"


def _command() -> str:
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    return " ".join([name, *sys.argv[1:]])[:200]


def _now() -> str:
    from politika.store.sql import now

    return now()


class WriterLock:
    """The writer lock of the store behind ``engine``; ``acquire`` waits, ``release`` lets go."""

    def __init__(self, engine: sa.Engine, name: str) -> None:
        self.engine = engine
        self.name = name  # how messages name the store
        self.path: Path | None = None
        self._handle: Any = None
        self._conn: sa.Connection | None = None
        if engine.dialect.name == "sqlite":
            database = engine.url.database
            if database and database != ":memory:":
                self.path = Path(f"{database}.writer-lock")

    @property
    def needed(self) -> bool:
        return self.engine.dialect.name == "postgresql" or self.path is not None

    def acquire(self, wait: float = DEFAULT_WAIT, on_wait: Callable[[str], None] | None = None) -> None:
        """Take the lock, waiting up to ``wait`` seconds (0: not at all); ``on_wait`` gets one line when the job
        has to wait. Raises :class:`StoreBusy` when the lock is still held after ``wait``."""
        if not self.needed:
            return
        deadline = time.monotonic() + max(wait, 0.0)
        told = False
        while not self._try():
            if time.monotonic() >= deadline:
                raise StoreBusy(self.name, f"{describe_holder(self.holder())} is writing to this store; waited "
                                           f"{wait:g} s. Run this again when it has finished, or wait longer")
            if not told and on_wait is not None:
                told = True
                on_wait(f"{self.name}: {describe_holder(self.holder())} is writing to this store; waiting up to "
                        f"{wait:g} s for it to finish")
            time.sleep(_POLL)

    def release(self) -> None:
        if self._handle is not None:
            import fcntl

            try:
                self._handle.seek(0)
                self._handle.truncate()
                fcntl.flock(self._handle, fcntl.LOCK_UN)
            finally:
                self._handle.close()
                self._handle = None
        if self._conn is not None:
            try:
                self._conn.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_LOCK})
                self._conn.commit()
            finally:
                self._conn.close()
                self._conn = None

    def holder(self) -> dict[str, Any] | None:
        """What is known of the process holding the lock now (``pid``, ``command``, ``since``), or None."""
        if self.path is not None:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8") or "null")
            except (OSError, ValueError):
                return None
            return data if isinstance(data, dict) else None
        if self.engine.dialect.name != "postgresql":
            return None
        query = sa.text("SELECT a.pid, a.application_name, a.backend_start FROM pg_locks l "
                        "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                        "AND l.classid = 0 AND l.objid = :key AND l.objsubid = 1 "
                        # advisory locks are per database, pg_locks is not: another store's writer is not this one's
                        "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")
        try:
            with self.engine.connect() as conn:
                row = conn.execute(query, {"key": _PG_LOCK}).first()
        except sa.exc.SQLAlchemyError:
            return None
        if row is None:
            return None
        command = str(row.application_name or "")
        command = command[len(_APPLICATION) + 1:] if command.startswith(_APPLICATION + ":") else ""
        return {"pid": None, "command": command.strip() or None, "since": None, "backend": row.pid}

    def _try(self) -> bool:
        if self.path is not None:
            return self._try_file(self.path)
        return self._try_advisory()

    def _try_file(self, path: Path) -> bool:
        try:
            import fcntl
        except ImportError:  # not POSIX (Windows): no lock between processes, as before
            return True
        try:
            handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 (held open for the whole job)
        except OSError as exc:
            raise StoreError(str(path), f"cannot open the store's writer lock ({exc.strerror or exc})") from exc
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        except BaseException:
            handle.close()
            raise
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(), "command": _command(), "since": _now()}))
        handle.flush()
        self._handle = handle
        return True

    def _try_advisory(self) -> bool:
        conn = self.engine.connect()
        try:
            # The job's command, for the message another process shows while it waits (pg_stat_activity).
            conn.execute(sa.text("SELECT set_config('application_name', :name, false)"),
                         {"name": f"{_APPLICATION}: {_command()}"[:63]})
            got = bool(conn.execute(sa.text("SELECT pg_try_advisory_lock(:key)"), {"key": _PG_LOCK}).scalar())
            conn.commit()
        except BaseException:
            conn.close()
            raise
        if not got:
            conn.close()
            return False
        self._conn = conn
        return True


__all__ = ["DEFAULT_WAIT", "StoreBusy", "WriterLock", "describe_holder"]
