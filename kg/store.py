"""Storage: the one interface every store implements, and the embedded Oxigraph store.

A store holds an RDF *dataset*: one named graph per article (what that article says) and
the default graph, the merged view (each triple once, see :mod:`kg.merge`). Everything
that reads a graph (query, export, view, stats, facts, validation) goes through
:class:`Store`, and every query is evaluated by Oxigraph's engine with SPARQL 1.1 dataset
semantics: plain patterns see the default graph only, ``GRAPH ?g`` sees the named
graphs, and ``FROM`` / ``FROM NAMED`` (or the protocol's ``default-graph-uri`` /
``named-graph-uri``) choose the dataset.

Stores are chosen by name (:data:`STORES`, the ``store`` setting):

``Oxigraph``  a ``pyoxigraph.Store``: in memory for a graph being built or read from a
              file, on disk (``DIR/store``) for a `kg build` folder, opened read-only.
``Memory``    an in-memory ``pyoxigraph.Store`` always; a build folder is copied into it,
              so the graph can be changed without touching the folder.

A SPARQL server store is one more class with the same five operations (``open``,
``query``, ``load``, ``dump``, ``close``) registered in :data:`STORES`.

Terms cross the boundary as rdflib terms (what the rest of the package speaks); the
conversion keeps lexical forms exactly ("1.0" stays "1.0").

https://pyoxigraph.readthedocs.io/en/stable/store.html
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from types import EllipsisType
from typing import IO, Any, Protocol, Union, runtime_checkable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from .errors import E, KGError

#: what a query returns: pyoxigraph's result types, which a remote store can make with
#: ``pyoxigraph.parse_query_results`` / ``pyoxigraph.parse`` from an HTTP answer
QueryOutcome = Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples]
#: a graph name: an IRI, or None for the default graph
GraphName = Union[str, None]
Triple = tuple[Node, Node, Node]


@runtime_checkable
class Store(Protocol):
    """What the knowledge graph needs of a store. Implementations: :class:`OxigraphStore`."""

    #: True when opened read-only (a `kg build` folder): ``load`` and ``update`` raise
    read_only: bool

    def query(self, sparql: str, *, prefixes: Mapping[str, str] | None = None, base_iri: str | None = None,
              substitutions: Mapping[str, Node] | None = None, default_graph_uris: Sequence[str] | None = None,
              named_graph_uris: Sequence[str] | None = None) -> QueryOutcome:
        """Evaluate a SPARQL 1.1 query; ``default_graph_uris``/``named_graph_uris`` set the
        dataset as the SPARQL protocol's parameters do."""

    def load(self, data: bytes | IO[bytes] | Path, format: ox.RdfFormat, *, graph: GraphName = None) -> None:
        """Add RDF in ``format``; triples go to ``graph`` (None: the default graph)."""

    def dump(self, output: IO[bytes], format: ox.RdfFormat, *, graph: GraphName | EllipsisType = ...,
             prefixes: Mapping[str, str] | None = None) -> None:
        """Write RDF in ``format``: the whole dataset (``graph`` left out; a quad format) or
        one graph (``graph``: its IRI, or None for the default graph)."""

    def named_graphs(self) -> list[str]:
        """The IRIs of the named graphs that hold at least one triple, sorted."""

    def close(self) -> None:
        """Release the store (files, connections)."""


# -- terms ---------------------------------------------------------------------------------------


