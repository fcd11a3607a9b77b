"""Who an article's agreements are with, when a mention names only some of the parties.

No party is built in: the article is ranked (:func:`rank_parties`) and a mention with one
party of its own is with the first-ranked other one (:func:`counterpart`); "X signed
agreements with A and B" is one each with X (:func:`signing_subject`); "the third country,
after A and B, to sign ..." names agreements of A and B too (:func:`precedent_ranges`).
Vocabulary: ``government_terms``, ``partner_prepositions`` and ``precedent_prepositions``
in ``kg/data/agreement_terms.json``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from ...facts import Official
from ...gazetteer import find_countries, find_organisations
from ..parties import US, CountryMemory, CountryMention, countries_in, government_terms, names, terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .. import Context
    from .model import Draft


@cache
def _vocab() -> dict:
    return terms("agreement_terms.json")


@cache
def igos() -> frozenset[str]:
    """Intergovernmental organisations: parties of their own, never a state's counterpart."""
    from ...gazetteer import organisations

    return frozenset(o.name for o in organisations() if o.kind == "igo")


@dataclass
class PartyMemory(CountryMemory):
    """The most recent enumerations of two or more parties. As in :class:`CountryMemory` the
    United States (the counterpart of most lists), and the article's main party ``hub`` when
    it has one, are left out ("the three countries" after "the US and A, B and C", "Norwegian
    minister X visited A, B and C ... all three"), but a list of that length with them is kept
    too: "Canada and the U.S. ... the two countries" are Canada and the United States."""

    hub: str | None = None

    def update(self, mentions: list[CountryMention]) -> None:
        named = list(dict.fromkeys(m.name for m in mentions if m.via != ANAPHORA))
        without = [n for n in named if n not in (US, self.hub)]
        for found in ([named] if len(named) > len(without) else []) + [without]:
            if len(found) >= 2:
                self.last_list = found
                self.history.append(found)


#: how kg.extract.parties marks a country "the two countries" stands for
ANAPHORA = "anaphora"


class Ranking(NamedTuple):
    """An article's parties, the likeliest counterpart first, and its main party (None when
    the first two are named alike: the text does not say which it is)."""

    parties: tuple[str, ...]
    main: str | None


def rank_parties(text: str, officials: list[Official], deals: list[list[str]], partner: Counter[str]) -> Ranking:
    """The parties an article's agreements are likely with: first the one whose government
    the article follows most (its officials, its agencies, words for its government such as
    "Washington" in ``government_terms``), then by how many of the agreements that name two
    parties (``deals``) it is in (the party that makes deals with several others, not the
    partner of one that an article about that deal names most), then by how often it is
    named, then by how often an agreement is made "with" it (``partner``)."""
    in_deals = Counter(p for parties in deals for p in set(parties))
    named: Counter[str] = Counter(c.name for _, _, c in find_countries(text))
    # the officials of a body such as UNHCR speak about states' deals; they make it no party
    government: Counter[str] = Counter(o.country for o in officials if o.country and o.country not in igos())
    for _, _, org in find_organisations(text):
        if org.kind == "igo":
            named[org.name] += 1
        elif org.kind == "agency" and org.serves:
            government[org.serves] += 1
    for party, pattern in government_terms():
        government[party] += len(pattern.findall(text))
    parties = set(named) | {p for p, n in government.items() if n}

    def score(p: str) -> tuple[int, ...]:
        return (government[p], in_deals[p], named[p], partner[p])

    ranked = tuple(sorted(parties, key=lambda p: (tuple(-x for x in score(p)), p)))
    tied = len(ranked) > 1 and score(ranked[0]) == score(ranked[1])
    return Ranking(ranked, None if tied or not ranked else ranked[0])


