"""Who says what in the store: the records' attributions as claims, their source actors, the actors they are
about, the articles' opinion score, and the queries behind ``politika claims`` and the actor dossier.

``index_claims`` runs inside ``Store.save_records``' transaction, after ``index_actors``: it replaces the
articles' claims (those with a confidence of at least the attribution layer's ``DEFAULT_MIN_CONFIDENCE``, what
readers are shown) and maps record actor ids to stored actors through ``article_actors``. A claim is *about*
the stored actors mentioned inside its content (inside its parts, where it has several), other than its
source. Library functions return plain dicts; the CLI prints them.
"""

from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from politika.errors import InputError
from politika.graph.actors import normalise
from politika.nlp.claim_confidence import DEFAULT_MIN_CONFIDENCE  # a constant; no spaCy is loaded
from politika.periods import check_period
from politika.store import facets
from politika.store.batch import BatchRows, read_batch
from politika.store.events import outlet
from politika.store.hierarchy import filter_actor_pks
from politika.store.refs import find_article
from politika.store.schema import actors, articles, claim_subjects, claims
from politika.store.sql import among, check_date

# Author-voiced attributions ("I believe ...") per 1,000 words, squashed like nlp.attribution.opinion_score.
_AUTHOR_DENSITY_SCALE = 3.0


# -- indexing -------------------------------------------------------------------------------------------------


@dataclass
class _Appearance:
    actor_pk: int
    norm: str


def _pick(found: Sequence[_Appearance], text: str) -> int:
    """The stored actor of a record actor: where a split gave it several, the one named like ``text``."""
    if len(found) > 1:
        norm = normalise(text)
        for item in found:
            if item.norm and item.norm == norm:
                return item.actor_pk
    return found[-1].actor_pk  # index_actors writes the split-off rows first, the actor's own row last


def opinion_score(record: Mapping[str, Any], word_count: int | None) -> float | None:
    """The article's opinion score, 0..1: the record's ``opinion_score`` where the NLP layer gives one, else
    the density of attributions in the author's own voice (``author: true``) per 1,000 words, squashed with
    ``1 - exp(-x / 3)``. ``None`` for a record without attributions (not analysed for them).

    >>> opinion_score({"attributions": [{"author": True}, {"author": False}]}, 500)
    0.487
    """
    given = record.get("opinion_score")
    if isinstance(given, (int, float)) and not isinstance(given, bool):
        return round(min(max(float(given), 0.0), 1.0), 3)
    found = record.get("attributions")
    if not isinstance(found, list):
        return None
    authored = sum(1 for a in found if isinstance(a, Mapping) and a.get("author") and a.get("parent") is None
                   and shown(a))
    density = 1000.0 * authored / max(word_count or 0, 100)
    return round(1.0 - math.exp(-density / _AUTHOR_DENSITY_SCALE), 3)


def shown(item: Mapping[str, Any]) -> bool:
    """A claim the store keeps: its confidence (records from before confidences count whole) is at least the
    attribution layer's ``DEFAULT_MIN_CONFIDENCE``; the record keeps the rest for whoever reads it whole.

    >>> shown({"confidence": 0.9}), shown({"confidence": 0.4}), shown({})
    (True, False, True)
    """
    value = item.get("confidence", 1.0)
    return not isinstance(value, (int, float)) or float(value) >= DEFAULT_MIN_CONFIDENCE


def _span(value: Any) -> tuple[str | None, int | None, int | None]:
    if not isinstance(value, Mapping):
        return None, None, None
    return value.get("text"), value.get("start"), value.get("end")


