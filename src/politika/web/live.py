"""The explorer served in a background thread on a free local port: for notebooks, scripts and browser tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["live_server"]


@contextmanager
def live_server(app: Any, host: str = "127.0.0.1", start_timeout: float = 20.0) -> Iterator[str]:
    """``app`` (e.g. ``create_app(db)``) served by uvicorn on ``host`` at a free port until the block ends.

    Yields the base URL. Raises ``RuntimeError`` when the server has not started within ``start_timeout`` seconds.
    """
    import uvicorn

    with socket.socket() as probe:
        probe.bind((host, 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise RuntimeError(f"uvicorn did not start on {host}:{port}")
        time.sleep(0.05)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
