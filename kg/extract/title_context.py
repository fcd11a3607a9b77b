"""The tokens around a name that give a post: which tokens belong to a title, the apposition
after a name ("X, Guatemala's foreign minister,"), a party designation ("Sen. X, R-Texas").
A verb that gives a post ("X, who resigned as ...") is :mod:`.post_verbs`'s. Part of
:mod:`.officials`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING

from .. import gazetteer
from ..world_spans import BODIES, STATES, mark_world
from ..parse import doc_text
from .official_mentions import _HYPHENS, _in_compound
from .person_names import in_person_name
from .parties import matcher
from .post_reading import _has_head, _role, _spokes_words
from .roles import Role, is_head_word, parse_title, title_words
from .title_fields import fields_after_comma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@cache
def _post_modifier_words() -> frozenset[str]:
    words: set[str] = set()
    for w in gazetteer.titles().get("post_modifiers", {}):
        words.update(w.lower().split())
        words.update(x.rstrip(".") for x in w.lower().split())
    return frozenset(words)


def _units(sent: "Span") -> set[int]:
    """Token indices of ``sent`` inside a country or organisation mention ("El Salvador",
    "DHS") or a local place, read from the document's index (:func:`_unit_index`)."""
    index = _unit_index(sent.doc)
    return set(index[bisect_left(index, sent.start) : bisect_left(index, sent.end)])


