"""Event clusters: the same event reported by several articles (or several sentences of one article).

Two stored events are **the same event** when all of these hold (``same_event``):

1. the same PLOVER type (the mode may differ: one outlet's ``CONSULT``/``visit`` is another's ``CONSULT``);
2. the same modality: asserted events cluster with asserted ones; negated and hypothetical events are kept
   apart (they cluster only among themselves and never count towards an asserted event);
3. their stored actors overlap: for two directed events (both with recipients), the actors overlap *and* the
   recipients overlap, so reports with the roles reversed ("Hamas struck Israel", "Israel struck Hamas") are two
   clusters; where one has no recipient, for a directed type its actors overlap the other's actors ("Israel
   struck" joins "Israel struck Gaza", not "Hamas struck Israel"), and for a type whose participants may all be
   actors (``RECIPROCAL_TYPES``: a meeting "Orban met Putin" has both as actors) their participants (actors ∪
   recipients) share at least ``min(2, smaller participant set)`` actors, as where neither has a recipient, and so
   do two such events with recipients unless one is a visit ("Biden met with Xi" is "Xi met with Biden"). An
   event without any stored actor ("4 people were killed") is a cluster of its own;
4. their dates are close: each event has a day range, its **text date** where the sentence names one at most
   ``PRECISE_DAYS`` long ("on Wednesday", "this week"), else its article's date ("last month" or no date at all).
   Two text-dated events match when their ranges are at most ``TEXT_WINDOW_DAYS`` apart; where either one
   stands at its article date, ``ARTICLE_WINDOW_DAYS``. An event with neither date matches only within its
   own article.

Clusters are the connected components of that relation (single link), so the result does not depend on the
order in which articles were stored. A cluster's id is its founding event: the earliest by date, then by
article date (the first report), article id and position.

>>> a = ClusterEvent(1, 1, "a1", 0, "CONSULT", "asserted", frozenset({7}), frozenset({9}),
...                  dt.date(2024, 7, 5), dt.date(2024, 7, 5), True)
>>> b = ClusterEvent(2, 2, "b2", 3, "CONSULT", "asserted", frozenset({7, 9}), frozenset(),
...                  dt.date(2024, 7, 6), dt.date(2024, 7, 6), False)
>>> same_event(a, b)
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

PRECISE_DAYS = 7  # a text date range longer than this ("last month", "summer 2023") is too coarse to match on
TEXT_WINDOW_DAYS = 3
ARTICLE_WINDOW_DAYS = 1
ASSERTED = "asserted"
# Types whose participants may all be actors (a meeting, a joint operation): no direction to keep apart.
RECIPROCAL_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})


@dataclass(frozen=True)
class ClusterEvent:
    """What clustering needs of one stored event."""

    pk: int
    article_pk: int
    article_id: str
    idx: int
    type: str
    modality: str  # asserted | negated | hypothetical
    actors: frozenset[int]
    recipients: frozenset[int]
    start: dt.date | None
    end: dt.date | None
    precise: bool  # the range is the sentence's own date, not the article's
    article_date: str | None = None  # the first to report it founds the cluster
    mode: str | None = None  # a CONSULT ``visit`` has a direction (the visitor, the host); a meeting has none

    @property
    def participants(self) -> frozenset[int]:
        return self.actors | self.recipients

    @property
    def order(self) -> tuple[str, str, str, int]:
        return (self.start.isoformat() if self.start else "9999-99-99", self.article_date or "9999-99-99",
                self.article_id, self.idx)

    @property
    def key(self) -> str:
        """The id of the cluster this event founds: ``<article id>-<position in the record>``."""
        return f"{self.article_id}-{self.idx}"


def modality(event: Mapping[str, Any]) -> str:
    if event.get("negated"):
        return "negated"
    if event.get("hypothetical"):
        return "hypothetical"
    return ASSERTED


def parse_day(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_range(date: Any, date_end: Any, date_source: Any, article_date: Any) -> tuple[dt.date | None,
                                                                                      dt.date | None, bool]:
    """The days an event is placed on for clustering: ``(start, end, precise)``.

    >>> day_range("2024-07-08", "2024-07-14", "text", "2024-07-12")
    (datetime.date(2024, 7, 8), datetime.date(2024, 7, 14), True)
    >>> day_range("2024-06-01", "2024-06-30", "text", "2024-07-12")  # "last month": the article's date
    (datetime.date(2024, 7, 12), datetime.date(2024, 7, 12), False)
    """
    start, end = parse_day(date), parse_day(date_end)
    if date_source == "text" and start is not None:
        end = end if end is not None and end >= start else start
        if (end - start).days <= PRECISE_DAYS:
            return start, end, True
    day = parse_day(article_date)
    return day, day, False


def window(event: ClusterEvent) -> tuple[str, str] | None:
    """The widest day range (ISO strings) a matching event's range can reach: a prefilter for queries."""
    if event.start is None or event.end is None:
        return None
    slack = dt.timedelta(days=TEXT_WINDOW_DAYS if event.precise else ARTICLE_WINDOW_DAYS)
    return (event.start - slack).isoformat(), (event.end + slack).isoformat()


