"""People within one article: one canonical name per person, and who a span names.

An article writes one person many ways: "Kevin K. Mallory", later "Mallory",
"Mallory's office", with a typo ("Mallorey"), or run together by bad text extraction
("Rosa Menarosa Mena"). :func:`canonical_in_article` maps each mention to the
person's canonical "First Last" name using the map the officials step builds
(``ctx.people``: mention -> canonical name). Names across articles are
:mod:`kg.resolve`'s job; this module never looks beyond one article.

Canonical form (the guidelines' "canonical full name, no middle names or initials"):

- a well-known office holder is named as ``kg/data/office_holders.json`` lists them, the
  way the press names them: its aliases include full double-surname forms and common
  misspellings ("Andrés Manuel López Obrador", "Olga Sánchez Cordero" keep both surnames;
  "Julián Ordóñez Tinoco" is "Julián Ordóñez");
- initials and middle given names are dropped ("Esteban Antonio Larreta" -> "Enrique
  Larreta"); double given names used as one first name are kept ("Juan Manuel Gastelum");
- a Spanish-style name with two surnames (given name, then two words that are not given
  names) is cited by the given name and the FIRST surname, as the English press does:
  "Marta Quiroga Lemus" -> "Marta Quiroga", "José Luis Carranza Mejía" -> "José Luis
  Carranza". A name is Spanish-style when its given name is in ``hispanic_given_names``
  or it is written with Spanish accents; the officials step also applies the rule to
  officials of Spanish-speaking states (``hispanic_names`` in ``countries.json``), so
  "Lorena Vidal Ayala", El Salvador's foreign minister, is "Lorena Vidal". Other
  three-word names keep their last word as the surname, since English middle names come
  before it ("Kevin Andrew Mallory" -> matches "Kevin Mallory"; "Kyaw Swe" is not "Kyaw Tint Swe");
- a surname-only mention resolves to the full name whose surname, or FIRST surname, it is
  ("Ordóñez" -> "Julián Ordóñez"), a hyphenated particle left out ("Serraj" -> "Fayez
  al-Serraj"); a one-word mention that matches no surname resolves to the one full name it
  starts ("Hishammuddin" -> "Hishammuddin Hussein"), as Malay or Arabic names are cited.

Which PERSON entities are people at all (not "Counsellor", "Rakhine State", "Kigali") is
:mod:`.person_names`'s.

The lists are data (``kg/data/given_names.json``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from ..parse import doc_text
from .names import (
    NAME_SIMILARITY, SURNAME_SIMILARITY, canonical_form, clean, fold, is_given_name, name_particles,
    name_words_data, surname, surnames_cited_together,
)
from .person_names import is_person_entity, name_of, names_a_place_or_body, title_cased_line  # noqa: F401 (shared here)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def canonical_in_article(mention: str, people: dict[str, str]) -> str:
    """The full name a mention refers to in this article (:func:`_canonical_in_article`),
    remembered by the mention and the article's people: extractors ask about the same few
    names many times."""
    return _canonical_remembered(mention, tuple(people.items()))


@lru_cache(maxsize=8192)
def _canonical_remembered(mention: str, people: tuple[tuple[str, str], ...]) -> str:
    return _canonical_in_article(mention, dict(people))


def _canonical_in_article(mention: str, people: dict[str, str]) -> str:
    """The full name a mention refers to in this article, else the mention cleaned.

    Tried in order: the mention as recorded; its clean canonical form; a surname (or the
    tail of a compound surname) that one known person has; a misspelling of one known
    full name or surname. Ambiguous mentions ("Morales" for two Moraleses) stay as written.
    """
    cleaned = _without_leading_party(clean(mention))
    if not cleaned:
        return cleaned
    if all(w in name_particles() for w in cleaned.split()):
        # "von der" (the tagger cut "von der Leyen"): the one known name those particles open a surname in
        inside = {n for n in _unique(people.values()) if f" {fold(cleaned)} " in f" {fold(n)} "[: -len(n.split()[-1]) - 1]}
        return inside.pop() if len(inside) == 1 else cleaned
    for key in (mention, mention.strip(), cleaned):
        if key in people:
            return people[key]
    form = canonical_form(cleaned)
    known = _unique(people.values())
    by_fold = {fold(n): n for n in known}
    if fold(form) in by_fold:
        return by_fold[fold(form)]
    folded_keys = {fold(k): v for k, v in people.items()}
    if fold(cleaned) in folded_keys:
        return folded_keys[fold(cleaned)]
    tail = [n for n in known if _ends_with(n, form)]
    if len(set(tail)) == 1:
        return tail[0]
    # "Lavalle" for "Ana Ortiz-Lavalle": the second part of a hyphenated surname, when no
    # known name ends in that surname alone ("Marcos" is not "Liza Araneta-Marcos" beside
    # "Ferdinand Marcos Jr.")
    hyphenated = {n for n in known if " " not in form and fold(n).split()[-1].rpartition("-")[2] == fold(form)
                  and "-" in n.split()[-1]}
    if not tail and len(hyphenated) == 1:
        return hyphenated.pop()
    # "Luis Ortega" after "Mateo Luis Ortega" (known as "Mateo Ortega"):
    # the end of a longer name as the text wrote it
    written = {v for k, v in people.items() if len(k.split()) > len(form.split()) >= 2 and fold(k).endswith(" " + fold(form))}
    if len(written) == 1:
        return written.pop()
    runs_on = {n for n in known if len(n.split()) >= 2 and len(form.split()) >= 2 and surname(n) == fold(form.split()[0])}
    if len(runs_on) == 1 and not is_given_name(form.split()[0]):
        return runs_on.pop()  # "Valdane Signs Accord": a headline ran words into the surname
    fuzzy = _fuzzy(form, known)
    return fuzzy or _by_first_name(form, known) or form


def _without_leading_party(name: str) -> str:
    """"Guatemala Luis Arreaga" (from "Ambassador to Guatemala Luis Arreaga"): the state or
    body a tagger ran into a name is no part of it, when a name of two words is left."""
    from .. import gazetteer

    ends = [e for s, e, _ in (*gazetteer.find_countries(name), *gazetteer.find_organisations(name)) if s == 0]
    rest = name[max(ends):].strip() if ends else name
    return rest if rest != name and len(rest.split()) >= 2 and rest[:1].isupper() else name


def _by_first_name(form: str, known: list[str]) -> str | None:
    """"Datuk Seri Hishammuddin said" after "Hishammuddin Hussein": a one-word mention that
    is the first name of exactly one known full name (as Malay, Indonesian or Arabic names
    are often cited), when it is no common given name that others may share."""
    words = form.split()
    if len(words) == 2 and words[0] in name_words_data("styles_or_given_names"):
        # "Prince Faisal" after "Prince Faisal bin Farhan": the style is no name, and of the
        # full names with that first name the one with a patronymic ("bin", "ibn") is styled so
        hits = {n for n in known if len(n.split()) >= 3 and fold(n).split()[0] == fold(words[1])}
        particles = set(name_words_data("name_particles"))
        hits = {n for n in hits if n.split()[1] in particles} or hits
        return next(iter(hits)) if len(hits) == 1 else None
    if " " in form or is_given_name(form):
        return None
    hits = {n for n in known if len(n.split()) >= 2 and fold(n).split()[0] == fold(form)}
    if not hits:
        # "Lula" after "Luiz Inácio Lula da Silva": a word inside one known name of three
        # words or more, as the press names some people by a middle name
        hits = {n for n in known if len(n.split()) >= 3 and fold(form) in fold(n).split()[1:-1]
                and fold(form) not in name_particles()}
    return next(iter(hits)) if len(hits) == 1 else None


@lru_cache(maxsize=65536)
def _ends_with(name: str, mention: str) -> bool:
    """Whether ``mention`` is the surname part (or First + surname) of ``name``; a particle
    joined by a hyphen may be left out ("Serraj" for "Fayez al-Serraj"). Remembered by the
    pair: every extractor matches the article's mentions against the same few names."""
    n, m = [_unparticled(w) for w in fold(name).split()], [_unparticled(w) for w in fold(mention).split()]
    if len(n) >= 3 and n[-1] in {fold(w) for w in name_words_data("generational_suffixes")} and n[-1] not in m:
        n = n[:-1]  # "Marcos" for "Ferdinand Marcos Jr.": the suffix closes the name, the surname is before it
    if not m or len(m) >= len(n):
        return False
    if n[-len(m) :] == m:
        return True
    if len(m) >= 2 and n[: len(m)] == m:
        return True  # "Lucía Barrera" for "Lucía Barrera Toledo"
    if len(m) == 1 and len(n) >= 3 and n[-2] == m[0] and not is_given_name(m[0]):
        return True  # the first of two surnames: "Ordóñez" for "Julián Ordóñez Tinoco"
    # "Kevin Mallory" for "Kevin Andrew Mallory": first and last agree, and the words left out
    # are middle names or initials ("Kyaw Swe" is not "Kyaw Tint Swe")
    return (len(m) == 2 and m[0] == n[0] and m[-1] == n[-1]
            and all(is_given_name(w) or len(w.rstrip(".")) == 1 for w in n[1:-1]))


