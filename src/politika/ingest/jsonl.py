"""JSON lines as a stream: one line at a time, each held to the size limit, each its own article or error.

A JSONL file or standard input is never read whole: memory holds one line (at most ``max_bytes``) and one read
chunk, whatever the size of the file. A line over the limit is one error (its bytes are skipped, not kept), and
so is a line that is not JSON, is nested too deeply, holds a number Python will not read, or has a field of the
wrong type (:mod:`politika.ingest.fields`); the next line goes on. Lines end at ``\\n`` only (a ``\\r`` before it
is dropped; U+2028 inside a JSON string is text, not a line end), so line numbers are those of ``wc -l`` and of
the shards of a distributed job.
"""

from __future__ import annotations

import codecs
import json
import zlib
from collections.abc import Iterator
from typing import Any, Protocol, cast

from politika.errors import InputError
from politika.ingest.decoding import decode
from politika.ingest.document import RawDocument
from politika.ingest.fields import document_from_fields

CHUNK_BYTES = 1 << 20


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class Replay:
    """A stream whose first bytes were already read (to sniff its kind): they are read again first."""

    def __init__(self, head: bytes, stream: Readable) -> None:
        self.head = head
        self.stream = stream

    def read(self, size: int = -1, /) -> bytes:
        if self.head:
            if size < 0:
                out, self.head = self.head + self.stream.read(), b""
                return out
            out, self.head = self.head[:size], self.head[size:]
            return out
        return self.stream.read(size)


def iter_lines(stream: Readable, limit: int, first: int = 1) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, line)`` for each line of ``stream``, without its line end; ``None`` for a line over ``limit``
    bytes, whose bytes are read past and dropped.

    >>> import io
    >>> list(iter_lines(io.BytesIO(b'a\\r\\n' + b'x' * 9 + b'\\nb'), limit=5))
    [(1, b'a'), (2, None), (3, b'b')]
    """
    number = first - 1
    pending = bytearray()
    over = False  # inside a line that is already over the limit
    while True:
        chunk = stream.read(CHUNK_BYTES)
        if not chunk:
            if pending or over:
                yield number + 1, None if over else _line(pending)
            return
        pending += chunk
        start = 0
        while (end := pending.find(b"\n", start)) >= 0:
            number += 1
            yield number, None if over or end - start > limit else _line(pending[start:end])
            over = False
            start = end + 1
        del pending[:start]
        if len(pending) > limit:
            over = True
            pending.clear()


def _line(data: bytearray) -> bytes:
    return bytes(data[:-1] if data.endswith(b"\r") else data)


def parse_line(where: str, raw: bytes) -> RawDocument | InputError | None:
    """The article of one JSONL line, or the error that refuses it; ``None`` for a blank line."""
    if not raw.strip():
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = decode(raw, where)
        except InputError as exc:
            return exc
    try:
        record: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        return InputError(where, f"not valid JSON ({exc.msg}, column {exc.colno})")
    except RecursionError:
        return InputError(where, "JSON nested too deeply to read")
    except ValueError as exc:  # an integer of more than 4,300 digits
        return InputError(where, f"not readable JSON ({' '.join(str(exc).split())[:120]})")
    if not isinstance(record, dict):
        return InputError(where, "a JSONL line must be an object with a 'text' or 'html' field")
    return document_from_fields(where, record)


def iter_jsonl(origin: str, stream: Readable, max_bytes: int, first: int = 1,
               count: int | None = None) -> Iterator[RawDocument | InputError]:
    """The articles (or errors) of the JSON lines of ``stream``, named ``origin:line``; ``first`` is the number of
    its first line and ``count`` how many lines to read (a shard of a file), all by default."""
    head = stream.read(4)
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        stream = _Utf16AsUtf8(Replay(head, stream))
    else:
        stream = Replay(head.removeprefix(codecs.BOM_UTF8) if first == 1 else head, stream)
    seen = 0
    try:
        for number, raw in iter_lines(stream, max_bytes, first):
            if count is not None and seen >= count:
                return
            seen += 1
            where = f"{origin}:{number}"
            if raw is None:
                yield InputError(where, f"line over the {max_bytes:,}-byte limit (raise it with --max-bytes)")
                continue
            item = parse_line(where, raw)
            if item is not None:
                yield item
    except (EOFError, zlib.error) as exc:
        yield InputError(origin, f"truncated or corrupt gzip data after line {first + seen - 1} ({exc}); "
                                 "the lines before it are read")
    except OSError as exc:
        yield InputError(origin, f"cannot read on after line {first + seen - 1} ({exc.strerror or exc})")


class GunzipReader:
    """The uncompressed bytes of a gzip stream (one member or several), a chunk at a time. A stream cut short gives
    what comes before the cut, then raises ``EOFError``; damaged data raises ``zlib.error``."""

    def __init__(self, stream: Readable) -> None:
        self.stream = stream
        self.inflate = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        self.fed = False  # the current member has had input
        self.tail = b""
        self.ended = False
        self.cut = False

    def read(self, size: int = -1, /) -> bytes:
        if self.cut:
            raise EOFError("the compressed stream ends early")
        size = size if size >= 0 else 1 << 62
        out = bytearray()
        while len(out) < size and not self.ended:
            if not self.tail:
                self.tail = self.stream.read(CHUNK_BYTES)
                if not self.tail:
                    self.ended = True
                    out += self.inflate.flush()
                    if self.fed and not self.inflate.eof:
                        if not out:
                            raise EOFError("the compressed stream ends early")
                        self.cut = True
                    break
            self.fed = True
            out += self.inflate.decompress(self.tail, size - len(out))
            self.tail = self.inflate.unconsumed_tail
            if self.inflate.eof:  # the next member, if any (zero padding after the last is not one)
                rest = self.inflate.unused_data + self.tail
                self.inflate = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
                self.fed = False
                self.tail = rest if rest.strip(b"\0") else b""
        return bytes(out)


class _Utf16AsUtf8:
    """A UTF-16 stream (it starts with its byte-order mark) read as UTF-8 bytes."""

    def __init__(self, stream: Readable) -> None:
        self.reader = codecs.getreader("utf-16")(cast(Any, stream), "replace")

    def read(self, size: int = -1, /) -> bytes:
        return str(self.reader.read(size)).encode("utf-8", "replace")
