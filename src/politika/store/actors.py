"""Actors across articles in the store: indexing records and listing them.

``index_actors`` runs inside ``Store.save_records``' transaction: it replaces the article's rows in
``article_actors`` and ``actor_ties``, resolves each record actor to a stored actor (politika.graph.actors
gives the rule) and applies the users' split decisions; merges live on as keys that point at the surviving
actor (``actor_keys``). Library functions return plain dicts; the CLI prints them. The corrections themselves
are in ``store.corrections``, the dossier in ``store.dossier``, finding an actor by name in ``store.refs``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from politika.graph.actors import (
    Resolution,
    actor_key,
    is_lone_surname,
    is_proper_name,
    normalise,
    resolve_record,
)
from politika.keys import fit_key
from politika.store.batch import Appearance, BatchRows, read_articles
from politika.store.events import country_code
from politika.store.refs import StoredActors, actor_summary, name_row
from politika.store.schema import (
    actor_decisions,
    actor_keys,
    actor_names,
    actor_ties,
    actors,
    article_actors,
    articles,
)
from politika.store.sql import among, insert_ignore, now


@dataclass
class _Splits:
    """The users' split decisions, by the stored actor they split."""

    by_alias: dict[int, dict[str, dict[str, Any]]] = field(default_factory=dict)
    by_article: dict[int, dict[str, dict[str, Any]]] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: sa.Connection) -> _Splits:
        splits = cls()
        payloads = [row.payload for row in conn.execute(sa.select(actor_decisions.c.payload)
                                                        .where(actor_decisions.c.action == "split")
                                                        .order_by(actor_decisions.c.pk))]
        keys = {p["actor"] for p in payloads}
        owners = dict(conn.execute(sa.select(actor_keys.c.key, actor_keys.c.actor_pk)
                                   .where(actor_keys.c.key.in_(keys))).all()) if keys else {}
        for payload in payloads:
            pk = owners.get(payload["actor"])
            if pk is None:
                continue
            if payload.get("alias"):
                splits.by_alias.setdefault(pk, {})[payload["norm"]] = payload
            else:
                splits.by_article.setdefault(pk, {})[payload["article"]] = payload
        return splits


def _sentence_text(record: Mapping[str, Any], text: str | None, start: int | None) -> str | None:
    if text is None or start is None:
        return None
    for sentence in record.get("sentences") or []:
        if sentence.get("start", 0) <= start < sentence.get("end", 0):
            return text[sentence["start"]:sentence["end"]].strip()
    return None


def _actor_row(key: str, values: Mapping[str, Any]) -> dict[str, Any]:
    key = fit_key(key)  # a long name is hashed into its key, not cut (two long names stay two actors)
    return {"key": key, "name": values.get("name") or key, "type": values.get("type") or "ACTOR",
            "kind": values.get("kind"), "country": values.get("country"), "sector": values.get("sector"),
            "kb_id": values.get("kb_id"), "mention_count": 0, "article_count": 0, "created_at": now()}


def _actor_keys(row: Mapping[str, Any]) -> list[str]:
    return sorted({row["key"]} | ({f"kb:{row['kb_id']}"} if row["kb_id"] else set()))


def _make_actor(conn: sa.Connection, key: str, values: Mapping[str, Any], lookup: StoredActors | None = None) -> int:
    row = _actor_row(key, values)
    key = row["key"]
    if lookup is not None:
        lookup.write_actors()  # the actors made before it first, so that it gets the key after theirs
    # ON CONFLICT DO NOTHING: a writer in another transaction may have made the same actor meanwhile.
    made = conn.execute(insert_ignore(conn, actors).returning(actors.c.pk), row).first()  # bound: compiled once
    if lookup is not None:
        lookup.inserted_actor()
    if made is None:
        return int(conn.execute(sa.select(actors.c.pk).where(actors.c.key == key)).scalar_one())
    pk = int(made[0])
    keys = _actor_keys(row)
    conn.execute(insert_ignore(conn, actor_keys), [{"key": k, "actor_pk": pk} for k in keys])
    if lookup is not None:
        lookup.made(pk, keys, row)
    return pk


