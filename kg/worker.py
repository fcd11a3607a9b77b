"""What runs on a Dask worker during a distributed build (client side: :mod:`kg.distributed`).

Imported by the workers themselves, never by a local build: it needs ``distributed``.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from distributed.diagnostics.plugin import WorkerPlugin

from .facts import Article, ArticleFacts

if TYPE_CHECKING:
    from distributed import Worker

#: spaCy pipelines are not documented as thread-safe; a worker started with several
#: threads parses one article at a time (the GIL would serialise most of it anyway)
_PARSE_LOCK = threading.Lock()


class ModelLoader(WorkerPlugin):
    """Load the spaCy model once per worker process, when it starts or joins the cluster.

    :func:`kg.parse.load_nlp` caches the pipeline for the life of the process, so every
    task on this worker reuses it; a worker restarted by its nanny loads it again.
    """

    def __init__(self, model: str) -> None:
        self.model = model

    def setup(self, worker: "Worker") -> None:
        from . import extract  # noqa: F401 - the extractors' tables and date parser, loaded once as well
        from .parse import load_nlp

        load_nlp(self.model)


def extract_batch(articles: list[Article], model: str) -> list[ArticleFacts | str]:
    """Parse (``nlp.pipe``) and extract articles: for each, its facts or the extractor's error as text.

    An error is returned, not raised, so that one bad article is reported like in a
    local build instead of being retried on every worker with the rest of its batch.
    """
    from .extract import extract_doc
    from .parse import load_nlp

    nlp = load_nlp(model)  # KGError (model not installed here) is raised: the build must stop
    with _PARSE_LOCK:
        docs = list(nlp.pipe(a.text for a in articles))
    out: list[ArticleFacts | str] = []
    for article, doc in zip(articles, docs):
        try:
            out.append(extract_doc(doc, article))
        except Exception as exc:  # noqa: BLE001 - any extractor failure is this article's problem
            out.append(f"{type(exc).__name__}: {exc}")
    return out
