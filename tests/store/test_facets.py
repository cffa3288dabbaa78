"""Honest lists in the store (SQLite and PostgreSQL): totals under a filter, pages by offset, counted facets, one
outlet however its articles name it, claims with their passage and their quotes grouped."""

from __future__ import annotations

import pytest

from politika.errors import InputError
from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store
from politika.store.claims import ClaimFilter
from politika.store.store import ArticleFilter
from tests.store.test_claims_store import store_claims


def add(store: Store, *sites: str) -> None:
    batch = []
    for n, site in enumerate(sites):
        text = f"Article {n} from {site}: the council met on Monday about the budget number {n * 7919}."
        article = Article(text=text, origin=f"test/{n}.txt", title=f"A{n}", date=f"2024-08-{n + 1:02d}", site=site,
                          genre="news" if n % 2 else "opinion", language="en", url=f"https://example.net/{n}")
        batch.append((article, fingerprint(article.text, article.url), "pending", None))
    store.add_articles(batch)


def test_articles_total_pages_and_outlets(store: Store) -> None:
    add(store, "Metro", "metro.co.uk", "www.metro.co.uk", "Daily Example", "Daily Example")
    assert store.count_articles() == 5
    metro = ArticleFilter(site="Metro.co.uk")
    assert store.count_articles(metro) == 3 and len(store.list_articles(metro)) == 3
    assert store.count_articles(ArticleFilter(site="nowhere.example")) == 0
    first, second = store.list_articles(limit=3), store.list_articles(limit=3, offset=3)
    assert len(first) == 3 and len(second) == 2 and not {r["id"] for r in first} & {r["id"] for r in second}
    facets = store.article_facets()
    assert [(f["label"], f["count"]) for f in facets["outlets"]] == [("Metro", 3), ("Daily Example", 2)]
    assert {f["value"]: f["count"] for f in facets["genres"]} == {"opinion": 3, "news": 2}
    narrowed = store.article_facets(ArticleFilter(genre="news"))
    assert {f["label"]: f["count"] for f in narrowed["outlets"]} == {"metro.co.uk": 1, "Daily Example": 1}
    assert store.count_articles(None, "council") == 5 and store.count_articles(metro, "council") == 3
    assert store.count_articles(None, "zzzunfound") == 0
    assert store.article_facets(None, "zzzunfound")["outlets"] == []


def test_claims_total_offset_facets(store: Store) -> None:
    store_claims(store)
    assert store.count_claims() == 6 and store.count_claims(ClaimFilter(anonymous=True)) == 2
    every = store.claims(limit=None)
    assert store.claims(limit=2, offset=2) == every[2:4]
    with pytest.raises(InputError):
        store.claims(offset=-1)
    facets = store.claim_facets()
    assert facets["outlets"] == [{"value": "Test Wire", "label": "Test Wire", "count": 6}]
    assert {f["label"]: f["count"] for f in facets["sources"]} == {"anonymous": 2, "named": 4}
    assert facets["hedged"][0]["count"] == 1
    assert store.claim_facets(ClaimFilter(anonymous=True))["hedged"][0]["count"] == 0
    assert store.count_claims(ClaimFilter(site="www.other-wire.org")) == 0
    assert store.count_claims(ClaimFilter(site="www.test-wire.org")) == 6  # its host names the same outlet
    assert store.count_claims(ClaimFilter(site="TEST WIRE")) == 6


def test_claim_passage_and_anchor(store: Store) -> None:
    store_claims(store)
    putin = next(c for c in store.claims(limit=None) if c["hedged"])
    assert putin["passage"] == "Vladimir Putin said that Hungary would probably veto the sanctions"
    at = putin["passage_start"]
    assert putin["passage"][putin["cue"]["start"] - at:putin["cue"]["end"] - at] == "said"
    assert putin["index"] == 0 and putin["outlet"] == "Test Wire"
