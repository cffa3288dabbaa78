"""The files a path, a folder or a glob names, in sorted order, with a line for each thing in a folder not read.

A folder is read recursively; hidden files and folders and a folder's README/LICENSE files are skipped without a
word (they are not articles). Everything else that is not read is reported, one :class:`InputError` each, and
the rest of the folder goes on: a folder that cannot be listed (no permission), a symbolic link to a folder (not
followed: it could loop, or lead out of the folder; name it on its own to read it), a broken symbolic link, and
what is not a regular file (a FIFO, a socket, a device). A symbolic link to a file is read. Names are kept as the
system gives them (bytes that are not UTF-8 included), and printed through :func:`politika.errors.printable`.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

from politika.errors import InputError, printable

_HOUSEKEEPING = ("README", "LICENSE", "LICENCE", "CHANGELOG", "MANIFEST")


def walk_source(source: str) -> Iterator[Path | InputError]:
    """The files ``source`` names, and an error for each thing in its folders that is not read, sorted by path."""
    if any(ch in source for ch in "*?["):
        yield from sorted(Path(p) for p in glob.glob(source, recursive=True) if Path(p).is_file())
        return
    path = Path(source)
    if not path.is_dir():
        yield path
        return
    found: list[tuple[str, Path | InputError]] = []

    def unreadable(exc: OSError) -> None:
        where = str(exc.filename or source)
        found.append((where, InputError(printable(where), f"folder cannot be read ({exc.strerror or exc}); "
                                                          "its files are skipped")))

    for folder, dirs, files in os.walk(source, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in list(dirs):
            full = os.path.join(folder, name)
            if os.path.islink(full):
                dirs.remove(name)
                found.append((full, InputError(printable(full), "symbolic link to a folder, not followed (name it "
                                                                "on its own to read it)")))
        for name in files:
            full = os.path.join(folder, name)
            if name.startswith(".") or name.upper().startswith(_HOUSEKEEPING):
                continue
            item = Path(full)
            if item.is_file():
                found.append((full, item))
            elif os.path.islink(full):
                found.append((full, InputError(printable(full), "broken symbolic link (what it points to does "
                                                                "not exist)")))
            else:
                found.append((full, InputError(printable(full), "not a regular file (a FIFO, socket or device); "
                                                                "skipped")))
    found.sort(key=lambda entry: Path(entry[0]))
    for _, entry in found:
        yield entry


def expand_paths(source: str) -> list[Path]:
    """The files a path, folder or glob names, sorted (what :func:`walk_source` yields, less its errors)."""
    return [entry for entry in walk_source(source) if isinstance(entry, Path)]
