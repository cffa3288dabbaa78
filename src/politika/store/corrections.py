"""The users' corrections of actors: merge two, split mentions off one, undo either. Each decision is kept
(``actor_decisions``) and applied again whenever the articles are analysed again; the articles it touches are
indexed again at once from their stored records, so their claims and events follow.

A merge can be previewed (``preview=True``: what would move, nothing written); merging a person with an
organisation needs ``confirm=True``. Every decision made here keeps what undoing it needs (a merge: the merged
actor's row, keys and names and the survivor's columns before; a split: the actor it made), and
``undo_correction`` restores it. ``actor_corrections`` says why an actor is what it is: the identity rule that
joined each of its names (``article_actors.rule``), the users' corrections, and likely duplicates
(``politika.graph.duplicates``).

>>> merge_actors(engine, "Q7747", "Putin")["merged"]  # doctest: +SKIP
'putin'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from politika.errors import ConfirmationNeeded, InputError, NotFound
from politika.graph.actors import normalise, slug
from politika.graph.duplicates import ActorNames, DuplicatePair, duplicate_pairs
from politika.store.actors import index_actors, recount, split_actor_pk
from politika.store.claims import index_claims, repoint_claims
from politika.store.events import index_events, repoint_events
from politika.store.refs import actor_row, actor_summary, find_actor, find_article, name_row
from politika.store.schema import (
    actor_decisions,
    actor_keys,
    actor_names,
    actor_ties,
    actors,
    article_actors,
    articles,
    claim_subjects,
    claims,
    event_actors,
    records,
)
from politika.store.sql import insert_ignore, now

# How the identity rule (politika.graph.actors) joined a name to an actor, in words.
RULE_REASONS = {
    "kb": "same knowledge-base id",
    "kb-adopt": "same name as an actor without a knowledge-base id, which took this one's",
    "name": "same normalised name",
    "surname-in-article": "surname of a full name in the same article",
    "surname": "surname of the one stored person with that surname",
    "new": "first seen under this name",
    "split": "split off by a user",
}
NO_REASON = "reason not recorded"
UNDONE = "-undo"  # appended to a decision's action when it is undone: "merge-undo", "split-undo"
_NAMED = ("into", "merged", "actor", "new_key")  # the payload fields that hold actor keys


def reindex_articles(conn: sa.Connection, article_pks: Iterable[int]) -> None:
    """Index these articles again from their stored records (after a correction)."""
    pks = sorted(set(article_pks))
    for start in range(0, len(pks), 200):
        rows = conn.execute(sa.select(records.c.article_pk, records.c.record)
                            .where(records.c.article_pk.in_(pks[start:start + 200]))).all()
        items = [(pk, record) for pk, record in rows]
        batch = index_actors(conn, items)
        index_claims(conn, items, batch=batch)  # their source and subject actors changed
        index_events(conn, items, batch)


def _decide(conn: sa.Connection, action: str, payload: dict[str, Any]) -> int:
    made = conn.execute(actor_decisions.insert().values(action=action, payload=payload, created_at=now())
                        .returning(actor_decisions.c.pk)).scalar_one()
    return int(made)


def _is_person(row: Any) -> bool:
    return str(row.type) == "PERSON"


def _count(conn: sa.Connection, query: sa.Select[Any]) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(query.subquery())).scalar_one())


def _merge_effect(conn: sa.Connection, keep: Any, gone: Any) -> dict[str, Any]:
    """What merging ``gone`` into ``keep`` moves: its articles, events, claims (by or about it), ties, names."""
    kept_names = set(conn.scalars(sa.select(actor_names.c.name).where(actor_names.c.actor_pk == keep.pk)))
    moved_names = [n for n in conn.scalars(sa.select(actor_names.c.name).where(actor_names.c.actor_pk == gone.pk)
                                           .order_by(actor_names.c.name)) if n not in kept_names]
    about = sa.select(claim_subjects.c.claim_pk).where(claim_subjects.c.actor_pk == gone.pk)
    return {
        "into": keep.key, "merged": gone.key, "name_kept": keep.name, "name_merged": gone.name,
        "articles": _count(conn, sa.select(article_actors.c.article_pk)
                           .where(article_actors.c.actor_pk == gone.pk).distinct()),
        "events": _count(conn, sa.select(event_actors.c.event_pk).where(event_actors.c.actor_pk == gone.pk)
                         .distinct()),
        "claims": _count(conn, sa.select(claims.c.pk).where(sa.or_(claims.c.source_actor_pk == gone.pk,
                                                                   claims.c.pk.in_(about)))),
        "ties": _count(conn, sa.select(actor_ties.c.pk).where(sa.or_(actor_ties.c.source_pk == gone.pk,
                                                                     actor_ties.c.target_pk == gone.pk))),
        "names_moved": moved_names,
        "needs_confirm": _is_person(keep) != _is_person(gone),
    }


def merge_actors(engine: sa.Engine, into: str, merged: str, *, preview: bool = False, confirm: bool = False,
                 by: str | None = None) -> dict[str, Any]:
    """Merge actor ``merged`` into actor ``into`` (names, ids or kb ids); the decision is kept, so articles
    analysed again later follow it (the merged actor's keys and names now lead to ``into``).

    ``preview``: write nothing, return what would move (articles, events, claims, ties, names; the name kept).
    A person merged with an organisation (or the other way) raises ``ConfirmationNeeded`` unless ``confirm``.
    ``by`` says where the decision came from (cli, web, api). The result's ``correction`` is the id that
    ``undo_correction`` takes."""
    with engine.begin() as conn:
        keep, gone = find_actor(conn, into), find_actor(conn, merged)
        if keep.pk == gone.pk:
            raise InputError(merged, f"is the same actor as {into!r} ({keep.key})")
        effect = _merge_effect(conn, keep, gone)
        if preview:
            return effect | {"preview": True}
        if effect["needs_confirm"] and not confirm:
            raise ConfirmationNeeded(merged, f"is a {gone.type} and {keep.name} a {keep.type}: merging a person "
                                             f"with an organisation needs confirming (--yes, confirm=true)")
        undo = {"actor": dict(gone._mapping),
                "keys": list(conn.scalars(sa.select(actor_keys.c.key).where(actor_keys.c.actor_pk == gone.pk))),
                "names": [list(r) for r in conn.execute(sa.select(actor_names.c.name, actor_names.c.norm)
                                                        .where(actor_names.c.actor_pk == gone.pk))],
                "into_columns": {c: keep._mapping[c] for c in ("kb_id", "country", "sector", "kind")},
                "into_names": list(conn.scalars(sa.select(actor_names.c.name)
                                                .where(actor_names.c.actor_pk == keep.pk))),
                "article_pks": sorted(set(conn.scalars(sa.select(article_actors.c.article_pk)
                                                       .where(article_actors.c.actor_pk == gone.pk))))}
        correction = _decide(conn, "merge", {"into": keep.key, "merged": gone.key, "into_name": keep.name,
                                             "merged_name": gone.name, "by": by, "undo": undo})
        conn.execute(actor_keys.update().where(actor_keys.c.actor_pk == gone.pk).values(actor_pk=keep.pk))
        names = conn.execute(sa.select(actor_names.c.name, actor_names.c.norm)
                             .where(actor_names.c.actor_pk == gone.pk)).all()
        if names:
            conn.execute(insert_ignore(conn, actor_names), [name_row(keep.pk, n, m) for n, m in names])
        conn.execute(article_actors.update().where(article_actors.c.actor_pk == gone.pk).values(actor_pk=keep.pk))
        repoint_claims(conn, gone.pk, keep.pk)
        repoint_events(conn, gone.pk, keep.pk)
        conn.execute(actor_ties.update().where(actor_ties.c.source_pk == gone.pk).values(source_pk=keep.pk))
        conn.execute(actor_ties.update().where(actor_ties.c.target_pk == gone.pk).values(target_pk=keep.pk))
        conn.execute(actor_ties.delete().where(actor_ties.c.source_pk == actor_ties.c.target_pk))
        updates = {c: gone._mapping[c] for c in ("kb_id", "country", "sector", "kind")
                   if keep._mapping[c] is None and gone._mapping[c] is not None}
        if updates:
            conn.execute(actors.update().where(actors.c.pk == keep.pk).values(**updates))
        conn.execute(actors.delete().where(actors.c.pk == gone.pk))
        recount(conn, [keep.pk])
        return actor_summary(actor_row(conn, keep.pk)) | {"merged": gone.key, "correction": correction,
                                                          "moved": effect}


def split_actor(engine: sa.Engine, ref: str, alias: str | None = None, article: str | None = None,
                by: str | None = None) -> dict[str, Any]:
    """Split an actor: the mentions under ``alias``, or its appearance in ``article``, become an actor of their
    own. The decision is kept and applied again whenever those articles are analysed again. ``alias`` is one of
    the names the dossier lists (in any case or accents); ``article`` an article id as the pages show it (the
    whole id, its first 8 characters, or the source id). The result's ``correction`` is the undo id."""
    if bool(alias) == bool(article):
        raise InputError(ref, "split needs either an alias or an article, not both")
    with engine.begin() as conn:
        row = find_actor(conn, ref)
        pks = {pk for (pk,) in conn.execute(sa.select(article_actors.c.article_pk)
                                            .where(article_actors.c.actor_pk == row.pk).distinct())}
        if alias:
            norm = normalise(alias)
            if not norm or norm == normalise(row.name):
                raise InputError(alias, f"is the name of {row.key} itself; split off one of its other names")
            shown = conn.execute(sa.select(actor_names.c.name).where(actor_names.c.actor_pk == row.pk,
                                                                     actor_names.c.norm == norm)).first()
            name = shown.name if shown is not None else alias.strip()
            payload = {"actor": row.key, "alias": name, "norm": norm, "name": name,
                       "new_key": f"{row.key}~{slug(name)}"}
            conn.execute(actor_names.delete().where(actor_names.c.actor_pk == row.pk, actor_names.c.norm == norm))
        else:
            try:
                found: int | None = find_article(conn, str(article).strip())
            except NotFound:
                found = None
            if found is None or found not in pks:
                raise InputError(str(article), f"{row.key} does not appear in this article (see `politika actor "
                                               f"{row.key}`)")
            article_id = conn.execute(sa.select(articles.c.id).where(articles.c.pk == found)).scalar_one()
            payload = {"actor": row.key, "article": article_id, "name": row.name,
                       "new_key": f"{row.key}~article:{article_id}"}
            pks = {found}
        correction = _decide(conn, "split", payload | {"by": by})
        split_actor_pk(conn, payload, row.pk)
        reindex_articles(conn, pks)
        new = find_actor(conn, payload["new_key"])
        return actor_summary(new) | {"split_from": row.key, "correction": correction}


# -- undo -----------------------------------------------------------------------------------------------------


def _names_of(payload: dict[str, Any]) -> set[str]:
    return {str(payload[k]) for k in _NAMED if payload.get(k)}


def _later_decisions(conn: sa.Connection, pk: int, keys: set[str]) -> list[int]:
    """The decisions after ``pk``, not undone, that name any of ``keys``."""
    later = conn.execute(sa.select(actor_decisions.c.pk, actor_decisions.c.action, actor_decisions.c.payload)
                         .where(actor_decisions.c.pk > pk).order_by(actor_decisions.c.pk)).all()
    return [r.pk for r in later if not r.action.endswith(UNDONE) and keys & _names_of(r.payload)]


def _drop_actor(conn: sa.Connection, pk: int) -> None:
    """Delete a stored actor and every row that names it (its articles are indexed again after)."""
    conn.execute(claims.update().where(claims.c.source_actor_pk == pk).values(source_actor_pk=None))
    for table, column in ((claim_subjects, claim_subjects.c.actor_pk), (event_actors, event_actors.c.actor_pk),
                          (article_actors, article_actors.c.actor_pk), (actor_names, actor_names.c.actor_pk),
                          (actor_keys, actor_keys.c.actor_pk)):
        conn.execute(table.delete().where(column == pk))
    conn.execute(actor_ties.delete().where(sa.or_(actor_ties.c.source_pk == pk, actor_ties.c.target_pk == pk)))
    conn.execute(actors.delete().where(actors.c.pk == pk))


def _owner(conn: sa.Connection, key: str) -> int:
    return int(conn.execute(sa.select(actor_keys.c.actor_pk).where(actor_keys.c.key == key)).scalar_one())


def _undo_merge(conn: sa.Connection, payload: dict[str, Any]) -> list[int]:
    undo = payload.get("undo")
    if not undo:
        raise InputError(payload["merged"], "this merge was made before undo was recorded; split the names off "
                                            "instead (`politika actor split`)")
    keep = _owner(conn, payload["into"])
    row = dict(undo["actor"])
    if conn.execute(sa.select(actors.c.pk).where(actors.c.pk == row["pk"])).first() is not None:
        row.pop("pk")  # its number was taken meanwhile: it comes back under a new one
    gone = int(conn.execute(actors.insert().values(**row).returning(actors.c.pk)).scalar_one())
    conn.execute(actor_keys.update().where(actor_keys.c.key.in_(undo["keys"])).values(actor_pk=gone))
    conn.execute(actor_names.delete().where(actor_names.c.actor_pk == keep,
                                            actor_names.c.name.not_in(undo["into_names"])))
    if undo["names"]:
        conn.execute(insert_ignore(conn, actor_names), [name_row(gone, n, m) for n, m in undo["names"]])
    conn.execute(actors.update().where(actors.c.pk == keep).values(**undo["into_columns"]))
    reindex_articles(conn, undo["article_pks"])
    recount(conn, [keep, gone])
    return [keep, gone]


def _undo_split(conn: sa.Connection, payload: dict[str, Any]) -> list[int]:
    original = _owner(conn, payload["actor"])
    made = conn.execute(sa.select(actor_keys.c.actor_pk).where(actor_keys.c.key == payload["new_key"])).first()
    pks: set[int] = set()
    if made is not None:
        pks = set(conn.scalars(sa.select(article_actors.c.article_pk).where(article_actors.c.actor_pk == made[0])))
        _drop_actor(conn, int(made[0]))
    if payload.get("alias"):
        conn.execute(insert_ignore(conn, actor_names), name_row(original, payload["alias"], payload["norm"]))
    reindex_articles(conn, pks)
    recount(conn, [original])
    return [original]


def undo_correction(engine: sa.Engine, correction: int) -> dict[str, Any]:
    """Undo the merge or split ``correction`` (its id: in the correction's result and the actor's history): the
    actors, their names and keys come back as they were, and the articles involved are indexed again. A
    correction that later ones of the same actors build on is undone after them."""
    with engine.begin() as conn:
        found = conn.execute(sa.select(actor_decisions).where(actor_decisions.c.pk == correction)).first()
        if found is None:
            raise NotFound(str(correction), "no such correction (see the actor's page, or `politika actor history "
                                            "NAME`)")
        if found.action.endswith(UNDONE):
            raise InputError(str(correction), "this correction was undone already")
        payload = dict(found.payload)
        later = _later_decisions(conn, found.pk, _names_of(payload))
        if later:
            raise InputError(str(correction), "later corrections of the same actors build on it; undo them first: "
                                              + ", ".join(map(str, later)))
        # marked first: re-indexing applies the split decisions that are not undone
        conn.execute(actor_decisions.update().where(actor_decisions.c.pk == found.pk)
                     .values(action=found.action + UNDONE, payload=payload | {"undone_at": now()}))
        restored = (_undo_merge if found.action == "merge" else _undo_split)(conn, payload)
        return {"correction": found.pk, "undone": found.action,
                "actors": [actor_summary(actor_row(conn, pk)) for pk in restored]}


# -- why an actor is what it is ---------------------------------------------------------------------------------


def _history_item(row: Any) -> dict[str, Any]:
    payload = row.payload
    undone = str(row.action).endswith(UNDONE)
    action = str(row.action).removesuffix(UNDONE)
    if action == "merge":
        what = (f"merged {payload.get('merged_name') or payload['merged']} [{payload['merged']}] into "
                f"{payload.get('into_name') or payload['into']} [{payload['into']}]")
    elif payload.get("alias"):
        what = f"split the name {payload['alias']!r} off {payload['actor']} (now {payload['new_key']})"
    else:
        what = f"split {payload['actor']} in article {payload['article']} off (now {payload['new_key']})"
    return {"id": row.pk, "action": action, "what": what, "at": row.created_at,
            "by": payload.get("by") or "not recorded", "undone": undone, "undone_at": payload.get("undone_at"),
            "can_undo": not undone and (action == "split" or bool(payload.get("undo")))}


def correction_history(conn: sa.Connection, keys: set[str]) -> list[dict[str, Any]]:
    """The users' corrections that name any of ``keys`` (an actor's keys), newest first."""
    rows = conn.execute(sa.select(actor_decisions).order_by(actor_decisions.c.pk.desc())).all()
    return [_history_item(r) for r in rows if keys & _names_of(r.payload)]


def _actor_names(conn: sa.Connection, condition: sa.ColumnElement[bool] | None = None) -> list[ActorNames]:
    query = (sa.select(actors.c.pk, actors.c.key, actors.c.name, actors.c.type, actors.c.country, actors.c.kb_id,
                       actors.c.mention_count, actor_names.c.norm)
             .join(actor_names, actor_names.c.actor_pk == actors.c.pk)
             .where(actors.c.mention_count > 0, actor_names.c.norm.is_not(None)))
    if condition is not None:
        query = query.where(condition)
    found: dict[int, tuple[Any, set[str]]] = {}
    for row in conn.execute(query):
        found.setdefault(row.pk, (row, set()))[1].add(row.norm)
    return [ActorNames(r.pk, r.key, r.name, r.type, r.country, r.kb_id, int(r.mention_count), frozenset(n))
            for r, n in found.values()]


def _pair_dict(pair: DuplicatePair) -> dict[str, Any]:
    def side(a: ActorNames) -> dict[str, Any]:
        return {"id": a.key, "name": a.name, "type": a.type, "country": a.country, "kb_id": a.kb_id,
                "mention_count": a.mention_count}
    return {"keep": side(pair.first), "merge": side(pair.second), "score": pair.score, "reasons": list(pair.reasons)}


def _duplicates(conn: sa.Connection, row: Any | None, limit: int) -> list[dict[str, Any]]:
    if row is None:
        return [_pair_dict(p) for p in duplicate_pairs(_actor_names(conn))[:limit]]
    norms = set(conn.scalars(sa.select(actor_names.c.norm).where(actor_names.c.actor_pk == row.pk,
                                                                 actor_names.c.norm.is_not(None))))
    if not norms:
        return []
    last = {n.split()[-1] for n in norms if n.split()}
    near = sa.or_(actor_names.c.norm.in_(norms | last), actor_names.c.last_word.in_(sorted(last)))
    nearby = sa.select(actor_names.c.actor_pk).where(near)
    candidates = _actor_names(conn, sa.or_(actors.c.pk.in_(nearby), actors.c.pk == row.pk))
    return [_pair_dict(p) for p in duplicate_pairs(candidates, only=row.pk)[:limit]]


def likely_duplicates(engine: sa.Engine, ref: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Pairs of actors that may be one (``politika.graph.duplicates``), best first: ``{"keep", "merge", "score",
    "reasons"}``; ``ref``: only the pairs with this actor."""
    if limit < 1:
        raise InputError(str(limit), "must be 1 or more", option="limit")
    with engine.connect() as conn:
        return _duplicates(conn, find_actor(conn, ref) if ref else None, limit)


def actor_corrections(engine: sa.Engine, ref: str, duplicates: int = 10) -> dict[str, Any]:
    """Why actor ``ref`` is what it is: ``identity`` (each name it was joined under, the rule that joined it and
    its reason in words, in how many articles), ``history`` (the users' corrections of it, newest first, with
    their undo ids) and ``duplicates`` (up to ``duplicates`` likely duplicates, with score and reasons)."""
    with engine.connect() as conn:
        row = find_actor(conn, ref)
        articles_count = sa.func.count(sa.distinct(article_actors.c.article_pk))
        identity = conn.execute(sa.select(article_actors.c.name, article_actors.c.rule, articles_count)
                                .where(article_actors.c.actor_pk == row.pk)
                                .group_by(article_actors.c.name, article_actors.c.rule)
                                .order_by(articles_count.desc(), article_actors.c.name)).all()
        keys = set(conn.scalars(sa.select(actor_keys.c.key).where(actor_keys.c.actor_pk == row.pk))) | {row.key}
        return {"id": row.key,
                "identity": [{"name": name, "rule": rule or None, "reason": RULE_REASONS.get(rule or "", NO_REASON),
                              "articles": int(count)} for name, rule, count in identity],
                "history": correction_history(conn, keys),
                "duplicates": _duplicates(conn, row, duplicates) if duplicates else []}


__all__ = ["NO_REASON", "RULE_REASONS", "actor_corrections", "correction_history", "likely_duplicates",
           "merge_actors", "reindex_articles", "split_actor", "undo_correction"]
