"""SQL aggregates of the store (SQLite and PostgreSQL): ``event_edges_among`` against a plain count over every
stored event (``iter_events``), with its filters and its chunked IN-lists.

The events are the records of tests/store/test_events_store.py (Orban visiting Putin, an EU sanction on Russia,
meetings with Xi), copied into 30 articles on shifted dates so that edges have several reports and clusters."""

from __future__ import annotations

import copy
import datetime as dt
import random
from collections import defaultdict
from typing import Any

import pytest
import sqlalchemy as sa

from politika.errors import InputError
from politika.graph.event_clusters import day_range
from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.plover import QUAD
from politika.store import Store, aggregates
from politika.store.aggregates import event_actors_ranked, event_edges_among
from politika.store.events import iter_events
from politika.store.schema import metadata
from tests.httpserver import news_text
from tests.store.test_events_store import TEXTS, records


def store_copies(store: Store, n: int = 30) -> None:
    """``n`` copies of the test records, each on a date shifted by 0 to 20 days (events' own dates too)."""
    rng = random.Random(7)
    made = records()
    batch: list[tuple[Article, dict[str, Any]]] = []
    for i in range(n):
        key = rng.choice(list(TEXTS))
        title, date, site, text = TEXTS[key]
        shift = dt.timedelta(days=rng.choice([0, 0, 1, 3, 8, 20]))
        record = copy.deepcopy(made[key])
        if i % 3 == 0:  # a third of the copies had their first event's recipient chosen by the argument scorer
            record["events"][0]["filled"] = {"recipient": 0.7}
        for item in record["events"]:
            for field in ("date", "date_end"):
                if item.get(field):
                    item[field] = (dt.date.fromisoformat(item[field]) + shift).isoformat()
        batch.append((Article(text=f"{text}\n{news_text(900 + i, 60)}", origin=f"test/{i}.txt", title=title,
                              date=(dt.date.fromisoformat(date) + shift).isoformat(), site=site, genre="news",
                              language="en"), record))
    outcomes = store.add_articles([(a, fingerprint(a.text, None), "pending", None) for a, _ in batch])
    store.save_records([(o.pk, r) for o, (_, r) in zip(outcomes, batch, strict=True)], "test-model")


def kept_events(store: Store, since: str | None = None, until: str | None = None, event_type: str | None = None,
                quad: int | None = None) -> list[dict[str, Any]]:
    """The asserted events the filters keep, tested in Python over every stored event."""
    out = []
    for item in iter_events(store.engine):
        if (event_type and item["type"] != event_type) or (quad and QUAD[item["type"]] != quad):
            continue
        start, end, _ = day_range(item["date"], item["date_end"], item["date_source"], item["article_date"])
        if (since and (end is None or end.isoformat() < since)) or (
                until and (start is None or start.isoformat() > until)):
            continue
        out.append(item)
    return out


def expected(store: Store, keep: set[str], since: str | None = None, until: str | None = None,
             event_type: str | None = None, quad: int | None = None) -> dict[tuple[str, str, int], tuple[int, ...]]:
    """(source id, target id, quad) → (clusters, reports, reports with an inferred party), counted in Python over
    every asserted event."""
    clusters: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    reports: dict[tuple[str, str, int], int] = defaultdict(int)
    inferred: dict[tuple[str, str, int], int] = defaultdict(int)
    for item in kept_events(store, since, until, event_type, quad):
        for actor in item["actors"]:
            for recipient in item["recipients"]:
                if actor["id"] in keep and recipient["id"] in keep:
                    key = (actor["id"], recipient["id"], QUAD[item["type"]])
                    clusters[key].add(item["cluster"]["id"])
                    reports[key] += 1
                    inferred[key] += bool(item["inferred"])
    return {key: (len(clusters[key]), reports[key], inferred[key]) for key in reports}


def got(store: Store, pks: dict[int, str], **filters: Any) -> dict[tuple[str, str, int], tuple[int, ...]]:
    rows = event_edges_among(store.engine, pks, **filters)
    assert all(r["evidence"] for r in rows)
    assert [r["clusters"] for r in rows] == sorted((r["clusters"] for r in rows), reverse=True)
    return {(pks[r["source_pk"]], pks[r["target_pk"]], r["quad"]): (r["clusters"], r["reports"], r["inferred"])
            for r in rows}


@pytest.fixture
def stored(store: Store) -> dict[int, str]:
    store_copies(store)
    return {a["pk"]: a["id"] for a in store.actors(limit=100)}


def test_event_edges_count_what_the_events_say(store: Store, stored: dict[int, str]) -> None:
    everything = expected(store, set(stored.values()))
    assert got(store, stored) == everything
    assert {q for (_, _, q) in everything} == {1, 3}  # the visits (verbal cooperation), the sanction (conflict)
    assert any(clusters > 1 for clusters, _, _ in everything.values())
    assert any(reports > clusters for clusters, reports, _ in everything.values())  # one visit, several reports
    assert any(0 < inferred < reports for _, reports, inferred in everything.values())  # some reports inferred
    # the negated meeting with Zelensky is no edge
    assert not any("Zelensky" in source + target for source, target, _ in everything)
    # only edges among the actors given
    putin = next(pk for pk, key in stored.items() if key == "kb:Q7747")
    fewer = {pk: key for pk, key in stored.items() if pk != putin}
    assert got(store, fewer) == expected(store, set(fewer.values())) != everything
    assert event_edges_among(store.engine, []) == []