def _make_new_actors(resolved: Sequence[tuple[Resolution, Mapping[str, Any]]], lookup: StoredActors) -> None:
    """Make the new actors of one record, in the order ``_adopt`` would make them one at a time, so that they get
    the same keys (``StoredActors.new_pks``); ``_adopt`` then finds them. They are inserted with the batch's
    others (``StoredActors.write_actors``)."""
    planned: dict[str, dict[str, Any]] = {}
    for resolution, actor in resolved:
        key = fit_key(resolution.key)
        if resolution.candidate is None and key not in planned and lookup.by_key(key) is None:
            planned[key] = _actor_row(key, actor)
    if not planned:
        return
    rows = list(planned.values())
    for pk, row in zip(lookup.new_pks(len(rows)), rows, strict=True):
        keys = _actor_keys(row)
        lookup.unmade[pk] = ({"pk": pk, **row}, keys)
        lookup.made(pk, keys, row)


def _add_names(conn: sa.Connection, pk: int, names: Iterable[str], match: bool = True,
               proper: Collection[str] | None = None, lookup: StoredActors | None = None,
               pending: dict[tuple[int, str], tuple[dict[str, Any], bool | None]] | None = None) -> None:
    """Record the names an actor was seen under; those it may be matched by get ``norm``. ``proper``: the
    names the record marks as names (mentions of kind ``name``); without it, capitalisation decides. With
    ``pending`` (and ``lookup``), the new rows are kept there for ``_flush_names`` instead of inserted now."""
    known = {name: lookup.has_name(pk, name) if lookup is not None else None
             for name in dict.fromkeys(n.strip() for n in names) if name}
    # A stored (actor, name) pair is left as it is: its row is not even made (most names of a merge's later
    # batches are stored already).
    rows: list[dict[str, Any]] = [
        name_row(pk, name, (fit_key(normalise(name)) or None)
                 if match and is_proper_name(name) and (proper is None or name in proper) else None)
        for name, stored in known.items() if not stored]
    if pending is not None:
        for row in rows:
            pending.setdefault((pk, row["name"]), (row, known[row["name"]]))  # the first one, as one at a time
        return
    if rows:
        conn.execute(insert_ignore(conn, actor_names), rows)
        if lookup is not None:
            new = [(row["name"], row["norm"]) for row in rows if known[row["name"]] is False]
            lookup.named(pk, new)
            lookup.named(pk, [(row["name"], row["norm"]) for row in rows if known[row["name"]] is None], inserted=False)


def _flush_names(pending: dict[tuple[int, str], tuple[dict[str, Any], bool | None]], lookup: StoredActors) -> None:
    """Hand the names ``_add_names`` kept for one record to ``lookup`` (written with the batch's others, or before
    anything reads names) and tell it they are stored."""
    if not pending:
        return
    for (pk, name), (row, known) in pending.items():
        lookup.unwritten.setdefault((pk, name), row)
        lookup.named(pk, [(name, row["norm"])], inserted=known is False)
    pending.clear()


def split_actor_pk(conn: sa.Connection, payload: Mapping[str, Any], original: int,
                   lookup: StoredActors | None = None) -> int:
    if lookup is not None:
        lookup.write_actors()
    new_key = fit_key(payload["new_key"])
    found = conn.execute(sa.select(actor_keys.c.actor_pk).where(actor_keys.c.key == new_key)).first()
    if found is not None:
        return int(found[0])
    base = conn.execute(sa.select(actors).where(actors.c.pk == original)).one()._mapping
    pk = _make_actor(conn, payload["new_key"], {**base, "name": payload["name"], "kb_id": None}, lookup)
    _add_names(conn, pk, [payload["name"]], match=bool(payload.get("alias")), lookup=lookup)
    return pk


def _adopt(conn: sa.Connection, resolution: Resolution, actor: Mapping[str, Any],
           lookup: StoredActors | None = None) -> int:
    """The stored actor a resolution names, made or updated from the record actor."""
    own = lookup is None  # a lookup of its own: nothing would write what it defers, so written here
    lookup = lookup or StoredActors(conn)
    candidate = resolution.candidate or lookup.by_key(resolution.key)
    if candidate is None:
        return _make_actor(conn, resolution.key, actor, lookup)
    updates: dict[str, Any] = {}
    current = lookup.row(candidate.pk)
    kb_key = None
    if actor.get("kb_id") and current.kb_id is None:
        updates.update(kb_id=actor["kb_id"], name=actor.get("name") or current.name)
        kb_key = f"kb:{actor['kb_id']}"
    for column in ("country", "sector", "kind"):
        if current._mapping[column] is None and actor.get(column):
            updates[column] = actor[column]
    if updates:
        # An actor made in this batch and not inserted yet takes the changes in its row to insert.
        if not lookup.update_unmade(candidate.pk, updates, kb_key):
            if kb_key is not None:
                conn.execute(insert_ignore(conn, actor_keys), {"key": kb_key, "actor_pk": candidate.pk})
            lookup.update_stored(candidate.pk, updates)  # with the batch's others, before any read
            if own:
                lookup.write_actors()
        if kb_key is not None:
            lookup.forget_keys([fit_key(kb_key)])
        lookup.updated(candidate.pk, updates)
    return candidate.pk


