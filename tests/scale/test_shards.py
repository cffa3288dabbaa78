"""Shards: a WARC file each, JSONL line ranges with the same origins as a plain ingest, folder chunks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from politika.errors import InputError, PolitikaError
from politika.ingest.document import RawDocument
from politika.ingest.sources import iter_documents
from politika.scale.shards import Shard, iter_shard, plan_shards
from tests.scale.corpus import write_corpus, write_warc


def _origins(items: object) -> list[str]:
    return [item.origin for item in items if isinstance(item, RawDocument)]  # type: ignore[attr-defined]


def test_shards_of_a_mixed_corpus_cover_every_document_once(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", jsonl_files=2, lines=7, notes=5, warcs=2, pages=3)
    shards = plan_shards([str(tmp_path / "c")], shard_size=3)
    kinds = [s.kind for s in shards]
    assert kinds.count("warc") == 2
    # part0 has 8 lines (7 + a copy) → 3 shards; part1 has 7 → 3 shards; 5 notes → chunks of 3 and 2
    assert kinds.count("jsonl") == 6
    assert sorted(len(s.paths) for s in shards if s.kind == "files") == [2, 3]
    from_shards = [o for s in shards for o in _origins(iter_shard(s))]
    plain = _origins(iter_documents([str(tmp_path / "c")]))
    assert sorted(from_shards) == sorted(plain) and len(set(plain)) == len(plain)


def test_jsonl_shards_keep_line_numbers_and_report_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [json.dumps({"text": f"Text number {n} of the day.", "title": f"T{n}"}) for n in range(5)]
    lines.insert(2, "{not json")
    lines.insert(4, "")
    path.write_text("\n".join(lines) + "\n")
    shards = plan_shards([str(path)], shard_size=2)
    assert [(s.start, s.stop) for s in shards] == [(1, 3), (3, 5), (5, 7), (7, 8)]
    items = [item for s in shards for item in iter_shard(s)]
    assert _origins(items) == [f"{path}:{n}" for n in (1, 2, 4, 6, 7)]
    errors = [i for i in items if isinstance(i, PolitikaError)]
    assert [e.source for e in errors] == [f"{path}:3"]


def test_gzipped_jsonl_is_sharded_on_its_lines(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress(b"".join(json.dumps({"text": f"Line {n} text."}).encode() + b"\n"
                                            for n in range(5))))
    shards = plan_shards([str(path)], shard_size=2)
    assert [o for s in shards for o in _origins(iter_shard(s))] == [f"{path}:{n}" for n in range(1, 6)]


def test_a_warc_file_is_one_shard_and_its_records_keep_their_origins(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [(f"https://x.example/{n}", f"Title {n}", f"Body {n} of the report.") for n in range(4)])
    shards = plan_shards([str(warc)], shard_size=1)
    assert [s.kind for s in shards] == ["warc"]
    assert _origins(iter_shard(shards[0])) == _origins(iter_documents([str(warc)]))
    assert len(_origins(iter_shard(shards[0]))) == 4


def test_shard_ids_are_stable_and_follow_file_changes(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# One\n\nText.\n")
    first = plan_shards([str(path)])[0]
    assert plan_shards([str(path)])[0].id == first.id
    assert Shard.from_dict(first.to_dict()) == first
    path.write_text("# One\n\nText changed, longer.\n")
    assert plan_shards([str(path)])[0].id != first.id


def test_standard_input_and_missing_files_cannot_be_sharded(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="standard input"):
        plan_shards(["-"])
    with pytest.raises(InputError, match="no files match"):
        plan_shards([str(tmp_path / "*.html")])


def test_shards_end_at_about_shard_words_words(tmp_path: Path) -> None:
    """Long articles make short shards: a JSONL shard ends at the line that brings it to ``shard_words`` words, a
    chunk of files at the file that does (a file's words estimated from its size); the lines are all covered."""
    path = tmp_path / "a.jsonl"
    sizes = [10, 10, 10, 200, 10, 10, 300, 10]
    path.write_text("".join(json.dumps({"text": " ".join(["word"] * k)}) + "\n" for k in sizes))
    shards = plan_shards([str(path)], shard_size=5, shard_words=100)
    assert [(s.start, s.stop) for s in shards] == [(1, 5), (5, 8), (8, 9)]
    assert [(s.start, s.stop) for s in plan_shards([str(path)], shard_size=5)] == [(1, 6), (6, 9)]
    notes = tmp_path / "notes"
    notes.mkdir()
    for n, words in enumerate([50, 50, 400, 50, 50, 50]):
        (notes / f"n{n}.txt").write_text(" ".join(["abcde"] * words))  # 6 bytes a word
    chunks = plan_shards([str(notes)], shard_size=10, shard_words=120)
    assert [len(s.paths) for s in chunks] == [3, 3]
    with pytest.raises(InputError):
        plan_shards([str(path)], shard_words=0)


def test_shards_carry_the_bytes_they_read_and_the_size_is_not_part_of_the_id(tmp_path: Path) -> None:
    """What orders the running, longest first (``run_job``): a JSONL slice's bytes, a WARC file's size × 3 when
    gzipped, a chunk of files their sizes; the same shard with another estimate is the same shard."""
    write_corpus(tmp_path / "c", jsonl_files=1, lines=4, notes=2, warcs=1, pages=3)  # 5 lines: one repeats
    shards = plan_shards([str(tmp_path / "c")], shard_size=2)
    jsonl = [s for s in shards if s.kind == "jsonl"]
    assert sum(s.size for s in jsonl) == Path(jsonl[0].paths[0]).stat().st_size
    assert [s.stop - s.start for s in jsonl] == [2, 2, 1] and jsonl[0].size > jsonl[-1].size > 0
    [warc] = [s for s in shards if s.kind == "warc"]
    assert warc.size == Path(warc.paths[0]).stat().st_size * 3
    for files in (s for s in shards if s.kind == "files"):
        assert files.size == sum(Path(p).stat().st_size for p in files.paths)
    first = jsonl[0]
    again = Shard.from_dict({**first.to_dict(), "size": 1})
    assert again == first and again.id == first.id
    assert Shard.from_dict({k: v for k, v in first.to_dict().items() if k != "size"}).size == 0  # an old manifest
