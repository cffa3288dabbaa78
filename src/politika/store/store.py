"""The store: articles, duplicates, annotation records, runs and ingest errors, on SQLite or PostgreSQL.

One object, one engine. Writes happen in short transactions so that a killed process leaves every
article either whole or absent; ``Store.transaction()`` puts several writes (a merged shard) in one. Rows are
loaded in bulk (``politika.store.bulk``: ``COPY`` on PostgreSQL).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from politika._version import __version__
from politika.errors import InputError
from politika.store.engine import open_engine
from politika.store.fulltext import TS_CONFIG, SearchQuery, to_fts5, to_tsquery
from politika.store.queries import Queries
from politika.store.schema import (
    article_actors,
    article_bands,
    articles,
    duplicates,
    events,
    ingest_errors,
    records,
    runs,
)
from politika.store.sql import among, insert_ignore, now
from politika.store.writer_lock import DEFAULT_WAIT, WriterLock

if TYPE_CHECKING:
    from politika.ingest.dedupe import Fingerprint
    from politika.ingest.document import Article

# The write path (the indexers, the bulk loader, deduplication) and the filters' helpers are imported where they
# are used: reading commands (stats, articles, search) start without them.

_ARTICLE_COLUMNS = ("id", "source_id", "origin", "url", "canonical_url", "title", "authors", "date", "site",
                    "section", "genre", "language", "language_score", "description", "related", "disclaimer",
                    "text", "word_count", "fetched_at", "ingested_at", "status", "skip_reason")

# Failures of the store itself, not of what is written: a lost connection, a locked database, a full disk.
STORE_FAILURES = (sa.exc.OperationalError, sa.exc.InterfaceError, sa.exc.InternalError, sa.exc.DisconnectionError,
                  sa.exc.TimeoutError)


@dataclass
class StoredOutcome:
    """What happened to one article offered to the store."""

    status: str  # stored | duplicate | already
    article_id: str
    pk: int
    duplicate_kind: str | None = None
    similarity: float | None = None


# A filtered search on SQLite ranks limit × SEARCH_BOUND matches (at least SEARCH_BOUND_MIN) before filtering.
SEARCH_BOUND, SEARCH_BOUND_MIN = 10, 200


@dataclass
class ArticleFilter:
    """Filters of ``list_articles``, ``search`` and ``iter_export``; ``None`` leaves a field out.

    ``actor`` (a name, an id such as ``kb:Q7747``, or a kb id such as ``Q7747``) keeps the articles that mention
    that stored actor (or one of its parts, with ``include_parts``: a state's government, forces, office
    holders); ``event_type`` (a PLOVER type, any case) keeps the articles that report an asserted event of that
    type: negated and hypothetical events do not count, as on the events page. An unknown actor or type
    raises :class:`InputError` when the filter is applied.
    """

    site: str | None = None
    author: str | None = None
    genre: str | None = None
    language: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    ids: list[str] = field(default_factory=list)
    actor: str | None = None
    event_type: str | None = None
    include_parts: bool = False


class Store(Queries):
    """Articles and their annotation records in a SQL database; what runs across articles (actors, claims,
    events, causal links, corrections) through the methods of :class:`~politika.store.queries.Queries`.

    >>> store = Store(":memory:")
    >>> store.stats()["articles"]
    0
    """

    def __init__(self, url: str | None = None, create: bool = True) -> None:
        self.engine = open_engine(url, create=create)
        self.dialect = self.engine.dialect.name
        self._open = threading.local()  # per thread: the transaction of Store.transaction(), the factor index,
        # the events the clustering knows (store.events.EventCache)
        self._writer = WriterLock(self.engine, self.engine.url.render_as_string(hide_password=True)
                                  if self.dialect != "sqlite" else str(self.engine.url.database))
        self._writer_depth = 0
        # moves each time the writer lock is taken, and when another thread than the last saves records: an
        # EventCache's stamp on PostgreSQL holds it (no other writer since its last batch)
        self._writer_turn = 0
        self._last_saver: int | None = None

    def close(self) -> None:
        if self._writer_depth:
            self._writer.release()
            self._writer_depth = 0
        self.engine.dispose()

    @contextmanager
    def writer(self, wait: float = DEFAULT_WAIT, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold the store's writer lock for a writing job (an ingest, an analysis, a sharded job's merges):
        another process's job waits for it, up to ``wait`` seconds, and ``on_wait`` gets one line saying so;
        after that :class:`~politika.store.writer_lock.StoreBusy` is raised. Re-entrant within this Store.

        >>> store = Store(":memory:")
        >>> with store.writer(), store.writer():
        ...     pass
        """
        if self._writer_depth == 0:
            self._writer.acquire(wait, on_wait)
            self._writer_turn += 1
        self._writer_depth += 1
        try:
            yield
        finally:
            self._writer_depth -= 1
            if self._writer_depth == 0:
                self._writer.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        """One transaction for the writes made inside it in this thread (``add_articles``, ``save_records``):
        all of them are stored, or none. A merged shard uses it, so a crash never leaves half a shard.

        >>> store = Store(":memory:")
        >>> with store.transaction():
        ...     store.save_records([], "model")
        """
        conn: sa.Connection | None = getattr(self._open, "conn", None)
        if conn is not None:  # already inside one: join it
            yield conn
            return
        with self.engine.begin() as conn:
            self._open.conn = conn
            try:
                yield conn
            except BaseException:
                self._forget_written()
                raise
            finally:
                self._open.conn = None
                self._open.analysed_at_insert = None

    def _analysed_at_insert(self) -> set[int]:
        """The pks of the articles ``add_articles`` stored ``analysed`` in this thread's open transaction (their
        records are saved next, in it): ``save_records`` does not update their rows, ``mark_failed`` clears the
        score they were stored with. Emptied when the transaction ends."""
        marked: set[int] | None = getattr(self._open, "analysed_at_insert", None)
        if marked is None:
            marked = self._open.analysed_at_insert = set()
        return marked

    def _forget_written(self) -> None:
        """A transaction is rolled back: what this Store keeps of the rows it wrote is dropped with them."""
        for name in ("factor_index", "event_cache"):
            cache = getattr(self._open, name, None)
            if cache is not None:
                cache.drop()

    # -- runs and errors -------------------------------------------------------------------------------

    def start_run(self, command: str) -> int:
        """Record a run as ``running``, with this process; runs left ``running`` by a process of this host that is
        gone (killed) are marked ``interrupted`` first."""
        from politika.store.journal import HOST, mark_interrupted_runs

        with self.engine.begin() as conn:
            mark_interrupted_runs(conn)
            result = conn.execute(runs.insert().values(command=command, started_at=now(), status="running",
                                                       pid=os.getpid(), host=HOST))
            return int(result.inserted_primary_key[0])  # type: ignore[index]

    def finish_run(self, run_pk: int, summary: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            conn.execute(runs.update().where(runs.c.pk == run_pk).values(finished_at=now(), summary=summary,
                                                                          status="finished"))

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        """The latest runs, newest first: command, status, times, summary."""
        query = sa.select(runs).order_by(runs.c.pk.desc()).limit(limit)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def record_error(self, run_pk: int | None, source: str, kind: str, reason: str) -> None:
        """Keep an error: the same source, kind and reason seen again (a rerun) counts on its row, which is
        moved to the latest run and time, instead of adding a row."""
        from politika.store.journal import error_key

        insert: Any
        if self.dialect == "postgresql":  # each dialect's module loads where its store is written
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            insert = pg_insert(ingest_errors)
        else:
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            insert = sqlite_insert(ingest_errors)
        at = now()
        key = error_key(source, kind, reason)
        insert = insert.values(
            run_pk=run_pk, source=source, kind=kind, reason=reason, at=at, key=key, count=1, first_at=at)
        with self.engine.begin() as conn:
            conn.execute(insert.on_conflict_do_update(index_elements=[ingest_errors.c.key], set_={
                "count": ingest_errors.c.count + 1, "at": at, "run_pk": run_pk}))

    def errors(self, limit: int = 50) -> list[dict[str, Any]]:
        """The latest errors, last seen first, each with ``count`` (times seen) and ``first_at``."""
        query = (sa.select(*(c for c in ingest_errors.c if c.name != "key"))
                 .order_by(ingest_errors.c.at.desc(), ingest_errors.c.pk.desc()).limit(limit))
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    # -- writing articles ------------------------------------------------------------------------------

    def add_articles(self, batch: Sequence[tuple[Article, Fingerprint, str, str | None]],
                     analysed: Mapping[int, float | None] | None = None,
                     word_counts: Sequence[int] | None = None) -> list[StoredOutcome]:
        """Store a batch of ``(article, fingerprint, status, skip_reason)`` in one transaction.

        Each article is checked against the store (and the batch before it): the same origin again is
        ``already``; the same normalised text or canonical URL, or a near-duplicate, is recorded as a
        ``duplicate`` of the first; anything else is ``stored``. Lookups and inserts are done for the whole
        batch at once, so a batch costs a handful of statements.

        ``analysed`` (the merge of a sharded job): the positions in ``batch`` of articles whose record
        ``save_records`` stores next, in the same enclosing ``transaction()``, each with its record's opinion score
        (``claims.opinion_score``). Such an article, if new, is stored ``analysed`` with that score at once, and
        ``save_records`` leaves its row alone: on PostgreSQL the status update rewrote every article's row with
        its full-text index entries. Outside an enclosing transaction ``analysed`` is not used (the article would
        be committed analysed before its record).

        ``word_counts``: each article's ``word_count``, counted already (the merge has them from the workers).
        """
        from politika.store.bulk import insert_new_rows, insert_rows

        if not batch:
            return []
        if getattr(self._open, "conn", None) is None:
            analysed = None
        with self.transaction() as conn:
            known = _KnownArticles.load(conn, [fp for _, fp, _, _ in batch])
            fields = _article_fields()
            plan: list[tuple[str, _Known, Article, str, float]] = []
            new_rows: list[dict[str, Any]] = []
            new_items: list[_Known] = []
            marked: list[_Known] = []
            for position, (article, fp, status, reason) in enumerate(batch):
                existing, kind, similarity = known.match(fp)
                if existing is not None:
                    same_origin = existing.origin == article.origin
                    plan.append(("already" if same_origin else "duplicate", existing, article, kind, similarity))
                    continue
                item = _Known(0, fp.content_hash[:16], article.origin, fp.minhash)
                known.add(item, fp)
                new_items.append(item)
                values = {name: getattr(article, name) for name in fields}
                values.update(id=item.id, source_id=article.id, url_key=fp.url_key, content_hash=fp.content_hash,
                              minhash=fp.signature_bytes(), ingested_at=now(),
                              word_count=article.word_count if word_counts is None else word_counts[position],
                              status=status, skip_reason=reason)
                if analysed:  # the same columns in every row
                    values["opinion_score"] = None
                    if position in analysed:
                        values.update(status="analysed", skip_reason=None, opinion_score=analysed[position])
                        marked.append(item)
                new_rows.append(values)
                plan.append(("stored", item, article, "", 1.0))
            raced: set[int] = set()
            if new_rows:
                if self.dialect == "sqlite":
                    # One executemany with the keys SQLite would give (WAL: this transaction read the store
                    # already, so another writer's commit since makes the insert fail, never reuse a key); an
                    # INSERT ... RETURNING in parameter order went row by row, 2,000 statements a merge.
                    pks = insert_new_rows(conn, articles, new_rows)
                else:
                    pks = insert_rows(conn, articles, new_rows, returning="pk", key="id")
                for item, row, pk in zip(new_items, new_rows, pks, strict=True):
                    if pk is None:  # PostgreSQL only: another writer stored the same text since the lookup
                        item.pk, item.id = conn.execute(sa.select(articles.c.pk, articles.c.id).where(
                            articles.c.content_hash == row["content_hash"])).one()
                        raced.add(item.pk)
                    else:
                        item.pk = int(pk)
                insert_rows(conn, article_bands, [{"band": band, "article_pk": item.pk} for item in new_items
                                                  if item.pk not in raced for band in item.bands])
                if marked:
                    self._analysed_at_insert().update(item.pk for item in marked if item.pk not in raced)
            outcomes = []
            for status, item, article, kind, similarity in plan:
                if status == "stored" and item.pk in raced:
                    status = "already"
                if status == "duplicate":
                    # RETURNING tells whether the row went in: PostgreSQL reports rowcount -1 for this insert.
                    inserted = conn.execute(insert_ignore(self.dialect, duplicates).returning(duplicates.c.pk), {
                        "article_pk": item.pk, "origin": article.origin, "url": article.canonical_url or article.url,
                        "title": article.title, "kind": kind, "similarity": round(similarity, 4), "seen_at": now()})
                    if inserted.first() is None:
                        status = "already"
                elif status == "stored":
                    article.id = item.id
                outcomes.append(StoredOutcome(status, item.id, item.pk, kind or None,
                                              similarity if status == "duplicate" else None))
        return outcomes

    # -- analysis --------------------------------------------------------------------------------------

    def iter_pending(self, batch: int = 1000, pks: Iterable[int] | None = None,
                     after: int = 0) -> Iterator[list[tuple[int, Article]]]:
        """The articles still to analyse (stored ``pending``; ``reset_analysis`` makes analysed or failed ones
        pending again), ``(pk, article)`` in ingest order, ``batch`` at a time; ``pks``: only those; ``after``:
        only those stored after the article of that pk.

        Each batch is read when the caller asks for it, after the articles before it: what the caller analysed
        meanwhile is not read again, and articles stored meanwhile come at the end. Inside ``transaction()`` it
        reads in that transaction.

        >>> [batch for batch in Store(":memory:").iter_pending()]
        []
        """
        query = sa.select(articles).where(articles.c.status == "pending").order_by(articles.c.pk).limit(batch)
        if pks is not None:
            query = query.where(articles.c.pk.in_(list(pks)))
        last = after
        while True:
            joined: sa.Connection | None = getattr(self._open, "conn", None)
            with nullcontext(joined) if joined is not None else self.engine.connect() as conn:
                found = [(row.pk, _article_of(row)) for row in conn.execute(query.where(articles.c.pk > last))]
            if not found:
                return
            last = found[-1][0]
            yield found

    def save_records(self, items: Sequence[tuple[int, dict[str, Any]]], model: str) -> None:
        """Store annotation records and mark their articles analysed, in one transaction."""
        from politika.store.actors import index_actors
        from politika.store.bulk import insert_rows
        from politika.store.causal import FactorIndexCache, index_causal
        from politika.store.claims import index_claims
        from politika.store.events import EventCache, index_events

        if not items:
            return
        created = now()
        with self.transaction() as conn:
            pks = [pk for pk, _ in items]
            conn.execute(records.delete().where(among(conn, records.c.article_pk, pks)))
            # Their records deleted just above, and one record an article: straight in (a COPY on PostgreSQL).
            insert_rows(conn, records, [
                {"article_pk": pk, "record": record, "model": model, "politika_version": __version__,
                 "created_at": created} for pk, record in items
            ], new=True)
            batch = index_actors(conn, items)  # the articles' rows and appearances, for the indexers after it
            scores = index_claims(conn, items, write_scores=False, batch=batch)
            # The status and the opinion score in one update of each article's row: an update rewrites the row
            # (on PostgreSQL with its full-text index entries). Not for articles add_articles stored analysed.
            marked = self._analysed_at_insert()
            updates = [{"b_pk": pk, "b_score": scores.get(pk)} for pk in pks if pk not in marked]
            if updates:
                conn.execute(articles.update().where(articles.c.pk == sa.bindparam("b_pk")).values(
                    status="analysed", skip_reason=None, opinion_score=sa.bindparam("b_score")), updates)
            if getattr(self._open, "factor_index", None) is None:  # kept for this thread's next batch
                self._open.factor_index = FactorIndexCache()
            index_causal(conn, items, self._open.factor_index, batch)
            if getattr(self._open, "event_cache", None) is None:  # kept for this thread's next batch too
                self._open.event_cache = EventCache()
            if self._last_saver != threading.get_ident():
                self._last_saver = threading.get_ident()
                self._writer_turn += 1
            self._open.event_cache.held = self._writer_turn if self._writer_depth else None
            index_events(conn, items, batch, self._open.event_cache)

    def save_records_isolated(self, items: Sequence[tuple[int, dict[str, Any]]],
                              model: str) -> list[tuple[int, Exception]]:
        """``save_records``, but a record the store cannot take does not stop the others: when the batch
        fails, each record is saved on its own. Returns ``(pk, exception)`` for each record not saved (its
        article is left as it was). Inside ``transaction()`` each try is a savepoint of that transaction.

        A failure of the store itself (``STORE_FAILURES``: the connection lost, the database locked) is no
        record's fault: it is raised, as from ``save_records``.
        """
        try:
            with self._savepoint():
                self.save_records(items, model)
            return []
        except STORE_FAILURES:
            raise
        except Exception as exc:
            if len(items) == 1:
                return [(items[0][0], exc)]
        refused: list[tuple[int, Exception]] = []
        for item in items:
            try:
                with self._savepoint():
                    self.save_records([item], model)
            except STORE_FAILURES:
                raise
            except Exception as exc:
                refused.append((item[0], exc))
        return refused

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        conn: sa.Connection | None = getattr(self._open, "conn", None)
        if conn is None:
            with self.transaction():
                yield
        else:
            try:
                with conn.begin_nested():
                    yield
            except BaseException:
                self._forget_written()
                raise

    def mark_failed(self, items: Sequence[tuple[int, str]]) -> None:
        """Mark articles ``failed`` (their analysis raised), with the reason; a record they had is kept."""
        with self.transaction() as conn:
            marked = self._analysed_at_insert()
            for pk, reason in items:
                values: dict[str, Any] = {"status": "failed", "skip_reason": reason}
                if pk in marked:  # stored analysed with the score of a record that was not stored after all
                    values["opinion_score"] = None
                conn.execute(articles.update().where(articles.c.pk == pk).values(**values))

    def mark(self, pk: int, status: str, reason: str | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(articles.update().where(articles.c.pk == pk).values(status=status, skip_reason=reason))

    def reset_analysis(self, ids: Sequence[str] | None = None, statuses: Sequence[str] = ("analysed",)) -> int:
        """Mark analysed articles (or those of ``statuses``: ``failed``) pending again, so that the next
        analysis redoes them."""
        query = (articles.update().where(articles.c.status.in_(list(statuses)))
                 .values(status="pending", skip_reason=None))
        if ids:
            query = query.where(articles.c.id.in_(list(ids)))
        with self.engine.begin() as conn:
            return int(conn.execute(query).rowcount)

    # -- reading ---------------------------------------------------------------------------------------

    def _filtered(self, conn: sa.Connection, query: sa.Select[Any], filters: ArticleFilter | None) -> sa.Select[Any]:
        """``query`` (over ``articles``) narrowed by ``filters``; the actor is resolved in ``conn``."""
        if filters is None:
            return query
        if filters.site:  # the outlet, however its articles name it (politika.outlets)
            from politika.store.facets import outlet_sites

            query = query.where(articles.c.site.in_(outlet_sites(conn, filters.site)))
        if filters.genre:
            query = query.where(articles.c.genre == filters.genre)
        if filters.language:
            query = query.where(articles.c.language == filters.language)
        if filters.status:
            query = query.where(articles.c.status == filters.status)
        if filters.since:
            query = query.where(articles.c.date >= filters.since)
        if filters.until:
            query = query.where(articles.c.date <= filters.until)
        if filters.author:
            query = query.where(sa.cast(articles.c.authors, sa.Text).ilike(f"%{_like_escape(filters.author)}%",
                                                                           escape="\\"))
        if filters.ids:
            query = query.where(articles.c.id.in_(filters.ids))
        if filters.actor:
            from politika.store.hierarchy import filter_actor_pks

            actor_pks = filter_actor_pks(conn, filters.actor, filters.include_parts)
            query = query.where(articles.c.pk.in_(sa.select(article_actors.c.article_pk)
                                                  .where(article_actors.c.actor_pk.in_(actor_pks))))
        if filters.event_type:
            from politika.store.events import asserted_events

            query = query.where(articles.c.pk.in_(sa.select(events.c.article_pk).where(
                *asserted_events(event_type=filters.event_type))))
        return query

    def list_articles(self, filters: ArticleFilter | None = None, limit: int = 50,
                      offset: int = 0) -> list[dict[str, Any]]:
        columns = [articles.c[name] for name in ("id", "title", "date", "site", "genre", "language", "status",
                                                 "word_count", "url", "authors", "skip_reason")]
        # Undated articles last on both backends (PostgreSQL sorts NULL first in descending order).
        with self.engine.connect() as conn:
            query = self._filtered(conn, sa.select(*columns), filters).order_by(
                articles.c.date.desc().nulls_last(), articles.c.pk)
            return [dict(row._mapping) for row in conn.execute(query.limit(limit).offset(offset))]

    def _parse(self, query: str) -> SearchQuery | None:
        """``query`` parsed, each name in it with its spellings in the other script (``store/scripts.py``)."""
        from politika.store.scripts import parse_any_script

        with self.engine.connect() as conn:
            return parse_any_script(conn, query)

    def _matching(self, query: str | None) -> list[sa.ColumnElement[bool]]:
        """The condition on ``articles`` that keeps the full-text matches of ``query`` (none for no query)."""
        if not query or not query.strip():
            return []
        parsed = self._parse(query)
        if parsed is None:
            return [sa.false()]
        if self.dialect == "sqlite":
            fts = sa.table("articles_fts", sa.column("rowid"))
            match = sa.literal_column("articles_fts").op("MATCH")(to_fts5(parsed))
            return [articles.c.pk.in_(sa.select(fts.c.rowid).select_from(fts).where(match))]
        tsquery = sa.func.to_tsquery(sa.literal_column(f"'{TS_CONFIG}'"), to_tsquery(parsed))
        return [sa.literal_column("articles.search").op("@@")(tsquery)]

    def count_articles(self, filters: ArticleFilter | None = None, query: str | None = None) -> int:
        """How many articles ``list_articles`` (or ``search`` with ``query``) would give without a limit."""
        with self.engine.connect() as conn:
            chosen = self._filtered(conn, sa.select(sa.func.count()).select_from(articles)
                                    .where(*self._matching(query)), filters)
            return int(conn.execute(chosen).scalar_one())

    def article_facets(self, filters: ArticleFilter | None = None,
                       query: str | None = None) -> dict[str, list[dict[str, Any]]]:
        """Outlets, genres, languages and event types of the articles ``filters`` and ``query`` keep, counted
        (see ``politika.store.facets``)."""
        from politika.store import facets

        with self.engine.connect() as conn:
            chosen = self._filtered(conn, sa.select(articles.c.pk).where(*self._matching(query)), filters)
            return facets.article_facets(conn, chosen)

    def get_article(self, key: str) -> dict[str, Any] | None:
        """An article with its record and duplicates, by id, id prefix, source id or URL."""
        with self.engine.connect() as conn:
            row = None
            for condition in (articles.c.id == key, articles.c.source_id == key, articles.c.url == key,
                              articles.c.canonical_url == key):
                row = conn.execute(sa.select(articles).where(condition).limit(1)).first()
                if row is not None:
                    break
            if row is None and re.fullmatch(r"[0-9a-f]{4,15}", key):
                matches = conn.execute(sa.select(articles).where(articles.c.id.like(f"{key}%")).limit(2)).all()
                if len(matches) > 1:
                    raise InputError(key, "ambiguous id prefix: more than one article starts with it; "
                                          "give more characters")
                row = matches[0] if matches else None
            if row is None:
                return None
            data = {k: v for k, v in row._mapping.items() if k not in ("minhash", "search")}
            stored = conn.execute(sa.select(records.c.record, records.c.model)
                                  .where(records.c.article_pk == row.pk)).first()
            data["record"] = stored.record if stored else None
            data["model"] = stored.model if stored else None
            data["duplicates"] = [
                {k: v for k, v in d._mapping.items() if k not in ("pk", "article_pk")}
                for d in conn.execute(sa.select(duplicates).where(duplicates.c.article_pk == row.pk)
                                      .order_by(duplicates.c.pk))
            ]
            return data

    def search(self, query: str, filters: ArticleFilter | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over titles and texts, best matches first, with a snippet; ``filters`` narrow the
        matches in the same query, so a narrow filter still finds its best matches."""
        parsed = self._parse(query)  # the same query on both backends (store/fulltext.py)
        if parsed is None:
            return []
        columns = (articles.c.id, articles.c.title, articles.c.date, articles.c.site, articles.c.genre)
        if self.dialect == "sqlite":
            fts = sa.table("articles_fts", sa.column("rowid"))
            rank: sa.ColumnElement[Any] = sa.literal_column("bm25(articles_fts, 5.0, 1.0)")
            match = sa.literal_column("articles_fts").op("MATCH")(to_fts5(parsed))
            narrowing = filters is not None and any(vars(filters).values())
            snippet: sa.ColumnElement[str] = sa.literal_column("snippet(articles_fts, 1, '[', ']', ' … ', 12)")
            with self.engine.connect() as conn:
                # Rank in the full-text index alone, a bounded number of matches, and read the article rows of
                # those only: reading the row of every match (19,145 for "Moscow" in the 20,000-article benchmark
                # store) costs more than the ranking. When a filter keeps fewer than ``limit`` of them, its best
                # matches may lie further down: then every match is ranked and filtered.
                def ranked(bound: int | None) -> list[dict[str, Any]]:
                    top = (sa.select(fts.c.rowid.label("pk"), rank.label("rank")).select_from(fts).where(match)
                           .order_by(rank, fts.c.rowid).limit(bound).subquery("top"))
                    best = (sa.select(articles.c.pk, *columns, top.c.rank)
                            .select_from(top.join(articles, articles.c.pk == top.c.pk))
                            .order_by(top.c.rank, articles.c.pk))
                    return [dict(r._mapping) for r in conn.execute(self._filtered(conn, best, filters).limit(limit))]

                rows = ranked(max(limit * SEARCH_BOUND, SEARCH_BOUND_MIN) if narrowing else limit)
                if narrowing and len(rows) < limit:
                    rows = ranked(None)
                # snippets only for the page shown (a snippet reads the whole text)
                snippets: dict[int, str] = dict(conn.execute(sa.select(fts.c.rowid, snippet).select_from(fts).where(
                    match, fts.c.rowid.in_([r["pk"] for r in rows]))).all()) if rows else {}
            return [{**{k: v for k, v in r.items() if k not in ("pk", "rank")}, "snippet": snippets.get(r["pk"]),
                     "rank": r["rank"]} for r in rows]
        else:
            tsquery = sa.func.to_tsquery(sa.literal_column(f"'{TS_CONFIG}'"), to_tsquery(parsed))
            # a generated column, made by the migration and left out of the Core table
            search: sa.ColumnElement[Any] = sa.literal_column("articles.search")
            headline = sa.func.ts_headline(sa.literal_column(f"'{TS_CONFIG}'"), articles.c.text, tsquery,
                                           sa.literal_column("'StartSel=[, StopSel=], MaxFragments=1, MaxWords=18'"))
            rank = sa.func.ts_rank(search, tsquery)
            found = (sa.select(*columns, headline.label("snippet"), rank.label("rank"))
                     .where(search.op("@@")(tsquery)).order_by(rank.desc(), articles.c.pk))
        with self.engine.connect() as conn:
            found = self._filtered(conn, found, filters).limit(limit)
            return [dict(r._mapping) for r in conn.execute(found)]

    def stats(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()
            by_status: dict[str, int] = dict(conn.execute(sa.select(articles.c.status, sa.func.count())
                                          .group_by(articles.c.status)).all())
            by_language: dict[str | None, int] = dict(conn.execute(sa.select(articles.c.language, sa.func.count())
                                            .group_by(articles.c.language)).all())
            by_genre: dict[str, int] = dict(conn.execute(sa.select(articles.c.genre, sa.func.count())
                                         .group_by(articles.c.genre)).all())
            dups = conn.execute(sa.select(duplicates.c.kind, sa.func.count()).group_by(duplicates.c.kind)).all()
            n_errors = conn.execute(sa.select(sa.func.count()).select_from(ingest_errors)).scalar_one()
            by_run_status: dict[str | None, int] = dict(conn.execute(
                sa.select(runs.c.status, sa.func.count()).group_by(runs.c.status)).all())
            words = conn.execute(sa.select(sa.func.coalesce(sa.func.sum(articles.c.word_count), 0))).scalar_one()
            first, last = conn.execute(sa.select(sa.func.min(articles.c.date), sa.func.max(articles.c.date))).one()
            sites = conn.execute(sa.select(sa.func.count(sa.distinct(articles.c.site)))).scalar_one()
        return {
            "articles": int(total), "words": int(words), "by_status": by_status,
            "by_language": {k or "und": v for k, v in by_language.items()}, "by_genre": by_genre,
            "duplicates": {k: v for k, v in dups}, "ingest_errors": int(n_errors), "sites": int(sites),
            "runs": {str(k or "unknown"): int(v) for k, v in by_run_status.items()},
            "first_date": first, "last_date": last,
        }

    def iter_export(self, filters: ArticleFilter | None = None, with_record: bool = True,
                    batch: int = 500) -> Iterator[dict[str, Any]]:
        """Every article (with its record) as a dict, in ingest order, read in batches."""
        columns = [articles.c[name] for name in ("pk", *_ARTICLE_COLUMNS)]
        with self.engine.connect() as conn:
            chosen = self._filtered(conn, sa.select(*columns), filters)
        after = 0
        while True:
            query = chosen.where(articles.c.pk > after)
            query = query.order_by(articles.c.pk).limit(batch)
            with self.engine.connect() as conn:
                rows = [dict(r._mapping) for r in conn.execute(query)]
                records_by_pk: dict[int, Any] = {}
                if with_record and rows:
                    records_by_pk = dict(conn.execute(sa.select(records.c.article_pk, records.c.record)
                                                .where(records.c.article_pk.in_([r["pk"] for r in rows]))).all())
            if not rows:
                return
            for row in rows:
                pk = row.pop("pk")
                if with_record:
                    row["record"] = records_by_pk.get(pk)
                yield row
            after = pk


@lru_cache(maxsize=1)
def _article_fields() -> tuple[str, ...]:
    """The columns of ``articles`` that an Article has as fields, read from each new article (``word_count``, a
    property that splits the text, was read twice an article by ``hasattr`` and ``getattr``; ``add_articles`` gives
    the count in the row anyway)."""
    import dataclasses

    from politika.ingest.document import Article

    names = {field.name for field in dataclasses.fields(Article)}
    return tuple(name for name in _ARTICLE_COLUMNS if name in names)


def _article_of(row: Any) -> Article:
    from politika.ingest.document import Article

    data = dict(row._mapping)
    article = Article.from_dict({k: v for k, v in data.items() if k != "id"})
    article.id = data["id"]
    return article



def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass
class _Known:
    pk: int
    id: str
    origin: str
    minhash: Any
    bands: list[str] = field(default_factory=list)


class _KnownArticles:
    """The stored articles a batch could duplicate, looked up once per batch and kept current as it goes."""

    def __init__(self) -> None:
        self.by_hash: dict[str, _Known] = {}
        self.by_url: dict[str, _Known] = {}
        self.by_band: dict[str, list[_Known]] = {}

    @classmethod
    def load(cls, conn: sa.Connection, prints: Sequence[Fingerprint]) -> _KnownArticles:
        known = cls()
        hashes = list({fp.content_hash for fp in prints})
        urls = list({fp.url_key for fp in prints if fp.url_key})
        bands = list({band for fp in prints for band in fp.bands})
        cols = (articles.c.pk, articles.c.id, articles.c.origin, articles.c.minhash, articles.c.content_hash,
                articles.c.url_key)
        rows = list(conn.execute(sa.select(*cols).where(among(conn, articles.c.content_hash, hashes))))
        if urls:
            rows += conn.execute(sa.select(*cols).where(among(conn, articles.c.url_key, urls)).order_by(articles.c.pk))
        # oldest first: of two near-duplicates equally similar, the first stored wins, whatever the row order
        band_rows = conn.execute(sa.select(article_bands.c.band, article_bands.c.article_pk)
                                 .where(among(conn, article_bands.c.band, bands))
                                 .order_by(article_bands.c.article_pk)).all()
        candidate_pks = list({pk for _, pk in band_rows} - {r.pk for r in rows})
        if candidate_pks:
            rows += conn.execute(sa.select(*cols).where(among(conn, articles.c.pk, candidate_pks)))
        by_pk: dict[int, _Known] = {}
        for row in rows:
            item = by_pk.setdefault(row.pk, _Known(row.pk, row.id, row.origin, row.minhash))
            known.by_hash.setdefault(row.content_hash, item)
            if row.url_key:
                previous = known.by_url.get(row.url_key)
                if previous is None or previous.pk > row.pk:
                    known.by_url[row.url_key] = item
        for band, pk in band_rows:
            if pk in by_pk:
                known.by_band.setdefault(band, []).append(by_pk[pk])
        return known

    def match(self, fp: Fingerprint) -> tuple[_Known | None, str, float]:
        from politika.ingest.dedupe import NEAR_DUPLICATE_JACCARD, jaccard

        if fp.content_hash in self.by_hash:
            return self.by_hash[fp.content_hash], "content", 1.0
        if fp.url_key and fp.url_key in self.by_url:
            return self.by_url[fp.url_key], "url", 1.0
        best: _Known | None = None
        best_similarity = 0.0
        seen: set[int] = set()
        for band in fp.bands:
            for candidate in self.by_band.get(band, ()):
                if candidate.pk in seen:
                    continue
                seen.add(candidate.pk)
                similarity = jaccard(fp.minhash, candidate.minhash)
                if similarity >= NEAR_DUPLICATE_JACCARD and similarity > best_similarity:
                    best, best_similarity = candidate, similarity
        return best, "near", best_similarity

    def add(self, item: _Known, fp: Fingerprint) -> None:
        self.by_hash[fp.content_hash] = item
        if fp.url_key:
            self.by_url.setdefault(fp.url_key, item)
        item.bands = fp.bands
        for band in fp.bands:
            self.by_band.setdefault(band, []).append(item)


__all__ = ["STORE_FAILURES", "ArticleFilter", "Store", "StoredOutcome"]
