"""Agreement mentions of a sentence: kind phrases found by a spaCy ``Matcher``
(``patterns/agreement_kinds.json``, matched once per document), generic nouns
(``generic_nouns``: "deal", "protocol", "treaty" are of kind ``other``), events without a
noun ("X and Y agreed"), and the noun phrase each mention spans (its region in the sentence).
A phrase the news is said in ("said in a joint statement") and a policy ("safe third country
status") are no mentions.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ...dates import resolve_date
from ..parties import countries_in, matcher, names
from .model import Mention
from .vocab import is_sign_verb, noun_set, vocab, words
from ...annotate.index import in_span, word_positions
from .index import entity_at

#: doc.user_data key of the document's kind phrases, found once per document
_KINDS_KEY = "kg.agreements.kinds"

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .model import Draft



def find_mentions(sent: "Span") -> list[Mention]:
    """Kind phrases (``patterns/agreement_kinds.json``, the longest of overlapping ones) and
    generic agreement nouns (``generic_nouns``) in a sentence, in text order."""
    doc = sent.doc
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    not_after = set(vocab()["not_an_agreement_after"])
    generic = noun_set("generic_nouns")
    # longest first so "safe third country agreement" beats "agreement"
    for start, end, kind in sorted(_kind_matches(sent), key=lambda c: (c[0] - c[1], c[0])):
        if any(start < e and s < end for s, e in taken):
            continue
        following = next((t for t in doc[end : sent.end] if not t.is_quote), None)
        if following is not None and following.lower_ in not_after:
            continue  # "safe third country status"
        span = doc[start:end]
        head = span.root
        if _medium(head):
            continue  # "said in a joint statement"
        before = next((t for t in reversed(doc[sent.start : start]) if not t.is_quote), None)
        definite = _definite(head) or (before is not None and before.lower_ in words("definite_determiners"))
        taken.append((start, end))
        found.append(Mention(kind, span.start_char, span.end_char, _plural(head), definite, head, hedged=_hedged(span)))
    for tok in (doc[i] for i in in_span(word_positions(doc, generic), sent)):
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(st <= tok.i < e for st, e in taken):
            continue
        if _in_organisation_name(tok):
            continue  # "the Government of National Accord": a body's name, no agreement
        if _in_title(tok, taken):
            continue  # "a conference, 'Building Migration Partnerships'", "the Declaration on ... Partnerships"
        if tok.dep_ == "compound" and (tok.head.lower_ in generic or any(st <= tok.head.i < e for st, e in taken)):
            continue  # "partnership arrangements": a word of the agreement noun it qualifies
        following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.head.lower_ in not_after or (following is not None and following.lower_ in not_after):
            continue  # "agreement country status"; not "the agreement ..., the third country to do so"
        found.append(Mention(None, tok.idx, tok.idx + len(tok.text), _plural(tok), _definite(tok), tok))
    signed_nouns = vocab()["signed_nouns"]
    for tok in (doc[i] for i in in_span(word_positions(doc, noun_set("signed_nouns")), sent)):
        if tok.pos_ in ("NOUN", "PROPN") and _concluded(tok) and not any(st <= tok.i < e for st, e in taken):
            # "agreed a joint roadmap", "after signing the communique": an agreement as concluded
            kind = signed_nouns[tok.lower_]
            found.append(Mention(kind, tok.idx, tok.idx + len(tok.text), _plural(tok), _definite(tok), tok))
    found.sort(key=lambda m: m.start)
    return found


def _hedged(span: "Span") -> bool:
    """The kind phrase is in quotes or after a hedge (``hedge_words``: "the so-called 'safe
    third country' deal"): what the agreement is called, not what it is."""
    doc = span.doc
    if any(t.is_quote for t in span) or (span.start > 0 and doc[span.start - 1].is_quote):
        return True
    before = doc[max(span.sent.start, span.start - 4) : span.start].text.lower()
    return any(before.rstrip(" '\"").endswith(w) for w in vocab()["hedge_words"])


def _concluded(noun: "Token") -> bool:
    """The noun is what a signing verb concluded: its object, or qualified by its participle."""
    from .vocab import is_sign_lemma

    if noun.dep_ in ("dobj", "nsubjpass") and is_sign_lemma(noun.head):
        return True
    if any(c.dep_ == "acl" and is_sign_lemma(c) for c in noun.children):
        return True
    # a participle set off by a comma that the parser hung on the clause: "Adopted in 1984 by
    # ten governments, the X Declaration widened ...", "the X Declaration, signed in 2022 by ..."
    if noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < noun.i and is_sign_lemma(c) for c in noun.head.children
    ):
        return True
    # the first verb after the noun's name, right after a comma
    after = next((t for t in noun.doc[noun.i + 1 : noun.sent.end] if t.pos_ in ("VERB", "AUX")), None)
    return (after is not None and after.dep_ == "advcl" and after.tag_ == "VBN" and after.nbor(-1).is_punct
            and is_sign_lemma(after))


