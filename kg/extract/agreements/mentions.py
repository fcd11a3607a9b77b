"""TODO"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...dates import resolve_date
from ..parties import countries_in, names
from .model import Mention
from .vocab import _DEFINITE, kind_regexes, vocab

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token



def find_mentions(sent: "Span") -> list[Mention]:
    """Kind phrases and generic agreement nouns in a sentence, in text order."""
    text = sent.text
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    not_after = set(vocab()["not_an_agreement_after"])
    generic = set(vocab()["generic_nouns"])
    candidates = []
    for kind, pattern in kind_regexes():
        for m in pattern.finditer(text):
            candidates.append((m.start(), m.end(), kind))
    # longest first so "safe third country agreement" beats "agreement"
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    for start, end, kind in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        following = re.match(r"^[\s'\"’”‘“]*([A-Za-z]+)", text[end:])
        next_word = following.group(1).lower() if following else ""
        words = text[start:end].lower().split()
        # "agreements on asylum": the noun is the word of the phrase that is one
        last_word = next((w for w in words if w in generic), words[-1])
        plural = last_word.endswith("s") and last_word not in ("ACA".lower(),) and not last_word.endswith("ss")
        if last_word not in generic and not last_word.startswith(tuple(vocab()["kind_heads"])):
            # a bare kind phrase ("safe third country") needs an agreement noun after it
            if next_word in generic:
                end = end + following.end()
                plural = next_word.endswith("s")
            else:
                continue
        if next_word in not_after:
            continue
        before = text[max(0, start - 40) : start].lower().split()
        definite = bool(before) and before[-1].strip("'\"“‘") in _DEFINITE
        taken.append((start, end))
        found.append(Mention(kind, sent.start_char + start, sent.start_char + end, plural, definite, None))
    for tok in sent:
        if tok.lower_ not in generic or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        s = tok.idx - sent.start_char
        if any(s < e and st < s + len(tok.text) for st, e in taken):
            continue
        following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.head.lower_ in not_after or (following is not None and following.lower_ in not_after):
            continue  # "agreement country status"; not "the agreement ..., the third country to do so"
        det = [c.lower_ for c in tok.lefts if c.dep_ in ("det", "poss", "predet")]
        definite = any(d in _DEFINITE for d in det) or tok.dep_ == "poss"
        plural = tok.tag_ in ("NNS", "NNPS")
        found.append(Mention(None, tok.idx, tok.idx + len(tok.text), plural, definite, tok))
    found.sort(key=lambda m: m.start)
    return found


def agreed_between(sent: "Span", verbs: list["Token"], parties: list[str]) -> list[Mention]:
    """ "The United States and El Salvador agreed to ...": an agreement event without a noun."""
    out = []
    for v in verbs:
        if v.lemma_ != "agree":
            continue
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            continue
        sub_text = "".join(t.text_with_ws for t in subj[0].subtree)
        with_text = " ".join(
            "".join(t.text_with_ws for t in c.subtree) for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
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
        if first is None:
            mention.multilateral = mention.multilateral or any(w in text for w in words)
            out.append(mention)
            continue
        first.kind = first.kind or mention.kind
        first.multilateral = first.multilateral or any(w in text for w in words)
    return out


def head_token(doc: "Doc", mention: Mention) -> "Token | None":
    """The noun a mention ends in ("... agreement", "memorandum")."""
    if mention.token is not None:
        return mention.token
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def noun_phrase_text(noun: "Token") -> str:
    """The words that qualify an agreement noun: "the 90-day trade deal", "agreement on trade"."""
    doc = noun.doc
    words = doc[noun.left_edge.i : noun.i + 1].text
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "over", "about"):
            words += " " + "".join(t.text_with_ws for t in c.subtree)
    return words


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
            if following is not None and following.lower_ in ("that", "which") and following.head.i > following.i:
                clause = following.head
                end = max(end, clause.right_edge.idx + len(clause.right_edge.text))
        out.append((start - sent.start_char, end - sent.start_char))
    return out


def is_similar(noun: "Token") -> bool:
    return any(c.dep_ == "amod" and c.lower_ in vocab()["similar_words"] for c in noun.children)


def noun_phrase_date(noun: "Token", article_date: str | None) -> str | None:
    """A date inside the agreement's own noun phrase: "the June 7 joint declaration"."""
    for child in noun.lefts:
        if child.ent_type_ == "DATE" and child.dep_ in ("compound", "nmod", "npadvmod", "amod", "nummod", "poss"):
            ent = next((e for e in noun.doc.ents if e.start <= child.i < e.end), None)
            if ent is not None:
                return resolve_date(ent.text, article_date)
    return None
