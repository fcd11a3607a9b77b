"""Officials: people the article names with a post they hold for a state or an IGO.

Patterns, strongest first (the confidence of the fact says which one was read):

- a title before the name: "Guatemalan Minister of Government Esteban Larreta",
  "Mexico's Interior Secretary Beatriz Ruiz Esparza", "DHS Secretary Kirsten Halvorsen",
  "State Department spokesperson Jane Doe", also across a comma ("El Salvador's minister
  of foreign affairs, Lorena Vidal");
- an apposition after the name: "Lorena Vidal, El Salvador's minister of foreign affairs";
- a surname after a title, expanded to the full name the article gives elsewhere or, for
  well-known office holders, the one ``kg/data/office_holders.json`` lists ("President
  Obrador");
- a verb that gives the post after the name ("X, who resigned as acting secretary", "X was
  sworn in as ...", "X, who heads Customs and Border Protection"; Matcher patterns in ``kg/data/patterns/people_post_verbs.json``);
- a counterpart of an official named before ("his Guatemalan counterpart, X");
- a title read without a country takes the one of a same-portfolio ministry the sentence
  names before the person ("The Salvadoran Foreign Ministry said ... the foreign minister, X");
- a well-known office holder named with no post ("after Trump accused ..."), weakest.

A title may be separated from the name by a qualifier ("interior minister at the time, X")
or an acronym in brackets ("... Enforcement (ICE), X"), belong to the body before "whose"
("the National Migration Institute, whose commissioner, X"), sit at a body ("senior director
for ... at the National Security Council"), or follow a copula ("X is the regional
representative for Central America of UNHCR"; the region is the post's remit, not a person).

Roles are the post the text gives, normalised (guidelines, "role"): "X for Y" stays in the
text's order with the text's English body name ("Spokesperson for the Guatemalan Migration
Institute"); the head of a unit of a body keeps the text's words ("USAID Mission Director");
a modifier after the title is kept ("Chargé d'Affaires a.i." -> "... ad interim"); judges
are officials, US federal judges titled by their court ("U.S. District Judge"); an office
named as its IGO takes the IGO's full name ("United Nations High Commissioner for
Refugees"), also when the text gives the bare title and names that one IGO. Any other post
of an IGO's official leaves the IGO's name out, the IGO being ``country`` ("spokesperson for
the UN Refugee Agency" -> "Spokesperson"; "director general of IOM" -> "Director General");
a country it works in is the remit ("Chief of Mission in Guatemala"). A diplomat "in" a
capital is posted to its state ("ambassador in Washington" -> "Ambassador to United States").
"Who runs X as its acting commissioner" gives that post of X; "who leads X in an acting
capacity" the body's head title (``organisations.json`` "head"), acting; "its commander,
General X" the post of the body the sentence names before "its" (the rank is skipped).

A post read without its state takes one, with less confidence at each step: the known
office holder's (``office_holders.json``); the state whose same-portfolio ministry the
sentence names; the one state the sentence names (its cities count), then the paragraph,
then the dateline ("TEGUCIGALPA –"); never a state without such a post (no US "Minister").
A diplomat takes only the state whose embassy the article names. "Attorney General" alone is
the US post (``heads_of_one_state``). A known holder named only as a modifier ("the Trump
administration", "Trump's policy") is no official.

Names follow :mod:`kg.extract.people` (canonical forms, first surnames); an official of a
state whose people carry two surnames is cited by the first ("Lorena Vidal Ayala" ->
"Lorena Vidal").

Titles are read by :func:`kg.extract.roles.parse_title` from the data files; a title at a
non-governmental organisation or news outlet, or of a former office, is no post. One
:class:`Official` per person: the canonical name (:mod:`kg.extract.people`), the best post
read, the sentence that states it as evidence, the spellings seen as aliases. The step also
fills ``ctx.people`` so later extractors resolve "Mallory" to "Kevin Mallory".

Where the work is: the ``accord_people`` component (:mod:`kg.annotate.people`) marks every
person mention with its post once per document (found by :mod:`.person_mentions`); this
module decides and merges them into officials. :mod:`.title_before` and
:mod:`.title_context` read the post around a name, :mod:`.post_reading` turns title words
into a post, :mod:`.post_patterns` adds the forms kept as spaCy patterns in
``kg/data/patterns/posts.jsonl`` (committee chairs, spokespeople of an official, "X of
<state>"), and :mod:`.official_posts` makes one official per person. States and bodies
come from the spans :mod:`kg.world_spans` marks once per document; the English words the
grammar turns on are ``titles.json`` "grammar_words".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..annotate.people import mention_of, people as people_spans
from ..facts import Official
from .official_mentions import CONTEXT_COUNTRY, SENTENCE_COUNTRY, _Person
from .official_posts import (
    _complete_bare_titles, _first_surnames, _known_spellings, _official, _people_map, _surnames_mistagged,
)
from .official_states import (
    _context_country, _hosts_by_dateline, _sentence_country, _state_of_officials_nearby, _state_of_the_article,
    _state_of_the_dateline, _state_of_the_government, _state_of_the_pair, _state_of_the_place,
)
from .article_states import state_of_the_head
from .official_superiors import state_of_the_superior
from .people import canonical_in_article
from .roles import settle_head_by_state
from .title_parts import head_named_by_state
from .state_roles import state_of_the_remit
from .state_visits import state_of_the_visit

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from . import Context


def extract_officials(doc: "Doc", ctx: "Context") -> list[Official]:
    """The officials an article names, one per person; fills ``ctx.people``."""
    mentions = [mention_of(span) for span in people_spans(doc)]
    people = _people_map(doc, mentions, ctx)
    ctx.people.update(people)
    persons: dict[str, _Person] = {}
    for m in mentions:
        name = canonical_in_article(m.text, ctx.people)
        persons.setdefault(name, _Person(name)).mentions.append(m)
    made = [(_official(p, ctx), p) for p in persons.values()]
    officials = [o for o, _ in made if o is not None]
    _complete_bare_titles(officials, {o.name: p for o, p in made if o is not None})
    for o, p in made:
        if o is None:
            continue
        readings = (  # the first that gives a state serves, with the confidence its reach allows
            (lambda: state_of_the_remit(o.role), SENTENCE_COUNTRY),
            (lambda: state_of_the_head(o.role, ctx.article.text), CONTEXT_COUNTRY),
            (lambda: state_of_the_superior(p, made), SENTENCE_COUNTRY),
            (lambda: _sentence_country(p), SENTENCE_COUNTRY),
            (lambda: _context_country(p, ctx), CONTEXT_COUNTRY),
        )
        for read, confidence in readings:
            if o.country is not None:
                break
            o.country = read()
            if o.country:
                o.confidence = min(o.confidence, confidence)
    for o, p in made:
        if o is not None and o.country is None:
            o.country = (_state_of_the_pair(p) or state_of_the_visit(p, made) or _state_of_officials_nearby(p, made)
                         or _state_of_the_dateline(p, ctx, made) or _state_of_the_article(p, made)
                         or _state_of_the_government(p, officials) or _state_of_the_place(p))
            if o.country:
                o.confidence = min(o.confidence, CONTEXT_COUNTRY)
    for o in officials:
        o.role = head_named_by_state(settle_head_by_state(o.role, o.country), o.country) if o.role else o.role
    _hosts_by_dateline(officials, ctx)
    _known_spellings(officials, ctx)
    _surnames_mistagged(doc, officials)
    _first_surnames(officials, ctx)
    for o in officials:
        ctx.people.setdefault(o.name, o.name)
        for alias in o.aliases:
            ctx.people.setdefault(alias, o.name)
    return officials


