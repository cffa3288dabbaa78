"""The store's journal of runs and errors: which runs were killed, and the key that folds an error seen again.

A run's row names the process that runs it (``pid``, ``host``). A row still ``running`` whose process is gone
was killed (SIGKILL, a crash, a lost machine): the next run on the store marks it ``interrupted``. A process on
another host cannot be checked from here, so its run stays ``running`` until that host starts a run.
"""

from __future__ import annotations

import hashlib
import os
import socket

import sqlalchemy as sa

from politika.store.schema import runs

HOST = socket.gethostname()[:255]


def error_key(source: str, kind: str, reason: str) -> str:
    """The key of an ``ingest_errors`` row: the same source, kind and reason are one row (migration 0009)."""
    return hashlib.sha256("\x1f".join((source, kind, reason)).encode("utf-8", "surrogatepass")).hexdigest()


def process_alive(pid: int) -> bool:
    """Whether a process ``pid`` exists on this host (it may belong to another user)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def mark_interrupted_runs(conn: sa.Connection) -> list[int]:
    """Mark ``interrupted`` the runs left ``running`` by a process of this host that is gone; their pks."""
    found = conn.execute(sa.select(runs.c.pk, runs.c.pid).where(runs.c.status == "running", runs.c.host == HOST))
    gone = [pk for pk, pid in found if pid is None or (pid != os.getpid() and not process_alive(pid))]
    if gone:
        conn.execute(runs.update().where(runs.c.pk.in_(gone)).values(status="interrupted"))
    return gone


__all__ = ["HOST", "error_key", "mark_interrupted_runs", "process_alive"]
