"""The ontology's HTML page documents every term and reads without a network."""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.ontology_docs import write_ontology_docs
from kg.validate import ontology_dir
from kg.vocab import ACC, ONTOLOGY_IRI


class _Text(HTMLParser):
    """The page's visible text, so that a label in an attribute or a URL does not count."""

    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []
        self.title = ""
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        self._in.append(tag)

    def handle_endtag(self, tag):
        if tag in self._in:
            del self._in[len(self._in) - 1 - self._in[::-1].index(tag):]

    def handle_data(self, data):
        if self._in and self._in[-1] in ("script", "style"):
            return
        if self._in and self._in[-1] == "title":
            self.title += data
        self.chunks.append(" ".join(data.split()))


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    return write_ontology_docs(tmp_path_factory.mktemp("docs") / "site" / "ontology.html")


@pytest.fixture(scope="module")
def text(page) -> _Text:
    parser = _Text()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_dir() / "accord.ttl")


def _labels(ontology: Graph, kind) -> list[str]:
    # named terms only: the owl:unionOf classes used as domains and ranges are blank nodes
    return sorted(str(ontology.value(t, RDFS.label)) for t in ontology.subjects(RDF.type, kind)
                  if isinstance(t, URIRef))


@pytest.mark.parametrize("kind", [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty])
def test_page_lists_every_class_and_property_label(ontology, text, kind):
    labels = _labels(ontology, kind)
    assert labels
    missing = [label for label in labels if label not in text.chunks]
    assert missing == []


def test_page_lists_every_concept_with_its_facts_format_label(ontology, text):
    for scheme in ontology.subjects(RDF.type, SKOS.ConceptScheme):
        assert str(ontology.value(scheme, RDFS.label)) in text.chunks
    concepts = list(ontology.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) == 20
    assert [c for c in concepts if str(ontology.value(c, SKOS.prefLabel)) not in text.chunks] == []
    page_text = " ".join(text.chunks)
    assert str(ACC.SuspendedAgreement) in page_text and str(ACC.Suspended) in page_text


def test_page_is_titled_with_the_ontology_not_a_concept_scheme(ontology, text):
    assert text.title.strip() == str(ontology.value(URIRef(ONTOLOGY_IRI), DCTERMS.title))


def test_page_needs_no_network_to_be_read(page):
    html = page.read_text(encoding="utf-8")
    assert "<style" in html  # pyLODE's stylesheet is inlined
    assert not re.search(r"<script[^>]*\bsrc=", html)
    assert not re.search(r"<link[^>]*\bhref=\"https?://", html)
    assert not re.search(r"<img[^>]*\bsrc=\"https?://", html)


def test_writing_is_atomic_and_overwrites(tmp_path):
    out = tmp_path / "ontology.html"
    out.write_text("old")
    assert write_ontology_docs(out) == out
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["ontology.html"]  # no temporary file left
    assert out.stat().st_mode & 0o044 == 0o044  # readable by a web server


def test_rendering_leaves_the_root_logger_alone(tmp_path):
    root = logging.getLogger()
    before = (list(root.handlers), root.level, logging.root.manager.disable)
    write_ontology_docs(tmp_path / "x.html")
    assert (list(root.handlers), root.level, logging.root.manager.disable) == before