def index_actors(conn: sa.Connection, items: Sequence[tuple[int, Mapping[str, Any]]]) -> BatchRows:
    """Replace the actors of these articles (``(article_pk, record)``) in the cross-article tables; returns the
    articles' rows and the appearances written, for the indexers after it (``politika.store.batch``)."""
    from politika.store.bulk import insert_rows

    pks = [pk for pk, _ in items]
    if not pks:
        return BatchRows()
    # The rows replaced, by article: their mentions leave the counts when their article is indexed again.
    replaced: dict[int, Counter[int]] = {}
    for article_pk, actor_pk, count in conn.execute(
            sa.select(article_actors.c.article_pk, article_actors.c.actor_pk, article_actors.c.mention_count)
            .where(among(conn, article_actors.c.article_pk, pks))):
        replaced.setdefault(article_pk, Counter())[actor_pk] -= count or 0
    touched = {pk for rows in replaced.values() for pk in rows}
    first_time = not touched  # no article of the batch had actors: their counts are added, not counted again
    conn.execute(actor_ties.delete().where(among(conn, actor_ties.c.article_pk, pks)))
    conn.execute(article_actors.delete().where(among(conn, article_actors.c.article_pk, pks)))
    info = read_articles(conn, pks)
    splits = _Splits.load(conn)
    lookup = StoredActors(conn)
    # What the batch will ask the store (keys, names, which actor has which name), read in a few statements.
    batch_actors = [a for _, record in items for a in record.get("actors") or [] if a.get("id") is not None]
    lookup.prefetch([actor_key(a) for a in batch_actors],
                    [normalise(str(a.get("name") or "")) for a in batch_actors],
                    {str(n).strip() for a in batch_actors for n in [a.get("name") or "", *(a.get("aliases") or [])]},
                    [normalise(str(a.get("name") or "")) for a in batch_actors if is_lone_surname(a)])
    appearances: list[dict[str, Any]] = []
    ties: list[dict[str, Any]] = []
    # What the record before changed in the stored mention counts: each record is resolved with the counts a batch
    # of its own would see (the records before it stored, its own rows not replaced yet), whatever the batch.
    change: Counter[int] = Counter()
    for article_pk, record in items:
        if change:
            lookup.add_mentions(change)
        change = Counter(replaced.get(article_pk, ()))
        record_actors = [a for a in record.get("actors") or [] if a.get("id") is not None]
        if not record_actors or article_pk not in info:
            continue
        article = info[article_pk]
        texts: dict[str, list[str]] = {}
        proper: dict[str, set[str]] | None = None  # local id → texts of its `name` mentions, where kinds are given
        for mention in record.get("mentions") or []:
            owner = mention.get("actor")
            if owner is None:
                continue
            owner, text, kind = str(owner), str(mention.get("text") or ""), mention.get("kind")
            texts.setdefault(owner, []).append(text)
            if kind is not None:
                proper = {} if proper is None else proper
                if kind == "name":
                    proper.setdefault(owner, set()).add(text.strip())
        resolutions = resolve_record(record_actors, lookup)
        # Not where a split may make an actor between two new ones, nor where adopting a kb id gives a stored
        # actor a key that a later actor of the record would then find: there they are made one at a time.
        if not splits.by_alias and not splits.by_article and \
                all(r.rule != "kb-adopt" for r in resolutions.values()):
            _make_new_actors([(resolutions[str(a["id"])], a) for a in record_actors], lookup)
        # The record's new names in one insert after its actors (nothing in between reads names), where no split
        # (which adds names as it goes) can happen.
        pending: dict[tuple[int, str], tuple[dict[str, Any], bool | None]] | None = \
            {} if not splits.by_alias and not splits.by_article else None
        local_pk: dict[str, int] = {}
        rows: list[dict[str, Any]] = []
        for actor in record_actors:
            local = str(actor["id"])
            resolution = resolutions[local]
            pk = _adopt(conn, resolution, actor, lookup)
            rule = resolution.rule
            alias_splits = splits.by_alias.get(pk, {})
            article_split = article.id in splits.by_article.get(pk, {})
            if article_split:
                pk, rule, alias_splits = (split_actor_pk(conn, splits.by_article[pk][article.id], pk, lookup),
                                          "split", {})
            elif alias_splits and normalise(str(actor.get("name") or "")) in alias_splits:
                payload = alias_splits[normalise(str(actor.get("name") or ""))]
                pk, rule, alias_splits = split_actor_pk(conn, payload, pk, lookup), "split", {}
            local_pk[local] = pk
            mention_texts = texts.get(local, [])
            total = int(actor.get("mention_count") or len(mention_texts) or 1)
            split_off = Counter(norm for norm in (normalise(t) for t in mention_texts) if norm in alias_splits) \
                if alias_splits else Counter()  # no split decision for this actor: its texts are not normalised
            for norm, count in split_off.items():
                payload = alias_splits[norm]
                rows.append(_appearance(article_pk, local, split_actor_pk(conn, payload, pk, lookup), count,
                                        {"name": payload["name"]}, "split", record, article.text))
            rows.append(_appearance(article_pk, local, pk, max(total - sum(split_off.values()), 0), actor, rule,
                                    record, article.text))
            names = [str(actor.get("name") or ""), *[str(a) for a in actor.get("aliases") or []]]
            # An actor split off for one article is not matched by name: the name belongs to the original.
            names_here = None if proper is None else {*proper.get(local, set()), names[0]}
            _add_names(conn, pk, [n for n in names if normalise(n) not in alias_splits] if alias_splits else names,
                       match=not article_split,
                       proper=names_here, lookup=lookup, pending=pending)
        if pending is not None:
            _flush_names(pending, lookup)
        for row in rows:
            change[row["actor_pk"]] += row["mention_count"]
        appearances += rows
        ties += _ties(article_pk, record, record_actors, local_pk, article.text)
        touched |= set(local_pk.values()) | {row["actor_pk"] for row in rows}
    # The batch's rows in one multi-row insert each: nothing above reads them back.
    lookup.write_names()
    insert_rows(conn, article_actors, appearances)
    insert_rows(conn, actor_ties, ties)
    if first_time:
        add_counts(conn, pks)
    else:
        recount(conn, touched)
    return BatchRows(info, [Appearance(row["article_pk"], row["local_id"], row["actor_pk"], row["name"],
                                       row["mention_count"]) for row in appearances])


