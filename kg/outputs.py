"""One generation of outputs: a build's files all appear at once, or none of them does.

A build writes everything (store, Turtle, TriG, facts, view, ontology page) into a new
hidden folder ``DIR/.gen-XXXX``, then switches the symbolic link ``DIR/.current`` to it
with one atomic rename. The names users open are fixed links into that switch:
``DIR/graph.ttl -> .current/graph.ttl``, ``DIR/store -> .current/store`` ... So whenever
a build is killed (even with SIGKILL), every output a reader sees comes from one build:
the previous one before the switch, the new one after it. Leftovers of killed runs
(their unfinished ``.gen-*`` folders, temporary files) are removed by the next build.

One build at a time per output folder: a second build started into the same folder
removes the first one's unfinished generation.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import E, KGError

CURRENT = ".current"
GENERATION_PREFIX = ".gen-"


class Generation:
    """The outputs of builds into one folder, switched from one generation to the next."""

    def __init__(self, out: Path) -> None:
        self.out = out

    def current(self) -> Path | None:
        """The folder of the generation readers see now, if any."""
        link = self.out / CURRENT
        return self.out / os.readlink(link) if link.is_symlink() else None

    def begin(self) -> Path:
        """A new, empty generation folder to fill before :meth:`write` switches to it (an
        incremental build works on its store there); leftovers of killed runs go first."""
        try:
            if self.out.exists() and not self.out.is_dir():
                raise NotADirectoryError(20, "not a directory", str(self.out))
            self.out.mkdir(parents=True, exist_ok=True)
            self.clean()
            return Path(tempfile.mkdtemp(prefix=GENERATION_PREFIX, dir=self.out))
        except OSError as exc:
            raise KGError(E.G007.format(path=self.out, detail=exc.strerror or exc)) from exc

    def write(self, fill: Callable[[Path], None], folder: Path | None = None) -> list[Path]:
        """Make a new generation with ``fill(folder)``, switch to it, return the outputs' paths.

        ``folder`` is one :meth:`begin` made (else a new one). A failure inside ``fill``
        leaves the previous generation in place and removes the half-written one;
        file-system errors become a one-line :class:`KGError` (E.G007).
        """
        try:
            return self._write(fill, folder)
        except OSError as exc:
            raise KGError(E.G007.format(path=self.out, detail=exc.strerror or exc)) from exc

    def _write(self, fill: Callable[[Path], None], folder: Path | None) -> list[Path]:
        if folder is None:
            folder = self.begin()
        previous = self.current()
        try:
            fill(folder)
            os.chmod(folder, 0o777 & ~_umask())  # mkdtemp makes it private; outputs are for sharing
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        names = sorted(p.name for p in folder.iterdir())
        _symlink(folder.name, self.out / CURRENT)  # the switch: one rename
        for name in names:
            self._link(name)
        self._unlink_missing(set(names))
        if previous is not None and previous.resolve() != folder.resolve():
            shutil.rmtree(previous, ignore_errors=True)
        return [self.out / name for name in names]

    def clean(self) -> None:
        """Remove what killed runs left: unfinished generations and temporary files."""
        current = self.current()
        keep = current.name if current is not None else None
        for entry in self.out.iterdir():
            name = entry.name
            if name.startswith(GENERATION_PREFIX) and name != keep and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            elif name.startswith(".") and name.endswith(".tmp"):
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)

    def _link(self, name: str) -> None:
        """``DIR/name -> .current/name``, replacing a file of a build from before generations."""
        path, target = self.out / name, f"{CURRENT}/{name}"
        if path.is_symlink() and os.readlink(path) == target:
            return
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        _symlink(target, path)

    def _unlink_missing(self, names: set[str]) -> None:
        """Links to outputs this generation does not have (``--no-view``) would point nowhere."""
        for entry in self.out.iterdir():
            if entry.is_symlink() and entry.name not in names and os.readlink(entry).startswith(f"{CURRENT}/"):
                entry.unlink()


def _symlink(target: str, path: Path) -> None:
    """Make ``path`` a symbolic link to ``target`` atomically (a new link renamed over it)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.link.tmp")
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    if path.is_dir() and not path.is_symlink():  # a folder copied with its links followed
        aside = path.with_name(f".{path.name}.{os.getpid()}.old.tmp")
        os.replace(path, aside)
        shutil.rmtree(aside, ignore_errors=True)
    os.replace(tmp, path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


__all__ = ["CURRENT", "Generation"]
