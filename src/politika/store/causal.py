"""The causal map in the store: the records' causal links between factors, and the users' factor decisions.

``index_causal`` runs inside ``Store.save_records``' transaction, after ``index_actors`` and ``index_claims``:
it replaces the article's rows in ``causal_links``. Each cause and effect span becomes a factor key
(``politika.graph.factors.factor_name``); the key leads to a factor through ``causal_factor_keys``: a key seen
before keeps its factor, a new key joins the most similar factor (``graph.factors.FactorIndex``: only the keys
sharing its head are scored, and in embeddings mode each name is embedded once, a batch's new names together) or
makes a new one. Users' decisions (rename, merge, split) move keys and names and are logged in
``causal_decisions``; since links point at keys, not factors, articles analysed again land on the factors the
users made.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from politika.errors import InputError, NotFound
from politika.graph.causal_map import DEFAULT_MIN_CONFIDENCE, CausalMap, build_map
from politika.graph.factors import (
    FactorIndex,
    FactorName,
    factor_name,
    key_of,
    not_a_factor,
    on_one_thread,
    similarity_mode,
)
from politika.periods import check_period
from politika.store.batch import BatchRows, read_batch
from politika.store.hierarchy import filter_actor_pks
from politika.store.refs import find_article
from politika.store.schema import (
    actors,
    articles,
    causal_decisions,
    causal_factor_keys,
    causal_factors,
    causal_link_actors,
    causal_links,
)
from politika.store.sql import among, check_date, now

# -- indexing -------------------------------------------------------------------------------------------------


class FactorIndexCache:
    """The factor index of a store's writer, kept from one save batch to the next (``Store`` holds one).

    Reading every stored key and factor name to build the index at each batch made a batch's cost grow with the
    store (100,000 factors: ~0.35 s of CPU a batch to build it, besides the read; in embeddings mode the whole
    vector matrix was stacked again). Now the index a batch used, with what the batch added (settled to the
    stored keys and factor names by ``flush``), serves the next batch, unless the store changed in between: the
    **stamp** is the highest key of ``causal_factors`` and of ``causal_decisions``, and every other write of the
    factor tables raises one of them (a new factor; a join, rename, merge or split is logged as a decision). A
    rolled-back transaction drops the index (``Store.transaction``), since the rows it learnt are gone.
    """

    def __init__(self) -> None:
        self.index: FactorIndex | None = None
        self.names: dict[int, str] = {}  # factor pk → name
        self.stamp: tuple[Any, ...] | None = None
        self.reads = 0  # indexes read from the store (tests)

    def take(self, conn: sa.Connection) -> FactorIndex:
        """The index for a batch: the kept one if the store is as the last batch left it, else read afresh."""
        stamp = _factor_stamp(conn)
        if self.index is None or self.stamp != stamp:
            self.names = dict(conn.execute(sa.select(causal_factors.c.pk, causal_factors.c.name)).all())
            self.index = FactorIndex((pk, key, self.names.get(pk, key)) for key, pk in conn.execute(
                sa.select(causal_factor_keys.c.key, causal_factor_keys.c.factor_pk)))
            self.reads += 1
        self.stamp = None  # in use: the index holds stand-ins until ``settle``
        return self.index

    def settle(self, conn: sa.Connection, made: Mapping[int, int], names: Mapping[int, str]) -> None:
        """After a batch's flush: its stand-ins are ``made`` (stand-in → stored pk), its new factors ``names``."""
        if self.index is not None:
            self.names.update(names)
            self.index.settle(made, self.names)
            self.stamp = _factor_stamp(conn)

    def drop(self) -> None:
        self.index, self.names, self.stamp = None, {}, None


def _factor_stamp(conn: sa.Connection) -> tuple[Any, ...]:
    return tuple(conn.execute(sa.select(sa.select(sa.func.max(causal_factors.c.pk)).scalar_subquery(),
                                        sa.select(sa.func.max(causal_decisions.c.pk)).scalar_subquery())).one())


