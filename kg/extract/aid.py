"""Aid: money a donor gives, pledges, freezes, cuts or restores, and to whom.

Find, then set: a sentence is an aid mention when it names aid ("assistance",
"funding", "$615 million in aid") and either a US-dollar amount tied to it or a status
change for recipients. Vocabulary lives in ``kg/data/aid_terms.json``.

Rules (each has a test in ``tests/test_extract_aid.py``):

- Amount: each US-dollar amount of the sentence that is not a fee, price, trade or
  remittance figure ("$7,000 smuggling fee", "$3 billion in exports") is one aid fact;
  a range gives ``amount_usd`` and ``amount_usd_max``. An amount in another currency
  gives a fact with no amount (we hold no exchange rates) and lower confidence. Vague
  sums ("hundreds of millions") are no amount. Numbers without a currency (troops,
  migrants, kilometres, percentages) are never money.
- A sentence without an amount is an aid fact only when it names aid with a strong
  noun ("aid", "assistance", "funds") that a status word governs ("froze most of its
  assistance", "aid ... has been frozen"), and has recipients. "Aid groups", "aid
  officials" and money "sent home" are not aid.
- An amount that a giving or withholding verb governs is aid without an aid noun
  ("USAID plans to provide $25 million to Honduras"); so is an amount in a sentence
  right after aid talk ("Pompeo had frozen some $450 million", aid-figure list items).
- Status: the status word that governs the amount or the aid noun in the parse
  ("reviewing some $615 million ... and would stop providing new funds" -> under
  review, because "reviewing" governs the amount), else the status word nearest to
  the amount. "Stop providing" is a suspension, and with a review in the sentence,
  under review. "Cut off" is cut. Phrases such as "under review", "cut off", "stop providing" count too.
  Future or modal approval/delivery ("will shortly be approving", "would provide")
  is ``announced``: the money has not been approved or delivered yet.
- Provider: a donor organisation or a non-US country that is the subject of the
  status verb or follows "from"; else the United States (the articles are about US
  aid: the State Department, USAID, Washington).
- Recipients: countries and organisations of the sentence other than the provider
  (not those that only qualify a border or migrants); "the three countries" is the
  last list of countries; with none at all, an amountless status change ("will be
  approving targeted assistance") takes the list of the last two sentences.
- Purpose: "in the areas of X", "for law enforcement ...", "aimed at X".
- An amountless mention that repeats the provider, recipients and status of an aid
  fact of the last three sentences adds to it (its purpose) instead of repeating it;
  so does "the money"/"the aid" with the status of an earlier fact. An amount without
  recipients takes those of the aid fact of the last three sentences.
- Vague sums ("hundreds of millions of dollars") and other currencies ("C$20
  million", euros) give facts without an amount.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..facts import Aid, Evidence
from ..gazetteer import country
from ..money import Amount, find_amounts, find_vague_amounts
from .parties import US, CountryMemory, countries_in, names, sentences, terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from . import Context

_STRONG_NOUNS = {"aid", "assistance", "funding", "funds", "fund", "money", "grant", "grants", "financing", "package"}


@cache
def _vocab() -> dict:
    return terms("aid_terms.json")


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


def extract_aid(doc: "Doc", ctx: "Context") -> list[Aid]:
    """The aid facts an article states, one per amount (or per amountless status change)."""
    facts: list[Aid] = []
    fact_sentence: dict[int, int] = {}
    memory = CountryMemory()
    list_sentence = -10
    aid_sentence = -10
    aid_nouns = set(_vocab()["aid_nouns"])
    for index, sent in enumerate(sentences(doc)):
        text = sent.text
        countries = countries_in(text, memory)
        nouns = [
            t for t in sent
            if t.lower_ in aid_nouns
            # the tagger reads a sentence-initial "Aid to X has been frozen" as a verb
            and (t.pos_ in ("NOUN", "PROPN") or t.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass", "dobj", "pobj"))
            # "aid groups", "aid officials": aid qualifies someone, it is not given
            and not (t.dep_ == "compound" and t.head.lower_ not in aid_nouns)
        ]
        # "Pompeo had frozen some $450 million", "- Belize: $12 million" right after aid talk
        continues = not nouns and index - aid_sentence <= 1
        given = not nouns and _amount_given(sent)
        if nouns or continues or given:
            found = _sentence_aid(
                sent, nouns, countries, memory, index - list_sentence <= 2,
                continues=continues, previous=facts[-1] if continues and facts else None,
                recent_recipients=_recent_recipients(facts, fact_sentence, index),
            )
            for fact in found:
                previous = _same_as_recent(fact, facts, fact_sentence, index, definite=_definite(nouns))
                if previous is not None:
                    if previous.purpose is None:
                        previous.purpose = fact.purpose
                    continue
                fact_sentence[id(fact)] = index
                facts.append(fact)
            if nouns or found:
                aid_sentence = index
        before = list(memory.last_list)
        memory.update(countries)
        if memory.last_list != before or len(names([c for c in countries if c.name != US])) >= 2:
            list_sentence = index
    return facts


@cache
def _giving_statuses() -> frozenset[str]:
    return frozenset(_vocab()["amount_verbs_without_aid_noun"])


def _amount_given(sent: "Span") -> bool:
    """ "USAID plans to provide $25 million to Honduras": an amount a status verb gives,
    freezes or restores is aid even when no aid noun is said."""
    text = sent.text
    for amount in find_amounts(text):
        if _not_aid_amount(text, amount):
            continue
        anchor = _token_at(sent, sent.start_char + amount.start)
        verb = next((a for a in [anchor, *anchor.ancestors] if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.lemma_.lower() in _giving_statuses():
            return True
    return False


def _definite(nouns: list["Token"]) -> bool:
    """ "the money", "that aid": aid already reported."""
    return any(
        c.dep_ == "det" and c.lower_ in ("the", "that", "this", "those", "these") for n in nouns if n.lower_ in _STRONG_NOUNS for c in n.children
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
    if fact.amount_usd is not None:
        return None
    if definite:
        for other in reversed(facts):
            if other.status == fact.status and other.provider == fact.provider and (
                not fact.recipients or set(fact.recipients) & set(other.recipients)
            ):
                return other
    for other in reversed(facts):
        if index - where.get(id(other), -99) > 3:
            break
        if (
            other.provider == fact.provider
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
) -> list[Aid]:
    """Aid facts of one sentence; a noun-less sentence ``continues`` the aid talk before it
    (and ``previous``, the last aid fact, if any)."""
    text = sent.text
    evidence = Evidence(text, sent.start_char, sent.end_char)
    amounts = [a for a in find_amounts(text) if not _not_aid_amount(text, a)]
    amounts += [
        Amount(s, e, text[s:e], 0.0, None, "vague")
        for s, e in find_vague_amounts(text)
        if not any(a.start < e and s < a.end for a in amounts)
    ]
    amounts.sort(key=lambda a: a.start)
    if continues and not any(a.currency == "USD" for a in amounts):
        return []
    provider = _provider(sent, countries) or (previous.provider if previous else None) or US
    recipients = [n for n in names(countries) if n != provider]
    recipients += [o for o in _organisations(text, donors=False) if o not in recipients and o != provider]
    if not recipients and previous is not None:
        recipients = list(previous.recipients)
    has_anaphor = any(c.via == "anaphora" for c in countries)
    purpose = _purpose(text)
    out: list[Aid] = []
    if amounts:
        for i, amount in enumerate(amounts):
            anchor = _token_at(sent, sent.start_char + amount.start)
            status = _status(sent, anchor, nouns)
            usd = amount.currency == "USD"
            own = _recipients_near(text, amounts, i, provider, countries) or recipients
            if not own and usd and recent_recipients:
                own = list(recent_recipients)  # "restore part of the aid, some $143 million"
            out.append(
                Aid(
                    amount_usd=amount.value if usd else None,
                    provider=provider,
                    recipients=list(own),
                    status=status,
                    purpose=purpose,
                    evidence=evidence,
                    amount_usd_max=amount.value_max if usd else None,
                    confidence=(0.8 if usd else 0.5 if amount.currency != "vague" else 0.6) if not continues else 0.6,
                )
            )
        return out
    strong = [
        n for n in nouns
        if n.lower_ in _STRONG_NOUNS and not _not_aid().search(text[max(0, n.idx - sent.start_char - 40) : n.idx - sent.start_char + 40])
    ]
    status = next((st for n in strong if (st := _governing_status(n))), None)
    if status is None:
        return out
    if not recipients and list_is_recent and not has_anaphor:
        recipients = [n for n in memory.last_list if n != provider]
    if not recipients:
        return out
    out.append(Aid(None, provider, recipients, status, purpose, evidence, confidence=0.6))
    return out


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


def _not_aid_amount(text: str, amount: Amount) -> bool:
    """A fee, price or trade figure rather than aid: judged on the words around the amount."""
    window = text[max(0, amount.start - 40) : amount.end + 40]
    return bool(_not_aid().search(window))


def _token_at(sent: "Span", char: int) -> "Token":
    for tok in sent:
        if tok.idx <= char < tok.idx + len(tok.text) or tok.idx >= char:
            # "$615 million": the number's head is "million"
            return tok
    return sent.root


def _status_token(tok: "Token") -> str | None:
    lemma = tok.lemma_.lower()
    head = tok.head
    if tok.dep_ == "xcomp" and head is not tok and _status_of_lemma().get(head.lemma_.lower()) == "suspended":
        # "would stop providing new funds": the stopping is the news, and a review beside
        # it makes the whole an aid under review
        if any(_status_of_lemma().get(t.lemma_.lower()) == "under review" for t in tok.sent):
            return "under review"
        return "suspended"
    status = _status_of_lemma().get(lemma)
    if status is None and tok.tag_ == "VBN":
        status = _status_of_lemma().get(tok.lower_)
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
    qualifies it ("aid suspended in March"); a phrase like "under review" in its clause."""
    for node in [noun, *noun.ancestors]:
        status = _status_token(node)
        if status:
            return status
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "amod"):
            status = _status_token(child)
            if status:
                return status
    return None


