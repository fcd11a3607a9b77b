"""Which states and bodies of a sentence are the parties of one of its mentions: those in
its own phrase, else those in no other agreement's phrase and in its clause; those written
before the noun ("the EU-Turkey statement"), possessors ("its deal"), "the two countries",
bodies in its phrase or its signing's subject, the states of a clause that holds it. Plural
mentions naming concrete agreements are read in :mod:`.plurals`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .places import adopted_there, in_participle_clause
from .signing import onlooker_role
from ...parse import doc_text
from .counterparts import organisations_in, parties_named
from ..parties import US, VIA_ANAPHORA, CountryMention, countries_in, names
from .index import entities
from .clauses import asserted
from .model import Draft, Mention
from .vocab import BY_NAME, _NAMED, government_terms_, grammar_regex, is_sign_lemma, is_sign_verb, vocab, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token



def scoped_countries(position: int, head: "Token | None", countries: list, regions: list[tuple[int, int]], sent: "Span") -> list:
    """The countries of a sentence that can be parties of its ``position``-th mention.

    With one mention, all of them. Else its own: those in its phrase and in no smaller
    phrase of another mention. Then those
    in no agreement's phrase: of the clause the mention is in when its phrase names a
    country other than the United States; else of the nearest enclosing clause that names
    one ("X's troops under its declaration with the US had changed ...": X, not a country
    of the sentence's other clause).
    """
    if head is not None:
        countries = _in_relative_clause(head, countries, sent)
        # "asylum seekers evacuated from detention in Libya": a place of the people, no party
        countries = [c for c in countries if not in_participle_clause(c.start, head, sent)]

    def owner(c) -> int | None:
        inside = [(e - s, i) for i, (s, e) in enumerate(regions) if s <= c.start < e]
        return min(inside)[1] if inside else None

    named = {c.name for c in countries if owner(c) == position and c.via == BY_NAME}
    if named:
        # "the memorandum X signed with Y shows that these governments ...", "the two
        # governments signed a memorandum under which A and B will ...": a phrase that names
        # its states is not about the list an anaphora outside it stands for; but "all three
        # had signed agreements with the United States" are those of the three
        signing = _signing_subject_range(head, sent) if head is not None and len(named) == 1 else None
        countries = [
            c for c in countries
            if c.via != VIA_ANAPHORA or owner(c) == position or (signing is not None and signing[0] <= c.start < signing[1])
        ]
    own = [c for c in countries if owner(c) == position]
    free = [c for c in countries if owner(c) is None]
    if head is None or head.pos_ not in ("NOUN", "PROPN") or len(regions) < 2:
        return sorted(own + free, key=lambda c: c.start)  # one agreement: all its sentence's
    # a clause with its controlled verbs: "X became the third to sign ..." is X's signing
    verbs = [a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "xcomp"]

    def within(v: "Token", c) -> bool:
        at = sent.start_char + c.start
        return v.left_edge.idx <= at <= v.right_edge.idx

    chosen = free
    if any(c.name != US for c in own):
        chosen = [c for c in free if within(verbs[0], c)] if verbs else free
    else:
        for v in verbs:
            if any(c.name != US and within(v, c) for c in free):
                chosen = [c for c in free if within(v, c)]
                break
    return sorted(own + chosen, key=lambda c: c.start)


def _signing_subject_range(head: "Token", sent: "Span") -> tuple[int, int] | None:
    """Sentence offsets of the subject of the verb an agreement noun is the object of."""
    if head.dep_ != "dobj":
        return None
    subject = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return subject.left_edge.idx - sent.start_char, subject.right_edge.idx + len(subject.right_edge.text) - sent.start_char


def _in_relative_clause(head: "Token", countries: list, sent: "Span") -> list:
    """ "Madrid, which has had a readmission agreement with X since 2003, pushed Brussels":
    an agreement in a relative clause on a party is of that party and what the clause names,
    not of the main clause's other parties."""
    clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.head.pos_ not in ("PROPN", "NOUN"):
        return countries
    antecedent = clause.head
    at, end = antecedent.idx - sent.start_char, antecedent.idx + len(antecedent.text) - sent.start_char
    if not any(c.start < end and at < c.end for c in countries):
        return countries  # "a trip to X, at which his government was to sign ...": no party's clause
    first = min(antecedent.left_edge.idx, clause.left_edge.idx) - sent.start_char
    last = clause.right_edge.idx + len(clause.right_edge.text) - sent.start_char
    return [c for c in countries if first <= c.start < last]


def possessor_states(head: "Token", mention: Mention, mentioned: list, sent: "Span", previous: list[str]) -> list[str]:
    """The country "its" stands for in "its June deal with Washington": the last one named
    before it in the sentence, else the one the sentence before named; "their", all of them."""
    possessives = words("possessive_of_one") | words("possessive_of_all")
    word = next((c.lower_ for c in head.children if c.dep_ == "poss" and c.lower_ in possessives), None)
    if word is None and any(
        c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ in words("signer_pronouns_of_one") for s in c.children)
        for c in head.children
    ):
        word = next(iter(words("possessive_of_one")))  # "the declaration it signed": as "its declaration"
    if word is None:
        return []
    offset = mention.start - sent.start_char
    before = list(dict.fromkeys(c.name for c in mentioned if c.start < offset and c.via in _NAMED))
    if word in words("possessive_of_all"):  # "Belize and Panama said their agreements ...": all of them
        return before or (previous if len(previous) >= 2 else [])
    if before:
        return [before[-1]]
    return previous if len(previous) == 1 else _subject_before(sent)