def _appearance(article_pk: int, local: str, actor_pk: int, count: int, actor: Mapping[str, Any], rule: str,
                record: Mapping[str, Any], text: str | None) -> dict[str, Any]:
    roles = []
    for role in actor.get("roles") or []:
        evidence = role.get("evidence") or {}
        roles.append({**role, "sentence": _sentence_text(record, text, evidence.get("start"))
                      or evidence.get("text")})
    descriptors = [str(d) for d in actor.get("descriptors") or []]
    return {"article_pk": article_pk, "local_id": local, "actor_pk": actor_pk, "mention_count": count,
            "name": str(actor.get("name") or ""), "rule": rule,
            "aliases": [str(a) for a in actor.get("aliases") or []], "descriptors": descriptors, "roles": roles}


def _ties(article_pk: int, record: Mapping[str, Any], record_actors: Sequence[Mapping[str, Any]],
          local_pk: Mapping[str, int], text: str | None) -> list[dict[str, Any]]:
    out = []
    for actor in record_actors:
        for tie in actor.get("ties") or []:
            source, target = local_pk.get(str(actor["id"])), local_pk.get(str(tie.get("target")))
            if source is None or target is None or source == target or not tie.get("type"):
                continue
            evidence = tie.get("evidence") or {}
            out.append({"article_pk": article_pk, "source_pk": source, "target_pk": target, "type": tie["type"],
                        "evidence": evidence.get("text"), "evidence_start": evidence.get("start"),
                        "evidence_end": evidence.get("end"), "sentence": tie.get("sentence"),
                        "sentence_text": _sentence_text(record, text, evidence.get("start")) or evidence.get("text")})
    return out


