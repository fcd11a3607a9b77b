"""Agreements a sentence refers back to by their number or by the states it lists, without
naming them again: "X signed all three agreements", "X signed all three: with A on ..., with
B on ... and with C on ...". The number words are ``number_words`` of
``kg/data/patterns/parties.json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parties import pattern_file
from ...facts import Evidence
from .model import Draft, Mention
from .vocab import words

if TYPE_CHECKING:
    from spacy.tokens import Token


def counted(noun: "Token") -> int | None:
    """The number a plural agreement noun is counted by: "all three agreements", "both deals"."""
    numbers = pattern_file("parties.json")["number_words"]
    for child in noun.children:
        if child.dep_ in ("nummod", "det") and child.lower_ in numbers:
            return numbers[child.lower_]
    # "the three so-called 'safe third country' agreements": a number the parser hung elsewhere
    # in the noun's own phrase (not "two-year agreements")
    before = noun.doc[noun.left_edge.i : noun.i]
    for tok in before:
        if tok.lower_ in numbers and tok.pos_ in ("NUM", "DET") and not (tok.i + 1 < len(tok.doc) and tok.nbor(1).text == "-"):
            return numbers[tok.lower_]
    return None


def counted_group(noun: "Token", drafts: list[Draft]) -> list[Draft]:
    """The agreements "all three agreements" refers back to: those the latest sentence that
    named agreements named, or else the most recent ones one plural named together
    (``siblings``), when they are that many; else none."""
    number = counted(noun)
    if number is None or number < 2 or not drafts:
        return []
    latest = max(d.last_sentence for d in drafts)
    together = [d for d in drafts if d.last_sentence == latest]
    if len(together) == number:
        return together
    for draft in reversed(drafts):
        group = [draft, *draft.siblings]
        if len(group) == number:
            return sorted(group, key=lambda d: next(i for i, o in enumerate(drafts) if o is d))
    return []


def each_listed(drafts: list[Draft], named: set[str], verbs: list["Token"]) -> list[Draft]:
    """ "X signed all three: with A on July 26, with B on ...": a signing whose object is a
    number or a pronoun, and no agreement has all the states the sentence lists, so each
    state's own, the most recent one with it; none unless every state listed has one."""
    numbers = pattern_file("parties.json")["number_words"]
    counted_object = any(
        c.dep_ == "dobj" and (c.lower_ in numbers or c.pos_ == "PRON") for v in verbs for c in v.children
    )
    if not counted_object or len(named) < 2 or any(named <= set(d.parties) for d in drafts):
        return []
    found = [next((d for d in reversed(drafts) if state in d.parties), None) for state in sorted(named)]
    if any(d is None for d in found) or len({id(d) for d in found}) < len(found):
        return []
    return [d for d in found if d is not None]


