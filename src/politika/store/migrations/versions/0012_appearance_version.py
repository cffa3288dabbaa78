"""A change counter for the actors' appearances and claims: the actor dossier kept until they change.

Revision ID: 0012
Revises: 0011

The explorer's actor page read its dossier afresh at every request: for a country named in every article its ties
are sorted by date and the co-mentioned actors counted over its latest articles, 100-300 ms on the generated
3,419-article store under load, more on the 20,000-article one. The counters of migration 0007 do not see what
the dossier reads: analysing an article writes its appearances and claims without adding an article. This adds
the counter ``appearances``, moved by every write of the actors, their names and keys, their appearances in
articles, and the claims with their subjects (SQLite triggers, as 0007's; PostgreSQL reads the count and highest
key of ``article_actors`` and ``claims`` instead, see ``store.aggregates``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

NAME = "appearances"
WRITES = ("INSERT", "UPDATE", "DELETE")
WATCHED = ("actors", "actor_names", "actor_keys", "article_actors", "claims", "claim_subjects")


def _triggers() -> list[tuple[str, str, str]]:
    """(trigger name, table, operation) for every watched write."""
    return [(f"tr_version_{table}_{operation.lower()}", table, operation) for table in WATCHED for operation in WRITES]


def upgrade() -> None:
    versions = sa.table("data_versions", sa.column("name", sa.String), sa.column("n", sa.BigInteger))
    op.bulk_insert(versions, [{"name": NAME, "n": 0}])
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger, table, operation in _triggers():
        op.execute(f"CREATE TRIGGER {trigger} AFTER {operation} ON {table} "
                   f"BEGIN UPDATE data_versions SET n = n + 1 WHERE name = '{NAME}'; END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger, _table, _operation in _triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute(f"DELETE FROM data_versions WHERE name = '{NAME}'")
