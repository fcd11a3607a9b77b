from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...gazetteer import find_countries
from ...parse import doc_text
from .vocab import _COUNT_DEPS, _lemmas, _vocab, has_lemma, is_word, number_of
from .syntax import _clause, _governor, _sentence_bounds, _subjects
from .mentions import _People, _Person
from .triggers import trigger_labels
from .pronouns import _resolve_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .. import Context


def _participants(
    trigger: "Token", clause: set[int], subjects: list["Token"], sent: "Span", people: _People, ctx: "Context"
) -> list[str]:
    """Named people of the clause in text order, with pronoun and title subjects resolved."""
    found: list[tuple[int, str]] = []
    doc = sent.doc
    here = people.within(sent.start, sent.end)
    for m in here:
        acting = m.root in clause and _acting(sent.doc[m.root], trigger) and not _possessor(m, trigger)
        if acting or _holds_the_title_before(m, clause, trigger, sent, people):
            if re.search(_vocab()["ruled_out_before"], doc_text(doc)[sent.start_char : doc[m.start].idx]):
                continue  # "signed by X, not by Y"
            found.append((m.start, m.name))
    for m in here:
        if m.name not in {name for _, name in found} and _listed_after_title(doc[m.root], people, {name for _, name in found}):
            found.append((m.start, m.name))  # "signed by A, the minister of X, B, title, and C"
    taken = {name for _, name in found}
    for m in here:
        if m.name not in taken and _witnessing(doc[m.root], trigger):
            found.append((m.start, m.name))  # "signed by X and Y in the presence of Z"
    for tok in sent:
        if tok.i not in people.by_token and _witnessing(tok, trigger):
            # "signed by X and Y in the presence of the two leaders": that many others named before
            taken = frozenset(name for _, name in found)
            found.extend((tok.i, name) for name in _group_subject(tok, people, taken))
    named_here = bool(found)
    for s in subjects:
        if s.i in people.by_token or any(c.dep_ == "appos" and c.i in people.by_token for c in s.children):
            continue  # named, or a title with its name beside it ("the Minister of Security, X,")
        if s.i + 1 < len(doc) and s.i + 1 in people.by_token and people.by_token[s.i + 1].start == s.i + 1:
            continue  # "A and Ceylon's Prime Minister X signed", X hung elsewhere: the title is X's
        if s.dep_ == "appos" and s.head.i in people.by_token:
            found.append((s.head.i, people.by_token[s.head.i].name))  # "X, an Austrian who attended"
            continue
        if members := _members(s, people):
            found.extend((s.i, who) for who in members)  # "The delegation, which included X and Y, met Z"
            continue
        for who in _group_subject(s, people) or _they(s, people) or [_resolve_subject(s, people, ctx)]:
            if who and s.lower_ in _lemmas("pronouns") and who in {name for _, name in found}:
                who = _other_official(s, people, {name for _, name in found})  # "He is due to meet Trump": not Trump
            if who:
                found.append((s.i, who))
    for i in sorted(clause):
        tok = doc[i]
        # "talks with the president", "met the minister": the official of the article with that title
        if has_lemma(tok, "role_subject_heads") and (_object_of(tok, trigger) or _agent_of(tok, trigger)) and not any(
            t.i in people.by_token for t in _own_phrase(tok)
        ):
            who = _resolve_subject(tok, people, ctx)
            if who and who not in {name for _, name in found}:
                found.append((tok.i, who))
    for c in trigger.children:
        if c.dep_ == "poss" and c.pos_ == "PRON" and not named_here and not is_word(c, "plural_possessives"):
            who = people.latest_before(c.i)  # "his meeting" with nobody else named (not "their summit")
            if who:
                found.append((c.i, who))
        elif c.dep_ == "poss" and not named_here and c.i not in people.by_token:
            found.extend((c.i, who) for who in _group_subject(c, people))  # "the two leaders' meeting"
    for i in sorted(clause):
        tok = doc[i]
        if tok.lower_ in _lemmas("object_pronouns") and _object_of(tok, trigger):
            # "Y said X will visit to meet with him": not X, so the official the sentence named
            # before; a "him" the sentence does not name ("a lawyer who met him") stays unknown
            taken = {name for _, name in found}
            who = next((m.name for m in reversed(here)
                        if m.end <= tok.i and m.name not in taken
                        and people.is_official(m.name)), None)
            if who:
                found.append((tok.i, who))
    return list(dict.fromkeys(name for _, name in sorted(found)))


