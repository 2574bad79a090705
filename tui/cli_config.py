"""The settings command: `newsprism config` shows the config file and what is in force;
`config set`, `config unset` and `config path` change or find the file (core.config)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from tui.cli_common import PROG, Parser, dump_json, say, warn

__all__ = ["COMMANDS", "GROUP", "cmd_config"]

#: The heading of these commands in `newsprism --help`.
GROUP = "settings"


def _show(as_json: bool) -> int:
    from core.config import ConfigError, config_path, load

    try:
        config = load()
    except ConfigError:
        print(f"config file: {config_path()}", file=sys.stderr)
        raise
    if as_json:
        dump_json(
            {
                "path": str(config.path), "exists": config.exists, "unknown": list(config.unknown),
                "settings": {s.key.name: {"value": s.value, "source": s.source} for s in config.settings},
            }
        )
        return 0
    say(f"config file: {config.path}" + ("" if config.exists else f" (none yet; `{PROG} config set KEY VALUE` makes it)"))
    rows = [("KEY", "VALUE", "FROM", "VARIABLE")] + [
        (s.key.name, _shown(s.value), s.source.split()[0], s.key.env) for s in config.settings
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for name, value, source, variable in rows:
        say(f"{name:<{widths[0]}}  {value:<{widths[1]}}  {source:<{widths[2]}}  {variable}")
    for name in config.unknown:
        warn(f"{config.path}: '{name}' is not a setting of this version; it is ignored")
    _warn_unknown_theme(str(config["theme"]), config.source("theme"))
    say("a flag wins over the environment (VARIABLE), the environment over the file, the file over the default")
    return 0


def _warn_unknown_theme(theme: str, source: str) -> None:
    """Say so when the theme in force is none the app has (it then shows its default)."""
    from tui.app import theme_names

    if theme not in theme_names():
        warn(f"theme {theme!r} (from the {source}) is not a theme of newsprism; the reader shows textual-dark")


def _shown(value: str | int | float | bool) -> str:
    from core.config import toml_literal

    return toml_literal(value)


def cmd_config(argv: Sequence[str]) -> int:
    """`newsprism config [set|unset|path]`: where the config file is and what is in force."""
    from core.config import KEYS, config_path, in_file, set_value, unset_value

    names = ", ".join(k.name for k in KEYS)
    parser = Parser(
        prog=f"{PROG} config",
        description="Show the config file and the settings in force, each with where it came from; "
        f"or change a setting in the file. Settings: {names}.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    set_ = actions.add_parser("set", help="write KEY = VALUE into the config file (comments and the rest are kept)")
    set_.add_argument("key", metavar="KEY")
    set_.add_argument("value", metavar="VALUE")
    unset = actions.add_parser("unset", help="remove KEY from the config file: the default holds again")
    unset.add_argument("key", metavar="KEY")
    actions.add_parser("path", help="print where the config file is (whether or not it exists)")
    args = parser.parse_args(argv)
    if args.action == "set":
        if args.key == "theme":  # core cannot know Textual's themes: the app checks the name
            from tui.app import check_theme

            check_theme(args.value)
        path = set_value(args.key, args.value)
        say(f"{args.key} = {args.value} in {path}")
        return 0
    if args.action == "unset":
        if not in_file(args.key):
            say(f"{args.key} is not set in {config_path()}; nothing to remove")
            return 0
        say(f"{args.key} removed from {unset_value(args.key)}")
        return 0
    if args.action == "path":
        say(str(config_path()))
        return 0
    return _show(args.json)


#: Name -> command; `newsprism NAME ARGS...` calls ``COMMANDS[NAME](ARGS)``.
COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {"config": cmd_config}
