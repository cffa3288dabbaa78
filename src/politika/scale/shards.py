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
                   offset=data["offset"], stamps=tuple(data["stamps"]))


def plan_shards(sources: Iterable[str], shard_size: int = DEFAULT_SHARD_SIZE) -> list[Shard]:
    """The shards of ``sources``, in the order a plain ingest reads them: one per WARC file, one per
    ``shard_size`` JSONL lines, one per ``shard_size`` other files (or URLs) in a row. The driver merges shards
    in this order, so a job stores articles in the order ``politika ingest`` of the same sources does.

    Raises :class:`InputError` for standard input (``-``), which cannot be shared between machines.
    """
    if shard_size < 1:
        raise InputError(str(shard_size), "must be at least 1", option="shard_size")
    shards: list[Shard] = []
    chunk: list[str] = []
    stamps: list[str] = []

    def flush_chunk() -> None:
        if chunk:
            shards.append(Shard("files", tuple(chunk), stamps=tuple(stamps)))
            chunk.clear()
            stamps.clear()

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
                shards.append(Shard("warc", (str(path),), stamps=(stamp,)))
            elif lower.endswith(_JSONL_SUFFIXES) and path.is_file():
                flush_chunk()
                shards.extend(_jsonl_shards(path, shard_size, stamp))
            else:
                chunk.append(str(path))
                stamps.append(stamp)
            if len(chunk) >= shard_size:
                flush_chunk()
        if len(chunk) >= shard_size:
            flush_chunk()
    flush_chunk()
    return shards


def _stamp(path: Path) -> str:
    try:
        info = path.stat()
    except OSError:
        return "missing"
    return f"{info.st_size}:{info.st_mtime_ns}"


def _open(path: Path) -> Any:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def _jsonl_shards(path: Path, shard_size: int, stamp: str) -> Iterator[Shard]:
    """Line ranges of ``shard_size`` lines with the byte offset each starts at (offsets of the
    uncompressed stream for ``.gz`` files)."""
    position = 0
    start, offset = 1, 0
    number = 0
    with _open(path) as handle:
        for line in handle:
            number += 1
            position += len(line)
            if number - start + 1 == shard_size:
                yield Shard("jsonl", (str(path),), start=start, stop=number + 1, offset=offset, stamps=(stamp,))
                start, offset = number + 1, position
    if number >= start:
        yield Shard("jsonl", (str(path),), start=start, stop=number + 1, offset=offset, stamps=(stamp,))


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
