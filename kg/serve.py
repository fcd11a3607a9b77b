"""A read-only SPARQL 1.1 Protocol endpoint over a built graph, with a query page.

``/sparql`` answers GET (``?query=``) and POST (form ``query=`` or an
``application/sparql-query`` body), negotiates the result format (Accept header or a
``format`` parameter), sends CORS headers, and describes itself with the SPARQL Service
Description vocabulary when asked with no query. ``/`` is a small query page
(``kg/static``) that loads nothing from other hosts.

Safe by default (https://www.w3.org/TR/sparql11-protocol/ leaves these to the server):

* read-only: queries run with ``pyoxigraph.Store.query``, which cannot update; update
  requests (``update=``, ``application/sparql-update``, or update text as a query) get 403;
* ``SERVICE`` gets 403 unless its endpoint is in ``allowed_services``;
* each query runs in a worker *process* holding its own copy of the graph; when it runs
  past ``timeout`` seconds the process is killed (so the runaway query really stops), a
  fresh worker is started, and the client gets 503;
* at most ``max_rows`` rows (or triples) are sent; a cut result says so in the headers
  ``X-KG-Truncated: true`` and ``X-KG-Max-Rows``;
* a malformed query gets 400 with the parser's message.
"""

from __future__ import annotations

import argparse
import json
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
from .query import ASK, GRAPH, MEDIA_TYPES, QueryResult, check_services, execute_oxigraph, query_prefixes

if TYPE_CHECKING:
    from fastapi import FastAPI
    from starlette.responses import Response

    from .graph import KnowledgeGraph

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000
STATIC = Path(__file__).parent / "static"
QUERY_LIBRARY = Path(__file__).resolve().parent.parent / "queries"
#: what the page may load: only this server (no CDN, no fonts, no trackers)
PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:"

#: result formats by kind of result, the first one is the default
SOLUTION_FORMATS = ("json", "xml", "csv", "tsv")
GRAPH_FORMATS = ("turtle", "ntriples")
#: other names clients use for the same formats
ALIASES = {"application/json": "json", "application/xml": "xml", "text/xml": "xml", "application/x-turtle": "turtle",
           "application/turtle": "turtle", "text/plain": "ntriples", "srj": "json", "srx": "xml", "ttl": "turtle",
           "nt": "ntriples", "n-triples": "ntriples"}

#: error code -> HTTP status
STATUS = {"Q001": 400, "Q002": 403, "Q003": 403, "Q004": 503, "Q010": 400, "Q011": 406, "Q023": 403, "Q024": 403, "Q032": 403}


# -- worker processes --------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    sparql: str
    max_rows: int | None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


