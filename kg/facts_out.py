"""Facts back out of the graph: the flat view of ``docs/FACTS_FORMAT.md``.

``kg facts`` and ``facts.json`` are read out of the RDF, not from the extractor's
dataclasses, so that they show exactly what the graph holds. Each document's facts are
those of its article's named graph; names are the canonical labels shared by all graphs.
"""

from __future__ import annotations

from collections import defaultdict, namedtuple
from collections.abc import Sequence
from typing import Any

from rdflib import URIRef

from .graph import KnowledgeGraph
from .vocab import AGREEMENT_KIND, AID_STATUS

_KIND_LABEL = {str(iri): label for label, iri in AGREEMENT_KIND.items()}
_AID_STATUS_LABEL = {str(iri): label for label, iri in AID_STATUS.items()}

# One query per fact kind over all named graphs; GROUP_CONCAT keeps it one row per fact.
# Facts are ordered by where their evidence starts and, as several facts share one
# sentence, then by IRI: without it their order was the store's, which follows the
# order articles were read in.
# Separator \u001f cannot occur in names read from text (the reader drops control chars).
_SEP = "\u001f"

_ARTICLES = """
SELECT ?g ?id ?source ?title ?date WHERE {
  GRAPH ?g { ?a a acc:Article ; dcterms:identifier ?id .
             OPTIONAL { ?a dcterms:source ?source } OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:date ?date } }
}"""

_OFFICIALS = """
SELECT ?g ?person ?name ?role ?country (MIN(?start) AS ?first) (SAMPLE(?quote) AS ?q0) WHERE {
  GRAPH ?g { ?person a acc:Official ; rdfs:label ?name ; org:holds ?post .
             ?post acc:postTitle ?role .
             OPTIONAL { ?post org:postIn ?c . ?c rdfs:label ?country }
             ?person acc:evidence ?ev . ?ev acc:startChar ?start ; acc:quote ?quote . }
} GROUP BY ?g ?person ?name ?role ?country ORDER BY ?g ?first ?person ?role ?country"""

_AGREEMENTS = """
SELECT ?g ?ag ?label ?kind ?date (MIN(?start) AS ?first)
       (GROUP_CONCAT(DISTINCT ?party; separator="\u001f") AS ?parties)
       (GROUP_CONCAT(DISTINCT ?signer; separator="\u001f") AS ?signers) WHERE {
  GRAPH ?g { ?ag a acc:Agreement ; rdfs:label ?label ; acc:agreementKind ?kind .
             OPTIONAL { ?ag acc:date ?date }
             OPTIONAL { ?ag acc:party ?p . ?p rdfs:label ?party }
             OPTIONAL { ?ag acc:signedBy ?s . ?s rdfs:label ?signer }
             ?ag acc:evidence ?ev . ?ev acc:startChar ?start . }
} GROUP BY ?g ?ag ?label ?kind ?date ORDER BY ?g ?first ?ag ?label ?kind ?date"""

_AID = """
SELECT ?g ?aid ?value ?min ?max ?currency ?usd ?usdMax ?provider ?status ?purpose (MIN(?start) AS ?first)
       (GROUP_CONCAT(DISTINCT ?recipient; separator="\u001f") AS ?recipients) WHERE {
  GRAPH ?g { ?aid a acc:Aid .
             OPTIONAL { ?aid acc:amount ?m . ?m schema:currency ?currency .
                        OPTIONAL { ?m schema:value ?value } OPTIONAL { ?m schema:minValue ?min }
                        OPTIONAL { ?m schema:maxValue ?max }
                        OPTIONAL { ?m acc:usdValue ?usd } OPTIONAL { ?m acc:usdMaxValue ?usdMax } }
             OPTIONAL { ?aid acc:provider ?pr . ?pr rdfs:label ?provider }
             OPTIONAL { ?aid acc:recipient ?r . ?r rdfs:label ?recipient }
             OPTIONAL { ?aid acc:aidStatus ?status }
             OPTIONAL { ?aid acc:purpose ?purpose }
             ?aid acc:evidence ?ev . ?ev acc:startChar ?start . }
} GROUP BY ?g ?aid ?value ?min ?max ?currency ?usd ?usdMax ?provider ?status ?purpose ORDER BY ?g ?first ?aid ?value ?min ?max ?currency ?usd ?usdMax ?provider ?status ?purpose"""

