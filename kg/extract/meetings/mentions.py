from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from ...annotate.index import proper_nouns
from ...gazetteer import capital_country, country, organisation, place_names
from ...parse import doc_text
from ..parties import canonical_person
from ..parties import surnames
from ..person_names import names_a_thing, reporters
from .interviews import turns
from .vocab import _fold, _lemmas, _place_regex, city_of, is_subdivision
from .syntax import _locative

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .. import Context


@dataclass(frozen=True)
class _Person:
    """One mention of a named person in the document."""

    start: int  # token offsets in the doc
    end: int
    root: int
    name: str  # canonical in the article
    titled: bool  # introduced with a title of office ("Foreign Minister X", "X, the minister")


@dataclass
class _People:
    """Every named-person mention of the article, and who among them are officials."""

    mentions: list[_Person]
    officials: set[str]
    by_token: dict[int, _Person] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # folded name -> post, lower case

    def __post_init__(self) -> None:
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m
        self._starts = [m.start for m in self.mentions]
        self._titled = {m.name for m in self.mentions if m.titled}
        self._official_ends = [(m.end, m.name) for m in self.mentions if self.is_official(m.name)]

    def within(self, start: int, end: int) -> list[_Person]:
        """The mentions that start in a token range (a sentence), found by bisection."""
        return self.mentions[bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)]

    def latest_first(self, token: int) -> Iterator[_Person]:
        """The mentions that start before a token, the nearest first (stops where the caller stops)."""
        for j in range(bisect.bisect_left(self._starts, token) - 1, -1, -1):
            yield self.mentions[j]

    def is_official(self, name: str) -> bool:
        return _fold(name) in self.officials or name in self._titled

    def holds(self, name: str, word: str) -> bool:
        """Whether the person's post has this word ("the two ministers": a minister)."""
        return word in re.findall(r"\w+", self.roles.get(_fold(name), ""))

    def latest_official(self, token: int) -> _Person | None:
        """The last mention of an official that ends before a token."""
        at = bisect.bisect_right(self._official_ends, (token, "\uffff"))
        if not at:
            return None
        end, name = self._official_ends[at - 1]
        return next((m for m in self.latest_first(end) if m.end == end and m.name == name), None)

    def latest_before(self, token: int, *, officials_only: bool = True) -> str | None:
        """The last person named before a token ("he" = the most recent named official)."""
        if officials_only:
            at = bisect.bisect_right(self._official_ends, (token, "\uffff"))
            return self._official_ends[at - 1][1] if at else None
        return next((m.name for m in self.latest_first(token) if m.end <= token), None)



