"""Phone, keyboard, colour (issue 17 item 11): no sideways scroll at 390 px on any page, highlights reachable by
keyboard with a tooltip, the side panel in view, conflict and cooperation told apart without colour, a wrong form
value keeps the form, and `politika serve` checks its port first."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from politika.cli import cli
from politika.errors import InputError
from politika.store import Store
from politika.web import create_app
from tests.web.conftest import TOKEN
from tests.web.live import require_browser
from tests.web.test_browser import ARGS, CHROMIUM, SCREENSHOTS, _missing, server  # noqa: F401 (the fixture)


@pytest.fixture(scope="module")
def refs(web_db: str) -> dict[str, str]:
    with Store(web_db, create=False) as store:
        article = next(a for a in store.list_articles() if a["status"] == "analysed")
        actor = store.actors(limit=1)[0]
    return {"article": quote(article["id"], safe=""), "actor": quote(actor["id"], safe="")}


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:  # noqa: F811
    require_browser(_missing())
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


def _page(browser: Any, server: str, width: int, height: int) -> Any:  # noqa: F811
    return browser.new_context(viewport={"width": width, "height": height}, base_url=server).new_page()


def test_no_sideways_scroll_at_390_px(browser: Any, server: str, refs: dict[str, str]) -> None:  # noqa: F811
    phone = _page(browser, server, 390, 844)
    phone.goto("/")
    pages = phone.eval_on_selector_all("header nav a", "links => links.map(a => a.getAttribute('href'))")
    shots = {path: path.strip("/").split("?")[0] or "overview" for path in pages}
    shots |= {f"/articles/{refs['article']}": "article", f"/actors/{refs['actor']}": "actor"}
    pages += [f"/articles/{refs['article']}", f"/actors/{refs['actor']}", "/search?q=Putin",
              "/search?since=July", "/events?quad=4"]
    wide = {}
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for path in pages:
        response = phone.goto(path)
        assert response is not None and response.status in (200, 422), path
        phone.wait_for_load_state("load")
        if path in shots:  # docs/screenshots/phone-*.png: every page at 390 px, as the README's desktop ones
            phone.screenshot(path=str(SCREENSHOTS / f"phone-{shots[path]}.png"), full_page=False)
        width = phone.evaluate("document.documentElement.scrollWidth")
        if width > 390:
            wide[path] = (width, phone.evaluate("""() => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > 391).slice(0, 3)
                .map(e => e.tagName + '.' + e.className)"""))
    assert not wide, wide
    phone.context.close()


def test_highlights_are_reachable_by_keyboard(browser: Any, server: str, refs: dict[str, str]) -> None:  # noqa: F811
    desk = _page(browser, server, 1280, 860)
    desk.goto(f"/articles/{refs['article']}")
    first = desk.locator("#article-text .hl").first
    assert first.get_attribute("tabindex") == "0"
    assert any(layer in (first.get_attribute("title") or "") for layer in ("actor", "event", "attribution", "causal"))
    desk.locator("#layer-toggles input").last.focus()
    for _ in range(10):
        desk.keyboard.press("Tab")
        if desk.evaluate("document.activeElement.classList.contains('hl')"):
            break
    focused = desk.evaluate("""() => { const e = document.activeElement; const s = getComputedStyle(e);
        return {hl: e.classList.contains('hl'), title: e.title, outline: s.outlineStyle, ref: e.dataset.ref}; }""")
    assert focused["hl"] and focused["title"] and focused["outline"] != "none", focused
    linked = desk.evaluate("""ref => ref.split(' ').some(r => document.querySelector(
        `#side-panel li[data-ref="${CSS.escape(r)}"]`))""", focused["ref"])
    if linked:
        assert desk.locator("#side-panel li.active").count() >= 1
    assert desk.evaluate("getComputedStyle(document.getElementById('side-panel')).position") == "sticky"
    desk.context.close()


def test_conflict_and_cooperation_differ_without_colour(browser: Any, server: str) -> None:  # noqa: F811
    desk = _page(browser, server, 1280, 860)
    desk.goto("/network")
    signs = desk.evaluate("""() => Object.fromEntries([1, 2, 3, 4].map(q => [q, getComputedStyle(
        document.querySelector(`.legend .swatch.q${q}`), '::after').content]))""")
    assert '+' in signs["1"] and '−' in signs["3"] and len({*signs.values()}) == 4, signs
    desk.context.close()


def test_a_wrong_date_keeps_the_filled_form(browser: Any, server: str) -> None:  # noqa: F811
    desk = _page(browser, server, 1280, 860)
    response = desk.goto("/search?q=Putin&since=July")  # not a date (a date field cannot hold it: it stays empty)
    assert response is not None and response.status == 422
    assert "not a date" in desk.locator("main .form-error").inner_text()
    assert desk.locator("main form.filters input[name=q]").input_value() == "Putin"
    response = desk.goto("/search?q=Putin&since=2024-08-01&until=2024-07-01")  # a period that ends before it starts
    assert response is not None and response.status == 400
    assert "ends before it starts" in desk.locator("main .form-error").inner_text()
    form = desk.locator("main form.filters")
    assert [form.locator(f"[name={name}]").input_value() for name in ("q", "since", "until")] == [
        "Putin", "2024-08-01", "2024-07-01"]  # the wrong one put back, to be corrected
    assert desk.evaluate("""() => !!(document.querySelector('main .form-error').compareDocumentPosition(
        document.querySelector('main form.filters')) & Node.DOCUMENT_POSITION_FOLLOWING)""")
    desk.context.close()


def test_form_errors_without_a_browser(web_db: str) -> None:
    with TestClient(create_app(web_db, token=TOKEN)) as client:
        for url, status in (("/claims?source=Nobody+Atall&since=2024-01-01", 404),
                            ("/events?since=2024-08-01&until=2024-07-01", 400)):
            response = client.get(url)
            assert response.status_code == status
            assert 'class="error form-error"' in response.text and 'class="filters"' in response.text
        plain = client.get("/actors/Nobody%20Atall")  # no form to keep: the error page
        assert plain.status_code == 404 and "form-error" not in plain.text
        assert client.get("/api/events?since=July").status_code == 422  # the API is unchanged


def test_serve_checks_the_port_first(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port), "--db", str(tmp_path / "none.db")])
    assert isinstance(result.exception, InputError), result.output
    assert f"127.0.0.1:{port}: cannot listen there" in str(result.exception)
    assert "write token" not in result.output and "http://" not in result.output
