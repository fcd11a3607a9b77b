"""A build's outputs are one generation, even when the build is killed while writing.

A first build writes the five seeds; a second build of four of them is killed with
SIGKILL while it writes its outputs (at several points); every output must then still
say five articles (the old generation, whole). A last build that finishes says four
everywhere and leaves nothing of the killed runs behind.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
IDENTIFIER = "http://purl.org/dc/terms/identifier"


def article_ids(out: Path) -> dict[str, list[str]]:
    """The article identifiers each output holds."""
    facts = sorted(d["id"] for d in json.loads((out / "facts.json").read_text(encoding="utf-8"))["documents"])
    ttl = ox.Store()
    ttl.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    trig = ox.Store()
    trig.load(path=str(out / "articles.trig"), format=ox.RdfFormat.TRIG)
    ask = f"SELECT ?id WHERE {{ GRAPH ?g {{ ?a <{IDENTIFIER}> ?id }} }}"
    store = kg.load(out)
    return {
        "facts.json": facts,
        "graph.ttl": sorted(r[0].value for r in ttl.query(f"SELECT ?id WHERE {{ ?a <{IDENTIFIER}> ?id }}")),
        "articles.trig": sorted(r[0].value for r in trig.query(ask)),
        "store": sorted(str(r[0]) for r in store.query(f"SELECT ?id WHERE {{ ?a <{IDENTIFIER}> ?id }}").rows),
    }


def build(inputs: Path, out: Path, cache: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "KG_CACHE_DIR": str(cache)}
    return subprocess.Popen([sys.executable, "-m", "kg", "build", str(inputs), "--out", str(out), "--quiet",
                             "--no-docs", *extra], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def staged(out: Path, name: str) -> bool:
    return any((gen / name).exists() for gen in out.glob(".gen-*") if gen.resolve() != (out / ".current").resolve())


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """Four of the seeds as input, the cache, and an output folder of all five."""
    root = tmp_path_factory.mktemp("generations")
    four = root / "four"
    four.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:4]:
        shutil.copy(path, four / path.name)
    out, cache = root / "out", root / "cache"
    assert build(SEEDS, out, cache, "--no-view").wait(timeout=300) == 0
    return four, out, cache


@pytest.fixture
def folders(first_build: tuple[Path, Path, Path], tmp_path: Path) -> tuple[Path, Path, Path]:
    four, built, cache = first_build
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    return four, out, cache


@pytest.mark.parametrize("kill_when", ["store", "graph.ttl", "facts.json"])
def test_a_build_killed_while_writing_leaves_the_previous_generation_whole(folders, kill_when):
    four, out, cache = folders
    before = article_ids(out)
    assert all(len(ids) == 5 for ids in before.values()), before
    process = build(four, out, cache)
    deadline = time.monotonic() + 300
    while not staged(out, kill_when) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    killed_mid_write = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    after = article_ids(out)
    assert len({tuple(ids) for ids in after.values()}) == 1, after  # one generation
    if killed_mid_write:
        assert after == before
    # a build that finishes switches everything, and removes what the killed one left
    assert build(four, out, cache, "--no-view").wait(timeout=300) == 0
    final = article_ids(out)
    assert all(len(ids) == 4 for ids in final.values()), final
    leftovers = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    generations = [p.name for p in out.glob(".gen-*")]
    assert leftovers == [] and generations == [os.readlink(out / ".current")]
    assert not (out / "graph.html").exists()  # not written by this generation: no stale page
