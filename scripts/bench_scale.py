"""How the build grows with the corpus: build vs bare ``nlp.pipe``, by stage, with Dask workers.

    .venv/bin/python scripts/bench_scale.py --sizes 50 200 500 1000 --repeat 3 --workers 0 1 2 \
        --json docs/bench.jsonl

For each corpus size (variants of the project's articles, ``scripts/bench_corpus.py``, so
the extraction cache cannot help) and each repeat, three kinds of run, each in a fresh
child process so that its peak memory is its own:

* ``parse``: the spaCy model loaded and warmed, then ``nlp.pipe`` over the texts (spaCy's own
  components, ``kg.parse.load_model``, not the build's cheaper equivalents of two of them);
* ``build``: the model loaded and warmed, then ``kg.build`` of the corpus with an empty
  extraction cache and the outputs a ``kg build --no-view --no-docs`` writes, timed by stage
  (each ``kg.pipeline`` step wrapped with a timer); with ``--workers N`` > 0 the parse and
  extraction run on a local Dask cluster of N processes (its start-up is timed apart);
* ``add10``: after the build, 10 new articles added to the corpus and the build run again
  on the warm cache: what adding articles costs today.

CPU seconds are the child's user+system time plus that of its children (the Dask worker
processes); peak memory is the largest resident set of the child or of one of its
children, taken when the cold build is written (before ``add10``). The machine's load
average is recorded with each run: on a shared machine, compare medians, not single runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


# -- child: one measured run ---------------------------------------------------------------------


def _usage() -> tuple[float, float]:
    """CPU seconds (self + reaped children) and peak RSS in MB (the larger of the two)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    return cpu, max(me.ru_maxrss, kids.ru_maxrss) / 1024


