"""Two indexes dropped that another index of their table already gives: ``ix_actor_names_actor_pk`` (the unique
``uq_actor_names_actor_name`` on ``(actor_pk, name)`` starts with ``actor_pk``) and ``ix_duplicates_article_pk``
(``uq_duplicates_article_origin`` on ``(article_pk, origin)`` starts with ``article_pk``).

Revision ID: 0019
Revises: 0018

Every query of the code on these tables by ``actor_pk`` or ``article_pk`` (an equality, with an order by ``name``
for the names; the few duplicates of one article sorted by ``pk``), and the foreign keys' ``ON DELETE CASCADE``, are
answered by the longer index, so the shorter one was only written: once per name and per duplicate stored (a merge
writes both in bulk, docs/scale.md, 2026-12-07). ``ix_article_actors_actor_pk`` stays although
``ix_article_actors_actor_article`` starts with ``actor_pk`` too: on SQLite an index holds the row key after its
columns, so the one on ``actor_pk`` alone walks an actor's rows in stored order, which the dossier's latest
appearances and co-mentions read without sorting (migration 0008).
"""

from __future__ import annotations

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_actor_names_actor_pk", table_name="actor_names")
    op.drop_index("ix_duplicates_article_pk", table_name="duplicates")


def downgrade() -> None:
    op.create_index("ix_duplicates_article_pk", "duplicates", ["article_pk"])
    op.create_index("ix_actor_names_actor_pk", "actor_names", ["actor_pk"])
