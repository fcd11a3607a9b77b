"""Countries and people a sentence names as parties, shared by the agreement and aid extractors.

- Countries come from :func:`kg.gazetteer.find_countries`, plus region names that stand
  for several countries ("the Northern Triangle"; not "the third country of the Northern
  Triangle", one member), minus mentions that are not parties:
  a country that only qualifies a border, migrants or citizens ("the US-Mexico border",
  "Salvadoran migrants"), also when coordinated ("Honduran and Salvadoran asylum seekers"),
  and a demonym that names a language ("its Spanish initials", "a Spanish-language network").
- Plural anaphora ("the three countries", "these nations") resolve to the most recent
  enumeration of two or more countries: earlier in the same sentence if there is one
  (with a number, the United States counts: "from the US to X ... the two countries"),
  else the last sentence that listed some (:class:`CountryMemory`); "both" only the pair
  the last list named; a subject "each" opening a clause ("after each had signed ...",
  not "X and Y each signed") the last list.
- People are PERSON entities mapped to their canonical name in the article through
  ``ctx.person`` (people.py); until that lands, the mention itself.
  :func:`people_with_spans` also finds the names the tagger did not take for people
  ("JULY 26 - Larreta and Mallory sign ...") when the officials step knows them
  (``ctx.people``, ``ctx.officials``).
- Organisations named as parties (:func:`organisations_in`): an intergovernmental one
  ("UNHCR") is a party itself; a state's agency ("the Department of Homeland Security")
  stands for its state.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from ..gazetteer import country, find_countries, find_organisations

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Span, Token

    from . import Context

US = "United States"


@cache
def terms(name: str) -> dict:
    """A vocabulary file of kg/data, parsed once."""
    return json.loads(resources.files("kg.data").joinpath(name).read_text(encoding="utf-8"))


@cache
def pattern_file(name: str) -> dict:
    """A pattern file of kg/data/patterns (its patterns by label, and its examples)."""
    return json.loads(resources.files("kg.data").joinpath(f"patterns/{name}").read_text(encoding="utf-8"))


_MATCHERS: dict[tuple[str, int], object] = {}


def matcher(name: str, vocab) -> "Matcher":
    """A spaCy ``Matcher`` with the patterns of ``kg/data/patterns/<name>``, one per vocab."""
    from spacy.matcher import Matcher

    key = (name, id(vocab))
    if key not in _MATCHERS:
        built = Matcher(vocab)
        for label, patterns in pattern_file(name)["patterns"].items():
            built.add(label, patterns)
        _MATCHERS[key] = built
    return _MATCHERS[key]  # type: ignore[return-value]


@cache
def government_terms() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(party, words for its government: "Washington", "Brussels") from ``government_terms``
    of agreement_terms.json."""
    return tuple(
        (party, re.compile(r"\b(?:" + "|".join(re.escape(t) for t in words) + r")\b"))
        for party, words in _agreement_terms()["government_terms"].items()
    )


@cache
def _agreement_terms() -> dict:
    return terms("agreement_terms.json")


@cache
def _region_regex() -> re.Pattern[str] | None:
    regions = _agreement_terms().get("regions", {})
    if not regions:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(r) for r in sorted(regions, key=len, reverse=True)) + r")\b")


@cache
def _anaphora_regex() -> re.Pattern[str]:
    return re.compile(_agreement_terms()["plural_country_anaphora"], re.I)


_NUMBER_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass
class CountryMention:
    start: int  # offsets in the sentence text
    end: int
    name: str
    via: str = "name"  # "name", "region" or "anaphora"
    after_preposition: bool = False  # "through Panama", "from Belize": a place passed, not a party


