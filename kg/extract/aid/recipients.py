"""Who gets the money: the countries and organisations named with a sum, its purpose, and
where redirected money goes."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ...money import Amount
from ...parse import doc_text
from ...gazetteer import capital_country, country_by_name
from ..parties import US, countries_in, CountryMemory, CountryMention, government_terms, names
from .donors import receives, org_matches, org_mentions
from .positions import proper_nouns_in
from .status import status_token
from .text import hosts_in, quoted_titles
from .vocab import (
    VIA_ANAPHORA,
    VIA_CAPITAL,
    VIA_NAME,
    anaphora_pattern,
    any_word,
    phrase_status,
    phrase_statuses,
    hand_places,
    place_table,
    purpose_patterns,
    regex,
    region_pattern,
    vocab,
    words,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def sentence_countries(sent: "Span", memory: CountryMemory) -> list:
    """Countries of a sentence (parties.py), plus plural anaphora with several words between
    the number and the noun ("the three Central American countries") that it leaves out,
    and capitals that stand for their government ("promised Ankara", "paid Tirana")."""
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]
    found = countries_in(sent, memory)
    found += [c for c in _capitals(sent) if not any(f.start < c.end and c.start < f.end for f in found)]
    if any(c.via == VIA_NAME for c in found):
        # "Inter-American Development Bank" names a bank, not the United States (the
        # organisations are searched only in a sentence that names a state: most name none)
        orgs = [(s, e) for s, e, _, _ in org_matches(text)]
        found = [c for c in found if c.via != VIA_NAME or not any(s <= c.start < e for s, e in orgs)]
    # "the Sahel and Lake Chad": a lake, not the state
    found = [c for c in found if c.via != VIA_NAME or not regex("feature_before").search(text[max(0, c.start - 12) : c.start])]
    # "through the Austrian Development Agency": a state's word opening the name of the channel
    found = [c for c in found if c.via != VIA_NAME or not _channel_name(text, c)]
    # "Afghanistan's neighbours": other states
    found = [c for c in found if c.via != VIA_NAME or not regex("others_after").search(text[c.end : c.end + 16])]
    # "the Brussels conference on Syria": the topic of a gathering, not who gets what is pledged there
    found = [c for c in found if c.via != VIA_NAME or not _venue_topic().search(text[max(0, c.start - 40) : c.start])]
    # the conference "Supporting Syria and the Region": a state inside a quoted title names an event
    found = [c for c in found if c.via != VIA_NAME or not any(s <= c.start < e for s, e in quoted_titles(text))]
    # "US$20 million" names a currency, not the United States
    found = [c for c in found if not (c.name == US and text[c.end : c.end + 1] == "$")]
    # "a conference co-hosted by the EU and Spain": the hosts are not who gets the money
    if found:  # the hosts are read only when there is someone to leave out
        hosts = hosts_in(sent)
        found = [c for c in found if not any(s <= c.start < e for s, e in hosts)]
    for m in anaphora_pattern().finditer(text):
        if any(c.via == VIA_ANAPHORA and c.start < m.end() and m.start() < c.end for c in found):
            continue
        number = vocab()["number_words"][m.group("n").lower()]
        earlier = names([c for c in found if c.end <= m.start() and c.name != US and c.via != VIA_ANAPHORA])
        listed = earlier if len(earlier) == number else memory.recent(number)
        found += [CountryMention(m.start(), m.end(), name, via="anaphora") for name in listed]
    found.sort(key=lambda c: c.start)
    return found


def _channel_name(text: str, c) -> bool:
    """Whether a state's word opens a capitalised name after "through"/"via" (the body money goes through)."""
    before = rf"\b(?:{'|'.join(map(re.escape, words('instrument_prepositions')))})\s+(?:the\s+)?$"
    return bool(re.search(before, text[max(0, c.start - 16) : c.start], re.I) and re.match(r"\s+[A-Z]", text[c.end : c.end + 3]))


@cache
def _venue_topic() -> "re.Pattern[str]":
    venues = "|".join(re.escape(w) for w in vocab()["venue_nouns"])
    topics = "|".join(re.escape(w) for w in vocab()["topic_prepositions"])
    return re.compile(rf"\b(?:{venues})s?\s+(?:{topics})\s+(?:the\s+)?$", re.I)


#: where a capital stands for its government: a party to a verb, or the one money goes to
_PARTY_DEPS = ("nsubj", "nsubjpass", "dobj", "dative", "conj", "appos")


