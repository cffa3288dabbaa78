"""URL fetching against a local server: status, timeouts, content types, size and redirect caps.

The server listens on 127.0.0.1, so these tests allow private hosts; tests/ingest/test_ssrf.py checks the refusals."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from politika.errors import FetchError
from politika.ingest.fetch import FetchOptions, fetch
from politika.ingest.sources import SourceOptions, iter_documents
from tests.httpserver import BIG_BYTES, LocalServer, serve


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with serve() as running:
        yield running


def test_fetch_returns_page_and_sends_politika_user_agent(server: LocalServer) -> None:
    page = fetch(server.url("/article.html"), FetchOptions(timeout=5, allow_private_hosts=True))
    assert b"border treaty" in page.content
    assert page.content_type.startswith("text/html")
    assert server.user_agents[-1].startswith("politika/")


@pytest.mark.parametrize(("path", "reason"), [
    ("/missing", "HTTP 404"),
    ("/doc.pdf", "unsupported content type 'application/pdf'"),
    ("/image.png", "unsupported content type 'image/png'"),
    ("/loop-a", "more than 5 redirects"),
    ("/big", "over the 1,000,000-byte limit"),
    ("/big-unsized", "exceeds the 1,000,000-byte limit"),
])
def test_fetch_errors_name_the_url_and_the_reason(server: LocalServer, path: str, reason: str) -> None:
    url = server.url(path)
    with pytest.raises(FetchError) as info:
        fetch(url, FetchOptions(timeout=5, max_bytes=1_000_000, allow_private_hosts=True))
    assert info.value.source == url
    assert reason in info.value.reason
    assert "\n" not in str(info.value)
    assert BIG_BYTES > 1_000_000


def test_fetch_times_out(server: LocalServer) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out after 1 s"):
        fetch(server.url("/slow"), FetchOptions(timeout=1, allow_private_hosts=True))
    assert time.monotonic() - started < 2.5


def test_fetch_timeout_is_a_deadline_for_the_whole_response(server: LocalServer) -> None:
    # The server sends a few bytes every 0.25 s: no single read waits a second, the whole body takes 6 s.
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out after 1 s"):
        fetch(server.url("/drip"), FetchOptions(timeout=1, allow_private_hosts=True))
    assert time.monotonic() - started < 2.5


def test_fetch_refuses_what_is_not_http(server: LocalServer) -> None:
    with pytest.raises(FetchError) as info:
        fetch("http://127.0.0.1:1/nothing-listens-here", FetchOptions(timeout=2, allow_private_hosts=True))
    assert info.value.source == "http://127.0.0.1:1/nothing-listens-here"
    assert "request failed" in info.value.reason


def test_url_source_yields_one_document_or_one_error(server: LocalServer) -> None:
    options = SourceOptions(fetch=FetchOptions(timeout=1, allow_private_hosts=True))
    good, missing, text = iter_documents([server.url("/article.html"), server.url("/missing"),
                                          server.url("/notes.txt")], options)
    assert not isinstance(good, Exception) and good.kind == "html" and good.url == server.url("/article.html")
    assert isinstance(missing, FetchError) and missing.source == server.url("/missing")
    assert not isinstance(text, Exception) and text.kind == "markdown"


def test_binary_body_served_as_html_is_rejected_at_decoding(server: LocalServer) -> None:
    from politika.errors import InputError
    from politika.ingest.extraction import extract

    (raw,) = iter_documents([server.url("/pdf-as-html")],
                            SourceOptions(fetch=FetchOptions(allow_private_hosts=True)))
    assert not isinstance(raw, Exception)
    with pytest.raises(InputError, match="binary file \\(PDF\\)"):
        extract(raw)
