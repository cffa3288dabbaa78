"""Change counters for the explorer's caches, kept by triggers on SQLite.

Revision ID: 0007
Revises: 0006

The web explorer keeps costly answers (event counts, the network's ties, the causal map) until the tables under
them change, keyed by a fingerprint of those tables (``store.aggregates``). The fingerprint was the row count
and the highest primary key. On SQLite that misses a change: a row key freed by a delete is handed out again, so
re-clustering after an actor merge can delete three clusters and insert three others under the same keys, and
the dossier kept showing the clusters from before the merge.

``data_versions`` holds one counter per group of tables, and triggers on SQLite add one to it at every insert,
update or delete of those tables, in the writing transaction: a reader sees the new counter exactly when it
sees the new rows. PostgreSQL keeps the count-and-highest-key fingerprint, because its sequences never hand a
key out twice, and a counter row there would make concurrent writers wait for each other (SQLite has one writer
at a time anyway). The table exists on both so the schema is the same.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# counter name -> the tables whose writes change it, and which writes
WATCHED: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "articles": (("articles", ("INSERT", "DELETE")),),
    "events": (("event_clusters", ("INSERT", "UPDATE", "DELETE")),),
    "ties": (("actor_ties", ("INSERT", "UPDATE", "DELETE")), ("actor_decisions", ("INSERT", "UPDATE", "DELETE"))),
    "causal": (("causal_links", ("INSERT", "UPDATE", "DELETE")),
               ("causal_decisions", ("INSERT", "UPDATE", "DELETE"))),
}


def _triggers() -> list[tuple[str, str, str, str]]:
    """(trigger name, table, operation, counter name) for every watched write."""
    return [(f"tr_version_{table}_{operation.lower()}", table, operation, name)
            for name, watched in WATCHED.items() for table, operations in watched for operation in operations]


def upgrade() -> None:
    versions = op.create_table(
        "data_versions",
        sa.Column("name", sa.String(20), primary_key=True),
        sa.Column("n", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(versions, [{"name": name, "n": 0} for name in WATCHED])
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger, table, operation, name in _triggers():
        op.execute(f"CREATE TRIGGER {trigger} AFTER {operation} ON {table} "
                   f"BEGIN UPDATE data_versions SET n = n + 1 WHERE name = '{name}'; END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger, _table, _operation, _name in _triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.drop_table("data_versions")
