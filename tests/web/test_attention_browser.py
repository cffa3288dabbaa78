"""The attention page in Chromium: the chart is drawn on every bucket the server gives (the fixtures of
tests/web/test_browser.py: a server over a copy of the sample store, a headless Chromium page)."""

from __future__ import annotations

from typing import Any

from tests.web.test_browser import _no_page_errors, _shot, page, server  # noqa: F401 (fixtures)


def test_attention_chart_renders(page: Any) -> None:  # noqa: F811
    response = page.goto("/attention?by=week&by_outlet=true")
    assert response is not None and response.status == 200
    page.wait_for_function("window.__politikaAttention !== undefined")
    drawn = page.evaluate("(() => { const c = window.__politikaAttention; return {labels: c.data.labels.length,"
                          " datasets: c.data.datasets.length, width: c.canvas.width}; })()")
    rows = page.locator("#attention-table tr").count() - 1  # the header
    assert drawn["labels"] == rows > 0 and drawn["datasets"] >= 1 and drawn["width"] > 0, drawn
    _shot(page, "attention")
    _no_page_errors(page)
