"""The build: articles in, one merged RDF graph with provenance out.

    read -> parse + extract (per article, cached by content hash) -> resolve (corpus)
         -> map to RDF (per article named graph) -> store -> write outputs

Extraction of one article is a pure function of its text, so it is cached under the
hash of (text, title, date, extractor code) and could run on any worker; resolution and
mapping need the whole corpus and run after it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import write_text
from .errors import E
from .extract_cache import FACTS_KINDS, ExtractionCache
from .facts import Article, ArticleFacts
from .graph import STORE_DIR, KnowledgeGraph
from .mapping import ArticleMapper
from .resolve import resolve
from .settings import Settings

if TYPE_CHECKING:
    from .validate import ValidationResult


@dataclass
class BuildReport:
    """What a build did, for the summary line and for callers."""

    articles: int = 0
    problems: list[str] = field(default_factory=list)
    #: what the user should know but lost nothing: duplicates read once, ids made unique
    notes: list[str] = field(default_factory=list)
    facts: Counter[str] = field(default_factory=Counter)
    triples: int = 0
    files: list[Path] = field(default_factory=list)
    cached: int = 0
    #: article graphs mapped by this build (the others were reused from the previous build)
    remapped: int = 0
    seconds: float = 0.0
    validation: "ValidationResult | None" = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def format(self) -> str:
        facts = ", ".join(f"{self.facts[k]} {k}" for k in FACTS_KINDS)
        lines = [
            f"articles read: {self.articles} ({self.cached} from cache, {self.remapped} mapped), "
            f"problems: {len(self.problems)}",
            f"facts: {facts}",
            f"triples: {self.triples} in {self.seconds:.1f} s",
        ]
        if self.validation is not None:
            lines.append("SHACL: conforms" if self.validation.conforms
                         else f"SHACL: does NOT conform, {self.validation.violations} violation(s)")
        lines += [f"wrote {p}" for p in self.files]
        return "\n".join(lines)


@dataclass
class BuildResult:
    graph: KnowledgeGraph
    documents: list[dict[str, Any]]
    report: BuildReport
    #: what the next build into the same folder reuses (:mod:`kg.incremental`)
    manifest: Any = None
    #: the generation folder an incremental build's store is in, else None
    folder: Path | None = None
    #: the previous generation an incremental build reused, else None
    previous: Path | None = None
    #: what an incremental build changed (:class:`kg.build_exports.Changes`), else None
    changes: Any = None


# -- extraction with a content-hash cache ----------------------------------------------------


@cache
def _code_fingerprint() -> str:
    """A hash of the package's code and data: a changed rule invalidates the cache."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".json", ".jsonl", ".tsv"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _cache_key(article: Article, model: str) -> str:
    parts = [_code_fingerprint(), model, article.text, article.title or "", article.date or ""]
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def extract_corpus(
    articles: Sequence[Article],
    *,
    settings: Settings,
    problems: list[str],
    progress: Callable[[int], None] = lambda n: None,
    jobs: int = 1,
    notes: list[str] | None = None,
) -> tuple[list[ArticleFacts], int]:
    """Extract every article (from cache where possible); failures become problems.

    ``jobs`` > 1 parses in that many processes (spaCy's ``n_process``); extraction itself
    stays in this process, so one article's failure is still caught and reported here.
    Parsing and extraction are each bounded per article (:func:`kg.parse.parse_texts`,
    :func:`kg.parse.time_limit`): one that runs over its budget is a problem and is
    skipped. A cache that cannot be written is a note (a problem when no ``notes`` list
    is given), and every article is still extracted.
    Inside :func:`kg.distributed.use_cluster`, parse and extract run on Dask workers instead.
    """
    from .parse import model_name

    cache_ = ExtractionCache(settings.cache_dir)
    keys = [_cache_key(a, model_name()) for a in articles]
    results: list[ArticleFacts | None] = [cache_.get(k, a) for k, a in zip(keys, articles)]
    hits = sum(r is not None for r in results)
    progress(hits)
    todo = [i for i, r in enumerate(results) if r is None]
    from .distributed import active as active_cluster

    if todo and (cluster := active_cluster()) is not None:  # kg.distributed.use_cluster: Dask workers
        extracted = cluster.extract([articles[i] for i in todo], [keys[i] for i in todo], model=model_name(),
                                    problems=problems, progress=progress)
        for i, facts in zip(todo, extracted):
            results[i] = facts
            if facts is not None:
                cache_.put(keys[i], facts)
        todo = []
    if todo:
        from .extract import extract_doc
        from .parse import OverBudget, parse_seconds, parse_texts, time_limit

        budget = parse_seconds()
        for n, doc in parse_texts([articles[i].text for i in todo], jobs=jobs, seconds=budget):
            i = todo[n]
            if doc is None:
                problems.append(E.X003.format(path=articles[i].source, seconds=f"{budget:g}", step="parsing"))
                progress(1)
                continue
            try:
                with time_limit(budget):
                    results[i] = extract_doc(doc, articles[i])
            except OverBudget:
                problems.append(E.X003.format(path=articles[i].source, seconds=f"{budget:g}", step="extraction"))
            except Exception as exc:  # one bad article must not stop the batch
                problems.append(E.X001.format(path=articles[i].source, detail=f"{type(exc).__name__}: {exc}"))
            else:
                cache_.put(keys[i], results[i])  # type: ignore[arg-type]
            progress(1)
    if cache_.write_error is not None:
        (problems if notes is None else notes).append(
            E.X004.format(path=settings.cache_dir, detail=cache_.write_error))
    return [r for r in results if r is not None], hits


