"""Find the people an article names, each with the post a title or a phrase beside the name gives.

The "find" stage of :mod:`.officials`, run once per document by the ``accord_people``
component (:mod:`kg.annotate.people`): every PERSON entity (its name completed where the
tagger cut it short), and capitalised runs the tagger missed that a title, an apposition or
a post verb marks as a person's name. :mod:`.title_before` and :mod:`.title_context` read
the post beside each name, :mod:`.post_patterns` the forms kept as spaCy patterns.

Decisions across the names of one sentence (counterparts, respective lists, states of
another official's title) are :mod:`.mention_links`'s. Cost is linear in the document:
entities are grouped by sentence once, the pattern matcher runs once per document, and
state and body mentions come from the spans :mod:`kg.world_spans` marks once per document.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from .. import gazetteer
from ..annotate.index import doc_ents
from .mention_links import (
    counterparts, plural_titles, respective_posts, shared_titles, states_of_earlier_titles, states_of_later_titles,
)
from .official_mentions import (
    APPOSITION, POST_VERB, TITLE_WITH_COUNTRY, TITLE_WITHOUT_COUNTRY, _MISLABELS, _Mention,
)
from .name_tokens import extend_name, namelike, namelike_tokens
from .names import (
    clean, fold, is_given_name, is_title_only, known_person, known_surname, name_words_data, start_after_titles,
)
from .parties import sentences
from .person_names import glued_to_place, is_person_entity, name_of, title_cased_line
from .post_patterns import PatternPost, posts_in
from .roles import title_words
from .successions import successions
from .title_before import _title_before
from .untagged_names import after_title_preposition, listed_names, untagged_runs
from .post_verbs import _head_by_verb, _post_by_verb
from .title_context import _party_designation, _title_after, _title_words, _titleish, _units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def find_mentions(doc: "Doc") -> list[_Mention]:
    """Every person the document names, in text order, with the post read beside each name."""
    sents = _sentences(doc)
    starts = [s.start for s in sents]
    by_sentence: list[list["Span"]] = [[] for _ in sents]
    for ent in doc_ents(doc):  # once over the entities: ``Span.ents`` walks the document's list each time
        k = bisect_left(starts, ent.start + 1) - 1
        if k >= 0 and ent.end <= sents[k].end:
            by_sentence[k].append(ent)
    mentions: list[_Mention] = []
    for sent, ents in zip(sents, by_sentence):
        mentions.extend(_mentions_in(sent, ents, mentions))
    _cut_run_ons(mentions)
    return mentions


def _cut_run_ons(mentions: list[_Mention]) -> None:
    """"Interior Minister Valdane Signs Accord" (a headline in title case): a run that
    starts with the surname other mentions end with, and whose other words end no mention,
    is that surname alone (:func:`_runs_on`: "Park Chung-hee" stays whole beside a later
    "Park said"). A style's given name ("Prince Faisal") is no surname."""
    styles = name_words_data("styles_or_given_names")
    lasts = [fold(m.text.split()[-1]) for m in mentions
             if m.text and not (len(m.text.split()) == 2 and m.text.split()[0] in styles)]
    for m in mentions:
        words = m.text.split()
        if (len(words) >= 2 and not is_given_name(words[0]) and fold(words[0]) in lasts
                and lasts.count(fold(words[-1])) == 1 and _runs_on(m)):
            m.text = words[0]
            m.end = m.start + 1 if m.end != -1 else -1


def _runs_on(m: _Mention) -> bool:
    """Whether words after a name's first may be run on from the text: in a title-case line
    ("Interior Minister Valdane Signs Accord"), or when the tagger does not take the last
    for a person's ("President Reagan Tuesday ordered"); "Park Chung-hee" it tags whole."""
    doc = m.sentence.doc
    end = m.end if m.end > m.start else m.start + len(m.text.split())
    return title_cased_line(doc[m.start : m.start + 1]) or doc[min(end, len(doc)) - 1].ent_type_ != "PERSON"


def _sentences(doc: "Doc") -> list["Span"]:
    """The article's sentences, rejoined where the parser cut after a modifier written after
    a title ("U.S. Chargé d'Affaires a.i. | Colleen Hoey and ...") or inside a long name."""
    out: list["Span"] = []
    for sent in sentences(doc):
        if out and out[-1].end == sent.start and (_ends_in_post_modifier(out[-1]) or _cut_in_a_name(doc, sent.start)):
            out[-1] = doc[out[-1].start : sent.end]
        else:
            out.append(sent)
    return out


def _cut_in_a_name(doc: "Doc", k: int) -> bool:
    """Whether the parser cut a sentence inside a name ("ambassador Rajendra Prasad |
    Narayan Singh signed"): a tagged name's word, one space and no stop, then an untagged
    capitalised proper noun."""
    last = doc[k - 1]
    return (last.ent_type_ == "PERSON" and last.whitespace_ == " " and doc[k].ent_type_ == ""
            and namelike_tokens(doc)[k] and doc[k].is_alpha)


