"""A sharded ingest job: plan shards, run the missing ones on an executor, merge each as it finishes.

The driver is the single writer: tasks never touch the store; they write per-shard results and a manifest
entry (see ``politika.scale.manifest``), and the driver merges them. Running the same job again skips the
shards already merged into this store, merges shards that finished but were not merged, and runs the rest.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

import sqlalchemy as sa
from tqdm import tqdm

from politika.errors import PolitikaError
from politika.jobs import IngestOptions, IngestSummary, analyse_pending
from politika.nlp.pipeline import LAYERS, model_name
from politika.scale.manifest import DEFAULT_JOB_ROOT, JobManifest, store_key
from politika.scale.merge import MERGE_GROUP_ARTICLES, merge_shards
from politika.scale.shards import DEFAULT_SHARD_SIZE, Shard, plan_shards
from politika.scale.worker import load_worker_pipeline, process_shard
from politika.settings import model as model_setting
from politika.store import Store


class ShardFailed(PolitikaError):
    """A shard's task failed on every attempt; the next run of the same job tries it again."""

    kind = "shard"


class ShardExecutor(Protocol):
    """Runs ``fn(shard, *args)`` for each shard somewhere; yields ``(shard, entry or exception)`` as they end.
    ``prepare`` (a function and its arguments: loading the pipeline) runs once in each worker process before its
    first shard."""

    @property
    def description(self) -> str: ...

    def run(self, fn: Callable[..., dict[str, Any]], shards: list[Shard], args: tuple[Any, ...],
            prepare: tuple[Callable[..., None], tuple[Any, ...]] | None = None,
            ) -> Iterator[tuple[Shard, dict[str, Any] | BaseException]]: ...

    def close(self) -> None: ...


def job_options(options: IngestOptions, shard_size: int, shard_words: int | None = None) -> dict[str, Any]:
    """The options that change a job's results or its shards, and so its id."""
    return {"model": model_name(model_setting(options.model)), "analyse": options.analyse, "layers": list(LAYERS),
            "languages": list(options.languages), "max_bytes": options.max_bytes, "shard_size": shard_size,
            "fetch_feed_links": options.fetch_feed_links,
            **({"shard_words": shard_words} if shard_words else {})}


def run_job(sources: Iterable[str], store: Store, executor: ShardExecutor, options: IngestOptions | None = None,
            shard_size: int = DEFAULT_SHARD_SIZE, job_root: str | Path = DEFAULT_JOB_ROOT,
            on_error: Callable[[PolitikaError], None] | None = None, command: str = "ingest",
            task: Callable[..., dict[str, Any]] = process_shard, shard_words: int | None = None) -> IngestSummary:
    """Ingest ``sources`` into ``store`` shard by shard on ``executor``; the same summary as ``ingest()``.

    Shards run in ``run_order`` and are merged in the order of the plan (the order a plain ingest reads the
    sources), whichever finishes first: a finished shard waits for the shards before it, so that the store ends
    the same whatever the number of workers (which actor a name joins depends on what was merged before it).
    The driver holds the store's writer lock (``Store.writer``) for the whole job. ``shard_words`` also ends a
    shard at about that many words (``plan_shards``).
    """
    options = options or IngestOptions()
    with store.writer(options.wait):
        return _run_job(list(sources), store, executor, options, shard_size, job_root, on_error, command, task,
                        shard_words)


