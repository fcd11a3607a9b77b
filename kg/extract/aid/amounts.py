"""Money mentions that may be aid: the sums of a sentence (:mod:`kg.money`), minus fees, prices
and trade figures, and their value in US dollars."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...facts import Aid
from ...gazetteer import country_by_name
from ...money import Amount, find_amounts, home_dollar, state_dollar, to_usd
from ...annotate.index import per_document
from ...parse import doc_text
from ..parties import countries_in, names
from .text import is_verb, token_at
from .donor_currency import in_donor_currency, in_donor_dollars  # noqa: F401 (sentence.py reads them here)
from .vocab import VAGUE, article_dollar, giving_statuses, named_dollars_in, not_aid, regex, vocab, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def amounts_in(sent: "Span", text: str | None = None) -> list[Amount]:
    """The amounts of ``text`` (default: those the annotation layer marked in the sentence,
    looked up in O(answer)), a bare "$" read in the currency context of the whole article.
    A sentence's own amounts are read once: the aid step asks for them several times."""
    if text is not None:
        return find_amounts(text, dollar=article_dollar(sent.doc))
    known = per_document(sent.doc, _AMOUNTS_KEY, lambda doc: {})
    key = (sent.start, sent.end)
    if key not in known:
        known[key] = tuple(_with_elliptical(find_amounts(sent, dollar=article_dollar(sent.doc)), sent.text))
    return list(known[key])


#: ``doc.user_hooks`` key of each sentence's amounts (Amount is frozen: callers get a new list)
_AMOUNTS_KEY = "kg_aid_amounts"


def _with_elliptical(found: list[Amount], text: str) -> list[Amount]:
    """ "$5.8 billion for Central America, and another 4.8 billion for southern Mexico": a figure
    with a scale and no currency, right after a sum, is a second sum in that currency."""
    from ...currencies import data as money_data

    if not found:
        return found
    scales = money_data()["scales"]
    out = list(found)
    for m in regex("elliptical_amount", re.I).finditer(text):
        # the sum it goes on from, not a conversion in brackets ("(some 5.1 billion euros)")
        before = [a for a in found if a.end <= m.start("n") and text.count("(", 0, a.start) <= text.count(")", 0, a.start)]
        if not before or any(a.start <= m.start("n") < a.end for a in found) or m.group("s").lower() not in scales:
            continue
        last = before[-1]
        value = float(m.group("n")) * scales[m.group("s").lower()]
        out.append(Amount(m.start("n"), m.end("s"), text[m.start("n") : m.end("s")], value, None, last.currency))
    return sorted(out, key=lambda a: a.start)


def without_conversions(amounts: list[Amount], text: str) -> list[Amount]:
    """ "$26 million ..., a figure local outlets converted to some 200 million quetzales": a
    sum the text gives as the conversion of an earlier one in another currency is that
    sum again, not a second one."""
    out: list[Amount] = []
    for a in amounts:
        if any(b.currency not in (a.currency, VAGUE) for b in out) and regex("conversion_before", re.I).search(
            text[max(0, a.start - 60) : a.start]
        ):
            continue
        out.append(a)
    return out


def without_breakdown(amounts: list[Amount], text: str) -> list[Amount]:
    """ "Donors pledged €9 billion, of which €6 billion in grants and €3 billion in loans":
    the parts after "of which" that add up to the sum before are that sum split by kind, one
    entry (DECISIONS_ao); a part with a fate of its own ("$700 million, of which $450 million
    was reprogrammed") adds up to less and stays."""
    for i, whole in enumerate(amounts):
        rest = [a for a in amounts[i + 1 :] if a.currency == whole.currency]
        if not rest or whole.currency == VAGUE or not regex("breakdown_before", re.I).search(text[whole.end : rest[0].start]):
            continue
        if abs(sum(a.value for a in rest) - whole.value) <= 0.01 * whole.value:
            return [a for a in amounts if a not in rest]
    return amounts


def money_key(fact: Aid) -> tuple[float, str] | None:
    return None if fact.amount is None else (fact.amount, fact.currency or "")


def in_dollars(fact: Aid, day: str | None) -> None:
    """The fact's sum in US dollars at the article's date; with no rate for it, the text's
    own dollar figure for it ("€105m ($116m)") if it gives one."""
    if fact.amount is None or fact.currency == "USD":
        return
    usd = to_usd(fact.amount, fact.currency, day)
    if usd is not None:
        fact.amount_usd, fact.amount_usd_max = usd, to_usd(fact.amount_max, fact.currency, day)