def _status(sent: "Span", anchor: "Token", nouns: list["Token"]) -> str | None:
    for status, pattern in _status_phrases():
        if pattern.search(sent.text) and status in ("under review", "restored"):
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
    candidates = [(abs(t.i - anchor.i), s) for t in sent if (s := _status_token(t))]
    return min(candidates)[1] if candidates else None


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
        if not (tok.head.lower_ in aid_nouns or _status_token(tok.head)):
            continue
        source = "".join(t.text_with_ws for t in tok.subtree)[len(tok.text_with_ws):]
        found = names(countries_in(source))
        if found:
            return found[0]
        org = _organisations(source, donors=True)
        if org:
            return org[0]
    # a non-US country or a donor organisation as the subject of the sentence's verbs
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        subject = "".join(t.text_with_ws for t in tok.subtree)
        org = _organisations(subject, donors=True)
        if org:
            return org[0]
        if _status_token(tok.head) and tok.dep_ == "nsubj":
            found = [c for c in names(countries_in(subject)) if c != US]
            if found and not _us_provider().search(subject):
                return found[0]
    return US if _us_provider().search(text) else None


def _purpose(text: str) -> str | None:
    for pattern in _purpose_patterns():
        m = pattern.search(text)
        if m:
            purpose = m.group(1).strip(" ,\"'”’")
            purpose = re.split(r"\s*,?\s*\b(?:Trump|he|she|they|the president) said\b", purpose)[0]
            if 2 < len(purpose) <= 120:
                return purpose
    return None