def recount(conn: sa.Connection, actor_pks: Iterable[int]) -> None:
    """Recompute mention and article counts and first/last seen (article dates) of these actors."""
    pks = sorted(set(actor_pks))
    for start in range(0, len(pks), 500):
        chunk = pks[start:start + 500]
        query = (sa.select(article_actors.c.actor_pk, sa.func.sum(article_actors.c.mention_count),
                           sa.func.count(sa.distinct(article_actors.c.article_pk)), sa.func.min(articles.c.date),
                           sa.func.max(articles.c.date))
                 .join(articles, articles.c.pk == article_actors.c.article_pk)
                 .where(among(conn, article_actors.c.actor_pk, chunk)).group_by(article_actors.c.actor_pk))
        counts = {row[0]: row[1:] for row in conn.execute(query)}
        conn.execute(actors.update().where(actors.c.pk == sa.bindparam("b_pk")).values(
            mention_count=sa.bindparam("b_mentions"), article_count=sa.bindparam("b_articles"),
            first_seen=sa.bindparam("b_first"), last_seen=sa.bindparam("b_last")), [
            {"b_pk": pk, "b_mentions": int(counts[pk][0] or 0) if pk in counts else 0,
             "b_articles": int(counts[pk][1]) if pk in counts else 0,
             "b_first": counts[pk][2] if pk in counts else None, "b_last": counts[pk][3] if pk in counts else None}
            for pk in chunk])


def add_counts(conn: sa.Connection, article_pks: Sequence[int]) -> None:
    """``recount`` for the actors of articles that had none before: their rows' mentions, articles and dates are
    added to the stored counts, one statement per 500 articles over their rows only. A full ``recount`` reads
    every row of each actor, so an actor named in many stored articles (a head of state) cost a batch more as
    the store grew."""
    for start in range(0, len(article_pks), 500):
        chunk = list(article_pks[start:start + 500])
        added = (sa.select(article_actors.c.actor_pk.label("actor_pk"),
                           sa.func.sum(article_actors.c.mention_count).label("mentions"),
                           sa.func.count(sa.distinct(article_actors.c.article_pk)).label("articles"),
                           sa.func.min(articles.c.date).label("first"), sa.func.max(articles.c.date).label("last"))
                 .join(articles, articles.c.pk == article_actors.c.article_pk)
                 .where(among(conn, article_actors.c.article_pk, chunk))
                 .group_by(article_actors.c.actor_pk).subquery("added"))
        first, last = actors.c.first_seen, actors.c.last_seen
        conn.execute(actors.update().where(actors.c.pk == added.c.actor_pk).values(
            mention_count=actors.c.mention_count + sa.func.coalesce(added.c.mentions, 0),
            article_count=actors.c.article_count + added.c.articles,
            # min and max that skip a NULL on either side, as the aggregates of ``recount`` do
            first_seen=sa.case((sa.or_(first.is_(None), added.c.first < first),
                                sa.func.coalesce(added.c.first, first)), else_=first),
            last_seen=sa.case((sa.or_(last.is_(None), added.c.last > last),
                               sa.func.coalesce(added.c.last, last)), else_=last)))


def _actors_where(query: sa.Select[Any], country: str | None, sector: str | None, type: str | None,
                  pks: Iterable[int] | None) -> sa.Select[Any]:
    query = query.where(actors.c.article_count > 0)
    if pks is not None:
        query = query.where(actors.c.pk.in_(sorted(set(pks))))
    country = country_code(country) if country else None
    for column, value in ((actors.c.country, country), (actors.c.sector, sector), (actors.c.type, type)):
        if value:
            query = query.where(column == value.upper())
    return query