def dollar_figure(amount: Amount, *, upper: bool = False) -> float | None:
    """The text's own US-dollar figure for ``amount``: itself, or its restatement."""
    for form in (amount, amount.restated):
        if form is not None and form.currency == "USD":
            return form.value_max if upper else form.value
    return None


def amount_given(sent: "Span") -> bool:
    """ "USAID plans to provide $25 million to Honduras": an amount a status verb gives,
    freezes or restores is aid even when no aid noun is said."""
    for amount in amounts_in(sent):
        if not_aid_amount(sent, amount):
            continue
        anchor = token_at(sent, sent.start_char + amount.start)
        verbs = [a for a in [anchor, *anchor.ancestors] if is_verb(a)]
        # "delivered ... equipment valued at $2 million": the value is what was given
        while len(verbs) > 1 and verbs[0].lemma_.lower() in vocab()["valuation_verbs"]:
            verbs = verbs[1:]
        verb = verbs[0] if verbs else None
        if verb is not None and verb.lemma_.lower() in giving_statuses():
            return True
        if verb is not None and any(
            f"{verb.lemma_.lower()} {c.lower_}" in vocab()["particle_verbs"] for c in verb.children if c.dep_ == "prt"
        ):
            return True  # "handed over $10 million"
        if verb is not None and _budget_carries(verb):
            return True
    return False


def line_status(anchor: "Token", last: "Aid | None") -> str | None:
    """The status of a budget's line: approved ("the 2020 bill includes $520 million for X"),
    unless the whole is a sum the sentences before told with a status of its own ("a package
    worth €7.4 billion" the EU "will provide"; "The package includes €5 billion in loans"):
    a part of promised money is promised."""
    verb = next((a for a in anchor.ancestors if is_verb(a)), None)
    if verb is None or not _budget_carries(verb):
        return None
    told = last.evidence.text.lower() if last is not None and last.status and last.evidence else ""
    wholes = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in vocab()["budget_nouns"]]
    definite = any(d.dep_ == "det" and d.lower_ in words("definite_determiners") for w in wholes for d in w.children)
    return last.status if told and definite and any(re.search(rf"\b{re.escape(w.lower_)}\b", told) for w in wholes) else "approved"


def voted(anchor: "Token") -> bool:
    """The sum's verb has a legislature or a law for subject ("Congress provided $X", "the
    spending bill the president signed provides $X"): voted, not yet paid out."""
    verb = next((a for a in anchor.ancestors if is_verb(a)), None)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")] if verb is not None else []
    # the parser may take "the package [that] the president signed" for a clausal subject
    return any(
        s.lemma_.lower() in words("legislatures") or any(t.lower_ in vocab()["budget_nouns"] for t in s.subtree)
        for s in subjects
    )


def _budget_carries(verb: "Token") -> bool:
    """ "the 2020 bill, approved in May, includes $520 million for X": a budget's line is aid."""
    if verb.lemma_.lower() not in vocab()["carrier_verbs"]:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.lower_ in vocab()["budget_nouns"] for c in subjects)


