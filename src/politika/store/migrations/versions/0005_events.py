"""Events across articles: the records' events with their stored actors, and event clusters.

Revision ID: 0005
Revises: 0003

Articles analysed before this revision get their events when they are analysed again
(``politika analyse --redo``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from politika.store.schema import Json

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Integer),
        sa.Column("sentence_text", sa.Text),
        sa.Column("type", sa.String(12), nullable=False, index=True),
        sa.Column("mode", sa.String(30)),
        sa.Column("actor", Json, nullable=False),
        sa.Column("recipient", Json, nullable=False),
        sa.Column("actor_spans", Json, nullable=False),
        sa.Column("recipient_spans", Json, nullable=False),
        sa.Column("trigger_text", sa.Text),
        sa.Column("trigger_start", sa.Integer),
        sa.Column("trigger_end", sa.Integer),
        sa.Column("date", sa.String(10)),
        sa.Column("date_end", sa.String(10)),
        sa.Column("date_source", sa.String(10)),
        sa.Column("location", sa.Text),
        sa.Column("location_country", sa.String(8)),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("hypothetical", sa.Boolean, nullable=False),
        sa.Column("future", sa.Boolean, nullable=False),
        sa.Column("reported", sa.Boolean, nullable=False),
        sa.Column("confidence", sa.Float),
        sa.Column("contexts", Json, nullable=False),
        sa.Column("day_from", sa.String(10), index=True),
        sa.Column("day_to", sa.String(10)),
        sa.Column("precise", sa.Boolean, nullable=False),
    )
    op.create_table(
        "event_actors",
        sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), primary_key=True,
                  index=True),
        sa.Column("role", sa.String(10), primary_key=True),
    )
    op.create_table(
        "event_clusters",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(60), nullable=False, unique=True),
        sa.Column("type", sa.String(12), nullable=False, index=True),
        sa.Column("mode", sa.String(30)),
        sa.Column("modality", sa.String(12), nullable=False, index=True),
        sa.Column("date", sa.String(10), index=True),
        sa.Column("date_end", sa.String(10)),
        sa.Column("location", sa.Text),
        sa.Column("location_country", sa.String(8)),
        sa.Column("event_count", sa.Integer, nullable=False),
        sa.Column("article_count", sa.Integer, nullable=False, index=True),
        sa.Column("outlet_count", sa.Integer, nullable=False),
    )
    op.create_table(
        "event_cluster_members",
        sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("cluster_pk", sa.Integer, sa.ForeignKey("event_clusters.pk", ondelete="CASCADE"), nullable=False,
                  index=True),
    )


def downgrade() -> None:
    op.drop_table("event_cluster_members")
    op.drop_table("event_clusters")
    op.drop_table("event_actors")
    op.drop_table("events")