def _claim_row(article_pk: int, index: int, item: Mapping[str, Any], source_pk: int | None,
               date: str | None) -> dict[str, Any]:
    source, cue, content = _span(item.get("source")), _span(item.get("cue")), _span(item.get("content"))
    return {"article_pk": article_pk, "idx": index, "sentence": item.get("sentence"),
            "kind": str(item.get("kind") or "indirect")[:20],
            "source_text": source[0], "source_start": source[1], "source_end": source[2],
            "source_actor_pk": source_pk, "cue_text": cue[0], "cue_start": cue[1], "cue_end": cue[2],
            "content_text": content[0] or "", "content_start": content[1], "content_end": content[2],
            "quote_key": quote_digest(content[0]),
            "content_parts": list(item["content_parts"]) if item.get("content_parts") else None,
            "anonymous": bool(item.get("anonymous")), "author": bool(item.get("author")),
            "vague": bool(item.get("vague")), "hedged": bool(item.get("hedged") or item.get("hedges")),
            "hedges": [str(h) for h in item.get("hedges") or []], "stance": item.get("stance"),
            "parent": item.get("parent"), "in_quote": bool(item.get("in_quote")), "date": date}


def _content_ranges(item: Mapping[str, Any]) -> list[tuple[int, int]]:
    parts = item.get("content_parts") or [item.get("content") or {}]
    return [(int(p["start"]), int(p["end"])) for p in parts
            if isinstance(p, Mapping) and p.get("start") is not None and p.get("end") is not None]


def _mentions_inside(ranges: Sequence[tuple[int, int]], mentions: Sequence[tuple[int, int, str, str]],
                     by_start: Sequence[int], starts: Sequence[int]) -> list[int]:
    """The positions in ``mentions`` (in their order) of those inside one of ``ranges``; ``by_start`` orders the
    mentions by start, ``starts`` holds those starts: each range is a binary search, not a pass over every mention."""
    found: set[int] = set()
    for low, high in ranges:
        for position in range(bisect_left(starts, low), bisect_right(starts, high)):
            k = by_start[position]
            if mentions[k][1] <= high:
                found.add(k)
    return sorted(found)


def index_claims(conn: sa.Connection, items: Sequence[tuple[int, Mapping[str, Any]]],
                 write_scores: bool = True, batch: BatchRows | None = None) -> dict[int, float | None]:
    """Replace the claims of these articles (``(article_pk, record)``) and set their opinion score; returns the
    scores (``{article_pk: score}``), which ``write_scores=False`` leaves to the caller to store (``save_records``
    stores them with the article's status, in one update of its row). ``batch``: the articles' rows and
    appearances as ``index_actors`` returned them (else read from the store)."""
    from politika.store.bulk import insert_new_rows, insert_rows

    pks = [pk for pk, _ in items]
    if not pks:
        return {}
    old = sa.select(claims.c.pk).where(among(conn, claims.c.article_pk, pks))
    conn.execute(claim_subjects.delete().where(claim_subjects.c.claim_pk.in_(old)))
    conn.execute(claims.delete().where(among(conn, claims.c.article_pk, pks)))
    batch = batch if batch is not None else read_batch(conn, pks)
    info = batch.articles
    appearances: dict[tuple[int, str], list[_Appearance]] = {}
    for row in batch.appearances:
        appearances.setdefault((row.article_pk, row.local_id), []).append(_Appearance(row.actor_pk,
                                                                                       normalise(row.name)))
    scores: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    subjects: list[list[int]] = []
    for article_pk, record in items:
        if article_pk not in info:
            continue
        article = info[article_pk]
        scores.append({"b_pk": article_pk, "b_score": opinion_score(record, article.word_count)})
        mentions = [(int(m["start"]), int(m["end"]), str(m["actor"]), str(m.get("text") or ""))
                    for m in record.get("mentions") or []
                    if m.get("actor") is not None and m.get("start") is not None and m.get("end") is not None]
        by_start = sorted(range(len(mentions)), key=lambda k: mentions[k][0])
        starts = [mentions[k][0] for k in by_start]
        for index, item in enumerate(record.get("attributions") or []):
            if not isinstance(item, Mapping) or not isinstance(item.get("content"), Mapping) or not shown(item):
                continue
            source_pk = None
            if item.get("source_actor") is not None:
                found = appearances.get((article_pk, str(item["source_actor"])))
                source_pk = _pick(found, _span(item.get("source"))[0] or "") if found else None
            about: list[int] = []
            inside = _mentions_inside(_content_ranges(item), mentions, by_start, starts)
            for _, _, local, text in (mentions[k] for k in inside):
                found = appearances.get((article_pk, local))
                if found:
                    actor_pk = _pick(found, text)
                    if actor_pk != source_pk and actor_pk not in about:
                        about.append(actor_pk)
            rows.append(_claim_row(article_pk, index, item, source_pk, article.date))
            subjects.append(about)
    if rows:  # the batch's claims in one multi-row insert, then their subjects in another
        links = [{"claim_pk": claim_pk, "actor_pk": actor_pk}
                 for claim_pk, about in zip(insert_new_rows(conn, claims, rows), subjects, strict=True)
                 for actor_pk in about]
        insert_rows(conn, claim_subjects, links)
    if scores and write_scores:
        conn.execute(articles.update().where(articles.c.pk == sa.bindparam("b_pk"))
                     .values(opinion_score=sa.bindparam("b_score")), scores)
    return {score["b_pk"]: score["b_score"] for score in scores}