def _worker_main(conn: Any, nquads: bytes, prefixes: dict[str, str], base_iri: str | None) -> None:
    """A worker process: load the graph once, then answer jobs until told to stop."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            result = execute_oxigraph(store, job.sparql, prefixes=prefixes, base_iri=base_iri, max_rows=job.max_rows,
                                      default_graphs=job.default_graphs, named_graphs=job.named_graphs)
            conn.send(("ok", result))
        except KGError as exc:
            conn.send(("error", str(exc)))
        except Exception as exc:  # a bug must not kill the worker silently
            conn.send(("error", E.Q010.format(detail=f"{type(exc).__name__}: {exc}")))


class _Worker:
    def __init__(self, context: Any, nquads: bytes, prefixes: dict[str, str], base_iri: str | None) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, nquads, prefixes, base_iri),
                                       name="kg-sparql-worker", daemon=True)
        self.process.start()
        child.close()
        if not self.conn.poll(120) or self.conn.recv() != "ready":
            self.kill()
            raise RuntimeError("the SPARQL worker did not start")

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


class QueryWorkers:
    """Processes that each hold a copy of the graph and run one query at a time.

    A Python thread running pyoxigraph cannot be interrupted, so a query that times out
    is stopped by killing its process; a new one (reloading the graph) takes its place.
    """

    def __init__(self, nquads: bytes, *, prefixes: dict[str, str], base_iri: str | None, size: int = 1) -> None:
        self._context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self._args = (nquads, prefixes, base_iri)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        for _ in range(size):
            self._idle.put(_Worker(self._context, *self._args))

    def run(self, job: Job, *, timeout: float) -> QueryResult:
        """Run ``job``; raises KGError (E.Q004) when it takes longer than ``timeout`` seconds
        (waiting for a free worker included)."""
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise KGError(E.Q004.format(seconds=f"{timeout:g}")) from None
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
    offered = GRAPH_FORMATS if kind == GRAPH else SOLUTION_FORMATS
    if format_param:
        name = format_param.strip().lower()
        name = ALIASES.get(name, name)
        name = next((f for f in offered if MEDIA_TYPES[f] == name), name)
        return name if name in offered else None
    if not accept:
        return offered[0]
    accepted = _accepted(accept)
    best: tuple[tuple[float, int, int], str] | None = None
    for rank, fmt in enumerate(offered):
        media = MEDIA_TYPES[fmt]
        names = {media} | {alias for alias, f in ALIASES.items() if f == fmt and "/" in alias}
        for pattern, q in accepted:
            exact = pattern in names
            if q <= 0 or not (exact or pattern == "*/*" or (pattern.endswith("/*") and media.startswith(pattern[:-1]))):
                continue
            score = (q, int(exact), -rank)  # the weight, then an exact type over a wildcard, then our order
            if best is None or score > best[0]:
                best = (score, fmt)
    return best[1] if best else None


# -- service description -----------------------------------------------------------------------


def service_description(endpoint: str, *, graphs: Sequence[str], triples: int, federated: bool) -> Any:
    """The endpoint described in the SPARQL 1.1 Service Description vocabulary
    (https://www.w3.org/TR/sparql11-service-description/), as an rdflib Graph."""
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
    g.add((service, sd.feature, sd.UnionDefaultGraph))
    if federated:
        g.add((service, sd.feature, sd.BasicFederatedQuery))
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "N-Triples"):
        g.add((service, sd.resultFormat, formats[name]))
    g.add((service, sd.defaultDataset, dataset))
    g.add((dataset, RDF.type, sd.Dataset))
    g.add((dataset, sd.defaultGraph, default))
    g.add((default, RDF.type, sd.Graph))
    g.add((default, VOID.triples, Literal(triples)))
    for name in graphs:
        node = BNode()
        g.add((dataset, sd.namedGraph, node))
        g.add((node, RDF.type, sd.NamedGraph))
        g.add((node, sd.name, URIRef(name)))
    return g


# -- the application ---------------------------------------------------------------------------


def _dump(graph: "KnowledgeGraph") -> bytes:
    from .store import is_oxigraph

    dataset = graph.dataset
    if is_oxigraph(dataset):
        import pyoxigraph as ox

        return dataset.store._inner.dump(format=ox.RdfFormat.N_QUADS)
    text = dataset.serialize(format="nquads")
    return text.encode("utf-8") if isinstance(text, str) else text


