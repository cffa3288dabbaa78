"""Load finished shards into the store: the single writer of a sharded job.

Articles go through ``Store.add_articles`` in batches, so duplicates are decided once, here, against the
whole store (across shards and earlier runs); then the records the workers made are saved with
``Store.save_records`` for the articles that are new. Merging a shard again stores nothing twice: its
articles come back ``already`` stored, and only those still waiting for a record get one.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from politika.ingest.dedupe import Fingerprint
from politika.ingest.document import Article
from politika.scale.worker import fingerprint_of
from politika.store import Store
from politika.store.schema import articles


@dataclass
class MergeCounts:
    stored: int = 0
    duplicates: int = 0
    already_stored: int = 0
    skipped_language: int = 0
    failed: int = 0
    analysed: int = 0
    words: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


Row = tuple[Article, Fingerprint, str, str | None, dict[str, Any] | None]


def read_results(path: Path) -> Iterator[Row | dict[str, str]]:
    """The lines of a shard results file: article rows, or error dicts (``source``, ``kind``, ``reason``)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            data = json.loads(line)
            if "error" in data:
                yield data["error"]
                continue
            article = Article.from_dict(data["article"])
            yield article, fingerprint_of(data["fingerprint"]), data["status"], data["reason"], data["record"]


def merge_results(store: Store, path: Path, model: str, batch_size: int = 500,
                  on_error: Callable[[dict[str, str]], None] | None = None) -> MergeCounts:
    """Merge one shard's results file into ``store``; errors in it are passed to ``on_error``."""
    counts = MergeCounts()
    batch: list[Row] = []
    for item in read_results(path):
        if isinstance(item, dict):
            counts.failed += 1
            if on_error:
                on_error(item)
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            _merge_batch(store, batch, model, counts)
            batch = []
    if batch:
        _merge_batch(store, batch, model, counts)
    return counts


def _merge_batch(store: Store, batch: list[Row], model: str, counts: MergeCounts) -> None:
    outcomes = store.add_articles([(article, fp, status, reason) for article, fp, status, reason, _ in batch])
    to_save: list[tuple[int, dict[str, Any]]] = []
    maybe_waiting: list[tuple[int, dict[str, Any]]] = []
    for outcome, (article, _fp, status, _reason, record) in zip(outcomes, batch, strict=True):
        if outcome.status == "stored":
            counts.stored += 1
            counts.words += article.word_count
            counts.skipped_language += status == "skipped"
            if record is not None and status == "pending":
                to_save.append((outcome.pk, record))
        elif outcome.status == "duplicate":
            counts.duplicates += 1
        else:
            counts.already_stored += 1
            # Stored by an earlier merge that died before saving its records: the record is still wanted if
            # it was made for the same text (same id) and the article is still pending.
            if record is not None and record.get("id") == outcome.article_id:
                maybe_waiting.append((outcome.pk, record))
    if maybe_waiting:
        with store.engine.connect() as conn:
            waiting = set(conn.execute(sa.select(articles.c.pk).where(
                articles.c.pk.in_([pk for pk, _ in maybe_waiting]), articles.c.status == "pending")).scalars())
        to_save.extend((pk, record) for pk, record in maybe_waiting if pk in waiting)
    if to_save:
        store.save_records(to_save, model)
        counts.analysed += len(to_save)
