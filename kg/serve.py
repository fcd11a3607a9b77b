"""A read-only SPARQL 1.1 Protocol endpoint over a built graph, with a query page.

``/sparql`` answers GET (``?query=``) and POST (form ``query=`` or an
``application/sparql-query`` body) as https://www.w3.org/TR/sparql11-protocol/ says:
one ``query`` per request, ``default-graph-uri`` / ``named-graph-uri`` honoured (they
replace the query's ``FROM``), the result format negotiated (Accept header or a ``format``
parameter; graph results in Turtle, N-Triples, N-Quads, TriG, JSON-LD and RDF/XML), CORS
headers, and a SPARQL Service Description when asked with no query. ``/`` is the query
page: YASGUI, vendored under ``kg/static/yasgui`` so that it loads nothing from other hosts.

Safe by default (the protocol leaves these to the server):

* read-only: queries run with ``pyoxigraph.Store.query``, which cannot update; updates
  (``update=``, ``application/sparql-update``, or update text as a query) get 403;
* every query is checked on its parse (:mod:`kg.sparql_guard`) before it runs: ``SERVICE``
  gets 403 unless its endpoint is in ``allowed_services``, ``FROM`` must name a graph of
  the store; the worker processes also run in a network namespace of their own when no
  service is allowed (where Linux permits), so no query can reach the network;
* each query runs in a worker *process* holding its own copy of the graph; past
  ``timeout`` seconds the process is killed, a fresh one started, and the client gets 503;
  with every worker busy a request waits ``queue_wait`` seconds at most, then gets 503 and
  ``Retry-After`` (light queries are not stuck behind a heavy one for its whole timeout);
* bounded: request bodies (413), query length and nesting (400), rows (``X-KG-Truncated``)
  and result bytes (413 with a clear message, checked in the worker before anything is sent);
* parsing, checking and serialising run off the event loop;
* every response carries ``X-Content-Type-Options: nosniff``, a Content-Security-Policy
  with ``frame-ancestors 'none'`` and ``Referrer-Policy: no-referrer``;
* a malformed query gets 400 with the parser's message.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import queue
import threading
from collections.abc import AsyncIterator, Collection, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.requests import Request  # at module level: FastAPI resolves the handlers' annotations here

from .errors import E, KGError
from .query import GRAPH, MEDIA_TYPES, QueryResult, check_services, query_prefixes
from .sparql_guard import MAX_QUERY_CHARS

if TYPE_CHECKING:
    from fastapi import FastAPI

    from .graph import KnowledgeGraph

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_WORKERS = 2
STATIC = Path(__file__).parent / "static"
QUERY_LIBRARY = Path(__file__).resolve().parent.parent / "queries"
#: what the page may load: only this server (no CDN, no fonts, no trackers); YASGUI and
#: CodeMirror set element styles, hence 'unsafe-inline' for styles (never for scripts)
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
            "img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
#: on every other response: nothing may be loaded or framed
API_CSP = "default-src 'none'; frame-ancestors 'none'"
SECURITY_HEADERS = {"x-content-type-options": "nosniff", "referrer-policy": "no-referrer", "x-frame-options": "DENY"}

#: result formats by kind of result, the first one is the default
SOLUTION_FORMATS = ("json", "xml", "csv", "tsv")
GRAPH_FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml")
MEDIA = {**MEDIA_TYPES, "nquads": "application/n-quads", "trig": "application/trig", "jsonld": "application/ld+json",
         "rdfxml": "application/rdf+xml"}
#: other names clients use (in Accept or ``format=``), by kind of result: "xml" is SPARQL
#: results XML for a SELECT and RDF/XML for a CONSTRUCT, as SPARQLWrapper expects
SOLUTION_ALIASES = {"application/json": "json", "application/xml": "xml", "text/xml": "xml", "srj": "json",
                    "srx": "xml", "sparql-results+json": "json", "sparql-results+xml": "xml"}
GRAPH_ALIASES = {"application/x-turtle": "turtle", "application/turtle": "turtle", "text/n3": "turtle",
                 "text/rdf+n3": "turtle", "n3": "turtle", "ttl": "turtle", "text/plain": "ntriples",
                 "nt": "ntriples", "n-triples": "ntriples", "text/x-nquads": "nquads", "nq": "nquads",
                 "n-quads": "nquads", "application/x-trig": "trig", "json-ld": "jsonld", "json": "jsonld",
                 "application/json": "jsonld", "xml": "rdfxml", "rdf+xml": "rdfxml", "rdf": "rdfxml",
                 "application/xml": "rdfxml", "text/xml": "rdfxml"}

#: error code -> HTTP status
STATUS = {"Q001": 400, "Q002": 403, "Q003": 403, "Q004": 503, "Q010": 400, "Q011": 406, "Q020": 400, "Q021": 400,
          "Q022": 400, "Q023": 403, "Q024": 403, "Q025": 413, "Q026": 413, "Q027": 400, "Q028": 400, "Q029": 503,
          "Q030": 415, "Q031": 400, "Q032": 403}


@dataclass(frozen=True)
class Limits:
    """What one request may cost the server."""

    #: request body (a form or a query) in bytes
    max_body_bytes: int = 1_000_000
    #: query text in characters
    max_query_chars: int = MAX_QUERY_CHARS
    #: the result's terms, in bytes of text, before serialising (and the body after)
    max_result_bytes: int = 32_000_000
    #: seconds a request waits for a free worker before 503 + Retry-After
    queue_wait: float = 1.0


# -- worker processes --------------------------------------------------------------------------

#: ("path", store folder) or ("nquads", the dataset's N-Quads)
StoreSource = tuple[str, Any]


@dataclass(frozen=True)
class Job:
    sparql: str
    max_rows: int | None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_result_bytes: int | None = None


def _isolate_network() -> bool:
    """Move this process into a network namespace of its own (no interface but a loopback
    that is down): whatever a query says, it can reach no host. Linux only; False when the
    kernel or the user's rights do not allow it."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return False
    clone_newnet, clone_newuser = 0x40000000, 0x10000000
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.unshare(clone_newnet) == 0 or libc.unshare(clone_newuser | clone_newnet) == 0
    except (OSError, AttributeError):
        return False


