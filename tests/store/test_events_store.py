"""Events in the store (SQLite and PostgreSQL): rows from the records' events with their stored actors, event
clusters across articles and outlets, filters, re-analysis, merges, the migration.

Three articles from two outlets report Orban's visit to Putin on close dates (one as a reciprocal meeting, one
with no date of its own); beside it: Orban meeting Xi the same day, an EU sanction, Putin meeting Xi, and a
negated meeting."""

from __future__ import annotations

import copy
import datetime as dt
import random
import re
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command

from politika.errors import InputError
from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store
from politika.store.engine import _alembic_config, migrate
from politika.store.events import EventFilter
from politika.store.refs import find_actor
from politika.store.schema import event_actors, event_cluster_members, event_clusters, events
from tests.httpserver import news_text

# key: (title, date, site, text)
TEXTS = {
    "v1": ("Orban in Moscow", "2024-07-05", "Wire One",
           "Viktor Orban visited Vladimir Putin in Moscow on Friday. Orban did not meet Volodymyr Zelensky."),
    "v2": ("The Kremlin on Orban", "2024-07-06", "Wire One",
           "Orban met Putin in Moscow on Friday, the Kremlin said."),
    "v3": ("Brussels is angry", "2024-07-06", "Daily Two",
           "Viktor Orban travelled to Moscow to see Vladimir Putin. Orban also met Xi Jinping on Friday."),
    "u1": ("Sanctions", "2024-07-20", "Daily Two",
           "The European Union imposed sanctions on Russia this week. Putin met Xi Jinping in Beijing on Thursday."),
}

KB = {"Viktor Orban": ("Q57641", "HUN", "GOV"), "Orban": ("Q57641", "HUN", "GOV"),
      "Vladimir Putin": ("Q7747", "RUS", "GOV"), "Putin": ("Q7747", "RUS", "GOV"),
      "Volodymyr Zelensky": ("Q3874799", "UKR", "GOV"), "Xi Jinping": ("Q15031", "CHN", "GOV"),
      "European Union": ("Q458", "EUR", "GOV"), "Russia": ("Q159", "RUS", None)}


