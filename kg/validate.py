"""Check a graph against the project's SHACL shapes (``ontology/shapes.ttl``) with pySHACL.

    >>> from kg.validate import validate, validate_graph
    >>> result = validate(graph)            # an rdflib Graph or Dataset
    >>> result.conforms, result.violations
    >>> print(result.report)                # one line per violation: focus node, path, message
    >>> validate_graph(kg.load("out/"))     # the merged view and every article's graph

A built graph is checked twice over (:func:`validate_graph`): its merged view, and each
article's named graph on its own (what one article says must make sense by itself).
Each check sees one graph's triples, so the work grows linearly with the corpus.

The ontology (``ontology/accord.ttl``) is passed to pySHACL as ``ont_graph``, which mixes it
into (a copy of) the data graph before validating. That is what lets ``sh:targetClass`` and
``sh:class`` see subclasses: SHACL follows ``rdfs:subClassOf`` in the data graph itself
(SHACL 1.0, §2.1.3.3 "SHACL instance"), so no inference engine has to run. ``inference="rdfs"``
is available for callers who want rdfs:domain/range typing too, at several times the cost
(pySHACL: https://github.com/RDFLib/pySHACL#python-module-use).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from urllib.parse import quote, unquote
from typing import TYPE_CHECKING, Any, Literal

from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib import Literal as LiteralTerm
from rdflib.namespace import RDF

from . import shacl_speed  # noqa: F401 - pySHACL made to do less for the same reports, on import
from .errors import E, KGError
from .shacl_report import GraphInput, ValidationResult, Violation, _compact, _lines, _namespaces, _results, _union
from .vocab import PREFIXES

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

Inference = Literal["none", "rdfs"]

#: The folder holding accord.ttl, shapes.ttl and context.jsonld: the repository's top-level
#: ontology/ in a source checkout, which an installed package carries as kg/ontology/
#: (pyproject.toml maps one onto the other).
_ONTOLOGY_DIRS = (Path(__file__).resolve().parent / "ontology", Path(__file__).resolve().parent.parent / "ontology")


def ontology_dir() -> Path:
    """The ontology's folder (``accord.ttl``, ``shapes.ttl``, ``context.jsonld``)."""
    for folder in _ONTOLOGY_DIRS:
        if (folder / "accord.ttl").is_file():
            return folder
    raise KGError(E.V002.format(path=_ONTOLOGY_DIRS[-1]))


def validate(
    graph: GraphInput,
    *,
    shapes_path: str | Path | None = None,
    inference: Inference = "none",
    focus_nodes: Sequence[str] | None = None,
) -> ValidationResult:
    """Validate ``graph`` against ``shapes_path`` (default: the project's ``ontology/shapes.ttl``).

    ``graph`` may be an rdflib ``Graph``, or a ``Dataset`` whose named graphs (and default
    graph) are validated as their union, as the data model reads them: an entity described
    by several articles must conform once all its descriptions are merged. A
    :class:`kg.graph.KnowledgeGraph` is validated as its merged view (see also
    :func:`validate_graph`, which checks each article too). The caller's graph is never
    changed. ``focus_nodes`` (IRIs) limits the check to those nodes.
    """
    return _validate_own(_union(graph), dict(_namespaces(graph)), shapes_path=shapes_path, inference=inference,
                         focus_nodes=focus_nodes)


def _validate_own(data: Graph, prefixes: dict[str, str], *, shapes_path: str | Path | None = None,
                  inference: Inference = "none", focus_nodes: Sequence[str] | None = None) -> ValidationResult:
    """:func:`validate` of a graph made for the check alone, which pySHACL may change:
    no copy of it is made (copying a large graph costs a tenth of the check)."""
    shapes_file = Path(shapes_path) if shapes_path is not None else ontology_dir() / "shapes.ttl"
    conforms, report_graph, _text = shacl_validate(
        data,
        shacl_graph=_parsed(shapes_file.resolve()),
        ont_graph=_parsed(ontology_dir() / "accord.ttl"),
        inference=inference,
        inplace=True,  # ``data`` is ours: the ontology is mixed into it, not into a clone of it
        allow_warnings=True,
        focus_nodes=list(focus_nodes) if focus_nodes else None,
    )
    prefixes = {**prefixes, **PREFIXES}
    results = tuple(sorted(_results(report_graph, prefixes), key=lambda v: (v.focus, v.path or "", v.message)))
    violations = sum(1 for r in results if r.severity == "Violation")
    head = E.V000.format(shapes=shapes_file.name) if conforms else E.V001.format(shapes=shapes_file.name,
                                                                                count=violations)
    report = "\n".join([head, *_lines(results)])
    return ValidationResult(bool(conforms), violations, report, report_graph, results)


