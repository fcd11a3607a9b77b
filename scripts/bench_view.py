"""Time the network view on synthetic graphs: Python build and write, then first draw and
settling in headless Chromium with the network blocked.

    .venv/bin/python scripts/bench_view.py [--sizes 1000 5000] [--chromium /usr/bin/chromium]
    .venv/bin/python scripts/bench_view.py --screenshot out/ docs/view.png   # a built graph's view

Browser times are read from the page itself (performance.now() since navigation start,
when vis-network first draws and when the page froze the layout), so they do not include
Playwright's polling.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from synthetic_kg import synthetic_graph  # noqa: E402

from kg.view import ViewOptions, view_network  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def measure(browser, path: Path) -> dict[str, float]:
    """Seconds from navigation to the first draw and to the frozen layout."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    leaks: list[str] = []
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
                  else (leaks.append(r.request.url), r.abort()))
    page = context.new_page()
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.kgView && kgView.stabilized", timeout=300_000, polling=100)
    t = page.evaluate("kgView.timings")
    context.close()
    if leaks:
        raise SystemExit(f"the page tried the network: {leaks}")
    return {"draw": t["firstDraw"] / 1000, "settled": t["settled"] / 1000}


def screenshot(browser, graph_path: str, png: str) -> None:
    """Draw a built graph's view, wait until its layout is frozen, and save a picture."""
    from kg.graph import KnowledgeGraph

    with tempfile.TemporaryDirectory() as tmp:
        page_path = KnowledgeGraph.load(graph_path).view(Path(tmp) / "view.html")
        context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page = context.new_page()
        page.goto(page_path.as_uri())
        page.wait_for_function("window.kgView && kgView.stabilized", timeout=120_000, polling=100)
        page.evaluate("kgView.network.fit()")
        page.wait_for_timeout(300)
        page.screenshot(path=png)
        context.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--screenshot", nargs=2, metavar=("GRAPH", "PNG"), help="picture a built graph's view instead")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    if args.screenshot:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
            screenshot(browser, *args.screenshot)
            browser.close()
        return 0

    print("| nodes | edges | build graph s | write page s | page MB | first draw s | settled s |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
        for size in args.sizes:
            t0 = time.perf_counter()
            graph = synthetic_graph(size)
            t1 = time.perf_counter()
            path = graph.view(Path(tmp) / f"g{size}.html")
            t2 = time.perf_counter()
            net = view_network(graph, ViewOptions())
            m = measure(browser, path)
            print(f"| {len(net)} | {net.number_of_edges()} | {t1 - t0:.1f} | {t2 - t1:.1f} | "
                  f"{path.stat().st_size / 1e6:.1f} | {m['draw']:.1f} | {m['settled']:.1f} |", flush=True)
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
