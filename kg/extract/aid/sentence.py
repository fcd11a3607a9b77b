"""The aid facts of one sentence: one per amount, plus the amountless status changes beside
them (the rest of the money, aid a coordinated verb acts on)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...facts import Aid, Evidence
from ...money import Amount, find_vague_amounts, merge_restatements
from ..parties import CountryMemory, names
from .amounts import (
    amounts_in,
    line_status,
    dollar_figure,
    in_donor_currency,
    in_donor_dollars,
    not_aid_amount,
    own_budget,
    same_amounts,
    voted,
    without_breakdown,
    without_conversions,
)
from .donors import NO_CLAUSE_DONOR, asker_country, clause_donor, clause_donors, clause_recipients
from .donors import named_provider, organisations_named, runners
from .gapped import gapped_donors
from .merge import is_definite
from .referents import Referred
from .rounds import other_giver, pledging_round
from .recipients import acting_bodies, beneficiaries, countries_after, destination_of, for_whom_said, from_origin
from .recipients import loose_anaphor, new_use, not_aid_programme, place_countries, purpose_of, recipients_near
from .recipients import regional_sum, semicolon_part, states_named
from .status import amount_status, clause_phrase_status, governing_status, part_of_a_whole, status_token
from .text import negated, token_at, is_verb
from .vocab import VAGUE, VIA_ANAPHORA, VIA_NAME, giving_statuses, not_aid, regex, region_pattern, strong_nouns, vocab, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def sentence_aid(
    sent: "Span",
    nouns: list["Token"],
    countries,
    memory: CountryMemory,
    list_is_recent: bool,
    *,
    continues: bool = False,
    previous: Aid | None = None,
    recent_recipients: list[str] | None = None,
    said_before: list[str] | None = None,
    recent: Aid | None = None,
    donors: "dict[str, bool] | None" = None,  # the donors of sums before: whether all their sums went to no named state
    heading: list[str] | None = None,
    last: Aid | None = None,
) -> list[Aid]:
    """Aid facts of one sentence; a noun-less sentence ``continues`` the aid talk before it
    (and ``previous``, the last aid fact, if any); a list line takes the countries of the
    ``heading`` over its list when it names none."""
    text, donors = sent.text, donors or {}
    evidence = Evidence(text, sent.start_char, sent.end_char)
    countries = from_origin(text, countries)
    # "€105m ($116m)" is one sum; "a budget of 1 million quetzales (about $130,000)": the
    # conversion of a sum that is not aid is no aid either
    found = merge_restatements(amounts_in(sent), text)
    # "Rwanda was to receive $5,000 for each deportee": a rate per person is aid without a sum
    rates = [a for a in found if regex("rate_after", re.I).match(text[a.end :])]
    amounts = [a for a in found if a not in rates and not not_aid_amount(sent, a)]
    priced = bool(found) and all(own_budget(sent, a) for a in found)  # "IOM's $1.6 billion budget was project money": no aid
    amounts += [Amount(a.start, a.end, a.text, 0.0, None, VAGUE) for a in rates]
    amounts = without_breakdown(without_conversions(amounts, text), text)
    amounts += [
        Amount(s, e, text[s:e], 0.0, None, VAGUE)
        for s, e in find_vague_amounts(text)
        if not any(a.start < e and s < a.end for a in amounts)
    ]
    amounts.sort(key=lambda a: a.start)
    amounts = same_amounts(amounts, text, previous if continues else None)
    if continues and not any(a.currency != VAGUE for a in amounts):
        return _rest_of_previous(sent, previous, evidence)
    # a donor the text does not name stays unknown
    named = named_provider(sent, countries)
    provider = named or (previous.provider if previous else None)
    amounts = in_donor_currency(in_donor_dollars(amounts, text, provider), provider, sent.doc)
    recipients = [n for n in names(countries) if n != provider]
    if not recipients and heading:
        recipients = [n for n in heading if n != provider]
    recipients += [n for n in beneficiaries(text) if n not in recipients and n != provider]
    recipients += [
        o for o in organisations_named(text, donors=False)
        # money "to UNHCR ... to strengthen asylum capacity in Guatemala" is for the country;
        # the agency is only its channel
        if o not in recipients and o != provider and not recipients and o not in runners(text) | acting_bodies(sent)
    ]
    if not recipients and amounts:
        recipients = place_countries(text, provider, states_named(sent.doc))
    # "approved $9 million for Central America": a region without countries is no one country
    regional = not recipients and (heading == [] or bool(region_pattern().search(text)))
    recent_all = [] if heading == [] else list(recent_recipients or [])  # a region's heading: none
    if regional:
        recent_recipients = []
    if not recipients and previous is not None and not regional and not other_giver(named, previous, donors):
        # "Japan pledged $350m" after the US's sum for Syrians: another donor's money is not that money
        recipients = [r for r in previous.recipients if r not in donors]
    if not recipients and amounts and list_is_recent and not regional and regex("effort_anaphor", re.I).search(text):
        # "would help make X, Y and Z safer ... Congress approved $2.6 billion for that
        # effort": the effort is for the countries the sentence before listed
        recipients = [n for n in memory.last_list if n != provider]
    has_anaphor = any(c.via == VIA_ANAPHORA for c in countries)
    purpose = purpose_of(text)
    out: list[Aid] = []
    if amounts:
        gapped = gapped_donors(text, amounts, countries, lambda a: isinstance(clause_donor(token_at(sent, sent.start_char + a.start), sent), str))
        for i, amount in enumerate(amounts):
            anchor = token_at(sent, sent.start_char + amount.start)
            status = amount_status(sent, anchor, nouns) or line_status(anchor, last)
            if status is None and last is not None and part_of_a_whole(sent):
                status = last.status  # "Of the total, €736 million will go to ...": the package's
            if status == "delivered" and voted(anchor):
                status = "approved"  # "Congress provided $519.9 million": voted, not yet paid out
            figure = amount.currency != VAGUE
            # "Japan pledged ¥5bn to India, while Spain announced €20m for Ghana": each sum's
            # donor is the subject of its own clause; other clauses' donors receive nothing
            donor = gapped.get(i, clause_donor(anchor, sent))  # "..., Germany €2.3 billion and Norway NOK10 billion"
            fact_provider = provider if donor is NO_CLAUSE_DONOR else donor
            if isinstance(fact_provider, str) and fact_provider != provider:
                # "Denmark ... said it would contribute 150 million kroner": the clause's donor's kroner
                (amount,) = in_donor_currency([amount], fact_provider, sent.doc)
            givers = {d for d in [*clause_donors(sent), *gapped.values()] if d != fact_provider} | {fact_provider}
            own = (
                clause_recipients(anchor, sent)
                or recipients_near(text, amounts, i, fact_provider or provider, countries)
                or semicolon_part(text, amount, fact_provider or provider, countries)
                or _clause_countries(sent, anchor, recipients, countries)
                # "€35 million in aid for Venezuelans inside their country, and ... the United
                # States ambassador announced $9 million": the nationals of the sum's own part
                or [b for b in beneficiaries(_own_part(text, amounts, i)) if b != (fact_provider or provider)]
                or recipients
            )
            own = [r for r in own if r not in givers]
            if not own and set(recipients) & givers:
                # "UNHCR said it would provide $250,000 for shelter in Tacna": the body the
                # sentence named turned out to give; the place says whom for, or the nationals
                # the money is for ("Spain will fund with €3m the return of Senegalese migrants")
                own = place_countries(text, fact_provider, states_named(sent.doc)) or [b for b in beneficiaries(text) if b not in givers]
                # "Sweden's core support to UNHCR amounted to SEK 740 million": with no state left
                # once the donor is out, the body the sentence pays
                own = own or [o for o in organisations_named(text, donors=False) if o not in givers and o not in runners(text) | acting_bodies(sent)]
            fact_purpose = purpose
            moved_to = destination_of(sent, countries, provider) if status == "redirected" else None
            if moved_to is not None:
                own = moved_to
                fact_purpose = new_use(sent) or purpose
            elif regional_sum(text, amount, amounts, countries, fact_provider or provider):
                own = moved_to = []  # "$577 million in assistance for the region": no one country
            elif not own and figure and recent_all and not other_giver(fact_provider, recent, donors) and not region_pattern().search(_own_part(text, amounts, i)):
                # "restore part of the aid, some $20 million"; "the freeze affected $90 million,
                # of which $60 million went to other priorities in the hemisphere": the region is
                # the other sum's
                own = [r for r in recent_all if r not in donors]
            if not own and moved_to is None and figure and fact_provider and said_before and not regional and not isinstance(fact_provider, Referred) and not for_whom_said(text, amount):
                # "X and Y signed a protocol. X will pay €20 million a year under the deal."
                # "Norway pledged NOK 10bn. ... Lebanon warned it could not cope. Kuwait pledged
                # $300m": in a round of pledges, only a partner named with the donor ("Denmark and
                # Rwanda signed an accord. Denmark will pay ...") is whom it pays; a donor never is
                if fact_provider in said_before or not pledging_round(fact_provider, donors):
                    own = [c for c in said_before if c not in givers and c not in donors]
            if figure and fact_provider and _spent_inside(text, countries, str(fact_provider)):
                # "Congress gave the agency $3 billion for detention inside the United States":
                # a state's money for itself, whoever the sentences before spoke of
                own = [str(fact_provider)]
            out.append(
                Aid(
                    amount_usd=dollar_figure(amount),
                    provider=str(fact_provider) if fact_provider else None,
                    recipients=list(own),
                    status=status,
                    purpose=fact_purpose,
                    evidence=evidence,
                    amount_usd_max=dollar_figure(amount, upper=True),
                    confidence=(0.8 if figure else 0.6) if not continues else 0.6,
                    amount=amount.value if figure else None,
                    currency=amount.currency if figure else None,
                    amount_max=amount.value_max if figure else None,
                )
            )
        out += _remainder(nouns, out, evidence)
        out += _amountless_beside(sent, nouns, out, recipients, provider, evidence, amounts, countries)
        return out
    strong = [
        n for n in nouns
        if not priced and _strong(n) and not not_aid().search(text[max(0, n.idx - sent.start_char - 40) : n.idx - sent.start_char + 40])
        and not negated(n)
    ]
    status = next((st for n in strong if (st := governing_status(n))), None)
    if status is None and last is not None and is_definite(strong):
        # "The EU has pledged €2.12 billion for Syrians ... The money will go to Syria, Lebanon and Jordan."
        named = countries_after(text, countries, strong[0].idx - sent.start_char, last.provider)
        last.recipients = named if set(last.recipients) < set(named) else last.recipients
    if status is None:
        # "has promised to extend its job programmes to Belize and Panama": a pledge of
        # programmes, investment or help to countries named with it is aid without a sum
        pledged = [
            n for n in nouns
            if n not in strong and governing_status(n) == "pledged" and not not_aid().search(text)
            and not not_aid_programme(n) and not negated(n) and not _plan_for_other_work(n)
        ]
        own = countries_after(text, countries, pledged[0].idx - sent.start_char, provider) if pledged else []
        if not own:
            return out
        status, recipients = "pledged", own
    if not recipients and list_is_recent and not has_anaphor and not regional:
        recipients = [n for n in memory.last_list if n != provider]
    if not recipients and not regional:
        recipients = [n for n in [asker_country(sent, strong)] if n and n != provider]
    if last is not None and is_definite(strong) and all(loose_anaphor(text, c) for c in countries if c.name != provider):
        # "most of the fiscal 2019 money was still under review ... until the governments act":
        # the money is the one just reported, with its recipients, none for a region
        recipients = list(last.recipients)
        if not recipients:
            out.append(Aid(None, provider, [], status, purpose, evidence, confidence=0.5))
            return out
    if not recipients:
        return out
    out.append(Aid(None, provider, recipients, status, purpose, evidence, confidence=0.6))
    for later in _coordinated_statuses(strong, status):
        out.append(Aid(None, provider, recipients, later, None, evidence, confidence=0.6))
    return out


def _spent_inside(text: str, countries, provider: str) -> bool:
    """Whether the sentence says the money is spent in its donor's own country ("inside the
    United States") and names no other country."""
    home = regex("home_place_before", re.I)
    return any(c.name == provider and home.search(text[max(0, c.start - 16) : c.start]) for c in countries) and all(
        c.name == provider for c in countries if c.via == VIA_NAME
    )


