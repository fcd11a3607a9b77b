"""SPARQL over the merged graph: run a query, bind parameters safely, write the results.

:func:`run_query` evaluates a SPARQL 1.1 query with Oxigraph's engine on the graph's
store (:mod:`kg.store`), whatever the store setting, with the project's prefixes
predeclared (``acc:``, ``person:``, ``id:`` ... see :func:`query_prefixes`) so that
queries need no ``PREFIX`` lines. The dataset follows SPARQL 1.1: plain patterns match
the merged view (the store's default graph, each triple once however many articles
state it, so counts need no ``DISTINCT``), ``GRAPH ?g`` matches the per-article graphs,
and ``FROM``/``FROM NAMED`` or the protocol's graph parameters restrict both.

Parameters are bound as values (SEP-0007 substitutions), never pasted into the query
text. Strings from the command line are read by :func:`parse_value`:

=========================== ======================================
``<https://...>``           IRI
``https://...`` (no spaces)  IRI too (any ``scheme://``)
``acc:Signed``, ``person:x`` IRI (any predeclared or declared prefix)
``42``, ``-3``              ``xsd:integer``
``735000000.5``             ``xsd:decimal``
``2019-07-26``              ``xsd:date``
``true`` / ``false``        ``xsd:boolean``
``"42"`` (quoted)           the plain string ``42``
anything else               a plain string literal
=========================== ======================================

Read-only by construction: only ``Store.query`` is ever called, so SPARQL Update cannot
run; an update string is recognised (by rdflib's update parser) only to say so clearly.
``SERVICE`` is refused unless its endpoint is in ``allowed_services``
(:func:`check_services`), because it makes the engine fetch URLs.

https://www.w3.org/TR/sparql11-query/ , https://pyoxigraph.readthedocs.io/
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from .errors import E, KGError
from .quick_query import FORMATS, MAY_REACH_OUT, add_query_arguments, load_query, query_prefixes  # noqa: F401

if TYPE_CHECKING:
    import pandas

    from .graph import KnowledgeGraph
    from .store import Store

#: media type of each format (what the endpoint answers with)
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "table": "text/plain",
}
#: default row cap of the endpoint; the CLI and Python API have none
DEFAULT_MAX_ROWS = 10_000

SELECT, ASK, GRAPH = "SELECT", "ASK", "GRAPH"
Row = tuple[Node | None, ...]
T = TypeVar("T")


# -- prefixes and parameters -------------------------------------------------------------------


_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?\d*\.\d+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s<>\"{}|^`\\]+")
_PNAME = re.compile(r"([A-Za-z][\w.-]*)?:([\w.%:/-]*)")  # "/" too: id:country/guatemala


def parse_value(text: str, *, prefixes: Mapping[str, str]) -> Node:
    """A command-line string as an RDF term (see the table in the module docstring)."""
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return Literal(text[1:-1])
    if text.startswith("<") and text.endswith(">"):
        return URIRef(text[1:-1])
    if _ABSOLUTE_IRI.fullmatch(text):
        return URIRef(text)
    pname = _PNAME.fullmatch(text)
    if pname and (pname.group(1) or "") in prefixes:
        return URIRef(prefixes[pname.group(1) or ""] + pname.group(2))
    if _INTEGER.fullmatch(text):
        return Literal(text, datatype=XSD.integer)
    if _DECIMAL.fullmatch(text):
        return Literal(text, datatype=XSD.decimal)
    if _DATE.fullmatch(text):
        return Literal(text, datatype=XSD.date)
    if text in ("true", "false"):
        return Literal(text, datatype=XSD.boolean)
    return Literal(text)


def parse_params(items: Iterable[str], *, prefixes: Mapping[str, str]) -> dict[str, Node]:
    """``["official=person:kevin-mcaleenan", ...]`` -> ``{"official": URIRef(...)}``."""
    params: dict[str, Node] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"\w+", name):
            raise KGError(E.Q005.format(param=item))
        params[name] = parse_value(value, prefixes=prefixes)
    return params


def _as_term(value: Any, *, prefixes: Mapping[str, str]) -> Node:
    if isinstance(value, Node):
        return value
    if isinstance(value, str):
        return parse_value(value, prefixes=prefixes)
    return Literal(value)


# -- reading a query ---------------------------------------------------------------------------

# -- safety: SERVICE and updates ---------------------------------------------------------------

_TOKEN = re.compile(
    r"""(?P<ws>\s+)
      | (?P<comment>\#[^\n]*)
      | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<var>[?$]\w+)
      | (?P<pname>(?:[A-Za-z][\w.-]*)?:(?:[\w%:-]|\\.|\.(?=[\w%:-]))*)
      | (?P<word>[A-Za-z_]\w*)
      | (?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)


