"""Which PERSON entities are people's names, and the name inside one: part of :mod:`.people`.

The tagger takes titles, places and bodies for people ("Counsellor", "Rakhine State",
"Federal Police", "met X in Tuxtla Gutiérrez") and runs titles, ranks and states into names
("Guatemala Luis Arreaga", "King Mohammed VI", "Lt Gen Kyaw Swe"). The words are data
(``titles.json``, ``given_names.json``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .. import gazetteer
from ..parse import doc_text
from .names import clean, fold, is_given_name, is_title_only, known_surname, name_particles, name_words, name_words_data, titles_before

if TYPE_CHECKING:
    from spacy.tokens import Span


def is_person_entity(ent: "Span") -> bool:
    """A PERSON entity that is plausibly a person's name (not "Twitter", not "San Pedro Sula").

    Judged on :func:`name_of` the entity, so "Guatemala Luis Arreaga" is a person's name.
    """
    if ent.label_ != "PERSON":
        return False
    hooks = ent.doc.user_hooks
    memo = hooks.get(_PERSON_ENTITIES)  # each extractor asks of the same entities
    if memo is None:
        memo = hooks[_PERSON_ENTITIES] = {}
    key = (ent.start, ent.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _is_person_name(name_of(ent))
    return found


_PERSON_ENTITIES = "kg_person_entities"


def names_a_thing(ent: "Span") -> bool:
    """A PERSON entity the article shows to be a place, venue, work or bare style
    (:func:`things_named`; "H.E. Sheikh"): what readers that keep the tagger's other people
    (signers, meeting participants) leave out."""
    text = clean(ent.text)
    return fold(text) in things_named(ent.doc) or text in name_words_data("styles_or_given_names")


def in_person_name(doc, k: int) -> bool:
    """Whether token ``k`` is in a PERSON entity that :func:`is_person_entity` takes for a
    person's name (not "Vocational Training" in "Minister of Labour and Vocational Training")."""
    from spacy.tokens import Span

    if doc[k].ent_type_ != "PERSON":
        return False
    start, end = k, k + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return is_person_entity(Span(doc, start, end, label="PERSON"))


def _is_person_name(ent: "Span") -> bool:
    text = clean(ent.text)
    if not text or not (text[0].isupper() or _opens_with_particle(text)) or "/" in text or any(ch.isdigit() for ch in text):
        return False
    if gazetteer.country(text) or gazetteer.organisation(text):
        return False
    if " " not in text and gazetteer.capital_country(text) is not None:
        return False  # "in Kigali", "Rabat agreed": one word naming a capital is a place
    if text in name_words_data("styles_or_given_names"):
        return False  # "H.E. Sheikh | Dr. Ahmad ...": a style with no name after it is no name
    if set(text.split()) & set(gazetteer.titles().get("unit_words", [])):
        return False  # "Intergovernmental Secretariat", "Press Office": a body, not a person
    if (_in_place_name(ent) or _one_word_after_place_preposition(ent) or is_title_only(text) or names_a_place_or_body(text)
            or _a_thing(ent) or _end_of_a_things_name(ent) or _field_of_a_name(ent)):
        return False
    if fold(text) in things_named(ent.doc):
        return False  # "From Porto Seguro to Luanda" after "In Porto Seguro": one name, one sense per article
    return all(w[:1].isupper() or w.split("-")[0].lower() in name_particles() for w in text.split())


def _opens_with_particle(text: str) -> bool:
    """"(Minister) van Klaveren", "de Moor said": a surname cited alone keeps the particle it
    opens with; a capitalised word must follow it."""
    words = text.split()
    return len(words) >= 2 and words[0].split("-")[0] in name_particles() and any(w[:1].isupper() for w in words[1:])


def _a_thing(ent: "Span") -> bool:
    """"The MoU was signed": one word after a determiner that heads its own phrase names a
    thing; a person's name takes no article ("the Trump administration" only modifies)."""
    doc = ent.doc
    return (len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in gazetteer.grammar_words("determiners")
            and ent.root.dep_ != "compound")