def _listed_after_title(root: "Token", people: _People, found: set[str]) -> bool:
    """ "signed by A, the Minister of X, B, UNHCR's representative, and C": the parser may hang
    the names after a title phrase on that phrase's last noun; a name so joined to the title
    of a participant is one more of the list."""
    if root.dep_ != "conj":
        return False
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ != "appos" and tok.head.i != tok.i and tok.i not in people.by_token:
        tok = tok.head
    holder = people.by_token.get(tok.head.i) if tok.dep_ == "appos" else None
    return holder is not None and holder.name in found


def _members(subject: "Token", people: _People) -> list[str]:
    """ "The Mexican delegation, which also included X and Y, met Z": the people a relative
    clause of the subject says it included are the group that met."""
    clauses = [c for c in subject.children if c.dep_ == "relcl" and has_lemma(c, "membership_verbs")]
    return list(dict.fromkeys(
        people.by_token[t.i].name for c in clauses for t in c.subtree if t.i in people.by_token
    ))


def _other_official(pronoun: "Token", people: _People, named: set[str]) -> str | None:
    """A pronoun subject is not a person its own clause names ("X has close ties with Y's
    government. He is due to meet Y": he is X): the last official before it besides them."""
    return next((m.name for m in people.latest_first(pronoun.i)
                 if m.end <= pronoun.i and m.name not in named and people.is_official(m.name)), None)


def _holds_the_title_before(m: _Person, clause: set[int], trigger: "Token", sent: "Span", people: _People) -> bool:
    """ "talks with Afghanistan's acting deputy prime minister for economic affairs, X, on trade":
    a name set off by commas right after a title phrase of the clause is the title's holder,
    wherever the parser hung the name (on a later verb, on the last noun of the title)."""
    doc = sent.doc
    if m.start - 2 < sent.start or doc[m.start - 1].tag_ != ",":
        return False
    if m.end < sent.end and not doc[m.end].is_punct:
        return False  # "the president of the republic, X said": X speaks
    for tok in reversed(doc[max(sent.start, m.start - 15) : m.start - 1]):
        if tok.i in people.by_token or tok.pos_ in ("VERB", "AUX") or tok.is_sent_start:
            return False
        if has_lemma(tok, "title_heads") and tok.pos_ in ("NOUN", "PROPN"):
            # the title describes nobody else ("X, the minister of Y, Z")
            return (
                tok.i in clause and _acting(tok, trigger)
                and not (tok.dep_ == "appos" and tok.head.i in people.by_token)
                and not any(people.by_token.get(t.i, m) is not m for t in _own_phrase(tok))
            )
    return False


def _agent_of(tok: "Token", trigger: "Token") -> bool:
    """ "signed by the Foreign Minister (and Y)": the agent of a passive trigger."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and is_word(tok.head, "agent_prepositions") and tok.head.head.i == trigger.i


def _own_phrase(tok: "Token") -> list["Token"]:
    """A noun's phrase without the phrases joined to it by "and" ("the Minister and Z")."""
    joined = {t.i for c in tok.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t for t in tok.subtree if t.i not in joined]


def _unnamed_group(trigger: "Token", clause: set[int], people: _People) -> bool:
    """Whether the event's company is a group named nowhere in the clause ("met with security
    ministers", "held talks with European officials")."""
    doc = trigger.doc
    return any(
        doc[i].tag_ == "NNS" and (_object_of(doc[i], trigger) or _beside_subject(doc[i], trigger))
        and not any(t.i in people.by_token for t in doc[i].subtree)
        for i in clause
    )


def _beside_subject(tok: "Token", trigger: "Token") -> bool:
    """ "she and the security ministers of the three countries signed": a group joined to the subject."""
    return tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.i == trigger.i


