"""What a query may make the engine do, decided on the parsed query, never on its text.

A SPARQL engine given ``SERVICE <http://host/>`` opens an HTTP connection to that host
(server-side request forgery), and rdflib's engine given ``FROM <http://host/g>`` fetches
that document. :func:`check_query` parses the query with rdflib's SPARQL parser, walks the
whole parse tree (subqueries, OPTIONAL, MINUS, UNION, GRAPH, EXISTS and NOT EXISTS
included), resolves names with the query's prologue, and refuses:

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

import functools
import re
import sys
import threading
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import rdflib.plugins.sparql

from .errors import E, KGError

rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False

#: longest query the endpoint accepts, in characters
MAX_QUERY_CHARS = 100_000
#: deepest nesting of brackets, and longest run of "!", accepted
MAX_DEPTH = 64
#: rdflib's parser recurses about 30 Python frames per level of nesting (and per few triple
#: patterns): short, shallow queries are parsed in the caller's thread, others on a thread
#: with a deep stack and a higher recursion limit
_INLINE_DEPTH = 10
_INLINE_CHARS = 500
_PARSE_RECURSION = 30_000
_PARSE_STACK = 512 * 1024 * 1024

_LONE_CR = re.compile(r"\r(?!\n)")
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_NOTS = re.compile(r"(?:!\s*){%d,}" % (MAX_DEPTH + 1))
_OPEN, _CLOSE = frozenset("{(["), frozenset("})]")


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
    max_chars: int | None = None,
) -> CheckedQuery:
    """Check ``sparql`` before it runs; raise :class:`KGError` with a catalogued message if refused.

    ``graphs`` are the names of the store's graphs, which ``FROM``/``FROM NAMED`` may name;
    None means unknown, and then any name is accepted: neither engine fetches it (rdflib's
    loading is switched off by this module), a name not in the store is an empty graph.
    ``max_chars`` bounds the query's length (the endpoint uses :data:`MAX_QUERY_CHARS`;
    ``kg query`` none: parsing a long query takes seconds, which a local user may spend).
    """
    if not sparql.strip():
        raise KGError(E.Q028)
    if max_chars is not None and len(sparql) > max_chars:
        raise KGError(E.Q020.format(size=f"{len(sparql):,}", limit=f"{max_chars:,}"))
    depth = _check_lexical(sparql)
    prefix_items = tuple(sorted(prefixes.items()))
    try:
        try:
            form, services, default, named = _parsed(sparql, prefix_items, base_iri,
                                                     depth > _INLINE_DEPTH or len(sparql) > _INLINE_CHARS)
        except RecursionError:  # a long query in a shallow stack: once more on the deep one
            form, services, default, named = _parsed(sparql, prefix_items, base_iri, True)
    except RecursionError:
        raise KGError(E.Q021.format(limit=MAX_DEPTH)) from None
    except (TypeError, AttributeError, NameError):
        raise  # a bug here, not a query rdflib cannot read: never let it pass unchecked
    except Exception as exc:  # noqa: BLE001 - pyparsing and rdflib raise many types
        if _is_update(sparql):
            raise KGError(E.Q002.format(detail="SPARQL Update")) from None
        detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        if "service" in sparql.lower():
            raise KGError(E.Q024.format(detail=detail)) from None
        return CheckedQuery(sparql, unparsed=detail)

    allowed = frozenset(allowed_services)
    for term in services:
        if isinstance(term, rdflib.Variable):
            raise KGError(E.Q032.format(var=f"?{term}"))
        if str(term) not in allowed:
            raise KGError(E.Q003.format(iri=str(term)))
    for iri in (*default, *named):
        if not _is_local_graph(iri, graphs=graphs):
            raise KGError(E.Q023.format(iri=iri))
    return CheckedQuery(sparql, form=form, services=tuple(map(str, services)), from_graphs=tuple(default),
                        from_named=tuple(named))


def _check_lexical(sparql: str) -> int:
    """Refuse text that Oxigraph and rdflib could tokenise differently, or nest too deep;
    return the depth of nesting."""
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
    return deepest


@functools.lru_cache(maxsize=64)
def _parsed(sparql: str, prefix_items: tuple[tuple[str, str], ...], base_iri: str | None,
            own_thread: bool) -> tuple[str, tuple[Any, ...], tuple[str, ...], tuple[str, ...]]:
    """:func:`_parse`, remembered: a query checked by the endpoint is checked again by
    ``run_query`` in the worker, and parsing a long query takes seconds."""
    form, services, default, named = _parse(sparql, prefixes=dict(prefix_items), base_iri=base_iri,
                                            own_thread=own_thread)
    return form, tuple(services), tuple(default), tuple(named)


def _parse(sparql: str, *, prefixes: Mapping[str, str], base_iri: str | None,
           own_thread: bool) -> tuple[str, list[Any], list[str], list[str]]:
    """rdflib's parse of ``sparql``: its form, the endpoint of every SERVICE clause (an IRI
    or a Variable), and its FROM and FROM NAMED graphs, prefixed names and relative IRIs
    resolved against the query's prologue.

    The parse tree holds every clause, subqueries, EXISTS and MINUS included; rdflib's
    translation to algebra would add nothing to check and takes time quadratic in the
    number of triple patterns (12 s for 1,000). pyparsing recurses about 30 frames per
    level of nesting, so a deep or long query is parsed on a thread of its own with a deep
    stack; a short, shallow one (most) in the caller's thread, where objects of other
    libraries that must be freed on their own thread (pyoxigraph's results) are not
    collected by a stranger."""
    from rdflib.plugins.sparql.algebra import translatePrologue
    from rdflib.plugins.sparql.parser import parseQuery

    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            tree = parseQuery(sparql)
            prologue = translatePrologue(tree[0], base_iri, dict(prefixes))
            query = tree[1]
            services = [prologue.absolutize(node["term"]) for node in _walk(tree)
                        if _name(node) == "ServiceGraphPattern"]
            default = [str(prologue.absolutize(c["default"])) for c in query.get("datasetClause") or ()
                       if "default" in c]
            named = [str(prologue.absolutize(c["named"])) for c in query.get("datasetClause") or () if "named" in c]
            outcome["value"] = (query.name, services, default, named)
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    if own_thread:
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
    else:
        work()
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
    """Every CompValue under ``node`` (parse trees nest them in dicts, lists and pyparsing results)."""
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
