"""Titles of office: read a title phrase into a clean role and the party it serves.

``parse_title("Acting US Homeland Secretary")`` gives role "Acting Secretary of Homeland
Security", country "United States". Everything that varies by domain (heads of title,
portfolios and their aliases, which departments belong to which state) lives in
``kg/data/titles.json`` and ``kg/data/organisations.json``; this module only knows the
English grammar of a title: ``[country] [modifier] [portfolio] HEAD [of|for portfolio]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import gazetteer
from .title_parts import (
    _based_at, _cut, _find_head, _hyphenated, _in_body_name, _in_charge, _in_field, _named_body, _portfolio, _portfolio_index, _post_modifier,
    _posted_in, _posted_to, _remit_for, _serving, _split_head, _without_article, _words, is_head_word, title_words, words_regex,
)

_DASHES = "-\u2013\u2014|,()"


@dataclass(frozen=True)
class Role:
    """A title read from text: the clean role, and who the holder serves."""

    role: str
    country: str | None  # canonical country, or the IGO served
    head: str  # the head of the title, normalised ("Secretary", "President")
    excluded: bool = False  # a former office, or a post at an NGO or a news outlet
    implied_country: bool = False  # country only known from the portfolio ("Secretary of State")


def parse_title(phrase: str) -> Role | None:
    """Read a title phrase; None when it names no office. Remembered by the phrase (the
    reading depends on the phrase and the data alone, and a ``Role`` is frozen): the
    people layer and the officials step ask about the same few titles many times."""
    return _parse_title(phrase)


@lru_cache(maxsize=16384)
def _parse_title(phrase: str) -> Role | None:
    text = " ".join(phrase.replace("\u2019", "'").split())
    # "President-elect", "minister-designate": the office, marked as not held yet
    text = re.sub(rf"(?i)\b(\w+)-({_words('suffix_modifiers')})\b", r"\2 \1", text)
    if not text:
        return None
    t = gazetteer.titles()
    country: str | None = None
    org_portfolio: str | None = None
    excluded = False
    text = re.sub(rf"(?i)\b({_words('prefix_modifiers')})-(?=\w)", r"\1 ", text)  # "then-Interior Minister"
    text, suffix = _post_modifier(text)
    text = re.sub(r"\s*\(\s*[A-Z][A-Za-z0-9&-]*\s*\)", "", text)  # "Department of X (DX) Secretary": the acronym is no word of the post
    # "President of the Republic", "Minister of Security of the Nation": the state the context names
    text = re.sub(rf"(?i)(?<=\w)\s+of\s+the\s+(?:{_words('the_state_itself')})$", "", text)
    text, posted_to = _posted_to(text)
    remit = None
    if posted_to is None:
        text, posted_to, remit = _posted_in(text)
    text, remit_for = _remit_for(text) if posted_to is None and remit is None else (text, None)
    text, based_at = _based_at(text)
    text, serving, served_state = _serving(text, parse_title) if posted_to is None and remit is None else (text, None, None)
    text = _split_head(text)
    text, charge = _in_charge(text)
    orgs = _orgs(text)
    # "the Organization of American States": a demonym inside a body's name is not a country
    found = [f for f in gazetteer.find_countries(text) if not any(s <= f[0] and f[1] <= e for s, e, _ in orgs)
             and not _hyphenated(text, f[0], f[1])]
    # "Special Envoy for Somali Refugees": a demonym opening a field names the people the
    # post is for, not the state it serves
    served = [f for f in found if not _in_field(text, f[0], f[1], f[2])]
    if served:
        country = served[0][2].name
    rest = _cut(text, [(s, e) for s, e, c in found if not _in_body_name(text, s, e, text[s:e], c)])
    org_texts = []
    for _, _, org in orgs:
        if org.kind in ("ngo", "media"):
            excluded = True
        if org.serves and country is None:
            country = org.serves
        org_portfolio = org_portfolio or org.portfolio
    for s, e, _ in _orgs(rest):
        org_texts.append((s, e))
    org_written = rest[org_texts[0][0] : org_texts[0][1]] if org_texts else None
    org_is_igo = bool(org_texts) and any(o.kind == "igo" for _, _, o in _orgs(rest)[:1])
    org_cut = False
    if org_texts:
        without_orgs = _cut(rest, org_texts)
        # "UN High Commissioner for Refugees": the head may sit inside the organisation's name
        rest = without_orgs if _find_head(without_orgs.split()) else rest
        org_cut = rest is without_orgs
        if rest is not without_orgs:
            org_portfolio = None
    # a comma inside a portfolio is the text's ("Minister of Health, Labour and Welfare")
    spelt = [w for w in rest.split() if w.strip(_DASHES)]
    words = [w.strip(",") for w in spelt]
    while words and words[0].lower() in gazetteer.grammar_words("determiners"):
        words.pop(0)
        spelt.pop(0)
    lowered = [w.lower() for w in words]
    if any(w in t["modifiers_excluding"] or w.rstrip("-") in t["modifiers_excluding"] for w in lowered):
        excluded = True
    head_at = _find_head(words)
    if head_at is not None and country is None:
        written = " ".join(words[head_at[0] : head_at[1]])
        country = t.get("heads_implying_country", {}).get(written)  # "Sen.", "Rep.": one state's abbreviations
    chief = None
    if head_at is None:
        chief = next((i for i, w in enumerate(words) if w in t["chief_words"]), None)
        if chief is None:
            return None
    mods: list[str] = []
    pre: list[str] = []
    start = head_at[0] if head_at else chief
    if head_at is not None and country is None:
        # "Democratic Senator": the parties of one state's legislature
        parties = t.get("legislature_parties", {})
        country = next((parties[w] for w in words[: head_at[0]] if w in parties and head_at[2] in parties.get("_heads", [])), None)
    ignored = {w.lower() for w in t.get("modifiers_ignored", [])}
    for k, w in enumerate(words[:start]):
        kept = t["modifiers_kept"].get(w.lower()) or _kept_before(w, head_at)
        if kept and " ".join(words[k:start]).lower() not in _portfolio_index():  # "National Assembly speaker"
            mods.append(kept)
        elif w.lower() in t["modifiers_excluding"] or w.lower() in ignored:
            continue
        else:
            pre.append(spelt[k].lstrip(",") if spelt[k].strip(",") == w else w)  # "Health, Labour and Welfare"
    pre[-1:] = [w.rstrip(",") for w in pre[-1:]]
    # "... the results to U.S. Vice President": the words before a preposition are the
    # sentence's, not the post's; a preposition never opens or ends a portfolio
    cut_at = max((k for k, w in enumerate(pre) if w.lower() in gazetteer.grammar_words("sentence_prepositions")), default=-1)
    pre = pre[cut_at + 1 :]
    # "Georgia's interior minister" with a state the gazetteer leaves out: a possessive owns
    # the post, it is no word of the portfolio
    # "Expatriates' Welfare and Overseas Employment Minister": a plural's possessive inside a
    # field is none
    owner_at = max((k for k, w in enumerate(pre) if re.search(r"\w's$", w) or (
        re.search(r"\w'$", w) and not _joins_a_field(pre[k + 1 :]))), default=-1)
    pre = pre[owner_at + 1 :]
    while pre and pre[0].lower() in gazetteer.grammar_words("title_connectors"):
        pre.pop(0)  # "X, and Mauritania's interior minister": the conjunction is the sentence's
    pre = _without_unit_opener(pre)
    if head_at:
        i, j, head = head_at
        post = words[j:]
        # "German Chancellor": a head some states use for another post than the usual reading
        written = " ".join(words[i:j]).lower()
        by_state = _heads_by_state()
        if written in by_state:
            key, posts = by_state[written]
            # with no state named yet the head stays as written: :func:`settle_head_by_state`
            # decides it once the official's state is known ("Chancellor Olaf Scholz")
            head = posts.get(country, head) if country else key
    else:
        i, j, head = chief, chief + 1, ""
        # "the head of the Libyan coast guard": a listed portfolio after the chief word
        post = words[j:] if _listed(words[j + 1 :]) and words[j:j + 1] and words[j].lower() in gazetteer.grammar_words(
            "portfolio_prepositions") else []
    post_portfolio: list[str] = []
    preposition = "of"
    if post and post[0].lower() in gazetteer.grammar_words("portfolio_prepositions"):
        post_portfolio = [w.lstrip(",") for w in spelt[j + 1 : j + len(post)]]
        post_portfolio[-1:] = [w.rstrip(",") for w in post_portfolio[-1:]]
        preposition = post[0].lower()
        if not {w.capitalize() for w in words[:start]} & set(t.get("staff_modifiers", {}).get("words", [])):
            post_portfolio = _without_unit_opener(post_portfolio, head)  # not a "Permanent Secretary of the Ministry"
    region = None
    regions = {r.lower() for r in t.get("world_regions", [])}
    while post_portfolio and post_portfolio[-1].lower() in gazetteer.grammar_words("portfolio_trailing"):
        post_portfolio = post_portfolio[:-1]  # "representative for Central America of [UNHCR]"
    if preposition in gazetteer.grammar_words("office_prepositions") and " ".join(post_portfolio).lower() in regions:
        region, post_portfolio = " ".join(post_portfolio), []  # "Undersecretary for North America"
    portfolio, row = _portfolio(post_portfolio) if post_portfolio else _portfolio(pre)
    office = head_at is not None and head_at[2] in t.get("organisation_heads", [])
    # "the Home Office's permanent secretary": a department's senior official is of the body as written
    staff = org_cut and org_written is not None and not post_portfolio and bool(
        set(mods) & set(t.get("staff_modifiers", {}).get("words", [])))
    if portfolio is None and org_portfolio and not office and not region and not staff:  # a commissioner heads the body; a region is a field
        portfolio, row = _portfolio([org_portfolio])
    if not head:
        head = row.get("head") if row else None
        if not head and post and (row or _named_body(post[1:])):
            head = words[chief][:1].upper() + words[chief][1:]  # "Head of the Coast Guard"
        if not head and not post and row and pre:
            head = "Head"  # "intelligence chief": the head of a field named before the chief word
        if not head:
            return None
    head, portfolio, row = _junior(words[:start], head, portfolio, row)
    if country is not None and head in t.get("heads_with_state_named", {}):
        head = t["heads_with_state_named"][head]  # "Australian premier": the state's Prime Minister
    only = row.get("only_with_head") if row else None
    if only and head not in only:
        portfolio_country = None
    else:
        portfolio_country = row.get("country") if row else None
    implied = False
    if country is None and portfolio_country:
        country, implied = portfolio_country, True
    if country is None and not portfolio and t.get("heads_of_one_state", {}).get(head):
        # "Attorney General X" with no state named: in English news, the US post
        country, implied = t["heads_of_one_state"][head], True
    role = f"{head} of the {_without_article(org_written)}" if staff and not portfolio else head
    sub_unit = (
        org_written is not None and pre and not post_portfolio and not row
        and head in t.get("organisation_heads", []) and org_cut
        and not (org_is_igo and all(w.islower() for w in pre))  # a field, not a unit: "human rights commissioner"
    )
    field = portfolio  # before a unit of a body takes it: "EU enlargement commissioner"
    if sub_unit:
        # "USAID Mission Director": the head of a unit of the body, not of the body or a
        # field; the text's words in the text's order
        # an IGO's official serves the IGO (``country``): its name is not repeated in the post
        portfolio, role = None, " ".join([*([] if org_is_igo else [org_written]), *pre, head])
    written_as = None
    if post_portfolio and portfolio and not row:
        # a portfolio no data lists keeps the text's preposition and article ("Minister for the
        # Displaced", "Permanent Secretary of the Ministry of Foreign Affairs")
        article = post_portfolio[0].lower() in gazetteer.grammar_words("articles")
        written_as = f"{head} {preposition} {'the ' if article else ''}{portfolio}"
    if portfolio and " of " not in head:
        # a cabinet post keeps the text's "for" ("Minister for Justice") unless its portfolio is
        # "of" whatever the text says (titles.json "always_of": "Minister of Foreign Affairs"); an
        # office keeps its "for" ("High Commissioner for Refugees"); an IGO's office is "for" its field
        by_office = preposition in gazetteer.grammar_words("office_prepositions")
        keeps_for = (by_office and (head not in t.get("governmental_heads", []) or not row.get("always_of"))) or (org_is_igo and org_cut)
        role = written_as or f"{head} {'for' if keeps_for else 'of'} {portfolio}"
    if portfolio and head in t.get("heads_with_field", {}).get("heads", []):
        role = f"{head} for {portfolio}"  # "Minister of State for Foreign Affairs"
    if portfolio and row and pre and not post_portfolio and head in t.get("heads_with_field_before", {}).get("heads", []):
        role = f"{head} for {portfolio}"  # "Integration commissioner"
    if portfolio and not post_portfolio and pre and head in t.get("heads_after_field", {}).get("heads", []) \
            and (not row or row.get("head", head) != head):
        # "Border Security Commander": a field that is no portfolio of the head's, in the text's order
        role = " ".join([*(w[:1].upper() + w[1:] for w in pre), head])
    if region:
        role = f"{role} for {region}"
    if posted_to:
        role = f"{role} to {posted_to}"
    if remit:
        role = f"{role} in {remit}"
    if remit_for:
        role = f"{role} for {remit_for}"
    if charge:
        role = f"{role} {charge}"
    if serving:  # the state of the holder served wins over one a portfolio only implies
        role, country, implied = f"{role} {serving}", (served_state if implied else country) or served_state, False
    if based_at and based_at[0]:
        role = f"{role} at {based_at[0]}"
    if based_at:
        country = country or based_at[1]
    in_name = _igo_named_title(orgs, head) if not org_cut and not posted_to else None
    if in_name is not None:
        role = in_name  # "UN High Commissioner for Refugees": the office is named as the IGO
    named = _body_named_post(orgs, head, field, text)
    if named is not None:
        role = named  # "European Commission President" -> "President of the European Commission"
    court = t.get("court_titles", {}).get(country or "", {})
    if role in court:
        role = court[role]
    if suffix:
        role = f"{role} {suffix}"
    for m in reversed(mods):
        if not role.startswith(m):
            role = f"{m} {role}"
    return Role(role=role, country=country, head=head, excluded=excluded, implied_country=implied)


def _orgs(text: str) -> list:
    """The bodies ``text`` names, without a listed name inside a longer one ("the Federal
    Department of Justice and Police" is no US Department of Justice): a capitalised word that is
    no title word before it, and "and" with a capitalised word after it."""
    joins = gazetteer.grammar_words("field_conjunctions")
    out = []
    for s, e, o in gazetteer.find_organisations(text):
        before, after = text[:s].split(), text[e:].split()
        inside = (before and before[-1][:1].isupper() and before[-1].isalpha() and before[-1].lower() not in title_words()
                  and gazetteer.country(before[-1]) is None and len(after) >= 2 and after[0].lower() in joins
                  and after[1][:1].isupper())
        if not inside:
            out.append((s, e, o))
    return out


def _joins_a_field(words: list[str]) -> bool:
    """Whether ``words`` go on as the fields of one portfolio: a conjunction between capitals."""
    joins = gazetteer.grammar_words("field_conjunctions")
    return any(w.lower() in joins for w in words[1:-1]) and all(w[:1].isupper() or w.lower() in joins for w in words)


def _kept_before(word: str, head_at: tuple[int, int, str] | None) -> str | None:
    """"Federal Interior Minister": a modifier that is part of the post before some heads
    only (``titles.json`` "modifiers_kept_with_heads"), as written with a capital."""
    heads = gazetteer.titles().get("modifiers_kept_with_heads", {}).get(word.lower(), [])
    if head_at is None or head_at[2].split(" of ")[0] not in heads:
        return None
    return word[:1].upper() + word[1:]


def _without_unit_opener(words: list[str], head: str | None = None) -> list[str]:
    """"Department of Migrant Workers Secretary": a department named before its head gives
    the head its portfolio ("Secretary of Migrant Workers"); the unit word and its "of" go
    (``titles.json`` "unit_words", capitalised: the department's name). Written after the head
    ("Secretary of the Department of Migrant Workers"), only for a head of a government
    department (``titles.json`` "department_heads"): a spokesperson or an adviser of a
    department keeps the department's name."""
    t = gazetteer.titles()
    if head is not None and head not in t.get("department_heads", {}).get("heads", []):
        return words
    skip = 1 if head is not None and words and words[0].lower() in gazetteer.grammar_words("articles") else 0
    units = {w for w in t.get("unit_words", []) if w[:1].isupper()}
    if len(words) > skip + 2 and words[skip] in units and words[skip + 1].lower() in gazetteer.grammar_words("portfolio_prepositions"):
        return words[skip + 2 :]
    return words


def _listed(words: list[str]) -> bool:
    """Whether ``words`` are a portfolio ``titles.json`` lists ("the coast guard") that is no
    one state's department ("head of state" is no head of the US State Department), or the
    proper name of a body ("the National Agency for the Placement of Overseas Workers")."""
    row = _portfolio(words)[1] if words else {}
    return (row != {} and not row.get("country")) or _named_body(words)


def _junior(before: list[str], head: str, portfolio: str | None, row: dict) -> tuple[str, str | None, dict]:
    """"Uganda's junior foreign minister": a junior minister is a Minister of State
    (``titles.json`` "junior_posts"), whose field follows "for" ("Minister of State for
    Foreign Affairs"). Returns the head, portfolio and portfolio row."""
    junior = gazetteer.titles().get("junior_posts", {})
    if not any(w.lower() in junior.get("words", []) for w in before):
        return head, portfolio, row
    for plain, post in junior.get("heads", {}).items():
        if head == plain:
            return post, portfolio, row
        if head.startswith(f"{plain} of "):  # "foreign minister" read as one head
            field = head[len(plain) + 4 :]
            return post, field, gazetteer.titles()["portfolios"].get(field, {})
    return head, portfolio, row


@cache
def _heads_by_state() -> dict[str, tuple[str, dict[str, str]]]:
    """``titles.json`` "heads_by_state" and "heads_by_state_no_clue", keyed by the lower-cased head as written."""
    rows, more = gazetteer.titles().get("heads_by_state", {}), gazetteer.titles().get("heads_by_state_no_clue", {})
    return {k.lower(): (k, {**v, **more.get(k, {})}) for k, v in rows.items() if not k.startswith("_")}


def settle_head_by_state(role: str, country: str | None) -> str:
    """The post of a head whose meaning depends on the state ("Chancellor" heads Germany's
    government but is Latin America's foreign minister), once the official's state is known:
    the state's own post, else the head's usual reading (``titles.json`` "heads").
    Roles without such a head are returned as they are."""
    # the longest head first: "Vice Chancellor" before "Chancellor"
    for key, posts in sorted(_heads_by_state().values(), key=lambda row: -len(row[0])):
        if role == key or role.endswith(" " + key):
            post = posts.get(country or "") or gazetteer.titles()["heads"].get(key, key)
            return role[: len(role) - len(key)] + post
    org = gazetteer.organisation(country) if country else None
    head, of, field = role.partition(" of ")
    if org is not None and org.kind == "igo" and of and field.lower() in _portfolio_index():
        return f"{head} for {field}"  # "Home Affairs Commissioner" of the EU: an IGO's office is "for" its field
    return role


def _body_named_post(orgs: list, head: str, portfolio: str | None, text: str = "") -> str | None:
    """The post of a body that names its posts with itself (``organisations.json`` "posts"),
    its portfolio after "for" ("EU migration commissioner" -> "European Commissioner for Migration")."""
    post = next((o.post(head) for _, _, o in orgs if o.post(head)), None)
    if post is None:
        # "the president of the Inter-American Development Bank": a head that alone names a
        # state's post keeps the IGO's name (titles.json "igo_heads_named_with_body"), as the
        # text spells it out ("World Bank Group President" -> "President of the World Bank Group");
        # an acronym is read as the body's name ("IDB President")
        named = gazetteer.titles().get("igo_heads_named_with_body", {}).get("heads", [])
        igo = next(((s, e, o) for s, e, o in orgs if o.kind == "igo"), None)
        if igo is None or head not in named or portfolio:
            return None
        written = _without_article(text[igo[0] : igo[1]])
        spelt = written if " " in written and any(c.islower() for c in written) else igo[2].name
        return f"{head} of the {spelt}"
    # "the EU's High Representative for Foreign Affairs and Security Policy": a post that
    # names its field already does not take it twice
    return f"{post} for {portfolio}" if portfolio and not post.endswith(f" {portfolio}") else post


def _igo_named_title(orgs: list, head: str) -> str | None:
    """The longest name of an IGO the title is written inside of, when that name holds the head."""
    for _, _, org in orgs:
        if org.kind != "igo":
            continue
        names = [n for n in (org.name, *org.aliases) if head.lower() in n.lower()]
        if names:
            return max(names, key=len)
    return None