def _tokens(sparql: str) -> list[tuple[str, str]]:
    """SPARQL tokens: strings, IRIs and comments are single tokens, so a variable's name
    inside them is not a variable (for checking ``--param`` names)."""
    return [(m.lastgroup or "other", m.group()) for m in _TOKEN.finditer(sparql)
            if m.lastgroup not in ("ws", "comment")]


def check_services(sparql: str, *, prefixes: Mapping[str, str], allowed: Collection[str] = (),
                   base_iri: str | None = None, graphs: Collection[str] | None = None) -> None:
    """Raise :class:`KGError` when ``sparql`` may not run: a ``SERVICE`` endpoint not in
    ``allowed``, a ``FROM`` outside the store (``graphs``, or the base IRI when None), an
    update, or text the parsers could read differently. Decided on rdflib's parse of the
    query, see :func:`kg.sparql_guard.check_query`."""
    from .sparql_guard import check_query

    check_query(sparql, prefixes=prefixes, base_iri=base_iri, allowed_services=allowed, graphs=graphs)


def _update_kind(sparql: str, *, prefixes: Mapping[str, str]) -> str | None:
    """"SPARQL Update (DROP)" when ``sparql`` parses as an update, else None."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parsed = parseUpdate(sparql)
    except Exception:
        return None
    names = [getattr(op, "name", "?").upper() for op in parsed.get("request", [])]
    return f"SPARQL Update ({', '.join(names) or 'empty'})"


def _syntax_error(sparql: str, detail: str, *, prefixes: Mapping[str, str]) -> KGError:
    update = _update_kind(sparql, prefixes=prefixes)
    if update:
        return KGError(E.Q002.format(detail=update))
    return KGError(E.Q001.format(detail=detail.strip().splitlines()[0] if detail.strip() else "syntax error"))


# -- results -----------------------------------------------------------------------------------


@dataclass
class QueryResult:
    """The answer to a query: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE.

    ``rows`` hold rdflib terms (``URIRef``, ``Literal``, ``BNode``) or ``None`` where a
    variable is unbound; :meth:`to_dataframe` gives Python values instead.
    """

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    boolean: bool | None = None
    #: True when ``max_rows`` cut the result short
    truncated: bool = False
    prefixes: dict[str, str] = field(default_factory=dict)

    @property
    def triples(self) -> list[tuple[Node, Node, Node]]:
        """CONSTRUCT/DESCRIBE results as triples (``rows`` with vars subject, predicate, object)."""
        return [(s, p, o) for s, p, o in self.rows] if self.kind == GRAPH else []  # type: ignore[misc]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Any:
        return iter(self.rows)

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.kind == ASK else bool(self.rows)

    # -- conversions -----------------------------------------------------------------------

    def to_dataframe(self) -> "pandas.DataFrame":
        """A pandas DataFrame: literals as Python values (int, Decimal, date, str), IRIs as str."""
        try:
            import pandas
        except ImportError as exc:
            raise KGError(E.Q008) from exc
        if self.kind == ASK:
            return pandas.DataFrame({"boolean": [bool(self.boolean)]})
        return pandas.DataFrame([[_python(v) for v in row] for row in self.rows], columns=self.vars)

    def to_sparql_json(self) -> dict[str, Any]:
        """The SPARQL 1.1 Query Results JSON document (https://www.w3.org/TR/sparql11-results-json/)."""
        if self.kind == ASK:
            return {"head": {}, "boolean": bool(self.boolean)}
        bindings = [{var: _json_term(value) for var, value in zip(self.vars, row) if value is not None}
                    for row in self.rows]
        return {"head": {"vars": list(self.vars)}, "results": {"bindings": bindings}}

    def serialize(self, format: str = "table") -> str:
        """The result as text in ``format`` (one of :data:`FORMATS`).

        CSV, TSV and XML are written by pyoxigraph's serialisers from the JSON document,
        so they follow the W3C result formats exactly. CONSTRUCT/DESCRIBE results are RDF
        (Turtle, N-Triples); asked for a table/CSV/TSV/JSON/XML, their triples are written
        as rows with the variables subject, predicate, object.
        """
        if format not in FORMATS:
            raise KGError(E.Q007.format(name=format, choices=", ".join(FORMATS)))
        if format in ("turtle", "ntriples"):
            return self._rdf(format)
        if format == "table":
            return self._table()
        if format == "json":
            return json.dumps(self.to_sparql_json(), ensure_ascii=False)
        return self._via_pyoxigraph(format)

    def _rdf(self, format: str) -> str:
        if self.kind != GRAPH:  # a SELECT asked for Turtle: refuse rather than guess a shape
            raise KGError(E.Q007.format(name=format, choices="table, csv, tsv, json, xml (for SELECT and ASK)"))
        graph = Graph(bind_namespaces="none")
        for prefix, ns in self.prefixes.items():
            graph.bind(prefix, ns)
        for triple in self.triples:
            graph.add(triple)
        return graph.serialize(format="nt" if format == "ntriples" else "turtle")

    def _via_pyoxigraph(self, format: str) -> str:
        import pyoxigraph as ox

        if self.kind == ASK and format in ("csv", "tsv"):
            return "true\n" if self.boolean else "false\n"  # pyoxigraph writes no newline; tools expect one
        ox_format = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                     "xml": ox.QueryResultsFormat.XML}[format]
        parsed = ox.parse_query_results(json.dumps(self.to_sparql_json()), format=ox.QueryResultsFormat.JSON)
        return parsed.serialize(format=ox_format).decode("utf-8")

    def _table(self) -> str:
        if self.kind == ASK:
            return "true" if self.boolean else "false"
        header = list(self.vars)
        body = [[self._display(v) for v in row] for row in self.rows]
        widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(header)]
        lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in body]
        count = f"({len(body)} row{'s' if len(body) != 1 else ''}{', truncated' if self.truncated else ''})"
        return "\n".join(lines + [count])

    def _display(self, value: Node | None) -> str:
        """An IRI as a CURIE when a prefix fits (person:kevin-mcaleenan), a literal as its text."""
        if value is None:
            return ""
        if isinstance(value, URIRef):
            best = max(((p, ns) for p, ns in self.prefixes.items() if value.startswith(ns) and p != "id"),
                       key=lambda item: len(item[1]), default=None)
            return f"{best[0]}:{value[len(best[1]):]}" if best else f"<{value}>"
        if isinstance(value, BNode):
            return f"_:{value}"
        return " ".join(str(value).split())  # one line per row, however the quote was wrapped