def repoint_claims(conn: sa.Connection, gone: int, keep: int) -> None:
    """After actor ``gone`` was merged into ``keep``: its claims and the claims about it are ``keep``'s."""
    conn.execute(claims.update().where(claims.c.source_actor_pk == gone).values(source_actor_pk=keep))
    both = sa.select(claim_subjects.c.claim_pk).where(claim_subjects.c.actor_pk == keep)
    conn.execute(claim_subjects.delete().where(claim_subjects.c.actor_pk == gone,
                                               claim_subjects.c.claim_pk.in_(both)))
    conn.execute(claim_subjects.update().where(claim_subjects.c.actor_pk == gone).values(actor_pk=keep))
    # A claim about its own (now merged) source is not about anyone else.
    own = sa.select(claims.c.pk).where(claims.c.source_actor_pk == keep)
    conn.execute(claim_subjects.delete().where(claim_subjects.c.actor_pk == keep, claim_subjects.c.claim_pk.in_(own)))


# -- reading --------------------------------------------------------------------------------------------------


@dataclass
class ClaimFilter:
    """Filters of ``list_claims``; actor and article references are resolved in the query's connection."""

    source: str | None = None  # actor name, id or kb id
    about: str | None = None
    anonymous: bool | None = None  # True: anonymous sources only; False: named sources only
    article: str | None = None  # article id, id prefix or source id
    site: str | None = None  # the article's outlet (site name)
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None
    hedged: bool = False
    include_parts: bool = False  # source and about with their parts (store/hierarchy.py)



def _where(conn: sa.Connection, query: sa.Select[Any], filters: ClaimFilter) -> sa.Select[Any]:
    check_date("since", filters.since)
    check_date("until", filters.until)
    check_period(filters.since, filters.until)
    if filters.source:
        query = query.where(claims.c.source_actor_pk.in_(filter_actor_pks(conn, filters.source,
                                                                          filters.include_parts)))
    if filters.about:
        about = filter_actor_pks(conn, filters.about, filters.include_parts)
        query = query.where(claims.c.pk.in_(sa.select(claim_subjects.c.claim_pk)
                                            .where(claim_subjects.c.actor_pk.in_(about))))
    if filters.anonymous is True:
        query = query.where(claims.c.anonymous.is_(True))
    elif filters.anonymous is False:
        query = query.where(claims.c.anonymous.is_(False), claims.c.source_text.is_not(None))
    if filters.article:
        query = query.where(claims.c.article_pk == find_article(conn, filters.article))
    if filters.site:
        query = query.where(articles.c.site.in_(facets.outlet_sites(conn, filters.site)))
    if filters.since:
        query = query.where(claims.c.date >= filters.since)
    if filters.until:
        query = query.where(claims.c.date <= filters.until)
    if filters.hedged:
        query = query.where(claims.c.hedged.is_(True))
    return query


