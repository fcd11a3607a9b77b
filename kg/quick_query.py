"""`kg query` on a build folder without importing rdflib: what makes it as quick as pyoxigraph.

Importing rdflib costs about four times what starting Python and opening an Oxigraph
store do, and a selective query on a store of millions of triples takes less than
either. So when nothing needs rdflib, ``kg query`` runs the query on the folder's store
with pyoxigraph alone and writes pyoxigraph's own serialisation of the results: a query
with results in CSV, TSV or XML (``--format`` given, or CSV when the output is not a
terminal), no ``--param``, ``--timeout`` or ``--max-rows``, and no text that could name a
``SERVICE`` or a ``FROM`` (which :func:`kg.query.check_services` must check). Every other
case, and every error, goes the full way (:func:`kg.query.main_query`), which gives the
same answer and the coded messages. ``tests/test_query.py`` checks that both ways print
the same bytes for every query of the library.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from .errors import E, KGError
from .iris import PREFIXES
from .settings import Settings, instance_prefixes, local_store

#: names accepted by ``--format`` (see :meth:`kg.query.QueryResult.serialize`)
FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "ntriples")
#: a query whose text has none of these names no SERVICE and no FROM, even through
#: codepoint escapes, so it needs no check before it runs (:func:`kg.query.run_query`)
MAY_REACH_OUT = re.compile(r"service|from|\\[uU]", re.IGNORECASE)
_QUERY_START = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX|BASE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|"
                          r"MOVE|COPY|WITH)\b", re.IGNORECASE)


def query_prefixes(base_iri: str | None = None) -> dict[str, str]:
    """Prefixes every query may use without declaring: the ontology's, one per kind of
    instance (``person:``, ``agreement:`` ...) and ``id:`` for the base IRI itself."""
    base = base_iri or Settings().base_iri
    return {**PREFIXES, **instance_prefixes(base), "id": base}


def load_query(query: str | Path) -> str:
    """The text of ``query``: a path to a ``.rq`` file, or SPARQL itself."""
    text = str(query)
    path = Path(text)
    looks_like_path = "\n" not in text and len(text) < 4096 and not _QUERY_START.search(text)
    if looks_like_path or text.endswith((".rq", ".sparql")):
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise KGError(E.Q006.format(path=text)) from exc
    return text


def add_query_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``kg query`` (the CLI adds --graph, --base-iri and --store)."""
    parser.add_argument("query", metavar="QUERY", help="a .rq file or the SPARQL text itself")
    parser.add_argument("--format", choices=FORMATS,
                        help="table (default on a terminal), csv (default when piped), tsv, json, xml; "
                             "turtle/ntriples for CONSTRUCT and DESCRIBE (their default: turtle)")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                        help="bind ?NAME to VALUE: <iri> or prefix:name is an IRI, 42 an integer, "
                             "2019-07-26 a date, \"text\" a string (repeatable)")
    parser.add_argument("-o", "--output", help="write the results to this file (default: standard output)")
    parser.add_argument("--timeout", type=float, help="give up after this many seconds")
    parser.add_argument("--max-rows", type=int, help="print at most this many rows")
    parser.add_argument("--allow-service", action="append", default=[], metavar="IRI",
                        help="allow SERVICE calls to this endpoint (repeatable; none by default)")


def quick_query(args: argparse.Namespace, settings: Settings) -> int | None:
    """Run ``kg query`` with pyoxigraph alone when nothing needs more (see the module's
    docstring) and return its exit code; None when it must go the full way."""
    import pyoxigraph as ox

    fmt = args.format or (None if args.output is None and sys.stdout.isatty() else "csv")
    formats = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
               "xml": ox.QueryResultsFormat.XML}  # not JSON: kg.query writes it with other spacing
    if fmt not in formats or args.param or args.timeout or args.max_rows is not None:
        return None
    folder = local_store(args.graph if args.graph is not None else settings.location, settings)
    sparql = load_query(args.query)
    if folder is None or not sparql.strip() or MAY_REACH_OUT.search(sparql):
        return None
    try:
        store = ox.Store.read_only(str(folder))
        result: Any = store.query(sparql, prefixes=query_prefixes(settings.base_iri), base_iri=settings.base_iri,
                                  use_default_graph_as_union=False)
        if not isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
            return None
        data = result.serialize(format=formats[fmt])
    except (OSError, SyntaxError, ValueError):
        return None  # the full way says what is wrong, with its code
    if not data.endswith(b"\n"):
        data += b"\n"
    if args.output:
        from .atomic import write_text

        write_text(args.output, data.decode("utf-8"))
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


__all__ = ["FORMATS", "MAY_REACH_OUT", "PREFIXES", "add_query_arguments", "load_query", "query_prefixes",
           "quick_query"]