def _unparticled(word: str) -> str:
    """A surname without a particle joined to it by a hyphen: "al-serraj" -> "serraj"."""
    head, sep, rest = word.partition("-")
    return rest if sep and rest and head in name_particles() else word


def _fuzzy(form: str, known: list[str]) -> str | None:
    """The one known name a mention misspells, or None."""
    words = form.split()
    if len(words) == 1:
        hits = {n for n in known if fuzz.ratio(fold(form), surname(n)) >= SURNAME_SIMILARITY}
    else:
        hits = {
            n
            for n in known
            if fuzz.ratio(fold(form), fold(n)) >= NAME_SIMILARITY
            and fuzz.ratio(surname(form), surname(n)) >= SURNAME_SIMILARITY
        }
    return next(iter(hits)) if len(hits) == 1 else None


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


# --------------------------------------------------------------------------- the people map


def build_people(doc: "Doc", full_names: Iterable[str] = ()) -> dict[str, str]:
    """Mention -> canonical name for every PERSON mention of ``doc``.

    ``full_names`` are canonical names already known (the officials found); other
    people get their own canonical form. Mentions are grouped with earlier, fuller names:
    a surname or a misspelling joins the one person it can be. The spelling kept for a
    person is the most frequent in the article.
    """
    ents = [e for e in doc.ents if is_person_entity(e)]
    tagged = [clean(name_of(e).text) for e in ents]
    full = _as_found(doc, ents, tagged)
    mentions = _without_headline_runs(full, ents)
    people: dict[str, str] = {}
    names = list(dict.fromkeys(full_names))
    for n in names:
        people.setdefault(n, n)
    # longer mentions first, so "Mallory" meets "Kevin Mallory" whatever their order
    for mention in sorted(dict.fromkeys(mentions), key=lambda m: -len(m.split())):
        name = canonical_in_article(mention, people)
        if mention not in people and surnames_cited_together(mention, doc_text(doc)):
            name = canonical_form(mention, both_surnames=True)  # "Olga Sánchez Cordero" ... "Sánchez Cordero said"
        if len(name.split()) >= 2 and name not in people.values():
            people[name] = name
        people[mention] = name
    for ent, short, whole in zip(ents, tagged, mentions):
        # 'Susan "': the tagger's part of "Susan Ople"; "Migration Eric X" as the tagger wrote it
        for written in (short, clean(ent.text)):
            if written != whole:
                people.setdefault(written, people[whole])
    for word, name in (_words_cited_alone(people, doc_text(doc)) if ents else {}).items():
        people.setdefault(word, name)
    return _prefer_frequent_spelling(people, mentions)