def span(text: str, phrase: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def event(text: str, type: str, trigger: str, actors: list[str], recipients: list[str], sentence: int,
          **extra: Any) -> dict[str, Any]:
    """A record event; ``actors``/``recipients`` are phrases of the text, each a mention of its own actor."""
    return {"type": type, "mode": extra.pop("mode", None), "sentence": sentence, "actor": [], "recipient": [],
            "actor_spans": [span(text, a) for a in actors], "recipient_spans": [span(text, r) for r in recipients],
            "trigger": span(text, trigger), "date": extra.pop("date", None), "date_end": extra.pop("date_end", None),
            "date_source": extra.pop("date_source", "article"), "location": None, "location_country": None,
            "negated": False, "hypothetical": False, "future": False, "reported": False, "confidence": 0.8, **extra}


def make_record(key: str, made: list[dict[str, Any]]) -> dict[str, Any]:
    """The record of article ``key`` with these events; every actor phrase becomes a mention and a local actor."""
    text = TEXTS[key][3]
    sentences = [{"start": m.start(), "end": m.end()} for m in re.finditer(r"[^.]+\.", text)]
    local: dict[str, str] = {}
    mentions = []
    for item in made:
        for role in ("actor", "recipient"):
            for s in item[f"{role}_spans"]:
                if s["text"] not in KB:
                    continue
                local.setdefault(s["text"], f"{key}a{len(local) + 1}")
                item[role].append(local[s["text"]])
                mentions.append({**s, "label": "PERSON", "actor": local[s["text"]]})
    record_actors = [{"id": lid, "name": name, "type": "PERSON", "kind": "person", "aliases": [], "descriptors": [],
                      "descriptor_spans": [], "kb_id": KB[name][0], "country": KB[name][1], "sector": KB[name][2],
                      "roles": [], "ties": [], "mention_count": 1} for name, lid in local.items()]
    return {"id": key, "sentences": sentences, "mentions": mentions, "actors": record_actors, "events": made,
            "contexts": [{"context": "diplomacy", "evidence": []}] if key != "u1" else [], "attributions": [],
            "causal_sentences": [], "causal": []}


def records() -> dict[str, dict[str, Any]]:
    t = {key: value[3] for key, value in TEXTS.items()}
    return {
        "v1": make_record("v1", [
            event(t["v1"], "CONSULT", "visited", ["Viktor Orban"], ["Vladimir Putin"], 0, mode="visit",
                  date="2024-07-05", date_source="text", location="Moscow", location_country="RUS"),
            event(t["v1"], "CONSULT", "meet", ["Orban"], ["Volodymyr Zelensky"], 1, negated=True,
                  date="2024-07-05")]),
        "v2": make_record("v2", [
            event(t["v2"], "CONSULT", "met", ["Orban", "Putin"], [], 0, date="2024-07-05", date_source="text",
                  location="Moscow", location_country="RUS", reported=True)]),
        "v3": make_record("v3", [
            event(t["v3"], "CONSULT", "travelled", ["Viktor Orban"], ["Vladimir Putin"], 0, mode="visit",
                  date="2024-07-06"),
            event(t["v3"], "CONSULT", "met", ["Orban", "Xi Jinping"], [], 1, date="2024-07-05",
                  date_source="text")]),
        "u1": make_record("u1", [
            event(t["u1"], "SANCTION", "imposed", ["European Union"], ["Russia"], 0, mode="discontinue",
                  date="2024-07-15", date_end="2024-07-21", date_source="text"),
            event(t["u1"], "CONSULT", "met", ["Putin", "Xi Jinping"], [], 1, date="2024-07-18", date_source="text",
                  location="Beijing", location_country="CHN")]),
    }


def store_events(store: Store, keys: tuple[str, ...] = tuple(TEXTS)) -> dict[str, tuple[int, str]]:
    batch = []
    for key in keys:
        title, date, site, text = TEXTS[key]
        article = Article(text=text, origin=f"test/{key}.txt", title=title, date=date, site=site, genre="news",
                          language="en", url=f"https://example.org/{key}")
        batch.append((article, fingerprint(article.text, article.url), "pending", None))
    outcomes = store.add_articles(batch)
    ids = {key: (o.pk, o.article_id) for key, o in zip(keys, outcomes, strict=True)}
    made = records()
    store.save_records([(ids[key][0], made[key]) for key in keys], "test-model")
    return ids


def count(store: Store, table: sa.Table) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def shape(clusters: list[dict[str, Any]]) -> list[tuple[str, list[str], int, int]]:
    return [(c["type"], sorted(a["name"] for a in c["actors"] + c["recipients"]), c["articles"], c["outlets"])
            for c in clusters]


def test_event_rows(store: Store) -> None:
    ids = store_events(store)
    assert count(store, events) == 7 and count(store, event_cluster_members) == 7
    with store.engine.connect() as conn:
        rows = {(r.article_pk, r.idx): r for r in conn.execute(sa.select(events))}
    visit = rows[(ids["v1"][0], 0)]
    assert (visit.type, visit.mode, visit.trigger_text, visit.date, visit.location_country) == (
        "CONSULT", "visit", "visited", "2024-07-05", "RUS")
    assert visit.sentence_text == "Viktor Orban visited Vladimir Putin in Moscow on Friday."
    assert len(visit.actor) == 1 and len(visit.recipient) == 1 and visit.actor_spans[0]["actor_pk"] == visit.actor[0]
    assert visit.contexts == ["diplomacy"] and (visit.day_from, visit.day_to, visit.precise) == (
        "2024-07-05", "2024-07-05", True)
    undated = rows[(ids["v3"][0], 0)]
    assert (undated.day_from, undated.precise) == ("2024-07-06", False)  # the article's date stands in
    assert rows[(ids["v1"][0], 1)].negated
    sanction = rows[(ids["u1"][0], 0)]
    assert (sanction.day_from, sanction.day_to, sanction.precise) == ("2024-07-15", "2024-07-21", True)
    assert count(store, event_actors) == 14


def test_clusters(store: Store) -> None:
    ids = store_events(store)
    clusters = store.events(limit=None)
    assert shape(clusters) == [
        ("CONSULT", ["Vladimir Putin", "Xi Jinping"], 1, 1),
        ("SANCTION", ["European Union", "Russia"], 1, 1),
        ("CONSULT", ["Viktor Orban", "Vladimir Putin"], 3, 2),  # the visit, reported three times
        ("CONSULT", ["Viktor Orban", "Xi Jinping"], 1, 1),
    ]
    visit = clusters[2]
    assert visit["id"] == f"{ids['v1'][1]}-0" and visit["mode"] == "visit" and visit["events"] == 3
    assert (visit["date"], visit["date_end"], visit["location"], visit["location_country"]) == (
        "2024-07-05", None, "Moscow", "RUS")
    # Putin is an actor of the reciprocal meeting in one report, the recipient of the visit in two
    assert [a["id"] for a in visit["actors"]] == ["kb:Q57641"] and visit["recipients"][0]["id"] == "kb:Q7747"
    assert visit["outlet_names"] == ["Daily Two", "Wire One"]
    assert [(r["article"], r["sentence"]) for r in visit["reports"]] == [(ids["v1"][1], 0), (ids["v2"][1], 0),
                                                                         (ids["v3"][1], 0)]
    assert visit["reports"][1]["sentence_text"] == "Orban met Putin in Moscow on Friday, the Kremlin said."
    assert clusters[1]["date"] == "2024-07-15" and clusters[1]["date_end"] == "2024-07-21"
    negated = store.events(EventFilter(include_negated=True), limit=None)
    assert len(negated) == 5 and [c["negated"] for c in negated].count(True) == 1


def test_order_does_not_matter(store_url: str) -> None:
    with Store(store_url) as store:
        ids: dict[str, tuple[int, str]] = {}
        for key in ("v3", "u1", "v2", "v1"):  # one article at a time, in another order
            ids |= store_events(store, (key,))
        assert shape(store.events(limit=None)) == [
            ("CONSULT", ["Vladimir Putin", "Xi Jinping"], 1, 1), ("SANCTION", ["European Union", "Russia"], 1, 1),
            ("CONSULT", ["Viktor Orban", "Vladimir Putin"], 3, 2), ("CONSULT", ["Viktor Orban", "Xi Jinping"], 1, 1)]
        assert [c["id"] for c in store.events(EventFilter(min_sources=2))] == [f"{ids['v1'][1]}-0"]


def test_batches_of_new_articles_cluster_as_a_full_recluster_does(store: Store) -> None:
    """New events join stored clusters by the short way (``_attach``); re-saving every record walks the whole
    relation again (``recluster``'s long way): both give the same clusters, however the articles were batched."""
    rng = random.Random(3)
    made = records()
    stored: list[tuple[int, dict[str, Any]]] = []
    pending: list[tuple[Article, dict[str, Any]]] = []
    for n in range(40):
        key = rng.choice(list(TEXTS))
        title, date, site, text = TEXTS[key]
        shift = dt.timedelta(days=rng.choice([0, 0, 1, 2, 5, 9]))
        day = (dt.date.fromisoformat(date) + shift).isoformat()
        record = copy.deepcopy(made[key])
        for item in record["events"]:
            for field in ("date", "date_end"):
                if item.get(field):
                    item[field] = (dt.date.fromisoformat(item[field]) + shift).isoformat()
        pending.append((Article(text=f"{text}\n{news_text(500 + n, 80)}", origin=f"test/{n}.txt", title=title, date=day,
                                site=rng.choice([site, "Third Post"]), genre="news", language="en"), record))
        if rng.random() < 0.3 or n == 39:
            outcomes = store.add_articles([(a, fingerprint(a.text, None), "pending", None) for a, _ in pending])
            batch = [(o.pk, r) for o, (_, r) in zip(outcomes, pending, strict=True) if o.status == "stored"]
            store.save_records(batch, "test-model")
            stored += batch
            pending = []
    assert len(stored) == 40
    by_batches = sorted(store.events(EventFilter(include_negated=True), limit=None), key=lambda c: c["id"])
    assert len(by_batches) < count(store, events)  # some events did join others
    store.save_records(stored, "test-model")  # every record again: every cluster is stale and rebuilt
    again = sorted(store.events(EventFilter(include_negated=True), limit=None), key=lambda c: c["id"])
    assert again == by_batches


def test_filters(store: Store) -> None:
    store_events(store)

    def kinds(**kwargs: Any) -> list[tuple[str, int]]:
        return [(c["type"], c["articles"]) for c in store.events(EventFilter(**kwargs), limit=None)]

    assert kinds(type="sanction") == [("SANCTION", 1)]
    assert kinds(mode="visit") == [("CONSULT", 3)]
    assert kinds(actor="Orban") == [("CONSULT", 3), ("CONSULT", 1)]
    assert kinds(recipient="Q7747") == [("CONSULT", 3)]
    assert kinds(actor="Putin") == [("CONSULT", 1), ("CONSULT", 3)]  # the reciprocal meetings
    assert kinds(country="chn") == [("CONSULT", 1), ("CONSULT", 1)]
    assert kinds(country="EUR") == [("SANCTION", 1)]
    assert kinds(since="2024-07-16") == [("CONSULT", 1), ("SANCTION", 1)]  # the sanction's week reaches it
    assert kinds(until="2024-07-05") == [("CONSULT", 3), ("CONSULT", 1)]
    assert kinds(min_sources=2) == [("CONSULT", 3)]
    assert kinds(actor="Zelensky") == []
    assert kinds(recipient="Zelensky", include_negated=True) == [("CONSULT", 1)]
    assert len(store.events(limit=1)) == 1


@pytest.mark.parametrize(("filters", "limit", "message"), [
    (EventFilter(type="VISIT"), 50, "not a PLOVER event type"),
    (EventFilter(since="2024-13-01"), 50, "not a date"),
    (EventFilter(since="2024-07-09", until="2024-07-01"), 50, "ends before"),
    (EventFilter(actor="Nobody Atall"), 50, "no such actor"),
    (EventFilter(min_sources=0), 50, "1 or more"),
    (EventFilter(), 0, "1 or more"),
])
def test_bad_filters(store: Store, filters: EventFilter, limit: int, message: str) -> None:
    store_events(store)
    with pytest.raises(InputError, match=message):
        store.events(filters, limit=limit)


def test_resave_replaces(store: Store) -> None:
    ids = store_events(store)
    before = store.events(limit=None)
    store.save_records([(pk, records()[key]) for key, (pk, _) in ids.items()], "test-model")
    store.save_records([(ids["v2"][0], records()["v2"])], "test-model")
    assert store.events(limit=None) == before
    assert count(store, events) == 7 and count(store, event_clusters) == 5
    store.save_records([(ids["v1"][0], {"id": "v1", "error": "failed"})], "test-model")  # the founder goes
    visit = store.events(EventFilter(mode="visit"))[0]
    assert (visit["id"], visit["articles"], visit["outlets"]) == (f"{ids['v2'][1]}-0", 2, 2)
    assert count(store, events) == 5 and count(store, event_clusters) == 4
    store.save_records([(ids["v2"][0], {"id": "v2", "error": "failed"})], "test-model")  # the bridge goes
    assert [c["articles"] for c in store.events(EventFilter(mode="visit"))] == [1]


def test_inferred_parties_are_marked(store: Store) -> None:
    # A side the learned argument scorer filled (the event's "filled") is marked wherever events are aggregated:
    # a cluster marks a party only where no report read it off the text; each report, the PLOVER entity and the
    # CSV row carry the scorer's probability.
    from politika.export.events import csv_row, plover_record

    ids = store_events(store, ("v1", "v3"))  # both report Orban's visit to Putin: one cluster
    made = records()
    made["v1"]["events"][0]["filled"] = {"recipient": 0.64}
    store.save_records([(ids["v1"][0], made["v1"])], "test-model")
    visit = store.events(EventFilter(mode="visit"))[0]
    assert [r["inferred"] for r in visit["reports"]] == [{"recipient": 0.64}, {}]
    assert "inferred" not in visit["recipients"][0] and "inferred" not in visit["actors"][0]  # v3 names Putin
    exported = {e["article"]: e for e in store.iter_events() if e["mode"] == "visit"}
    assert plover_record(exported[ids["v1"][1]])["recipient"][0]["inferred"] == 0.64
    assert "inferred" not in plover_record(exported[ids["v3"][1]])["recipient"][0]
    assert (csv_row(exported[ids["v1"][1]])["recipient_inferred"], csv_row(exported[ids["v1"][1]])["actor_inferred"],
            csv_row(exported[ids["v3"][1]])["recipient_inferred"]) == ("0.64", "", "")
    made["v3"]["events"][0]["filled"] = {"recipient": 0.7, "actor": "sure"}  # a value that is no probability: unmarked
    store.save_records([(ids["v3"][0], made["v3"])], "test-model")
    visit = store.events(EventFilter(mode="visit"))[0]
    assert visit["recipients"][0]["inferred"] is True and "inferred" not in visit["actors"][0]
    assert visit["recipients"][0]["id"] == "kb:Q7747" and visit["reports"][1]["inferred"] == {"recipient": 0.7}
    with store.engine.connect() as conn:
        links = {(r.role, r.inferred) for r in conn.execute(sa.select(event_actors).join(events).where(
            events.c.article_pk == ids["v1"][0], events.c.idx == 0))}
    assert links == {("actor", None), ("recipient", 0.64)}  # the network counts them (aggregates.event_edges_among)
    store.merge_actors("Q3874799", "Q7747")  # an actor merge moves the mark with the link
    with store.engine.connect() as conn:
        links = {(r.actor_pk, r.role, r.inferred) for r in conn.execute(sa.select(event_actors).join(events).where(
            events.c.article_pk == ids["v1"][0], events.c.idx == 0))}
        zelensky = find_actor(conn, "Q3874799").pk
    assert (zelensky, "recipient", 0.64) in links and len(links) == 2, links


def test_migration_marks_inferred_parties_of_older_events(store: Store) -> None:
    # Events stored before migration 0015 had no marks: 0016 reads them back from the stored records.
    ids = store_events(store, ("v1", "v3"))
    made = records()
    made["v1"]["events"][0]["filled"] = {"recipient": 0.64, "actor": "sure"}  # no probability: no mark
    store.save_records([(ids["v1"][0], made["v1"])], "test-model")
    marked = store.events(EventFilter(mode="visit"))

    def marks(conn: sa.Connection) -> tuple[set[Any], list[Any]]:
        return ({(r.article_pk, r.idx, r.role, r.inferred) for r in conn.execute(
                    sa.select(events.c.article_pk, events.c.idx, event_actors.c.role, event_actors.c.inferred)
                    .join(events))},
                [(r.actor_spans, r.recipient_spans) for r in conn.execute(
                    sa.select(events.c.actor_spans, events.c.recipient_spans).order_by(events.c.pk))])

    with store.engine.connect() as conn:
        before = marks(conn)
    assert (ids["v1"][0], 0, "recipient", 0.64) in before[0]
    with store.engine.begin() as conn:  # a store as it was before 0015: no column, no marks on the spans
        command.downgrade(_alembic_config(conn), "0014")
        for pk, actor_spans, recipient_spans in conn.execute(
                sa.select(events.c.pk, events.c.actor_spans, events.c.recipient_spans)).all():
            conn.execute(events.update().where(events.c.pk == pk).values(
                actor_spans=[{k: v for k, v in s.items() if k != "inferred"} for s in actor_spans],
                recipient_spans=[{k: v for k, v in s.items() if k != "inferred"} for s in recipient_spans]))
    migrate(store.engine)
    with store.engine.connect() as conn:
        assert marks(conn) == before
    assert store.events(EventFilter(mode="visit")) == marked
    migrate(store.engine)  # nothing left to do: the same store
    with store.engine.connect() as conn:
        assert marks(conn) == before


def test_merge_joins_clusters(store: Store) -> None:
    store_events(store, ("v1",))
    made = records()["v3"]
    made["actors"][0].update(kb_id=None, name="V. Orban")  # not linked: a stored actor of its own
    batch = [(Article(text=TEXTS["v3"][3], origin="test/v3.txt", title="x", date="2024-07-06", site="Daily Two",
                      genre="news", language="en"), fingerprint(TEXTS["v3"][3], None), "pending", None)]
    pk = store.add_articles(batch)[0].pk
    store.save_records([(pk, made)], "test-model")
    assert [c["articles"] for c in store.events(EventFilter(recipient="Putin"))] == [1, 1]
    store.merge_actors("Q57641", "V. Orban")
    assert [c["articles"] for c in store.events(EventFilter(recipient="Putin"))] == [2]


def test_migration_down_and_up(store: Store) -> None:
    store_events(store)
    with store.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0003")
    with store.engine.connect() as conn:
        assert not {"events", "event_clusters"} & set(sa.inspect(conn).get_table_names())
    migrate(store.engine)
    assert store.events() == [] and store.search("Kremlin")
