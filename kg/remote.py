"""A SPARQL server as the store: the Oxigraph server for a team, queried and loaded over HTTP.

Three things, one per use:

* :func:`serve_command` / :func:`start_server`: the ``oxigraph`` server from PyPI (the same
  Oxigraph version as the pinned ``pyoxigraph``, so it reads the store a build writes)
  serving a build's store read-only::

      kg serve-oxigraph --graph out            # oxigraph serve-read-only --location out/store --bind 127.0.0.1:7879

* :class:`RemoteStore`: a store (the five operations of :class:`kg.store.Store`: ``open``,
  ``query``, ``load``, ``dump``, ``close``) that speaks HTTP to a running server, so that
  ``kg query --graph sparql+http://127.0.0.1:7879 ...`` asks the team's server instead of a
  local folder. Queries use the SPARQL 1.1 Protocol (https://www.w3.org/TR/sparql11-protocol/);
  loading and dumping use the Graph Store Protocol
  (https://www.w3.org/TR/sparql11-http-rdf-update/) at Oxigraph's ``/store``.
* :func:`load_build`: ``kg load --graph out --server sparql+http://HOST:PORT`` sends a build's
  whole dataset (per-article named graphs and the merged default graph) to a writable server
  (``oxigraph serve --location DIR``) in one bulk request.

Server addresses: ``sparql+http://HOST:PORT`` (or ``sparql+https://``) is an Oxigraph
server, with its query, update and store services at ``/query``, ``/update`` and ``/store``;
a plain ``http(s)://`` URL is any SPARQL endpoint's query URL (queries only).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import httpx

from .errors import E, KGError

if TYPE_CHECKING:
    import pyoxigraph as ox
    from rdflib.term import Node

SERVER_SCHEMES = ("sparql+http://", "sparql+https://")
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7879  # next to `kg serve`'s 7878
#: the folder of a `kg build` output that holds its Oxigraph store
STORE_DIR = "store"
#: the file of a build folder a store is made from when the folder has none
DATASET_FILE = "articles.trig"
FALLBACK_STORE_DIR = ".oxigraph-store"
TIMEOUT = 60.0
_CHUNK = 1 << 20


def is_server_url(text: str | Path) -> bool:
    """True for a SPARQL server address (``sparql+http://...`` or ``http(s)://...``)."""
    return isinstance(text, str) and text.startswith((*SERVER_SCHEMES, "http://", "https://"))


@dataclass(frozen=True)
class Endpoints:
    """Where a server answers: queries always; updates and the graph store on Oxigraph only."""

    query: str
    update: str | None = None
    store: str | None = None

    @classmethod
    def of(cls, url: str) -> "Endpoints":
        if url.startswith(SERVER_SCHEMES):
            base = url.removeprefix("sparql+").rstrip("/")
            return cls(query=f"{base}/query", update=f"{base}/update", store=f"{base}/store")
        if url.startswith(("http://", "https://")):
            return cls(query=url)
        raise KGError(E.D007.format(url=url))


def _detail(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class RemoteStore:
    """A store on a SPARQL server: :class:`kg.store.Store`'s operations over HTTP.

    Results come back as pyoxigraph's own types (parsed from the server's SPARQL JSON or
    N-Triples answer), the same as the embedded store returns.
    """

    def __init__(self, url: str, *, read_only: bool = False, timeout: float = TIMEOUT) -> None:
        self.url = url
        self.endpoints = Endpoints.of(url)
        self.read_only = read_only or self.endpoints.store is None
        self._http = httpx.Client(timeout=timeout, follow_redirects=True)

    @classmethod
    def open(cls, url: str, *, read_only: bool = False) -> "RemoteStore":
        """A store on the server at ``url``."""
        return cls(url, read_only=read_only)

    # -- the store operations ------------------------------------------------------------

    def query(self, sparql: str, *, prefixes: Mapping[str, str] | None = None, base_iri: str | None = None,
              substitutions: "Mapping[str, Node] | None" = None, default_graph_uris: Sequence[str] | None = None,
              named_graph_uris: Sequence[str] | None = None) -> Any:
        """Evaluate a query on the server: ``QuerySolutions``/``QueryBoolean``, or triples for CONSTRUCT.

        The protocol has no prefixes or bindings, so prefixes become ``PREFIX`` lines and
        ``substitutions`` a ``VALUES`` block after the query (which, unlike Oxigraph's
        substitution, filters the solutions rather than the pattern: the same answer for
        the variables a query selects).
        """
        import pyoxigraph as ox

        text = _with_prologue(sparql, prefixes or {}, base_iri, substitutions or {})
        data: dict[str, Any] = {"query": text, "default-graph-uri": list(default_graph_uris or ()),
                                "named-graph-uri": list(named_graph_uris or ())}
        response = self._request("POST", self.endpoints.query, data=data, headers={
            "Accept": "application/sparql-results+json, application/n-triples;q=0.9"})
        media = response.headers.get("content-type", "").split(";")[0].strip()
        if media == "application/n-triples":
            return [ox.Triple(q.subject, q.predicate, q.object)
                    for q in ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)]
        return ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)

    def load(self, data: bytes | IO[bytes] | Path, format: "ox.RdfFormat", *, graph: str | None = None) -> None:
        """Add RDF to the server's store in one request (a quad format fills every graph)."""
        store = self._store_endpoint()
        params = {} if format.supports_datasets else ({"graph": graph} if graph else {"default": ""})
        content: Any = _chunks(data) if isinstance(data, Path) else data
        self._request("POST", store, params=params, content=content, headers={"Content-Type": format.media_type})

    def dump(self, output: IO[bytes], format: "ox.RdfFormat", *, graph: Any = ...,
             prefixes: Mapping[str, str] | None = None) -> None:
        """Write the server's dataset (quad formats) or one graph in ``format`` to ``output``."""
        store = self._store_endpoint(writing=False)
        params = {} if graph is ... else ({"graph": graph} if graph else {"default": ""})
        try:
            with self._http.stream("GET", store, params=params, headers={"Accept": format.media_type}) as response:
                self._check(response, read=True)
                for chunk in response.iter_bytes(_CHUNK):
                    output.write(chunk)
        except httpx.TransportError as exc:
            raise KGError(E.D005.format(url=self.url, detail=_detail(exc))) from exc

    def named_graphs(self) -> list[str]:
        """The IRIs of the server's named graphs that hold at least one triple, sorted."""
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(solution["g"].value for solution in rows)

    def clear(self) -> None:
        """Empty the server's store (every graph)."""
        self._request("PUT", self._store_endpoint(), content=b"",
                      headers={"Content-Type": "application/n-quads"})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- HTTP ------------------------------------------------------------------------------

    def _store_endpoint(self, *, writing: bool = True) -> str:
        if self.endpoints.store is None or (writing and self.read_only):
            raise KGError(E.D006.format(url=self.url, status="-", detail="no writable graph store here "
                                        "(use sparql+http://HOST:PORT of an `oxigraph serve`)"))
        return self.endpoints.store

    def _request(self, method: str, url: str, **kwargs: Any) -> "httpx.Response":
        try:
            response = self._http.request(method, url, **kwargs)
        except httpx.TransportError as exc:
            raise KGError(E.D005.format(url=self.url, detail=_detail(exc))) from exc
        self._check(response)
        return response

    def _check(self, response: "httpx.Response", *, read: bool = False) -> None:
        if response.status_code < 400:
            return
        if read:
            response.read()
        detail = " ".join(response.text.split())[:300] or response.reason_phrase
        if response.status_code == 400 and response.request.url.path.endswith("query"):
            raise KGError(E.Q001.format(detail=detail))
        raise KGError(E.D006.format(url=self.url, status=response.status_code, detail=detail))


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            yield chunk


