"""Where a merge's time goes: the finished shards of a ``bench_scale.py`` job merged into a fresh store, with the
driver's time per indexing step and the time of every kind of statement: on PostgreSQL waiting for the server, on
SQLite inside SQLite.

    .venv/bin/python benchmarks/bench_scale.py --merge-only --n 2000 --work DIR --no-write   # makes the shards once
    POLITIKA_FACTOR_SIMILARITY=lexical .venv/bin/python benchmarks/bench_merge_parts.py --work DIR [--postgres]

The shards are merged as ``run_job`` merges a finished job's: in the plan's order, consecutive shards of up to
``MERGE_GROUP_ARTICLES`` result lines in one transaction and one save batch (``--per-shard``: each shard in its own
transaction, as before issue 18's grouping; ``--batch-size N``: save batches of N rows, across the shards of a
group). Prints only (the figures go into docs/scale.md by hand). The steps are timed by wrapping
the store's indexing functions, the statements on PostgreSQL by wrapping psycopg's ``execute``, ``executemany`` and
``copy`` (the time the driver waits for each, round trip included), on SQLite by SQLAlchemy's cursor events (an
``executemany`` is marked ``(many)``); a statement is named by its first words and, for a ``SELECT``, its ``WHERE``.
The wrappers add a little time of their own; compare runs of this script with each other, not with
``bench_scale.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import resource
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from _common import postgres_database

import politika.graph.factors
import politika.scale.merge as merge
import politika.store.actors
import politika.store.causal
import politika.store.claims
import politika.store.events
from politika.store import Store

STEPS = [(politika.store.actors, "index_actors"), (politika.store.claims, "index_claims"),
         (politika.store.causal, "index_causal"), (politika.store.events, "index_events"),
         (politika.store.events, "recluster")]


def _timed(function: Callable[..., Any], seconds: Counter[str], name: Callable[[tuple[Any, ...]], str],
           counts: Counter[str] | None = None) -> Callable[..., Any]:
    """``function``, adding the wall time of each call to ``seconds[name(args)]`` (and one to ``counts``)."""
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        label = name(args)
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[label] += time.perf_counter() - started
            if counts is not None:
                counts[label] += 1
    return wrapper


def _statement_name(query: Any) -> str:
    if not isinstance(query, str):
        query = query.as_string(None) if hasattr(query, "as_string") else str(query)
    text = re.sub(r"\s+", " ", query)
    if text.startswith("SELECT") and " WHERE " in text:
        return f"{text[:48]} ... {text[text.index(' WHERE '):][:80]}"
    return text[:100]


@contextlib.contextmanager
def statement_timer(seconds: Counter[str], counts: Counter[str]) -> Iterator[None]:
    """Time every statement psycopg sends while the block runs."""
    import psycopg

    originals = psycopg.Cursor.execute, psycopg.Cursor.executemany, psycopg.Cursor.copy
    execute, executemany = (_timed(originals[0], seconds, lambda args: _statement_name(args[1]), counts),
                            _timed(originals[1], seconds, lambda args: "(many) " + _statement_name(args[1]), counts))

    @contextlib.contextmanager
    def copy(self: Any, statement: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        name = _statement_name(statement)
        started = time.perf_counter()
        with originals[2](self, statement, *args, **kwargs) as copying:
            yield copying
        seconds[name] += time.perf_counter() - started
        counts[name] += 1

    psycopg.Cursor.execute, psycopg.Cursor.executemany, psycopg.Cursor.copy = (  # type: ignore[method-assign]
        execute, executemany, copy)
    try:
        yield
    finally:
        psycopg.Cursor.execute, psycopg.Cursor.executemany, psycopg.Cursor.copy = originals  # type: ignore[method-assign]


@contextlib.contextmanager
def sqlite_statement_timer(engine: Any, seconds: Counter[str], counts: Counter[str]) -> Iterator[None]:
    """Time every statement SQLAlchemy runs on ``engine`` (on SQLite, the time spent inside SQLite, in this
    process; the change counters' update after a write, ``store.versions``, is counted with the write)."""
    import sqlalchemy as sa

    started: list[float] = []

    def before(*_: Any) -> None:
        started.append(time.perf_counter())

    def after(_conn: Any, _cursor: Any, statement: str, _parameters: Any, _context: Any, many: bool) -> None:
        name = ("(many) " if many else "") + _statement_name(statement)
        seconds[name] += time.perf_counter() - started.pop()
        counts[name] += 1

    sa.event.listen(engine, "before_cursor_execute", before)
    sa.event.listen(engine, "after_cursor_execute", after)
    try:
        yield
    finally:
        sa.event.remove(engine, "after_cursor_execute", after)
        sa.event.remove(engine, "before_cursor_execute", before)


def merge_groups(work: Path, per_shard: bool) -> list[list[Path]]:
    """The finished shards' results files in the plan's order, in the groups ``run_job`` merges them in when all
    are ready (consecutive shards, up to ``MERGE_GROUP_ARTICLES`` result lines a group), or one a group."""
    groups: list[list[Path]] = []
    size = 0
    for job in sorted(work.glob("jobs/*/job.json")):
        for shard in json.loads(job.read_text())["shards"]:
            folder = job.parent / "shards"
            results, entry = folder / f"{shard['id']}.jsonl.gz", folder / f"{shard['id']}.json"
            if not results.exists() or not entry.exists():
                continue
            data = json.loads(entry.read_text())
            lines = data.get("articles", 0) + data.get("errors", 0)
            if per_shard or not groups or size + lines > merge.MERGE_GROUP_ARTICLES:
                groups.append([])
                size = 0
            groups[-1].append(results)
            size += lines
    return groups


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True, help="the --work folder of a bench_scale.py run")
    parser.add_argument("--postgres", action="store_true", help="merge into a new PostgreSQL database")
    parser.add_argument("--top", type=int, default=15, help="statements listed")
    parser.add_argument("--per-shard", action="store_true",
                        help="merge each shard in its own transaction (as before shards ready together were merged "
                             "together)")
    parser.add_argument("--batch-size", type=int, default=merge.MERGE_GROUP_ARTICLES,
                        help="rows a save batch (default: MERGE_GROUP_ARTICLES, as run_job)")
    args = parser.parse_args()
    groups = merge_groups(Path(args.work), args.per_shard)
    if not groups:
        raise SystemExit(f"{args.work}: no finished shards (run bench_scale.py --merge-only --work {args.work})")
    steps: Counter[str] = Counter()
    for module, step in STEPS:
        setattr(module, step, _timed(getattr(module, step), steps, lambda _, step=step: step))
    Store.add_articles = _timed(Store.add_articles, steps, lambda _: "add_articles")  # type: ignore[method-assign]
    # Embeddings mode (the extra installed, POLITIKA_FACTOR_SIMILARITY not lexical): the model loaded before the
    # clock starts, as bench_scale.py does (a driver loads it once per job); each name is still embedded in the merge.
    mode = politika.graph.factors.similarity_mode()
    if mode == "embeddings":
        politika.graph.factors.name_vectors(["war"])
        politika.graph.factors._VECTORS.clear()
    seconds: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    with contextlib.ExitStack() as stack:
        url = (stack.enter_context(postgres_database()) if args.postgres
               else str(Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="politika-parts-"))) / "m.db"))
        with Store(url) as store, (statement_timer(seconds, counts) if args.postgres
                                   else sqlite_statement_timer(store.engine, seconds, counts)):
            started, cpu = time.perf_counter(), time.process_time()
            stored = sum(counts.stored for group in groups
                         for counts, _ in merge.merge_shards(store, group, "bench", batch_size=args.batch_size))
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"{'PostgreSQL' if args.postgres else 'SQLite'} ({mode} factors): {stored:,} articles in {wall:.2f} s "
          f"({stored / wall:.0f} articles/s), driver CPU {cpu:.2f} s, peak memory "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    print("\nstep (the driver's wall time, nested: recluster is inside index_events)")
    for name, value in steps.most_common():
        print(f"  {value:7.2f} s  {value / wall:5.1%}  {name}")
    where = "waiting for the server" if args.postgres else "inside SQLite"
    print(f"\nstatements: {sum(seconds.values()):.2f} s {where} in all, {sum(counts.values()):,} statements")
    for name, value in seconds.most_common(args.top):
        print(f"  {value:7.2f} s  {counts[name]:5d}x  {name}")


if __name__ == "__main__":
    main()
