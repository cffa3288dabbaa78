"""The store on SQLite and PostgreSQL: writing, analysis bookkeeping, reading, search, stats, export, migrations."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.config import Config
from alembic.script import ScriptDirectory

from politika.errors import InputError, StoreError
from politika.ingest.dedupe import BANDS, fingerprint
from politika.ingest.document import Article
from politika.store import ArticleFilter, Store
from politika.store import engine as engine_module
from politika.store import store as store_module
from politika.store.engine import migrate
from politika.store.schema import article_bands, articles, records
from tests.httpserver import news_text
from tests.store.test_events_store import records as event_records
from tests.store.test_events_store import store_events


def make_article(n: int, title: str, text: str | None = None, **fields: object) -> Article:
    values: dict[str, object] = {"site": "Test Ledger", "genre": "news", "language": "en",
                                 "date": f"2024-07-{10 + n:02d}", "authors": ["Anna Berglund"]}
    values.update(fields)
    return Article(text=text or news_text(300 + n, 150), origin=f"src/{n}.md", title=title,
                   **values)  # type: ignore[arg-type]


def add(store: Store, *items: Article, status: str = "pending") -> list[str]:
    outcomes = store.add_articles([(a, fingerprint(a.text, a.canonical_url or a.url), status, None)
                                   for a in items])
    return [o.status for o in outcomes]


def test_add_articles_outcomes(store: Store) -> None:
    first = make_article(1, "Estavia budget passes", url="https://example.org/budget")
    copy = make_article(2, "Copy", text=first.text)
    copy.origin = "src/copy.md"
    same_url = make_article(3, "Same URL", url="https://www.example.org/budget/")
    assert add(store, first, copy, same_url) == ["stored", "duplicate", "duplicate"]
    assert first.id is not None and len(first.id) == 16
    assert add(store, first, copy) == ["already", "already"]
    stored = store.get_article(first.id)
    assert stored is not None
    assert [(d["origin"], d["kind"]) for d in stored["duplicates"]] == [("src/copy.md", "content"),
                                                                         ("src/3.md", "url")]
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(article_bands)).scalar_one() == BANDS


def test_pending_and_save_records(store: Store) -> None:
    items = [make_article(n, f"Story {n}") for n in range(3)]
    add(store, *items)
    add(store, make_article(5, "Skipped one"), status="skipped")
    pending = next(store.iter_pending())
    assert [a.title for _, a in pending] == ["Story 0", "Story 1", "Story 2"]
    assert [[a.title for _, a in batch] for batch in store.iter_pending(batch=2)] == [["Story 0", "Story 1"],
                                                                                      ["Story 2"]]
    assert [a.title for batch in store.iter_pending(pks=[pending[1][0]]) for _, a in batch] == ["Story 1"]
    store.save_records([(pk, {"id": a.id, "mentions": []}) for pk, a in pending[:2]], "test-model")
    assert [a.title for _, a in next(store.iter_pending())] == ["Story 2"]
    data = store.get_article(pending[0][1].id or "")
    assert data is not None and data["status"] == "analysed" and data["record"] == {"id": pending[0][1].id,
                                                                                   "mentions": []}
    assert data["model"] == "test-model"
    store.save_records([(pending[0][0], {"id": "again"})], "test-model")  # analysing again replaces the record
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(records)).scalar_one() == 2
    assert store.reset_analysis() == 2
    assert sum(len(batch) for batch in store.iter_pending()) == 3


def test_iter_pending_reads_each_batch_when_asked(store: Store) -> None:
    add(store, *[make_article(n, f"Story {n}") for n in range(3)])
    batches = store.iter_pending(batch=1)
    [(_, first)] = next(batches)
    assert first.title == "Story 0"
    second_pk = next(store.iter_pending())[1][0]
    store.save_records([(second_pk, {"id": "done"})], "m")  # analysed meanwhile: not read again
    add(store, make_article(7, "Story 7"))  # stored meanwhile: at the end
    assert [a.title for batch in batches for _, a in batch] == ["Story 2", "Story 7"]


def test_list_articles_filters(store: Store) -> None:
    add(store,
        make_article(1, "News one", site="Wire", authors=["Jonas Eklund"]),
        make_article(2, "Opinion two", genre="opinion", authors=["Ján Kováč", "Rosa Ferreira"]),
        make_article(3, "German three", language="de", site="Wire"),
        make_article(4, "Undated", date=None))
    titles = [r["title"] for r in store.list_articles()]
    assert titles == ["German three", "Opinion two", "News one", "Undated"]  # newest first, undated last

    def pick(**kwargs: object) -> list[str]:
        return sorted(r["title"] for r in store.list_articles(ArticleFilter(**kwargs)))  # type: ignore[arg-type]

    assert pick(site="Wire") == ["German three", "News one"]
    assert pick(genre="opinion") == ["Opinion two"]
    assert pick(language="de") == ["German three"]
    assert pick(since="2024-07-12", until="2024-07-12") == ["Opinion two"]
    assert pick(author="eklund") == ["News one"]
    assert pick(author="Kováč") == ["Opinion two"]
    assert pick(status="pending") == ["German three", "News one", "Opinion two", "Undated"]
    assert [r["title"] for r in store.list_articles(limit=2, offset=1)] == ["Opinion two", "News one"]


def test_get_article_by_id_prefix_source_id_and_url(store: Store) -> None:
    article = make_article(1, "Find me", id="my-own-7", url="https://example.org/find-me")
    add(store, article)
    assert article.id is not None
    for key in (article.id, article.id[:6], "my-own-7", "https://example.org/find-me"):
        found = store.get_article(key)
        assert found is not None and found["title"] == "Find me", key
        assert "minhash" not in found and "search" not in found
    assert store.get_article("ffffffffffff") is None
    assert store.get_article("https://example.org/nothing") is None


def test_search_ranks_title_matches_first_and_stems(store: Store) -> None:
    add(store,
        make_article(1, "Budget vote delayed", text="The parliament delayed the budget vote. "
                     "Observers in Pyongyang and elsewhere watched the debate closely. " * 3),
        make_article(2, "Pyongyang summit ends", text="Leaders met for two days and signed a communiqué on "
                     "trade. The summit ended without a joint press conference. " * 3),
        make_article(3, "Ministers meet", text="The ministers sanctioned three companies for breaking the "
                     "embargo and promised further measures next month. " * 3))
    results = store.search("Pyongyang")
    assert [r["title"] for r in results] == ["Pyongyang summit ends", "Budget vote delayed"]
    assert all(r["snippet"] for r in results)
    assert [r["title"] for r in store.search("sanctions")] == ["Ministers meet"]
    assert store.search("   ") == []
    assert store.search("zzzunknownword") == []
    assert [r["title"] for r in store.search("Pyongyang", ArticleFilter(since="2024-07-12"))] == [
        "Pyongyang summit ends"]


def test_search_filters_apply_before_the_limit(store: Store) -> None:
    """A filter that keeps only a low-ranked match still finds it: filters narrow the full-text query itself."""
    add(store, *[make_article(n, f"Pyongyang talks {n}") for n in range(11)],
        make_article(11, "Far away", text=news_text(900, 150) + " Pyongyang was quiet.", site="Far Post"))
    assert "Far away" not in [r["title"] for r in store.search("Pyongyang", limit=5)]  # ranked last
    assert [r["title"] for r in store.search("Pyongyang", ArticleFilter(site="Far Post"), limit=1)] == ["Far away"]


@pytest.mark.parametrize("bound", [(1, 1), (1, 3), (10, 200)])  # SQLite ranks this many matches first, then all
def test_filtered_search_gives_the_best_matches_the_filter_keeps(store: Store, bound: tuple[int, int],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The same answer as ranking every match and filtering, whether the filter keeps enough of the bounded
    first ranking or not: the best ``limit`` matches in the filter, best first, with snippet and rank."""
    monkeypatch.setattr(store_module, "SEARCH_BOUND", bound[0])
    monkeypatch.setattr(store_module, "SEARCH_BOUND_MIN", bound[1])
    sites = ["Near Post", "Far Post", "Near Post", "Mid Post"]
    add(store, *[make_article(n, f"Pyongyang talks {n}", text=news_text(900 + n, 20 + 15 * n) + " Pyongyang.",
                              site=sites[n % 4]) for n in range(12)])
    everything = store.search("Pyongyang", limit=50)
    ranks = [r["rank"] for r in everything]  # bm25: lower is better; PostgreSQL's ts_rank: higher is better
    assert len(everything) == 12 and ranks == sorted(ranks, reverse=store.dialect != "sqlite")
    for site in ("Near Post", "Far Post", "Mid Post", "Nowhere"):
        for limit in (1, 2, 5):
            found = store.search("Pyongyang", ArticleFilter(site=site), limit=limit)
            assert [r["id"] for r in found] == [r["id"] for r in everything if r["site"] == site][:limit]
            assert all(r["snippet"] and "[Pyongyang]" in r["snippet"] for r in found)
    assert [r["id"] for r in store.search("Pyongyang", limit=3)] == [r["id"] for r in everything[:3]]