def _passage_bounds() -> tuple[sa.ColumnElement[Any], sa.ColumnElement[Any]]:
    """The first start and last end among a claim's source, cue and content (a NULL part is skipped)."""
    low: sa.ColumnElement[Any] = claims.c.content_start
    high: sa.ColumnElement[Any] = claims.c.content_end
    for start, end in ((claims.c.source_start, claims.c.source_end), (claims.c.cue_start, claims.c.cue_end)):
        low = sa.case((sa.or_(low.is_(None), start < low), start), else_=low)
        high = sa.case((sa.or_(high.is_(None), end > high), end), else_=high)
    return low, high


def _passages(conn: sa.Connection, pks: Sequence[int]) -> dict[int, tuple[str, int]]:
    """The text from the first to the last part of each claim (source, cue, content) and where it starts, read
    from the article's text for these claims only."""
    low, high = _passage_bounds()
    found: dict[int, tuple[str, int]] = {}
    for start in range(0, len(pks), 500):
        query = (sa.select(claims.c.pk, low.label("low"), sa.func.substr(articles.c.text, low + 1, high - low))
                 .join(articles, articles.c.pk == claims.c.article_pk)
                 .where(claims.c.pk.in_(pks[start:start + 500]), low.is_not(None), high > low))
        for pk, at, text in conn.execute(query):
            found[pk] = (text, int(at))
    return found


def select_claims(conn: sa.Connection, query: sa.Select[Any], limit: int | None,
                  offset: int = 0) -> list[dict[str, Any]]:
    """The claims ``query`` (from ``claims_query``) selects, latest first, as dicts with the actors they are about
    and their passage (the article's text from the first to the last part of the claim)."""
    # Latest first; undated articles last on both backends (PostgreSQL sorts NULL first in descending order).
    query = query.order_by(claims.c.date.desc().nulls_last(), claims.c.article_pk.desc(), claims.c.idx)
    if limit is not None:
        query = query.limit(limit)
    if offset:  # only when given: ``offset(None)`` would undo an offset the caller's query already has
        query = query.offset(offset)
    rows = conn.execute(query).all()
    about: dict[int, list[dict[str, Any]]] = {}
    pks = [row.pk for row in rows]
    for start in range(0, len(pks), 500):
        subjects = (sa.select(claim_subjects.c.claim_pk, actors.c.key, actors.c.name)
                    .join(actors, actors.c.pk == claim_subjects.c.actor_pk)
                    .where(claim_subjects.c.claim_pk.in_(pks[start:start + 500])).order_by(actors.c.name))
        for claim_pk, key, name in conn.execute(subjects):
            about.setdefault(claim_pk, []).append({"id": key, "name": name})
    passages = _passages(conn, pks)
    return [_claim_dict(row, about.get(row.pk, []), passages.get(row.pk)) for row in rows]


def _claim_dict(row: Any, about: list[dict[str, Any]], passage: tuple[str, int] | None = None) -> dict[str, Any]:
    def span(prefix: str) -> dict[str, Any] | None:
        text = row._mapping[f"{prefix}_text"]
        if text is None:
            return None
        return {"text": text, "start": row._mapping[f"{prefix}_start"], "end": row._mapping[f"{prefix}_end"]}

    source_actor = {"id": row.actor_key, "name": row.actor_name} if row.actor_key is not None else None
    out = {"article": row.article_id, "title": row.title, "outlet": outlet(row.site, row.url, row.article_id),
           "date": row.date, "language": row.language, "sentence": row.sentence,
           "kind": row.kind, "source": span("source"), "source_actor": source_actor, "cue": span("cue"),
           "content": span("content"), "anonymous": row.anonymous, "author": row.author, "vague": row.vague,
           "hedged": row.hedged, "hedges": list(row.hedges or []), "stance": row.stance,
           "nested": row.parent is not None, "in_quote": row.in_quote, "about": about, "index": row.idx,
           "passage": passage[0] if passage else None,
           "passage_start": passage[1] if passage else None}
    if row.content_parts:
        out["content_parts"] = list(row.content_parts)
    return out