def _capitals(sent: "Span") -> list[CountryMention]:
    """ "the 3 billion euros it promised Ankara", "Rome also paid Tirana": a capital that is
    the subject or object of a verb, or follows "to"/"for", is its state's government; a
    capital where something happens ("a summit in Brussels") is a place. Words that name a
    government of their own ("Brussels" for the EU) are the donor finder's."""
    out: list[CountryMention] = []
    governments = government_terms()
    for tok in proper_nouns_in(sent):
        if tok.dep_ == "compound":
            continue
        pobj = tok.dep_ == "pobj" and tok.head.lower_ in words("beside_amount_prepositions")
        if tok.dep_ not in _PARTY_DEPS and not pobj:
            continue
        start = min([tok.i, *(c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i)])
        name = sent.doc[start : tok.i + 1].text
        state = capital_country(name)
        if state is None or any(pattern.fullmatch(name) for _, pattern in governments):
            continue
        at = sent.doc[start].idx - sent.start_char
        out.append(CountryMention(at, at + len(name), state.name, via=VIA_CAPITAL))
    return out


def place_countries(text: str, provider: str, named: "frozenset[str] | set[str]" = frozenset()) -> list[str]:
    """ "a grant for violence prevention in San Pedro Sula": the country of the place; a
    province or capital no hand list has ("in Borno", "in Ulaanbaatar") only when its state
    is one of ``named`` (the states the article names)."""
    places, pattern = place_table()
    out: list[str] = []
    for m in pattern.finditer(text):
        place = m.group(1)
        name = places[place]
        if place not in hand_places() and name not in named:
            continue
        if any(pattern.fullmatch(place) for _, pattern in government_terms()):
            continue  # "In Brussels, the Commission proposed ...": the seat of a donor, not where money goes
        last = re.search(r"(\w+)\s*$", text[max(0, m.start() - 20) : m.start()])
        after = re.match(r"\s*(\w+)", text[m.end() :])  # "the London conference", "the Valletta summit"
        venues = {w.rstrip("s") for w in words("venue_nouns")}
        if any(w and w.group(1).lower().rstrip("s") in venues for w in (last, after)):
            continue  # "at a pledging conference in Geneva": where money is pledged
        if name != provider and name not in out:
            out.append(name)
    return out


def for_whom_said(text: str, amount: Amount) -> bool:
    """Whether the words right after a sum say whom it is for without a state ("$130 million
    for refugees and host communities", "to help member states host refugees"): then it is
    not for the states the sentences before named."""
    return regex("own_beneficiaries_after").search(text[amount.end :]) is not None


def states_named(doc) -> frozenset[str]:
    """The states the article names (the world layer's marks)."""
    from ...annotate.groups import STATES

    return frozenset(s.label_ for s in doc.spans[STATES]) if STATES in doc.spans else frozenset()


def beneficiaries(text: str) -> list[str]:
    """ "to strengthen Belize's asylum system", "training for Vietnamese workers": the country
    whose institutions or people the money is for, which the shared country finder leaves out
    before words like "asylum" and "workers"."""
    institutions = [c for m in regex("beneficiary").finditer(text) for c in names(countries_in(m.group(1).strip()))]
    # "training for Vietnamese workers": money for a state's people is for that state
    people = [c for m in regex("nationals_beneficiary").finditer(text) for c in _demonym_state(m)]
    return list(dict.fromkeys(institutions + people))


def _demonym_state(m: re.Match) -> list[str]:
    """The state of "Vietnamese" (group 1) or of a plural, "Syrians" (group 2)."""
    if m.group(1):
        return names(countries_in(m.group(1)))
    word = m.group(2)
    return names(countries_in(word)) or names(countries_in(word[:-1]))


def from_origin(text: str, countries) -> list:
    """ "for Afghans returning from Pakistan": with the nationals the money is for named,
    a country they come back from is no recipient; nor, whoever the money is for, one people
    were "deported from"."""
    origin = regex("origin_before" if beneficiaries(text) else "returned_from_before", re.I)
    # "£10 million to the IOM to return migrants stranded in Niger": where the people the
    # agency helps are, when the money is paid to the agency
    held = regex("people_held_in_before", re.I) if _paid_to_agency(text) else None
    kept, last = [], None  # "from the United States and Mexico": the whole list
    for c in sorted(countries, key=lambda c: c.start):
        listed = last is not None and regex("list_separator").fullmatch(text[last.end : c.start])
        before = text[max(0, c.start - 30) : c.start]
        # "a programme run by Germany's development agency": the channel, not who gets it
        if origin.search(before) or (held is not None and held.search(before)) or listed or regex("runner_before", re.I).search(before):
            last = c
        else:
            kept.append(c)
            last = None
    return kept