def list_actors(engine: sa.Engine, country: str | None = None, sector: str | None = None, type: str | None = None,
                limit: int = 50, pks: Iterable[int] | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """The most mentioned actors (at least one article), with their mention and article counts; ``pks`` keeps
    only these actors; ``offset`` skips that many of the most mentioned."""
    query = _actors_where(sa.select(actors), country, sector, type, pks)
    query = query.order_by(actors.c.mention_count.desc(), actors.c.article_count.desc(), actors.c.name,
                           actors.c.pk).limit(limit).offset(offset)
    with engine.connect() as conn:
        return [actor_summary(row) for row in conn.execute(query)]


def count_actors(engine: sa.Engine, country: str | None = None, sector: str | None = None,
                 type: str | None = None) -> int:
    """How many actors ``list_actors`` would give with no limit."""
    query = _actors_where(sa.select(sa.func.count()).select_from(actors), country, sector, type, None)
    with engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


# -- for exports -----------------------------------------------------------------------------------------------


def export_actors(conn: sa.Connection) -> list[dict[str, Any]]:
    """Every actor seen in at least one article, with its names, the proper names among them, and kb ids."""
    rows = [actor_summary(r) for r in conn.execute(sa.select(actors).where(actors.c.article_count > 0)
                                              .order_by(actors.c.pk))]
    names: dict[int, list[str]] = {}
    matched: dict[int, list[str]] = {}
    for pk, name, norm in conn.execute(sa.select(actor_names.c.actor_pk, actor_names.c.name, actor_names.c.norm)
                                       .order_by(actor_names.c.name)):
        names.setdefault(pk, []).append(name)
        if norm is not None:
            matched.setdefault(pk, []).append(name)
    kb_ids: dict[int, list[str]] = {}
    for key, pk in conn.execute(sa.select(actor_keys.c.key, actor_keys.c.actor_pk)
                                .where(actor_keys.c.key.like("kb:%")).order_by(actor_keys.c.key)):
        kb_ids.setdefault(pk, []).append(key[3:])
    for row in rows:
        row["names"] = names.get(row["pk"], [])
        row["proper_names"] = matched.get(row["pk"], [])  # the names it is identified by (not descriptions)
        row["kb_ids"] = kb_ids.get(row["pk"], [])
    return rows


def export_ties(conn: sa.Connection) -> list[dict[str, Any]]:
    """Ties aggregated by (source, target, type): how many articles state them, and their sentences."""
    grouped: dict[tuple[int, int, str], dict[str, Any]] = {}
    query = (sa.select(actor_ties, articles.c.id.label("article_id"))
             .join(articles, articles.c.pk == actor_ties.c.article_pk).order_by(actor_ties.c.pk))
    for tie in conn.execute(query):
        item = grouped.setdefault((tie.source_pk, tie.target_pk, tie.type), {
            "source_pk": tie.source_pk, "target_pk": tie.target_pk, "type": tie.type, "articles": [],
            "sentences": []})
        if tie.article_id not in item["articles"]:
            item["articles"].append(tie.article_id)
        if tie.sentence_text and tie.sentence_text not in item["sentences"]:
            item["sentences"].append(tie.sentence_text)
    return [item | {"count": len(item["articles"])} for item in grouped.values()]


def export_appearances(conn: sa.Connection) -> list[dict[str, Any]]:
    """(actor, article) pairs with the article's metadata, the actor's current role titles there and the
    sentences that give its roles."""
    query = (sa.select(article_actors.c.actor_pk, article_actors.c.mention_count, article_actors.c.roles,
                       articles.c.id, articles.c.title, articles.c.date, articles.c.url, articles.c.canonical_url,
                       articles.c.site, articles.c.authors)
             .join(articles, articles.c.pk == article_actors.c.article_pk).order_by(articles.c.pk,
                                                                                     article_actors.c.pk))
    grouped: dict[tuple[int, str], dict[str, Any]] = {}
    for row in conn.execute(query):
        item = grouped.setdefault((row.actor_pk, row.id), {
            "actor_pk": row.actor_pk, "article": {"id": row.id, "title": row.title, "date": row.date,
                                                  "url": row.canonical_url or row.url, "site": row.site,
                                                  "authors": list(row.authors or [])},
            "mentions": 0, "sentences": [], "titles": []})
        item["mentions"] += row.mention_count
        for role in row.roles or []:
            if role.get("title") and not role.get("former") and role["title"] not in item["titles"]:
                item["titles"].append(role["title"])
            if role.get("sentence") and role["sentence"] not in item["sentences"]:
                item["sentences"].append(role["sentence"])
    return list(grouped.values())


__all__ = ["add_counts", "export_actors", "export_appearances", "export_ties", "index_actors", "list_actors",
           "recount", "split_actor_pk"]
