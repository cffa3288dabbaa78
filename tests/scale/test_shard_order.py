"""Issue 21: shards and batches are stored in the order a plain ingest reads them, and a failed shard is said
plainly: one line with the task's own error, and a non-zero exit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from politika.cli import cli
from politika.ingest.sources import iter_documents
from politika.scale.job import task_failure
from politika.scale.local import pool_map
from politika.scale.shards import Shard, iter_shard, plan_shards
from politika.store import Store
from tests.scale import helpers
from tests.scale.canonical import write_corpus
from tests.scale.corpus import write_corpus as write_mixed_corpus


def test_the_plan_reads_articles_in_the_order_a_plain_ingest_does(tmp_path: Path) -> None:
    write_mixed_corpus(tmp_path / "c", jsonl_files=2, lines=2, notes=3, warcs=1, pages=2)
    (tmp_path / "c" / "zz.md").write_text("# Last\n\n12 July 2024\n\nThe last note of the folder.\n")
    plain = [item.origin for item in iter_documents([str(tmp_path / "c")])]
    planned = [item.origin for shard in plan_shards([str(tmp_path / "c")], shard_size=2)
               for item in iter_shard(shard)]
    assert planned == plain


def test_pool_map_ordered_yields_in_the_order_of_its_items() -> None:
    # the first item ends last; ordered gives it first all the same, and never runs more than 2 ahead of it
    items = [(0, 1.5), (1, 0.0), (2, 0.0), (3, 0.0), (4, 0.0)]
    got = [result for _, result in pool_map(helpers.sleep_then_echo, items, workers=2, in_flight=2, ordered=True)]
    assert got == [0, 1, 2, 3, 4]


class _RayTaskError(Exception):
    """What Ray raises for a task that raised: a traceback in its text, the task's exception as ``cause``."""

    __module__ = "ray.exceptions"

    def __init__(self, cause: BaseException) -> None:
        super().__init__("ray::process_shard() (pid=4242, ip=10.0.0.1)\n  File \"worker.py\", line 90, in "
                         f"process_shard\n    raise ...\n{type(cause).__name__}: {cause}")
        self.cause = cause


def test_a_task_failure_is_the_tasks_own_error_in_one_line() -> None:
    long = "disk full while writing the results " * 20
    assert task_failure(_RayTaskError(OSError(long))) == "OSError: " + " ".join(long.split())
    assert task_failure(RuntimeError("simulated\nfailure")) == "RuntimeError: simulated failure"


class _FailingSecondShard:
    """The Ray executor's interface; the second shard's task raises as a Ray task would."""

    description = "stub"

    def __init__(self, *_: Any, **__: Any) -> None:
        pass

    def run(self, fn: Callable[..., dict[str, Any]], shards: list[Shard], args: tuple[Any, ...],
            prepare: tuple[Callable[..., None], tuple[Any, ...]] | None = None,
            ) -> Iterator[tuple[Shard, dict[str, Any] | BaseException]]:
        for number, shard in reversed(list(enumerate(shards))):  # the last ends first
            if number == 1 and shard.start == 4:
                yield shard, _RayTaskError(RuntimeError("simulated failure of the second shard"))
            else:
                yield shard, fn(shard, *args)

    def close(self) -> None:
        pass


def test_a_failed_shard_exits_non_zero_with_a_summary_and_one_error_line(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    import politika.scale

    corpus = write_corpus(tmp_path / "news.jsonl")
    db = tmp_path / "s.db"
    command = ["--db", str(db), "ingest", str(corpus), "--engine", "ray", "--no-analyse", "--shard-size", "3",
               "--job-dir", str(tmp_path / "jobs"), "--quiet"]
    monkeypatch.setattr(politika.scale, "RayExecutor", _FailingSecondShard)
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 1, result.output
    assert "ingested 9 new article(s)" in result.output
    assert "1 shard(s) FAILED and are not stored: run the same command again" in result.output
    with Store(str(db)) as store:
        [error] = store.errors()
        assert error["kind"] == "shard" and error["source"].endswith("news.jsonl:4-6")
        assert error["reason"] == ("the shard's task failed (RuntimeError: simulated failure of the second shard); "
                                   "nothing of it is stored: run the same command again")
    monkeypatch.setattr(politika.scale, "RayExecutor", _Inline)
    again = CliRunner().invoke(cli, command)
    assert again.exit_code == 0 and "ingested 3 new article(s)" in again.output, again.output


class _Inline(helpers.InlineExecutor):
    def __init__(self, *_: Any, **__: Any) -> None:
        super().__init__()


def test_a_long_shard_runs_first_the_rest_in_the_plans_order_and_all_are_stored_in_that_order(tmp_path: Path) -> None:
    """A WARC file of many pages among short JSONL slices runs first (it would end long after the rest); the others
    run in the plan's order, so that they end about in the order they are merged; the store holds the articles in
    the order a plain ingest reads them (the corpus repeats one text)."""
    from politika.jobs import IngestOptions
    from politika.scale.job import run_job

    write_mixed_corpus(tmp_path / "c", jsonl_files=2, lines=5, notes=0, warcs=1, pages=12)
    folder = tmp_path / "c"
    sources = [*(str(p) for p in sorted(folder.glob("*.jsonl"))), *(str(p) for p in folder.glob("*.warc.gz"))]
    plan = plan_shards(sources, shard_size=2)
    executor = helpers.InlineExecutor()
    with Store(str(tmp_path / "s.db")) as store:
        run_job(sources, store, executor, IngestOptions(analyse=False, progress=False), shard_size=2,
                job_root=tmp_path / "jobs")
        stored = [row["origin"] for row in store.iter_export(with_record=False)]
    [warc] = [s.id for s in plan if s.kind == "warc"]
    assert plan[0].id != warc and executor.ran == [warc, *(s.id for s in plan if s.id != warc)]
    plain = [item.origin for item in iter_documents(sources)]
    assert stored == [origin for origin in plain if origin in set(stored)] and len(stored) == len(plain) - 1
