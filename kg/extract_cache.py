"""The extraction cache: one JSON file of facts per content hash, trusted only when well typed."""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from .atomic import write_text
from .facts import Article, ArticleFacts

FACTS_KINDS = ("agreements", "officials", "aid", "meetings")


class ExtractionCache:
    """Extraction results on disk, one JSON file per content hash.

    The cache only ever saves work: an entry that cannot be read, or that is not an
    extraction result down to the type of every field (a hand-edited or truncated file,
    another version's format), is a miss; a cache folder that cannot be written is
    reported once and the build goes on without storing.
    """

    def __init__(self, directory: str | None) -> None:
        self.directory = Path(directory) if directory else None
        self.write_error: str | None = None

    def get(self, key: str, article: Article) -> ArticleFacts | None:
        if self.directory is None:
            return None
        path = self.directory / f"{key}.json"
        try:
            facts = ArticleFacts.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None  # missing or stale entry: extract again
        facts.article = article  # same text, maybe another file name
        return facts if _well_typed(facts) else None

    def put(self, key: str, facts: ArticleFacts) -> None:
        if self.directory is None or self.write_error is not None:
            return
        try:
            write_text(self.directory / f"{key}.json", json.dumps(facts.to_dict(), ensure_ascii=False))
        except OSError as err:
            self.write_error = err.strerror or str(err)


def _well_typed(facts: ArticleFacts) -> bool:
    """Whether every field of ``facts`` has its declared type and evidence lies in the text."""
    length = len(facts.article.text)
    for kind in FACTS_KINDS:
        items = getattr(facts, kind)
        if not isinstance(items, list):
            return False
        for item in items:
            if not _checker(type(item))(item) or not 0 <= item.evidence.start <= item.evidence.end <= length:
                return False
    return True


Check = Callable[[Any], bool]


@cache
def _checker(hint: Any) -> Check:
    """A function that tells whether a value has the type hint ``hint`` (str, float, lists,
    unions, the facts dataclasses ...), made once per hint: the cache checks every field
    of every entry it reads, so the hint is not taken apart again for each value."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [_checker(option) for option in typing.get_args(hint)]
        return lambda value: any(check(value) for check in options)
    if origin is list:
        (item_hint,) = typing.get_args(hint)
        item = _checker(item_hint)
        return lambda value: isinstance(value, list) and all(item(v) for v in value)
    if hint is type(None):
        return lambda value: value is None
    if hint is float:
        return lambda value: (isinstance(value, (int, float)) and not isinstance(value, bool)
                              and math.isfinite(value))
    if hint is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)  # resolving compiles every annotation: once per class
        fields = [(f.name, _checker(hints[f.name])) for f in dataclasses.fields(hint)]
        return lambda value: isinstance(value, hint) and all(check(getattr(value, name)) for name, check in fields)
    return lambda value: isinstance(value, hint)


__all__ = ["ExtractionCache"]
