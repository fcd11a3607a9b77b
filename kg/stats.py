"""Network figures for ``kg stats``: who is central, what hangs together.

Counts per class come from SPARQL (every instance of every ontology class, including
posts and evidence); the rest is computed with networkx on the entity network of
:mod:`kg.network` without its Article nodes, since every article links all it mentions
and would otherwise be the "most central" thing in any corpus.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import networkx as nx

from .network import build_network, centrality
from .vocab import ACC

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

#: ontology classes counted, in the order printed
COUNTED = ("Agreement", "Signatory", "Country", "Organisation", "Official", "Post", "Aid", "Meeting", "Place",
           "Article", "Evidence")


@dataclass(frozen=True)
class Ranked:
    """An entity with a score."""

    iri: str
    label: str
    kind: str
    score: float


@dataclass
class Stats:
    """Figures about one graph; :meth:`format` prints them."""

    counts: dict[str, int] = field(default_factory=dict)
    nodes: int = 0
    edges: int = 0
    degree: list[Ranked] = field(default_factory=list)
    betweenness: list[Ranked] = field(default_factory=list)
    components: list[int] = field(default_factory=list)  # sizes, largest first
    communities: list[list[str]] = field(default_factory=list)  # labels, largest community first
    modularity: float | None = None

    def format(self, *, top: int = 10) -> str:
        lines = ["Entities per class:"]
        lines += [f"  {name:<13}{n:>7}" for name, n in self.counts.items()]
        lines.append(f"Network (without articles): {self.nodes} nodes, {self.edges} edges")
        for title, ranked in (("Degree centrality", self.degree), ("Betweenness centrality", self.betweenness)):
            lines.append(f"{title} (top {len(ranked)}):")
            lines += [f"  {r.score:7.4f}  {r.label} ({r.kind})" for r in ranked]
        sizes = ", ".join(str(s) for s in self.components[:top])
        more = f", ... ({len(self.components)} in all)" if len(self.components) > top else ""
        lines.append(f"Connected components: {len(self.components)} (sizes {sizes}{more})")
        mod = f", modularity {self.modularity:.3f}" if self.modularity is not None else ""
        lines.append(f"Communities (Louvain): {len(self.communities)}{mod}")
        for i, members in enumerate(self.communities[:top], 1):
            shown = ", ".join(members[:6]) + (f", ... (+{len(members) - 6})" if len(members) > 6 else "")
            lines.append(f"  {i}. [{len(members)}] {shown}")
        return "\n".join(lines)


def class_counts(graph: "KnowledgeGraph") -> dict[str, int]:
    """Distinct instances per ontology class, over the merged graph (one query)."""
    values = " ".join(f"<{ACC[name]}>" for name in COUNTED)
    rows = graph.query(f"""
        SELECT ?cls (COUNT(?s) AS ?n) WHERE {{ VALUES ?cls {{ {values} }} ?s a ?cls }} GROUP BY ?cls""").rows
    found = {str(cls): int(n) for cls, n in rows}  # type: ignore[misc]
    return {name: found.get(str(ACC[name]), 0) for name in COUNTED}


def _ranked(net: nx.MultiDiGraph, scores: dict[str, float], top: int) -> list[Ranked]:
    best = sorted(scores, key=lambda n: (-scores[n], net.nodes[n]["label"], n))[:top]
    return [Ranked(n, net.nodes[n]["label"], net.nodes[n]["kind"], round(scores[n], 6)) for n in best]


def compute_stats(graph: "KnowledgeGraph", *, top: int = 10) -> Stats:
    """Counts per class, degree and betweenness of the ``top`` entities, components and
    Louvain communities (seeded, so runs agree) of the entity network."""
    full = build_network(graph, articles=False)
    simple = nx.Graph(full)
    stats = Stats(counts=class_counts(graph), nodes=simple.number_of_nodes(), edges=simple.number_of_edges())
    if not len(simple):
        return stats
    stats.degree = _ranked(full, centrality(full, "degree"), top)
    stats.betweenness = _ranked(full, centrality(full, "betweenness"), top)
    stats.components = sorted((len(c) for c in nx.connected_components(simple)), reverse=True)
    communities = nx.community.louvain_communities(simple, seed=0)
    if simple.number_of_edges():
        stats.modularity = round(nx.community.modularity(simple, communities), 4)
    ordered = sorted(communities, key=lambda c: (-len(c), min(full.nodes[n]["label"] for n in c)))
    stats.communities = [sorted(full.nodes[n]["label"] for n in c) for c in ordered]
    return stats


# -- CLI helpers (wired into kg/cli.py) ------------------------------------------------------


def add_stats_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``kg stats`` (``--graph`` is added by the CLI's common graph options)."""
    parser.add_argument("--top", type=int, default=10, metavar="N", help="how many entities to list (default: 10)")


def main_stats(args: argparse.Namespace, graph: "KnowledgeGraph | None" = None) -> int:
    """``kg stats``: print the figures of ``graph`` (default: load ``args.graph``); returns the exit code."""
    from .graph import KnowledgeGraph

    if graph is None:
        graph = KnowledgeGraph.load(args.graph)
    print(compute_stats(graph, top=args.top).format(top=args.top))
    return 0


__all__ = ["Ranked", "Stats", "add_stats_arguments", "class_counts", "compute_stats", "main_stats"]
