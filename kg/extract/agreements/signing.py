"""Who signed and when: the people whose clause is the signing one (subject, passive
agents, "X and Y signed"), not witnesses ("in the presence of ..."), people ruled out
("not by Y") nor places the tagger took for people; the date attached to the signing verb
or written after each country of an enumeration.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...dates import date_expressions, leading_date, resolve_date, resolve_month
from ...parse import doc_text
from ..parties import US, people_with_spans
from .clauses import asserted, clause_chain
from .index import entities
from .model import add_person, within_ranges
from .vocab import grammar_regex, is_agreement_word, vocab, words
from .not_signers import is_place, is_witness, leads_body, named_as_place, qualifies_noun, ruled_out

_PAST, _FUTURE = "past", "future"  # the readings kg.dates.resolve_date prefers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .. import Context


def find_signers(sent: "Span", verbs: list["Token"], ctx: "Context", known: dict[str, str]) -> list[str]:
    """People who are the subject of a signing verb or hang below it ("with minister X"),
    when the text says the signing took place (:func:`asserted`)."""
    verbs = [v for v in verbs if asserted(v) and names_signers(v)]
    chains: set[int] = set()
    for v in verbs:
        chains |= clause_chain(v, own_subject_stops=True)
    verb_ids = {v.i for v in verbs}
    out: list[str] = []
    present = witness_ranges(sent)
    spans = people_with_spans(sent, ctx, known=known)
    titled = _titled_signers(verbs, spans, ctx)
    for name, ent in spans:
        for name_ in [n for i, n in titled if i < ent.root.i]:
            add_person(out, name_)  # "X and the Turkish president signed": in text order
        titled = [(i, n) for i, n in titled if i >= ent.root.i]
        # the person's own clause must be the signing's: "after X threatened tariffs" is not
        if ruled_out(ent):
            continue  # "signed by X, not by Y"
        if is_witness(ent) or within_ranges(ent.start_char - sent.start_char, present):
            continue  # "signed ... in the presence of President Z"
        if is_place(name) or is_place(ent.text):
            # "signed in Rabat" with Rabat taken for a person, or for the surname of one the
            # article names ("signed in Washington", a masthead "Washington Examiner" read as a name)
            continue
        if _behind(ent, verb_ids):
            continue  # "signed by X and Y, under heavy pressure from President Z"
        if leads_body(ent) or qualifies_noun(ent) or named_as_place(ent):
            continue  # "the outgoing government of X signed": X's side signed, not X
        if len(name.split()) < 2:
            continue  # "The MoU was signed", "Justice and Police": a word the tagger took for a name
        if is_agreement_word(name.split()[-1]):
            continue  # "the Cartagena Declaration" taken for a person: a text's name
        clause = next((a for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX") or a.i in verb_ids), None)
        if (
            clause is not None and (clause.i in verb_ids or clause.i in chains)
            or signing_noun_phrase(ent, verb_ids)
            or second_agent(ent, verb_ids)
            or _after_bare_agent(ent, verbs)
        ):
            add_person(out, name)
    for _, name in titled:
        add_person(out, name)
    return out


def _titled_signers(verbs: list["Token"], spans: list, ctx: "Context") -> list[tuple[int, str]]:
    """ "Prime Minister X and the Turkish president signed": a signing subject that is a title
    (``signer_title_heads``) with its state's name or demonym and no name of its own is the one
    official of the article with that title who serves that state."""
    from ..parties import countries_in, names

    named = {t.i for _, ent in spans for t in ent}
    out = []
    for v in verbs:
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        subjects += [c for s in subjects for c in s.conjuncts if c not in subjects]
        for s in subjects:
            if s.lemma_.lower() not in words("signer_title_heads") or any(t.i in named for t in s.subtree):
                continue
            states = names([c for m in s.children if m.dep_ in ("amod", "compound", "poss") for c in countries_in(m.text)])
            holders = {o.name for o in ctx.officials if o.role and o.country in states and s.lemma_.lower() in o.role.lower().split()}
            if len(states) == 1 and len(holders) == 1:
                out.append((s.i, next(iter(holders))))
    return out




def _after_bare_agent(ent: "Span", verbs: list["Token"]) -> bool:
    """ "signed last week by Secretary X and Minister Y, which will ...": the parser left the
    agent's "by" without its object and hung the names elsewhere; the noun phrase right after
    it names the signers."""
    bare = {c.i for v in verbs for c in v.children if c.dep_ == "agent" and not any(g.dep_ == "pobj" for g in c.children)}
    if not bare:
        return False
    node = ent.root
    while node.dep_ in _NAME_GROUP_DEPS and node.head != node:
        node = node.head
    return node.left_edge.i - 1 in bare


def _behind(ent: "Span", verb_ids: set[int]) -> bool:
    """The person is named through a preposition that never introduces a signer
    (``non_signer_prepositions``: "under pressure from X") on the way up to the signing."""
    for node in ent.root.ancestors:
        if node.i in verb_ids:
            return False
        if node.dep_ == "prep" and node.lower_ in words("non_signer_prepositions"):
            return True
    return False


def names_signers(verb: "Token") -> bool:
    """A verb whose subject signed ("X and Y signed"), not one of leaders who only agreed,
    reached or struck a deal (``signer_lemmas`` of agreement_terms.json)."""
    lemma, suffix = verb.lemma_.lower(), vocab()["grammar"]["gerund_suffix"]
    if verb.pos_ == "NOUN" and lemma.endswith(suffix):
        lemma = lemma[: -len(suffix)]  # the tagger took "signing" for a noun
    return lemma in words("signer_lemmas")


def corrected_signer(sent: "Span", verbs: list["Token"], ctx: "Context", known: dict[str, str]) -> list[str]:
    """A correction naming who signed: "misidentified the official who signed the
    agreement; it was Minister X, not Minister Y" -> X (the signing's subject is a
    common noun the correction then names)."""
    if not any(
        asserted(v) and v.dep_ in ("relcl", "acl") and v.head.pos_ == "NOUN" and v.head.ent_type_ != "PERSON"
        for v in verbs
    ):
        return []
    for name, ent in people_with_spans(sent, ctx, known=known):
        before = doc_text(sent.doc)[sent.start_char : ent.start_char]
        after = doc_text(sent.doc)[ent.end_char : ent.end_char + 12]
        if grammar_regex("correction_before").search(before) and grammar_regex("correction_after").match(after):
            return [name]
    return []


def copular_signers(sent: "Span", verbs: list["Token"], ctx: "Context", known: dict[str, str]) -> list[str]:
    """ "The ministers who signed were A of X, B of Y and C of Z": the people the copula
    names for the noun a signing clause qualifies."""
    out: list[str] = []
    for v in verbs:
        noun = v.head
        if v.dep_ != "relcl" or not asserted(v) or noun.dep_ not in words("subject_deps"):
            continue
        attrs = [c for c in noun.head.children if c.dep_ == "attr"]  # only a copula has one
        for name, ent in people_with_spans(sent, ctx, known=known):
            if any(a.left_edge.i <= ent.root.i <= a.right_edge.i for a in attrs):
                add_person(out, name)
    return out




def signing_noun_phrase(ent: "Span", verb_ids: set[int]) -> bool:
    """ "which the foreign minister, X, signed": the parser hangs the signing verb of a
    relative clause on the subject's noun phrase; the person in apposition signed."""
    node = ent.root
    while node.dep_ in ("appos", "compound", "conj") and node.head != node:
        node = node.head
    # "Minister A and B's minister, C, signed on Thursday ...": with no verb for the clause,
    # the parser hangs the signing on any name of the coordinated phrase
    group, todo = [], [node]
    while todo:
        tok = todo.pop()
        group.append(tok)
        todo.extend(c for c in tok.children if c.dep_ in _NAME_GROUP_DEPS)
    return any(
        c.i in verb_ids and c.dep_ in ("acl", "relcl") and c.i > tok.i and not _whose_subject(c) for tok in group for c in tok.children
    )


