"""A politika error raised in a route becomes its HTTP status (``status_code``) and the explorer's error body: JSON
``{"detail": ...}`` under /api/, the error page elsewhere; no route translates errors itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from politika.errors import (
    AnalysisError,
    ExtractionError,
    FetchError,
    InputError,
    ModelError,
    NotFound,
    PolitikaError,
    StoreError,
)
from politika.store import Store
from politika.store.writer_lock import StoreBusy
from politika.web import create_app

RAISED: dict[str, PolitikaError] = {
    "not-found": NotFound("Nobody", "no such actor in the store"),
    "bad-input": InputError("July", "not a date; write it as YYYY-MM-DD (2024-07-05)", option="since"),
    "busy": StoreBusy("web.db", "another politika process is writing to this store"),
    "store": StoreError("web.db", "cannot open the store"),
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    app = create_app(store=Store(str(Path(tmp_path_factory.mktemp("errors")) / "e.db")))

    @app.get("/api/raise/{name}")
    @app.get("/raise/{name}")
    def raise_it(name: str) -> None:
        raise RAISED[name]

    return TestClient(app)


def test_status_codes() -> None:
    assert (PolitikaError.status_code, InputError.status_code, NotFound.status_code) == (400, 400, 404)
    assert (StoreError.status_code, ModelError.status_code, StoreBusy.status_code) == (503, 503, 409)
    assert (ExtractionError.status_code, FetchError.status_code, AnalysisError.status_code) == (400, 502, 500)
    assert issubclass(NotFound, InputError) and NotFound("x", "no such file").kind == "input"


@pytest.mark.parametrize(("name", "status"), [("not-found", 404), ("bad-input", 400), ("busy", 409), ("store", 503)])
def test_a_politika_error_becomes_its_status(client: TestClient, name: str, status: int) -> None:
    api = client.get(f"/api/raise/{name}")
    assert api.status_code == status and api.json() == {"detail": str(RAISED[name])}
    page = client.get(f"/raise/{name}")
    assert page.status_code == status and page.headers["content-type"].startswith("text/html")
    assert str(status) in page.text


def test_an_option_error_names_its_parameter(client: TestClient) -> None:
    assert client.get("/api/raise/bad-input").json()["detail"] == (
        "since=July: not a date; write it as YYYY-MM-DD (2024-07-05)")


def test_routes_raise_not_found(client: TestClient) -> None:
    missing = client.get("/api/articles/nothing-here")
    assert missing.status_code == 404 and missing.json() == {"detail": "nothing-here: no such article in the store"}
    assert client.get("/articles/nothing-here").status_code == 404
    period = client.get("/api/claims", params={"since": "2024-07-09", "until": "2024-07-01"})
    assert period.status_code == 400
    assert period.json() == {"detail": "until=2024-07-01: the period ends before it starts on 2024-07-09"}
