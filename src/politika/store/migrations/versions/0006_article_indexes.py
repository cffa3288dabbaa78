"""Indexes on articles.genre and articles.word_count: ``Store.stats`` (the overview, the search form's choices)
counts genres and sums words from the indexes instead of reading every article row with its text.

Revision ID: 0006
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_genre", "articles", ["genre"])
    op.create_index("ix_articles_word_count", "articles", ["word_count"])


def downgrade() -> None:
    op.drop_index("ix_articles_word_count", table_name="articles")
    op.drop_index("ix_articles_genre", table_name="articles")
