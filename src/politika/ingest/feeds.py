"""RSS and Atom feeds: entries with full content are read from the feed; the others' links are fetched a few at
a time, within one time budget for the whole feed, so that a feed of links to a host that never answers ends
after the budget, not after one timeout per link.

Entries come out in the feed's order whatever order their fetches end in; an entry whose link is not fetched
within the budget is one :class:`FetchError` naming the link (running the same ingest again fetches it).

>>> items = list(iter_feed("feed.xml", data, FeedOptions(budget=60)))  # doctest: +SKIP
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from politika.errors import FetchError, InputError, PolitikaError
from politika.ingest.document import RawDocument

if TYPE_CHECKING:  # httpx loads when a feed's links are fetched, not with the CLI
    from politika.ingest.fetch import FetchedPage, FetchOptions

FEED_CONTENT_MIN_CHARS = 400
FEED_BUDGET = 300.0  # seconds for all the links of one feed
FEED_WORKERS = 8  # links fetched at once
_AHEAD = 4  # fetches started ahead of the reader, per worker: bounds the pages held in memory


@dataclass
class FeedOptions:
    fetch: FetchOptions = field(default_factory=lambda: _fetch_options())
    fetch_links: bool = False  # fetch entry links even when the feed carries the full text
    budget: float = FEED_BUDGET
    workers: int = FEED_WORKERS


@dataclass
class _Link:
    """An entry to fetch: its link and the fields the feed gave it."""

    url: str
    fields: dict[str, Any]


def iter_feed(origin: str, data: bytes, options: FeedOptions | None = None) -> Iterator[RawDocument | PolitikaError]:
    """A RawDocument, or an error, for every entry of the feed in ``data``, in the feed's order."""
    options = options or FeedOptions()
    import feedparser  # loaded when a feed is read

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        raise InputError(origin, f"malformed or empty feed ({reason or 'no entries'})")
    entries = [_entry(origin, number, entry, parsed.feed.get("title"), options.fetch_links)
               for number, entry in enumerate(parsed.entries, start=1)]
    yield from _fetch_links(entries, options)


def _entry(origin: str, number: int, entry: Any, site: str | None,
           fetch_links: bool) -> RawDocument | InputError | _Link:
    link = entry.get("link")
    # Name an entry by its id or link, not its position: a feed read again after new entries were
    # prepended must give each old entry the same origin, so it is "already stored", not a duplicate.
    key = entry.get("id") or link
    where = f"{origin}#{key}" if key else f"{origin}#entry-{number}"
    content = ""
    for block in entry.get("content", []) or []:
        if len(block.get("value", "")) > len(content):
            content = block.get("value", "")
    fields: dict[str, Any] = {
        "title": entry.get("title"),
        "date": _feed_date(entry),
        "url": link,
        "authors": [a.get("name") for a in entry.get("authors", []) if a.get("name")]
        or ([entry["author"]] if entry.get("author") else []),
        "site": site,
        "html_body": True,
    }
    if entry.get("id"):
        fields["guid"] = entry.get("id")
    if content and len(content) >= FEED_CONTENT_MIN_CHARS and not fetch_links:
        # Entry content is a fragment; trafilatura finds no text in a fragment of one element (<p>...</p>).
        html = content if "<body" in content[:2000].lower() else f"<html><body>{content}</body></html>"
        return RawDocument(origin=where, kind="fields", content=html, url=link, fields=fields)
    if not link:
        return InputError(where, "feed entry has neither full content nor a link")
    return _Link(link, fields)


def _fetch_links(entries: list[RawDocument | InputError | _Link],
                 options: FeedOptions) -> Iterator[RawDocument | PolitikaError]:
    """The entries in order, each link fetched on a small pool that starts fetches a window ahead."""
    deadline = time.monotonic() + options.budget
    links = [i for i, entry in enumerate(entries) if isinstance(entry, _Link)]
    if not links:
        yield from (entry for entry in entries if not isinstance(entry, _Link))
        return
    pool = ThreadPoolExecutor(max_workers=max(1, min(options.workers, len(links))),
                              thread_name_prefix="politika-feed")
    started: dict[int, Future[FetchedPage | FetchError]] = {}
    ahead = iter(links)
    window = max(1, options.workers) * _AHEAD

    def start_more() -> None:
        while len(started) < window:
            index = next(ahead, None)
            if index is None:
                return
            link = entries[index]
            assert isinstance(link, _Link)
            started[index] = pool.submit(_fetch_within, link.url, options, deadline)

    try:
        start_more()
        for index, entry in enumerate(entries):
            if not isinstance(entry, _Link):
                yield entry
                continue
            future = started.pop(index, None)
            try:
                if future is None:  # the budget ran out before this fetch could start
                    raise FutureTimeout
                page = future.result(timeout=max(0.0, deadline - time.monotonic()))
            except FutureTimeout:
                if future is not None:
                    future.cancel()
                yield _over_budget(entry.url, options)
                continue
            finally:
                if time.monotonic() < deadline:
                    start_more()
            if isinstance(page, FetchError):
                yield page
                continue
            yield RawDocument(origin=entry.url, kind="fields", content=page.content, url=page.url,
                              content_type=page.content_type, fields={**entry.fields, "html_body": True})
    finally:
        # Fetches still running end by themselves at the deadline (their timeout was cut to it): no waiting.
        pool.shutdown(wait=False, cancel_futures=True)


def _fetch_options() -> FetchOptions:
    from politika.ingest.fetch import FetchOptions

    return FetchOptions()


def _fetch_within(url: str, options: FeedOptions, deadline: float) -> FetchedPage | FetchError:
    from politika.ingest.fetch import fetch

    """Fetch ``url`` with its timeout cut to what is left of the budget; an error is returned, not raised."""
    left = deadline - time.monotonic()
    if left <= 0:
        return _over_budget(url, options)
    cut = left < options.fetch.timeout
    try:
        return fetch(url, replace(options.fetch, timeout=min(options.fetch.timeout, left)) if cut else options.fetch)
    except FetchError as exc:
        if cut and exc.reason.startswith("timed out"):
            return _over_budget(url, options)
        return exc
    except Exception as exc:  # one odd response must not end the feed
        return FetchError(url, f"request failed ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})")


def _over_budget(url: str, options: FeedOptions) -> FetchError:
    return FetchError(url, f"not fetched: the feed's {options.budget:g} s budget for fetching links ran out "
                           "(raise it with --feed-budget)")


def _feed_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    return None


__all__ = ["FEED_BUDGET", "FEED_CONTENT_MIN_CHARS", "FEED_WORKERS", "FeedOptions", "iter_feed"]