def _plan_for_other_work(noun: "Token") -> bool:
    """ "promised a plan to process the 25,000 people waiting in Mexico": a plan whose own
    infinitive names work other than giving money is no aid."""
    return any(
        c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(a.tag_ == "TO" for a in c.children)
        and c.lemma_.lower() not in giving_statuses()
        for c in noun.children
    )


def _own_part(text: str, amounts: list[Amount], i: int) -> str:
    """The text from the sum before the ``i``-th amount to the sum after it."""
    start = amounts[i - 1].end if i > 0 else 0
    end = amounts[i + 1].start if i + 1 < len(amounts) else len(text)
    return text[start:end]


def _strong(noun: "Token") -> bool:
    """A noun that names money by itself ("aid", "funds"), or a weaker one another aid noun
    qualifies ("budget support")."""
    return noun.lower_ in strong_nouns() or any(
        c.dep_ == "compound" and c.lower_ in vocab()["aid_nouns"] for c in noun.children
    )


def _amountless_beside(
    sent: "Span", nouns: list["Token"], facts: list[Aid], recipients: list[str], provider: str, evidence: Evidence,
    amounts: list[Amount], countries,
) -> list[Aid]:
    """ "froze aid to X in March and released only a sliver of it, $143 million": the aid
    noun's own status, which no amount of the sentence has, is a second, amountless fact."""
    if not recipients or not facts:
        return []
    out: list[Aid] = []
    sum_verbs = {_verb_of_sum(token_at(sent, sent.start_char + a.start)) for a in amounts} - {None}
    for noun in nouns:
        if noun.lower_ not in strong_nouns() or negated(noun):
            continue
        if noun.dep_ == "pobj" and noun.head.lower_ in words("partitive_prepositions") and noun.head.head.pos_ in ("VERB", "AUX"):
            continue  # "Of the released funds, X will receive $Y": the sums are that money
        verb = next((n for n in [noun, *noun.ancestors] if status_token(n)), None)
        if verb is None or verb == noun or not (sent.start <= verb.i < sent.end):
            continue
        if any(n.dep_ in ("advcl", "pcomp", "relcl", "acl", "prep", "pobj") for n in [verb, *verb.ancestors]):
            continue  # "seven months after it cut off assistance": background, not news
        status = status_token(verb)
        if any(f.status == status for f in [*facts, *out]) or verb in sum_verbs:
            continue  # "Congress provided $410 million in aid": the sum's own verb, told by the sum
        # its own countries: those after it ("aid to Belize"), before the next sum
        at = noun.idx - sent.start_char
        stop = min([a.start for a in amounts if a.start > at], default=len(sent.text))
        own = countries_after(sent.text, [c for c in countries if c.start < stop], at, provider)
        out.append(Aid(None, provider, own or list(recipients), status, None, evidence, confidence=0.6))
    return out