def _field_of_a_name(ent: "Span") -> bool:
    """"Minister of Labour and | Vocational Training |", "Consultation on Overseas Employment
    and | Contractual Labour |": capitalised words joined by a conjunction to the field of a
    title or a name (after a capitalised word and a preposition that opens a field,
    ``given_names.json`` "field_prepositions") are the field's last words, unless one of them
    is a given name ("the Secretary of State and John Kerry")."""
    doc = ent.doc
    k = ent.start - 1
    if k < 3 or doc[k].pos_ != "CCONJ" or any(is_given_name(t.text) for t in ent):
        return False
    j = k - 1
    while j > 0 and doc[j].is_alpha and doc[j].text[:1].isupper() and doc[j].ent_type_ != "PERSON":
        j -= 1
    return j < k - 1 and j > 0 and doc[j].lower_ in name_words("field_prepositions") and doc[j - 1].text[:1].isupper()


def _end_of_a_things_name(ent: "Span") -> bool:
    """"the Specified | Skilled Worker (visa)": after a determiner and a capitalised word that
    is no title, no given name and no name the tagger knows, the entity ends a thing's name."""
    doc = ent.doc
    if ent.start < 2:
        return False
    prev, det = doc[ent.start - 1], doc[ent.start - 2]
    return (det.lower_ in gazetteer.grammar_words("determiners") and prev.is_alpha and prev.text[:1].isupper()
            and prev.ent_type_ == "" and not is_given_name(prev.text) and titles_before([prev.text, "X"]) == 0
            and not _is_title_head(prev.text))


def names_a_place_or_body(text: str) -> bool:
    """"Rakhine State", "Kurdistan Region", "Federal Police": a run ending in the head of a
    place's name or of a photo credit (``given_names.json`` "place_heads", "credit_heads") or holding a word for a body of a state
    (``titles.json`` "state_body_words") names a place or an institution, not a person; so
    does a run with a regnal number inside it, and one opened by the first word of the name of
    an operation, a programme or a natural place ("thing_openers": "Operation Sophia")."""
    words = text.split()
    bodies = set(gazetteer.titles().get("state_body_words", {}).get("words", []))
    heads = name_words("place_heads") | name_words("credit_heads")  # "Rakhine State", "(AA Photo)"
    # "(Queen) Elizabeth II Centre", "Mohammed V University": a regnal number closes a name,
    # so words after one name a thing named after the person
    named_after = any(w in name_words_data("generational_suffixes") for w in words[1:-1])
    opens_a_thing = len(words) >= 2 and words[0] in name_words("thing_openers")  # "Operation Sophia", "Lake Chad"
    return (len(words) >= 2 and words[-1] in heads) or bool(set(words) & bodies) or named_after or opens_a_thing




def name_of(ent: "Span") -> "Span":
    """The name inside a PERSON entity, without a country, body or head of title the tagger ran into it.

    "Guatemala Luis Arreaga" (from "U.S. Ambassador to Guatemala Luis Arreaga") is "Luis
    Arreaga"; "King Mohammed VI" is "Mohammed VI".
    """
    doc = ent.doc
    memo = doc.user_hooks.setdefault(_NAME_STARTS, {})  # each extractor asks of the same entities
    key = (ent.start, ent.end)
    if key not in memo:
        # "Imran Malik\n\nShare": a name ends at a line break (the next line is another block)
        end = next((k for k in range(ent.start + 1, ent.end) if "\n" in doc[k].text or "\n" in doc[k - 1].whitespace_), ent.end)
        memo[key] = (_name_start(doc[ent.start : end]), end)
    start, end = memo[key]
    return doc[start:end]


_NAME_STARTS = "kg_name_starts"