def test_actor_and_event_type_filters(store: Store) -> None:
    """Articles that mention an actor (name, id or kb id), or report an asserted event of a PLOVER type; in listing,
    search and export. Records are built as in the events tests (no NLP)."""
    ids = store_events(store)

    def listed(**kwargs: Any) -> list[str]:
        return [r["title"] for r in store.list_articles(ArticleFilter(**kwargs))]

    xi = ["Sanctions", "Brussels is angry"]  # newest first
    assert listed(actor="Xi Jinping") == listed(actor="Q15031") == listed(actor="kb:Q15031") == xi
    # the two articles of the same day in the order they were stored
    assert listed(actor="Orban") == ["The Kremlin on Orban", "Brussels is angry", "Orban in Moscow"]
    assert listed(actor="Xi Jinping", site="Wire One") == []
    assert listed(event_type="sanction") == listed(event_type="SANCTION") == ["Sanctions"]
    assert listed(event_type="consult", actor="Q7747", until="2024-07-05") == ["Orban in Moscow"]
    assert listed(event_type="ASSAULT") == []
    assert [r["title"] for r in store.search("Moscow")] and {r["title"] for r in store.search("Moscow")} == {
        "Orban in Moscow", "The Kremlin on Orban", "Brussels is angry"}
    assert [r["title"] for r in store.search("Moscow", ArticleFilter(actor="Q15031"))] == ["Brussels is angry"]
    assert [r["title"] for r in store.search("Putin", ArticleFilter(event_type="Sanction"))] == ["Sanctions"]
    assert [r["title"] for r in store.iter_export(ArticleFilter(actor="Xi Jinping"), with_record=False)] == [
        "Brussels is angry", "Sanctions"]
    # An article whose only event of a type is negated is not kept for that type.
    only_negated = event_records()["v1"]
    only_negated["events"] = [e for e in only_negated["events"] if e["negated"]]
    store.save_records([(ids["v1"][0], only_negated)], "test-model")
    assert "Orban in Moscow" not in listed(event_type="CONSULT")
    assert "Orban in Moscow" in listed(actor="Zelensky")  # mentioned, though only in the negated meeting


