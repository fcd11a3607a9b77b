"""People a sentence names as parties: canonical names, actors, surnames (see :mod:`kg.extract.parties`).

- People are PERSON entities mapped to their canonical name in the article through
  ``ctx.person`` (people.py); until that lands, the mention itself.
- :func:`people_with_spans` also finds the names the tagger did not take for people
  ("JULY 26 - Larreta and Mallory sign ...") when the officials step knows them
  (``ctx.people``, ``ctx.officials``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from ..annotate.index import doc_ents, ents_in, per_document, proper_nouns
from ..gazetteer import country
from ..parse import doc_text
from .parties import _words
from .person_names import names_a_thing

if TYPE_CHECKING:
    from spacy.tokens import Span

    from . import Context


def canonical_person(ctx: "Context", mention: str, known: dict[str, str] | None = None) -> str:
    """The article's full name for a person mention, falling back to the mention itself.

    ``known`` maps surnames to the full names PERSON entities of the article gave, a
    fallback for "Mallory" after "Kevin Mallory" while ``ctx.person`` is missing.
    """
    mention = re.sub(r"['’]s?$", "", mention.strip())
    try:
        name = ctx.person(mention)
    except Exception:  # people.py not there yet, or it could not decide
        name = None
    if not name or name == mention:  # people.py did not know it: the doc's own full names may
        name = ctx.people.get(mention) or name
    if (not name or name == mention) and known and len(mention.split()) == 1:
        name = known.get(mention) or name
    return name or mention


def surnames(doc) -> dict[str, str]:
    """Surname -> the one full name (two or more words) PERSON entities give it in the doc."""
    full: dict[str, set[str]] = {}
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and not names_a_thing(ent):
            words = re.sub(r"['’]s?$", "", ent.text.strip()).split()
            if len(words) >= 2:
                full.setdefault(words[-1], set()).add(" ".join(words))
    return {last: next(iter(names)) for last, names in full.items() if len(names) == 1}


def people_in_span(
    span: "Span", ctx: "Context", *, skip_possessors: bool = True, with_spans: bool = False,
    known: dict[str, str] | None = None,
):
    """Canonical names of the people a span names as actors (not "Trump's chief").

    When people.py offers its own ``people_in_span`` this delegates to it.
    """
    try:
        from .people import people_in_span as shared  # type: ignore[attr-defined]
    except Exception:
        shared = None
    if shared is not None and not with_spans:
        try:
            return list(shared(span, ctx))
        except Exception:
            pass
    result: list[str] = []
    ents: list["Span"] = []
    for ent in ents_in(span):
        if ent.label_ != "PERSON" or names_a_thing(ent) or country(ent.text) is not None:
            continue
        if skip_possessors and (ent.root.dep_ == "poss" or ent.text.endswith(("'s", "’s"))):
            continue
        if any(t.lower_ in _words()["attribution_words"] for t in ent.root.ancestors):
            continue
        head = ent.root.head
        name = canonical_person(ctx, ent.text, known)
        if ent.root.dep_ == "compound" and head.i == ent.end and head.pos_ == "PROPN" and head.text.istitle():
            # "Julián Ordóñez Tinoco": the tagger cut a second surname off the name
            longer = canonical_person(ctx, f"{ent.text} {head.text}", known)
            name = longer if longer != f"{ent.text} {head.text}" or name == ent.text else name
        elif ent.root.dep_ == "compound" and head.ent_type_ != "PERSON" and not head.lower_.endswith("ing"):
            continue  # "the Trump administration": a modifier, not a person acting
        result.append(name)
        ents.append(ent)
    if with_spans:
        return result, ents
    return list(dict.fromkeys(result))


def people_with_spans(
    span: "Span", ctx: "Context", *, known: dict[str, str] | None = None
) -> list[tuple[str, "Span"]]:
    """(canonical name, mention span) of the people a span names as actors, in text order
    (:func:`_people_with_spans`), computed once per span and what it depends on: the
    agreements step reads each sentence twice with the same people."""
    key = (span.start, span.end, tuple(ctx.people.items()), tuple(o.name for o in ctx.officials),
           tuple(known.items()) if known else None)
    cache = per_document(span.doc, _PEOPLE_WITH_SPANS, lambda _doc: {})
    if key not in cache:
        cache[key] = _people_with_spans(span, ctx, known=known)
    return list(cache[key])


#: the ``doc.user_hooks`` key of :func:`people_with_spans`' answers
_PEOPLE_WITH_SPANS = "kg_people_with_spans"


def _people_with_spans(
    span: "Span", ctx: "Context", *, known: dict[str, str] | None = None
) -> list[tuple[str, "Span"]]:
    """(canonical name, mention span) of the people a span names as actors, in text order.

    PERSON entities as :func:`people_in_span` reads them, plus mentions of names the
    article's people map or officials know that the tagger left untagged or mislabelled
    ("JULY 26 - Larreta and Mallory sign"). Possessors and modifiers are skipped.
    """
    names_, ents = people_in_span(span, ctx, with_spans=True, known=known)
    found = list(zip(names_, ents))
    covered = {i for e in ents_in(span) if e.label_ == "PERSON" for i in range(e.start, e.end)}
    forms = {m for m in ctx.people if m and m[:1].isupper() and len(m) > 2}
    forms |= {o.name for o in ctx.officials if o.name}
    text = doc_text(span.doc)[span.start_char : span.end_char]
    doc = span.doc
    for m in _forms_regex(tuple(sorted(forms))).finditer(text) if forms else ():
        form = m.group(0)
        sub = doc.char_span(span.start_char + m.start(), span.start_char + m.end(), alignment_mode="expand")
        if sub is None or not len(sub) or any(t.i in covered for t in sub):
            continue
        root = sub.root
        after = doc[sub.end] if sub.end < len(doc) else None
        if root.dep_ == "poss" or (after is not None and after.tag_ == "POS"):
            continue
        if root.dep_ == "compound" and not (root.head.ent_type_ == "PERSON" or root.head.i in covered):
            continue  # "the Trump administration"
        if country(form) is not None or root.dep_ not in _ACTOR_DEPS:
            continue  # "frustrating Trump": not an actor of the clause
        found.append((canonical_person(ctx, form, known), sub))
    # a surname alone, spelt another way ("Larreta" for the official "Esteban Larretta")
    full_names: set[str] | None = None  # made only when a proper noun asks
    used = {t.i for _, sub in found for t in sub}
    proper = proper_nouns(doc)  # the only tokens this loop reads
    for tok in (doc[i] for i in proper[bisect_left(proper, span.start) : bisect_left(proper, span.end)]):
        if tok.i in covered or tok.i in used or not tok.text[:1].isupper():
            continue
        if tok.dep_ not in _ACTOR_DEPS or country(tok.text) is not None:
            continue
        name = canonical_person(ctx, tok.text, known)
        if name != tok.text:
            if full_names is None:
                full_names = {o.name for o in ctx.officials} | {n for n in ctx.people.values() if len(n.split()) >= 2}
            if name in full_names:
                found.append((name, doc[tok.i : tok.i + 1]))
    found.sort(key=lambda f: f[1].start)
    return found


@lru_cache(maxsize=16)
def _forms_regex(forms: tuple[str, ...]) -> re.Pattern[str]:
    """The known names as whole words, the longest first at each place: one scan of a
    sentence for all of them, however many the article knows."""
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


_ACTOR_DEPS = ("nsubj", "nsubjpass", "conj", "appos", "pobj", "dobj")