def _unit_index(doc: "Doc") -> list[int]:
    """The sorted token indices of the document inside a state or body mention (as
    :mod:`kg.world_spans` marked them) or a local place, found once per document."""
    index = doc.user_data.get(_UNIT_INDEX)
    if index is None:
        mark_world(doc)
        out = {i for group in (STATES, BODIES) for span in doc.spans[group] for i in range(span.start, span.end)}
        for m in _local_place_regex().finditer(doc_text(doc)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
        index = doc.user_data[_UNIT_INDEX] = sorted(out)
    return index


_UNIT_INDEX = "kg_unit_tokens"


def other_party_states(sent: "Span", name_at: int) -> set[str]:
    """States the sentence names as another party's ("his Moroccan counterpart", "the Libyan
    side": the patterns of ``kg/data/patterns/people_other_party.json``): not the state of the
    official named at token ``name_at``, unless that official is the counterpart ("his PNG
    counterpart, Minister X")."""
    doc = sent.doc
    matches = _other_party_matches(doc)
    out: set[str] = set()
    k = bisect_left(matches, [sent.start, 0])
    while k < len(matches) and matches[k][0] < sent.end:
        start, end = matches[k]
        if end <= sent.end and not _names_the_counterpart(doc, end, name_at):
            out.update(name for _, _, name in states_between(doc, start, end))
        k += 1
    return out


def _other_party_matches(doc: "Doc") -> list[list[int]]:
    """[start, end] of each match of ``people_other_party.json``, sorted; matched once per document."""
    found = doc.user_data.get(_OTHER_PARTY)
    if found is None:
        spans = {(s, e) for _, s, e in matcher(_OTHER_PARTY_FILE, doc.vocab)(doc)}
        found = doc.user_data[_OTHER_PARTY] = [list(pair) for pair in sorted(spans)]
    return found


_OTHER_PARTY = "kg_other_party"
_OTHER_PARTY_FILE = "people_other_party.json"


def states_between(doc: "Doc", start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, state) of the state mentions that start in tokens ``start:end``, from an
    index of the world spans built once per document."""
    index = doc.user_data.get(_STATE_INDEX)
    if index is None:
        mark_world(doc)
        rows = sorted([s.start, s.end, s.label_] for s in doc.spans[STATES])
        index = doc.user_data[_STATE_INDEX] = {"starts": [r[0] for r in rows], "rows": rows}
    lo, hi = bisect_left(index["starts"], start), bisect_left(index["starts"], end)
    return [tuple(row) for row in index["rows"][lo:hi]]


def _names_the_counterpart(doc: "Doc", after_noun: int, name_at: int) -> bool:
    """Whether the name at ``name_at`` follows the counterpart noun with only its title between."""
    between = doc[after_noun:name_at] if after_noun <= name_at else None
    return between is not None and len(between) <= 6 and not any(
        t.pos_ in ("VERB", "AUX", "ADP", "PRON") or t.ent_type_ == "PERSON" or t.is_sent_start for t in between)


_STATE_INDEX = "kg_state_tokens"


@cache
def _local_place_regex() -> re.Pattern[str]:
    names = sorted([*gazetteer.local_places(), *gazetteer.titles().get("world_regions", [])], key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def _in_charge_link(tok: "Token") -> bool:
    """Whether ``tok`` is a word of a link of several words right after a head of title
    ("Minister | in charge of", ``titles.json`` grammar_words "charge_links")."""
    if tok.lower_ not in _charge_link_words():
        return False  # no word of any link
    doc = tok.doc
    for link in gazetteer.grammar_words("charge_links"):
        words = link.split()
        for offset in range(len(words)):
            start = tok.i - offset
            if start > 0 and [t.lower_ for t in doc[start : start + len(words)]] == words and is_head_word(doc[start - 1].text):
                return True
    return False


@cache
def _charge_link_words() -> frozenset[str]:
    return frozenset(w for link in gazetteer.grammar_words("charge_links") for w in link.split())


def _titleish(tok: "Token", units: set[int]) -> bool:
    """Whether a token can be part of a title phrase."""
    if tok.i in units:
        return True
    if tok.tag_ == "POS" or tok.text in ("'s", "’s", "'", "’"):
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        return prev is not None and (prev.i in units or (prev.text[:1].isupper() and prev.is_alpha) or _states_government(prev, units))
    low = tok.lower_
    t = gazetteer.titles()
    if low in _post_modifier_words() and tok.i > 0 and (
        is_head_word(tok.doc[tok.i - 1].text) or tok.doc[tok.i - 1].lower_ in _post_modifier_words()
        or tok.doc[tok.i - 1].text.endswith("Affaires")
    ):
        return True  # "Chargé d'Affaires a.i.", "... ad interim"
    if low == "." and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _post_modifier_words():
        return True
    if _in_charge_link(tok):
        return True  # "the Minister in charge of Emergency Management"
    if _serves_a_holder(tok, units):
        return True  # "Special Adviser to the President on Migration"
    if low in gazetteer.grammar_words("unit_links"):  # "ambassador to Washington": a capital for its state
        return _links_a_unit(tok, units) or (low in gazetteer.grammar_words("posted_links") and _diplomat_in_capital(tok))
    if low in gazetteer.grammar_words("place_links"):  # "chief of mission in Guatemala", "ambassador in Washington"
        if tok.i > 0 and tok.doc[tok.i - 1].i in units and _links_a_unit(tok, units):
            # "the Ambassador of the United States in El Salvador": the sender's name, then the host
            heads = gazetteer.grammar_words("posted_heads")
            if any(t.lower_ in heads for t in tok.doc[max(0, tok.i - 8) : tok.i]):
                return True
        return tok.i > 0 and tok.doc[tok.i - 1].lower_ in title_words() and (
            _links_a_unit(tok, units) or _diplomat_in_capital(tok)
        )
    if low in title_words() or low in t["modifiers_excluding"] or low in _spokes_words() or low in _ignored_words():
        return True
    if _in_compound(tok):  # "Co-operation": the parts of a hyphenated word are one word
        return _titleish(tok.doc[tok.i - 1] if tok.text in _HYPHENS else tok.doc[tok.i - 2], units)
    if tok.text in ("-", "‑") and 0 < tok.i < len(tok.doc) - 1:  # "Secretary-General", "president-elect" split
        after, before = tok.doc[tok.i + 1], tok.doc[tok.i - 1]
        if not before.whitespace_ and not tok.whitespace_ and before.text[:1].isupper() and after.text[:1].isupper():
            return True  # "the Colombia-Venezuela border": one field
        return is_head_word(before.text) and (is_head_word(after.text) or after.lower_ in t["modifiers_excluding"])
    if tok.text[:1].isupper() and tok.ent_type_ not in ("DATE", "TIME") and not in_person_name(tok.doc, tok.i) and tok.is_alpha:
        # an unlisted portfolio: "Agriculture"; not a day ("on Thursday Homeland Security Secretary X")
        return tok.pos_ in ("PROPN", "NOUN", "ADJ")
    if (tok.is_lower and tok.pos_ == "NOUN" and tok.dep_ == "compound" and is_head_word(tok.head.text)
            and tok.head.lower_ not in t["chief_words"]):
        return True  # a lower-case unlisted portfolio: "the EU's enlargement commissioner"
    if (tok.is_lower and tok.dep_ == "amod" and tok.head.dep_ == "compound" and tok.head.pos_ == "NOUN"
            and tok.head.i == tok.i + 1 and is_head_word(tok.head.head.text)):
        return True  # "the armed forces minister": a modifier of the portfolio's noun
    # "minister for the displaced"; "Minister for Relief, Disaster Preparedness and ...": a list of fields
    # but not a comma before a capitalised head, which opens the next post ("..., Ambassador X")
    if tok.text == "," and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text[:1].isupper() \
            and is_head_word(tok.doc[tok.i + 1].text):
        return False
    return (tok.text == "," or (tok.is_lower and tok.is_alpha)) and (_in_a_portfolio(tok) or _in_capital_fields(tok))


def _serves_a_holder(tok: "Token", units: set[int]) -> bool:
    """"Special Adviser to the President on Migration": the article after a head's "to" that
    another head follows, and the link to the field after that head (capitalised)."""
    doc, i = tok.doc, tok.i
    if tok.lower_ in gazetteer.grammar_words("articles") and 1 < i < len(doc) - 1:
        return doc[i - 1].lower_ in gazetteer.grammar_words("posted_links") and is_head_word(doc[i - 2].text) \
            and is_head_word(doc[i + 1].text) and doc[i + 1].text[:1].isupper()
    if tok.lower_ in gazetteer.grammar_words("served_field_links") and 3 < i < len(doc) - 1:
        return is_head_word(tok.doc[i - 1].text) and doc[i + 1].text[:1].isupper() \
            and doc[i - 3].lower_ in gazetteer.grammar_words("posted_links")
    return False


def _in_capital_fields(tok: "Token") -> bool:
    """"Minister of Immigration, Refugees and Citizenship": a comma between capitalised fields
    after a head's portfolio preposition, however the parse attaches it."""
    doc = tok.doc
    if tok.text != "," or not 1 < tok.i < len(doc) - 1:
        return False
    after = doc[tok.i + 1]
    if not after.text[:1].isupper() or after.ent_type_ == "PERSON":
        return False
    k = tok.i - 1
    while k > 0 and k > tok.i - 5 and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k -= 1
    return k < tok.i - 1 and doc[k].lower_ in gazetteer.grammar_words("portfolio_prepositions") and is_head_word(doc[k - 1].text)


#: dependency labels that link the words of a portfolio to the preposition that opens it
_PORTFOLIO_DEPS = ("pobj", "compound", "nmod", "amod", "conj", "det", "cc", "punct")


def _states_government(tok: "Token", units: set[int]) -> bool:
    """"the German government('s)": the word for a government right after a state."""
    return tok.lower_ in gazetteer.grammar_words("governments") and tok.i > 0 and tok.i - 1 in units


def _in_a_portfolio(tok: "Token") -> bool:
    """"minister for the displaced", "commissioner for migration agreements": a lower-case
    word the parse puts under a portfolio preposition ("for", "of") that a head of title governs."""
    k = tok
    for _ in range(4):
        if k.dep_ not in _PORTFOLIO_DEPS or k.head is k:
            return False
        k = k.head
        if k.dep_ == "prep" and k.lower_ in gazetteer.grammar_words("portfolio_prepositions"):
            return is_head_word(k.head.text) and k.head.i < k.i
    return False


@cache
def _ignored_words() -> frozenset[str]:
    return frozenset(w.lower() for w in gazetteer.titles().get("modifiers_ignored", []))


def _diplomat_in_capital(tok: "Token") -> bool:
    """"ambassador in Washington", "representative in Canberra": a capital that names a
    government (a dateline place) after a diplomat or an office with a remit."""
    doc = tok.doc
    t = gazetteer.titles()
    diplomats = {h.lower() for h in (*t.get("diplomatic_heads", []), *t.get("heads_with_remit", {}).get("heads", []))}
    before = doc[max(0, tok.i - 3) : tok.i].text.lower().replace("\u2019", "'")  # "chargé d'affaires in Nairobi"
    return (
        any(before == d or before.endswith(" " + d) for d in diplomats)
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text in gazetteer.dateline_places()
    )


def _links_a_unit(tok: "Token", units: set[int]) -> bool:
    """"Ambassador to Guatemala", "director at the National Security Council": part of the title."""
    doc = tok.doc
    k = tok.i + 1
    if k < len(doc) and doc[k].lower_ in gazetteer.grammar_words("articles"):
        k += 1
    if k < len(doc) and k not in units and k > tok.i + 1 and is_head_word(doc[k].text) and tok.i > 0 \
            and is_head_word(doc[tok.i - 1].text) and doc[tok.i - 1].lower_ in title_words():
        return True  # "chief of staff to the prime minister": a post serving another (roles._serving)
    return k < len(doc) and k in units and tok.i > 0 and (is_head_word(doc[tok.i - 1].text) or doc[tok.i - 1].is_alpha)


def _title_after(sent: "Span", end: int, units: set[int]) -> Role | None:
    """The post an apposition gives: "X, El Salvador's minister of foreign affairs," ."""
    doc = sent.doc
    if end >= sent.end or doc[end].text != ",":
        return None
    k = end + 1
    if k < sent.end and doc[k].pos_ == "CCONJ":
        return None  # "X, and the UNHCR representative, Y": the title of the next name
    while k < sent.end and doc[k].lower_ in gazetteer.grammar_words("determiners"):
        k += 1
    words, k = _title_words(sent, k, units)
    if not words:
        return None
    if words[-1].text in ("'s", "’s", "'", "’"):
        return None  # "X, the ministry's ..." is not a title
    if k < sent.end and doc[k].ent_type_ == "PERSON":
        return None  # "talks with X, Defence Minister Y and ...": the title of the next name, in a list
    if k < sent.end and doc[k].text not in (",", ".", ";", ")", "—", "–", "-") and not doc[k].is_space:
        # "X, foreign minister said": only a full apposition names the post
        if doc[k].pos_ in ("VERB", "AUX") and len(words) <= 2 and not any(t.i in units for t in words):
            return None
    return _joint_title(words, units) or _role(words, units)


def _joint_title(words: list["Token"], units: set[int]) -> Role | None:
    """"X, Deputy Prime Minister and Minister of Foreign Affairs of Italy": one holder of two
    posts, each conjunct opening with a head of title, the state named by one of them (the last
    that names one); a conjunct that reads as no post held for a state ("... and Ruler of
    Dubai") is left out. Not a portfolio's own conjunction ("Minister of Health and Welfare")."""
    # a conjunct opens at a head of title, or at a capitalised word right after a state ("... of
    # the UAE and Ruler of Dubai")
    cuts = [n for n, w in enumerate(words) if w.dep_ == "cc" and 0 < n < len(words) - 1 and (
        is_head_word(words[n + 1].text) or (words[n - 1].i in units and words[n + 1].text[:1].isupper()))]
    if not cuts:
        return None
    parts = [words[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(words)])]
    read = [_role(part, units) if part else None for part in parts]
    if read[0] is None or read[1] is None or read[0].country is not None:
        return None
    posts = [r for r in read if r is not None]
    if any(r.excluded for r in posts):
        return None
    states = [r for r in posts if r.country is not None]
    last = states[-1] if states else posts[-1]
    return Role(" and ".join(r.role for r in posts), last.country, last.head, implied_country=last.implied_country)


