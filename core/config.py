"""The user's settings: a TOML file in the XDG config directory, under environment variables
and command-line flags.

Where a value comes from, strongest first: a flag (``--library``, ``--theme``), an
environment variable (each key's :attr:`Key.env`), the file
(``$XDG_CONFIG_HOME/newsprism/config.toml``, through platformdirs), the default. The file
looks like::

    theme = "nord"
    library = "~/news/library.sqlite"

    [refresh]
    interval = 60        # minutes before a feed is polled again
    timeout = 20.0

Reading uses :mod:`tomllib`; :func:`set_value` and :func:`unset_value` edit one line of the
file and keep the rest (comments, order, keys of other versions) as the user wrote it. A file
that is not TOML, or a value of the wrong type, is a :class:`ConfigError` naming the file and
the key; a key this version does not know is reported by :attr:`Config.unknown`, not an error.
"""

from __future__ import annotations

import math
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from core.errors import ConfigError

__all__ = [
    "KEYS",
    "Config",
    "ConfigError",
    "Key",
    "RefreshSettings",
    "Setting",
    "config_path",
    "in_file",
    "load",
    "refresh_settings",
    "set_value",
    "toml_literal",
    "unset_value",
]


@dataclass(frozen=True, slots=True)
class Key:
    """One setting: its dotted name in the file, its type, default, variable and meaning."""

    name: str  # "theme", "refresh.timeout": a dot puts the key in a [table]
    kind: type  # str, int, float or bool
    default: str | int | float | bool | None  # None: worked out when read (the library's place)
    env: str  # the environment variable that overrides the file
    help: str
    minimum: float | None = None  # for numbers: the least value that makes sense
    #: Whether going on with the default is safe when the file's value is broken (a lenient
    #: :func:`load`): not for the library, whose default would be another file than the one meant.
    safe_default: bool = True
    #: The command-line option that gives it, as the user types it (`refresh --jobs`): a bad value
    #: is told under that name, not the key's (`--jobs must be at least 1`).
    flag: str | None = None


#: Every setting newsprism reads, in the order `newsprism config` lists them.
KEYS: tuple[Key, ...] = (
    Key("theme", str, "textual-dark", "NEWSPRISM_THEME", "the reader's colours: a Textual theme name (Ctrl+P, 'theme')",
        flag="--theme"),
    Key("library", str, None, "NEWSPRISM_LIBRARY", "the library file (default: library.sqlite in the user data directory)",
        safe_default=False, flag="--library"),
    Key("refresh.interval", int, 30, "NEWSPRISM_REFRESH_INTERVAL", "minutes before `newsprism refresh` polls a feed again", 0),
    Key("refresh.timeout", float, 20.0, "NEWSPRISM_REFRESH_TIMEOUT", "seconds to wait for a server before giving up", 1,
        flag="--timeout"),
    Key("refresh.jobs", int, 4, "NEWSPRISM_REFRESH_JOBS", "feeds fetched at once (never two at once from one site)", 1,
        flag="--jobs"),
    Key("refresh.host_delay", float, 1.0, "NEWSPRISM_REFRESH_HOST_DELAY", "seconds between two requests to one site", 0),
    Key("refresh.fetch_pages", bool, True, "NEWSPRISM_REFRESH_FETCH_PAGES", "fetch an entry's page when its feed gives only a summary",
        flag="--no-fetch"),
)
_BY_NAME = {key.name: key for key in KEYS}

Value = str | int | float | bool


@dataclass(frozen=True, slots=True)
class Setting:
    """A value in force and where it came from: "flag", "environment $NAME", "file" or "default"."""

    key: Key
    value: Value
    source: str


@dataclass(frozen=True, slots=True)
class Config:
    """The settings in force, the file they were read from, and the file's unknown keys."""

    path: Path
    exists: bool
    settings: tuple[Setting, ...]
    unknown: tuple[str, ...]  # dotted names in the file this version does not read
    #: What a lenient :func:`load` found wrong, one line each ("PATH: theme must be text, not 5;
    #: using the default"): the program says each once and goes on.
    problems: tuple[str, ...] = ()
    #: Settings whose broken value has no safe default (name, why): reading them raises.
    broken: tuple[tuple[str, str], ...] = ()

    def __getitem__(self, name: str) -> Value:
        """The value of setting *name* (one of :data:`KEYS`); :class:`ConfigError` when a lenient
        :func:`load` found it broken and its default is not safe to use (the library)."""
        for broken, why in self.broken:
            if broken == name:
                raise ConfigError(why)
        for setting in self.settings:
            if setting.key.name == name:
                return setting.value
        raise KeyError(name)

    def source(self, name: str) -> str:
        """Where the value of *name* came from."""
        return next(s.source for s in self.settings if s.key.name == name)


