from __future__ import annotations

from functools import cache
import datetime as _dt
import re
from typing import TYPE_CHECKING

from ...annotate.index import ents_in, per_document
from ...dates import date_expressions
from ...dates import resolve_date
from ...gazetteer import country
from ...gazetteer import find_countries
from ...parse import doc_text
from .vocab import _CLAUSE_DEPS, _SUBJECT_DEPS, _fold, _lemmas, _place_regex, _places, _venue_city, _vocab, city_of, country_of_region, has_lemma, is_word, tokens_with_lemma
from .syntax import _chain, _clause, _locative, _path_up

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _days_named(sent: "Span", article_date: str | None) -> list[str]:
    """The days a sentence names, resolved, in text order."""
    found = []
    for start, _, expr in date_expressions(sent.text):
        iso = resolve_date(expr, article_date, prefer="past")
        if iso:
            found.append((start, iso))
    return [iso for _, iso in sorted(found)]


def _agreement_day(sent: "Span", article_date: str | None) -> str | None:
    """The day an agreement verb of the sentence gives in its own clause ("agreed on Friday")."""
    for tok in tokens_with_lemma(sent, "agreement_verbs", "VERB"):
        clause = _clause(tok, tok)
        date, _ = _date(sent, [clause], article_date, future=False, anchor=tok.i)
        if date:
            return date
    return None


_LIVE_STAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[—–-]", re.I)


#: a time stamp alone on its line, heading the entry below it ("10.48 GMT")
_STAMP_LINE = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*$", re.I)


