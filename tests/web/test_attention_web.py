"""The attention page, its JSON and CSV twins, the links to it and the actor's sparkline (FastAPI's TestClient)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from politika.store import Store
from politika.web import create_app
from tests.web.htmlcheck import executable_parts


@pytest.fixture(scope="module")
def client(web_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(web_db)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def putin(web_db: str) -> str:
    with Store(web_db, create=False) as store:
        return str(store.actor("Q7747")["id"])


def test_page_chart_data_and_table(client: TestClient, putin: str) -> None:
    response = client.get(f"/attention?actor={quote(putin)}&by=week")
    assert response.status_code == 200 and executable_parts(response.text) == []
    assert 'id="attention-chart"' in response.text and 'id="attention-data"' in response.text
    weeks = re.findall(r"<tr><td>(\d{4}-W\d\d)</td>", response.text)
    assert weeks and len(weeks) == len(set(weeks))
    data = client.get(f"/api/attention?actor={quote(putin)}&by=week").json()
    assert [b["bucket"] for b in data["items"]] == weeks  # the table shows every bucket of the axis
    assert data["total"] == sum(b["articles"] for b in data["items"]) > 0


def test_api_json_zero_filled_and_csv(client: TestClient) -> None:
    data = client.get("/api/attention?by=month").json()
    months = [b["bucket"] for b in data["items"]]
    assert months == sorted(months) and "undated" in data
    # no month missing between the first and the last
    first, last = (int(months[0][:4]), int(months[0][5:])), (int(months[-1][:4]), int(months[-1][5:]))
    assert len(months) == (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    response = client.get("/api/attention?by=month&by_outlet=true&top=2&format=csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert [row["bucket"] for row in table] == months
    outlets = [k for k in table[0] if k.startswith("outlet: ")]
    assert 1 <= len(outlets) <= 3
    assert all(sum(int(row[k]) for k in outlets) == int(row["articles"]) for row in table)
    consult = client.get("/api/attention?event_type=CONSULT").json()
    assert consult["reports"] >= consult["total"] > 0


@pytest.mark.parametrize("url", ["/api/attention?by=year", "/attention?by=fortnight",
                                 "/api/attention?event_type=NOPE", "/api/attention?since=2024-07-02&until=2024-07-01"])
def test_bad_values_are_400_one_line(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 400
    if url.startswith("/api/"):
        assert "\n" not in response.json()["detail"]


def test_pages_link_to_it_and_the_actor_has_a_sparkline(client: TestClient, putin: str) -> None:
    search = client.get("/search?q=Putin&since=2024-01-01").text
    assert 'href="/attention?q=Putin&amp;since=2024-01-01"' in search
    events = client.get(f"/events?type=CONSULT&actor={quote(putin)}&include_parts=true").text
    assert f'href="/attention?event_type=CONSULT&amp;actor={quote(putin, safe="")}&amp;include_parts=true"' in events
    assert 'href="/attention?factor=sanction' in client.get("/causal?q=sanction").text
    dossier = client.get(f"/actors/{quote(putin, safe='')}").text
    svg = re.search(r'<svg class="sparkline" role="img" aria-label="([^"]+)"[^>]*><title>([^<]+)</title>', dossier)
    assert svg and svg.group(1) == svg.group(2) and "per month" in svg.group(1)
    assert f'href="/attention?actor={quote(putin, safe="")}"' in dossier
