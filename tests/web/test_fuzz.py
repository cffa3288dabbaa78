"""Fuzz the JSON API from its OpenAPI description (schemathesis, every check): never a 5xx, and every answer is
one the description promises: its status, content type and body (the 400/404/422 bodies included), 405 with the
right Allow header, schema-invalid requests refused, schema-valid ones not refused with 422. ``schemathesis.toml``
(also read by ``st run`` from the repository root) lets 400 answer a schema-valid request that breaks a rule the
description cannot state (politika/web/api_schema.py)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from fastapi import FastAPI  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import CHECKS, load_all_checks  # noqa: E402
from schemathesis.config import SchemathesisConfig  # noqa: E402

from politika.store import Store  # noqa: E402
from politika.web import create_app  # noqa: E402
from tests.web.conftest import TOKEN  # noqa: E402

MAX_EXAMPLES = 20  # per operation: bounded so CI stays fast
CONFIG = SchemathesisConfig.from_path(str(Path(__file__).resolve().parents[2] / "schemathesis.toml"))
load_all_checks()
ALL_CHECKS = CHECKS.get_all()

# The description does not depend on the data, so it is read at collection time from an app over an empty store;
# the cases run against the app over the filled store (the ``app`` fixture).
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(store=Store(":memory:")), config=CONFIG)


@pytest.fixture(scope="module")
def app(web_db: str, tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    copy = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    shutil.copy(web_db, copy)  # merges and splits with the token change only this copy
    return create_app(str(copy), token=TOKEN)


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_answers_as_described(case: Any, app: FastAPI) -> None:
    headers = {"X-Politika-Token": TOKEN} if case.method == "POST" else None
    case.call_and_validate(app=app, headers=headers, checks=ALL_CHECKS)