class _Factors:
    """Key → factor inside the current transaction; new keys join a similar factor or make one.

    A factor made in the batch gets a stand-in key (a negative number) until ``flush`` inserts the batch's new
    factors in one statement, in the order they were made, and puts their keys in its place: the index only
    compares keys and names, so nothing before ``flush`` needs the stored key.
    """

    def __init__(self, conn: sa.Connection, cache: FactorIndexCache | None = None) -> None:
        self.conn = conn
        self.cache = cache if cache is not None else FactorIndexCache()
        self.actors: dict[int, int] = {}  # factor pk → the first actor seen in it in this batch
        self.keys: list[dict[str, Any]] = []  # new keys, stored by ``flush``
        self.decisions: list[dict[str, Any]] = []  # why they joined a factor, stored by ``flush``
        self.made: list[dict[str, Any]] = []  # new factors, stand-in pk -(n + 1) for made[n], stored by ``flush``
        self.stored: dict[str, int] = {}  # factors already stored under a key that leads elsewhere (``prepare``)
        self.key_of: dict[int, str | None] = {}
        self.index = self.cache.take(conn)
        self.article: int | None = None  # the article whose links are being indexed
        self.near: set[int] = set()  # the factors it named so far: a phrase holding one's words joins it

    def prepare(self, names: Sequence[FactorName]) -> None:
        """Embed the names of the new keys of a batch at once (embeddings mode), before they are matched, and
        read the factors already made under those keys (a user's decision moved the key to another factor: the
        factor that was made with it is found again, as an insert that conflicts would find it)."""
        new = list(dict.fromkeys(n.name for n in names if self.index.get(n.key) is None))
        self.index.prepare(new)
        keys = sorted({n.key for n in names if self.index.get(n.key) is None})
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            self.stored.update(self.conn.execute(sa.select(causal_factors.c.key, causal_factors.c.pk)
                                                 .where(among(self.conn, causal_factors.c.key, chunk))).all())

    def factor(self, name: FactorName, actor_pk: int | None, article_pk: int | None = None) -> int:
        """The factor of a phrase of article ``article_pk``: the one its key leads to, else the one it joins (a
        factor this article named already joins on its words inside the phrase's, ``FactorIndex.match``'s
        ``near``), else a new one."""
        if article_pk != self.article:
            self.article, self.near = article_pk, set()
        pk = self.index.get(name.key)
        if pk is None:
            found = self.index.match(name, self.near)
            if found is not None:  # a new phrase joins a factor: say why (``politika factor list``)
                self.decisions.append({"action": "join", "created_at": now(), "payload": {
                    "key": name.key, "name": name.name, "factor": self._key_of(found), "reason": self.index.reason}})
            pk = found if found is not None else self._make(name)
            self.keys.append({"key": name.key, "factor_pk": pk, "pinned": False})
            self.index.add(pk, name.key, name.name)
        if actor_pk is not None:
            self.actors.setdefault(pk, actor_pk)  # the first actor named in it, if it has none (``flush``)
        if article_pk is not None:
            self.near.add(pk)
        return pk

    def flush(self) -> None:
        """Store what the batch decided, a statement each: the new factors (with the first actor seen in each),
        the new keys, why they joined a factor, and the first actor seen in each stored factor that has none
        (nothing in the batch reads them back: the index holds them)."""
        from politika.store.bulk import insert_new_rows, insert_rows

        real: dict[int, int] = {}
        made_names: dict[int, str] = {}
        if self.made:
            for number, row in enumerate(self.made):
                row["actor_pk"] = self.actors.pop(-(number + 1), None)
            for number, pk in enumerate(insert_new_rows(self.conn, causal_factors, self.made)):
                real[-(number + 1)] = pk
                made_names[pk] = self.made[number]["name"]
            self.made = []
        if self.keys:
            for row in self.keys:
                row["factor_pk"] = real.get(row["factor_pk"], row["factor_pk"])
            insert_rows(self.conn, causal_factor_keys, self.keys, ignore=True)
            self.keys = []
        if self.decisions:
            insert_rows(self.conn, causal_decisions, self.decisions)
            self.decisions = []
        if self.actors:
            self.conn.execute(causal_factors.update().where(causal_factors.c.pk == sa.bindparam("b_pk"),
                                                            causal_factors.c.actor_pk.is_(None))
                              .values(actor_pk=sa.bindparam("b_actor")),
                              [{"b_pk": pk, "b_actor": actor} for pk, actor in self.actors.items()])
            self.actors = {}
        self.cache.settle(self.conn, real, made_names)

    def _key_of(self, pk: int) -> str | None:
        if pk not in self.key_of:
            self.key_of[pk] = self.conn.execute(sa.select(causal_factors.c.key)
                                                .where(causal_factors.c.pk == pk)).scalar()
        return self.key_of[pk]

    def _make(self, name: FactorName) -> int:
        if name.key in self.stored:
            return self.stored[name.key]
        self.made.append({"key": name.key, "name": name.name, "created_at": now()})
        pk = -len(self.made)
        self.key_of[pk] = name.key
        self.stored[name.key] = pk  # a second new name with this key (never: the index has it) finds it
        return pk


def _span(value: Any) -> tuple[str | None, int | None, int | None]:
    if not isinstance(value, Mapping):
        return None, None, None
    return value.get("text"), value.get("start"), value.get("end")


def _sentence_text(record: Mapping[str, Any], text: str | None, index: Any) -> str | None:
    sentences = record.get("sentences") or []
    if text is None or not isinstance(index, int) or not 0 <= index < len(sentences):
        return None
    sentence = sentences[index]
    return text[sentence.get("start", 0):sentence.get("end", 0)].strip() or None


