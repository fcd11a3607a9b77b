from __future__ import annotations

from typing import TYPE_CHECKING

from ...facts import Evidence
from ...parse import doc_text
from ..parties import sentences
from ...gazetteer import country
from .vocab import _lemmas, _vocab, city_of, is_word, tokens_with_lemma
from .mentions import _People, _Person
from .where_when import _days_named, _place
from .drafts import _Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .. import Context


def _hearing(doc: "Doc", people: _People, ctx: "Context") -> _Draft | None:
    """A hearing of a legislature: the named members who question or chair it and the named
    witnesses before it ("appearing before the committee", "telling senators"), in the
    capital of the members' state (Washington when unknown) unless the hearing's own phrase
    says where, on the
    day the sentences about the hearing or the questioning name."""
    sents = sentences(doc)
    hearing_sents = [
        s for n, s in enumerate(sents)
        if (_hearing_noun(s) is not None and _of_a_legislature(sents[max(0, n - 1) : n + 2]))
        or any(_addresses_the_legislature(t) for key in ("appearance_verbs", "questioning_verbs") for t in tokens_with_lemma(s, key))
    ]
    if not hearing_sents:
        return None
    members: list[tuple[int, str]] = []
    witnesses: list[tuple[int, str]] = []
    questioning: list["Span"] = []
    for sent in sents:
        here = people.within(sent.start, sent.end)
        for m in here:
            if _legislator(doc, m, people) and (_questions(doc[m.root]) or _chairs(doc[m.root]) or _chair_title(doc, m)):
                members.append((m.start, m.name))
                questioning.append(sent)
        for m in here:
            if _witness(doc, m, sent) or _questioned(doc[m.root], doc):
                witnesses.append((m.start, m.name))
                questioning.append(sent)
        if any(_questions(t) for t in sent if t.lemma_.lower() in _lemmas("legislator_groups")):
            questioning.append(sent)  # "Senators on Tuesday pressed two officials"
    if not members or not witnesses:
        return None
    names = list(dict.fromkeys(n for _, n in sorted(members + witnesses)))
    if not any(people.is_official(n) for n in names):
        return None
    told = [s for s in sents if s in hearing_sents or s in questioning]
    date = next((days[0] for s in told if (days := _days_named(s, ctx.article.date))), None)
    place = None
    for s in hearing_sents:
        noun = _hearing_noun(s)
        if noun is not None:
            place = place or _place(s, [{t.i for t in noun.subtree}])
    best = max(told, key=lambda s: sum(m.name in names for m in people.within(s.start, s.end)))
    return _Draft(
        participants=names, place=place or _capital_of_members(members + witnesses, ctx) or _vocab()["legislature_city"], date=date, weekday=None,
        several_days=False, distinct=False, anaphoric=False, vague_time=False,
        evidence=Evidence(doc_text(doc)[best.start_char : best.end_char], best.start_char, best.end_char),
        named=len(names),
    )


def _hearing_noun(sent: "Span") -> "Token | None":
    """The "hearing" of a sentence, unless the sentence speaks of a court's."""
    if tokens_with_lemma(sent, "court_words"):
        return None
    return next(iter(tokens_with_lemma(sent, "hearing_nouns", "NOUN")), None)


def _of_a_legislature(near: list["Span"]) -> bool:
    """Whether a hearing's sentence or the sentences around it speak of a legislature
    ("testified before the Senate Judiciary Committee. At the hearing, ...")."""
    words = _lemmas("legislature_words")
    return any(t.lemma_.lower() in words or t.lower_ in words for s in near for t in s)


def _legislator(doc: "Doc", m: _Person, people: _People) -> bool:
    """A name with a legislator's title right before it ("Sen. X", "Rep. X"), or joined by
    "and" to one ("Senators X and Y")."""
    titles = _lemmas("legislator_titles")
    if any(doc[i].lower_ in titles for i in range(max(0, m.start - 1), m.end)):
        return True
    head = doc[m.root].head
    other = people.by_token.get(head.i) if doc[m.root].dep_ == "conj" else None
    return other is not None and other is not m and any(doc[i].lower_ in titles for i in range(max(0, other.start - 1), other.end))


