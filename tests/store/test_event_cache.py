"""The clustering's events kept by the writer between save batches (``store.events.EventCache``), on SQLite and
PostgreSQL: a merge's batches read no event back, and whatever else changes the events between two batches (an
actor merged or split, a record saved again, another writer, a rolled-back batch) makes the cache start afresh,
so the clusters are always those a full re-clustering gives."""

from __future__ import annotations

import copy
import datetime as dt
import random
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import sqlalchemy as sa

from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store
from politika.store.events import EventCache, EventFilter
from politika.store.schema import event_cluster_members, event_clusters, events
from tests.httpserver import news_text
from tests.store.test_events_store import TEXTS, records, store_events


def _articles(seed: int, n: int, start: int = 0) -> list[tuple[Article, dict[str, Any]]]:
    """``n`` articles drawn from the test texts, their dates (and their events') shifted by a few days."""
    rng = random.Random(seed)
    made = records()
    out = []
    for i in range(start, start + n):
        key = rng.choice(list(TEXTS))
        title, date, site, text = TEXTS[key]
        shift = dt.timedelta(days=rng.choice([0, 0, 1, 2, 5, 9]))
        record = copy.deepcopy(made[key])
        for item in record["events"]:
            for field in ("date", "date_end"):
                if item.get(field):
                    item[field] = (dt.date.fromisoformat(item[field]) + shift).isoformat()
        out.append((Article(text=f"{text}\n{news_text(700 + i, 80)}", origin=f"test/c{i}.txt", title=title,
                            date=(dt.date.fromisoformat(date) + shift).isoformat(),
                            site=rng.choice([site, "Third Post"]), genre="news", language="en"), record))
    return out


def _save(store: Store, pending: list[tuple[Article, dict[str, Any]]]) -> list[tuple[int, dict[str, Any]]]:
    outcomes = store.add_articles([(a, fingerprint(a.text, None), "pending", None) for a, _ in pending])
    batch = [(o.pk, r) for o, (_, r) in zip(outcomes, pending, strict=True) if o.status == "stored"]
    store.save_records(batch, "test-model")
    return batch


def _clusters(store: Store) -> list[dict[str, Any]]:
    return sorted(store.events(EventFilter(include_negated=True), limit=None), key=lambda c: c["id"])


def _members(store: Store) -> list[tuple[Any, ...]]:
    """Every cluster's founder key and member events (pks), sorted: the clusters' contents, not their pks."""
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(event_clusters.c.key, event_clusters.c.event_count,
                                      event_clusters.c.article_count, event_clusters.c.outlet_count,
                                      event_cluster_members.c.event_pk)
                            .join(event_cluster_members, event_cluster_members.c.cluster_pk == event_clusters.c.pk))
        found: dict[str, list[Any]] = {}
        for key, n, articles, outlets, event_pk in rows:
            found.setdefault(f"{key}/{n}/{articles}/{outlets}", []).append(event_pk)
        return sorted((key, tuple(sorted(pks))) for key, pks in found.items())


def _as_a_full_recluster_gives(store: Store, stored: list[tuple[int, dict[str, Any]]]) -> None:
    """The clusters now are those of re-saving every record (every cluster stale, the relation walked again)."""
    by_batches, members = _clusters(store), _members(store)
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one() > len(members)
    store.save_records(stored, "test-model")
    assert _clusters(store) == by_batches
    # the event pks changed with the re-save; the members' articles and positions did not
    assert len(_members(store)) == len(members)


def _cache(store: Store) -> EventCache:
    cache = store._open.event_cache
    assert isinstance(cache, EventCache)
    return cache


@contextmanager
def _event_reads(store: Store) -> Iterator[list[str]]:
    """The statements that read events back for the clustering (``_load``), while the block runs."""
    seen: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if (statement.lstrip().upper().startswith("SELECT") and "event_actors.event_pk" in statement) \
                or "JOIN articles ON articles.pk = events.article_pk" in statement:
            seen.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", before)


