"""Split sources into shards, the unit of work of a distributed job: a WARC file, a slice of a JSONL file,
or a chunk of single-page files (HTML, Markdown, text, feeds, URLs).

A shard names its inputs precisely (paths, sizes and modification times, line ranges), so that its id is
stable across runs of the same job and changes when an input file changes.

>>> [s.kind for s in plan_shards(["src/politika/data/samples/sample.warc.gz"], shard_size=100)]
['warc']
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from politika.errors import InputError, printable
from politika.ingest.jsonl import iter_jsonl
from politika.ingest.sources import Item, SourceOptions, expand_paths, iter_documents

DEFAULT_SHARD_SIZE = 500
DEFAULT_SHARD_WORDS = 100_000  # ~400 news articles: ~30 s on one core of the small model
BYTES_PER_WORD = 6  # a file's words, estimated from its size (English prose; markup makes HTML shards smaller)
_WARC_SUFFIXES = (".warc.gz", ".warc", ".arc.gz", ".arc")
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


@dataclass(frozen=True)
class Shard:
    """One unit of work: ``kind`` is ``warc`` (one file), ``jsonl`` (lines ``start``..``stop`` of one file,
    1-based, ``stop`` excluded, starting at byte ``offset``) or ``files`` (a chunk of files or URLs)."""

    kind: str
    paths: tuple[str, ...]
    start: int = 1
    stop: int = 0
    offset: int = 0
    stamps: tuple[str, ...] = field(default=())
    # About how many bytes of text the shard reads (a gzipped file's size × 3): how long it will run, so that a
    # long one starts first (``run_job``). Not part of the id (an estimate, not what the shard is).
    size: int = field(default=0, compare=False)

    @property
    def id(self) -> str:
        key = json.dumps([self.kind, self.paths, self.start, self.stop, self.offset, self.stamps])
        return hashlib.sha256(key.encode()).hexdigest()[:20]

    def describe(self) -> str:
        if self.kind == "jsonl":
            return f"{self.paths[0]}:{self.start}-{self.stop - 1}"
        if self.kind == "files" and len(self.paths) > 1:
            return f"{self.paths[0]} (+{len(self.paths) - 1} more)"
        return self.paths[0]

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "id": self.id}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Shard:
        return cls(kind=data["kind"], paths=tuple(data["paths"]), start=data["start"], stop=data["stop"],
                   offset=data["offset"], stamps=tuple(data["stamps"]), size=data.get("size", 0))


def plan_shards(sources: Iterable[str], shard_size: int = DEFAULT_SHARD_SIZE,
                shard_words: int | None = None) -> list[Shard]:
    """The shards of ``sources``, in the order a plain ingest reads them: one per WARC file, one per
    ``shard_size`` JSONL lines, one per ``shard_size`` other files (or URLs) in a row. The driver merges shards
    in this order, so a job stores articles in the order ``politika ingest`` of the same sources does.

    ``shard_words`` also ends a shard of JSONL lines or files once it holds about that many words, so that
    shards take about the same time whatever their articles' length: a JSONL line's words are its
    whitespace-separated tokens (JSON keys included), a file's its size ÷ 6 (× 3 when gzipped), a URL's none.
    A WARC file stays one shard (splitting it would mean reading it all in the driver).

    Raises :class:`InputError` for standard input (``-``), which cannot be shared between machines.
    """
    if shard_size < 1:
        raise InputError(str(shard_size), "must be at least 1", option="shard_size")
    if shard_words is not None and shard_words < 1:
        raise InputError(str(shard_words), "must be at least 1", option="shard_words")
    words_cap = shard_words or 0
    shards: list[Shard] = []
    chunk: list[str] = []
    stamps: list[str] = []
    size = 0

    def flush_chunk() -> None:
        nonlocal size
        if chunk:
            shards.append(Shard("files", tuple(chunk), stamps=tuple(stamps), size=size))
            chunk.clear()
            stamps.clear()
        size = 0

    def full() -> bool:
        return len(chunk) >= shard_size or bool(words_cap and size // BYTES_PER_WORD >= words_cap)

    for source in sources:
        if source == "-":
            raise InputError("-", "standard input cannot be split into shards; save it to a file first")
        if source.startswith(("http://", "https://")):
            paths: list[Path] = []
            chunk.append(source)
            stamps.append("url")
        else:
            paths = expand_paths(source)
            if not paths:
                raise InputError(source, "no files match")
        for path in paths:
            lower = path.name.lower()
            stamp = _stamp(path)
            if lower.endswith(_WARC_SUFFIXES):
                flush_chunk()  # the files before it come first
                shards.append(Shard("warc", (str(path),), stamps=(stamp,), size=_file_bytes(path)))
            elif lower.endswith(_JSONL_SUFFIXES) and path.is_file():
                flush_chunk()
                shards.extend(_jsonl_shards(path, shard_size, stamp, words_cap))
            else:
                chunk.append(str(path))
                stamps.append(stamp)
                size += _file_bytes(path)
            if full():
                flush_chunk()
        if full():
            flush_chunk()
    flush_chunk()
    return shards


def _stamp(path: Path) -> str:
    try:
        info = path.stat()
    except OSError:
        return "missing"
    return f"{info.st_size}:{info.st_mtime_ns}"


def _file_bytes(path: Path) -> int:
    """A file's size, × 3 when gzipped: about the bytes of text it holds."""
    try:
        size = path.stat().st_size
    except OSError:
        return 0
    return size * (3 if path.name.lower().endswith(".gz") else 1)


def _open(path: Path) -> Any:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def _jsonl_shards(path: Path, shard_size: int, stamp: str, shard_words: int = 0) -> Iterator[Shard]:
    """Line ranges of ``shard_size`` lines (or about ``shard_words`` words) with the byte offset each starts
    at (offsets of the uncompressed stream for ``.gz`` files)."""
    position = 0
    start, offset = 1, 0
    number = 0
    words = 0
    with _open(path) as handle:
        for line in handle:
            number += 1
            position += len(line)
            if shard_words:
                words += len(line.split())
            if number - start + 1 == shard_size or (shard_words and words >= shard_words):
                yield Shard("jsonl", (str(path),), start=start, stop=number + 1, offset=offset, stamps=(stamp,),
                            size=position - offset)
                start, offset = number + 1, position
                words = 0
    if number >= start:
        yield Shard("jsonl", (str(path),), start=start, stop=number + 1, offset=offset, stamps=(stamp,),
                    size=position - offset)


def iter_shard(shard: Shard, options: SourceOptions | None = None) -> Iterator[Item]:
    """Yield a RawDocument, or an error, for every article of ``shard``; origins are the same as a plain
    ``politika ingest`` of the same file gives, so the store sees the same article either way."""
    options = options or SourceOptions()
    if shard.kind != "jsonl":
        yield from iter_documents(shard.paths, options)
        return
    path = Path(shard.paths[0])
    try:
        with _open(path) as handle:
            handle.seek(shard.offset)
            # the lines as a plain ingest reads them (politika.ingest.jsonl): same checks, same size limit
            yield from iter_jsonl(printable(str(path)), handle, options.max_bytes, first=shard.start,
                                  count=shard.stop - shard.start)
    except OSError as exc:
        yield InputError(str(path), exc.strerror or str(exc))
