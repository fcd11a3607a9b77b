"""The parts of a title phrase that :func:`kg.extract.roles.parse_title` puts together: its
head, its portfolio, and where the post is held ("Ambassador to X", "representative in X",
"director at the National Security Council"); the names cut out of it. Words come from
``kg/data/titles.json``; this module knows only how they combine.
"""

from __future__ import annotations

import re
from functools import cache

from .. import gazetteer


@cache
def _words(role: str) -> str:
    """The function words of one role (``titles.json`` "grammar_words") as a regex alternation."""
    return "|".join(re.escape(w) for w in sorted(gazetteer.grammar_words(role), key=len, reverse=True))


@cache
def words_regex(role: str) -> re.Pattern[str]:
    """The words of one ``titles.json`` "grammar_words" role as a case-blind regex of whole words."""
    return re.compile(rf"(?i)(?<!\w)(?:{_words(role)})(?!\w)")


@cache
def _heads() -> list[tuple[tuple[str, ...], str]]:
    heads = gazetteer.titles()["heads"]
    return sorted(((tuple(k.lower().split()), v) for k, v in heads.items()), key=lambda kv: -len(kv[0]))


@cache
def _portfolio_index() -> dict[str, tuple[str, dict]]:
    index: dict[str, tuple[str, dict]] = {}
    for name, row in gazetteer.titles()["portfolios"].items():
        for alias in (name, *row["aliases"]):
            index.setdefault(alias.lower(), (name, row))
    return index


@cache
def title_words() -> frozenset[str]:
    """Lower-cased words that may occur in a title phrase, even when not capitalised."""
    t = gazetteer.titles()
    words = set(t["lowercase_words"]) | set(t["modifiers_kept"]) | set(t["chief_words"])
    words |= {w for w in t.get("spokesperson_words", []) if " " not in w}  # "Government Spokesperson X"
    for key in t["heads"]:
        words.update(key.lower().split())
    return frozenset(w.lower() for w in words)


def is_head_word(word: str) -> bool:
    """Whether ``word`` can be (part of) the head of a title ("Secretary", "minister")."""
    return word.lower() in _head_words()


@cache
def _head_words() -> frozenset[str]:
    """Every word of a title head: one set lookup, not a scan of every head per word."""
    return frozenset(w for key, _ in _heads() for w in key)


def _portfolio(words: list[str]) -> tuple[str | None, dict]:
    text = " ".join(words).strip()
    text = re.sub(rf"^(?:{_words('portfolio_openers')})\s+", "", text, flags=re.I) if text.lower() not in _portfolio_index() else text
    text = re.sub(rf"\s+(?:{_words('portfolio_trailing')})$", "", text, flags=re.I).strip()
    if not text:
        return None, {}
    hit = _portfolio_index().get(text.lower())
    if hit:
        return hit
    # "State for Western Hemisphere Affairs": a department, then the bureau within it
    first, sep, rest = text.partition(" for ")
    hit = _portfolio_index().get(first.lower()) if sep else None
    if hit:
        bureau, _ = _portfolio(rest.split())
        row = hit[1]
        if row.get("bureau_not_with_head"):  # "Secretary of State for Migration": no US post
            row = {**row, "only_with_head": [h for h in row.get("only_with_head", []) if h not in row["bureau_not_with_head"]]}
        return f"{hit[0]} for {bureau}", row
    # an unknown portfolio ("Agriculture and Livestock"): title case, small words kept low
    cased = " ".join(w if w.lower() in gazetteer.grammar_words("title_small_words") else (w[:1].upper() + w[1:]) for w in text.split())
    return cased, {}


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the names at ``spans`` and the possessives that went with them; a
    possessive name that opened a portfolio ("for the office of Myanmar's State Counsellor")
    leaves the article it stood for ("the office of the State Counsellor")."""
    out, last = [], 0
    for s, e in sorted(spans):
        out.append(text[last:s])
        last = e
        # the possessive that went with the cut name: "Mexico's", "Honduras'"
        m = re.match(r"'s?\b|'", text[last:])
        if m:
            last += m.end()
        if (m or re.search(r"'s?$", text[s:e])) and _opens_portfolio(text[:s]):
            out.append(f" {sorted(gazetteer.grammar_words('articles'))[0]} ")
    out.append(text[last:])
    return " ".join("".join(out).split())


def _opens_portfolio(before: str) -> bool:
    """Whether text ending in ``before`` stands right after a portfolio's preposition ("of", "for")."""
    words = before.split()
    return bool(words) and words[-1].lower() in gazetteer.grammar_words("portfolio_prepositions")


