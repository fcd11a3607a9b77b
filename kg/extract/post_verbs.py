"""The verb phrase after a name that gives a post: "X, who resigned as acting secretary",
"X, a liberal politician, has served as the government's special commissioner for ...",
"X, who heads Customs and Border Protection" (``kg/data/patterns/people_post_verbs.json``).
Part of :mod:`.officials`; the title words themselves are read by :mod:`.title_context`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .. import gazetteer
from .parties import matcher
from .post_reading import _body_name, _has_head, _head_of_unlisted_body, _head_post, _role, _whole_name
from .roles import Role, parse_title, title_words
from .title_context import _title_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _post_by_verb(sent: "Span", end: int, units: set[int]) -> Role | None:
    """"X, who resigned as acting secretary", "X was sworn in as acting Secretary of Homeland Security".

    The post a verb phrase of ``people_post_verbs.json`` ("POST_VERB") gives, read from the title that follows.
    """
    doc = sent.doc
    k = _after_apposition(sent, end)
    if k < sent.end and doc[k].text == ",":
        k += 1
    k = _after_verb(sent, k, "POST_VERB")
    if k is None:
        return None
    while k < sent.end and doc[k].lower_ in gazetteer.grammar_words("determiners"):
        k += 1
    by_government = _government_owner(sent, k)  # "has served as the government's special commissioner"
    words, _ = _title_words(sent, by_government or k, units)
    if not words:
        return None
    role = _role(words, units, state_post=by_government is not None)
    return role


def _after_apposition(sent: "Span", end: int) -> int:
    """"X, a liberal politician, has served as ...": the comma that closes a short apposition
    with no title in it after the name at ``end``, else ``end``."""
    doc = sent.doc
    if end >= sent.end or doc[end].text != ",":
        return end
    for k in range(end + 1, min(end + 6, sent.end)):
        if doc[k].text == ",":
            inside = list(doc[end + 1 : k])
            return k if inside and not _has_head(inside) and all(t.pos_ not in ("VERB", "AUX") for t in inside) else end
    return end


def _government_owner(sent: "Span", k: int) -> int | None:
    """Where the title starts after "the government's" at token ``k`` (a post the
    government gives: a state's, the state the context's), else None."""
    doc = sent.doc
    if k + 1 < sent.end and doc[k].lower_ in gazetteer.grammar_words("governments") and (
            doc[k + 1].tag_ == "POS" or doc[k + 1].text in ("'s", "’s")):
        return k + 2
    return None


def _after_verb(sent: "Span", k: int, label: str) -> int | None:
    """Where the longest match of ``people_post_verbs.json``'s ``label`` that starts at token
    ``k`` ends (within the sentence), or None; the patterns run once per document."""
    doc = sent.doc
    index = doc.user_data.get(_VERBS)
    if index is None:
        index = {}
        for match_id, start, end in matcher(_VERBS_FILE, doc.vocab)(doc):
            row = index.setdefault(doc.vocab.strings[match_id], {})
            row[str(start)] = max(end, row.get(str(start), end))
        doc.user_data[_VERBS] = index
    end = index.get(label, {}).get(str(k))
    return end if end is not None and end <= sent.end else None


_VERBS = "kg_post_verbs"
_VERBS_FILE = "people_post_verbs.json"


def _head_by_verb(sent: "Span", end: int, units: set[int]) -> Role | None:
    """"X, who heads Customs and Border Protection": the head of a state body or an IGO."""
    doc = sent.doc
    k = end + 1 if end < sent.end and doc[end].text == "," else end
    k = _after_verb(sent, k, "HEAD_VERB")
    if k is None:
        return None
    j = k
    while j < sent.end and j in units:
        j += 1
    text = doc[k:j].text
    hit = next(((e, o) for s, e, o in gazetteer.find_organisations(text) if s == 0 and o.kind in ("agency", "igo")), None)
    if hit is None or _whole_name(doc[k:sent.end].text, 0, hit[0]) != text[: hit[0]]:
        return _head_of_named_body(sent, k, units)
    end, org = hit
    rest = doc[k:sent.end].text[end:]
    # "who runs X as its acting commissioner": the post the text gives, of the body
    as_post = _as_its_post().match(rest)
    if as_post:
        role = parse_title(as_post.group(1))
        if role is not None and not role.excluded:
            title = role.role if org.kind == "igo" else f"{role.role} of {_body_name(org, text[:end])}"
            return Role(title, org.serves, role.head)
    # "who leads X in an acting capacity": the body's head title, acting
    phrases = gazetteer.titles().get("acting_capacity", {}).get("phrases", [])
    acting = any(re.match(rf"\s*,?\s+{re.escape(p)}\b", rest, re.I) for p in phrases)
    if acting and org.head:
        return Role(_head_post(org, text[:end], f"Acting {org.head}"), org.serves, org.head)
    return Role(_head_post(org, text[:end]), org.serves, "Head")


@cache
def _as_its_post() -> re.Pattern[str]:
    """", as its acting commissioner": the post a body's head holds, up to a clause opener."""
    def alt(role: str) -> str:
        return "|".join(re.escape(w) for w in gazetteer.grammar_words(role))

    owners = alt("possessive_owners") + "|" + alt("articles")
    return re.compile(
        rf"(?i)\s*,?\s+(?:{alt('as_links')})\s+(?:{owners})\s+((?:[\w-]+\s+){{0,3}}?[\w-]+)"
        rf"(?=\s*[,.;]|\s+(?:{alt('clause_openers')})\b|$)"
    )


def _head_of_named_body(sent: "Span", k: int, units: set[int]) -> Role | None:
    """"X, who heads the Italian coast guard" (a listed portfolio), "X, who chairs the Federal
    Office for Migration and Refugees" (a state body the data lacks, named in capitals): the
    Head of the body as the text names it, the state of a demonym in its name."""
    words, _ = _body_words(sent, k, units)
    if not words:
        return None
    phrase = " ".join(t.text for t in words)
    chief = sorted(gazetteer.grammar_words("body_heads"))[0]  # "head"
    role = parse_title(f"{chief} of {phrase}")
    if role is not None and not role.excluded:
        return role
    if words[0].lower_ in gazetteer.grammar_words("articles"):
        words = words[1:]
    body = " ".join(t.text for t in words)
    role = _head_of_unlisted_body(f"{chief} of the {body}", body)
    found = gazetteer.find_countries(body)
    return Role(role.role, found[0][2].name, role.head) if role is not None and found else role


def _body_words(sent: "Span", k: int, units: set[int]) -> tuple[list["Token"], int]:
    """The words of a body's name that start at token ``k`` ("the Swedish Migration Agency"),
    up to a comma or a lower-case word that is no title word; and where they stop."""
    doc = sent.doc
    words = []
    while k < sent.end and doc[k].text not in (",", ".", ";") and doc[k].ent_type_ != "PERSON" and (
            doc[k].text[:1].isupper() or k in units or doc[k].lower_ in gazetteer.grammar_words("title_small_words")
            or doc[k].lower_ in title_words()):
        words.append(doc[k])
        k += 1
    while words and words[-1].lower_ in gazetteer.grammar_words("title_small_words"):
        words.pop()
    return words, k

