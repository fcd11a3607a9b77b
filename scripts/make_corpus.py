"""Write a corpus of N articles made by varying the project's own (tests/articles, seeds).

    .venv/bin/python scripts/make_corpus.py OUT_DIR [--articles 500] [--source DIR ...]

Variant i of an article is its text with a line "(variant i)" appended, so every variant
is a new text for the extraction cache and states the same facts as its original: the
corpus repeats each fact across many articles, as a news archive does. Every third
variant moves each written date ("July 26") one day later, so articles also disagree on
dates, the conflicting reports the merged graph has to resolve. Deterministic: the same
N gives the same files.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "tests" / "articles", ROOT / "seeds"]
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(rf"\b({MONTHS}) (\d{{1,2}})\b")


def _day_later(match: re.Match[str]) -> str:
    day = int(match.group(2))
    return f"{match.group(1)} {day + 1 if day < 28 else day}"


def variants(count: int, sources: list[Path] | None = None) -> list[tuple[str, str]]:
    """``count`` (file name, text) pairs, cycling through the articles of ``sources``
    (default :data:`SOURCES`)."""
    originals = sorted(p for folder in (sources or SOURCES) for p in folder.glob("*.txt"))
    if len({p.stem for p in originals}) != len(originals):
        raise SystemExit("two source articles share a file name")
    out = []
    for i in range(count):
        source = originals[i % len(originals)]
        n = i // len(originals)
        text = source.read_text(encoding="utf-8")
        if n % 3 == 2:
            text = _DATE.sub(_day_later, text)
        out.append((f"{source.stem}-v{n:03d}.txt", f"{text.rstrip()}\n\n(variant {n})\n"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--source", type=Path, action="append",
                        help="a folder of .txt articles to vary (repeatable; default: tests/articles and seeds)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in variants(args.articles, args.source):
        (args.out / name).write_text(text, encoding="utf-8")
    print(f"wrote {args.articles} articles to {args.out}")


if __name__ == "__main__":
    main()
