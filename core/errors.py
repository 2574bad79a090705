"""The errors core raises for the user: each message is one line that names what failed.

They live apart from the modules that raise them so that the command line can catch them
without importing the library (SQLite and all) on the way to the reader's first paint.
"""

from __future__ import annotations

__all__ = ["NOT_FOUND", "ConfigError", "ReadError", "LibraryError", "LibraryFailure"]

#: What every command says of a path that is not there, file or folder, after its name
#: ("notes.txt: no such file or directory"): one wording whichever command reads it.
NOT_FOUND = "no such file or directory"


class ReadError(Exception):
    """An input that cannot be read; the message is one line that names it."""


class LibraryError(Exception):
    """The library cannot be opened or changed; the message is one line that names it."""


class LibraryFailure(LibraryError):
    """The library's file is damaged (or is no database), or the disk under it fails: whatever
    was under way cannot go on with it (a batch stops, not skips its articles one by one)."""


class ConfigError(Exception):
    """The config file or a setting is wrong; the message is one line naming the file and key."""
