"""What adding articles to a built corpus costs: a full build, then 10 more articles.

    .venv/bin/python scripts/bench_incremental.py --articles 1000 --cache /tmp/cache --json runs.jsonl

Steps, in this one process (the spaCy model loaded and warmed first), each timed in CPU
and wall seconds and by stage:

1. ``full``: ``kg build`` of N articles (variants of the project's articles,
   ``scripts/make_corpus.py``) into a new output folder, writing what ``kg build`` writes
   (``--view``/``--no-view``, never the ontology page). With a cold ``--cache`` this is
   the whole build; with a warm one (a second run) it is the build less parse + extract,
   whose cost the first run measured (``extract CPU``).
2. ``add10``: the same N plus 10 new articles, built into the same folder (an
   incremental build: the previous generation is reused); with ``--parse-added`` the 10
   are texts no cache has seen, so their parse and extraction are in the figure.
3. ``remove10``: back to the N articles (their graphs and the facts only they supported
   go).

The extraction cache is keyed by a hash of the package's code; this script pins that
hash to a constant, so that edits to code outside extraction do not make a warm cache
cold between runs. The extractors' output for a text does not depend on the rest.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


class Stages:
    """Wall seconds spent in each wrapped function (outermost calls only)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._depth = 0

    def wrap(self, owner: object, name: str, label: str | None = None) -> None:
        inner = getattr(owner, name)
        key = label or name

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                self.seconds[key] = self.seconds.get(key, 0.0) + time.perf_counter() - started

        setattr(owner, name, timed)

    def take(self) -> dict[str, float]:
        out, self.seconds = {k: round(v, 3) for k, v in self.seconds.items()}, {}
        return out


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--cache", required=True, help="extraction cache folder (kept between runs)")
    parser.add_argument("--out", help="output folder (default: a temporary one)")
    parser.add_argument("--view", action="store_true", help="write the network view too (a default build)")
    parser.add_argument("--json", help="append the figures to this JSON Lines file")
    parser.add_argument("--parse-added", action="store_true",
                        help="give the 10 added articles a line of their own, so that they are parsed and "
                             "extracted (not found in the cache) and add10 costs what adding new articles does")
    args = parser.parse_args()

    import kg.pipeline as pipeline
    from make_corpus import variants

    pipeline._code_fingerprint = lambda: "bench-incremental"  # see the module docstring
    os.environ["KG_CACHE_DIR"] = args.cache
    from kg.parse import load_nlp

    load_nlp()("Warm up the model.")
    stages = Stages()
    import kg.graph
    import kg.validate

    stages.wrap(pipeline, "extract_corpus", "extract")
    import kg.assemble

    stages.wrap(pipeline, "assemble_corpus", "resolve+map+merge+facts+shacl")
    stages.wrap(kg.assemble, "_documents", "facts documents")
    stages.wrap(kg.graph.KnowledgeGraph, "validate", "shacl (full)")
    stages.wrap(kg.validate, "validate_changes", "shacl (changes)")
    stages.wrap(kg.graph.KnowledgeGraph, "view", "view")
    import kg.build_exports

    stages.wrap(kg.build_exports, "write_exports", "exports")
    stages.wrap(pipeline, "write_outputs", "write outputs")

    work = Path(tempfile.mkdtemp(prefix="bench-incremental-"))
    corpus = work / "corpus"
    corpus.mkdir()
    texts = variants(args.articles + 10)
    if args.parse_added:
        nonce = time.time_ns()
        texts[args.articles:] = [(name, f"{text}(added {nonce})\n") for name, text in texts[args.articles:]]
    for name, text in texts[: args.articles]:
        (corpus / name).write_text(text, encoding="utf-8")
    out = Path(args.out) if args.out else work / "out"
    rows = []
    try:
        for step in ("full", "add10", "remove10"):
            if step == "add10":
                for name, text in texts[args.articles:]:
                    (corpus / name).write_text(text, encoding="utf-8")
            if step == "remove10":
                for name, _ in texts[args.articles:]:
                    (corpus / name).unlink()
            cpu, wall = _cpu(), time.perf_counter()
            result = pipeline.build([corpus], settings=pipeline.Settings(), previous=out)
            pipeline.write_outputs(result, out, view=args.view, docs=False)
            row = {"step": step, "articles": result.report.articles, "cached": result.report.cached,
                   "remapped": result.report.remapped, "cpu": round(_cpu() - cpu, 2),
                   "wall": round(time.perf_counter() - wall, 2), "stages": stages.take(),
                   "triples": result.report.triples, "load": round(os.getloadavg()[0], 1)}
            result.graph.close()
            rows.append(row)
            print(json.dumps(row), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        with open(args.json, "a", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
