"""The explorer in a real browser: Debian's Chromium, headless, driven by Playwright's Python package.

Skipped where Chromium or Playwright is missing, except under CI=true, where the set-up must have installed them.
Screenshots go to docs/screenshots/ (the README shows them).
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import TOKEN
from tests.web.live import live_server, require_browser

CHROMIUM = os.environ.get("POLITIKA_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PAGE_ERRORS: list[str] = []  # uncaught JavaScript errors of the pages opened
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright's Python package is not installed (pip install -e '.[dev]')"
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"Chromium is not installed at {CHROMIUM} (apt-get install chromium; `python3 tasks.py test` does it)"
    return None


@pytest.fixture(scope="module")
def server(web_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from politika.web import create_app

    copy = tmp_path_factory.mktemp("browser") / "browser.db"
    shutil.copy(web_db, copy)  # the merge below must not change the store other tests read
    with live_server(create_app(str(copy), token=TOKEN)) as url:
        yield url


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Any]:
    require_browser(_missing())
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 860}, base_url=server)
        opened = context.new_page()
        opened.on("pageerror", lambda exc: PAGE_ERRORS.append(str(exc)))
        yield opened
        browser.close()


def _shot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


def _no_page_errors(page: Any) -> None:
    assert PAGE_ERRORS == [], PAGE_ERRORS
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_every_page_opens(page: Any) -> None:
    for url, heading in (("/", "Overview"), ("/search?q=Putin", "Search"), ("/actors", "Actors"),
                         ("/claims", "Claims: who says what"), ("/network", "Actor network"), ("/events", "Events"),
                         ("/causal", "Causal map")):
        response = page.goto(url)
        assert response is not None and response.status == 200, url
        assert page.locator("h1").first.inner_text().startswith(heading)
        _no_page_errors(page)


def test_overview_to_article_actor_and_network(page: Any) -> None:
    page.goto("/")
    page.wait_for_selector("#timeline-chart", state="attached")
    assert page.evaluate("typeof Chart") == "function", "chart.js was not served from static/vendor"
    _shot(page, "overview")
    # overview → an actor's dossier
    page.locator("table a[href^='/actors/']").first.click()
    page.wait_for_load_state()
    assert page.url.split("/")[-2] == "actors"
    assert page.locator("h2", has_text="Ties").count() == 1
    _shot(page, "actor")
    # dossier → one of its articles, layers highlighted, toggles work
    page.locator("a[href^='/articles/']").first.click()
    page.wait_for_load_state()
    assert page.locator("#article-text .hl.l-actor").count() > 0
    toggle = page.locator("#layer-toggles input[data-layer='actor']")
    toggle.uncheck()
    assert "hide-actor" in (page.locator("#article-text").get_attribute("class") or "")
    toggle.check()
    page.locator("#article-text .hl.l-actor").first.click()
    assert page.locator("#side-panel li.active").count() >= 1
    _shot(page, "article")
    # the network: drawn by cytoscape; clicking a node opens its dossier
    page.goto("/network?nodes=40")
    page.wait_for_function("window.__politikaNetwork !== undefined")
    assert page.evaluate("window.__politikaNetwork.nodes().length") > 0
    drawn = page.evaluate("(() => { const cy = window.__politikaNetwork; return {events: cy.edges('.event').length,"
                          " colours: [...new Set(cy.edges('.event').map((e) => e.data('colour')))].length,"
                          " dashed: cy.edges('.tie').every((e) => e.style('line-style') === 'dashed'),"
                          " dotted: cy.edges('.inferred').every((e) => e.style('line-style') === 'dotted'),"
                          " solid: cy.edges('.event').not('.inferred').every((e) => e.style('line-style') === 'solid')"
                          "}; })()")
    # events by quad class, ties dashed; an event edge dotted only where every report's party was inferred
    assert drawn["events"] > 0 and drawn["colours"] > 1, drawn
    assert drawn["dashed"] and drawn["dotted"] and drawn["solid"], drawn
    _shot(page, "network")
    where = ("(() => { const n = window.__politikaNetwork.nodes()[0];"
             " const p = n.renderedPosition(); const r = document.getElementById('network')"
             ".getBoundingClientRect(); return {id: n.id(), x: r.left + p.x, y: r.top + p.y}; })()")
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(3):  # on a loaded machine the layout may still move after a click misses: click again
        node = page.evaluate(where)
        for _ in range(20):  # the graph may still be settling: click where the node now is
            page.wait_for_timeout(100)
            settled = page.evaluate(where)
            if settled == node:
                break
            node = settled
        page.mouse.click(node["x"], node["y"])
        try:
            page.wait_for_url("**/actors/**", timeout=10_000 if attempt < 2 else 30_000)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    assert page.locator("h1").inner_text()
    _no_page_errors(page)


def test_search_filters_and_claims(page: Any) -> None:
    page.goto("/search")
    page.fill("input[name=q]", "warrant")
    page.select_option("select[name=genre]", "news")
    page.locator("form.filters button").click()
    page.wait_for_load_state()
    assert "genre=news" in page.url and page.locator("table.results a").count() > 0
    _shot(page, "search")
    page.goto("/claims")
    assert page.locator("table.claims tr").count() > 1
    _shot(page, "claims")


def test_merge_from_the_dossier_needs_the_token(page: Any) -> None:
    page.goto("/actors")
    links = page.locator("table.results a[href^='/actors/']")
    second = links.nth(1).inner_text()
    links.first.click()
    page.wait_for_load_state()
    page.fill("#merge-form input[name=other]", second)
    page.fill("#merge-form input[name=token]", "wrong")
    with page.expect_navigation():
        page.locator("#merge-form button").click()
    assert "403" in page.locator("h1").inner_text()
    page.go_back()
    page.fill("#merge-form input[name=other]", second)
    page.fill("#merge-form input[name=token]", TOKEN)
    with page.expect_navigation():
        page.locator("#merge-form button").click()
    # a preview first: what would move, then the merge (a person with an organisation: confirmed first)
    assert "article(s)" in page.locator("#merge-preview .moved").inner_text()
    if page.locator("#merge-preview input[name=confirm]").count():
        page.check("#merge-preview input[name=confirm]")
    with page.expect_navigation():
        page.locator("#merge-preview button").click()
    assert page.locator(".notice").inner_text().startswith("merged")
    assert page.locator(".undo-form button").count() >= 1  # and it can be undone from the page


def test_hostile_article_runs_nothing(page: Any, xss_article_id: str) -> None:
    page.goto(f"/articles/{xss_article_id}")
    page.wait_for_load_state("load")
    text = page.locator("#article-text").inner_text()
    assert "<script>window.__pwned" in text and "onerror=" in text and "javascript:" in text  # shown, as text
    page.locator("#article-text .hl").first.click()
    page.mouse.move(5, 5)
    page.goto("/search?q=veto")
    page.goto("/claims")
    page.goto(f"/articles/{xss_article_id}")
    time.sleep(0.3)
    _no_page_errors(page)
    assert page.locator("#article-text script, #article-text img, #article-text iframe, #article-text svg").count() == 0


def test_overview_to_events_and_a_sentence(page: Any) -> None:
    page.goto("/")
    page.locator("a[href='/events']").first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Events"
    page.wait_for_function("window.__politikaEventsChart !== undefined")
    page.select_option("select[name=quad]", "1")
    with page.expect_navigation():
        page.locator("form.filters button").click()
    assert "quad=1" in page.url and page.locator("#events-table tr.event-row").count() > 0
    _shot(page, "events")
    row = page.locator("#events-table tr.event-row").first
    row.locator("details summary").click()
    link = row.locator("a.sentence-link").first
    sentence = link.inner_text()
    link.click()
    page.wait_for_url("**/articles/**#e*")
    focused = page.locator("#article-text .hl.focus")
    assert focused.count() > 0  # the event's words are marked in the text
    assert focused.first.inner_text() in sentence or sentence.startswith("(")
    assert page.locator("#side-panel li.active").count() == 1
    _no_page_errors(page)


def test_causal_map_evidence_and_whatif(page: Any) -> None:
    page.goto("/")
    page.locator("a[href='/causal']").first.click()
    page.wait_for_load_state()
    page.wait_for_function("window.__politikaCausal !== undefined")
    assert page.evaluate("window.__politikaCausal.nodes().length") > 0
    _shot(page, "causal")
    # evidence: a link's count in the table opens the sentences that state it
    page.locator("#causal-edges a.evidence-link").first.click()
    page.wait_for_load_state()
    assert page.locator("#evidence-list li").count() > 0
    # what-if: the cause of the strongest link, pushed down
    cause = page.evaluate("JSON.parse(document.getElementById('causal-data').textContent).edges[0].cause")
    page.fill("#whatif-form input[name=factor]", cause)  # any factor, by id or name
    page.select_option("#whatif-form select[name=value]", "-1")
    page.fill("#whatif-form input[name=steps]", "3")
    with page.expect_navigation():
        page.locator("#whatif-form button").click()
    assert "factor=" in page.url and page.locator("#whatif-moves tr").count() > 1
    page.wait_for_function("window.__politikaCausal !== undefined")
    assert page.evaluate("window.__politikaCausal.nodes('.set').length") == 1
    assert page.evaluate("window.__politikaCausal.nodes('.up, .down').length") > 0
    page.locator("#whatif-result").scroll_into_view_if_needed()
    _shot(page, "whatif")
    _no_page_errors(page)
