"""Who gives the money: the donor a sentence names (a country, a donor organisation, a word for
a government), or None when the text does not say."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ...gazetteer import capital_country
from ...money import find_amounts
from ...parse import doc_text
from ..parties import US, countries_in, government_terms, names, organisations_in
from .status import headline_infinitive, headline_subject, status_token
from .holders import last_foreign_holder, possessive_pronoun, pronoun_holder, office_holder_country
from .text import hosts_in, is_verb
from .vocab import (
    giving_statuses,
    org_patterns,
    regex,
    status_of_lemma,
    us_provider,
    vocab,
    words,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def organisations_named(text: str, *, donors: bool) -> list[str]:
    """The bodies ``text`` names, in text order, each once."""
    return list(dict.fromkeys(name for _, _, name in org_mentions(text, donors)))


def runners(text: str) -> set[str]:
    """Bodies ``text`` names only as running what the money funds ("a programme run by the
    IOM and the ILO"), with the list after them: channels, not recipients."""
    runner = re.compile(vocab()["runner_before"], re.I)
    out, other, last = set(), set(), None
    for start, end, name in org_mentions(text, False):
        listed = last is not None and re.fullmatch(vocab()["list_separator"] + r"(?:the\s+)?", text[last:start])
        if runner.search(text[max(0, start - 30) : start]) or listed:
            out.add(name)
            last = end
        else:
            other.add(name)
            last = None
    return out - other


def org_mentions(text: str, donors: bool) -> list[tuple[int, int, str]]:
    """(start, end, body) of each mention, in text order; "UN" inside "the UN refugee agency"
    is no mention of its own: the longer name is the body meant."""
    found = org_matches(text)
    members = regex("members_after", re.I)  # "covering all ECOWAS states": the region, not the body
    return sorted(
        (a, b, name) for a, b, name, d in found
        if d == donors and not any(s <= a and b <= e and (s, e) != (a, b) for s, e, _, _ in found)
        and (donors or not members.match(text, b))
    )


@lru_cache(maxsize=256)
def org_matches(text: str) -> tuple[tuple[int, int, str, bool], ...]:
    """(start, end, body, is a donor) of every match of the bodies' patterns in ``text``,
    remembered: the aid step reads the bodies of a sentence several times."""
    return tuple((m.start(), m.end(), name, d) for name, pattern, d in org_patterns() for m in pattern.finditer(text))


def named_provider(sent: "Span", countries) -> str | None:
    """The named donor: a country or organisation the aid comes from, the US if named, else None."""
    text = sent.text
    aid_nouns = set(vocab()["aid_nouns"])
    for tok in sent:
        # "aid from Japan", "received $5 million from the EU"; not "migration from Honduras"
        if tok.lower_ not in words("source_prepositions") or tok.dep_ != "prep":
            continue
        head = tok.head
        if not (
            head.lower_ in aid_nouns
            or status_token(head)
            or head.lemma_.lower() in vocab()["recipient_subject_verbs"]  # "Belize gets $9m from the EU"
            or head.like_num and bool(find_amounts(head.text + " dollars"))
        ):
            continue
        if any(c.dep_ == "pobj" and c.lower_ in aid_nouns for c in tok.children):
            continue  # "cut NOK 50 million from its aid to Mali": the money it is taken from
        if status_token(head) in words("taking_statuses"):
            continue  # "withdrew €20 million in aid from Niger": the one it is taken from
        source = "".join(t.text_with_ws for t in tok.subtree)[len(tok.text_with_ws):]
        org = organisations_named(source, donors=True)
        if org:
            return org[0]  # before countries: "the Inter-American Development Bank" is not American
        found = names(countries_in(source))
        if found:
            return found[0]
    # a non-US country or a donor organisation as the subject of the sentence's verbs
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        if receives(tok.head):
            continue  # "Belize received $5 million": the subject is the recipient
        # the sentence's own words: the parser may run the headline above into its subject
        subject = "".join(t.text_with_ws for t in tok.subtree if sent.start <= t.i < sent.end)
        org = organisations_named(subject, donors=True)
        if org:
            return org[0]
        if _states_a_status(tok.head) and tok.dep_ == "nsubj":
            org = organisations_named(subject, donors=False)
            if org:
                return org[0]  # "UNHCR gave $2 million to shelters in Panama"
            states = names(countries_in(subject)) or _capital_state(tok)
            # "Washington cut assistance ... in exchange for X agreeing to ...": the first doer,
            # by a word for its government
            term = [party for party, pattern in government_terms() if pattern.fullmatch(subject.strip())]
            if states == [US] or (not states and term):
                return US if states == [US] else term[0]
            found = [c for c in states if c != US]
            if found and not us_provider().search(subject):
                return found[0]
            # "López Obrador's government", "his government" after naming him
            before = text[: tok.idx - sent.start_char] if possessive_pronoun(tok) else ""
            holder = office_holder_country(subject) or office_holder_country(before) or _previous_subject(tok) or pronoun_holder(tok)
            if holder:
                return holder
    if us_provider().search(text):
        return US
    # "Brussels announced €105 million for Turkey": a word for a government names its party
    governments = [party for party, pattern in government_terms() if pattern.search(text)]
    if len(governments) == 1:
        return governments[0]
    # the parser did not make the donor a subject: a donor organisation named in an aid
    # sentence gives the aid unless money goes "to" it
    hosts = hosts_in(sent)
    for start, _, name in org_mentions(text, True):
        if not regex("channel_before").search(text[:start]) and not any(s <= start < e for s, e in hosts):
            return name  # not the host of a conference: "co-hosted by the European Union and Spain"
    return None


def _previous_subject(pronoun: "Token") -> str | None:
    """ "EU commissioner X visits Khartoum and meets Sudan's foreign minister. He announces
    €100 million": "he" opening a sentence is the subject of the sentence before, and gives the
    body or state that subject's own words name (not the last office holder named)."""
    sent = pronoun.sent
    if pronoun.lower_ not in words("third_person_subjects") or sent.start == 0 or any(
        t.dep_ == "nsubj" and t.i < pronoun.i for t in sent
    ):
        return None
    before = pronoun.doc[sent.start - 1].sent
    subject = next((t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.ent_type_ == "PERSON"), None)
    if subject is None:
        return None
    phrase = "".join(t.text_with_ws for t in subject.subtree)
    found = organisations_named(phrase, donors=True) or names(countries_in(phrase))
    return found[0] if found else office_holder_country(phrase)


NO_CLAUSE_DONOR = object()
_RELATIVE_TAGS = ("WDT", "WP")  # Penn tags of relative pronouns  # the amount's clause says nothing about who gives it


def clause_donor(anchor: "Token", sent: "Span") -> "str | None | object":
    """The donor the amount's own clause names: the country or donor organisation that is
    the subject of the verb governing the amount (through "agreed to pay", "and released");
    None when that subject is the one who gets the money ("the fund received $X"); else
    :data:`NO_CLAUSE_DONOR`."""
    noun = anchor
    while noun.dep_ in ("quantmod", "compound", "nummod", "nmod") and noun.head != noun:
        noun = noun.head
    for giving in _giving_nouns_of(noun):
        # "Japan's $20 million grant to Nepal", "the UK's pledge: an extra £1.2bn": the possessor of the giving
        owner = next((c for c in giving.children if c.dep_ == "poss"), None)
        found = _donor_named(owner) if owner is not None else None
        if found:
            return found
    verb = next((a for a in anchor.ancestors if is_verb(a)), None)
    while verb is not None and sent.start <= verb.i < sent.end:
        # a subject of the verb's own sentence (a list line): the parser may hang the name of
        # the line above on the verb too ("- The Honourable X, Minister of Y | - Canada has committed $Z")
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and sent.start <= c.i < sent.end), None)
        if subject is not None and subject.left_edge.i <= anchor.i <= subject.right_edge.i:
            return NO_CLAUSE_DONOR  # "For X, USAID programmes worth $70m were frozen": the money's own phrase gives nothing
        if subject is not None and subject.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
            subject = verb.head  # "Britain, which paid Kigali £240m": the noun the clause describes
        if subject is None and headline_infinitive(verb):
            subject = headline_subject(verb)  # "UK to pay France £478m"
        if subject is None:
            found = _glued_subject(verb, sent)
            if found:
                return found
        if subject is not None:
            if receives(verb):
                # "Panama received $15 million from Japan": the donor follows "from"
                sources = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in vocab()["source_prepositions"]]
                return next((d for c in sources if (d := _donor_named(c))), None)
            if subject.pos_ == "PRON" and verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head != verb:
                verb = verb.head  # "Germany said it would give ...": "it" is the speaker
                continue
            from .referents import referent_donor

            found = _donor_named(subject) or referent_donor(subject)
            if found is None and _unnamed_group(subject):
                return None  # "donors promised $344 million, and the UK pledged £12 million": givers the text does not name
            return found or NO_CLAUSE_DONOR
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head == verb:
            break
        verb = verb.head
    return NO_CLAUSE_DONOR


