"""Read articles: files, folders and JSON Lines in, :class:`~kg.facts.Article` values out.

The first stage of the data flow. Everything a later stage needs to trust about its
input is settled here, once:

* bytes become text whatever the encoding (UTF-8, UTF-16 or UTF-32 in either byte
  order, with or without a byte-order mark, else cp1252, else latin-1), with every kind
  of line end as ``\\n`` and Unicode in NFC, so that character offsets computed by the
  extractors point at the same characters for every reader of ``Article.text``;
* HTML pages become their visible text (``html.parser`` from the standard library);
* a publication date and a headline are worked out from the header of the article
  (:func:`detect_title_and_date`) when the input does not give them;
* anything that is not an article (missing, empty, binary, too big, malformed, a
  folder link that loops) is reported as a :class:`ReadProblem` with a catalogue code
  from :mod:`kg.errors`, and reading goes on with the next input: one bad file never
  stops a corpus.

Nothing here imports spaCy or rdflib.
"""

from __future__ import annotations

import datetime as _dt
import errno
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any, BinaryIO

from kg.errors import E
from kg.facts import Article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DIRECTORY_SUFFIXES",
    "ReadProblem",
    "decode_bytes",
    "detect_title_and_date",
    "html_to_text",
    "read_articles",
]

# A long news article is 20-100 kB of text, and even a page of HTML with inline
# markup rarely passes 1 MB. Two megabytes leaves room for both, yet stops a log
# dump, a data file or a mis-named archive before it is loaded, parsed and fed to
# spaCy (whose default nlp.max_length is 1,000,000 characters).
DEFAULT_MAX_BYTES = 2_000_000

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".json"})
# What a directory contributes; a .json file is read only when named explicitly,
# because folders of articles often hold .json metadata that is not articles.
DIRECTORY_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".jsonl")

# How much of a file is looked at to decide whether it is binary: enough to be
# sure, little enough to stay fast on a file at the size limit.
_SNIFF_BYTES = 8192
# Real text has (almost) no control characters other than whitespace; random or
# compressed bytes have about one in four. Five per cent separates them with a margin.
_MAX_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x85")


@dataclass(frozen=True)
class ReadProblem:
    """An input that yielded no article, and why, in one line for the user.

    ``code`` is the catalogue key in :class:`kg.errors.E` (``"R002"`` ...), so that
    a caller can react to a kind of problem without matching the prose of ``message``.
    """

    path: str
    code: str
    message: str

    def __str__(self) -> str:
        return self.message


def _problem(code: str, path: str, **values: Any) -> ReadProblem:
    """A problem whose message comes from the catalogue, never written inline."""
    return ReadProblem(path=path, code=code, message=getattr(E, code).format(path=path, **values))


# --------------------------------------------------------------------------- reading


def read_articles(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | ReadProblem]:
    """Yield one :class:`Article` per article found in ``paths``, in input order.

    Each path may be

    * a text file (any suffix but ``.jsonl``/``.json``; HTML is recognised by its
      ``.html``/``.htm`` suffix or by a leading ``<!doctype html>``/``<html``);
    * a directory: its non-hidden ``*.txt``, ``*.md``, ``*.html``, ``*.htm`` and
      ``*.jsonl`` files, in its sub-folders too, sorted by name;
    * a JSON Lines file of ``{"id", "text", "title"?, "date"?, "url"?}`` records
      (a ``.json`` file may instead hold one JSON list of such records).

    Anything that cannot become an article yields a :class:`ReadProblem` instead
    and reading goes on. ``Article.id`` is the file stem (or the record id);
    ``Article.source`` is the path as given (a directory member: the directory as
    given joined with the path below it). ``max_bytes`` bounds one file (for JSON Lines:
    one record), and is checked before anything is read.
    """
    if isinstance(paths, (str, os.PathLike)):
        # A lone path is iterable too (character by character): take the intent.
        paths = [paths]
    for path in paths:
        for item in _read_path(os.fspath(path), max_bytes):
            if isinstance(item, Article) and (_has_surrogates(item.id) or _has_surrogates(item.source)):
                item = replace(item, id=_without_surrogates(item.id), source=_without_surrogates(item.source))
            yield item


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= char <= "\udfff" for char in text)