def _words_cited_alone(people: dict[str, str], text: str) -> dict[str, str]:
    """"Abiy" for "Abiy Ahmed", "Lula" for "Luiz Inácio Lula da Silva": the first word or a
    middle word of one person's full name that the article also writes on its own (more
    often than the full name), as the press names some people; not a common given name, a
    particle, a place or a word of two people's names. The tagger often misses such a word,
    so the readers of the people map find it as a known form."""
    from .. import gazetteer

    names = [n for n in _unique(people.values()) if len(n.split()) >= 2]
    owners: dict[str, set[str]] = {}
    for name in names:
        for word in name.split()[:-1]:
            owners.setdefault(word, set()).add(name)
    out: dict[str, str] = {}
    for word, owned in owners.items():
        if len(owned) != 1 or word in people or not word[:1].isupper() or len(word) < 3 or is_given_name(word) \
                or fold(word) in name_particles() or word in gazetteer.place_names() or gazetteer.find_countries(word):
            continue
        name = next(iter(owned))
        alone = len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))
        if alone > len(re.findall(re.escape(name), text)):
            out[word] = name
    return out


def double_surnames_kept(mentions: Iterable[str], text: str) -> dict[str, str]:
    """Mention -> canonical form, and that form -> itself, for the names of an article
    ``text`` that also cites them by both surnames alone, whose double surname is kept whole
    ("María Lindqvist Tormo" ... "Lindqvist Tormo said": :func:`.names.surnames_cited_together`)."""
    out: dict[str, str] = {}
    for m in mentions:
        if surnames_cited_together(m, text):
            form = canonical_form(m, both_surnames=True)
            out[m] = out[form] = form
    return out


