"""The Store's questions about what runs across articles: actors, claims, events, causal links and the counts the
explorer draws, and the users' corrections. Each method hands the store's engine to the module that does the work
(``store.actors``, ``store.dossier``, ``store.corrections``, ``store.claims``, ``store.events``, ``store.causal``,
``store.aggregates``, ``store.geo``), so that nothing outside ``store/`` touches the engine.

>>> from politika.store import Store
>>> store = Store(":memory:")
>>> store.event_counts()["total"], store.version("events") == store.version("events")
(0, True)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from politika.plover import DEFAULT_MIN_CONFIDENCE
from politika.store.schema import event_clusters

if TYPE_CHECKING:
    from politika.store.attention import AttentionFilter
    from politika.store.causal import CausalFilter
    from politika.store.claims import ClaimFilter
    from politika.store.events import EventFilter

# Each method imports the module that does its work when called: the store's reading commands (stats, articles,
# search) start without the query modules and what they pull in (graph/, kb/).

# The change counters a cache can key on (see ``Queries.version``), by the tables they watch: the names of their
# functions in ``politika.store.aggregates``.
VERSIONS: dict[str, str] = {
    "articles": "article_version", "ties": "tie_version", "events": "event_version", "causal": "causal_version",
    "appearances": "appearance_version"}


class Queries:
    """The cross-article half of :class:`~politika.store.Store` (a base class: the store supplies ``engine``)."""

    engine: sa.Engine

    @property
    def url(self) -> str:
        """The store's database URL, its password hidden: names the store in cache keys and job keys."""
        return self.engine.url.render_as_string(hide_password=True)

    def version(self, *names: str) -> tuple[Any, ...]:
        """The change counters of ``names`` (of ``VERSIONS``: articles, ties, events, causal, appearances), one
        tuple: it changes whenever what they watch does, so a cache keyed on it is never stale."""
        from politika.store import aggregates

        counters: list[Callable[[sa.Engine], tuple[Any, ...]]] = [getattr(aggregates, VERSIONS[name]) for name in names]
        return tuple(value for counter in counters for value in counter(self.engine))

    # -- actors ----------------------------------------------------------------------------------------------

    def actors(self, country: str | None = None, sector: str | None = None, type: str | None = None,
               limit: int = 50, pks: Iterable[int] | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """The most mentioned actors across articles (see ``politika.store.actors``)."""
        from politika.store.actors import list_actors

        return list_actors(self.engine, country=country, sector=sector, type=type, limit=limit, pks=pks,
                           offset=offset)

    def count_actors(self, country: str | None = None, sector: str | None = None, type: str | None = None) -> int:
        """How many actors ``actors`` would list without a limit."""
        from politika.store.actors import count_actors

        return count_actors(self.engine, country=country, sector=sector, type=type)

    def actor(self, ref: str, limit: int | None = None, offset: int = 0,
              events_of: Callable[[str], dict[str, Any]] | None = None) -> dict[str, Any]:
        """The dossier of one actor, by name, id or kb id, each list whole or one page of it (see
        ``politika.store.dossier``)."""
        from politika.store import dossier

        return dossier.actor_dossier(self.engine, ref, limit=limit, offset=offset, events_of=events_of)

    def dossier_events(self, key: str) -> dict[str, Any]:
        """The event part of an actor's dossier, by its stored key (see ``politika.store.dossier``)."""
        from politika.store import dossier

        return dossier.dossier_events(self.engine, key)

    def merge_actors(self, into: str, merged: str, *, preview: bool = False, confirm: bool = False,
                     by: str | None = None) -> dict[str, Any]:
        """Merge actor ``merged`` into ``into`` (or ``preview`` what would move); the decision is kept and can be
        undone (see ``politika.store.corrections``)."""
        from politika.store import corrections

        return corrections.merge_actors(self.engine, into, merged, preview=preview, confirm=confirm, by=by)

    def split_actor(self, ref: str, alias: str | None = None, article: str | None = None,
                    by: str | None = None) -> dict[str, Any]:
        """Split the mentions under ``alias``, or in ``article``, off actor ``ref``; the decision is kept."""
        from politika.store import corrections

        return corrections.split_actor(self.engine, ref, alias=alias, article=article, by=by)

    def undo_correction(self, correction: int) -> dict[str, Any]:
        """Undo a merge or split by its id (see ``politika.store.corrections``)."""
        from politika.store import corrections

        return corrections.undo_correction(self.engine, correction)

    def actor_corrections(self, ref: str, duplicates: int = 10) -> dict[str, Any]:
        """Why actor ``ref`` is what it is: the identity rule per name, the users' corrections, likely
        duplicates."""
        from politika.store import corrections

        return corrections.actor_corrections(self.engine, ref, duplicates=duplicates)

    def likely_duplicates(self, ref: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Pairs of actors that may be one, with score and reasons (see ``politika.graph.duplicates``)."""
        from politika.store import corrections

        return corrections.likely_duplicates(self.engine, ref, limit=limit)

    def actor_export(self) -> dict[str, list[dict[str, Any]]]:
        """Every actor seen in an article, its appearances and its ties, read together: the input of the actor
        exports (see ``politika.export.ftm`` and ``politika.export.graphml``)."""
        from politika.store.actors import export_actors, export_appearances, export_ties

        with self.engine.connect() as conn:
            return {"actors": export_actors(conn), "appearances": export_appearances(conn), "ties": export_ties(conn)}

    # -- claims and events -----------------------------------------------------------------------------------

    def claims(self, filters: ClaimFilter | None = None, limit: int | None = 50,
               offset: int = 0) -> list[dict[str, Any]]:
        """Who says what: attributions across articles, latest first (see ``politika.store.claims``)."""
        from politika.store.claims import list_claims

        return list_claims(self.engine, filters, limit=limit, offset=offset)

    def count_claims(self, filters: ClaimFilter | None = None) -> int:
        """How many claims ``claims`` would list without a limit."""
        from politika.store.claims import count_claims

        return count_claims(self.engine, filters)

    def quotes(self, filters: ClaimFilter | None = None, limit: int | None = 50,
               offset: int = 0) -> list[dict[str, Any]]:
        """The claims ``filters`` keep, one row per quote with its ``reports`` and how many ``articles`` report it,
        grouped across the whole filter (see ``politika.store.claims.list_quotes``)."""
        from politika.store.claims import list_quotes

        return list_quotes(self.engine, filters, limit=limit, offset=offset)

    def count_quotes(self, filters: ClaimFilter | None = None) -> int:
        """How many quotes ``quotes`` would list without a limit."""
        from politika.store.claims import count_quotes

        return count_quotes(self.engine, filters)

    def claim_facets(self, filters: ClaimFilter | None = None) -> dict[str, list[dict[str, Any]]]:
        """Outlets, anonymous and hedged counts of the claims ``filters`` keep (see ``politika.store.facets``)."""
        from politika.store.claims import claim_facets

        return claim_facets(self.engine, filters)

    def event_facets(self, filters: EventFilter | None = None) -> dict[str, list[dict[str, Any]]]:
        """Types and place countries of the event clusters ``filters`` keep (see ``politika.store.facets``)."""
        from politika.store import facets
        from politika.store.events import EventFilter, filter_clusters

        with self.engine.connect() as conn:
            chosen = filter_clusters(conn, sa.select(event_clusters.c.pk), filters or EventFilter())
            return facets.event_facets(conn, chosen)

    def events(self, filters: EventFilter | None = None, limit: int | None = 50,
               offset: int = 0) -> list[dict[str, Any]]:
        """Event clusters across articles, latest first (see ``politika.store.events``)."""
        from politika.store.events import list_event_clusters

        return list_event_clusters(self.engine, filters, limit=limit, offset=offset)

    def iter_events(self, include_negated: bool = False, batch: int = 500,
                    min_confidence: float = DEFAULT_MIN_CONFIDENCE, **filters: Any) -> Iterator[dict[str, Any]]:
        """Every stored event with its cluster, in batches; ``filters``: since, until, event_type, actor,
        include_parts, site (see ``politika.store.events.iter_events``)."""
        from politika.store.events import iter_events

        return iter_events(self.engine, include_negated=include_negated, batch=batch, min_confidence=min_confidence,
                           **filters)

    def event_counts(self, filters: EventFilter | None = None) -> dict[str, Any]:
        """Clusters per month, type and quad class (see ``politika.store.aggregates``)."""
        from politika.store import aggregates

        return aggregates.event_counts(self.engine, filters)

    def event_map(self, filters: EventFilter | None = None) -> dict[str, Any]:
        """Clusters per country (of their place, else of their actors) and per place (see ``politika.store.geo``)."""
        from politika.store import geo

        return geo.event_map(self.engine, filters)

    def event_actors_ranked(self, since: str | None = None, until: str | None = None, event_type: str | None = None,
                            quad: int | None = None, country: str | None = None, type: str | None = None,
                            limit: int = 100, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[dict[str, Any]]:
        """The actors in the most asserted events of a period and kind (see ``politika.store.aggregates``)."""
        from politika.store import aggregates

        return aggregates.event_actors_ranked(self.engine, since=since, until=until, event_type=event_type, quad=quad,
                                              country=country, type=type, limit=limit, min_confidence=min_confidence)

    def event_edges_among(self, actor_pks: Iterable[int], since: str | None = None, until: str | None = None,
                          event_type: str | None = None, quad: int | None = None,
                          min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[dict[str, Any]]:
        """The asserted events between these actors, per (actor, recipient, quad class), at least ``min_confidence``
        sure."""
        from politika.store import aggregates

        return aggregates.event_edges_among(self.engine, actor_pks, since=since, until=until, event_type=event_type,
                                            quad=quad, min_confidence=min_confidence)

    def ties_among(self, actor_pks: Iterable[int]) -> list[dict[str, Any]]:
        """The actor ties between these actors, per (source, target, type)."""
        from politika.store import aggregates

        return aggregates.ties_among(self.engine, actor_pks)

    def article_months(self) -> list[dict[str, Any]]:
        """Articles per month (see ``politika.store.aggregates``)."""
        from politika.store import aggregates

        return aggregates.article_months(self.engine)

    def attention(self, filters: AttentionFilter | None = None, by: str = "month", by_outlet: bool = False,
                  top: int | None = None) -> dict[str, Any]:
        """Articles per day, ISO week or month for a search, an actor, an event type or a causal factor, on a
        zero-filled axis, undated articles counted apart, ``top`` outlets (None: ``attention.TOP_OUTLETS``) (see
        ``politika.store.attention``)."""
        from politika.store import attention

        return attention.attention(self.engine, filters, by=by, by_outlet=by_outlet,
                                   top=attention.TOP_OUTLETS if top is None else top)

    # -- causal links ----------------------------------------------------------------------------------------

    def causal_links(self, filters: CausalFilter | None = None) -> list[dict[str, Any]]:
        """Causal links across articles (see ``politika.store.causal.list_links``)."""
        from politika.store import causal

        return causal.list_links(self.engine, filters)

    def causal_edge_counts(self, filters: CausalFilter | None = None) -> list[dict[str, Any]]:
        """The causal map's edges with their support (see ``politika.store.aggregates``)."""
        from politika.store import aggregates

        return aggregates.causal_edge_counts(self.engine, filters)

    def causal_quotes(self, cause: str, effect: str, polarity: str | None = None, limit: int = 20, offset: int = 0,
                      filters: CausalFilter | None = None) -> dict[str, Any]:
        """The evidence of one edge of the causal map, latest first, paged."""
        from politika.store import aggregates

        return aggregates.causal_quotes(self.engine, cause, effect, polarity, limit, offset, filters)

    def factors(self) -> list[dict[str, Any]]:
        """The causal factors with their phrases and link counts (see ``politika.store.causal``)."""
        from politika.store import causal

        return causal.list_factors(self.engine)

    def rename_factor(self, ref: str, name: str) -> dict[str, Any]:
        """Rename a causal factor; the decision is kept."""
        from politika.store import causal

        return causal.rename_factor(self.engine, ref, name)

    def merge_factors(self, into: str, merged: str) -> dict[str, Any]:
        """Merge causal factor ``merged`` into ``into``; the decision is kept."""
        from politika.store import causal

        return causal.merge_factors(self.engine, into, merged)

    def similar_factors(self, ref: str, limit: int = 10, offset: int = 0,
                        max_embedded: int | None = None) -> dict[str, Any]:
        """The factors nearest to a causal factor that the map keeps apart (to merge by hand, or not); past
        ``max_embedded`` factors by their words only (default ``causal.SIMILAR_EMBEDDED``)."""
        from politika.store import causal

        return causal.similar_factors(self.engine, ref, limit, offset,
                                      max_embedded=causal.SIMILAR_EMBEDDED if max_embedded is None else max_embedded)

    def split_factor(self, ref: str, phrases: Sequence[str], name: str) -> dict[str, Any]:
        """Split ``phrases`` off a causal factor into a factor named ``name``; the decision is kept."""
        from politika.store import causal

        return causal.split_factor(self.engine, ref, phrases, name)


__all__ = ["VERSIONS", "Queries"]