def _json_term(value: Node) -> dict[str, str]:
    if isinstance(value, URIRef):
        return {"type": "uri", "value": str(value)}
    if isinstance(value, BNode):
        return {"type": "bnode", "value": str(value)}
    assert isinstance(value, Literal)
    term = {"type": "literal", "value": str(value)}
    if value.language:
        term["xml:lang"] = value.language
    elif value.datatype and value.datatype != XSD.string:
        term["datatype"] = str(value.datatype)
    return term


def _python(value: Node | None) -> Any:
    if value is None:
        return None
    if isinstance(value, Literal):
        return value.toPython()
    return str(value)


# -- running -----------------------------------------------------------------------------------


def _base_of(graph: Any) -> str | None:
    settings = getattr(graph, "settings", None)
    return getattr(settings, "base_iri", None)


def run_query(
    graph: "KnowledgeGraph | Store",
    sparql: str,
    *,
    params: Mapping[str, Any] | None = None,
    timeout: float | None = None,
    max_rows: int | None = None,
    allowed_services: Collection[str] = (),
    default_graph_uris: Sequence[str] | None = None,
    named_graph_uris: Sequence[str] | None = None,
) -> QueryResult:
    """Run ``sparql`` on ``graph`` (a KnowledgeGraph, or a :class:`kg.store.Store`).

    Plain patterns see the merged graph (each triple once), ``GRAPH ?g`` the per-article
    graphs; ``FROM``/``FROM NAMED`` in the query, or ``default_graph_uris`` /
    ``named_graph_uris`` (the SPARQL protocol's ``default-graph-uri`` / ``named-graph-uri``,
    which take precedence), choose the dataset; with only named graphs given the default
    graph is empty.

    ``params`` bind variables to values (terms, Python values, or strings read by
    :func:`parse_value`) without touching the query text; a name the query does not use
    is an error (E.Q012), as is one a SELECT does not project (E.Q013). ``max_rows`` keeps
    the first rows and sets ``truncated``. ``timeout`` (seconds) raises E.Q004 when
    exceeded; the evaluation itself cannot be interrupted in-process and finishes in a
    background thread (the endpoint, :mod:`kg.serve`, runs queries in a process it can kill).
    """
    base = _base_of(graph)
    prefixes = query_prefixes(base)
    if MAY_REACH_OUT.search(sparql) or not sparql.strip():
        check_services(sparql, prefixes=prefixes, allowed=allowed_services, base_iri=base)
    bindings = {name.lstrip("?$"): _as_term(value, prefixes=prefixes) for name, value in (params or {}).items()}
    _check_params(sparql, bindings)
    refresh = getattr(graph, "refresh", None)
    if refresh is not None:
        refresh()
    store = getattr(graph, "store", graph)

    def job() -> QueryResult:
        return execute_oxigraph(store, sparql, prefixes=prefixes, base_iri=base, params=bindings, max_rows=max_rows,
                                default_graphs=default_graph_uris or (), named_graphs=named_graph_uris or ())

    return _within(timeout, job) if timeout else job()


