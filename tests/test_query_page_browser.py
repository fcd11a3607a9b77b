"""The query page (YASGUI, vendored) in headless Chromium: it runs a query against `kg serve`
and shows the answer, with the page's real Content-Security-Policy and with every request to
another host refused (and recorded: there must be none).

Skipped (with the reason) when Debian's chromium or playwright is missing; under CI, which
installs chromium, a missing browser is a failure (see test_view_browser.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlparse

import pytest

from kg.serve import create_app
from test_serve import running, served_graph
from test_view_browser import ARGS, CHROMIUM, _browser_or_skip


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    yield from (base for base, _ in running(create_app(served_graph(), timeout=10, max_rows=100)))


@pytest.fixture(scope="module")
def browser():
    _browser_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_yasgui_runs_a_query_and_shows_the_answer(browser, endpoint: str) -> None:
    host = urlparse(endpoint).netloc
    elsewhere: list[str] = []
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 1300, "height": 900})

    def route(r) -> None:
        if urlparse(r.request.url).netloc == host:
            r.continue_()
        else:
            elsewhere.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(endpoint + "/")
    # (no wait_for_function: its string predicates are eval'd in the page, which the page's CSP forbids)
    page.wait_for_selector(".yasqe_queryButton", timeout=30_000)
    page.wait_for_selector("#examples option[value=officials_by_country]", state="attached", timeout=30_000)
    # the library's officials-by-country query, run with YASGUI's own button
    page.select_option("#examples", "officials_by_country")
    page.click(".yasqe_queryButton")
    page.wait_for_selector(".yasr table tbody tr", timeout=30_000)
    cells = page.locator(".yasr table tbody tr").all_inner_texts()
    text = "\n".join(cells)
    for name in ("Alexandra Hill", "Enrique Degenhart", "Kevin McAleenan"):
        assert name in text
    assert "El Salvador" in text
    assert elsewhere == [], elsewhere
    assert errors == [], errors
    context.close()
