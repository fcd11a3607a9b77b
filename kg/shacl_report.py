"""What a SHACL check found, in the project's terms: :class:`Violation` (one validation
result, IRIs written as CURIEs), :class:`ValidationResult` (a check's report), and the
helpers that read pySHACL's report graph into them (:mod:`kg.validate` runs the checks)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Union

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

GraphInput = Union[Graph, Dataset]


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result, with IRIs written as CURIEs where a prefix is known."""

    focus: str
    path: str | None
    message: str
    severity: str = "Violation"
    #: the article graph the violation is in (CURIE); None for the merged view
    graph: str | None = None
    #: the focus node's full IRI (None for a blank node)
    raw_focus: str | None = field(default=None, compare=False, repr=False)
    #: the article graph's full IRI (None for the merged view)
    raw_graph: str | None = field(default=None, compare=False, repr=False)

    def line(self) -> str:
        severity = "" if self.severity == "Violation" else f"[{self.severity}] "
        where = f"in {self.graph}: " if self.graph else ""
        return f"{severity}{where}{self.focus}  {self.path or '-'}  {self.message}"


@dataclass(frozen=True)
class ValidationResult:
    """What :func:`validate` found.

    ``report`` is short readable text (a summary line, then one line per violation);
    ``report_graph`` is pySHACL's full ``sh:ValidationReport`` for tools.
    """

    conforms: bool
    violations: int
    report: str
    report_graph: Graph
    results: tuple[Violation, ...] = ()


def _lines(results: Iterable[Violation]) -> list[str]:
    """One line per violation; identical lines (one bad value breaking several constraints
    that share an sh:message) are written once with a count, so the report stays short."""
    counts: dict[str, int] = {}
    for r in results:
        counts[r.line()] = counts.get(r.line(), 0) + 1
    return [line if n == 1 else f"{line} (x{n})" for line, n in counts.items()]


def _union(graph: GraphInput) -> Graph:
    """A fresh in-memory Graph with every triple of ``graph`` (all named graphs of a Dataset)."""
    merged = getattr(graph, "merged", None)
    if callable(merged):
        return merged()
    data = Graph(bind_namespaces="none")
    if isinstance(graph, Dataset):
        for s, p, o, _g in graph.quads((None, None, None, None)):
            data.add((s, p, o))
    elif isinstance(graph, Graph):
        for triple in graph:
            data.add(triple)
    else:
        raise TypeError(f"validate() needs an rdflib Graph or Dataset, not {type(graph).__name__}")
    return data


def _namespaces(graph: object) -> Iterable[tuple[str, str]]:
    """The prefixes bound on the caller's graph, so the report uses the same CURIEs."""
    prefixes = getattr(graph, "prefixes", None)
    if callable(prefixes):
        yield from prefixes().items()
        return
    source = graph
    if isinstance(source, Graph):
        for prefix, namespace in source.namespaces():
            if prefix:
                yield prefix, str(namespace)


def _results(report: Graph, prefixes: dict[str, str]) -> Iterable[Violation]:
    by_length = sorted(prefixes.items(), key=lambda item: -len(item[1]))
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        severity = report.value(result, SH.resultSeverity)
        yield Violation(
            raw_focus=str(focus) if isinstance(focus, URIRef) else None,
            focus=_compact(focus, by_length),
            path=_compact(path, by_length) if path is not None else None,
            message=str(message) if message is not None else _compact(report.value(result, SH.sourceConstraintComponent), by_length),
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        )


def _compact(node: Node | None, by_length: list[tuple[str, str]]) -> str:
    """``acc:party`` for an IRI in a known namespace, ``<iri>`` otherwise, ``[]`` for a blank node."""
    if node is None:
        return "-"
    if isinstance(node, BNode):
        return "[]"  # complex SHACL paths and anonymous nodes: not worth a Turtle rendering here
    if isinstance(node, URIRef):
        iri = str(node)
        for prefix, namespace in by_length:
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace):]}"
        return f"<{iri}>"
    return node.n3()