def _subject_before(sent: "Span") -> list[str]:
    """ "X has deals with A and B. It signed its deal with C in 2020": the one state the
    subject of the sentence before names, what "its" stands for when that sentence named several."""
    if sent.start == 0:
        return []
    root = sent.doc[sent.start - 1].sent.root
    named = list(dict.fromkeys(p for c in root.children if c.dep_ in words("subject_deps") for p in parties_named(c)))
    return named if len(named) == 1 else []


def pair_anaphor(head: "Token") -> bool:
    """ "the agreement the two countries signed": a pair named in the noun's own phrase."""
    phrase = "".join(t.text_with_ws for t in head.subtree)
    if grammar_regex("pair_anaphor_in_phrase").search(phrase):
        return True
    # however the parser hangs it: "the agreement the two countries signed in July"
    after = doc_text(head.doc)[head.idx + len(head.text) : head.idx + len(head.text) + 60]
    return bool(grammar_regex("pair_anaphor_after").match(after))


def destination_of(head: "Token", mentioned: list, sent: "Span") -> list[str]:
    """The one state an act done "under" an agreement introduced with a clause of its own goes
    "to" ("flown to X in July under an agreement that X's government has not made public",
    "pledged money to X under a partnership signed in Cairo"), else none. A bare "under an
    agreement" is mostly one whose parties the text gives elsewhere."""
    if head.dep_ != "pobj" or head.head.lower_ not in words("under_prepositions"):
        return []
    if not any(c.dep_ in ("acl", "relcl") for c in head.children):
        return []
    verb = head.head.head
    found: list[str] = []
    # "pledged money to X": on the verb or on its object
    for prep in [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]:
        if prep.dep_ != "prep" or prep.lower_ not in words("destination_prepositions"):
            continue
        start = prep.left_edge.idx - sent.start_char
        end = prep.right_edge.idx + len(prep.right_edge.text) - sent.start_char
        found += [c.name for c in mentioned if start <= c.start < end and c.via == BY_NAME and c.name not in found]
    return found if len(found) == 1 else []


def partners_only(noun: "Token", parties: list[str], mentioned: list, sent: "Span") -> bool:
    """ "the new trade pact with A and B that the three countries signed": a singular agreement
    noun whose parties (two or more) are all named after its own "with", made with a party
    the phrase leaves unnamed."""
    withs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in vocab()["partner_prepositions"]]
    if not withs or noun.tag_ not in ("NN", "NNP") or len(set(parties)) < 2:
        return False
    # the names "with" governs, not a clause on them ("with A, under which B processes ...")
    objects = {g.i for w in withs for p in w.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)}
    roots = [(c, sent.char_span(c.start, c.end, alignment_mode="expand")) for c in mentioned]
    inside = {c.name for c, span in roots if span is not None and span.root.i in objects}
    return set(parties) <= inside


def is_bilateral(head: "Token") -> bool:
    return any(c.dep_ == "amod" and c.lower_ in words("bilateral_words") for c in head.children)


def modifier_parties(noun: "Token") -> list[str]:
    """Parties named before an agreement noun, as its modifiers: "the EU-Turkey statement"."""
    # one modifier's words apart from the next: "U.S.-Mexico" and "Canada" of "the
    # U.S.-Mexico-Canada agreement" are two modifiers with a hyphen between them
    words = " ".join(
        "".join(t.text_with_ws for t in c.subtree) for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")
    )
    return names(countries_in(words)) + [n for _, _, n in organisations_in(words)]


