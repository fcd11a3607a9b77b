"""Aid: money a donor gives, pledges, freezes, cuts or restores, and to whom.

Find, then set: a sentence is an aid mention when it names aid ("assistance",
"funding", "$735 million in aid") and either an amount tied to it or a status
change for recipients. The stages are modules of this package, in the order the data
flows: :mod:`.text` (sentences and list lines), :mod:`.amounts` (money mentions that may be
aid), :mod:`.status` (what happened to the money), :mod:`.donors` and :mod:`.recipients`
(who gives and who gets), :mod:`.sentence` (one sentence's facts) and :mod:`.merge` (one
fact per distinct sum). Words live in ``kg/data/aid_terms.json`` (:mod:`.vocab`), status
phrases in the spaCy Matcher patterns of ``kg/data/patterns/aid_status.json``; the Python
names no English word.

Rules (each has a test in ``tests/test_extract_aid.py`` or ``tests/test_extract_aid_world.py``):

- Beyond one episode: a capital that is a party to the verb is its state's government
  ("promised Ankara", "Rome also paid Tirana"); "a further €3 billion" is a new sum; a sum
  given as the conversion of another ("converted to some 200 million quetzales") is that
  sum; a bare "$" restated in US$ of another value, and a currency word several states
  share ("kroner"), are the donor's own currency; list lines under a sum's lead-in ("The
  EU has promised Egypt €7.4 billion:") take its donor, recipients and status, and the list
  under a request ("calls on:") states nothing; an amountless promise of money the article
  gives as a promised sum is that sum; what a legislature provides, and a law's line, is
  approved; a sum an appeal seeks is not aid; a sum "for the region" or redirected "to other
  priorities" goes to no one country; a sum with no recipients of its own takes the parties
  named last, up to three sentences before.
- Other deals: a sum per person or per month ("30,000 kronor per adult", "1,500 ringgit a
  month") is a wage or an allowance, not aid; "Britain, which paid Kigali £240m" gives the
  donor the relative clause describes; "UK to pay France £478m" (a headline's infinitive) is a
  pledge of the name before it; "support ... with" a sum gives it; funding a country "lost" is
  cut; a sum "in partner countries" goes to no country; a state's money for itself (its donor
  among its recipients) is no aid; "budget support" (an aid noun another qualifies) names aid
  by itself, like "aid"; a package a leader promises to "press Brussels for" is asked for,
  not given (no status); to "present" a package announces it; the sums of a correction note
  ("the correct figure is 5 million euros") are figures of the text, not aid; the hosts of a
  conference ("co-hosted by the EU and Spain") neither give nor get what donors pledge there,
  and "US$" names no donor; a status verb with "could", "might" or "may" ("warned aid could
  be reduced") is a threat, not a status.

- Amount: each amount of the sentence, in any currency (:mod:`kg.money`), that is not a
  fee, price, trade or remittance figure ("$7,000 smuggling fee", "$3 billion in
  exports") is one aid fact with ``amount``, ``currency`` (and ``amount_max`` for a range);
  ``amount_usd`` is the sum in dollars at the ECB rate of the article's date, else the
  text's own dollar figure for it ("€105m ($116m)"), else None. A sum restated in another
  currency is one sum; a bare "$" takes the article's dollar (A$, NZ$) when it names only
  that one. Vague sums ("hundreds of millions") are no amount. Numbers without a currency (troops,
  migrants, kilometres, percentages) are never money.
- A sentence without an amount is an aid fact only when it names aid with a strong
  noun ("aid", "assistance", "funds") that a status word governs ("froze most of its
  assistance", "aid ... has been frozen"), and has recipients. "Aid groups", "aid
  officials" and money "sent home" are not aid.
- An amount that a giving or withholding verb governs is aid without an aid noun
  ("USAID plans to provide $25 million to Honduras"); so is an amount in a sentence
  right after aid talk ("Whitfield had frozen some $450 million", aid-figure list items).
- Status: first the money's own noun phrase: the verb it is subject or object of
  ("$9 million ... has been moved to" -> redirected), else its relative clause ("a $5
  million grant ..., which was halted" -> suspended, not the "paid for by" above it);
  then the status word that governs the amount or the aid noun in the parse
  ("reviewing some $735 million ... and would stop providing new funds" -> under
  review, because "reviewing" governs the amount), else the status word nearest to
  the amount, a main-clause verb before one in a relative clause. An aid noun is not
  a status ("grant"); a negated verb gives none ("has not released"); "committed to
  invest" takes the pledge. "Stop providing" is a suspension, and with a review in the sentence,
  under review. "Cut off" is cut. Phrases such as "under review", "cut off", "stop providing" count too.
  A future or modal approval ("will shortly be approving") is ``announced``; a future
  delivery ("will provide", "will pay", "will invest") is ``pledged``, and ``announced``
  when an announcement reports it ("announced that Canada will give").
- "The money"/"the aid" without a country of its own (a bare "the governments" is none)
  within three sentences of an aid fact is that money: it takes its recipients, and none
  after a regional sum.
- A request is no status: "asked X to unfreeze the cooperation that Y suspended" is
  suspended (the relative clause), and with no country named the aid is for the country
  of the foreign office holder who asks ("he" = the last one named before, by surname
  once the article has given the full name).
- Provider: the donor the amount's own clause names (the country or donor organisation
  subject of its verb, "Japan pledged X to India, while Spain announced Y for Ghana"; none
  for "the fund received X" unless "from Z"); else a donor organisation or a country that
  is the subject of the status verb or follows "from"; an office holder's country for
  "X's government" or "his government" after naming X; a word for a government
  ("Washington", "Brussels": ``government_terms``); else None: a donor the text does not
  name is unknown, and an unknown donor does not make a repeated sum a new fact.
- A sentence the parser cut after a verbless fragment ("Between $30 and $40 million |
  that had been ...") is joined again.
- Recipients: countries and organisations of the sentence other than the provider
  (not those that only qualify a border or migrants, nor "American" in a bank's name);
  "the three (Central American) countries" is the last list of three countries; with no
  country, an amount goes to the country of a city or province it is spent in ("in San
  Pedro Sula"); a region without countries ("for Central America", "across the region")
  has none and inherits none; redirected money goes to the countries after the
  redirecting verb ("moved to ... in Colombia"). With none at all, an amountless status
  change ("will be approving targeted assistance") takes the list of the last two
  sentences.
- A pledge of programmes, investment or help without a sum is aid when a pledge verb
  governs it and countries follow it ("promised to extend its job programmes to X and
  Y"); not asylum or visa programmes, not "no money" or a negated verb.
- Lists: a heading line of countries ("GUATEMALA", "Honduras:") gives the list lines under
  it ("• Frozen in March: $151 million", "- $56 million released in October") its
  countries, a region heading ("THE REGION") none; each line takes its status from its own
  words, even when the parser ran the lines together; lines the sentence splitter joined
  are split again. "Cooperation" with or on something, or qualified ("security
  cooperation"), is joint work, not aid. "The $X" that an earlier fact
  already has is that money again.
- A fact-check's claim line ("THE CLAIM: ...") is what it refutes, not a fact; money moved
  "to other priorities in the Western Hemisphere" has no recipients.
- Purpose: "in the areas of X", "for law enforcement ...", "aimed at X".
- An amountless mention that repeats the provider, recipients and status of an aid
  fact of the last three sentences adds to it (its purpose) instead of repeating it;
  so does "the money"/"the aid" with the status of an earlier fact. An amount without
  recipients takes those of the aid fact of the last three sentences.
- Vague sums ("hundreds of millions of dollars") give facts without an amount.
- One amount-and-status is one fact: a sum said again with the same donor, recipients
  and status (or none) is not repeated, and a headline's sum without status gives way
  to the sentence that says what happened to it.
- A figure whose verb's subject is not aid ("Remittances ... exceed $20 billion") is not
  aid; a donor organisation named in an aid sentence is the donor unless money goes to it.
- Clauses: a status phrase counts only in the amount's own clause ("$X had been released
  and the rest were under review" -> restored), and the main clause beats a participle
  describing the aid ("the funds, frozen since March, are under review"); "the rest of
  the funds" with its own status is a second, amountless fact, and so is aid whose own
  main-clause verb no amount shares ("froze aid ... and released only a sliver of it, $X";
  not "after it cut off assistance"). "The remainder"/"the rest" in the sentence after a
  reported sum, with its own status, is the rest of that money (amountless). A verb coordinated with
  the one governing amountless aid ("froze aid ... and began releasing part of it") adds
  a fact with its status.
- More amounts: "and the same amount to Y" repeats the sum before it for Y; a sum a budget "includes" (its status from the bill: "approved in May"),
  and goods "valued at $X" that a giving verb governs. A figure the text rules out
  ("it is $35 million, not $350 million") is none.
- Recipients: an agency the money goes to or through is not a recipient when a country
  is (it is the channel: "to UNHCR ... to strengthen asylum capacity in X"); "to strengthen X's asylum system" names X. An amountless sentence inherits
  the country list of a sentence before only when that sentence enumerates them.
- Later status wins: "handed back $X" is restored; "frozen aid that Y released" is
  restored; shares "of the released funds" that X "will receive" are restored (the
  participle of the money they are part of), and that money is no second fact.
- A dollar conversion of a sum that is not aid ("a budget of 1 million pesos (about
  $X)") is not aid either. A headline's sum for a region gives way to the same sum
  and status for named countries; "the rest" of a sum for no country is no fact.
- Recipients: a sum "for that effort" (plan, initiative) right after a sentence listing
  countries goes to them; in a sentence cut by semicolons, an amount takes the countries
  of its own part when it names any ("X has a fine system; Y has none, so Washington
  promised $4 million" -> Y). "US$" is a currency, not a country.
- Handing over: a verb with its particle ("handed over", "paid out") delivers; "handed
  over the first $10 million of the $30 million that X has pledged" is $10 million
  delivered and $30 million pledged (the relative clause). "The same amount" opening the
  sentence right after an aid sum is that sum again, with its donor.
- "Flow again" is restored, and a restoration in the aid's own clause beats the promise
  above it and the freeze beside it; a promise a foreign office holder reports ("X told
  reporters that Trump had promised ...") is for X's country, like a request.
- Sums said apart (``tests/test_aid_earlier_talk.py``): a sum whose words give no status is the
  money of the amountless status change reported last ("is ending aid to X, Y and Z. ... roughly
  $450 million"), which is then no fact of its own; restored money goes to the countries of a
  freeze the article gives after it, and a region in another coordinated clause is not its own.
- The 2019 episode's outlets (``tests/test_aid_regions_and_mixes.py``, ``test_aid_wishes_and_conditions.py``,
  ``test_aid_no_event.py``): "public and private investment" a state pledges is aid; "and another
  4.8 billion for X" after a sum is a second sum; migration "from" a region names no country; what
  is hoped or lobbied for has not happened; "will not provide new funds until they act" is a
  suspension; an action noun ("the move affects $450m"), a gerund subject ("cutting aid would"),
  aid as a means ("through foreign aid"), money as the doer ("these funds support") and a
  document's name ("Memorandum of Cooperation") tell of no event; a headline's amountless status
  change that a sum of the story repeats is that sum; list lines naming one country each
  enumerate them; money spent "inside" its donor's own country is no aid.
- The clause around a sum (``tests/test_aid_clauses.py``): what a linking verb says of the aid is its status
  ("remains frozen"); a sum in apposition inside a relative clause ("release part of the aid it had
  frozen ..., some $X") takes the verb over that money; a "whether" clause states no status; a
  "cutoff" is a cut; nationals "who are returned" or "inside their country" name their state; a
  sum's countries stop at the next coordinated clause; a subject, a donor and trade words stop at
  the sentence (not the headline the parser ran into it); a word for a government doing the first
  status verb is the donor; "contribute" and "channel" give a sum; a shared currency word is the
  clause donor's; money "to the pool" goes where the pool told before goes; the headline is the
  title wherever it opens the text.
- Rounds of pledges (:mod:`.rounds`, ``tests/test_aid_pledging_rounds.py``): once two other donors
  gave sums to no named state, a donor's sum takes no recipients from the sentences before, nor another donor's
  money's; no donor is an inherited recipient; a pledge there in the donor's money is no home spending.
- Bodies (``tests/test_aid_bodies_and_channels.py``): a programme "run with" an agency is the
  channel's; a state's "support to UNHCR" goes to the body when no other state is left; "The Hague" gives.
- Parties and sums apart (sixteenth pass: ``test_aid_parties_said.py``, ``test_aid_sums_apart.py``,
  ``test_aid_bodies_of_the_gazetteer.py``): a sum with no recipient of its own is for the parties
  named after the last aid fact (:mod:`.said`), never for a person's nationality or another donor;
  what each person receives, what people or workers paid, a rate per person and a state's own
  spending are no aid; any intergovernmental body of the gazetteer can get the money.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...facts import Aid
from ...parse import doc_text
from ..parties import US, CountryMemory, CountryMention, names

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .. import Context
from .amounts import amount_given, in_dollars, in_home_dollar, told_at_home
from .article_states import counterpart, currency_provider, spent_at_home, spent_in_own_province
from .merge import (
    definite_repeat,
    headline_told_again,
    is_definite,
    recent_recipients,
    recent_with_recipients,
    restored_from_frozen,
    same_amount_before,
    others_named,
    pooled,
    same_as_recent,
    SumIndex,
    sums_of_earlier_talk,
    told_in_headline,
    without_promises_of_sums,
)
from .positions import aid_nouns_in
from .recipients import sentence_countries
from .referents import remember_officials
from .rounds import givers_so_far, in_a_round
from .said import by_name, newer_parties
from .headlines import headline_end, loose_headline
from .sentence import joint_work, sentence_aid
from .text import BULLET, aid_sentences, enumerates, heading_countries
from .vocab import VIA_NAME, region_pattern, vocab, words


def extract_aid(doc: "Doc", ctx: "Context") -> list[Aid]:
    """The aid facts an article states, one per amount (or per amountless status change)."""
    facts: list[Aid] = []
    fact_sentence: dict[int, int] = {}
    position: dict[int, int] = {}  # where each fact is in ``facts``
    sums = SumIndex()
    memory = CountryMemory()
    list_sentence = -10
    aid_sentence = -10
    heading: list[str] | None = None  # the countries of the heading line over a list
    said: list[list[str] | None] = []  # the countries each sentence before named (None: a region only)
    said_at: dict[int, list[str] | None] = {}  # the same, by sentence index
    lead: Aid | None = None  # the sum of a line that opens a list ("promised Egypt €7.4bn:")
    demands = False  # the list under "X calls on:" asks for things; it states no facts
    top = headline_end(doc_text(doc), ctx.article.title)  # where the headline ends
    line_run: list[str] = []  # the countries of consecutive list lines that name one each
    aid_nouns = set(vocab()["aid_nouns"])
    remember_officials(doc, ctx.officials)
    for index, sent in enumerate(aid_sentences(doc)):
        text = doc_text(doc)[sent.start_char : sent.end_char]
        countries = sentence_countries(sent, memory)
        over_list = heading_countries(text, countries)
        if over_list is not None:
            # "GUATEMALA" / "Honduras:" over "- $190 million frozen in March": the list's
            # lines are that country's money, and the heading keeps the aid talk going
            heading = over_list
            if index - aid_sentence <= 2:
                aid_sentence = index
            memory.update(countries)
            continue
        if not BULLET.match(text):
            heading = None
            lead = None
            demands = text.rstrip().endswith(":") and any(
                t.pos_ == "VERB" and t.lemma_.lower() in words("request_lemmas") for t in sent
            )
        elif demands:
            memory.update(countries)
            continue
        if re.match(vocab()["refuted_claim_line"], text, re.I):
            memory.update(countries)  # its countries are still those "the three countries" means
            continue  # a fact-check's "THE CLAIM: ..." is what it refutes, not a fact
        nouns = [
            t for t in aid_nouns_in(sent)
            if t.lower_ in aid_nouns
            # the tagger reads a sentence-initial "Aid to X has been frozen" as a verb
            and (t.pos_ in ("NOUN", "PROPN") or t.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass", "dobj", "pobj"))
            # "aid groups", "aid officials": aid qualifies someone, it is not given
            and not (t.dep_ == "compound" and t.head.lower_ not in aid_nouns)
            and not joint_work(t)
            and not _name_word(t, sent)
        ]
        # "Whitfield had frozen some $450 million", "- Belize: $12 million" right after aid talk
        continues = not nouns and (index - aid_sentence <= 1 or heading is not None and aid_sentence >= 0 and bool(BULLET.match(text)))
        given = not nouns and amount_given(sent)
        if nouns or continues or given:
            recent = recent_with_recipients(facts, fact_sentence, index)
            # "Benin signs. France pledges X. ... X signs with Tunisia. Paris promises Y": Y is Tunisia's
            newer = recent is not None and newer_parties(said_at, fact_sentence[id(recent)], index, recent)
            found = sentence_aid(
                sent, nouns, countries, memory,
                # a regional fact after the list ends it: "for Central America ... the money"
                index - list_sentence <= 2 and not (facts and not facts[-1].recipients and fact_sentence.get(id(facts[-1]), -1) > list_sentence),
                continues=continues, previous=facts[-1] if continues and facts else None,
                recent_recipients=recent_recipients(facts, fact_sentence, index) if not newer else [],
                recent=recent,
                donors=givers_so_far(facts),
                # "Denmark and Rwanda signed an accord. ... Copenhagen will pay 40 million
                # kroner": the parties named last, up to three sentences before
                # (a sentence on a region only, "The fund will cover the Sahel", ends the search)
                said_before=next((named for named in reversed(said[-3:]) if named or named is None), None) or [],
                heading=heading,
                last=facts[-1] if facts and index - fact_sentence.get(id(facts[-1]), -99) <= 3 else None,
            )
            if lead is not None:
                found = [_from_lead(fact, lead) for fact in found]
            for fact in found:
                if definite_repeat(fact, bool(sums.of(fact)), sent):
                    continue  # "the $370 million sent to X": money already reported
                repeated = same_amount_before(fact, sums.of(fact), sent, top)
                if repeated is not None:
                    if (repeated.status is None and fact.status is not None) or (
                        (not repeated.recipients or loose_headline(repeated, fact, top))
                        and fact.recipients and (repeated.status == fact.status or told_in_headline(repeated, top))
                    ):
                        # a headline's "$12m for X", then the body's sentence that says what happened
                        # to it; a headline's "$143 million for Central America", then its countries;
                        # "Sudanese face tighter Egyptian rules as donors pledge $1.5bn", then whom for
                        at = position.pop(id(repeated))
                        facts[at] = fact
                        position[id(fact)] = at
                        sums.replace(repeated, fact)
                        fact_sentence[id(fact)] = index
                    continue
                previous = same_as_recent(fact, facts, fact_sentence, index, definite=is_definite(nouns))
                if previous is not None:
                    if previous.purpose is None:
                        previous.purpose = fact.purpose
                    continue
                fact_sentence[id(fact)] = index
                position[id(fact)] = len(facts)
                facts.append(fact)
                sums.add(fact)
            if nouns or found:
                aid_sentence = index
            if text.rstrip().endswith(":") and found and found[0].amount is not None:
                lead = found[0]
        named_here = by_name(text, countries, sent)  # "the Greek islands", "a Syrian": no party the next sum's for
        said.append(None if not named_here and region_pattern().search(text) else named_here)
        said_at[index] = said[-1]
        before = list(memory.last_list)
        memory.update(countries)
        # "- Guatemala: signed July 26", "- El Salvador: ...", "- Honduras: ...": list lines that
        # name one country each enumerate them together, for "the three countries" after them
        own = [n for n in names([c for c in countries if c.via == VIA_NAME]) if n != US]
        line_run = ([*line_run, *(n for n in own if n not in line_run)] if BULLET.match(text) and len(own) == 1 else [])
        if len(line_run) >= 2:
            memory.update([CountryMention(0, 0, n, via=VIA_NAME) for n in line_run])
        if (memory.last_list != before or len(names([c for c in countries if c.name != US])) >= 2) and enumerates(text, countries):
            list_sentence = index
    restored_from_frozen(facts)
    facts = sums_of_earlier_talk(facts)
    facts = headline_told_again(facts, headline_end(doc_text(doc), ctx.article.title))
    receivers = {r for fact in facts for r in fact.recipients}
    for fact in facts:
        in_home_dollar(fact, doc, receivers)
        payer = None if fact.provider else currency_provider(doc, fact.currency)
        # lempiras for Honduras are the recipient's press counting the gift in its own money
        fact.provider = fact.provider or (payer if payer not in fact.recipients else None)
    # "Polish MPs approved 1.6bn zlotys to build a barrier": a state's money for itself is no aid
    # "Norway pledged NOK 10bn" among other donors' sums: a share of a round of pledges, not a
    # state's spending at home
    facts = [
        f for f in without_promises_of_sums(facts)
        if (f.provider not in f.recipients or others_named(f))
        and (in_a_round(f, facts) or not spent_at_home(doc, f)) and not told_at_home(doc, f) and not spent_in_own_province(f)
    ]
    givers = {f.provider for f in facts if f.provider}
    for fact in facts:
        # a donor's share of a round of pledges goes to no state the story merely names most
        fact.recipients = pooled(fact, facts) or [r for r in fact.recipients if r != fact.provider] or (counterpart(doc, fact, givers) if not in_a_round(fact, facts) else [])
    for fact in facts:
        in_dollars(fact, ctx.article.date)
    return facts


def _name_word(tok, sent) -> bool:
    """ "the Solutions Strategy for Afghan Refugees to Support ... Reintegration and Assistance to
    Host Countries": an aid noun written as a word of a capitalised name, in a sentence that is
    no title-case headline, names a document or a body, not money given."""
    return (
        tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.i > sent.start and sent.root.text[:1].islower()
        and tok.head.pos_ == "PROPN" and tok.head.text[:1].isupper() and tok.head != tok
    )


def _from_lead(fact: Aid, lead: Aid) -> Aid:
    """A list line under "The EU has promised Egypt €7.4 billion:" ("• €5 billion in
    loans;") is part of that sum: what it does not say itself, the line above says."""
    if fact.amount is None:
        return fact
    fact.status = fact.status or lead.status
    fact.provider = fact.provider or lead.provider
    fact.recipients = fact.recipients or list(lead.recipients)
    return fact