def counterpart(own: list[str], ranking: Ranking, *, each: bool = False) -> str | None:
    """The party a mention's agreement is with, given the mention's own parties ``own``.

    With one party of its own, the article's first-ranked party (``ranking``, see
    :func:`_counterparts`) unless that is the one (then nobody: the article's main party
    alone names no partner); with several, and ``each`` (one agreement per party: "X and Y
    signed agreements"), the article's first-ranked party; else the first-ranked of its own
    parties, none added."""
    main, ranked = ranking.main, ranking.parties
    if not ranked:
        return None
    if len(set(own)) == 1:
        if main is not None and main in own:
            return None
        return next((p for p in ranked if p not in own), None)
    if each:
        return main if main is not None else next((p for p in ranked if p not in own), None)
    return main if main in own else None


def other_parties(own: list[str], hub: str | None, ranking: Ranking) -> list[str]:
    """The parties of ``own`` besides the counterpart; none when the article's main party is
    the only one ("The U.S. administration calls it an Asylum Cooperation Agreement": no new
    agreement, the one already reported)."""
    if ranking.main is not None and set(own) == {ranking.main}:
        return []
    return [p for p in own if p != hub]


def signing_subject(verbs: list["Token"], parties: list[str]) -> str | None:
    """The one party the agreements of a signing "with" others are each with: its subject
    when that is one party ("X signed agreements with A and B"), else the one party after
    "with" ("A, B and C have all signed agreements with X", "they all signed ... with X")."""
    for verb in verbs:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        partner_words = _vocab()["partner_prepositions"]
        withs = [c for n in [verb, *objects] for c in n.children if c.dep_ == "prep" and c.lower_ in partner_words]
        if (subject is None and verb.tag_ not in ("VBD", "VBZ", "VBP")) or not withs:
            continue
        in_subject = [p for p in parties_named(subject) if p in parties] if subject is not None else []
        if len(in_subject) == 1:
            return in_subject[0]
        partners = list(dict.fromkeys(p for w in withs for p in parties_named(w) if p in parties))
        # "In the Caucasus, A and B both signed agreements with X", parsed with "both" alone
        # as the subject, or none: a subject that names no party stands for the others
        others = [p for p in parties if p not in partners]
        if (len(in_subject) > 1 or (not in_subject and len(set(others)) >= 2)) and len(partners) == 1:
            return partners[0]
    return None


def organisations_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, party) of the organisations a text names that can be parties: a body is
    its own party ("UNHCR"), an institution or agency the party it serves ("the European
    Commission" -> European Union, "the Department of Homeland Security" -> United States)."""
    return [
        (start, end, org.serves or org.name)
        for start, end, org in find_organisations(text)
        if org.kind == "igo" or (org.kind == "agency" and org.serves)
    ]


def parties_named(node: "Token") -> list[str]:
    """States and bodies the words under ``node`` name, also by a word for a government."""
    words = "".join(t.text_with_ws for t in node.subtree)
    named = names(countries_in(words)) + [n for _, _, n in organisations_in(words)]
    return named + [party for party, pattern in government_terms() if pattern.search(words)]


def token_before(sent: "Span", start: int) -> str:
    """The word before the name at sentence offset ``start``, past a determiner ("with the US")."""
    char = sent.start_char + start
    tok = next((t for t in sent if t.idx >= char), None)
    if tok is None or tok.i == sent.start:
        return ""
    before = tok.nbor(-1)
    if before.dep_ == "det" and before.i > sent.start:
        before = before.nbor(-1)
    return before.lower_


def precedent_ranges(sent: "Span") -> list[tuple[int, int]]:
    """Sentence offsets of phrases naming who did a thing before ("after A and B", "like A",
    "after A did so in July"), from the prepositions in ``precedent_prepositions``."""
    words = set(_vocab()["precedent_prepositions"])
    verbs = set(_vocab()["precedent_verbs"])
    out = []
    for tok in sent:
        # "..., joining A and B": a participle whose objects did it before
        joining = tok.tag_ == "VBG" and tok.lemma_.lower() in verbs
        if not (joining or tok.dep_ in ("prep", "mark") and tok.lower_ in words) or tok.i == 0 or tok.nbor(-1).text != ",":
            continue  # set off by a comma: not "grew after X and Y signed a declaration"
        # only names right under the preposition: "after A and B", not "after talks with A";
        # of a clause, its subject: "..., after A did so in July"
        deps = ("dobj",) if joining else ("nsubj",) if tok.dep_ == "mark" else ("pobj",)
        under = tok.head if tok.dep_ == "mark" and not joining else tok
        if tok.dep_ == "mark" and not joining and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in under.children):
            continue  # "..., after A and B signed agreements that ...": their own signing, told there
        for obj in (c for c in under.children if c.dep_ in deps and c.pos_ == "PROPN"):
            for name in [obj, *(c for c in obj.subtree if c.dep_ == "conj" and c.pos_ == "PROPN")]:
                left = name.left_edge if name is not obj else next(iter(name.lefts), name)
                out.append((min(left.idx, name.idx) - sent.start_char, name.idx + len(name.text) - sent.start_char))
    return out


