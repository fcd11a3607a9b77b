"""Aid: money a donor gives, pledges, freezes, cuts or restores, and to whom.

Find, then set: a sentence is an aid mention when it names aid ("assistance",
"funding", "$735 million in aid") and either an amount tied to it or a status
change for recipients. Vocabulary lives in ``kg/data/aid_terms.json``.

Rules (each has a test in ``tests/test_extract_aid.py``):

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
  Future or modal approval/delivery ("will shortly be approving", "would provide")
  is ``announced``: the money has not been approved or delivered yet.
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
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..facts import Aid, Evidence
from ..gazetteer import local_places, office_holders
from ..money import Amount, dollar_currency, find_amounts, find_vague_amounts, merge_restatements, to_usd
from ..parse import doc_text
from .parties import US, CountryMemory, CountryMention, countries_in, government_terms, names, sentences, terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from . import Context



@cache
def _vocab() -> dict:
    return terms("aid_terms.json")


@cache
def _strong_nouns() -> frozenset[str]:
    """Nouns that name money by themselves ("aid", "funds"; "cooperation" as translated
    from Spanish "cooperación", the usual word there for aid)."""
    return frozenset(_vocab()["strong_aid_nouns"])


@cache
def _status_of_lemma() -> dict[str, str]:
    out: dict[str, str] = {}
    for status, lemmas in _vocab()["status_lemmas"].items():
        for lemma in lemmas:
            out.setdefault(lemma, status)
    return out


@cache
def _status_phrases() -> list[tuple[str, re.Pattern[str]]]:
    return [
        (status, re.compile(rf"\b(?:{p})", re.I))
        for status, patterns in _vocab()["status_phrases"].items()
        for p in patterns
    ]


@cache
def _not_aid() -> re.Pattern[str]:
    words = "|".join(
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in _vocab()["not_aid_context"]
    )
    return re.compile(rf"\b(?:{words})\b", re.I)


@cache
def _orgs() -> list[tuple[str, re.Pattern[str], bool]]:
    """(canonical name, pattern, is a donor) for organisations that give or get aid."""
    out = []
    for key, donor in (("donors", True), ("organisations", False)):
        for entry in _vocab()[key]:
            alternation = "|".join(re.escape(a) for a in sorted(entry["aliases"], key=len, reverse=True))
            out.append((entry["name"], re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])"), donor))
    return out


@cache
def _us_provider() -> re.Pattern[str]:
    alternation = "|".join(re.escape(t) for t in sorted(_vocab()["us_provider_terms"], key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])")


@cache
def _purpose_patterns() -> list[re.Pattern[str]]:
    return [re.compile(p, re.I) for p in _vocab()["purpose_patterns"]]


@cache
def _anaphora() -> re.Pattern[str]:
    return re.compile(_vocab()["country_anaphora"], re.I)


@cache
def _region() -> re.Pattern[str]:
    return re.compile(_vocab()["region_without_countries"])


@cache
def _places() -> tuple[dict[str, str], re.Pattern[str]]:
    """Cities, states and provinces -> their country, from the gazetteer's local places and
    the meeting places of ``places.json`` (both owned by other extractors; read only)."""
    data = terms("places.json")
    places = dict(local_places())
    places.update(data.get("cities", {}))
    places.update(data.get("regions", {}))
    for alias, city in data.get("aliases", {}).items():
        if city in places:
            places[alias] = places[city]
    places = {name: c for name, c in places.items() if c != US}
    alternation = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    # a place where the money goes or is spent, not a surname ("Flores") or a byline
    return places, re.compile(rf"\b(?:in|to|for|across|around|near|throughout)\s+(?:the\s+)?({alternation})\b")


def _place_countries(text: str, provider: str) -> list[str]:
    """ "a grant for violence prevention in San Pedro Sula": the country of the place."""
    places, pattern = _places()
    out: list[str] = []
    for m in pattern.finditer(text):
        name = places[m.group(1)]
        if name != provider and name not in out:
            out.append(name)
    return out


def _sentences(doc: "Doc") -> list["Span"]:
    """The shared sentences, with a verbless fragment the parser cut off mid-sentence
    ("Between $30 and $40 million | that had been earmarked ... has been moved to ...")
    joined to the lower-case rest on the same line."""
    out: list["Span"] = []
    for span in sentences(doc):
        if out:
            previous = out[-1]
            gap = doc_text(doc)[previous.end_char : span.start_char]
            if (
                "\n" not in gap
                and span.text[:1].islower()
                and previous.text[-1:] not in ".!?:;\"”’)"
                and not any(t.pos_ in ("VERB", "AUX") for t in previous)
            ):
                out[-1] = doc[previous.start : span.end]
                continue
        out.extend(_list_lines(span))
    return out


def _list_lines(span: "Span") -> list["Span"]:
    """A span holding list lines ("- Frozen in May: $83 million\nBELIZE"), one per line."""
    lines = span.text.split("\n")
    if len(lines) < 2 or not any(_BULLET.match(line) for line in lines):
        return [span]
    out = []
    offset = span.start_char
    for line in lines:
        start = offset + len(line) - len(line.lstrip())
        end = offset + len(line.rstrip())
        piece = span.doc.char_span(start, end, alignment_mode="expand") if end > start else None
        if piece is not None and len(piece):
            out.append(piece)
        offset += len(line) + 1
    return out


def _countries(text: str, memory: CountryMemory) -> list:
    """Countries of a sentence (parties.py), plus plural anaphora with several words between
    the number and the noun ("the three Central American countries") that it leaves out."""
    found = countries_in(text, memory)
    # "Inter-American Development Bank" names a bank, not the United States
    orgs = [m.span() for _, pattern, _ in _orgs() for m in pattern.finditer(text)]
    found = [c for c in found if c.via != "name" or not any(s <= c.start < e for s, e in orgs)]
    # "US$20 million" names a currency, not the United States
    found = [c for c in found if not (c.name == US and text[c.end : c.end + 1] == "$")]
    for m in _anaphora().finditer(text):
        if any(c.via == "anaphora" and c.start < m.end() and m.start() < c.end for c in found):
            continue
        number = _NUMBER_WORDS[m.group("n").lower()]
        earlier = names([c for c in found if c.end <= m.start() and c.name != US and c.via != "anaphora"])
        listed = earlier if len(earlier) == number else memory.recent(number)
        found += [CountryMention(m.start(), m.end(), name, via="anaphora") for name in listed]
    found.sort(key=lambda c: c.start)
    return found


@cache
def _dollar(text: str) -> str:
    return dollar_currency(text)


def _amounts_in(sent: "Span", text: str | None = None) -> list[Amount]:
    """The amounts of ``text`` (default: the sentence's), a bare "$" read in the currency
    context of the whole article."""
    return find_amounts(sent.text if text is None else text, dollar=_dollar(doc_text(sent.doc)))


def _money_key(fact: Aid) -> tuple[float, str] | None:
    return None if fact.amount is None else (fact.amount, fact.currency or "")


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def extract_aid(doc: "Doc", ctx: "Context") -> list[Aid]:
    """The aid facts an article states, one per amount (or per amountless status change)."""
    facts: list[Aid] = []
    fact_sentence: dict[int, int] = {}
    memory = CountryMemory()
    list_sentence = -10
    aid_sentence = -10
    heading: list[str] | None = None  # the countries of the heading line over a list
    said_before: list[str] = []  # the countries the sentence before named
    aid_nouns = set(_vocab()["aid_nouns"])
    for index, sent in enumerate(_sentences(doc)):
        text = sent.text
        countries = _countries(text, memory)
        over_list = _heading(text, countries)
        if over_list is not None:
            # "GUATEMALA" / "Honduras:" over "- $190 million frozen in March": the list's
            # lines are that country's money, and the heading keeps the aid talk going
            heading = over_list
            if index - aid_sentence <= 2:
                aid_sentence = index
            memory.update(countries)
            continue
        if not _BULLET.match(text):
            heading = None
        if re.match(_vocab()["refuted_claim_line"], text, re.I):
            memory.update(countries)  # its countries are still those "the three countries" means
            continue  # a fact-check's "THE CLAIM: ..." is what it refutes, not a fact
        nouns = [
            t for t in sent
            if t.lower_ in aid_nouns
            # the tagger reads a sentence-initial "Aid to X has been frozen" as a verb
            and (t.pos_ in ("NOUN", "PROPN") or t.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass", "dobj", "pobj"))
            # "aid groups", "aid officials": aid qualifies someone, it is not given
            and not (t.dep_ == "compound" and t.head.lower_ not in aid_nouns)
            and not _joint_work(t)
        ]
        # "Whitfield had frozen some $450 million", "- Belize: $12 million" right after aid talk
        continues = not nouns and (index - aid_sentence <= 1 or heading is not None and aid_sentence >= 0 and bool(_BULLET.match(text)))
        given = not nouns and _amount_given(sent)
        if nouns or continues or given:
            found = _sentence_aid(
                sent, nouns, countries, memory,
                # a regional fact after the list ends it: "for Central America ... the money"
                index - list_sentence <= 2 and not (facts and not facts[-1].recipients and fact_sentence.get(id(facts[-1]), -1) > list_sentence),
                continues=continues, previous=facts[-1] if continues and facts else None,
                recent_recipients=_recent_recipients(facts, fact_sentence, index),
                said_before=said_before,
                heading=heading,
                last=facts[-1] if facts and index - fact_sentence.get(id(facts[-1]), -99) <= 3 else None,
            )
            for fact in found:
                if _definite_repeat(fact, facts, sent):
                    continue  # "the $370 million sent to X": money already reported
                repeated = _same_amount_before(fact, facts)
                if repeated is not None:
                    if (repeated.status is None and fact.status is not None) or (
                        not repeated.recipients and fact.recipients and repeated.status == fact.status
                    ):
                        # a headline's "$12m for X", then the body's sentence that says what happened
                        # to it; a headline's "$143 million for Central America", then its countries
                        facts[facts.index(repeated)] = fact
                        fact_sentence[id(fact)] = index
                    continue
                previous = _same_as_recent(fact, facts, fact_sentence, index, definite=_definite(nouns))
                if previous is not None:
                    if previous.purpose is None:
                        previous.purpose = fact.purpose
                    continue
                fact_sentence[id(fact)] = index
                facts.append(fact)
            if nouns or found:
                aid_sentence = index
        said_before = names([c for c in countries if c.via == "name"])
        before = list(memory.last_list)
        memory.update(countries)
        if (memory.last_list != before or len(names([c for c in countries if c.name != US])) >= 2) and _enumerates(text, countries):
            list_sentence = index
    for fact in facts:
        _in_dollars(fact, ctx.article.date)
    return facts


def _in_dollars(fact: Aid, day: str | None) -> None:
    """The fact's sum in US dollars at the article's date; with no rate for it, the text's
    own dollar figure for it ("€105m ($116m)") if it gives one."""
    if fact.amount is None or fact.currency == "USD":
        return
    usd = to_usd(fact.amount, fact.currency, day)
    if usd is not None:
        fact.amount_usd, fact.amount_usd_max = usd, to_usd(fact.amount_max, fact.currency, day)


def _dollar_figure(amount: Amount, *, upper: bool = False) -> float | None:
    """The text's own US-dollar figure for ``amount``: itself, or its restatement."""
    for form in (amount, amount.restated):
        if form is not None and form.currency == "USD":
            return form.value_max if upper else form.value
    return None


_BULLET = re.compile(r"\s*(?:[•·▪●◦*–—-]|\d{1,2}[.)])\s")


def _heading(text: str, countries) -> list[str] | None:
    """The recipients a heading line gives the list under it: its countries ("EL SALVADOR",
    "Honduras:"), or none for a region ("THE REGION", "Regional:"); None if no heading."""
    line = text.strip()
    if not line or len(line) > 60 or _BULLET.match(line) or line[-1] in ".!?\"”":
        return None
    if line.isupper():
        countries = countries_in(line.title())  # "EL SALVADOR": a heading in capitals
    named = [c for c in countries if c.name != US and c.via != "anaphora"]
    rest = line
    for c in sorted(named, key=lambda c: -c.start):
        rest = rest[: c.start] + rest[c.end :]
    rest = re.sub(r"[\s:,&/|–—-]+|\b(?:and|the)\b", " ", rest, flags=re.I).strip()
    if named and not rest:
        return names(named)
    if re.fullmatch(_vocab()["region_heading"], line.rstrip(": "), re.I):
        return []
    return None


def _joint_work(noun: "Token") -> bool:
    """ "cooperation with X on migration", "security cooperation": working together, not
    the aid that "American cooperation for Honduras" means."""
    if noun.lower_ != "cooperation":
        return False
    return any(
        c.dep_ == "compound" or c.dep_ == "prep" and c.lower_ in _vocab()["cooperation_not_aid_preps"]
        for c in noun.children
    )


def _enumerates(text: str, countries) -> bool:
    """ "Guatemala, Honduras and El Salvador": countries listed together, which an amountless
    sentence right after may mean; not two countries named in separate clauses."""
    named = [c for c in countries if c.name != US and c.via != "anaphora"]
    return any(
        re.fullmatch(r"\s*(?:,|,?\s*(?:and|or|&))\s*", text[a.end : b.start])
        for a, b in zip(named, named[1:])
    )


@cache
def _giving_statuses() -> frozenset[str]:
    return frozenset(_vocab()["amount_verbs_without_aid_noun"])


def _amount_given(sent: "Span") -> bool:
    """ "USAID plans to provide $25 million to Honduras": an amount a status verb gives,
    freezes or restores is aid even when no aid noun is said."""
    for amount in _amounts_in(sent):
        if _not_aid_amount(sent, amount):
            continue
        anchor = _token_at(sent, sent.start_char + amount.start)
        verbs = [a for a in [anchor, *anchor.ancestors] if a.pos_ in ("VERB", "AUX")]
        # "delivered ... equipment valued at $2 million": the value is what was given
        while len(verbs) > 1 and verbs[0].lemma_.lower() in _vocab()["valuation_verbs"]:
            verbs = verbs[1:]
        verb = verbs[0] if verbs else None
        if verb is not None and verb.lemma_.lower() in _giving_statuses():
            return True
        if verb is not None and any(
            f"{verb.lemma_.lower()} {c.lower_}" in _vocab()["particle_verbs"] for c in verb.children if c.dep_ == "prt"
        ):
            return True  # "handed over $10 million"
        if verb is not None and _budget_carries(verb):
            return True
    return False


def _budget_carries(verb: "Token") -> bool:
    """ "the 2020 bill, approved in May, includes $520 million for X": a budget's line is aid."""
    if verb.lemma_.lower() not in _vocab()["carrier_verbs"]:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.lower_ in _vocab()["budget_nouns"] for c in subjects)


