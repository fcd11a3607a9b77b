"""The quality ratchet: extraction F1 on our gold sets never drops below its recorded floor.

Floors are in ``tests/quality/floors.json``, raised with ``scripts/quality.py --raise`` in the
commit that improves a score. A drop fails here with the set, the kind and both figures, so
that a rule that helps one article at the expense of others is seen before it lands.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("quality", ROOT / "scripts" / "quality.py")
quality = importlib.util.module_from_spec(spec)
spec.loader.exec_module(quality)  # type: ignore[union-attr]

FLOORS = json.loads(quality.FLOORS.read_text())


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, float]]:
    return quality.scores()


def test_every_set_has_floors_for_every_kind() -> None:
    from kg.evaluate import KINDS

    assert set(FLOORS) == set(quality.SETS)
    for name, row in FLOORS.items():
        assert set(KINDS) | {"all", "all_lenient"} <= set(row), name


@pytest.mark.parametrize("name", sorted(quality.SETS))
def test_no_score_drops_below_its_floor(scores, name: str) -> None:
    drops = {kind: (scores[name][kind], floor) for kind, floor in FLOORS[name].items()
             if scores[name][kind] < floor}
    assert not drops, f"{name}: F1 below the ratchet (now, floor): {drops}"
