"""What runs inside a worker process: analysing a batch of stored articles, or a whole shard.

Each worker process loads the spaCy pipeline once (``load_pipeline`` is cached per process) and analyses
inside ``nlp.memory_zone()`` (``politika.nlp.pipeline.analyse`` does), so a long-lived worker does not grow.
After each batch or shard chunk it frees what the batch left (:func:`release_memory`): a worker stays at ~400 MiB
(docs/scale.md, "What a worker's memory is made of"). In embeddings mode a shard task also embeds its records'
factor names for the merge (:func:`_factor_vectors`), which loads PyTorch and all-MiniLM-L6-v2 in the worker.
"""

from __future__ import annotations

import base64
import contextlib
import ctypes
import ctypes.util
import gc
import gzip
import os
import resource
import time
from collections.abc import Iterable
from typing import Any

import numpy as np

from politika.errors import PolitikaError
from politika.graph.factors import ships_vectors
from politika.ingest.dedupe import Fingerprint
from politika.ingest.document import Article
from politika.jobs import IngestOptions, prepare_document
from politika.scale.manifest import JobManifest
from politika.scale.shards import Shard, iter_shard
from politika.store.engine import json_text

# (pk, record id, text, date, title): what the parent sends for one stored article.
BatchItem = tuple[int, str, str, str | None, str | None]
SHARD_CHUNK = 256  # articles analysed (and written) at a time inside one shard task
# Analysed once when a worker starts, so that the layers' lazily loaded tables (the gazetteer, the event and causal
# models) are loaded before the pipeline is frozen out of garbage collection.
WARM_UP = ("President Emmanuel Macron of France said in Paris on Monday that the strike had caused higher prices "
           "because the talks failed, and the police arrested 20 protesters.")


def _libc() -> Any:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None  # glibc only
    except OSError:
        return None


_LIBC = _libc()


def release_memory() -> None:
    """Free what an analysed batch left behind. Its Docs hang in reference cycles (a Doc's actors, mentions and
    spans point back at it) that Python frees only at a full collection, which came every few batches: ~140 MiB
    of a worker's RSS between two (measured, docs/scale.md); and glibc keeps freed pages unless asked
    (``malloc_trim``: ~40 MiB more). A collection costs little: the loaded pipeline is frozen out of it
    (:func:`load_worker_pipeline`)."""
    gc.collect()
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def memory_mb() -> tuple[float, float]:
    """This process's resident memory now and at its peak, in MiB.

    The peak is Linux's ``VmHWM`` (this address space's high-water mark), not ``ru_maxrss``: Linux keeps
    ``ru_maxrss`` across ``exec``, so a spawned worker would report its parent's size at the fork.
    """
    try:
        with open("/proc/self/statm") as handle:
            rss = int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        rss = 0.0
    peak = 0.0
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024  # kB
                    break
    except (OSError, ValueError, IndexError):
        pass
    if not peak:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return round(rss, 1), round(peak, 1)


def load_worker_pipeline(model: str, layers: tuple[str, ...] | None = None, embeds_factors: bool = False) -> None:
    """Pool initializer: load the pipeline once; a failure is reported by the first task instead. ``embeds_factors``:
    also the factor embedding model, in embeddings mode, so that the worker embeds its records' factor names for
    the process that stores them (a shard's results lines, :func:`_factor_vectors`; ``analyse_batch``'s
    ``factor_vectors``)."""
    from politika.nlp.pipeline import LAYERS, load_pipeline
    from politika.settings import component_config

    # load_pipeline caches only successes, so the first task raises the same error where it can be reported.
    with contextlib.suppress(PolitikaError):
        nlp = load_pipeline(model, layers or LAYERS, component_config())
        if "politika_causal" in nlp.pipe_names:  # a worker per core: no core to spare for the second stage
            causal: Any = nlp.get_pipe("politika_causal")
            causal.beside_the_parse = False
        with contextlib.suppress(Exception), nlp.memory_zone():  # the layers load their tables on first use
            nlp(WARM_UP)
    if embeds_factors and ships_vectors():  # the embedding model, loaded before the freeze too
        global _SHIPS_VECTORS
        from politika.graph.factors import embed_names, on_one_thread

        with contextlib.suppress(Exception), on_one_thread():
            embed_names(["war"])
            _SHIPS_VECTORS = True
    # The pipeline's ~0.5 M objects live as long as the process: out of every later collection (release_memory;
    # a full collection over them took 1.7-2.1 s at load average 10, then 0.0 s).
    gc.collect()
    gc.freeze()