def _check_params(sparql: str, params: Mapping[str, Node]) -> None:
    """A parameter must name a variable of the query: a misspelt one would bind nothing."""
    if not params:
        return
    used = {text[1:] for kind, text in _tokens(sparql) if kind == "var"}
    for name in params:
        if name not in used:
            raise KGError(E.Q012.format(name=name, variables=", ".join(sorted(used)) or "none"))


def _values_in_where(sparql: str, params: Mapping[str, Node]) -> str:
    """``sparql`` with ``VALUES ?name { term }`` first in its WHERE clause, one per parameter.

    The terms are written by pyoxigraph in N-Triples syntax (IRIs checked, strings
    escaped), so a value can never become query text."""
    from .store import to_ox

    tokens = [(m.lastgroup, m.group(), m.start()) for m in _TOKEN.finditer(sparql)
              if m.lastgroup not in ("ws", "comment")]
    where = next((i for i, (kind, text, _) in enumerate(tokens) if kind == "word" and text.upper() == "WHERE"), -1)
    brace = next((at for _, text, at in tokens[where + 1:] if text == "{"), None)
    if brace is None:
        raise KGError(E.Q013.format(names=", ".join(sorted(params))))
    try:
        values = " ".join(f"VALUES ?{name} {{ {to_ox(term)} }}" for name, term in params.items())
    except ValueError as exc:  # e.g. an IRI with spaces
        raise KGError(E.Q009.format(param=", ".join(sorted(params)), detail=str(exc))) from exc
    return f"{sparql[:brace + 1]} {values} {sparql[brace + 1:]}"