def _with_prologue(sparql: str, prefixes: Mapping[str, str], base_iri: str | None,
                   substitutions: "Mapping[str, Node]") -> str:
    from rdflib.term import Node

    head = [f"BASE <{base_iri}>"] if base_iri else []
    head += [f"PREFIX {p}: <{ns}>" for p, ns in prefixes.items()]
    tail = ""
    if substitutions:
        names = " ".join(f"?{name}" for name in substitutions)
        values = " ".join(v.n3() if isinstance(v, Node) else str(v) for v in substitutions.values())
        tail = f"\nVALUES ({names}) {{ ({values}) }}"
    return "\n".join([*head, sparql]) + tail


# -- the Oxigraph server -----------------------------------------------------------------------


def oxigraph_program() -> str:
    """The ``oxigraph`` server program of this environment (PyPI's ``oxigraph`` package)."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise KGError(E.D009)
    return found


def store_location(path: str | Path) -> Path:
    """The Oxigraph store of a `kg build` folder (its ``store/``), or a store folder itself.

    A build folder without a store (written before builds kept one) gets one made from its
    ``articles.trig`` in ``.oxigraph-store/``: the per-article named graphs, and their union
    as the default graph; it is made again whenever ``articles.trig`` is newer.
    """
    import pyoxigraph as ox

    path = Path(path)
    if _looks_like_store(path):
        return path
    if _looks_like_store(path / STORE_DIR):
        return path / STORE_DIR
    trig = path / DATASET_FILE
    if not trig.is_file():
        raise KGError(E.D008.format(path=path))
    made = path / FALLBACK_STORE_DIR
    if _looks_like_store(made) and made.stat().st_mtime >= trig.stat().st_mtime:
        return made
    shutil.rmtree(made, ignore_errors=True)
    store = ox.Store(str(made))
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    store.flush()
    del store
    made.touch()
    return made


def _looks_like_store(path: Path) -> bool:
    return path.is_dir() and any(path.glob("CURRENT"))


def serve_command(location: str | Path, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                  timeout: float | None = None) -> list[str]:
    """The command line that serves the store at ``location`` read-only."""
    command = [oxigraph_program(), "serve-read-only", "--location", str(location), "--bind", f"{host}:{port}"]
    if timeout:
        command += ["--timeout-s", f"{max(1, round(timeout))}"]
    return command


def start_server(command: Sequence[str], *, host: str, port: int, wait: float = 30.0) -> subprocess.Popen:
    """Start an oxigraph server process and return once it answers a query (or raise D010)."""
    proc = subprocess.Popen(list(command), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://{host}:{port}/query"
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            detail = (proc.stderr.read().decode(errors="replace").strip().splitlines() or ["exited"])[-1]
            raise KGError(E.D010.format(address=f"{host}:{port}", seconds=wait, detail=detail))
        try:
            if httpx.get(url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    proc.kill()
    proc.wait(timeout=10)
    raise KGError(E.D010.format(address=f"{host}:{port}", seconds=wait, detail="no answer"))


def load_build(path: str | Path, url: str, *, replace: bool = False) -> int:
    """Send a `kg build` folder's whole dataset to the server at ``url``; the quads sent.

    ``replace`` empties the server's store first, so it holds this build only.
    """
    import io

    import pyoxigraph as ox

    location = store_location(path)
    source = ox.Store.read_only(str(location))
    buffer = io.BytesIO()
    source.dump(buffer, ox.RdfFormat.N_QUADS)
    count = len(source)
    del source
    with RemoteStore.open(url) as store:
        if replace:
            store.clear()
        store.load(buffer.getvalue(), ox.RdfFormat.N_QUADS)
    return count


# -- command line ------------------------------------------------------------------------------


def main_serve_oxigraph(args: argparse.Namespace) -> int:
    """``kg serve-oxigraph``: become the Oxigraph server on a build's store (until stopped).

    The process is replaced by the server (``exec``), so signals and the exit code are
    the server's own and no Python process stays in between.
    """
    command = serve_command(store_location(args.graph), host=args.host, port=args.port, timeout=args.timeout)
    print(f"serving {args.graph} read-only at http://{args.host}:{args.port}/ "
          f"(query with: kg query --graph sparql+http://{args.host}:{args.port} ...)", file=sys.stderr, flush=True)
    sys.stdout.flush()
    os.execv(command[0], command)
    return 1  # not reached


def main_load(args: argparse.Namespace) -> int:
    """``kg load``: bulk-load a build into a running, writable Oxigraph server."""
    count = load_build(args.graph, args.server, replace=args.replace)
    print(f"loaded {count} quads from {args.graph} into {args.server}", file=sys.stderr)
    return 0


def open_graph(url: str, settings: Any) -> Any:
    """The graph on the SPARQL server at ``url``, read-only (an opener of :data:`kg.graph.LOCATIONS`)."""
    from .graph import KnowledgeGraph

    return KnowledgeGraph(RemoteStore.open(url, read_only=True), settings=settings)