def claims_query() -> sa.Select[Any]:
    """Claims with their article's id, title and language and their source actor's key and name."""
    return (sa.select(claims, articles.c.id.label("article_id"), articles.c.title, articles.c.site, articles.c.url,
                      articles.c.language, actors.c.key.label("actor_key"), actors.c.name.label("actor_name"))
            .join(articles, articles.c.pk == claims.c.article_pk)
            .outerjoin(actors, actors.c.pk == claims.c.source_actor_pk))


def list_claims(engine: sa.Engine, filters: ClaimFilter | None = None, limit: int | None = 50,
                offset: int = 0) -> list[dict[str, Any]]:
    """Claims (attributions) across articles, latest first, as dicts: article, outlet, date, source (its text
    and the stored actor it is), cue, content, the passage they stand in, flags and the actors the content is
    about; ``offset`` skips that many.

    Bad filter values (an unknown actor or article, a malformed date) raise ``InputError``.
    """
    if limit is not None and limit < 1:
        raise InputError(str(limit), "must be 1 or more", option="limit")
    if offset < 0:
        raise InputError(str(offset), "must be 0 or more", option="offset")
    with engine.connect() as conn:
        return select_claims(conn, _where(conn, claims_query(), filters or ClaimFilter()), limit, offset)


def _with_articles() -> sa.Join:
    return claims.join(articles, articles.c.pk == claims.c.article_pk)  # the site filter reads the article


def count_claims(engine: sa.Engine, filters: ClaimFilter | None = None) -> int:
    """How many claims ``list_claims`` would give without a limit."""
    with engine.connect() as conn:
        query = _where(conn, sa.select(sa.func.count()).select_from(_with_articles()), filters or ClaimFilter())
        return int(conn.execute(query).scalar_one())


def claim_facets(engine: sa.Engine, filters: ClaimFilter | None = None) -> dict[str, list[dict[str, Any]]]:
    """Outlets, anonymous and hedged counts of the claims ``filters`` keep (see ``politika.store.facets``)."""
    with engine.connect() as conn:
        chosen = _where(conn, sa.select(claims.c.pk).select_from(_with_articles()), filters or ClaimFilter())
        return facets.claim_facets(conn, chosen)


def quote_key(text: str | None) -> str:
    """What makes two quotes one: their words, case-folded, with quotation marks, punctuation at the ends and
    runs of white space dropped (exactly equal after that; no fuzzy matching).

    >>> quote_key(' “We will  NOT retreat.” ') == quote_key('we will not retreat')
    True
    """
    text = re.sub(r"[\"'“”‘’«»„‚]", "", (text or "").casefold())
    return re.sub(r"\s+", " ", text).strip(" .,;:!?-–—…")


def quote_digest(text: str | None) -> str | None:
    """The stored form of ``quote_key`` (``claims.quote_key``): its SHA-1 in hex, ``None`` for a quote without
    words (such a claim is a group of its own). A digest keeps the column's index small however long the quote.

    >>> quote_digest('“It will fail.”') == quote_digest('it will  fail'), quote_digest(' “…” ')
    (True, None)
    """
    key = quote_key(text)
    return hashlib.sha1(key.encode("utf-8")).hexdigest() if key else None


# The reports listed with a quote, latest first (``articles`` and ``claims`` count them all): a sentence copied by
# hundreds of articles must not make a page read every copy's passage.
QUOTE_REPORTS = 10


def _solo() -> sa.ColumnElement[Any]:
    """A claim without a quote key is a group of its own: its ``pk``, NULL for every claim with a key."""
    return sa.case((claims.c.quote_key.is_(None), claims.c.pk), else_=None)


def _quote_groups(conn: sa.Connection, filters: ClaimFilter, counted: bool = True) -> sa.Select[Any]:
    """One row per quote among the claims ``filters`` keep: its key (a claim without one is its own group, by its
    ``pk``) and, ``counted``, where it stands (its latest report first, as ``list_claims`` orders claims) and its
    counts. Without a filter this reads the index ``ix_claims_quote_key`` alone (migration 0013)."""
    solo = _solo().label("solo")
    columns = [claims.c.quote_key, solo]
    if counted:
        columns += [sa.func.max(claims.c.date).label("latest"), sa.func.max(claims.c.article_pk).label("last_article"),
                    sa.func.min(claims.c.pk).label("first"),
                    sa.func.count(sa.distinct(claims.c.article_pk)).label("articles"), sa.func.count().label("claims")]
    query = sa.select(*columns).select_from(_with_articles() if filters.site else claims)  # site: the article's
    return _where(conn, query, filters).group_by(claims.c.quote_key, solo)