def lists_the_group(sent: "Span", people: _People) -> list[str]:
    """The people a sentence lists as the group just spoken of: "They were X, Y and Z",
    "These included X and Y", "The ministers who signed were X and Y"."""
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
    # "The ministers who signed were X, Y and Z": the group again, by its plural noun
    again = subject is not None and subject.tag_ == "NNS" and any(
        c.dep_ == "det" and is_word(c, "definite_determiners") for c in subject.children
    )
    if subject is None or not (is_word(subject, "group_pronouns") or again) or not has_lemma(subject.head, "listing_verbs"):
        return []
    return list(dict.fromkeys(m.name for m in people.within(sent.start, sent.end)))


def lists_the_sides(sent: "Span", people: _People) -> list[str]:
    """The people a verbless sentence names, as the sides of talks just told without them:
    "Talks resume at the ministry. On the Mexican side, X; on the US side, Y"."""
    if any(t.pos_ in ("VERB", "AUX") and (t.dep_ == "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)) for t in sent):
        return []  # a clause of its own, with its own subject
    return list(dict.fromkeys(m.name for m in people.within(sent.start, sent.end)))


def _object_of(tok: "Token", trigger: "Token") -> bool:
    """Whether a word is the object of the trigger: "met him", "meet with him", "talks with her"."""
    if tok.dep_ == "dobj":
        return tok.head.i == trigger.i
    if tok.dep_ == "pobj" and is_word(tok.head, "companion_prepositions"):
        return tok.head.head.i == trigger.i or _in_the_event(tok.head.head, trigger)
    return tok.dep_ == "conj" and _object_of(tok.head, trigger)


def _in_the_event(verb: "Token", trigger: "Token") -> bool:
    """ "spent the morning with him in a closed-door meeting", "was with her at the summit":
    company kept in the event the same verb places its subject in."""
    return (
        verb.pos_ in ("VERB", "AUX") and trigger.dep_ == "pobj" and trigger.head.head.i == verb.i
        and is_word(trigger.head, "locative_prepositions")
    )


def _witnessing(root: "Token", trigger: "Token") -> bool:
    """A person in whose presence the event took place: "in the presence of X" attached to the
    trigger's clause or to a verb above it (the parser may hang it on "said")."""
    tok = root
    while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or not is_word(tok.head, "genitive_prepositions"):
        return False
    if tok.head.head.lemma_.lower() not in _lemmas("witness_nouns"):
        return False
    holder = _governor(tok.head.head)
    return holder.i == trigger.i or holder in trigger.ancestors or trigger in holder.ancestors


def _acting(root: "Token", trigger: "Token") -> bool:
    """Whether a name is a person taking part, not a possessor, modifier or source."""
    if root.dep_ == "poss" and root.head.i != trigger.i:
        return False  # "Trump's chief"; but "Whitfield's meeting"
    if _modifies_a_thing(root, trigger) or _agent_of_an_aside(root, trigger):
        return False  # "the government of X", "under pressure from X", "Y, hosted by X, met Z"
    if (
        root.dep_ == "compound"
        and root.head.ent_type_ != "PERSON"
        and root.head.i != trigger.i
        and not is_word(root.head, "postnominal_titles")  # "Jane Roe MP"
        # a second surname the canonical name leaves out ("Julián Ordóñez Tinoco") is still the name
        and not (
            0 < root.head.i - root.i <= 2
            and root.head.is_title
            and all(t.pos_ == "PROPN" for t in root.doc[root.i : root.head.i + 1])
        )
    ):
        return False  # "the Trump administration"
    return not any(is_word(t, "source_words") for t in root.ancestors)


def _agent_of_an_aside(root: "Token", trigger: "Token") -> bool:
    """ "President Y, hosted by President X, held talks with Z": the agent of a participle
    set beside another name says how that one came, not who met; one who came along
    ("accompanied by X", company_verbs), a witness ("witnessed by X") or the event's own
    participle still takes part."""
    tok = root
    while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.dep_ != "agent":
        return False
    verb = tok.head.head
    return (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i != trigger.i and verb.head.ent_type_ == "PERSON"
        and not has_lemma(verb, "company_verbs")
        # "signed it in <place>, witnessed by X": a witness is at the event, whatever name the
        # parser hangs the participle on
        and not has_lemma(verb, "witness_verb_lemmas")
    )


def _modifies_a_thing(root: "Token", trigger: "Token") -> bool:
    """A name in a phrase that qualifies a thing, not the event: "with the government of X",
    "under pressure from X" (the preposition hangs on a noun that is neither the event, nor a
    title, nor a presence or a visit, which bring their people)."""
    tok = root
    while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or not is_word(tok.head, "qualifying_prepositions"):
        return False
    noun = tok.head.head
    return (
        noun.pos_ == "NOUN" and noun.i != trigger.i and not _labelled(noun)
        and not any(has_lemma(noun, key) for key in ("title_heads", "witness_nouns", "several_day_events"))
    )


def _labelled(tok: "Token") -> bool:
    """Whether a word announces an event of its own (a meeting noun of the patterns)."""
    return tok.i in trigger_labels(tok.doc)


def _possessor(m: _Person, trigger: "Token") -> bool:
    """"Y and X's successor Z": a name marked as possessive, of a noun that is not the event
    (the parser may read it as a conjunct)."""
    doc = trigger.doc
    marker = next((t for t in doc[m.end - 1 : m.end + 1] if is_word(t, "possessive_markers")), None)
    if marker is None or marker.i + 1 >= len(doc):
        return False
    owned = doc[marker.i + 1]
    return owned.pos_ in ("NOUN", "ADJ") and trigger.i not in (owned.i, owned.head.i)


def _they(subject: "Token", people: _People) -> list[str]:
    """ "X raised it with Y when they met": "they" are the people the clause above names
    (not the speaker of "Z said X raised ...")."""
    if not is_word(subject, "plural_pronouns") or subject.dep_ != "nsubj":
        return []
    verb = subject.head
    start, end = _sentence_bounds(verb)
    up = verb.head
    while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i and start <= up.head.i < end:
        up = up.head
    if up.i == verb.i or up.pos_ not in ("VERB", "AUX"):
        return []
    clause = _clause(up, verb) - {t.i for t in verb.subtree}
    for s in _subjects(up):
        clause |= {t.i for t in s.subtree}
    names = [m.name for m in people.within(start, end) if m.root in clause and _acting(subject.doc[m.root], up)]
    names = list(dict.fromkeys(names))
    return names if len(names) >= 2 else []


def _group_subject(subject: "Token", people: _People, exclude: frozenset[str] = frozenset()) -> list[str]:
    """"the two leaders", "both men", "the three European officials": that many people named
    just before."""
    pair_pronoun = is_word(subject, "pair_pronouns")
    bare_number = subject.pos_ == "NUM" and any(c.dep_ == "det" and is_word(c, "definite_determiners") for c in subject.children)
    if pair_pronoun:
        count = 2
    elif bare_number:
        count = number_of(subject) or 0  # "when the two met in Tapachula"
    elif has_lemma(subject, "group_subjects") or is_word(subject, "group_subjects"):
        count = next((n for c in subject.children if c.dep_ in _COUNT_DEPS and (n := number_of(c))), 0)
    else:
        count = 0
    if count < 2:
        return []
    # "the two ministers": the last ones named whose posts say so, when the article names that
    # many (the head of an agency named in between is not one of them)
    post = subject.lemma_.lower() if has_lemma(subject, "title_heads") else None
    holders = [m for m in people.latest_first(subject.i) if post and m.end <= subject.i and people.holds(m.name, post)]
    if len({m.name for m in holders} - exclude) < count:
        post = None
    names: list[str] = []
    latest: _Person | None = None
    for m in people.latest_first(subject.i):
        if post and not people.holds(m.name, post):
            continue
        if m.end <= subject.i and m.name not in names and m.name not in exclude:
            names.append(m.name)
            latest = latest or m
        if len(names) == count:
            doc = subject.doc
            since = doc_text(doc)[doc[latest.end - 1].idx : subject.idx]
            if (pair_pronoun or bare_number) and find_countries(since):
                return []  # "What about X and Y? - Both signed ...", "after the three signed": the countries named since
            return names[::-1]
    return []