def validate_graph(graph: "KnowledgeGraph", *, per_article: bool = True,
                   shapes_path: str | Path | None = None) -> ValidationResult:
    """Validate a :class:`kg.graph.KnowledgeGraph`: every article's named graph on its own
    (``per_article``) and the merged view; one report, article violations marked with
    their graph.

    The article graphs are checked in pySHACL runs of :data:`ARTICLES_PER_CHECK` graphs,
    not one run each (a run has a fixed cost) nor one for all (pySHACL holds its data
    graph in rdflib objects, so memory would grow with the corpus): every instance
    IRI gets a copy per article graph that states it (the IRI, :data:`_IN_GRAPH`, the
    graph's IRI), so no two articles share a node and each copy is validated against
    what its article alone says; the report names the original IRI and the graph.

    In the merged view, a node described by one article only has its article's
    description, less values the conflict rule dropped; fewer values cannot break a
    shape that the article's description meets (and types are never dropped). So once
    the articles are checked, only nodes described by several articles, or by none,
    are checked again in the merged view: the total work stays linear in the corpus.
    """
    names = [str(g) for g in graph.named_graphs()] if per_article else []
    if not names:
        return validate(graph.merged(), shapes_path=shapes_path)
    prefixes = {**graph.prefixes(), **PREFIXES}
    by_length = sorted(prefixes.items(), key=lambda item: -len(item[1]))
    results: list[Violation] = []
    report = Graph()
    for start in range(0, len(names), ARTICLES_PER_CHECK):
        articles = _validate_own(_articles_apart(graph, names[start:start + ARTICLES_PER_CHECK]), graph.prefixes(),
                                 shapes_path=shapes_path)
        results += [_unmarked(r, by_length) for r in articles.results]
        report += articles.report_graph
    shared = [str(row[0]) for row in graph.query(_SHARED_NODES).rows]
    if shared:
        if hasattr(graph.store, "inner"):  # an Oxigraph store: read only what the check reads
            import pyoxigraph as ox

            data = _neighbourhood(graph, [ox.NamedNode(s) for s in shared])
        else:
            data = graph.merged()
        results += _validate_own(data, graph.prefixes(), shapes_path=shapes_path, focus_nodes=shared).results
    return _result(results, report, shapes_path)


#: article graphs checked together in one pySHACL run by :func:`validate_graph`
ARTICLES_PER_CHECK = 200

#: subjects of the merged view described by several article graphs, or by none
_SHARED_NODES = """
SELECT ?s WHERE {
  { SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s)) } GROUP BY ?s HAVING (COUNT(DISTINCT ?g) > 1) }
  UNION
  { SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s) && NOT EXISTS { GRAPH ?g { ?s ?q ?x } }) } }
}"""


def _articles_apart(graph: "KnowledgeGraph", graphs: Sequence[str]) -> Graph:
    """The triples of the article ``graphs``, each article's instance IRIs made its own."""
    from .store import to_ox, to_rdflib

    apart = Graph(bind_namespaces="none")
    if hasattr(graph.store, "inner"):  # an Oxigraph store: its quads read as they are
        return _articles_apart_read(graph, graphs, apart)
    # the base IRI is a setting, written as an escaped N-Triples literal
    sparql = _ARTICLES_APART.replace("?base", str(to_ox(LiteralTerm(graph.settings.base_iri))))
    sparql = sparql.replace("?marker", f'"{_IN_GRAPH}"')
    sparql = sparql.replace("WHERE {", "WHERE { VALUES ?g { %s }" % " ".join(f"<{g}>" for g in graphs), 1)
    term = _converter(to_rdflib)
    add = apart.add
    for t in graph.store.query(sparql):
        add((term(t.subject), term(t.predicate), term(t.object)))
    return apart


