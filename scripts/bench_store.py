"""Time the store of a `kg build` folder: opening it, every library query, the view's queries.

    .venv/bin/python scripts/make_corpus.py /tmp/c500 --articles 500
    .venv/bin/kg build /tmp/c500 --out /tmp/o500
    .venv/bin/python scripts/bench_store.py /tmp/o500 [--repeat 3]

Prints, best of ``--repeat``: the time to open the folder's store read-only
(``kg.load``), each query of ``queries/`` through the Python API (rows converted to
rdflib terms) next to bare pyoxigraph on the same store, the network view's queries
(:func:`kg.network.build_network`) and the whole page, stats, and validation (merged view
and every article graph).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import kg  # noqa: E402
from kg.network import build_network  # noqa: E402
from kg.query import load_query, query_prefixes  # noqa: E402


def best(repeat: int, job) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-validate", action="store_true")
    args = parser.parse_args()

    opened = best(args.repeat, lambda: kg.load(args.folder).close())
    graph = kg.load(args.folder)
    raw = graph.store.inner  # type: ignore[attr-defined]
    prefixes = query_prefixes(graph.settings.base_iri)
    print(f"{len(graph.named_graphs())} article graphs, {graph.triple_count():,} merged triples")
    print(f"open the store read-only: {opened * 1000:8.1f} ms")
    print(f"{'query':<34}{'rows':>7}{'kg API ms':>11}{'pyoxigraph ms':>15}")
    for path in sorted((ROOT / "queries").glob("*.rq")):
        sparql = load_query(path)
        rows = len(graph.query(sparql))
        api = best(args.repeat, lambda: graph.query(sparql))
        bare = best(args.repeat, lambda: list(raw.query(sparql, prefixes=prefixes)))
        print(f"{path.stem:<34}{rows:>7}{api * 1000:>11.1f}{bare * 1000:>15.1f}")
    network = best(args.repeat, lambda: build_network(graph))
    print(f"{'view: build_network (its queries)':<34}{'':>7}{network * 1000:>11.1f}")
    page = best(1, lambda: graph.view("/tmp/bench_store_view.html"))
    print(f"{'view: the whole page':<34}{'':>7}{page * 1000:>11.1f}")
    stats = best(1, lambda: graph.stats())
    print(f"{'stats':<34}{'':>7}{stats * 1000:>11.1f}")
    if not args.no_validate:
        started = time.perf_counter()
        merged = graph.validate(per_article=False)
        middle = time.perf_counter()
        full = graph.validate()
        done = time.perf_counter()
        print(f"validate merged view: {middle - started:6.2f} s ({merged.violations} violations); "
              f"merged + every article: {done - middle:6.2f} s ({full.violations} violations)")


if __name__ == "__main__":
    main()