def pronoun_precedent_ranges(sent: "Span") -> list[tuple[int, int]]:
    """Sentence offsets of the parties in "..., like those with A and B": agreements of the
    same first party as the one the sentence names, each with A and B."""
    words = set(_vocab()["precedent_prepositions"])
    partner_words = set(_vocab()["partner_prepositions"])
    out = []
    companions = set(_vocab()["companion_adverbs"])
    for tok in sent:
        # "the agreement, together with those with A and B": those beside it, likewise
        beside = tok.lower_ in partner_words and tok.i > 0 and tok.nbor(-1).lower_ in companions
        if tok.dep_ != "prep" or not (beside or tok.lower_ in words) or tok.i == 0 or not (beside or tok.nbor(-1).text == ","):
            continue
        for pronoun in (c for c in tok.children if c.dep_ == "pobj" and c.pos_ == "PRON"):
            for prep in (c for c in pronoun.children if c.dep_ == "prep" and c.lower_ in partner_words):
                left, right = prep.left_edge, prep.right_edge
                out.append((left.idx - sent.start_char, right.idx + len(right.text) - sent.start_char))
    return out


def first_written(sent: "Span", parties: list[str]) -> str | None:
    """Of ``parties``, the one the sentence names first ("between the EU and X": the EU)."""
    at = [(c.start, c.name) for c in countries_in(sent) if c.name in parties]
    at += [(start, name) for start, _, name in organisations_in(sent.text) if name in parties]
    return min(at)[1] if at else None


def partner_of_subject(sent: "Span", parties: list[str]) -> str | None:
    """Of a two-party agreement, the party that is not the sentence's subject ("Ghana became
    the third country ... to sign an agreement with Germany": Germany)."""
    # the sentence's own root, also when the parser hung it under a headline run into it
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and (t.head.dep_ == "ROOT" or t.head == sent.root)]
    # "X signed an agreement with Y, the ministry said, joining A and B": the signing's own subject
    from .vocab import is_sign_verb

    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and is_sign_verb(t.head)] or subjects
    named = [p for t in subjects for p in parties_named(t) if p in parties]
    others = [p for p in parties if p not in named]
    if named and len(others) == 1:
        return others[0]
    # no subject parsed: the one of the two the sentence signs "with" ("to sign with Germany")
    partners = {c.name for c in countries_in(sent.text) if c.name in parties and c.start > 0
                and token_before(sent, c.start) in _vocab()["partner_prepositions"]}
    return next(iter(partners)) if len(partners) == 1 else None


def rank_counterparts(drafts: list[Draft], doc: "Doc", ctx: "Context") -> Ranking:
    """The article's parties ranked as counterparts (:func:`rank_parties`), from the
    agreements the first reading found and the parties agreements are made "with"."""
    from ...parse import doc_text
    from ..parties import sentences
    from .reading import reading

    partner: Counter[str] = Counter()
    for sent in sentences(doc):
        if reading(doc).mentions(sent):
            partner.update(
                c.name for c in countries_in(sent.text)
                if c.start > 0 and token_before(sent, c.start) in _vocab()["partner_prepositions"]
            )
    deals = [d.parties for d in drafts if len(d.parties) >= 2]
    return rank_parties(doc_text(doc), ctx.officials, deals, partner)