def noun_phrase_parties(noun: "Token") -> list[str]:
    """Countries that modify an agreement noun: "the US-Guatemala deal", "the deal with Mexico",
    "the deal with Washington"."""
    parts = []
    for child in noun.children:
        if adopted_there(child):
            continue  # "EU leaders adopted the Malta Declaration": where, not who
        if child.dep_ in ("compound", "amod", "nmod", "poss") or (
            child.dep_ == "prep" and child.lower_ in words("party_prepositions") and onlooker_role(child) is None
        ):  # not "with A and B as guarantors"
            parts.append("".join(t.text_with_ws for t in child.subtree))
    if not parts:
        return []
    phrase = " ".join(parts)
    found = names(countries_in(phrase))
    found += [p for p, pattern in government_terms_() if pattern.search(phrase) and p not in found]
    # "the status agreement between the EU and Albania", "the memorandum with UNHCR": a body
    # the noun's own party phrase names is a party (not one of a phrase nested in it: "on
    # actions carried out by Frontex")
    own = " ".join(_party_words(child) for child in noun.children if child.dep_ == "prep" and child.lower_ in words("party_prepositions"))
    return found + [n for _, _, n in organisations_in(own) if n not in found]


def _party_words(prep: "Token") -> str:
    """The words of a party phrase's objects and their conjuncts, with their own modifiers
    but without the phrases nested in them ("between A and B on what C does": "A and B")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    for obj in list(objects):
        objects += [c for c in obj.conjuncts if c not in objects]
    kept = sorted({t.i for o in objects for t in o.subtree if not _nested(t, o)})
    return " ".join(prep.doc[i].text for i in kept)


def _nested(token: "Token", top: "Token") -> bool:
    """Whether ``token`` is in a phrase or clause attached below ``top`` (its own words only)."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ in ("prep", "agent", "acl", "relcl"):
            return True
        token = token.head
    return False














def signing_party(draft: Draft, verbs: list["Token"], signers: list[str], country_of: dict[str, str]) -> str | None:
    """The party of ``draft`` that signs in the sentence: the subject of the signing verb,
    else the state of its first signer."""
    for verb in verbs:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        found = [p for p in parties_named(subject) if p in draft.parties] if subject is not None else []
        if found:
            return found[0]
    first = country_of.get(signers[0]) if signers else None
    return first if first in draft.parties else None


def last_kind(drafts: list[Draft]) -> str | None:
    """The kind of the agreement reported last, if it is a specific one."""
    return drafts[-1].kind if drafts and drafts[-1].kind != "other" else None


def is_venue(sent: "Span", start: int) -> bool:
    """The word at sentence offset ``start`` is where something happened ("signed in
    Brussels", "talks at the White House"): after one of ``venue_prepositions``, a place,
    not the government it stands for elsewhere ("Brussels agreed", "a deal with Brussels")."""
    tok = next((t for t in sent if t.idx - sent.start_char >= start), None)
    if tok is None:
        return False
    while tok.dep_ in ("compound", "det", "amod") and tok.head.i > tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in words("venue_prepositions")


def capital_governments(sent: "Span", mentioned: list[CountryMention]) -> list[CountryMention]:
    """Capitals that stand for their government: the subject or possessor of a clause
    ("Madrid, which has had a readmission agreement with X", "Rabat's deal") or the party an
    agreement is made "with" ("the EU's memorandum with Tunis"); not where it was signed.
    The sentence's capitals are read once (the article is read twice), then those that are
    a word for a government already ("Brussels", "Washington") are left out."""
    return [
        CountryMention(start, end, state, via="government") for start, end, state in _capitals(sent)
        if not any(c.start < end and start < c.end for c in mentioned)
    ]


def _capitals(sent: "Span") -> list[tuple[int, int, str]]:
    from ...annotate.index import per_document
    from ...gazetteer import capital_country

    found = per_document(sent.doc, _CAPITALS, lambda _doc: {})
    if sent.start not in found:
        found[sent.start] = out = []
        for ent in [e for e in entities(sent) if e.label_ in ("GPE", "NORP", "LOC", "ORG")]:
            root = ent.root
            partner = root.dep_ == "pobj" and root.head.lower_ in vocab()["partner_prepositions"]
            if (root.dep_ in ("nsubj", "nsubjpass", "poss") or partner) and (state := capital_country(ent.text)) is not None:
                out.append((ent.start_char - sent.start_char, ent.end_char - sent.start_char, state.name))
    return found[sent.start]


