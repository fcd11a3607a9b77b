"""The merged view: the store's default graph, made from the per-article named graphs.

Each article's named graph keeps what that article says. The merged view is their union
as a *set* (a triple stated by ten articles is stored once), except where articles
disagree on a property that can have only one value: whatever ``ontology/shapes.ttl``
gives ``sh:maxCount 1`` (an agreement's date and status, an aid's status, an article's
date ...). There the merged view keeps one value, chosen by this rule:

1. the value stated by the most articles;
2. on a tie, the value stated by the most recently dated article (undated articles count
   as oldest): later reporting corrects earlier reporting;
3. on a further tie, the first value in the order of their N-Triples form, so that every
   build of the same articles keeps the same value.

The other values stay in their articles' graphs; ``queries/conflicts.rq`` lists every
disagreement with the articles on each side. The work is two SPARQL Update/queries
evaluated by the store, linear in the number of triples.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF, SH

_FILL = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"

_CANDIDATES = """
SELECT ?s ?p ?o (COUNT(DISTINCT ?g) AS ?articles) (MAX(STR(?d)) AS ?latest) WHERE {
  { SELECT ?s ?p WHERE { VALUES ?p { %s } ?s ?p ?o } GROUP BY ?s ?p HAVING (COUNT(?o) > 1) }
  GRAPH ?g { ?s ?p ?o }
  OPTIONAL { ?g <http://www.w3.org/ns/prov#wasDerivedFrom>/<http://purl.org/dc/terms/date> ?d }
} GROUP BY ?s ?p ?o"""


@cache
def single_valued_predicates() -> tuple[URIRef, ...]:
    """Every predicate that a property shape of ``ontology/shapes.ttl`` limits to one value."""
    from .validate import shapes_graph

    shapes = shapes_graph()
    found = {path for shape in shapes.subjects(SH.maxCount, None)
             if int(shapes.value(shape, SH.maxCount)) == 1  # type: ignore[arg-type]
             and isinstance(path := shapes.value(shape, SH.path), URIRef)}
    return tuple(sorted(p for p in found if p != RDF.type))


def make_merged_view(store: Any) -> int:
    """Fill the default graph of ``store`` (a writable :class:`kg.store.OxigraphStore`)
    from its named graphs; returns how many conflicting values were left out of it."""
    inner: ox.Store = store.inner
    inner.clear_graph(ox.DefaultGraph())
    inner.update(_FILL)
    predicates = single_valued_predicates()
    if not predicates:
        return 0
    values: dict[tuple[Any, Any], list[tuple[int, str, str, Any]]] = defaultdict(list)
    for row in inner.query(_CANDIDATES % " ".join(f"<{p}>" for p in predicates)):
        latest = row["latest"].value if row["latest"] is not None else ""
        # sort key: more articles first, then the latest article, then the N-Triples form
        values[(row["s"], row["p"])].append((-int(row["articles"].value), _negated(latest), str(row["o"]), row["o"]))
    dropped = 0
    for (s, p), candidates in values.items():
        candidates.sort(key=lambda c: c[:3])
        for *_, o in candidates[1:]:
            inner.remove(ox.Quad(s, p, o, ox.DefaultGraph()))
            dropped += 1
    return dropped


def _negated(date: str) -> tuple[int, ...]:
    """A key that sorts later ISO dates first and no date last."""
    return tuple(-ord(c) for c in date) + (0,) if date else (1,)


_DERIVED_FROM = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
_DATE = ox.NamedNode("http://purl.org/dc/terms/date")


def update_merged_view(store: Any, claims: set[Any]) -> None:
    """Remake the merged view for the triples ``claims`` (``pyoxigraph.Triple``), after the
    named graphs that state or stated them changed: an incremental build's share of
    :func:`make_merged_view`.

    A triple of a many-valued property is in the merged view when some article graph
    states it: one look-up, which stops at the first graph. For a single-valued property,
    the rule above is applied again to the subject's claims for that property alone.
    Claims no changed graph touched keep their place in the merged view, so the work is
    proportional to what the changed graphs state, not to what their subjects have
    (a country stated by every article is not re-read whole).
    """
    inner: ox.Store = store.inner
    default = ox.DefaultGraph()
    single = {ox.NamedNode(str(p)) for p in single_valued_predicates()}
    redo: set[tuple[Any, Any]] = set()
    for t in claims:
        if t.predicate in single:
            redo.add((t.subject, t.predicate))
            continue
        quad = ox.Quad(t.subject, t.predicate, t.object, default)
        stated = any(not isinstance(q.graph_name, ox.DefaultGraph)
                     for q in inner.quads_for_pattern(t.subject, t.predicate, t.object, None))
        (inner.add if stated else inner.remove)(quad)
    dates: dict[Any, str] = {}
    for s, p in redo:
        for q in list(inner.quads_for_pattern(s, p, None, default)):
            inner.remove(q)
        graphs: dict[Any, set[Any]] = defaultdict(set)
        for q in inner.quads_for_pattern(s, p, None, None):
            if not isinstance(q.graph_name, ox.DefaultGraph):
                graphs[q.object].add(q.graph_name)
        if graphs:
            candidates = [(-len(gs), _negated(max(_graph_date(inner, g, dates) for g in gs)), str(o), o)
                          for o, gs in graphs.items()]
            inner.add(ox.Quad(s, p, min(candidates, key=lambda c: c[:3])[3], default))


def _graph_date(inner: ox.Store, graph: Any, cache_: dict[Any, str]) -> str:
    """The publication date of the article ``graph`` was derived from ("" when undated)."""
    if graph not in cache_:
        found = ""
        for q in inner.quads_for_pattern(graph, _DERIVED_FROM, None, graph):
            for d in inner.quads_for_pattern(q.object, _DATE, None, graph):
                found = max(found, d.object.value)
        cache_[graph] = found
    return cache_[graph]
