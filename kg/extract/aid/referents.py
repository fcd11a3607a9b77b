"""Donors a text names by referent rather than by name: "the agency had pledged $1.5
million" after naming UNHCR, "the bloc" after the EU, "the Ministry of Foreign Affairs
said it would provide 3.9 billion won", "The Minister also announced $5.5 million".

A subject whose head is a common noun for a body (``body_referents``: "the agency", "the
bloc") is the last body named before it, in its sentence or the one before. A subject that
names a part of a state without naming the state (``state_body_words``: a ministry, a
minister, "the Federal Government") is the state whose office holders the article has
named before the sentence (the most, the first named on a tie): the government a
press release or a report speaks for. Neither says anything when the text gives no such
body or office holder; the donor then stays unknown.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ...gazetteer import country_by_name
from ...parse import doc_text
from ..parties import countries_in, names, organisations_in
from .donors import org_mentions
from .holders import office_holder_country
from .vocab import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...facts import Official

class Referred(str):
    """A donor read from a referent: the text names it only by what it is ("the agency",
    "his government"), so the sum names its recipients itself or has none; it does not take
    the parties of the sentences before, as a donor named by name does ("X and Y signed an
    accord. X will pay ...")."""


#: where :func:`remember_officials` keeps the article's officials on the document
_OFFICIALS = "kg_aid_officials"


def remember_officials(doc: "Doc", officials: "list[Official]") -> None:
    """Keep the officials the officials step found, for the state bodies of later sentences."""
    doc.user_data[_OFFICIALS] = list(officials)


def referent_donor(subject: "Token") -> Referred | None:
    """The donor a subject refers back to (see the module's docstring), or None."""
    found = _referent(subject)
    return Referred(found) if found else None


def _referent(subject: "Token") -> str | None:
    phrase = [t for t in subject.subtree]
    text = "".join(t.text_with_ws for t in phrase)
    if subject.pos_ == "NOUN" and subject.lower_ in words("body_referents") and _definite(subject):
        return _last_body_before(subject)
    if any(t.lower_ in words("state_body_words") for t in phrase) and not countries_in(text):
        if organisations_in(text) or org_mentions(text, False):
            return None  # a body the text names: its own name decides
        holder = office_holder_country(text)
        if holder:
            return holder  # "The López Obrador government"
        state = _currency_state(subject)
        if state is None:
            speaker = _speaker(subject)
            state = _state_of(speaker) if speaker is not None else None
            # "In Mexico, the government has earmarked ...": a state the sentence names ahead
            # of the body may be where the money goes; whose government gives is then unknown
            aside = {t.i for t in speaker.subtree} if state and speaker is not None else set()
            state = state or _officials_state(subject.doc, subject.sent, subject.idx)
            if state in _named_by_name(subject.sent, aside, subject.i):
                return None
        return state
    return None


def _named_by_name(sent: "Span", aside: set[int], before: int) -> set[str]:
    """The states the sentence names by their name (not "Finnish", "Burundian") before the
    token ``before``, outside the tokens ``aside``."""
    from ...annotate.groups import STATES, details
    from ...annotate.index import spans_in

    if STATES not in sent.doc.spans:
        return set()
    return {s.label_ for s in spans_in(sent, STATES) if not details(s).get("demonym") and s.start not in aside and s.start < before}


def _currency_state(subject: "Token") -> str | None:
    """ "the Ministry of Foreign Affairs said it would provide 3.9 billion won": the one
    state of the article that pays in the currency of the sentence's sums."""
    from .amounts import amounts_in
    from .article_states import currency_provider

    found = {currency_provider(subject.doc, a.currency) for a in amounts_in(subject.sent)} - {None}
    # "The government pledged 4 million Belize dollars to Belize City": a state the sentence
    # names may be the one the money goes to, counted in its own money
    found -= set(names(countries_in(subject.sent.text)))
    return next(iter(found)) if len(found) == 1 else None


def _definite(noun: "Token") -> bool:
    return any(c.dep_ == "det" and c.lower_ in words("definite_determiners") for c in noun.children)


def _last_body_before(subject: "Token") -> str | None:
    """The body named last before ``subject``, in its sentence or the sentence before."""
    doc = subject.doc
    sent = subject.sent
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    window = doc_text(doc)[start : subject.idx]
    found = [(s, name) for s, _, name in organisations_in(window)]
    found += [(s, name) for s, _, name in org_mentions(window, False)]
    # an agency of a state stands for its state ("the agency" after "the State Department")
    return max(found)[1] if found else None


def _speaker(subject: "Token") -> "Token | None":
    """The subject of the clause that reports ``subject``'s ("Mexico's chancellor also
    announced that her government will allocate ...")."""
    inside = {t.i for t in subject.subtree}
    for verb in subject.head.ancestors:
        speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.i not in inside), None)
        if speaker is not None:
            return speaker
    return None


def _state_of(speaker: "Token") -> str | None:
    found = names(countries_in("".join(t.text_with_ws for t in speaker.subtree)))
    return found[0] if found else None


def _officials_state(doc: "Doc", sent: "Span", at: int) -> str | None:
    """The state of the office holder named last before ``at`` in the sentence ("Niteretse
    said his government had approved ..."), else the state whose office holders the article
    names most before the sentence (the first named on a tie); None when it names none."""
    text = doc_text(doc)
    officials = [o for o in doc.user_data.get(_OFFICIALS, []) if o.country and country_by_name(o.country) is not None]
    speaking = []
    for o in officials:
        for form in (o.name, *o.aliases, o.name.split()[-1]):
            where = text.rfind(form, sent.start_char, at)
            if where >= 0:
                speaking.append((where, o.country))
    if speaking:
        return max(speaking)[1]
    officials = sorted((o for o in officials if o.evidence.start < sent.start_char), key=lambda o: o.evidence.start)
    states = [o.country for o in officials if country_by_name(o.country) is not None]
    if not states:
        return None
    counts = Counter(states)
    best = max(counts.values())
    return next(s for s in states if counts[s] == best)
