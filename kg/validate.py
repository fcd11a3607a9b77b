"""Check a graph against the project's SHACL shapes (``ontology/shapes.ttl``) with pySHACL.

    >>> from kg.validate import validate
    >>> result = validate(graph)            # an rdflib Graph or Dataset
    >>> result.conforms, result.violations
    >>> print(result.report)                # one line per violation: focus node, path, message

The ontology (``ontology/accord.ttl``) is passed to pySHACL as ``ont_graph``, which mixes it
into (a copy of) the data graph before validating. That is what lets ``sh:targetClass`` and
``sh:class`` see subclasses: SHACL follows ``rdfs:subClassOf`` in the data graph itself
(SHACL 1.0, §2.1.3.3 "SHACL instance"), so no inference engine has to run. ``inference="rdfs"``
is available for callers who want rdfs:domain/range typing too, at several times the cost
(pySHACL: https://github.com/RDFLib/pySHACL#python-module-use).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal, Union

from pyshacl import validate as shacl_validate
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from .errors import E, KGError
from .vocab import PREFIXES

GraphInput = Union[Graph, Dataset]
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


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result, with IRIs written as CURIEs where a prefix is known."""

    focus: str
    path: str | None
    message: str
    severity: str = "Violation"

    def line(self) -> str:
        severity = "" if self.severity == "Violation" else f"[{self.severity}] "
        return f"{severity}{self.focus}  {self.path or '-'}  {self.message}"


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


def validate(
    graph: GraphInput,
    *,
    shapes_path: str | Path | None = None,
    inference: Inference = "none",
) -> ValidationResult:
    """Validate ``graph`` against ``shapes_path`` (default: the project's ``ontology/shapes.ttl``).

    ``graph`` may be an rdflib ``Graph``, or a ``Dataset`` whose named graphs (and default
    graph) are validated as their union, as the data model reads them: an entity described
    by several articles must conform once all its descriptions are merged. An object with
    a ``.dataset`` attribute (the :class:`kg.graph.KnowledgeGraph` façade) is accepted too.
    The caller's graph is never changed.
    """
    shapes_file = Path(shapes_path) if shapes_path is not None else ontology_dir() / "shapes.ttl"
    data = _union(graph)
    conforms, report_graph, _text = shacl_validate(
        data,
        shacl_graph=_parsed(shapes_file.resolve()),
        ont_graph=_parsed(ontology_dir() / "accord.ttl"),
        inference=inference,
        # ``data`` is our own copy, so pySHACL may mix the ontology into it in place
        # instead of cloning it again (the clone dominates the cost on large graphs).
        inplace=True,
        allow_warnings=True,
    )
    prefixes = {**dict(_namespaces(graph)), **PREFIXES}
    results = tuple(sorted(_results(report_graph, prefixes), key=lambda v: (v.focus, v.path or "", v.message)))
    violations = sum(1 for r in results if r.severity == "Violation")
    if conforms:
        head = E.V000.format(shapes=shapes_file.name)
    else:
        head = E.V001.format(shapes=shapes_file.name, count=violations)
    report = "\n".join([head, *_lines(results)])
    return ValidationResult(bool(conforms), violations, report, report_graph, results)


def _lines(results: Iterable[Violation]) -> list[str]:
    """One line per violation; identical lines (one bad value breaking several constraints
    that share an sh:message) are written once with a count, so the report stays short."""
    counts: dict[str, int] = {}
    for r in results:
        counts[r.line()] = counts.get(r.line(), 0) + 1
    return [line if n == 1 else f"{line} (x{n})" for line, n in counts.items()]


@cache
def _parsed(path: Path) -> Graph:
    """Shapes and ontology are parsed once per process; pySHACL does not modify them."""
    if not path.is_file():
        raise KGError(E.V003.format(path=path, detail="no such file"))
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise KGError(E.V003.format(path=path, detail=exc)) from exc


def _union(graph: GraphInput) -> Graph:
    """A fresh in-memory Graph with every triple of ``graph`` (all named graphs of a Dataset)."""
    dataset = getattr(graph, "dataset", None)
    if isinstance(dataset, Dataset):
        graph = dataset
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
    source = getattr(graph, "dataset", graph)
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


__all__ = ["ValidationResult", "Violation", "ontology_dir", "validate"]