def _run_job(sources: list[str], store: Store, executor: ShardExecutor, options: IngestOptions, shard_size: int,
             job_root: str | Path, on_error: Callable[[PolitikaError], None] | None, command: str,
             task: Callable[..., dict[str, Any]], shard_words: int | None) -> IngestSummary:
    started = time.perf_counter()
    shards = plan_shards(sources, shard_size, shard_words)
    manifest = JobManifest.create(Path(job_root).absolute(), sources, job_options(options, shard_size, shard_words),
                                  shards)
    key = store_key(store.url)
    merged = manifest.merged(key)
    todo = list({s.id: s for s in shards if s.id not in merged}.values())  # a file named twice is one shard
    finished = [s for s in todo if manifest.entry(s.id) is not None]
    to_run = [s for s in todo if manifest.entry(s.id) is None]
    model = model_name(model_setting(options.model))
    summary = IngestSummary()
    run_pk = store.start_run(command)
    bar = tqdm(desc=f"shards ({executor.description})", total=len(shards), initial=len(shards) - len(todo),
               unit=" shard", disable=True if not options.progress else None, file=sys.stderr, dynamic_ncols=True)
    failed_shards = 0

    def fail(error: PolitikaError) -> None:
        summary.fail(error, store, run_pk, on_error)

    def article_error(data: dict[str, str]) -> None:
        error = PolitikaError(data["source"], data["reason"])
        error.kind = data.get("kind", "error")
        fail(error)
        summary.failed -= 1  # merge_shards counts these itself

    def record_merged(shard: Shard, counts: IngestSummary, errors: list[dict[str, str]]) -> None:
        for error in errors:
            article_error(error)
        summary.add(counts)
        manifest.mark_merged(key, shard.id, counts.counts())
        bar.update(1)
        seconds = time.perf_counter() - started
        bar.set_postfix({"art/s": f"{summary.seen / seconds:.1f}", "failed": failed_shards}, refresh=False)

    def merge(shard: Shard) -> None:
        nonlocal failed_shards
        try:
            ((counts, errors),) = merge_shards(store, [manifest.result_path(shard.id)], model,
                                               batch_size=max(options.store_batch, MERGE_GROUP_ARTICLES))
        except (OSError, EOFError, sa.exc.SQLAlchemyError) as exc:
            # Nothing of the shard is stored (one transaction); not marked merged, so the next run merges it.
            failed_shards += 1
            fail(ShardFailed(shard.describe(), f"merging its results failed ({task_failure(exc)}); nothing of it "
                                               "is stored: run the same command again"))
            return
        record_merged(shard, counts, errors)

    def merge_group(group: list[Shard]) -> None:
        """Shards ready together (consecutive in the plan) merged in one transaction, their rows in save batches of
        up to MERGE_GROUP_ARTICLES across the shards; if that fails, nothing of them is stored and each is merged
        again on its own, so that a shard that fails fails alone."""
        if len(group) > 1:
            try:
                tallies = merge_shards(store, [manifest.result_path(shard.id) for shard in group], model,
                                       batch_size=max(options.store_batch, MERGE_GROUP_ARTICLES))
            except (OSError, EOFError, sa.exc.SQLAlchemyError):
                tallies = []
            if tallies:
                for shard, (counts, errors) in zip(group, tallies, strict=True):
                    record_merged(shard, counts, errors)
                return
        for shard in group:
            merge(shard)

    # Shards that ended (None: finished, an exception: failed), waiting for the shards before them in the plan.
    ended: dict[str, BaseException | None] = {shard.id: None for shard in finished}
    next_up = 0

    def lines(shard: Shard) -> int:
        """The result lines of a finished shard (its manifest entry's articles and errors)."""
        entry = manifest.entry(shard.id) or {}
        try:
            return int(entry.get("articles", MERGE_GROUP_ARTICLES)) + int(entry.get("errors", 0))
        except (TypeError, ValueError):
            return MERGE_GROUP_ARTICLES

    def merge_in_order() -> None:
        nonlocal next_up, failed_shards
        while next_up < len(todo) and todo[next_up].id in ended:
            shard = todo[next_up]
            outcome = ended.pop(shard.id)
            next_up += 1
            if outcome is None:
                # The finished shards after it that are ready too, up to MERGE_GROUP_ARTICLES lines in all.
                group, size = [shard], lines(shard)
                while (next_up < len(todo) and ended.get(todo[next_up].id, False) is None
                       and size + (more := lines(todo[next_up])) <= MERGE_GROUP_ARTICLES):
                    group.append(todo[next_up])
                    ended.pop(todo[next_up].id)
                    next_up += 1
                    size += more
                merge_group(group)
                continue
            failed_shards += 1
            fail(ShardFailed(shard.describe(), f"the shard's task failed ({task_failure(outcome)}); nothing of it "
                                               "is stored: run the same command again"))
            bar.update(1)

    try:
        merge_in_order()
        if to_run:
            prepare = (load_worker_pipeline, (model, LAYERS, True)) if options.analyse else None
            for shard, result in executor.run(task, run_order(to_run), (str(manifest.root), options, model),
                                              prepare=prepare):
                ended[shard.id] = result if isinstance(result, BaseException) else None
                merge_in_order()
    finally:
        bar.close()
        executor.close()
    summary.shards_failed = failed_shards
    if options.analyse:
        # Normally nothing: articles left pending by an earlier run, or a record lost between two merges.
        summary.analysed += analyse_pending(store, options, on_failure=fail)
    summary.seconds = time.perf_counter() - started
    store.finish_run(run_pk, {**summary.to_dict(), "job": manifest.id, "shards": len(shards),
                              "shards_failed": failed_shards})
    return summary


def run_order(shards: list[Shard]) -> list[Shard]:
    """The order to run ``shards`` in: those at least twice the median size first, longest first (a WARC file of
    thousands of pages among slices of JSONL files would otherwise end long after the rest), then the others in
    the order of the plan, so that they end about in the order they are merged and the merge keeps up.

    >>> [s.size for s in run_order([Shard("jsonl", ("a",), start=n, size=size) for n, size in
    ...                             enumerate([10, 9, 50, 3, 11, 30])])]
    [50, 30, 10, 9, 3, 11]
    """
    if not shards:
        return []
    median = sorted(shard.size for shard in shards)[len(shards) // 2]
    first = sorted((s for s in shards if median and s.size >= 2 * median), key=lambda s: -s.size)
    ids = {s.id for s in first}
    return first + [s for s in shards if s.id not in ids]


def task_failure(exc: BaseException) -> str:
    """What made a shard's task fail, in one line: the exception the task raised (not Ray's wrapper and its
    traceback), else the first line of what the executor says (a worker or node that died).

    >>> task_failure(RuntimeError("disk full\\n  more detail"))
    'RuntimeError: disk full more detail'
    """
    # RayTaskError: the task's own exception; SQLAlchemy's DBAPIError: the driver's (without the SQL)
    cause = getattr(exc, "cause", None) or getattr(exc, "orig", None)
    if isinstance(cause, BaseException) and cause is not exc:
        exc = cause
    text = str(exc).strip()
    if type(exc).__module__.startswith("ray"):
        text = text.splitlines()[0] if text else ""  # Ray's own errors go on with hints and log paths
    message = " ".join(text.split())
    if len(message) > 1000:
        message = message[:1000] + " ..."
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
