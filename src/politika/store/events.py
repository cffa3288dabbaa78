"""Events across articles in the store: the records' events with their stored actors, and event clusters.

``index_events`` runs inside ``Store.save_records``' transaction, after ``index_actors``: it replaces the
articles' rows in ``events`` and ``event_actors`` (each record actor id becomes the stored actor it was
resolved to) and re-clusters every event the change can reach (``politika.graph.event_clusters`` gives the
rule). Negated and hypothetical events are stored and clustered only among themselves; lists and counts leave
them out unless asked (``include_negated``). Library functions return plain dicts; the CLI prints them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa

from politika.errors import InputError
from politika.graph.actors import normalise
from politika.graph.event_clusters import (
    ASSERTED,
    ClusterEvent,
    cluster_events,
    day_range,
    main_mode,
    modality,
    same_event,
    window,
)
from politika.periods import check_period
from politika.plover import ALL_MODES, DEFAULT_MIN_CONFIDENCE, EVENT_TYPES, QUAD, QUAD_NAMES
from politika.store.batch import BatchRows, read_batch
from politika.store.hierarchy import filter_actor_pks
from politika.store.schema import (
    actors,
    articles,
    data_versions,
    event_actors,
    event_cluster_members,
    event_clusters,
    events,
)
from politika.store.sql import among, check_date

# -- indexing -------------------------------------------------------------------------------------------------


def _sentence_text(record: Mapping[str, Any], text: str | None, number: Any) -> str | None:
    sentences = record.get("sentences") or []
    if text is None or not isinstance(number, int) or not 0 <= number < len(sentences):
        return None
    sentence = sentences[number]
    return text[sentence.get("start", 0):sentence.get("end", 0)].strip() or None


def _pick(rows: Sequence[tuple[int, str]], text: str) -> int:
    """The stored actor of a local id; where a split gave it several, the one named like the span."""
    norm = normalise(text)
    return next((pk for pk, name in rows if name == norm), rows[0][0])


def _resolve(spans: Sequence[Mapping[str, Any]], ids: Sequence[str],
             mentions: Sequence[tuple[str, Mapping[str, Any]]],
             local: Mapping[str, Sequence[tuple[int, str]]],
             inferred: float | None = None) -> tuple[list[int], list[dict[str, Any]]]:
    """Stored actor pks for an event role, and its spans each with the stored actor they hold (or null); where the
    learned argument scorer filled the role (the event's ``filled``), each span carries its probability as
    ``inferred``; ``mentions``: the record's mentions of an actor, each with its actor's local id as text."""
    wanted = [str(i) for i in ids]
    texts: dict[str, str] = {}
    out_spans = []
    theirs = [m for owner, m in mentions if owner in wanted] if spans else []
    for span in spans:
        start, end = span.get("start"), span.get("end")
        inside = [m for m in theirs if start is not None and end is not None
                  and start <= m.get("start", -1) and m.get("end", 1 << 30) <= end]
        actor_pk = None
        if inside:
            found = str(inside[0]["actor"])
            texts.setdefault(found, str(inside[0].get("text") or ""))
            actor_pk = _pick(local[found], texts[found]) if local.get(found) else None
        out_spans.append({"start": start, "end": end, "text": span.get("text"), "actor_pk": actor_pk,
                          **({"inferred": inferred} if inferred is not None else {})})
    pks: list[int] = []
    for item in wanted:
        if local.get(item):
            pk = _pick(local[item], texts.get(item, ""))
            if pk not in pks:
                pks.append(pk)
    return pks, out_spans


def fill_probability(value: Any) -> float | None:
    """A side's probability in the event's ``filled`` (a number from 0 to 1), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        return None
    return float(value)


def inferred_sides(actor_spans: Sequence[Mapping[str, Any]] | None,
                   recipient_spans: Sequence[Mapping[str, Any]] | None) -> dict[str, float]:
    """The sides of an event that the argument scorer filled, read off its spans, with its probability:
    ``{"recipient": 0.64}``."""
    out: dict[str, float] = {}
    for side, spans in (("actor", actor_spans), ("recipient", recipient_spans)):
        found = [span["inferred"] for span in spans or [] if span.get("inferred") is not None]
        if found:
            out[side] = max(found)
    return out


def _event_row(article_pk: int, index: int, event: Mapping[str, Any], record: Mapping[str, Any], article: Any,
               local: Mapping[str, Sequence[tuple[int, str]]], mentions: Sequence[tuple[str, Mapping[str, Any]]],
               contexts: list[str]) -> tuple[dict[str, Any], list[int], list[int]]:
    """The row of one event; ``mentions`` (those with an actor) and ``contexts`` are the record's, read once."""
    filled = event.get("filled")
    filled = filled if isinstance(filled, Mapping) else {}
    actor_pks, actor_spans = _resolve(event.get("actor_spans") or [], event.get("actor") or [], mentions, local,
                                      fill_probability(filled.get("actor")))
    recipient_pks, recipient_spans = _resolve(event.get("recipient_spans") or [], event.get("recipient") or [],
                                              mentions, local, fill_probability(filled.get("recipient")))
    recipient_pks = [pk for pk in recipient_pks if pk not in actor_pks]
    trigger = event.get("trigger") or {}
    start, end, precise = day_range(event.get("date"), event.get("date_end"), event.get("date_source"), article.date)
    row = {
        "article_pk": article_pk, "idx": index, "sentence": event.get("sentence"),
        "sentence_text": _sentence_text(record, article.text, event.get("sentence")),
        "type": str(event["type"]), "mode": event.get("mode"), "actor": actor_pks, "recipient": recipient_pks,
        "actor_spans": actor_spans, "recipient_spans": recipient_spans, "trigger_text": trigger.get("text"),
        "trigger_start": trigger.get("start"), "trigger_end": trigger.get("end"),
        "date": (event.get("date") or None) and str(event["date"])[:10],
        "date_end": (event.get("date_end") or None) and str(event["date_end"])[:10],
        "date_source": event.get("date_source"), "location": event.get("location"),
        "location_country": event.get("location_country"), "negated": bool(event.get("negated")),
        "hypothetical": bool(event.get("hypothetical")), "future": bool(event.get("future")),
        "reported": bool(event.get("reported")), "confidence": event.get("confidence"), "contexts": list(contexts),
        "day_from": start.isoformat() if start else None, "day_to": end.isoformat() if end else None,
        "precise": precise,
    }
    return row, actor_pks, recipient_pks


class EventCache:
    """What the clustering of a store's writer knows of the events, kept from one save batch to the next
    (``Store`` holds one per thread, as it holds the factor index).

    Each batch of a merge compared its new events with the stored ones: a query per group of dates for the
    candidates (same type, a shared actor), their actors, the clusters of those matched, the members of the
    clusters joined. Nearly all of those are events the same writer wrote in the batches before. The cache keeps
    them: every event with a pk above the **floor** (the highest event pk when the cache was started) is here,
    indexed by type and participant, with the cluster it is in; every cluster with a pk above the **cluster
    floor** is here with all its members (events under the floor that such a cluster took in are kept with it).
    A batch reads from the store only the events at or under the floor (none where the store had no events when
    the cache started: a merge into a new store reads nothing back) and the clusters at or under the cluster floor.

    It is valid while the store's clusters are as the last batch left them: the **stamp**, taken after a batch
    and compared before the next. Every other change of the events or their actors re-clusters them (a
    re-analysis or another writer's batch, an actor merged or split, articles re-indexed) and so writes
    ``event_clusters``. On SQLite the stamp is the ``events`` counter of ``data_versions``, which the engine moves
    at every write of ``event_clusters`` (``aggregates.event_version``). On PostgreSQL, while the writer holds the
    store's writer lock without a break since its last batch (``held``: ``Store.writer``'s turn), no other job
    writes, and what else may (a user's actor merge or split, which takes no lock) writes new clusters or new
    events: the highest keys of ``events`` and ``event_clusters`` (index look-ups) are the stamp. Without the lock,
    another writer's re-analysis may only delete events and their clusters, so the count of ``event_clusters`` is
    added (a scan that grows with the store: 60 ms for 2 million rows). Another thread's batch through the same
    Store is a new turn. A changed stamp, a batch that replaces stored events (a re-analysis: the slow path of
    ``recluster``), a rolled-back transaction (``Store._forget_written``) or a cache past ``limit`` events start it
    afresh from the store's current highest keys: the events already stored are then read again, as before.
    """

    def __init__(self, limit: int = 300_000) -> None:
        self.limit = limit
        self.stamp: tuple[Any, ...] | None = None
        self.floor: int | None = None  # None: to be started afresh
        self.cluster_floor = 0
        self.old = False  # whether any event is at or under the floor (else none is read)
        self.events: dict[int, _Loaded] = {}
        self.by_key: dict[tuple[str, int], list[int]] = {}  # (type, participant) -> events above the floor
        self.cluster_of: dict[int, int] = {}  # event -> its cluster, for the clusters above the cluster floor
        self.members: dict[int, list[int]] = {}  # cluster above the cluster floor -> its events
        self.starts = 0  # times started afresh (tests)
        self.held: int | None = None  # the writer lock's turn the Store holds now (``Store.save_records`` sets it)

    def take(self, conn: sa.Connection) -> bool:
        """Before a batch: whether the store is as the last batch left it (else the cache starts afresh)."""
        stamp = _cluster_stamp(conn, self.held)
        if self.floor is None or self.stamp != stamp or len(self.events) > self.limit:
            self._start(conn)
        self.stamp = None  # in use until ``settle``
        return True

    def settle(self, conn: sa.Connection) -> None:
        """After a batch's clusters are written: the stamp they leave (a cache dropped meanwhile starts here)."""
        if self.floor is None:
            self._start(conn)
        self.stamp = _cluster_stamp(conn, self.held)

    def drop(self) -> None:
        self.stamp, self.floor = None, None
        self.events, self.by_key, self.cluster_of, self.members = {}, {}, {}, {}

    def _start(self, conn: sa.Connection) -> None:
        self.drop()
        top, cluster_top = conn.execute(sa.select(sa.select(sa.func.max(events.c.pk)).scalar_subquery(),
                                                  sa.select(sa.func.max(event_clusters.c.pk)).scalar_subquery())).one()
        self.floor, self.cluster_floor, self.old = top or 0, cluster_top or 0, top is not None
        self.starts += 1

    def candidates(self, event: ClusterEvent) -> list[_Loaded]:
        """The kept events above the floor that ``_candidates`` would find for ``event``."""
        if not event.participants:
            return []
        found = {pk for participant in event.participants for pk in self.by_key.get((event.type, participant), ())}
        found.discard(event.pk)
        reach = window(event)
        low, high = ((dt.date.fromisoformat(reach[0]), dt.date.fromisoformat(reach[1])) if reach is not None
                     else (None, None))
        out = []
        for pk in sorted(found):
            other = self.events[pk]
            theirs = other.event
            if theirs.article_pk == event.article_pk or (
                    low is not None and high is not None and theirs.start is not None and theirs.end is not None
                    and theirs.start <= high and theirs.end >= low):
                out.append(other)
        return out

    def keep(self, written: Sequence[tuple[int, Sequence[ClusterEvent]]], dropped: Iterable[int],
             loaded: Mapping[int, _Loaded]) -> None:
        """After ``_attach``: the clusters ``dropped`` are gone, ``written`` (``(cluster_pk, events)``) made."""
        assert self.floor is not None
        for cluster_pk in dropped:
            self.members.pop(cluster_pk, None)
        for cluster_pk, group in written:
            self.members[cluster_pk] = [event.pk for event in group]
            for event in group:
                if event.pk not in self.events:
                    self.events[event.pk] = loaded[event.pk]
                    if event.pk > self.floor:
                        for participant in event.participants:
                            self.by_key.setdefault((event.type, participant), []).append(event.pk)
                self.cluster_of[event.pk] = cluster_pk


def _cluster_stamp(conn: sa.Connection, held: int | None = None) -> tuple[Any, ...]:
    """What moves whenever the clusters change (``EventCache``); ``held``: the writer lock's turn, if held."""
    if conn.dialect.name == "sqlite":
        return (conn.execute(sa.select(data_versions.c.n).where(data_versions.c.name == "events")).scalar(),)
    highest = (sa.select(sa.func.max(events.c.pk)).scalar_subquery(),
               sa.select(sa.func.max(event_clusters.c.pk)).scalar_subquery())
    if held is not None:
        return ("held", held, *conn.execute(sa.select(*highest)).one())
    return tuple(conn.execute(sa.select(*highest, sa.select(sa.func.count()).select_from(event_clusters)
                                        .scalar_subquery())).one())


def index_events(conn: sa.Connection, items: Sequence[tuple[int, Mapping[str, Any]]],
                 batch: BatchRows | None = None, cache: EventCache | None = None) -> None:
    """Replace the events of these articles (``(article_pk, record)``) and re-cluster what they touch; ``batch``:
    the articles' rows and appearances as ``index_actors`` returned them (else read from the store); ``cache``:
    what the writer's batches before knew of the events (``EventCache``), used and updated."""
    from politika.store.bulk import insert_new_rows, insert_rows

    pks = [pk for pk, _ in items]
    if not pks:
        return
    if cache is not None:
        cache.take(conn)
    old = [pk for (pk,) in conn.execute(sa.select(events.c.pk).where(among(conn, events.c.article_pk, pks)))]
    if old and cache is not None:  # stored events replaced: clusters may split, the slow way, uncached
        cache.drop()
        cache = None
    stale, seeds = _unlink(conn, old)
    batch = batch if batch is not None else read_batch(conn, pks)
    info = batch.articles
    local: dict[tuple[int, str], list[tuple[int, str]]] = {}
    # the most mentioned first, then in the order of their pks (the sort is stable)
    for row in sorted(batch.appearances, key=lambda row: -row.mention_count):
        local.setdefault((row.article_pk, row.local_id), []).append((row.actor_pk, normalise(row.name)))
    by_article: dict[int, dict[str, list[tuple[int, str]]]] = {}
    for (apk, lid), found in local.items():
        by_article.setdefault(apk, {})[lid] = found
    made: list[tuple[dict[str, Any], list[int], list[int]]] = []
    for article_pk, record in items:
        if article_pk not in info:
            continue
        here = by_article.get(article_pk, {})
        record_events = record.get("events") or []
        if not record_events:
            continue
        mentions = [(str(m["actor"]), m) for m in record.get("mentions") or [] if m.get("actor") is not None]
        contexts = [str(c["context"]) for c in record.get("contexts") or []
                    if isinstance(c, Mapping) and c.get("context")]
        made += [_event_row(article_pk, index, event, record, info[article_pk], here, mentions, contexts)
                 for index, event in enumerate(record_events)
                 if isinstance(event, Mapping) and event.get("type") in EVENT_TYPES]
    known: dict[int, _Loaded] = {}
    if made:  # the batch's events in one multi-row insert, then their actors in another
        links = []
        event_pks = insert_new_rows(conn, events, [row for row, _, _ in made])
        for event_pk, (values, actor_pks, recipient_pks) in zip(event_pks, made, strict=True):
            seeds.add(int(event_pk))
            inferred = inferred_sides(values["actor_spans"], values["recipient_spans"])
            links += [{"event_pk": event_pk, "actor_pk": pk, "role": "actor", "inferred": inferred.get("actor")}
                      for pk in actor_pks]
            links += [{"event_pk": event_pk, "actor_pk": pk, "role": "recipient",
                       "inferred": inferred.get("recipient")} for pk in recipient_pks]
            known[int(event_pk)] = _loaded_new(int(event_pk), values, info[values["article_pk"]], actor_pks,
                                               recipient_pks)
        insert_rows(conn, event_actors, links)
    recluster(conn, seeds, stale, known, cache)


def _loaded_new(pk: int, row: Mapping[str, Any], article: Any, actor_pks: Sequence[int],
                recipient_pks: Sequence[int]) -> _Loaded:
    """A new event as ``_load`` would read it back, from the row just written (the batch's events are not read
    again to be clustered)."""
    stored = _StoredRow(pk=pk, article_pk=row["article_pk"], idx=row["idx"], type=row["type"], mode=row["mode"],
                        negated=row["negated"], hypothetical=row["hypothetical"], day_from=row["day_from"],
                        day_to=row["day_to"], precise=row["precise"], location=row["location"],
                        location_country=row["location_country"], article_id=article.id, site=article.site,
                        url=article.url, article_date=article.date)
    return _Loaded(_cluster_event(stored, {"actor": set(actor_pks), "recipient": set(recipient_pks)}), stored)


@dataclass(frozen=True)
class _StoredRow:
    """The ``_LOAD_COLUMNS`` of one event."""

    pk: int
    article_pk: int
    idx: int
    type: str
    mode: str | None
    negated: bool
    hypothetical: bool
    day_from: str | None
    day_to: str | None
    precise: bool
    location: str | None
    location_country: str | None
    article_id: str
    site: str | None
    url: str | None
    article_date: str | None


def _unlink(conn: sa.Connection, event_pks: Sequence[int]) -> tuple[set[int], set[int]]:
    """Delete these events; return their clusters and the other members of those clusters (to re-cluster)."""
    stale: set[int] = set()
    others: set[int] = set()
    for start in range(0, len(event_pks), 500):
        chunk = list(event_pks[start:start + 500])
        clusters = sa.select(event_cluster_members.c.cluster_pk).where(
            among(conn, event_cluster_members.c.event_pk, chunk))
        stale |= {pk for (pk,) in conn.execute(clusters.distinct())}
        conn.execute(event_cluster_members.delete().where(among(conn, event_cluster_members.c.event_pk, chunk)))
        conn.execute(event_actors.delete().where(among(conn, event_actors.c.event_pk, chunk)))
        conn.execute(events.delete().where(among(conn, events.c.pk, chunk)))
    if stale:
        others = {pk for (pk,) in conn.execute(sa.select(event_cluster_members.c.event_pk)
                                               .where(event_cluster_members.c.cluster_pk.in_(stale)))}
    return stale, others


_LOAD_COLUMNS = (events.c.pk, events.c.article_pk, events.c.idx, events.c.type, events.c.mode, events.c.negated,
                 events.c.hypothetical, events.c.day_from, events.c.day_to, events.c.precise, events.c.location,
                 events.c.location_country, articles.c.id.label("article_id"), articles.c.site, articles.c.url,
                 articles.c.date.label("article_date"))


@dataclass
class _Loaded:
    event: ClusterEvent
    row: Any


def _load(conn: sa.Connection, condition: sa.ColumnElement[bool]) -> dict[int, _Loaded]:
    rows = conn.execute(sa.select(*_LOAD_COLUMNS).join(articles, articles.c.pk == events.c.article_pk)
                        .where(condition)).all()
    if not rows:
        return {}
    roles: dict[int, dict[str, set[int]]] = {}
    pks = [row.pk for row in rows]
    for start in range(0, len(pks), 500):
        for event_pk, actor_pk, role in conn.execute(
                sa.select(event_actors.c.event_pk, event_actors.c.actor_pk, event_actors.c.role)
                .where(among(conn, event_actors.c.event_pk, pks[start:start + 500]))):
            roles.setdefault(event_pk, {}).setdefault(role, set()).add(actor_pk)
    return {row.pk: _Loaded(_cluster_event(row, roles.get(row.pk, {})), row) for row in rows}


def _cluster_event(row: Any, mine: Mapping[str, set[int]]) -> ClusterEvent:
    """What clustering needs of an event row (``_LOAD_COLUMNS``) with its actor pks by role."""
    start_day, end_day = (dt.date.fromisoformat(row.day_from) if row.day_from else None,
                          dt.date.fromisoformat(row.day_to) if row.day_to else None)
    return ClusterEvent(row.pk, row.article_pk, row.article_id, row.idx, row.type,
                        modality({"negated": row.negated, "hypothetical": row.hypothetical}),
                        frozenset(mine.get("actor", set())), frozenset(mine.get("recipient", set())),
                        start_day, end_day, bool(row.precise), row.article_date, row.mode)


def _candidates(conn: sa.Connection, event: ClusterEvent, outside: tuple[int, int] | None = None,
                upto: int | None = None) -> dict[int, _Loaded]:
    """Stored events that may be the same event: same type, a shared actor, within reach of its dates;
    ``outside``: not those with a pk in this range (the batch just written, compared in memory); ``upto``: only
    those with a pk up to this one."""
    if not event.participants:
        return {}
    sharing = sa.select(event_actors.c.event_pk).where(event_actors.c.actor_pk.in_(sorted(event.participants)))
    condition = sa.and_(events.c.type == event.type, events.c.pk.in_(sharing), events.c.pk != event.pk)
    if outside is not None:
        condition = sa.and_(condition, sa.not_(events.c.pk.between(*outside)))
    if upto is not None:
        condition = sa.and_(condition, events.c.pk <= upto)
    reach = window(event)
    if reach is None:
        condition = sa.and_(condition, events.c.article_pk == event.article_pk)
    else:
        condition = sa.and_(condition, sa.or_(events.c.article_pk == event.article_pk,
                                              sa.and_(events.c.day_from <= reach[1], events.c.day_to >= reach[0])))
    return _load(conn, condition)


_GROUP_DAYS = 14  # new events whose date windows fit in this many days share one candidate query
_GROUP_EVENTS = 200


def _candidates_of(conn: sa.Connection, new: Sequence[ClusterEvent], outside: tuple[int, int] | None = None,
                   upto: int | None = None) -> dict[int, list[_Loaded]]:
    """``_candidates`` for many new events, a superset of each, in one query per group of events close in
    date (a batch of one day's news is one or two queries, not one per event); ``outside`` as there; ``upto``:
    only events with a pk up to this one."""
    out: dict[int, list[_Loaded]] = {event.pk: [] for event in new}
    dated = sorted(((reach, event) for event in new if event.participants and (reach := window(event))),
                   key=lambda item: item[0])
    for event in new:
        if event.participants and window(event) is None:
            out[event.pk] = list(_candidates(conn, event, outside, upto).values())
    groups: list[list[tuple[tuple[str, str], ClusterEvent]]] = []
    for item in dated:
        group = groups[-1] if groups else None
        if (group is None or len(group) >= _GROUP_EVENTS
                or dt.date.fromisoformat(item[0][1]) - dt.date.fromisoformat(group[0][0][0])
                > dt.timedelta(days=_GROUP_DAYS)):
            groups.append([item])
        else:
            group.append(item)
    for group in groups:
        low, high = group[0][0][0], max(reach[1] for reach, _ in group)
        participants = sorted({pk for _, event in group for pk in event.participants})
        sharing = sa.select(event_actors.c.event_pk).where(event_actors.c.actor_pk.in_(participants))
        condition = sa.and_(events.c.type.in_(sorted({event.type for _, event in group})), events.c.pk.in_(sharing),
                            sa.or_(events.c.article_pk.in_(sorted({event.article_pk for _, event in group})),
                                   sa.and_(events.c.day_from <= high, events.c.day_to >= low)))
        if outside is not None:
            condition = sa.and_(condition, sa.not_(events.c.pk.between(*outside)))
        if upto is not None:
            condition = sa.and_(condition, events.c.pk <= upto)
        by_type: dict[str, list[_Loaded]] = {}
        for loaded in _load(conn, condition).values():
            by_type.setdefault(loaded.event.type, []).append(loaded)
        for _, event in group:
            out[event.pk] = [c for c in by_type.get(event.type, []) if c.event.pk != event.pk]
    return out


def recluster(conn: sa.Connection, seeds: Iterable[int], stale: Iterable[int] = (),
              known: Mapping[int, _Loaded] | None = None, cache: EventCache | None = None) -> None:
    """Re-cluster every event reachable from ``seeds`` (the same-event relation, and the clusters they are in);
    ``stale`` clusters are dropped whether or not they still have members; ``known``: seeds as just written
    (``_Loaded``), not read back; ``cache``: the writer's ``EventCache``, taken for this batch (``take``).

    New events (in no cluster yet, nothing stale: every batch of a first ingest or a merge) take the short way,
    ``_attach``; a re-analysis or an actor merge, which may split clusters, walks the relation again.
    """
    seeds = sorted(set(seeds))
    stale = set(stale)
    loaded: dict[int, _Loaded] = {pk: known[pk] for pk in seeds if known and pk in known}
    unknown = [pk for pk in seeds if pk not in loaded]
    for start in range(0, len(unknown), 500):
        loaded.update(_load(conn, events.c.pk.in_(unknown[start:start + 500])))
    # seeds just written (all known, nothing stale) are in no cluster yet: nothing to ask the store
    written = known is not None and all(pk in known for pk in seeds)
    if not stale and (written or not _clusters_of(conn, seeds)):
        _attach(conn, loaded, written=written, cache=cache if written else None)
        if cache is not None:
            if written:
                cache.settle(conn)
            else:
                cache.drop()
        return
    if cache is not None:
        cache.drop()
    touched = set(stale)
    frontier = list(loaded)
    while frontier:
        pk = frontier.pop()
        event = loaded[pk].event
        found = {p: c for p, c in _candidates(conn, event).items() if p not in loaded and same_event(event, c.event)}
        cluster = conn.execute(sa.select(event_cluster_members.c.cluster_pk)
                               .where(event_cluster_members.c.event_pk == pk)).first()
        if cluster is not None and cluster[0] not in touched:
            touched.add(cluster[0])
            members = sa.select(event_cluster_members.c.event_pk).where(
                event_cluster_members.c.cluster_pk == cluster[0])
            found |= {p: c for p, c in _load(conn, events.c.pk.in_(members)).items() if p not in loaded}
        loaded.update(found)
        frontier += list(found)
    if touched:
        conn.execute(event_cluster_members.delete().where(event_cluster_members.c.cluster_pk.in_(sorted(touched))))
        conn.execute(event_clusters.delete().where(event_clusters.c.pk.in_(sorted(touched))))
    _insert_clusters(conn, cluster_events(item.event for item in loaded.values()), loaded)


def _clusters_of(conn: sa.Connection, event_pks: Sequence[int]) -> dict[int, int]:
    """The cluster of each of these events that is in one: ``{event_pk: cluster_pk}``."""
    found: dict[int, int] = {}
    for start in range(0, len(event_pks), 500):
        found.update(conn.execute(sa.select(event_cluster_members.c.event_pk, event_cluster_members.c.cluster_pk)
                                  .where(event_cluster_members.c.event_pk.in_(event_pks[start:start + 500]))).all())
    return found


def _among_themselves(new: Mapping[int, _Loaded]) -> dict[int, list[_Loaded]]:
    """For each of these events, the others of its type that share a participant with it (a superset of those it
    is the same event as, as ``_candidates`` would find them in the store)."""
    by_key: dict[tuple[str, int], list[_Loaded]] = {}
    for item in new.values():
        for participant in item.event.participants:
            by_key.setdefault((item.event.type, participant), []).append(item)
    out: dict[int, list[_Loaded]] = {pk: [] for pk in new}
    for pk, item in new.items():
        found = {other.event.pk: other for participant in item.event.participants
                 for other in by_key.get((item.event.type, participant), []) if other.event.pk != pk}
        out[pk] = [found[other] for other in sorted(found)]
    return out


def _attach(conn: sa.Connection, new: dict[int, _Loaded], written: bool = False,
            cache: EventCache | None = None) -> None:
    """Cluster new events (in no cluster yet) with the stored clusters, as ``recluster`` would.

    Stored clusters are the components of the same-event relation over the stored events, so a new event can
    only join components: it is compared with its candidates (one query each), the new events and the clusters
    they match are joined (union-find), and only the clusters that gain members are written again. The cost of
    a batch grows with the events it adds and the clusters they join, not with the store. ``written``: ``new`` is
    the batch just inserted (its pks above any stored before it; one writer at a time, ``writer_lock``), so its
    events are compared with each other in memory and the stored candidates are read without them. ``cache``
    (with ``written``): the writer's ``EventCache``; what it holds is not read, and it learns this batch's
    clusters.
    """
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    matched: dict[int, set[int]] = {}  # new event → the stored events it is the same event as
    seen: dict[int, _Loaded] = {}
    # the batch just written (pks above any stored before it) is compared with itself in memory, not read again
    outside = (min(new), max(new)) if written and new else None
    new_events = [item.event for item in new.values()]
    if cache is None:
        candidates = _candidates_of(conn, new_events, outside)
    else:  # the events under the cache's floor from the store (if any), the others from the cache
        assert cache.floor is not None
        candidates = (_candidates_of(conn, new_events, upto=cache.floor) if cache.old
                      else {event.pk: [] for event in new_events})
        for event in new_events:
            candidates[event.pk] += cache.candidates(event)
    if outside is not None:
        for pk, theirs in _among_themselves(new).items():
            candidates[pk] += theirs
    for pk, item in new.items():
        root(("event", pk))
        found = {c.event.pk: c for c in candidates[pk] if same_event(item.event, c.event)}
        matched[pk] = set(found)
        seen.update(found)
    stored = sorted({other for others in matched.values() for other in others if other not in new})
    if cache is None:
        cluster_of = _clusters_of(conn, stored)
    else:
        cluster_of = {pk: cache.cluster_of[pk] for pk in stored if pk in cache.cluster_of}
        cluster_of.update(_clusters_of(conn, [pk for pk in stored if pk not in cluster_of]))
    for pk, others in matched.items():
        for other in others:
            node = ("cluster", cluster_of[other]) if other in cluster_of else ("event", other)
            a, b = root(("event", pk)), root(node)
            if a != b:
                parent[max(a, b)] = min(a, b)
    components: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for node in list(parent):
        components.setdefault(root(node), []).append(node)
    joined = sorted(pk for nodes in components.values() for kind, pk in nodes if kind == "cluster")
    members: dict[int, _Loaded] = {}
    member_cluster: dict[int, int] = {}
    unread = joined
    if cache is not None:  # the clusters the cache holds, with their members
        unread = [pk for pk in joined if pk not in cache.members]
        for cluster_pk in joined:
            for member in cache.members.get(cluster_pk, ()):
                members[member] = cache.events[member]
                member_cluster[member] = cluster_pk
    read: dict[int, _Loaded] = {}
    for start in range(0, len(unread), 500):
        in_clusters = sa.select(event_cluster_members.c.event_pk).where(
            event_cluster_members.c.cluster_pk.in_(unread[start:start + 500]))
        read.update(_load(conn, events.c.pk.in_(in_clusters)))
    members.update(read)
    member_cluster.update(_clusters_of(conn, sorted(read)))
    if joined:
        for start in range(0, len(joined), 500):
            chunk = joined[start:start + 500]
            conn.execute(event_cluster_members.delete().where(event_cluster_members.c.cluster_pk.in_(chunk)))
            conn.execute(event_clusters.delete().where(event_clusters.c.pk.in_(chunk)))
    # a stored event in no cluster (never left so by politika) joins as an event of its own
    loaded = {**seen, **members, **new}
    by_cluster: dict[int, list[int]] = {}
    for pk, cluster_pk in member_cluster.items():
        by_cluster.setdefault(cluster_pk, []).append(pk)
    groups = []
    for nodes in components.values():
        pks = [pk for kind, pk in nodes if kind == "event"]
        pks += [member for kind, pk in nodes if kind == "cluster" for member in by_cluster.get(pk, [])]
        groups.append(sorted((loaded[pk].event for pk in pks), key=lambda e: (e.order, e.pk)))
    made = _insert_clusters(conn, sorted(groups, key=lambda g: (g[0].order, g[0].pk)), loaded)
    if cache is not None:
        cache.keep(made, joined, loaded)


def outlet(site: str | None, url: str | None, article_id: str) -> str:
    """Who published an article: its site name, else its URL's host, else the article itself."""
    if site:
        return site
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else f"article:{article_id}"


def _insert_clusters(conn: sa.Connection, groups: Sequence[Sequence[ClusterEvent]],
                     loaded: Mapping[int, _Loaded]) -> list[tuple[int, Sequence[ClusterEvent]]]:
    """Write these clusters (each founder first) and their members, in one statement each; give each cluster's
    pk with its events."""
    if not groups:
        return []
    from politika.store.bulk import insert_new_rows, insert_rows

    rows = [_cluster_values(group, loaded) for group in groups]
    made = list(zip(insert_new_rows(conn, event_clusters, rows), groups, strict=True))
    insert_rows(conn, event_cluster_members, [{"event_pk": e.pk, "cluster_pk": cluster_pk}
                                              for cluster_pk, group in made for e in group])
    return made


def _cluster_values(group: Sequence[ClusterEvent], loaded: Mapping[int, _Loaded]) -> dict[str, Any]:
    rows = [loaded[e.pk].row for e in group]
    dated = [e for e in group if e.precise and e.start] or [e for e in group if e.start]
    locations = Counter((r.location, r.location_country) for r in rows if r.location)
    location = min(locations, key=lambda k: (-locations[k], k[0])) if locations else (None, None)
    founder = group[0]
    return {
        "key": founder.key, "type": founder.type, "mode": main_mode([r.mode for r in rows]),
        "modality": founder.modality,
        "date": min(e.start for e in dated if e.start).isoformat() if dated else None,
        "date_end": max(e.end for e in dated if e.end).isoformat() if dated else None,
        "location": location[0], "location_country": location[1], "event_count": len(group),
        "article_count": len({e.article_pk for e in group}),
        "outlet_count": len({outlet(r.site, r.url, r.article_id) for r in rows}),
    }


def repoint_events(conn: sa.Connection, gone: int, keep: int) -> None:
    """After actor ``gone`` was merged into ``keep``: its events are ``keep``'s, and clusters may join."""
    affected = sorted(pk for (pk,) in conn.execute(sa.select(event_actors.c.event_pk)
                                                   .where(event_actors.c.actor_pk == gone).distinct()))
    if not affected:
        return
    # (event, role) → inferred: the kept link is inferred only where both were (a side the text names stays named)
    links: dict[tuple[int, str], float | None] = {}
    for e, a, r, inferred in conn.execute(
            sa.select(event_actors.c.event_pk, event_actors.c.actor_pk, event_actors.c.role, event_actors.c.inferred)
            .where(event_actors.c.event_pk.in_(affected))):
        if a not in (gone, keep):
            continue
        if (e, r) in links:
            before = links[(e, r)]
            inferred = None if before is None or inferred is None else max(before, inferred)
        links[(e, r)] = inferred
    conn.execute(event_actors.delete().where(event_actors.c.event_pk.in_(affected),
                                             event_actors.c.actor_pk.in_([gone, keep])))
    conn.execute(event_actors.insert(), [{"event_pk": e, "actor_pk": keep, "role": r, "inferred": inferred}
                                         for (e, r), inferred in sorted(links.items())])
    for row in conn.execute(sa.select(events.c.pk, events.c.actor, events.c.recipient, events.c.actor_spans,
                                      events.c.recipient_spans).where(events.c.pk.in_(affected))).all():
        def swap(pks: Sequence[int]) -> list[int]:
            return list(dict.fromkeys(keep if pk == gone else pk for pk in pks))

        def swap_spans(spans: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
            return [{**s, "actor_pk": keep if s.get("actor_pk") == gone else s.get("actor_pk")} for s in spans]

        conn.execute(events.update().where(events.c.pk == row.pk).values(
            actor=swap(row.actor), recipient=swap(row.recipient), actor_spans=swap_spans(row.actor_spans),
            recipient_spans=swap_spans(row.recipient_spans)))
    recluster(conn, affected)


# -- reading --------------------------------------------------------------------------------------------------


@dataclass
class EventFilter:
    """Filters of ``list_event_clusters``; actor references are resolved in the query's connection."""

    type: str | None = None  # PLOVER type, any case
    quad: int | None = None  # PLOVER quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal
    # conflict, 4 material conflict
    mode: str | None = None  # a mode any member event gives
    actor: str | None = None  # actor name, id or kb id
    recipient: str | None = None
    country: str | None = None  # ISO alpha-3 of an actor, a recipient or the place
    since: str | None = None  # YYYY-MM-DD: the event's days reach this day or later
    until: str | None = None
    min_sources: int = 1  # distinct outlets reporting it
    include_negated: bool = False  # also negated and hypothetical clusters
    include_parts: bool = False  # the actor and recipient with their parts (store/hierarchy.py)
    # clusters with a report at least this confident (events stored without a confidence count as sure)
    min_confidence: float = DEFAULT_MIN_CONFIDENCE



def _members_where(condition: sa.ColumnElement[bool]) -> sa.Select[Any]:
    return (sa.select(event_cluster_members.c.cluster_pk)
            .join(events, events.c.pk == event_cluster_members.c.event_pk).where(condition))


def _with_actor(actor_pks: list[int], role: str) -> sa.Select[Any]:
    return (sa.select(event_cluster_members.c.cluster_pk)
            .join(event_actors, event_actors.c.event_pk == event_cluster_members.c.event_pk)
            .where(event_actors.c.actor_pk.in_(actor_pks), event_actors.c.role == role))


def _filter_actors(conn: sa.Connection, ref: str, include_parts: bool) -> list[int]:
    return filter_actor_pks(conn, ref, include_parts)


def plover_type(value: str, option: str = "type") -> str:
    """``value`` as a PLOVER event type (upper case), or :class:`InputError` naming ``option``."""
    kind = value.strip().upper()
    if kind not in EVENT_TYPES:
        raise InputError(value, "not a PLOVER event type; one of " + ", ".join(EVENT_TYPES), option=option)
    return kind


def event_mode(value: str, option: str = "mode") -> str:
    """``value`` as a PLOVER mode (lower case), or :class:`InputError` naming ``option`` and the modes."""
    mode = value.strip().lower()
    if mode not in ALL_MODES:
        raise InputError(value, "not a PLOVER mode; one of " + ", ".join(sorted(ALL_MODES)), option=option)
    return mode


def country_code(value: str, option: str = "country") -> str:
    """``value`` as the country code actors are stored with: a code as it is ("rus" → "RUS"), a country name
    resolved by the knowledge base ("Russia" → "RUS"); :class:`InputError` naming ``option`` otherwise."""
    from politika.kb import KnowledgeBase

    code = KnowledgeBase.load().code_of(value)
    if code is None:
        raise InputError(value, "not a country code or name: give an ISO 3166-1 alpha-3 code (RUS), a PLOVER code "
                                "(EUR, UNO, IGO, ...) or a country's name", option=option)
    return code


def quad_types(quad: int) -> list[str]:
    """The PLOVER types of quad class ``quad`` (1 verbal cooperation … 4 material conflict), sorted."""
    return sorted(t for t, q in QUAD.items() if q == quad)


def asserted_events(since: str | None = None, until: str | None = None, event_type: str | None = None,
                    quad: int | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE
                    ) -> list[sa.ColumnElement[bool]]:
    """Conditions on ``events``: asserted (neither negated nor hypothetical), at least ``min_confidence`` sure, of
    ``event_type`` and ``quad``, with days reaching into ``since``..``until`` (the same overlap test as
    ``EventFilter``'s on clusters, on the event's own days; undated events are left out then). Bad values raise
    ``InputError``."""
    check_event_filter(since, until, quad)
    check_confidence(min_confidence)
    conditions: list[sa.ColumnElement[bool]] = [events.c.negated.is_(False), events.c.hypothetical.is_(False)]
    if min_confidence > 0:
        conditions.append(confident(min_confidence))
    if event_type:
        conditions.append(events.c.type == plover_type(event_type, "event_type"))
    if quad is not None:
        conditions.append(events.c.type.in_(quad_types(quad)))
    if since:
        conditions.append(sa.func.coalesce(events.c.day_to, events.c.day_from) >= since)
    if until:
        conditions.append(events.c.day_from <= until)
    return conditions


def confident(min_confidence: float) -> sa.ColumnElement[bool]:
    """Events at least ``min_confidence`` sure; one stored without a confidence (before the trigger model) is."""
    return sa.func.coalesce(events.c.confidence, 1.0) >= min_confidence


def check_confidence(value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise InputError(str(value), "a confidence is between 0 and 1", option="min_confidence")


def check_event_filter(since: str | None, until: str | None, quad: int | None = None) -> None:
    """The checks of an event filter's dates and quad class: :class:`InputError` on a bad one."""
    check_date("since", since)
    check_date("until", until)
    check_period(since, until)
    if quad is not None and quad not in QUAD_NAMES:
        raise InputError(str(quad), "PLOVER quad classes are 1, 2, 3 and 4", option="quad")


def filter_clusters(conn: sa.Connection, query: sa.Select[Any], filters: EventFilter) -> sa.Select[Any]:
    """``query`` (over ``event_clusters``) narrowed by ``filters``; actors are resolved in ``conn``."""
    check_event_filter(filters.since, filters.until, filters.quad)
    if filters.type:
        query = query.where(event_clusters.c.type == plover_type(filters.type))
    if filters.quad is not None:
        query = query.where(event_clusters.c.type.in_(quad_types(filters.quad)))
    if filters.mode:
        query = query.where(event_clusters.c.pk.in_(_members_where(events.c.mode == event_mode(filters.mode))))
    if filters.actor:
        query = query.where(event_clusters.c.pk.in_(
            _with_actor(_filter_actors(conn, filters.actor, filters.include_parts), "actor")))
    if filters.recipient:
        query = query.where(event_clusters.c.pk.in_(
            _with_actor(_filter_actors(conn, filters.recipient, filters.include_parts), "recipient")))
    if filters.country:
        code = country_code(filters.country)
        by_actor = (sa.select(event_cluster_members.c.cluster_pk)
                    .join(event_actors, event_actors.c.event_pk == event_cluster_members.c.event_pk)
                    .join(actors, actors.c.pk == event_actors.c.actor_pk).where(actors.c.country == code))
        query = query.where(sa.or_(event_clusters.c.pk.in_(by_actor),
                                   event_clusters.c.pk.in_(_members_where(events.c.location_country == code))))
    if filters.since:
        query = query.where(sa.func.coalesce(event_clusters.c.date_end, event_clusters.c.date) >= filters.since)
    if filters.until:
        query = query.where(event_clusters.c.date <= filters.until)
    if filters.min_sources > 1:
        query = query.where(event_clusters.c.outlet_count >= filters.min_sources)
    if not filters.include_negated:
        query = query.where(event_clusters.c.modality == ASSERTED)
    check_confidence(filters.min_confidence)
    if filters.min_confidence > 0:
        query = query.where(event_clusters.c.pk.in_(_members_where(confident(filters.min_confidence))))
    return query


def _actor_refs(conn: sa.Connection, pks: Iterable[int]) -> dict[int, dict[str, Any]]:
    wanted = sorted(set(pks))
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(wanted), 500):
        for row in conn.execute(sa.select(actors.c.pk, actors.c.key, actors.c.name, actors.c.type, actors.c.country,
                                          actors.c.sector, actors.c.kb_id)
                                .where(actors.c.pk.in_(wanted[start:start + 500]))):
            out[row.pk] = {"id": row.key, "name": row.name, "type": row.type, "country": row.country,
                           "sector": row.sector, "kb_id": row.kb_id}
    return out


_REPORT_COLUMNS = (events, articles.c.id.label("article_id"), articles.c.title, articles.c.site, articles.c.url,
                   articles.c.date.label("article_date"), articles.c.language)


def _report(row: Any, refs: Mapping[int, dict[str, Any]]) -> dict[str, Any]:
    return {"article": row.article_id, "title": row.title, "outlet": outlet(row.site, row.url, row.article_id),
            "url": row.url, "article_date": row.article_date, "index": row.idx, "sentence": row.sentence,
            "sentence_text": row.sentence_text, "mode": row.mode,
            "trigger": {"text": row.trigger_text, "start": row.trigger_start, "end": row.trigger_end},
            "actors": [refs[pk] for pk in row.actor if pk in refs],
            "recipients": [refs[pk] for pk in row.recipient if pk in refs],
            "date": row.date, "date_end": row.date_end, "date_source": row.date_source, "location": row.location,
            "location_country": row.location_country, "negated": row.negated, "hypothetical": row.hypothetical,
            "future": row.future, "reported": row.reported, "confidence": row.confidence,
            "inferred": inferred_sides(row.actor_spans, row.recipient_spans)}


def _listed(ref: dict[str, Any], side: str, pk: int, read: Collection[tuple[str, int]]) -> dict[str, Any]:
    """An actor of a cluster, marked ``inferred`` where no report of it in ``side`` was read off the text."""
    return ref if (side, pk) in read else {**ref, "inferred": True}


def _ranked(items: Iterable[int], counts: Mapping[int, int]) -> list[int]:
    return sorted(dict.fromkeys(items), key=lambda pk: -counts[pk])


def list_event_clusters(engine: sa.Engine, filters: EventFilter | None = None,
                        limit: int | None = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Event clusters, latest first, as dicts: type, mode, dates, place, the stored actors and recipients
    (most reported first), the counts of articles, outlets and events reporting it, and every report (the
    article, its outlet, the sentence and trigger); ``offset`` skips that many (paging).

    Bad filter values (an unknown type or actor, a malformed date) raise ``InputError``.
    """
    filters = filters or EventFilter()
    if limit is not None and limit < 1:
        raise InputError(str(limit), "must be 1 or more", option="limit")
    if filters.min_sources < 1:
        raise InputError(str(filters.min_sources), "must be 1 or more", option="min_sources")
    with engine.connect() as conn:
        query = filter_clusters(conn, sa.select(event_clusters), filters)
        # Latest first; undated clusters last on both backends (PostgreSQL sorts NULL first in descending order).
        query = query.order_by(event_clusters.c.date.desc().nulls_last(), event_clusters.c.article_count.desc(),
                               event_clusters.c.key)
        query = query.offset(offset) if offset > 0 else query
        clusters = conn.execute(query.limit(limit) if limit is not None else query).all()
        reports: dict[int, list[Any]] = {}
        pks = [c.pk for c in clusters]
        for start in range(0, len(pks), 500):
            member_rows = conn.execute(
                sa.select(event_cluster_members.c.cluster_pk, *_REPORT_COLUMNS)
                .join(events, events.c.pk == event_cluster_members.c.event_pk)
                .join(articles, articles.c.pk == events.c.article_pk)
                .where(event_cluster_members.c.cluster_pk.in_(pks[start:start + 500]))
                .order_by(articles.c.date, events.c.article_pk, events.c.idx))
            for row in member_rows:
                reports.setdefault(row.cluster_pk, []).append(row)
        refs = _actor_refs(conn, (pk for rows in reports.values() for r in rows for pk in (*r.actor, *r.recipient)))
    out = []
    for cluster in clusters:
        rows = reports.get(cluster.pk, [])
        actor_counts = Counter(pk for r in rows for pk in r.actor)
        recipient_counts = Counter(pk for r in rows for pk in r.recipient)
        # A participant only the argument scorer put in this role (in every report that gives it the role) is
        # marked: the sentences never name it as the doer or the target.
        listed = [_report(r, refs) for r in rows]
        read = {(side, pk) for r, report in zip(rows, listed, strict=True)
                for side, pks in (("actor", r.actor), ("recipient", r.recipient)) if side not in report["inferred"]
                for pk in pks}
        out.append({
            "id": cluster.key, "type": cluster.type, "mode": cluster.mode,
            "negated": cluster.modality == "negated", "hypothetical": cluster.modality == "hypothetical",
            "date": cluster.date, "date_end": cluster.date_end if cluster.date_end != cluster.date else None,
            "location": cluster.location, "location_country": cluster.location_country,
            # A participant is listed in the role most reports give it (a reciprocal report makes all actors).
            "actors": [_listed(refs[pk], "actor", pk, read)
                       for pk in _ranked((pk for r in rows for pk in r.actor), actor_counts)
                       if pk in refs and actor_counts[pk] >= recipient_counts[pk]],
            "recipients": [_listed(refs[pk], "recipient", pk, read)
                           for pk in _ranked((pk for r in rows for pk in r.recipient), recipient_counts)
                           if pk in refs and recipient_counts[pk] > actor_counts[pk]],
            "articles": cluster.article_count, "outlets": cluster.outlet_count, "events": cluster.event_count,
            "outlet_names": sorted({outlet(r.site, r.url, r.article_id) for r in rows}),
            "reports": listed,
        })
    return out


def iter_events(engine: sa.Engine, include_negated: bool = False, batch: int = 500,
                min_confidence: float = DEFAULT_MIN_CONFIDENCE, since: str | None = None, until: str | None = None,
                event_type: str | None = None, actor: str | None = None, include_parts: bool = False,
                site: str | None = None) -> Iterator[dict[str, Any]]:
    """Every stored event (asserted ones unless ``include_negated``, at least ``min_confidence`` sure), in article
    and record order: the report
    dict of ``list_event_clusters`` plus its spans with their stored actors, the article's contexts and
    language, and its cluster (``cluster``: id and counts). ``since``/``until`` keep the events whose own days
    reach into that period (undated ones are left out then), ``event_type`` one PLOVER type, ``actor`` the events
    that actor did (with its parts if ``include_parts``), ``site`` those reported by that outlet; bad values raise
    ``InputError`` before the first event."""
    check_event_filter(since, until)
    wanted: list[sa.ColumnElement[bool]] = []
    if event_type:
        wanted.append(events.c.type == plover_type(event_type, "event_type"))
    if since:
        wanted.append(sa.func.coalesce(events.c.day_to, events.c.day_from) >= since)
    if until:
        wanted.append(events.c.day_from <= until)
    if site:
        wanted.append(articles.c.site == site)
    if actor:
        with engine.connect() as conn:
            pks = _filter_actors(conn, actor, include_parts)
        wanted.append(events.c.pk.in_(sa.select(event_actors.c.event_pk).where(
            event_actors.c.actor_pk.in_(pks), event_actors.c.role == "actor")))
    after = (0, -1)
    while True:
        query = (sa.select(*_REPORT_COLUMNS, event_clusters.c.key.label("cluster_key"),
                           event_clusters.c.article_count, event_clusters.c.outlet_count)
                 .join(articles, articles.c.pk == events.c.article_pk)
                 .outerjoin(event_cluster_members, event_cluster_members.c.event_pk == events.c.pk)
                 .outerjoin(event_clusters, event_clusters.c.pk == event_cluster_members.c.cluster_pk)
                 .where(sa.tuple_(events.c.article_pk, events.c.idx) > sa.tuple_(*after), *wanted)
                 .order_by(events.c.article_pk, events.c.idx).limit(batch))
        if not include_negated:
            query = query.where(events.c.negated.is_(False), events.c.hypothetical.is_(False))
        if min_confidence > 0:
            query = query.where(confident(min_confidence))
        with engine.connect() as conn:
            rows = conn.execute(query).all()
            refs = _actor_refs(conn, (pk for r in rows for pk in (*r.actor, *r.recipient,
                                                                 *(s.get("actor_pk") for s in r.actor_spans),
                                                                 *(s.get("actor_pk") for s in r.recipient_spans))
                                      if pk is not None))
        if not rows:
            return
        for row in rows:
            item = _report(row, refs)
            item.update(type=row.type, language=row.language, contexts=list(row.contexts or []),
                        actor_spans=[{**s, "actor": refs.get(s.get("actor_pk"))} for s in row.actor_spans],
                        recipient_spans=[{**s, "actor": refs.get(s.get("actor_pk"))} for s in row.recipient_spans],
                        cluster={"id": row.cluster_key, "articles": row.article_count, "outlets": row.outlet_count})
            yield item
        after = (rows[-1].article_pk, rows[-1].idx)


__all__ = ["EventFilter", "asserted_events", "check_confidence", "confident", "country_code", "event_mode",
           "fill_probability", "filter_clusters", "index_events", "inferred_sides", "iter_events",
           "list_event_clusters", "outlet", "plover_type", "quad_types", "recluster", "repoint_events"]