def _without_surrogates(text: str) -> str:
    """A file name's bytes that are not UTF-8 as U+FFFD: ids and sources are written as
    UTF-8 (facts.json, the graph), which a lone surrogate cannot be."""
    return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in text)


def _read_path(path: str, max_bytes: int) -> Iterator[Article | ReadProblem]:
    if os.path.isdir(path):
        yield from _read_directory(path, max_bytes)
    elif not os.path.exists(path):
        yield _problem("R001", path)
    elif _suffix(path) in JSONL_SUFFIXES:
        yield from _read_records(path, max_bytes)
    else:
        yield _read_document(path, max_bytes)


def _suffix(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def _read_directory(path: str, max_bytes: int) -> Iterator[Article | ReadProblem]:
    """The folder's article files, recursively, by path; a folder with none is itself a problem."""
    found = False
    for item in _walk(path, frozenset()):
        if isinstance(item, ReadProblem):
            yield item
            continue
        found = True
        yield from _read_path(item, max_bytes)
    if not found:
        yield _problem("R009", path, suffixes=", ".join(DIRECTORY_SUFFIXES))


def _walk(path: str, ancestors: frozenset[tuple[int, int]]) -> Iterator[str | ReadProblem]:
    """Article files under ``path`` in name order, hidden names skipped.

    Symbolic links are followed (a corpus is often assembled from links), except one
    that leads back into a folder already being read: ``ancestors`` holds the
    (device, inode) of every folder on the way down, so a loop ends with one problem
    instead of recursing until the path is too long.
    """
    try:
        status = os.stat(path)
        entries = sorted(os.scandir(path), key=lambda entry: entry.name)
    except OSError as err:
        yield _problem("R007", path, detail=err.strerror or str(err))
        return
    ancestors = ancestors | {(status.st_dev, status.st_ino)}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        member = os.path.join(path, entry.name)
        try:
            is_dir = entry.is_dir()
            if is_dir:
                member_status = os.stat(member)
        except OSError as err:  # a link to itself, or to a path that loops
            if err.errno == errno.ELOOP:
                yield _problem("R014", member)
            elif _suffix(entry.name) in DIRECTORY_SUFFIXES:
                yield _problem("R007", member, detail=err.strerror or str(err))
            continue
        if is_dir:
            if (member_status.st_dev, member_status.st_ino) in ancestors:
                yield _problem("R014", member)
            else:
                yield from _walk(member, ancestors)
        elif _suffix(entry.name) in DIRECTORY_SUFFIXES:
            yield member


def _read_bounded(path: str, max_bytes: int) -> bytes | ReadProblem:
    """The whole file, or a problem if it is not a readable file within the limit.

    The size is checked with ``stat`` first so that a huge file costs nothing; the
    read is bounded too, for files whose size ``stat`` does not know (pipes, /proc)
    or that grow in between.
    """
    try:
        status = os.stat(path)
        if not os.path.isfile(path):
            return _problem("R007", path, detail="not a regular file")
        if status.st_size > max_bytes:
            return _too_big(path, status.st_size, max_bytes)
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        return _problem("R007", path, detail=err.strerror or str(err))
    if len(data) > max_bytes:
        return _too_big(path, len(data), max_bytes)
    return data


def _too_big(path: str, size: int, max_bytes: int) -> ReadProblem:
    shown = f"more than {_human_size(max_bytes)}" if size == max_bytes + 1 else _human_size(size)
    return _problem("R004", path, size=shown, limit=_human_size(max_bytes))


def _human_size(size: int) -> str:
    """Decimal units, so that the number shown is the number to pass to --max-bytes."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


def _read_document(path: str, max_bytes: int) -> Article | ReadProblem:
    """One text or HTML file as one article."""
    data = _read_bounded(path, max_bytes)
    if isinstance(data, ReadProblem):
        return data
    text = _text_or_problem(path, data)
    if isinstance(text, ReadProblem):
        return text
    article_id = os.path.splitext(os.path.basename(path))[0]
    if _suffix(path) in HTML_SUFFIXES or _looks_like_html(text):
        return _article_from_html(path, article_id, text)
    title, date = detect_title_and_date(text)
    return Article(id=article_id, source=path, text=text, title=title, date=date)


def _text_or_problem(path: str, data: bytes) -> str | ReadProblem:
    """Decoded, normalised text, unless the bytes are empty or not text at all."""
    if not data:
        return _problem("R002", path)
    text = _decode_text(data)
    if not isinstance(text, str):
        return _problem("R003", path, detail=text.reason)
    if not text.strip():
        return _problem("R008", path)
    return text


# ------------------------------------------------------------------------- decoding

# Byte-order marks, longest first: UTF-32-LE's mark starts with UTF-16-LE's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
# Line breaks other than LF that editors and converters write: CRLF, lone CR, NEL and the
# Unicode line and paragraph separators. All become LF, so that an article's text (and the
# offsets of its evidence) is the same whichever system saved it.
_LINE_BREAK = re.compile("\r\n|[\r\x85\u2028\u2029]")


@dataclass(frozen=True)
class _NotText:
    reason: str


def decode_bytes(data: bytes) -> str:
    """Bytes to normalised text, never raising: see :func:`_decode_text` for the rules.

    Bytes that are not text at all still come back as text here (undecodable parts
    replaced); readers use :func:`_decode_text`, which says why instead.
    """
    text = _decode_text(data)
    if isinstance(text, str):
        return text
    encoding, bom = _sniff_encoding(data)
    return normalise_text(data[bom:].decode(encoding or "latin-1", errors="replace"))


def _decode_text(data: bytes) -> str | _NotText:
    """Bytes to normalised text, or why they are not text.

    UTF-8, UTF-16 and UTF-32 are recognised by their byte-order mark, or without one
    by where the NUL bytes of mostly-ASCII text fall; other bytes are UTF-8, else
    cp1252, else latin-1. cp1252 comes before latin-1 because Windows editors write
    curly quotes and dashes in its 0x80-0x9F range, where latin-1 has invisible
    control codes; latin-1 is the last resort because it decodes any byte. Line ends
    become ``\\n`` and Unicode NFC, so that "é" is one character whichever way it
    was typed. NUL bytes in 8-bit text, a wide encoding that does not decode, or a
    high share of control, unassigned or private-use characters mean "not text".
    """
    encoding, bom = _sniff_encoding(data)
    if encoding is not None and encoding != "utf-8":
        try:
            text = data[bom:].decode(encoding)
        except UnicodeDecodeError:
            return _NotText(f"it is not valid {encoding.upper()}")
    elif b"\x00" in data[:_SNIFF_BYTES]:
        return _NotText("it contains NUL bytes")
    else:
        text, legacy = _decode_8bit(data)
        if legacy and _non_ascii_share(text) > _MAX_LEGACY_NON_ASCII:
            return _NotText("it is not UTF-8, and most of it is not ASCII either")
    reason = _control_reason(text)
    if reason:
        return _NotText(reason)
    return normalise_text(text)


def _sniff_encoding(data: bytes) -> tuple[str | None, int]:
    """(encoding, length of its byte-order mark), or (None, 0) for 8-bit text.

    Without a mark, UTF-16 and UTF-32 are told by the NUL bytes that mostly-ASCII text
    has in fixed places (``"A"`` is ``41 00`` in UTF-16-LE, ``00 00 00 41`` in UTF-32-BE):
    nearly every code unit has them, and nearly no other byte is NUL.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    sample = data[:_SNIFF_BYTES]
    if b"\x00" not in sample:
        return None, 0
    for width, encoding, zero_at in (
        (4, "utf-32-le", (1, 2, 3)),
        (4, "utf-32-be", (0, 1, 2)),
        (2, "utf-16-le", (1,)),
        (2, "utf-16-be", (0,)),
    ):
        if len(data) % width or len(sample) < width:
            continue
        units = [sample[i : i + width] for i in range(0, len(sample) - width + 1, width)]
        expected = sum(all(unit[k] == 0 for k in zero_at) for unit in units)
        stray = sum(unit[k] == 0 for unit in units for k in range(width) if k not in zero_at)
        if expected >= 0.8 * len(units) and stray <= 0.05 * len(units):
            return encoding, 0
    return None, 0


def _decode_8bit(data: bytes) -> tuple[str, bool]:
    """The text, and whether it needed a legacy (non-UTF-8) encoding."""
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), True
    except UnicodeDecodeError:
        return data.decode("latin-1"), True


