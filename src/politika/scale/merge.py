"""Load finished shards into the store: the single writer of a sharded job.

A shard is merged in one transaction (``Store.transaction``): a crash or an error in the middle leaves
nothing of it stored, and the next run merges it again (shards ready together: one transaction for all of them,
their rows in batches across the shards, ``merge_shards``). Articles go through ``Store.add_articles`` in
batches, so duplicates are decided once, here, against the whole store (across shards and earlier runs);
then the records the workers made are saved with ``Store.save_records`` for the articles that are new. Both
load their rows in bulk (``COPY`` on PostgreSQL, see ``politika.store.bulk``). Merging a shard again stores
nothing twice: its articles come back ``already`` stored, and only those still waiting for a record get one.
A line of a results file that cannot be loaded is reported (``<file>:<line>`` and why) and skipped. In embeddings
mode a line also carries the vectors of its record's factor names that the worker embedded (``factor_vectors``, each
name once a shard): they go into ``graph.factors``' vectors as the line is read, so that the causal index looks them
up instead of running the model here; a name without one (a line lost, a factor stored by an earlier run) is
embedded here as before.

The garbage collector is paused while a shard is merged (``_collections_paused``): a batch's decoded records are
some hundred thousand dicts and lists that live until the batch is stored, and each full collection walked them
again (a 2,000-article merge of 8.8 s spent 2.2 s in collections, 18 of them full ones of up to 0.13 s). The
merge makes little cyclic garbage (some 10,000 objects in that merge), collected once the pause ends.
"""

from __future__ import annotations

import base64
import gc
import gzip
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import orjson

from politika.graph.factors import remember_vectors, ships_vectors
from politika.ingest.dedupe import Fingerprint
from politika.ingest.document import Article
from politika.jobs import IngestSummary, article_source, save_analysis
from politika.scale.worker import fingerprint_of
from politika.store import Store
from politika.store.claims import opinion_score
from politika.store.engine import WrittenJson

# (article, fingerprint, status, skip reason, record, word count)
Row = tuple[Article, Fingerprint, str, str | None, dict[str, Any] | None, int]


def read_results(path: Path) -> Iterator[Row | dict[str, str]]:
    """The lines of a shard results file: article rows, or error dicts (``source``, ``kind``, ``reason``).

    A line that cannot be read back (cut, not JSON, fields missing, a NUL character, which PostgreSQL cannot
    store) is an error dict naming ``<file>:<line>`` (and the article's origin when known).
    """
    vectors = ships_vectors()  # else the shipped vectors are ignored
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            data: Any = None
            try:
                data = _loads(line)
                if "error" in data:
                    yield data["error"]
                    continue
                row = _row(data, line, "\\u0000" in line)
                if vectors and data.get("factor_vectors"):
                    _remember(data["factor_vectors"])
                yield row
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                article = data.get("article") if isinstance(data, dict) else None
                origin = article.get("origin") if isinstance(article, dict) else None
                where = f"{path}:{number}" + (f" ({origin})" if origin else "")
                reason = str(exc) if isinstance(exc, _BadRow) else f"{type(exc).__name__}: {exc}"
                yield {"source": where, "kind": "merge",
                       "reason": f"cannot load this result line ({reason}); the rest of the shard is loaded"}


def _remember(shipped: Any) -> None:
    """The factor names' vectors a worker embedded (``worker._factor_vectors``: name → base64 of float32), into
    ``graph.factors``' vectors, so that the causal index finds them instead of embedding the names here (a line
    whose vectors cannot be read is merged without them: the index embeds what it lacks)."""
    if not isinstance(shipped, dict):
        return
    import numpy as np

    with suppress(ValueError, TypeError):
        remember_vectors({name: np.frombuffer(base64.b64decode(text), dtype="<f4") for name, text in shipped.items()})


def _loads(line: str) -> Any:
    """A results line: orjson (the workers write it; decoding with the standard library was an eighth of a merge's
    time), else the standard decoder, for lines orjson refuses that it reads (``NaN``, written by workers before
    they used orjson; integers past 64 bits)."""
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return json.loads(line)


class _BadRow(ValueError):
    pass


def _row(data: dict[str, Any], line: str, maybe_nul: bool) -> Row:
    article = Article.from_dict(data["article"])
    status, record = data["status"], data["record"]
    if status not in ("pending", "skipped"):
        raise _BadRow(f"unknown status {status!r}")
    if record is not None and not isinstance(record, dict):
        raise _BadRow("the record is not a JSON object")
    if maybe_nul and _has_nul(data):
        raise _BadRow("a NUL character, which the store cannot hold")
    words = data.get("words")
    if type(words) is not int:  # a line of a worker before the word count was written: the text split here
        words = article.word_count
    elif record is not None:
        record = _as_written(record, line)
    return article, fingerprint_of(data["fingerprint"]), status, data["reason"], record, words


_RECORD_KEY = ',"record":{'


def _as_written(record: dict[str, Any], line: str) -> dict[str, Any]:
    """The record with its JSON text as the worker wrote it (``WrittenJson``), so that the store keeps that text
    instead of encoding the record again. The worker writes the record last, with orjson (``json_text``), whose
    text decoded and encoded again is the same text; a line the standard encoder wrote (``json_text``'s fallback,
    with spaces after its commas) is not matched, and its record is encoded again as before. ``,"record":{`` can
    only be the line's own key: inside a JSON string every quote is escaped, and no object before it (the
    article's fields, the fingerprint) has that key."""
    start = line.find(_RECORD_KEY)
    end = len(line.rstrip("\n")) - 1
    if start < 0 or line[end] != "}":
        return record
    return WrittenJson(record, line[start + len(_RECORD_KEY) - 1:end])


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False