def _paid_to_agency(text: str) -> bool:
    """Whether the text pays money "to" a body ("contribute £10 million to the IOM")."""
    paid = regex("agency_paid_before", re.I)
    return any(paid.search(text[max(0, start - 12) : start]) for start, _, _ in org_mentions(text, False))


def countries_after(text: str, countries, start: int, provider: str) -> list[str]:
    """Countries named after ``start`` and introduced by "to", "for" or "in"."""
    after = [c for c in countries if c.start >= start and c.name != provider]
    if after and any_word("recipient_prepositions").search(text[start : after[0].start]):
        return names(after)
    return []


def destination_of(sent: "Span", countries, provider: str) -> list[str] | None:
    """ "$9 million ... has been moved to police programmes in Colombia": money redirected
    goes to the countries after the redirecting verb, not to those it was meant for; to
    none when the verb's destination names no country ("redirect $370 million in assistance
    for X to other priorities"). None when the sentence does not say where it goes."""
    verb = next((t for t in sent if status_token(t) == "redirected"), None)
    if verb is None:
        # "spend it elsewhere", "to other priorities": away from where it was meant to go
        return [] if phrase_status(sent.doc, range(sent.start, sent.end), ("redirected",)) else None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in words("redirect_destination_prepositions"):
            span = list(prep.subtree)
            start, end = span[0].idx - sent.start_char, span[-1].idx + len(span[-1]) - sent.start_char
            return names([c for c in countries if start <= c.start < end and c.name != provider])
    if _moved_away(verb):
        # "shift $370 million away from Central America": the sentence says where the money
        # leaves, not where it goes
        return []
    if any(
        status == "redirected" and verb.i < start and end <= sent.end
        and sent.doc[start].lower_ in words("redirect_destination_prepositions")
        for status, start, end in phrase_statuses(sent.doc)
    ):
        # "reprogram $370 million meant for X to other priorities" (the parser hung "to" on
        # "meant"): a destination that is no country ("elsewhere" is none)
        return []
    return countries_after(sent.text, countries, verb.idx + len(verb.text) - sent.start_char, provider) or None


def _moved_away(verb: "Token") -> bool:
    """Whether the redirecting verb, or its adverb ("away"), has a "from" of its own."""
    source = words("source_prepositions")
    return any(
        t.dep_ == "prep" and t.lower_ in source
        for c in [verb, *(a for a in verb.children if a.dep_ == "advmod")]
        for t in c.children
    )