def _in_title(tok: "Token", taken: list[tuple[int, int]]) -> bool:
    """A capitalised generic noun that ends a title: one in quotes of two or more capitalised
    words (a conference's or a slogan's name), or one inside the name of an instrument a kind
    phrase opens ("the Joint Declaration on Building Migration Partnerships")."""
    if not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return False
    doc, start = tok.doc, tok.i
    while start - 1 > tok.sent.start and doc[start - 1].dep_ in ("compound", "amod") and start <= doc[start - 1].head.i <= tok.i:
        start -= 1  # the capitalised words of the name
    words = doc[start : tok.i + 1]
    quoted = (doc[start - 1].is_quote and tok.i + 1 < len(doc) and doc[tok.i + 1].is_quote
              and len(words) >= 2 and all(t.text[:1].isupper() for t in words))
    node = tok
    while node.dep_ in ("pobj", "prep", "compound", "conj") and node.head.i != node.i:
        node = node.head
        if any(s <= node.i < e for s, e in taken):
            return True
    return quoted


def _in_organisation_name(tok: "Token") -> bool:
    """A word inside the name of an organisation whose head is another word: "Accord" in
    "the Government of National Accord" (not "the Cotonou Agreement", an agreement's name)."""
    ent = entity_at(tok)
    return ent is not None and ent.label_ == "ORG" and ent.root.i != tok.i


def _kind_matches(sent: "Span") -> list[tuple[int, int, str]]:
    """(start, end, kind) of the kind phrases in a sentence: the document is matched once
    (cached in ``doc.user_data``), each sentence takes its own by bisection."""
    doc = sent.doc
    matches = doc.user_data.get(_KINDS_KEY)
    if matches is None:
        found = matcher("agreement_kinds.json", doc.vocab)(doc)
        matches = sorted((s, e, doc.vocab.strings[k]) for k, s, e in found)
        doc.user_data[_KINDS_KEY] = matches
    first = bisect_left(matches, (sent.start,))
    last = bisect_left(matches, (sent.end,))
    return [m for m in matches[first:last] if m[1] <= sent.end]


def _medium(noun: "Token") -> bool:
    """The text the news was given in: "said in a joint statement"."""
    prep = noun.head
    return (
        noun.dep_ == "pobj" and prep.lower_ in words("medium_prepositions")
        and prep.head.lemma_.lower() in words("speech_lemmas")
    )


def given_in(sent: "Span", drafts: list["Draft"], index: int) -> None:
    """ "The ministers agreed on steps ... In a joint statement issued after the meeting, they
    said ...": the text the news is said in names no agreement of its own, but the kind of the
    one just read (within two sentences, as for an indefinite kind) when it names no other states."""
    from .model import upgrade

    for start, end, kind in _kind_matches(sent):
        if not _medium(sent.doc[start:end].root):
            continue
        states = set(names(countries_in(sent.text)))
        recent = next((d for d in reversed(drafts) if index - d.last_sentence <= 2 and d.kind == "other"
                       and not d.named and states <= set(d.parties)), None)
        if recent is not None:
            upgrade(recent, kind)