def _articles_apart_read(graph: "KnowledgeGraph", graphs: Sequence[str], apart: Graph) -> Graph:
    """:func:`_articles_apart` from an Oxigraph store's quads, read graph by graph: the same
    triples as its ``CONSTRUCT``, whose string functions cost as much per triple as adding
    it to ``apart`` (an IRI's copy is made once per article graph, not at each occurrence)."""
    import pyoxigraph as ox

    from .store import to_rdflib

    base, term, inner = graph.settings.base_iri, _converter(to_rdflib), graph.store.inner
    add = apart.store.add  # what ``Graph.add`` calls after checking the terms it is given
    for name in graphs:
        tag = _IN_GRAPH + quote(name, safe="")  # SPARQL's ENCODE_FOR_URI
        copies: dict[Any, Any] = {}

        def own(node: Any) -> Any:
            found = copies.get(node)
            if found is None:
                renamed = isinstance(node, ox.NamedNode) and node.value.startswith(base)
                found = copies[node] = URIRef(node.value + tag) if renamed else term(node)
            return found

        for q in inner.quads_for_pattern(None, None, None, ox.NamedNode(name)):
            add((own(q.subject), term(q.predicate), own(q.object)), apart, False)
    return apart


def _converter(to_rdflib: Any) -> Any:
    """``to_rdflib``, made once per distinct term: the predicates, classes and shared nodes of
    a check repeat thousands of times, and one rdflib object each also holds less memory
    (converting every occurrence anew was a third of building the check's graph)."""
    made: dict[Any, Any] = {}

    def convert(term: Any) -> Any:
        found = made.get(term)
        if found is None:
            found = made[term] = to_rdflib(term)
        return found

    return convert


#: joins an instance IRI and the graph of one article's copy of it ("~" is allowed in IRIs)
_IN_GRAPH = "~in-graph~"
_ARTICLES_APART = """
CONSTRUCT { ?s2 ?p ?o2 } WHERE {
  GRAPH ?g { ?s ?p ?o }
  BIND(CONCAT(?marker, ENCODE_FOR_URI(STR(?g))) AS ?tag)
  BIND(IF(isIRI(?s) && STRSTARTS(STR(?s), ?base), IRI(CONCAT(STR(?s), ?tag)), ?s) AS ?s2)
  BIND(IF(isIRI(?o) && STRSTARTS(STR(?o), ?base), IRI(CONCAT(STR(?o), ?tag)), ?o) AS ?o2)
}"""


def validate_changes(graph: "KnowledgeGraph", graphs: Sequence[str], nodes: Iterable[Any],
                     shapes_path: str | Path | None = None) -> tuple[list[Violation], list[Violation]]:
    """What :func:`validate_graph` finds about the article ``graphs`` and the merged-view
    ``nodes`` (pyoxigraph terms), without reading the rest of the graph: an incremental
    build's validation (:mod:`kg.incremental`). Returns the articles' violations and the
    merged view's.

    The merged view is checked on the nodes among ``nodes`` that several articles (or
    none) describe, as :func:`validate_graph` does, in a graph made of their triples and
    the types of the nodes they point to (:func:`_neighbourhood`).
    """
    import pyoxigraph as ox

    by_length = sorted({**graph.prefixes(), **PREFIXES}.items(), key=lambda item: -len(item[1]))
    articles: list[Violation] = []
    if graphs:
        checked = _validate_own(_articles_apart(graph, graphs), graph.prefixes(), shapes_path=shapes_path)
        articles = [_unmarked(r, by_length) for r in checked.results]
    inner = graph.store.inner
    shared = [n for n in nodes if isinstance(n, ox.NamedNode) and not _described_by_one(inner, n)]
    if not shared:
        return articles, []
    merged = _validate_own(_neighbourhood(graph, shared), graph.prefixes(), shapes_path=shapes_path,
                           focus_nodes=[n.value for n in shared])
    return articles, list(merged.results)