def _title_words(sent: "Span", k: int, units: set[int]) -> tuple[list["Token"], int]:
    """The title that starts at token ``k`` (up to a name), or [] when it has no head; and where it stopped."""
    doc = sent.doc
    words: list["Token"] = []
    # a word the tagger took for a name that ends a head of two words is the title's ("State Counsellor")
    while k < sent.end:
        fields_end = fields_after_comma(sent, k, words)
        if fields_end:
            words.extend(doc[k:fields_end])
            k = fields_end
            continue
        if not _titleish(doc[k], units) or (in_person_name(doc, k) and not (
                k > 0 and is_head_word(doc[k].text) and parse_title(doc[k - 1 : k + 1].text) is not None)):
            break
        words.append(doc[k])
        k += 1
    while words and words[-1].lower_ in gazetteer.grammar_words("title_connectors"):
        words.pop()
    return (words if words and _has_head(words) else []), k


def _party_designation(sent: "Span", end: int) -> Role | None:
    """"Eliot Engel, D-N.Y.," or "(R-Texas)": a member of the US Congress, chamber unknown."""
    rest = doc_text(sent.doc)[sent.doc[end - 1].idx + len(sent.doc[end - 1].text) : sent.end_char][:20]
    if re.match(r"\s*[,(]\s*[DR]-[A-Z][a-zA-Z.]+", rest):
        chambers = _chambers()
        role = chambers["chambers"].get(_chamber(sent) or "", chambers["unknown"])
        return Role(role, chambers["state"], role)
    return None


@cache
def _chambers() -> dict:
    """``titles.json`` "legislature_chambers": the chamber words and the member title each gives."""
    return gazetteer.titles()["legislature_chambers"]


@cache
def _chamber_regex() -> re.Pattern[str]:
    rows = _chambers()
    def alt(words) -> str:
        return "|".join(re.escape(w) for w in words)

    not_before = "".join(rf"(?<!{re.escape(w)} )" for w in rows["not_before"])  # one look-behind each: fixed width
    return re.compile(rf"{not_before}\b({alt(rows['chambers'])})\b(?!\s+(?:{alt(rows['not_after'])}))")


def _chamber(sent: "Span") -> str | None:
    """The one chamber of Congress the sentence, or else the sentence before it, names.

    "before the House Homeland Security Committee. Chairman X (D-Miss.)": a member of the
    House (a Representative); "Senate" gives a Senator; both or neither, unknown.
    """
    doc = sent.doc
    previous = doc[sent.start - 1].sent if sent.start > 0 else None
    for text in (sent.text, previous.text if previous is not None else ""):
        found = {m.group(1) for m in _chamber_regex().finditer(text)}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None