def _glued_subject(verb: "Token", sent: "Span") -> str | None:
    """ "Press release from Ministry for Foreign Affairs | Sweden gives SEK 770 million ...", "...
    with Egypt. | Denmark has already given Tunisia ...": the parser ran the text before into the
    sentence and hung its opening noun phrase there (or took a noun there as the verb's subject);
    that noun phrase, right before the verb, is the subject the sentence says."""
    lead = sent.doc[sent.start : verb.i]
    if not len(lead) or any(t.pos_ not in ("PROPN", "DET", "NOUN", "ADJ", "PUNCT", "AUX", "ADV") for t in lead):
        return None
    if not any(t.head.i < sent.start or t.head.i >= sent.end for t in lead if t.pos_ in ("PROPN", "NOUN")) and not any(
        c.dep_ == "nsubj" and not (sent.start <= c.i < sent.end) for c in verb.children
    ):
        return None
    return _donor_in("".join(t.text_with_ws for t in lead if t.pos_ not in ("AUX", "ADV")), lead[0])


def _giving_nouns_of(noun: "Token") -> list["Token"]:
    """The giving nouns a sum's phrase belongs to: its own ("a $20 million grant"), the one it
    is in apposition to ("the UK's pledge: an extra £1.2bn"), and the object of the verb that
    brings a whole to it ("bringing Britain's total contribution to £2.3bn")."""
    giving = words("giving_nouns")
    out = [noun] if noun.lemma_.lower() in giving else []
    if noun.dep_ == "appos" and noun.head.lemma_.lower() in giving:
        out.append(noun.head)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and is_verb(noun.head.head):
        out += [c for c in noun.head.head.children if c.dep_ == "dobj" and c.lemma_.lower() in giving]
    return out