def _assertions(record: Mapping[str, Any]) -> list[tuple[Any, Any, str]]:
    """The record's attributions that can assert a link, in order: ``(content start, content end, source)`` of
    each with a content span and a source, not the author's own (read once a record, not once a link)."""
    out = []
    for item in record.get("attributions") or []:
        if not isinstance(item, Mapping):
            continue
        content, source = item.get("content"), _span(item.get("source"))[0]
        if isinstance(content, Mapping) and source and not item.get("author"):
            out.append((content.get("start") or 0, content.get("end") or 0, str(source)))
    return out


def _asserted_by(assertions: Sequence[tuple[Any, Any, str]], start: int | None, end: int | None,
                 fallback: str) -> str:
    """Who asserts a link at ``start:end``: the source of the first attribution (``_assertions``) whose content
    holds it, else ``fallback`` (the article's first author, else its outlet, else its id)."""
    if start is not None and end is not None:
        for content_start, content_end, source in assertions:
            if content_start <= start and end <= content_end:
                return source
    return fallback


def factor_text(record: Mapping[str, Any], span: Mapping[str, Any] | None) -> str | None:
    """The text a cause or effect span names a factor by: the span's own; for a pronoun ("it", "they", "which"),
    the name of the actor the actors layer resolved it to (a mention overlapping it); None when it cannot be a
    factor (an unresolved pronoun, a time, a duration, a quantity: :func:`politika.graph.factors.not_a_factor`)."""
    text, start, end = _span(span)
    if not text:
        return None
    reason = not_a_factor(str(text))
    if reason is None:
        return str(text)
    if reason != "pronoun" or start is None or end is None:
        return None
    names = {a.get("id"): a.get("name") for a in record.get("actors") or [] if isinstance(a, Mapping)}
    for mention in record.get("mentions") or []:
        name = names.get(mention.get("actor")) if isinstance(mention, Mapping) else None
        if name and mention.get("start") is not None and mention.get("end") is not None and \
                int(mention["start"]) < end and start < int(mention["end"]) and not_a_factor(str(name)) is None:
            return str(name)
    return None


def record_factor_names(record: Mapping[str, Any]) -> list[str]:
    """The factor names (``FactorName.name``) of a record's causal links that :func:`index_causal` matches (those
    whose cause and effect both name a factor), in order, each once: what a sharded job's worker embeds for the merge
    (``graph.factors.embed_names``), so that the driver embeds none of them."""
    out: dict[str, None] = {}
    for link in record.get("causal") or []:
        if not isinstance(link, Mapping):
            continue
        texts = factor_text(record, link.get("cause")), factor_text(record, link.get("effect"))
        if texts[0] and texts[1]:
            out.update((factor_name(str(text)).name, None) for text in texts)
    return list(out)


@contextmanager
def _on_one_thread(index: FactorIndex) -> Iterator[None]:
    """In embeddings mode, PyTorch (the batch's new factor names embedded) and NumPy's BLAS (each match's cosines
    against every factor) on one thread inside. With their default of a thread per core the threads wait for each
    other, spinning, whenever the cores are busy (a job's workers, other processes): the 2,000 articles of
    ``bench_scale.py --merge-only`` merged into SQLite in 33.2 s for 33.8 s of CPU, on one thread in 16.1 s for
    15.3 s, the same store; with the names embedded already, 7.2-8.7 s of CPU against 4.0-4.7. ``threadpoolctl``
    comes with the embeddings extra (scikit-learn, under sentence-transformers); without it nothing is limited."""
    if (index.mode or similarity_mode()) != "embeddings":
        yield
        return
    with on_one_thread():
        yield


