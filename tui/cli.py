"""The `newsprism` command: the commands of every group in one table, and one error path.

`newsprism [PATH ...]` opens the reader; `newsprism COMMAND ARGS...` runs a command. Each
group module in :data:`GROUPS` exposes ``COMMANDS`` (name -> function taking the arguments
after the name and returning the exit status) and ``GROUP`` (its heading in `--help`). A
new group is one more line in :data:`GROUPS`. Whatever a command raises for the user
(:class:`UsageError`, a ReadError, LibraryError or ConfigError from core) prints as one line and exits 2;
anything else is one line and a crash log. Only the reader imports Textual.
"""

from __future__ import annotations

import difflib
import importlib
import signal
import sys
import traceback
from collections.abc import Callable, Sequence
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from types import ModuleType

from core.errors import ConfigError, LibraryError, ReadError
from core.sanitize import sanitize
from tui.cli_common import PROG, Ended, UsageError, ending_as_interrupted, warn

__all__ = ["GROUPS", "UsageError", "commands", "main"]

Command = Callable[[Sequence[str]], int]

#: The command groups, in the order `newsprism --help` lists them.
GROUPS: tuple[str, ...] = (
    "tui.cli_reading",
    "tui.cli_library",
    "tui.cli_feeds",
    "tui.cli_archive",
    "tui.cli_config",
)


def _groups() -> list[ModuleType]:
    return [importlib.import_module(name) for name in GROUPS]


def commands() -> dict[str, Command]:
    """Every command of every group, by name (a name given twice is a programming error)."""
    table: dict[str, Command] = {"help": cmd_help}
    for group in _groups():
        for name, command in group.COMMANDS.items():
            if name in table:
                raise RuntimeError(f"command {name!r} is defined twice (in {group.__name__})")
            table[name] = command
    return table


def _summary(command: Command) -> str:
    """The first line of a command's docstring, after its `newsprism NAME`: part."""
    line = (command.__doc__ or "").strip().splitlines()[0] if command.__doc__ else ""
    return line.split("`: ", 1)[1] if "`: " in line else line


def _commands_help() -> str:
    """The end of `newsprism --help`: every group's commands with one line each."""
    lines = []
    for group in _groups():
        lines.append(f"{getattr(group, 'GROUP', group.__name__)}:")
        for name, command in group.COMMANDS.items():
            lines.append(f"  {name:<10} {_summary(command)}")
    lines.append(f"\n`{PROG} COMMAND --help` (or `{PROG} help COMMAND`) tells more; `{PROG} --version` the version.")
    return "\n".join(lines)


def cmd_help(argv: Sequence[str]) -> int:
    """`newsprism help [COMMAND]`: the help of the program, or of one command."""
    from tui.cli_reading import open_reader

    if not argv:
        return open_reader(["--help"], commands_help=_commands_help())
    table = commands()
    if argv[0] not in table:
        raise UsageError(_no_command(argv[0], table) or f"no command '{argv[0]}'")
    return table[argv[0]]([*argv[1:], "--help"])


def version() -> str:
    """The installed version of newsprism (from its package metadata)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("newsprism")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


def _no_command(word: str, table: dict[str, Command]) -> str | None:
    """What to say when *word*, given where a command or PATH goes, is a mistyped command;
    None when it may be a path (it exists, is an option, or looks like a file name)."""
    if word.startswith("-") or Path(word).exists():
        return None
    close = difflib.get_close_matches(word, sorted(table), n=2, cutoff=0.6)
    if close:
        return f"no command '{word}'; did you mean {' or '.join(close)}?"
    if any(mark in word for mark in "./\\~"):
        return None  # a path that is not there: the reader says so
    return f"no command or file '{word}'; commands: {', '.join(sorted(table))}"


def _log_crash() -> Path:
    from core.places import log_dir

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}.log"
    path.write_text(traceback.format_exc(), encoding="utf-8")
    return path


#: Options a user may give before the command (`newsprism --library L stories`), as the
#: reader's usage line shows them: they are passed on after the command's name.
_LEADING_OPTIONS = ("--library",)


def _command_first(args: list[str], table: dict[str, Command]) -> list[str]:
    """*args* with leading options (`--library L`, `--library=L`) moved after a command that follows them."""
    i = 0
    while i < len(args):
        name = args[i].split("=", 1)[0]
        if name not in _LEADING_OPTIONS:
            break
        i += 1 if "=" in args[i] else 2
    if 0 < i < len(args) and args[i] in table:
        return [args[i], *args[:i], *args[i + 1 :]]
    return args


def _dispatch(args: list[str]) -> int:
    """Run the command *args* name (the reader where they name none); return its exit status."""
    if args[:1] in (["--version"], ["-V"]):
        print(f"{PROG} {version()}")
        return 0
    if args[:1] in (["--help"], ["-h"]):
        return cmd_help([])
    table = commands()
    args = _command_first(args, table)
    if args and args[0] in table:
        if args[0] not in ("config", "help"):  # `config` shows the file's faults itself
            from tui.cli_common import settings

            settings()  # a broken config is said once, whatever the command
        return table[args[0]](args[1:])
    if args and (message := _no_command(args[0], table)):
        raise UsageError(message)
    from tui.cli_reading import open_reader

    return open_reader(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status. SIGTERM and SIGHUP end any command as Ctrl+C
    does (what it wrote so far kept), with the status a shell gives them (143, 129; 130 for Ctrl+C)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        with ending_as_interrupted():
            return _dispatch(args)
    except (UsageError, ReadError, LibraryError, ConfigError) as exc:
        warn(str(exc))
        return 2
    except KeyboardInterrupt as stop:
        # A command that writes says what it kept itself (add, refresh); one that only reads
        # (links, figures, search) is told stopped here, in one line, rather than left silent.
        status = stop.status if isinstance(stop, Ended) else 130
        with suppress(OSError):  # the terminal hung up (SIGHUP): no one to tell
            warn("interrupted" if status == 130 else f"stopped by {signal.Signals(status - 128).name}")
        return status
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        try:
            where = f"; details in {_log_crash()}"
        except OSError:
            where = ""
        print(f"{PROG}: internal error: {sanitize(type(exc).__name__)}{where}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
