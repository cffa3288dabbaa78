"""Bulk loading on SQLite and PostgreSQL (COPY): a merged shard stores each article once, a rerun stores
nothing twice, a bad result line is reported and skipped, a failure in the middle leaves nothing behind."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

import politika.store.actors as actors_module
from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.scale.merge import merge_results
from politika.scale.worker import _fp_dict
from politika.store import Store
from politika.store.bulk import insert_new_rows, insert_rows
from politika.store.claims import opinion_score
from politika.store.schema import (
    actors,
    article_actors,
    article_bands,
    articles,
    causal_factors,
    duplicates,
    records,
)
from tests.httpserver import news_text
from tests.store.test_actors_store import TEXTS
from tests.store.test_actors_store import records as actor_records

MODEL = "test-model"


def result_line(article: Article, status: str = "pending", record: dict[str, Any] | None = None) -> str:
    fp = fingerprint(article.text, article.canonical_url or article.url)
    if status == "pending" and record is None:
        record = {"id": fp.content_hash[:16], "sentences": [], "mentions": [], "actors": []}
    return json.dumps({"article": article.to_dict(), "fingerprint": _fp_dict(fp), "status": status,
                       "reason": None if status == "pending" else "language de", "record": record})


def shard_lines(n: int = 6) -> list[str]:
    """``n`` plain articles, the three actor articles of the actors tests, a copy of the first text under another
    origin (a duplicate), and one skipped article: ``n + 3`` articles to store."""
    lines = []
    for i in range(n):
        lines.append(result_line(Article(text=news_text(500 + i, 80), origin=f"shard/{i}.txt", title=f"Item {i}",
                                         date="2024-07-12", language="en", url=f"https://shard.example/{i}")))
    made = actor_records()
    for key, (title, date, text) in TEXTS.items():
        article = Article(text=text, origin=f"shard/{key}.txt", title=title, date=date, language="en",
                          url=f"https://shard.example/{key}")
        record = {**made[key], "id": fingerprint(text, article.url).content_hash[:16]}
        lines.append(result_line(article, record=record))
    lines.append(result_line(Article(text=news_text(500, 80), origin="mirror/0.txt", url="https://mirror.example/0",
                                     language="en")))
    lines.append(result_line(Article(text="Ein kurzer Text auf Deutsch über die Regierung.", origin="shard/de.txt",
                                     language="de"), status="skipped"))
    return lines


def write_results(path: Path, lines: list[str]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write("".join(line + "\n" for line in lines))
    return path


def table_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {table.name: int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())
                for table in (articles, article_bands, records, duplicates, actors, article_actors)}


def test_a_merged_shard_stores_each_article_once_and_a_rerun_nothing_twice(store: Store, tmp_path: Path) -> None:
    path = write_results(tmp_path / "shard.jsonl.gz", shard_lines())
    counts = merge_results(store, path, MODEL, batch_size=4)  # several batches in the shard's transaction
    assert (counts.stored, counts.duplicates, counts.skipped_language, counts.failed) == (10, 1, 1, 0)
    assert counts.analysed == 9
    first = table_counts(store)
    assert (first["articles"], first["annotations"], first["duplicates"]) == (10, 9, 1)
    assert first["actors"] > 0 and first["article_actors"] > 0
    assert store.stats()["by_status"] == {"analysed": 9, "skipped": 1}
    names = {a["name"]: a for a in store.actors(limit=50)}
    assert names["Vladimir Putin"]["article_count"] == 3  # the actor index is built as by save_records
    # The same shard again, in smaller batches: every article is `already` stored, nothing is added.
    again = merge_results(store, path, MODEL, batch_size=3)
    assert (again.stored, again.already_stored, again.analysed) == (0, 11, 0)
    assert table_counts(store) == first


def test_a_bad_result_line_is_reported_in_one_line_and_the_rest_is_loaded(store: Store, tmp_path: Path) -> None:
    lines = shard_lines(3)
    nul = json.loads(result_line(Article(text="A text with a NUL \x00 inside it, which is not storable.",
                                         origin="shard/nul.txt", language="en")))
    missing = json.loads(lines[0])
    del missing["fingerprint"]
    missing["article"]["origin"] = "shard/nofp.txt"
    bad = [lines[0][:40], json.dumps(nul), json.dumps(missing), json.dumps({**json.loads(lines[1]), "status": "x"})]
    path = write_results(tmp_path / "bad.jsonl.gz", [bad[0], *lines[:1], bad[1], bad[2], *lines[1:], bad[3]])
    errors: list[dict[str, str]] = []
    counts = merge_results(store, path, MODEL, on_error=errors.append)
    assert counts.failed == 4 and counts.stored == 7  # 3 plain + 3 actor articles + the skipped one
    sources = [e["source"] for e in errors]
    assert sources == [f"{path}:1", f"{path}:3 (shard/nul.txt)", f"{path}:4 (shard/nofp.txt)",
                       f"{path}:{len(lines) + 4} (shard/1.txt)"]
    for error in errors:
        assert "\n" not in error["reason"] and error["reason"].startswith("cannot load this result line")
    assert "NUL" in errors[1]["reason"] and "fingerprint" in errors[2]["reason"]
    assert table_counts(store)["articles"] == 7


def test_a_failure_in_the_middle_of_a_shard_leaves_nothing_half_written(store: Store, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_results(tmp_path / "shard.jsonl.gz", shard_lines())
    empty = table_counts(store)
    real = Store.save_records
    calls = []

    def dies_on_the_second_batch(self: Store, items: Any, model: str) -> None:
        calls.append(len(items))
        real(self, items, model)  # the first batch's records are written, then the connection "breaks"
        if len(calls) == 2:
            raise sa.exc.OperationalError("INSERT", {}, Exception("server closed the connection unexpectedly"))

    monkeypatch.setattr(Store, "save_records", dies_on_the_second_batch)
    with pytest.raises(sa.exc.OperationalError):
        merge_results(store, path, MODEL, batch_size=4)
    assert len(calls) == 2
    assert table_counts(store) == empty
    monkeypatch.setattr(Store, "save_records", real)
    counts = merge_results(store, path, MODEL, batch_size=4)
    assert (counts.stored, counts.analysed) == (10, 9)
    assert {k: table_counts(store)[k] for k in ("articles", "annotations")} == {"articles": 10, "annotations": 9}


def _refuse_marked_records(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store refuses a record marked ``"refuse"``: indexing its actors raises."""
    real = actors_module.index_actors

    def refuses(conn: sa.Connection, items: Any, *args: Any, **kwargs: Any) -> Any:
        if any(record.get("refuse") for _, record in items):
            raise ValueError("cannot index this record")
        return real(conn, items, *args, **kwargs)

    monkeypatch.setattr(actors_module, "index_actors", refuses)