def index_causal(conn: sa.Connection, items: Sequence[tuple[int, Mapping[str, Any]]],
                 cache: FactorIndexCache | None = None, batch: BatchRows | None = None) -> None:
    """Replace the causal links of these articles (``(article_pk, record)``); ``cache`` keeps the factor index
    for the next batch of the same store (without one it is read from the store each time); ``batch``: the
    articles' rows and appearances as ``index_actors`` returned them (else read from the store)."""
    from politika.store.bulk import insert_new_rows, insert_rows

    pks = [pk for pk, _ in items]
    if not pks:
        return
    old = sa.select(causal_links.c.pk).where(among(conn, causal_links.c.article_pk, pks))
    conn.execute(causal_link_actors.delete().where(causal_link_actors.c.link_pk.in_(old)))
    conn.execute(causal_links.delete().where(among(conn, causal_links.c.article_pk, pks)))
    batch = batch if batch is not None else read_batch(conn, pks)
    info = batch.articles
    local_actor: dict[tuple[int, str], int] = {}
    for row in batch.appearances:
        local_actor[(row.article_pk, row.local_id)] = row.actor_pk  # the actor's own row comes last
    names: dict[str, FactorName] = {}  # span text → factor name, made once for the pre-pass and the links
    named_links: dict[tuple[int, int], tuple[str | None, str | None]] = {}  # (record, link) → factor texts
    for article_pk, record in items:
        found = [x for x in record.get("causal") or [] if isinstance(x, Mapping)] if article_pk in info else []
        for index, link in enumerate(found):
            texts = named_links[(id(record), index)] = (factor_text(record, link.get("cause")),
                                                         factor_text(record, link.get("effect")))
            if all(texts):
                names.update((str(t), factor_name(str(t))) for t in texts if str(t) not in names)
    if not names:
        return
    factors = _Factors(conn, cache)
    rows: list[dict[str, Any]] = []
    about: list[list[tuple[int, str]]] = []
    with _on_one_thread(factors.index):
        factors.prepare(list(names.values()))
        for article_pk, record in items:
            found = [x for x in record.get("causal") or [] if isinstance(x, Mapping)]
            if not found or article_pk not in info:
                continue
            article = info[article_pk]
            fallback = str((article.authors or [None])[0] or article.site or article.id)
            assertions = _assertions(record)
            mentions = [(int(m["start"]), int(m["end"]), local_actor[(article_pk, str(m["actor"]))])
                        for m in record.get("mentions") or []
                        if m.get("actor") is not None and m.get("start") is not None and m.get("end") is not None
                        and (article_pk, str(m["actor"])) in local_actor]
            for index, link in enumerate(found):
                cause, effect, signal = _span(link.get("cause")), _span(link.get("effect")), _span(link.get("signal"))
                named = named_links[(id(record), index)]
                if not cause[0] or not effect[0] or not all(named):
                    continue  # no factor: an unresolved pronoun, a time, a duration or a quantity
                sides: list[tuple[int, str]] = []
                keys = []
                negations = 0
                for side, (_, start, end), text in (("cause", cause, named[0]), ("effect", effect, named[1])):
                    name = names[str(text)]
                    negations += name.negated
                    inside = [actor for s, e, actor in mentions
                              if start is not None and end is not None and start <= s and e <= end]
                    sides += [(actor, side) for actor in dict.fromkeys(inside)]
                    factors.factor(name, inside[0] if inside else None, article_pk)
                    keys.append(name.key)
                stated = "-" if link.get("polarity") == "-" else "+"
                # An insufficient cause ("sanctions were not enough to bring Putin to his knees") pushes the effect
                # the stated way, too weakly: a weak positive in the map (causal_map.KIND_WEIGHT), not a negative.
                base = "+" if link.get("kind") == "insufficient" else stated
                polarity = base if negations % 2 == 0 else ("+" if base == "-" else "-")
                starts = [s for s in (cause[1], effect[1]) if s is not None]
                ends = [e for e in (cause[2], effect[2]) if e is not None]
                rows.append({
                    "article_pk": article_pk, "idx": index, "sentence": link.get("sentence"),
                    "sentence_text": _sentence_text(record, article.text, link.get("sentence")),
                    "cause_key": keys[0], "effect_key": keys[1],
                    "cause_text": cause[0], "cause_start": cause[1], "cause_end": cause[2],
                    "effect_text": effect[0], "effect_start": effect[1], "effect_end": effect[2],
                    "signal_text": signal[0], "signal_start": signal[1], "signal_end": signal[2],
                    "polarity": polarity, "stated_polarity": stated, "confidence": link.get("confidence"),
                    "negated": bool(link.get("negated")), "hedged": bool(link.get("hedged")),
                    "kind": (str(link["kind"])[:20] if link.get("kind") else None),
                    "source": _asserted_by(assertions, min(starts) if starts else None,
                                           max(ends) if ends else None, fallback),
                    "date": article.date})
                about.append(sides)
    factors.flush()
    if rows:  # the batch's links in one multi-row insert, then their actors in another
        pairs = [{"link_pk": link_pk, "actor_pk": actor, "side": side}
                 for link_pk, sides in zip(insert_new_rows(conn, causal_links, rows), about, strict=True)
                 for actor, side in sides]
        insert_rows(conn, causal_link_actors, pairs, ignore=True)  # COPY on PostgreSQL, not a statement a row


# -- reading --------------------------------------------------------------------------------------------------


@dataclass
class CausalFilter:
    """Which links make the map; references are resolved in the query's connection."""

    article: str | None = None  # article id, id prefix or source id
    site: str | None = None  # outlet
    author: str | None = None  # text in the article's authors
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None
    actor: str | None = None  # a stored actor (name, id, kb id): links whose factors or spans involve it
    include_parts: bool = False  # the actor with its parts (store/hierarchy.py)
    cause: str | None = None  # factor search: links whose cause factor matches (name or phrase words)
    effect: str | None = None  # ... whose effect factor matches ("what causes X")
    # Links under this confidence are left out (None or 0: every stored link); the default is the layer's claims.
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE


