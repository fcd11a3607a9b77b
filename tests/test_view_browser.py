"""The network page in a real browser: headless Chromium with every non-file request blocked.

Skipped (with the reason) when Debian's chromium is not installed; under CI (where the
environment variable CI is set and CI installs chromium) a missing browser is a failure.
CSP is bypassed on purpose: the page's Content-Security-Policy is a second line of
defence, and these tests check that escaping alone keeps hostile text from running.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from test_view import HOSTILE, MALLORY, hostile_graph

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _browser_or_skip() -> None:
    missing = [] if Path(CHROMIUM).exists() else [f"{CHROMIUM} (apt-get install chromium)"]
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package")
    if missing:
        reason = "browser tests need " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(reason + " -- CI must install them")
        pytest.skip(reason)


class Page:
    """One page load with the network cut off; remembers every request the page tried."""

    def __init__(self, browser, path: Path) -> None:
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        started = time.perf_counter()
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.kgView && window.kgView.drawn", timeout=60_000)
        self.seconds_to_draw = time.perf_counter() - started

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def browser() -> Iterator:
    _browser_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def hostile_page(browser, small_graph, tmp_path) -> Iterator[Page]:
    path = hostile_graph(small_graph).view(tmp_path / "v.html", title=HOSTILE)
    page = Page(browser, path)
    yield page
    page.close()


def test_the_network_renders_every_node_offline(hostile_page):
    # 11 nodes of the small graph and the hostile official
    assert hostile_page.js("kgView.nodes.length") == 12
    assert hostile_page.js("kgView.edges.length") == 19
    assert hostile_page.js("document.querySelector('#kg-network canvas') !== null")
    hostile_page.page.wait_for_function("kgView.stabilized", timeout=30_000)
    assert hostile_page.requests == [], "nothing may leave the machine"
    assert hostile_page.errors == []


def test_search_finds_an_official_by_another_spelling(hostile_page):
    hostile_page.page.fill("#kg-search", "keven")
    hostile_page.page.press("#kg-search", "Enter")
    assert hostile_page.page.inner_text("#kg-results").startswith("Kevin Mallory")
    assert hostile_page.js("kgView.network.getSelectedNodes()") == [MALLORY]
    assert "Acting Secretary of Homeland Security" in hostile_page.page.inner_text("#kg-details")


def test_clicking_a_node_shows_its_details_and_tooltip(hostile_page):
    hostile_page.page.wait_for_function("kgView.stabilized", timeout=30_000)
    x, y = hostile_page.js(f"""(() => {{
        const p = kgView.network.getPositions([{MALLORY!r}])[{MALLORY!r}];
        const d = kgView.network.canvasToDOM(p);
        const r = document.querySelector('#kg-network').getBoundingClientRect();
        return [d.x + r.left, d.y + r.top]; }})()""")
    hostile_page.page.mouse.move(x, y)
    hostile_page.page.mouse.click(x, y)
    details = hostile_page.page.inner_text("#kg-details")
    assert details.startswith("Kevin Mallory")
    assert "Keven Mallory signed an asylum cooperation agreement" in details, "evidence quote"
    tip = hostile_page.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    assert "Kevin Mallory" in tip.inner_text()
    # the neighbourhood stays coloured, the rest fades
    colours = hostile_page.js("Object.fromEntries(kgView.nodes.get().map(n => [n.name, n.color]))")
    assert colours["Panama City"] == "#e6e6e6" and colours["United States"] != "#e6e6e6"


def test_hostile_article_text_is_shown_and_runs_nothing(hostile_page):
    page = hostile_page.page
    page.fill("#kg-search", "alert")
    page.press("#kg-search", "Enter")
    details = page.inner_text("#kg-details")
    assert HOSTILE in details, "the markup is shown as text"
    assert page.inner_text("#kg-results").startswith(HOSTILE)
    assert page.title() == HOSTILE
    assert hostile_page.js("document.querySelectorAll('#kg-details img, #kg-results img, header img').length") == 0
    page.wait_for_timeout(300)  # let a broken <img> fire its onerror if one was created
    assert hostile_page.dialogs == []
    assert hostile_page.js("window.__pwned === undefined")
    assert hostile_page.requests == []


def test_filters_by_class_and_country(hostile_page):
    page = hostile_page.page
    page.uncheck("#kg-legend input[value=Article]")
    assert hostile_page.js("kgView.nodes.get({filter: n => !n.hidden}).length") == 9
    page.check("#kg-legend input[value=Article]")
    page.select_option("#kg-country", label="United States")
    shown = set(hostile_page.js("kgView.nodes.get({filter: n => !n.hidden}).map(n => n.name)"))
    assert {"United States", "Kevin Mallory", "US-Panama asylum cooperation agreement"} <= shown
    assert "Ana Ortiz" not in shown and "Panama City" not in shown


def test_five_thousand_nodes_draw_in_the_browser(browser, tmp_path):
    """A sanity bound only; the timings are measured by scripts/bench_view.py."""
    sys.path.insert(0, str(Path(__file__).parent))
    from synthetic_kg import synthetic_graph

    path = synthetic_graph(5000).view(tmp_path / "big.html")
    page = Page(browser, path)
    try:
        assert page.js("kgView.nodes.length") >= 4900
        page.page.wait_for_function("kgView.stabilized", timeout=60_000)
        assert page.seconds_to_draw < 60
        assert page.requests == []
    finally:
        page.close()
