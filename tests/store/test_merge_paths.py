"""The merge's shortcuts give what the general paths give (SQLite and PostgreSQL): actor counts added batch by
batch equal a full recount, and ``among`` with a long list (one JSON parameter on SQLite) finds what a short one
finds."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from politika.store import Store
from politika.store.actors import recount
from politika.store.schema import actors, articles
from politika.store.sql import among
from tests.store.test_actors_store import records, store_corpus


def _counts(store: Store) -> dict[str, tuple[Any, ...]]:
    with store.engine.connect() as conn:
        return {
            row.key: (row.mention_count, row.article_count, row.first_seen, row.last_seen)
            for row in conn.execute(sa.select(actors))
        }


def test_counts_added_batch_by_batch_equal_a_full_recount(store: Store) -> None:
    # a2 (8 July) before a1 (5 July), so that a later batch moves first_seen back; then one analysed again
    for key in ("a2", "a1", "a3"):
        store_corpus(store, (key,))
    added = _counts(store)
    assert added["kb:Q7747"] == (4, 3, "2024-07-05", "2024-07-12")  # Putin, as when stored in one batch
    with store.transaction() as conn:
        recount(conn, [pk for (pk,) in conn.execute(sa.select(actors.c.pk))])
    assert _counts(store) == added
    with store.engine.connect() as conn:
        a1 = conn.execute(sa.select(articles.c.pk).where(articles.c.origin == "test/a1.txt")).scalar_one()
    store.save_records([(a1, records()["a1"])], "test-model")  # its rows are replaced: counted again
    assert _counts(store) == added


def test_among_a_long_list_finds_what_a_short_one_finds(store: Store) -> None:
    ids = store_corpus(store)
    pks = sorted(pk for pk, _ in ids.values())
    names = sorted(article_id for _, article_id in ids.values())
    with store.engine.connect() as conn:
        for column, wanted, others in (
            (articles.c.pk, pks, list(range(10_000, 10_200))),
            (articles.c.id, names, [f"Kováč {n}" for n in range(200)]),
        ):
            short = conn.execute(sa.select(column).where(among(conn, column, wanted)).order_by(column)).scalars()
            long = conn.execute(
                sa.select(column).where(among(conn, column, [*others, *wanted])).order_by(column)
            ).scalars()
            assert list(short) == list(long) == wanted
