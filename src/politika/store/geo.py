"""Where events happen: event clusters per country and per place, with the filters of ``list_event_clusters``.

A cluster counts for the country of its place (``event_clusters.location_country``: the place most of its reports
name, resolved by the events layer's gazetteer) when it has one; otherwise for the countries of its actors and
recipients (``actors.country``), once each, so a cluster of Russian and Ukrainian actors with no place counts
for both. Codes are what the store holds: ISO 3166-1 alpha-3, and PLOVER's codes for what is no country (EUR,
IGO, UNO, ...), which ``iso3166`` does not know and a map cannot draw. The store keeps place names and their
country, never coordinates.

>>> event_map(engine, EventFilter(type="ASSAULT"))["countries"][0]  # doctest: +SKIP
{'country': 'UKR', 'numeric': '804', 'name': 'Ukraine', 'clusters': 41, 'by_place': 30, 'by_actor': 11}
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import Any

import sqlalchemy as sa

from politika.store.events import EventFilter, filter_clusters
from politika.store.schema import actors, event_actors, event_cluster_members, event_clusters


@lru_cache(maxsize=1)
def iso3166() -> dict[str, tuple[str, str]]:
    """ISO 3166-1 alpha-3 code → (numeric code, short name), from ``politika/data/iso3166.tsv``."""
    text = resources.files("politika").joinpath("data/iso3166.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    return {row["alpha3"]: (row["numeric"], row["name"]) for row in rows}


def _no_place_country() -> sa.ColumnElement[bool]:
    return sa.func.coalesce(event_clusters.c.location_country, "") == ""


def event_map(engine: sa.Engine, filters: EventFilter | None = None) -> dict[str, Any]:
    """The clusters passing ``filters`` per country and per place.

    ``countries``: ``{"country", "numeric", "name", "clusters", "by_place", "by_actor"}`` (``numeric``/``name``
    None for a code that is no ISO country), most clusters first; ``places``: ``{"place", "country",
    "clusters"}``, most first; ``total``: the clusters passing the filters, ``placed``: those with a place
    country, ``unplaced``: those with neither a place country nor an actor with a country. Bad filter values
    raise ``InputError``.
    """
    filters = filters or EventFilter()
    country = event_clusters.c.location_country
    place = event_clusters.c.location
    # two queries, each filtering once (the confidence filter alone reads every event): clusters per (place,
    # country), which gives the total, the place countries and the places; and per actor country of those
    # without a place country, with a last row (country NULL) counting those with any actor country
    with engine.connect() as conn:
        rows = conn.execute(filter_clusters(conn, sa.select(place.label("place"), country.label("country"),
                                                            sa.func.count().label("n")), filters)
                            .group_by(place, country)).all()
        unplaced = filter_clusters(conn, sa.select(event_clusters.c.pk).where(_no_place_country()), filters).cte()
        actor_country = (sa.select(event_cluster_members.c.cluster_pk, actors.c.country)
                         .join(event_actors, event_actors.c.event_pk == event_cluster_members.c.event_pk)
                         .join(actors, actors.c.pk == event_actors.c.actor_pk)
                         .where(event_cluster_members.c.cluster_pk.in_(sa.select(unplaced.c.pk)),
                                sa.func.coalesce(actors.c.country, "") != "").cte())
        per_country = sa.select(actor_country.c.country.label("country"),
                                sa.func.count(sa.distinct(actor_country.c.cluster_pk)).label("n")
                                ).group_by(actor_country.c.country)
        any_country = sa.select(sa.null().label("country"), sa.func.count(sa.distinct(actor_country.c.cluster_pk)))
        by_actor: dict[str | None, int] = {row.country: int(row.n)
                                           for row in conn.execute(sa.union_all(per_country, any_country))}
    total = sum(int(row.n) for row in rows)
    by_place: dict[str, int] = {}
    for row in rows:
        if row.country:
            by_place[row.country] = by_place.get(row.country, 0) + int(row.n)
    with_actor_country = by_actor.pop(None, 0)
    places = [{"place": row.place, "country": row.country or None, "clusters": int(row.n)}
              for row in rows if row.place]
    codes = iso3166()
    countries: list[dict[str, Any]] = []
    for code in sorted(set(by_place) | {code for code in by_actor if code}):
        numeric, name = codes.get(code, (None, None))
        countries.append({"country": code, "numeric": numeric, "name": name,
                          "clusters": by_place.get(code, 0) + by_actor.get(code, 0),
                          "by_place": by_place.get(code, 0), "by_actor": by_actor.get(code, 0)})
    countries.sort(key=lambda c: (-c["clusters"], c["country"]))
    places.sort(key=lambda p: (-p["clusters"], p["place"], p["country"] or ""))
    placed = sum(by_place.values())
    return {"total": total, "placed": placed, "unplaced": total - placed - with_actor_country,
            "countries": countries, "places": places}


__all__ = ["event_map", "iso3166"]
