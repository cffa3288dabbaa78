"""The four analyst questions of issue 17, each answered from the overview page in at most three clicks (a click on a
link, box or option, or a form's submit; typing in a box is not counted) and by one CLI line, on the sample-corpus
store (tests/web/conftest.py). The article that makes the answers rich is ours: the samples' July 2024 blackouts
report (markdown/ukraine-blackouts-after-russian-strikes.md).

1. What did Russia do to Ukraine in July 2024, per the sources?
2. Who claimed what about Putin, and which sources are anonymous?
3. What causes does this corpus assert for power shortages, and what do they lead to?
4. How did attention to Putin change over time?

Skipped where Chromium or Playwright is missing (as tests/web/test_browser.py), except under CI=true; the CLI halves
always run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli.helpers import run
from tests.web.live import live_server, require_browser
from tests.web.test_browser import ARGS, CHROMIUM, _missing

MAX_CLICKS = 3
STRIKE = "Russian missiles and drones hit energy facilities"  # the blackouts report's July strike
ANONYMOUS_ON_PUTIN = ("Putin studies our hesitation", "Putin wanted Ukrainians to face the coming winter")
CAUSE, FACTOR, EFFECT = "Russian strikes on power plants", "severe power shortages", "small businesses in Kyiv to close"


@pytest.fixture(scope="module")
def page(web_db: str) -> Iterator[Any]:
    require_browser(_missing())
    from playwright.sync_api import sync_playwright

    from politika.web import create_app

    with live_server(create_app(web_db)) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 860}, base_url=url)
        yield context.new_page()
        browser.close()


class Clicks:
    """The user's actions from the overview, counted; every step waits for the page it opens."""

    def __init__(self, page: Any) -> None:
        self.page, self.count = page, 0
        page.goto("/")
        assert page.locator("h1").first.inner_text().startswith("Overview")

    def click(self, locator: Any) -> None:
        self.count += 1
        locator.first.click()
        self.page.wait_for_load_state()

    def check(self, locator: Any) -> None:
        self.count += 1
        locator.first.check()

    def select(self, locator: Any, value: str) -> None:
        self.count += 1
        locator.first.select_option(value)

    def nav(self, name: str) -> None:
        self.click(self.page.locator("header nav a", has_text=name))

    def done(self) -> None:
        assert self.count <= MAX_CLICKS, f"{self.count} clicks (at most {MAX_CLICKS}): {self.page.url}"


def lines(db: str, *args: str) -> list[dict[str, Any]]:
    result = run(Path(db), *args, "--json")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


# 1. What did Russia do to Ukraine in July 2024, per the sources?

def test_what_russia_did_to_ukraine_in_july_page(page: Any) -> None:
    user = Clicks(page)
    user.nav("Events")
    form = page.locator("form.filters")
    form.get_by_label("Actor", exact=True).fill("Russia")
    form.get_by_label("Recipient", exact=True).fill("Ukraine")
    form.locator("input[name=since]").fill("2024-07-01")
    form.locator("input[name=until]").fill("2024-07-31")
    user.check(form.locator("input[name=include_parts]"))
    user.click(form.get_by_role("button", name="Filter"))
    user.done()
    rows = page.locator("#events-table tr.event-row")
    assert rows.count() >= 2, page.url
    assert all(date.startswith("2024-07") for date in rows.locator("td:first-child").all_inner_texts())
    strike = rows.filter(has_text=STRIKE)
    assert strike.count() == 1 and "Ukraine" in strike.locator("td").nth(3).inner_text()
    assert "outlet(s)" in strike.locator("td").nth(5).inner_text()  # per the sources: how many, which (title)
    kyiv = rows.filter(has_text="2024-07-08")  # the Kyiv bombardment, told by two outlets
    assert kyiv.count() >= 1 and "2 outlet(s)" in kyiv.first.inner_text()


