"""Actors across articles: stored actors, the keys and names they answer to, their appearances in articles,
ties between them, and the merge/split decisions users made.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from politika.store.schema import Json

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TABLES = ("actors", "actor_keys", "actor_names", "article_actors", "actor_ties", "actor_decisions")


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(20), nullable=False, index=True),
        sa.Column("kind", sa.String(30)),
        sa.Column("country", sa.String(8), index=True),
        sa.Column("sector", sa.String(8), index=True),
        sa.Column("kb_id", sa.String(80), index=True),
        sa.Column("first_seen", sa.String(10)),
        sa.Column("last_seen", sa.String(10)),
        sa.Column("mention_count", sa.Integer, nullable=False),
        sa.Column("article_count", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "actor_keys",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), nullable=False,
                  index=True),
    )
    op.create_table(
        "actor_names",
        sa.Column("actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("norm", sa.String(200), index=True),
        sa.UniqueConstraint("actor_pk", "name", name="uq_actor_names_actor_name"),
    )
    op.create_table(
        "article_actors",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("local_id", sa.String(40), nullable=False),
        sa.Column("actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("mention_count", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("rule", sa.String(24), nullable=False),
        sa.Column("aliases", Json, nullable=False),
        sa.Column("descriptors", Json, nullable=False),
        sa.Column("roles", Json, nullable=False),
    )
    op.create_table(
        "actor_ties",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("source_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("target_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("evidence", sa.Text),
        sa.Column("evidence_start", sa.Integer),
        sa.Column("evidence_end", sa.Integer),
        sa.Column("sentence", sa.Integer),
        sa.Column("sentence_text", sa.Text),
    )
    op.create_table(
        "actor_decisions",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("action", sa.String(10), nullable=False),
        sa.Column("payload", Json, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    for name in reversed(_TABLES):
        op.drop_table(name)
