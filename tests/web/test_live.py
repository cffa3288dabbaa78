"""politika.web.live: the explorer (or any ASGI app) served in a background thread, then stopped."""

from __future__ import annotations

import urllib.error
import urllib.request
from typing import Any

import pytest

from politika.web.live import live_server


async def hello(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"hello"})


def test_serves_until_the_block_ends() -> None:
    with live_server(hello) as url:
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url, timeout=5) as response:
            assert response.read() == b"hello"
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)


def test_explorer_app(tmp_path: Any) -> None:
    from politika.store import Store
    from politika.web import create_app

    db = tmp_path / "empty.db"
    Store(str(db)).close()
    with live_server(create_app(str(db))) as url, urllib.request.urlopen(url + "/", timeout=10) as response:
        assert response.status == 200