# English (or Spanish, French ...) in cp1252 is mostly ASCII, with an accent or a curly
# quote here and there; random bytes are half non-ASCII, which no prose in a Latin
# script is. A third keeps a wide margin on both sides.
_MAX_LEGACY_NON_ASCII = 0.33


def _non_ascii_share(text: str) -> float:
    sample = text[:_SNIFF_BYTES]
    return sum(not char.isascii() for char in sample) / max(1, len(sample))


def normalise_text(text: str) -> str:
    """LF line ends and NFC: the one form every offset in the graph refers to."""
    return unicodedata.normalize("NFC", _LINE_BREAK.sub("\n", text))


# Characters prose does not contain: controls (but whitespace), unassigned code points,
# private use, lone surrogates, and U+FFFD, the mark of bytes that did not decode.
_NON_TEXT_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})


def _control_reason(text: str) -> str | None:
    """Why this decoded text is not prose: too many characters no prose has, or None."""
    sample = text[:_SNIFF_BYTES]
    if not sample:
        return None
    odd = sum(
        1
        for char in sample
        if char not in _TEXT_CONTROLS
        and (char == "\ufffd" or unicodedata.category(char) in _NON_TEXT_CATEGORIES)
    )
    share = odd / len(sample)
    if share > _MAX_CONTROL_SHARE:
        return f"{share:.0%} of its characters are control or unassigned characters"
    return None


