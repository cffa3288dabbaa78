"""The change counters of ``data_versions`` on SQLite (``store.versions``, migration 0017) move whenever the row
triggers they replaced would have: every write path of the store is run with those triggers put back as TEMP
triggers counting into a table of their own, and each counter they move must move in ``data_versions`` too."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command

from politika.store import Store
from politika.store.bulk import insert_new_rows, insert_rows
from politika.store.corrections import reindex_articles
from politika.store.engine import _alembic_config, migrate
from politika.store.schema import actor_decisions, claims, runs
from politika.store.versions import NOT_ON_UPDATE, WATCHED
from tests.store.test_actors_store import store_corpus
from tests.store.test_aggregates import store_copies
from tests.store.test_causal_store import store_links

WRITES = ("INSERT", "UPDATE", "DELETE")


@pytest.fixture(autouse=True)
def lexical(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("POLITIKA_FACTOR_SIMILARITY", "lexical")
    yield


@pytest.fixture
def watched() -> Iterator[Store]:
    """An in-memory store (one connection, so TEMP triggers see every write) with the row triggers of migrations
    0007 and 0012 counting into ``temp.row_versions``."""
    with Store(":memory:") as store:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TEMP TABLE row_versions (name TEXT PRIMARY KEY, n INTEGER NOT NULL)")
            for name, tables in WATCHED.items():
                conn.exec_driver_sql(f"INSERT INTO temp.row_versions VALUES ('{name}', 0)")
                for table in tables:
                    for write in WRITES:
                        if write == "UPDATE" and table in NOT_ON_UPDATE:
                            continue
                        conn.exec_driver_sql(
                            f"CREATE TEMP TRIGGER row_{table}_{write.lower()} AFTER {write} ON main.{table} "
                            f"BEGIN UPDATE row_versions SET n = n + 1 WHERE name = '{name}'; END")
        yield store


def _counters(store: Store) -> tuple[dict[str, int], dict[str, int]]:
    with store.engine.connect() as conn:
        kept = dict(conn.exec_driver_sql("SELECT name, n FROM main.data_versions").all())
        rows = dict(conn.exec_driver_sql("SELECT name, n FROM temp.row_versions").all())
    return kept, rows


def _moved(store: Store, write: Callable[[], Any]) -> tuple[set[str], set[str]]:
    """The counters ``write`` moved in ``data_versions``, and those the row triggers moved."""
    kept_before, rows_before = _counters(store)
    write()
    kept_after, rows_after = _counters(store)
    return ({name for name in kept_after if kept_after[name] != kept_before[name]},
            {name for name in rows_after if rows_after[name] != rows_before[name]})


def _check(store: Store, write: Callable[[], Any]) -> set[str]:
    kept, rows = _moved(store, write)
    assert rows <= kept, f"not moved: {sorted(rows - kept)}"
    return kept


def test_every_write_path_moves_the_counters_its_rows_move(watched: Store) -> None:
    store = watched
    assert _check(store, lambda: store_copies(store, 8)) >= {"articles", "events", "appearances"}  # an ingest
    assert _check(store, lambda: None) == set()
    ids = store_corpus(store)
    assert _check(store, lambda: store.merge_actors("Vladimir Putin", "Orban")) >= {"ties", "appearances"}
    assert "appearances" in _check(store, lambda: store.split_actor("Anna Kovacs", alias="Kovacs"))
    _check(store, lambda: store.save_records([(pk, {"actors": []}) for pk, _ in ids.values()], "test-model"))
    assert "causal" in _check(store, lambda: store_links(store))
    factors = store.factors()
    assert "causal" in _check(store, lambda: store.rename_factor(factors[0]["id"], "a new name"))
    assert "causal" in _check(store, lambda: store.merge_factors(factors[1]["id"], factors[2]["id"]))
    _check(store, store.reset_analysis)

    def reindex() -> None:
        with store.transaction() as conn:
            reindex_articles(conn, [pk for pk, _ in ids.values()])

    _check(store, reindex)
    assert _check(store, lambda: store.mark(ids["a1"][0], "failed", "a reason")) == set()  # a status: no count
    assert _check(store, lambda: store.record_error(None, "x", "kind", "reason")) == set()


def test_each_statement_moves_its_counter_once_and_a_rollback_nothing(watched: Store) -> None:
    store = watched
    store_corpus(store)
    rows = [{"action": "merge", "payload": {"keep": 1, "gone": n}, "created_at": "now"} for n in range(50)]
    before, _ = _counters(store)
    _in_transaction(store, lambda c: insert_rows(c, actor_decisions, rows))  # the bulk loader's executemany
    assert _counters(store)[0]["ties"] == before["ties"] + 1  # 50 rows, one move
    assert _check(store, lambda: _in_transaction(store, lambda c: insert_new_rows(c, actor_decisions, rows))) \
        == {"ties"}
    assert _check(store, lambda: _in_transaction(store, lambda c: c.execute(
        actor_decisions.insert().values(action="split", payload={}, created_at="now")
        .returning(actor_decisions.c.pk)).all())) == {"ties"}  # counted before its rows are fetched
    assert _check(store, lambda: _in_transaction(store, lambda c: c.execute(
        actor_decisions.update().where(actor_decisions.c.pk > 10).values(created_at="later")))) == {"ties"}
    assert _check(store, lambda: _in_transaction(store, lambda c: c.exec_driver_sql(
        "DELETE FROM actor_decisions WHERE pk > 10"))) == {"ties"}
    assert _check(store, lambda: _in_transaction(store, lambda c: c.execute(
        actor_decisions.delete().where(actor_decisions.c.pk < 0)))) == set()  # no row changed
    assert _check(store, lambda: _in_transaction(store, lambda c: c.execute(
        claims.delete().where(claims.c.pk < 0)))) == set()
    assert _check(store, lambda: _in_transaction(store, lambda c: c.execute(
        runs.insert().values(command="x", started_at="now")))) == set()  # a table no counter watches

    def rolled_back() -> None:
        with pytest.raises(RuntimeError), store.engine.begin() as conn:
            conn.execute(actor_decisions.insert().values(action="merge", payload={}, created_at="now"))
            raise RuntimeError("give up")

    assert _moved(store, rolled_back) == (set(), set())


def _in_transaction(store: Store, write: Callable[[sa.Connection], Any]) -> None:
    with store.engine.begin() as conn:
        write(conn)


def _triggers(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        return set(conn.scalars(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                        "AND name LIKE 'tr_version_%'")))


def test_the_upgrade_drops_the_row_triggers_and_moves_every_counter(tmp_path: Path) -> None:
    with Store(str(tmp_path / "store.db")) as store:
        store_corpus(store)
        assert _triggers(store) == set()
        with store.engine.begin() as conn:
            command.downgrade(_alembic_config(conn), "0016")
        assert len(_triggers(store)) == 2 + 3 + 6 + 6 + 18  # the row triggers of 0007 and 0012
        before, _ = _counters_main(store)
        migrate(store.engine)
        assert _triggers(store) == set()
        after, _ = _counters_main(store)
        assert all(after[name] > before[name] for name in WATCHED)
        with store.engine.begin() as conn:
            conn.execute(actor_decisions.insert().values(action="merge", payload={}, created_at="now"))
        assert _counters_main(store)[0]["ties"] == after["ties"] + 1


def _counters_main(store: Store) -> tuple[dict[str, int], None]:
    with store.engine.connect() as conn:
        return dict(conn.exec_driver_sql("SELECT name, n FROM data_versions").all()), None