def to_rdflib(term: Any) -> Node:
    """A pyoxigraph term as an rdflib term, with the literal's lexical form unchanged."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:  # RDF 1.1: "x" is "x"^^xsd:string; rdflib compares them as different
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype), normalize=False)
    raise TypeError(f"not an RDF term: {term!r}")


def to_ox(term: Node) -> Any:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


_XSD_STRING = str(XSD.string)


def graph_node(name: GraphName) -> Any:
    return ox.DefaultGraph() if name is None else ox.NamedNode(name)


def quads(triples: Iterable[Triple], graph: GraphName) -> Iterable[ox.Quad]:
    g = graph_node(graph)
    # IRIs repeat (every predicate and class, the shared nodes): each converted once per call
    iris: dict[URIRef, Any] = {}

    def term(t: Node) -> Any:
        if type(t) is URIRef:
            found = iris.get(t)
            if found is None:
                found = iris[t] = ox.NamedNode(str(t))
            return found
        return to_ox(t)

    return (ox.Quad(term(s), term(p), term(o), g) for s, p, o in triples)


# -- the embedded store --------------------------------------------------------------------------


class OxigraphStore:
    """A ``pyoxigraph.Store``: in memory (``path`` None) or on disk, writable or read-only."""

    def __init__(self, inner: ox.Store, *, path: Path | None = None, read_only: bool = False) -> None:
        self.inner = inner
        self.path = path
        self.read_only = read_only

    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False) -> "OxigraphStore":
        """A new in-memory store (``path`` None), or the on-disk store at ``path``."""
        if path is None:
            return cls(ox.Store())
        location = Path(path)
        try:
            inner = ox.Store.read_only(str(location)) if read_only else ox.Store(str(location))
        except OSError as exc:
            raise KGError(E.G005.format(path=location, detail=_first_line(exc))) from exc
        return cls(inner, path=location, read_only=read_only)

    def query(self, sparql: str, *, prefixes: Mapping[str, str] | None = None, base_iri: str | None = None,
              substitutions: Mapping[str, Node] | None = None, default_graph_uris: Sequence[str] | None = None,
              named_graph_uris: Sequence[str] | None = None) -> QueryOutcome:
        options: dict[str, Any] = {"prefixes": dict(prefixes or {}), "base_iri": base_iri,
                                   "use_default_graph_as_union": False}
        if substitutions:
            options["substitutions"] = {ox.Variable(k): to_ox(v) for k, v in substitutions.items()}
        if default_graph_uris:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graph_uris]
        if named_graph_uris:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graph_uris]
            if not default_graph_uris:
                options["default_graph"] = []  # SPARQL protocol: only named graphs given, the default is empty
        return self.inner.query(sparql, **options)

    def update(self, sparql: str, *, prefixes: Mapping[str, str] | None = None) -> None:
        """Run SPARQL Update (used by the build to make the merged view; never user input)."""
        self._writable()
        self.inner.update(sparql, prefixes=dict(prefixes or {}))

    def load(self, data: bytes | IO[bytes] | Path, format: ox.RdfFormat, *, graph: GraphName = None) -> None:
        self._writable()
        source = str(data) if isinstance(data, Path) else data
        kwargs: dict[str, Any] = {"format": format}
        if not format.supports_datasets:
            kwargs["to_graph"] = graph_node(graph)
        if isinstance(source, str):
            self.inner.bulk_load(path=source, **kwargs)
        else:
            self.inner.bulk_load(source, **kwargs)

    def add(self, triples: Iterable[Triple], *, graph: GraphName) -> None:
        """Add rdflib triples to ``graph`` (None: the default graph)."""
        self._writable()
        self.inner.extend(quads(triples, graph))

    def dump(self, output: IO[bytes], format: ox.RdfFormat, *, graph: GraphName | EllipsisType = ...,
             prefixes: Mapping[str, str] | None = None) -> None:
        kwargs: dict[str, Any] = {"prefixes": dict(prefixes or {})}
        if not isinstance(graph, EllipsisType):
            kwargs["from_graph"] = graph_node(graph)
        self.inner.dump(output, format, **kwargs)

    def named_graphs(self) -> list[str]:
        """The IRIs of the named graphs that hold at least one triple, sorted."""
        names = {g.value for g in self.inner.named_graphs() if isinstance(g, ox.NamedNode)}
        return sorted(n for n in names if _has_triples(self.inner, n))

    def copy_to(self, path: str | Path | None = None) -> "OxigraphStore":
        """A new store holding everything of this one (bulk loaded): on disk at ``path``,
        or in memory."""
        import io

        buffer = io.BytesIO()
        self.inner.dump(buffer, ox.RdfFormat.N_QUADS)
        target = OxigraphStore.open(path)
        target.inner.bulk_load(buffer.getvalue(), format=ox.RdfFormat.N_QUADS)
        if path is not None:
            target.inner.flush()
        return target

    def close(self) -> None:
        if not self.read_only and self.path is not None:
            self.inner.flush()
        del self.inner

    def _writable(self) -> None:
        if self.read_only:
            raise KGError(E.G006.format(path=self.path))


def _has_triples(store: ox.Store, name: str) -> bool:
    return next(iter(store.quads_for_pattern(None, None, None, ox.NamedNode(name))), None) is not None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _memory(path: Path | None, read_only: bool) -> OxigraphStore:
    """A store in memory: empty, or a copy of the on-disk store at ``path``."""
    if path is None:
        return OxigraphStore.open()
    source = OxigraphStore.open(path, read_only=True)
    try:
        return source.copy_to()
    finally:
        source.close()


#: store name (the ``store`` setting) -> how to open one: ``opener(path, read_only)``;
#: ``path`` None asks for a new, empty, writable store. A SPARQL server store registers
#: here with its own opener (its ``path`` would be the server's location).
STORES: dict[str, Callable[[Path | None, bool], Store]] = {
    "Oxigraph": lambda path, read_only: OxigraphStore.open(path, read_only=read_only),
    "Memory": _memory,
}


def open_store(name: str = "Oxigraph", path: str | Path | None = None, *, read_only: bool = False) -> Store:
    """The store called ``name`` (see :data:`STORES`): new and empty, or the one at ``path``."""
    if name not in STORES:
        raise KGError(E.G003.format(name=name, choices=", ".join(STORES)))
    return STORES[name](Path(path) if path is not None else None, read_only)


__all__ = ["GraphName", "OxigraphStore", "QueryOutcome", "STORES", "Store", "open_store", "to_ox", "to_rdflib"]
