"""Fuzz the JSON API from its OpenAPI description (schemathesis): whatever the parameters, never a 5xx."""

from __future__ import annotations

import shutil
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from fastapi import FastAPI  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from politika.store import Store  # noqa: E402
from politika.web import create_app  # noqa: E402
from tests.web.conftest import TOKEN  # noqa: E402

MAX_EXAMPLES = 20  # per operation: bounded so CI stays fast

# The description does not depend on the data, so it is read at collection time from an app over an empty store;
# the cases run against the app over the filled store (the ``app`` fixture).
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(store=Store(":memory:")))


@pytest.fixture(scope="module")
def app(web_db: str, tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    copy = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    shutil.copy(web_db, copy)  # merges and splits with the token change only this copy
    return create_app(str(copy), token=TOKEN)


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_never_answers_5xx(case: Any, app: FastAPI) -> None:
    headers = {"X-Politika-Token": TOKEN} if case.method == "POST" else None
    response = case.call(app=app, headers=headers)
    assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query}: {response.text[:500]}"
