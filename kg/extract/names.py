"""Name forms: one canonical "First Last" per way of writing a person's name.

The canonical form (the guidelines' "canonical full name, no middle names or initials"),
read from the name alone, with the lists of ``kg/data/given_names.json`` and the known
office holders of ``kg/data/office_holders.json``; :mod:`.people` applies it within an
article. See :mod:`.people` for the rules.

Titles, ranks and honorifics written before a name are no part of it, for any government
(:func:`titles_before`: "Federal Councillor X", "Lt Gen X", "Datuk Seri X", "His Majesty King
X"), nor letters after it ("X MP"); initials before the given names are dropped ("AH Mahmood
Ali" -> "Mahmood Ali"). Double surnames: the gold sets cut a Spanish-style name to the first
surname ("María López García" -> "María López": 17 of 18 gold cases) and keep other
names in the full form the text gives ("Sayed Hussain Alemi Balkhi", "Henry Oryem Okello"),
so a name is cut only when it is Spanish-style (or, in the officials step, its holder serves a
Spanish-speaking state).

Given names: a head of compound given names followed by another given name is one given
name ("María Dolores X", "Anna Maria X", ``compound_given_heads``); any other given name
between the first name and the surname is a middle name and is dropped ("Esther Davinia X"
-> "Esther X"). Styles that are also given names ("Sheikh", "Prince") go only before an
Arabic name with a particle ("Sheikh X bin Y"; "Sheikh Mujibur Rahman" keeps it); given
names written as abbreviations ("Md") go as initials do; generational suffixes ("Jr.",
"III", "V") stay after the surname. Portuguese names keep their given names and their last
surname (:mod:`.name_styles`). A Spanish-style double surname is cut to the first, as
GUIDELINES.md says, unless the article cites the person by both surnames alone ("Sánchez
Cordero said": :func:`surnames_cited_together`), the press's mark of a name kept whole.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rapidfuzz import fuzz

from .. import gazetteer
from .name_styles import fold, is_hispanic as _is_hispanic, is_portuguese as _is_portuguese  # fold: shared here

#: A mention is a misspelling of a known name at or above this similarity (0-100).
NAME_SIMILARITY = 85.0
#: A surname-only mention is a misspelling of a known surname at or above this.
SURNAME_SIMILARITY = 84.0

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_OWNED = re.compile(r"['’]s\s.*$")
_INITIAL = re.compile(r"^[A-Z]\.?$")
#: initials written before the given names: "A.", "AH", "A.H."
_LEADING_INITIALS = re.compile(r"^(?:[A-Z]\.?|[A-Z]{2,3}|(?:[A-Z]\.){2,3})$")


@cache
def name_words(role: str) -> frozenset[str]:
    """English words around names, by role (``given_names.json`` "name_words")."""
    return frozenset(gazetteer.given_name_data().get("name_words", {}).get(role, ()))


@cache
def name_words_data(key: str) -> frozenset[str]:
    """A top-level word list of ``given_names.json`` ("compound_given_heads", "generational_suffixes")."""
    return frozenset(gazetteer.given_name_data().get(key, ()))


@cache
def _leading_title() -> re.Pattern[str]:
    """Courtesy titles the tagger writes into a PERSON entity ("Dr. X"): not part of a name."""
    titles = "|".join(re.escape(t) for t in sorted(name_words("leading_titles"), key=len, reverse=True))
    return re.compile(rf"^(?:{titles})\.?\s+")


@cache
def _given_names_folded() -> frozenset[str]:
    """The given names of ``given_names.json``, Portuguese ones ("Luiz", "Otávio") included."""
    portuguese = gazetteer.given_name_data().get("portuguese_given_names", ())
    return frozenset(fold(n) for n in (*gazetteer.given_names(), *portuguese))


def is_given_name(word: str) -> bool:
    """Whether a word is a common given name (``kg/data/given_names.json``), accents ignored."""
    return fold(word) in _given_names_folded()


@cache
def _compound_given_names() -> frozenset[tuple[str, ...]]:
    rows = gazetteer.given_name_data().get("compound_given_names", [])
    return frozenset(tuple(fold(r).split()) for r in rows)


def undouble(text: str) -> str:
    """"Rosa Menarosa Mena" -> "Rosa Mena": a name pasted twice by bad extraction."""
    squashed = text.strip()
    n = len(squashed)
    # the two halves are as long as each other, give or take the space between them
    for k in range(max(2, n // 2 - 2), min(n - 1, n // 2 + 3)):
        left, right = squashed[:k].rstrip(), squashed[k:].lstrip()
        if left and fold(left) == fold(right) and len(left.split()) >= 2:
            return left
    return squashed


_NICKNAME = re.compile(r'(?<=\w) ["\u201c][^"\u201c\u201d]{1,30}["\u201d] (?=\w)')


@lru_cache(maxsize=8192)
def clean(mention: str) -> str:
    """A mention without possessive, stray punctuation, leading titles, ranks and honorifics
    ("Federal Councillor X", "Lt Gen X", "Datuk Seri X") or doubling."""
    text = " ".join(mention.replace("\u2019", "'").split())
    text = _NICKNAME.sub(" ", text)  # 'Susan "Toots" Ople': the nickname is no part of the name
    text = text.strip(" ,;:\"'“”()[]")
    if _OWNED.search(text) and is_given_name(text.split()[0]):
        # "Donald J. Trump's Meeting" (a headline run on): a name opened by a given name ends at
        # the possessive; "Torres Condemns Trump's Deal" is a headline's words, left whole
        text = _OWNED.sub("", text)
    text = _POSSESSIVE.sub("", text)
    text = _leading_title().sub("", text)
    words = text.split()
    words = words[titles_before(words):]
    if len(words) >= 3 and words[0] in name_words_data("styles_or_given_names") and _has_particle(words[1:]):
        words = words[1:]  # "Sheikh Tamim bin Hamad", not "Sheikh Hasina" nor "Sheikh Mujibur Rahman"
    while len(words) > 2 and words[-1].rstrip(".") in name_words("titles_after_names"):
        words = words[:-1]  # "Yvette Cooper MP", "Jane Doe KC": letters after a name
    return undouble(" ".join(words))


def _has_particle(words: list[str]) -> bool:
    """Whether a name holds a particle ("bin", "Al", "al-"): an Arabic name after a style
    ("Sheikh Tamim bin Hamad Al Thani") is the name without it, while a style with no such
    name after it is part of the name ("Sheikh Mujibur Rahman", Bengali)."""
    return any(fold(w).split("-")[0] in name_particles() for w in words)


def _key(word: str) -> str:
    """A word as title prefixes are compared: folded, without dots ("Lt." = "lt")."""
    return fold(word).replace(".", "")


@cache
def _title_prefixes() -> frozenset[tuple[str, ...]]:
    """Words written before a name that are no part of it, as word tuples: heads of title
    and military ranks and honorifics (``titles.json``), courtesy titles and the titles of
    ``given_names.json`` "titles_before_names"; with the modifiers a title takes ("Acting")."""
    t = gazetteer.titles()
    rows = [*t["heads"], *t.get("honorifics", []), *t.get("military_ranks", {}).get("ranks", []),
            *name_words("leading_titles"), *name_words("titles_before_names")]
    out = {tuple(_key(w) for w in row.replace("-", " ").split()) for row in rows}
    return frozenset(k for k in out if k and all(k))


@cache
def _longest_prefix() -> int:
    """The most words of a title prefix (:func:`_title_prefixes`)."""
    return max((len(p) for p in _title_prefixes()), default=0)


@cache
def _title_modifiers() -> frozenset[str]:
    t = gazetteer.titles()
    return frozenset(_key(w) for w in (*t["modifiers_kept"], *t["modifiers_ignored"]) if " " not in w)


def titles_before(words: list[str]) -> int:
    """How many of a name's first words are titles, ranks or honorifics ("Federal Councillor
    Simonetta Sommaruga": 2, "Lt Gen Kyaw Swe": 2); the last word is always left as the name.
    Remembered by the words: the same runs are asked about for every reading of a name."""
    return _titles_before(tuple(words))


@lru_cache(maxsize=16384)
def _titles_before(words: tuple[str, ...]) -> int:
    keys = [_key(w) for w in words]
    prefixes = _title_prefixes()
    longest = _longest_prefix()
    i = 0
    while i < len(words) - 1:
        step = next((n for n in range(min(longest, len(words) - 1 - i), 0, -1) if tuple(keys[i : i + n]) in prefixes), 0)
        if not step and keys[i] in _title_modifiers() and i + 1 < len(words) - 1:
            nxt = next((n for n in range(min(longest, len(words) - 2 - i), 0, -1)
                        if tuple(keys[i + 1 : i + 1 + n]) in prefixes), 0)
            step = 1 + nxt if nxt else 0
        if not step:
            break
        i += step
    return i


def start_after_titles(words: list[str], end: int) -> int:
    """The first of the title, rank and honorific words that end just before ``words[end]``
    ("his counterpart, Lt Gen | Kyaw Swe": the index of "Lt"); ``end`` when there are none."""
    for start in range(max(0, end - 4), end):
        if titles_before([*words[start:end], "X"]) == end - start:
            return start
    return end


@lru_cache(maxsize=8192)
def is_title_only(text: str) -> bool:
    """Whether a capitalised run is titles alone ("Counsellor", "State Counsellor"): no name."""
    words = text.split()
    if len(words) == 1:  # "King", "Major", "Bishop" alone may be surnames; "Counsellor" is not
        return _key(words[0]) in _titles_before_names()
    return bool(words) and titles_before([*words, "X"]) == len(words)


@cache
def _titles_before_names() -> frozenset[str]:
    return frozenset(_key(w) for w in name_words("titles_before_names"))


def canonical_form(name: str, both_surnames: bool = False) -> str:
    """First Last: the press's name for a known office holder (also when the text gives the
    long form of their given name), else the name's own canonical form (below); with
    ``both_surnames`` (the article cites the person by both, :func:`surnames_cited_together`)
    a double surname is kept whole."""
    form = _canonical_form(name, both_surnames)
    return _known_by_short_given_name(form) or form


def surnames_cited_together(name: str, text: str) -> bool:
    """Whether an article ``text`` that names a person ``name`` ("María Lindqvist Tormo")
    also cites them by the last two words of it alone ("Lindqvist Tormo said", "Lindqvist
    Tormo: We agreed"): the press names that person by both surnames, so the double surname
    is kept ("Olga Sánchez Cordero"), not cut to the first as the guidelines cut others.
    The first of the two is no given name ("Maria Lindqvist" is a given name and a surname)."""
    words = clean(name).split()
    if len(words) < 3 or is_given_name(words[-2]) or words[-1] in name_words_data("generational_suffixes"):
        return False
    return _cited_alone(fold(words[-3]), fold(" ".join(words[-2:])), fold(text))


@lru_cache(maxsize=1024)
def _cited_alone(before: str, pair: str, folded_text: str) -> bool:
    """Whether ``pair`` stands in the text with no ``before`` word right before it."""
    return re.search(rf"(?<!\w)(?<!{re.escape(before)} ){re.escape(pair)}(?!\w)", folded_text) is not None


def _canonical_form(name: str, both_surnames: bool = False) -> str:
    """First Last: the press's name for a known office holder, else initials and middle
    given names dropped, and a Spanish-style double surname cut to the first surname
    (unless ``both_surnames``); a generational suffix ("Jr.", "III") is kept after the surname."""
    words = [w for w in clean(name).split() if w]
    holder = known_person(" ".join(words))
    if holder is not None:
        return _as_written(words, holder)
    if len(words) >= 3 and words[-1] in name_words_data("generational_suffixes"):
        return f"{_canonical_form(' '.join(words[:-1]))} {words[-1]}"
    lead = next((k for k, w in enumerate(words) if not _is_initial(w)), len(words))
    if len(words) - lead >= 2:
        words = words[lead:]  # "AH Mahmood Ali", "A. H. Mahmood Ali": initials before the names
    if len(words) <= 2:
        return " ".join(words)
    words = [w for i, w in enumerate(words) if i == 0 or i == len(words) - 1 or not _is_initial(w)]
    if len(words) <= 2:
        return " ".join(words)
    if _is_portuguese(words):
        given = max(1, next((k for k, w in enumerate(words) if not (is_given_name(w) or _is_portuguese([w]))), len(words) - 1))
        given = min(given, len(words) - 1)
        if any(w.lower() in name_particles() for w in words[given:]):
            return " ".join(words)  # "Luiz Carlos da Fonseca": a surname with a particle, as written
        return " ".join(words[:given] + words[-1:])  # "Rogério Araújo Mendonça" -> "Rogério Mendonça"
    first_len, rest = _split_given(words)
    if len(rest) == 2 and not both_surnames and _is_hispanic(words) and not any(w.lower() in name_particles() for w in rest):
        rest = rest[:1]
    return " ".join(words[:first_len] + rest)


def _is_initial(word: str) -> bool:
    """An initial ("A.", "AH") or a given name written as an abbreviation ("Md", "Mohd":
    ``given_names.json`` "abbreviated_given_names"), which the canonical form drops as it
    drops initials ("Md Karim Uddin" -> "Karim Uddin")."""
    return _LEADING_INITIALS.match(word) is not None or word in name_words_data("abbreviated_given_names")


def _as_written(words: list[str], holder: str) -> str:
    """"Tayyip Erdogan" for the holder listed as "Recep Tayyip Erdoğan": a given name and the
    surname the text writes, the end of the listed name, are the name as the text gives it
    (the listed form serves a surname alone, "Erdogan", or a form with initials)."""
    listed = fold(holder).split()
    written = [fold(w) for w in words]
    if 2 <= len(written) < len(listed) and listed[-len(written) :] == written and is_given_name(words[0]):
        return " ".join(words)
    return holder


def _known_by_short_given_name(form: str) -> str | None:
    """"Robert Hallgren" for the holder the press calls "Bob Hallgren": a First Last whose
    surname is one known office holder's and whose given name starts as theirs does."""
    words = form.split()
    holder = known_surname(words[-1]) if len(words) == 2 else None
    if holder is None or holder == form or fold(holder).split()[-1] != fold(words[-1]):
        return None
    short, given = fold(holder).split()[0], fold(words[0])
    # "Mike" for "Michael", not a misspelling ("Filipo" for "Filippo"), which only the post may confirm
    return holder if short[:2] == given[:2] and len(short) < len(given) and fuzz.ratio(short, given) < NAME_SIMILARITY else None


def _split_given(words: list[str]) -> tuple[int, list[str]]:
    """The number of words of the first name, and the surname words after any middle names."""
    first_len = 1
    folded = [fold(w) for w in words]
    for compound in _compound_given_names():
        if tuple(folded[: len(compound)]) == compound and len(compound) < len(words):
            first_len = max(first_len, len(compound))
    if first_len == 1 and len(words) >= 3 and words[0] in name_words_data("compound_given_heads") and is_given_name(words[1]):
        first_len = 2  # "María Dolores Agüero", "Hans Leo Cacdac": a compound given name
    rest = words[first_len:]
    # middle given names sit between the first name and the surname(s)
    while len(rest) >= 2 and fold(rest[0]) in _given_names_folded():
        rest = rest[1:]
    return first_len, rest


def first_surname_form(name: str, text: str = "") -> str | None:
    """"Lorena Vidal Ayala" -> "Lorena Vidal": given name(s) and the first of two
    surnames, for a person known to carry Spanish-style names; None when the name has no
    two surnames (or a particle, "Luis de Guindos"), is a listed office holder's, or the
    article ``text`` cites the person by both surnames (:func:`surnames_cited_together`)."""
    words = name.split()
    if len(words) < 3 or known_person(name) is not None or surnames_cited_together(name, text):
        return None
    first_len, rest = _split_given(words)
    if len(rest) != 2 or any(w.lower() in name_particles() for w in rest) or first_len + 2 != len(words):
        return None
    return " ".join(words[:first_len] + rest[:1])


@cache
def _holder_names() -> dict[str, str]:
    """Folded full name or multi-word alias of a known office holder -> the press's name."""
    out: dict[str, str] = {}
    for h in gazetteer.office_holders():
        for alias in (h.name, *h.aliases):
            if len(alias.split()) >= 2:
                out.setdefault(fold(alias), h.name)
    return out


def known_person(name: str) -> str | None:
    """The name ``office_holders.json`` gives a person written this way (full name or a
    multi-word alias: "Julian Ordonez Tinoco" -> "Julián Ordóñez"), else None."""
    return _holder_names().get(fold(" ".join(name.split())))


@cache
def _holder_surnames() -> dict[str, str]:
    """Folded one-word alias of a known office holder ("Meloni") -> the press's name."""
    out: dict[str, str] = {}
    for h in gazetteer.office_holders():
        for alias in h.aliases:
            if len(alias.split()) == 1:
                out.setdefault(fold(alias), h.name)
    return out


def known_surname(word: str) -> str | None:
    """The known office holder a one-word alias of ``office_holders.json`` names, else None."""
    return _holder_surnames().get(fold(word.strip()))


def surname(name: str) -> str:
    """The last word of a name, folded."""
    words = fold(name).split()
    return words[-1] if words else ""


@cache
def name_particles() -> frozenset[str]:
    """Lower-case words inside a name ("de", "von der", "al-"): ``given_names.json`` "name_particles"."""
    return frozenset(gazetteer.given_name_data().get("name_particles", []))