def _in_body_name(text: str, s: int, e: int, written: str, country) -> bool:
    """"director-general of the Swedish Migration Agency": a demonym between "the" (after a
    portfolio's preposition) and a capitalised word is part of the body's name, not cut."""
    before = text[:s].split()
    after = text[e:].split()
    opens = gazetteer.grammar_words("portfolio_prepositions")
    # "Minister of Protection of Indonesian Migrant Workers": a demonym right after the
    # preposition of a field is the field's
    demonym_first = written in country.demonyms and after != [] and after[0][:1].isupper() and (
        (len(before) >= 2 and before[-1].lower() in gazetteer.grammar_words("articles") and before[-2].lower() in opens)
        or (len(before) >= 3 and before[-1].lower() in opens and before[-3].lower() in opens))
    # "director of Migración Colombia": a state's name ending a capitalised name after "of"
    name_last = (
        len(before) >= 2 and before[-1][:1].isupper() and before[-1].isalpha() and not is_head_word(before[-1])
        and before[-2].lower() in opens | gazetteer.grammar_words("articles") and not re.match(r"'", text[e:])
    )
    # "the National Agency for the Placement and Protection of Indonesian Overseas Workers": a
    # demonym after the "of" of a capitalised name, before another capital, is the name's
    in_a_name = (written in country.demonyms and len(before) >= 2 and after != [] and after[0][:1].isupper()
                 and before[-1].lower() in opens and before[-2][:1].isupper() and not is_head_word(before[-2]))
    return demonym_first or name_last or in_a_name or _in_field(text, s, e, country)


def _post_modifier(text: str) -> tuple[str, str | None]:
    """"Chargé d'Affaires a.i.": a modifier written after the title, as it is kept ("ad interim")."""
    for written, kept in sorted(gazetteer.titles().get("post_modifiers", {}).items(), key=lambda kv: -len(kv[0])):
        m = re.search(rf"(?i)(?<!\w){re.escape(written)}(?!\w)", text)
        if m:
            return (text[: m.start()] + " " + text[m.end() :]).strip(), kept
    return text, None


def _serving(text: str, parse) -> tuple[str, str | None, str | None]:
    """"chief of staff to the prime minister", "Secretary of State to the Minister of Foreign
    Affairs of Tunisia": a post that serves another holder of the government keeps that post
    after "to", as the post reads it (``parse``: the title reader); the state named with it is
    the one served, a field after it ("on Diaspora") the post's. Gives the title without it,
    the "to the ..." part and the state."""
    m = re.search(rf"(?i)\s+(?:{_words('posted_links')})\s+(?:{_words('articles')})\s+(\S.*)$", text)
    if m is None or not re.search(r"\w", text[: m.start()]):
        return text, None, None
    # "Special Assistant to the President on Diaspora": the field after the one served is the post's
    field = re.search(rf"(?i)\s+(?:{_words('served_field_links')})\s+\S.*$", m.group(1))
    served = parse(m.group(1)[: field.start()] if field else m.group(1))
    if served is None or served.excluded or served.head not in gazetteer.titles().get("governmental_heads", []):
        return text, None, None
    return text[: m.start()], f"to the {served.role}{field.group(0) if field else ''}", served.country


def _based_at(text: str) -> tuple[str, tuple[str | None, str | None] | None]:
    """"director for X at the National Security Council": the body the office is in, as written."""
    for s, e, o in gazetteer.find_organisations(text):
        m = re.search(rf"(?i)\s+(?:{_words('based_links')})\s+(?:(?:{_words('articles')})\s+)?$", text[:s])
        if m and o.kind in ("agency", "igo") and not text[e:].strip(" ,"):
            written = text[m.start() : e].split(None, 1)[1]  # after "at"
            # an IGO's official serves the IGO, whose name the post leaves out (``country``)
            return text[: m.start()], (None if o.kind == "igo" else written, o.serves)
    return text, None


