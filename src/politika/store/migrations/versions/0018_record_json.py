"""The annotation record as ``json``, not ``jsonb``, on PostgreSQL.

Revision ID: 0018
Revises: 0017

A record is written once and read whole (the article page, exports, re-indexing); nothing queries inside it. ``jsonb``
parsed each record into its binary form as it was stored: in a merge of 2,000 articles the records' ``COPY`` was the
server's largest statement (0.77 s into ``jsonb`` against 0.33 s into ``json``, measured with psycopg ``COPY``;
docs/scale.md). ``json`` keeps the text as written, checked for syntax. SQLite stores JSON as text already: nothing
to do there. The column is rewritten, so on a large store the upgrade takes a while (once).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("annotations", "record", type_=postgresql.JSON(), postgresql_using="record::json")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("annotations", "record", type_=postgresql.JSONB(), postgresql_using="record::jsonb")