_MEETINGS = """
SELECT ?g ?meeting ?place ?date (MIN(?start) AS ?first)
       (GROUP_CONCAT(DISTINCT ?participant; separator="\u001f") AS ?participants) WHERE {
  GRAPH ?g { ?meeting a acc:Meeting .
             OPTIONAL { ?meeting acc:participant ?p . ?p rdfs:label ?participant }
             OPTIONAL { ?meeting acc:location ?l . ?l rdfs:label ?place }
             OPTIONAL { ?meeting acc:date ?date }
             ?meeting acc:evidence ?ev . ?ev acc:startChar ?start . }
} GROUP BY ?g ?meeting ?place ?date ORDER BY ?g ?first ?meeting ?place ?date"""

_EVIDENCE = """
SELECT ?g ?start ?quote WHERE { GRAPH ?g { ?ev a acc:Evidence ; acc:startChar ?start ; acc:quote ?quote } }"""


def _py(value: Any) -> Any:
    return None if value is None else value.toPython()


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _list(value: Any) -> list[str]:
    return sorted(v for v in str(value).split(_SEP) if v) if value is not None else []


def _number(value: Any) -> int | float | None:
    if value is None:
        return None
    number = float(value.toPython())
    return int(number) if number.is_integer() else number


def _rows(graph: KnowledgeGraph, sparql: str) -> list[Any]:
    """Rows of a SELECT as named tuples (``r.g``, ``r.name`` ...)."""
    result = graph.query(sparql)
    Row = namedtuple("Row", result.vars)  # type: ignore[misc]
    return [Row(*row) for row in result.rows]


def documents(graph: KnowledgeGraph, article_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """The facts-format documents of the graph, in ``article_ids`` order (default: by id)."""
    quotes: dict[tuple[URIRef, int], str] = {(r.g, int(r.start)): str(r.quote) for r in _rows(graph, _EVIDENCE)}

    def evidence(g: URIRef, first: Any) -> str:
        return quotes.get((g, int(first)), "")

    docs: dict[URIRef, dict[str, Any]] = {}
    for r in _rows(graph, _ARTICLES):
        date = r.date.toPython().isoformat() if r.date is not None else None
        docs[r.g] = {
            "id": str(r.id), "source": _str(r.source), "title": _str(r.title), "date": date,
            "agreements": [], "officials": [], "aid": [], "meetings": [],
        }
    kinds: dict[str, list[tuple[URIRef, dict[str, Any]]]] = defaultdict(list)
    for r in _rows(graph, _AGREEMENTS):
        kinds["agreements"].append((r.g, {
            "label": str(r.label), "type": _KIND_LABEL.get(str(r.kind), "other"),
            "signatories": _list(r.parties), "signed_by": _list(r.signers),
            "date": r.date.toPython().isoformat() if r.date is not None else None,
            "evidence": evidence(r.g, r.first),
        }))
    for r in _rows(graph, _OFFICIALS):
        kinds["officials"].append((r.g, {
            "name": str(r.name), "role": None if str(r.role) == "Official" else str(r.role),
            "country": _str(r.country), "evidence": evidence(r.g, r.first),
        }))
    for r in _rows(graph, _AID):
        amount = _number(r.value if r.value is not None else r.min)
        in_dollars = _str(r.currency) == "USD"  # a graph from before acc:usdValue has only these
        money: dict[str, Any] = {
            "amount_usd": _number(r.usd) if r.usd is not None else (amount if in_dollars else None),
            "amount": amount, "currency": _str(r.currency),
        }
        if r.max is not None:  # a range
            money["amount_usd_max"] = _number(r.usdMax) if r.usdMax is not None else (_number(r.max) if in_dollars else None)
        kinds["aid"].append((r.g, {
            **money,
            "provider": _str(r.provider), "recipients": _list(r.recipients),
            "status": _AID_STATUS_LABEL.get(str(r.status)) if r.status is not None else None,
            "purpose": _str(r.purpose), "evidence": evidence(r.g, r.first),
        }))
    for r in _rows(graph, _MEETINGS):
        kinds["meetings"].append((r.g, {
            "participants": _list(r.participants), "place": _str(r.place),
            "date": r.date.toPython().isoformat() if r.date is not None else None,
            "evidence": evidence(r.g, r.first),
        }))
    for kind, items in kinds.items():
        for g, item in items:
            if g in docs:
                docs[g][kind].append(item)
    by_id = {d["id"]: d for d in docs.values()}
    order = list(article_ids) if article_ids is not None else sorted(by_id)
    return [by_id[i] for i in order if i in by_id]
