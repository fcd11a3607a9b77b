"""Who a span names as actors: the canonical names of the people a clause names, a bare
title ("the Acting Secretary") as the article's one official with that post, and "he"/"she"
as the official named just before. Part of :mod:`.people` (re-exported there); the people map
itself (mention -> canonical name) is :mod:`.people`'s.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from .names import fold, is_given_name, name_particles, name_words, name_words_data
from .person_names import is_person_entity, name_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from . import Context


def _unique(values) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def people_in_span(span: "Span", ctx: "Context") -> list[str]:
    """Canonical names of the people a span names as actors, in text order.

    Named people count unless they only modify something ("Trump's chief", "the Trump
    administration") or are a source ("according to X"). A title alone ("the Acting
    Secretary") is the one official of the article holding it; "he"/"she" as a subject is
    the one official named in the closest earlier sentence that names any.
    """
    found: list[tuple[int, str]] = []
    ents = ents_in(span)
    for ent in ents:
        if not is_person_entity(ent) or not _acts(ent):
            continue
        found.append((ent.start, ctx.person(name_of(ent).text)))
    covered = {i for ent in ents for i in range(ent.start, ent.end)}
    # one word the tagger took for a place or a thing may be an official's name ("Muscat said")
    lone = {ent.start for ent in ents if len(ent) == 1 and not is_person_entity(ent)}
    officials = {o.name for o in ctx.officials}
    for tok in span:
        # a known surname the tagger did not take for a person ("Larios said"), or a word of
        # an official's full name the press names them by ("Abiy" for "Abiy Ahmed")
        if (tok.i not in covered or tok.i in lone) and tok.pos_ == "PROPN" \
                and tok.dep_ in ("nsubj", "nsubjpass", "conj", "pobj", "dobj"):
            name = ctx.people.get(tok.text) or _official_by_word(tok.text, officials)
            if name and len(name.split()) >= 2 and name in officials:
                found.append((tok.i, name))
    for start, name in _titles_alone(span, ctx, covered):
        found.append((start, name))
    for tok in span:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in name_words("pronouns"):
            name = _antecedent(span, ctx)
            if name:
                found.append((tok.i, name))
    found.sort()
    return _unique(name for _, name in found)


def _official_by_word(word: str, officials: set[str]) -> str | None:
    """The one official whose full name has ``word`` as its first word, surname or a word
    between ("Abiy" for "Abiy Ahmed", "Lula" for "Luiz Inácio Lula da Silva"), a common given
    name only as the surname; None when none or several have."""
    key = fold(word)
    if key in name_particles():
        return None
    hits = {n for n in officials if len(n.split()) >= 2 and key in _words(n)
            and (key == _words(n)[-1] or not is_given_name(word))}
    return hits.pop() if len(hits) == 1 else None


def _words(name: str) -> list[str]:
    """A name's folded words, without a generational suffix ("Silvestre Bello III": the surname last)."""
    words = fold(name).split()
    suffixes = {fold(w) for w in name_words_data("generational_suffixes")}
    return words[:-1] if len(words) >= 3 and words[-1] in suffixes else words


def ents_in(span: "Span") -> list["Span"]:
    """The entities inside ``span``, from an index built once per document (``Span.ents``
    walks the document's entity list on every call)."""
    from spacy.tokens import Span

    index = _index(span.doc)
    starts, ends, labels = index["starts"], index["ends"], index["labels"]
    k = bisect_left(starts, span.start)
    out = []
    while k < len(starts) and starts[k] < span.end:
        if ends[k] <= span.end:
            out.append(Span(span.doc, starts[k], ends[k], label=labels[k]))
        k += 1
    return out


def _index(doc: "Doc") -> dict[str, list]:
    """The document's entities (starts, ends, labels) and sentence bounds, computed on first
    use and kept as plain numbers so the document still serialises."""
    index = doc.user_data.get(_INDEX)
    if index is None:
        ents = doc.ents
        index = doc.user_data[_INDEX] = {
            "starts": [e.start for e in ents], "ends": [e.end for e in ents], "labels": [e.label for e in ents],
            "sentences": [[s.start, s.end] for s in doc.sents],
        }
        index["sentence_ends"] = [e for _, e in index["sentences"]]
    return index


_INDEX = "kg_people_index"


def _acts(ent: "Span") -> bool:
    """Whether a person entity is an actor, not a modifier or a source."""
    root = ent.root
    if root.dep_ == "poss" or ent.text.endswith(("'s", "’s")) or (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS"):
        return False
    if any(t.lower_ in name_words("reported_speech") for t in root.ancestors):
        return False
    if root.dep_ == "compound" and root.head.ent_type_ != "PERSON":
        return False
    return True


def _titles_alone(span: "Span", ctx: "Context", covered: set[int]) -> list[tuple[int, str]]:
    """"the Acting Secretary", "the minister": the article's one official with that post."""
    from .roles import parse_title, title_words

    out: list[tuple[int, str]] = []
    words = title_words()
    toks = list(span)
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.lower_ not in name_words("articles"):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and toks[j].i not in covered and (toks[j].lower_ in words or _title_cased(toks[j])):
            j += 1
        if j > i + 1 and (j == len(toks) or toks[j].i not in covered):
            phrase = " ".join(t.text for t in toks[i + 1 : j])
            role = parse_title(phrase)
            if role is not None and not role.excluded:
                holder = _holder(role, ctx)
                if holder:
                    out.append((toks[i].i, holder))
        i = max(j, i + 1)
    return out


def _title_cased(tok: "Token") -> bool:
    from .roles import is_head_word

    return tok.text[:1].isupper() and is_head_word(tok.text)


def _holder(role, ctx: "Context") -> str | None:
    """The one official whose post a bare title names."""
    want = _role_key(role.role)
    hits = {
        o.name
        for o in ctx.officials
        if o.role
        and (_role_key(o.role) == want or _role_key(o.role).startswith(want + " "))
        and (role.country is None or role.implied_country or o.country == role.country)
    }
    return next(iter(hits)) if len(hits) == 1 else None


def _role_key(role: str) -> str:
    """A role compared without case, "Acting" or "the": the acting holder holds the post."""
    words = [w for w in fold(role).split() if w not in name_words("role_fillers")]
    return " ".join(words)


def _antecedent(span: "Span", ctx: "Context") -> str | None:
    """The official a sentence-level "he"/"she" refers to: the one named most recently."""
    official_names = {o.name for o in ctx.officials}
    index = _index(span.doc)
    bounds = index["sentences"]
    before = bisect_right(index["sentence_ends"], span.start)  # sentences ending before the span
    sents = [span.doc[s:e] for s, e in bounds[max(0, before - 3) : before]]
    for sent in reversed(sents):
        named = _unique(
            ctx.person(name_of(e).text) for e in ents_in(sent) if is_person_entity(e)
        )
        named = [n for n in named if n in official_names]
        if len(named) == 1:
            return named[0]
        if len(named) > 1:
            return None
    return None
