"""An HTML page documenting ``ontology/accord.ttl``, made with pyLODE's OntPub profile.

    >>> from kg.ontology_docs import write_ontology_docs
    >>> write_ontology_docs(Path("site/ontology.html"))

pyLODE (https://github.com/RDFLib/pyLODE) inlines its stylesheet and images into the page,
so the page reads offline; the only remote references are ordinary links (to the
vocabularies we align with, and to pyLODE's own site).
"""

from __future__ import annotations

import logging
import re
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html import escape
from importlib import metadata
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.term import Node

from .atomic import write_text
from .validate import ontology_dir


def write_ontology_docs(out_html: Path, *, ontology: Path | None = None) -> Path:
    """Render ``ontology`` (default: the project's ``accord.ttl``) to ``out_html``, atomically."""
    source = Path(ontology) if ontology is not None else ontology_dir() / "accord.ttl"
    graph = Graph().parse(source, format="turtle")
    schemes = _concept_schemes(graph)
    # OntPub treats a skos:ConceptScheme as a second ontology header (its label became the page
    # title) and does not list SKOS concepts, so the schemes leave its input and get our section.
    graph.remove((None, RDF.type, SKOS.ConceptScheme))
    with _root_logger_kept():
        OntPub = _import_ontpub()
        html = OntPub(ontology=graph).make_html()  # no destination: returns the page as text
    return write_text(out_html, _with_schemes_section(html, schemes))


@dataclass(frozen=True)
class _Scheme:
    anchor: str
    label: str
    comment: str
    concepts: list[tuple[str, str, str]]  # (IRI, skos:prefLabel, rdfs:comment)


def _concept_schemes(graph: Graph) -> list[_Scheme]:
    def text(node: Node, prop: URIRef) -> str:
        return str(graph.value(node, prop) or "")

    schemes = []
    for scheme in sorted(graph.subjects(RDF.type, SKOS.ConceptScheme)):
        concepts = [(str(c), text(c, SKOS.prefLabel), text(c, RDFS.comment))
                    for c in graph.subjects(SKOS.inScheme, scheme)]
        anchor = str(scheme).rsplit("#", 1)[-1]
        schemes.append(_Scheme(anchor, text(scheme, RDFS.label) or anchor, text(scheme, RDFS.comment),
                               sorted(concepts, key=lambda c: c[1])))
    return schemes


def _with_schemes_section(page: str, schemes: list[_Scheme]) -> str:
    """``page`` with a "Concept schemes" section (and table-of-contents entry) before pyLODE's
    namespaces, in pyLODE's own markup so that its stylesheet applies."""
    if not schemes:
        return page
    parts = ['<div class="section" id="conceptschemes"><h2>Concept schemes</h2>']
    for scheme in schemes:
        parts.append(f'<div class="property entity" id="{escape(scheme.anchor)}"><h3>{escape(scheme.label)}</h3>'
                     f"<p>{escape(scheme.comment)}</p><table>"
                     "<tr><th>skos:prefLabel (facts format)</th><th>IRI</th><th>Description</th></tr>")
        for iri, label, comment in scheme.concepts:
            anchor = iri.rsplit("#", 1)[-1]
            parts.append(f'<tr id="{escape(anchor)}"><td><code>{escape(label)}</code></td>'
                         f"<td><code>{escape(iri)}</code></td><td>{escape(comment)}</td></tr>")
        parts.append("</table></div>")
    parts.append("</div>")
    section = "".join(parts)
    marker = '<div id="namespaces">'
    page = page.replace(marker, section + marker, 1) if marker in page else page.replace("</body>", section + "</body>")
    toc = "".join(f'<li><a href="#{escape(s.anchor)}">{escape(s.label)}</a></li>' for s in schemes)
    entry = f'<li><h4><a href="#conceptschemes">Concept schemes</a></h4><ul class="second">{toc}</ul></li>'
    return re.sub(r'(<li>\s*<h4>\s*<a href="#namespaces">)', lambda m: entry + m.group(1), page, count=1)


@contextmanager
def _root_logger_kept() -> Iterator[None]:
    """Put the root logger back as it was. pyLODE calls ``logging.basicConfig(level=DEBUG)``
    when imported and module-level ``logging.info`` while rendering (which installs a
    stderr handler), either of which would make later log calls anywhere in the process print."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    disabled = logging.root.manager.disable
    logging.disable(max(disabled, logging.INFO))  # its progress chatter is not ours to print
    try:
        yield
    finally:
        logging.disable(disabled)
        root.handlers[:] = handlers
        root.setLevel(level)


def _import_ontpub() -> type:
    """pyLODE's ``OntPub`` class, imported despite pyLODE 3.4's broken ``pylode.version``.

    That module reads the version from a ``pyproject.toml`` it expects next to the package,
    which an installed wheel does not have, so ``import pylode`` fails with
    FileNotFoundError. The version only labels the page footer, so when the import fails
    we give pyLODE a stand-in module holding the installed distribution's version.
    """
    try:
        from pylode import OntPub
    except FileNotFoundError:
        for name in [n for n in sys.modules if n == "pylode" or n.startswith("pylode.")]:
            del sys.modules[name]  # drop the half-imported package before trying again
        shim = types.ModuleType("pylode.version")
        shim.__version__ = metadata.version("pylode")  # type: ignore[attr-defined]
        sys.modules["pylode.version"] = shim
        from pylode import OntPub
    return OntPub


__all__ = ["write_ontology_docs"]
