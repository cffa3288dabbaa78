"""One machine, many cores: a pool of worker processes, each loading the spaCy pipeline once.

``ingest_local`` is ``ingest()`` with the analysis farmed out: the parent reads sources, extracts and stores
articles as a one-process ingest does (duplicates are decided there, by the single writer), then sends the
pending articles to the workers in batches and saves the records they return. A worker that dies is
replaced and its batch sent again (up to ``retries`` times); a killed parent leaves articles pending, and the
next run analyses them.

``ShardPool`` runs the shard tasks of a sharded job on local processes: the Ray engine's logic without Ray.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

import politika.errors as errors
from politika.errors import AnalysisError, PolitikaError
from politika.graph.factors import remember_vectors
from politika.ingest.document import Article
from politika.jobs import IngestOptions, IngestSummary, article_source, ingest, save_analysis
from politika.nlp.pipeline import LAYERS, model_name
from politika.progress import progress_bar
from politika.scale.shards import Shard
from politika.scale.worker import BatchItem, analyse_batch, load_worker_pipeline
from politika.settings import model as model_setting
from politika.store import ArticleFilter, Store

T = TypeVar("T")
DEFAULT_RETRIES = 2


class WorkerFailed(Exception):
    """A task failed in every attempt (its worker died each time)."""


def pool_map(fn: Callable[[T], Any], items: Iterable[T], workers: int, initializer: Callable[..., None] | None = None,
             initargs: tuple[Any, ...] = (), retries: int = DEFAULT_RETRIES,
             in_flight: int | None = None, ordered: bool = False) -> Iterator[tuple[T, Any]]:
    """Run ``fn(item)`` on a pool of ``workers`` spawned processes; yield ``(item, result or exception)`` as
    tasks finish (``ordered``: in the order of ``items``), at most ``in_flight`` (default 2 × workers) at a time
    (``ordered``: finished or running), reading ``items`` lazily.

    When a worker process dies the pool is broken for every task in it; a fresh pool takes the unfinished
    tasks, each at most ``retries`` more times.
    """
    if not ordered:
        for _, item, result in _pool_map(fn, items, workers, initializer, initargs, retries, in_flight):
            yield item, result
        return
    # Results that came before an earlier item's: held back, and counted as in flight so that a slow first item
    # does not let the others run ahead without bound.
    held: dict[int, tuple[T, Any]] = {}
    expected = 0
    for number, item, result in _pool_map(fn, items, workers, initializer, initargs, retries, in_flight,
                                          held=lambda: len(held)):
        held[number] = (item, result)
        while expected in held:
            yield held.pop(expected)
            expected += 1


def _pool_map(fn: Callable[[T], Any], items: Iterable[T], workers: int, initializer: Callable[..., None] | None,
              initargs: tuple[Any, ...], retries: int, in_flight: int | None,
              held: Callable[[], int] = lambda: 0) -> Iterator[tuple[int, T, Any]]:
    """``pool_map``, yielding ``(number of the item in items, item, result)``; ``held`` results count as in
    flight when new items are read (not when failed ones are sent again: the held ones may wait for them)."""
    context = multiprocessing.get_context("spawn")  # fork would copy the parent's threads and connections
    initargs = (os.getpid(), initializer, initargs)
    initializer = _start_worker
    limit = in_flight or 2 * workers
    source = enumerate(items)
    attempts: dict[int, int] = {}
    waiting: list[tuple[int, T]] = []  # tasks to send again after a broken pool
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=initializer, initargs=initargs)
    running: dict[Future[Any], tuple[int, T]] = {}
    exhausted = False
    try:
        while True:
            broken = False
            while waiting or (not exhausted and len(running) + held() < limit):
                if len(running) >= limit:
                    break
                if waiting:
                    task = waiting.pop(0)
                else:
                    try:
                        task = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                try:
                    running[pool.submit(fn, task[1])] = task
                except BrokenProcessPool:
                    # A worker died after the last wait returned (with tasks that had finished): the pool
                    # refuses new tasks. This one never ran, so it is not counted as an attempt.
                    waiting.insert(0, task)
                    broken = True
                    break
            if not running and not broken:
                return
            done, _ = wait(running, return_when=FIRST_COMPLETED) if running else (set(), set())
            for future in done:
                task = running.pop(future)
                try:
                    yield task[0], task[1], future.result()
                except BrokenProcessPool:
                    broken = True
                    count = attempts.get(task[0], 0) + 1
                    attempts[task[0]] = count
                    if count > retries:
                        yield task[0], task[1], WorkerFailed(f"worker process died {count} times running this task")
                    else:
                        waiting.append(task)
                except Exception as exc:
                    yield task[0], task[1], exc
            if broken:
                # Every other task of the broken pool fails too; collect them and start a fresh pool.
                for future, task in list(running.items()):
                    failure = future.exception()
                    if isinstance(failure, BrokenProcessPool):
                        attempts[task[0]] = attempts.get(task[0], 0) + 1
                        if attempts[task[0]] > retries:
                            yield task[0], task[1], WorkerFailed("worker process died running this task")
                        else:
                            waiting.append(task)
                    elif failure is not None:
                        yield task[0], task[1], failure
                    else:
                        yield task[0], task[1], future.result()
                running.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                pool = ProcessPoolExecutor(workers, mp_context=context, initializer=initializer, initargs=initargs)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _start_worker(parent: int, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    """A pool worker's start: a watch on its parent, then the caller's initializer.

    A worker blocks on the pool's queue, which it holds both ends of, so it never sees its parent go: without
    the watch a killed parent (``kill -9``, the OOM killer) leaves its workers, each holding a spaCy pipeline,
    running for ever.
    """
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True, name="politika-parent-watch").start()
    if initializer is not None:
        initializer(*initargs)


def _exit_when_orphaned(parent: int, every: float = 1.0) -> None:
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


@dataclass
class WorkerMemory:
    """RSS samples the workers report with each batch: ``(articles done in total, pid, rss MiB, peak MiB)``."""

    samples: list[tuple[int, int, float, float]] = field(default_factory=list)

    def peak_mb(self) -> float:
        return max((peak for *_, peak in self.samples), default=0.0)


BatchTask = Callable[..., dict[str, Any]]  # (batch: list[BatchItem], model: str, batch_size: int) -> result


def analyse_pending_parallel(store: Store, options: IngestOptions, workers: int = 2,
                             task: BatchTask = analyse_batch, memory: WorkerMemory | None = None,
                             retries: int = DEFAULT_RETRIES,
                             on_failure: Callable[[AnalysisError], None] | None = None,
                             chunk: int | None = None, arriving: Iterator[None] | None = None) -> int:
    """Analyse every pending article on ``workers`` processes, ``chunk`` articles a task (default
    ``max(2 × batch_size, 16)``); the parent saves the records under the store's writer lock.

    With ``arriving`` (an ingest's reading and storing, see ``politika.jobs.Analyser``) the parent stores the
    next articles while the workers analyse those stored before: the tasks are the same (``chunk`` pending
    articles in stored order, the last one shorter), only the extraction no longer leaves the workers idle.

    Records are saved in the order the articles were stored, whichever worker finishes first: which stored
    actor a name joins, and which factor a phrase joins, depend on what was saved before it, so saving in
    arrival order would make the result depend on the number of workers (issue 21). As in
    ``analyse_pending``, an article whose analysis raises is marked failed and passed to ``on_failure``.
    """
    if workers < 1:
        raise errors.InputError(str(workers), "must be at least 1", option="workers")
    with store.writer(options.wait):
        return _analyse_parallel(store, options, workers, task, memory, retries, on_failure,
                                 chunk or max(options.batch_size * 2, 16), arriving)


def _pending_chunks(store: Store, chunk: int, arriving: Iterator[None] | None,
                   workers: int = 1) -> Iterator[list[tuple[int, Article]]]:
    """The pending articles in stored order, ``chunk`` at a time; ``arriving`` is advanced (more articles stored)
    whenever no more than ``workers × chunk`` stored ones are left to hand out, until it is exhausted.

    Those last ``workers × chunk`` are held back until every article is stored, and then go out in tasks that
    shrink as they run out (half of an even share of what is left, at least ``chunk // 8``): with equal tasks to
    the end, one worker analysed the last whole task while the others had nothing left (3 s of a 42 s run of 600
    articles on 2 workers). The price: a source read slower than it is analysed (pages fetched one by one) has
    that many more articles left to analyse after its last one is read."""
    buffer: list[tuple[int, Article]] = []
    last = 0
    exhausted = arriving is None
    held_back = workers * chunk
    while True:
        for pending in store.iter_pending(chunk, after=last):
            last = pending[-1][0]
            buffer.extend(pending)
            while len(buffer) >= chunk + held_back:
                yield buffer[:chunk]
                buffer = buffer[chunk:]
        if exhausted:
            break
        assert arriving is not None  # exhausted from the start without it
        exhausted = next(arriving, _END) is _END
    smallest = max(1, chunk // 8)
    while buffer:
        size = min(chunk, max(smallest, -(-len(buffer) // (2 * workers))))
        yield buffer[:size]
        buffer = buffer[size:]


_END = object()


def _analyse_parallel(store: Store, options: IngestOptions, workers: int, task: BatchTask,
                      memory: WorkerMemory | None, retries: int,
                      on_failure: Callable[[AnalysisError], None] | None, chunk: int,
                      arriving: Iterator[None] | None) -> int:
    model = model_name(model_setting(options.model))

    sources: dict[int, str] = {}  # how errors name the articles in flight

    def batches() -> Iterator[list[BatchItem]]:
        for pending in _pending_chunks(store, chunk, arriving, workers):
            sources.update((pk, article_source(article, pk)) for pk, article in pending)
            yield [(pk, article.id or str(pk), article.text, article.date, article.title) for pk, article in pending]

    done = 0
    total = store.count_articles(ArticleFilter(status="pending")) if options.progress and arriving is None else None
    bar = progress_bar(f"analyse ×{workers}", total, enabled=options.progress)  # piped: a line per 100 articles
    try:
        work = partial(task, model=model, batch_size=options.batch_size)
        # While the parent extracts a store batch the workers go on with the tasks in flight: more of them then.
        in_flight = 4 * workers if arriving is not None else None
        # The workers embed their records' factor names (embeddings mode): the parent looks them up.
        for batch, result in pool_map(work, batches(), workers, initializer=load_worker_pipeline,
                                      initargs=(model, LAYERS, True), retries=retries, in_flight=in_flight,
                                      ordered=True):
            if isinstance(result, BaseException):
                raise PolitikaError(f"analysis of articles {batch[0][0]}..{batch[-1][0]}",
                                    f"a worker failed ({type(result).__name__}: {result}); the articles stay "
                                    "pending: run `politika analyse` or the same ingest again")
            if "error" in result:
                kind, source, reason = result["error"]
                raise getattr(errors, kind, PolitikaError)(source, reason)
            if result.get("factor_vectors"):
                remember_vectors(result["factor_vectors"])
            items = [(pk, sources.pop(pk), record) for pk, record in result["records"]]
            saved, failures = save_analysis(store, items, model)
            if on_failure:
                for failure in failures:
                    on_failure(failure)
            done += saved
            bar.update(len(batch))
            if memory is not None:
                memory.samples.append((done, result["pid"], result["rss_mb"], result["peak_mb"]))
    finally:
        bar.close()
    return done


def ingest_local(sources: Iterable[str], store: Store, workers: int, options: IngestOptions | None = None,
                 on_error: Callable[[PolitikaError], None] | None = None, command: str = "ingest",
                 memory: WorkerMemory | None = None) -> IngestSummary:
    """``ingest()`` with the analysis on ``workers`` processes (``workers=1`` is exactly ``ingest()``)."""
    if workers <= 1:
        return ingest(sources, store, options, on_error=on_error, command=command)
    analyser = partial(analyse_pending_parallel, workers=workers, memory=memory)
    return ingest(sources, store, options, on_error=on_error, command=command, analyser=analyser)


class ShardPool:
    """Shard tasks on local processes, with the interface of the Ray executor."""

    def __init__(self, workers: int = 2, retries: int = DEFAULT_RETRIES) -> None:
        self.workers = max(1, workers)
        self.retries = retries

    @property
    def description(self) -> str:
        return f"{self.workers} local process(es)"

    def run(self, fn: Callable[..., dict[str, Any]], shards: list[Shard], args: tuple[Any, ...],
            prepare: tuple[Callable[..., None], tuple[Any, ...]] | None = None,
            ) -> Iterator[tuple[Shard, dict[str, Any] | BaseException]]:
        """Two shards per worker in the pool's queue, so that a worker that ends one while the driver merges
        starts the next at once; ``prepare`` (loading the pipeline) runs when each worker process starts."""
        initializer, initargs = prepare or (None, ())
        yield from pool_map(partial(_call, fn, args), shards, self.workers, initializer=initializer,
                            initargs=initargs, retries=self.retries, in_flight=2 * self.workers)

    def close(self) -> None:
        pass


def _call(fn: Callable[..., dict[str, Any]], args: tuple[Any, ...], shard: Shard) -> dict[str, Any]:
    return fn(shard, *args)
