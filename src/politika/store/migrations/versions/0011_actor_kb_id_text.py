"""``actors.kb_id`` as text: knowledge-base ids longer than 80 characters.

Revision ID: 0011
Revises: 0010

The column was ``VARCHAR(80)``, but 41 ids of the bundled knowledge base are longer (``politika:phoenix-...``
ids of armed groups, up to 118 characters), and imported FtM and Wikidata ids can be longer still. PostgreSQL
refused to store an article that mentions one of them (its analysis was marked failed); SQLite does not check
lengths, so only PostgreSQL's column changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("actors", "kb_id", type_=sa.Text, existing_type=sa.String(80))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("actors", "kb_id", type_=sa.String(80), existing_type=sa.Text)