# ---------------------------------------------------------------------- JSON Lines


def _read_records(path: str, max_bytes: int) -> Iterator[Article | ReadProblem]:
    """One article per valid record; each bad record is one problem, and reading goes on."""
    try:
        if not os.path.isfile(path):
            yield _problem("R007", path, detail="not a regular file")
            return
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
            if not head:
                yield _problem("R002", path)
                return
            encoding, _ = _sniff_encoding(head)
            if encoding not in (None, "utf-8"):
                yield _problem("R003", path, detail=f"it is {encoding.upper()}; JSON Lines must be UTF-8")
                return
            if b"\x00" in head:
                yield _problem("R003", path, detail="it contains NUL bytes")
                return
            if _suffix(path) == ".json" and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
                yield from _read_json_list(path, max_bytes)
                return
            handle.seek(0)
            yield from _read_jsonl_lines(path, handle, max_bytes)
    except OSError as err:
        yield _problem("R007", path, detail=err.strerror or str(err))


def _read_jsonl_lines(path: str, handle: BinaryIO, max_bytes: int) -> Iterator[Article | ReadProblem]:
    # A JSON Lines corpus may be far larger than one article, so it is streamed
    # line by line and the size limit applies to each record, not to the file.
    seen_record = False
    for number, line in _bounded_lines(handle, max_bytes):
        if isinstance(line, int):
            seen_record = True
            yield _problem("R010", path, line=number, size=_human_size(line), limit=_human_size(max_bytes))
            continue
        raw = decode_bytes(line)
        if not raw.strip():
            continue  # blank lines between records are harmless
        seen_record = True
        record = _json_or_reason(raw)
        if isinstance(record, _NotText):
            yield _problem("R005", path, line=number, detail=record.reason)
            continue
        yield _article_from_record(
            record, path, lambda detail, n=number: _problem("R005", path, line=n, detail=detail)
        )
    if not seen_record:
        yield _problem("R008", path)


def _bounded_lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | int]]:
    """(line number, bytes) per line; for a line over ``max_bytes``, its size instead.

    An over-long line is skipped in chunks, never held in memory whole.
    """
    number = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            size = len(line)
            while True:
                rest = handle.readline(_SNIFF_BYTES)
                size += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, size
        else:
            yield number, line


def _read_json_list(path: str, max_bytes: int) -> Iterator[Article | ReadProblem]:
    """A ``.json`` file holding one list of records (bounded like a single article file)."""
    data = _read_bounded(path, max_bytes)
    if isinstance(data, ReadProblem):
        yield data
        return
    records = _json_or_reason(decode_bytes(data))
    if isinstance(records, _NotText):
        yield _problem("R007", path, detail=records.reason)
        return
    if not isinstance(records, list):
        yield _problem("R007", path, detail=f"expected a JSON list of records, found {type(records).__name__}")
        return
    if not records:
        yield _problem("R008", path)
    for index, record in enumerate(records, start=1):
        yield _article_from_record(
            record, path, lambda detail, i=index: _problem("R011", path, index=i, detail=detail)
        )


