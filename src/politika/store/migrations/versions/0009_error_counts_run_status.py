"""Ingest errors counted instead of repeated, and runs that were killed marked so.

Revision ID: 0009
Revises: 0008

Running the same ingest again added every error again (83 errors became 200 rows after a few reruns). An error is
now one row per source, kind and reason (``key``: their SHA-256), with the times it was seen (``count``) and when
first and last (``first_at``, ``at``); the rows already there are folded the same way. A run's row says whether
it is ``running``, ``finished`` or ``interrupted``, with the process (``pid``, ``host``) that runs it: the next
run on the store marks a ``running`` run of a process that is gone as ``interrupted``. Runs left unfinished
before this migration are marked ``interrupted``.
"""

from __future__ import annotations

import hashlib
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def error_key(source: str, kind: str, reason: str) -> str:
    """The key of an error row: politika.store.journal.error_key as it was when this migration was written."""
    return hashlib.sha256("\x1f".join((source, kind, reason)).encode("utf-8", "surrogatepass")).hexdigest()


def upgrade() -> None:
    op.add_column("ingest_errors", sa.Column("key", sa.String(64)))
    op.add_column("ingest_errors", sa.Column("count", sa.Integer, nullable=False, server_default="1"))
    op.add_column("ingest_errors", sa.Column("first_at", sa.String(32)))
    errors = sa.table("ingest_errors", sa.column("pk", sa.Integer), sa.column("source", sa.Text),
                      sa.column("kind", sa.String), sa.column("reason", sa.Text), sa.column("at", sa.String),
                      sa.column("key", sa.String), sa.column("count", sa.Integer), sa.column("first_at", sa.String))
    bind = op.get_bind()
    folded: dict[str, dict[str, Any]] = {}
    extra: list[int] = []
    for row in bind.execute(sa.select(errors.c.pk, errors.c.source, errors.c.kind, errors.c.reason, errors.c.at)
                            .order_by(errors.c.pk)):
        key = error_key(row.source, row.kind, row.reason)
        kept = folded.get(key)
        if kept is None:
            folded[key] = {"pk": row.pk, "count": 1, "first_at": row.at, "at": row.at}
            continue
        extra.append(kept["pk"])  # the latest row of the group is kept
        kept.update(pk=row.pk, count=kept["count"] + 1, at=row.at)
    for start in range(0, len(extra), 500):
        bind.execute(errors.delete().where(errors.c.pk.in_(extra[start:start + 500])))
    for key, kept in folded.items():
        bind.execute(errors.update().where(errors.c.pk == kept["pk"])
                     .values(key=key, count=kept["count"], first_at=kept["first_at"], at=kept["at"]))
    op.create_index("uq_ingest_errors_key", "ingest_errors", ["key"], unique=True)

    op.add_column("runs", sa.Column("status", sa.String(12)))
    op.add_column("runs", sa.Column("pid", sa.Integer))
    op.add_column("runs", sa.Column("host", sa.String(255)))
    op.execute("UPDATE runs SET status = 'finished' WHERE finished_at IS NOT NULL")
    op.execute("UPDATE runs SET status = 'interrupted' WHERE finished_at IS NULL")


def downgrade() -> None:
    op.drop_index("uq_ingest_errors_key", table_name="ingest_errors")
    with op.batch_alter_table("ingest_errors") as batch:
        batch.drop_column("first_at")
        batch.drop_column("count")
        batch.drop_column("key")
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("host")
        batch.drop_column("pid")
        batch.drop_column("status")