def _whose_subject(verb: "Token") -> bool:
    """ "President X, whose government signed the deal": the subject of the relative clause
    is what the person has (a possessive relative pronoun, tag WP$), not the person."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(g.tag_ == "WP$" for g in c.children) for c in verb.children)


#: the dependencies that join the names of one noun phrase of signers ("A and B's minister, C")
_NAME_GROUP_DEPS = ("appos", "compound", "conj")






def witness_ranges(sent: "Span") -> list[tuple[int, int]]:
    """Sentence offsets of the phrases that name who attended a signing ("in the presence of
    the prime ministers of X and Y"): what they name took no part in it."""
    out = []
    for tok in _witness_words(sent):
        if tok.lemma_.lower() in words("witness_nouns") and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            prep = tok.head
            # up to the next verb: "..., as well as Z" is attached anywhere by the parser
            last = next((t for t in sent.doc[prep.right_edge.i + 1 : sent.end] if t.pos_ in ("VERB", "AUX")), None)
            end = last.idx if last is not None else sent.end_char
            out.append((prep.left_edge.idx - sent.start_char, end - sent.start_char))
        elif tok.dep_ == "prep" and tok.lower_ in vocab()["partner_prepositions"]:
            # "signed ..., with President Z and his minister W looking on": onlookers
            after = next((t for t in sent.doc[tok.right_edge.i + 1 : sent.end] if not t.is_punct), None)
            if after is not None and after.tag_ == "VBG" and after.lemma_.lower() in words("onlooker_lemmas"):
                out.append((tok.idx - sent.start_char, after.idx + len(after.text) - sent.start_char))
            # "signed ..., with President Z at their side"
            side = next((t for t in sent.doc[tok.i : min(sent.end, tok.right_edge.i + 5)]
                         if t.dep_ == "pobj" and t.lemma_.lower() in words("onlooker_nouns")), None)
            if side is not None:
                out.append((tok.idx - sent.start_char, side.idx + len(side.text) - sent.start_char))
            # "signed ..., with A, B and C as guarantors": states of a role beside the parties
            if (role := onlooker_role(tok)) is not None:
                out.append((tok.idx - sent.start_char, role.idx + len(role.text) - sent.start_char))
        elif tok.lemma_.lower() in words("onlooker_lemmas") and tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children):
            # "put their names to it as President Z watched": the subject of the clause looks on
            out.append((tok.left_edge.idx - sent.start_char, tok.idx + len(tok.text) - sent.start_char))
    return out


