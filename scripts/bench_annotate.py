"""CPU of parsing with the annotation layer against the bare model, and extraction's growth.

    .venv/bin/python scripts/bench_annotate.py [--articles 200] [--kb 40]

1. ``nlp.pipe`` of the bare model (``spacy.load``) over N corpus articles
   (:func:`make_corpus.variants`), then :func:`kg.parse.parse_texts` (the model, the
   annotation components and the piece splitting) over the same texts: CPU seconds of each
   and their ratio. Without ``kg.annotate`` installed, the second is the bare model again.
2. Extraction (:func:`kg.extract.extract_doc`) of one long article made by joining corpus
   articles up to ``--kb`` kB, then of one twice as long: CPU seconds of each; linear
   extraction takes about twice as long for the second.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--kb", type=int, default=40)
    args = parser.parse_args()

    import spacy

    from kg.extract import extract_doc
    from kg.facts import Article
    from kg.parse import load_nlp, model_name, parse_texts

    texts = [t for _, t in variants(args.articles)]
    bare = spacy.load(model_name())
    nlp = load_nlp()
    list(bare.pipe(texts[:5]))
    list(parse_texts(texts[:5], nlp=nlp))  # warm the caches (gazetteer, currency names) before timing
    bare_s, _ = cpu(lambda: list(bare.pipe(texts, batch_size=16)))
    full_s, _ = cpu(lambda: list(parse_texts(texts, nlp=nlp)))
    print(f"pipes: {', '.join(nlp.pipe_names)}")
    print(f"{len(texts)} articles ({sum(map(len, texts)) / 1000:.0f} kB): bare nlp.pipe {bare_s:.2f} s CPU, "
          f"parse_texts with the layer {full_s:.2f} s CPU, ratio {full_s / bare_s:.3f}")
    for kb in (args.kb, 2 * args.kb):
        text = long_text(kb)
        ((_, doc),) = list(parse_texts([text], nlp=nlp, seconds=600))
        article = Article(id=f"long-{kb}", text=text, date="2019-10-01", title=None, source=f"long-{kb}")
        seconds, facts = cpu(lambda: extract_doc(doc, article))
        print(f"extraction of one {len(text) / 1000:.0f} kB article: {seconds:.2f} s CPU "
              f"({len(facts.officials)} officials, {len(facts.agreements)} agreements, {len(facts.aid)} aid, "
              f"{len(facts.meetings)} meetings)")


if __name__ == "__main__":
    main()