@pytest.mark.parametrize("filters", [
    {"since": "2024-07-10"}, {"until": "2024-07-08"}, {"since": "2024-07-06", "until": "2024-07-16"},
    {"since": "2024-07-21", "until": "2024-07-21"}, {"event_type": "SANCTION"}, {"event_type": "CONSULT"},
    {"quad": 1}, {"quad": 3}, {"quad": 4}, {"quad": 1, "since": "2024-07-09"},
])
def test_event_edges_filters(store: Store, stored: dict[int, str], filters: dict[str, Any]) -> None:
    assert got(store, stored, **filters) == expected(store, set(stored.values()), **filters)


def test_event_edges_filters_narrow(store: Store, stored: dict[int, str]) -> None:
    assert got(store, stored, event_type="sanction") == got(store, stored, quad=3) != {}
    assert got(store, stored, quad=4) == {}
    assert got(store, stored, since="2030-01-01") == {}
    whole = got(store, stored)
    parts = [got(store, stored, until="2024-07-10"), got(store, stored, since="2024-07-11")]
    for key, (_, reports, _) in whole.items():  # each report falls on one side of the day, or on both
        assert reports <= sum(part.get(key, (0, 0, 0))[1] for part in parts)


@pytest.mark.parametrize("filters", [{}, {"since": "2024-07-10"}, {"until": "2024-07-08"}, {"event_type": "SANCTION"},
                                     {"quad": 1}, {"quad": 1, "since": "2024-07-09"}, {"since": "2030-01-01"}])
def test_event_actors_ranked_count_what_the_events_say(store: Store, stored: dict[int, str],
                                                       filters: dict[str, Any]) -> None:
    clusters: dict[str, set[str]] = defaultdict(set)
    for item in kept_events(store, **filters):
        for actor in item["actors"] + item["recipients"]:
            clusters[actor["id"]].add(item["cluster"]["id"])
    ranked = event_actors_ranked(store.engine, **filters)
    assert {stored[r["actor_pk"]]: r["clusters"] for r in ranked} == {k: len(v) for k, v in clusters.items()}
    assert [r["clusters"] for r in ranked] == sorted((r["clusters"] for r in ranked), reverse=True)
    assert event_actors_ranked(store.engine, **filters, limit=2) == ranked[:2]


def test_event_actors_ranked_by_country_and_type(store: Store, stored: dict[int, str]) -> None:
    actors = {a["pk"]: a for a in store.actors(limit=100)}
    everyone = event_actors_ranked(store.engine)
    russians = event_actors_ranked(store.engine, country="rus")
    assert russians == [r for r in everyone if actors[r["actor_pk"]]["country"] == "RUS"] != []
    people = event_actors_ranked(store.engine, type="PERSON")
    assert people == [r for r in everyone if actors[r["actor_pk"]]["type"] == "PERSON"] != []
    with pytest.raises(InputError, match="not a PLOVER"):
        event_actors_ranked(store.engine, event_type="VISIT")


def test_event_edges_in_chunks(store: Store, stored: dict[int, str], monkeypatch: pytest.MonkeyPatch) -> None:
    whole = got(store, stored)
    monkeypatch.setattr(aggregates, "CHUNK", 2)  # sources and targets in different chunks
    assert got(store, stored) == whole


@pytest.mark.parametrize(("filters", "message"), [
    ({"since": "2024-13-01"}, "not a date"), ({"until": "07/05/2024"}, "not a date"),
    ({"since": "2024-07-09", "until": "2024-07-01"}, "ends before"), ({"event_type": "VISIT"}, "not a PLOVER"),
    ({"quad": 5}, "quad classes are 1, 2, 3 and 4"),
])
def test_event_edges_bad_filters(store: Store, filters: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=message):
        event_edges_among(store.engine, [1], **filters)


@pytest.mark.parametrize(("version", "table"), [
    (aggregates.event_version, "event_clusters"),
    (aggregates.tie_version, "actor_decisions"),
    (aggregates.causal_version, "causal_decisions"),
    (aggregates.article_version, "articles"),
    (aggregates.appearance_version, "article_actors"),  # claims: test_api's dossier test
])
def test_versions_change_when_a_deleted_row_is_replaced(store: Store, version: Any, table: str) -> None:
    """Deleting the newest row and inserting another leaves the row count as it was and, on SQLite, gives the
    new row the freed key: the fingerprint must change all the same (re-clustering after an actor merge does
    exactly this to event clusters)."""
    store_copies(store, 6)
    rows = metadata.tables[table]
    if table.endswith("_decisions"):  # the test records make no decisions: one by hand
        with store.engine.begin() as conn:
            conn.execute(rows.insert().values(action="merge", payload={"keep": 1, "gone": 2}, created_at="now"))
    with store.engine.connect() as conn:
        newest = conn.execute(sa.select(rows).order_by(rows.c.pk.desc()).limit(1)).first()
    assert newest is not None
    before = version(store.engine)
    assert version(store.engine) == before  # reading does not change it
    values = {k: v for k, v in newest._mapping.items() if k != "pk"}
    with store.engine.begin() as conn:
        conn.execute(rows.delete().where(rows.c.pk == newest.pk))
        if table == "articles":
            values["id"] = values["id"][::-1]
        conn.execute(rows.insert().values(**values))
    assert version(store.engine) != before


def test_article_months_count_every_dated_article(store: Store) -> None:
    store_copies(store, 12)
    undated = Article(text=news_text(990, 80), origin="test/undated.txt", title="No date", site="Wire One",
                      genre="news", language="en")
    store.add_articles([(undated, fingerprint(undated.text, None), "pending", None)])
    months: dict[str, int] = defaultdict(int)
    for row in store.list_articles(limit=1000):
        if row["date"]:
            months[row["date"][:7]] += 1
    assert aggregates.article_months(store.engine) == [{"month": m, "articles": n} for m, n in sorted(months.items())]
    assert sum(months.values()) == 12
