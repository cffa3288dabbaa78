"""An index on article_actors (actor_pk, article_pk): the articles of one actor read from the index alone.

Revision ID: 0008
Revises: 0007

The search's actor filter (``ArticleFilter.actor``) and the network's and dossier's counts ask for the articles an
actor appears in. With the index on ``actor_pk`` alone, each of its entries led to a table row to read the
article's key: 18,749 row reads for Russia on the 20,000-article benchmark store. This index holds both keys, so
the list comes from the index (the search ``q=Moscow&actor=kb:Q159`` went from 89 to 60 ms at the median in SQL,
docs/explorer.md). The index on ``actor_pk`` alone stays: it walks an actor's rows in stored order, which the
dossier's pages use.
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_article_actors_actor_article", "article_actors", ["actor_pk", "article_pk"])


def downgrade() -> None:
    op.drop_index("ix_article_actors_actor_article", table_name="article_actors")