def _json_or_reason(raw: str) -> Any:
    """The parsed JSON value, or why it is not JSON we can read.

    Beyond syntax errors, ``json`` raises ValueError for an integer of more digits than
    Python converts (4,300) and RecursionError for nesting deeper than the stack.
    """
    try:
        return json.loads(raw)
    except json.JSONDecodeError as err:
        return _NotText(f"invalid JSON: {err.msg} at line {err.lineno} column {err.colno}")
    except ValueError as err:
        return _NotText(f"invalid JSON: {err}".split(";")[0])
    except RecursionError:
        return _NotText("invalid JSON: nested too deeply")


#: Record ids name articles in messages, facts.json and the graph; longer ones are not ids.
MAX_ID_CHARS = 256
# What RFC 3987 leaves out of an IRI: spaces, controls, and <>"{}|\^` (they delimit IRIs in
# Turtle and N-Triples); a url with any of them would make the graph unreadable.
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]')


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be an article's web address in the graph, or None."""
    from urllib.parse import urlsplit

    bad = _NOT_IN_IRI.search(url)
    if bad:
        return f"it contains {bad.group(0)!r}"
    try:
        parts = urlsplit(url)
    except ValueError as err:
        return str(err)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return "it is not an absolute http(s) URL"
    return None


def _article_from_record(
    record: Any, path: str, problem: Callable[[str], ReadProblem]
) -> Article | ReadProblem:
    """An article from one JSON record; ``problem(detail)`` says what is wrong with it.

    Values the record gives win over what detection finds in the text.
    """
    if not isinstance(record, dict):
        return problem(f"found {type(record).__name__}")
    article_id = record.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str) or not article_id.strip():
        return problem("'id' is missing or not a non-empty string")
    if len(article_id) > MAX_ID_CHARS:
        return problem(f"'id' is longer than {MAX_ID_CHARS} characters")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return problem("'text' is missing or empty")
    for key in ("title", "date", "url"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return problem(f"'{key}' is not a string")
    if record.get("url") and (reason := url_problem(record["url"])):
        return problem(f"'url' is not a valid web address: {reason}")
    text = normalise_text(text)
    if (reason := _control_reason(text)) is not None:
        return problem(f"'text' is not prose: {reason}")
    detected_title, detected_date = detect_title_and_date(text)
    date = detected_date
    if record.get("date"):
        date = _explicit_date(record["date"])
        if date is None:
            return problem(f"'date' {record['date']!r} is not a date with day, month and year")
    title = " ".join(normalise_text(record.get("title") or "").split()) or detected_title
    return Article(
        id=article_id.strip(), source=path, text=text, title=title, date=date, url=record.get("url") or None
    )


# ---------------------------------------------------------------------------- HTML

# Content that is never read as article text: code, styling, and page furniture.
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "nav"})
# Tags that start a new paragraph (or line) in the visible text.
_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "header", "footer", "main", "aside", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr", "figure",
    "figcaption", "pre", "dl", "dt", "dd", "hr", "address", "form",
})
_VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
})
_TITLE_META = ("og:title", "twitter:title")
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "date",
    "dc.date.issued", "dc.date", "pubdate", "publish-date", "parsely-pub-date",
)