def test_a_merged_article_is_stored_analysed_at_once_and_a_refused_record_leaves_no_score(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The merge stores an article whose record it saves as analysed, with the record's opinion score, in its
    insert: no update of the article's row after. A record the store refuses leaves its article failed, with no
    score and no record, as the update path did."""
    lines = shard_lines(3)
    refused = json.loads(lines[-3])  # the third actor article: its record is refused
    refused["record"]["refuse"] = True
    lines[-3] = json.dumps(refused)
    _refuse_marked_records(monkeypatch)
    updates: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE ARTICLES"):
            updates.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", seen)
    counts = merge_results(store, write_results(tmp_path / "shard.jsonl.gz", lines), MODEL)
    assert (counts.stored, counts.duplicates, counts.analysed, counts.analysis_failed) == (7, 1, 5, 1)
    assert len(updates) == 1  # only the refused record's article, marked failed
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(articles.c.origin, articles.c.status, articles.c.word_count,
                                      articles.c.opinion_score, records.c.record)
                            .outerjoin(records, records.c.article_pk == articles.c.pk)).all()
    by_origin = {row.origin: row for row in rows}
    failed = by_origin[refused["article"]["origin"]]
    assert (failed.status, failed.opinion_score, failed.record) == ("failed", None, None)
    analysed = [row for row in rows if row.status == "analysed"]
    assert len(analysed) == 5
    for row in analysed:
        record = row.record if isinstance(row.record, dict) else json.loads(row.record)
        assert row.opinion_score == opinion_score(record, row.word_count)
    # Outside a transaction that saves the records too, an article is stored as it came (pending).
    article = Article(text=news_text(900, 80), origin="alone.txt", language="en")
    store.add_articles([(article, fingerprint(article.text, None), "pending", None)], {0: 0.5})
    assert store.stats()["by_status"]["pending"] == 1


def test_insert_rows_keeps_order_and_skips_stored_keys_on_postgresql(store: Store) -> None:
    rows = [{"key": f"k{i}", "name": f"Kováč {i}", "created_at": "2024-07-01T10:00:00"} for i in range(5)]
    with store.engine.begin() as conn:
        pks = insert_rows(conn, causal_factors, rows, returning="pk", key="key")
    with store.engine.connect() as conn:
        stored = dict(conn.execute(sa.select(causal_factors.c.key, causal_factors.c.pk)).all())
    assert pks == [stored[row["key"]] for row in rows] and len(set(pks)) == 5
    more = [{"key": "k9", "name": "new", "created_at": "2024-07-02T10:00:00"}, rows[2]]
    if store.dialect == "postgresql":
        with store.engine.begin() as conn:
            again = insert_rows(conn, causal_factors, more, returning="pk", key="key")
        assert again[0] is not None and again[1] is None  # k2 is stored already: left out, not stored twice
    else:
        with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as conn:
            insert_rows(conn, causal_factors, more, returning="pk", key="key")
    with store.engine.connect() as conn:
        # PostgreSQL: k9 added, k2 once; SQLite: the failed INSERT rolled back with its transaction.
        assert conn.execute(sa.select(sa.func.count()).select_from(causal_factors)).scalar_one() == \
            (6 if store.dialect == "postgresql" else 5)


def test_insert_new_rows_gives_the_keys_in_row_order_and_later_inserts_follow(store: Store) -> None:
    rows = [{"key": f"n{i}", "name": f"Factor {i}", "created_at": "2024-07-01T10:00:00"} for i in (3, 1, 2)]
    with store.engine.begin() as conn:
        pks = insert_new_rows(conn, causal_factors, rows)
        # a row inserted afterwards the ordinary way gets a key after them (PostgreSQL: the sequence moved on)
        later = conn.execute(causal_factors.insert().returning(causal_factors.c.pk),
                             {"key": "after", "name": "after", "created_at": "2024-07-01T10:00:00"}).scalar_one()
    with store.engine.connect() as conn:
        stored = dict(conn.execute(sa.select(causal_factors.c.key, causal_factors.c.pk)).all())
    assert pks == [stored[row["key"]] for row in rows] == sorted(pks) and len(set(pks)) == 3
    assert later > max(pks)
    with store.engine.begin() as conn:
        assert insert_new_rows(conn, causal_factors, []) == []


@pytest.mark.postgres
def test_long_values_are_compressed_with_lz4_on_postgresql_and_read_back_the_same(pg_url: str) -> None:
    # pglz spent about a tenth of a merge's server time; LZ4 only changes how the values are kept on disk
    text = " ".join(f"word{i % 400} Kováč" for i in range(20_000))
    with Store(pg_url) as store:
        (outcome,) = store.add_articles([(Article(text=text, origin="t/long.txt", language="en"),
                                          fingerprint(text, None), "pending", None)])
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW default_toast_compression").scalar() == "lz4"
            method = conn.execute(sa.select(sa.func.pg_column_compression(articles.c.text))
                                  .where(articles.c.pk == outcome.pk)).scalar()
            stored = conn.execute(sa.select(articles.c.text).where(articles.c.pk == outcome.pk)).scalar()
        assert method == "lz4" and stored == text


def test_a_results_line_the_standard_encoder_wrote_is_still_read(tmp_path: Path) -> None:
    # Workers write their results with orjson (a NaN as null); a shard of an older worker has the standard library's
    # text, ``NaN`` and \u-escapes included, which orjson refuses: the merge reads it all the same.
    from politika.scale.merge import read_results

    article = Article(text="Kyiv said on Monday that talks on grain exports would resume.", origin="old/1.txt",
                      language="en")
    old = json.loads(result_line(article))
    old["record"]["score"] = float("nan")
    path = write_results(tmp_path / "old.jsonl.gz", [json.dumps(old), result_line(article)])
    rows = list(read_results(path))
    assert len(rows) == 2 and all(isinstance(row, tuple) for row in rows)
    first = rows[0]
    assert isinstance(first, tuple) and first[0].origin == "old/1.txt"
    assert first[4] is not None and first[4]["score"] != first[4]["score"]  # NaN, read back


def worker_line(line: str) -> str:
    """``line`` as this version's worker writes it (``scale.worker.process_shard``): orjson's text, the article's word
    count, the record last."""
    from politika.store.engine import json_text

    data = json.loads(line)
    record = data.pop("record")
    return json_text({**data, "words": Article.from_dict(data["article"]).word_count, "record": record})


def dump_tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in key order, times left out; records and JSON columns as read back."""
    from politika.store.schema import metadata

    skip = {"ingested_at", "created_at", "seen_at", "started_at", "finished_at", "fetched_at", "search"}
    out = {}
    with store.engine.connect() as conn:
        for table in metadata.sorted_tables:
            columns = [c for c in table.columns if c.name not in skip]
            out[table.name] = [tuple(row) for row in conn.execute(
                sa.select(*columns).order_by(*[c for c in table.primary_key.columns] or columns))]
    return out


def test_a_line_of_this_workers_format_stores_the_record_as_written_and_the_same_tables(tmp_path: Path) -> None:
    # The worker writes the word count and the record last: the merge takes the count and stores the record's text
    # as the line has it (no encoding again), and the tables equal those merged from the older lines.
    from politika.scale.merge import read_results
    from politika.store.engine import WrittenJson, json_text

    lines = shard_lines()
    new = [worker_line(line) for line in lines]
    rows = [row for row in read_results(write_results(tmp_path / "new.jsonl.gz", new)) if isinstance(row, tuple)]
    assert len(rows) == len(lines)
    for row, line in zip(rows, new, strict=True):
        article, record, words = row[0], row[4], row[5]
        assert words == article.word_count == json.loads(line)["words"]
        if record is not None:
            assert isinstance(record, WrittenJson) and record.text is not None
            assert record.text == json_text(dict(record)) and record.text in line
    old_rows = [row for row in read_results(write_results(tmp_path / "old.jsonl.gz", lines)) if isinstance(row, tuple)]
    assert all(type(row[4]) is dict or row[4] is None for row in old_rows)  # no word count: encoded again
    assert [row[5] for row in old_rows] == [row[5] for row in rows]
    dumps = []
    for name, shard in (("old", lines), ("new", new)):
        with Store(str(tmp_path / f"{name}.db")) as store:
            merge_results(store, write_results(tmp_path / f"{name}-shard.jsonl.gz", shard), MODEL)
            dumps.append(dump_tables(store))
    assert dumps[0] == dumps[1] and dumps[1]["annotations"]


def test_a_record_kept_with_its_text_is_encoded_again_once_changed() -> None:
    from politika.store.engine import WrittenJson, json_text

    record = WrittenJson({"id": "a", "actors": []}, '{"id":"a","actors":[]}')
    assert json_text(record) == '{"id":"a","actors":[]}' and record == {"id": "a", "actors": []}
    for change in (lambda r: r.__setitem__("id", "b"), lambda r: r.update(id="b"), lambda r: r.pop("actors"),
                   lambda r: r.setdefault("new", 1), lambda r: r.__delitem__("id"), lambda r: r.clear(),
                   lambda r: r.popitem(), lambda r: r.__ior__({"x": 1})):
        copy = WrittenJson(dict(record), '{"id":"a","actors":[]}')
        change(copy)
        assert copy.text is None and json_text(copy) == json_text(dict(copy))


def test_shards_merged_together_store_and_count_what_they_do_one_by_one(store: Store, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """``merge_shards``: several shards in one transaction, their lines cut into batches across shards (of two rows,
    and one batch of all); each shard gets the counts and errors it gets when merged on its own, and the store ends
    the same."""
    from politika.scale.merge import merge_shards
    from tests.scale.canonical import canonical_dump, differences

    lines = shard_lines(4)  # 4 plain articles, 3 actor articles, a duplicate of the first, a skipped one
    refused = json.loads(lines[5])
    refused["record"]["refuse"] = True
    lines[5] = json.dumps(refused)
    # a cut line in the first shard, the refused record in the second, the duplicate and the skipped one in the third
    parts = [[*lines[:3], lines[0][:40]], lines[3:6], lines[6:]]
    paths = [write_results(tmp_path / f"shard{i}.jsonl.gz", part) for i, part in enumerate(parts)]
    _refuse_marked_records(monkeypatch)
    together = merge_shards(store, paths, MODEL, batch_size=2)  # batches of two rows, across shards
    with Store(str(tmp_path / "one-batch.db")) as one_batch:
        in_one = merge_shards(one_batch, paths, MODEL)  # all the shards' rows in one batch
        one_batch_dump = canonical_dump(one_batch)
    with Store(str(tmp_path / "one-by-one.db")) as alone:
        one_by_one = []
        for path in paths:
            errors: list[dict[str, str]] = []
            counts = merge_results(alone, path, MODEL, batch_size=2, on_error=errors.append)
            one_by_one.append((counts.counts(), errors))
        assert [(counts.counts(), errors) for counts, errors in together] == one_by_one
        assert [(counts.counts(), errors) for counts, errors in in_one] == one_by_one
        assert [counts["failed"] for counts, _ in one_by_one] == [1, 0, 0]
        assert [counts["analysis_failed"] for counts, _ in one_by_one] == [0, 1, 0]
        assert [counts["duplicates"] for counts, _ in one_by_one] == [0, 0, 1]
        assert differences(canonical_dump(store), canonical_dump(alone)) == []
        assert differences(one_batch_dump, canonical_dump(alone)) == []


def test_shards_merged_together_are_all_or_nothing(store: Store, tmp_path: Path) -> None:
    """A shard whose results cannot be read (a file cut short) fails the whole group: nothing of it is stored."""
    from politika.scale.merge import merge_shards

    lines = shard_lines(4)
    good = write_results(tmp_path / "good.jsonl.gz", lines[:5])
    cut = write_results(tmp_path / "cut.jsonl.gz", lines[5:])
    cut.write_bytes(cut.read_bytes()[:-20])
    empty = table_counts(store)
    with pytest.raises((OSError, EOFError)):
        merge_shards(store, [good, cut], MODEL)
    assert table_counts(store) == empty
