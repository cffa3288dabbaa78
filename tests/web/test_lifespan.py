"""The explorer closes the store it opened when it shuts down (its pooled connections are not left for the garbage
collector); a store passed in stays the caller's."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from politika.store import Store
from politika.web import create_app


def _closes(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    closed: list[bool] = []
    monkeypatch.setattr(store, "close", lambda: closed.append(True))
    return closed


def test_a_store_the_app_opened_is_closed_at_shutdown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "web.db")
    Store(db).close()
    app = create_app(db)
    closed = _closes(app.state.explorer.store, monkeypatch)
    with TestClient(app) as client:
        assert client.get("/api/overview").status_code == 200
        assert closed == []
    assert closed == [True]


def test_a_store_passed_in_is_left_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(str(tmp_path / "web.db")) as store:
        closed = _closes(store, monkeypatch)
        with TestClient(create_app(store=store)):
            pass
        assert closed == []