class _PageText(HTMLParser):
    """Collects the visible text of a page in paragraphs, and its title and date hints."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = [[]]
        self.skip_depth = 0
        # <head> is tracked apart from the skipped tags because pages often leave
        # it unclosed: <body> ends it too, or the whole article would be lost.
        self.in_head = False
        self.in_title = False
        self.in_h1 = False
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.time_datetime: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            self._remember_meta(attributes)
        elif tag == "time" and self.time_datetime is None and attributes.get("datetime"):
            self.time_datetime = attributes["datetime"]
        if tag == "title":
            self.in_title = True
        if tag in ("head", "body"):
            self.in_head = tag == "head"
        if tag in _VOID_TAGS:
            if tag == "br" and not self.skip_depth:
                self.blocks[-1].append("\n")
            elif tag == "hr":
                self._new_block()
            return
        if tag in _SKIPPED_TAGS:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self._new_block()
        if tag == "h1":
            self.in_h1 = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "head":
            self.in_head = False
        if tag == "h1":
            self.in_h1 = False
        if tag in _SKIPPED_TAGS and self.skip_depth:
            self.skip_depth -= 1
        elif tag in _BLOCK_TAGS:
            self._new_block()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)  # the page's name, not part of its text
            return
        if self.skip_depth or self.in_head:
            return
        if self.in_h1:
            self.h1_parts.append(data)
        self.blocks[-1].append(data)

    def _new_block(self) -> None:
        if self.blocks[-1]:
            self.blocks.append([])

    def _remember_meta(self, attributes: dict[str, str]) -> None:
        key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or ""
        key = key.lower()
        if key and attributes.get("content") and key not in self.meta:
            self.meta[key] = attributes["content"]

    def paragraphs(self) -> list[str]:
        """Each block with its runs of spaces collapsed; explicit <br> breaks kept."""
        result = []
        for block in self.blocks:
            lines = "".join(block).split("\n")
            cleaned = "\n".join(" ".join(line.split()) for line in lines).strip("\n ")
            cleaned = re.sub(r"\n{2,}", "\n", cleaned)
            if cleaned:
                result.append(cleaned)
        return result


def html_to_text(html: str) -> tuple[str, str | None, str | None]:
    """An HTML page as (visible text, title, ISO date), with the standard library only.

    Scripts, styles and navigation are dropped; block elements become paragraphs
    separated by a blank line. The title is og:title, else the first ``<h1>``, else
    ``<title>``; the date comes from ``article:published_time`` (or a similar meta
    tag), else the first ``<time datetime>``. Missing hints are ``None``.
    """
    parser = _PageText()
    parser.feed(html)
    parser.close()
    text = "\n\n".join(parser.paragraphs())
    title = _first_nonempty(
        *(parser.meta.get(key, "") for key in _TITLE_META),
        "".join(parser.h1_parts),
        "".join(parser.title_parts),
    )
    date = None
    for raw in [*(parser.meta.get(key) for key in _DATE_META), parser.time_datetime]:
        if raw:
            date = _explicit_date(raw)
            if date:
                break
    return text, title, date


def _first_nonempty(*values: str) -> str | None:
    for value in values:
        cleaned = " ".join(value.split())
        if cleaned:
            return cleaned
    return None


def _looks_like_html(text: str) -> bool:
    start = text.lstrip()[:100].lower()
    return start.startswith("<!doctype html") or start.startswith("<html")


def _article_from_html(path: str, article_id: str, html: str) -> Article | ReadProblem:
    text, title, date = html_to_text(html)
    if not text.strip():
        return _problem("R006", path)
    text = normalise_text(text)
    if title is None or date is None:
        detected_title, detected_date = detect_title_and_date(text)
        title = title or detected_title
        date = date or detected_date
    return Article(id=article_id, source=path, text=text, title=title, date=date)


# ------------------------------------------------------------- title and date detection

# The header of an article: where outlets put headline, byline and dateline. Dates
# further down are about events (or photo captions), not about publication.
HEADER_CHARS = 400
HEADER_LINES = 8

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# Only dates that name a day, a month and a year: anything less ("Wednesday",
# "July 26") would have to be resolved against today, which is never the
# publication date of an archived article.
_DATE_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}"  # 2019-09-21 (and the date part of 2019-09-21T10:15Z)
    rf"|\d{{4}}/\d{{1,2}}/\d{{1,2}}"  # 2019/09/21
    rf"|{_MONTH}\s+{_DAY},?\s+\d{{4}}"  # July 22, 2019 / Jul. 26 2019
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"  # 17th October, 2019 / 26 July 2019
    r"|\d{1,2}/\d{1,2}/\d{4}"  # 7/26/2019 (month first, as US outlets write it)
    r")(?!\d)",  # a time may follow ("2019-07-26T10:15"), more digits may not
    re.IGNORECASE,
)
_DATE_CUE_WINDOW = 40
_SHORT_LINE = 80
_DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "DATE_ORDER": "MDY",
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def detect_title_and_date(text: str) -> tuple[str | None, str | None]:
    """The headline and the ISO (YYYY-MM-DD) publication date the text's header gives.

    The date is an explicit date with day, month and year found in the header
    region (the first :data:`HEADER_LINES` lines, at most :data:`HEADER_CHARS`
    characters): one on a short line or after a cue word ("Published:",
    "UPDATED ... —", "date") or inside a dateline's parentheses
    ("CITY (Agency - 17th October, 2019)") is preferred, else the first one.
    Weekday names and dates without a year are never resolved, and dates in the
    body (a photo caption, a quoted event) are never looked at.

    The title is the first line that looks like a headline: more than two words,
    short, not ending in a full stop. Labels that may precede it (a section word,
    a handle, a byline, an agency or date line) are skipped; body text ends the
    search with ``None``.
    """
    lines = _header_lines(text)
    return _detect_title(lines), _detect_date(lines)


def _header_lines(text: str) -> list[str]:
    header = text[:HEADER_CHARS]
    return [line.strip() for line in header.split("\n") if line.strip()][:HEADER_LINES]


def _detect_date(lines: list[str]) -> str | None:
    first_any: str | None = None
    for line in lines:
        for match in _DATE_PATTERN.finditer(line):
            iso = _explicit_date(match.group(0))
            if iso is None:
                continue
            if _is_dateline(line, match.start()):
                return iso
            first_any = first_any or iso
    return first_any


@lru_cache(maxsize=1)
def _date_cue() -> re.Pattern[str]:
    """The words that introduce the publication date shortly before it ("Published: ..."),
    ``dates.json`` "publication_cues"."""
    from importlib import resources

    words = json.loads(resources.files("kg.data").joinpath("patterns/dates.json").read_text("utf-8"))["publication_cues"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _is_dateline(line: str, start: int) -> bool:
    """Whether a date at ``start`` of ``line`` reads as the article's own date."""
    before = line[:start]
    return (
        len(line) <= _SHORT_LINE
        or bool(_date_cue().search(before[-_DATE_CUE_WINDOW:]))
        or before.rfind("(") > before.rfind(")")  # inside "(Agency - date)"
    )