def test_what_russia_did_to_ukraine_in_july_cli(web_db: str) -> None:
    clusters = lines(web_db, "events", "--actor", "Russia", "--include-parts", "--recipient", "Ukraine",
                     "--since", "2024-07-01", "--until", "2024-07-31")
    assert len(clusters) >= 2 and all(c["date"].startswith("2024-07") for c in clusters)
    strike = [c for c in clusters if any(STRIKE in (r["sentence_text"] or "") for r in c["reports"])]
    assert strike and {a["name"] for a in strike[0]["recipients"]} == {"Ukraine"}
    assert all(c["outlet_names"] for c in clusters)


# 2. Who claimed what about Putin, and which sources are anonymous?

def test_anonymous_claims_about_putin_page(page: Any) -> None:
    user = Clicks(page)
    user.nav("Claims")
    form = page.locator("form.filters")
    form.get_by_label("About", exact=True).fill("Putin")
    user.select(form.get_by_label("Sources", exact=True), "true")
    user.click(form.get_by_role("button", name="Filter"))
    user.done()
    rows = page.locator("tr.claim-row")
    texts = rows.all_inner_texts()
    for quote in ANONYMOUS_ON_PUTIN:
        assert any(quote in t for t in texts), (quote, texts)
    assert rows.count() == rows.filter(has=page.locator(".tag", has_text="anonymous")).count()
    assert all(link.get_attribute("href").count("#q") == 1 for link in rows.locator("a.sentence-link").all())


def test_anonymous_claims_about_putin_cli(web_db: str) -> None:
    claims = lines(web_db, "claims", "--subject", "Putin", "--anonymous")
    contents = [c["content"]["text"] for c in claims]
    for quote in ANONYMOUS_ON_PUTIN:
        assert any(quote in text for text in contents), (quote, contents)
    assert all(c["anonymous"] and c["outlet"] for c in claims)
    printed = run(Path(web_db), "claims", "--subject", "Putin", "--anonymous").stdout.splitlines()
    assert len(printed) == len(claims) and all("(anonymous" in line for line in printed), printed


# 3. What causes does this corpus assert for power shortages, and what do they lead to?

def test_causes_and_effects_of_a_factor_page(page: Any) -> None:
    user = Clicks(page)
    user.nav("Causal map")
    search = page.locator("#factor-search")
    search.get_by_label("Find a factor").fill("power shortages")
    user.click(search.get_by_role("button", name="Find"))
    user.done()
    assert "factor(s) match" in search.inner_text()
    edges = page.locator("#causal-edges")
    assert edges.locator("tr", has_text=CAUSE).filter(has_text=FACTOR).count() == 1  # what causes it
    assert edges.locator("tr", has_text=FACTOR).filter(has_text=EFFECT).count() == 1  # what it leads to


def test_causes_and_effects_of_a_factor_cli(web_db: str) -> None:
    causes = lines(web_db, "causal", "--effect", "power shortages")[0]
    effects = lines(web_db, "causal", "--cause", "power shortages")[0]
    names = {f["id"]: f["name"] for f in causes["factors"] + effects["factors"]}
    assert (CAUSE, FACTOR) in {(names[e["cause"]], names[e["effect"]]) for e in causes["edges"]}
    assert any(names[e["cause"]] == FACTOR and EFFECT in names[e["effect"]] for e in effects["edges"])


# 4. How did attention to Putin change over time?

def test_attention_over_time_page(page: Any) -> None:
    user = Clicks(page)
    user.nav("Attention")
    form = page.locator("form.filters").first
    form.get_by_label("Actor", exact=True).fill("Putin")
    user.click(form.get_by_role("button", name="Count"))
    user.done()
    assert page.locator("#attention-chart").count() == 1  # the chart; the table below holds the same numbers
    months = {row.locator("td").first.inner_text().strip(): row.locator("td").nth(3).inner_text().strip()
              for row in page.locator("#attention-table tr:has(td)").all()}
    assert int(months["2024-07"]) > 0 and months["2024-08"] == "0", months  # zero-filled: no gap in the axis


def test_attention_over_time_cli(web_db: str) -> None:
    result = lines(web_db, "attention", "--actor", "Putin", "--by", "month")[0]
    buckets = {b["bucket"]: b["articles"] for b in result["buckets"]}
    assert buckets["2024-07"] > 0 and buckets["2024-08"] == 0, buckets
    assert list(buckets) == sorted(buckets)
