"""The explorer served on a free local port in a background thread, for the browser tests."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest


def require_browser(problem: str | None) -> None:
    """Skip the test when ``problem`` (what is missing for a browser) is set; under CI=true, fail instead."""
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests are required under CI: {problem}")
        pytest.skip(problem)


@contextmanager
def live_server(app: Any) -> Iterator[str]:
    """``app`` served by uvicorn on 127.0.0.1 at a free port until the block ends; yields its base URL."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
