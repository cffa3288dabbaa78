"""What the indexers of a batch of records share: the articles' rows and the actor appearances of the batch.

``index_actors`` reads the batch's articles and writes its ``article_actors`` rows; ``index_claims``,
``index_causal`` and ``index_events``, which run after it in the same transaction, need both. ``index_actors``
returns them as a ``BatchRows`` for the others to take instead of reading them back (three reads of each article's
text and of every appearance of a 500-article merge batch, ~26,000 rows); called without one, each reads them
(``read_batch``), as after a correction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import sqlalchemy as sa

from politika.store.schema import article_actors, articles
from politika.store.sql import among


class Appearance(NamedTuple):
    """One ``article_actors`` row as the indexers read it."""

    article_pk: int
    local_id: str
    actor_pk: int
    name: str
    mention_count: int


@dataclass(frozen=True)
class BatchRows:
    """``articles``: the batch's article rows by pk (``ARTICLE_COLUMNS``); ``appearances``: the batch's
    ``article_actors`` rows in the order of their pks (the order ``index_actors`` writes them in)."""

    articles: Mapping[int, Any] = field(default_factory=dict)
    appearances: Sequence[Appearance] = ()


ARTICLE_COLUMNS = (articles.c.pk, articles.c.id, articles.c.date, articles.c.text, articles.c.word_count,
                   articles.c.authors, articles.c.site, articles.c.url)


def read_articles(conn: sa.Connection, pks: Iterable[int]) -> dict[int, Any]:
    """The rows (``ARTICLE_COLUMNS``) of these articles, by pk; a pk not stored is left out."""
    return {row.pk: row for row in conn.execute(sa.select(*ARTICLE_COLUMNS).where(among(conn, articles.c.pk, pks)))}


def read_batch(conn: sa.Connection, pks: Sequence[int]) -> BatchRows:
    """The ``BatchRows`` of these articles as stored."""
    found = conn.execute(sa.select(article_actors.c.article_pk, article_actors.c.local_id, article_actors.c.actor_pk,
                                   article_actors.c.name, article_actors.c.mention_count)
                         .where(among(conn, article_actors.c.article_pk, pks)).order_by(article_actors.c.pk))
    return BatchRows(read_articles(conn, pks), [Appearance(*row) for row in found])


__all__ = ["ARTICLE_COLUMNS", "Appearance", "BatchRows", "read_articles", "read_batch"]
