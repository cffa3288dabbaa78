"""Sources to RawDocuments: files, directories, globs, standard input, URLs, feeds, WARC and JSONL.

Every source is read lazily; a bad input yields a :class:`PolitikaError` in the stream instead of
stopping it, so that the rest of a batch goes on.
"""

from __future__ import annotations

import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from politika.errors import InputError, NotFound, PolitikaError, printable
from politika.ingest.decoding import DEFAULT_MAX_BYTES, decode, gunzip, is_gzip
from politika.ingest.document import RawDocument
from politika.ingest.feeds import FEED_BUDGET, FEED_WORKERS, FeedOptions, iter_feed
from politika.ingest.fetch import FEED_TYPES, FetchOptions, fetch
from politika.ingest.fields import document_from_fields
from politika.ingest.folders import expand_paths, walk_source
from politika.ingest.jsonl import GunzipReader, Readable, Replay, iter_jsonl

Item = RawDocument | PolitikaError
__all__ = ["Item", "SourceOptions", "count_documents", "document_from_fields", "expand_paths", "iter_documents"]

_HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
_TEXT_EXT = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text"}
_JSONL_EXT = (".jsonl", ".ndjson")
_FEED_EXT = (".rss", ".atom", ".xml", ".rdf")
_WARC_EXT = (".warc", ".arc")


@dataclass
class SourceOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    fetch: FetchOptions = field(default_factory=FetchOptions)
    fetch_feed_links: bool = False  # fetch entry links even when the feed carries the full text
    feed_budget: float = FEED_BUDGET  # seconds to fetch the links of one feed (politika.ingest.feeds)
    feed_workers: int = FEED_WORKERS

    def feed_options(self) -> FeedOptions:
        return FeedOptions(fetch=self.fetch, fetch_links=self.fetch_feed_links, budget=self.feed_budget,
                           workers=self.feed_workers)


def iter_documents(sources: Iterable[str], options: SourceOptions | None = None) -> Iterator[Item]:
    """Yield a RawDocument, or an error, for every article that ``sources`` hold, in order."""
    options = options or SourceOptions()
    for source in sources:
        try:
            yield from _iter_source(source, options)
        except PolitikaError as exc:
            yield exc
        except OSError as exc:
            yield InputError(source, exc.strerror or str(exc))
        except Exception as exc:  # a bug in reading one source must not end the batch
            yield InputError(source, f"cannot be read ({_unexpected(exc)})")


def count_documents(sources: Iterable[str]) -> int | None:
    """How many items :func:`iter_documents` will yield for ``sources``, when that is cheap to know: pages and
    texts count one each, a plain JSONL file one per line that is not blank, a folder's or a glob's files each.
    ``None`` (not known before reading) for standard input, URLs, feeds, WARC files, JSON and compressed JSONL."""
    total = 0
    for source in sources:
        if source == "-" or source.startswith(("http://", "https://")):
            return None
        for path in walk_source(source):
            if isinstance(path, InputError):
                total += 1  # one error
                continue
            lower = path.name.lower().removesuffix(".gz")
            ext = os.path.splitext(lower)[1]
            if ext in _JSONL_EXT and not path.name.lower().endswith(".gz"):
                try:
                    with path.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip()) or 1  # an empty file is one error
                except OSError:
                    total += 1
            elif ext in _HTML_EXT or ext in _TEXT_EXT:
                total += 1
            else:
                return None
    return total


def _iter_source(source: str, options: SourceOptions) -> Iterator[Item]:
    if source == "-":
        yield from _iter_stream("<stdin>", sys.stdin.buffer, options, name="")
        return
    if source.startswith(("http://", "https://")):
        yield from _iter_url(source, options)
        return
    found = False
    for path in walk_source(source):
        found = True
        if isinstance(path, InputError):  # a folder not read, a broken link: one line, the rest goes on
            yield path
            continue
        try:
            yield from _iter_file(path, options)
        except PolitikaError as exc:
            yield exc
        except OSError as exc:
            yield InputError(str(path), exc.strerror or str(exc))
        except Exception as exc:  # nor in reading one file of a folder
            yield InputError(str(path), f"cannot be read ({_unexpected(exc)})")
    if not found:
        raise InputError(source, "no files match")


