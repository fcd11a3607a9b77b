"""Bytes to text: whatever the encoding, one normal form, or why the bytes are not text.

Part of reading (:mod:`kg.read`): UTF-8, UTF-16 or UTF-32 in either byte order, with or
without a byte-order mark, else cp1252, else latin-1; every kind of line end becomes
``\\n`` and Unicode is NFC, so that character offsets computed by the extractors point at
the same characters for every reader of ``Article.text``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# How much of a file is looked at to decide whether it is binary: enough to be
# sure, little enough to stay fast on a file at the size limit.
SNIFF_BYTES = 8192
# Real text has (almost) no control characters other than whitespace; random or
# compressed bytes have about one in four. Five per cent separates them with a margin.
_MAX_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x85")


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
class NotText:
    reason: str


def decode_bytes(data: bytes) -> str:
    """Bytes to normalised text, never raising: see :func:`decode_text` for the rules.

    Bytes that are not text at all still come back as text here (undecodable parts
    replaced); readers use :func:`decode_text`, which says why instead.
    """
    text = decode_text(data)
    if isinstance(text, str):
        return text
    encoding, bom = sniff_encoding(data)
    return normalise_text(data[bom:].decode(encoding or "latin-1", errors="replace"))


def decode_text(data: bytes) -> str | NotText:
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
    encoding, bom = sniff_encoding(data)
    if encoding is not None and encoding != "utf-8":
        try:
            text = data[bom:].decode(encoding)
        except UnicodeDecodeError:
            return NotText(f"it is not valid {encoding.upper()}")
    elif b"\x00" in data[:SNIFF_BYTES]:
        return NotText("it contains NUL bytes")
    else:
        text, legacy = _decode_8bit(data)
        if legacy and _non_ascii_share(text) > _MAX_LEGACY_NON_ASCII:
            return NotText("it is not UTF-8, and most of it is not ASCII either")
    reason = control_reason(text)
    if reason:
        return NotText(reason)
    return normalise_text(text)


def sniff_encoding(data: bytes) -> tuple[str | None, int]:
    """(encoding, length of its byte-order mark), or (None, 0) for 8-bit text.

    Without a mark, UTF-16 and UTF-32 are told by the NUL bytes that mostly-ASCII text
    has in fixed places (``"A"`` is ``41 00`` in UTF-16-LE, ``00 00 00 41`` in UTF-32-BE):
    nearly every code unit has them, and nearly no other byte is NUL.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    sample = data[:SNIFF_BYTES]
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
    sample = text[:SNIFF_BYTES]
    return sum(not char.isascii() for char in sample) / max(1, len(sample))


def normalise_text(text: str) -> str:
    """LF line ends and NFC: the one form every offset in the graph refers to."""
    return unicodedata.normalize("NFC", _LINE_BREAK.sub("\n", text))


# Characters prose does not contain: controls (but whitespace), unassigned code points,
# private use, lone surrogates, and U+FFFD, the mark of bytes that did not decode.
_NON_TEXT_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})


def control_reason(text: str) -> str | None:
    """Why this decoded text is not prose: too many characters no prose has, or None."""
    sample = text[:SNIFF_BYTES]
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
