"""Where newsprism keeps things: the library file and the crash reports beside it.

Apart from :mod:`core.library.store` so that finding out whether there is a library costs no
SQLite import on the way to the reader's first paint.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["ENV_VAR", "data_dir", "default_library", "log_dir"]

#: The environment variable naming the library file (``--library`` wins over it).
ENV_VAR = "NEWSPRISM_LIBRARY"


def data_dir() -> Path:
    """The user data directory (platformdirs: ``~/.local/share/newsprism`` on Linux)."""
    from platformdirs import user_data_path

    return user_data_path("newsprism")


def default_library() -> Path:
    """The library file: $NEWSPRISM_LIBRARY, else ``library`` in the config file
    (:mod:`core.config`), else ``library.sqlite`` in the data directory. A config file broken
    elsewhere (a bad theme) does not stop this; a broken library setting is a ConfigError."""
    named = os.environ.get(ENV_VAR)
    if named:
        return Path(named).expanduser()
    from core.config import load

    return Path(str(load(lenient=True)["library"])).expanduser()


def log_dir() -> Path:
    """Where crash reports go: ``logs`` in the data directory."""
    return data_dir() / "logs"
