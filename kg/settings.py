"""Settings: what a deployment may change without touching code.

Each setting has a default, can be overridden by an environment variable, and can be
passed explicitly through the Python API and CLI flags.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .iris import DEFAULT_BASE_IRI

#: the kinds of instance IRI, one namespace each under the base IRI (``<base>person/...``)
INSTANCE_KINDS = ("country", "organisation", "person", "post", "agreement", "aid", "amount", "meeting",
                  "place", "article", "evidence", "graph", "extraction")


def instance_prefixes(base_iri: str) -> dict[str, str]:
    """``{"person": "<base>person/", ...}``: readable CURIEs like ``person:kevin-mcaleenan``."""
    return {kind: f"{base_iri}{kind}/" for kind in INSTANCE_KINDS}


def location_scheme(location: str) -> str:
    """``sparql+http`` for ``sparql+http://host:7879``; ``file`` for a path."""
    head, sep, _ = location.partition("://")
    return head.lower() if sep and head and all(c.isalnum() or c in "+.-" for c in head) else "file"


def local_store(location: str | None, settings: "Settings") -> Path | None:
    """The on-disk store of the `kg build` folder at ``location`` (``file://`` or a path),
    when it is one and the settings open it as it is; else None."""
    if location is None or location_scheme(location) != "file" or settings.store_kind != "Oxigraph":
        return None
    store = Path(location.removeprefix("file://")) / "store"
    return store if store.is_dir() else None


#: the ``store`` values that name a kind of store, not a location
STORE_KINDS = ("Oxigraph", "Memory")


def _env(name: str, default: str) -> str:
    return os.environ.get(name) or default


@dataclass(frozen=True)
class Settings:
    #: Namespace of instance IRIs (``<base>official/kevin-mcaleenan``); ends in "/" or "#".
    base_iri: str = field(default_factory=lambda: _env("KG_BASE_IRI", DEFAULT_BASE_IRI))
    #: Where the graph is, for the commands that read one (query, stats, export, view,
    #: validate) when no ``--graph`` is given: a `kg build` folder, an RDF file or a SPARQL
    #: server (``sparql+http://HOST:PORT``; see :data:`kg.graph.LOCATIONS`). Or how a
    #: folder is opened: "Oxigraph" (default; its on-disk store read-only) or "Memory" (an
    #: in-memory copy that may be changed). All evaluate queries with Oxigraph's engine.
    store: str = field(default_factory=lambda: _env("KG_STORE", "Oxigraph"))
    #: Where extraction results are cached by content hash; empty string (also KG_CACHE_DIR="") disables it.
    cache_dir: str = field(default_factory=lambda: os.environ.get("KG_CACHE_DIR", str(Path(".cache") / "extract")))

    @property
    def store_kind(self) -> str:
        """The store a graph being built, or a folder opened, lives in (:data:`kg.store.STORES`)."""
        return self.store if self.store in STORE_KINDS else "Oxigraph"

    @property
    def location(self) -> str | None:
        """The graph's location when ``store`` names one (a folder, a file, a server), else None."""
        return None if self.store in STORE_KINDS else self.store

    def __post_init__(self) -> None:
        if not self.base_iri.endswith(("/", "#")):
            object.__setattr__(self, "base_iri", self.base_iri + "/")