def _within(seconds: float, job: Callable[[], T]) -> T:
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = job()
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=target, name="kg-query", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise KGError(E.Q004.format(seconds=f"{seconds:g}"))
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def execute_oxigraph(
    store: Any,
    sparql: str,
    *,
    prefixes: Mapping[str, str],
    base_iri: str | None = None,
    params: Mapping[str, Node] | None = None,
    max_rows: int | None = None,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
) -> QueryResult:
    """Evaluate on a :class:`kg.store.Store` (a SPARQL server's too, :mod:`kg.remote`) or a
    bare ``pyoxigraph.Store``, with the store's default graph (the merged view) as the
    default graph unless ``default_graphs``/``named_graphs`` set the dataset as the SPARQL
    protocol allows."""
    import pyoxigraph as ox

    from .store import OxigraphStore, to_rdflib

    if isinstance(store, ox.Store):
        store = OxigraphStore(store)

    def evaluate(text: str, substitutions: Mapping[str, Node] | None) -> Any:
        return store.query(text, prefixes=prefixes, base_iri=base_iri, substitutions=substitutions,
                           default_graph_uris=list(default_graphs) or None,
                           named_graph_uris=list(named_graphs) or None)

    try:
        try:
            result = evaluate(sparql, params or None)
        except RuntimeError as exc:
            if not (params and "projection" in str(exc)):
                raise
            # Oxigraph substitutes only projected variables (SEP-0007); bind the others
            # with a VALUES block of serialised terms at the start of the WHERE clause
            result = evaluate(_values_in_where(sparql, params), None)
    except SyntaxError as exc:
        raise _syntax_error(sparql, str(exc), prefixes=prefixes) from exc
    except RuntimeError as exc:
        raise KGError(E.Q010.format(detail=str(exc).splitlines()[0])) from exc
    except (OSError, ValueError, TypeError) as exc:
        raise KGError(E.Q010.format(detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)) from exc
    prefix_map = dict(prefixes)
    converted: dict[Any, Node] = {}  # results repeat terms (titles, articles): convert each once

    def term(value: Any) -> Node | None:
        if value is None:
            return None
        found = converted.get(value)
        if found is None:
            found = converted[value] = to_rdflib(value)
        return found

    try:
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(ASK, boolean=bool(result), prefixes=prefix_map)
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows, truncated = _take((tuple(term(t) for t in s) for s in result), max_rows)
            return QueryResult(SELECT, vars=names, rows=rows, truncated=truncated, prefixes=prefix_map)
        rows, truncated = _take(((term(t.subject), term(t.predicate), term(t.object)) for t in result),  # type: ignore[misc]
                                max_rows)
        return QueryResult(GRAPH, vars=["subject", "predicate", "object"], rows=rows, truncated=truncated,
                           prefixes=prefix_map)
    except OSError as exc:  # evaluation errors surface while iterating (e.g. a failing SERVICE)
        raise KGError(E.Q010.format(detail=str(exc).splitlines()[0])) from exc


def _take(items: Iterable[T], limit: int | None) -> tuple[list[T], bool]:
    """The first ``limit`` items, and whether there were more."""
    out: list[T] = []
    for item in items:
        if limit is not None and len(out) >= limit:
            return out, True
        out.append(item)
    return out, False


# -- command line ------------------------------------------------------------------------------


def default_format(result: QueryResult, *, tty: bool) -> str:
    if result.kind == GRAPH:
        return "turtle"
    return "table" if tty else "csv"


def main_query(args: argparse.Namespace, graph: "KnowledgeGraph | None" = None) -> int:
    """``kg query``: run args.query on args.graph and write the results; returns the exit code."""
    from .graph import KnowledgeGraph

    sparql = load_query(args.query)
    if graph is None:
        from .settings import Settings

        overrides = {k: v for k, v in {"base_iri": getattr(args, "base_iri", None),
                                        "store": getattr(args, "store", None)}.items() if v}
        graph = KnowledgeGraph.load(args.graph, settings=Settings(**overrides))
    prefixes = query_prefixes(graph.settings.base_iri)
    params = parse_params(getattr(args, "param", None) or [], prefixes=prefixes)
    result = run_query(graph, sparql, params=params, timeout=getattr(args, "timeout", None),
                       max_rows=getattr(args, "max_rows", None),
                       allowed_services=getattr(args, "allow_service", None) or ())
    output = getattr(args, "output", None)
    fmt = getattr(args, "format", None) or default_format(result, tty=output is None and sys.stdout.isatty())
    text = result.serialize(fmt)
    if not text.endswith("\n"):
        text += "\n"
    if output:
        from .atomic import write_text

        write_text(output, text)
    else:
        sys.stdout.write(text)
    if result.truncated:
        print(f"kg query: only the first {len(result.rows)} rows (--max-rows)", file=sys.stderr)
    return 0


__all__ = [
    "FORMATS", "MEDIA_TYPES", "QueryResult", "add_query_arguments", "check_services", "execute_oxigraph",
    "load_query", "main_query", "parse_params", "parse_value", "query_prefixes", "run_query",
]
