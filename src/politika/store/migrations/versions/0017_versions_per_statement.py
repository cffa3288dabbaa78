"""The change counters of ``data_versions`` moved once per write statement, not once per row, on SQLite.

Revision ID: 0017
Revises: 0016

Migrations 0007 and 0012 kept the counters by ``FOR EACH ROW`` triggers on SQLite: each row written to
``article_actors``, ``claims``, ``actors``, ``event_clusters``, ``causal_links``... updated one row of
``data_versions``, over 60,000 updates to merge 2,000 articles, a sixth of the merge's CPU time. SQLite has no
statement triggers; the engine now moves the counters itself after each write statement (``store.versions``).
This drops the row triggers and moves every counter once, so a cache filled before the upgrade is not trusted
after it. PostgreSQL never had them (its fingerprint is the row count and highest key of the tables).
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# counter name -> the tables whose writes moved it, and which writes (migrations 0007 and 0012)
TRIGGERED: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "articles": (("articles", ("INSERT", "DELETE")),),
    "events": (("event_clusters", ("INSERT", "UPDATE", "DELETE")),),
    "ties": (("actor_ties", ("INSERT", "UPDATE", "DELETE")), ("actor_decisions", ("INSERT", "UPDATE", "DELETE"))),
    "causal": (("causal_links", ("INSERT", "UPDATE", "DELETE")),
               ("causal_decisions", ("INSERT", "UPDATE", "DELETE"))),
    "appearances": tuple((table, ("INSERT", "UPDATE", "DELETE")) for table in (
        "actors", "actor_names", "actor_keys", "article_actors", "claims", "claim_subjects")),
}


def _triggers() -> list[tuple[str, str, str, str]]:
    """(trigger name, table, operation, counter name) of every row trigger of 0007 and 0012."""
    return [(f"tr_version_{table}_{operation.lower()}", table, operation, name)
            for name, watched in TRIGGERED.items() for table, operations in watched for operation in operations]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger, _table, _operation, _name in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("UPDATE data_versions SET n = n + 1")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger, table, operation, name in _triggers():
        op.execute(f"CREATE TRIGGER {trigger} AFTER {operation} ON {table} "
                   f"BEGIN UPDATE data_versions SET n = n + 1 WHERE name = '{name}'; END")