def onlooker_role(prep: "Token") -> "Token | None":
    """The role ("with A and B as guarantors", ``onlooker_roles``) that makes a 'with' phrase's people onlookers."""
    return next((t for t in prep.doc[prep.i : min(prep.sent.end, prep.right_edge.i + 4)] if t.dep_ == "pobj" and t.lemma_.lower() in words("onlooker_roles")
                 and t.head.lower_ in words("role_prepositions")), None)


def _witness_words(sent: "Span") -> list["Token"]:
    """The sentence's tokens :func:`witness_ranges` reads (of a witness noun's or an
    onlooker's lemma, or a partner preposition), in text order, found by position."""
    from ...annotate.index import in_span, lemma_positions, word_positions

    doc = sent.doc
    lemmas = lemma_positions(doc, words("witness_nouns") | words("onlooker_lemmas"))
    prepositions = word_positions(doc, frozenset(vocab()["partner_prepositions"]))
    return [doc[i] for i in sorted(set(in_span(lemmas, sent)) | set(in_span(prepositions, sent)))]


def second_agent(ent: "Span", verb_ids: set[int]) -> bool:
    """ "signed by the minister, X, and the secretary, Y, in the presence of Z, the ministry
    said": the parser makes "the secretary" the subject of the next verb; a noun phrase
    right after the "and" of a passive signing with a "by" agent is its second agent."""
    node = ent.root
    while node.dep_ in ("appos", "compound") and node.head != node:
        node = node.head
    if node.dep_ != "nsubj" or node.head.dep_ != "conj" or node.head.head.i not in verb_ids:
        return False
    verb = node.head.head
    if not any(c.dep_ == "agent" for c in verb.children):
        return False
    before = node.doc[node.left_edge.i - 1] if node.left_edge.i > 0 else None
    return before is not None and before.dep_ == "cc" and before.head.i == verb.i


