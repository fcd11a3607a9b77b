"""Export: the graph in every common RDF format, streamed to a file or standard output.

Triple formats (Turtle, N-Triples, RDF/XML, JSON-LD) carry the merged graph (the store's
default graph, each triple once); quad formats (TriG, N-Quads) carry the whole dataset:
one named graph per article with its provenance, and the merged graph as the default
graph. The writers are Oxigraph's own and stream straight from the store: no
whole-graph string is built in memory. JSON-LD is compacted with the published context
``ontology/context.jsonld`` through rdflib, which needs the graph in memory.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from .atomic import atomic_write
from .errors import E, KGError


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str
    ox_format: ox.RdfFormat
    rdflib_name: str
    quads: bool


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("turtle", ".ttl", ox.RdfFormat.TURTLE, "turtle", False),
        Format("ntriples", ".nt", ox.RdfFormat.N_TRIPLES, "nt", False),
        Format("rdfxml", ".rdf", ox.RdfFormat.RDF_XML, "xml", False),
        Format("jsonld", ".jsonld", ox.RdfFormat.JSON_LD, "json-ld", False),
        Format("trig", ".trig", ox.RdfFormat.TRIG, "trig", True),
        Format("nquads", ".nq", ox.RdfFormat.N_QUADS, "nquads", True),
    )
}
_ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "xml": "rdfxml", "rdf": "rdfxml",
            "rdf/xml": "rdfxml", "json-ld": "jsonld", "nq": "nquads", "n-quads": "nquads"}

def rdf_format(name: str) -> Format:
    """The export format called ``name`` (or one of its usual aliases)."""
    key = _ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        raise KGError(E.G004.format(name=name, choices=", ".join(FORMATS)))
    return FORMATS[key]


def context_path() -> Path:
    from .validate import ontology_dir

    return ontology_dir() / "context.jsonld"


def _write(graph: Any, fmt: Format, out: IO[bytes]) -> None:
    graph.refresh()
    prefixes = graph.prefixes()
    if fmt.name == "jsonld":
        merged = graph.merged()
        context = json.loads(context_path().read_text(encoding="utf-8")) if context_path().is_file() else prefixes
        out.write(merged.serialize(format="json-ld", context=context.get("@context", context), auto_compact=True).encode())
    elif fmt.quads:
        graph.store.dump(out, fmt.ox_format, prefixes=prefixes)
    else:
        graph.store.dump(out, fmt.ox_format, graph=None, prefixes=prefixes)


def export(graph: Any, destination: str | Path | IO[bytes] | None = None, *, format: str = "turtle") -> Path | None:
    """Write ``graph`` as ``format`` to a file (atomically), a binary stream, or stdout (None)."""
    fmt = rdf_format(format)
    if destination is None:
        _write(graph, fmt, sys.stdout.buffer)
        sys.stdout.flush()
        return None
    if hasattr(destination, "write"):
        _write(graph, fmt, destination)  # type: ignore[arg-type]
        return None
    path = Path(destination)  # type: ignore[arg-type]
    with atomic_write(path, "wb") as handle:
        _write(graph, fmt, handle)
    return path