def _unnamed_group(subject: "Token") -> bool:
    """A bare plural common noun ("donors", "governments"): a group of givers no name says."""
    return subject.pos_ == "NOUN" and subject.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in subject.children
    )


def clause_recipients(anchor: "Token", sent: "Span") -> list[str]:
    """The countries that are the subject of a receiving verb governing the amount
    ("Rwanda was to receive $5,000 ..."): the money's recipients, before any other
    country of the sentence ("Israeli media reported ..."); not the other sums of a list
    ("Honduras will receive $56 million, Guatemala $47m and ...")."""
    verb = next((a for a in anchor.ancestors if is_verb(a)), None)
    node = anchor
    while node.dep_ in ("quantmod", "compound", "nummod", "nmod") and node.head != node:
        node = node.head
    if verb is None or node.dep_ != "dobj" or node.head != verb:
        return []  # the sum must be what the verb receives
    while verb is not None and sent.start <= verb.i < sent.end:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if not receives(verb) or subject.dep_ != "nsubj":
                return []
            return names(countries_in("".join(t.text_with_ws for t in subject.subtree))) or _capital_state(subject)
        if verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            return []
        verb = verb.head
    return []


def receives(verb: "Token") -> bool:
    """Whether the subject of ``verb`` gets the money: "Belize received $5 million", and
    "Rwanda was to receive $5,000 ...", where the parser hangs the subject on "was"."""
    receiving = vocab()["recipient_subject_verbs"]
    return verb.lemma_.lower() in receiving or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in receiving for c in verb.children
    )