def _name_start(ent: "Span") -> int:
    """Where :func:`name_of` an entity starts."""
    doc = ent.doc
    start = ent.start
    while start < ent.end - 1:
        rest = doc[start : ent.end].text.replace("\u2019", "'")
        ends = [e for s, e, _ in (*gazetteer.find_countries(rest), *gazetteer.find_organisations(rest)) if s == 0]
        if not ends:
            break
        nxt = next((k for k in range(start + 1, ent.end) if doc[k].idx - doc[start].idx >= max(ends)), None)
        if nxt is None:
            break
        start = nxt
    # "Ambassador to Ottawa Juan Ruiz": a capital after the post's link is the post's
    links = gazetteer.grammar_words("place_links") | gazetteer.grammar_words("posted_links")
    if start < ent.end - 2 and start > 0 and doc[start - 1].lower_ in links and doc[start].text in gazetteer.dateline_places():
        start += 1
    # "King Mohammed VI": a head of title the tagger ran into the name is the title's
    while start < ent.end - 2 and doc[start].text[:1].isupper() and _is_title_head(doc[start].text):
        start += 1
    # "(State Secretary for Asylum and) Migration Eric van der Burg": a title's last word
    start = _after_title_field(ent, start)
    # "Lt Gen Kyaw Swe", "Counsellor Aung San Suu Kyi": ranks, honorifics and titles too
    return start + titles_before([t.text for t in doc[start : ent.end]])


def _after_title_field(ent: "Span", start: int) -> int:
    """The start of a name the tagger ran a title's last words into, as the person finder
    reads it (:func:`.person_mentions._after_title_words`): words of titles after a title
    (asked of the word before the entity only: asking of its own words would ask this again)."""
    from .roles import title_words
    from .title_context import _titleish

    doc = ent.doc
    k = start
    while k < ent.end - 2 and doc[k].lower_ in title_words() and (
            k > ent.start or (k > 0 and _titleish(doc[k - 1], set()))):
        k += 1
    return k


@cache
def _is_title_head(word: str) -> bool:
    """Whether ``word`` alone is a head of title (``titles.json`` "heads": "King", "President")."""
    return word in gazetteer.titles()["heads"]