def analyse_batch(batch: list[BatchItem], model: str, batch_size: int) -> dict[str, Any]:
    """Analyse one batch of stored articles: ``{"records": [(pk, record)], "factor_vectors", "pid", "rss_mb",
    "peak_mb"}``; ``factor_vectors``: the vectors of the records' factor names (lower-cased name → float32 vector)
    where the worker was started to embed them (``load_worker_pipeline``), for the parent to take
    (``graph.factors.remember_vectors``) before it saves the records, else empty."""
    from politika.nlp.pipeline import NlpInput, analyse
    from politika.settings import component_config

    inputs = [NlpInput(id=rid, text=text, date=date, title=title) for _, rid, text, date, title in batch]
    try:
        records = list(analyse(inputs, model=model, batch_size=batch_size, config=component_config()))
    except PolitikaError as exc:  # PolitikaError does not survive pickling; send its parts
        return {"error": [type(exc).__name__, exc.source, exc.reason]}
    vectors: dict[str, Any] = {}
    if _SHIPS_VECTORS:
        with contextlib.suppress(Exception):  # the model fails here: the parent embeds the names (and reports it)
            vectors = _embedded(name for each in _record_names(list(records)) for name in each)
    release_memory()
    rss, peak = memory_mb()
    return {"records": [(item[0], record) for item, record in zip(batch, records, strict=True)],
            "factor_vectors": vectors, "pid": os.getpid(), "rss_mb": rss, "peak_mb": peak}


def process_shard(shard: Shard, job_root: str, options: IngestOptions, model: str) -> dict[str, Any]:
    """Extract, fingerprint and analyse every article of ``shard``; write its results file and manifest entry.

    Duplicates are not decided here (the merge decides them against the whole store); an exact repeat of a
    text inside the shard is only not analysed twice. Returns the manifest entry.
    """
    manifest = JobManifest(job_root)
    started, cpu = time.perf_counter(), time.process_time()
    counts = {"articles": 0, "errors": 0, "analysed": 0, "words": 0}
    final = manifest.result_path(shard.id)
    tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
    final.parent.mkdir(parents=True, exist_ok=True)
    seen_hashes: set[str] = set()
    rows: list[tuple[Article, Fingerprint, str, str | None]] = []
    embedding = options.analyse and ships_vectors()
    shipped: set[str] = set()  # factor names whose vectors a line of this shard carries already
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=3) as out:

        def error(source: str, kind: str, reason: str) -> None:
            counts["errors"] += 1
            out.write(json_text({"error": {"source": source, "kind": kind, "reason": reason}}) + "\n")

        def flush() -> None:
            nonlocal embedding
            records = _analyse_rows(rows, seen_hashes, options, model)
            vectors: list[dict[str, str] | None] = [None] * len(records)
            if embedding:
                try:
                    vectors = _factor_vectors(records, shipped)
                except Exception:  # the model fails here: the merge embeds the names (and reports a failure)
                    embedding = False
            for (article, fp, status, reason), record, shipping in zip(rows, records, vectors, strict=True):
                # The word count for the merge (which would split the text again); the vectors of the record's
                # factor names not shipped yet in this shard, which the merge would embed; the record last, so that
                # the merge can store its text as written here (``merge.read_results``).
                words = article.word_count
                line: dict[str, Any] = {"article": article.to_dict(), "fingerprint": _fp_dict(fp), "status": status,
                                        "reason": reason, "words": words}
                if shipping:
                    line["factor_vectors"] = shipping
                line["record"] = record
                out.write(json_text(line) + "\n")
                counts["articles"] += 1
                counts["words"] += words
                counts["analysed"] += record is not None
            rows.clear()
            release_memory()

        for item in iter_shard(shard, options.source_options()):
            if isinstance(item, PolitikaError):
                error(item.source, item.kind, item.reason)
                continue
            try:
                rows.append(prepare_document(item, options))
            except PolitikaError as exc:
                error(exc.source, exc.kind, exc.reason)
            except Exception as exc:  # one broken page must not fail a shard of thousands
                error(item.origin, "extraction", f"{type(exc).__name__}: {' '.join(str(exc).split())[:500]}")
            if len(rows) >= SHARD_CHUNK:
                flush()
        flush()
    os.replace(tmp, final)
    rss, peak = memory_mb()
    entry = {"shard": shard.id, "source": shard.describe(), "state": "done", **counts,
             "seconds": round(time.perf_counter() - started, 3), "cpu_seconds": round(time.process_time() - cpu, 3),
             "host": os.uname().nodename, "pid": os.getpid(),
             "rss_mb": rss, "peak_mb": peak, "model": model if options.analyse else None}
    manifest.write_entry(shard.id, entry)
    return entry


