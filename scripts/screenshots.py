"""Screenshots of every explorer page, desktop (1280×800) and phone (390×844), into docs/screenshots/desktop/ and
docs/screenshots/phone/ (docs/explorer.md shows them).

    .venv/bin/python scripts/screenshots.py                      # from politika-demo.db (`python3 tasks.py demo`)
    .venv/bin/python scripts/screenshots.py --db /tmp/demo.db    # any store; a missing one is built from the samples

Serves the store with uvicorn in a thread and drives Debian's Chromium (/usr/bin/chromium, or POLITIKA_CHROMIUM)
with Playwright. Every HTML page the web routes declare must be in PAGES: a new page without a screenshot stops
the script with its path.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "politika" / "data" / "samples"
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = os.environ.get("POLITIKA_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
VIEWPORTS = {"desktop": (1280, 800), "phone": (390, 844)}  # width, height
# name -> (route it shows, URL; {actor} and {article} are filled from the store)
PAGES = {
    "overview": ("/", "/"),
    "search": ("/search", "/search?q=Putin"),
    "article": ("/articles/{article_id}", "/articles/{article}"),
    "actors": ("/actors", "/actors"),
    "actor": ("/actors/{ref}", "/actors/{actor}"),
    "claims": ("/claims", "/claims?about=Putin"),
    "events": ("/events", "/events?actor=Russia&include_parts=true&recipient=Ukraine"),
    "map": ("/map", "/map"),
    "network": ("/network", "/network?nodes=40"),
    "causal": ("/causal", "/causal?q=power%20shortages"),
    "whatif": ("/causal", "/causal?factor=sanctions&value=1#whatif-result"),
    "attention": ("/attention", "/attention?actor=Putin&by=month"),
}
SETTLE_MS = 800  # charts, the network and the map lay out after load


def html_routes() -> set[str]:
    """The paths of the explorer's HTML pages (the GET routes left out of the OpenAPI schema)."""
    import politika.web.routes as package

    paths = set()
    for info in pkgutil.iter_modules(package.__path__):
        router = getattr(importlib.import_module(f"{package.__name__}.{info.name}"), "router", None)
        for route in getattr(router, "routes", []):
            if not getattr(route, "include_in_schema", True) and "GET" in getattr(route, "methods", ()):
                paths.add(route.path)
    return paths


def demo_store(db: Path) -> None:
    """Ingest and analyse the bundled samples into ``db`` (as `python3 tasks.py demo` does)."""
    from politika.jobs import IngestOptions, ingest
    from politika.store import Store

    print(f"building {db} from {SAMPLES}", flush=True)
    with Store(str(db)) as store:
        ingest([str(SAMPLES)], store, IngestOptions(progress=False))


def fill(db: Path) -> dict[str, str]:
    """An actor (the most mentioned) and an article (the longest analysed one: the most layers on show)."""
    from politika.store import ArticleFilter, Store

    with Store(str(db), create=False) as store:
        actor = store.actors(limit=1)[0]["id"]
        analysed = store.list_articles(ArticleFilter(status="analysed"), limit=1000)
        article = max(analysed, key=lambda a: a["word_count"] or 0)["id"]
    return {"actor": str(actor), "article": str(article)}


def shoot(base: str, values: dict[str, str], out: Path, names: list[str]) -> list[str]:
    """Every page in ``names`` at both sizes; returns the lines to print (one per file, or the page's problem)."""
    from urllib.parse import quote

    from playwright.sync_api import sync_playwright

    report = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        for size, (width, height) in VIEWPORTS.items():
            context = browser.new_context(viewport={"width": width, "height": height}, base_url=base,
                                          is_mobile=size == "phone")
            page: Any = context.new_page()
            (out / size).mkdir(parents=True, exist_ok=True)
            for name in names:
                url = PAGES[name][1].format(**{k: quote(v, safe="") for k, v in values.items()})
                response = page.goto(url)
                page.wait_for_load_state("networkidle")
                page.wait_for_timeout(SETTLE_MS)
                path = out / size / f"{name}.png"
                page.screenshot(path=str(path), full_page=False)
                wide = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
                status = response.status if response else "?"
                report.append(f"{path}  {url}  HTTP {status}{'  (scrolls sideways)' if wide else ''}")
            context.close()
        browser.close()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "politika-demo.db", help="the store (built if missing)")
    parser.add_argument("--out", type=Path, default=OUT, help="the folder for desktop/ and phone/")
    parser.add_argument("--page", action="append", choices=sorted(PAGES), help="only this page (repeatable)")
    args = parser.parse_args(argv)
    missing = html_routes() - {route for route, _ in PAGES.values()}
    if missing:
        print(f"pages without a screenshot: {', '.join(sorted(missing))} (add them to PAGES)", file=sys.stderr)
        return 1
    if not (Path(CHROMIUM).exists()):
        print(f"Chromium is not installed at {CHROMIUM} (set POLITIKA_CHROMIUM)", file=sys.stderr)
        return 1
    if not args.db.exists():
        demo_store(args.db)
    for line in shoot_all(args.db, args.out, args.page or list(PAGES)):
        print(line)
    return 0


def shoot_all(db: Path, out: Path, names: list[str]) -> list[str]:
    from politika.web import create_app
    from politika.web.live import live_server

    values = fill(db)
    with live_server(create_app(str(db))) as base:
        return shoot(base, values, out.resolve(), names)


if __name__ == "__main__":
    sys.exit(main())