@cache
def _place_regex() -> re.Pattern[str]:
    names = sorted(gazetteer.place_names(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def things_named(doc) -> frozenset[str]:
    """The folded names an article shows to be places or things wherever the tagger takes them
    for people, read once per document (a name keeps one sense through an article):

    - a run of capitalised words with no given name right after a preposition that takes
      places and venues (``given_names.json`` "venue_prepositions"): "talks in Nusa Dua",
      "met at Jubilee House", "troops met at Bure" (a person after "in" or "at" opens with a
      given name, takes a possessive, "in Abela's words", or is cited by a surname the
      article or the office holders give: "a swipe at Bishop");
    - the words of a name the tagger marks elsewhere, with its article, as a body, a work or a
      place: "The Jordan Times" (an ORG) makes "Jordan Times: ..." no person, and "the Porto
      Seguro treaty" no signer; a person's name takes no article ("the Trump administration"
      is a longer entity, so "Trump" stays a person)."""
    found = doc.user_hooks.get(_THINGS)
    if found is None:
        determiners = gazetteer.grammar_words("determiners")
        venues = name_words("venue_prepositions")
        out: set[str] = set()
        people = [e for e in doc.ents if e.label_ == "PERSON"]
        surnames = {fold(e[-1].text) for e in people if len(e) >= 2}  # "looked at Bishop" after "Julie Bishop"
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                if len(ent) >= 2 and ent[0].lower_ in determiners and ent[1].text[:1].isupper():
                    out.add(fold(ent[1:].text))
        for ent in people:
            if (ent.start > 0 and doc[ent.start - 1].lower_ in venues
                    and not (ent.end < len(doc) and doc[ent.end].tag_ == "POS")
                    and not any(is_given_name(t.text) for t in ent) and name_of(ent).start == ent.start
                    and (len(ent) >= 2 or (fold(ent.text) not in surnames and known_surname(ent.text) is None))):
                out.add(fold(ent.text))
        found = doc.user_hooks[_THINGS] = frozenset(out)
    return found


_THINGS = "kg_things_named"


def _one_word_after_place_preposition(ent: "Span") -> bool:
    """"talks in Naypyitaw", "the camp at Kutupalong": one word right after a preposition that
    only places take (``given_names.json`` "place_prepositions") is a place the data lacks."""
    doc = ent.doc
    if len(ent) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ not in name_words("place_prepositions"):
        return False
    return not (ent.end < len(doc) and doc[ent.end].tag_ == "POS")  # "in Abela's words": a person


def _in_place_name(ent: "Span") -> bool:
    """Whether the entity is part of a known place named after a locative preposition.

    "met Rutilio Escandón in Tuxtla Gutiérrez": the tagger took "Gutiérrez" for a person.
    """
    doc = ent.doc
    lo = max(0, ent.start_char - 40)
    hi = min(len(doc_text(doc)), ent.end_char + 40)
    for m in _place_regex().finditer(doc_text(doc), lo, hi):
        s, e = m.start(), m.end()
        if not (s < ent.end_char and ent.start_char < e):
            continue
        before = doc_text(doc)[max(0, s - 15) : s].split()
        if before and before[-1].lower() in name_words("locatives"):
            return True
    return False


def reporters(doc) -> frozenset[str]:
    """The people the article's bylines name ("By Jane Roe and Ali Khan, Reuters"), folded:
    reporters, whom the guidelines never count as officials or as taking part in a meeting,
    wherever the story names them again ("Rudaw's Jane Roe spoke to her after the talks")."""
    found = doc.user_hooks.get(_REPORTERS)
    if found is None:
        from ..annotate.groups import BOILERPLATE

        names = set()
        for line in doc.spans[BOILERPLATE] if BOILERPLATE in doc.spans else ():
            if line.label_ not in name_words("byline_kinds"):
                continue
            names.update(fold(clean(name_of(e).text)) for e in line.ents if e.label_ == "PERSON")
            for part in _BYLINE_PARTS.split(_BY.sub("", line.text)):
                run: list[str] = []
                for w in [*part.split(), "."]:  # runs of capitalised words and particles: "Petra de Vries"
                    if w[:1].isupper() or (run and w in name_particles()):
                        run.append(w)
                        continue
                    if 2 <= len(run) <= 5:
                        names.add(fold(" ".join(run)))
                    run = []
        found = doc.user_hooks[_REPORTERS] = frozenset(n for n in names if " " in n)
    return found


_REPORTERS = "kg_reporters"
_BY = re.compile(r"^\s*by\s+", re.I)
#: what separates the people of a byline
_BYLINE_PARTS = re.compile(r"\s*[,|/\u2022]\s*")


def glued_to_place(doc, k: int) -> bool:
    """"Ambassador to Saudi Arabia | Gatot | Abdullah Mansyur": the tagger ran the first word of
    a name into the place before it; the place's entity, without its last word ``k``, is a
    state or place the gazetteer knows, and that word alone is none."""
    tok = doc[k]
    if tok.ent_iob_ != "I" or tok.ent_type_ not in ("GPE", "LOC") or not tok.text[:1].isupper():
        return False
    start = k
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    place = doc[start:k].text
    known = gazetteer.country(place) is not None or place in gazetteer.place_names()
    return known and gazetteer.country(tok.text) is None and tok.text not in gazetteer.place_names() \
        and k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "B"


def title_cased_line(span: "Span") -> bool:
    """Whether the line of text a span stands in is written in title case, as headlines are:
    the words of four letters or more capitalised but the small words titles leave in lower
    case; a line, not the sentence, which the parser may run on into the text."""
    text = doc_text(span.doc)
    line = text[text.rfind("\n", 0, span.start_char) + 1 : (text.find("\n", span.end_char) + 1 or len(text) + 1) - 1]
    small = gazetteer.grammar_words("title_small_words")
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) >= 4 and w.lower() not in small]
    # one in five may be a preposition a style leaves in lower case ("... Agreement with Guatemala")
    return len(words) >= 3 and 5 * sum(not w[:1].isupper() for w in words) <= len(words)
