"""PostgreSQL's full-text search folds diacritics, as SQLite's FTS5 (unicode61) does.

Revision ID: 0010
Revises: 0009

"economie" found "économie" on SQLite but not on PostgreSQL, whose `english` configuration keeps accents. The text
search configuration ``politika_english`` is `english` with the `unaccent` dictionary in front of the stemmer for
the words that are not plain ASCII; the generated column ``articles.search`` is made again with it (every
article's vector is computed again: about a minute per 20,000 articles) and queries use it
(politika/store/fulltext.py). Where the `unaccent` extension cannot be created (not installed, no right to), the
configuration is a plain copy of `english` and accents still count on that store. SQLite is unchanged.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

CONFIG = "politika_english"


def _search_column(config: str) -> str:
    return ("ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
            f"(setweight(to_tsvector('{config}', coalesce(title, '')), 'A') || "
            f"setweight(to_tsvector('{config}', coalesce(text, '')), 'B')) STORED")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS unaccent"))
        unaccent = True
    except sa.exc.DBAPIError:
        unaccent = False
    op.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = english)")
    if unaccent:
        op.execute(f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR hword, hword_part, word "
                   "WITH unaccent, english_stem")
    op.drop_index("ix_articles_search", table_name="articles")
    op.execute("ALTER TABLE articles DROP COLUMN search")
    op.execute(_search_column(CONFIG))
    op.create_index("ix_articles_search", "articles", ["search"], postgresql_using="gin")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_articles_search", table_name="articles")
    op.execute("ALTER TABLE articles DROP COLUMN search")
    op.execute(_search_column("english"))
    op.create_index("ix_articles_search", "articles", ["search"], postgresql_using="gin")
    op.execute(f"DROP TEXT SEARCH CONFIGURATION {CONFIG}")  # the extension stays: others may use it
