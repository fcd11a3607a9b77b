"""Write a benchmark corpus of N articles as JSON Lines: variants of the project's own articles.

    .venv/bin/python scripts/bench_corpus.py 500 -o /tmp/corpus-500.jsonl [--edition 0]

Article i is ``seeds/`` + ``tests/articles/`` (50 texts) number ``i % 50``, with a dateline
line naming its variant appended, so every text (and its content hash) is new and the
extraction cache cannot help; the facts are those of the original, as in an archive where
many reports tell the same story. ``--edition`` changes every text again (a second corpus
of the same size that shares nothing with the first).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.pipeline import read_corpus  # noqa: E402


def originals() -> list:
    return read_corpus([ROOT / "seeds", ROOT / "tests" / "articles"], max_bytes=None, problems=[])


def variants(count: int, *, edition: int = 0, start: int = 0) -> list[dict]:
    """``count`` JSON-ready records, numbered from ``start``."""
    base = originals()
    records = []
    for i in range(start, start + count):
        a = base[i % len(base)]
        records.append({"id": f"{a.id}-v{edition}-{i}", "text": f"{a.text}\n\n(Archive copy {edition}.{i}.)",
                        "title": a.title, "date": a.date})
    return records


def write(records: list[dict], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({k: v for k, v in r.items() if v is not None}, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--edition", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="number the variants from here")
    args = parser.parse_args()
    print(write(variants(args.count, edition=args.edition, start=args.start), Path(args.output)))


if __name__ == "__main__":
    main()