def new_use(sent: "Span") -> str | None:
    """ "moved to anti-narcotics programmes in Colombia": what redirected money now pays for."""
    verb = next((t for t in sent if status_token(t) == "redirected"), None)
    if verb is None:
        # "spend it elsewhere", "to other priorities": away from where it was meant to go
        return [] if phrase_status(sent.doc, range(sent.start, sent.end), ("redirected",)) else None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in words("destination_prepositions"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN":
                left = [t for t in obj.subtree if t.i <= obj.i and t.dep_ != "det"]
                return sent.doc[left[0].i : obj.i + 1].text
    return None


def not_aid_programme(noun: "Token") -> bool:
    """ "the asylum programme", "Remain in Mexico programs": programmes that are not aid."""
    not_aid = words("not_aid_programmes")
    return any(t.lower_ in not_aid for t in noun.subtree if t.i < noun.i) or any(
        t.lower_ in not_aid for t in noun.children
    )


def recipients_near(text: str, amounts: list[Amount], i: int, provider: str, countries) -> list[str]:
    """With several amounts in a sentence, each goes to the countries named with it.

    "$40 million in aid to Belize and $25 million to Panama": the countries after the
    amount, up to the next one, when introduced by "to"/"for"; else those just before it
    ("Belize: $12 million").
    """
    if len(amounts) < 2:
        return _listed_after(text, amounts[0], provider, countries)
    start = amounts[i - 1].end if i > 0 else 0
    end = amounts[i + 1].start if i + 1 < len(amounts) else len(text)
    amount = amounts[i]
    # "€35 million in aid for Venezuelans ..., and last month the United States ambassador
    # announced $9 million": a country past the next coordinated clause's start is that clause's
    cut = regex("clause_break").search(text, amount.end, end)
    after = [c for c in countries if amount.end <= c.start < (cut.start() if cut else end) and c.name != provider]
    if after and any_word("beside_amount_prepositions").search(text[amount.end : after[0].start]):
        return names(after)
    before = [c for c in countries if start <= c.start < amount.start and c.name != provider]
    return names(before)


def _listed_after(text: str, amount: Amount, provider: str, countries) -> list[str]:
    """ "announced 26 million dollars for Guatemala": the countries listed right after a
    sum's "to"/"for" are its recipients, not the others the sentence names."""
    after = [c for c in countries if amount.end <= c.start and c.name != provider and c.via == VIA_NAME]
    if not after or not regex("recipient_right_after", re.I).fullmatch(text[amount.end : after[0].start]):
        return []
    listed = [after[0]]
    for c in after[1:]:
        if not regex("list_separator").fullmatch(text[listed[-1].end : c.start]):
            break
        listed.append(c)
    return names(listed)


def regional_sum(text: str, amount: Amount, amounts: list[Amount] = (), countries=(), provider: str | None = None) -> bool:
    """ "$577 million in assistance for the region", "$9 million for Central America": a sum
    whose own "for"/"to" names a region without countries goes to no one country, whatever
    else the sentence names; so does one of several sums whose own stretch, up to the next
    sum, names a region and no country ("pledged $5.8 billion in investment to support reform
    in Central America, and $4.8 billion for southern Mexico")."""
    later = [a.start for a in amounts if a.start > amount.start]
    if later:
        part = (amount.end, later[0])
        named = [c for c in countries if part[0] <= c.start < part[1] and c.name != provider]
        if not named and region_pattern().search(text, *part):
            return True
    m = region_pattern().search(text, amount.end, amount.end + 80)
    # "$5.8 billion (some €5.1 billion) in investment for Central America": past its conversion
    gap = re.sub(r"^\s*(?:\)|\([^)]*\))", "", text[amount.end : m.start()]) if m else ""
    return m is not None and bool(regex("amount_noun_gap", re.I).fullmatch(gap))


def semicolon_part(text: str, amount: Amount, provider: str, countries) -> list[str]:
    """ "But X has a fine asylum system; Y's commission has few staff, which is why
    Washington promised $4 million": with the sentence cut by semicolons, the countries
    of the amount's own part, when it names any."""
    if ";" not in text:
        return []
    start = text.rfind(";", 0, amount.start) + 1
    end = text.find(";", amount.end)
    end = len(text) if end < 0 else end
    return names([c for c in countries if start <= c.start < end and c.name != provider])


def purpose_of(text: str) -> str | None:
    for pattern in purpose_patterns():
        m = pattern.search(text)
        if m:
            purpose = m.group(1).strip(" ,\"'”’")
            # "... to build shelters, he said"; "earmarked for police reform has been moved
            # to ...": the purpose ends at the speaker or at the verb
            for stop in vocab()["purpose_stops"]:
                purpose = re.split(stop, purpose)[0]
            if 2 < len(purpose) <= 120:
                return purpose
    return None


def loose_anaphor(text: str, mention) -> bool:
    """ "the governments": a plural without a number, which may mean anyone's."""
    return mention.via == VIA_ANAPHORA and not regex("counted_anaphor", re.I).search(text[mention.start : mention.end])




def acting_bodies(sent: "Span") -> set[str]:
    """Bodies named in the subject of a verb that does not receive ("The European Union and
    the IOM today launched ... a EUR 100 million programme"): partners that act, not the
    ones the money is for."""
    out: set[str] = set()
    for tok in sent:
        # "EUR 2 million to help IOM scale up return flights": a body the money helps to act is helped
        helped = tok.head.dep_ in ("ccomp", "xcomp") and tok.head.head.lemma_.lower() in words("helping_lemmas")
        if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX") and not receives(tok.head) and not helped:
            # "Sweden's core support to UNHCR amounted to ...": a body the subject's money goes to does not act
            paid = {
                t.i for p in tok.subtree
                if p.dep_ == "prep" and p.lower_ in words("recipient_prepositions") and p.head.lower_ in vocab()["aid_nouns"]
                for t in p.subtree
            }
            phrase = "".join(t.text_with_ws for t in tok.subtree if sent.start <= t.i < sent.end and t.i not in paid)
            out.update(name for _, _, name in org_mentions(phrase, False))
    return out