def _same_amount_before(fact: Aid, facts: list[Aid]) -> Aid | None:
    """An earlier fact with the same sum from the same donor to the same countries, and the
    same status or none on one side: one amount-and-status is one fact."""
    if fact.amount is None:
        return None
    for other in facts:
        if (
            _money_key(other) == _money_key(fact)
            and _same_donor(other, fact)
            and (set(other.recipients) == set(fact.recipients) or not other.recipients or not fact.recipients)
            and (other.status == fact.status or other.status is None or fact.status is None)
        ):
            return other
    return None


def _same_donor(a: Aid, b: Aid) -> bool:
    """The same donor, or one side names none: an unnamed donor is unknown, not another."""
    return a.provider == b.provider or a.provider is None or b.provider is None


def _definite_repeat(fact: Aid, facts: list[Aid], sent: "Span") -> bool:
    """ "the $370 million sent to South America is not coming back": a sum with "the" that an
    earlier fact already has is that money again, described by a participle; not when a
    status verb now acts on it ("released the $143 million", "the $9 million was cut")."""
    if fact.amount is None or not any(_money_key(f) == _money_key(fact) for f in facts):
        return False
    text = sent.text
    for a in _amounts_in(sent):
        if (a.value, a.currency) != _money_key(fact) or not re.search(r"\b(?:the|that|this)\s+$", text[: a.start], re.I):
            continue
        head = _phrase_head(_token_at(sent, sent.start_char + a.start))
        if head.dep_ in ("nsubj", "nsubjpass", "dobj") and _status_token(head.head):
            return False
        return True
    return False