def not_aid_amount(sent: "Span", amount: Amount) -> bool:
    """A fee, price or trade figure rather than aid: judged on the words around the amount
    and on the subject of the verb it hangs on ("Remittances to the three countries
    exceed $20 billion")."""
    text = sent.text
    lo = max(0, amount.start - 40)
    # "the Ministry of Foreign Affairs and Trade would provide ...": a word of a body's name
    # says nothing of the sum
    trade = [
        m for m in not_aid().finditer(text, lo, amount.end + 40)
        if not _in_name(sent, m.start()) and not regex("public_share_before", re.I).search(text[max(0, m.start() - 20) : m.start()])
        and not _helped(token_at(sent, sent.start_char + m.start()))
    ]
    tails = [text[amount.end :]]
    if amount.restated is not None:  # "JD15 per person ($21)": the rate is said before its conversion
        tails += [text[a.end :] for a in amounts_in(sent) if a.start == amount.start and a.end <= amount.restated.start]
    if trade or any(regex("per_unit_after", re.I).search(tail) for tail in tails):
        return True
    if regex("exchange_rate").search(text[amount.end :]) or regex("exchange_rate").search(text[: amount.start]):
        return True  # "($1 = 1.36 Canadian dollars)": a rate, not a sum given
    if regex("correction_note", re.I).search(text):
        return True  # "the correct figure is 5 million euros": a figure of the text, not money given
    if re.search(vocab()["comparison_before"], text[max(0, amount.start - 30) : amount.start], re.I):
        return True  # "sought $445 million, down from $528 million": a baseline, not a second sum
    if re.search(vocab()["ruled_out_before"], text[max(0, amount.start - 30) : amount.start], re.I):
        return True  # "it is $35 million, not $350 million": a corrected figure is no sum
    if re.search(vocab()["target_before"], text[max(0, amount.start - 30) : amount.start], re.I):
        return True  # "set a goal of $3 billion in investment": aimed at, not given
    anchor = token_at(sent, sent.start_char + amount.start)
    if _whole_of_a_part(anchor) or _own_budget(anchor):
        return True
    # "a further £120m once ...": the tagger may read the scale letter as a verb; it is the sum's own word
    inside = range(sent.start_char + amount.start, sent.start_char + amount.end)
    verb = next((a for a in anchor.ancestors if is_verb(a) and a.idx not in inside), None)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.lower_ in words("distributive_subjects") for c in subjects):
        return True  # "each can receive up to 1,200 euros": a sum per person, not the aid
    if verb.lemma_.lower() in words("spending_lemmas") and _spends_on_itself(sent, _payers(verb, subjects)):
        return True  # "Chad alone spends 30 billion CFA francs a year securing its border": home spending
    if verb.lemma_.lower() in words("paying_lemmas") and any(c.lemma_.lower() in words("people_paying") or _one_person(c) for c in _payers(verb, subjects)):
        return True  # "Migrants pay $40 for the bus ride", "a builder paid a broker $8,000": a price people pay
    if verb.lemma_.lower() in words("asking_lemmas") and not any(
        t.lower_ in vocab()["budget_nouns"] for c in subjects for t in c.subtree
    ):
        return True  # "the appeal, which seeks US$360 million": asked of others, not given
    # only the sentence's own words: the parser may have run a heading line above into it
    return any(
        not_aid().search(" ".join(t.text for t in c.subtree if not _name_word(t) and sent.start <= t.i < sent.end))
        for c in subjects
    )


def _payers(verb: "Token", subjects: list["Token"]) -> list["Token"]:
    """Who pays: the subjects, and for a pronoun in a reported clause the subject of the verb
    that reports it ("some travellers say they paid 15,000 pounds")."""
    if verb.dep_ == "ccomp" and any(c.pos_ == "PRON" for c in subjects):
        return subjects + [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def _spends_on_itself(sent: "Span", payers: list["Token"]) -> bool:
    """Whether a state pays in a sentence that names no other state: it spends at home."""
    own = {n for c in payers for n in names(countries_in(" ".join(t.text for t in c.subtree)))}
    if not own or re.search(vocab()["abroad_cue"], sent.text, re.I):
        return False  # "spent $1.1 billion ... in the three countries": abroad
    from .recipients import place_countries

    return set(names(countries_in(sent.text))) | set(place_countries(sent.text, "")) <= own


def own_budget(sent: "Span", amount: Amount) -> bool:
    """Whether ``amount`` is what a body or a state has to run itself (:func:`_own_budget`)."""
    return _own_budget(token_at(sent, sent.start_char + amount.start))


def _own_budget(anchor: "Token") -> bool:
    """ "IOM's roughly $1.6 billion budget", "Our core budget ... is only around 50 million
    francs": what a body or a state has to run itself is no aid (GUIDELINES.md, DECISIONS_ao)."""
    noun = anchor
    while noun.dep_ in ("quantmod", "compound", "nummod", "nmod") and noun.head != noun:
        noun = noun.head
    if noun.dep_ == "attr":  # the sum a linking verb gives its subject
        noun = next((c for c in noun.head.children if c.dep_ == "nsubj"), noun)
    elif noun.dep_ == "pobj" and noun.head.lower_ in words("change_by_prepositions") and noun.head.head.pos_ in ("VERB", "AUX"):
        # "The Border Guard's budget has been increased by €30 million": the budget's change
        noun = next((c for c in noun.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), noun)
        if any(c.lower_ in vocab()["aid_nouns"] for c in noun.children):
            return False  # "the agency's aid budget was cut by $50 million": aid that was cut
    # the owner: "IOM's", or a name the parser hangs on the budget with its "'s" ("the Board's")
    return noun.lemma_.lower() in words("own_budget_nouns") and any(
        c.dep_ == "poss" or c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.subtree) for c in noun.children
    )


