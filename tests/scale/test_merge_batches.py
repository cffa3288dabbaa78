"""Issue 18: where a merge cuts the records into save batches does not change the store, also where the mention
counts decide which of two stored actors a name joins (``graph.actors._best`` takes the most mentioned).

The shards (written here) tell of three John Smiths: one of the US, one of Britain, each mentioned a different
number of times from article to article, and articles that do not say which country their John Smith is from: he
joins whichever is the more mentioned at that point, which changes twice over the shards. Counts read once at a
batch's start would give him to the other one in some batches (docs/scale.md, 2026-12-07).
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

import pytest

from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.scale.merge import merge_shards
from politika.scale.worker import _fp_dict
from politika.store import Store
from tests.httpserver import news_text
from tests.scale.canonical import canonical_dump, differences
from tests.store.test_bulk_load import write_results

MODEL = "test-model"

# (country, mentions) of each article's John Smith, by shard; None: the article does not say
SHARDS: list[list[tuple[str | None, int]]] = [
    [("USA", 1), ("GBR", 3), (None, 1), (None, 2)],  # the British one leads: the unplaced ones are his
    [("USA", 6), (None, 1), ("USA", 2), (None, 1)],  # the American one overtakes him
    [("GBR", 6), (None, 1), (None, 3), ("USA", 1), (None, 1)],  # and the British one again
]


def _line(n: int, country: str | None, times: int) -> str:
    smith = " ".join(f"John Smith spoke on day {day} of story {n}." for day in range(times))
    text = f"{smith}\n\n{news_text(900 + n, 60)}"
    article = Article(text=text, origin=f"smith/{n}.txt", title=f"Smith {n}", date=f"2024-05-{1 + n:02d}",
                      language="en", url=f"https://smith.example/{n}")
    fp = fingerprint(text, article.url)
    mentions = [{"start": m.start(), "end": m.end(), "text": "John Smith", "label": "PERSON", "actor": "a1",
                 "kind": "name"} for m in re.finditer("John Smith", smith)]
    actor = {"id": "a1", "name": "John Smith", "type": "PERSON", "kind": "person", "aliases": [], "descriptors": [],
             "descriptor_spans": [], "country": country, "sector": None, "kb_id": None, "roles": [], "ties": [],
             "mention_count": times}
    record: dict[str, Any] = {
        "id": fp.content_hash[:16], "sentences": [{"start": m.start(), "end": m.end()}
                                                 for m in re.finditer(r"[^.]+\.", text)],
        "mentions": mentions, "actors": [actor], "events": [], "attributions": [], "causal_sentences": [],
        "causal": []}
    return json.dumps({"article": article.to_dict(), "fingerprint": _fp_dict(fp), "status": "pending",
                       "reason": None, "record": record})


def _shards(tmp_path: Path) -> list[Path]:
    paths, n = [], 0
    for number, shard in enumerate(SHARDS):
        lines = []
        for country, times in shard:
            lines.append(_line(n, country, times))
            n += 1
        paths.append(write_results(tmp_path / f"shard{number}.jsonl.gz", lines))
    return paths


def _unplaced_owners(dump: dict[str, Any]) -> list[str]:
    """The actor each unplaced John Smith joined, in the order of the articles."""
    origin = {row[0]: row[1] for row in dump["articles"]}
    countries = {n: country for n, (country, _) in enumerate(c for shard in SHARDS for c in shard)}
    owners = sorted((int(origin[article].split(".")[0]), key) for article, _local, key, _count, _rule in dump["links"])
    return [key for n, key in owners if countries[n] is None]


def _merged(url: str, files: list[Path], size: int) -> dict[str, Any]:
    with Store(url) as store:
        for path in files:
            merge_shards(store, [path], MODEL, batch_size=size)
        return canonical_dump(store)


def _together(tmp_path: Path, paths: list[Path]) -> Path:
    """The shards' lines in one results file: one batch of all the records."""
    return write_results(tmp_path / "together.jsonl.gz",
                         [line for path in paths for line in gzip.decompress(path.read_bytes()).decode().splitlines()])


def test_the_save_batches_of_a_merge_do_not_change_the_store(tmp_path: Path) -> None:
    paths = _shards(tmp_path)
    one = _merged(str(tmp_path / "one.db"), paths, 1)  # every record in a batch of its own
    assert _unplaced_owners(one) == [
        "person:john-smith:gbr", "person:john-smith:gbr", "person:john-smith:usa", "person:john-smith:usa",
        "person:john-smith:gbr", "person:john-smith:gbr", "person:john-smith:gbr"]
    assert differences(_merged(str(tmp_path / "shard.db"), paths, 500), one) == []  # one batch a shard
    assert differences(_merged(str(tmp_path / "all.db"), [_together(tmp_path, paths)], 500), one) == []
    with Store(str(tmp_path / "group.db")) as store:  # the shards merged as a group: one batch across them
        tallies = merge_shards(store, paths, MODEL)
        assert [counts.stored for counts, _ in tallies] == [len(shard) for shard in SHARDS]
        assert differences(canonical_dump(store), one) == []


@pytest.mark.postgres
def test_postgresql_stores_in_one_batch_what_sqlite_does_record_by_record(tmp_path: Path, pg_url: str) -> None:
    paths = _shards(tmp_path)
    one = _merged(str(tmp_path / "one.db"), paths, 1)
    assert differences(_merged(pg_url, [_together(tmp_path, paths)], 500), one) == []