@dataclass(frozen=True, slots=True)
class RefreshSettings:
    """The defaults of `newsprism refresh`, as the config in force gives them."""

    interval: int  # minutes before a feed is polled again
    timeout: float  # seconds to wait for a server
    jobs: int  # feeds fetched at once
    host_delay: float  # seconds between two requests to one site
    fetch_pages: bool  # fetch an entry's page when the feed gives only a summary


def config_path() -> Path:
    """The config file: ``config.toml`` in the user config directory (platformdirs:
    ``$XDG_CONFIG_HOME/newsprism``, by default ``~/.config/newsprism`` on Linux)."""
    from platformdirs import user_config_path

    return user_config_path("newsprism") / "config.toml"


def _convert(key: Key, raw: object, what: str) -> Value:
    """*raw* (from the file, or a string from the environment or a flag) as *key*'s type; a
    :class:`ConfigError` says "*what* must be …", *what* naming it as the user gave it (`--jobs`,
    `$NEWSPRISM_REFRESH_JOBS: refresh.jobs`, `PATH: refresh.jobs`)."""
    value: Value
    if isinstance(raw, str) and key.kind is not str:
        text = raw.strip().lower()
        try:
            if key.kind is bool:
                if text not in ("true", "false", "yes", "no", "1", "0", "on", "off"):
                    raise ValueError(raw)
                value = text in ("true", "yes", "1", "on")
            else:
                value = key.kind(text)
        except ValueError:
            raise ConfigError(f"{what} must be {_kind_name(key)}, not {raw!r}") from None
    elif key.kind is float and isinstance(raw, int) and not isinstance(raw, bool):
        value = float(raw)
    elif type(raw) is key.kind:
        value = raw  # type: ignore[assignment]
    else:
        raise ConfigError(f"{what} must be {_kind_name(key)}, not {raw!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(f"{what} must be a finite number, not {raw!r}")
    if key.minimum is not None and isinstance(value, int | float) and value < key.minimum:
        raise ConfigError(f"{what} must be at least {key.minimum:g}, not {value!r}")
    if key.name == "theme" and isinstance(value, str) and not value.strip():
        raise ConfigError(f"{what} must name a theme")
    return value


def _kind_name(key: Key) -> str:
    return {str: "text", int: "a whole number", float: "a number", bool: "true or false"}[key.kind]


def _flatten(table: Mapping[str, object], prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    for name, value in table.items():
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}{name}."))
        else:
            out[prefix + name] = value
    return out


def _read_file(path: Path) -> tuple[bool, dict[str, object]]:
    """Whether *path* exists, and its keys by dotted name; :class:`ConfigError` when unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False, {}
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, not a config file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file ({getattr(exc, 'strerror', None) or exc})") from None
    try:
        return True, _flatten(tomllib.loads(text))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None


#: A line of a config file that sets the library, found without TOML (in a file that is not TOML).
_LIBRARY_LINE = re.compile(r"""^\s*["']?library["']?\s*=""", re.MULTILINE)


def load(
    *, flags: Mapping[str, object] | None = None, env: Mapping[str, str] | None = None, path: Path | None = None,
    lenient: bool = False,
) -> Config:
    """The settings in force: *flags* (name -> value given on the command line; None values
    are left out) over *env* (default: ``os.environ``) over the file at *path* (default:
    :func:`config_path`) over the defaults.

    Raises :class:`ConfigError` (one line naming the file or variable and the key) for a file
    that is not TOML or a value of the wrong type. *lenient*: a broken file instead gives the
    default where that is safe, each fault a line of :attr:`Config.problems`; a broken library
    setting (or a file not TOML that has a ``library =`` line) raises only when the library is
    read (:attr:`Config.broken`). A bad flag or environment variable (given for this run)
    raises either way.
    """
    env = os.environ if env is None else env
    path = config_path() if path is None else path
    problems: list[str] = []
    broken: list[tuple[str, str]] = []
    try:
        exists, found = _read_file(path)
    except ConfigError as exc:
        if not lenient:
            raise
        exists, found = True, {}
        problems.append(f"{exc}; using the defaults")
        try:
            names_library = bool(_LIBRARY_LINE.search(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            names_library = True  # cannot tell: the library it names may not be the default one
        if names_library:
            broken.append(("library", f"{exc}, so the library it names is not known; fix it, or give --library"))
    settings = []
    for key in KEYS:
        flag = (flags or {}).get(key.name)
        try:
            if flag is not None:
                setting = Setting(key, _convert(key, str(flag), key.flag or f"--{key.name}"), "flag")
            elif env.get(key.env):
                setting = Setting(key, _convert(key, env[key.env], f"${key.env}: {key.name}"), f"environment ${key.env}")
            elif key.name in found:
                setting = Setting(key, _convert(key, found[key.name], f"{path}: {key.name}"), "file")
            else:
                setting = Setting(key, _default(key), "default")
        except ConfigError as exc:
            if not lenient or flag is not None or env.get(key.env):
                raise  # a flag or variable is given for this run: as wrong as a bad option
            setting = Setting(key, _default(key), "default")
            if key.safe_default:
                problems.append(f"{exc}; using the default")
            else:
                broken.append((key.name, str(exc)))
        settings.append(setting)
    unknown = tuple(sorted(set(found) - set(_BY_NAME)))
    return Config(path, exists, tuple(settings), unknown, tuple(problems), tuple(broken))


def _default(key: Key) -> Value:
    if key.name == "library":
        from core.places import data_dir

        return str(data_dir() / "library.sqlite")
    assert key.default is not None
    return key.default


def refresh_settings(config: Config | None = None) -> RefreshSettings:
    """The defaults of `newsprism refresh` from *config* (default: a lenient :func:`load`: a
    broken value gives its default)."""
    config = load(lenient=True) if config is None else config
    return RefreshSettings(
        interval=int(config["refresh.interval"]),
        timeout=float(config["refresh.timeout"]),
        jobs=int(config["refresh.jobs"]),
        host_delay=float(config["refresh.host_delay"]),
        fetch_pages=bool(config["refresh.fetch_pages"]),
    )


# --- writing ---------------------------------------------------------------------

_TABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\- ]+?)\s*\]\s*(#.*)?$")


def toml_literal(value: Value) -> str:
    """*value* as a TOML literal."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    escaped = []
    for char in value:
        if char in '"\\':
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F or char in "\u2028\u2029":  # controls, line breaks
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def _lookup(name: str) -> Key:
    key = _BY_NAME.get(name)
    if key is None:
        raise ConfigError(f"no setting '{name}'; settings: {', '.join(_BY_NAME)}")
    return key


def _edit(path: Path, name: str, line: str | None) -> Path:
    """Put *line* where key *name* stands in the file (or in its table), or remove the key
    when *line* is None; everything else in the file stays as it was."""
    exists, before = _read_file(path)  # refuse to edit a file that is not TOML
    # Split on newlines only: str.splitlines would also break at U+2028 or U+0085 inside a value.
    lines = path.read_text(encoding="utf-8").removesuffix("\n").split("\n") if exists else []
    table, _, leaf = name.rpartition(".")
    key_line = re.compile(rf"^\s*(?:{re.escape(leaf)}|\"{re.escape(leaf)}\"|'{re.escape(leaf)}')\s*=")
    current = ""
    found = end_of_table = None
    first_table = None
    for n, text in enumerate(lines):
        header = _TABLE.match(text)
        if header:
            current = header.group(1).replace(" ", "")
            first_table = n if first_table is None else first_table
            continue
        if current == table:
            if key_line.match(text):
                found = n
            if text.strip():
                end_of_table = n
    if found is not None:
        if line is None:
            del lines[found]
        else:
            lines[found] = line
    elif line is not None:
        if not table:  # a top-level key goes before the first table (a blank line between)
            at = first_table if first_table is not None else len(lines)
            lines[at:at] = [line, ""] if at < len(lines) and (at == 0 or lines[at - 1].strip()) else [line]
        elif end_of_table is not None or any((m := _TABLE.match(t)) and m.group(1).replace(" ", "") == table for t in lines):
            at = end_of_table if end_of_table is not None else next(
                i for i, t in enumerate(lines) if (m := _TABLE.match(t)) and m.group(1).replace(" ", "") == table
            )
            lines.insert(at + 1, line)
        else:
            lines += ([""] if lines and lines[-1].strip() else []) + [f"[{table}]", line]
    text = "\n".join(lines) + "\n"
    try:
        after = _flatten(tomllib.loads(text))
    except tomllib.TOMLDecodeError:
        after = None
    expected = dict(before)
    if line is None:
        expected.pop(name, None)
    else:
        expected[name] = tomllib.loads(line)[leaf]
    if after != expected:
        raise ConfigError(f"{path}: cannot change {name} in this file by myself; edit it by hand")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write the config file ({exc.strerror or exc})") from None
    return path


def set_value(name: str, value: object, *, path: Path | None = None) -> Path:
    """Write setting *name* = *value* (converted and checked as on reading) into the config
    file (default: :func:`config_path`), creating it if need be; the file written."""
    key = _lookup(name)
    path = config_path() if path is None else path
    converted = _convert(key, value, f"config set: {name}")
    return _edit(path, name, f"{name.rpartition('.')[2]} = {toml_literal(converted)}")


def in_file(name: str, *, path: Path | None = None) -> bool:
    """Whether the config file sets *name* (a dotted key); :class:`ConfigError` for an unknown key
    or an unreadable file."""
    _lookup(name)
    return name in _read_file(config_path() if path is None else path)[1]


def unset_value(name: str, *, path: Path | None = None) -> Path:
    """Remove setting *name* from the config file, so the default (or the environment) holds."""
    _lookup(name)
    return _edit(config_path() if path is None else path, name, None)
