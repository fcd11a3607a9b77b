"""Settings: what a deployment may change without touching code.

Each setting has a default, can be overridden by an environment variable, and can be
passed explicitly through the Python API and CLI flags.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .vocab import DEFAULT_BASE_IRI


def _env(name: str, default: str) -> str:
    return os.environ.get(name) or default


@dataclass(frozen=True)
class Settings:
    #: Namespace of instance IRIs (``<base>official/kevin-mcaleenan``); ends in "/" or "#".
    base_iri: str = field(default_factory=lambda: _env("KG_BASE_IRI", DEFAULT_BASE_IRI))
    #: Store name (:data:`kg.store.STORES`): "Oxigraph" (default; a build folder's on-disk
    #: store is opened read-only) or "Memory" (an in-memory Oxigraph store, a build folder
    #: copied into it). Both evaluate queries with Oxigraph's engine.
    store: str = field(default_factory=lambda: _env("KG_STORE", "Oxigraph"))
    #: Where extraction results are cached by content hash; empty string (also KG_CACHE_DIR="") disables it.
    cache_dir: str = field(default_factory=lambda: os.environ.get("KG_CACHE_DIR", str(Path(".cache") / "extract")))

    def __post_init__(self) -> None:
        if not self.base_iri.endswith(("/", "#")):
            object.__setattr__(self, "base_iri", self.base_iri + "/")