def signing_date(
    sent: "Span", verbs: list["Token"], article_date: str | None, status: str | None
) -> tuple[str | None, str | None]:
    """The day and the month ("YYYY-MM") of the DATE entity attached to a signing verb, or to
    the verb it is the purpose of; a month-only date ("in July") gives a month and no day."""
    allowed: set[int] = set()
    for v in verbs:
        allowed |= clause_chain(v)
    prefer = _FUTURE if status == "proposed" else _PAST
    dates = []
    for ent in entities(sent, "DATE"):
        verb = next((a for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if ent.root.head in verbs:
            pass  # "today's signing"
        elif verb is None or verb.i not in allowed:
            # the parser hangs "on Wednesday" after "signed in New York" on the main verb
            prep = ent.root.head
            if not (prep.dep_ == "prep" and prep.lower_ == "on" and any(v.right_edge.i + 1 == prep.i for v in verbs)):
                continue
        dates.append((min(abs(ent.root.i - v.i) for v in verbs), ent))
    for _, ent in sorted(dates, key=lambda d: d[0]):
        iso = resolve_date(ent.text, article_date, prefer=prefer)
        if iso is None:
            for _, _, expr in date_expressions(ent.text):
                iso = resolve_date(expr, article_date, prefer=prefer)
                if iso:
                    break
        if iso:
            return iso, iso[:7]
        # a month-only date ("last month") is the date: it just has no day
        month = resolve_month(ent.text, article_date)
        if month:
            return None, (month if prefer == _PAST else None)
        # a span ("in two months") dates nothing: the next date may
    return None, None


_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def entry_date(sent: "Span", article_date: str | None) -> str | None:
    """The day of the timeline entry a sentence is part of ("7 April 2022 - King X receives Y
    in Rabat. The two sides adopt a joint declaration"): the day its line opens with, when the
    sentence does not open the line itself (that one is read by the sentence's own date)."""
    text = sent.doc.text
    start = text.rfind("\n", 0, sent.start_char) + 1
    return leading_date(text[start:sent.end_char], article_date) if text[start:sent.start_char].strip() else None


def entry_month(sent: "Span", article_date: str | None) -> str | None:
    """The month ("YYYY-MM") of the timeline entry a sentence is part of, as :func:`entry_date`."""
    day = entry_date(sent, article_date)
    return day[:7] if day else None


def signing_year(sent: "Span", verbs: list["Token"]) -> str | None:
    """The year a signing verb's date names ("signed ... back in 2001", "signed by the two
    countries in 2007"), when it gives no month: an earlier deal of the same parties."""
    allowed: set[int] = set()
    for v in verbs:
        allowed |= clause_chain(v)
    for ent in entities(sent, "DATE"):
        if (m := _A_YEAR.search(ent.text)) and _in_clause_of(ent.root, allowed):
            return m.group(0)
    return None


def _in_clause_of(token: "Token", verbs: set[int]) -> bool:
    """The token hangs on one of ``verbs`` without a clause of its own between (a word the
    tagger took for a verb, "managing migration flows in 2001", is no clause)."""
    for node in token.ancestors:
        if node.i in verbs:
            return True
        if node.dep_ in ("relcl", "ccomp", "advcl", "acl", "xcomp", "pcomp"):
            return False
    return False


def governing_verb(noun: "Token", verbs: list["Token"]) -> "Token | None":
    """The verb whose clause the agreement noun is in when it signs or holds it ("X signed
    an accord ...", "X and Y have had an agreement since 2008"), or None."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    return verb if any(verb.i == v.i for v in verbs) or verb.lemma_.lower() in words("holding_lemmas") else None


def signings_of_others(heads: list["Token | None"], position: int, verbs: list["Token"]) -> set[int]:
    """ "That followed a deal in August, when X and Y signed a joint declaration": a signing
    whose clause holds another agreement noun of the sentence (not this one) is that one's."""
    mine = governing_verb(heads[position], verbs) if heads[position] is not None else None
    theirs = (governing_verb(h, verbs) for p, h in enumerate(heads) if p != position and h is not None)
    return {v.i for v in theirs if v is not None and (mine is None or v.i != mine.i)}


def dates_after_countries(sent: "Span", countries: list, article_date: str | None) -> dict[str, str]:
    """Country -> the day written right after it ("Guatemala on July 26"), when a sentence
    enumerates two or more countries so; one dated country is the sentence's date anyway."""
    out: dict[str, str] = {}
    for c in countries:
        if c.name == US:
            continue
        after = sent.text[c.end : c.end + 40]
        m = re.match(r"\s+(?:on|in)\s+", after)
        if not m:
            continue
        at = sent.start_char + c.end + m.end()
        ent = next((e for e in entities(sent, "DATE") if e.start_char == at), None)
        iso = resolve_date(ent.text, article_date) if ent is not None else None
        if iso:
            out[c.name] = iso
    return out if len(out) >= 2 else {}
