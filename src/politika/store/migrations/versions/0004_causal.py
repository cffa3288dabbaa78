"""The causal map: factors, the keys (normalised cause and effect spans) that lead to them, the records' causal
links between them with the actors their spans mention, and the users' rename/merge/split decisions.

Revision ID: 0004
Revises: 0005

The id 0004 was reserved for this revision; it applies after 0005 (events), which was written first, so the
chain stays linear: 0003 → 0005 → 0004. Articles analysed before this revision get their links when they are
analysed again (``politika analyse --redo``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from politika.store.schema import Json

revision = "0004"
down_revision = "0005"
branch_labels = None
depends_on = None

_TABLES = ("causal_factors", "causal_factor_keys", "causal_links", "causal_link_actors", "causal_decisions")


def upgrade() -> None:
    op.create_table(
        "causal_factors",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="SET NULL"), index=True),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "causal_factor_keys",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("factor_pk", sa.Integer, sa.ForeignKey("causal_factors.pk", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("pinned", sa.Boolean, nullable=False),
    )
    op.create_table(
        "causal_links",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Integer),
        sa.Column("sentence_text", sa.Text),
        sa.Column("cause_key", sa.String(200), nullable=False, index=True),
        sa.Column("effect_key", sa.String(200), nullable=False, index=True),
        sa.Column("cause_text", sa.Text, nullable=False),
        sa.Column("cause_start", sa.Integer),
        sa.Column("cause_end", sa.Integer),
        sa.Column("effect_text", sa.Text, nullable=False),
        sa.Column("effect_start", sa.Integer),
        sa.Column("effect_end", sa.Integer),
        sa.Column("signal_text", sa.Text),
        sa.Column("signal_start", sa.Integer),
        sa.Column("signal_end", sa.Integer),
        sa.Column("polarity", sa.String(1), nullable=False),
        sa.Column("stated_polarity", sa.String(1), nullable=False),
        sa.Column("confidence", sa.Float),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("hedged", sa.Boolean, nullable=False),
        sa.Column("kind", sa.String(20)),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("date", sa.String(10), index=True),
    )
    op.create_table(
        "causal_link_actors",
        sa.Column("link_pk", sa.Integer, sa.ForeignKey("causal_links.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), primary_key=True,
                  index=True),
        sa.Column("side", sa.String(6), primary_key=True),
    )
    op.create_table(
        "causal_decisions",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("action", sa.String(10), nullable=False),
        sa.Column("payload", Json, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    for name in reversed(_TABLES):
        op.drop_table(name)
