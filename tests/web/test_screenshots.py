"""scripts/screenshots.py covers every page: each HTML route the explorer declares has a screenshot in PAGES."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_page_has_a_screenshot() -> None:
    script = _script()
    routes = script.html_routes()
    assert {"/", "/events", "/claims", "/causal"} <= routes
    assert routes <= {route for route, _ in script.PAGES.values()}, "a new page: add it to PAGES"
    assert all(url.startswith(route.split("{")[0]) for route, url in script.PAGES.values())
