"""``actor_names.last_word``: the last word of a name of two or more words, indexed, for lone surnames.

Revision ID: 0014
Revises: 0013

A lone surname in an article ("Putin said") is looked up among the stored people whose names end with it. That
was ``norm LIKE '% putin'``, which no index serves: each save batch scanned every stored name once per 100 lone
surnames, a cost that grew with the store (a CC-NEWS month holds millions of names). The column holds
``store.refs.last_word(norm)`` ("vladimir putin" → "putin"; NULL for a one-word or unmatched name), is written
with every name, and is filled here for the names already stored; its index answers the look-up.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    from politika.store.refs import last_word  # the one rule, the one the saving code writes

    op.add_column("actor_names", sa.Column("last_word", sa.String(200)))
    bind = op.get_bind()
    names = sa.table("actor_names", sa.column("norm", sa.String(200)), sa.column("last_word", sa.String(200)))
    last = ""
    while True:  # the distinct norms of two or more words, in batches (a large store is not read at once)
        norms = list(bind.execute(sa.select(names.c.norm).distinct()
                                  .where(names.c.norm > last, names.c.norm.like("% %"))
                                  .order_by(names.c.norm).limit(BATCH)).scalars())
        if not norms:
            break
        bind.execute(names.update().where(names.c.norm == sa.bindparam("b_norm"))
                     .values(last_word=sa.bindparam("b_word")),
                     [{"b_norm": norm, "b_word": last_word(norm)} for norm in norms])
        last = norms[-1]
    op.create_index("ix_actor_names_last_word", "actor_names", ["last_word"])


def downgrade() -> None:
    op.drop_index("ix_actor_names_last_word", table_name="actor_names")
    op.drop_column("actor_names", "last_word")