def _definite(noun: "Token") -> bool:
    """ "the deal", "its agreement", "Mexico's deal": a determiner or possessor of its own."""
    det = [c.lower_ for c in noun.lefts if c.dep_ in words("determiner_deps")]
    return any(d in words("definite_determiners") for d in det) or noun.dep_ == "poss"


def _plural(noun: "Token") -> bool:
    """A plural noun, also one the tagger takes for a singular ("memoranda": ``plural_nouns``)."""
    return noun.tag_ in ("NNS", "NNPS") or noun.lower_ in words("plural_nouns")


def agreed_between(sent: "Span", verbs: list["Token"], parties: list[str]) -> list[Mention]:
    """ "The United States and El Salvador agreed to ...": an agreement event without a noun."""
    out = []
    for v in verbs:
        if v.lemma_ not in words("agreeing_lemmas"):
            continue
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            continue
        sub_text = "".join(t.text_with_ws for t in subj[0].subtree)
        with_text = " ".join(
            "".join(t.text_with_ws for t in c.subtree) for c in v.children if c.dep_ == "prep" and c.lower_ in vocab()["partner_prepositions"]
        )
        named = names(countries_in(sub_text)) + names(countries_in(with_text))
        if len(set(named)) >= 2:
            out.append(Mention(None, v.idx, v.idx + len(v.text), False, False, v))
    return out


def merge_appositions(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """ "the MOC, the first ever multilateral compact": a kind phrase in apposition to an
    agreement noun names that agreement again (it gives the kind when the noun has none);
    a word of ``multilateral_words`` in either makes it one pact of all its parties."""
    words = tuple(vocab()["multilateral_words"])
    heads = [head_token(doc, m) for m in mentions]
    out: list[Mention] = []
    for mention, head in zip(mentions, heads):
        first = next(
            (m for m, h in zip(mentions, heads) if head is not None and h is not None and h is not head
             and head.dep_ == "appos" and head.head == h),
            None,
        )
        text = noun_phrase_text(head).lower() if head is not None else ""
        if first is not None and head.left_edge.i > 0 and doc[head.left_edge.i - 1].dep_ == "neg":
            first = None  # "a cooperation agreement, not a safe third country agreement": denied, not named again
        if first is None and mention.kind and _compared(head, heads):
            continue  # "an 'asylum cooperation agreement', a close cousin of a safe third country deal"
        if first is None:
            mention.multilateral = mention.multilateral or any(w in text for w in words)
            out.append(mention)
            continue
        first.kind = first.kind or mention.kind
        first.multilateral = first.multilateral or any(w in text for w in words)
    return out


def _compared(noun: "Token | None", heads: list["Token | None"]) -> bool:
    """A kind phrase that only says what another agreement is like: the object of a word in
    apposition to that agreement's noun ("an 'asylum cooperation agreement', a close cousin
    of a safe third country deal"), naming no state of its own."""
    if noun is None or noun.dep_ != "pobj" or noun.head.head.dep_ != "appos":
        return False
    apposed = noun.head.head.head
    if not any(h is not None and h.i == apposed.i for h in heads):
        return False
    return not any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in noun.subtree)


def head_token(doc: "Doc", mention: Mention) -> "Token | None":
    """The noun a mention ends in ("... agreement", "memorandum")."""
    if mention.token is not None:
        return mention.token
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def noun_phrase_text(noun: "Token") -> str:
    """The words that qualify an agreement noun: "the 90-day trade deal", "agreement on trade"."""
    doc = noun.doc
    phrase = doc[noun.left_edge.i : noun.i + 1].text
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in words("noun_topic_prepositions"):
            phrase += " " + "".join(t.text_with_ws for t in c.subtree)
    return phrase


