"""The build's ``graph.ttl`` and ``articles.trig``, made of blocks so that a build re-serialises only what changed.

Both files are one header of ``@prefix`` lines followed by independent blocks:

- ``graph.ttl``: the merged view (the store's default graph), one Turtle block per
  subject, subjects in the order of their N-Triples form;
- ``articles.trig``: the same subject blocks (TriG reads triples outside any ``GRAPH``
  block as the default graph), then one ``<graph> { ... }`` block per article graph, in
  the order of the graphs' IRIs.

Each block is what Oxigraph's serialiser writes for those triples (sorted by their
N-Triples form) under the header's prefixes, so the concatenation is valid Turtle or
TriG, and a block's bytes depend only on its own triples, not on the store's order. ``exports.json`` keeps each block's byte range. A build that reuses
the previous generation (:mod:`kg.incremental`) knows which subjects' merged view it
remade and which article graphs it replaced or removed (:class:`Changes`): it copies
every other block from the previous files as bytes and serialises only those, so adding
ten articles to a large corpus serialises ten graphs and the subjects they touch, and
writes the same bytes a full build of the same articles writes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .atomic import atomic_write

INDEX = "exports.json"
TURTLE_FILE = "graph.ttl"
TRIG_FILE = "articles.trig"
#: the index's format; another value makes the next build serialise everything
VERSION = 1


@dataclass
class Changes:
    """What an incremental build changed in the store it took over."""

    #: subjects (pyoxigraph terms) whose merged view was remade
    subjects: set[Any] = field(default_factory=set)
    #: IRIs of the article graphs replaced, added or removed
    graphs: set[str] = field(default_factory=set)


#: (key, offset, length): a block's key (a subject's N-Triples form or a graph's IRI) and
#: its byte range in its file
Span = tuple[str, int, int]


def write_exports(store: ox.Store, folder: Path, *, prefixes: Mapping[str, str], previous: Path | None = None,
                  changes: Changes | None = None) -> list[Path]:
    """Write ``graph.ttl``, ``articles.trig`` and their index into ``folder``; with the
    ``previous`` generation and the ``changes`` made since, reuse its unchanged blocks."""
    form = _Serializer(prefixes)
    header = form.header
    old = _previous_index(previous, prefixes) if changes is not None else None
    if old is None or previous is None or changes is None:
        subjects = _all_subject_blocks(store, form)
        named = (g for g in store.named_graphs() if isinstance(g, ox.NamedNode))
        graphs = {g.value: block for g in named if (block := form.graph(store, g))}
    else:
        subjects = _subject_blocks(store, form, previous / TURTLE_FILE, old["turtle"], changes.subjects)
        graphs = _graph_blocks(store, form, previous / TRIG_FILE, old["trig"], changes.graphs)
    merged = [(key, subjects[key]) for key in sorted(subjects)]
    index: dict[str, Any] = {"version": VERSION, "prefixes": dict(prefixes)}
    index["turtle"] = _write(folder / TURTLE_FILE, header, merged)
    after_merged = len(header) + sum(len(block) for _, block in merged)
    index["trig"] = _write(folder / TRIG_FILE, header, [*merged, *((g, graphs[g]) for g in sorted(graphs))],
                           keep_from=after_merged)
    with atomic_write(folder / INDEX, "w") as handle:
        json.dump(index, handle, ensure_ascii=False)
    return [folder / TURTLE_FILE, folder / TRIG_FILE, folder / INDEX]


# -- blocks ----------------------------------------------------------------------------------


class _Serializer:
    """Oxigraph's Turtle and TriG writers under one set of prefixes, their header left out."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self.prefixes = dict(prefixes)
        self.header = "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in self.prefixes.items()).encode()

    def _body(self, items: Iterable[Any], fmt: ox.RdfFormat) -> bytes:
        text = ox.serialize(items, format=fmt, prefixes=self.prefixes)
        if not text:  # nothing to write: no header either
            return b""
        start = 0
        for _ in self.prefixes:  # it declares every prefix given first, in an order of its own
            if not text.startswith(b"@prefix ", start):
                raise ValueError(f"unexpected {fmt} header: {text[:80]!r}")
            start = text.index(b"\n", start) + 1
        return text[start:]

    def subject(self, quads: list[ox.Quad]) -> bytes:
        """One subject's triples as a Turtle block."""
        triples = sorted((ox.Triple(q.subject, q.predicate, q.object) for q in quads), key=str)
        return self._body(triples, ox.RdfFormat.TURTLE)

    def graph(self, store: ox.Store, graph: ox.NamedNode) -> bytes:
        """One named graph as a TriG ``<graph> { ... }`` block (empty when it holds nothing)."""
        return self._body(sorted(store.quads_for_pattern(None, None, None, graph), key=str), ox.RdfFormat.TRIG)


def _all_subject_blocks(store: ox.Store, form: _Serializer) -> dict[str, bytes]:
    """Every subject of the merged view and its block."""
    by_subject: dict[Any, list[ox.Quad]] = defaultdict(list)
    for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        by_subject[q.subject].append(q)
    return {str(subject): form.subject(quads) for subject, quads in by_subject.items()}


def _subject_blocks(store: ox.Store, form: _Serializer, old_file: Path, spans: list[Span],
                    changed: set[Any]) -> dict[str, bytes]:
    """The previous blocks of unchanged subjects, and new blocks of the ``changed`` ones
    that still have triples in the merged view."""
    blocks = _old_blocks(old_file, spans, skip={str(s) for s in changed})
    for subject in changed:
        quads = list(store.quads_for_pattern(subject, None, None, ox.DefaultGraph()))
        if quads:
            blocks[str(subject)] = form.subject(quads)
    return blocks


def _graph_blocks(store: ox.Store, form: _Serializer, old_file: Path, spans: list[Span],
                  changed: set[str]) -> dict[str, bytes]:
    """The previous blocks of unchanged article graphs, and new blocks of the ``changed``
    ones that still hold triples."""
    blocks = _old_blocks(old_file, spans, skip=changed)
    for iri in changed:
        if block := form.graph(store, ox.NamedNode(iri)):
            blocks[iri] = block
    return blocks


def _old_blocks(path: Path, spans: list[Span], *, skip: set[str]) -> dict[str, bytes]:
    data = path.read_bytes()
    return {key: data[start:start + length] for key, start, length in spans if key not in skip}


# -- files and their index -------------------------------------------------------------------


def _write(path: Path, header: bytes, blocks: list[tuple[str, bytes]], *, keep_from: int = 0) -> list[Span]:
    """Write ``header`` and ``blocks`` to ``path``; the spans of the blocks at or after the
    byte offset ``keep_from``."""
    spans: list[Span] = []
    offset = len(header)
    with atomic_write(path, "wb") as handle:
        handle.write(header)
        for key, block in blocks:
            handle.write(block)
            if offset >= keep_from:
                spans.append((key, offset, len(block)))
            offset += len(block)
    return spans


def _previous_index(previous: Path | None, prefixes: Mapping[str, str]) -> dict[str, Any] | None:
    """The previous generation's index when its blocks can be reused: same format and
    prefixes, and both files there."""
    if previous is None:
        return None
    try:
        index = json.loads((previous / INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(index, dict) or index.get("version") != VERSION or index.get("prefixes") != dict(prefixes):
        return None
    if not ((previous / TURTLE_FILE).is_file() and (previous / TRIG_FILE).is_file()):
        return None
    return index


__all__ = ["INDEX", "Changes", "write_exports"]