def _described_by_one(inner: Any, node: Any) -> bool:
    """Whether exactly one article graph describes ``node``; stops at the second graph (a
    country that hundreds of articles describe costs no more than any other node)."""
    import pyoxigraph as ox

    seen = None
    for q in inner.quads_for_pattern(node, None, None, None):
        if isinstance(q.graph_name, ox.DefaultGraph) or q.graph_name == seen:
            continue
        if seen is not None:
            return False
        seen = q.graph_name
    return seen is not None


def _neighbourhood(graph: "KnowledgeGraph", nodes: Sequence[Any]) -> Graph:
    """The merged view's triples of ``nodes`` and the types of the IRIs they point to: all
    that validating ``nodes`` reads, as the shapes reach other nodes only by ``sh:class``
    (``sh:node`` is used on literals alone)."""
    import pyoxigraph as ox

    from .store import to_rdflib

    inner = graph.store.inner
    default = ox.DefaultGraph()
    out = Graph(bind_namespaces="none")
    for prefix, ns in graph.prefixes().items():
        out.bind(prefix, ns)
    rdf_type = ox.NamedNode(str(RDF.type))
    objects = set()
    term = _converter(to_rdflib)
    for n in nodes:
        for q in inner.quads_for_pattern(n, None, None, default):
            out.add((term(q.subject), term(q.predicate), term(q.object)))
            if isinstance(q.object, ox.NamedNode):
                objects.add(q.object)
    for o in objects.difference(nodes):
        for q in inner.quads_for_pattern(o, rdf_type, None, default):
            out.add((term(q.subject), term(q.predicate), term(q.object)))
    return out


def _unmarked(violation: Violation, by_length: list[tuple[str, str]]) -> Violation:
    """A violation of an article's copy of a node, told about the node and its graph."""
    if violation.raw_focus is None or _IN_GRAPH not in violation.raw_focus:
        return violation
    iri, _, graph = violation.raw_focus.partition(_IN_GRAPH)
    return replace(violation, focus=_compact(URIRef(iri), by_length), graph=_compact(URIRef(unquote(graph)), by_length),
                   raw_focus=iri, raw_graph=unquote(graph))


def result_of(results: Iterable[Violation], shapes_path: str | Path | None = None) -> ValidationResult:
    """One report of violations found apart (an incremental build's, some from the last build).
    Its ``report_graph`` is empty: the violations carried over have none."""
    return _result(list(results), Graph(), shapes_path)


def _result(results: list[Violation], report_graph: Graph, shapes_path: str | Path | None) -> ValidationResult:
    shapes_file = Path(shapes_path) if shapes_path is not None else ontology_dir() / "shapes.ttl"
    ordered = tuple(sorted(results, key=lambda v: (v.graph or "", v.focus, v.path or "", v.message)))
    violations = sum(1 for r in ordered if r.severity == "Violation")
    conforms = violations == 0
    head = E.V000.format(shapes=shapes_file.name) if conforms else E.V001.format(shapes=shapes_file.name,
                                                                                count=violations)
    return ValidationResult(conforms, violations, "\n".join([head, *_lines(ordered)]), report_graph, ordered)


def shapes_graph() -> Graph:
    """The project's shapes (``ontology/shapes.ttl``), parsed once."""
    return _parsed(ontology_dir() / "shapes.ttl")


@cache
def _parsed(path: Path) -> Graph:
    """Shapes and ontology are parsed once per process; pySHACL does not modify them."""
    if not path.is_file():
        raise KGError(E.V003.format(path=path, detail="no such file"))
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise KGError(E.V003.format(path=path, detail=exc)) from exc


__all__ = ["ValidationResult", "Violation", "ontology_dir", "result_of", "shapes_graph", "validate", "validate_changes",
           "validate_graph"]
