"""Accord KG: news reporting on international migration agreements -> an RDF knowledge graph.

The Python API in three calls:

    >>> import kg
    >>> g = kg.build(["seeds/"])                 # extract, resolve, map: a KnowledgeGraph
    >>> g.query("SELECT ?name WHERE { ?p a acc:Official ; rdfs:label ?name }").rows
    >>> kg.load("out/").export("graph.nt", format="ntriples")
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import KGError, KGWarning
from .settings import Settings

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

__version__ = "0.1.0"
__all__ = ["KGError", "KGWarning", "KnowledgeGraph", "Settings", "build", "load"]


def __getattr__(name: str) -> Any:
    """``kg.KnowledgeGraph``, imported when first used: `kg query` may not need it (nor rdflib)."""
    if name == "KnowledgeGraph":
        from .graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def load(path: str | Path, *, settings: Settings | None = None) -> KnowledgeGraph:
    """Load a built graph: a `kg build` output folder or an RDF file."""
    from .graph import KnowledgeGraph

    return KnowledgeGraph.load(path, settings=settings)


def build(paths: Iterable[str | Path], *, settings: Settings | None = None, **options: Any) -> KnowledgeGraph:
    """Build the graph of the articles at ``paths`` (see :func:`kg.pipeline.build`).

    Each input that was skipped (missing, empty, binary ...) or changed (a repeated text,
    a clashing id) is a :class:`KGWarning` with the line the CLI would print, so that a
    notebook sees it; ``warnings.simplefilter("error", kg.KGWarning)`` makes it fatal.
    The whole build report is ``graph.report`` (``graph.report.ok``, ``.problems``).
    """
    import warnings

    from .pipeline import build as _build

    result = _build(paths, settings=settings, **options)
    for line in result.report.notes + result.report.problems:
        warnings.warn(line, KGWarning, stacklevel=2)
    result.graph.report = result.report
    return result.graph