class Stages:
    """Wall seconds spent in each wrapped function (outermost calls only)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def wrap(self, owner: object, name: str, label: str | None = None) -> None:
        inner = getattr(owner, name, None)
        if inner is None:
            return
        label = label or name

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                self.seconds[label] = self.seconds.get(label, 0.0) + time.perf_counter() - started

        setattr(owner, name, timed)


def child(kind: str, corpus: Path, workers: int, out: Path, extra: Path | None) -> dict:
    from kg.parse import load_model, load_nlp
    from kg.pipeline import read_corpus

    articles = read_corpus([corpus], max_bytes=None, problems=[])
    # the bare parse is spaCy's own components (and the annotation layer, as before 2026-12-07);
    # the build's pipeline (load_nlp) replaces two of them with cheaper equivalents
    nlp = load_model() if kind == "parse" else load_nlp()
    list(nlp.pipe(["Warm up the model before timing."]))
    cpu0, _ = _usage()
    wall0 = time.perf_counter()
    record: dict = {"kind": kind, "articles": len(articles), "workers": workers,
                    "characters": sum(len(a.text) for a in articles)}
    if kind == "parse":
        for _ in nlp.pipe((a.text for a in articles), batch_size=16):
            pass
    else:
        import kg.pipeline as pipeline
        import kg.resolve
        from kg.graph import KnowledgeGraph
        from kg.settings import Settings

        stages = Stages()
        for name in ("extract_corpus", "resolve", "assemble_corpus", "write_outputs"):
            stages.wrap(pipeline, name)
        stages.wrap(pipeline, "documents", "facts_documents")
        import kg.facts_out

        stages.wrap(kg.facts_out, "documents", "facts_documents")
        for name in ("validate", "triple_count", "export"):
            stages.wrap(KnowledgeGraph, name)
        del kg.resolve
        from contextlib import nullcontext

        cluster = nullcontext()
        worker_pids: list[int] = []
        if workers:
            from kg.distributed import use_cluster

            started = time.perf_counter()
            cluster = use_cluster(workers=workers)
            extractor = cluster.__enter__()
            record["cluster_start_s"] = time.perf_counter() - started
            worker_pids = list(extractor.client.run(os.getpid).values())
            worker_cpu0, self_cpu0 = _process_cpu(worker_pids), _process_cpu([os.getpid()])
            cpu0, _ = _usage()
            wall0 = time.perf_counter()
        try:
            with tempfile.TemporaryDirectory() as cache:
                settings = Settings(cache_dir=cache)
                result = pipeline.build([corpus], settings=settings)
                pipeline.write_outputs(result, out, view=False, docs=False)
                record["triples"] = result.report.triples
                record["problems"] = len(result.report.problems)
                record["stages"] = dict(stages.seconds)
                if worker_pids:  # the workers' own CPU and peak memory, before the cluster closes
                    record["worker_cpu_s"] = _process_cpu(worker_pids) - worker_cpu0
                    record["worker_peak_rss_mb"] = max(_peak_rss_mb(pid) for pid in worker_pids)
                    record["client_cpu_s"] = _process_cpu([os.getpid()]) - self_cpu0
                # the build's own peak, before add10 builds the corpus again in this process
                build_peak_mb = _usage()[1]
                if worker_pids:
                    build_peak_mb = max(build_peak_mb, record["worker_peak_rss_mb"])
                record["build_peak_rss_mb"] = build_peak_mb
                if extra is not None:  # ten new articles on the warm cache
                    result.graph.close()
                    del result  # add10 is a build of its own: the first one's graph is not held meanwhile
                    cpu1, _ = _usage()
                    wall1 = time.perf_counter()
                    again = pipeline.build([corpus, extra], settings=settings)
                    pipeline.write_outputs(again, out, view=False, docs=False)
                    cpu2, _ = _usage()
                    record["add10_wall_s"] = time.perf_counter() - wall1
                    record["add10_cpu_s"] = cpu2 - cpu1
                    record["add10_cached"] = again.report.cached
        finally:
            cluster.__exit__(None, None, None)
        wall = time.perf_counter() - wall0
        cpu, rss = _usage()
        if "add10_wall_s" in record:
            wall -= record["add10_wall_s"]
            cpu -= record["add10_cpu_s"]
        # peak_rss_mb: the cold build's own; before 2026-12-06 it was the process's, add10 included,
        # which built the corpus a second time while the first build's graph was still held
        record.update(wall_s=wall, cpu_s=cpu - cpu0, peak_rss_mb=record.pop("build_peak_rss_mb", rss),
                      process_peak_rss_mb=rss)
        if worker_pids:  # this process's CPU and the workers' measured while they ran, not their start-up
            record["cpu_s"] = record["client_cpu_s"] + record["worker_cpu_s"]
        return record
    wall = time.perf_counter() - wall0
    cpu, rss = _usage()
    record.update(wall_s=wall, cpu_s=cpu - cpu0, peak_rss_mb=rss)
    return record


def _process_cpu(pids: list[int]) -> float:
    import psutil

    return sum(sum(psutil.Process(pid).cpu_times()[:2]) for pid in pids)


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# -- parent: the runs and the table ----------------------------------------------------------------


def run_child(kind: str, corpus: Path, workers: int, extra: Path | None, work: Path) -> dict:
    out = work / f"out-{kind}-{workers}"
    command = [sys.executable, __file__, "--child", kind, str(corpus), "--child-workers", str(workers),
               "--child-out", str(out)]
    if extra is not None:
        command += ["--child-extra", str(extra)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} run failed:\n{done.stderr[-2000:]}")
    record = json.loads(done.stdout.strip().splitlines()[-1])
    record["load_avg_1min"] = os.getloadavg()[0]
    return record


def median(records: list[dict], key: str) -> float:
    values = [r[key] for r in records if key in r]
    return statistics.median(values) if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 200, 500, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[0], help="0: in-process; N: a local Dask cluster")
    parser.add_argument("--json", help="append every run's record to this JSON Lines file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("corpus", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("--child-workers", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--child-out", help=argparse.SUPPRESS)
    parser.add_argument("--child-extra", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        extra = Path(args.child_extra) if args.child_extra else None
        print(json.dumps(child(args.child, Path(args.corpus), args.child_workers, Path(args.child_out), extra)))
        return

    from bench_corpus import variants, write

    print(f"load average at start: {os.getloadavg()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for size in args.sizes:
            runs: list[dict] = []
            for rep in range(args.repeat):
                corpus = write(variants(size, edition=rep), work / f"corpus-{size}-{rep}.jsonl")
                extra = write(variants(10, edition=rep, start=size), work / f"extra-{size}-{rep}.jsonl")
                runs.append(run_child("parse", corpus, 0, None, work))
                for n in args.workers:
                    runs.append(run_child("build", corpus, n, extra if n == 0 else None, work))
                for r in runs[-1 - len(args.workers):]:
                    r["size"], r["repeat"] = size, rep
                    print(json.dumps(r), flush=True)
            if args.json:
                with open(args.json, "a", encoding="utf-8") as f:
                    for r in runs:
                        f.write(json.dumps(r) + "\n")
            parse = [r for r in runs if r["kind"] == "parse"]
            for n in args.workers:
                build = [r for r in runs if r["kind"] == "build" and r["workers"] == n]
                p_cpu, b_cpu = median(parse, "cpu_s"), median(build, "cpu_s")
                print(f"| {size} | {n or 'none'} | {median(parse, 'wall_s'):.1f} / {p_cpu:.1f} | "
                      f"{median(build, 'wall_s'):.1f} / {b_cpu:.1f} | {b_cpu / p_cpu:.2f} | "
                      f"{median(build, 'peak_rss_mb'):.0f} | {median(build, 'add10_wall_s'):.1f} |", flush=True)


if __name__ == "__main__":
    main()