# -- the whole build --------------------------------------------------------------------------


def read_corpus(paths: Iterable[str | Path], *, max_bytes: int | None, problems: list[str]) -> list[Article]:
    from .read import ReadProblem, read_articles

    options = {"max_bytes": max_bytes} if max_bytes else {}
    articles: list[Article] = []
    for item in read_articles(paths, **options):
        if isinstance(item, ReadProblem):
            problems.append(item.message)
        else:
            articles.append(item)
    return articles


def unique_articles(articles: Iterable[Article], notes: list[str]) -> list[Article]:
    """One article per text and per id: a repeated text is read once, a clashing id gets a suffix.

    An article's IRIs (its named graph above all) are named after its text's hash
    (:func:`kg.mapping.article_name`), so two articles sharing a name would pour their
    triples into one graph: the names are checked here, before any IRI is made. Ids are
    what ``facts.json`` and the messages show ("2019/001.txt" and "2020/001.txt" are both
    "001"), so they are made unique too.
    """
    from .mapping import article_name

    ids: dict[str, Article] = {}
    names: dict[str, Article] = {}
    out: list[Article] = []
    for article in articles:
        name = article_name(content_hash(article.text))
        if name in names:
            notes.append(E.R012.format(path=article.source, other=names[name].source))
            continue
        if article.id in ids:
            new, n = f"{article.id}-{name[:8]}", 1
            while new in ids:
                new, n = f"{article.id}-{name[:8]}-{n}", n + 1
            notes.append(E.R013.format(path=article.source, id=article.id, other=ids[article.id].source, new=new))
            article = replace(article, id=new)
        ids[article.id] = names[name] = article
        out.append(article)
    return out


def graph_from_facts(corpus: list[ArticleFacts], *, settings: Settings) -> KnowledgeGraph:
    """Resolve names across the corpus, map every article into its named graph (in a store
    in memory) and make the merged view (:mod:`kg.merge`)."""
    resolved, resolution = resolve(corpus)
    graph = KnowledgeGraph(settings=settings)
    for facts in resolved:
        mapper = ArticleMapper(facts, base_iri=settings.base_iri, content_hash=content_hash(facts.article.text),
                               resolution=resolution)
        graph.add_graph(mapper.graph_iri, mapper.triples())
    graph.refresh()
    return graph


def assemble_corpus(corpus: list[ArticleFacts], *, settings: Settings, previous: Path | None,
                    validate: bool) -> Any:
    """Resolve names across the corpus, then map, merge, document and validate it: fully,
    or reusing the build in ``previous`` (an output folder) where it still holds
    (:mod:`kg.incremental`)."""
    from .assemble import assemble
    from .incremental import ontology_hash

    resolved, resolution = resolve(corpus)
    return assemble(resolved, resolution, settings=settings, code=_code_fingerprint() + ontology_hash(),
                    content_hash=content_hash, out=previous, validate=validate)


def _progress_bar(total: int, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="article", desc="extracting", disable=not enabled, file=sys.stderr, leave=False)