def _verb_of_sum(anchor: "Token") -> "Token | None":
    """The verb whose object (or passive subject) the sum is: "provided $410 million in aid"."""
    while anchor.dep_ in ("compound", "quantmod", "nummod") and anchor.head.i != anchor.i:
        anchor = anchor.head
    return anchor.head if anchor.dep_ in ("dobj", "nsubjpass") and is_verb(anchor.head) else None


def _rest_of_previous(sent: "Span", previous: Aid | None, evidence: Evidence) -> list[Aid]:
    """ "... would release $143 million. A spokesperson said the remainder was under review":
    the rest of the money just reported, with a status of its own."""
    if previous is None:
        return []
    heads = set(vocab()["remainder_heads"])
    for tok in sent:
        if tok.lower_ not in heads or not any(c.lower_ in words("remainder_determiners") for c in tok.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ in words("partitive_prepositions") for c in tok.children):
            continue  # "the rest of the week"; "the rest of the funds" has an aid noun
        status = clause_phrase_status(tok) or next((s for n in [tok, *tok.ancestors] if (s := status_token(n))), None)
        if status and status != previous.status:
            return [Aid(None, previous.provider, list(previous.recipients), status, None, evidence, confidence=0.6)]
    return []


def _remainder(nouns: list["Token"], facts: list[Aid], evidence: Evidence) -> list[Aid]:
    """ "$143 million ... had been released and the rest of the funds were under review":
    the rest of the money is a second, amountless fact with its own status."""
    out: list[Aid] = []
    heads = set(vocab()["remainder_heads"])
    for noun in nouns:
        if noun.lower_ not in strong_nouns() or not facts:
            continue
        rest = noun.head.head if noun.head.lower_ in words("partitive_prepositions") else None
        if not (rest is not None and rest.lower_ in heads or any(c.lower_ in words("remaining_modifiers") for c in noun.children)):
            continue
        status = clause_phrase_status(noun) or governing_status(noun)
        last = facts[-1]
        if not last.recipients:
            continue  # the rest of a sum for no named country is no fact of its own
        if status and all(f.status != status for f in [*facts, *out]):
            out.append(Aid(None, last.provider, list(last.recipients), status, None, evidence, confidence=0.6))
    return out


