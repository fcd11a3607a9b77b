"""The knowledge graph façade: one object to load, query, export and draw the graph.

A notebook user gets everything from here without importing rdflib, pyvis or networkx:

    >>> import kg
    >>> g = kg.load("out/")                     # a `kg build` folder, or a .ttl/.trig file
    >>> g.query("SELECT ?name WHERE { ?p a acc:Official ; rdfs:label ?name }").rows
    >>> g.export("graph.jsonld", format="json-ld")
    >>> g.view("graph.html")

Under it is an rdflib ``Dataset`` (one named graph per article, the default graph is
their union) on the store named by :class:`kg.settings.Settings` (Oxigraph by default).
Feature modules (:mod:`kg.query`, :mod:`kg.export`, :mod:`kg.view`, :mod:`kg.stats`,
:mod:`kg.validate`) do the work; the methods here only forward to them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import E, KGError
from .mapping import instance_prefixes
from .settings import Settings
from .store import open_dataset, rdf_format
from .vocab import PREFIXES

if TYPE_CHECKING:
    from .query import QueryResult
    from .validate import ValidationResult

#: file suffix -> rdflib format name
SUFFIX_FORMATS = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
}
QUAD_FORMATS = {"trig", "nquads"}
#: the file in a `kg build` folder that holds every named graph
DATASET_FILE = "articles.trig"


def plain_literal(node: Node) -> Node:
    """RDF 1.1 makes "x" and "x"^^xsd:string one literal; oxrdflib returns the latter,
    rdflib compares them as different, so give rdflib the plain form."""
    if isinstance(node, Literal) and node.datatype == XSD.string:
        return Literal(str(node))
    return node


class KnowledgeGraph:
    """An Accord KG graph: per-article named graphs and their merged union."""

    def __init__(self, dataset: Dataset | None = None, *, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.dataset = dataset if dataset is not None else open_dataset(self.settings.store)
        for prefix, ns in PREFIXES.items():
            self.dataset.bind(prefix, ns, override=True)
        for prefix, ns in instance_prefixes(self.settings.base_iri).items():
            self.dataset.bind(prefix, ns, override=True)

    # -- loading ---------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path, *, settings: Settings | None = None) -> "KnowledgeGraph":
        """Load a `kg build` output folder or an RDF file (format from its suffix)."""
        graph = cls(settings=settings)
        graph.add_file(path)
        return graph

    def add_file(self, path: str | Path) -> None:
        """Parse an RDF file (or a `kg build` folder) into this graph."""
        p = Path(path)
        if p.is_dir() and (p / DATASET_FILE).is_file():
            p = p / DATASET_FILE
        fmt = SUFFIX_FORMATS.get(p.suffix.lower())
        if not p.is_file() or fmt is None:
            raise KGError(E.G001.format(path=path))
        try:
            if fmt in QUAD_FORMATS:
                self.dataset.parse(p, format=rdf_format(self.dataset, fmt))
            else:
                # a plain graph file becomes one named graph, named after the file
                self.dataset.graph(URIRef(p.resolve().as_uri())).parse(p, format=rdf_format(self.dataset, fmt))
        except KGError:
            raise
        except Exception as exc:  # parsers raise many types; the user needs the message
            raise KGError(E.G002.format(path=path, detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)) from exc

    def add_graph(self, name: URIRef, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        """Add triples to the named graph ``name`` (created when new)."""
        self.dataset.graph(name).addN((s, p, o, self.dataset.graph(name)) for s, p, o in triples)

    # -- reading -----------------------------------------------------------------------

    def named_graphs(self) -> list[URIRef]:
        """The IRIs of the per-article named graphs, sorted."""
        rows = self.dataset.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(row[0] for row in rows)  # type: ignore[index]

    def triple_count(self) -> int:
        """Distinct triples of the merged graph (counted in SPARQL: fast on every store)."""
        rows = list(self.dataset.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"))
        return int(rows[0][0])  # type: ignore[index]

    def merged(self) -> Graph:
        """The merged graph as an rdflib Graph in memory (small graphs; use export for big ones)."""
        g = Graph(bind_namespaces="none")
        for prefix, ns in self.dataset.namespaces():
            g.bind(prefix, ns)
        for s, p, o in self.dataset.query("SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"):  # type: ignore[misc]
            g.add((s, p, plain_literal(o)))
        return g

    # -- features (each forwards to its own module) ------------------------------------------

    def query(self, sparql: str, *, params: Mapping[str, Any] | None = None, **options: Any) -> "QueryResult":
        """Run SPARQL over the merged graph; see :func:`kg.query.run_query`."""
        from .query import run_query

        return run_query(self, sparql, params=params, **options)

    def export(self, destination: Any, *, format: str = "turtle") -> Any:
        """Write the graph in an RDF format; see :func:`kg.export.export`."""
        from .export import export

        return export(self, destination, format=format)

    def validate(self) -> "ValidationResult":
        """Check the merged graph against ``ontology/shapes.ttl``; see :func:`kg.validate.validate`."""
        from .validate import validate

        return validate(self.merged())

    def view(self, destination: str | Path, **options: Any) -> Path:
        """Draw the network as a self-contained HTML page; see :func:`kg.view.write_view`."""
        from .view import write_view

        return write_view(self, destination, **options)

    def stats(self, **options: Any) -> Any:
        """Network figures (counts, centrality, components); see :func:`kg.stats.compute_stats`."""
        from .stats import compute_stats

        return compute_stats(self, **options)

    def close(self) -> None:
        self.dataset.close()
