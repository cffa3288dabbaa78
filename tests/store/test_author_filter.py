"""The author filter matches its text literally: ``%`` and ``_`` are no wildcards (causal links: test_causal_store)."""

from __future__ import annotations

from politika.store import ArticleFilter, Store
from tests.store.test_store import add, make_article


def test_author_with_percent_or_underscore_matches_literally(store: Store) -> None:
    add(store,
        make_article(1, "Underscore", authors=["Jo_Ann Lee"]),
        make_article(2, "Letter", authors=["JoXAnn Lee"]),
        make_article(3, "Percent", authors=["100% Pat"]),
        make_article(4, "Digits", authors=["1000 Pat"]))

    def pick(author: str) -> list[str]:
        return sorted(r["title"] for r in store.list_articles(ArticleFilter(author=author)))

    assert pick("jo_ann") == ["Underscore"]
    assert pick("100%") == ["Percent"]
    assert pick("0% P") == ["Percent"]
    assert pick("Lee") == ["Letter", "Underscore"]

