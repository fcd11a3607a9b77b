"""What a query may make the engine do, decided on the parsed query, never on its text.

A SPARQL engine given ``SERVICE <http://host/>`` opens an HTTP connection to that host
(server-side request forgery), and rdflib's engine given ``FROM <http://host/g>`` fetches
that document. :func:`check_query` parses the query with rdflib's SPARQL parser, walks the
parse tree and the algebra (subqueries, OPTIONAL, MINUS, UNION, GRAPH, EXISTS and
NOT EXISTS included) and refuses:

* ``SERVICE`` whose endpoint is not in ``allowed_services`` (a variable endpoint always);
* ``FROM`` / ``FROM NAMED`` naming a graph that is not one of the store's, when the caller
  gives the store's graphs (``kg serve`` does);
* updates (``LOAD``, ``INSERT``, ``DROP`` ...), which a query endpoint never runs.

The query that runs is the text that was checked, read by another parser (Oxigraph's), so
the check also refuses what the two parsers could read differently:

* a carriage return not followed by a line feed: Oxigraph ends a ``#`` comment there, rdflib
  does not, so ``# \\r SERVICE <...>`` would be a comment to one and a call to the other;
* a ``\\u``/``\\U`` escape of an ASCII character other than a letter or digit: SPARQL expands
  escapes before parsing (rdflib does), Oxigraph only inside strings and IRIs, so an escaped
  quote, ``#``, ``<`` or line break can open a string or comment for one parser only;
* a query rdflib cannot parse that contains the letters ``service`` anywhere (one that does
  not cannot call a service in any parser; Oxigraph then reports its own syntax error);
* nesting deeper than :data:`MAX_DEPTH` (brackets or ``!``), which overflows parsers'
  stacks (3,000 nested braces abort Oxigraph's process).

Other line separators (form feed, vertical tab, NEL, U+2028/2029) end a comment in neither
parser, and both reject them between tokens; the property tests in
``tests/test_sparql_guard.py`` run random queries through the check and then Oxigraph
against a listening socket.

Importing this module also switches off rdflib's loading of graphs named in ``FROM``
(``rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS``): the knowledge graph answers from its own
store and never fetches from the web because of a query's text.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import rdflib.plugins.sparql

from .errors import E, KGError

rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False

#: longest query accepted, in characters
MAX_QUERY_CHARS = 100_000
#: deepest nesting of brackets, and longest run of "!", accepted
MAX_DEPTH = 64
#: rdflib's parser recurses about 30 Python frames per level of nesting
_PARSE_RECURSION = 6_000
_PARSE_STACK = 128 * 1024 * 1024

_LONE_CR = re.compile(r"\r(?!\n)")
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_NOTS = re.compile(r"(?:!\s*){%d,}" % (MAX_DEPTH + 1))
_OPEN, _CLOSE = frozenset("{([") , frozenset("})]")


@dataclass(frozen=True)
class CheckedQuery:
    """A query that passed :func:`check_query`: its form and what it names outside the pattern."""

    text: str
    #: "SelectQuery", "AskQuery", "ConstructQuery", "DescribeQuery"; "" when rdflib could not parse it
    form: str = ""
    services: tuple[str, ...] = ()
    from_graphs: tuple[str, ...] = ()
    from_named: tuple[str, ...] = ()
    #: rdflib's parse error when it could not parse the query (Oxigraph may still)
    unparsed: str | None = field(default=None, compare=False)


def check_query(
    sparql: str,
    *,
    prefixes: Mapping[str, str],
    base_iri: str | None = None,
    allowed_services: Collection[str] = (),
    graphs: Collection[str] | None = None,
    max_chars: int = MAX_QUERY_CHARS,
) -> CheckedQuery:
    """Check ``sparql`` before it runs; raise :class:`KGError` with a catalogued message if refused.

    ``graphs`` are the names of the store's graphs, which ``FROM``/``FROM NAMED`` may name;
    None means unknown, and then any name is accepted: neither engine fetches it (rdflib's
    loading is switched off by this module), a name not in the store is an empty graph.
    """
    if not sparql.strip():
        raise KGError(E.Q028)
    if len(sparql) > max_chars:
        raise KGError(E.Q020.format(size=f"{len(sparql):,}", limit=f"{max_chars:,}"))
    _check_lexical(sparql)
    try:
        in_tree, algebra = _parse(sparql, prefixes=prefixes, base_iri=base_iri)
    except RecursionError:
        raise KGError(E.Q021.format(limit=MAX_DEPTH)) from None
    except Exception as exc:  # noqa: BLE001 - pyparsing and rdflib raise many types
        if _is_update(sparql):
            raise KGError(E.Q002.format(detail="SPARQL Update")) from None
        detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        if "service" in sparql.lower():
            raise KGError(E.Q024.format(detail=detail)) from None
        return CheckedQuery(sparql, unparsed=detail)

    services = [node.get("term") for node in _walk(algebra) if _name(node) == "ServiceGraphPattern"]
    if len(services) != in_tree:  # the translation lost a SERVICE: trust neither
        raise KGError(E.Q024.format(detail=f"{in_tree} SERVICE clauses parsed, {len(services)} translated"))
    allowed = frozenset(allowed_services)
    for term in services:
        if isinstance(term, rdflib.Variable):
            raise KGError(E.Q032.format(var=f"?{term}"))
        if str(term) not in allowed:
            raise KGError(E.Q003.format(iri=str(term)))

    default, named = [], []
    for clause in algebra.get("datasetClause") or ():
        (default if clause.get("default") is not None else named).append(str(clause.get("default") or
                                                                            clause.get("named")))
    for iri in (*default, *named):
        if not _is_local_graph(iri, graphs=graphs):
            raise KGError(E.Q023.format(iri=iri))
    return CheckedQuery(sparql, form=_name(algebra), services=tuple(map(str, services)),
                        from_graphs=tuple(default), from_named=tuple(named))


def _check_lexical(sparql: str) -> None:
    """Refuse text that Oxigraph and rdflib could tokenise differently, or nest too deep."""
    if _LONE_CR.search(sparql):
        raise KGError(E.Q022.format(what="a carriage return not followed by a line feed",
                                    fix="end lines with LF or CR LF"))
    for match in _ESCAPE.finditer(sparql):
        code = int(match.group(1) or match.group(2), 16)
        if code < 0x80 and not chr(code).isalnum():
            raise KGError(E.Q022.format(what=f"the escape {match.group()} (for {chr(code)!r})",
                                        fix="write the character itself"))
    depth = deepest = 0
    for char in sparql:
        if char in _OPEN:
            depth += 1
            deepest = max(deepest, depth)
        elif char in _CLOSE:
            depth = max(0, depth - 1)
    if deepest > MAX_DEPTH or _NOTS.search(sparql):
        raise KGError(E.Q021.format(limit=MAX_DEPTH))


def _parse(sparql: str, *, prefixes: Mapping[str, str], base_iri: str | None) -> tuple[int, Any]:
    """The number of SERVICE clauses in rdflib's parse tree of ``sparql``, and its algebra, parsed on a thread with a deep stack
    (pyparsing recurses per level of nesting; the default stack allows about 30 levels)."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            tree = parseQuery(sparql)
            # counted before translating, which rewrites the tree in place
            in_tree = sum(1 for node in _walk(tree) if _name(node) == "ServiceGraphPattern")
            outcome["value"] = (in_tree, translateQuery(tree, base=base_iri, initNs=dict(prefixes)).algebra)
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    if sys.getrecursionlimit() < _PARSE_RECURSION:
        sys.setrecursionlimit(_PARSE_RECURSION)
    with _STACK_LOCK:
        previous = threading.stack_size(_PARSE_STACK)
        try:
            thread = threading.Thread(target=work, name="kg-sparql-check", daemon=True)
            thread.start()
        finally:
            threading.stack_size(previous)
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


_STACK_LOCK = threading.Lock()


def _is_update(sparql: str) -> bool:
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(sparql)
    except Exception:  # noqa: BLE001 - not an update either
        return False
    return True


def _is_local_graph(iri: str, *, graphs: Collection[str] | None) -> bool:
    # graphs unknown: neither engine fetches FROM (Oxigraph never, rdflib not with loading off)
    return graphs is None or iri in graphs


def _name(node: Any) -> str:
    return getattr(node, "name", "") if _is_comp(node) else ""


def _is_comp(node: Any) -> bool:
    from rdflib.plugins.sparql.parserutils import CompValue

    return isinstance(node, CompValue)


def _walk(node: Any) -> Iterator[Any]:
    """Every CompValue under ``node`` (parse trees and algebra nest them in dicts, lists and
    pyparsing results)."""
    from pyparsing import ParseResults

    stack = [node]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if _is_comp(item):
            yield item
            stack.extend(item.values())
        elif isinstance(item, ParseResults):  # a Mapping too, whose values() omit the unnamed items
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, Mapping):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)


__all__ = ["MAX_DEPTH", "MAX_QUERY_CHARS", "CheckedQuery", "check_query"]
