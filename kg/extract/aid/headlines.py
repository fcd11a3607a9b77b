"""Where an article's headline ends, and whether a sum is the headline's: a headline tells a sum
in short ("$12m for X") that the body then tells in full, so the body's fact replaces it."""

from __future__ import annotations

from ...facts import Aid


def headline_end(text: str, title: str | None = None) -> int:
    """Where the headline ends: the article's title when the text opens with it under an
    outlet's name or section ("VOA News / Americas / US to Restore Some Aid ..."), else the
    first line of a text with several lines (0 for a text of one line)."""
    end = text.find("\n", len(text) - len(text.lstrip()))
    at = text.find(title, 0, _TITLE_REACH) if title else -1
    return at + len(title) if title and at >= 0 and text[at + len(title) : at + len(title) + 1] in ("\n", "") else max(end, 0)


#: how far into a text its title may start, below an outlet's name and section lines
_TITLE_REACH = 200


def loose_headline(headline: Aid, fact: Aid, top: int) -> bool:
    """Whether a sum is a headline's (before ``top``) that the body tells with other countries."""
    return headline.evidence is not None and headline.evidence.start < top and set(fact.recipients) != set(headline.recipients)