def filter_links(conn: sa.Connection, query: sa.Select[Any], filters: CausalFilter, cause: Any, effect: Any
                 ) -> sa.Select[Any]:
    """``query`` (over ``causal_links``; ``cause``, ``effect``: the factor tables it joins) narrowed by ``filters``."""
    check_date("since", filters.since)
    check_date("until", filters.until)
    check_period(filters.since, filters.until)
    if filters.article:
        query = query.where(causal_links.c.article_pk == find_article(conn, filters.article))
    if filters.site:
        query = query.where(articles.c.site == filters.site)
    if filters.author:
        escaped = filters.author.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(sa.cast(articles.c.authors, sa.Text).ilike(f"%{escaped}%", escape="\\"))
    if filters.since:
        query = query.where(causal_links.c.date >= filters.since)
    if filters.until:
        query = query.where(causal_links.c.date <= filters.until)
    if filters.min_confidence:
        query = query.where(sa.or_(causal_links.c.confidence.is_(None),
                                   causal_links.c.confidence >= filters.min_confidence))
    if filters.cause:
        query = query.where(factor_matches(cause, filters.cause))
    if filters.effect:
        query = query.where(factor_matches(effect, filters.effect))
    if filters.actor:
        pks = filter_actor_pks(conn, filters.actor, filters.include_parts)
        spans = sa.select(causal_link_actors.c.link_pk).where(causal_link_actors.c.actor_pk.in_(pks))
        query = query.where(sa.or_(cause.c.actor_pk.in_(pks), effect.c.actor_pk.in_(pks),
                                   causal_links.c.pk.in_(spans)))
    return query


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def factor_matches(factor: Any, text: str) -> Any:
    """The condition that a factor (a ``causal_factors`` alias) matches a search: its name holds ``text`` (any
    case), or its key holds the stems of ``text`` in order ("sanction" finds "Western sanctions", "sanctions
    on Russia"; "strikes" finds "Russia strike")."""
    text = text.strip()
    if not text:
        raise InputError("factor search", "give a word or phrase to look for")
    key = key_of(text)
    return sa.or_(sa.func.lower(factor.c.name).like(_like(text.lower()), escape="\\"),
                  factor.c.key.like(_like(key), escape="\\"))


def list_links(engine: sa.Engine, filters: CausalFilter | None = None) -> list[dict[str, Any]]:
    """Every stored causal link that passes ``filters``, oldest article first, as dicts: the cause and effect
    factors (``{"id", "name", "actor"}``), the spans, signal, polarity, flags, the asserting ``source`` and the
    article (id, title, outlet, date) with the sentence. Bad filter values raise ``InputError``."""
    cause_key, effect_key = causal_factor_keys.alias("ck"), causal_factor_keys.alias("ek")
    cause, effect = causal_factors.alias("cf"), causal_factors.alias("ef")
    query = (sa.select(causal_links, articles.c.id.label("article_id"), articles.c.title, articles.c.site,
                       cause.c.key.label("cause_id"), cause.c.name.label("cause_name"),
                       cause.c.actor_pk.label("cause_actor"), effect.c.key.label("effect_id"),
                       effect.c.name.label("effect_name"), effect.c.actor_pk.label("effect_actor"))
             .join(articles, articles.c.pk == causal_links.c.article_pk)
             .join(cause_key, cause_key.c.key == causal_links.c.cause_key)
             .join(cause, cause.c.pk == cause_key.c.factor_pk)
             .join(effect_key, effect_key.c.key == causal_links.c.effect_key)
             .join(effect, effect.c.pk == effect_key.c.factor_pk))
    with engine.connect() as conn:
        query = filter_links(conn, query, filters or CausalFilter(), cause, effect)
        rows = conn.execute(query.order_by(causal_links.c.date.nulls_last(), causal_links.c.article_pk,
                                           causal_links.c.idx)).all()
        actor_pks = {pk for row in rows for pk in (row.cause_actor, row.effect_actor) if pk is not None}
        named = {row.pk: {"id": row.key, "name": row.name} for row in conn.execute(
            sa.select(actors.c.pk, actors.c.key, actors.c.name).where(actors.c.pk.in_(actor_pks)))} \
            if actor_pks else {}
    return [_link_dict(row, named) for row in rows]


def what_causes(engine: sa.Engine, text: str, **filters: Any) -> CausalMap:
    """Factor search, "what causes X": the map of the links whose effect factor matches ``text`` (its name holds
    it, or its key holds its stems), with the other :class:`CausalFilter` fields as keywords.

    >>> cmap = what_causes(store.engine, "sanctions", since="2024-01-01")  # doctest: +SKIP
    >>> [(cmap.name(e.cause), e.polarity, cmap.name(e.effect)) for e in cmap.edges]  # doctest: +SKIP
    """
    return build_map(list_links(engine, CausalFilter(effect=text, **filters)))