def more_of_a_kind(mention: Mention, noun: "Token", resolved: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """New agreements of the kind and parties of the one a phrase resolved to, when the phrase
    names more than one: "signed two memoranda of cooperation, one on X and one on Y", "a
    memorandum on X and another (``another_words``) on Y". An article that names them again
    gets no more than the phrase counts."""
    if mention.kind is None or mention.definite or len(resolved) != 1:
        return []
    number = counted(noun) if noun.tag_ in ("NNS", "NNPS") or mention.plural else None
    number = number or 1
    # "another" under the noun, or beside it as a second object of its verb ("signed a
    # memorandum on X, which ..., and another on Y")
    beside = [c for c in noun.head.children if c.i > noun.i] if noun.dep_ == "dobj" else []
    # but "two memoranda: one on X, and another on Y" counts the two it enumerates
    number += sum(
        1 for t in [*noun.subtree, *beside]
        if t.dep_ == "conj" and t.lower_ in words("another_words") and not any(c.dep_ == "pobj" for c in t.children)
        and not (number >= 2 and t.head.pos_ == "NUM")
    )
    one = resolved[0]
    known = [d for d in drafts if d.kind == one.kind and set(d.parties) == set(one.parties)]
    have = len(known) + (0 if any(one is d for d in known) else 1)
    # each stated by the phrase that counts it, not the sentence the first is read from
    phrase = noun.doc[noun.left_edge.i : noun.right_edge.i + 1]
    said = Evidence(phrase.text, phrase.start_char, phrase.end_char)
    return [Draft(one.kind, list(one.parties), confidence=one.confidence, counted=True, evidence=said) for _ in range(number - have)]


def colon_listed(noun: "Token", mentioned: list, sent) -> list[str]:
    """ "credited the governments for agreements signed in recent months: A in July, B on
    September 20 and C on September 25": the states (two or more, named by name) a colon
    lists after a plural agreement noun that its own clause, or the verb it is the object
    of, says were signed; each is an agreement with the article's main party."""
    from .clauses import asserted
    from .vocab import BY_NAME, is_sign_verb

    own = any(c.dep_ in ("acl", "relcl") and is_sign_verb(c) and c.tag_ in ("VBN", "VBD") and asserted(c) for c in noun.children)
    if not own and not (noun.dep_ == "dobj" and is_sign_verb(noun.head) and asserted(noun.head)):
        return []
    colon = next((t for t in sent if t.i > noun.i and t.text == _COLON), None)
    if colon is None:
        return []
    after = colon.idx + 1 - sent.start_char
    listed = list(dict.fromkeys(c.name for c in mentioned if c.start >= after and c.via == BY_NAME))
    return listed if len(listed) >= 2 else []


_COLON = ":"


def _clause_subject(head: "Token") -> "Token | None":
    """The subject of the clause an agreement noun is in, or the agent of its participle
    ("adopted by ten governments", "which was adopted by ten governments")."""
    # "X, which was adopted by 164 countries": a relative clause's agent too
    agent = next((g for c in head.children if c.dep_ in ("acl", "relcl") for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return agent
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.dep_ == "conj" and not any(c.dep_ in words("subject_deps") for c in verb.children):
        verb = verb.head  # "six governments met here and adopted ...": the first verb's subject
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in words("subject_deps")), None)
    agent = next((g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
    return subject or agent


def _counted_by(noun: "Token") -> int:
    """The number a party noun is counted by ("ten governments", "164 countries"), else 0."""
    numbers = pattern_file("parties.json")["number_words"]
    for c in noun.children:
        if c.dep_ == "nummod" and (c.lower_ in numbers or c.text.isdigit()):
            return numbers.get(c.lower_) or int(c.text)
    return 0


def counted_parties(head: "Token") -> int | None:
    """How many parties the subject of an agreement's clause counts when it names them by a
    number only: "eleven countries sign ...", "adopted by representatives of ten
    governments", "all 193 member states adopt ..."."""
    subject = _clause_subject(head)
    if subject is None:
        return None
    numbers = pattern_file("parties.json")["number_words"]
    for noun in subject.subtree:
        if noun.lower_ not in words("party_nouns"):
            continue
        for c in noun.children:
            if c.dep_ == "nummod" and (c.lower_ in numbers or c.text.isdigit()):
                return numbers.get(c.lower_) or int(c.text)
    return None


def listed_next(head: "Token", sents: list, index: int) -> list[str]:
    """ "On May 3, six governments adopted the X Declaration. The six — A, B, C, D, E and F —
    are ...": the parties a counted subject of the agreement's clause stands for, when the
    next sentence lists exactly that many states. Not "the six governments" (one referring
    back) and not a subject of other words (``party_nouns``)."""
    from ..parties import countries_in, names

    subject = _clause_subject(head)
    if subject is None or subject.lower_ not in words("party_nouns") or index + 1 >= len(sents):
        return []
    number = counted(subject)
    if number is None or number < 2 or any(c.dep_ == "det" for c in subject.children):
        return []
    listed = names([c for c in countries_in(sents[index + 1]) if not c.after_preposition])
    return listed if len(listed) == number else []


def listed_among(head: "Token", mentioned: list, sent) -> list[str]:
    """ "adopted by 164 countries, among them A and B", "signed by 20 countries, including A,
    B and C": the states a list opened by ``member_list_openers`` names right after a counted
    subject or agent of the agreement's clause (:func:`counted_parties`). The text gives those
    parties and no others, so they are the agreement's, one text of them all; none unless two
    or more are listed."""
    import re

    subject = _clause_subject(head)
    if subject is not None and (counted_parties(head) or 0) >= 3:
        counted_noun = next((t for t in subject.subtree if t.lower_ in words("party_nouns")), None)
    else:
        # the parser hung the agent elsewhere ("the X Declaration, signed in 2022 at a summit
        # hosted by Y by 20 countries, among them ..."): a counted agent of the sentence
        counted_noun = next((t for t in sent if t.lower_ in words("party_nouns") and _counted_by(t) >= 3
                             and any(a.dep_ == "agent" for a in t.ancestors)), None)
    if counted_noun is None:
        return []
    text = sent.text
    after = counted_noun.idx + len(counted_noun.text) - sent.start_char
    openers = "|".join(re.escape(w) for w in sorted(words("member_list_openers"), key=len, reverse=True))
    opened = re.compile(rf"\s*[,–—-]?\s*(?:{openers})\s+", re.I).match(text, after)
    if opened is None:
        return []
    grammar = pattern_file("parties.json")
    articles = "|".join(re.escape(w) for w in grammar["articles"])
    joins = "|".join(re.escape(w) for w in grammar["coordinators"])
    gap = re.compile(rf"(?:(?:{articles})\s+)?", re.I)  # "among them the United States, ..."
    link = re.compile(rf"\s*(?:,\s*(?:(?:{joins})\s+)?|\s+(?:{joins})\s+)(?:(?:{articles})\s+)?", re.I)
    listed: list[str] = []
    at = opened.end()
    for c in sorted(mentioned, key=lambda c: c.start):
        if c.start < at:
            continue
        step = (gap if not listed else link).fullmatch(text, at, c.start)
        if step is None:
            break
        if c.name not in listed:
            listed.append(c.name)
        at = c.end
    return listed if len(listed) >= 2 else []


def members_listed(head: "Token", sents: list, index: int) -> list[str]:
    """ "Today the process has twelve members: A, B, ... and L. ... member states adopted the
    X Declaration": the subject of the agreement's clause is the members of a body or process
    (``member_nouns`` of parties.json, no state named in it), and an earlier sentence lists
    its members after a colon (three or more states, as many as it counts when it counts
    them): they are the parties."""
    from ..parties import countries_in, names

    subject = _clause_subject(head)
    members = pattern_file("parties.json")["member_nouns"]
    if subject is None or countries_in("".join(t.text_with_ws for t in subject.subtree)):
        return []
    if not any(t.lemma_.lower() in members for t in subject.subtree):
        return []
    for sent in reversed(sents[:index]):
        noun = next((t for t in sent if t.lemma_.lower() in members and t.i + 1 < sent.end and t.nbor(1).text == _COLON), None)
        if noun is None:
            continue
        after = noun.idx + len(noun.text) + 1 - sent.start_char
        listed = names([c for c in countries_in(sent) if c.start >= after])
        number = _counted_by(noun)
        if len(listed) >= 3 and number in (0, len(listed)):
            return listed
    return []
