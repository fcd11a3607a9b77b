"""CPU of parsing with the annotation layer against the bare model, and extraction's growth.

    .venv/bin/python scripts/bench_annotate.py [--articles 200] [--kb 40]

1. ``nlp.pipe`` of the bare model (``spacy.load``) over N corpus articles
   (:func:`make_corpus.variants`), then :func:`kg.parse.parse_texts` (the model, the
   annotation components and the piece splitting) over the same texts: CPU seconds of each
   and their ratio. Without ``kg.annotate`` installed, the second is the bare model again.
2. Each extractor over the same parsed articles: CPU milliseconds per article, next to the
   bare parse's, so the share of each fact kind in the build/parse ratio is visible.
3. Extraction of one long article made by joining corpus
   articles up to ``--kb`` kB, then of one twice as long: CPU seconds of each extractor;
   linear extraction takes about twice as long for the second.
"""

from __future__ import annotations

import argparse
import time

from make_corpus import variants


def cpu(fn) -> tuple[float, object]:
    start = time.process_time()
    out = fn()
    return time.process_time() - start, out


def long_text(kb: int) -> str:
    parts, size = [], 0
    for _, text in variants(400):
        parts.append(text)
        size += len(text)
        if size >= kb * 1000:
            break
    return "\n\n".join(parts)


def by_extractor(docs: list, articles: list) -> dict[str, float]:
    """CPU seconds each extractor spends over ``docs``, in the order extraction runs them."""
    from kg.extract import Context, _extractors

    totals: dict[str, float] = {}
    for doc, article in zip(docs, articles):
        ctx = Context(article=article)
        for kind, extractor in _extractors():
            seconds, found = cpu(lambda: extractor(doc, ctx))
            totals[kind] = totals.get(kind, 0.0) + seconds
            if kind == "officials":
                ctx.officials = found
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--kb", type=int, default=40)
    args = parser.parse_args()

    import spacy

    from kg.facts import Article
    from kg.parse import load_nlp, model_name, parse_texts

    texts = [t for _, t in variants(args.articles)]
    bare = spacy.load(model_name())
    nlp = load_nlp()
    list(bare.pipe(texts[:5]))
    list(parse_texts(texts[:5], nlp=nlp))  # warm the caches (gazetteer, currency names) before timing
    bare_s, _ = cpu(lambda: list(bare.pipe(texts, batch_size=16)))
    full_s, docs = cpu(lambda: list(parse_texts(texts, nlp=nlp)))
    print(f"pipes: {', '.join(nlp.pipe_names)}")
    print(f"{len(texts)} articles ({sum(map(len, texts)) / 1000:.0f} kB): bare nlp.pipe {bare_s:.2f} s CPU, "
          f"parse_texts with the layer {full_s:.2f} s CPU, ratio {full_s / bare_s:.3f}")
    articles = [Article(id=f"a{i}", text=t, date="2019-10-01", title=None, source=f"a{i}")
                for i, t in enumerate(texts)]
    per_kind = by_extractor([doc for _, doc in docs], articles)
    print(f"per article, CPU ms: bare parse {1000 * bare_s / len(texts):.1f}, " + ", ".join(
        f"{kind} {1000 * s / len(texts):.1f}" for kind, s in per_kind.items()))
    for kb in (args.kb, 2 * args.kb):
        text = long_text(kb)
        ((_, doc),) = list(parse_texts([text], nlp=nlp, seconds=600))
        article = Article(id=f"long-{kb}", text=text, date="2019-10-01", title=None, source=f"long-{kb}")
        per_kind = by_extractor([doc], [article])
        print(f"extraction of one {len(text) / 1000:.0f} kB article, CPU s: " + ", ".join(
            f"{kind} {s:.2f}" for kind, s in per_kind.items()))


if __name__ == "__main__":
    main()