def _coordinated_statuses(nouns: list["Token"], first: str) -> list[str]:
    """ "froze aid to X in March ... and began releasing part of it in October": a verb
    coordinated with the one that governs the aid, with another status, is a second fact."""
    verb = next(
        (node for n in nouns for node in [n, *n.ancestors] if node is not n and status_token(node) == first),
        None,
    )
    if verb is None:
        return []
    # the parser may hang the second verb on a participle in between ("froze aid ...,
    # accusing them of ..., and began releasing part of it")
    participles = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    out: list[str] = []
    for conj in [c for node in [verb, *participles] for c in node.children]:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue  # its own subject: another actor's clause, not the same money
        status = status_token(conj) or next(
            (st for c in conj.children if c.dep_ == "xcomp" and (st := status_token(c))), None
        )
        if status and status != first and status not in out:
            out.append(status)
    return out


def joint_work(noun: "Token") -> bool:
    """ "cooperation with X on migration", "security cooperation": working together, not
    the aid that "American cooperation for Honduras" means."""
    if noun.lower_ not in words("cooperation_nouns"):
        return False
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and (noun.pos_ == noun.head.head.pos_ == "PROPN" or noun.head.head.lemma_.lower() in words("document_nouns")):
        return True  # "a Memorandum of Cooperation on border security", "a memorandum of cooperation": a document
    return any(
        c.dep_ == "compound" or c.dep_ == "prep" and c.lower_ in vocab()["cooperation_not_aid_preps"]
        for c in noun.children
    )


_OTHER_CLAUSES = ("conj", "ccomp", "advcl", "relcl", "acl", "parataxis")


def _clause_countries(sent: "Span", anchor: "Token", recipients: list[str], countries) -> list[str]:
    """ "has spent 1,600 million pesos ... in El Salvador and Honduras since 2019, and in
    March offered to extend both programs to Guatemala": the recipients the sum's own clause
    names, when the sentence names others in other clauses."""
    verb = next((a for a in anchor.ancestors if is_verb(a)), None)
    if verb is None:
        return []
    skip: set[int] = set()
    for node in verb.subtree:  # the clauses coordinated with or under the sum's verb
        if node != verb and node.pos_ in ("VERB", "AUX") and node.dep_ in _OTHER_CLAUSES and anchor not in node.subtree:
            skip.update(t.i for t in node.subtree)
    tokens = {t.i for t in verb.subtree if t.i not in skip}
    starts = {sent.doc[i].idx - sent.start_char for i in tokens}
    ends = {sent.doc[i].idx + len(sent.doc[i]) - sent.start_char for i in tokens}
    own = names([c for c in countries if c.start in starts and c.end in ends])
    own = [n for n in own if n in recipients]
    return own if own and len(own) < len(recipients) else []
