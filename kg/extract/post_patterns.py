"""Posts read by token patterns kept as data (``kg/data/patterns/posts.jsonl``).

Each line of the file is one pattern: spaCy :class:`~spacy.matcher.Matcher` token specs, each
tagged with the group it fills (``person``, the holder; other names fill the ``post``
template), the post as a template, and example sentences that ``tests/test_post_patterns.py``
runs. A group is filled with its words in title case ("home affairs select committee" ->
"Home Affairs Select Committee"); ``post`` (the holder's title) and ``principal`` (the
title of the official someone speaks for) with the post :func:`kg.extract.roles.parse_title`
reads, whose state the post takes; ``state`` with the state the gazetteer knows by that
name, which the post serves.
A new form of post is a new line of data, not code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from .. import gazetteer
from ..annotate.index import per_document
from .roles import Role, parse_title

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

PERSON = "person"
PRINCIPAL = "principal"  # the official someone speaks for: a title, read as a post
POST = "post"  # the holder's own title, read as a post
STATE = "state"  # the state served, named apart from the title
ACRONYM = "acronym"  # a body's acronym, read as the full name the document spelled out before it


@dataclass(frozen=True)
class PostPattern:
    """One pattern of ``posts.jsonl``."""

    id: str
    groups: tuple[str | None, ...]  # the group of each token spec, in order
    specs: tuple[dict, ...]
    post: str  # template: "Chair of the {body}"
    head: str  # the head of the post ("Chair"); a ``post`` group gives its own
    examples: tuple[dict, ...]
    requires: tuple[tuple[str, str], ...] = ()  # (group, titles.json word list) one of whose words it must hold


@dataclass(frozen=True)
class PatternPost:
    """A post a pattern read: the holder's tokens and the post."""

    start: int
    end: int
    role: Role
    pattern: str
    match: tuple[int, int] = (0, 0)  # the tokens the whole pattern matched


@cache
def patterns() -> tuple[PostPattern, ...]:
    """The patterns of ``kg/data/patterns/posts.jsonl``, in file order."""
    text = resources.files("kg.data").joinpath("patterns/posts.jsonl").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        out.append(PostPattern(row["id"], tuple(g for g, _ in row["tokens"]), tuple(s for _, s in row["tokens"]),
                               row["post"], row.get("head", ""), tuple(row.get("examples", ())),
                               tuple(row.get("requires", {}).items())))
    return tuple(out)


@cache
def _matcher(vocab: "Vocab") -> "Matcher":
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    for p in patterns():
        matcher.add(p.id, [list(p.specs)], greedy="LONGEST")
    return matcher


@cache
def _gate(vocab: "Vocab"):
    from ..annotate.fast_match import SpanGate

    return SpanGate(vocab, [list(p.specs) for p in patterns()])


def find_posts(span: "Span | Doc") -> list[PatternPost]:
    """Every post the patterns read in ``span`` (a sentence or a document)."""
    from spacy.tokens import Span

    by_id = {p.id: p for p in patterns()}
    found: list[PatternPost] = []
    doc = span.doc if isinstance(span, Span) else span
    offset = span.start if isinstance(span, Span) else 0
    if isinstance(span, Span) and not _gate(doc.vocab).may_match(span):
        return found  # a sentence without some mandatory word of every pattern: no match
    for match_id, start, end, alignment in _matcher(doc.vocab)(span, with_alignments=True):
        pattern = by_id[doc.vocab.strings[match_id]]
        groups: dict[str, list[int]] = {}
        for k, spec_index in enumerate(alignment):
            name = pattern.groups[spec_index]
            if name:
                groups.setdefault(name, []).append(offset + start + k)
        role = _post(pattern, doc, groups)
        holder = _holder(doc, groups.get(PERSON, []))
        post = (PatternPost(min(holder), max(holder) + 1, role, pattern.id, (offset + start, offset + end))
                if role and holder else None)
        if post is not None and not any((p.start, p.end, p.role) == (post.start, post.end, post.role) for p in found):
            found.append(post)  # two patterns may read the same post
    return found


