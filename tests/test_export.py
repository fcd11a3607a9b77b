"""Every export format is read back by an independent parser (pyoxigraph) unchanged."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import KGError
from kg.export import FORMATS, export, rdf_format


def to_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return Literal(term.value) if dt.endswith("#string") else Literal(term.value, datatype=URIRef(dt))


def parse_back(data: bytes, fmt) -> dict[str, Graph]:
    """Graphs by name ("" = default graph) as pyoxigraph reads them."""
    graphs: dict[str, Graph] = {}
    for quad in ox.parse(data, format=fmt.ox_format):
        name = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        graphs.setdefault(name, Graph()).add(tuple(to_rdflib(t) for t in (quad.subject, quad.predicate, quad.object)))
    return graphs


def canonical(graph: Graph) -> set:
    """Triples with literals compared by value, as RDF does ("4.5E8" = "450000000")."""
    return {(s, p, o.toPython() if isinstance(o, Literal) and o.datatype else o) for s, p, o in graph}


@pytest.mark.parametrize("name", [n for n, f in FORMATS.items() if not f.quads])
def test_triple_formats_round_trip_to_the_merged_graph(small_graph, name):
    out = io.BytesIO()
    export(small_graph, out, format=name)
    graphs = parse_back(out.getvalue(), FORMATS[name])
    assert list(graphs) == [""]
    assert canonical(graphs[""]) == canonical(small_graph.merged())


@pytest.mark.parametrize("name", [n for n, f in FORMATS.items() if f.quads])
def test_quad_formats_keep_one_named_graph_per_article_and_the_merged_default_graph(small_graph, name):
    out = io.BytesIO()
    export(small_graph, out, format=name)
    graphs = parse_back(out.getvalue(), FORMATS[name])
    assert sorted(graphs) == ["", *(str(g) for g in small_graph.named_graphs())]
    assert canonical(graphs[""]) == canonical(small_graph.merged())
    for g in small_graph.named_graphs():
        assert canonical(graphs[str(g)]) == canonical(small_graph.graph(g))


def test_numeric_literals_keep_their_datatype_and_value_through_load_and_export(tmp_path):
    # Oxigraph stores numbers by value: "1.0"^^xsd:decimal comes back as "1"^^xsd:decimal
    # (same value, canonical form; docs/data-model.md), never as another type or number
    from decimal import Decimal

    from kg.graph import KnowledgeGraph

    xsd = "http://www.w3.org/2001/XMLSchema#"
    source = tmp_path / "n.ttl"
    source.write_text(f'<http://ex/a> <http://ex/d> "1.50"^^<{xsd}decimal> ; <http://ex/i> "007"^^<{xsd}integer> ; '
                      f'<http://ex/f> "2.5E0"^^<{xsd}double> .\n')
    graph = KnowledgeGraph.load(source)
    out = io.BytesIO()
    export(graph, out, format="ntriples")
    back = {str(p): o for _, p, o in parse_back(out.getvalue(), FORMATS["ntriples"])[""]}
    assert (str(back["http://ex/d"].datatype), back["http://ex/d"].toPython()) == (xsd + "decimal", Decimal("1.5"))
    assert (str(back["http://ex/i"].datatype), back["http://ex/i"].toPython()) == (xsd + "integer", 7)
    assert (str(back["http://ex/f"].datatype), back["http://ex/f"].toPython()) == (xsd + "double", 2.5)


def test_turtle_uses_readable_prefixes(small_graph):
    out = io.BytesIO()
    export(small_graph, out, format="ttl")
    text = out.getvalue().decode()
    assert "@prefix acc: <https://w3id.org/accord-kg/ontology#>" in text
    assert "person:kevin-mallory" in text


def test_export_to_a_file_leaves_no_temporary_file(small_graph, tmp_path):
    path = export(small_graph, tmp_path / "g.nt", format="nt")
    assert path.read_bytes().count(b"\n") == len(small_graph.merged())
    assert [p.name for p in tmp_path.iterdir()] == ["g.nt"]


def test_unknown_format_is_a_clear_error():
    with pytest.raises(KGError, match="unknown output format 'yaml'"):
        rdf_format("yaml")
