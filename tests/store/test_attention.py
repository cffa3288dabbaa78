"""Attention over time in the store (SQLite and PostgreSQL): articles per day, ISO week and month on a
zero-filled axis for a search, an actor (with its parts), an event type and a causal factor; undated articles
counted apart; the split by outlet.

The articles: the events of tests/store/test_events_store.py (Orban and Putin, 5-20 July 2024), the causal links
of tests/store/test_causal_store.py (5 and 9 July), and articles of our own: Belarus and its military in
September (August left empty), one on a Sunday and one on the Monday after, and one with no date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from politika.errors import InputError
from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store
from politika.store.attention import AttentionFilter, bucket_name, bucket_start, next_start
from politika.store.store import ArticleFilter
from tests.httpserver import news_text
from tests.store.test_causal_store import store_links
from tests.store.test_claims_store import actor, mention
from tests.store.test_events_store import store_events

STATE = "Belarus moved troops to the border on Monday."
MILITARY = "The Belarusian military held drills again."
# key: (date, site, text, actors: (phrase, type, kind, sector))
OWN = {"r1": ("2024-09-02", "Herald", STATE, [("Belarus", "GPE", "country", None)]),
       "m1": ("2024-09-10", "Herald", MILITARY, [("Belarusian military", "ORG", "military", "MIL")]),
       "s1": ("2024-07-14", "Gazette", news_text(501, 60), []),  # a Sunday
       "s2": ("2024-07-15", "Gazette", news_text(502, 60), []),  # the Monday after
       "n1": (None, "Gazette", news_text(503, 60), [])}


@pytest.fixture(autouse=True)
def lexical(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("POLITIKA_FACTOR_SIMILARITY", "lexical")  # as in test_causal_store
    yield


def own_record(key: str, text: str, found: list[tuple[str, str, str, str | None]]) -> dict[str, Any]:
    return {"id": key, "sentences": [{"start": 0, "end": len(text)}], "events": [], "attributions": [],
            "mentions": [mention(text, phrase, f"{key}a{i}", type) for i, (phrase, type, _, _) in enumerate(found)],
            "actors": [actor(f"{key}a{i}", phrase, type, kind=kind, country="BLR", sector=sector,
                             kb_id="Q184" if kind == "country" else None)
                       for i, (phrase, type, kind, sector) in enumerate(found)],
            "causal_sentences": [], "causal": []}


@pytest.fixture
def filled(store: Store) -> Store:
    store_events(store)
    store_links(store)
    batch = [(Article(text=text, origin=f"test/{key}.txt", title=key, date=date, site=site, genre="news",
                      language="en"), key) for key, (date, site, text, _) in OWN.items()]
    outcomes = store.add_articles([(a, fingerprint(a.text, None), "pending", None) for a, _ in batch])
    store.save_records([(o.pk, own_record(key, OWN[key][2], OWN[key][3]))
                        for o, (_, key) in zip(outcomes, batch, strict=True)], "test-model")
    return store


def counts(result: dict[str, Any]) -> dict[str, int]:
    return {b["bucket"]: b["articles"] for b in result["buckets"]}


def test_months_zero_filled_and_undated_counted_apart(filled: Store) -> None:
    result = filled.attention(by="month")
    assert counts(result) == {"2024-07": 8, "2024-08": 0, "2024-09": 2}
    assert result["total"] == 10 and result["undated"] == 1
    assert result["buckets"][1] == {"bucket": "2024-08", "start": "2024-08-01", "end": "2024-08-31", "articles": 0}
    # the overview's months are zero-filled too
    assert filled.article_months() == [{"month": "2024-07", "articles": 8}, {"month": "2024-08", "articles": 0},
                                       {"month": "2024-09", "articles": 2}]


def test_weeks_start_on_monday(filled: Store) -> None:
    result = filled.attention(AttentionFilter(since="2024-07-08", until="2024-07-21"), by="week")
    assert [(b["bucket"], b["start"], b["end"], b["articles"]) for b in result["buckets"]] == [
        ("2024-W28", "2024-07-08", "2024-07-14", 2),  # k2 on Tuesday the 9th, s1 on Sunday the 14th
        ("2024-W29", "2024-07-15", "2024-07-21", 2)]  # s2 on Monday the 15th, u1 on the 20th
    assert result["undated"] == 1  # an undated article may belong to the period: still reported


def test_bucket_edges() -> None:
    assert bucket_start(dt.date(2024, 7, 14), "week") == dt.date(2024, 7, 8)
    assert bucket_start(dt.date(2024, 7, 15), "week") == dt.date(2024, 7, 15)
    assert bucket_name(dt.date(2024, 12, 30), "week") == "2025-W01"  # the ISO year
    assert next_start(dt.date(2024, 12, 1), "month") == dt.date(2025, 1, 1)
    assert next_start(dt.date(2024, 1, 1), "month") == dt.date(2024, 2, 1)
    assert bucket_name(dt.date(2024, 2, 29), "day") == "2024-02-29"


def test_days_cover_the_period_asked(filled: Store) -> None:
    result = filled.attention(AttentionFilter(since="2024-07-03", until="2024-07-10"), by="day")
    assert counts(result) == {"2024-07-03": 0, "2024-07-04": 0, "2024-07-05": 2, "2024-07-06": 2,
                              "2024-07-07": 0, "2024-07-08": 0, "2024-07-09": 1, "2024-07-10": 0}
    assert filled.attention(AttentionFilter(since="2030-01-01"), by="day")["buckets"] == [
        {"bucket": "2030-01-01", "start": "2030-01-01", "end": "2030-01-01", "articles": 0}]


def test_by_outlet_top_and_other(filled: Store) -> None:
    result = filled.attention(by="month", by_outlet=True, top=2)
    # four outlets have 2 dated articles each: ties go by name
    assert result["outlets"] == ["Daily Two", "Gazette", "other"]
    for bucket in result["buckets"]:
        assert sum(bucket["outlets"].values()) == bucket["articles"]
        assert list(bucket["outlets"]) == result["outlets"]
    july = result["buckets"][0]["outlets"]
    assert july == {"Daily Two": 2, "Gazette": 2, "other": 4}
    assert result["buckets"][2]["outlets"] == {"Daily Two": 0, "Gazette": 0, "other": 2}
    assert filled.attention(by="month", by_outlet=True)["outlets"] == [  # five by default, Wire in "other"
        "Daily Two", "Gazette", "Herald", "Wire One", "Daily", "other"]
    assert filled.attention(by="month", by_outlet=True, top=6)["outlets"][-1] == "Wire"  # all six: no "other"


def test_actor_with_and_without_parts(filled: Store) -> None:
    putin = filled.attention(AttentionFilter(actor="Q7747"))
    expected = [a for a in filled.list_articles(ArticleFilter(actor="Q7747"), limit=100) if a["date"]]
    assert putin["total"] == len(expected) > 0
    state = filled.attention(AttentionFilter(actor="Belarus"))
    with_parts = filled.attention(AttentionFilter(actor="Q184", include_parts=True))
    assert state["total"] == 1 and with_parts["total"] == 2  # the Belarusian military's article joins
    assert with_parts["filters"]["include_parts"] is True
    with pytest.raises(InputError):
        filled.attention(AttentionFilter(actor="Nobody Atall"))


def test_event_type_counts_articles_and_reports(filled: Store) -> None:
    consult = filled.attention(AttentionFilter(event_type="consult"), by="month")
    assert consult["total"] == 4 and consult["reports"] == 5  # v1's negated meeting is no report
    assert consult["buckets"] == [{"bucket": "2024-07", "start": "2024-07-01", "end": "2024-07-31", "articles": 4,
                                   "reports": 5}]
    assert filled.attention(AttentionFilter(event_type="SANCTION"))["total"] == 1
    with pytest.raises(InputError, match="event_type"):
        filled.attention(AttentionFilter(event_type="NOPE"))


def test_factor_and_search(filled: Store) -> None:
    assert filled.attention(AttentionFilter(factor="sanction"))["total"] == 2
    assert filled.attention(AttentionFilter(factor="shells"))["total"] == 1
    orban = filled.attention(AttentionFilter(query="Orban"), by="day")
    assert orban["total"] == len(filled.search("Orban", limit=100)) == 3
    assert counts(orban) == {"2024-07-05": 1, "2024-07-06": 2}
    assert filled.attention(AttentionFilter(query="the of"))["total"] == 0  # stop words only: nothing to find
    both = filled.attention(AttentionFilter(query="Orban", actor="Q7747", site="Daily Two"))
    assert both["total"] == 1


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"by": "year"}, "by=year"), ({"filters": AttentionFilter(since="2024-13-01")}, "since="),
    ({"filters": AttentionFilter(since="2024-07-02", until="2024-07-01")}, "ends before it starts"),
    ({"filters": AttentionFilter(since="1900-01-01", until="2100-01-01"), "by": "day"}, "buckets"),
    ({"top": 0}, "top=0")])
def test_bad_input_is_one_line(store: Store, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=message) as raised:
        store.attention(**kwargs)
    assert "\n" not in str(raised.value)
