"""Time the build against the bare spaCy parse of the same texts.

    .venv/bin/python scripts/bench_build.py [PATH ...] [--repeat 3] [--copies 1]

For each run: ``nlp.pipe`` over the article texts alone, then ``kg.build`` with the
extraction cache off (parse + extract + resolve + map + store + SHACL), then the build
again from a warm cache. ``--copies N`` makes N variants of every article (a counter
appended to the text, so the cache cannot reuse them) to see how time grows with the corpus.
Prints the best of ``--repeat`` runs, in CPU seconds of this process (``time.process_time``:
what the machine's other work does not add to) and in wall-clock seconds; the figures in the
README come from this script, with the load average it prints.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.parse import load_nlp  # noqa: E402
from kg.pipeline import build_articles, read_corpus  # noqa: E402
from kg.settings import Settings  # noqa: E402


def best(repeat: int, job) -> tuple[float, float]:
    """The least CPU time and the least wall-clock time of ``repeat`` runs of ``job``."""
    cpu, wall = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        job()
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started)
    return min(cpu), min(wall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()

    articles = read_corpus(args.paths, max_bytes=None, problems=[])
    if args.copies > 1:
        articles = [replace(a, id=f"{a.id}-{i}", text=f"{a.text}\n\n({i})")
                    for i in range(args.copies) for a in articles]
    texts = [a.text for a in articles]
    nlp = load_nlp()
    list(nlp.pipe(texts[:1]))  # model loaded and warm before anything is timed
    size = sum(len(t) for t in texts)
    print(f"{len(texts)} articles, {size:,} characters")

    parse = best(args.repeat, lambda: list(nlp.pipe(texts, batch_size=16)))

    def run_build(cache_dir: str) -> None:
        build_articles(articles, settings=Settings(cache_dir=cache_dir))

    cold = best(args.repeat, lambda: run_build(""))
    with tempfile.TemporaryDirectory() as cache:
        run_build(cache)
        warm = best(args.repeat, lambda: run_build(cache))
    print("                              CPU s    wall s")
    print(f"nlp.pipe alone:               {parse[0]:6.2f}   {parse[1]:6.2f}")
    print(f"kg build, no cache:           {cold[0]:6.2f}   {cold[1]:6.2f}  "
          f"({cold[0] / parse[0]:.2f} x the parse in CPU, {cold[1] / parse[1]:.2f} in wall time)")
    print(f"kg build, warm cache:         {warm[0]:6.2f}   {warm[1]:6.2f}")
    print("load average (1, 5, 15 min): " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
