"""Claims in the store (SQLite and PostgreSQL): rows from the records' attributions, source and subject actors,
filters, re-analysis, the dossier's "said" and "said about", corrections, the opinion score, the migration."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command

from politika.errors import InputError
from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store
from politika.store import claims as claims_module
from politika.store.claims import ClaimFilter, opinion_score
from politika.store.engine import _alembic_config, migrate
from politika.store.schema import articles, claim_subjects, claims
from tests.store.test_actors_store import span

TEXTS = {
    "c1": ("Putin on Hungary", "2024-07-05",
           "Vladimir Putin said that Hungary would probably veto the sanctions. My insiders say the Kremlin is "
           "preparing a new offensive. \"The West is weak,\" Putin said, standing beside Kovacs. \"It will fail.\""),
    "c2": ("Kovacs on Putin", "2024-07-09",
           "Anna Kovacs said Putin was isolated. According to a senior official, Budapest will not block the deal. "
           "I believe Europe must stay firm."),
}


QUOTE = "\"The West is weak,\" Putin said, standing beside Kovacs. \"It will fail.\""


def mention(text: str, phrase: str, actor: str, label: str = "PERSON", nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return {"start": start, "end": start + len(phrase), "text": phrase, "label": label, "actor": actor}


def actor(local: str, name: str, type: str = "PERSON", **extra: Any) -> dict[str, Any]:
    return {"id": local, "name": name, "type": type, "kind": extra.pop("kind", "person"), "aliases": [],
            "descriptors": [], "descriptor_spans": [], "country": None, "sector": None, "kb_id": None, "roles": [],
            "ties": [], "mention_count": 1, **extra}


def attribution(text: str, source: str | None, cue: str, content: str, **flags: Any) -> dict[str, Any]:
    return {"kind": flags.pop("kind", "indirect"), "source": span(text, source) if source else None,
            "source_actor": flags.pop("source_actor", None), "cue": span(text, cue), "content": span(text, content),
            "anonymous": False, "vague": False, "author": False, "hedged": bool(flags.get("hedges")), "hedges": [],
            "stance": None, "sentence": 0, "parent": None, "in_quote": False, **flags}


def records() -> dict[str, dict[str, Any]]:
    t1, t2 = TEXTS["c1"][2], TEXTS["c2"][2]
    quote = attribution(t1, None, "weak", QUOTE, kind="direct", source_actor="a1", sentence=2,
                        content_parts=[span(t1, "\"The West is weak,\""), span(t1, "\"It will fail.\"")])
    quote["source"] = {k: v for k, v in mention(t1, "Putin", "a1", nth=1).items() if k in ("start", "end", "text")}
    quote["cue"] = {k: v for k, v in mention(t1, "said", "", nth=1).items() if k in ("start", "end", "text")}
    c1 = {"id": "c1", "sentences": [], "events": [], "causal_sentences": [], "causal": [],
          "mentions": [mention(t1, "Vladimir Putin", "a1"), mention(t1, "Hungary", "a2", "GPE"),
                       mention(t1, "Kremlin", "a3", "ORG"), mention(t1, "Putin", "a1", nth=1),
                       mention(t1, "Kovacs", "a4")],
          "actors": [actor("a1", "Vladimir Putin", kb_id="Q7747", country="RUS", sector="GOV", mention_count=2),
                     actor("a2", "Hungary", "GPE", kind="state", kb_id="Q28", country="HUN"),
                     actor("a3", "Kremlin", "ORG", kind="government", kb_id="Q83330", country="RUS"),
                     actor("a4", "Kovacs")],
          "attributions": [
              attribution(t1, "Vladimir Putin", "said", "that Hungary would probably veto the sanctions",
                          source_actor="a1", hedged=True, hedges=["probably"]),
              attribution(t1, "My insiders", "say", "the Kremlin is preparing a new offensive", anonymous=True,
                          sentence=1),
              quote]}
    c2 = {"id": "c2", "sentences": [], "events": [], "causal_sentences": [], "causal": [],
          "mentions": [mention(t2, "Anna Kovacs", "b1"), mention(t2, "Putin", "b2"),
                       mention(t2, "Budapest", "b3", "GPE"), mention(t2, "Europe", "b4", "LOC")],
          "actors": [actor("b1", "Anna Kovacs", country="HUN"), actor("b2", "Putin", kb_id="Q7747"),
                     actor("b3", "Budapest", "GPE", kind="city", kb_id="Q1781"),
                     actor("b4", "Europe", "LOC", kind="region", kb_id="Q46")],
          "attributions": [
              attribution(t2, "Anna Kovacs", "said", "Putin was isolated", source_actor="b1"),
              attribution(t2, "a senior official", "According to", "Budapest will not block the deal", anonymous=True,
                          sentence=1, stance="distance"),
              attribution(t2, "I", "believe", "Europe must stay firm", author=True, sentence=2)]}
    return {"c1": c1, "c2": c2}


def store_claims(store: Store) -> dict[str, tuple[int, str]]:
    batch = []
    for key, (title, date, text) in TEXTS.items():
        article = Article(text=text, origin=f"test/{key}.txt", title=title, date=date, site="Test Wire",
                          genre="news", language="en", url=f"https://example.org/{key}")
        batch.append((article, fingerprint(article.text, article.url), "pending", None))
    outcomes = store.add_articles(batch)
    ids = {key: (o.pk, o.article_id) for key, o in zip(TEXTS, outcomes, strict=True)}
    made = records()
    store.save_records([(ids[key][0], made[key]) for key in TEXTS], "test-model")
    return ids


def count(store: Store, table: sa.Table) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def contents(rows: list[dict[str, Any]]) -> list[str]:
    return [r["content"]["text"] for r in rows]


def test_claim_rows(store: Store) -> None:
    ids = store_claims(store)
    assert count(store, claims) == 6 and count(store, claim_subjects) == 5
    every = store.claims(limit=None)
    assert [r["article"] for r in every] == [ids["c2"][1]] * 3 + [ids["c1"][1]] * 3  # latest first, record order
    putin, insiders, quote = every[3:]
    assert putin["source_actor"] == {"id": "kb:Q7747", "name": "Vladimir Putin"}
    assert (putin["cue"]["text"], putin["hedged"], putin["hedges"], putin["date"]) == ("said", True, ["probably"],
                                                                                      "2024-07-05")
    assert putin["about"] == [{"id": "kb:Q28", "name": "Hungary"}]
    assert insiders["source"]["text"] == "My insiders" and insiders["anonymous"] and insiders["source_actor"] is None
    assert [a["name"] for a in insiders["about"]] == ["Kremlin"]
    # a quote in two parts is about what its parts mention: not Kovacs, who stands between them; not its source
    assert quote["about"] == [] and len(quote["content_parts"]) == 2 and quote["kind"] == "direct"
    kovacs, official, author = every[:3]
    assert kovacs["source_actor"]["name"] == "Anna Kovacs" and kovacs["about"][0]["id"] == "kb:Q7747"
    assert official["anonymous"] and official["stance"] == "distance" and official["cue"]["text"] == "According to"
    assert author["author"] and author["about"][0]["name"] == "Europe"


def test_filters(store: Store) -> None:
    ids = store_claims(store)
    assert contents(store.claims(ClaimFilter(source="Putin"))) == ["that Hungary would probably veto the sanctions",
                                                                   QUOTE]
    assert contents(store.claims(ClaimFilter(about="Q7747"))) == ["Putin was isolated"]
    assert contents(store.claims(ClaimFilter(anonymous=True))) == ["Budapest will not block the deal",
                                                                  "the Kremlin is preparing a new offensive"]
    assert len(store.claims(ClaimFilter(anonymous=False))) == 4  # Kovacs, the author, Putin twice
    assert len(store.claims(ClaimFilter(article=ids["c1"][1]))) == 3
    assert len(store.claims(ClaimFilter(article=ids["c1"][1][:8]))) == 3
    assert len(store.claims(ClaimFilter(since="2024-07-06"))) == 3
    assert len(store.claims(ClaimFilter(until="2024-07-05"))) == 3
    assert store.claims(ClaimFilter(since="2024-07-06", until="2024-07-08")) == []
    assert contents(store.claims(ClaimFilter(hedged=True))) == ["that Hungary would probably veto the sanctions"]
    assert len(store.claims(ClaimFilter(source="Anna Kovacs", about="Putin", anonymous=False))) == 1
    assert len(store.claims(limit=2)) == 2


@pytest.mark.parametrize(("filters", "limit", "message"), [
    (ClaimFilter(since="2024-13-01"), 50, "not a date"),
    (ClaimFilter(until="05/07/2024"), 50, "not a date"),
    (ClaimFilter(since="2024-07-09", until="2024-07-01"), 50, "ends before"),
    (ClaimFilter(source="Nobody Atall"), 50, "no such actor"),
    (ClaimFilter(about="Nobody Atall"), 50, "no such actor"),
    (ClaimFilter(article="ffffffffffff"), 50, "no such article"),
    (ClaimFilter(), 0, "1 or more"),
])
def test_bad_filters(store: Store, filters: ClaimFilter, limit: int, message: str) -> None:
    store_claims(store)
    with pytest.raises(InputError, match=message):
        store.claims(filters, limit=limit)


def test_resave_replaces(store: Store) -> None:
    ids = store_claims(store)
    before = store.claims(limit=None)
    store.save_records([(pk, records()[key]) for key, (pk, _) in ids.items()], "test-model")
    store.save_records([(ids["c1"][0], records()["c1"])], "test-model")
    assert store.claims(limit=None) == before
    assert count(store, claims) == 6 and count(store, claim_subjects) == 5
    fewer = records()["c1"]
    fewer["attributions"] = fewer["attributions"][:1]
    store.save_records([(ids["c1"][0], fewer)], "test-model")
    assert count(store, claims) == 4 and count(store, claim_subjects) == 4
    store.save_records([(ids["c1"][0], {"id": "c1", "error": "failed"})], "test-model")
    assert len(store.claims(ClaimFilter(article=ids["c1"][1]))) == 0


def test_dossier_said_and_said_about(store: Store) -> None:
    ids = store_claims(store)
    putin = store.actor("Q7747")
    assert len(putin["said"]) == 2 and {c["article"] for c in putin["said"]} == {ids["c1"][1]}
    assert [(c["content"]["text"], c["source_actor"]["name"]) for c in putin["said_about"]] == [
        ("Putin was isolated", "Anna Kovacs")]
    hungary = store.actor("Hungary")
    assert hungary["said"] == [] and hungary["said_about"][0]["source_actor"]["name"] == "Vladimir Putin"
    kremlin = store.actor("Kremlin")["said_about"]
    assert kremlin[0]["anonymous"] and kremlin[0]["source"]["text"] == "My insiders"


def test_merge_and_split_follow(store: Store) -> None:
    ids = store_claims(store)
    store.merge_actors("Vladimir Putin", "Anna Kovacs")  # wrong, but clear to check
    putin = store.actor("Q7747")
    assert len(putin["said"]) == 3 and putin["said_about"] == []  # Kovacs' claim is now his, about himself
    split = store.split_actor("Q7747", article=ids["c1"][1])
    assert len(store.actor(split["id"])["said"]) == 2 and len(store.actor("Q7747")["said"]) == 1


def test_opinion_score(store: Store) -> None:
    ids = store_claims(store)
    with store.engine.connect() as conn:
        scores = dict(conn.execute(sa.select(articles.c.pk, articles.c.opinion_score)).all())
        genres = set(conn.execute(sa.select(articles.c.genre)).scalars())
    assert scores[ids["c1"][0]] == 0.0 and scores[ids["c2"][0]] > 0.9  # "I believe" in a short text
    assert genres == {"news"}  # the metadata genre stays
    assert store.get_article(ids["c2"][1])["opinion_score"] == scores[ids["c2"][0]]  # type: ignore[index]
    assert opinion_score({"opinion_score": 0.42, "attributions": []}, 100) == 0.42
    assert opinion_score({"id": "x", "error": "failed"}, 100) is None


def test_migration_down_and_up(store: Store) -> None:
    store_claims(store)
    with store.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0002")
    with store.engine.connect() as conn:
        assert "claims" not in sa.inspect(conn).get_table_names()
        assert "opinion_score" not in {c["name"] for c in sa.inspect(conn).get_columns("articles")}
    migrate(store.engine)
    assert store.claims() == [] and store.search("Kremlin")  # full-text search still works


def test_low_confidence_claims_stay_out_of_the_store(store: Store) -> None:
    """The record keeps candidates the attribution layer doubts; the store (claims, dossier) keeps what readers are
    shown: confidence at least ``claim_confidence.DEFAULT_MIN_CONFIDENCE``, records without confidences whole."""
    ids = store_claims(store)
    t1 = TEXTS["c1"][2]
    record = records()["c1"]
    record["attributions"] += [
        attribution(t1, "Vladimir Putin", "said", "Hungary would probably veto", confidence=0.95),
        attribution(t1, "Kovacs", "standing", "beside Kovacs", confidence=0.3, author=True)]
    store.save_records([(ids["c1"][0], record)], "test-model")
    rows = store.claims(ClaimFilter(article=ids["c1"][1]), limit=None)
    assert len(rows) == 4 and "beside Kovacs" not in contents(rows)
    assert opinion_score({"attributions": [{"author": True, "confidence": 0.3}]}, 500) == 0.0
    assert opinion_score({"attributions": [{"author": True, "confidence": 0.9}]}, 500) == 0.487


def test_quotes_grouped_across_the_filter(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """One row per quote over every claim the filter keeps (not one page): the quote said in c1 and c2 is one row
    with both reports; ``limit`` and ``offset`` count quotes; the key survives a re-save and the migration."""
    ids = store_claims(store)
    t3 = "Later, Anna Kovacs said that Hungary would  probably veto the sanctions."  # spaces do not count
    article = Article(text=t3, origin="test/c3.txt", title="Again", date="2024-07-10", site="Other Wire",
                      genre="news", language="en", url="https://example.org/c3")
    c3 = store.add_articles([(article, fingerprint(t3, article.url), "pending", None)])[0]
    store.save_records([(c3.pk, {"id": "c3", "sentences": [], "events": [], "causal_sentences": [], "causal": [],
                                 "mentions": [], "actors": [],
                                 "attributions": [attribution(t3, "Anna Kovacs", "said",
                                                              "that Hungary would  probably veto the sanctions")]})],
                       "test-model")
    assert store.count_claims() == 7 and store.count_quotes() == 6
    quotes = store.quotes(limit=None)
    assert len(quotes) == 6 and quotes[0]["article"] == c3.article_id  # placed by its latest report
    veto = quotes[0]
    assert veto["articles"] == 2 and [r["article"] for r in veto["reports"]] == [c3.article_id, ids["c1"][1]]
    assert all(q["articles"] == 1 and len(q["reports"]) == 1 for q in quotes[1:])
    monkeypatch.setattr(claims_module, "QUOTE_REPORTS", 1)  # the latest reports listed, all of them counted
    veto = store.quotes(limit=1)[0]
    assert (veto["articles"], veto["claims"], [r["article"] for r in veto["reports"]]) == (2, 2, [c3.article_id])
    monkeypatch.undo()
    assert [q["content"]["text"] for q in store.quotes(limit=2, offset=1)] == contents(store.claims(limit=2, offset=1))
    # the filter applies to the reports too: only Putin's report of the quote
    putin = store.quotes(ClaimFilter(source="Putin"))
    assert [(q["articles"], len(q["reports"])) for q in putin] == [(1, 1), (1, 1)] and store.count_quotes(
        ClaimFilter(source="Putin")) == 2
    assert store.count_quotes(ClaimFilter(site="Other Wire")) == 1
    with pytest.raises(InputError, match="1 or more"):
        store.quotes(limit=0)
    with store.engine.connect() as conn:  # a claim without words keeps no key
        assert conn.execute(sa.select(sa.func.count()).where(claims.c.quote_key.is_(None))).scalar_one() == 0
    with store.engine.begin() as conn:  # the migration fills the key of claims stored before it
        command.downgrade(_alembic_config(conn), "0012")
        command.upgrade(_alembic_config(conn), "0013")
    assert store.count_quotes() == 6 and store.quotes(limit=1)[0]["articles"] == 2
