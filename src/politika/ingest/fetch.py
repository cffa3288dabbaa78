"""HTTP GET for articles and feeds: timeouts, a size cap, a redirect cap, content-type checks, and only public
addresses unless told otherwise (``politika.ingest.addresses``)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import httpx

from politika._version import __version__
from politika.errors import FetchError
from politika.ingest.addresses import GuardedTransport, RefusedAddress, default_tls_context
from politika.ingest.decoding import DEFAULT_MAX_BYTES

USER_AGENT = f"politika/{__version__} (+https://pypi.org/project/politika; news research crawler)"
ACCEPTED_TYPES = (
    "text/html", "application/xhtml+xml", "text/plain", "text/markdown",
    "application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml",
    "application/json", "application/x-ndjson",
)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


@dataclass
class FetchOptions:
    timeout: float = 20.0
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    # connect to private, loopback and link-local addresses too (a trusted intranet); off, every address a
    # URL or a redirect resolves to must be public
    allow_private_hosts: bool = False


@dataclass
class FetchedPage:
    url: str
    content: bytes
    content_type: str


def make_client(options: FetchOptions, event_hooks: dict[str, list[Any]] | None = None) -> httpx.Client:
    """An httpx client with ``options``' timeout, redirect cap and headers; it connects only to public addresses
    unless ``options.allow_private_hosts`` (then, as any httpx client, it honours the proxy environment)."""
    return httpx.Client(
        timeout=httpx.Timeout(options.timeout), follow_redirects=True, max_redirects=options.max_redirects,
        headers={"User-Agent": options.user_agent, "Accept": "text/html,application/xhtml+xml,application/xml;"
                 "q=0.9,*/*;q=0.5"},
        transport=None if options.allow_private_hosts else GuardedTransport(), event_hooks=event_hooks,
        verify=default_tls_context(),  # made once: loading the CA roots for every client costs 0.17 s
    )


def fetch(url: str, options: FetchOptions | None = None, client: httpx.Client | None = None) -> FetchedPage:
    """GET ``url`` and return its body, or raise :class:`FetchError` with the reason."""
    options = options or FetchOptions()
    own = client is None
    requested: list[str] = []  # the URLs asked for, redirects included, to name the one refused
    client = client or make_client(options, {"request": [lambda request: requested.append(str(request.url))]})
    # httpx's timeout bounds each read; a server that trickles bytes would never hit it, so the whole
    # response also gets a deadline.
    deadline = time.monotonic() + options.timeout
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
            content_type = response.headers.get("content-type", "")
            media = content_type.split(";")[0].strip().lower()
            if media and not media.startswith(ACCEPTED_TYPES):
                raise FetchError(url, f"unsupported content type {media!r} (politika reads HTML, text and feeds)")
            declared = int(response.headers.get("content-length") or 0)
            if declared > options.max_bytes:
                raise FetchError(url, f"response is {declared:,} bytes, over the {options.max_bytes:,}-byte limit")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > options.max_bytes:
                    raise FetchError(url, f"response exceeds the {options.max_bytes:,}-byte limit")
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise FetchError(url, f"timed out after {options.timeout:g} s")
            return FetchedPage(url=str(response.url), content=b"".join(chunks), content_type=content_type)
    except RefusedAddress as exc:
        hop = f"redirected to {requested[-1]}, " if len(requested) > 1 else ""
        raise FetchError(url, f"{hop}{exc}") from exc
    except httpx.TooManyRedirects as exc:
        raise FetchError(url, f"more than {options.max_redirects} redirects") from exc
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out after {options.timeout:g} s") from exc
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"invalid URL ({exc})") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"request failed ({type(exc).__name__}: {exc})") from exc
    finally:
        if own:
            client.close()