@pytest.mark.parametrize(("filters", "message"), [
    (ArticleFilter(actor="Nobody Atall"), "Nobody Atall: no such actor"),
    (ArticleFilter(event_type="VISIT"), "event_type=VISIT: not a PLOVER event type"),
])
def test_bad_actor_and_event_type(store: Store, filters: ArticleFilter, message: str) -> None:
    store_events(store)
    with pytest.raises(InputError, match=message):
        store.list_articles(filters)
    with pytest.raises(InputError, match=message):
        store.search("Moscow", filters)


def test_stats_and_export(store: Store) -> None:
    add(store, make_article(1, "One"), make_article(2, "Two", genre="opinion", site="Other"))
    add(store, make_article(3, "Three", language="ru"), status="skipped")
    pk, first = next(store.iter_pending())[0]
    store.save_records([(pk, {"id": first.id})], "m")
    store.record_error(store.start_run("ingest x"), "bad.html", "input", "empty file")
    stats = store.stats()
    assert stats["articles"] == 3 and stats["sites"] == 2 and stats["ingest_errors"] == 1
    assert stats["by_status"] == {"analysed": 1, "pending": 1, "skipped": 1}
    assert stats["by_language"] == {"en": 2, "ru": 1} and stats["by_genre"] == {"news": 2, "opinion": 1}
    assert (stats["first_date"], stats["last_date"]) == ("2024-07-11", "2024-07-13")
    assert stats["words"] == sum(len(r["text"].split()) for r in store.iter_export())
    rows = list(store.iter_export(batch=2))
    assert [r["title"] for r in rows] == ["One", "Two", "Three"]
    assert rows[0]["record"] == {"id": first.id} and rows[1]["record"] is None
    assert "pk" not in rows[0] and rows[0]["authors"] == ["Anna Berglund"]
    assert [r["title"] for r in store.iter_export(ArticleFilter(genre="opinion"), with_record=False)] == ["Two"]
    assert store.errors()[0]["source"] == "bad.html"


