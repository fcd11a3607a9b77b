"""The network view: one self-contained HTML page to explore the graph, offline.

The entity network comes from :mod:`kg.network`; pyvis turns it into vis-network's node
and edge records (in bulk: pyvis's ``add_node`` scans every node added before, which
is quadratic), and this module writes the page itself rather than through pyvis's
template, because that template links Bootstrap and vis-network from CDNs and its
writer uses the locale's encoding. Here vis-network's script and style (shipped inside
the pyvis package) and our own (``kg/static/view/``) are inlined, so the page needs no
network at all.

Everything from the graph enters the page as JSON inside a ``<script type=
"application/json">`` element, with ``<``, ``>`` and ``&`` written as ``\\u003c`` etc. so no
text can close the script element, and the page script puts it into the DOM with
``textContent`` only; node labels are drawn on a canvas. Article text is never run.
"""

from __future__ import annotations

import argparse
import html
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
from pyvis.network import Network

from .atomic import write_text
from .errors import E, KGError
from .network import KINDS, KIND_BY_NAME, SIZE_MEASURES, build_network, centrality, country_neighbourhood, find_country, top_nodes

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

VIS_VERSION = "9.1.2"
#: beyond this many nodes, edges are straight and the layout gets a time budget, not a step count
LARGE = 300
#: labels longer than this are shortened on the canvas (the tooltip has the full name)
LABEL_CHARS = 40
PHYSICS_CHOICES = ("auto", "on", "off")


@dataclass(frozen=True)
class ViewOptions:
    """What to draw; the keyword arguments of :func:`write_view`."""

    hide_articles: bool = False
    hide_provenance: bool = False
    country: str | None = None
    top_n: int | None = None
    size_by: str | None = "degree"
    physics: bool | str = "auto"
    title: str = "Accord KG network"

    def __post_init__(self) -> None:
        if self.size_by is not None and self.size_by not in SIZE_MEASURES:
            raise KGError(E.W002.format(name=self.size_by, choices=", ".join(SIZE_MEASURES)))
        if self.top_n is not None and self.top_n < 1:
            raise KGError(E.W003.format(value=self.top_n))
        if not isinstance(self.physics, bool) and self.physics not in PHYSICS_CHOICES:
            raise KGError(E.W004.format(value=self.physics))

    @property
    def physics_on(self) -> bool:
        return self.physics is True or self.physics in ("auto", "on")


# -- which part of the network --------------------------------------------------------------


def view_network(graph: "KnowledgeGraph", options: ViewOptions) -> nx.MultiDiGraph:
    """The network the page draws, after the hide / country / top-N options."""
    net = build_network(graph, articles=not options.hide_articles, provenance=not options.hide_provenance)
    if options.country:
        net = country_neighbourhood(net, find_country(net, options.country))
    if options.top_n is not None:
        net = top_nodes(net, options.top_n, measure=options.size_by or "degree")
    return net


# -- pyvis records ------------------------------------------------------------------------------


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "\u2026"


def node_records(net: nx.MultiDiGraph, size_by: str | None) -> list[dict[str, Any]]:
    """vis-network node records: look from the kind, size from centrality, data for the page."""
    scores = centrality(net, size_by) if size_by and len(net) else {}
    records = []
    for n, d in net.nodes(data=True):
        kind = KIND_BY_NAME[d["kind"]]
        record: dict[str, Any] = {
            "id": n, "label": _short(d["label"]), "name": d["label"], "kind": kind.name,
            "color": kind.color, "shape": kind.shape, "facts": d["facts"], "evidence": d["evidence"],
            "countries": d["countries"],
        }
        if size_by:
            record["value"] = round(scores.get(n, 0.0), 6)
        records.append(record)
    return records


def edge_records(net: nx.MultiDiGraph) -> list[dict[str, Any]]:
    return [{"from": s, "to": o, "label": rel, "arrows": "to"} for s, o, rel in net.edges(keys=True)]


def vis_options(n_nodes: int, *, physics: bool) -> dict[str, Any]:
    """Layout settings that keep the page responsive at any size.

    Small graphs get a short hidden warm-up and curved edges. Large ones are drawn at once
    (no hidden stabilisation: vis draws nothing until it ends, minutes for 5,000 nodes),
    with straight edges and no edge hover, and the page freezes the layout when it is
    stable or after a time budget (see ``settleMs``)."""
    large = n_nodes > LARGE
    return {
        "autoResize": True,
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 7},
        "nodes": {"font": {"size": 14, "color": "#222222"}, "borderWidth": 1,
                  "scaling": {"min": 10, "max": 40, "label": {"enabled": False}}, "size": 16},
        "edges": {"smooth": False if large else {"type": "continuous", "roundness": 0.2},
                  "color": {"color": "#9a9a9a", "highlight": "#333333"}, "width": 1,
                  "font": {"size": 10, "color": "#555555", "strokeWidth": 3, "align": "middle"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}},
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -4000, "springLength": 120, "springConstant": 0.04,
                          "damping": 0.3, "avoidOverlap": 0.1},
            "stabilization": {"enabled": physics and not large, "iterations": 150, "updateInterval": 25, "fit": True},
            "minVelocity": 1.5 if large else 0.75,
            "adaptiveTimestep": True,
        },
        "interaction": {"hover": not large, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "navigationButtons": False, "keyboard": False},
    }


