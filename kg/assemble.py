"""From resolved facts to the built graph, its facts documents and its validation: fully,
or incrementally on the previous build in the output folder (:mod:`kg.incremental`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .build_exports import Changes
from .facts import ArticleFacts
from .graph import STORE_DIR, KnowledgeGraph
from .incremental import Manifest, fingerprint, only_graphs, plan, replace_graphs
from .mapping import ArticleMapper
from .resolve import Resolution
from .settings import Settings

if TYPE_CHECKING:
    from .validate import ValidationResult, Violation


@dataclass
class Assembled:
    """A built graph and what goes with it."""

    graph: KnowledgeGraph
    #: graph IRI -> its ``facts.json`` document
    documents: dict[str, dict[str, Any]]
    validation: "ValidationResult | None"
    manifest: Manifest
    #: the generation folder whose store the graph is (incremental builds), else None
    folder: Path | None
    #: the previous generation reused, else None
    previous: Path | None
    #: article graphs mapped by this build (all of them in a full build)
    remapped: int
    #: what an incremental build changed in the previous store, else None
    changes: Changes | None = None


def assemble(resolved: list[ArticleFacts], resolution: Resolution, *, settings: Settings, code: str,
             content_hash: Any, out: Path | None = None, validate: bool = True) -> Assembled:
    """Map ``resolved`` into a graph; with ``out`` holding a usable previous build, only
    the articles whose fingerprint changed are mapped, and the rest is reused."""
    mappers = {}
    for facts in resolved:
        m = ArticleMapper(facts, base_iri=settings.base_iri, content_hash=content_hash(facts.article.text),
                          resolution=resolution)
        mappers[str(m.graph_iri)] = m
    prints = {g: fingerprint(m.facts, resolution, base_iri=settings.base_iri, code=code) for g, m in mappers.items()}
    previous = _previous(out, settings, code) if out is not None else None
    if previous is None:
        return _full(mappers, prints, settings=settings, code=code, validate=validate)
    return _incremental(mappers, prints, previous, out, settings=settings, code=code,  # type: ignore[arg-type]
                        validate=validate)


def _full(mappers: dict[str, ArticleMapper], prints: dict[str, str], *, settings: Settings, code: str,
          validate: bool) -> Assembled:
    graph = KnowledgeGraph(settings=settings)
    for g, m in mappers.items():
        graph.add_graph(g, m.triples())
    graph.refresh()
    documents = _documents(graph, mappers, None)
    validation = graph.validate() if validate else None
    results = validation.results if validation is not None else ()
    manifest = Manifest(code=code, base_iri=settings.base_iri, validated=validation is not None,
                        merged_violations=[asdict(v) for v in results if v.raw_graph is None])
    for g in mappers:
        manifest.articles[g] = {"fingerprint": prints[g], "document": documents.get(g),
                                "violations": [asdict(v) for v in results if v.raw_graph == g]}
    return Assembled(graph, documents, validation, manifest, None, None, len(mappers))


def _incremental(mappers: dict[str, ArticleMapper], prints: dict[str, str], previous: tuple[Path, Manifest],
                 out: Path, *, settings: Settings, code: str, validate: bool) -> Assembled:
    import pyoxigraph as ox

    from .merge import update_merged_view
    from .outputs import Generation
    from .store import OxigraphStore

    old_folder, old = previous
    todo = plan(old, prints, {g: m.facts for g, m in mappers.items()})
    folder = Generation(out).begin()
    source = ox.Store.read_only(str(old_folder / STORE_DIR))
    source.backup(str(folder / STORE_DIR))  # a checkpoint: hard links to the previous store's files
    del source
    store = OxigraphStore.open(folder / STORE_DIR)
    claims = replace_graphs(store, [*todo.removed, *todo.changed],
                            {g: list(mappers[g].triples()) for g in todo.changed})
    update_merged_view(store, claims)
    subjects = {t.subject for t in claims}
    graph = KnowledgeGraph(store, settings=settings)
    documents = {g: old.articles[g]["document"] for g in todo.kept}
    documents.update(_documents(graph, mappers, list(todo.changed)))
    manifest = Manifest(code=code, base_iri=settings.base_iri, validated=validate)
    validation = None
    if validate and old.validated:
        from .validate import result_of, validate_changes

        articles, merged = validate_changes(graph, list(todo.changed), subjects)
        rechecked = {s.value for s in subjects if isinstance(s, ox.NamedNode)}
        kept_merged = [v for v in map(_violation, old.merged_violations) if v.raw_focus not in rechecked]
        article_violations = [_violation(v) for g in todo.kept for v in old.articles[g]["violations"]]
        validation = result_of([*article_violations, *articles, *kept_merged, *merged])
    elif validate:
        validation = graph.validate()
    results = validation.results if validation is not None else ()
    manifest.merged_violations = [asdict(v) for v in results if v.raw_graph is None]
    by_graph: dict[str, list[dict[str, Any]]] = {}
    for v in results:
        if v.raw_graph is not None:
            by_graph.setdefault(v.raw_graph, []).append(asdict(v))
    for g in mappers:
        manifest.articles[g] = {"fingerprint": prints[g], "document": documents.get(g),
                                "violations": by_graph.get(g, [])}
    changes = Changes(subjects=subjects, graphs={*todo.changed, *todo.removed})
    return Assembled(graph, documents, validation, manifest, folder, old_folder, len(todo.changed), changes)


def _documents(graph: KnowledgeGraph, mappers: dict[str, ArticleMapper],
               graphs: list[str] | None) -> dict[str, dict[str, Any]]:
    """The ``facts.json`` documents of ``graphs`` (None: all), by graph IRI."""
    from .facts_out import documents

    if graphs == []:
        return {}
    source = graph if graphs is None else only_graphs(graph, graphs)
    by_id = {d["id"]: d for d in documents(source)}  # type: ignore[arg-type]
    return {g: by_id[m.facts.article.id] for g, m in mappers.items() if m.facts.article.id in by_id}


def _violation(data: dict[str, Any]) -> "Violation":
    from .validate import Violation

    return Violation(**data)


def _previous(out: Path, settings: Settings, code: str) -> tuple[Path, Manifest] | None:
    """The previous build in ``out`` when it can be reused: same code, ontology and base IRI."""
    from .outputs import Generation

    folder = Generation(out).current() if out.is_dir() else None
    if folder is None or not (folder / STORE_DIR).is_dir():
        return None
    manifest = Manifest.load(folder)
    if manifest is None or manifest.code != code or manifest.base_iri != settings.base_iri:
        return None
    return folder, manifest


__all__ = ["Assembled", "assemble"]