def test_migrations_run_twice_and_existing_store_opens(store_url: str) -> None:
    with Store(store_url) as first:
        add(first, make_article(1, "Kept"))
        migrate(first.engine)  # at head already: nothing to do, no error
    with Store(store_url) as again:
        assert [r["title"] for r in again.list_articles()] == ["Kept"]
        with again.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one() == _head()
            assert conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one() == 1


def _open_when_released(url: str, barrier: Any) -> str:
    barrier.wait()
    try:
        Store(url).close()
        return "ok"
    except StoreError as exc:
        return str(exc)


def test_processes_opening_one_new_store_at_once_migrate_it_once(store_url: str) -> None:
    """An ingest and a web server (or a job's workers) that open a new store together all get it at head.

    Before the migration lock the second process created the same tables again and stopped with
    "table articles already exists"; without the lock this failed on every try.
    """
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        barrier = manager.Barrier(4)
        with context.Pool(4) as pool:
            outcomes = pool.starmap(_open_when_released, [(store_url, barrier)] * 4)
    assert outcomes == ["ok"] * 4
    with Store(store_url) as store, store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all() == [_head()]


def _head() -> str:
    config = Config()
    config.set_main_option("script_location", str(Path(engine_module.__file__).with_name("migrations")))
    return str(ScriptDirectory.from_config(config).get_current_head())


def test_missing_sqlite_store_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        Store(str(tmp_path / "absent.db"), create=False)


def test_ambiguous_id_prefix_is_a_user_error(store: Store) -> None:
    one, two = make_article(1, "One", text=news_text(67, 40)), make_article(2, "Two", text=news_text(225, 40))
    add(store, one, two)
    assert one.id is not None and two.id is not None and one.id[:4] == two.id[:4] != one.id[:5]
    with pytest.raises(InputError, match="ambiguous id prefix"):
        store.get_article(one.id[:4])
    assert store.get_article(one.id[:8])["title"] == "One"  # type: ignore[index]


def test_rerun_of_duplicates_is_already_stored(store: Store) -> None:
    # PostgreSQL reports rowcount -1 for INSERT .. ON CONFLICT DO NOTHING RETURNING: a rerun must still see
    # that the duplicate row exists.
    first = make_article(1, "First")
    copy = make_article(2, "Copy", text=first.text)
    assert add(store, first, copy) == ["stored", "duplicate"]
    assert add(store, first, copy) == ["already", "already"]
    assert store.stats()["duplicates"] == {"content": 1}


def test_switching_a_new_file_to_wal_is_tried_again_while_it_is_locked() -> None:
    """Processes opening one new SQLite file at once: all but one get "database is locked" at once from the
    journal-mode switch (SQLite's deadlock answer, which skips the busy timeout); the switch is tried again."""
    import sqlite3

    from politika.store.engine import _set_wal

    class Cursor:
        def __init__(self, failures: int) -> None:
            self.failures, self.calls = failures, 0

        def execute(self, sql: str) -> None:
            self.calls += 1
            if self.calls <= self.failures:
                raise sqlite3.OperationalError("database is locked")

    cursor = Cursor(failures=3)
    _set_wal(cursor)
    assert cursor.calls == 4
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _set_wal(Cursor(failures=1000), wait=0.05)