def _definite(nouns: list["Token"]) -> bool:
    """ "the money", "that aid": aid already reported."""
    return any(
        c.dep_ == "det" and c.lower_ in ("the", "that", "this", "those", "these") for n in nouns if n.lower_ in _strong_nouns() for c in n.children
    )


def _recent_recipients(facts: list[Aid], where: dict[int, int], index: int) -> list[str]:
    """Recipients of the last aid fact of the last three sentences, if any."""
    for other in reversed(facts):
        if index - where.get(id(other), -99) > 3:
            break
        if other.recipients:
            return other.recipients
    return []


def _same_as_recent(fact: Aid, facts: list[Aid], where: dict[int, int], index: int, definite: bool = False) -> Aid | None:
    """An earlier fact an amountless mention repeats: same provider, recipients and status
    within three sentences; or, for "the money"/"the aid", the same status anywhere before."""
    if fact.amount is not None:
        return None
    if definite:
        for other in reversed(facts):
            if other.status == fact.status and _same_donor(other, fact) and (
                not fact.recipients or set(fact.recipients) & set(other.recipients)
            ):
                return other
    for other in reversed(facts):
        if index - where.get(id(other), -99) > 3:
            break
        if (
            _same_donor(other, fact)
            and set(other.recipients) == set(fact.recipients)
            and other.status == fact.status
        ):
            return other
    return None


