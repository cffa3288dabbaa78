"""Outlet names: one key for a publisher's name, its host and its URLs; the display name kept at ingest."""

from __future__ import annotations

import pytest

from politika.ingest.document import Article
from politika.ingest.sanitise import sanitise_article
from politika.outlets import host_of, outlet_key, outlet_name


@pytest.mark.parametrize("text", ["Metro", "metro.co.uk", "Metro.co.uk", "www.metro.co.uk", "METRO",
                                  "https://www.metro.co.uk/news/2024/07/x", "metro.co.uk:443"])
def test_one_outlet_however_named(text: str) -> None:
    assert outlet_key(text) == "metro"


def test_keys() -> None:
    assert outlet_key("The Guardian") == outlet_key("theguardian.com") == "guardian"
    assert outlet_key("Kyiv Independent") == outlet_key("kyivindependent.com")
    assert outlet_key("www.abc.net.au") == "abc" and outlet_key("bbc.co.uk") == "bbc"
    assert outlet_key("news.example.org") == "example"
    assert outlet_key("BBC News") != outlet_key("bbc.co.uk")  # no guessing beyond the two rules
    assert outlet_key("") == outlet_key(None) == ""


def test_hosts_and_names() -> None:
    assert host_of("Metro") is None and host_of("WWW.Metro.co.uk") == "metro.co.uk"
    assert host_of("Reuters.") is None and host_of("1.2") is None
    assert outlet_name("www.Metro.co.uk") == "metro.co.uk"
    assert outlet_name("Metro", "https://metro.co.uk/a") == "Metro"
    assert outlet_name(None, "https://www.metro.co.uk/a") == "metro.co.uk"
    assert outlet_name("  ", None) is None and outlet_name(None, "not a url") is None


def test_ingest_keeps_the_display_name() -> None:
    named = sanitise_article(Article(text="x", site="www.Metro.co.uk", url="https://metro.co.uk/a"))
    hostless = sanitise_article(Article(text="x", url="https://www.metro.co.uk/b"))
    kept = sanitise_article(Article(text="x", site="Metro", url="https://metro.co.uk/c"))
    assert (named.site, hostless.site, kept.site) == ("metro.co.uk", "metro.co.uk", "Metro")