def mention_regions(doc: "Doc", sent: "Span", mentions: list[Mention]) -> list[tuple[int, int]]:
    """Char ranges (in the sentence) of each mention's noun phrase with its relative clause.

    A country inside the phrase of one agreement ("the agreement between X and Y", "the
    compact that X, Y and Z signed") is a party of that one, not of the others of the
    sentence. The parser sometimes hangs "that X and Y signed" on the main verb: a
    relative pronoun right after the noun phrase still opens its clause.
    """
    out = []
    for m in mentions:
        head = head_token(doc, m)
        start, end = m.start, m.end
        if head is not None and head.pos_ in ("NOUN", "PROPN"):
            left, right = head.left_edge, head.right_edge
            start, end = min(start, left.idx), max(end, right.idx + len(right.text))
            following = doc[right.i + 1] if right.i + 1 < sent.end else None
            if following is not None and following.lower_ in words("relative_pronouns"):
                clause = following.head if following.head.i > following.i else _signing_after(following, sent)
                if clause is not None:
                    end = max(end, clause.right_edge.idx + len(clause.right_edge.text))
        out.append((start - sent.start_char, end - sent.start_char))
    return out


def _signing_after(pronoun: "Token", sent: "Span") -> "Token | None":
    """The signing verb of a relative clause the parser did not hang on its pronoun ("the
    agreement that the then secretary, X, signed with Y"): the first one after it."""
    return next((t for t in pronoun.doc[pronoun.i + 1 : sent.end] if is_sign_verb(t)), None)


def is_similar(noun: "Token") -> bool:
    return any(c.dep_ == "amod" and c.lower_ in vocab()["similar_words"] for c in noun.children)


def noun_phrase_date(noun: "Token", article_date: str | None) -> str | None:
    """A date inside the agreement's own noun phrase: "the June 7 joint declaration"."""
    for child in noun.lefts:
        if child.ent_type_ == "DATE" and child.dep_ in ("compound", "nmod", "npadvmod", "amod", "nummod", "poss"):
            ent = entity_at(child)
            if ent is not None:
                return resolve_date(ent.text, article_date)
    return None


def noun_phrase_year(noun: "Token") -> str | None:
    """A year alone inside the agreement's own noun phrase: "the 2019 border agreement", "the
    Sandhurst Treaty of 2018"."""
    for child in noun.lefts:
        if child.ent_type_ == "DATE" and child.dep_ in ("nummod", "compound", "nmod", "amod") and child.like_num and len(child.text) == 4:
            return child.text
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in words("complement_prepositions")):
        for year in prep.children:
            if year.dep_ == "pobj" and year.ent_type_ == "DATE" and year.like_num and len(year.text) == 4 and not list(year.children):
                return year.text
    return None


def coordinated_with(noun: "Token") -> "Token | None":
    """The agreement noun another one is listed with, as a second thing a signing verb
    concluded (not "agree on any partnership or arrangement"): "signed a
    fisheries agreement and a labour agreement", "signed a return agreement, together with a
    visa agreement" (``accompanying_words``)."""
    if noun.dep_ == "conj" and noun.head.dep_ == "dobj" and is_sign_verb(noun.head.head):
        return noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in vocab()["partner_prepositions"]:
        return None
    accompanied = any(c.lower_ in words("accompanying_words") for c in prep.children) or prep.head.lower_ in words("accompanying_words")
    verb = prep.head.head if prep.head.lower_ in words("accompanying_words") else prep.head
    if not accompanied or not is_sign_verb(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def apposed_kind(doc: "Doc", noun: "Token", mentions: list[Mention]) -> str | None:
    """ "a 'safe third country' agreement, the kind of pact the US has with Canada": the pact
    is of the kind of the agreement the phrase it complements stands in apposition to."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in words("complement_prepositions") or noun.head.head.dep_ != "appos":
        return None
    apposed = noun.head.head.head
    return next((m.kind for m in mentions if m.kind and (h := head_token(doc, m)) is not None and h.i == apposed.i), None)