@dataclass
class CountryMemory:
    """The most recent enumeration of two or more countries in the article."""

    last_list: list[str] = field(default_factory=list)
    history: list[list[str]] = field(default_factory=list)

    def update(self, mentions: list[CountryMention]) -> None:
        named = _unique([m.name for m in mentions if m.via != "anaphora" and m.name != US])
        if len(named) >= 2:
            self.last_list = named
            self.history.append(named)

    def recent(self, number: int | None) -> list[str]:
        """The last list, or with a number ("the three countries") the last list that long."""
        if number is None:
            return self.last_list
        return next((lst for lst in reversed(self.history) if len(lst) == number), [])


def _unique(names: list[str]) -> list[str]:
    seen: list[str] = []
    for n in names:
        if n not in seen:
            seen.append(n)
    return seen


@cache
def _non_party_after() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in _agreement_terms()["non_party_heads"])
    # "US-Mexico border", "Mexico's southern border", "Salvadoran migrants"
    return re.compile(
        rf"^(?:\s*[-–/]\s*[A-Z][\w.]*(?:\s[A-Z]\w*)?)?(?:['’]s?)?\s+(?:(?:southern|northern|shared|common|undocumented|irregular|illegal|\w+-\w+)\s+)?(?:{heads})\b(?![\s-]+(?:cooperati\w+[\s-]+)?(?:agreements?|deals?|accords?|pacts?|arrangements?|treat(?:y|ies))\b)"
    )


@cache
def _non_party_before() -> re.Pattern[str]:
    # "its southern border with Guatemala": a neighbour, not a party
    return re.compile(_agreement_terms()["non_party_before"], re.I)


@cache
def _language_after() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in _agreement_terms()["language_heads"])
    return re.compile(rf"^[\s-]+(?:{heads})\b", re.I)


def countries_in(
    text: str,
    memory: CountryMemory | None = None,
    *,
    skip_after_prepositions: bool = False,
) -> list[CountryMention]:
    """Country mentions in a sentence that can be parties, in text order."""
    found: list[CountryMention] = []
    preps = set(_agreement_terms()["non_party_prepositions"])
    hits = find_countries(text)
    qualifiers = _qualifying_demonyms(text, hits)
    for start, end, c in hits:
        after = text[end : end + 60]
        if text[start:end] in c.demonyms and text[start:end].endswith("s"):
            continue  # "Hondurans wonder ...": people, not their state
        if _non_party_after().match(after) or re.match(r"\s+City\b", after) or start in qualifiers:
            continue
        if _non_party_before().search(text, max(0, start - 40), start):
            continue
        if text[start:end] in c.demonyms and _language_after().match(after):
            continue  # "its Spanish initials", "a Spanish-language network": a language, not Spain
        before = re.findall(r"(\w+)\s+(?:the\s+)?$", text[max(0, start - 30) : start])
        passed = bool(before) and before[-1].lower() in preps
        if skip_after_prepositions and passed:
            continue
        found.append(CountryMention(start, end, c.name, after_preposition=passed))
    region = _region_regex()
    if region is not None:
        for m in region.finditer(text):
            if re.search(r"\b(?:country|nation|state|member)\s+(?:of|in)\s+(?:the\s+)?$", text[: m.start()], re.I):
                continue  # "the third country of the Northern Triangle to sign": one member, named elsewhere
            for name in _agreement_terms()["regions"][m.group(0)]:
                found.append(CountryMention(m.start(), m.end(), name, via="region"))
    for m in _anaphora_regex().finditer(text):
        earlier = _unique([f.name for f in found if f.end <= m.start() and f.name != US])
        number = next((n for w, n in _NUMBER_WORDS.items() if w in m.group(0).lower().split()), None)
        with_us = _unique([f.name for f in found if f.end <= m.start() and f.via == "name"])
        if len(earlier) >= 2 and (number is None or number == len(earlier)):
            listed = earlier
        elif number is not None and len(with_us) == number and US in with_us:
            # "flown from the United States to X under the agreement the two countries
            # signed": the sentence's own pair, the United States one of them
            listed = with_us
        elif "both" in m.group(0).lower().split():
            # "What about X and Y? - Both signed ...": only the pair just named
            listed = memory.last_list if memory and len(memory.last_list) == 2 else []
        else:
            listed = memory.recent(number) if memory else []
        if listed:
            for name in listed:
                found.append(CountryMention(m.start(), m.end(), name, via="anaphora"))
    found.sort(key=lambda f: f.start)
    return found