def _posted_to(text: str) -> tuple[str, str | None]:
    """"U.S. Ambassador to Guatemala": the host country is part of the post, not the state served.
    "the Ambassador of Egypt to Greece" (or "in Greece"): the sending state written after the
    head is the state served, read as if written before it ("Egypt Ambassador to Greece"). A capital or city
    after the link stands for its state ("ambassador to Washington")."""
    m = re.search(
        rf"(?i)\b((?:{_words('posted_heads')})s?)\s+(?:(?:{_words('portfolio_prepositions')})\s+(\S.*?)\s+)?"
        rf"((?:{_words('posted_links')}|{_words('place_links')}))\s+", text)
    if not m or (m.group(3).lower() in gazetteer.grammar_words("place_links") and m.group(2) is None):
        return text, None  # "ambassador in Washington" is read by _posted_in
    sender = m.group(2)
    if sender is not None and gazetteer.country(_without_article(sender)) is None and not any(
            o.kind == "igo" for _, _, o in gazetteer.find_organisations(sender)):
        return text, None  # "Representative of the party to the talks": no state sends it
    head = m.group(1)
    before = text[: m.start()] + (f"{_without_article(sender)} " if sender else "")
    if m.group(3).lower() in gazetteer.grammar_words("place_links") and gazetteer.country(_without_article(sender)) is None:
        return (before + head + text[m.end(2) :]).strip(), None  # "Representative of UNHCR in Chad": its remit, read by _posted_in
    for s, e, c in gazetteer.find_countries(text):
        if s == m.end() or text[m.end() : s].strip().lower() in gazetteer.grammar_words("articles"):
            return (before + head + text[e:]).strip(), c.name
    for s, e, o in gazetteer.find_organisations(text):
        if o.kind == "igo" and (s == m.end() or text[m.end() : s].strip().lower() in gazetteer.grammar_words("articles")):
            return (before + head + text[e:]).strip(), o.name
    # "Mexico's ambassador to Washington": a capital or city stands for its state
    place = text[m.end() :].strip()
    host = gazetteer.local_places().get(place) or gazetteer.dateline_places().get(place)
    if host is not None:
        return (before + head).strip(), host
    return text, None


def _remit_for(text: str) -> tuple[str, str | None]:
    """"Special Envoy for Afghanistan", "country director for Bangladesh, Bhutan and Nepal":
    the states after the "for" of an envoy or of an office with a remit (``titles.json``
    "heads_with_remit") are its remit, kept in the post; the state served is the sender's
    ("Iran's ... envoy for Afghanistan", "the World Bank's country director for ...")."""
    remit_heads = "|".join(re.escape(h) for h in gazetteer.titles().get("heads_with_remit", {}).get("heads", []))
    m = re.search(rf"(?i)\b((?:{_words('posted_heads')}|{remit_heads})s?)\s+(?:{_words('remit_links')})\s+"
                  rf"(?:(?:{_words('articles')})\s+)?(\S.*?)\s*$", text)
    states = _state_list(m.group(2)) if m else None
    return (text[: m.end(1)], states) if states is not None else (text, None)


def _state_list(text: str) -> str | None:
    """"Bangladesh, Bhutan and Nepal": the states a list names, joined as English joins them;
    None unless every item of the list is a state."""
    joins = "|".join(re.escape(w) for w in gazetteer.grammar_words("field_conjunctions"))
    items = [i for i in re.split(rf"\s*,\s*(?:(?:{joins})\s+)?|\s+(?:{joins})\s+", text.strip()) if i]
    states = [gazetteer.country(i) for i in items]
    if not items or any(c is None for c in states):
        return None
    names = [c.name for c in states]
    joined = sorted(gazetteer.grammar_words("field_conjunctions"), key=len)[-1]  # "and", not "&"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {joined} {names[-1]}"


def _in_field(text: str, s: int, e: int, country) -> bool:
    """"Special Envoy for Somali Refugees": a demonym right after an office's "for", before a
    capitalised word or a word for people on the move, names whom the post is for: it is part
    of the field, not the state served."""
    before, after = text[:s].split(), text[e:].split()
    return (text[s:e] in country.demonyms and bool(before) and bool(after)
            and before[-1].lower() in gazetteer.grammar_words("office_prepositions")
            and (after[0][:1].isupper() or after[0].lower() in gazetteer.grammar_words("people_moved")))


def _named_body(words: list[str]) -> bool:
    """"the National Agency for the Placement and Protection of Overseas Workers": the proper
    name of a body, every word capitalised but the small ones, with a word that names a body
    (``titles.json`` "named_body_words"); the article before it is the text's."""
    words = [w.strip(",") for w in words]
    if words[:1] and words[0].lower() in gazetteer.grammar_words("articles"):
        words = words[1:]
    small = gazetteer.grammar_words("title_small_words")
    bodies = set(gazetteer.titles().get("named_body_words", {}).get("words", []))
    return (len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper()
            and all(w[:1].isupper() or w.lower() in small for w in words) and any(w in bodies for w in words))


