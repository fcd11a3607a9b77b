"""The IRIs the project names, as plain strings: the one source for every module.

:mod:`kg.vocab` builds its rdflib namespaces from these; :mod:`kg.settings` and
:mod:`kg.quick_query` use them as they are, so that ``kg query`` on a build folder
imports no rdflib (its import costs four times what the whole query does).
"""

from __future__ import annotations

#: the ontology itself; its terms are ``ONTOLOGY_IRI#Term``
ONTOLOGY_IRI = "https://w3id.org/accord-kg/ontology"
#: the default namespace of instance IRIs (``<base>person/kevin-mcaleenan``)
DEFAULT_BASE_IRI = "https://w3id.org/accord-kg/id/"
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
WIKIDATA_DIRECT = "http://www.wikidata.org/prop/direct/"

#: the prefixes of the ontology and of the standard vocabularies it uses
PREFIXES = {
    "acc": ONTOLOGY_IRI + "#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "wd": WIKIDATA_ENTITY,
}

__all__ = ["DEFAULT_BASE_IRI", "ONTOLOGY_IRI", "PREFIXES", "WIKIDATA_DIRECT", "WIKIDATA_ENTITY"]
