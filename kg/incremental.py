"""Incremental builds: a build into a folder that holds a previous build redoes only what changed.

The previous generation (:mod:`kg.outputs`) keeps, beside its store, a manifest
(``manifest.json``): for every article graph, a fingerprint of what its triples are made
from, its ``facts.json`` document and its own SHACL violations; and the merged view's
violations. A new build then

1. extracts every article (unchanged texts come from the extraction cache) and resolves
   names across the whole corpus (cheap: it works on names, not triples);
2. fingerprints each article's *resolved* facts: an article whose text did not change
   but whose people were renamed by resolution (a new article spelt a name the way most
   do) gets a new fingerprint too, so "the cross-article resolution they touch" is redone;
3. copies the previous store (a RocksDB checkpoint: hard links, no data copied), replaces
   the graph of every new or changed article in place, clears the graph of every article
   no longer in the input, and remakes the merged view only for the triples those
   graphs state or stated (:func:`kg.merge.update_merged_view`): a fact only a removed
   article supported goes, one other articles state stays;
4. validates only the changed article graphs and the merged view's nodes they touch.

Everything else is taken from the manifest. Any change to the code, the base IRI or the
shapes makes the previous build unusable and the build is a full one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .facts import ArticleFacts
from .resolve import Resolution

MANIFEST = "manifest.json"
#: the manifest's format; another value is a full build
VERSION = 1


def fingerprint(facts: ArticleFacts, resolution: Resolution, *, base_iri: str, code: str) -> str:
    """A hash of everything an article's named graph is made from: its resolved facts,
    its metadata (the file path aside, which the graph never holds), the agreement years
    resolution gave it, the base IRI and the code.

    Facts are hashed as their ``repr`` (dataclasses of strings, numbers and lists: the
    same values give the same text), the article's text as its hash.
    """
    a = facts.article
    text_hash = hashlib.sha256(a.text.encode("utf-8")).hexdigest()
    years = [resolution.agreement_year(x, a.date) for x in facts.agreements]
    parts = [text_hash, a.id, a.title, a.date, a.url, facts.officials, facts.agreements, facts.aid, facts.meetings,
             years, base_iri, code]
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


@dataclass
class Manifest:
    """What a build leaves for the next one."""

    code: str
    base_iri: str
    #: graph IRI -> {"fingerprint", "document", "violations"}
    articles: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: violations of the merged view (``raw_focus`` says which node)
    merged_violations: list[dict[str, Any]] = field(default_factory=list)
    #: False when the build ran no SHACL: the next one cannot reuse violations
    validated: bool = True
    version: int = VERSION

    def save(self, folder: Path) -> Path:
        from .atomic import write_text

        path = folder / MANIFEST
        # the fields as they are: asdict() would deep-copy every document first
        write_text(path, json.dumps({f.name: getattr(self, f.name) for f in fields(self)}, ensure_ascii=False))
        return path

    @classmethod
    def load(cls, folder: Path) -> "Manifest | None":
        """The manifest in ``folder``, or None when there is none or it cannot be read."""
        try:
            data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
            manifest = cls(**data)
        except (OSError, ValueError, TypeError):
            return None
        return manifest if manifest.version == VERSION else None


@dataclass
class Plan:
    """What an incremental build redoes."""

    #: graph IRI -> resolved facts of the new or changed articles
    changed: dict[str, ArticleFacts]
    #: graph IRIs of articles the previous build had and this one does not
    removed: list[str]
    #: graph IRIs of articles left as they are
    kept: list[str]


def plan(previous: Manifest, fingerprints: dict[str, str], facts: dict[str, ArticleFacts]) -> Plan:
    """Compare this build's fingerprints (graph IRI -> fingerprint) with the previous one's."""
    changed = {g: facts[g] for g, fp in fingerprints.items()
               if previous.articles.get(g, {}).get("fingerprint") != fp}
    removed = sorted(g for g in previous.articles if g not in fingerprints)
    kept = [g for g in fingerprints if g not in changed]
    return Plan(changed=changed, removed=removed, kept=kept)


def replace_graphs(store: Any, remove: list[str], add: dict[str, list[Any]]) -> set[Any]:
    """Clear the graphs ``remove``, fill the graphs of ``add`` (IRI -> rdflib triples) and
    return the claims that changed: every triple (a ``pyoxigraph.Triple``) one of those
    graphs held before or holds now, whose merged view must be remade."""
    import pyoxigraph as ox

    from .store import quads

    inner: ox.Store = store.inner
    claims: set[Any] = set()
    for iri in remove:
        node = ox.NamedNode(iri)
        claims.update(ox.Triple(q.subject, q.predicate, q.object)
                      for q in inner.quads_for_pattern(None, None, None, node))
        inner.clear_graph(node)
    for iri, triples in add.items():
        new = list(quads(triples, iri))
        claims.update(ox.Triple(q.subject, q.predicate, q.object) for q in new)
        inner.extend(new)
    return claims


def only_graphs(graph: Any, graphs: list[str]) -> Any:
    """``graph`` as :func:`kg.facts_out.documents` reads it, with only ``graphs`` named."""

    class Only:
        settings = graph.settings

        @staticmethod
        def query(sparql: str) -> Any:
            return graph.query(sparql, named_graph_uris=graphs)

    return Only()


def ontology_hash() -> str:
    """A hash of the ontology and shapes: both decide the graphs' validation and the docs page."""
    from .validate import ontology_dir

    digest = hashlib.sha256()
    for name in ("accord.ttl", "shapes.ttl"):
        digest.update((ontology_dir() / name).read_bytes())
    return digest.hexdigest()


__all__ = ["MANIFEST", "Manifest", "Plan", "fingerprint", "ontology_hash", "only_graphs", "plan", "replace_graphs"]