def _ends_in_post_modifier(sent: "Span") -> bool:
    tail = sent.text.rstrip()
    return any(
        re.search(rf"(?i)(?<!\w){re.escape(w.rstrip('.'))}\.?$", tail)
        for w in gazetteer.titles().get("post_modifiers", {})
        if "." in w
    )


def _mentions_in(sent: "Span", ents: list["Span"], earlier: list[_Mention]) -> list[_Mention]:
    """Every person named in a sentence (its entities ``ents``), with the post a title beside
    the name gives (or, for a counterpart, the post ``earlier`` sentences gave the other)."""
    units = _units(sent)
    out: list[_Mention] = []
    taken: set[int] = set()
    # the tokens of full names and of names read with a post: no title reaches into them
    # ("... von der Leyen and Spanish Prime Minister X"); a lone word may be a place the
    # tagger took for a person ("Chiapas governor X")
    named: set[int] = set()
    posts = posts_in(sent)
    for ent in ents:
        if not is_person_entity(ent) or ent.start in taken:
            continue  # not a person, or the rest of a name read with the one before
        name = name_of(ent)
        end = extend_name(sent, ent.end, units)
        start = _extend_start(sent, _after_title_words(sent, name.start, end), units, one_word=len(name) == 1)
        taken.update(range(start, end))
        out.append(_read(sent, start, end, units, posts, named=named))
        if out[-1].role is not None or end - start >= 2:
            named.update(range(start, end))
    for start, end in listed_names(sent, out, units, taken):
        # "the foreign ministers, Jaime Gama and Luiz Felipe Lampreia": a full name the tagger
        # missed, listed right after a person's name, is a person's too (and shares a plural title)
        taken.update(range(start, end))
        out.append(_read(sent, start, end, units, posts, named=named))
    out.sort(key=lambda m: m.start)
    counterparts(sent, out, units, earlier)
    successions(sent, out, earlier)
    shared_titles(sent, out)
    respective_posts(sent, out)
    plural_titles(sent, out)
    states_of_later_titles(sent, out)
    states_of_earlier_titles(sent, out)
    for start, end in untagged_runs(sent, units, taken):
        # a full name the tagger took for a work or a law may take the apposition after it
        mislabelled = (
            end - start >= 2
            and all(t.ent_type_ in _MISLABELS for t in sent.doc[start:end])
            and not (start > sent.start and sent.doc[start - 1].lower_ in gazetteer.grammar_words("determiners"))  # "the Oval Office"
            and sent.doc[start:end].text not in gazetteer.place_names()
        )
        m = _read(sent, start, end, units, posts, named=named, appositions=mislabelled)
        # a capitalised run counts as a name only after a title, or as a full name before a
        # verb that gives a post ("NOV 13 - Chad Wolf is sworn in as ...", tagged a law)
        full_name = end - start >= 2
        closed = end < sent.end and sent.doc[end].text == ","  # "the foreign minister, X Y Z, signed"
        if m.role is not None and (
            m.after_title
            or (full_name and (m.confidence == POST_VERB or (m.confidence == APPOSITION and (closed or mislabelled))))
        ):
            out.append(m)
        elif m.role is None and full_name and known_person(m.text) is not None:
            out.append(m)  # "López Obrador's government": a known holder's multi-word name, untagged
        elif m.role is None and not full_name and known_surname(m.text) is not None:
            out.append(m)  # "Trump said", tagged an organisation: a known holder's listed surname
    return out


def _after_title_words(sent: "Span", start: int, end: int) -> int:
    """The start of a name the tagger ran a title's last words into: "(State Secretary for
    Asylum and) Migration Anne Claes" is "Anne Claes", the portfolio word left to the title."""
    doc = sent.doc
    while start < end - 2 and doc[start].lower_ in title_words() and start > sent.start and _titleish(doc[start - 1], set()):
        start += 1
    return start


