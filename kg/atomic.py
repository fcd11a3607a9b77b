"""Atomic file output: a reader never sees a half-written file.

Everything the tool writes goes to a temporary file in the destination's folder and is
renamed over the destination only once complete (``os.replace`` is atomic on POSIX and
Windows when both are on one file system).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def atomic_write(path: str | Path, mode: str = "w", *, encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary file for writing that replaces ``path`` on success, vanishes on error."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; outputs are for sharing, so give them the
        # permissions an ordinary open() would (0666 less the umask).
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` atomically as UTF-8."""
    with atomic_write(path) as handle:
        handle.write(text)
    return Path(path)


def writable_folder(path: str | Path) -> Path:
    """``path`` as an output folder that exists and takes files, or a one-line KGError.

    Checked before a long build starts, by creating the folder and a file in it, so
    that a typo in ``--out`` (a file's name, a read-only place) costs nothing.
    """
    from .errors import E, KGError

    path = Path(path)
    if path.exists() and not path.is_dir():
        raise KGError(E.X006.format(path=path))
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as err:
        raise KGError(E.X005.format(path=path, detail=err.strerror or str(err))) from None
    return path
