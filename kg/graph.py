"""The knowledge graph façade: one object to load, query, export and draw the graph.

A notebook user gets everything from here without importing rdflib, pyvis or networkx:

    >>> import kg
    >>> g = kg.load("out/")                     # a `kg build` folder, or a .ttl/.trig file
    >>> g.query("SELECT ?name WHERE { ?p a acc:Official ; rdfs:label ?name }").rows
    >>> g.export("graph.jsonld", format="jsonld")
    >>> g.view("graph.html")

Under it is a :class:`kg.store.Store` holding one named graph per article (what that
article says, with its provenance) and the default graph, the *merged view*: every
triple once however many articles state it, with one value kept for each single-valued
property (:mod:`kg.merge`). A `kg build` folder is opened read-only from ``DIR/store``
without parsing anything; an RDF file is parsed into a store in memory.
Feature modules (:mod:`kg.query`, :mod:`kg.export`, :mod:`kg.view`, :mod:`kg.stats`,
:mod:`kg.validate`) do the work; the methods here only forward to them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

from .errors import E, KGError
from .settings import Settings, location_scheme
from .store import Store, open_store
from .vocab import PREFIXES

if TYPE_CHECKING:
    from .query import QueryResult
    from .validate import ValidationResult

#: file suffix -> RDF format
SUFFIX_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}
#: the folder in a `kg build` output that holds the on-disk store
STORE_DIR = "store"
#: the file in a `kg build` folder that holds every named graph (read when there is no store)
DATASET_FILE = "articles.trig"

#: a location's scheme -> "module:function" that opens it as a graph: ``function(location,
#: settings)``. Imported on first use, as rdflib's plugin registry does, so that opening a
#: folder imports no HTTP client. A location with no ``scheme://`` is a path ("file").
LOCATIONS: dict[str, str] = {
    "file": "kg.graph:KnowledgeGraph.load_local",
    "sparql+http": "kg.remote:open_graph",
    "sparql+https": "kg.remote:open_graph",
    "http": "kg.remote:open_graph",
    "https": "kg.remote:open_graph",
}


_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
_NON_EMPTY_DEFAULT = "ASK { ?s ?p ?o }"


class KnowledgeGraph:
    """An Accord KG graph: per-article named graphs and their merged view (the default graph)."""

    def __init__(self, store: Store | None = None, *, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.store: Store = store if store is not None else open_store(self.settings.store_kind)
        #: True when named graphs changed since the merged view was made
        self._stale = False
        #: what the build that made this graph reported (``kg.build``), else None
        self.report: Any = None

    # -- loading ---------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None, *, settings: Settings | None = None) -> "KnowledgeGraph":
        """Open the graph at ``path`` (default: the ``store`` setting, ``KG_STORE``): a
        `kg build` output folder (its store, read-only), an RDF file (parsed into a store in
        memory, format from its suffix) or a SPARQL server (``sparql+http://HOST:PORT``).
        The location's scheme chooses the opener in :data:`LOCATIONS`."""
        from importlib import import_module

        settings = settings or Settings()
        location = str(path) if path is not None else settings.location
        if location is None:
            raise KGError(E.X160)
        scheme = location_scheme(location)
        if scheme not in LOCATIONS:
            raise KGError(E.G003.format(name=f"{scheme}://", choices=", ".join(f"{s}://" for s in LOCATIONS)))
        module, _, name = LOCATIONS[scheme].partition(":")
        opener: Any = import_module(module)
        for part in name.split("."):
            opener = getattr(opener, part)
        return opener(location, settings)

    @classmethod
    def load_local(cls, path: str | Path, settings: Settings) -> "KnowledgeGraph":
        """Open a `kg build` output folder (its store, read-only) or parse an RDF file
        (format from its suffix) into a store in memory."""
        p = Path(str(path).removeprefix("file://"))
        if p.is_dir() and (p / STORE_DIR).is_dir():
            return cls(open_store(settings.store_kind, p / STORE_DIR, read_only=True), settings=settings)
        if p.is_dir() and (p / DATASET_FILE).is_file():
            p = p / DATASET_FILE  # a build folder written before there was a store
        graph = cls(settings=settings)
        graph.add_file(p)
        return graph

    def add_file(self, path: str | Path) -> None:
        """Parse an RDF file into this graph: a TriG/N-Quads file's graphs as they are (the
        merged view is made from its named graphs when its default graph is empty), a
        triple format's triples into the merged view."""
        p = Path(path)
        fmt = SUFFIX_FORMATS.get(p.suffix.lower())
        if not p.is_file() or fmt is None:
            raise KGError(E.G001.format(path=path))
        try:
            self.store.load(p, fmt)
        except KGError:
            raise
        except (SyntaxError, OSError, ValueError) as exc:
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise KGError(E.G002.format(path=path, detail=detail)) from exc
        if fmt.supports_datasets and not bool(self.store.query(_NON_EMPTY_DEFAULT)):
            self._stale = True

    def add_graph(self, name: URIRef | str, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        """Add triples to the named graph ``name``; the merged view follows before the next read."""
        self._writable_store().add(triples, graph=str(name))
        self._stale = True

    def refresh(self) -> None:
        """Remake the merged view from the named graphs if they changed (done before every read)."""
        if self._stale:
            from .merge import make_merged_view

            make_merged_view(self._writable_store())
            self._stale = False

    def _writable_store(self) -> Any:
        if getattr(self.store, "read_only", False) or not hasattr(self.store, "add"):
            raise KGError(E.G006.format(path=getattr(self.store, "path", "the store")))
        return self.store

    # -- reading -----------------------------------------------------------------------

    def prefixes(self) -> dict[str, str]:
        """The prefixes of the ontology and of every kind of instance (``person:`` ...)."""
        from .settings import instance_prefixes

        return {**PREFIXES, **instance_prefixes(self.settings.base_iri)}

    def named_graphs(self) -> list[URIRef]:
        """The IRIs of the per-article named graphs, sorted."""
        self.refresh()
        return [URIRef(g) for g in self.store.named_graphs()]

    def triple_count(self) -> int:
        """Triples of the merged graph (each once)."""
        self.refresh()
        return int(next(iter(self.store.query(_COUNT)))[0].value)

    def merged(self) -> Graph:
        """The merged graph as an rdflib Graph in memory (small graphs; use export for big ones)."""
        return self.graph(None)

    def graph(self, name: URIRef | str | None) -> Graph:
        """One graph as an rdflib Graph in memory: a named graph, or (None) the merged view."""
        from .store import to_rdflib

        self.refresh()
        g = Graph(bind_namespaces="none")
        for prefix, ns in self.prefixes().items():
            g.bind(prefix, ns)
        dataset = None if name is None else [str(name)]
        for t in self.store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", default_graph_uris=dataset):
            g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return g

    # -- features (each forwards to its own module) ------------------------------------------

    def query(self, sparql: str, *, params: Mapping[str, Any] | None = None, **options: Any) -> "QueryResult":
        """Run SPARQL over the merged graph (``GRAPH ?g`` for per-article claims); see
        :func:`kg.query.run_query`."""
        from .query import run_query

        return run_query(self, sparql, params=params, **options)

    def export(self, destination: Any, *, format: str = "turtle") -> Any:
        """Write the graph in an RDF format; see :func:`kg.export.export`."""
        from .export import export

        return export(self, destination, format=format)

    def validate(self, *, per_article: bool = True) -> "ValidationResult":
        """Check the merged view, and each article's graph, against ``ontology/shapes.ttl``;
        see :func:`kg.validate.validate_graph`."""
        from .validate import validate_graph

        return validate_graph(self, per_article=per_article)

    def view(self, destination: str | Path, **options: Any) -> Path:
        """Draw the network as a self-contained HTML page; see :func:`kg.view.write_view`."""
        from .view import write_view

        return write_view(self, destination, **options)

    def stats(self, **options: Any) -> Any:
        """Network figures (counts, centrality, components); see :func:`kg.stats.compute_stats`."""
        from .stats import compute_stats

        return compute_stats(self, **options)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