def _library() -> list[dict[str, str]]:
    """The queries of ``queries/`` for the page's examples: name, first comment line, text."""
    out = []
    for path in sorted(QUERY_LIBRARY.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = next((line[1:].strip() for line in text.splitlines() if line.startswith("#")), path.stem)
        out.append({"name": path.stem, "title": first, "query": text})
    return out


def create_app(
    graph: "KnowledgeGraph",
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int | None = DEFAULT_MAX_ROWS,
    allowed_services: Collection[str] = (),
    workers: int = 1,
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
    pool = QueryWorkers(_dump(graph), prefixes=prefixes, base_iri=base, size=workers)
    named = [str(g) for g in graph.named_graphs()]
    triples = graph.triple_count()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(title="Accord KG SPARQL endpoint", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.workers = pool
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                       allow_headers=["Accept", "Content-Type"], expose_headers=["X-KG-Truncated", "X-KG-Max-Rows"])
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    def problem(message: str, status: int | None = None) -> Response:
        return PlainTextResponse(message + "\n", status_code=status or STATUS.get(_code(message), 400))

    @app.get("/", include_in_schema=False)
    async def page() -> Response:
        return FileResponse(STATIC / "index.html", headers={"Content-Security-Policy": PAGE_CSP})

    @app.get("/prefixes.json", include_in_schema=False)
    async def prefix_map() -> Response:
        return JSONResponse({k: v for k, v in prefixes.items() if k != "id"})

    @app.get("/queries.json", include_in_schema=False)
    async def library() -> Response:
        return JSONResponse(_library())

    async def answer(request: Request, query: str | None, update: str | None, options: dict[str, list[str]]) -> Response:
        if update is not None:
            return problem(E.Q002.format(detail="SPARQL Update"))
        if query is None:
            if request.method == "POST":
                return problem(E.Q001.format(detail="no query (send query=... or an application/sparql-query body)"))
            return describe(request)
        try:
            check_services(query, prefixes=prefixes, allowed=allowed, base_iri=base)
        except KGError as exc:
            return problem(str(exc))
        job = Job(query, max_rows, tuple(options.get("default-graph-uri", ())), tuple(options.get("named-graph-uri", ())))
        try:
            result = await run_in_threadpool(pool.run, job, timeout=timeout)
        except KGError as exc:
            return problem(str(exc))
        fmt = choose_format(result.kind, format_param=(options.get("format") or [None])[-1],
                            accept=request.headers.get("accept"))
        if fmt is None:
            offered = GRAPH_FORMATS if result.kind == GRAPH else SOLUTION_FORMATS
            return problem(E.Q011.format(accept=request.headers.get("accept", ""),
                                         choices=", ".join(MEDIA_TYPES[f] for f in offered)))
        body = await run_in_threadpool(result.serialize, fmt)
        headers = {}
        if result.truncated:
            headers = {"X-KG-Truncated": "true", "X-KG-Max-Rows": str(max_rows)}
        return Response(body, media_type=MEDIA_TYPES[fmt], headers=headers)

    def describe(request: Request) -> Response:
        endpoint = str(request.url.replace(query="", fragment=""))
        sd = service_description(endpoint, graphs=named, triples=triples, federated=bool(allowed))
        fmt = choose_format(GRAPH, format_param=request.query_params.get("format"),
                            accept=request.headers.get("accept")) or "turtle"
        body = sd.serialize(format="nt" if fmt == "ntriples" else "turtle")
        return Response(body, media_type=MEDIA_TYPES[fmt])

    @app.get("/sparql")
    async def sparql_get(request: Request) -> Response:
        params = request.query_params
        return await answer(request, params.get("query"), params.get("update"), _multi(params))

    @app.post("/sparql")
    async def sparql_post(request: Request) -> Response:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        options = _multi(request.query_params)
        if content_type == "application/x-www-form-urlencoded":
            # parsed here rather than with request.form(), which needs python-multipart
            form = _form_fields((await request.body()).decode("utf-8", "replace"))
            options.update(form)
            return await answer(request, (form.get("query") or [None])[-1], (form.get("update") or [None])[-1],
                                options)
        if content_type == "application/sparql-query":
            return await answer(request, (await request.body()).decode("utf-8", "replace"), None, options)
        if content_type == "application/sparql-update":
            return problem(E.Q002.format(detail="SPARQL Update"))
        return problem(E.Q001.format(detail=f"unsupported Content-Type '{content_type}'; send "
                                            "application/x-www-form-urlencoded or application/sparql-query"), 415)

    return app


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
    workers: int = 1,
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
    parser.add_argument("--workers", type=int, default=1, help="queries run at the same time (default 1)")


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
          allowed_services=args.allow_service, workers=getattr(args, "workers", 1))
    return 0


__all__ = ["QueryWorkers", "add_serve_arguments", "choose_format", "create_app", "main_serve", "serve",
           "service_description"]