def _in_charge(text: str) -> tuple[str, str | None]:
    """"the Minister in charge of Emergency Management": a field after a link of several words
    (``titles.json`` grammar_words "charge_links"), kept in the post as the text links it; the
    field in title case. Returns the text before the link and the link with its field."""
    m = re.search(rf"(?i)\s+({_words('charge_links')})\s+(\S.*?)\s*$", text) if gazetteer.grammar_words("charge_links") else None
    if not m or _find_head(text[: m.start()].split()) is None:
        return text, None
    field, _ = _portfolio(m.group(2).split())
    return (text[: m.start()], f"{m.group(1).lower()} {field}") if field else (text, None)


def _split_head(text: str) -> str:
    """"European Migration Commissioner": a head written around its field ("European ...
    Commissioner" is the head "European Commissioner") is read as the head, then the field
    after "for" ("European Commissioner for Migration"). Only a listed portfolio stands between,
    and a modifier kept before heads ("Deputy", "Vice") is no part of a head."""
    words = text.split()
    head_at = _find_head(words)
    if head_at is None or head_at[0] < 2:
        return text
    i, j, _ = head_at
    if words[j:j + 1] and words[j].lower() in gazetteer.grammar_words("portfolio_prepositions"):
        return text
    kept = gazetteer.titles()["modifiers_kept"]
    for k in range(i - 1):
        whole = _find_head([words[k], *words[i:j]])
        field = " ".join(words[k + 1 : i])
        if whole and whole[:2] == (0, j - i + 1) and words[k].lower() not in kept and field.lower() in _portfolio_index():
            link = sorted(gazetteer.grammar_words("office_prepositions"))[0]
            return " ".join([*words[:k + 1], *words[i:j], link, field, *words[j:]])
    return text


def _without_article(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in gazetteer.grammar_words("articles") else name


def _posted_in(text: str) -> tuple[str, str | None, str | None]:
    """"ambassador in Washington": a diplomat posted in a place is posted to its state
    ("Ambassador to United States"); "chief of mission in Guatemala": an office's remit, kept
    in the post and not the state served. Returns the text without the place, the state a
    diplomat is posted to, the remit."""
    m = re.search(rf"(?i)\s+(?:{_words('place_links')})\s+(?:(?:{_words('articles')})\s+)?(\S.*?)\s*$", text)
    if not m or _find_head(text[: m.start()].split()) is None:
        return text, None, None
    before = text[: m.start()].split()
    head_at = _find_head(before)
    if head_at[1] != len(before):
        return text, None, None
    place = m.group(1)
    c = gazetteer.country(place)
    state = c.name if c is not None else gazetteer.local_places().get(place) or gazetteer.dateline_places().get(place)
    if state is None:
        return text, None, None
    if head_at[2] in gazetteer.titles().get("diplomatic_heads", []):
        return text[: m.start()], state, None
    if head_at[2] in gazetteer.titles().get("heads_with_remit", {}).get("heads", []):
        # a state is the office's remit ("representative in Kenya"); a city is only where the
        # office sits ("regional representative in Canberra"), no part of the post
        return text[: m.start()], None, c.name if c is not None else None
    return text, None, None


def _find_head(words: list[str]) -> tuple[int, int, str] | None:
    lowered = [w.lower() for w in words]
    for i in range(len(lowered)):
        for key, canonical in _heads():
            if tuple(lowered[i : i + len(key)]) == key:
                return i, i + len(key), canonical
    return None


def _hyphenated(text: str, s: int, e: int) -> bool:
    """"adviser for the Colombia-Venezuela border": states joined by a hyphen are a field of
    the post, not the state served."""
    joined_after = text[e : e + 1] in ("-", "\u2011") and text[e + 1 : e + 2].isupper()
    joined_before = s > 1 and text[s - 1] in ("-", "\u2011") and text[s - 2].isalpha() and text[:s - 1].split()[-1][:1].isupper()
    return joined_after or joined_before


def written_as_an_office(head: str, phrase: str) -> bool:
    """Whether ``phrase`` writes ``head`` as an office: a head of ``titles.json``
    "heads_written_capitalised" only when one of its written forms stands in it in capitals
    ("Opposition Leader", not "opposition leader"); any other head always."""
    t = gazetteer.titles()
    if head not in t.get("heads_written_capitalised", {}).get("heads", []):
        return True
    forms = [k for k, v in t["heads"].items() if v == head]
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", phrase) for f in forms)


def head_named_by_state(role: str, country: str | None) -> str:
    """The post once the official's state or body is known, for a head that state names its own
    way (``titles.json`` "heads_named_by_state"): the EU's "Commissioner for Home Affairs" is
    the "European Commissioner for Home Affairs". Other roles are returned as they are."""
    named = gazetteer.titles().get("heads_named_by_state", {}).get(country or "", {})
    for head, post in named.items():
        if role == head or role.startswith(head + " "):
            return post + role[len(head) :]
    return role