def build(
    paths: Iterable[str | Path],
    *,
    settings: Settings | None = None,
    max_bytes: int | None = None,
    validate: bool = True,
    progress: bool = False,
    jobs: int = 1,
    previous: str | Path | None = None,
) -> BuildResult:
    """Read, extract, resolve and map ``paths`` into one graph (nothing is written).

    Unreadable or failing articles do not stop the build: they are listed in
    ``result.report.problems`` (``result.report.ok`` is False), as the CLI prints them.
    ``previous``, the output folder the result will be written to (:func:`write_outputs`),
    makes the build incremental on the build already there.
    """
    problems: list[str] = []
    articles = read_corpus(paths, max_bytes=max_bytes, problems=problems)
    result = build_articles(articles, settings=settings, validate=validate, progress=progress, jobs=jobs,
                            previous=previous)
    result.report.problems[:0] = problems
    return result


def build_articles(
    articles: Sequence[Article],
    *,
    settings: Settings | None = None,
    validate: bool = True,
    progress: bool = False,
    jobs: int = 1,
    previous: str | Path | None = None,
) -> BuildResult:
    """Extract, resolve and map articles already read (from files, a database, a notebook);
    ``previous`` as in :func:`build`."""
    settings = settings or Settings()
    started = time.perf_counter()
    report = BuildReport()
    articles = unique_articles(articles, report.notes)
    with _progress_bar(len(articles), progress) as bar:
        corpus, report.cached = extract_corpus(articles, settings=settings, problems=report.problems,
                                               progress=bar.update, jobs=jobs, notes=report.notes)
    done = assemble_corpus(corpus, settings=settings, previous=Path(previous) if previous is not None else None,
                           validate=validate)
    by_id = {d["id"]: d for d in done.documents.values()}
    # the path as given: facts.json only, never the graph
    docs = [{**by_id[a.id], "source": a.source} for a in articles if a.id in by_id]
    report.articles = len(corpus)
    report.remapped = done.remapped
    report.facts.update({k: sum(len(d[k]) for d in docs) for k in FACTS_KINDS})
    report.triples = done.graph.triple_count()
    report.validation = done.validation
    report.seconds = time.perf_counter() - started
    return BuildResult(graph=done.graph, documents=docs, report=report, manifest=done.manifest,
                       folder=done.folder, previous=done.previous, changes=done.changes)


def _copy_store(store: Any, path: Path) -> None:
    """Every quad of ``store`` into a new on-disk store at ``path``, streamed in batches.

    Dumping the whole graph as N-Quads and bulk loading that text held the text, its copy
    and the loader's sorted batch at once: the write's peak memory grew by 0.25 MB per
    article (100 MB at 400 articles). Oxigraph's bulk loader sorts what it is given in
    memory, so it is given :data:`COPY_BATCH` quads at a time (17-31 MB whatever the size).
    """
    from itertools import islice

    from .store import OxigraphStore

    target = OxigraphStore.open(path)
    quads = iter(store.inner)
    while batch := list(islice(quads, COPY_BATCH)):
        target.inner.bulk_extend(batch)
    target.close()


#: quads handed to Oxigraph's bulk loader at once when a build's store is written to disk
COPY_BATCH = 20_000


def write_outputs(result: BuildResult, out: str | Path, *, view: bool = True, docs: bool = True) -> list[Path]:
    """Write the store, the merged Turtle, the per-article TriG, the facts, the network view
    and the ontology's page into ``out`` as one generation (see :mod:`kg.outputs`)."""
    from .build_exports import write_exports
    from .outputs import Generation

    graph = result.graph
    graph.refresh()

    def write(folder: Path) -> None:
        if getattr(graph.store, "path", None) == folder / STORE_DIR:  # an incremental build's own store
            graph.store.inner.flush()
        else:
            _copy_store(graph.store, folder / STORE_DIR)
        write_exports(graph.store.inner, folder, prefixes=graph.prefixes(), previous=result.previous,
                      changes=result.changes)
        write_text(folder / "facts.json", json.dumps({"documents": result.documents}, indent=2, ensure_ascii=False) + "\n")
        if result.manifest is not None:
            result.manifest.save(folder)
        if view:
            graph.view(folder / "graph.html")
        if docs:
            old_page = result.previous / "ontology.html" if result.previous is not None else None
            if old_page is not None and old_page.is_file():  # same ontology: the manifest says so
                shutil.copyfile(old_page, folder / "ontology.html")
            else:
                from .ontology_docs import write_ontology_docs

                write_ontology_docs(folder / "ontology.html")

    files = Generation(Path(out)).write(write, result.folder)
    result.report.files.extend(files)
    return files
