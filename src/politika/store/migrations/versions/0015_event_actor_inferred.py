"""``event_actors.inferred``: the learned argument scorer's probability where it, not the sentence's grammar, made
the actor the event's party (the record event's ``filled``); NULL where the sentence names it.

Revision ID: 0015
Revises: 0014

The actor network counts its event edges from ``event_actors``; with this column an edge says how many of its
reports have a party only the scorer chose, and draws an edge made only of those apart. The events stored before
it get NULL (their records' ``filled`` was not kept on the stored rows); saving their articles again
(``politika analyse --redo``) fills it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("event_actors", sa.Column("inferred", sa.Float))


def downgrade() -> None:
    with op.batch_alter_table("event_actors") as batch:  # SQLite drops a column by copying the table
        batch.drop_column("inferred")