def test_batches_read_no_event_back(store: Store) -> None:
    """A merge into a new store: after the first batch, the candidates, their clusters and the clusters joined all
    come from the cache; the clusters are those of a full re-clustering."""
    stored = _save(store, _articles(1, 4))
    with _event_reads(store) as reads:
        for n in range(6):
            stored += _save(store, _articles(2 + n, 5, start=10 + 5 * n))
    assert reads == []
    assert _cache(store).starts == 1 and len(_cache(store).events) > 0
    _as_a_full_recluster_gives(store, stored)


def test_a_store_with_events_is_read_under_the_floor(store_url: str) -> None:
    """Events stored before the writer started are read from the store (up to the floor), the writer's own from
    the cache: the same clusters."""
    with Store(store_url) as first:
        stored = _save(first, _articles(3, 12))
    with Store(store_url) as store:
        for n in range(4):
            stored += _save(store, _articles(4 + n, 6, start=20 + 6 * n))
        cache = _cache(store)
        assert cache.starts == 1 and cache.old and cache.floor
        _as_a_full_recluster_gives(store, stored)


@contextmanager
def _maybe_writer(store: Store, held: bool) -> Iterator[None]:
    if held:
        with store.writer():
            yield
    else:
        yield


@pytest.mark.parametrize("held", [False, True], ids=["no-lock", "writer-lock"])
def test_an_actor_merge_between_batches(store: Store, held: bool) -> None:
    """An actor merge (a user's correction: it takes no writer lock) between two batches of a writer, with or
    without the writer lock held (on PostgreSQL the stamp is then the highest keys alone)."""
    with _maybe_writer(store, held):
        _merge_between_batches(store)


def _merge_between_batches(store: Store) -> None:
    made = records()
    stored = _save(store, [(Article(text=TEXTS["v1"][3], origin="test/v1.txt", title="x", date="2024-07-05",
                                    site="Wire One", genre="news", language="en"), made["v1"])])
    v3 = copy.deepcopy(made["v3"])
    v3["actors"][0].update(kb_id=None, name="V. Orban")  # not linked: a stored actor of its own
    stored += _save(store, [(Article(text=TEXTS["v3"][3], origin="test/v3.txt", title="x", date="2024-07-06",
                                     site="Daily Two", genre="news", language="en"), v3)])
    starts = _cache(store).starts
    assert [c["articles"] for c in store.events(EventFilter(recipient="Putin"))] == [1, 1]
    store.merge_actors("Q57641", "V. Orban")  # not through the writer's save: the clusters move
    stored += _save(store, [(Article(text=TEXTS["v2"][3], origin="test/v2.txt", title="x", date="2024-07-06",
                                     site="Daily Two", genre="news", language="en"), made["v2"])])
    assert _cache(store).starts == starts + 1
    assert [c["articles"] for c in store.events(EventFilter(recipient="Putin"))] == [3]
    _as_a_full_recluster_gives(store, stored)


@pytest.mark.parametrize("held", [False, True], ids=["no-lock", "writer-lock"])
def test_an_actor_split_between_batches(store: Store, held: bool) -> None:
    with _maybe_writer(store, held):
        stored = _save(store, _articles(5, 10))
        starts = _cache(store).starts
        store.split_actor("Q7747", alias="Putin")  # the lone "Putin" mentions become an actor of their own
        stored += _save(store, _articles(6, 8, start=30))
        assert _cache(store).starts == starts + 1
        _as_a_full_recluster_gives(store, stored)


