"""CPU of extraction alone, per article and per fact kind, over articles parsed once.

    .venv/bin/python scripts/bench_extract.py [PATH ...] [--repeat 3] [--profile OUT.prof]

The articles (default: ``seeds/``, ``tests/articles/`` and the tuned ``tests/blind``
sets) are parsed once with :func:`kg.parse.parse_texts` and kept as ``DocBin`` bytes; each
run extracts from fresh copies of them, so per-document caches (``doc.user_hooks``) start
empty, as in a build. Prints the parse's CPU per article, then each run's extraction CPU
per article and per extractor, and the median. ``--profile`` writes a cProfile of one more
run (the profiler inflates spaCy's Python-level predicates; compare runs without it).
Fresh copies have no cached text (``kg.parse.doc_text`` joins it once per document, which a
build's parse gives for free): about 1 ms per article more than in a build.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TUNED = ["seeds", "tests/articles"] + [f"tests/blind/{c}" for c in "ijklmnopqrstuvwxz"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / p) for p in TUNED])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", help="write a cProfile of one more run here")
    args = parser.parse_args()

    from spacy.tokens import DocBin

    from kg.extract import Context, _extractors, extract_doc
    from kg.facts import Article
    from kg.parse import load_nlp, parse_texts
    from kg.read import read_articles

    articles = [a for a in read_articles(args.paths) if isinstance(a, Article)]
    nlp = load_nlp()
    list(parse_texts([articles[0].text], nlp=nlp))  # warm the model and the gazetteer
    start = time.process_time()
    docs = [doc for _, doc in parse_texts([a.text for a in articles], nlp=nlp)]
    parse_s = time.process_time() - start
    data = DocBin(store_user_data=True, docs=docs).to_bytes()

    def fresh() -> list:
        return list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))

    for doc, article in zip(fresh()[:5], articles[:5]):
        extract_doc(doc, article)
    n = len(articles)
    print(f"{n} articles; parse_texts {1000 * parse_s / n:.1f} ms CPU per article")
    totals = []
    for run in range(args.repeat):
        per_kind: dict[str, float] = {}
        start = time.process_time()
        for doc, article in zip(fresh(), articles):
            ctx = Context(article=article)
            for kind, extractor in _extractors():
                t = time.process_time()
                found = extractor(doc, ctx)
                per_kind[kind] = per_kind.get(kind, 0.0) + time.process_time() - t
                if kind == "officials":
                    ctx.officials = found
        totals.append(time.process_time() - start)
        print(f"run {run}: extraction {1000 * totals[-1] / n:.1f} ms CPU per article (" + ", ".join(
            f"{kind} {1000 * s / n:.1f}" for kind, s in per_kind.items()) + ")")
    print(f"median {1000 * statistics.median(totals) / n:.1f} ms CPU per article")
    if args.profile:
        import cProfile

        docs = fresh()
        profile = cProfile.Profile()
        profile.enable()
        for doc, article in zip(docs, articles):
            extract_doc(doc, article)
        profile.disable()
        profile.dump_stats(args.profile)


if __name__ == "__main__":
    main()
