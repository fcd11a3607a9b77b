"""Read articles: files, folders and JSON Lines in, :class:`~kg.facts.Article` values out.

The first stage of the data flow. Everything a later stage needs to trust about its
input is settled here, once:

* bytes become text whatever the encoding, in one normal form (:mod:`kg.decode`);
* HTML pages become their visible text (:mod:`kg.html_text`);
* a publication date and a headline are worked out from the header of the article
  (:mod:`kg.headline`) when the input does not give them;
* anything that is not an article (missing, empty, binary, too big, malformed, a
  folder link that loops) is reported as a :class:`ReadProblem` with a catalogue code
  from :mod:`kg.errors`, and reading goes on with the next input: one bad file never
  stops a corpus.

Nothing here imports spaCy or rdflib.
"""

from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any, BinaryIO

from kg.decode import SNIFF_BYTES, NotText, control_reason, decode_bytes, decode_text, normalise_text, sniff_encoding
from kg.errors import E
from kg.facts import Article
from kg.headline import detect_title_and_date, explicit_date
from kg.html_text import html_to_text, looks_like_html

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
    if _suffix(path) in HTML_SUFFIXES or looks_like_html(text):
        return _article_from_html(path, article_id, text)
    title, date = detect_title_and_date(text)
    return Article(id=article_id, source=path, text=text, title=title, date=date)


def _text_or_problem(path: str, data: bytes) -> str | ReadProblem:
    """Decoded, normalised text, unless the bytes are empty or not text at all."""
    if not data:
        return _problem("R002", path)
    text = decode_text(data)
    if not isinstance(text, str):
        return _problem("R003", path, detail=text.reason)
    if not text.strip():
        return _problem("R008", path)
    return text


# ---------------------------------------------------------------------- JSON Lines


def _read_records(path: str, max_bytes: int) -> Iterator[Article | ReadProblem]:
    """One article per valid record; each bad record is one problem, and reading goes on."""
    try:
        if not os.path.isfile(path):
            yield _problem("R007", path, detail="not a regular file")
            return
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
            if not head:
                yield _problem("R002", path)
                return
            encoding, _ = sniff_encoding(head)
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
        if isinstance(record, NotText):
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
                rest = handle.readline(SNIFF_BYTES)
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
    if isinstance(records, NotText):
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
        return NotText(f"invalid JSON: {err.msg} at line {err.lineno} column {err.colno}")
    except ValueError as err:
        return NotText(f"invalid JSON: {err}".split(";")[0])
    except RecursionError:
        return NotText("invalid JSON: nested too deeply")


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
    if (reason := control_reason(text)) is not None:
        return problem(f"'text' is not prose: {reason}")
    detected_title, detected_date = detect_title_and_date(text)
    date = detected_date
    if record.get("date"):
        date = explicit_date(record["date"])
        if date is None:
            return problem(f"'date' {record['date']!r} is not a date with day, month and year")
    title = " ".join(normalise_text(record.get("title") or "").split()) or detected_title
    return Article(
        id=article_id.strip(), source=path, text=text, title=title, date=date, url=record.get("url") or None
    )


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