def _people(doc: "Doc", ctx: "Context") -> _People:
    """Named-person mentions: PERSON entities, plus names of known officials the model missed."""
    known = surnames(doc)
    spans: list[tuple[int, int]] = []
    for start, end in _untagged_titled_names(doc):
        words = doc[start:end].text.split()
        spans.append((start, end))
        known.setdefault(words[-1], " ".join(words))  # "Reyes" later is the same person
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not names_a_thing(ent) and country(ent.text) is None and city_of(ent.text) is None:
            spans.append((ent.start, ent.end))
    forms: set[str] = set(ctx.people)
    for o in ctx.officials:
        forms.add(o.name)
        forms.update(o.aliases)
    forms.update(known.values())
    forms.update(known)
    covered = {i for s, e in spans for i in range(s, e)}
    # every known form in the text, the longest at each place; a form that overlaps a name
    # already found gives way to a shorter one inside it ("von der Leyen" -> "Leyen")
    text, pos = doc_text(doc), 0
    for start, end in _known_forms_at(text, [f for f in forms if f and len(f) > 2]):
        if start < pos:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not span.text[:1].isupper() or covered.intersection(range(span.start, span.end)):
            continue
        spans.append((span.start, span.end))
        covered.update(range(span.start, span.end))
        pos = end
    full_names = _full_names_by_surname(ctx, known)
    every_full = {f for f in [o.name for o in ctx.officials] + list(ctx.people.values()) + list(known.values()) if " " in f}
    misspelt = _misspelt_surnames(doc, full_names, spans)
    spans.extend((i, i + 1) for i in misspelt)
    in_places = _inside_places(doc)
    dialogue = turns(doc)
    mentions = []
    for start, end in sorted(spans):
        if _part_of_place(doc, start, end, in_places):
            continue
        if dialogue is not None and dialogue.in_label(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
            continue  # "Jordan Times: You met X": a Q&A's speaker label names nobody taking part
        span = doc[start:end]
        text = re.sub(r"['’]s?$", "", span.text.strip())
        # "Nepal, UAE sign pact" where the article quotes a "Rameshwar Nepal": a lone word that
        # names a state or place is that place, not the person's surname
        if not text or (" " not in text and _not_a_person(text)):
            continue
        name = misspelt.get(start) or canonical_person(ctx, text, known)
        if " " not in name and name in known:
            name = known[name]  # a surname the article gave in full earlier, which ctx.people lacks
        if " " not in name:
            name = _misspelling_of(name, full_names) or name
        else:
            name = _fuller_form_of(doc, start, end, name, every_full) or name
        if _not_a_person(name):
            continue
        mentions.append(_Person(start, end, span.root.i, name, _titled(span)))
    officials = {_fold(o.name) for o in ctx.officials}
    mentions = [m for m in mentions if _fold(m.name) not in reporters(doc)]  # a byline's reporter takes no part
    roles = {_fold(o.name): o.role.lower() for o in ctx.officials if o.role}
    return _People(_of_named_people(mentions, ctx), officials, roles=roles)


#: a character that joins a name to what stands next to it (a form must not be part of a longer word)
_WORD_CHAR = re.compile(r"[\w-]")


def _known_forms_at(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of the longest form found at each place of ``text`` that stands as a word
    of its own, in text order: what a regex alternation of the forms, longest first, finds
    searching from each place, without compiling a new pattern for every article."""
    ends: dict[int, list[int]] = {}
    for form in forms:
        at = text.find(form)
        while at >= 0:
            ends.setdefault(at, []).append(at + len(form))
            at = text.find(form, at + 1)
    out = []
    for start in sorted(ends):
        if start and _WORD_CHAR.match(text[start - 1]):
            continue
        end = max((e for e in ends[start] if e == len(text) or not _WORD_CHAR.match(text[e])), default=None)
        if end is not None:
            out.append((start, end))
    return out


def _not_a_person(name: str) -> bool:
    """A name the tagger called a person that is a state, a body or a place ("Papua New Guinea",
    "Rabat", "Rakhine State"), or a fragment with no capitalised word ("von der")."""
    if not any(w[:1].isupper() for w in name.split()):
        return True
    return bool(
        country(name) or organisation(name) or capital_country(name) or city_of(name) or name in place_names()
        or is_subdivision(name)
    )


def _of_named_people(mentions: list[_Person], ctx: "Context") -> list[_Person]:
    """The mentions less one-word names that are no part of any full name of the article:
    "Enlargement" of "Commissioner for Neighbourhood and Enlargement", "Accord" of "Government
    of National Accord" are words of a title or a body, whoever else read them as a name."""
    words: set[str] = set()
    for full in [m.name for m in mentions] + [o.name for o in ctx.officials] + list(ctx.people.values()):
        if " " in full:
            words.update(full.split())
    return [m for m in mentions if " " in m.name or m.name in words]


def _untagged_titled_names(doc: "Doc") -> list[tuple[int, int]]:
    """Names the tagger missed that a title follows: "Ana Ruiz Paz, undersecretary for Asia, met ...".

    Two to four capitalised proper nouns, none tagged, the last the subject or object of a verb,
    with a title of office in apposition."""
    heads = _lemmas("title_heads")
    out = []
    for i in proper_nouns(doc):
        tok = doc[i]
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or tok.ent_type_ in ("PERSON", "GPE"):
            continue
        left = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        start = min((c.i for c in left), default=tok.i)
        # "Foreign ministers Giorgos X and Y": a name the tagger took for a building, right
        # after a title of office, is a person's all the same
        title_before = start > 0 and doc[start - 1].head.i == tok.i and (
            doc[start - 1].lower_ in heads or doc[start - 1].lemma_.lower() in heads
        )
        if tok.ent_type_ and not title_before:
            continue
        if not title_before and not any(c.dep_ == "appos" and c.lower_ in heads for c in tok.children):
            continue
        name = doc[start : tok.i + 1]
        if not 2 <= len(name) <= 4 or any(t.pos_ != "PROPN" or not t.is_title or (t.ent_type_ and not title_before) for t in name):
            continue
        if title_before and organisation(name.text):
            continue
        if any(t.lower_ in heads for t in name) or country(name.text) or city_of(name.text):
            continue
        out.append((start, tok.i + 1))
    return out


def _inside_places(doc: "Doc") -> list[tuple[int, int]]:
    """Token spans of the multi-word places of the table ("Tuxtla Gutierrez", "San Pedro Sula")."""
    out = []
    for m in _place_regex().finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span) > 1:
            out.append((span.start, span.end))
    return out


def _part_of_place(doc: "Doc", start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """Whether a name the tagger called a person is the tail of a place: part of a longer
    place of the table, or a capitalised word right after a tagged place in a locative
    phrase ("in Tuxtla Gutierrez" read as GPE "Tuxtla" + PERSON "Gutierrez")."""
    if any(s <= start and end <= e and (s, e) != (start, end) for s, e in places):
        return True
    prev = doc[start - 1] if start > 0 else None
    if prev is None or prev.ent_type_ not in ("GPE", "LOC", "FAC") or not prev.text[:1].isupper():
        return False
    if prev.whitespace_ != " ":
        return False
    root = doc[start:end].root
    return _locative(root) or _locative(prev)


def _full_names_by_surname(ctx: "Context", known: dict[str, str]) -> dict[str, str]:
    """Surname -> full name, of the officials and people the article names in full."""
    out: dict[str, str] = {}
    for full in [o.name for o in ctx.officials] + list(ctx.people.values()) + list(known.values()):
        words = full.split()
        if len(words) > 1:
            out.setdefault(words[-1], full)
    return out


def _fuller_form_of(doc: "Doc", start: int, end: int, name: str, full_names: set[str]) -> str | None:
    """The one full name the article gave before, all of whose words a mention gives (with the
    capitalised word before it the tagger may have left out): "Ana Maria Ruiz Paz", with a middle
    name and a second surname, is the "Ana Ruiz" named first."""
    own = {name, doc[start:end].text}  # the mention's own reading is no other form of it
    if start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1
    words = {t.text for t in doc[start:end]}
    text = doc_text(doc)
    fits = {
        full for full in full_names - own
        if len(full.split()) < len(words) and set(full.split()) <= words and -1 < text.find(full) < doc[start].idx
    }
    return fits.pop() if len(fits) == 1 else None


def _misspelling_of(word: str, full_names: dict[str, str]) -> str | None:
    """The one full name whose surname a word misspells by one letter ("Larreta" for
    "Larretta"); short words are left alone, as "Cruz" and "Ruiz" are different people."""
    if len(word) < 6 or word in full_names:
        return None
    close = {full for last, full in full_names.items() if len(last) >= 6 and _one_edit(word, last)}
    return close.pop() if len(close) == 1 else None


def _misspelt_surnames(doc: "Doc", full_names: dict[str, str], spans: list[tuple[int, int]]) -> dict[int, str]:
    """Capitalised words the tagger left untagged that misspell a surname of the article:
    token index -> the full name."""
    taken = {i for s, e in spans for i in range(s, e)}
    out: dict[int, str] = {}
    read: dict[str, str | None] = {}  # a word said again is compared with the surnames once
    for i in proper_nouns(doc):
        tok = doc[i]
        if i in taken or not tok.is_title:
            continue
        if tok.text not in read:
            read[tok.text] = _misspelling_of(tok.text, full_names)
        full = read[tok.text]
        if full:
            out[tok.i] = full
    return out


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by one inserted, deleted or replaced letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _titled(span: "Span") -> bool:
    """Whether a name comes with a title of office: "Foreign Minister X", "X, the minister"."""
    heads = _lemmas("title_heads")
    doc = span.doc
    for i in range(span.start - 1, max(span.sent.start, span.start - 7) - 1, -1):
        tok = doc[i]
        if (tok.is_punct and tok.text not in ("’s", "'s", "’", "'")) or tok.ent_type_ == "PERSON":
            break  # "Minister X and the novelist Y": the title is X's
        if tok.lower_ in heads:
            return True
    if span.start > span.sent.start and doc[span.start - 1].text == ",":
        # "Guatemala's interior minister at the time, Enrique X": a title phrase set off by a comma
        for i in range(span.start - 2, max(span.sent.start, span.start - 10) - 1, -1):
            if doc[i].is_punct or doc[i].ent_type_ == "PERSON":
                break  # "Minister X and his wife, Y": the title is X's
            if doc[i].lower_ in heads:
                return True
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in heads:
        return True
    return any(c.dep_ == "appos" and any(t.lower_ in heads for t in c.subtree) for c in root.children)
