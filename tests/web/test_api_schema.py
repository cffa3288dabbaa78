"""The API answers what /openapi.json describes: error bodies per status, CSV declared, dates YYYY-MM-DD only,
empty parameters refused by the API (pages still ignore them), 405 with its Allow header.
tests/web/test_fuzz.py checks the same with schemathesis; these are the cases it found, pinned."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from fastapi.testclient import TestClient

from politika.store import Store
from politika.web import create_app
from tests.web.conftest import TOKEN


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = tmp_path_factory.mktemp("schema") / "empty.db"
    Store(str(db)).close()
    with TestClient(create_app(str(db), token=TOKEN)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def spec(client: TestClient) -> dict:
    return client.get("/openapi.json").json()


def _validate(spec: dict, path: str, method: str, status: int, body: object) -> None:
    """``body`` against the schema ``spec`` declares for this answer (components resolved in place)."""
    declared = spec["paths"][path][method]["responses"][str(status)]["content"]["application/json"]["schema"]
    jsonschema.validate(body, {**declared, "components": spec["components"]})


API_OPERATIONS = [("/api/articles", "get"), ("/api/articles/{article_id}", "get"), ("/api/actors", "get"),
                  ("/api/actors/{ref}", "get"), ("/api/actors/merge", "post"), ("/api/actors/split", "post"),
                  ("/api/claims", "get"), ("/api/events", "get"), ("/api/events/timeline", "get"),
                  ("/api/events.jsonl", "get"), ("/api/network", "get"), ("/api/network/edges", "get"),
                  ("/api/network.graphml", "get"), ("/api/causal", "get"), ("/api/causal/edges", "get"),
                  ("/api/causal.graphml", "get"), ("/api/causal/evidence", "get"), ("/api/causal/whatif", "get"),
                  ("/api/causal/similar", "get")]


@pytest.mark.parametrize(("path", "method"), API_OPERATIONS)
def test_every_operation_declares_its_errors(spec: dict, path: str, method: str) -> None:
    responses = spec["paths"][path][method]["responses"]
    assert {"200", "400", "404", "422"} <= set(responses), responses.keys()
    assert responses["422"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/"
                                                                                  "ValidationFailure"}
    if method == "post":
        assert "403" in responses


@pytest.mark.parametrize("path", ["/api/articles", "/api/actors", "/api/claims", "/api/events", "/api/network/edges",
                                  "/api/causal/edges"])
def test_tables_declare_csv(spec: dict, client: TestClient, path: str) -> None:
    assert "text/csv" in spec["paths"][path]["get"]["responses"]["200"]["content"]
    assert client.get(path, params={"format": "csv"}).headers["content-type"].startswith("text/csv")


@pytest.mark.parametrize(("url", "path", "status"), [
    ("/api/articles?since=2024-08-01&until=2024-07-01", "/api/articles", 400),  # was a 422 with a string detail
    ("/api/claims?since=2024-08-01&until=2024-07-01", "/api/claims", 400),
    ("/api/network?since=2024-08-01&until=2024-07-01", "/api/network", 400),
    ("/api/causal?since=2024-08-01&until=2024-07-01", "/api/causal", 400),
    ("/api/events/timeline?since=2024-08-01&until=2024-07-01", "/api/events/timeline", 400),
    ("/api/articles?event_type=DANCE", "/api/articles", 400),
    ("/api/actors?country=Atlantis", "/api/actors", 400),
    ("/api/articles?actor=Nobody", "/api/articles", 404),
    ("/api/articles/nothing", "/api/articles/{article_id}", 404),
    ("/api/articles?until=", "/api/articles", 422),  # empty: not a date (pages drop empty fields; the API does not)
    ("/api/articles?since=0", "/api/articles", 422),  # pydantic alone reads "0" as 1970-01-01
    ("/api/events?until=2024-07-01T00:00:00", "/api/events", 422),
    ("/api/network?since=1700000000", "/api/network", 422),
    ("/api/articles?limit=0", "/api/articles", 422),
])
def test_errors_have_the_declared_body(client: TestClient, spec: dict, url: str, path: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text
    _validate(spec, path, "get", status, response.json())
    if status == 422:
        assert response.json()["message"] and response.json()["detail"][0]["loc"][0] == "query"


def test_pages_still_ignore_empty_fields(client: TestClient) -> None:
    assert client.get("/search", params={"since": "", "until": "", "site": ""}).status_code == 200
    assert client.get("/api/articles", params={"site": "", "actor": ""}).status_code == 200  # empty text: no filter


def test_body_errors(client: TestClient, spec: dict) -> None:
    token = {"X-Politika-Token": TOKEN}
    for body, status in [({"actor": "x"}, 400), ({"actor": "x", "alias": ""}, 422), ({"actor": ""}, 422),
                         ({"actor": "x", "alias": "y"}, 404)]:
        response = client.post("/api/actors/split", json=body, headers=token)
        assert response.status_code == status, (body, response.text)
        _validate(spec, "/api/actors/split", "post", status, response.json())
    response = client.post("/api/actors/merge", json={"into": "a", "merged": "b"})
    assert response.status_code == 403
    _validate(spec, "/api/actors/merge", "post", 403, response.json())
    broken = client.post("/api/actors/merge", content=b"\xff", headers={**token, "Content-Type": "application/json"})
    assert broken.status_code in (400, 422)
    _validate(spec, "/api/actors/merge", "post", broken.status_code, broken.json())


@pytest.mark.parametrize(("method", "path", "allowed"), [("TRACE", "/api/overview", "GET"),
                                                         ("DELETE", "/api/articles", "GET"),
                                                         ("OPTIONS", "/api/actors/merge", "POST"),
                                                         ("PUT", "/api/actors/split", "POST")])
def test_405_names_the_allowed_method(client: TestClient, method: str, path: str, allowed: str) -> None:
    response = client.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allowed


def test_schemathesis_config_is_at_the_root() -> None:
    config = (Path(__file__).resolve().parents[2] / "schemathesis.toml").read_text(encoding="utf-8")
    assert '"400"' in config and '"422"' not in config  # 422 for a schema-valid request stays a failure