# At most this many result lines (articles and errors) of shards that are ready together are merged in one
# transaction, and at most this many rows are stored in one save batch: each transaction costs its staging tables and
# a commit, each batch its statements (docs/scale.md, "Shards ready together merged in one transaction" and
# 2026-12-07).
MERGE_GROUP_ARTICLES = 2000


def merge_results(store: Store, path: Path, model: str, batch_size: int = MERGE_GROUP_ARTICLES,
                  on_error: Callable[[dict[str, str]], None] | None = None) -> IngestSummary:
    """Merge one shard's results file into ``store``, all or nothing; errors in it are passed to ``on_error``
    (after the shard is stored: a shard that fails to load reports nothing but its failure)."""
    ((counts, errors),) = merge_shards(store, [path], model, batch_size)
    if on_error:
        for error in errors:
            on_error(error)
    return counts


def merge_shards(store: Store, paths: Sequence[Path], model: str,
                 batch_size: int = MERGE_GROUP_ARTICLES) -> list[tuple[IngestSummary, list[dict[str, str]]]]:
    """Merge the results files of several shards into ``store`` in one transaction, in the order given: all of them
    or none (a failure raises, and nothing of any of them is stored). Their lines are cut into save batches of
    ``batch_size`` rows in that order, across shards: where a sequence of records is cut into batches does not
    change the store (``StoredActors`` hands out the mention counts of the records saved so far), and a batch costs
    the same statements whatever its size. Gives each shard's counts and errors (in the order of its lines), in the
    order of ``paths``; the caller reports the errors."""
    tallies: list[tuple[IngestSummary, list[dict[str, str]]]] = [(IngestSummary(), []) for _ in paths]
    found: list[list[tuple[int, dict[str, str]]]] = [[] for _ in paths]  # each shard's errors, by line
    batch: list[Row] = []
    lines: list[tuple[int, int]] = []  # (shard, line) of each row of ``batch``
    with _collections_paused(), store.transaction():
        for owner, path in enumerate(paths):
            for line, item in enumerate(read_results(path)):
                if isinstance(item, dict):
                    tallies[owner][0].failed += 1
                    found[owner].append((line, item))
                    continue
                batch.append(item)
                lines.append((owner, line))
                if len(batch) >= batch_size:
                    _merge_batch(store, batch, model, lines, tallies, found)
                    batch, lines = [], []
        if batch:
            _merge_batch(store, batch, model, lines, tallies, found)
            batch, lines = [], []
    for (_, errors), errors_found in zip(tallies, found, strict=True):
        errors.extend(error for _, error in sorted(errors_found, key=lambda item: item[0]))
    return tallies


@contextmanager
def _collections_paused() -> Iterator[None]:
    """No automatic garbage collection inside (left off where it was off already)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _merge_batch(store: Store, batch: list[Row], model: str, lines: Sequence[tuple[int, int]],
                 tallies: Sequence[tuple[IngestSummary, list[dict[str, str]]]],
                 found: Sequence[list[tuple[int, dict[str, str]]]]) -> None:
    """Store ``batch``; ``lines``: the (shard, line) of each row, whose shard's counts (``tallies``) and errors
    by line (``found``) it adds to."""
    # An article whose record is saved below is stored analysed, with the record's opinion score, at once: no
    # update of its row after (on PostgreSQL it rewrote the row with its full-text index entries).
    words = [row[5] for row in batch]  # counted by the worker (or once in read_results), not for each use
    analysed = {index: opinion_score(record, words[index])
                for index, (_article, _fp, status, _reason, record, _words) in enumerate(batch)
                if record is not None and status == "pending" and "error" not in record}
    outcomes = store.add_articles([(article, fp, status, reason) for article, fp, status, reason, _, _ in batch],
                                  analysed, words)
    to_save: list[tuple[int, str, dict[str, Any]]] = []
    maybe_waiting: list[tuple[int, str, dict[str, Any]]] = []
    line_of: dict[str, tuple[int, int]] = {}  # a saved article's source → its (shard, line): one row of the batch
    for outcome, count, (article, _fp, status, _reason, record, _), where in zip(outcomes, words, batch, lines,
                                                                                strict=True):
        counts = tallies[where[0]][0]
        source = article_source(article, outcome.pk)
        if outcome.status == "stored":
            counts.stored += 1
            counts.words += count
            counts.skipped_language += status == "skipped"
            if record is not None and status == "pending":
                to_save.append((outcome.pk, source, record))
                line_of[source] = where
        elif outcome.status == "duplicate":
            counts.duplicates += 1
        else:
            counts.already_stored += 1
            # Stored by an earlier merge that died before saving its records: the record is still wanted if
            # it was made for the same text (same id) and the article is still pending.
            if record is not None and record.get("id") == outcome.article_id:
                maybe_waiting.append((outcome.pk, source, record))
                line_of[source] = where
    if maybe_waiting:
        waiting = {pk for pending in store.iter_pending(pks=[pk for pk, _, _ in maybe_waiting]) for pk, _ in pending}
        to_save.extend(item for item in maybe_waiting if item[0] in waiting)
    if to_save:
        # An error record (the worker's analysis of that article raised), or a record the store refuses, marks
        # its article failed; the error is reported with its shard's other errors, at its line.
        for _pk, source, _record in to_save:
            tallies[line_of[source][0]][0].analysed += 1
        for failure in save_analysis(store, to_save, model)[1]:
            owner, line = line_of[failure.source]
            tallies[owner][0].analysed -= 1
            tallies[owner][0].analysis_failed += 1
            found[owner].append((line, {"source": failure.source, "kind": failure.kind, "reason": failure.reason}))