def count_quotes(engine: sa.Engine, filters: ClaimFilter | None = None) -> int:
    """How many quotes (groups of ``list_quotes``) the claims ``filters`` keep make."""
    with engine.connect() as conn:
        groups = _quote_groups(conn, filters or ClaimFilter(), counted=False).subquery()
        return int(conn.execute(sa.select(sa.func.count()).select_from(groups)).scalar_one())


def list_quotes(engine: sa.Engine, filters: ClaimFilter | None = None, limit: int | None = 50,
                offset: int = 0) -> list[dict[str, Any]]:
    """The claims ``filters`` keep grouped by quote across the whole filter (not one page): one dict per quote,
    its latest report (as ``list_claims`` gives it) with ``reports``, the claims of the quote under the filter
    latest first (at most ``QUOTE_REPORTS``), ``articles``, how many articles report it, and ``claims``, how many
    claims; quotes ordered by their latest report, ``limit`` and ``offset`` count quotes. Two claims are one quote
    when their ``quote_key`` is equal.
    """
    if limit is not None and limit < 1:
        raise InputError(str(limit), "must be 1 or more", option="limit")
    if offset < 0:
        raise InputError(str(offset), "must be 0 or more", option="offset")
    filters = filters or ClaimFilter()
    with engine.connect() as conn:
        groups = _quote_groups(conn, filters).subquery()
        page = (sa.select(groups.c.quote_key, groups.c.solo, groups.c.articles, groups.c.claims)
                .order_by(groups.c.latest.desc().nulls_last(), groups.c.last_article.desc(), groups.c.first)
                .offset(offset or None))
        chosen = conn.execute(page.limit(limit) if limit is not None else page).all()
        keys = [row.quote_key for row in chosen if row.quote_key is not None]
        solos = [row.solo for row in chosen if row.quote_key is None]
        # a group of one claim, as list_claims names it: its article's id and its index
        named = {pk: (article_id, idx) for pk, article_id, idx in conn.execute(
            sa.select(claims.c.pk, articles.c.id, claims.c.idx).join(articles, articles.c.pk == claims.c.article_pk)
            .where(claims.c.pk.in_(solos)))} if solos else {}
        reports: dict[Any, list[dict[str, Any]]] = {}
        for start in range(0, max(len(keys), len(solos)), 500):
            members = sa.or_(claims.c.quote_key.in_(keys[start:start + 500]), claims.c.pk.in_(solos[start:start + 500]))
            rank = sa.func.row_number().over(partition_by=(claims.c.quote_key, _solo()), order_by=(
                claims.c.date.desc().nulls_last(), claims.c.article_pk.desc(), claims.c.idx))
            ranked = _where(conn, sa.select(claims.c.pk, rank.label("rank")).select_from(_with_articles())
                            .where(members), filters).subquery()
            latest = sa.select(ranked.c.pk).where(ranked.c.rank <= QUOTE_REPORTS)
            for claim in select_claims(conn, claims_query().where(claims.c.pk.in_(latest)), None):
                key = quote_digest((claim["content"] or {}).get("text")) or ("solo", claim["article"], claim["index"])
                reports.setdefault(key, []).append(claim)
    out = []
    for row in chosen:
        found = reports.get(row.quote_key or ("solo", *named.get(row.solo, ("", -1))), [])
        if found:
            out.append({**found[0], "reports": found, "articles": int(row.articles), "claims": int(row.claims)})
    return out


__all__ = ["ClaimFilter", "claim_facets", "claims_query", "count_claims", "count_quotes",
           "index_claims", "list_claims", "list_quotes", "opinion_score", "quote_digest", "quote_key", "repoint_claims",
           "select_claims", "shown"]
