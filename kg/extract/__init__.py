"""Extraction: one article's text in, plain facts out.

``extract_article`` is a pure function of the article (its text, title and date) and
the package's code and data, so results can be computed in parallel (on any worker
that has the package and the model) and cached by content hash (:mod:`kg.pipeline`). It does not write RDF and does not look at
other articles: resolving names across articles is :mod:`kg.resolve`'s job.

Each fact kind has its own extractor module, a callable ``(doc, ctx) -> list[fact]``,
run in the order :func:`_extractors` gives: officials come first because the other kinds refer
to the people they found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from ..facts import Article, ArticleFacts, Official

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass
class Context:
    """What an extractor may know besides the parsed text."""

    article: Article
    officials: list[Official] = field(default_factory=list)
    # mention -> canonical full name within this article, filled by the officials step
    people: dict[str, str] = field(default_factory=dict)

    def person(self, mention: str) -> str:
        """The full name a mention ("Mallory", "Kevim Mallory's") refers to in this article."""
        from .people import canonical_in_article

        return canonical_in_article(mention, self.people)


Extractor = Callable[["Doc", Context], list[Any]]


def _extractors() -> list[tuple[str, Extractor]]:
    # imported here so that `import kg` stays light
    from .agreements import extract_agreements
    from .aid import extract_aid
    from .meetings import extract_meetings
    from .officials import extract_officials

    return [
        ("officials", extract_officials),
        ("agreements", extract_agreements),
        ("aid", extract_aid),
        ("meetings", extract_meetings),
    ]


def extract_doc(doc: "Doc", article: Article) -> ArticleFacts:
    """Run every extractor over an already parsed article."""
    ctx = Context(article=article)
    facts = ArticleFacts(article=article)
    for kind, extractor in _extractors():
        found = extractor(doc, ctx)
        setattr(facts, kind, found)
        if kind == "officials":
            ctx.officials = found
    return facts


def extract_article(article: Article, nlp: "Language | None" = None) -> ArticleFacts:
    """Parse and extract one article."""
    from ..parse import load_nlp

    nlp = nlp or load_nlp()
    return extract_doc(nlp(article.text), article)