def _iter_file(path: Path, options: SourceOptions) -> Iterator[Item]:
    name = printable(str(path))  # the article's origin: a file name of any bytes is stored and printed escaped
    if not path.exists():
        raise NotFound(name, "no such file or directory")
    size = path.stat().st_size
    if size == 0:
        raise InputError(name, "empty file")
    lower = path.name.lower()
    if lower.endswith((".warc.gz", ".warc", ".arc.gz", ".arc")):
        yield from _iter_warc(path, options)
        return
    if lower.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        with path.open("rb") as handle:  # read line by line; the size limit holds for each line
            yield from _iter_stream(name, handle, options, name=lower)
        return
    if size > options.max_bytes:
        raise InputError(name, f"file is {size:,} bytes, over the {options.max_bytes:,}-byte limit "
                               "(raise it with --max-bytes)")
    with path.open("rb") as handle:
        data = handle.read()
    yield from _iter_bytes(name, data, options, name=lower)


def _iter_stream(origin: str, stream: Readable, options: SourceOptions, name: str) -> Iterator[Item]:
    """A stream of unknown size (standard input, a JSONL file): JSON lines are read one at a time, anything else
    whole up to the size limit."""
    head = stream.read(4096)
    try:
        if is_gzip(head):
            stream = GunzipReader(Replay(head, stream))
            head = stream.read(4096)
            name = name.removesuffix(".gz")
        if not head.strip():
            raise InputError(origin, "empty file")
        if (_kind_from_name(os.path.splitext(name)[1]) or _sniff(head)) == "jsonl":
            yield from iter_jsonl(origin, Replay(head, stream), options.max_bytes)
            return
        data = head + stream.read(options.max_bytes + 1 - len(head))
    except (EOFError, OSError, zlib.error) as exc:
        raise InputError(origin, f"truncated or corrupt gzip data ({exc})") from exc
    if len(data) > options.max_bytes:
        raise InputError(origin, f"input is over the {options.max_bytes:,}-byte limit (raise it with --max-bytes)")
    yield from _iter_bytes(origin, data, options, name)


def _iter_bytes(origin: str, data: bytes, options: SourceOptions, name: str) -> Iterator[Item]:
    if not data.strip():
        raise InputError(origin, "empty file")
    if is_gzip(data):
        # Only JSONL is exempt from the size cap (it holds many articles); a page is held to it unzipped too.
        jsonl = name.endswith((".jsonl.gz", ".ndjson.gz"))
        data = gunzip(data, origin, options.max_bytes * 5 if jsonl else options.max_bytes)
        name = name[:-3] if name.endswith(".gz") else name
    stem_ext = os.path.splitext(name)[1]
    kind = _kind_from_name(stem_ext) or _sniff(data)
    if kind == "warc":
        yield from _iter_warc_stream(origin, io.BytesIO(data), options)
    elif kind == "jsonl":
        yield from iter_jsonl(origin, io.BytesIO(data), options.max_bytes)
    elif kind == "json":
        yield from _iter_json(origin, data, options)
    elif kind == "feed":
        yield from iter_feed(origin, data, options.feed_options())
    else:
        yield RawDocument(origin=origin, kind=kind, content=data)


def _kind_from_name(ext: str) -> str | None:
    if ext in _HTML_EXT:
        return "html"
    if ext in _TEXT_EXT:
        return _TEXT_EXT[ext]
    if ext in _JSONL_EXT:
        return "jsonl"
    if ext == ".json":
        return "json"
    if ext in _FEED_EXT:
        return "feed"
    if ext in _WARC_EXT:
        return "warc"
    return None


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        return "feed" if (b"<rss" in head or b"<feed" in head or b"<rdf" in head) else "html"
    if head.startswith(b"<"):
        return "html"
    if head.startswith(b"# "):
        return "markdown"
    return "text"