def _result_bytes(result: QueryResult, limit: int) -> int:
    """The size of the result's terms as text, counted until it passes ``limit``."""
    total = 0
    for row in result.rows:
        for term in row:
            total += len(term) if term is not None else 0
            total += len(getattr(term, "datatype", None) or "") + len(getattr(term, "language", None) or "")
        if total > limit:
            break
    return total


def _worker_main(conn: Any, source: "StoreSource", base_iri: str | None, allowed_services: tuple[str, ...]) -> None:
    """A worker process: open the build's store read-only (or load the graph once), then
    answer jobs until told to stop."""
    import pyoxigraph as ox

    from .query import execute_oxigraph

    kind, value = source
    if kind == "path":
        store = ox.Store.read_only(value)
    else:
        store = ox.Store()
        store.bulk_load(value, format=ox.RdfFormat.N_QUADS)
    prefixes = query_prefixes(base_iri)
    store_graphs = frozenset(g.value for g in store.named_graphs())
    isolated = not allowed_services and _isolate_network()
    conn.send(("ready", isolated))
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            # FROM may name only graphs of this store (run_query's own check cannot know them)
            check_services(job.sparql, prefixes=prefixes, allowed=allowed_services, base_iri=base_iri, graphs=store_graphs)
            result = execute_oxigraph(store, job.sparql, prefixes=prefixes, base_iri=base_iri, max_rows=job.max_rows,
                                      default_graphs=job.default_graphs, named_graphs=job.named_graphs)
            if job.max_result_bytes is not None and _result_bytes(result, job.max_result_bytes) > job.max_result_bytes:
                conn.send(("error", E.Q026.format(limit=f"{job.max_result_bytes:,}")))
            else:
                conn.send(("ok", result))
        except KGError as exc:
            conn.send(("error", str(exc)))
        except Exception as exc:  # a bug must not kill the worker silently
            conn.send(("error", E.Q010.format(detail=f"{type(exc).__name__}: {exc}")))


class _Worker:
    def __init__(self, context: Any, source: "StoreSource", base_iri: str | None, allowed: tuple[str, ...]) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, source, base_iri, allowed),
                                       name="kg-sparql-worker", daemon=True)
        self.process.start()
        child.close()
        hello = self.conn.recv() if self.conn.poll(120) else None
        if not (isinstance(hello, tuple) and hello[0] == "ready"):
            self.kill()
            raise RuntimeError("the SPARQL worker did not start")
        #: True when the worker has no network at all
        self.isolated = bool(hello[1])

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(2)
        if self.process.is_alive():
            self.kill()


