"""A synthetic Accord KG of any size, shaped as docs/data-model.md describes.

For the view's scale test and benchmark (scripts/bench_view.py): no language model, no
articles on disk, deterministic for a seed. Each synthetic article's named graph holds a
few officials, one agreement, one aid record and one meeting, with evidence quotes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, XSD

from kg.graph import KnowledgeGraph
from kg.settings import Settings
from kg.vocab import ACC, DEFAULT_BASE_IRI

Triple = tuple[URIRef, URIRef, object]
ID = DEFAULT_BASE_IRI
#: nodes one synthetic article adds on average (article, agreement, aid, meeting, ~1.3 new officials, a third of a place)
NODES_PER_ARTICLE = 5.6


def _iri(kind: str, slug: str) -> URIRef:
    return URIRef(f"{ID}{kind}/{slug}")


def _evidence(subject: URIRef, article: URIRef, aid: str, n: int, text: str) -> Iterator[Triple]:
    ev = _iri("evidence", f"{aid}-{n * 100}-{n * 100 + 80}")
    yield subject, ACC.evidence, ev
    yield ev, RDF.type, ACC.Evidence
    yield ev, ACC.quote, Literal(text)
    yield ev, ACC.startChar, Literal(n * 100)
    yield ev, ACC.endChar, Literal(n * 100 + 80)
    yield ev, PROV.wasQuotedFrom, article


def _article_triples(i: int, rng: random.Random, countries: list[URIRef], officials: list[URIRef],
                     places: list[URIRef]) -> Iterator[Triple]:
    aid_id = f"syn{i:05d}"
    art = _iri("article", aid_id)
    yield art, RDF.type, ACC.Article
    yield art, DCTERMS.identifier, Literal(aid_id)
    yield art, DCTERMS.title, Literal(f"Synthetic report {i}")
    c1, c2 = rng.sample(countries, 2)
    people = rng.sample(officials, 3)
    for k, person in enumerate(people):
        n = countries.index(c1) if k == 0 else rng.randrange(len(countries))
        post = _iri("post", f"{person.rsplit('/', 1)[-1]}-minister")
        yield person, RDF.type, ACC.Official
        yield person, RDFS.label, Literal(person.rsplit("/", 1)[-1].replace("-", " ").title())
        yield person, ORG.holds, post
        yield post, RDF.type, ACC.Post
        yield post, ACC.postTitle, Literal("Minister")
        yield post, ORG.postIn, countries[n]
        yield from _evidence(person, art, aid_id, k, f"{person.rsplit('/', 1)[-1]} spoke on migration.")
    agreement = _iri("agreement", f"agreement-{i}")
    yield agreement, RDF.type, ACC.Agreement
    yield agreement, RDFS.label, Literal(f"Agreement {i}")
    for c in (c1, c2):
        yield agreement, ACC.party, c
        yield c, RDF.type, ACC.Signatory
    yield agreement, ACC.signedBy, people[0]
    yield from _evidence(agreement, art, aid_id, 3, "The two countries signed an agreement.")
    aid = _iri("aid", f"aid-{i}")
    yield aid, RDF.type, ACC.Aid
    yield aid, RDFS.label, Literal(f"Aid {i}")
    yield aid, ACC.provider, c1
    yield aid, ACC.recipient, c2
    yield from _evidence(aid, art, aid_id, 4, "Aid was announced.")
    meeting = _iri("meeting", f"meeting-{i}")
    yield meeting, RDF.type, ACC.Meeting
    yield meeting, RDFS.label, Literal(f"Meeting {i}")
    yield meeting, ACC.participant, people[1]
    yield meeting, ACC.participant, people[2]
    yield meeting, ACC.location, rng.choice(places)
    yield meeting, ACC.date, Literal("2019-10-17", datatype=XSD.date)
    yield from _evidence(meeting, art, aid_id, 5, "They met.")


def synthetic_graph(nodes: int = 5000, *, seed: int = 0, settings: Settings | None = None) -> KnowledgeGraph:
    """A graph with about ``nodes`` network nodes (within a few percent)."""
    rng = random.Random(seed)
    n_articles = max(1, round(nodes / NODES_PER_ARTICLE))
    countries = [_iri("country", f"country-{k}") for k in range(40)]
    officials = [_iri("person", f"official-{k}") for k in range(max(3, int(n_articles * 1.5)))]
    places = [_iri("place", f"place-{k}") for k in range(max(1, n_articles // 3))]
    graph = KnowledgeGraph(settings=settings or Settings(cache_dir=""))
    shared: list[Triple] = []
    for k, c in enumerate(countries):
        shared += [(c, RDF.type, ACC.Country), (c, RDFS.label, Literal(f"Country {k}")), (c, ACC.isoCode, Literal(f"C{k}"))]
    for k, p in enumerate(places):
        shared += [(p, RDF.type, ACC.Place), (p, RDFS.label, Literal(f"Place {k}"))]
    graph.add_graph(_iri("graph", "gazetteer"), shared)
    for i in range(n_articles):
        graph.add_graph(_iri("graph", f"syn{i:05d}"), _article_triples(i, rng, countries, officials, places))
    return graph


__all__ = ["synthetic_graph"]