def _qualifying_demonyms(text: str, hits) -> set[int]:
    """Starts of demonyms coordinated with one that qualifies people: in "Honduran and
    Salvadoran asylum seekers" both only say where the people come from."""
    out: set[int] = set()
    for (start, end, c), (nstart, nend, nc) in reversed(list(zip(hits, hits[1:]))):
        if text[start:end] not in c.demonyms or text[nstart:nend] not in nc.demonyms:
            continue
        if not re.fullmatch(r"\s*(?:,|,?\s*(?:and|or))\s*", text[end:nstart]):
            continue
        if nstart in out or _non_party_after().match(text[nend : nend + 60]):
            out.add(start)
    return out


def names(mentions: list[CountryMention]) -> list[str]:
    return _unique([m.name for m in mentions])


def canonical_person(ctx: "Context", mention: str, known: dict[str, str] | None = None) -> str:
    """The article's full name for a person mention, falling back to the mention itself.

    ``known`` maps surnames to the full names PERSON entities of the article gave, a
    fallback for "Mallory" after "Kevin Mallory" while ``ctx.person`` is missing.
    """
    mention = re.sub(r"['’]s?$", "", mention.strip())
    try:
        name = ctx.person(mention)
    except Exception:  # people.py not there yet, or it could not decide
        name = None
    if not name or name == mention:  # people.py did not know it: the doc's own full names may
        name = ctx.people.get(mention) or name
    if (not name or name == mention) and known and len(mention.split()) == 1:
        name = known.get(mention) or name
    return name or mention


def surnames(doc) -> dict[str, str]:
    """Surname -> the one full name (two or more words) PERSON entities give it in the doc."""
    full: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            words = re.sub(r"['’]s?$", "", ent.text.strip()).split()
            if len(words) >= 2:
                full.setdefault(words[-1], set()).add(" ".join(words))
    return {last: next(iter(names)) for last, names in full.items() if len(names) == 1}


def people_in_span(
    span: "Span", ctx: "Context", *, skip_possessors: bool = True, with_spans: bool = False,
    known: dict[str, str] | None = None,
):
    """Canonical names of the people a span names as actors (not "Trump's chief").

    When people.py offers its own ``people_in_span`` this delegates to it.
    """
    try:
        from .people import people_in_span as shared  # type: ignore[attr-defined]
    except Exception:
        shared = None
    if shared is not None and not with_spans:
        try:
            return list(shared(span, ctx))
        except Exception:
            pass
    result: list[str] = []
    ents: list["Span"] = []
    for ent in span.ents:
        if ent.label_ != "PERSON" or country(ent.text) is not None:
            continue
        if skip_possessors and (ent.root.dep_ == "poss" or ent.text.endswith(("'s", "’s"))):
            continue
        if any(t.lower_ == "according" for t in ent.root.ancestors):
            continue
        head = ent.root.head
        name = canonical_person(ctx, ent.text, known)
        if ent.root.dep_ == "compound" and head.i == ent.end and head.pos_ == "PROPN" and head.text.istitle():
            # "Julián Ordóñez Tinoco": the tagger cut a second surname off the name
            longer = canonical_person(ctx, f"{ent.text} {head.text}", known)
            name = longer if longer != f"{ent.text} {head.text}" or name == ent.text else name
        elif ent.root.dep_ == "compound" and head.ent_type_ != "PERSON" and not head.lower_.endswith("ing"):
            continue  # "the Trump administration": a modifier, not a person acting
        result.append(name)
        ents.append(ent)
    if with_spans:
        return result, ents
    return list(dict.fromkeys(result))