class Busy(KGError):
    """Every worker is busy; ``retry_after`` seconds is when one is sure to be free."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class QueryWorkers:
    """Processes that each hold a copy of the graph and run one query at a time.

    A Python thread running pyoxigraph cannot be interrupted, so a query that times out
    is stopped by killing its process; a new one (reloading the graph) takes its place.
    A request waits at most ``queue_wait`` seconds for a free worker, then gets
    :class:`Busy` (503 + Retry-After), so a heavy query delays others by that much at most.
    """

    def __init__(self, source: "StoreSource", *, base_iri: str | None, size: int = DEFAULT_WORKERS,
                 allowed_services: Collection[str] = ()) -> None:
        self._context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self._args = (source, base_iri, tuple(allowed_services))
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self.isolated = True
        for _ in range(max(1, size)):
            worker = _Worker(self._context, *self._args)
            self.isolated &= worker.isolated
            self._idle.put(worker)

    def run(self, job: Job, *, timeout: float, queue_wait: float | None = None) -> QueryResult:
        """Run ``job``; raises KGError (E.Q004) when it runs longer than ``timeout`` seconds,
        :class:`Busy` when no worker is free within ``queue_wait`` seconds (default: ``timeout``)."""
        wait = timeout if queue_wait is None else min(queue_wait, timeout)
        try:
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            raise Busy(E.Q029.format(count="all workers", seconds=math.ceil(timeout)),
                       retry_after=math.ceil(timeout)) from None
        try:
            worker.conn.send(job)
            finished = worker.conn.poll(timeout)
            outcome = worker.conn.recv() if finished else None
        except (EOFError, OSError) as exc:
            self._replace(worker)
            raise KGError(E.Q010.format(detail="the query worker stopped")) from exc
        if outcome is None:
            self._replace(worker)
            raise KGError(E.Q004.format(seconds=f"{timeout:g}"))
        self._idle.put(worker)
        if outcome[0] == "error":
            raise _RemoteError(outcome[1])
        return outcome[1]

    def _replace(self, worker: _Worker) -> None:
        worker.kill()

        def restart() -> None:
            if not self._closed:
                self._idle.put(_Worker(self._context, *self._args))

        threading.Thread(target=restart, name="kg-sparql-restart", daemon=True).start()

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                return


class _RemoteError(KGError):
    """A KGError raised in a worker, carrying its catalogued message."""


def _code(message: str) -> str:
    return message[1:5] if message.startswith("[Q") else ""


# -- content negotiation -----------------------------------------------------------------------


def _accepted(accept: str) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    for part in accept.split(","):
        media, *options = (p.strip() for p in part.split(";"))
        q = 1.0
        for option in options:
            if option.startswith("q="):
                try:
                    q = float(option[2:])
                except ValueError:
                    q = 0.0
        if media:
            out.append((media.lower(), q))
    return out


def choose_format(kind: str, *, format_param: str | None, accept: str | None) -> str | None:
    """The result format to answer with, or None when the client accepts none we offer."""
    offered, aliases = (GRAPH_FORMATS, GRAPH_ALIASES) if kind == GRAPH else (SOLUTION_FORMATS, SOLUTION_ALIASES)
    if format_param:  # a name this kind of result has wins; another (Turtle for a SELECT) defers to Accept
        name = format_param.strip().lower()
        name = aliases.get(name, name)
        name = next((f for f in offered if MEDIA[f] == name), name)
        if name in offered:
            return name
    if not accept:
        return offered[0]
    accepted = _accepted(accept)
    best: tuple[tuple[float, int, int], str] | None = None
    for rank, fmt in enumerate(offered):
        media = MEDIA[fmt]
        names = {media} | {alias for alias, f in aliases.items() if f == fmt and "/" in alias}
        for pattern, q in accepted:
            exact = pattern in names
            if q <= 0 or not (exact or pattern == "*/*" or (pattern.endswith("/*") and media.startswith(pattern[:-1]))):
                continue
            score = (q, int(exact and pattern == media), -rank)  # weight, our own type over an alias or wildcard, order
            if best is None or score > best[0]:
                best = (score, fmt)
    return best[1] if best else None


def serialize_result(result: QueryResult, fmt: str) -> bytes:
    """``result`` in ``fmt``; graph results are written by pyoxigraph in any RDF format."""
    if result.kind != GRAPH:
        return result.serialize(fmt).encode("utf-8")
    import pyoxigraph as ox

    from .store import to_ox

    rdf = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
           "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}[fmt]
    triples = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in result.triples]
    if fmt in ("nquads", "trig"):
        items: list[Any] = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
    else:
        items = triples
    used = {k: v for k, v in result.prefixes.items() if k} if fmt in ("turtle", "trig", "rdfxml") else None
    return ox.serialize(items, format=rdf, prefixes=used)


# -- service description -----------------------------------------------------------------------


def service_description(endpoint: str, *, graphs: Sequence[str], triples: int, federated: bool,
                        graph_triples: dict[str, int] | None = None) -> Any:
    """The endpoint described in the SPARQL 1.1 Service Description vocabulary
    (https://www.w3.org/TR/sparql11-service-description/), as an rdflib Graph. ``triples``
    and ``graph_triples`` are what ``COUNT(*)`` answers on the default and each named graph."""
    from rdflib import BNode, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF, VOID

    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    formats = Namespace("http://www.w3.org/ns/formats/")
    g = Graph()
    g.bind("sd", sd)
    g.bind("formats", formats)
    g.bind("void", VOID)
    service, dataset, default = URIRef(endpoint), BNode(), BNode()
    g.add((service, RDF.type, sd.Service))
    g.add((service, sd.endpoint, URIRef(endpoint)))
    g.add((service, sd.supportedLanguage, sd.SPARQL11Query))
    if federated:
        g.add((service, sd.feature, sd.BasicFederatedQuery))
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "N-Triples", "N-Quads", "TriG", "JSON-LD", "RDF_XML"):
        g.add((service, sd.resultFormat, formats[name]))
    g.add((service, sd.defaultDataset, dataset))
    g.add((dataset, RDF.type, sd.Dataset))
    g.add((dataset, sd.defaultGraph, default))
    g.add((default, RDF.type, sd.Graph))
    g.add((default, VOID.triples, Literal(triples)))
    for name in graphs:
        node, described = BNode(), BNode()
        g.add((dataset, sd.namedGraph, node))
        g.add((node, RDF.type, sd.NamedGraph))
        g.add((node, sd.name, URIRef(name)))
        if graph_triples is not None:
            g.add((node, sd.graph, described))
            g.add((described, RDF.type, sd.Graph))
            g.add((described, VOID.triples, Literal(graph_triples.get(name, 0))))
    return g


# -- the application ---------------------------------------------------------------------------


def _source(graph: "KnowledgeGraph") -> "StoreSource":
    """How a worker gets the graph: the path of the on-disk store it opens read-only, or
    (a graph in memory) its N-Quads."""
    import io

    import pyoxigraph as ox

    path = getattr(graph.store, "path", None)
    if path is not None and getattr(graph.store, "read_only", False):
        return ("path", str(path))
    graph.refresh()
    buffer = io.BytesIO()
    graph.store.dump(buffer, ox.RdfFormat.N_QUADS)
    return ("nquads", buffer.getvalue())


def _library() -> list[dict[str, str]]:
    """The queries of ``queries/`` for the page's examples: name, first comment line, text."""
    out = []
    for path in sorted(QUERY_LIBRARY.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = next((line[1:].strip() for line in text.splitlines() if line.startswith("#")), path.stem)
        out.append({"name": path.stem, "title": first, "query": text})
    return out


class SecurityHeaders:
    """ASGI middleware: the security headers on every response, errors and static files included."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        from starlette.datastructures import MutableHeaders

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
                if "content-security-policy" not in headers:
                    headers["content-security-policy"] = API_CSP
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _TooLarge(Exception):
    pass


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused past ``limit`` bytes without reading the rest."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _TooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(
    graph: "KnowledgeGraph",
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int | None = DEFAULT_MAX_ROWS,
    allowed_services: Collection[str] = (),
    workers: int = DEFAULT_WORKERS,
    limits: Limits = Limits(),
) -> "FastAPI":
    """The endpoint as an ASGI app (run it with uvicorn, or :func:`serve`)."""
    from fastapi import FastAPI
    from starlette.concurrency import run_in_threadpool
    from starlette.middleware.cors import CORSMiddleware
    from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
    from starlette.staticfiles import StaticFiles

    base = graph.settings.base_iri
    prefixes = query_prefixes(base)
    allowed = frozenset(allowed_services)
    pool = QueryWorkers(_source(graph), base_iri=base, size=workers, allowed_services=allowed)
    named = [str(g) for g in graph.named_graphs()]
    # the description's figures are what COUNT(*) answers, asked of the workers themselves
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    triples = int(pool.run(Job(count, None), timeout=120).rows[0][0])  # type: ignore[arg-type]
    per_graph = pool.run(Job("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", None),
                         timeout=120)
    graph_triples = {str(g): int(n) for g, n in per_graph.rows}  # type: ignore[arg-type]

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    # no /docs, /redoc or /openapi.json: the protocol is the W3C's, described at GET /sparql
    app = FastAPI(title="Accord KG SPARQL endpoint", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None)
    app.state.workers = pool
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                       allow_headers=["Accept", "Content-Type"],
                       expose_headers=["X-KG-Truncated", "X-KG-Max-Rows", "Retry-After"])
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    def problem(message: str, status: int | None = None, headers: dict[str, str] | None = None) -> Response:
        return PlainTextResponse(message + "\n", status_code=status or STATUS.get(_code(message), 400),
                                 headers=headers)

    @app.get("/", include_in_schema=False)
    async def page() -> Response:
        return FileResponse(STATIC / "index.html", headers={"Content-Security-Policy": PAGE_CSP})

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/prefixes.json", include_in_schema=False)
    async def prefix_map() -> Response:
        return JSONResponse({k: v for k, v in prefixes.items() if k != "id"})

    @app.get("/queries.json", include_in_schema=False)
    async def library() -> Response:
        return JSONResponse(_library())

    def run(job: Job) -> QueryResult:
        """Run on a worker thread, never on the event loop; the query is checked in the
        worker process, where parsing a long query counts against its timeout."""
        _check_length(job.sparql, limits)
        return pool.run(job, timeout=timeout, queue_wait=limits.queue_wait)

    async def answer(request: Request, options: dict[str, list[str]]) -> Response:
        queries, updates = options.get("query", []), options.get("update", [])
        if updates and queries:
            return problem(E.Q031)
        if updates:
            return problem(E.Q002.format(detail="SPARQL Update"))
        if not queries:
            if request.method == "POST":
                return problem(E.Q001.format(detail="no query (send query=... or an application/sparql-query body)"))
            return describe(request)
        if len(queries) > 1:
            return problem(E.Q027.format(count=len(queries), name="query"))
        job = Job(queries[0], max_rows, tuple(options.get("default-graph-uri", ())),
                  tuple(options.get("named-graph-uri", ())), limits.max_result_bytes)
        try:
            result = await run_in_threadpool(run, job)
        except Busy as exc:
            return problem(str(exc), headers={"Retry-After": str(exc.retry_after)})
        except KGError as exc:
            return problem(str(exc))
        # SPARQLWrapper sends format=, output= and results=, some of them empty
        names = [v for key in ("format", "output", "results") for v in options.get(key, []) if v.strip()]
        fmt = choose_format(result.kind, format_param=names[0] if names else None,
                            accept=request.headers.get("accept"))
        if fmt is None:
            offered = GRAPH_FORMATS if result.kind == GRAPH else SOLUTION_FORMATS
            return problem(E.Q011.format(accept=request.headers.get("accept", ""),
                                         choices=", ".join(MEDIA[f] for f in offered)))
        body = await run_in_threadpool(serialize_result, result, fmt)
        if len(body) > limits.max_result_bytes:
            return problem(E.Q026.format(limit=f"{limits.max_result_bytes:,}"))
        headers = {"Vary": "Accept"}
        if result.truncated:
            headers.update({"X-KG-Truncated": "true", "X-KG-Max-Rows": str(max_rows)})
        return Response(body, media_type=MEDIA[fmt], headers=headers)

    def describe(request: Request) -> Response:
        endpoint = str(request.url.replace(query="", fragment=""))
        sd = service_description(endpoint, graphs=named, triples=triples, federated=bool(allowed),
                                 graph_triples=graph_triples)
        fmt = choose_format(GRAPH, format_param=request.query_params.get("format"),
                            accept=request.headers.get("accept")) or "turtle"
        body = sd.serialize(format={"ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld",
                                    "rdfxml": "xml"}.get(fmt, "turtle"))
        return Response(body, media_type=MEDIA[fmt])

    @app.get("/sparql")
    async def sparql_get(request: Request) -> Response:
        return await answer(request, _multi(request.query_params))

    @app.post("/sparql")
    async def sparql_post(request: Request) -> Response:
        media, _, parameters = request.headers.get("content-type", "").partition(";")
        media = media.strip().lower()
        charset = next((p.split("=", 1)[1].strip().strip('"').lower() for p in parameters.split(";")
                        if p.strip().lower().startswith("charset=")), "utf-8")
        if media not in ("application/x-www-form-urlencoded", "application/sparql-query"):
            if media == "application/sparql-update":
                return problem(E.Q002.format(detail="SPARQL Update"))
            return problem(E.Q030.format(content_type=media or "none"))
        if charset not in ("utf-8", "utf8"):
            return problem(E.Q030.format(content_type=f"{media}; charset={charset}"))
        try:
            raw = await _read_body(request, limits.max_body_bytes)
        except _TooLarge:
            return problem(E.Q025.format(limit=f"{limits.max_body_bytes:,}"))
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return problem(E.Q001.format(detail="the body is not UTF-8"))
        options = _multi(request.query_params)
        if media == "application/x-www-form-urlencoded":
            form = await run_in_threadpool(_form_fields, text)
            for key, values in form.items():
                options.setdefault(key, []).extend(values)
        else:
            options.setdefault("query", []).append(text)
        return await answer(request, options)

    return app


def _check_length(sparql: str, limits: Limits) -> None:
    if len(sparql) > limits.max_query_chars:
        raise KGError(E.Q020.format(size=f"{len(sparql):,}", limit=f"{limits.max_query_chars:,}"))


def _form_fields(body: str) -> dict[str, list[str]]:
    from urllib.parse import parse_qs

    return parse_qs(body, keep_blank_values=True)


def _multi(params: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in params.multi_items():
        if isinstance(value, str):
            out.setdefault(key, []).append(value)
    return out


def serve(
    graph: "KnowledgeGraph",
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int | None = DEFAULT_MAX_ROWS,
    allowed_services: Collection[str] = (),
    workers: int = DEFAULT_WORKERS,
    log_level: str = "info",
) -> None:
    """Serve ``graph`` until interrupted."""
    import uvicorn

    app = create_app(graph, timeout=timeout, max_rows=max_rows, allowed_services=allowed_services, workers=workers)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


# -- command line ------------------------------------------------------------------------------


def add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``kg serve`` (the CLI adds --graph, --base-iri and --store)."""
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"interface to listen on (default {DEFAULT_HOST})")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        help=f"stop a query after this many seconds (default {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--max-rows", type=int, default=DEFAULT_MAX_ROWS,
                        help=f"send at most this many rows (default {DEFAULT_MAX_ROWS})")
    parser.add_argument("--allow-service", action="append", default=[], metavar="IRI",
                        help="allow SERVICE calls to this endpoint (repeatable; none by default)")
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS,
                        help=f"queries run at the same time, each in its own process (default {DEFAULT_WORKERS})")


def main_serve(args: argparse.Namespace, graph: "KnowledgeGraph | None" = None) -> int:
    """``kg serve``: load args.graph and serve it; returns the exit code."""
    if graph is None:
        from .graph import KnowledgeGraph
        from .settings import Settings

        overrides = {k: v for k, v in {"base_iri": getattr(args, "base_iri", None),
                                        "store": getattr(args, "store", None)}.items() if v}
        graph = KnowledgeGraph.load(args.graph, settings=Settings(**overrides))
    print(f"kg serve: SPARQL endpoint at http://{args.host}:{args.port}/sparql , query page at "
          f"http://{args.host}:{args.port}/", flush=True)
    serve(graph, host=args.host, port=args.port, timeout=args.timeout, max_rows=args.max_rows,
          allowed_services=args.allow_service, workers=getattr(args, "workers", DEFAULT_WORKERS))
    return 0


__all__ = ["Limits", "QueryWorkers", "add_serve_arguments", "choose_format", "create_app", "main_serve", "serve",
           "serialize_result", "service_description"]
