"""The errors core raises for the user: each message is one line that names what failed.

They live apart from the modules that raise them so that the command line can catch them
without importing the library (SQLite and all) on the way to the reader's first paint.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["NOT_FOUND", "ConfigError", "ReadError", "LibraryError", "LibraryFailure", "not_there"]

#: What every command says of a path that is not there, file or folder, after its name
#: ("notes.txt: no such file or directory"): one wording whichever command reads it.
NOT_FOUND = "no such file or directory"


def not_there(path: Path) -> str:
    """What every command says of *path*, which is not there, after its name: :data:`NOT_FOUND`,
    or where it is a link to nothing, where it points ("a link to /gone.txt, which does not
    exist"), named or met in a folder alike. Its target is article-like text (a file name anyone
    chose): control characters in it are made visible (core.sanitize)."""
    if path.is_symlink():
        from core.sanitize import sanitize

        try:
            return f"a link to {sanitize(os.readlink(path))}, which does not exist"
        except OSError:
            pass
    return NOT_FOUND


class ReadError(Exception):
    """An input that cannot be read; the message is one line that names it."""


class NothingToRead(ReadError):
    """An input read whole that holds nothing to read, or a part of it that is no article (a
    feed with no entries, a record that is a headline only): said in its line, but no failure
    (the exit status is unchanged)."""


class LibraryError(Exception):
    """The library cannot be opened or changed; the message is one line that names it."""


class LibraryFailure(LibraryError):
    """The library's file is damaged (or is no database), or the disk under it fails: whatever
    was under way cannot go on with it (a batch stops, not skips its articles one by one)."""


class ConfigError(Exception):
    """The config file or a setting is wrong; the message is one line naming the file and key."""