def people_with_spans(
    span: "Span", ctx: "Context", *, known: dict[str, str] | None = None
) -> list[tuple[str, "Span"]]:
    """(canonical name, mention span) of the people a span names as actors, in text order.

    PERSON entities as :func:`people_in_span` reads them, plus mentions of names the
    article's people map or officials know that the tagger left untagged or mislabelled
    ("JULY 26 - Larreta and Mallory sign"). Possessors and modifiers are skipped.
    """
    names_, ents = people_in_span(span, ctx, with_spans=True, known=known)
    found = list(zip(names_, ents))
    covered = {i for e in span.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    forms = {m for m in ctx.people if m and m[:1].isupper() and len(m) > 2}
    forms |= {o.name for o in ctx.officials if o.name}
    text = span.text
    doc = span.doc
    taken: list[tuple[int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            sub = doc.char_span(span.start_char + m.start(), span.start_char + m.end(), alignment_mode="expand")
            if sub is None or not len(sub) or any(t.i in covered for t in sub):
                continue
            taken.append((m.start(), m.end()))
            root = sub.root
            after = doc[sub.end] if sub.end < len(doc) else None
            if root.dep_ == "poss" or (after is not None and after.tag_ == "POS"):
                continue
            if root.dep_ == "compound" and not (root.head.ent_type_ == "PERSON" or root.head.i in covered):
                continue  # "the Trump administration"
            if country(form) is not None or root.dep_ not in _ACTOR_DEPS:
                continue  # "frustrating Trump": not an actor of the clause
            found.append((canonical_person(ctx, form, known), sub))
    # a surname alone, spelt another way ("Larreta" for the official "Esteban Larretta")
    full_names = {o.name for o in ctx.officials} | {n for n in ctx.people.values() if len(n.split()) >= 2}
    used = {t.i for _, sub in found for t in sub}
    for tok in span:
        if tok.i in covered or tok.i in used or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue
        if tok.dep_ not in _ACTOR_DEPS or country(tok.text) is not None:
            continue
        name = canonical_person(ctx, tok.text, known)
        if name != tok.text and name in full_names:
            found.append((name, doc[tok.i : tok.i + 1]))
    found.sort(key=lambda f: f[1].start)
    return found


_ACTOR_DEPS = ("nsubj", "nsubjpass", "conj", "appos", "pobj", "dobj")


def organisations_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, party) for organisations a sentence names that can be parties.

    An intergovernmental organisation is its own party ("UNHCR"); an agency stands for
    the state it serves ("the U.S. Department of Homeland Security" -> United States).
    """
    out = []
    for start, end, org in find_organisations(text):
        if org.kind == "igo":
            out.append((start, end, org.name))
        elif org.kind == "agency" and org.serves:
            out.append((start, end, org.serves))
    return out


def is_pronoun_subject(token: "Token") -> bool:
    return token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in ("he", "she")


def sentences(doc) -> list["Span"]:
    """The parser's sentences, also cut at blank lines and at line breaks before bullets.

    The small English model runs a headline into the first paragraph and an aid-figure
    list into one "sentence"; in news text a blank line always ends a sentence, and so
    does a line break before a list item or after a line ending in ":".
    """
    out: list["Span"] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if not (tok.is_space and "\n" in tok.text):
                continue
            following = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
            previous = doc[tok.i - 1].text if tok.i > 0 else ""
            if tok.text.count("\n") >= 2 or following[:1] in _BULLETS or previous.endswith(":"):
                if tok.i > start:
                    out.append(doc[start : tok.i])
                start = tok.i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    trimmed = []
    for span in out:
        start, end = span.start, span.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            trimmed.append(doc[start:end])
    return trimmed


_BULLETS = ("-", "\u2022", "*", "\u2013", "\u2014", "\u00b7")