def _sentence_aid(
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
    heading: list[str] | None = None,
    last: Aid | None = None,
) -> list[Aid]:
    """Aid facts of one sentence; a noun-less sentence ``continues`` the aid talk before it
    (and ``previous``, the last aid fact, if any); a list line takes the countries of the
    ``heading`` over its list when it names none."""
    text = sent.text
    evidence = Evidence(text, sent.start_char, sent.end_char)
    # "€105m ($116m)" is one sum; "a budget of 1 million quetzales (about $130,000)": the
    # conversion of a sum that is not aid is no aid either
    amounts = [a for a in merge_restatements(_amounts_in(sent), text) if not _not_aid_amount(sent, a)]
    amounts += [
        Amount(s, e, text[s:e], 0.0, None, "vague")
        for s, e in find_vague_amounts(text)
        if not any(a.start < e and s < a.end for a in amounts)
    ]
    amounts.sort(key=lambda a: a.start)
    amounts = _same_amounts(amounts, text, previous if continues else None)
    if continues and not any(a.currency != "vague" for a in amounts):
        return _rest_of_previous(sent, previous, evidence)
    # a donor the text does not name stays unknown
    provider = _provider(sent, countries) or (previous.provider if previous else None)
    recipients = [n for n in names(countries) if n != provider]
    if not recipients and heading:
        recipients = [n for n in heading if n != provider]
    recipients += [n for n in _beneficiaries(text) if n not in recipients and n != provider]
    recipients += [
        o for o in _organisations(text, donors=False)
        # money "to UNHCR ... to strengthen asylum capacity in Guatemala" is for the country;
        # the agency is only its channel
        if o not in recipients and o != provider and not recipients
    ]
    if not recipients and amounts:
        recipients = _place_countries(text, provider)
    # "approved $9 million for Central America": a region without countries is no one country
    regional = not recipients and (heading == [] or bool(_region().search(text)))
    if regional:
        recent_recipients = []
    if not recipients and previous is not None and not regional:
        recipients = list(previous.recipients)
    if not recipients and amounts and list_is_recent and not regional and re.search(_EFFORT_ANAPHOR, text, re.I):
        # "would help make X, Y and Z safer ... Congress approved $2.6 billion for that
        # effort": the effort is for the countries the sentence before listed
        recipients = [n for n in memory.last_list if n != provider]
    has_anaphor = any(c.via == "anaphora" for c in countries)
    purpose = _purpose(text)
    out: list[Aid] = []
    if amounts:
        for i, amount in enumerate(amounts):
            anchor = _token_at(sent, sent.start_char + amount.start)
            status = _status(sent, anchor, nouns)
            figure = amount.currency != "vague"
            # "Japan pledged ¥5bn to India, while Spain announced €20m for Ghana": each sum's
            # donor is the subject of its own clause; other clauses' donors receive nothing
            donor = _clause_donor(anchor, sent)
            fact_provider = provider if donor is _NO_CLAUSE_DONOR else donor
            givers = {d for d in _clause_donors(sent) if d != fact_provider} | {fact_provider}
            own = _recipients_near(text, amounts, i, provider, countries) or _semicolon_part(text, amount, provider, countries) or recipients
            own = [r for r in own if r not in givers]
            fact_purpose = purpose
            if status == "redirected":
                own = _destination(sent, countries, provider) or own
                fact_purpose = _new_use(sent) or purpose
            if not own and figure and recent_recipients:
                own = list(recent_recipients)  # "restore part of the aid, some $143 million"
            if not own and figure and fact_provider and said_before and not regional:
                # "X and Y signed a protocol. X will pay €20 million a year under the deal."
                own = [c for c in said_before if c != fact_provider]
            out.append(
                Aid(
                    amount_usd=_dollar_figure(amount),
                    provider=fact_provider,
                    recipients=list(own),
                    status=status,
                    purpose=fact_purpose,
                    evidence=evidence,
                    amount_usd_max=_dollar_figure(amount, upper=True),
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
        if n.lower_ in _strong_nouns() and not _not_aid().search(text[max(0, n.idx - sent.start_char - 40) : n.idx - sent.start_char + 40])
        and not _negated(n)
    ]
    status = next((st for n in strong if (st := _governing_status(n))), None)
    if status is None:
        # "has promised to extend its job programmes to Belize and Panama": a pledge of
        # programmes, investment or help to countries named with it is aid without a sum
        pledged = [
            n for n in nouns
            if n not in strong and _governing_status(n) == "pledged" and not _not_aid().search(text)
            and not _not_aid_programme(n) and not _negated(n)
        ]
        own = _countries_after(text, countries, pledged[0].idx - sent.start_char, provider) if pledged else []
        if not own:
            return out
        status, recipients = "pledged", own
    if not recipients and list_is_recent and not has_anaphor and not regional:
        recipients = [n for n in memory.last_list if n != provider]
    if not recipients and not regional:
        recipients = [n for n in [_asker_country(sent, strong)] if n and n != provider]
    if last is not None and _definite(strong) and all(_loose_anaphor(text, c) for c in countries):
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


_EFFORT_ANAPHOR = r"\b(?:for|to|on|into|toward|towards)\s+(?:that|this|the\s+same)\s+(?:effort|plan|initiative|strategy|project|undertaking|endeavou?r|purpose)\b"


def _amountless_beside(
    sent: "Span", nouns: list["Token"], facts: list[Aid], recipients: list[str], provider: str, evidence: Evidence,
    amounts: list[Amount], countries,
) -> list[Aid]:
    """ "froze aid to X in March and released only a sliver of it, $143 million": the aid
    noun's own status, which no amount of the sentence has, is a second, amountless fact."""
    if not recipients or not facts:
        return []
    out: list[Aid] = []
    for noun in nouns:
        if noun.lower_ not in _strong_nouns() or _negated(noun):
            continue
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("VERB", "AUX"):
            continue  # "Of the released funds, X will receive $Y": the sums are that money
        verb = next((n for n in [noun, *noun.ancestors] if _status_token(n)), None)
        if verb is None or verb == noun or not (sent.start <= verb.i < sent.end):
            continue
        if any(n.dep_ in ("advcl", "pcomp", "relcl", "acl", "prep", "pobj") for n in [verb, *verb.ancestors]):
            continue  # "seven months after it cut off assistance": background, not news
        status = _status_token(verb)
        if any(f.status == status for f in [*facts, *out]):
            continue
        # its own countries: those after it ("aid to Belize"), before the next sum
        at = noun.idx - sent.start_char
        stop = min([a.start for a in amounts if a.start > at], default=len(sent.text))
        own = _countries_after(sent.text, [c for c in countries if c.start < stop], at, provider)
        out.append(Aid(None, provider, own or list(recipients), status, None, evidence, confidence=0.6))
    return out


def _loose_anaphor(text: str, mention) -> bool:
    """ "the governments": a plural without a number, which may mean anyone's."""
    return mention.via == "anaphora" and not re.search(
        r"\b(?:two|three|four|five|six|seven|both)\b|\d", text[mention.start : mention.end], re.I
    )


def _rest_of_previous(sent: "Span", previous: Aid | None, evidence: Evidence) -> list[Aid]:
    """ "... would release $143 million. A spokesperson said the remainder was under review":
    the rest of the money just reported, with a status of its own."""
    if previous is None:
        return []
    heads = set(_vocab()["remainder_heads"])
    for tok in sent:
        if tok.lower_ not in heads or not any(c.lower_ in ("the", "its") for c in tok.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # "the rest of the week"; "the rest of the funds" has an aid noun
        status = _clause_phrase_status(tok) or next((s for n in [tok, *tok.ancestors] if (s := _status_token(n))), None)
        if status and status != previous.status:
            return [Aid(None, previous.provider, list(previous.recipients), status, None, evidence, confidence=0.6)]
    return []


def _remainder(nouns: list["Token"], facts: list[Aid], evidence: Evidence) -> list[Aid]:
    """ "$143 million ... had been released and the rest of the funds were under review":
    the rest of the money is a second, amountless fact with its own status."""
    out: list[Aid] = []
    heads = set(_vocab()["remainder_heads"])
    for noun in nouns:
        if noun.lower_ not in _strong_nouns() or not facts:
            continue
        rest = noun.head.head if noun.head.lower_ == "of" else None
        if not (rest is not None and rest.lower_ in heads or any(c.lower_ == "remaining" for c in noun.children)):
            continue
        status = _clause_phrase_status(noun) or _governing_status(noun)
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
        (node for n in nouns for node in [n, *n.ancestors] if node is not n and _status_token(node) == first),
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
        status = _status_token(conj) or next(
            (st for c in conj.children if c.dep_ == "xcomp" and (st := _status_token(c))), None
        )
        if status and status != first and status not in out:
            out.append(status)
    return out


def _negated(noun: "Token") -> bool:
    """ "has given them no money", "did not promise any aid": aid denied, not given."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


def _countries_after(text: str, countries, start: int, provider: str) -> list[str]:
    """Countries named after ``start`` and introduced by "to", "for" or "in"."""
    after = [c for c in countries if c.start >= start and c.name != provider]
    if after and re.search(r"\b(?:to|for|in|into|towards?)\b", text[start : after[0].start]):
        return names(after)
    return []


def _destination(sent: "Span", countries, provider: str) -> list[str]:
    """ "$9 million ... has been moved to police programmes in Colombia": money redirected
    goes to the countries after the redirecting verb, not to those it was meant for."""
    verb = next((t for t in sent if _status_token(t) == "redirected"), None)
    if verb is None:
        return []
    return _countries_after(sent.text, countries, verb.idx + len(verb.text) - sent.start_char, provider)


def _new_use(sent: "Span") -> str | None:
    """ "moved to anti-narcotics programmes in Colombia": what redirected money now pays for."""
    verb = next((t for t in sent if _status_token(t) == "redirected"), None)
    if verb is None:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "toward", "towards", "into", "for"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN":
                left = [t for t in obj.subtree if t.i <= obj.i and t.dep_ != "det"]
                return sent.doc[left[0].i : obj.i + 1].text
    return None


def _not_aid_programme(noun: "Token") -> bool:
    """ "the asylum programme", "Remain in Mexico programs": programmes that are not aid."""
    words = set(_vocab()["not_aid_programmes"])
    return any(t.lower_ in words for t in noun.subtree if t.i < noun.i) or any(
        t.lower_ in words for t in noun.children
    )


def _recipients_near(text: str, amounts: list[Amount], i: int, provider: str, countries) -> list[str]:
    """With several amounts in a sentence, each goes to the countries named with it.

    "$40 million in aid to Belize and $25 million to Panama": the countries after the
    amount, up to the next one, when introduced by "to"/"for"; else those just before it
    ("Belize: $12 million").
    """
    if len(amounts) < 2:
        return []
    start = amounts[i - 1].end if i > 0 else 0
    end = amounts[i + 1].start if i + 1 < len(amounts) else len(text)
    amount = amounts[i]
    after = [c for c in countries if amount.end <= c.start < end and c.name != provider]
    if after and re.search(r"\b(?:to|for)\b", text[amount.end : after[0].start]):
        return names(after)
    before = [c for c in countries if start <= c.start < amount.start and c.name != provider]
    return names(before)


def _semicolon_part(text: str, amount: Amount, provider: str, countries) -> list[str]:
    """ "But X has a fine asylum system; Y's commission has few staff, which is why
    Washington promised $4 million": with the sentence cut by semicolons, the countries
    of the amount's own part, when it names any."""
    if ";" not in text:
        return []
    start = text.rfind(";", 0, amount.start) + 1
    end = text.find(";", amount.end)
    end = len(text) if end < 0 else end
    return names([c for c in countries if start <= c.start < end and c.name != provider])


def _not_aid_amount(sent: "Span", amount: Amount) -> bool:
    """A fee, price or trade figure rather than aid: judged on the words around the amount
    and on the subject of the verb it hangs on ("Remittances to the three countries
    exceed $20 billion")."""
    text = sent.text
    window = text[max(0, amount.start - 40) : amount.end + 40]
    if _not_aid().search(window):
        return True
    if re.search(_vocab()["comparison_before"], text[max(0, amount.start - 30) : amount.start], re.I):
        return True  # "sought $445 million, down from $528 million": a baseline, not a second sum
    if re.search(_vocab()["ruled_out_before"], text[max(0, amount.start - 30) : amount.start], re.I):
        return True  # "it is $35 million, not $350 million": a corrected figure is no sum
    anchor = _token_at(sent, sent.start_char + amount.start)
    verb = next((a for a in anchor.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_not_aid().search(" ".join(t.text for t in c.subtree)) for c in subjects)


def _same_amounts(amounts: list[Amount], text: str, previous: Aid | None = None) -> list[Amount]:
    """ "$30 million to X, and the same amount to Y": a second sum, the one before it; at
    the start of the sentence right after an aid sum, that sum ("... pledged $30 million to
    X. The same amount has been promised to Y")."""
    out = list(amounts)
    for m in re.finditer(_vocab()["same_amount"], text, re.I):
        before = [a for a in out if a.end <= m.start() and a.currency != "vague"]
        if before:
            last = before[-1]
            out.append(Amount(m.start(), m.end(), m.group(0), last.value, last.value_max, last.currency, last.restated))
        elif previous is not None and previous.amount is not None and not amounts:
            out.append(Amount(m.start(), m.end(), m.group(0), previous.amount, previous.amount_max, previous.currency or "USD"))
    out.sort(key=lambda a: a.start)
    return out


def _token_at(sent: "Span", char: int) -> "Token":
    for tok in sent:
        if tok.idx <= char < tok.idx + len(tok.text) or tok.idx >= char:
            # "$735 million": the number's head is "million"
            return tok
    return sent.root


def _status_token(tok: "Token") -> str | None:
    lemma = tok.lemma_.lower()
    head = tok.head
    if tok.dep_ == "xcomp" and head != tok and _status_of_lemma().get(head.lemma_.lower()) == "suspended":
        # "would stop providing new funds": the stopping is the news, and a review beside
        # it makes the whole an aid under review
        if any(_status_of_lemma().get(t.lemma_.lower()) == "under review" for t in tok.sent):
            return "under review"
        return "suspended"
    if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in _vocab()["aid_nouns"]:
        return None  # "a $5 million grant" names the aid; it does not say it was granted
    if tok.dep_ == "xcomp" and head.lemma_.lower() in _vocab()["request_lemmas"]:
        return None  # "asked him to unfreeze the aid": a request, not a release
    if any(c.dep_ == "neg" for c in tok.children):
        return None  # "has not yet released the $9 million it promised": not released
    if tok.dep_ == "xcomp" and head != tok and _status_of_lemma().get(head.lemma_.lower()) in ("pledged", "announced"):
        # "committed to invest", "pledged to provide": the money is promised, not yet given
        if not any(c.dep_ == "neg" for c in head.children):
            return _status_token(head)
    if tok.pos_ == "VERB":
        # "handed over the first $10 million": a verb with its particle
        for prt in tok.children:
            status = _vocab()["particle_verbs"].get(f"{lemma} {prt.lower_}") if prt.dep_ == "prt" else None
            if status:
                return "announced" if status in _vocab()["future_becomes_announced"] and _is_future(tok) else status
    participle = _vocab()["participles"].get(tok.lower_)
    if participle and tok.pos_ == "ADJ":
        return participle  # "the funds were unfrozen", "frozen aid": the tagger's adjectives
    status = _status_of_lemma().get(lemma)
    if status is None and tok.tag_ == "VBN":
        status = _status_of_lemma().get(tok.lower_) or participle
    if status is None:
        return None
    if tok.pos_ not in ("VERB", "NOUN", "AUX") and tok.tag_ not in ("VBN", "VBG", "VBD"):
        return None
    if status in _vocab()["future_becomes_announced"] and _is_future(tok):
        return "announced"
    return status


def _is_future(verb: "Token") -> bool:
    markers = {m for m in _vocab()["future_markers"] if " " not in m}
    phrases = [m for m in _vocab()["future_markers"] if " " in m]
    for node in [verb, *list(verb.ancestors)[:2]]:
        if any(c.lower_ in markers for c in node.children if c.dep_ in ("aux", "advmod")):
            return True
    left = verb.doc[max(verb.sent.start, verb.i - 5) : verb.i].text.lower()
    return any(p in left for p in phrases)


def _governing_status(noun: "Token") -> str | None:
    """The status word the aid noun hangs on ("froze most of its assistance"), or that
    qualifies it ("aid suspended in March"); a phrase like "under review" in its clause.
    A restoration in its own clause comes first ("promised that the aid frozen in March
    would flow again": restored, not the promise nor the freeze)."""
    status = _clause_phrase_status(noun, ("restored",))
    if status:
        return status
    for node in [noun, *noun.ancestors]:
        status = _status_token(node)
        if status:
            return status
    # "the funds, frozen since March, are under review": the main clause says what is news
    status = _clause_phrase_status(noun)
    if status:
        return status
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "amod"):
            status = _status_token(child)
            if status:
                return status
    return None


def _clause_text(tok: "Token") -> str:
    """The words of the clause ``tok`` is in: its verb's subtree without the clauses
    coordinated with or embedded under it and without relative clauses, so that "$X had
    been released again and the rest were under review" gives "$X" the release only."""
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return tok.sent.text
    skip: set[int] = set()
    for node in verb.subtree:
        if node == verb or node.i in skip:
            continue
        if node.dep_ in ("conj", "ccomp", "advcl", "relcl", "acl", "parataxis") and tok not in node.subtree:
            skip.update(t.i for t in node.subtree)
    return " ".join(t.text for t in verb.subtree if t.i not in skip)


def _clause_phrase_status(tok: "Token", wanted: tuple[str, ...] | None = None) -> str | None:
    text = _clause_text(tok)
    head = _phrase_head(tok)
    if head.dep_ == "dobj":
        # "said the funds ..., are under review": the parser made the subject the object of
        # "said" and left the clause that follows without one
        for clause in head.head.children:
            if clause.dep_ == "ccomp" and clause.i > head.i and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children
            ):
                text += " " + _clause_text(clause)
    for status, pattern in _status_phrases():
        if (wanted is None or status in wanted) and pattern.search(text):
            return status
    return None


def _status(sent: "Span", anchor: "Token", nouns: list["Token"]) -> str | None:
    if _runs_across_lines(sent, anchor):
        # a list line the parser ran into its neighbours ("• Frozen in March: $151 million"
        # "• Released in October: $47 million"): only the line's own words say its status
        return _own_words_status(sent, anchor)
    status = _clause_phrase_status(anchor, ("under review", "restored"))
    if status:
        return status
    status = _partitive_status(anchor) or _status_of_phrase(anchor)
    if status:
        return status
    # the status word that governs the amount or the aid noun
    for start in [anchor, *nouns]:
        for node in [start, *start.ancestors]:
            status = _status_token(node)
            if status:
                return status
    for status, pattern in _status_phrases():
        if pattern.search(sent.text):
            return status
    status = _released_after_freeze(nouns)
    if status:
        return status
    # nearest status word, a main-clause verb before one in a relative clause
    candidates = [(_in_relative_clause(t), abs(t.i - anchor.i), s) for t in sent if (s := _status_token(t))]
    return min(candidates)[2] if candidates else None


def _partitive_status(anchor: "Token") -> str | None:
    """ "Of the released funds, X will receive $Y": the sum is part of money whose own
    participle says what happened to it, before the verb that shares it out."""
    verb = next((a for a in anchor.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lower_ in _strong_nouns():
                for child in noun.children:
                    if child.dep_ in ("amod", "acl") and child.i < noun.i:
                        status = _vocab()["participles"].get(child.lower_)
                        if status:
                            return status
    return None


def _released_after_freeze(nouns: list["Token"]) -> str | None:
    """ "the frozen aid that the State Department released": the money's later status, the
    release of its relative clause, is its status now."""
    for noun in nouns:
        before = [_status_token(c) for c in noun.children if c.dep_ == "amod"]
        after = [_status_token(c) for c in noun.children if c.dep_ == "relcl" and not _is_future(c)]
        if "suspended" in before and "restored" in after:
            return "restored"
    return None


def _runs_across_lines(sent: "Span", anchor: "Token") -> bool:
    """A list line ("• Frozen in March: $151 million") that the parser read as one sentence
    with the line before or after it."""
    doc = sent.doc
    if not (_BULLET.match(sent.text) or ":" in doc_text(doc)[sent.start_char : anchor.idx]):
        return False
    parsed = anchor.sent
    before = parsed.start < sent.start and "\n" in doc_text(doc)[doc[sent.start - 1].idx : sent.start_char]
    after = parsed.end > sent.end and "\n" in doc_text(doc)[sent.end_char : doc[sent.end].idx + 1]
    return before or after


def _own_words_status(sent: "Span", anchor: "Token") -> str | None:
    for status, pattern in _status_phrases():
        if pattern.search(sent.text):
            return status
    candidates = [(abs(t.i - anchor.i), s) for t in sent if (s := _status_token(t) or _line_word_status(t))]
    return min(candidates)[1] if candidates else None


def _line_word_status(tok: "Token") -> str | None:
    """A participle opening a list line ("Released in October:"), which the tagger may read
    as a proper noun or adjective when it begins a fragment."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in _vocab()["aid_nouns"]:
        return None
    word = tok.lower_
    if word in _vocab()["participles"]:
        return _vocab()["participles"][word]
    if word.endswith("ed"):
        for stem in (word[:-1], word[:-2], word[:-3]):
            if stem in _status_of_lemma():
                return _status_of_lemma()[stem]
    return None


_QUANTITY_PREPOSITIONS = frozenset({"between", "about", "around", "over", "under", "nearly", "some", "up"})
_NOUN_PHRASE_INTERNAL = frozenset({"quantmod", "compound", "nummod", "amod", "nmod", "det", "poss", "conj", "appos"})


def _phrase_head(tok: "Token") -> "Token":
    """The head of the noun phrase an amount is in: "a $5 million grant" -> "grant"."""
    node = tok
    while node.dep_ in _NOUN_PHRASE_INTERNAL and node.head != node and node.head.pos_ in ("NOUN", "PROPN", "NUM", "SYM"):
        node = node.head
    return node


def _status_of_phrase(anchor: "Token") -> str | None:
    """The status of the money's own noun phrase: the verb it is subject or object of
    ("$9 million ... has been moved to"), else its relative clause ("a $5 million grant
    ..., which was halted in April"), before any verb higher up that only says what the
    money paid for ("projects paid for by a ... grant")."""
    head = _phrase_head(anchor)
    if head.pos_ == "NOUN" and head is not anchor:
        # "announced the restoration of previously frozen aid, some €30 million": the sum
        # is the restoration's, whoever announces it
        status = _status_token(head)
        if status:
            return status
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ in _QUANTITY_PREPOSITIONS:
        governor = governor.head  # "Between $3 and $4 million ... has been moved": the amount is the subject
    elif head.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "oprd"):
        governor = head
    if governor != head:
        status = _status_token(governor)
        if status:
            return status
    for tok in head.subtree:
        if tok.i <= head.i or tok.dep_ not in ("relcl", "acl"):
            continue
        # its own clause, or a passive one the parser hung on a later noun ("..., which was halted")
        if tok.head == head or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or tok.tag_ == "VBN" and tok.dep_ == "acl":
            status = _status_token(tok)
            if status:
                return status
    return None


def _in_relative_clause(tok: "Token") -> bool:
    return any(n.dep_ in ("relcl", "acl") for n in [tok, *tok.ancestors])


_BENEFICIARY = re.compile(r"\bto\s+(?:help|strengthen|support|build|expand|improve|bolster|fund|equip)\s+((?:[A-Z][\w-]*\s?)+)['’]s\b")


def _beneficiaries(text: str) -> list[str]:
    """ "to strengthen Belize's asylum system": the country whose institutions the money is
    for, which the shared country finder leaves out before words like "asylum"."""
    return [c for m in _BENEFICIARY.finditer(text) for c in names(countries_in(m.group(1).strip()))]


def _organisations(text: str, *, donors: bool) -> list[str]:
    return [name for name, pattern, is_donor in _orgs() if is_donor == donors and pattern.search(text)]


def _provider(sent: "Span", countries) -> str | None:
    """The named donor: a country or organisation the aid comes from, the US if named, else None."""
    text = sent.text
    aid_nouns = set(_vocab()["aid_nouns"])
    for tok in sent:
        # "aid from Japan", "received $5 million from the EU"; not "migration from Honduras"
        if tok.lower_ != "from" or tok.dep_ != "prep":
            continue
        head = tok.head
        if not (
            head.lower_ in aid_nouns
            or _status_token(head)
            or head.lemma_.lower() in _vocab()["recipient_subject_verbs"]  # "Belize gets $9m from the EU"
            or head.like_num and bool(find_amounts(head.text + " dollars"))
        ):
            continue
        source = "".join(t.text_with_ws for t in tok.subtree)[len(tok.text_with_ws):]
        org = _organisations(source, donors=True)
        if org:
            return org[0]  # before countries: "the Inter-American Development Bank" is not American
        found = names(countries_in(source))
        if found:
            return found[0]
    # a non-US country or a donor organisation as the subject of the sentence's verbs
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        if tok.head.lemma_.lower() in _vocab()["recipient_subject_verbs"]:
            continue  # "Belize received $5 million": the subject is the recipient
        subject = "".join(t.text_with_ws for t in tok.subtree)
        org = _organisations(subject, donors=True)
        if org:
            return org[0]
        if _status_token(tok.head) and tok.dep_ == "nsubj":
            org = _organisations(subject, donors=False)
            if org:
                return org[0]  # "UNHCR gave $2 million to shelters in Panama"
            found = [c for c in names(countries_in(subject)) if c != US]
            if found and not _us_provider().search(subject):
                return found[0]
            # "López Obrador's government", "his government" after naming him
            before = text[: tok.idx - sent.start_char] if _possessive_pronoun(tok) else ""
            holder = _office_holder_country(subject) or _office_holder_country(before)
            if holder:
                return holder
    if _us_provider().search(text):
        return US
    # "Brussels announced €105 million for Turkey": a word for a government names its party
    governments = [party for party, pattern in government_terms() if pattern.search(text)]
    if len(governments) == 1:
        return governments[0]
    # the parser did not make the donor a subject: a donor organisation named in an aid
    # sentence gives the aid unless money goes "to" it
    for name, pattern, donor in _orgs():
        m = pattern.search(text) if donor else None
        if m and not re.search(r"\b(?:to|for|through|via|with)\s+(?:the\s+)?$", text[: m.start()]):
            return name
    return None


_NO_CLAUSE_DONOR = object()  # the amount's clause says nothing about who gives it


def _clause_donor(anchor: "Token", sent: "Span") -> "str | None | object":
    """The donor the amount's own clause names: the country or donor organisation that is
    the subject of the verb governing the amount (through "agreed to pay", "and released");
    None when that subject is the one who gets the money ("the fund received $X"); else
    :data:`_NO_CLAUSE_DONOR`."""
    verb = next((a for a in anchor.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None and sent.start <= verb.i < sent.end:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            if verb.lemma_.lower() in _vocab()["recipient_subject_verbs"]:
                # "Panama received $15 million from Japan": the donor follows "from"
                sources = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _vocab()["source_prepositions"]]
                return next((d for c in sources if (d := _donor_named(c))), None)
            if subject.pos_ == "PRON" and verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head != verb:
                verb = verb.head  # "Germany said it would give ...": "it" is the speaker
                continue
            return _donor_named(subject) or _NO_CLAUSE_DONOR
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head == verb:
            break
        verb = verb.head
    return _NO_CLAUSE_DONOR


def _donor_named(subject: "Token") -> str | None:
    words = "".join(t.text_with_ws for t in subject.subtree)
    org = _organisations(words, donors=True)
    if org:
        return org[0]
    found = names(countries_in(words))
    return found[0] if found else None


def _clause_donors(sent: "Span") -> list[str]:
    """Countries and donors that are the subject of a giving verb of the sentence."""
    giving = _giving_statuses()
    return [
        name for tok in sent
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in giving
        and tok.head.lemma_.lower() not in _vocab()["recipient_subject_verbs"]
        and (name := _donor_named(tok))
    ]


def _asker_country(sent: "Span", nouns: list["Token"]) -> str | None:
    """ "The president said he asked Mallory to unfreeze the cooperation": aid a foreign
    leader asks to have restored is his country's; "he" is the last foreign office holder
    named in this sentence or the one before."""
    for noun in nouns:
        ask = next((a for a in noun.ancestors if a.lemma_.lower() in _vocab()["request_lemmas"]), None)
        if ask is None:
            # "X told reporters that Trump had promised that the aid would flow again": a
            # promise the foreign office holder reports is one made to his country
            promise = next((a for a in noun.ancestors if _status_of_lemma().get(a.lemma_.lower()) == "pledged"), None)
            if promise is not None and promise.dep_ == "ccomp" and promise.head.lemma_.lower() in _SPEECH_LEMMAS:
                ask = promise.head
        if ask is None or not (sent.start <= ask.i < sent.end):
            continue
        subject = next((c for c in ask.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        words = "".join(t.text_with_ws for t in subject.subtree)
        found = [c for c in names(countries_in(words)) if c != US]
        if found:
            return found[0]
        return _last_foreign_holder(doc_text(sent.doc)[: ask.idx], max(0, sent.start_char - 400))
    return None


_SPEECH_LEMMAS = frozenset({"tell", "say"})


def _last_foreign_holder(before: str, window: int) -> str | None:
    """The country of the foreign office holder named last after ``window`` in ``before``,
    by full name or, once the article has given the full name, by surname ("Hernández")."""
    best: tuple[int, str] | None = None
    for holder in office_holders():
        forms = [holder.name, *holder.aliases]
        if holder.country == US or not any(f in before for f in forms):
            continue
        for form in [*forms, holder.name.split()[-1]]:
            at = before.rfind(form, window)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, holder.country)
    return best[1] if best else None


def _possessive_pronoun(subject: "Token") -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in subject.children)


@cache
def _office_holders() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for holder in office_holders():
        forms = sorted({holder.name, *holder.aliases}, key=len, reverse=True)
        out.append((re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b"), holder.country))
    return tuple(out)


def _office_holder_country(text: str, *, foreign: bool = False) -> str | None:
    """The country of the last well-known office holder named in ``text`` (with ``foreign``,
    the last one who does not serve the United States)."""
    best: tuple[int, str] | None = None
    for pattern, country in _office_holders():
        if foreign and country == US:
            continue
        for m in pattern.finditer(text):
            if best is None or m.start() > best[0]:
                best = (m.start(), country)
    return best[1] if best else None


def _purpose(text: str) -> str | None:
    for pattern in _purpose_patterns():
        m = pattern.search(text)
        if m:
            purpose = m.group(1).strip(" ,\"'”’")
            purpose = re.split(r"\s*,?\s*\b(?:Trump|he|she|they|the president) said\b", purpose)[0]
            # "earmarked for police reform has been moved to ...": the purpose ends at the verb
            purpose = re.split(r"\s+(?:has|have|had|was|were|is|are|will|would)\s+(?:been\s+|not\s+)?\w+(?:ed|en)\b|,\s+according to\b", purpose)[0]
            if 2 < len(purpose) <= 120:
                return purpose
    return None