def _donor_named(subject: "Token") -> str | None:
    """The donor a subject names: its own words first ("Denmark, which has an opt-out from
    EU rules," is Denmark), then its whole phrase."""
    aside = {t.i for c in subject.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
    # the subject's own line: the parser may have run the heading above into it ("How much
    # will Rwanda cost? | Reminder: the office said the UK will pay ...")
    text = doc_text(subject.doc)
    start, end = text.rfind("\n", 0, subject.idx) + 1, text.find("\n", subject.idx) % (len(text) + 1)
    phrase = [t for t in subject.subtree if start <= t.idx < end]
    own = _donor_in("".join(t.text_with_ws for t in phrase if t.i not in aside), subject) if aside else None
    return own or _donor_in("".join(t.text_with_ws for t in phrase), subject)


def _donor_in(phrase: str, subject: "Token") -> str | None:
    org = organisations_named(phrase, donors=True)
    if org:
        return org[0]
    # a body that is the subject of a giving verb gives, donor or not ("UNHCR will provide
    # $X"), unless a state is ("the United States, UNHCR's largest donor, provided ...")
    found = names(countries_in(phrase)) or _capital_state(subject) or organisations_named(phrase, donors=False)
    # "Washington would mobilise $5.8 billion": a word for a government is its state
    found = found or [party for party, pattern in government_terms() if pattern.fullmatch(phrase.strip())]
    # "The International Labour Organization (ILO) said it will provide ...": any body the
    # world layer knows, an agency standing for its state
    found = found or [party for _, _, party in organisations_in(phrase)]
    return found[0] if found else None


def _capital_state(tok: "Token") -> list[str]:
    """ "Rome also paid Tirana": a capital as the subject is its state's government."""
    if tok.pos_ != "PROPN":
        return []
    start = min([tok.i, *(c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i)])
    name = tok.doc[start : tok.i + 1].text
    if any(pattern.fullmatch(name) for _, pattern in government_terms()):
        return []  # "Brussels", "Washington": the word names its own party, found below
    # "The Hague has committed €10 million": a seat named with its article
    det = [c for c in tok.children if c.dep_ == "det" and c.i == start - 1]
    state = capital_country(name) or (capital_country(f"{det[0].text} {name}") if det else None)
    return [state.name] if state else []


def clause_donors(sent: "Span") -> list[str]:
    """Countries and donors that are the subject of a giving verb of the sentence; not the
    subject of an infinitive the money is for ("$31.5 million in grants for Colombia to
    support its response": Colombia gets it)."""
    giving = giving_statuses()
    marks = words("infinitive_subject_marks")
    return [
        name for tok in sent
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in giving
        and tok.head.lemma_.lower() not in vocab()["recipient_subject_verbs"]
        and not any(c.dep_ == "mark" and c.lower_ in marks for c in tok.head.children)
        and (name := _donor_named(tok))
    ]


def asker_country(sent: "Span", nouns: list["Token"]) -> str | None:
    """ "The president said he asked Mallory to unfreeze the cooperation": aid a foreign
    leader asks to have restored is his country's; "he" is the last foreign office holder
    named in this sentence or the one before."""
    for noun in nouns:
        ask = next((a for a in noun.ancestors if a.lemma_.lower() in vocab()["request_lemmas"]), None)
        if ask is None:
            # "X told reporters that Trump had promised that the aid would flow again": a
            # promise the foreign office holder reports is one made to his country
            promise = next((a for a in noun.ancestors if status_of_lemma().get(a.lemma_.lower()) == "pledged"), None)
            if promise is not None and promise.dep_ == "ccomp" and promise.head.lemma_.lower() in words("speech_lemmas"):
                ask = promise.head
        if ask is None or not (sent.start <= ask.i < sent.end):
            continue
        subject = next((c for c in ask.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        phrase = "".join(t.text_with_ws for t in subject.subtree)
        found = [c for c in names(countries_in(phrase)) if c != US]
        if found:
            return found[0]
        return last_foreign_holder(sent.doc, max(0, sent.start_char - 400), ask.idx)
    return None


def _states_a_status(verb: "Token") -> bool:
    """The verb, or a verb joined to it by "and" with no subject of its own, is a status word:
    "he met X in Tapachula and pledged $30 million" (the subject of "met" pledges)."""
    return bool(status_token(verb)) or any(
        c.dep_ == "conj" and is_verb(c) and status_token(c) and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in verb.children
    )
