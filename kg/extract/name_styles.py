"""Which naming style a person's name follows, for :mod:`.names`' canonical form: Spanish
names carry two surnames and are cited by the FIRST; Portuguese names are cited by the LAST.
Read from the given names (``given_names.json`` "hispanic_given_names",
"portuguese_given_names") and the letters a name is written with.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from .. import gazetteer


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents: the key spellings are compared on (cached: names repeat)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


_SPANISH_LETTERS = re.compile(r"[áíóúñÁÍÓÚÑ]")  # "é" is French too: "Mahamat Idriss Déby"


@cache
def _hispanic_given_folded() -> frozenset[str]:
    return frozenset(fold(n) for n in gazetteer.hispanic_given_names())


_PORTUGUESE_LETTERS = re.compile(r"[ãõçâêôÃÕÇÂÊÔ]")


@cache
def _portuguese_given() -> frozenset[str]:
    """Compared with their accents: "Sérgio" is Portuguese, "Sergio" Spanish."""
    return frozenset(n.lower() for n in gazetteer.given_name_data().get("portuguese_given_names", ()))


def is_portuguese(words: list[str]) -> bool:
    """A Portuguese-style name: a given name only Portuguese uses first or second ("João",
    "Rogério", ``given_names.json`` "portuguese_given_names") or Portuguese letters ("ã", "ç"). Such a name
    is cited by its given names and its LAST surname ("Fernando Henrique Cardoso", "Rogério
    Araújo Mendonça" -> "Rogério Mendonça"), not the first as a Spanish one is."""
    return any(w.lower() in _portuguese_given() for w in words[:2]) or any(_PORTUGUESE_LETTERS.search(w) for w in words)


def is_hispanic(words: list[str]) -> bool:
    """A Spanish-style name: a Spanish given name first, or Spanish accents in it ("é" alone
    is French too: "Mahamat Idriss Déby" has no two surnames).

    Not a Portuguese name ("João Silva Santos"): Portuguese surnames are cited by the last.
    Given names common in English too ("Sandra", "Victor") are not listed, so "Sandra Day
    O'Connor" keeps her last word.
    """
    if is_portuguese(words):
        return False
    return fold(words[0]) in _hispanic_given_folded() or any(_SPANISH_LETTERS.search(w) for w in words)