def what_follows(engine: sa.Engine, text: str, **filters: Any) -> CausalMap:
    """Factor search, "what does X lead to": the map of the links whose cause factor matches ``text``."""
    return build_map(list_links(engine, CausalFilter(cause=text, **filters)))


def _link_dict(row: Any, named: Mapping[int, dict[str, str]]) -> dict[str, Any]:
    def span(prefix: str) -> dict[str, Any] | None:
        text = row._mapping[f"{prefix}_text"]
        if text is None:
            return None
        return {"text": text, "start": row._mapping[f"{prefix}_start"], "end": row._mapping[f"{prefix}_end"]}

    return {"cause": {"id": row.cause_id, "name": row.cause_name, "actor": named.get(row.cause_actor)},
            "effect": {"id": row.effect_id, "name": row.effect_name, "actor": named.get(row.effect_actor)},
            "polarity": row.polarity, "stated_polarity": row.stated_polarity, "confidence": row.confidence,
            "negated": row.negated, "hedged": row.hedged, "kind": row.kind, "source": row.source,
            "cause_span": span("cause"), "effect_span": span("effect"), "signal": span("signal"),
            "article": row.article_id, "title": row.title, "site": row.site, "date": row.date,
            "sentence": row.sentence, "sentence_text": row.sentence_text}


def list_factors(engine: sa.Engine) -> list[dict[str, Any]]:
    """Every factor with at least one link: id, name, the keys that lead to it and how many links use it."""
    with engine.connect() as conn:
        keys: dict[int, list[str]] = {}
        for key, pk in conn.execute(sa.select(causal_factor_keys.c.key, causal_factor_keys.c.factor_pk)
                                    .order_by(causal_factor_keys.c.key)):
            keys.setdefault(pk, []).append(key)
        counts: dict[str, int] = {}
        for column in (causal_links.c.cause_key, causal_links.c.effect_key):
            for key, n in conn.execute(sa.select(column, sa.func.count()).group_by(column)):
                counts[key] = counts.get(key, 0) + int(n)
        joined: dict[str, list[dict[str, Any]]] = {}
        for payload in conn.execute(sa.select(causal_decisions.c.payload).where(causal_decisions.c.action == "join")
                                    .order_by(causal_decisions.c.pk)).scalars():
            joined.setdefault(str(payload.get("factor")), []).append(
                {"phrase": payload.get("name"), "key": payload.get("key"), "reason": payload.get("reason")})
        out = []
        for row in conn.execute(sa.select(causal_factors).order_by(causal_factors.c.name)):
            used = sum(counts.get(k, 0) for k in keys.get(row.pk, []))
            if used:
                mine = set(keys.get(row.pk, []))
                out.append({"id": row.key, "name": row.name, "keys": keys.get(row.pk, []), "links": used,
                            "joined": [j for j in joined.get(row.key, []) if j["key"] in mine]})
    return out


SIMILAR_EMBEDDED = 50_000  # past this many factors, similar_factors compares words only (embedding all would be slow)


