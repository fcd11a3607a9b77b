"""Extraction quality per gold set, and the ratchet that CI holds it to.

    python scripts/quality.py            # strict/lenient F1 per set and kind, against the floors
    python scripts/quality.py --raise    # move each floor up to today's score (never down)

The floors live in ``tests/quality/floors.json``; ``tests/test_quality.py`` fails when a
score drops below its floor. A set is a group of gold files named by their id prefix
(``seeds``: the five seed articles; ``own``: ``tests/articles``; ``blind_<x>``: each folder
``tests/blind/<x>/``, written by annotators who never saw the extractors and scored
before any rule was changed for them). Raise the floors in the commit that improves a
score, so the gain cannot be lost silently later.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "tests" / "quality" / "floors.json"
GOLD = ROOT / "tests" / "gold"
#: set name -> (the article folder it is built from, its gold folder)
SETS = {"seeds": (ROOT / "seeds", GOLD), "own": (ROOT / "tests" / "articles", GOLD)} | {
    f"blind_{folder.name}": (folder, folder) for folder in sorted((ROOT / "tests" / "blind").iterdir()) if folder.is_dir()}


def scores() -> dict[str, dict[str, float]]:
    """Strict F1 per kind plus ``all`` (strict) and ``all_lenient``, for each set."""
    from kg.evaluate import KINDS, evaluate_articles
    from kg.settings import Settings

    out: dict[str, dict[str, float]] = {}
    for name, (articles, gold_dir) in SETS.items():
        report, problems = evaluate_articles([articles], gold_dir, settings=Settings(cache_dir=""))
        for problem in problems:
            print(problem, file=sys.stderr)
        row = {kind: round(report.strict[kind].f1, 3) for kind in KINDS}
        row["all"] = round(report.total_strict.f1, 3)
        row["all_lenient"] = round(report.total_lenient.f1, 3)
        out[name] = row
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raise", dest="raise_", action="store_true", help="raise the floors to today's scores")
    args = parser.parse_args(argv)
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    now = scores()
    for name, row in now.items():
        for kind, value in row.items():
            floor = floors.get(name, {}).get(kind)
            mark = "" if floor is None else ("  below floor %.3f" % floor if value < floor else "  floor %.3f" % floor)
            print(f"{name:6} {kind:12} {value:.3f}{mark}")
    if args.raise_:
        for name, row in now.items():
            for kind, value in row.items():
                floors.setdefault(name, {})[kind] = max(value, floors.get(name, {}).get(kind, 0.0))
        FLOORS.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n")
        print(f"wrote {FLOORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
