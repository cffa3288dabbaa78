"""Outlet names: one outlet however a page names it ("Metro", "metro.co.uk", "www.Metro.co.uk"). Ingest stores
the display name as the article's ``site``; the store filters and counts by the key.

Two rules, nothing more, so that a reader can predict them:

* a host is lower-cased and loses ``www.`` and a port; its *key* is its second-level label (``metro`` for
  ``metro.co.uk``, where ``co.uk`` counts as one suffix since its second-to-last label is two or three letters
  under a two-letter country code);
* a publisher name's key is its letters and digits, case-folded; on both sides a leading "the" is dropped, so
  "The Guardian" and ``theguardian.com`` share the key ``guardian``.

A name and a host with the same key are one outlet. The display name is the publisher's name when the page gives
one, else the host. No list of outlets is involved.

>>> outlet_key("www.Metro.co.uk"), outlet_key("Metro"), outlet_key("https://metro.co.uk/news/x")
('metro', 'metro', 'metro')
>>> outlet_name("www.metro.co.uk"), outlet_name("Metro", "https://metro.co.uk/a")
('metro.co.uk', 'Metro')
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\d?\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:[/?#].*)?$")


def host_of(text: str | None) -> str | None:
    """The lower-cased host, without ``www.`` or a port, when ``text`` is a host or a URL; else ``None``.

    >>> host_of("https://WWW.Example.com:8080/a"), host_of("Example News")
    ('example.com', None)
    """
    if not text:
        return None
    found = _HOST.match(text.strip().casefold())
    if found is None or not re.search(r"\.[a-z]{2,}$", found.group(1)):
        return None
    return found.group(1)


def _drop_the(key: str) -> str:
    return key[3:] if key.startswith("the") and len(key) > 3 else key


def outlet_key(text: str | None) -> str:
    """The outlet key of a publisher name, a host or a URL (``""`` for nothing usable); see the module."""
    if not text:
        return ""
    host = host_of(text)
    if host is not None:
        labels = host.split(".")
        # "co.uk", "com.au", "gov.ua": a short second-level label under a country code is part of the suffix
        short_suffix = len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3
        label = labels[-3] if short_suffix else labels[-2]
        return _drop_the(re.sub(r"[^0-9a-z]", "", label))
    return _drop_the(re.sub(r"\W|_", "", text.casefold()))


def outlet_name(site: str | None, url: str | None = None) -> str | None:
    """The outlet's display name: ``site`` as given when it is a name, its host when it is a host or a URL, the
    URL's host when there is no site. ``None`` when neither gives one."""
    site = (site or "").strip()
    if site:
        host = host_of(site)
        return host if host is not None else site
    return host_of(urlsplit(url).netloc) if url and "://" in url else None


__all__ = ["host_of", "outlet_key", "outlet_name"]