def _as_found(doc: "Doc", ents: list["Span"], tagged: list[str]) -> list[str]:
    """Each entity's name as the person finder read it (``kg_people``), when it holds more
    words than the tagger's: 'Susan "Toots" Ople' for the tagger's 'Susan "', "Lucía Barrera
    Toledo" for "Lucía Barrera"; the tagger's text otherwise."""
    from ..annotate.people import ATTR, people as found

    if not ents:
        return []
    spans = found(doc)
    starts = [s.start for s in spans]
    out = []
    for ent, short in zip(ents, tagged):
        start = name_of(ent).start
        k = bisect_right(starts, start) - 1
        whole = (spans[k]._.get(ATTR) or {}).get("text") if k >= 0 and start < spans[k].end else None
        longer = (whole and len(whole.split()) > len(short.split()) and fold(short) in fold(whole)
                  and not _POSSESSIVE_INSIDE.search(whole) and not title_cased_line(ent))  # "Trump's Meeting": no name
        out.append(whole if longer else short)
    return out


_POSSESSIVE_INSIDE = re.compile(r"['’]s?\s")


def _without_headline_runs(mentions: list[str], ents: list["Span"]) -> list[str]:
    """"Torres Condemns Trump's Deal": in a title-cased line, a name of two words whose first,
    no given name, opens no other name and whose last ends another is that surname alone."""
    lasts = [fold(m.split()[-1]) for m in mentions if m]
    firsts = [fold(m.split()[0]) for m in mentions if m]
    out = []
    for m, ent in zip(mentions, ents):
        words = m.split()
        if (len(words) == 2 and not is_given_name(words[0]) and lasts.count(fold(words[1])) >= 2
                and firsts.count(fold(words[0])) == 1 and title_cased_line(ent)):
            m = words[1]
        out.append(m)
    return out


def _prefer_frequent_spelling(people: dict[str, str], mentions: list[str]) -> dict[str, str]:
    """Rename each person to the surname spelling most mentions use ("Larreta", not "Larretta")."""
    renames: dict[str, str] = {}
    for name in set(people.values()):
        words = name.split()
        if len(words) < 2:
            continue
        counts: dict[str, int] = {}
        for m in mentions:
            if people.get(m) == name:
                last = canonical_form(m).split()[-1]
                counts[last] = counts.get(last, 0) + 1
        if not counts:
            continue
        best = max(counts, key=lambda s: (counts[s], s == words[-1]))
        # a respelling of the surname only: "Masaki" for "Masaki Yasushi" is his other name
        if (best != words[-1] and fold(best) != fold(words[-1]) and counts[best] > counts.get(words[-1], 0)
                and fold(best) not in map(fold, words) and fuzz.ratio(fold(best), fold(words[-1])) >= SURNAME_SIMILARITY):
            renames[name] = " ".join(words[:-1] + [best])
    return {k: renames.get(v, v) for k, v in people.items()}


from .span_people import ents_in, people_in_span  # noqa: E402,F401 (who a span names: shared here)
