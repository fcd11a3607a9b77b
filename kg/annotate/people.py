"""People named in a document, with the titles and posts the text gives them, put on the ``Doc`` once.

The ``accord_people`` component (``nlp.add_pipe("accord_people")``, after the world
layer) writes ``doc.spans["kg_people"]``: one span per naming of a person, in text
order, split as ``spacy/pipeline/span_ruler.py`` splits its work: find the mentions
(:func:`kg.extract.person_mentions.find_mentions`), then set the annotations.

Each span keeps the annotation layer's contract (:mod:`kg.annotate`): ``label_`` is
"PERSON"; ``kb_id_`` the name in its canonical "First Last" form
(:func:`kg.extract.names.canonical_form`; an article's own fuller spelling of the same
person is :mod:`kg.extract.people`'s to pick); ``span._.kg`` a plain dict (documents still
serialise) of

- ``post``: the post read beside the name, or None: ``role`` ("Minister of the
  Interior"), ``state`` (the state or international body served, or None), ``head``
  ("Minister"), ``excluded`` (a former office, or a post at an NGO or news outlet),
  ``implied`` (the state only follows from the portfolio);
- ``confidence``: how sure the pattern that read the post is (:mod:`kg.extract.official_mentions`);
- ``after_title``: the name directly follows its title ("President Trump");
- ``sentence``: [start, end] tokens of the sentence it was read in;
- ``other_states``: states that are another official's, not this person's: a counterpart's
  ("X met his Moroccan counterpart") or one named in the title of an official named after
  ("then immigration minister X and Rwanda's foreign minister, Y").

A document the component did not see is marked on first use (:func:`mark_people`), as
:func:`kg.world_spans.mark_world` does, so readers work whether or not the pipeline has it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..extract.official_mentions import _Mention

PEOPLE = "kg_people"
PERSON = "PERSON"
#: the custom span attribute holding a span's details (the annotation layer's one attribute)
ATTR = "kg"

if not Span.has_extension(ATTR):
    Span.set_extension(ATTR, default=None)


def mark_people(doc: "Doc") -> "Doc":
    """Set ``doc.spans["kg_people"]`` (once per document)."""
    if PEOPLE in doc.spans:
        return doc
    from ..extract.person_mentions import find_mentions

    doc.spans[PEOPLE] = [_span(doc, m) for m in find_mentions(doc)]
    return doc


def people(doc: "Doc") -> list[Span]:
    """The document's person mentions, in text order (marking the document on first use).
    The spans are made once per document and kept in ``doc.user_hooks`` (a span group makes
    a new ``Span`` per item on every read, and many extractors ask per sentence)."""
    found = doc.user_hooks.get(_SPANS)
    if found is None:
        found = doc.user_hooks[_SPANS] = list(mark_people(doc).spans[PEOPLE])
    return list(found)


#: ``doc.user_hooks`` key of :func:`people`'s spans
_SPANS = "kg_people_spans"


def _span(doc: "Doc", mention: "_Mention") -> Span:
    from ..extract.names import canonical_form

    end = _end(doc, mention)
    role = mention.role
    post: dict[str, Any] | None = None
    if role is not None:
        post = {"role": role.role, "state": role.country, "head": role.head,
                "excluded": role.excluded, "implied": role.implied_country}
    span = Span(doc, mention.start, end, label=PERSON, kb_id=canonical_form(mention.text))
    span._.set(ATTR, {
        "post": post,
        "confidence": mention.confidence,
        "after_title": mention.after_title,
        "sentence": [mention.sentence.start, mention.sentence.end],
        "text": mention.text,
        "other_states": list(mention.other_states),
    })
    return span


def _end(doc: "Doc", mention: "_Mention") -> int:
    """The token after the name (as many tokens as the name has words when the finder did not say)."""
    end = mention.end if mention.end > mention.start else mention.start + max(1, len(mention.text.split()))
    return min(end, mention.sentence.end, len(doc))


def mention_of(span: Span) -> "_Mention":
    """The officials step's view of one ``kg_people`` span: the name, its sentence and post."""
    from ..extract.official_mentions import _Mention
    from ..extract.roles import Role

    info = span._.get(ATTR) or {}
    post = info.get("post")
    role = None
    if post is not None:
        role = Role(post["role"], post["state"], post["head"], post["excluded"], post["implied"])
    start, end = info.get("sentence") or (span.sent.start, span.sent.end)
    return _Mention(info.get("text") or span.text, span.doc[start:end], span.start, role,
                    info.get("confidence", 0.0), info.get("after_title", False), span.end,
                    info.get("other_states", []))


@Language.factory("accord_people", assigns=["doc.spans"], requires=["doc.ents", "token.dep", "token.pos"])
def make_people_tagger(nlp: Language, name: str) -> "PeopleTagger":
    """The pipeline component that marks the people a document names (:func:`mark_people`)."""
    return PeopleTagger(name)


class PeopleTagger:
    """A pipeline component: :func:`mark_people` on each document."""

    def __init__(self, name: str = "accord_people") -> None:
        self.name = name

    def __call__(self, doc: "Doc") -> "Doc":
        return mark_people(doc)


__all__ = ["PEOPLE", "PeopleTagger", "mark_people", "mention_of", "people"]
