"""The units aid is read in: sentences (list lines split, cut fragments joined), list headings,
and the noun phrase an amount sits in."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...parse import doc_text
from ..parties import US, countries_in, names, sentences
from .positions import hosting_words_in
from .vocab import VIA_ANAPHORA, any_word, regex, vocab, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def is_verb(tok: "Token") -> bool:
    """A verb, not the scale word of a sum the tagger took for one ("£63m": "m" with its number)."""
    return tok.pos_ in ("VERB", "AUX") and not any(c.like_num for c in tok.children if c.dep_ in ("nummod", "quantmod"))


def hosts_in(sent: "Span") -> list[tuple[int, int]]:
    """Character spans (in the sentence) of the agents of a hosting verb ("co-hosted by X and
    Y") and of the places a meeting is held ("at a pledging conference in Geneva"): where
    money is pledged, not who gives or gets it."""
    out = []
    for tok in hosting_words_in(sent):
        if tok.lemma_.lower() in words("host_verbs") and tok.pos_ == "VERB":
            places = [c for c in tok.children if c.dep_ == "agent"]
        elif tok.dep_ == "prep" and tok.lower_ in words("venue_prepositions") and tok.head.lemma_.lower() in words("venue_nouns"):
            places = [tok]
        else:
            continue
        for place in places:
            sub = list(place.subtree)
            out.append((sub[0].idx - sent.start_char, sub[-1].idx + len(sub[-1]) - sent.start_char))
    return out


def aid_sentences(doc: "Doc") -> list["Span"]:
    """The shared sentences, with a verbless fragment the parser cut off mid-sentence
    ("Between $30 and $40 million | that had been earmarked ... has been moved to ...")
    joined to the lower-case rest on the same line."""
    out: list["Span"] = []
    text = doc_text(doc)
    verbal = False  # whether out[-1] has a verb, kept as it grows so joining stays linear
    for span in sentences(doc):
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in span)
        if out:
            previous = out[-1]
            if (
                "\n" not in text[previous.end_char : span.start_char]
                and text[span.start_char : span.start_char + 1].islower()
                and text[previous.end_char - 1 : previous.end_char] not in ".!?:;\"”’)"
                and not verbal
            ):
                out[-1] = doc[previous.start : span.end]
                verbal = has_verb
                continue
        pieces = _list_lines(span)
        out.extend(pieces)
        verbal = any(t.pos_ in ("VERB", "AUX") for t in pieces[-1]) if len(pieces) > 1 else has_verb
    return out


def _list_lines(span: "Span") -> list["Span"]:
    """A span holding list lines ("- Frozen in May: $83 million\nBELIZE"), one per line."""
    lines = span.text.split("\n")
    if len(lines) < 2 or not any(BULLET.match(line) for line in lines):
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


def heading_countries(text: str, countries) -> list[str] | None:
    """The recipients a heading line gives the list under it: its countries ("EL SALVADOR",
    "Honduras:"), or none for a region ("THE REGION", "Regional:"); None if no heading."""
    line = text.strip()
    if not line or len(line) > 60 or BULLET.match(line) or line[-1] in ".!?\"”":
        return None
    if line.isupper():
        countries = countries_in(line.title())  # "EL SALVADOR": a heading in capitals
    named = [c for c in countries if c.name != US and c.via != VIA_ANAPHORA]
    rest = line
    for c in sorted(named, key=lambda c: -c.start):
        rest = rest[: c.start] + rest[c.end :]
    rest = any_word("heading_fillers").sub(" ", re.sub(r"[\s:,&/|–—-]+", " ", rest)).strip()
    if named and not rest:
        return names(named)
    if re.fullmatch(vocab()["region_heading"], line.rstrip(": "), re.I):
        return []
    return None


def enumerates(text: str, countries) -> bool:
    """ "Guatemala, Honduras and El Salvador": countries listed together, which an amountless
    sentence right after may mean; not two countries named in separate clauses."""
    named = [c for c in countries if c.name != US and c.via != VIA_ANAPHORA]
    return any(
        regex("list_separator").fullmatch(text[a.end : b.start])
        for a, b in zip(named, named[1:])
    )


BULLET = re.compile(r"\s*(?:[•·▪●◦*–—-]|\d{1,2}[.)])\s")


def token_at(sent: "Span", char: int) -> "Token":
    for tok in sent:
        if tok.idx <= char < tok.idx + len(tok.text) or tok.idx >= char:
            # "$735 million": the number's head is "million"
            return tok
    return sent.root


def phrase_head(tok: "Token") -> "Token":
    """The head of the noun phrase an amount is in: "a $5 million grant" -> "grant"."""
    node = tok
    while node.dep_ in _NOUN_PHRASE_INTERNAL and node.head != node and node.head.pos_ in ("NOUN", "PROPN", "NUM", "SYM"):
        node = node.head
    return node


_NOUN_PHRASE_INTERNAL = frozenset({"quantmod", "compound", "nummod", "amod", "nmod", "det", "poss", "conj", "appos"})


def in_relative_clause(tok: "Token") -> bool:
    return any(n.dep_ in ("relcl", "acl") for n in [tok, *tok.ancestors])


def negated(noun: "Token") -> bool:
    """ "has given them no money", "did not promise any aid": aid denied, not given."""
    if any(c.dep_ == "det" and c.lower_ in words("negating_determiners") for c in noun.children):
        return True
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    from .status import status_token  # status.py reads this module's clause helpers

    # "will not provide new funds until they act" holds the money back: a suspension (status.py)
    return verb is not None and any(c.dep_ == "neg" for c in verb.children) and status_token(verb) != "suspended"



def quoted_titles(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted title of ``text``: a phrase in quotation marks of at least
    three words whose long words all open with a capital ("Supporting Syria and the Region",
    the name of a conference or a plan), or any quoted phrase right after a gathering's name
    ('the Brussels Conference on "Supporting the future of Syria"'); not quoted speech."""
    out = []
    for m in regex("quoted_phrase").finditer(text):
        words_ = m.group("inner").split()
        long_ = [w for w in words_ if len(w) > 3]
        named = regex("titled_before", re.I).search(text[max(0, m.start() - 30) : m.start()])  # 'a Conference on "..."'
        if len(words_) >= 3 and long_ and (named or all(w[:1].isupper() for w in long_)):
            out.append((m.start("inner"), m.end("inner")))
    return out