def _explicit_date(value: str) -> str | None:
    """ISO date of a string that names day, month and year, else None (never guessed)."""
    iso = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])", value)
    if iso:
        try:
            return _dt.date(*(int(part) for part in iso.groups())).isoformat()
        except ValueError:
            return None
    from .dates import explicit_day

    # the forms of _DATE_PATTERN are read directly; dateparser (about 4 ms a call, on
    # every article of every build) only reads what a record or a meta tag gives otherwise
    day = explicit_day(value)
    if day is not None:
        return day
    return _dateparser_date(value.strip())


@lru_cache(maxsize=1024)
def _dateparser_date(value: str) -> str | None:
    import dateparser  # deferred: its language data take a moment to load

    try:
        parsed = dateparser.parse(value, languages=["en"], settings=_DATEPARSER_SETTINGS)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date().isoformat() if parsed else None


# A handle ("@name", "(@name)"), a byline ("By Jane Doe"), a link.
_LABEL_PATTERN = re.compile(r"^(?:\(?@\w+\)?|by\s.+|https?://\S+)$", re.IGNORECASE)
# "MEXICO CITY (Reuters) -": a wire dateline, which opens the body.
_WIRE_DATELINE = re.compile(r"^[^()]{0,60}\([^()]{1,60}\)\s*[-–—]")
_MAX_TITLE_WORDS = 30
_MAX_TITLE_CHARS = 200


def _detect_title(lines: list[str]) -> str | None:
    for line in lines:
        candidate = line.lstrip("#").strip()  # a Markdown heading is a headline too
        if _is_label(candidate):
            continue
        return candidate if _is_headline(candidate) else None
    return None


def _is_label(line: str) -> bool:
    """A line that may sit above a headline: section, handle, byline, agency, date."""
    words = line.split()
    return (
        len(words) <= 2
        or (bool(_LABEL_PATTERN.match(line)) and len(words) <= 8)
        or (bool(_DATE_PATTERN.search(line)) and len(line) <= _SHORT_LINE)
    )


def _is_headline(line: str) -> bool:
    words = line.split()
    return (
        2 < len(words) <= _MAX_TITLE_WORDS
        and len(line) <= _MAX_TITLE_CHARS
        and not _WIRE_DATELINE.match(line)
        and (not line.endswith((".", ",", ";", ":")) or _ends_with_abbreviation(line))
    )


def _ends_with_abbreviation(line: str) -> bool:
    """ "... to the U.S." ends a headline, not a sentence."""
    return bool(re.search(r"\b(?:[A-Z]\.){2,}$", line)) and not line.endswith("..")