def test_under_the_writer_lock_no_count_is_read_and_a_new_turn_starts_afresh(store: Store) -> None:
    """On PostgreSQL the stamp under the writer lock is two index look-ups (no count of the clusters); the lock
    let go and taken again (another job may have written in between) starts the cache afresh."""
    counts: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if "count(*)" in statement.lower() and "event_clusters" in statement:
            counts.append(statement)

    with store.writer():
        stored = _save(store, _articles(15, 5))
        sa.event.listen(store.engine, "before_cursor_execute", seen)
        try:
            for n in range(3):
                stored += _save(store, _articles(16 + n, 4, start=10 + 4 * n))
        finally:
            sa.event.remove(store.engine, "before_cursor_execute", seen)
        assert _cache(store).starts == 1
    assert counts == []
    with store.writer():
        stored += _save(store, _articles(20, 4, start=40))
        assert _cache(store).starts == (2 if store.dialect == "postgresql" else 1)
    _as_a_full_recluster_gives(store, stored)


def test_another_thread_deleting_events_under_the_writer_lock(store_url: str) -> None:
    """Another thread of the same Store takes the events out of an article whose clusters hold nothing else and
    are not the newest: neither highest key moves, but its batch makes a new turn; the next batch must not join
    the deleted visit (PostgreSQL: a foreign-key error, or a cluster of a deleted event)."""
    import threading

    made = records()
    with Store(store_url) as store, store.writer():
        ids = store_events(store, ("v1", "u1"))
        gone = {**made["v1"], "events": []}
        thread = threading.Thread(target=lambda: store.save_records([(ids["v1"][0], gone)], "test-model"))
        thread.start()
        thread.join()
        starts = _cache(store).starts
        ids |= store_events(store, ("v2",))  # the meeting v1's visit would have joined
        assert _cache(store).starts == starts + 1
        assert [c["articles"] for c in store.events(EventFilter(actor="Orban"))] == [1]
        stored = [(ids["v1"][0], gone), (ids["u1"][0], made["u1"]), (ids["v2"][0], made["v2"])]
        by_batches = _clusters(store)
        store.save_records(stored, "test-model")
        assert _clusters(store) == by_batches


def test_records_saved_again_between_batches(store: Store) -> None:
    """The writer's own re-analysis: the slow way, the cache dropped and started afresh after it."""
    stored = _save(store, _articles(7, 10))
    store.save_records(stored[:3], "test-model")  # re-analysed: their events replaced, clusters remade
    stored += _save(store, _articles(8, 8, start=30))
    stored += _save(store, _articles(9, 8, start=40))
    assert _cache(store).starts == 2
    _as_a_full_recluster_gives(store, stored)


def test_another_writer_between_batches(store_url: str) -> None:
    """Another writer adds articles, and takes every event out of one (saved again with no events): its cluster
    is gone, and the next batch of the first writer must not join it."""
    with Store(store_url) as store, Store(store_url) as other:
        stored = _save(store, _articles(10, 8))
        starts = _cache(store).starts
        theirs = _save(other, _articles(11, 4, start=20))
        stored += _save(store, _articles(12, 4, start=30))
        assert _cache(store).starts == starts + 1
        gone = {**stored[0][1], "events": []}
        other.save_records([(stored[0][0], gone)], "test-model")  # deletes events, adds none
        stored = [(stored[0][0], gone), *stored[1:]]
        stored += _save(store, _articles(10, 8, start=40))  # the same draws as the first batch: they match
        assert _cache(store).starts == starts + 2
        _as_a_full_recluster_gives(store, stored + theirs)


def test_a_rolled_back_batch_is_forgotten(store: Store) -> None:
    stored = _save(store, _articles(13, 6))
    with pytest.raises(RuntimeError), store.transaction():
        _save(store, _articles(13, 6, start=20))  # would be the same events as the stored ones
        raise RuntimeError("the shard fails after its batch")
    assert _cache(store).floor is None  # dropped with the rows it learnt
    stored += _save(store, _articles(13, 6, start=40))
    _as_a_full_recluster_gives(store, stored)


def test_a_full_cache_starts_afresh(store: Store) -> None:
    store._open.event_cache = EventCache(limit=5)
    stored: list[tuple[int, dict[str, Any]]] = []
    for n in range(5):
        stored += _save(store, _articles(14 + n, 4, start=10 * n))
    assert _cache(store).starts > 2
    _as_a_full_recluster_gives(store, stored)
