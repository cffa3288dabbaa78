"""Who says what: claims (the records' attributions) with their source actor, the actors they are about,
and the articles' opinion score.

Revision ID: 0003
Revises: 0002

Articles analysed before this revision get their claims when they are analysed again
(``politika analyse --redo``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from politika.store.schema import Json

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch copy): SQLite keeps the articles table, its rowids and full-text triggers.
    op.add_column("articles", sa.Column("opinion_score", sa.Float))
    op.create_table(
        "claims",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Integer),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("source_text", sa.Text),
        sa.Column("source_start", sa.Integer),
        sa.Column("source_end", sa.Integer),
        sa.Column("source_actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="SET NULL"), index=True),
        sa.Column("cue_text", sa.Text),
        sa.Column("cue_start", sa.Integer),
        sa.Column("cue_end", sa.Integer),
        sa.Column("content_text", sa.Text, nullable=False),
        sa.Column("content_start", sa.Integer),
        sa.Column("content_end", sa.Integer),
        sa.Column("content_parts", Json),
        sa.Column("anonymous", sa.Boolean, nullable=False),
        sa.Column("author", sa.Boolean, nullable=False),
        sa.Column("vague", sa.Boolean, nullable=False),
        sa.Column("hedged", sa.Boolean, nullable=False),
        sa.Column("hedges", Json, nullable=False),
        sa.Column("stance", sa.String(10)),
        sa.Column("parent", sa.Integer),
        sa.Column("in_quote", sa.Boolean, nullable=False),
        sa.Column("date", sa.String(10), index=True),
    )
    op.create_table(
        "claim_subjects",
        sa.Column("claim_pk", sa.Integer, sa.ForeignKey("claims.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), primary_key=True,
                  index=True),
    )


def downgrade() -> None:
    op.drop_table("claim_subjects")
    op.drop_table("claims")
    # In place (SQLite 3.35+): a batch copy would drop the articles' full-text triggers.
    op.drop_column("articles", "opinion_score")