def _dates_close(a: ClusterEvent, b: ClusterEvent) -> bool:
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    limit = TEXT_WINDOW_DAYS if a.precise and b.precise else ARTICLE_WINDOW_DAYS
    gap = max((b.start - a.end).days, (a.start - b.end).days, 0)
    return gap <= limit


def _actors_overlap(a: ClusterEvent, b: ClusterEvent) -> bool:
    if a.recipients and b.recipients:
        if a.actors & b.actors and a.recipients & b.recipients:
            return True
        if a.type not in RECIPROCAL_TYPES or "visit" in (a.mode, b.mode):
            return False
        # "Biden met with Xi" (Biden -> Xi) is "Xi met with Biden": a meeting has no direction (a visit has)
    if a.type not in RECIPROCAL_TYPES and (a.recipients or b.recipients):
        # a directed type: "Israel struck" joins "Israel struck Gaza", never "Hamas struck Israel" (the actor side
        # of one is the actor side of the other)
        return bool(a.actors & b.actors)
    shared = a.participants & b.participants
    return len(shared) >= min(2, len(a.participants), len(b.participants)) and bool(shared)


def same_event(a: ClusterEvent, b: ClusterEvent) -> bool:
    """Whether two stored events report the same event (the rule in this module's docstring)."""
    if a.type != b.type or a.modality != b.modality:
        return False
    if not a.participants or not b.participants or not _actors_overlap(a, b):
        return False  # an event without a stored actor is a cluster of its own
    if a.start is None or b.start is None:
        return a.article_pk == b.article_pk
    return _dates_close(a, b)


def cluster_events(events: Iterable[ClusterEvent]) -> list[list[ClusterEvent]]:
    """The connected components of ``same_event``, each sorted founder first; clusters sorted by founder."""
    items = sorted(set(events), key=lambda e: (e.order, e.pk))
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_type: dict[tuple[str, str], list[int]] = {}
    for i, event in enumerate(items):
        by_type.setdefault((event.type, event.modality), []).append(i)
    for indices in by_type.values():
        for n, i in enumerate(indices):
            for j in indices[n + 1:]:
                if root(i) != root(j) and same_event(items[i], items[j]):
                    parent[max(root(i), root(j))] = min(root(i), root(j))
    groups: dict[int, list[ClusterEvent]] = {}
    for i, event in enumerate(items):
        groups.setdefault(root(i), []).append(event)
    return [groups[r] for r in sorted(groups)]


def main_mode(modes: Sequence[str | None]) -> str | None:
    """The mode most members give (ties: alphabetical); ``None`` when none gives one."""
    counts: dict[str, int] = {}
    for mode in modes:
        if mode:
            counts[mode] = counts.get(mode, 0) + 1
    return min(counts, key=lambda m: (-counts[m], m)) if counts else None


__all__ = ["ARTICLE_WINDOW_DAYS", "PRECISE_DAYS", "TEXT_WINDOW_DAYS", "ClusterEvent",
           "cluster_events", "day_range", "main_mode", "modality", "same_event", "window"]