def similar_factors(engine: sa.Engine, ref: str, limit: int = 10, offset: int = 0,
                    min_similarity: float = 0.6, max_embedded: int = SIMILAR_EMBEDDED) -> dict[str, Any]:
    """The factors nearest to factor ``ref`` (its id, name or a phrase leading to it) that the map keeps apart, most
    similar first: for a reader to merge by hand (:func:`merge_factors`) what the precise automatic rule leaves as
    two factors ("indecision" in one article, "Western indecision" in another).

    Similarity is the larger of a lexical score of the keys over 100 (rapidfuzz's ``token_set_ratio`` where their
    heads agree, one's words inside the other's scoring 100; else its ``token_sort_ratio``) and, in embeddings
    mode, the cosine of the names' all-MiniLM-L6-v2 vectors; factors at
    ``min_similarity`` or more are listed, each with its links, the articles that name it, both scores and why
    the automatic rule keeps it apart (``apart``); ``offset`` skips the first ones. Factors without links are left
    out. Every stored factor is scored (a scan); past ``max_embedded`` factors by their words only, since each
    process embeds every name once (``by_meaning`` in the result says which)."""
    import numpy as np
    from rapidfuzz import fuzz, process

    from politika.graph.factors import bare_and_long, head_of, name_vectors, similarity_mode

    if limit < 1:
        raise InputError("--limit", "must be 1 or more")
    if offset < 0:
        raise InputError("--offset", "must be 0 or more")
    with engine.connect() as conn:
        target = find_factor(conn, ref)
        rows = [r for r in conn.execute(sa.select(causal_factors.c.pk, causal_factors.c.key, causal_factors.c.name)
                                        .order_by(causal_factors.c.pk)) if r.pk != target.pk]
        by_meaning = similarity_mode() == "embeddings" and len(rows) <= max_embedded
        if not rows:
            return {"factor": {"id": target.key, "name": target.name}, "similar": [], "by_meaning": by_meaning}
        stored = [r.key for r in rows]
        # one key's words inside the other's score 100 where the heads agree ("indecision", "Western
        # indecision"); otherwise only the same words, about as many ("sanctions" is not "a package of sanctions")
        same_head = np.array([head_of(key) == head_of(target.key) for key in stored])
        lexical = process.cdist([target.key], stored, scorer=fuzz.token_sort_ratio, dtype=np.float64)[0] / 100
        if same_head.any():
            lexical[same_head] = process.cdist([target.key], [stored[i] for i in np.flatnonzero(same_head)],
                                               scorer=fuzz.token_set_ratio, dtype=np.float64)[0] / 100
        cosine = None
        if by_meaning:
            vectors = name_vectors([target.name.lower(), *(r.name.lower() for r in rows)])
            cosine = vectors[1:] @ vectors[0]
        score = lexical if cosine is None else np.maximum(lexical, cosine)
        found = []
        for i in sorted(np.flatnonzero(score >= min_similarity).tolist(), key=lambda i: (-float(score[i]), i)):
            row = rows[i]
            keys = sa.select(causal_factor_keys.c.key).where(causal_factor_keys.c.factor_pk == row.pk)
            named = sa.or_(causal_links.c.cause_key.in_(keys), causal_links.c.effect_key.in_(keys))
            links, articles_ = conn.execute(sa.select(sa.func.count(),
                                                      sa.func.count(causal_links.c.article_pk.distinct()))
                                            .where(named)).one()
            if not links:
                continue
            if FactorIndex([(row.pk, row.key, row.name)]).match(factor_name(target.name)) is not None:
                apart = "the rule would join them now (kept apart by a user's split, or stored before the rule)"
            elif head_of(target.key) != head_of(row.key) and cosine is None:  # the lexical rule's first test
                apart = f"different heads ('{head_of(target.key)}', '{head_of(row.key)}')"
            elif bare_and_long(target.key, row.key):  # three or more content words: in no article
                apart = "a bare word and a phrase of three or more content words: never joined"
            elif bare_and_long(target.key, row.key, same_article=False):
                apart = "a bare word and a longer phrase: joined only within one article"
            elif same_head[i] and lexical[i] >= 0.85:  # the subset score the store uses within one article
                apart = "one holds the other's words and more: joined only within one article"
            else:
                apart = "under the thresholds (lexical 85" + (", cosine 0.82)" if cosine is not None else ")")
            found.append({"id": row.key, "name": row.name, "links": int(links), "articles": int(articles_),
                          "lexical": round(float(lexical[i]) * 100, 1), "cosine": (round(float(cosine[i]), 3)
                                                                               if cosine is not None else None),
                          "apart": apart})
            if len(found) == offset + limit:
                break
    return {"factor": {"id": target.key, "name": target.name}, "similar": found[offset:], "by_meaning": by_meaning}


# -- decisions ------------------------------------------------------------------------------------------------


def find_factor(conn: sa.Connection, ref: str) -> Any:
    """The factor ``ref`` names: its id, its name (any case), or any phrase whose key leads to it."""
    ref = ref.strip()
    for condition in (causal_factors.c.key == ref, sa.func.lower(causal_factors.c.name) == ref.lower()):
        row = conn.execute(sa.select(causal_factors).where(condition).order_by(causal_factors.c.pk).limit(1)).first()
        if row is not None:
            return row
    row = conn.execute(sa.select(causal_factors).join(causal_factor_keys,
                                                      causal_factor_keys.c.factor_pk == causal_factors.c.pk)
                       .where(causal_factor_keys.c.key == key_of(ref))).first()
    if row is not None:
        return row
    from rapidfuzz import fuzz, process  # the hint only: stats, articles and search start without rapidfuzz

    names = list(conn.execute(sa.select(causal_factors.c.name)).scalars())
    near = [name for name, _, _ in process.extract(ref, names, scorer=fuzz.WRatio, limit=3)]
    hint = f"; did you mean {', '.join(repr(n) for n in near)}?" if near else ""
    raise NotFound(ref, f"no such factor in the causal map (see `politika causal`){hint}")


def _decide(conn: sa.Connection, action: str, payload: dict[str, Any]) -> None:
    conn.execute(causal_decisions.insert().values(action=action, payload=payload, created_at=now()))


def _claim_key(conn: sa.Connection, key: str, factor_pk: int) -> None:
    """Point ``key`` at ``factor_pk`` for good (a user decision)."""
    updated = conn.execute(causal_factor_keys.update().where(causal_factor_keys.c.key == key)
                           .values(factor_pk=factor_pk, pinned=True)).rowcount
    if not updated:
        conn.execute(causal_factor_keys.insert().values(key=key, factor_pk=factor_pk, pinned=True))


