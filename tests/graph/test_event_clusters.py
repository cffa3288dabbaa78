"""The event clustering rule (pure, no store) and the PLOVER / CSV records of stored events."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
from pathlib import Path

import pytest

from politika.export.events import CSV_COLUMNS, csv_row, plover_record, write_plover
from politika.graph.event_clusters import ClusterEvent, cluster_events, day_range, main_mode, same_event, window
from politika.store import Store
from politika.store.events import iter_events
from tests.store.test_events_store import store_events

_pks = itertools.count(1)


def ev(type: str = "CONSULT", actors: set[int] | None = None, recipients: set[int] | None = None,
       day: int | None = 5, end: int | None = None, precise: bool = True, article: int = 1,
       modality: str = "asserted", mode: str | None = None) -> ClusterEvent:
    pk = next(_pks)
    start = dt.date(2024, 7, day) if day is not None else None
    return ClusterEvent(pk, article, f"art{article}", pk, type, modality, frozenset(actors or set()),
                        frozenset(recipients or set()), start, dt.date(2024, 7, end) if end else start, precise,
                        mode=mode)


def test_directed_events() -> None:
    visit = ev(actors={1}, recipients={2}, mode="visit")
    assert same_event(visit, ev(actors={1, 3}, recipients={2}, article=2))
    assert not same_event(visit, ev(actors={1}, recipients={4}, article=2))  # someone else visited
    assert not same_event(visit, ev(actors={2}, recipients={1}, article=2))  # the other way round
    assert not same_event(ev("ASSAULT", actors={1}, recipients={2}), ev("ASSAULT", actors={2}, recipients={1}))
    assert not same_event(visit, ev("AGREE", actors={1}, recipients={2}, article=2))  # the type decides
    assert not same_event(visit, ev(actors={1}, recipients={2}, article=2, modality="negated"))


def test_reciprocal_events_compare_participants() -> None:
    meeting = ev(actors={1, 2})
    assert same_event(meeting, ev(actors={1}, recipients={2}, article=2))
    assert same_event(meeting, ev(actors={2, 1}, article=2))
    assert not same_event(meeting, ev(actors={1, 3}, article=2))  # one participant in common is not enough
    assert same_event(ev(actors={1}), ev(actors={1, 3}, article=2))  # a lone actor: itself in common suffices
    assert not same_event(ev(actors=set()), ev(actors=set()))  # no stored actor: a cluster of its own


@pytest.mark.parametrize(("a", "b", "same"), [
    ((5, None, True), (8, None, True), True),  # two text dates: ±3 days
    ((5, None, True), (9, None, True), False),
    ((1, 7, True), (10, None, True), True),  # ranges: the gap between them
    ((5, None, False), (6, None, False), True),  # article dates: ±1 day
    ((5, None, False), (7, None, False), False),
    ((5, None, True), (7, None, False), False),  # one article date: ±1 day
    ((None, None, False), (5, None, True), False),  # no date at all: only within its article
])
def test_dates(a: tuple[int | None, int | None, bool], b: tuple[int | None, int | None, bool], same: bool) -> None:
    first = ev(actors={1}, recipients={2}, day=a[0], end=a[1], precise=a[2])
    second = ev(actors={1}, recipients={2}, day=b[0], end=b[1], precise=b[2], article=2)
    assert same_event(first, second) is same and same_event(second, first) is same


def test_undated_within_article() -> None:
    assert same_event(ev(actors={1}, day=None, precise=False), ev(actors={1}, day=None, precise=False))


def test_day_range() -> None:
    assert day_range("2024-07-05", None, "text", "2024-07-06") == (dt.date(2024, 7, 5), dt.date(2024, 7, 5), True)
    assert day_range("2024-07-06", None, "article", "2024-07-06")[2] is False
    assert day_range("2022-02-24", "2024-07-06", "text", "2024-07-06") == (dt.date(2024, 7, 6), dt.date(2024, 7, 6),
                                                                          False)  # a duration is too coarse
    assert day_range(None, None, None, None) == (None, None, False)
    assert day_range("July", None, "text", "2024-07-06")[0] == dt.date(2024, 7, 6)
    assert window(ev(actors={1}, day=5)) == ("2024-07-02", "2024-07-08")
    assert window(ev(actors={1}, day=5, precise=False)) == ("2024-07-04", "2024-07-06")


def test_clusters_are_components_in_any_order() -> None:
    chain = [ev(actors={1}, recipients={2}, day=d, article=n) for n, d in enumerate((5, 7, 9, 20))]
    other = ev(actors={3}, recipients={2}, day=5, article=9)
    for order in ([*chain, other], [other, *reversed(chain)]):
        groups = cluster_events(order)
        assert [[e.pk for e in g] for g in groups] == [[chain[0].pk, chain[1].pk, chain[2].pk], [other.pk],
                                                        [chain[3].pk]]


def test_main_mode() -> None:
    assert main_mode(["visit", None, "visit", "phone", "phone"]) == "phone"  # ties: alphabetical
    assert main_mode([None, None]) is None


def test_plover_records(tmp_path: Path) -> None:
    with Store(str(tmp_path / "events.db")) as store:
        ids = store_events(store)
        stored = list(iter_events(store.engine))
        out = io.StringIO()
        assert write_plover(store.iter_events(), out) == 6
        records = [json.loads(line) for line in out.getvalue().splitlines()]
        assert len(stored) == 6 and len(list(iter_events(store.engine, include_negated=True))) == 7
    visit = plover_record(stored[0], "2024-08-01")
    assert visit["id"] == f"politika-{ids['v1'][1]}-0" and visit["date"] == "2024-07-05"
    assert (visit["event"], visit["mode"], visit["context"], visit["quad_code"]) == (["CONSULT"], ["visit"],
                                                                                     ["diplomacy"], 1)
    assert visit["actor"] == [{"code": "HUN", "sector": "GOV", "identifier_id": "Q57641",
                               "identifier_text": "Viktor Orban", "politika_id": "kb:Q57641",
                               "entity_text": "Viktor Orban"}]
    assert visit["recipient"][0]["identifier_id"] == "Q7747"
    assert visit["event_loc"] == {"extracted_place": "Moscow", "resolved_place": "Moscow", "country_code": "RUS"}
    assert visit["event_text"] == ["visited"] and visit["text"].startswith("Viktor Orban visited")
    assert visit["text_info"] == {"sequence": 0, "start": 13, "end": 20}
    assert visit["cite_info"]["publication"] == "Wire One" and visit["cite_info"]["codebook"] == "plover-2.0"
    assert visit["link"] == f"{ids['v1'][1]}-0" and visit["cluster_articles"] == 3
    assert visit["has_event"] is True and visit["coded_date"] == "2024-08-01" and "enddate" not in visit
    # required fields everywhere; the same visit in three articles shares one link
    assert all({"id", "date", "actor", "event"} <= set(r) for r in records)
    assert sum(r["link"] == visit["link"] for r in records) == 3
    sanction = next(r for r in records if r["event"] == ["SANCTION"])
    assert (sanction["enddate"], sanction["quad_code"], sanction["context"]) == ("2024-07-21", 3, [])
    reciprocal = next(r for r in records if r["id"] == f"politika-{ids['v2'][1]}-0")
    assert [a["identifier_id"] for a in reciprocal["actor"]] == ["Q57641", "Q7747"] and reciprocal["recipient"] == []
    row = csv_row(stored[0])
    assert set(row) == set(CSV_COLUMNS)
    assert (row["actor"], row["actor_wikidata"], row["recipient_country"]) == ("Viktor Orban", "Q57641", "RUS")
    both = csv_row(stored[1])
    assert (both["actor"], both["actor_country"], both["recipient"]) == ("Viktor Orban; Vladimir Putin", "HUN; RUS",
                                                                         "")


def test_directed_type_without_recipient_keeps_its_side() -> None:
    # "Israel struck Gaza" (1 -> 2), "Israel struck" (1) and "Hamas struck Israel" (2 -> 1)
    struck = ev("ASSAULT", actors={1}, recipients={2})
    assert same_event(struck, ev("ASSAULT", actors={1}, article=2))
    assert not same_event(ev("ASSAULT", actors={2}, recipients={1}), ev("ASSAULT", actors={1}, article=2))
    clusters = cluster_events([struck, ev("ASSAULT", actors={1}, article=2),
                               ev("ASSAULT", actors={2}, recipients={1}, article=3)])
    assert len(clusters) == 2
    # a meeting has no direction: "Orban met Putin" (both actors) is "Orban visited Putin"
    assert same_event(ev(actors={1, 2}), ev(actors={1}, recipients={2}, article=2))


def test_a_meeting_reported_from_either_side_is_one_meeting() -> None:
    # "Biden met with Xi" (1 -> 2) and "Xi met with Biden" (2 -> 1): the party met with is the recipient, and a
    # meeting has no direction
    assert same_event(ev(actors={1}, recipients={2}), ev(actors={2}, recipients={1}, article=2))
    assert not same_event(ev(actors={1}, recipients={2}), ev(actors={2}, recipients={3}, article=2))