def pyvis_network(net: nx.MultiDiGraph, options: ViewOptions) -> Network:
    """A pyvis Network filled in one go (assigning its lists, not add_node one by one)."""
    pv = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    pv.nodes = node_records(net, options.size_by)
    pv.node_ids = [r["id"] for r in pv.nodes]
    pv.node_map = {r["id"]: r for r in pv.nodes}
    pv.edges = edge_records(net)
    pv.options = vis_options(len(net), physics=options.physics_on)  # type: ignore[assignment]
    return pv


# -- the page ------------------------------------------------------------------------------------


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no ``</script>``, no ``<!--``, and the two
    line separators JavaScript once treated as newlines are escaped too."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _asset(name: str) -> str:
    return (resources.files("kg") / "static" / "view" / name).read_text(encoding="utf-8")


def _vis_asset(name: str) -> str:
    return (resources.files("pyvis") / "templates" / "lib" / f"vis-{VIS_VERSION}" / name).read_text(encoding="utf-8")


def _inline_script(source: str) -> str:
    # a library text with "</script" would end the element early; none is expected, be sure
    return source.replace("</script", "<\\/script")


def _page_data(pv: Network, net: nx.MultiDiGraph, options: ViewOptions) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for _, kind in net.nodes(data="kind"):
        counts[kind] = counts.get(kind, 0) + 1
    countries = sorted(({"id": n, "name": d["label"]} for n, d in net.nodes(data=True) if d["kind"] == "Country"),
                       key=lambda c: c["name"])
    return {
        "nodes": pv.nodes, "edges": pv.edges, "options": pv.options,
        "kinds": [{"name": k.name, "color": k.color, "shape": k.shape, "count": counts[k.name]}
                  for k in KINDS if k.name in counts],
        "countries": countries,
        "physics": options.physics_on,
        # time the layout may move before it is frozen: enough to untangle, short enough for big graphs
        "settleMs": 4000 if len(net) > LARGE else 8000,
    }


def render_page(pv: Network, net: nx.MultiDiGraph, options: ViewOptions) -> str:
    """The whole page as one string: vis-network, our style and script, and the data."""
    title = html.escape(options.title)
    vis_css = _vis_asset("vis-network.css").replace("</style", "<\\/style")
    vis_js = _inline_script(_vis_asset("vis-network.min.js"))
    page_js = _inline_script(_asset("page.js"))
    data = script_json(_page_data(pv, net, options))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>{vis_css}</style>
<style>{_asset("page.css")}</style>
</head>
<body>
<header>
  <h1>{title}</h1>
  <label>Search <input id="kg-search" type="search" placeholder="search a name" autocomplete="off"></label>
  <label>Country <select id="kg-country"><option value="">all</option></select></label>
  <span id="kg-status"></span>
</header>
<main>
  <div id="kg-network"></div>
  <aside>
    <ul id="kg-results"></ul>
    <h2>Legend (click to filter)</h2>
    <div id="kg-legend"></div>
    <div id="kg-details"></div>
  </aside>
</main>
<script type="application/json" id="kg-data">{data}</script>
<script>{vis_js}</script>
<script>{page_js}</script>
</body>
</html>
"""


def write_view(graph: "KnowledgeGraph", dest: str | Path, **options: Any) -> Path:
    """Write the network of ``graph`` as one self-contained HTML page at ``dest``.

    Options (keyword only): ``hide_articles``, ``hide_provenance`` (articles and evidence
    quotes), ``country`` (name, ISO code or IRI: only that country's neighbourhood),
    ``top_n`` (the N most central nodes), ``size_by`` (``"degree"``, ``"betweenness"`` or
    None), ``physics`` (``"auto"``/True, or False/``"off"`` for no layout), ``title``.
    """
    opts = ViewOptions(**options)
    net = view_network(graph, opts)
    page = render_page(pyvis_network(net, opts), net, opts)
    return write_text(dest, page)


# -- CLI helpers (wired into kg/cli.py) ------------------------------------------------------


def add_view_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``kg view`` (``--graph`` is added by the CLI's common graph options)."""
    parser.add_argument("-o", "--output", default="graph.html", help="HTML file to write (default: graph.html)")
    parser.add_argument("--hide-articles", action="store_true", help="leave out article nodes")
    parser.add_argument("--hide-provenance", action="store_true", help="leave out articles and evidence quotes")
    parser.add_argument("--country", help="only this country's neighbourhood (name, ISO code or IRI)")
    parser.add_argument("--top", type=int, metavar="N", help="only the N most central nodes")
    parser.add_argument("--size-by", choices=[*SIZE_MEASURES, "none"], default="degree",
                        help="size nodes by this centrality (default: degree)")
    parser.add_argument("--physics", choices=PHYSICS_CHOICES, default="auto",
                        help="layout simulation: auto (default) or off")
    parser.add_argument("--title", default="Accord KG network", help="page title")


def main_view(args: argparse.Namespace, graph: "KnowledgeGraph | None" = None) -> int:
    """``kg view``: write the page of ``graph`` (default: load ``args.graph``); returns the exit code."""
    import sys

    from .graph import KnowledgeGraph

    if graph is None:
        graph = KnowledgeGraph.load(args.graph)
    path = write_view(graph, args.output, hide_articles=args.hide_articles, hide_provenance=args.hide_provenance,
                      country=args.country, top_n=args.top, size_by=None if args.size_by == "none" else args.size_by,
                      physics=args.physics, title=args.title)
    print(f"wrote {path}", file=sys.stderr)
    return 0


__all__ = ["ViewOptions", "add_view_arguments", "main_view", "render_page", "script_json", "view_network", "write_view"]
