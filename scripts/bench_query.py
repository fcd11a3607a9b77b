"""Query latency on a big on-disk store: `kg query` and the Python API against raw pyoxigraph.

    .venv/bin/python scripts/bench_query.py /tmp/kg3m --triples 3000000 --repeat 5

Makes (once; an existing folder is reused) a `kg build`-shaped folder ``DIR/store`` of
synthetic triples shaped as ``docs/data-model.md`` describes: one named graph per
article (its agreement with two parties and a signer, officials with posts, evidence
with quotes) and the merged view as the default graph, about ``--triples`` quads in all.
Then times, each in a fresh process so that opening the store and the imports count:

* ``raw``: ``python -c`` opening the store with ``pyoxigraph.Store.read_only`` and
  running the query (the floor: nothing of this project imported);
* ``kg query``: ``kg query QUERY --graph DIR --format csv``;
* ``kg.load``: ``python -c`` with ``kg.load(DIR).query(...)``.

The query is a two-hop join over the merged view (who signed agreements with a country:
agreement -> signer -> label), answered from the whole store.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(Path(sys.executable))
ID = "https://w3id.org/accord-kg/id/"
ACC = "https://w3id.org/accord-kg/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
#: quads one synthetic article adds (its named graph, and about as many in the merged view)
QUADS_PER_ARTICLE = 2 * 16

QUERY = """SELECT ?name (COUNT(DISTINCT ?ag) AS ?agreements) WHERE {
  ?ag <%sparty> <%scountry/country-7> ; <%ssignedBy> ?person .
  ?person <http://www.w3.org/2000/01/rdf-schema#label> ?name .
} GROUP BY ?name ORDER BY DESC(?agreements) ?name LIMIT 20""" % (ACC, ID, ACC)


def _article(i: int, people: int) -> list[str]:
    """The triples of synthetic article ``i``, as N-Triples lines without the final dot."""
    a, ag, ev = f"<{ID}article/a{i}>", f"<{ID}agreement/ag{i % 5000}>", f"<{ID}evidence/e{i}>"
    signer = f"<{ID}person/p{(i * 7919) % people}>"
    other = f"<{ID}person/p{(i * 104729) % people}>"
    c1, c2 = f"<{ID}country/country-{i % 40}>", f"<{ID}country/country-{(i * 3 + 1) % 40}>"
    return [
        f"{a} {RDF_TYPE} <{ACC}Article>", f'{a} <http://purl.org/dc/terms/identifier> "a{i}"',
        f"{ag} {RDF_TYPE} <{ACC}Agreement>", f'{ag} {LABEL} "Agreement {i % 5000}"',
        f"{ag} <{ACC}party> {c1}", f"{ag} <{ACC}party> {c2}", f"{ag} <{ACC}signedBy> {signer}",
        f"{ag} <{ACC}evidence> {ev}", f"{signer} {RDF_TYPE} <{ACC}Official>",
        f'{signer} {LABEL} "Official {(i * 7919) % people}"', f"{other} {RDF_TYPE} <{ACC}Official>",
        f'{other} {LABEL} "Official {(i * 104729) % people}"', f"{ev} {RDF_TYPE} <{ACC}Evidence>",
        f'{ev} <{ACC}quote> "Article {i} says the agreement was signed."', f"{ev} <{ACC}startChar> \"{i % 900}\"",
        f"{ev} <http://www.w3.org/ns/prov#wasQuotedFrom> {a}",
    ]


def make_store(folder: Path, triples: int) -> None:
    """``folder/store``: about ``triples`` quads, bulk loaded from generated N-Quads."""
    import pyoxigraph as ox

    articles = max(1, triples // QUADS_PER_ARTICLE)
    people = max(10, articles // 4)
    store = ox.Store(str(folder / "store"))
    batch: list[str] = []
    for i in range(articles):
        graph = f"<{ID}graph/g{i}>"
        for t in _article(i, people):
            batch.append(f"{t} {graph} .\n")
            batch.append(f"{t} .\n")  # the merged view (repeats collapse)
        if len(batch) > 400_000 or i == articles - 1:
            store.bulk_load("".join(batch).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            batch = []
    store.flush()
    store.optimize()
    print(f"store: {len(store):,} quads from {articles:,} articles", file=sys.stderr)


def _timed(argv: list[str], repeat: int) -> tuple[float, float, str]:
    """Median wall and CPU (user + system) seconds of running ``argv``, and its output.
    On a shared machine the CPU time is the comparable one."""
    seconds, cpu, out = [], [], ""
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        out = subprocess.run(argv, check=True, capture_output=True, text=True, cwd=ROOT).stdout
        seconds.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(seconds), statistics.median(cpu), out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--triples", type=int, default=3_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", help="append the figures to this JSON Lines file")
    args = parser.parse_args()
    if not (args.folder / "store").is_dir():
        args.folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        make_store(args.folder, args.triples)
        print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    raw = ("import sys, pyoxigraph as ox; s = ox.Store.read_only(sys.argv[1]); "
           "print(len(list(s.query(sys.argv[2]))))")
    api = "import sys, kg; print(len(kg.load(sys.argv[1]).query(sys.argv[2]).rows))"
    row = {"quads": None, "load": round(os.getloadavg()[0], 1)}
    row["raw"], row["raw cpu"], out_raw = _timed([PYTHON, "-c", raw, str(args.folder / "store"), QUERY], args.repeat)
    row["kg query"], row["kg query cpu"], out_cli = _timed(
        [PYTHON, "-m", "kg", "query", QUERY, "--graph", str(args.folder), "--format", "csv"], args.repeat)
    row["kg.load"], row["kg.load cpu"], out_api = _timed([PYTHON, "-c", api, str(args.folder), QUERY], args.repeat)
    rows = int(out_raw.strip())
    assert rows == int(out_api.strip()) == len(out_cli.strip().splitlines()) - 1 > 0, (out_raw, out_api, out_cli)
    import pyoxigraph as ox

    row["quads"] = len(ox.Store.read_only(str(args.folder / "store")))
    row["rows"] = rows
    for key in ("kg query", "kg.load"):
        row[f"{key} / raw"] = round(row[key] / row["raw"], 2)
        row[f"{key} / raw, cpu"] = round(row[f"{key} cpu"] / row["raw cpu"], 2)
    for key in ("raw", "kg query", "kg.load"):
        row[key], row[f"{key} cpu"] = round(row[key], 3), round(row[f"{key} cpu"], 3)
    print(json.dumps(row))
    if args.json:
        with open(args.json, "a", encoding="utf-8") as f:
            f.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