def _live_entry(sent: "Span") -> bool:
    """Whether a sentence is in a live blog's time-stamped entry ("2:47 p.m. — ...", or a
    line "10.48 GMT" heading the paragraph), which tells of the article's own day."""
    text = doc_text(sent.doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if _LIVE_STAMP.match(text[line_start : sent.start_char + 1] or ""):
        return True
    line_end = text.find("\n", sent.start_char)
    if line_end != -1 and line_end < sent.end_char and _STAMP_LINE.match(text[line_start:line_end]):
        return True  # the stamp opens the sentence the parser made of the entry
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return line_start > 0 and bool(_STAMP_LINE.match(text[above : line_start - 1]))


#: a dateline is among the first lines; reading only their characters keeps the cost flat
_DATELINE_CHARS = 2000


@cache
def _folded_cities() -> dict[str, str]:
    """Folded city names and aliases of the table -> the form the table gives."""
    return {_fold(f): f for f in (*_places()["cities"], *_places()["aliases"])}


def _dateline_city(text: str) -> str | None:
    """The city of a wire dateline ("NEW YORK, Sept. 25, 2019 -", "WASHINGTON (Reuters) -")."""
    lines = [line.strip() for line in text[:_DATELINE_CHARS].splitlines() if line.strip()][:4]
    index = _folded_cities()
    for line in lines:
        m = re.match(r"([A-Z][A-Z.'\- ]{2,40}?)\s*(?:,|\(|—|–|-\s)", line)
        if m and m.group(1).isupper():
            form = index.get(_fold(m.group(1)))
            if form:
                return city_of(form)
    return None


def _month(sent: "Span", tokens: set[int]) -> int | None:
    """The month a clause names as a time ("signed in July"), if any."""
    for i in sorted(tokens):
        tok = sent.doc[i]
        if tok.pos_ == "PROPN" and tok.ent_type_ == "DATE" and tok.lower_ in _vocab()["months"]:
            return _vocab()["months"][tok.lower_]
    return None


def _several_days(sent: "Span", ignore: set[int] = frozenset()) -> bool:
    """"three days of talks", "a two-day visit", "over three days"; not "the 90-day deal",
    nor a phrase among the ``ignore`` tokens."""
    events = _lemmas("several_day_events")
    for m in re.finditer(_vocab()["multi_day"], sent.text, re.I):
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and all(t.i in ignore for t in span):
            continue
        if any(w in _lemmas("duration_prepositions") for w in m.group(0).lower().split()):
            return True
        after = sent.doc.char_span(sent.start_char + m.end(), sent.end_char, alignment_mode="contract")
        following = [t for t in after if not t.is_punct][:1] if after is not None else []
        if following and (following[0].lemma_.lower() in events or following[0].lower_ in events):
            return True
    return False


def _vague_time(sent: "Span", tokens: set[int]) -> bool:
    """"last month", "in July": the clause times the event, only not to the day."""
    words = _lemmas("vague_time_words")
    return any(sent.doc[i].lower_ in words or _year_alone(sent.doc[i]) for i in tokens)


def _year_alone(tok: "Token") -> bool:
    """ "In 1954, A and B signed ...": a date that is a year and nothing finer."""
    if tok.ent_type_ != "DATE" or not (tok.is_digit and len(tok.text) == 4):
        return False
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return all(t.i == tok.i or not (t.is_digit or t.is_title) for t in doc[start:end])


@cache
def _relative_day_regex() -> list[tuple[int, re.Pattern[str]]]:
    out = []
    for offset, phrases in _vocab()["relative_days"].items():
        alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        out.append((int(offset), re.compile(rf"\b(?:{alternation})\b", re.I)))
    return out


def _relative_day(sent: "Span", tiers: list[set[int]], last_day: str | None) -> str | None:
    """"The same day", "the next day": the day the article named last, moved by the offset."""
    if not last_day:
        return None
    near = set().union(*tiers)
    for offset, regex in _relative_day_regex():
        for m in regex.finditer(sent.text):
            span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
            if span is not None and any(t.i in near for t in span):
                try:
                    day = _dt.date.fromisoformat(last_day) + _dt.timedelta(days=offset)
                except ValueError:
                    return None
                return day.isoformat()
    return None


def _tiers(trigger: "Token", clause: set[int], verb: "Token") -> list[set[int]]:
    """Where to look for place and date, nearest first: the trigger's phrase, its clause,
    then the adjuncts of the verbs it depends on ("told reporters in Washington after signing")."""
    own = {t.i for t in trigger.subtree} if trigger.pos_ != "VERB" else set(clause)
    # "the summit, which was dominated by the war in Iraq": a place the relative clause gives
    # another noun is not the event's ("which was held in Paris" is)
    for rel in (c for c in trigger.children if c.dep_ == "relcl"):
        own -= {t.i for n in rel.subtree if n.pos_ in ("NOUN", "PROPN") for p in n.children if p.dep_ == "prep" for t in p.subtree}
    rest = clause - own
    # the words on the path up count too: "on September 20, when X signed ..."
    outer: set[int] = {t.i for t in _path_up(verb)}
    for up in _chain(verb):
        for child in up.children:
            if child.dep_ in _CLAUSE_DEPS or trigger in child.subtree or child.dep_ in _SUBJECT_DEPS:
                continue
            if child.dep_ in ("prep", "npadvmod", "advmod", "dobj", "pobj", "attr", "dative", "acomp"):
                outer |= {t.i for t in child.subtree}
    # "would raise it with X when he visits El Paso": the occasion named by a "when" clause
    occasion: set[int] = set()
    for child in verb.children:
        if child.dep_ == "advcl" and any(is_word(c, "occasion_markers") for c in child.children if c.dep_ in ("advmod", "mark")):
            occasion |= {t.i for t in child.subtree}
    # "five days in New York, where he held his first meeting": the place a relative clause describes
    described: set[int] = set()
    for up in (verb, *_chain(verb)):
        if up.dep_ == "relcl" and any(is_word(c, "place_relatives") for c in up.children if c.dep_ == "advmod"):
            described = {t.i for t in up.head.subtree} - {t.i for t in up.subtree}
            break
    return [own, rest, described - own - rest, outer - own - rest - described, occasion - own - rest - outer - described]


def _went_there(verb: "Token") -> bool:
    """"On Monday she flew to Dakar, where she met X": the clause describes the place someone
    went to, so the day of going is the day of the meeting (not "returned from X, where")."""
    for up in (verb, *_chain(verb)):
        if up.dep_ == "relcl" and any(is_word(c, "place_relatives") for c in up.children if c.dep_ == "advmod"):
            return up.head.dep_ == "pobj" and is_word(up.head.head, "destination_prepositions")
    return False


def _place(sent: "Span", tiers: list[set[int]]) -> str | None:
    """The city (or a venue's city), else the country, of the nearest tier naming one.

    A city of the table comes first, then a place the tagger knows and the table lacks
    ("in Comitan"), then a country or the country of a state ("in Chiapas")."""
    known = per_document(sent.doc, _PLACES_KEY, lambda doc: {})
    key = (sent.start, sent.end)
    if key not in known:
        known[key] = _sentence_places(sent)
    cities, guessed, nations = known[key]
    for tier in tiers:
        for found in (cities, guessed, nations):
            for i, name in found:
                if i in tier:
                    return name
    return _the_capital(sent, tiers)


#: ``doc.user_hooks`` key of the places each sentence names (a sentence may tell several events)
_PLACES_KEY = "kg_meeting_places"


def _sentence_places(sent: "Span") -> tuple[list[tuple[int, str]], ...]:
    """(cities, places the table lacks, countries) in a locative position in a sentence, as
    (token of the phrase's root, name): read once per sentence, whatever event asks."""
    doc = sent.doc
    cities: list[tuple[int, str]] = []
    nations: list[tuple[int, str]] = []
    covered: set[int] = set()
    for m in _place_regex().finditer(sent.text):
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is None:
            continue
        covered.update(range(span.start, span.end))
        if not _locative(span.root):
            continue
        region = country_of_region(m.group(0))
        city = city_of(m.group(0)) or _venue_city(m.group(0), sent)
        if region:
            nations.append((span.root.i, region))
        elif city:
            cities.append((span.root.i, city))
    for start, end, c in find_countries(sent.text):
        span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
        # "the UK-France Summit": a state that modifies a noun names the event, not where it is
        if span is None or span.root.dep_ == "compound":
            continue
        if _locative(span.root) and not covered & set(range(span.start, span.end)):
            nations.append((span.root.i, c.name))
            covered.update(range(span.start, span.end))
    return cities, _untabled_places(sent, covered), nations


def _the_capital(sent: "Span", tiers: list[set[int]]) -> str | None:
    """"will visit the capital": the one city of the table the sentence names ("In Tegucigalpa,
    the minister said that X will visit the capital")."""
    near = set().union(*tiers)
    if not any(
        has_lemma(sent.doc[i], "capital_nouns") and _locative(sent.doc[i])
        and any(is_word(c, "definite_determiners") for c in sent.doc[i].children)
        for i in near
    ):
        return None
    named = {city_of(m.group(0)) for m in _place_regex().finditer(sent.text)} - {None}
    return named.pop() if len(named) == 1 else None


def _untabled_places(sent: "Span", covered: set[int]) -> list[tuple[int, str]]:
    """Places the tagger found and the table lacks, in a locative position: "in Comitan",
    with the capitalised words that continue them ("in Tuxtla Gutierrez", tagged GPE + PERSON)."""
    out = []
    ents = ents_in(sent)
    # "the office in Brazil, Stephane Rostiaux": a town is told before its country, not after
    after_state = {e.end + 1 for e in ents if country(e.text) and e.end < sent.end and sent.doc[e.end].text == ","}
    for ent in ents:
        if ent.label_ != "GPE" or covered & set(range(ent.start, ent.end)) or country(ent.text) or ent.start in after_state:
            continue
        if not _locative(ent.root) or (ent.start > 0 and is_word(sent.doc[ent.start - 1], "definite_determiners")):
            continue  # "at the Chancellery": a venue the table does not place, no town
        end = ent.end
        while end < sent.end and _continues(sent.doc[end]):
            end += 1
        words = [t.text for t in sent.doc[ent.start : end] if not is_word(t, "definite_determiners")]
        if words:
            out.append((ent.root.i, " ".join(words)))
    return out


def _continues(tok: "Token") -> bool:
    """A capitalised word that carries a place name on ("Tuxtla" + "Gutierrez")."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha and tok.ent_type_ in ("", "GPE", "PERSON", "LOC")


def _future(verb: "Token") -> bool:
    """An announced meeting ("will visit", "is scheduled to sign"): weekdays look ahead."""
    markers = _lemmas("future_markers")
    for tok in (verb, *_chain(verb)):
        # "will meet", "is scheduled to meet", "is due in X to meet"
        # the word as written too: "expected", "scheduled", "going" have other lemmas
        if tok.lemma_.lower() in markers or tok.lower_ in markers or any(
            c.dep_ in ("aux", "acomp") and c.lower_ in markers for c in tok.children
        ):
            return True
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            return False  # "X will receive 500 people under an agreement signed on Tuesday": done
    return False


#: a wire dateline opening a paragraph, with the filing day: "NOUAKCHOTT, Aug 28 (Reuters) -"
_INLINE_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'’\- ]{2,40},\s*[^()\n]{3,30}?\s*\([^()\n]{2,40}\)\s*[—–-]\s")


def _date(
    sent: "Span", tiers: list[set[int]], article_date: str | None, *, future: bool, anchor: int | None = None
) -> tuple[str | None, str | None]:
    """The day of the nearest tier naming one (nearest the anchor token first), resolved;
    else the bare weekday named, if any. A dateline's day is the day the story was filed,
    not the event's."""
    doc = sent.doc
    weekday = None
    found = []
    dateline = _INLINE_DATELINE.match(sent.text)
    for start, end, expr in date_expressions(sent.text):
        if dateline and start < dateline.end():
            continue
        span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
        if span is not None:
            found.append((span, expr))
    if anchor is not None:
        found.sort(key=lambda f: min(abs(t.i - anchor) for t in f[0]))
    for tier in tiers:
        for span, expr in found:
            if not any(t.i in tier for t in span if not t.is_punct):
                continue
            iso = resolve_date(expr, article_date, prefer="future" if future else "past")
            if iso:
                return iso, None
            named = [w for w in re.findall(r"\w+", expr.lower()) if w in _lemmas("weekdays")]
            weekday = weekday or (named[0] if named else None)
    return None, weekday


def _sequence_offset(trigger: "Token") -> tuple[int, int, set[int]] | None:
    """ "said on Wednesday, after a meeting in Tunis", "signed on Tuesday, a day after talks ...
    failed": an event put before or after the verb above it (``sequence_signs``: -1 earlier, +1
    later), by how many days ("a day", "two days", a week; 0 when the text does not say), and
    the words that speak of it: its phrase or clause and what follows the marker (the words
    before speak of the verb above)."""
    for tok in (trigger, *trigger.ancestors):
        if tok.dep_ == "pobj" and tok.head.lower_ in _vocab()["sequence_signs"]:
            holder, marker = tok.head, tok.head
        elif tok.dep_ == "advcl":
            marker = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in _vocab()["sequence_signs"]), None)
            if marker is None:
                continue
            holder = tok
        else:
            continue
        # a day told after the marker is the event's, wherever the parser hung it ("following a
        # meeting between X and Y in Jakarta on Monday"); one told before is the verb above's
        words = {t.i for t in holder.subtree} | set(range(marker.i, len(trigger.doc)))
        for c in holder.children:
            unit = _vocab()["day_units"].get(c.lemma_.lower()) if c.dep_ == "npadvmod" else None
            if unit:
                count = next((n for d in c.children if d.dep_ in ("det", "nummod") and (n := _count(d))), 0)
                return _vocab()["sequence_signs"][marker.lower_], count * unit, words
        return _vocab()["sequence_signs"][marker.lower_], 0, words
    return None


def _count(tok: "Token") -> int | None:
    """ "a" day, "two" days, "3" weeks."""
    if tok.text.isdigit():
        return int(tok.text)
    return _vocab()["number_words"].get(tok.lower_) or (1 if is_word(tok, "single_determiners") else None)


def _shifted(iso: str | None, days: int) -> str | None:
    if iso is None or not days:
        return None
    return (_dt.date.fromisoformat(iso) + _dt.timedelta(days=days)).isoformat()

