"""Storage: an rdflib ``Dataset`` on a store chosen by name.

The embedded default is Oxigraph through oxrdflib, which registers itself as the rdflib
store plugin "Oxigraph"; rdflib's "Memory" store works too. A SPARQL server later is
one more plugin name (rdflib's "SPARQLUpdateStore"), not a fork in the code.

With Oxigraph, parse and serialise with Oxigraph's own formats (``ox-trig``,
``ox-turtle``): rdflib's pure-Python ones are 10-60x slower at a few 100k triples.
"""

from __future__ import annotations

from rdflib import Dataset
from rdflib.plugin import PluginException
from rdflib.plugin import get as get_plugin
from rdflib.store import Store

from .errors import E, KGError

KNOWN_STORES = ("Oxigraph", "Memory")

#: rdflib format name -> Oxigraph's own, when the store is Oxigraph
_OX_FORMATS = {
    "turtle": "ox-turtle",
    "ttl": "ox-turtle",
    "trig": "ox-trig",
    "nt": "ox-nt",
    "ntriples": "ox-nt",
    "nquads": "ox-nquads",
    "nq": "ox-nquads",
    "xml": "ox-xml",
    "json-ld": "ox-json-ld",
}


def is_oxigraph(dataset: Dataset) -> bool:
    return type(dataset.store).__name__ == "OxigraphStore"


def rdf_format(dataset: Dataset, fmt: str) -> str:
    """The fastest parser/serialiser name for ``fmt`` on this dataset's store."""
    return _OX_FORMATS.get(fmt, fmt) if is_oxigraph(dataset) else fmt


def open_dataset(store: str = "Oxigraph") -> Dataset:
    """A new, empty dataset on the named store; its default graph is the union of named graphs."""
    try:
        store_cls = get_plugin(store, Store)
    except PluginException as exc:
        raise KGError(E.G003.format(name=store, choices=", ".join(KNOWN_STORES))) from exc
    return Dataset(store=store_cls(), default_union=True)
