"""Pages kept warm: the explorer computes its costly pages before anyone asks, and again after the data change.

The overview, the network and the events and causal pages read whole tables on a big store (seconds at 20,000
articles) and keep the answer until those tables change (``web.cache``). Without this, the first user after a
start or an ingest waits those seconds. ``Warmer`` is a thread that reads the store's change counters every
``interval`` seconds and, when they moved (or at start), requests each of ``PATHS`` from the app itself, in
process, as a user would; the answers land in the cache. ``politika serve`` starts one unless told
``--no-warm``.

``settle`` moves every object alive (the modules, the warm answers) out of the garbage collector's sight
(``gc.freeze``): a full collection then walks only what requests make. Without it, on the 20,000-article store,
every tenth or so request paid a 110 ms full collection over 166,000 objects (the GraphML export's p95 went
from 36 to 130 ms).

>>> warmer = Warmer(app, interval=10.0)  # doctest: +SKIP
>>> warmer.start(); ...; warmer.stop()  # doctest: +SKIP
"""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
from collections.abc import Sequence
from typing import Any

import httpx
from fastapi import FastAPI

from politika.store import Store
from politika.web.access import READ_TOKEN_HEADER

log = logging.getLogger(__name__)

# the pages whose first request reads whole tables, with their default parameters
PATHS = ("/", "/network", "/events", "/map", "/causal", "/search")


def data_version(app: FastAPI) -> tuple[Any, ...]:
    """What the warm pages depend on: the change counters of articles, ties, events and causal links."""
    store: Store = app.state.explorer.store
    return store.version("articles", "ties", "events", "causal")


async def _request_all(app: FastAPI, paths: Sequence[str]) -> dict[str, int]:
    transport = httpx.ASGITransport(app=app)
    read_token = app.state.explorer.read_token
    headers = {READ_TOKEN_HEADER: read_token} if read_token else {}
    # a loopback name: the app answers it whatever Host names it was told (politika.web.access)
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost", headers=headers) as client:
        return {path: (await client.get(path)).status_code for path in paths}


def warm(app: FastAPI, paths: Sequence[str] = PATHS) -> dict[str, int]:
    """Request each of ``paths`` from ``app`` in process (its answers fill the cache); the status of each."""
    return asyncio.run(_request_all(app, paths))


def settle() -> None:
    """Collect the garbage there is, then freeze what is left (see the module's text); cheap to call again."""
    gc.collect()
    gc.freeze()


class Warmer:
    """A daemon thread that warms ``paths`` at start and whenever ``data_version`` changes."""

    def __init__(self, app: FastAPI, paths: Sequence[str] = PATHS, interval: float = 10.0) -> None:
        self.app, self.paths, self.interval = app, tuple(paths), interval
        self.seen: tuple[Any, ...] | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="politika-warm", daemon=True)

    def check(self) -> bool:
        """Warm the pages if the data changed since the last time (or never were); whether it did."""
        version = data_version(self.app)
        if version == self.seen:
            return False
        statuses = warm(self.app, self.paths)
        failed = {path: status for path, status in statuses.items() if status >= 500}
        if failed:
            log.warning("warming the explorer's pages: %s", ", ".join(f"{p} gave {s}" for p, s in failed.items()))
        self.seen = version
        settle()
        return True

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.check()
            except Exception as error:  # a store briefly locked or gone: try again next time
                log.warning("warming the explorer's pages: %s", error)
            self._stop.wait(self.interval)

    def start(self) -> Warmer:
        self._thread.start()
        return self

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)


__all__ = ["PATHS", "Warmer", "data_version", "settle", "warm"]