def _analyse_rows(rows: list[tuple[Article, Fingerprint, str, str | None]], seen: set[str],
                  options: IngestOptions, model: str) -> list[dict[str, Any] | None]:
    from politika.nlp.pipeline import NlpInput, analyse
    from politika.settings import component_config

    wanted: list[int] = []
    for index, (_, fp, status, _) in enumerate(rows):
        if options.analyse and status == "pending" and fp.content_hash not in seen:
            seen.add(fp.content_hash)
            wanted.append(index)
    out: list[dict[str, Any] | None] = [None] * len(rows)
    # The record id is the id the store gives a new article (the first 16 hex digits of its content hash).
    inputs = [NlpInput(id=rows[i][1].content_hash[:16], text=rows[i][0].text, date=rows[i][0].date,
                       title=rows[i][0].title) for i in wanted]
    records = analyse(inputs, model=model, batch_size=options.batch_size, config=component_config())
    for index, record in zip(wanted, records, strict=True):
        out[index] = record
    return out


# The factor names a worker embedded for its last shards, kept for the next ones (each shard ships the vectors of its
# own names, and a name comes back in shard after shard: 6,921 names shipped for 2,087 distinct ones in the 8 shards
# of bench_scale.py's 2,000 articles); first in, first out past this many (~1.5 KiB each).
EMBEDDED_NAMES_KEPT = 20_000
_EMBEDDED: dict[str, Any] = {}
_SHIPS_VECTORS = False  # analyse_batch gives its records' vectors (set by load_worker_pipeline)


def _factor_vectors(records: list[dict[str, Any] | None], shipped: set[str]) -> list[dict[str, str] | None]:
    """For each record, the vectors of its factor names (``store.causal.record_factor_names``, lower-cased) that no
    line of the shard carries yet (``shipped``, updated): name → base64 of the little-endian float32 vector, embedded
    here in one batch on one thread (a worker has one core), so that the driver only looks them up
    (``graph.factors.remember_vectors``, ``merge.read_results``): embedding them was about half of the driver's time
    in a merge (~4 ms of CPU a name)."""
    names = _record_names(records)
    wanted = dict.fromkeys(name for each in names for name in each if name not in shipped)
    if not wanted:
        return [None] * len(records)
    vectors = _embedded(wanted)
    out: list[dict[str, str] | None] = []
    for each in names:
        mine = {name: base64.b64encode(vectors[name].astype("<f4").tobytes()).decode("ascii")
                for name in each if name in vectors and name not in shipped}
        shipped.update(mine)
        out.append(mine or None)
    return out


def _record_names(records: list[dict[str, Any] | None]) -> list[list[str]]:
    """Each record's factor names as the causal index looks up their vectors (lower-cased); none for an error
    record or no record."""
    from politika.store.causal import record_factor_names

    return [[name.lower() for name in record_factor_names(record)] if record and "error" not in record else []
            for record in records]


def _embedded(names: Iterable[str]) -> dict[str, Any]:
    """The vectors of these (lower-cased) factor names: those this worker embedded already (``_EMBEDDED``), the rest
    embedded now in one batch on one thread (a worker has one core) and kept."""
    from politika.graph.factors import cached_vectors, on_one_thread

    with on_one_thread():
        return cached_vectors(names, _EMBEDDED, EMBEDDED_NAMES_KEPT)


def _fp_dict(fp: Fingerprint) -> dict[str, Any]:
    return {"content_hash": fp.content_hash, "url_key": fp.url_key, "bands": fp.bands,
            "minhash": base64.b64encode(fp.signature_bytes()).decode("ascii")}


def fingerprint_of(data: dict[str, Any]) -> Fingerprint:
    """The Fingerprint a results line carries."""
    values = np.frombuffer(base64.b64decode(data["minhash"]), dtype=np.uint64).copy()
    return Fingerprint(content_hash=data["content_hash"], url_key=data["url_key"], minhash=values,
                       bands=list(data["bands"]))
