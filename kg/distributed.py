"""Parse and extract articles on a Dask cluster (https://distributed.dask.org/).

Extraction of one article is a pure function of its text, title and date (see
:mod:`kg.pipeline`), so it can run on any machine: the articles go to the workers in small
batches (one Dask task each, keyed by the articles' extraction-cache keys), and the facts
come back to the process that runs the build, in input order, for resolution, mapping and
storage there.

    >>> from kg.distributed import use_cluster
    >>> with use_cluster(workers=2):                       # a LocalCluster of 2 processes
    ...     result = kg.build(["articles/"])
    >>> with use_cluster(scheduler="tcp://10.0.0.5:8786"): # a running `dask scheduler`
    ...     result = kg.build(["articles/"])

Each worker loads the spaCy model once, when it joins (:class:`kg.worker.ModelLoader`, a
Dask worker plugin, so a worker that is restarted loads it again). A worker that dies
mid-build loses nothing: the scheduler hands its unfinished tasks to the other workers, and
results are placed by article index, so none is counted twice. A task whose workers keep dying (Dask's
``distributed.scheduler.allowed-failures``) or an extractor that fails becomes one
problem line naming the article, as in a local build.

Workers must run the same version of this package and model as the client: the cache key
is computed by the client from its own code.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from .errors import E, KGError
from .facts import Article, ArticleFacts

if TYPE_CHECKING:
    from distributed import Client

#: seconds to wait for a scheduler to answer before giving up
CONNECT_TIMEOUT = 20.0
PLUGIN_NAME = "kg-model-loader"
#: most articles in one task
MAX_BATCH = 16

_ACTIVE: ContextVar["ClusterExtractor | None"] = ContextVar("kg_cluster", default=None)


class ClusterExtractor:
    """Runs :func:`kg.worker.extract_batch` over the articles on the workers of ``client``."""

    def __init__(self, client: "Client", *, batch_size: int | None = None) -> None:
        self.client = client
        self.batch_size = batch_size

    def batches(self, count: int) -> list[range]:
        """Article index ranges, one task each: batches let spaCy parse several texts per
        call (``nlp.pipe``, 10-20% less CPU than one by one) and keep the per-task overhead
        small, while leaving about four tasks per worker so that the load stays even and a
        dead worker's share is small."""
        size = self.batch_size
        if size is None:
            workers = max(1, len(self.client.scheduler_info().get("workers", {})))
            size = max(1, min(MAX_BATCH, count // (4 * workers)))
        return [range(i, min(i + size, count)) for i in range(0, count, size)]

    def extract(
        self,
        articles: Sequence[Article],
        keys: Sequence[str],
        *,
        model: str,
        problems: list[str],
        progress: Callable[[int], None] = lambda n: None,
    ) -> list[ArticleFacts | None]:
        """The facts of each article, in input order; ``None`` (and a problem line) where it failed.

        ``keys`` are the articles' cache keys; a batch's task key is made from them, so the
        same batch is never run twice in one session.
        """
        from distributed import as_completed

        from .worker import extract_batch

        batches = self.batches(len(articles))
        futures = [self.client.submit(extract_batch, [articles[i] for i in batch], model, pure=True,
                                      key=f"kg-extract-{_batch_key(keys[i] for i in batch)}")
                   for batch in batches]
        where = {future.key: batch for future, batch in zip(futures, batches)}
        results: list[ArticleFacts | None] = [None] * len(articles)
        for future in as_completed(futures, loop=self.client.loop):
            batch = where[future.key]
            try:
                outcomes = future.result()
            except KGError:
                raise
            except Exception as exc:  # noqa: BLE001 - KilledWorker, a lost connection: these articles only
                detail = f"{type(exc).__name__}: {exc}".strip()
                problems.extend(E.D003.format(path=articles[i].source, detail=detail) for i in batch)
                outcomes = [None] * len(batch)
            for i, outcome in zip(batch, outcomes):
                if isinstance(outcome, str):
                    problems.append(E.X001.format(path=articles[i].source, detail=outcome))
                elif outcome is not None:
                    outcome.article = articles[i]  # same text, maybe another file name
                    results[i] = outcome
            progress(len(batch))
        return results


def _batch_key(keys: Iterable[str]) -> str:
    return hashlib.sha256("\x00".join(keys).encode()).hexdigest()


def active() -> ClusterExtractor | None:
    """The cluster builds should extract on (set by :func:`use_cluster`), or None: extract here."""
    return _ACTIVE.get()


def _connect(scheduler: str | None, workers: int | None) -> tuple["Client", Any]:
    from distributed import Client, LocalCluster

    if scheduler and workers:
        raise KGError(E.D004)
    if workers is not None and workers < 1:
        raise KGError(E.D002.format(value=workers))
    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False), None
        except (OSError, TimeoutError, ValueError) as exc:
            detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise KGError(E.D001.format(address=scheduler, detail=detail)) from exc
    cluster = LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address="127.0.0.1:0")  # no fixed port to clash on
    return Client(cluster, set_as_default=False), cluster


@contextmanager
def use_cluster(*, scheduler: str | None = None, workers: int | None = None,
                model: str | None = None) -> Iterator[ClusterExtractor]:
    """Within this block, builds parse and extract on a Dask cluster.

    ``scheduler`` is the address of a running ``dask scheduler`` (``tcp://host:8786``);
    ``workers`` starts a local cluster of that many worker processes instead. The model
    (default: :func:`kg.parse.model_name`) is loaded on every worker before any task.
    """
    from .parse import model_name
    from .worker import ModelLoader

    client, cluster = _connect(scheduler, workers)
    try:
        client.register_plugin(ModelLoader(model or model_name()), name=PLUGIN_NAME)
        token = _ACTIVE.set(ClusterExtractor(client))
        try:
            yield _ACTIVE.get()  # type: ignore[misc]
        finally:
            _ACTIVE.reset(token)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


@contextmanager
def cluster_from_options(scheduler: str | None, workers: int | None) -> Iterator[ClusterExtractor | None]:
    """:func:`use_cluster` when either option is given, else nothing (the CLI's flags)."""
    if not scheduler and workers is None:
        yield None
        return
    with use_cluster(scheduler=scheduler, workers=workers) as extractor:
        yield extractor
