"""Scale: the whole ingest pipeline on 1 and 2 local workers and a local 2-CPU Ray instance, against spaCy's own
``nlp.pipe``; worker memory over the run; the load rate of merged shards into SQLite and PostgreSQL.

    .venv/bin/python benchmarks/bench_scale.py [--n 5000] [--no-postgres] [--work DIR]
    .venv/bin/python benchmarks/bench_scale.py --merge-only --work DIR [--no-write]  # only the merge load rate
    .venv/bin/python benchmarks/bench_scale.py --n 600 --runs local1,local2,ray1,ray2 --out r.json  # 1 -> 2 workers

``--work DIR`` keeps the corpus and the job directory there, so that ``--merge-only`` can measure the merge
again on the same finished shards (it runs the shards on 2 local processes first when they are not there).

The corpus is generated: paragraphs of the English sample articles and of the AEB pages
(../shared/eval/extraction/aeb, extracted with politika) are shuffled into ``n`` distinct articles of 5-7
paragraphs; 80 % are written as JSONL shards of 500 lines, 20 % as HTML pages in WARC files of 500 records
(built with warcio), so the pipeline's HTML extraction is measured too.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import shutil
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from _common import ROOT, machine, sample_texts, write_section
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from politika.graph import factors
from politika.ingest.document import RawDocument
from politika.ingest.extraction import extract
from politika.jobs import IngestOptions, ingest
from politika.nlp.pipeline import DEFAULT_BATCH_SIZE, LAYERS, load_pipeline, model_name
from politika.scale.job import run_job
from politika.scale.local import ShardPool, WorkerMemory, ingest_local
from politika.scale.ray_engine import RayExecutor
from politika.store import Store

AEB = ROOT.parent / "shared" / "eval" / "extraction" / "aeb" / "html"
PG_ADMIN = os.environ.get("POLITIKA_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def paragraph_pool() -> list[str]:
    pool = [p for a in sample_texts() for p in a["text"].split("\n\n") if len(p) > 80]
    from politika.ingest.language import detect_language

    for path in sorted(AEB.glob("*.html.gz")):
        try:
            article = extract(RawDocument(origin=str(path), kind="html", content=gzip.decompress(path.read_bytes())))
        except Exception:
            continue
        if detect_language(article.text, None)[0] == "en":
            pool.extend(p for p in article.text.split("\n") if len(p) > 80)
    return pool


def write_corpus(root: Path, n: int) -> int:
    rng = random.Random(11)
    pool = paragraph_pool()
    root.mkdir(parents=True)
    n_html = n // 5
    rows = []
    for i in range(n):
        text = "\n\n".join(rng.sample(pool, k=rng.randint(5, 7)))
        rows.append({"id": f"scale-{i}", "title": f"Scale article {i}", "date": f"2024-{1 + i % 12:02d}-15",
                     "url": f"https://scale.example/{i}", "text": text})
    for start in range(0, n - n_html, 500):
        part = rows[start:min(start + 500, n - n_html)]
        (root / f"part{start // 500:03d}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in part))
    html_rows = rows[n - n_html:]
    for start in range(0, len(html_rows), 500):
        with (root / f"crawl{start // 500:02d}.warc.gz").open("wb") as out:
            writer = WARCWriter(out, gzip=True)
            for r in html_rows[start:start + 500]:
                body = "".join(f"<p>{p}</p>" for p in r["text"].split("\n\n"))
                page = (f"<html><head><title>{r['title']}</title><meta name='date' content='{r['date']}'></head>"
                        f"<body><article><h1>{r['title']}</h1>{body}</article></body></html>").encode()
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                           protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(r["url"], "response", payload=io.BytesIO(page),
                                                              http_headers=headers))
    return len(pool)


def fresh(path: Path) -> str:
    """A store path with nothing left from an earlier run in the same ``--work`` folder (a store left there found
    every article already stored and measured nothing)."""
    for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal", ".writer-lock"))):
        leftover.unlink(missing_ok=True)
    return str(path)


def load_avg() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--merge-only", action="store_true", help="measure only the merge of finished shards")
    parser.add_argument("--work", default=None, help="keep the corpus and the job directory in this folder")
    parser.add_argument("--out", default=None, help="also write the raw results as JSON here")
    parser.add_argument("--runs", default="local1,local2,ray1,ray2,spacy",
                        help="which runs (local1, local1core, local2, ray1, ray1core, ray2, spacy); all of local1, "
                             "local2, ray1, ray2 and spacy (the default) also measures the merge and writes "
                             "docs/benchmarks.md")
    parser.add_argument("--shard-words", type=int, default=25_000, help="the Ray runs' --shard-words")
    parser.add_argument("--no-write", action="store_true",
                        help="print only; leave docs/benchmarks.md alone (its sections keep earlier rounds by hand)")
    args = parser.parse_args()
    runs = set(args.runs.split(","))
    complete = runs >= {"local1", "local2", "ray1", "ray2", "spacy"}
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="politika-scale-"))
    corpus = work / "corpus"
    jobs = work / "jobs"
    n_paragraphs = write_corpus(corpus, args.n) if not corpus.exists() else 0
    options = IngestOptions(progress=False)
    results: dict[str, Any] = {"n": args.n, "paragraphs": n_paragraphs, "runs": {}}

    def save() -> None:
        if args.out:
            Path(args.out).write_text(json.dumps(results, indent=1))

    if args.merge_only:
        if not list(jobs.glob("*/shards/*.json")):
            with Store(str(work / "shards.db")) as store:
                run_job([str(corpus)], store, ShardPool(2), options, shard_size=250, job_root=jobs)
        results["merge"] = measure_merge(corpus, jobs, options, args.no_postgres, save)
        if not args.no_write:
            write_section("Scale: merging finished shards", render_merge(results["merge"], args.n))
        return

    def record_run(name: str, seconds: float, summary: Any, load_before: str, cpu_before: float,
                   **extra: Any) -> None:
        # The driver's own CPU time over the run (this process, not its workers, nor Ray's raylet): the share of the
        # wall time it is busy reading, extracting, storing and merging.
        driver_cpu = time.process_time() - cpu_before
        results["runs"][name] = {"seconds": round(seconds, 2), "stored": summary.stored, "analysed": summary.analysed,
                                 "words": summary.words, "articles_per_s": round(summary.stored / seconds, 2),
                                 "words_per_s": round(summary.words / seconds), "load_before": load_before,
                                 "load_after": load_avg(), "driver_cpu_s": round(driver_cpu, 1),
                                 "driver_busy": round(driver_cpu / seconds, 3), **extra}
        print(name, results["runs"][name], flush=True)
        save()

    def one_process(name: str, db: str) -> list[str]:
        """Exactly `politika ingest` into a new store; the stored texts."""
        before, cpu = load_avg(), time.process_time()
        with Store(fresh(work / db)) as store:
            started = time.perf_counter()
            summary = ingest([str(corpus)], store, options)
            record_run(name, time.perf_counter() - started, summary, before, cpu)
            return [row["text"] for row in store.iter_export(with_record=False)]

    texts: list[str] = []
    if "local1" in runs:  # 1 local worker
        texts = one_process("local, 1 worker", "one.db")

    if "local1core" in runs and hasattr(os, "sched_setaffinity"):
        # The same, held to one core: the process alone scores the causal second stage on a thread beside the parse
        # (docs/causal.md), so "1 worker" above uses up to ~1.1 cores of two; this is the one-core baseline.
        everywhere = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {min(everywhere)})  # this thread, and the threads it starts from now on
        try:
            one_process("local, 1 worker, one core", "one-core.db")
        finally:
            os.sched_setaffinity(0, everywhere)

    if "local2" in runs:  # 2 local workers, with their memory as they go.
        before, cpu = load_avg(), time.process_time()
        memory = WorkerMemory()
        with Store(fresh(work / "two.db")) as store:
            started = time.perf_counter()
            summary = ingest_local([str(corpus)], store, 2, options, memory=memory)
            seconds = time.perf_counter() - started
        marks = []
        for mark in [*range(1000, args.n + 1, 1000), *([args.n] if args.n % 1000 else [])]:
            latest: dict[int, tuple[float, float]] = {}
            for done, pid, rss, peak in memory.samples:
                if done <= mark:
                    latest[pid] = (rss, peak)
            marks.append({"articles": mark, "rss_mb": sorted(r for r, _ in latest.values()),
                          "peak_mb": sorted(p for _, p in latest.values())})
        record_run("local, 2 workers", seconds, summary, before, cpu, memory=marks, peak_mb=memory.peak_mb())

    # A local Ray instance with 1, then 2 CPUs (one actor per CPU, the pipeline loaded when it starts); shards of
    # 250 JSONL lines or --shard-words words (a WARC file is one shard); Ray's start in the time. Each run has its
    # own job directory (the same job would find its shards finished); the 2-CPU one is the one merged below.
    # ray1core: 1 CPU with the whole job held to one core (the driver, so the raylet and the actor it starts
    # inherit it): with 1 CPU the driver's merge and Ray's own processes otherwise run on the second core, which
    # the 2-CPU run shares with its second actor; this is the one-core baseline, as local1core is the pool's.
    for tag, cpus, one_core in (("ray1", 1, False), ("ray1core", 1, True), ("ray2", 2, False)):
        if tag not in runs or (one_core and not hasattr(os, "sched_setaffinity")):
            continue
        job_dir = jobs if cpus == 2 else work / f"jobs-{tag}"
        shutil.rmtree(job_dir, ignore_errors=True)  # a job left there by an earlier run would find its shards done
        everywhere = os.sched_getaffinity(0) if one_core else None
        if everywhere:
            os.sched_setaffinity(0, {min(everywhere)})
        before, cpu = load_avg(), time.process_time()
        try:
            with Store(fresh(work / f"{tag}.db")) as store:
                started = time.perf_counter()
                summary = run_job([str(corpus)], store, RayExecutor(num_cpus=cpus), options, shard_size=250,
                                  job_root=job_dir, shard_words=args.shard_words)
                seconds = time.perf_counter() - started
        finally:
            if everywhere:
                os.sched_setaffinity(0, everywhere)
        entries = [json.loads(p.read_text()) for p in job_dir.glob("*/shards/*.json")]
        name = f"Ray, local instance, {cpus} CPU{'s' if cpus > 1 else ''}{', one core' if one_core else ''}"
        record_run(name, seconds, summary, before, cpu,
                   peak_mb=max((e["peak_mb"] for e in entries), default=0.0),
                   rss_mb=sorted({e["pid"]: e["rss_mb"] for e in entries}.values()), tasks=len(entries),
                   worker_pids=len({e["pid"] for e in entries}),
                   # the shards' own time, wall and CPU: with two actors at once the same shards took 4-16 % more
                   # CPU time on a 2-vCPU machine (docs/scale.md, "Ray's tail")
                   shard_seconds=round(sum(e["seconds"] for e in entries), 1),
                   shard_cpu_seconds=round(sum(e.get("cpu_seconds", 0.0) for e in entries), 1))
    if not complete:
        names = list(results["runs"])
        for a, b in (("local, 1 worker", "local, 2 workers"), ("local, 1 worker, one core", "local, 2 workers"),
                     ("Ray, local instance, 1 CPU", "Ray, local instance, 2 CPUs"),
                     ("Ray, local instance, 1 CPU, one core", "Ray, local instance, 2 CPUs")):
            if a in names and b in names:
                print(f"speed-up {a} -> {b}: "
                      f"{results['runs'][a]['seconds'] / results['runs'][b]['seconds']:.2f}x", flush=True)
        return

    # spaCy alone on the same (extracted) texts, one process.
    before = load_avg()
    nlp = load_pipeline(None, ())
    started = time.perf_counter()
    with nlp.memory_zone():
        for doc in nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE):
            _ = doc.ents
    seconds = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts)
    results["runs"]["spaCy nlp.pipe alone, 1 process"] = {
        "seconds": round(seconds, 2), "articles_per_s": round(len(texts) / seconds, 2),
        "words_per_s": round(words / seconds), "words": words, "load_before": before, "load_after": load_avg()}
    print(results["runs"]["spaCy nlp.pipe alone, 1 process"], flush=True)
    save()

    results["merge"] = measure_merge(corpus, jobs, options, args.no_postgres, save)
    body = render(results, args.n)
    print(body)
    write_section("Scale", body)
    write_section("Scale: merging finished shards", render_merge(results["merge"], args.n))


def measure_merge(corpus: Path, jobs: Path, options: IngestOptions, no_postgres: bool,
                  save: Any) -> dict[str, Any]:
    """Merge the job's finished shards into fresh stores: the driver's load rate (articles + records)."""

    class Nothing:
        description = "none"

        def run(self, *_: Any, **__: Any) -> Any:
            raise AssertionError("every shard is finished")

        def close(self) -> None:
            pass

    # In embeddings mode (the default where the ``embeddings`` extra is installed) factor names are matched by their
    # all-MiniLM-L6-v2 vectors (graph.factors): shards of a worker since 2026-12-07 carry them (the merge embeds only
    # names without one; a driver given them all never loads the model), older shards leave them to the driver. The
    # model is loaded before the clock starts either way (a driver loads it once per job; its time is reported
    # apart), and the names' vectors, which graph.factors keeps for the whole process, are forgotten before each
    # store, so that each takes or embeds its own. Without that the store merged first
    # embedded every name and the second found them all embedded: SQLite, first, read 46-61 articles/s against
    # PostgreSQL's 165-235 (2026-12-07, load ~3), where with the lexical matcher SQLite is the faster (330 against 215).
    mode = factors.similarity_mode()
    model_load = None
    if mode == "embeddings":
        started = time.perf_counter()
        factors.name_vectors(["war"])
        model_load = round(time.perf_counter() - started, 1)
    targets = [("SQLite", str(jobs.parent / f"merge-{uuid.uuid4().hex[:8]}.db"))]
    admin = None
    if not no_postgres:
        import sqlalchemy as sa

        name = f"politika_bench_{uuid.uuid4().hex[:8]}"
        admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        targets.append(("PostgreSQL", PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"))
    merge: dict[str, Any] = {}
    try:
        for label, url in targets:
            factors._VECTORS.clear()
            before = load_avg()
            with Store(url) as store:
                started, cpu = time.perf_counter(), time.process_time()
                summary = run_job([str(corpus)], store, Nothing(), options, shard_size=250, job_root=jobs)
                seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            # The driver's own CPU time moves less with the other sessions' load than the wall time does (on
            # PostgreSQL the server's CPU time is not in it).
            merge[label] = {"seconds": round(seconds, 2), "stored": summary.stored, "records": summary.analysed,
                            "articles_per_s": round(summary.stored / seconds), "cpu_seconds": round(cpu, 2),
                            "articles_per_cpu_s": round(summary.stored / cpu), "load_before": before,
                            "load_after": load_avg(), "factor_similarity": mode, "model_load_s": model_load}
            print(label, merge[label], flush=True)
            save()
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
        Path(targets[0][1]).unlink(missing_ok=True)
    return merge


def render(results: dict[str, Any], n: int) -> str:
    runs = results["runs"]
    spacy = runs["spaCy nlp.pipe alone, 1 process"]
    one = runs["local, 1 worker"]
    lines = ["| run | seconds | articles/s | words/s | vs 1 worker | driver busy | load avg before → after |",
             "|---|---|---|---|---|---|---|"]
    for name, run in runs.items():
        busy = f"{run['driver_busy']:.0%}" if "driver_busy" in run else "–"
        lines.append(f"| {name} | {run['seconds']:.1f} | {run['articles_per_s']:.1f} | {run['words_per_s']:,} | "
                     f"{one['seconds'] / run['seconds']:.2f}× | {busy} | {run['load_before']} → {run['load_after']} |")
    memory = runs["local, 2 workers"]["memory"]
    mem_lines = ["| articles analysed | worker RSS (MiB) | worker peak RSS (MiB) |", "|---|---|---|"]
    mem_lines += [f"| {m['articles']:,} | {', '.join(f'{x:.0f}' for x in m['rss_mb'])} | "
                  f"{', '.join(f'{x:.0f}' for x in m['peak_mb'])} |" for m in memory]
    ratio = one["words_per_s"] / spacy["words_per_s"]
    ray_speedup = runs["Ray, local instance, 1 CPU"]["seconds"] / runs["Ray, local instance, 2 CPUs"]["seconds"]
    return (f"`.venv/bin/python benchmarks/bench_scale.py --n {n}` on {machine()}; model `{model_name(None)}`, "
            f"layers {', '.join(LAYERS)}, batch size {DEFAULT_BATCH_SIZE}.\n\n"
            f"{n:,} generated articles ({results['paragraphs']:,} paragraphs of the English sample articles and AEB "
            f"pages, shuffled 5-7 to an article); 80 % as JSONL shards of 500 lines, 20 % as HTML pages in WARC "
            f"files of 500 records. Every run is the whole pipeline (read, extract, language, fingerprint, store in "
            f"SQLite, analyse, save records) from the same files into a fresh store. Driver busy: the driving "
            f"process's CPU time over the run's wall time (with 1 local worker the driver is the worker; with Ray "
            f"it reads the shard plan and merges). The load average is the machine's (other sessions share it)."
            f"\n\n" + "\n".join(lines)
            + f"\n\nWhole pipeline on 1 worker against spaCy's `nlp.pipe` alone (same texts, same model, no our "
              f"layers, no I/O): **{ratio:.2f}×** (target ≥ 0.6×). Speed-up 1 → 2 local workers: "
              f"**{one['seconds'] / runs['local, 2 workers']['seconds']:.2f}×** (target ≥ 1.85×); Ray 1 → 2 CPUs: "
              f"**{ray_speedup:.2f}×** (target ≥ 1.8×).\n\n"
              "Memory of the 2 local workers (RSS reported by each worker with its batch results):\n\n"
            + "\n".join(mem_lines)
            + f"\n\nRay workers' peak RSS: {runs['Ray, local instance, 2 CPUs'].get('peak_mb', 0):.0f} MiB "
              "(target ≤ 1.5 GB).\n\nThe merge of the Ray job's finished shards into SQLite and PostgreSQL: "
              "next section.\n")


def render_merge(merge: dict[str, Any], n: int) -> str:
    lines = ["| store | factor similarity | articles (+ records) | seconds | articles/s | driver CPU s | "
             "articles per driver CPU s | load avg before → after |", "|---|---|---|---|---|---|---|---|"]
    lines += [f"| {k} | {v.get('factor_similarity', '?')} | {v['stored']:,} (+ {v['records']:,}) | "
              f"{v['seconds']:.1f} | {v['articles_per_s']:,} | {v['cpu_seconds']:.1f} | {v['articles_per_cpu_s']:,} | "
              f"{v['load_before']} → {v['load_after']} |" for k, v in merge.items()]
    loads = {v["model_load_s"] for v in merge.values() if v.get("model_load_s") is not None}
    return (f"`.venv/bin/python benchmarks/bench_scale.py --merge-only --work DIR` (or the whole benchmark) on "
            f"{machine()}.\n\nThe finished shards of the {n:,}-article job of the Scale section (shards of 250 "
            "JSONL lines, one shard per WARC file, records made by the workers) merged by the driver into a fresh "
            "store: the single writer's load rate, duplicates decided against the store, records, actor, claim, "
            "event and causal indexes written (`politika.scale.merge`, `Store.add_articles` and "
            "`Store.save_records`; on PostgreSQL both load through `COPY`). The driver's CPU time (the merging "
            "process; on PostgreSQL the server's own work is not in it) moves less with other sessions' load than "
            "the wall time. Factor similarity `embeddings` (the `embeddings` extra installed, "
            "`POLITIKA_FACTOR_SIMILARITY` unset or `embeddings`): the driver embeds each new factor name with "
            "all-MiniLM-L6-v2, each store from no vectors kept"
            + (f", the model loaded before the clock starts ({', '.join(f'{x:.1f}' for x in sorted(loads))} s)"
               if loads else "") + "; `lexical`: `POLITIKA_FACTOR_SIMILARITY=lexical`.\n\n"
            + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
