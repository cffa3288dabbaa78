"""The tables store/schema.py declares are the tables the migrations build, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from politika.store import Store
from politika.store.engine import _alembic_config, migrate, open_engine
from politika.store.schema import metadata, records
from tests.store.test_actors_store import store_corpus

# Full-text search lives outside the metadata, written by the migrations in each dialect's SQL (0001, 0010):
# SQLite's FTS5 tables and PostgreSQL's generated ``articles.search`` column with its index.
SEARCH_TABLES = ("articles_fts",)
SEARCH_COLUMNS = {("articles", "search")}
SEARCH_INDEXES = {"ix_articles_search"}


def _include(obj: Any, name: str | None, kind: str, reflected: bool, compare_to: Any) -> bool:
    if kind == "table":
        return not (name or "").startswith(SEARCH_TABLES)
    if kind == "column":
        return (obj.table.name, name) not in SEARCH_COLUMNS
    if kind == "index":
        return name not in SEARCH_INDEXES
    return True


def _compare_type(context: Any, inspected: Any, metadata_column: Any, inspected_type: Any,
                  metadata_type: Any) -> bool | None:
    # SQLite neither checks a VARCHAR's length nor stores it differently from TEXT, so migration 0011 changed
    # actors.kb_id to TEXT on PostgreSQL only; on SQLite the two are one type.
    if context.dialect.name == "sqlite" and isinstance(inspected_type, sa.String) \
            and isinstance(metadata_type, sa.String) and type(metadata_type) in (sa.Text, sa.String):
        return False
    return None  # alembic's own comparison


def _differences(url: str, declared: sa.MetaData = metadata) -> list[Any]:
    engine = open_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={
                "compare_type": _compare_type, "compare_server_default": True, "include_object": _include})
            return compare_metadata(context, declared)
    finally:
        engine.dispose()


def test_migrated_database_matches_the_schema(store_url: str) -> None:
    assert _differences(store_url) == []


def test_a_changed_schema_shows_up(tmp_path: Path) -> None:
    # the comparison does see a column the migrations do not make, so the empty list above means something
    changed = sa.MetaData()
    for table in metadata.tables.values():
        table.to_metadata(changed)
    changed.tables["articles"].append_column(sa.Column("probe", sa.Integer))
    assert [d[0] for d in _differences(str(tmp_path / "store.db"), changed)] == ["add_column"]


def test_records_are_the_same_after_the_move_to_json(store_url: str) -> None:
    """Migration 0018 (``annotations.record`` as ``json``, not ``jsonb``, on PostgreSQL) keeps every record."""
    with Store(store_url) as store:
        store_corpus(store)

        def stored() -> dict[int, Any]:
            with store.engine.connect() as conn:
                return dict(conn.execute(sa.select(records.c.article_pk, records.c.record)).all())

        before = stored()
        assert len(before) == 3
        with store.engine.begin() as conn:
            command.downgrade(_alembic_config(conn), "0017")
        assert stored() == before
        migrate(store.engine)
        assert stored() == before
        if store.engine.dialect.name == "postgresql":
            with store.engine.connect() as conn:
                assert conn.execute(sa.text("SELECT data_type FROM information_schema.columns WHERE "
                                            "table_name = 'annotations' AND column_name = 'record'")).scalar() == "json"


def test_the_indexes_another_index_starts_with_are_dropped(store_url: str) -> None:
    """Migration 0019 drops ``ix_actor_names_actor_pk`` and ``ix_duplicates_article_pk`` (their unique constraints
    start with the same column) and keeps ``ix_article_actors_actor_pk``; its downgrade makes them again."""
    def indexes() -> set[str]:
        found = sa.inspect(store.engine)
        return {index["name"] for table in ("actor_names", "duplicates", "article_actors")
                for index in found.get_indexes(table)}

    with Store(store_url) as store:
        store_corpus(store)
        assert "ix_article_actors_actor_pk" in indexes()
        assert not {"ix_actor_names_actor_pk", "ix_duplicates_article_pk"} & indexes()
        with store.engine.begin() as conn:
            command.downgrade(_alembic_config(conn), "0018")
        assert {"ix_actor_names_actor_pk", "ix_duplicates_article_pk"} <= indexes()
        migrate(store.engine)
        assert not {"ix_actor_names_actor_pk", "ix_duplicates_article_pk"} & indexes()
        assert store.actors(limit=5)  # the store reads as before
