"""HTML pages to their visible text, headline and publication date (``html.parser``).

Part of reading (:mod:`kg.read`): code, styling and page furniture are skipped, block
elements start new lines, and the page's own title and date metadata are kept.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from kg.headline import explicit_date


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
            date = explicit_date(raw)
            if date:
                break
    return text, title, date


def _first_nonempty(*values: str) -> str | None:
    for value in values:
        cleaned = " ".join(value.split())
        if cleaned:
            return cleaned
    return None


def looks_like_html(text: str) -> bool:
    start = text.lstrip()[:100].lower()
    return start.startswith("<!doctype html") or start.startswith("<html")
