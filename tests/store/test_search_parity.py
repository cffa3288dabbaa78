"""The same full-text query finds the same articles on SQLite (FTS5) and PostgreSQL (tsquery): stop words,
diacritics, OR / NOT / -, phrases, prefixes, empty queries; the differences left are the documented ones
(docs/explorer.md#search)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store
from politika.store.fulltext import Item, parse, to_fts5, to_tsquery

CORPUS = {
    "sanctions": ("New sanctions on Moscow", "The European Union agreed new sanctions against Russia on Monday. "
                                             "Diplomats said the measures target four state banks."),
    "tariffs": ("Tariffs rise", "Washington raised tariffs on steel imports from China, a move Beijing called "
                                "unfair and promised to answer."),
    "ukraine": ("Istanbul talks", "Russia and Ukraine held talks in Istanbul about a ceasefire; the talks ended "
                                  "without a deal after six hours."),
    "russia": ("Energy exports", "Russia increased gas exports to Asia while European demand fell sharply over "
                                 "the winter."),
    "economie_fr": ("L'économie française", "Le ministre a présenté un plan pour l'économie française et "
                                            "l'emploi des jeunes."),
    "economie_plain": ("Economie pages", "Without accents: the economie section of the newspaper covered the "
                                         "regional budget in detail."),
    "warrant": ("ICC warrant", "The court issued an arrest warrant for Putin over the deportation of children "
                               "from occupied regions."),
    "warrant_other": ("Another warrant", "Prosecutors sought an arrest warrant against Netanyahu and two other "
                                         "leaders last spring."),
    "us": ("Senate vote", "The U.S. Senate approved military aid; U.S.-led talks on Franco-German cooperation "
                          "continued in Paris."),
    "zurich": ("Zürich meeting", "Finance ministers met in Zürich to discuss the sanctioned oligarchs' frozen "
                                 "assets and yachts."),
    "putin_war": ("Putin's war", "Critics said Putin's war had damaged the country for a generation, "
                                 "according to two surveys."),
    "cyrillic": ("Путин в Пекине", "Владимир Путин встретился с Си Цзиньпином в Пекине во вторник."),
    "lodz": ("Łódź festival", "Thousands visited Łódź for the film festival in the summer heat."),
}

# query -> the articles both backends find
QUERIES: dict[str, set[str]] = {
    "the": set(),  # a stop word: nothing, on both
    "The of and": set(),
    "": set(),
    "!!! ... ?": set(),
    "NOT Ukraine": set(),  # nothing but an exclusion
    "économie": {"economie_fr", "economie_plain"},
    "economie": {"economie_fr", "economie_plain"},
    "ÉCONOMIE": {"economie_fr", "economie_plain"},
    "Zurich": {"zurich"},
    "Zürich": {"zurich"},
    "sanctions OR tariffs": {"sanctions", "tariffs", "zurich"},  # "sanctioned": the same stem
    "sanctions or tariffs": set(),  # "or" in lower case is a stop word: both words needed
    "Russia NOT Ukraine": {"sanctions", "russia"},
    "Russia -Ukraine": {"sanctions", "russia"},
    "Russia AND Ukraine": {"ukraine"},
    "sanctions Russia OR China": {"sanctions"},
    '"arrest warrant"': {"warrant", "warrant_other"},
    '"warrant for Putin"': {"warrant"},
    '"Putin arrest"': set(),  # the order counts
    "sanct*": {"sanctions", "zurich"},
    "U.S.": {"us"},
    "Franco-German": {"us"},
    "Putin's": {"warrant", "putin_war"},
    "Путин": {"cyrillic", "warrant", "putin_war"},  # and its transliteration (store/scripts.py)
    "talks": {"ukraine", "us"},
    "economy": {"economie_fr", "economie_plain"},  # the same English stem on both
    '-"peace" Russia': {"sanctions", "ukraine", "russia"},
}

# where they differ, as docs/explorer.md#search says: query -> (SQLite, PostgreSQL)
DIFFERENCES: dict[str, tuple[set[str], set[str]]] = {
    '"warrant against Putin"': (set(), {"warrant"}),  # a stop word inside a phrase: any word on PostgreSQL
    "Lodz": (set(), {"lodz"}),  # Ł has no decomposition: only PostgreSQL's unaccent folds it
}


def _fill(store: Store) -> dict[str, str]:
    items = []
    for key, (title, text) in CORPUS.items():
        article = Article(text=text, origin=f"src/{key}.txt", title=title, language="en", id=key)
        items.append((article, fingerprint(article.text, None), "analysed", None))
    assert [o.status for o in store.add_articles(items)] == ["stored"] * len(CORPUS)
    return {str(store.get_article(key)["id"]): key for key in CORPUS}  # type: ignore[index]


def _hits(store: Store, keys: dict[str, str], query: str) -> set[str]:
    return {keys[r["id"]] for r in store.search(query, limit=100)}


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[tuple[Store, dict[str, str]]]:
    with Store(str(tmp_path / "search.db")) as store:
        yield store, _fill(store)


@pytest.mark.parametrize("query", list(QUERIES))
def test_sqlite_finds_what_the_syntax_says(sqlite_store: tuple[Store, dict[str, str]], query: str) -> None:
    store, keys = sqlite_store
    assert _hits(store, keys, query) == QUERIES[query]


@pytest.mark.postgres
def test_both_backends_find_the_same(sqlite_store: tuple[Store, dict[str, str]], pg_url: str) -> None:
    lite, lite_keys = sqlite_store
    with Store(pg_url) as pg:
        pg_keys = _fill(pg)
        for query, expected in QUERIES.items():
            on_sqlite, on_postgres = _hits(lite, lite_keys, query), _hits(pg, pg_keys, query)
            assert on_sqlite == on_postgres == expected, query
        for query, (on_sqlite, on_postgres) in DIFFERENCES.items():
            assert (_hits(lite, lite_keys, query), _hits(pg, pg_keys, query)) == (on_sqlite, on_postgres), query
        assert pg.search("économie")[0]["snippet"]  # ts_headline reads the same configuration


def test_the_parser() -> None:
    assert parse("the of") is None and parse("") is None and parse("NOT x") is None and parse('"') is None
    query = parse('Russia sanctions OR tariffs -"peace talks" NOT Kyiv econom*')
    assert query is not None
    assert query.groups == ((Item("Russia"),), (Item("sanctions"), Item("tariffs")), (Item("econom", prefix=True),))
    assert query.excluded == (Item("peace talks"), Item("Kyiv"))
    assert to_fts5(query) == ('("Russia") AND ("sanctions" OR "tariffs") AND ("econom"*) '
                              'NOT ("peace talks" OR "Kyiv")')
    assert to_tsquery(query) == "('Russia') & ('sanctions' | 'tariffs') & ('econom':*) & !('peace talks' | 'Kyiv')"
    # stop words at the ends of an item go, inside a token they stay; quotes are escaped for each backend
    assert parse("Putin's").groups == ((Item("Putin"),),)  # type: ignore[union-attr]
    assert parse("U.S.").groups == ((Item("U.S"),),)  # type: ignore[union-attr]
    assert parse('"the talks in"').groups == ((Item("talks"),),)  # type: ignore[union-attr]
    tricky = parse("O'Brien's ab\"cd c\\d")
    assert tricky is not None
    assert to_tsquery(tricky) == "('O''Brien') & ('ab\"cd') & ('c\\\\d')"
    assert to_fts5(tricky) == '("O\'Brien") AND ("ab""cd") AND ("c\\d")'
    assert len(parse(" ".join(f"w{i}" for i in range(50))).groups) == 20  # type: ignore[union-attr]
