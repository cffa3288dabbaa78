"""Across languages (issue 19 item 3), SQLite and PostgreSQL: an English and a Russian report of the same meeting,
analysed by their own pipelines (spaCy, natasha), join one event cluster; Putin's dossier holds what both said;
search finds either script. The texts are ours."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store
from politika.store.fulltext import Item, expand, parse
from politika.store.scripts import other_spellings
from tests.nlp.ru_support import require_natasha

DATE = "2024-05-14"
# key: (title, language, text)
TEXTS = {
    "en": ("Putin in Minsk", "en",
           "Vladimir Putin met Alexander Lukashenko in Minsk on Tuesday. Putin said the talks were useful."),
    "ru": ("Путин в Минске", "ru",
           "Владимир Путин во вторник встретился в Минске с Александром Лукашенко. "
           "Путин заявил, что переговоры были полезными."),
    "other": ("Farm prices", "en", "Farmers in Poland protested against grain imports on Monday."),
}


@lru_cache(maxsize=1)
def _records() -> dict[str, dict[str, Any]]:
    from politika.nlp.pipeline import NATASHA_MODEL, NlpInput, analyse

    out = {}
    for key, (_, language, text) in TEXTS.items():
        model = NATASHA_MODEL if language == "ru" else None
        out[key] = next(analyse([NlpInput(id=key, text=text, date=DATE, language=language)], model=model))
    return out


def stored(store: Store) -> dict[str, str]:
    """The three articles stored with their records; their ids by key."""
    require_natasha()
    made = _records()
    batch = []
    for key, (title, language, text) in TEXTS.items():
        article = Article(text=text, origin=f"test/{key}.txt", title=title, date=DATE, site=f"{key}.example.org",
                          genre="news", language=language, url=f"https://{key}.example.org/a")
        batch.append((article, fingerprint(article.text, article.url), "pending", None))
    outcomes = store.add_articles(batch)
    store.save_records([(o.pk, made[key]) for key, o in zip(TEXTS, outcomes, strict=True)], "test-model")
    return {key: o.article_id for key, o in zip(TEXTS, outcomes, strict=True)}


def test_an_english_and_a_russian_report_join_one_cluster(store: Store) -> None:
    ids = stored(store)
    meetings = [c for c in store.events(limit=None) if c["type"] == "CONSULT"]
    assert len(meetings) == 1
    assert sorted(r["article"] for r in meetings[0]["reports"]) == sorted([ids["en"], ids["ru"]])
    assert "kb:Q7747" in [a["id"] for a in meetings[0]["actors"] + meetings[0]["recipients"]]


def test_the_dossier_holds_what_was_said_in_both_languages(store: Store) -> None:
    ids = stored(store)
    dossier = store.actor("Q7747")
    said = {(c["article"], c["language"]) for c in dossier["said"]}
    assert said == {(ids["en"], "en"), (ids["ru"], "ru")}
    assert {a["id"] for a in dossier["articles"]} == {ids["en"], ids["ru"]}


def test_search_finds_either_script(store: Store) -> None:
    ids = stored(store)

    def found(query: str, **kwargs: Any) -> set[str]:
        return {r["id"] for r in store.search(query, **kwargs)}

    assert found("Путин") == found("Putin") == {ids["en"], ids["ru"]}
    assert found("Лукашенко") == {ids["en"], ids["ru"]}
    assert found("Putin -Лукашенко") == set()  # an excluded name is excluded in both scripts
    assert found("\"Alexander Lukashenko\"") == {ids["en"], ids["ru"]}  # his names in the Russian article
    assert found("Poland") == {ids["other"]}  # a word that is no actor's name stays as it is
    assert store.count_articles(query="Путин") == 2


def test_other_spellings(store: Store) -> None:
    stored(store)
    with store.engine.connect() as conn:
        assert "Путин" in other_spellings(conn, "Putin")
        assert "Putin" in other_spellings(conn, "Путин")
        assert other_spellings(conn, "Poland") == []  # no Cyrillic name stored for it
        assert other_spellings(conn, "Шойгу")[0] == "Shoigu"  # no stored actor: the transliteration


def test_expand_leaves_prefixes_alone() -> None:
    query = parse("Путин* Putin")
    assert query is not None
    widened = expand(query, lambda text: ["Путин"])
    assert widened.groups == ((Item("Путин", prefix=True),), (Item("Putin"), Item("Путин")))