def _chair_title(doc: "Doc", m: _Person) -> bool:
    """ "Committee chairperson Senator X": a member whose title says he chairs the body."""
    return any(doc[i].lower_ in _lemmas("chair_nouns") for i in range(max(0, m.start - 3), m.start))


def _addresses_the_legislature(verb: "Token") -> bool:
    """ "appearing before the Senate Committee", "telling senators": a witness before
    legislators, wherever the legislature sits."""
    words = _lemmas("legislature_words") | _lemmas("legislator_groups")
    if verb.lemma_.lower() in _lemmas("questioning_verbs"):
        return any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in words for c in verb.children)
    return any(
        c.dep_ == "prep" and is_word(c, "appearance_prepositions")
        and any(o.dep_ == "pobj" and any(t.lemma_.lower() in words for t in o.subtree) for o in c.children)
        for c in verb.children
    )


def _capital_of_members(members: list[tuple[int, str]], ctx: "Context") -> str | None:
    """A hearing whose place the text does not give sits in the capital of its members' (or its
    witnesses') state."""
    states = {o.name: o.country for o in ctx.officials}
    for _, name in members:
        found = country(states.get(name) or "")
        if found is not None and found.capital:
            return city_of(found.capital) or found.capital
    return None


def _questions(tok: "Token") -> bool:
    """The subject of a questioning verb ("X told the witnesses", "Senators pressed", "the Chair,
    X, and the Deputy Chair, Y, questioned"), or the agent of one ("Asked by X")."""
    while tok.dep_ in ("appos", "compound", "conj") and tok.head.i != tok.i:
        tok = tok.head
    verbs = _lemmas("questioning_verbs")
    if tok.dep_ == "nsubj":
        return tok.head.lemma_.lower() in verbs
    return tok.dep_ == "pobj" and is_word(tok.head, "agent_prepositions") and tok.head.head.lemma_.lower() in verbs


def _questioned(tok: "Token", doc: "Doc") -> bool:
    """A witness: the subject of "testified", or the named object of a titled member's
    questioning ("Sen. X asked Y ...", "Rep. X questioned Secretary Y")."""
    while tok.dep_ in ("appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.lemma_.lower() in _lemmas("testify_verbs"):
        return True
    if tok.dep_ == "nsubj" and any(
        _addresses_the_legislature(v) for v in (verb, *(c for c in verb.children if c.dep_ == "advcl"))
    ):
        return True  # "Appearing before the Senate Committee, X said", "X defended it, telling senators"
    # "questioned officers of the department, including Ms Y": a named one of those questioned
    verbs = _lemmas("questioning_verbs")
    while tok.dep_ in ("pobj", "prep", "appos", "conj") and tok.head.i != tok.i and tok.head.lemma_.lower() not in verbs:
        tok = tok.head
    verb = tok.head
    listed = tok.dep_ == "prep" and tok.pos_ == "VERB"  # "..., including Y"
    if (tok.dep_ not in ("dobj", "dative") and not listed) or verb.lemma_.lower() not in verbs:
        return False
    titles = _lemmas("legislator_titles")
    return any(
        c.dep_ == "nsubj" and any(t.lower_ in titles for t in c.subtree) for c in verb.children
    )


def _chairs(tok: "Token") -> bool:
    """ "X, who chairs the subcommittee": a member leading the hearing's body."""
    return any(
        t.lemma_.lower() in _lemmas("chair_verbs")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _lemmas("legislature_words") for c in t.children)
        for t in tok.subtree
    )


def _witness(doc: "Doc", m: _Person, sent: "Span") -> bool:
    """A name the sentence gives after "the witnesses", with only appositions between
    ("told the witnesses, X, the acting director of ..., and Y, ...")."""
    for i in range(m.start - 1, sent.start - 1, -1):
        tok = doc[i]
        if tok.lemma_.lower() in _lemmas("hearing_witnesses"):
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
            return False
    return False
