"""The browser tests' helpers: the explorer on a free port (``politika.web.live``) and the browser requirement."""

from __future__ import annotations

import os

import pytest

from politika.web.live import live_server

__all__ = ["live_server", "require_browser"]


def require_browser(problem: str | None) -> None:
    """Skip the test when ``problem`` (what is missing for a browser) is set; under CI=true, fail instead."""
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests are required under CI: {problem}")
        pytest.skip(problem)