def _extend_start(sent: "Span", start: int, units: set[int], one_word: bool = False) -> int:
    """The start of a name whose given name the tagger left out: "Jaime" + "Sotelo" (tagged);
    of a ``one_word`` name also the words the parse makes part of it ("Thabile" + "Mdluli")."""
    doc = sent.doc
    k = start - 1
    if k > sent.start and doc[k].text in gazetteer.dateline_places() and doc[k - 1].lower_ in (
            gazetteer.grammar_words("place_links") | gazetteer.grammar_words("posted_links")):
        return start  # "Ambassador to Ottawa | Juan Ruiz": the capital is the post's, not the name's
    if k >= sent.start and (doc[k].ent_type_ in ("", "PERSON") or glued_to_place(doc, k)) and namelike(doc[k], units):
        if is_given_name(doc[k].text) or glued_to_place(doc, k):
            while k > sent.start and doc[k - 1].ent_type_ == "" and namelike(doc[k - 1], units) and is_given_name(doc[k - 1].text):
                k -= 1  # "Esther Davinia" + "Anyakun": every given name left out
            return k
        if not is_title_only(doc[k].text) and _right_after_titles(sent, k):
            return k  # "Lieutenant General | Le | Quoc Hung": a title before, the tagged name after
        first = _opens_after_punctuation(sent, k, units)
        if first is not None:
            return first  # ", Mahamat Saleh | Abdel Aziz,": untagged given names opening an apposition
    # "Thabile" + "Mdluli" (tagged), "AH Mahmood" + "Ali": untagged words the parse makes
    # part of the tagged name, up to a title, a state or a body
    while (one_word and k >= sent.start and doc[k].ent_type_ == "" and doc[k].dep_ == "compound"
           and start <= doc[k].head.i < start + 4 and namelike(doc[k], units) and not is_title_only(doc[k].text)
           and not after_title_preposition(sent, k)
           and not (k > sent.start and doc[k - 1].pos_ in ("ADP", "CCONJ"))):  # "for ... and Enlargement X"
        start, k = k, k - 1
    return start


def _opens_after_punctuation(sent: "Span", k: int, units: set[int]) -> int | None:
    """The first of at most two untagged name words ending at ``k``, the parse's compounds of
    the tagged name, when a comma or bracket (or the sentence start) comes right before them."""
    doc = sent.doc
    j = k
    while j > k - 2 and j >= sent.start and doc[j].ent_type_ == "" and doc[j].dep_ == "compound" \
            and namelike(doc[j], units) and not is_title_only(doc[j].text):
        j -= 1
    if j == k or not (j < sent.start or doc[j].text in (",", "(")):
        return None
    return j + 1


def _right_after_titles(sent: "Span", k: int) -> bool:
    """Whether a title, rank or honorific ends right before token ``k`` ("His Excellency")."""
    words = [t.text for t in sent.doc[sent.start : k]]
    return start_after_titles(words, len(words)) < len(words)


def _read(sent: "Span", start: int, end: int, units: set[int], posts: list[PatternPost], *,
          named: set[int] = frozenset(), appositions: bool = True) -> _Mention:
    """The mention of the name at ``start:end``, with the post read beside it; a title never
    reaches into the tokens of another name (``named``)."""
    doc = sent.doc
    mention = _Mention(clean(doc[start:end].text), sent, start, end=end)
    by_pattern = next((p.role for p in posts if p.start <= start < p.end), None)
    if by_pattern is not None:
        mention.role, mention.confidence = by_pattern, POST_VERB
        return mention
    before = _title_before(sent, start, units, named)
    if before is not None and before[1] and before[0].role == before[0].head and before[0].country is None and appositions:
        # "Ambassador X, UNHCR's Representative to the African Union,": a bare head before the
        # name gives way to the post an apposition states with the party it serves
        after = _title_after(sent, end, units) if _closed_apposition(sent, end, units) else None
        if after is not None and after.country is not None and not after.excluded:
            mention.role, mention.confidence = after, APPOSITION
            return mention
    if before is not None:
        mention.role, direct = before
        mention.after_title = direct
        # a state only implied by the post ("Attorney General X") is read with less confidence
        stated = mention.role.country and not mention.role.implied_country
        mention.confidence = TITLE_WITH_COUNTRY if stated else TITLE_WITHOUT_COUNTRY
        if not direct:
            mention.confidence = APPOSITION
        return mention
    after = _title_after(sent, end, units) if appositions else None
    if after is not None:
        mention.role, mention.confidence = after, APPOSITION
        return mention
    by_verb = _post_by_verb(sent, end, units) or _head_by_verb(sent, end, units)
    if by_verb is not None:
        mention.role, mention.confidence = by_verb, POST_VERB
        return mention
    party = _party_designation(sent, end)
    if party is not None:
        mention.role, mention.confidence = party, TITLE_WITHOUT_COUNTRY
    return mention


def _closed_apposition(sent: "Span", end: int, units: set[int]) -> bool:
    """Whether a title after the name's comma is closed by punctuation, a full apposition
    ("X, UNHCR's representative, signed"), not the subject of the next clause ("X, the
    Mexican chancellor said")."""
    doc = sent.doc
    k = end + 1
    while k < sent.end and doc[k].lower_ in gazetteer.grammar_words("determiners"):
        k += 1
    _, stop = _title_words(sent, k, units)
    return stop >= sent.end or doc[stop].is_punct