def clause_parties(noun: "Token", mentioned: list, sent: "Span") -> list[str]:
    """ "a similar arrangement the Netherlands had with Norway", "the compacts of free
    association the United States has with A, B and C": the states of a relative clause on
    the agreement noun (or on its complement) that signs or holds it, its subject's first and
    then those it is "with"; none unless two or more."""
    complements = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in words("complement_prepositions")
                   for g in c.children if g.dep_ == "pobj"]
    # "the kind of pact the US has with Canada": the clause on the noun it is the complement of
    of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ in words("complement_prepositions") else None
    complements += [of.head] if of is not None else []
    for clause in (c for node in [noun, *complements] for c in node.children if c.dep_ in ("relcl", "acl")):
        holds = clause.lemma_.lower() in words("holding_lemmas")
        if not (holds or is_sign_verb(clause)) or not asserted(clause) or any(c.dep_ == "neg" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in words("subject_deps")), None)
        withs = [c for c in clause.children if c.dep_ == "prep" and c.lower_ in vocab()["partner_prepositions"]]
        if subject is None or not withs:
            continue
        # the names "with" governs, not a clause on them ("with Canada, which ... cross Mexico")
        objects = [g for w in withs for p in w.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)]
        spans = [(t.left_edge.idx - sent.start_char, e.idx + len(e.text) - sent.start_char)
                 for t, e in [(subject, subject.right_edge), *((o, o) for o in objects)]]
        inside = names([c for c in mentioned if c.via in _NAMED and any(s <= c.start < e for s, e in spans)])
        if len(inside) >= 2:
            return inside
    return []


def acts_otherwise(country, noun: "Token", sent: "Span") -> bool:
    """ "A and B signed a pact, while C and D stayed away": a state that is the subject of a
    clause of its own, which neither signs nor governs the agreement noun, is no party."""
    span = sent.doc.char_span(sent.start_char + country.start, sent.start_char + country.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    while node.dep_ in ("conj", "appos", "compound") and node.head != node:
        node = node.head
    verb = node.head
    if node.dep_ not in words("subject_deps") or verb.pos_ not in ("VERB", "AUX") or is_sign_lemma(verb):
        return False
    if any(a.i == noun.i for a in verb.ancestors):
        return False  # "Italy's protocol with Albania, under which Italy processes ...": its own clause
    return not verb.left_edge.i <= noun.i <= verb.right_edge.i


def joint_signing(mention: Mention, noun: "Token | None", parties: list[str], signer_states: list[str | None]) -> bool:
    """ "She and the security ministers of the three countries signed a memorandum of
    cooperation", "the leaders of A, B and C signed a memorandum": one agreement of three or more parties that a coordinated subject signed
    together, of a kind that may have more than two (``joint_kinds``), not one each."""
    if noun is None or mention.plural or mention.kind not in vocab()["joint_kinds"] or len(set(parties)) < 3:
        return False
    if len({s for s in signer_states if s in parties}) >= 3:
        return True  # "A's president, B's prime minister and C's chancellor signed": each for their own
    if _counted_parties(noun) in (len(set(parties)), len(set(parties)) + 1):
        return True  # "X signed a memorandum with A, B and C, committing the four governments to ...": one of them all
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or not is_sign_verb(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ in words("subject_deps")), None)
    if subject is None:
        return False
    # "X and Y signed", "the leaders of A, B and C signed": a list in the subject
    return any(t.dep_ == "conj" for t in subject.subtree)


def _counted_parties(noun: "Token") -> int | None:
    """The number of parties a sentence counts in a noun for them ("the four governments",
    ``party_nouns``), three or more, or None."""
    from ..parties import pattern_file

    numbers = pattern_file("parties.json")["number_words"]
    for tok in noun.sent:
        if tok.lower_ in words("party_nouns"):
            n = next((numbers.get(c.lower_) for c in tok.children if c.dep_ == "nummod" and c.lower_ in numbers), None)
            if n is not None and n >= 3:
                return n
    return None


#: the ``doc.user_hooks`` key of :func:`_capitals`
_CAPITALS = "kg_agreement_capitals"