def _one_person(subject: "Token") -> bool:
    """ "a Moldovan builder who wanted to work abroad": a common noun with an indefinite
    article is one person (a state or a body has a name), whose payments are prices."""
    return subject.pos_ == "NOUN" and subject.tag_ == "NN" and subject.lemma_.lower() not in words("giver_nouns") and any(
        c.dep_ == "det" and c.lower_ in words("indefinite_determiners") for c in subject.children
    )


def _whole_of_a_part(anchor: "Token") -> bool:
    """The sum of a whole budget, not the aid: "tucked into the foreign-aid portion of the $1.2
    trillion bill" (the whole a part is cut from), "the House passed a $900 billion spending
    package" (a law named by its kind, a budget word on a budget word)."""
    noun = next((a for a in anchor.ancestors if a.pos_ == "NOUN"), None)
    if noun is None or noun.lower_ not in vocab()["budget_nouns"]:
        return False
    if any(c.dep_ == "compound" and c.lower_ in vocab()["budget_nouns"] for c in noun.children):
        return True
    return (
        noun.dep_ == "pobj" and noun.head.lower_ in words("partitive_prepositions")
        and noun.head.head.lemma_.lower() in words("part_nouns")
    )


def _helped(tok: "Token") -> bool:
    """ "To support the Tunisian economy, the EU will provide €150 million": a trade word that a
    helping infinitive governs is what the money is for, not a trade figure."""
    verb = tok.head if tok.dep_ in ("dobj", "pobj") else None
    return verb is not None and verb.lemma_.lower() in words("helping_lemmas") and any(c.tag_ == "TO" for c in verb.children)


def _in_name(sent: "Span", offset: int) -> bool:
    """Whether the word at ``offset`` of the sentence is a capitalised word of a proper name."""
    return _name_word(token_at(sent, sent.start_char + offset))


def _name_word(tok: "Token") -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ in _NAME_ENTITIES


#: the entity labels of names of bodies ("the Ministry of Foreign Affairs and Trade")
_NAME_ENTITIES = ("ORG", "FAC")


def same_amounts(amounts: list[Amount], text: str, previous: Aid | None = None) -> list[Amount]:
    """ "$30 million to X, and the same amount to Y": a second sum, the one before it; at
    the start of the sentence right after an aid sum, that sum ("... pledged $30 million to
    X. The same amount has been promised to Y")."""
    out = list(amounts)
    for m in re.finditer(vocab()["same_amount"], text, re.I):
        before = [a for a in out if a.end <= m.start() and a.currency != VAGUE]
        if before:
            last = before[-1]
            out.append(Amount(m.start(), m.end(), m.group(0), last.value, last.value_max, last.currency, last.restated))
        elif previous is not None and previous.amount is not None and not amounts:
            out.append(Amount(m.start(), m.end(), m.group(0), previous.amount, previous.amount_max, previous.currency or "USD"))
    out.sort(key=lambda a: a.start)
    return out



def in_home_dollar(fact: Aid, doc: "Doc", receivers: set[str]) -> None:
    """A bare "$" in an article that names no dollar explicitly is the payer's dollar: the
    donor state's own ("Ottawa has committed $29.3 million": CAD), the US dollar for a donor
    state without one or a body; with no donor named, the dollar of the dollar-using state the
    article names most besides the states that get money in it (``receivers``): "the
    Government had committed $370.8 million" in a report on Australia and Vanuatu is AUD,
    "$83 million frozen" in a list on Panama and Belize USD."""
    if fact.currency != "USD" or named_dollars_in(doc):
        return
    state = country_by_name(fact.provider) if fact.provider else None
    if state is not None:
        dollar = state_dollar(state.iso2) or "USD"
    else:
        dollar = "USD" if fact.provider else home_dollar(doc_text(doc), receivers)
    if dollar != "USD":
        fact.currency, fact.amount_usd, fact.amount_usd_max = dollar, None, None


def told_at_home(doc: "Doc", fact) -> bool:
    """ "At home, the government earmarked ¥1.1 billion for consultation centres": a sum in a
    sentence that opens with "At home", or in the one right after it in the same paragraph, is
    what a state spends on itself, which is no aid (GUIDELINES.md), whoever else the story names."""
    ev = fact.evidence
    if ev is None:
        return False
    text = doc_text(doc)
    paragraph = text[text.rfind("\n", 0, ev.start) + 1 : ev.start]
    before = [s for s in re.split(r"(?<=[.!?\"”’])\s+", paragraph) if s.strip()]
    home = regex("home_opening")
    return bool(home.search(ev.text)) or bool(before and home.search(before[-1]))