def _iter_url(url: str, options: SourceOptions) -> Iterator[Item]:
    page = fetch(url, options.fetch)
    media = page.content_type.split(";")[0].strip().lower()
    if media in FEED_TYPES or (media in ("application/xml", "text/xml") and _sniff(page.content) == "feed"):
        yield from iter_feed(url, page.content, options.feed_options())
    elif media.startswith("text/plain") or media == "text/markdown":
        yield RawDocument(origin=url, kind="markdown", content=page.content, url=page.url,
                          content_type=page.content_type)
    elif media in ("application/json", "application/x-ndjson"):
        yield from iter_jsonl(url, io.BytesIO(page.content), options.max_bytes)
    else:
        yield RawDocument(origin=url, kind="html", content=page.content, url=page.url,
                          content_type=page.content_type)


def _iter_json(origin: str, data: bytes, options: SourceOptions) -> Iterator[Item]:
    """A ``.json`` file: one article object, a list of them, or JSON lines."""
    text = decode(data, origin)
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        yield from iter_jsonl(origin, io.BytesIO(data), options.max_bytes)  # JSON lines saved with a .json name
        return
    except RecursionError:
        raise InputError(origin, "JSON nested too deeply to read") from None
    except ValueError as exc:  # an integer of more than 4,300 digits
        raise InputError(origin, f"not readable JSON ({' '.join(str(exc).split())[:120]})") from None
    items = value if isinstance(value, list) else [value]
    found = False
    for number, record in enumerate(items, start=1):
        where = f"{origin}[{number}]" if isinstance(value, list) else origin
        if isinstance(record, dict) and (record.get("text") or record.get("html")):
            found = True
            yield document_from_fields(where, record)
    if not found:
        yield InputError(origin, "JSON file holds no article objects (objects with a 'text' or 'html' field)")


def _iter_warc(path: Path, options: SourceOptions) -> Iterator[Item]:
    with path.open("rb") as handle:
        yield from _iter_warc_stream(printable(str(path)), handle, options)


def _iter_warc_stream(origin: str, stream: Any, options: SourceOptions) -> Iterator[Item]:
    number = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            number += 1
            # warcio reads ARC and WARC alike, so garbage after a good record parses as an "ARC record" of
            # five made-up words; its length is then not a number, and the rest of the file is damage.
            length = str(record.rec_headers.get_header("Content-Length") or "").strip()
            if not length.isdigit():
                yield InputError(f"{origin}#record-{number}", "malformed WARC record (no valid record header); "
                                                              "the rest of the file is skipped")
                return
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}#record-{number}"
            http = record.http_headers
            status = http.get_statuscode() if http else None
            if status and not str(status).startswith("2"):
                continue
            content_type = (http.get_header("Content-Type") if http else None) or ""
            if content_type and "html" not in content_type.lower():
                continue
            try:
                body = record.content_stream().read(options.max_bytes + 1)
            except Exception as exc:  # warcio raises bare zlib/IO errors for damaged payloads
                yield InputError(where, f"damaged WARC record payload ({type(exc).__name__}: {exc})")
                continue
            if len(body) > options.max_bytes:
                yield InputError(where, f"record payload over the {options.max_bytes:,}-byte limit")
                continue
            missing = getattr(record.raw_stream, "limit", 0)
            if isinstance(missing, int) and missing > 0:  # the file ends inside this record
                yield InputError(where, f"truncated WARC record ({missing:,} bytes of it are missing)")
                continue
            yield RawDocument(origin=where, kind="html", content=body, url=url, content_type=content_type or None)
    except ArchiveLoadFailed as exc:
        yield InputError(f"{origin}#record-{number + 1}", f"malformed WARC record ({_one_line(exc)})")
    except (EOFError, OSError, ValueError) as exc:
        yield InputError(f"{origin}#record-{number + 1}", f"truncated or damaged WARC file ({_one_line(exc)})")
    except Exception as exc:  # warcio fails on garbage headers with bare AttributeError, KeyError, ...
        yield InputError(f"{origin}#record-{number + 1}",
                         f"malformed WARC record ({type(exc).__name__}: {_one_line(exc)})")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def _unexpected(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {_one_line(exc)}"