def _summary(conn: sa.Connection, pk: int) -> dict[str, Any]:
    row = conn.execute(sa.select(causal_factors).where(causal_factors.c.pk == pk)).one()
    keys = list(conn.execute(sa.select(causal_factor_keys.c.key).where(causal_factor_keys.c.factor_pk == pk)
                             .order_by(causal_factor_keys.c.key)).scalars())
    return {"id": row.key, "name": row.name, "keys": keys}


def rename_factor(engine: sa.Engine, ref: str, name: str) -> dict[str, Any]:
    """Give a factor a new name; the name's key leads to it from now on."""
    name = " ".join(name.split())
    if not name:
        raise InputError("NAME", "is empty; give the factor a name")
    with engine.begin() as conn:
        row = find_factor(conn, ref)
        owner = conn.execute(sa.select(causal_factor_keys.c.factor_pk)
                             .where(causal_factor_keys.c.key == key_of(name))).scalar()
        if owner is not None and owner != row.pk:
            other = _summary(conn, owner)
            raise InputError(name, f"is the factor {other['name']!r} already; merge the two instead "
                                   f"(`politika factor merge {name!r} {row.name!r}`)")
        conn.execute(causal_factors.update().where(causal_factors.c.pk == row.pk).values(name=name))
        _claim_key(conn, key_of(name), row.pk)
        _decide(conn, "rename", {"factor": row.key, "old": row.name, "name": name})
        return _summary(conn, row.pk)


def merge_factors(engine: sa.Engine, into: str, merged: str) -> dict[str, Any]:
    """Merge factor ``merged`` into ``into``: its keys, and so its links, lead to ``into`` from now on."""
    with engine.begin() as conn:
        keep, gone = find_factor(conn, into), find_factor(conn, merged)
        if keep.pk == gone.pk:
            raise InputError(merged, f"is the same factor as {into!r} ({keep.name})")
        conn.execute(causal_factor_keys.update().where(causal_factor_keys.c.factor_pk == gone.pk)
                     .values(factor_pk=keep.pk, pinned=True))
        if keep.actor_pk is None and gone.actor_pk is not None:
            conn.execute(causal_factors.update().where(causal_factors.c.pk == keep.pk).values(actor_pk=gone.actor_pk))
        conn.execute(causal_factors.delete().where(causal_factors.c.pk == gone.pk))
        _claim_key(conn, gone.key, keep.pk)
        _decide(conn, "merge", {"into": keep.key, "merged": gone.key, "into_name": keep.name,
                                "merged_name": gone.name})
        return _summary(conn, keep.pk)


def split_factor(engine: sa.Engine, ref: str, phrases: Sequence[str], name: str) -> dict[str, Any]:
    """Move the ``phrases`` (keys, or texts whose key leads to the factor) of a factor to a new factor ``name``."""
    name = " ".join(name.split())
    if not name or not phrases:
        raise InputError("factor split", "give one or more phrases and the new factor's name")
    with engine.begin() as conn:
        row = find_factor(conn, ref)
        own = set(conn.execute(sa.select(causal_factor_keys.c.key)
                               .where(causal_factor_keys.c.factor_pk == row.pk)).scalars())
        moving = []
        for phrase in phrases:
            key = phrase if phrase in own else key_of(phrase)
            if key not in own:
                raise InputError(phrase, f"does not lead to the factor {row.name!r}; its phrases: "
                                         f"{', '.join(sorted(own))}")
            moving.append(key)
        if own <= set(moving):
            raise InputError(ref, "a split must leave the factor at least one phrase; rename it instead")
        new_key = key_of(name)
        taken = conn.execute(sa.select(causal_factors.c.pk).where(causal_factors.c.key == new_key)).scalar()
        if taken is not None or (new_key in own and new_key not in moving):
            raise InputError(name, "is the name of a factor already; choose another name")
        pk = int(conn.execute(causal_factors.insert().values(key=new_key, name=name, created_at=now())
                              .returning(causal_factors.c.pk)).scalar_one())
        for key in moving:
            _claim_key(conn, key, pk)
        if new_key not in own:
            _claim_key(conn, new_key, pk)
        _decide(conn, "split", {"factor": row.key, "name": name, "id": new_key, "keys": moving})
        return _summary(conn, pk)


def factor_decisions(engine: sa.Engine) -> list[dict[str, Any]]:
    """The users' factor decisions (rename, merge, split), oldest first; the automatic joins of new phrases are
    in :func:`list_factors`' ``joined``."""
    with engine.connect() as conn:
        return [{"action": r.action, **r.payload, "at": r.created_at}
                for r in conn.execute(sa.select(causal_decisions).where(causal_decisions.c.action != "join")
                                      .order_by(causal_decisions.c.pk))]


__all__ = ["CausalFilter", "factor_decisions", "factor_matches", "factor_text", "filter_links", "find_factor",
           "index_causal", "list_factors", "list_links", "merge_factors", "rename_factor", "similar_factors",
           "split_factor", "what_causes", "what_follows"]
