"""Initial schema: articles with full-text search, near-duplicate bands, duplicates, annotation records,
runs and ingest errors.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from politika.store.schema import Json

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TABLES = ("articles", "article_bands", "duplicates", "annotations", "runs", "ingest_errors")


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(40), nullable=False, unique=True),
        sa.Column("source_id", sa.Text, index=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("canonical_url", sa.Text),
        sa.Column("url_key", sa.Text, index=True),
        sa.Column("title", sa.Text),
        sa.Column("authors", Json, nullable=False),
        sa.Column("date", sa.String(10), index=True),
        sa.Column("site", sa.Text, index=True),
        sa.Column("section", sa.Text),
        sa.Column("genre", sa.String(20), nullable=False),
        sa.Column("language", sa.String(12), index=True),
        sa.Column("language_score", sa.Float),
        sa.Column("description", sa.Text),
        sa.Column("related", Json, nullable=False),
        sa.Column("disclaimer", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("word_count", sa.Integer, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("minhash", sa.LargeBinary, nullable=False),
        sa.Column("fetched_at", sa.String(32)),
        sa.Column("ingested_at", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("skip_reason", sa.Text),
    )
    op.create_table(
        "article_bands",
        sa.Column("band", sa.String(24), nullable=False, index=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    )
    op.create_table(
        "duplicates",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("similarity", sa.Float, nullable=False),
        sa.Column("seen_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("article_pk", "origin", name="uq_duplicates_article_origin"),
    )
    op.create_table(
        "annotations",
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("record", Json, nullable=False),
        sa.Column("model", sa.Text, nullable=False),
        sa.Column("politika_version", sa.String(20), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "runs",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("command", sa.Text, nullable=False),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("finished_at", sa.String(32)),
        sa.Column("summary", Json),
    )
    op.create_table(
        "ingest_errors",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_pk", sa.Integer, sa.ForeignKey("runs.pk", ondelete="SET NULL"), index=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
    )
    if bind.dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
                   "content_rowid='pk', tokenize='porter unicode61')")
        op.execute("CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
                   "INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END")
        op.execute("CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
                   "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
                   "VALUES ('delete', old.pk, old.title, old.text); END")
        op.execute("CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN "
                   "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
                   "VALUES ('delete', old.pk, old.title, old.text); "
                   "INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END")
    elif bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
                   "(setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
                   "setweight(to_tsvector('english', coalesce(text, '')), 'B')) STORED")
        op.create_index("ix_articles_search", "articles", ["search"], postgresql_using="gin")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for name in reversed(_TABLES):
        op.drop_table(name)
