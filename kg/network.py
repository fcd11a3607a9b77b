"""The merged RDF graph as a networkx graph of entities and the relations between them.

The network is read with a handful of SPARQL queries (one per concern: nodes, edges,
facts, evidence), so the store does the selecting; no Python loop walks every triple of
a big store. Posts, amounts and evidence are not nodes: they are folded into the facts
and evidence of the entity they describe, which keeps the picture to the things a
reader asks about (who signed what with whom, who gave money to whom, who met where).

Every node carries ``kind`` (see :data:`KINDS`), ``label``, ``facts`` (``[name, value]``
pairs), ``evidence`` (quotes with the article each came from) and ``countries`` (the
countries it is directly tied to, for filtering by country). Every edge carries
``relation``, a short human label such as ``"signed by"``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import networkx as nx
from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDFS, SDO, SKOS

from .errors import E, KGError
from .vocab import ACC

if TYPE_CHECKING:
    from .graph import KnowledgeGraph


@dataclass(frozen=True)
class Kind:
    """A class of node as drawn: its ontology class, colour and vis-network shape."""

    name: str
    cls: URIRef
    color: str
    shape: str


#: Node kinds in priority order: an entity typed with several classes is drawn as the first.
#: Colours are from the Okabe-Ito palette (distinguishable with colour-blindness), shapes
#: differ too so that the legend still works in greyscale.
KINDS: tuple[Kind, ...] = (
    Kind("Agreement", ACC.Agreement, "#E69F00", "star"),
    Kind("Official", ACC.Official, "#0072B2", "dot"),
    Kind("Person", SDO.Person, "#56B4E9", "dot"),
    Kind("Country", ACC.Country, "#009E73", "diamond"),
    Kind("Signatory", ACC.Signatory, "#CC79A7", "diamond"),
    Kind("Organisation", ACC.Organisation, "#D55E00", "square"),
    Kind("Aid", ACC.Aid, "#F0E442", "triangle"),
    Kind("Meeting", ACC.Meeting, "#999999", "hexagon"),
    Kind("Place", ACC.Place, "#8C564B", "triangleDown"),
    Kind("Article", ACC.Article, "#DDDDDD", "box"),
)
KIND_BY_CLASS = {k.cls: k for k in KINDS}
KIND_BY_NAME = {k.name: k for k in KINDS}

#: predicate -> edge label, for relations stored as one triple
DIRECT_RELATIONS: dict[URIRef, str] = {
    ACC.party: "party",
    ACC.signedBy: "signed by",
    ACC.provider: "provider",
    ACC.recipient: "recipient",
    ACC.participant: "participant",
    ACC.location: "location",
}
SERVES = "post in"
MENTIONED_IN = "mentioned in"

#: literal-valued predicates shown in tooltips, with their display names (others are skipped:
#: hashes and offsets mean nothing to a reader)
FACT_NAMES: dict[URIRef, str] = {
    RDFS.label: "name",
    SKOS.altLabel: "also written",
    ACC.isoCode: "ISO code",
    ACC.date: "date",
    ACC.purpose: "purpose",
    DCTERMS.title: "title",
    DCTERMS.date: "date",
    DCTERMS.source: "source",
}
CONCEPT_FACTS: dict[URIRef, str] = {
    ACC.agreementKind: "kind",
    ACC.agreementStatus: "status",
    ACC.aidStatus: "status",
}


def _values(terms: Any) -> str:
    return " ".join(f"<{t}>" for t in terms)


def _select(graph: "KnowledgeGraph", sparql: str) -> list[tuple[Any, ...]]:
    """Rows of a SELECT over the merged graph, as tuples."""
    return graph.query(sparql).rows


def humanise(iri: str) -> str:
    """``acc:AsylumCooperationAgreement`` -> ``"asylum cooperation agreement"``."""
    local = re.split(r"[#/]", str(iri))[-1]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local).lower()


# -- nodes -----------------------------------------------------------------------------------


def _node_rows(graph: "KnowledgeGraph") -> list[tuple[Any, ...]]:
    return _select(graph, f"""
        SELECT ?s ?cls (MIN(STR(?name)) AS ?label) (MIN(STR(?title)) AS ?heading) (MIN(STR(?id)) AS ?ident)
        WHERE {{
          VALUES ?cls {{ {_values(KIND_BY_CLASS)} }}
          ?s a ?cls .
          OPTIONAL {{ ?s rdfs:label ?name }}
          OPTIONAL {{ ?s dcterms:title ?title }}
          OPTIONAL {{ ?s dcterms:identifier ?id }}
        }} GROUP BY ?s ?cls""")


def _add_nodes(net: nx.MultiDiGraph, graph: "KnowledgeGraph", *, articles: bool) -> None:
    best: dict[str, tuple[int, str]] = {}
    order = {k.cls: i for i, k in enumerate(KINDS)}
    for s, cls, label, heading, ident in _node_rows(graph):
        if not isinstance(s, URIRef):
            continue
        rank = order[cls]
        name = str(label or heading or ident or humanise(s))
        if str(s) not in best or rank < best[str(s)][0]:
            best[str(s)] = (rank, name)
    for iri, (rank, name) in best.items():
        kind = KINDS[rank]
        if kind.name == "Article" and not articles:
            continue
        net.add_node(iri, kind=kind.name, label=name, facts=[], evidence=[], countries=[])


# -- edges -----------------------------------------------------------------------------------


def _add_edges(net: nx.MultiDiGraph, graph: "KnowledgeGraph", *, articles: bool) -> None:
    rows = _select(graph, f"""
        SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {_values(DIRECT_RELATIONS)} }} ?s ?p ?o }}""")
    edges = [(str(s), str(o), DIRECT_RELATIONS[p]) for s, p, o in rows]
    rows = _select(graph, "SELECT DISTINCT ?person ?where WHERE { ?person org:holds ?post . ?post org:postIn ?where }")
    edges += [(str(s), str(o), SERVES) for s, o in rows]
    if articles:
        rows = _select(graph, """
            SELECT DISTINCT ?s ?article WHERE { ?s acc:evidence ?ev . ?ev prov:wasQuotedFrom ?article }""")
        edges += [(str(s), str(o), MENTIONED_IN) for s, o in rows]
    net.add_edges_from((s, o, rel, {"relation": rel}) for s, o, rel in edges if s in net and o in net and s != o)


# -- what a tooltip says -----------------------------------------------------------------------


def _add_facts(net: nx.MultiDiGraph, graph: "KnowledgeGraph") -> None:
    facts: dict[str, set[tuple[str, str]]] = defaultdict(set)
    rows = _select(graph, f"""
        SELECT ?s ?p ?o WHERE {{
          VALUES ?p {{ {_values(FACT_NAMES)} }} ?s ?p ?o . FILTER(isLiteral(?o)) }}""")
    for s, p, o in rows:
        facts[str(s)].add((FACT_NAMES[p], str(o)))
    rows = _select(graph, f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {_values(CONCEPT_FACTS)} }} ?s ?p ?o }}")
    for s, p, o in rows:
        facts[str(s)].add((CONCEPT_FACTS[p], humanise(o)))
    rows = _select(graph, """
        SELECT ?s ?title (SAMPLE(?in) AS ?where) WHERE {
          ?s org:holds ?post . ?post acc:postTitle ?title .
          OPTIONAL { ?post org:postIn ?c . ?c rdfs:label ?in } } GROUP BY ?s ?title""")
    for s, title, where in rows:
        facts[str(s)].add(("post", f"{title} ({where})" if where else str(title)))
    rows = _select(graph, """
        SELECT ?s ?value ?min ?max ?currency WHERE {
          ?s acc:amount ?a .
          OPTIONAL { ?a schema:value ?value } OPTIONAL { ?a schema:minValue ?min }
          OPTIONAL { ?a schema:maxValue ?max } OPTIONAL { ?a schema:currency ?currency } }""")
    for s, value, low, high, currency in rows:
        facts[str(s)].add(("amount", _amount_text(value, low, high, currency)))
    for iri, pairs in facts.items():
        if iri in net:
            net.nodes[iri]["facts"] = sorted(pairs, key=lambda kv: (kv[0] != "name", kv))


def _amount_text(value: Any, low: Any, high: Any, currency: Any) -> str:
    unit = f"{currency} " if currency else ""

    def num(x: Any) -> str:
        try:
            return f"{float(x):,.0f}"
        except (TypeError, ValueError):
            return str(x)

    if value is not None:
        return f"{unit}{num(value)}"
    return f"{unit}{num(low)}-{num(high)}" if low is not None else "unspecified"


def _add_evidence(net: nx.MultiDiGraph, graph: "KnowledgeGraph") -> None:
    rows = _select(graph, """
        SELECT ?s ?quote ?article (MIN(STR(?t)) AS ?title) (MIN(STR(?id)) AS ?ident) (MIN(?start) AS ?at)
        WHERE {
          ?s acc:evidence ?ev . ?ev acc:quote ?quote .
          OPTIONAL { ?ev acc:startChar ?start }
          OPTIONAL { ?ev prov:wasQuotedFrom ?article .
                     OPTIONAL { ?article dcterms:title ?t } OPTIONAL { ?article dcterms:identifier ?id } }
        } GROUP BY ?s ?quote ?article""")
    found: dict[str, list[dict[str, str]]] = defaultdict(list)
    for s, quote, article, title, ident, _ in sorted(rows, key=lambda r: (str(r[2]), int(r[5] or 0))):
        found[str(s)].append({"quote": str(quote), "article": str(title or ident or article or ""),
                              "articleId": str(article or "")})
    for iri, quotes in found.items():
        if iri in net:
            net.nodes[iri]["evidence"] = quotes


# -- countries, for the country filter -----------------------------------------------------------


def _add_countries(net: nx.MultiDiGraph) -> None:
    """Tie each node to the countries next to it; nodes with none (meetings, articles) take
    those of their neighbours, so a meeting of US and Mexican officials belongs to both."""
    is_country = {n for n, k in net.nodes(data="kind") if k == "Country"}
    simple = nx.Graph(net)
    own: dict[str, set[str]] = {}
    for n in net:
        own[n] = ({n} if n in is_country else set()) | {m for m in simple[n] if m in is_country}
    for n in net:
        tied = own[n]
        if not tied or net.nodes[n]["kind"] in ("Article", "Meeting"):
            tied = tied.union(*(own[m] for m in simple[n] if m not in is_country))
        net.nodes[n]["countries"] = sorted(tied)


# -- the public API --------------------------------------------------------------------------


def build_network(graph: "KnowledgeGraph", *, articles: bool = True, provenance: bool = True) -> nx.MultiDiGraph:
    """The entity network of ``graph``: nodes keyed by IRI, edges keyed by relation label.

    ``articles=False`` leaves out Article nodes and their "mentioned in" edges;
    ``provenance=False`` also leaves the evidence quotes out of the nodes' details.
    """
    net: nx.MultiDiGraph = nx.MultiDiGraph()
    _add_nodes(net, graph, articles=articles and provenance)
    _add_edges(net, graph, articles=articles and provenance)
    _add_facts(net, graph)
    if provenance:
        _add_evidence(net, graph)
    _add_countries(net)
    return net


def find_country(net: nx.MultiDiGraph, name: str) -> str:
    """The node of a country given its IRI, name or ISO code (any case)."""
    wanted = name.strip().casefold()
    for n, data in net.nodes(data=True):
        if data["kind"] not in ("Country", "Signatory", "Organisation"):
            continue
        names = {n.casefold(), data["label"].casefold()} | {v.casefold() for k, v in data["facts"] if k == "ISO code"}
        if wanted in names:
            return n
    choices = sorted(d["label"] for _, d in net.nodes(data=True) if d["kind"] == "Country")
    raise KGError(E.W001.format(name=name, choices=", ".join(choices) or "none"))


def country_neighbourhood(net: nx.MultiDiGraph, country: str, *, radius: int = 2) -> nx.MultiDiGraph:
    """The part of ``net`` within ``radius`` steps of ``country`` without passing through an
    article (articles tie everything together), plus the articles that mention what is kept."""
    entities = nx.Graph(net.subgraph(n for n, k in net.nodes(data="kind") if k != "Article"))
    keep = set(nx.single_source_shortest_path_length(entities, country, cutoff=radius))
    keep |= {a for n in keep for a in net.successors(n) if net.nodes[a]["kind"] == "Article"}
    return net.subgraph(keep).copy()


SIZE_MEASURES = ("degree", "betweenness")


def centrality(net: nx.MultiDiGraph, measure: str = "degree") -> dict[str, float]:
    """Degree or betweenness centrality on the undirected simple graph (sampled for big ones,
    where exact betweenness is O(n·m))."""
    simple = nx.Graph(net)
    if measure == "degree":
        return nx.degree_centrality(simple) if len(simple) > 1 else {n: 0.0 for n in simple}
    if measure == "betweenness":
        k = 300 if len(simple) > 1500 else None
        return nx.betweenness_centrality(simple, k=k, seed=0)
    raise KGError(E.W002.format(name=measure, choices=", ".join(SIZE_MEASURES)))


def top_nodes(net: nx.MultiDiGraph, n: int, *, measure: str = "degree") -> nx.MultiDiGraph:
    """The subgraph of the ``n`` most central nodes (ties broken by label, so runs agree)."""
    if n < 1:
        raise KGError(E.W003.format(value=n))
    scores = centrality(net, measure)
    ranked = sorted(net, key=lambda v: (-scores[v], net.nodes[v]["label"], v))
    return net.subgraph(ranked[:n]).copy()


__all__ = ["KINDS", "Kind", "build_network", "centrality", "country_neighbourhood", "find_country", "top_nodes"]
