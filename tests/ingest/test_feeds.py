"""Feed links are fetched a few at a time within one budget for the feed: a feed of links to a host that never
answers ends after the budget, not after one timeout per link."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from politika.errors import FetchError
from politika.ingest.document import RawDocument
from politika.ingest.feeds import FeedOptions, iter_feed
from politika.ingest.fetch import FetchOptions
from politika.jobs import IngestOptions, ingest
from politika.store import Store
from tests.httpserver import LocalServer, article_html, news_text, rss_feed, serve, silent_server

DEAD_LINKS = 40


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with serve() as running:
        yield running


@pytest.fixture(scope="module")
def silent() -> Iterator[str]:
    with silent_server() as base:
        yield base


def _feed(server: LocalServer, silent: str) -> str:
    """Two entries with their text, one link that answers, then links to a host that never does."""
    items = [{"title": f"Full story {n}", "link": f"https://news.example/full/{n}",
              "content": article_html(f"Full story {n}", news_text(300 + n, 120))} for n in (1, 2)]
    items.append({"title": "Linked story", "link": server.url("/articles/1.html")})
    items += [{"title": f"Hanging {n}", "link": f"{silent}/story/{n}"} for n in range(DEAD_LINKS)]
    return rss_feed("Mostly dead links", items)


def test_a_feed_of_hanging_links_ends_within_its_budget(server: LocalServer, silent: str) -> None:
    options = FeedOptions(fetch=FetchOptions(timeout=30, allow_private_hosts=True), budget=1.0)
    started = time.monotonic()
    items = list(iter_feed("feed.xml", _feed(server, silent).encode(), options))
    took = time.monotonic() - started
    assert took < 3.0, took  # not 40 × 30 s, nor 40 / 8 × 30 s
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, FetchError)]
    assert [d.fields["title"] for d in docs] == ["Full story 1", "Full story 2", "Linked story"]  # feed order
    assert [e.source for e in errors] == [f"{silent}/story/{n}" for n in range(DEAD_LINKS)]
    assert all(e.reason == "not fetched: the feed's 1 s budget for fetching links ran out (raise it with "
                           "--feed-budget)" for e in errors), {e.reason for e in errors}


def test_links_are_fetched_concurrently(server: LocalServer) -> None:
    # /slow answers after 3 s and each fetch gives up after 1 s: four, one after another, would take 4 s
    feed = rss_feed("Slow", [{"title": f"Slow {n}", "link": server.url(f"/slow?n={n}")} for n in range(4)])
    options = FeedOptions(fetch=FetchOptions(timeout=1, allow_private_hosts=True), budget=30)
    started = time.monotonic()
    items = list(iter_feed("feed.xml", feed.encode(), options))
    assert time.monotonic() - started < 2.5
    assert len(items) == 4 and all(isinstance(i, FetchError) and "timed out after 1 s" in i.reason for i in items)


def test_ingest_stores_what_the_feed_has_and_records_each_link_not_fetched(
        tmp_path: Path, server: LocalServer, silent: str) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(_feed(server, silent), encoding="utf-8")
    started = time.monotonic()
    with Store(str(tmp_path / "s.db")) as store:
        summary = ingest([str(path)], store, IngestOptions(analyse=False, progress=False, timeout=30,
                                                           feed_budget=1.0, allow_private_hosts=True))
        assert (summary.stored, summary.failed) == (3, DEAD_LINKS)
        assert {e["kind"] for e in summary.errors} == {"fetch"}
        assert {r["title"] for r in store.list_articles()} >= {"Full story 1", "Full story 2"}
    assert time.monotonic() - started < 6.0