def posts_in(sent: "Span") -> list[PatternPost]:
    """The posts the patterns read inside ``sent``, matched once per sentence and kept in the
    document's ``user_hooks`` for every later request. Matching sentence by sentence, not the
    whole document at once, keeps the cost linear: the patterns' open-ended operators make one
    match attempt over a long run of tokens grow with the cube of its length."""
    found = per_document(sent.doc, _POSTS, lambda _: {})
    key = (sent.start, sent.end)
    if key not in found:
        found[key] = find_posts(sent)
    return found[key]


_POSTS = "kg_pattern_posts"


def _holder(doc: "Doc", tokens: list[int]) -> list[int]:
    """The holder's name in a ``person`` group: its PERSON-tagged tokens when the tagger found
    the name ("MP Sarah Quinn" -> "Sarah Quinn"), else the group."""
    named = [i for i in tokens if doc[i].ent_type_ == "PERSON"]
    return named or tokens


def _post(pattern: PostPattern, doc: "Doc", groups: dict[str, list[int]]) -> Role | None:
    """The post a match gives: the template filled from its groups; None when a group that
    must read as a title or a state does not."""
    values: dict[str, str] = {}
    country = None
    head = pattern.head
    spelled = _spelled_out(doc, groups[ACRONYM][0]) if ACRONYM in groups else None
    if ACRONYM in groups and spelled is None:
        return None
    for name, listed in pattern.requires:
        words = {w.text for w in doc[min(groups[name]) : max(groups[name]) + 1]} if name in groups else set()
        words = set(spelled.split()) if name == ACRONYM and spelled else words
        if not words & set(gazetteer.titles().get(listed, {}).get("words", [])):
            return None  # "the Migrant Solidarity Network, led by X": no body of a state
    for name, idx in groups.items():
        words = doc[min(idx) : max(idx) + 1]
        if name == PERSON:
            continue
        if name in (PRINCIPAL, POST):
            title = parse_title(words.text)
            if title is None or title.excluded:
                return None
            values[name], country = title.role, country or title.country
            if name == POST:
                head = title.head
        elif name == ACRONYM and spelled:
            values[name] = spelled
            country = country or next((o.serves for _, _, o in gazetteer.find_organisations(spelled)
                                       if o.kind == "agency" and o.serves), None)
        elif name == STATE:
            state = gazetteer.country(words.text)
            if state is None:
                return None
            values[name] = country = state.name
        else:
            small = gazetteer.grammar_words("title_small_words")
            values[name] = " ".join(w.text if w.text.isupper() or (w.lower_ in small and w.i > words.start)
                                    else w.text.capitalize() for w in words)
            # "the National Migration Institute, headed by X": a body the data knows serves its state
            country = country or next((o.serves for _, _, o in gazetteer.find_organisations(words.text)
                                       if o.kind == "agency" and o.serves), None)
    try:
        return Role(pattern.post.format(**values), country, head)
    except KeyError:
        return None


def _spelled_out(doc: "Doc", at: int) -> str | None:
    """"the National Migration Institute (INM)": the capitalised words right before the
    acronym of token ``at`` in brackets earlier in the document, else None."""
    small = gazetteer.grammar_words("title_small_words")
    acronym = doc[at].text
    for k in range(at - 1, 1, -1):
        if doc[k].text != acronym or doc[k - 1].text != "(" or k + 1 >= len(doc) or doc[k + 1].text != ")":
            continue
        j = k - 1
        while j >= 1 and (doc[j - 1].is_title or (j >= 2 and doc[j - 1].lower_ in small and doc[j - 2].is_title)):
            j -= 1
        while j < k - 1 and doc[j].lower_ in small:
            j += 1
        return doc[j : k - 1].text if j < k - 1 else None
    return None


__all__ = ["PatternPost", "PostPattern", "find_posts", "patterns", "posts_in"]
