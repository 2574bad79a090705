"""The `newsprism` command: open the reader, or print a story's links.

`newsprism [PATH ...]` opens the app; `newsprism links [PATH ...] [--json]` prints the
links as a table or as the JSON contract in DESIGN.md. Only the app path imports
Textual, so `links` starts fast.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import sys
import textwrap
import traceback
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TextIO
from datetime import datetime
from pathlib import Path

from core.errors import LibraryError
from core.model import Article, Ref
from core.read import SEEDS_DIR, ReadError, read_paths
from core.sanitize import sanitize
from core.story import Story
from core.text import count

if TYPE_CHECKING:
    from core.quotes import Quote

__all__ = ["main"]

PROG = "newsprism"


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit status 2."""


def _paths(raw: Sequence[str]) -> list[Path]:
    return [Path(p) for p in raw] or [SEEDS_DIR]


def _read(raw_paths: Sequence[str]) -> tuple[list[Article], bool]:
    """Read the files under *raw_paths*, telling stderr what failed; the articles and whether anything did."""
    articles, errors = read_paths(_paths(raw_paths))
    messages = [str(e) for e in errors]
    if not articles and not messages:
        messages.append(f"{' '.join(raw_paths) or SEEDS_DIR}: no articles found")
    for message in messages:
        print(f"{PROG}: {sanitize(message)}", file=sys.stderr)
    return articles, bool(messages)


def _report_parser(name: str, description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"{PROG} {name}", description=description)
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the bundled seeds)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return parser


def _dump(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _print_table(story: Story, out: TextIO) -> None:
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 140))
    write = out.write
    for article in story.articles:
        meta = article.credit
        write(sanitize(f"{article.title}\n  {meta}  [{article.id}]\n"))
        for index, text in enumerate(article.paragraphs):
            ref = Ref(article.id, index)
            first = textwrap.shorten(text, width - 8, placeholder="…")
            write(sanitize(f"  ¶{index:<3} {first}\n"))
            matches = story.matches(ref)
            if not matches:
                write(f"        only in {sanitize(article.outlet)}\n")
            for m in matches:
                other = story.article(m.ref.article)
                head = f"        {m.kind.letter} {m.score:.2f}  {other.outlet} ¶{m.ref.paragraph}: "
                body = textwrap.shorten(story.text(m.ref), max(20, width - len(head)), placeholder="…")
                write(sanitize(head + body) + "\n")
                found, changed = story.explain(ref, m.ref)
                why = found.summary()
                if changed:
                    why = "differs " + ", ".join(f"{d.a or '∅'} → {d.b or '∅'}" for d in changed[:4]) + (" · " + why if why else "")
                if why:
                    write("          " + sanitize(textwrap.shorten(why, width - 10, placeholder="…")) + "\n")
        write("\n")
    kinds: dict[str, int] = {}
    for link in story.links:
        kinds[link.kind.value] = kinds.get(link.kind.value, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "none"
    write(f"{count(len(story.articles), 'article')}, {count(len(story.links), 'link')} ({summary}); V verbatim, P paraphrase, Q quote\n")


def _report(
    argv: Sequence[str],
    name: str,
    description: str,
    *,
    as_json: Callable[[list[Article]], object],
    as_table: Callable[[list[Article], TextIO], None],
) -> int:
    """Run a report command: read PATHs, print the table or, with --json, the JSON."""
    args = _report_parser(name, description).parse_args(argv)
    articles, failed = _read(args.paths)
    if not articles:
        return 2
    if args.json:
        _dump(as_json(articles))
    else:
        as_table(articles, sys.stdout)
    return 2 if failed else 0


def cmd_links(argv: Sequence[str]) -> int:
    """`newsprism links`: print the links of the story made of PATHs."""
    return _report(
        argv, "links", "Print how paragraphs link across outlets.",
        as_json=lambda articles: Story.build(articles).to_json(),
        as_table=lambda articles, out: _print_table(Story.build(articles), out),
    )


def cmd_quotes(argv: Sequence[str]) -> int:
    """`newsprism quotes`: every direct quotation, its speaker, its outlets and its variants."""
    from core.quotes import find_quotes, quotes_to_json

    return _report(
        argv, "quotes", "Print every direct quotation across the outlets.",
        as_json=lambda articles: quotes_to_json(find_quotes(articles), articles),
        as_table=lambda articles, out: _print_quotes(find_quotes(articles), articles, out),
    )


def _print_quotes(quotes: list[Quote], articles: list[Article], out: TextIO) -> None:
    from core.collate import collate, plain

    by_id = {a.id: a for a in articles}
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 140))
    for quote in quotes:
        outlets = quote.outlets(by_id)
        head = f"“{quote.text}”  — {quote.speaker or 'speaker not named'} · {count(len(outlets), 'outlet')}"
        out.write(sanitize(textwrap.fill(head, width, subsequent_indent="    ")) + "\n")
        for text, where in quote.variants():
            places = ", ".join(f"{by_id[q.ref.article].outlet} ¶{q.ref.paragraph}" for q in where)
            shown = text if text == quote.text else plain(collate(quote.text, text))
            out.write(sanitize(textwrap.fill(f"{places}: {shown}", width, initial_indent="    ", subsequent_indent="      ")) + "\n")
    out.write(f"{len(quotes)} quotations; variants show {{+their words+}} and [-words they leave out-]\n")


def cmd_figures(argv: Sequence[str]) -> int:
    """`newsprism figures`: the same figure as each outlet gives it, disagreements first."""
    from core.figures import compare, figures_to_json

    def as_json(articles: list[Article]) -> object:
        story = Story.build(articles)
        return figures_to_json(story, compare(story))

    return _report(
        argv, "figures", "Compare numbers (durations, counts, ages, sums) across outlets.",
        as_json=as_json, as_table=_print_figures,
    )


def _print_figures(articles: list[Article], out: TextIO) -> None:
    from core.figures import compare

    story = Story.build(articles)
    groups = compare(story)
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 140))
    for group in groups:
        values = ", ".join(f"{v:g}" for v in sorted({f.value for f in group.figures}))
        verdict = "DISAGREE" if group.disagree else "agree"
        out.write(sanitize(f"{verdict}: {group.unit} ({group.kind}) = {values}") + "\n")
        for figure in group.figures:
            where = f"{story.article(figure.ref.article).outlet} ¶{figure.ref.paragraph}"
            line = f"{where}: “{figure.text}” in: {figure.sentence}"
            out.write("    " + sanitize(textwrap.shorten(line, width - 4, placeholder="…")) + "\n")
    disagreements = sum(1 for g in groups if g.disagree)
    out.write(f"{len(groups)} figures given by several outlets, {disagreements} in disagreement\n")


def cmd_export(argv: Sequence[str]) -> int:
    """`newsprism export`: the story as Markdown, one self-contained HTML report, or JSON."""
    from core.export import FORMATS, export

    parser = argparse.ArgumentParser(prog=f"{PROG} export", description="Write a story report: collation, coverage, quotes.")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the bundled seeds)")
    parser.add_argument("--format", "-f", choices=FORMATS, default="md", help="md (default), html or json")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    args = parser.parse_args(argv)
    articles, failed = _read(args.paths)
    if not articles:
        return 2
    result = export(Story.build(articles), args.format)
    text = result if isinstance(result, str) else json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    if args.output:
        target = Path(args.output)
        try:
            # Written beside the target and renamed, so a failed write never leaves half a report.
            partial = target.with_name(f".{target.name}.partial")
            partial.write_text(text, encoding="utf-8")
            partial.replace(target)
        except OSError as exc:
            raise UsageError(f"{target}: cannot write ({exc.strerror or exc})") from None
        print(f"wrote {target} ({args.format}, {len(text.encode('utf-8')) // 1024 + 1} KB)", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 2 if failed else 0


def cmd_serve(argv: Sequence[str]) -> int:
    """`newsprism serve`: the same app in a browser, through textual-serve, on localhost by default."""
    parser = argparse.ArgumentParser(prog=f"{PROG} serve", description="Serve the reader to a web browser.")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the bundled seeds)")
    parser.add_argument("--host", default="localhost", help="address to listen on (default: localhost only)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    args = parser.parse_args(argv)
    for path in _paths(args.paths):
        if not path.exists():
            raise UsageError(f"{path}: no such file or directory")
    try:
        from textual_serve.server import Server
    except ImportError:
        raise UsageError("serving needs textual-serve: pip install 'newsprism[serve]'") from None
    # Each browser session runs the reader in its own process on the same files.
    command = shlex.join([sys.executable, "-m", "tui.cli", *(str(p.resolve()) for p in _paths(args.paths))])
    print(f"{PROG}: serving on http://{args.host}:{args.port}/ (Ctrl+C stops)", file=sys.stderr)
    try:
        Server(command, host=args.host, port=args.port, title=PROG).serve()
    except OSError as exc:  # the port is taken, or the address is not this machine's
        raise UsageError(f"cannot listen on {args.host}:{args.port} ({exc.strerror or exc})") from None
    return 0


def _terminal_problem() -> str | None:
    """Why the app cannot draw here, or None when it can."""
    if os.environ.get("TEXTUAL_DRIVER"):
        return None  # a driver of its own (textual-serve's web driver) draws elsewhere
    if os.environ.get("TERM") == "dumb":
        return "TERM=dumb: this terminal cannot draw the reader"
    # Textual reads keys from stdin and draws on stderr.
    if not sys.stdin.isatty() or not sys.__stderr__ or not sys.__stderr__.isatty():
        return "no terminal to draw on (stdin or stderr is not a terminal)"
    return None


def cmd_open(argv: Sequence[str]) -> int:
    """`newsprism [PATH ...]`: open the reader on files, or on the library."""
    from tui.cli_library import add_library_option, library_path

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Read one news story across many outlets. With PATHs: those files. Without: the library "
        "if it holds articles, else the bundled seeds. Commands: add, stories, story, search, links, quotes, figures, "
        "export, serve.",
        epilog=f"`{PROG} add --help`: grow the library; `{PROG} links --help`: the story as text, without the app.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the library, else the bundled seeds)")
    add_library_option(parser)
    args = parser.parse_args(argv)
    if args.paths and args.library is not None:
        raise UsageError("give PATHs or --library, not both")
    problem = _terminal_problem()
    if problem:
        print(f"{PROG}: {problem}; try `{PROG} links`", file=sys.stderr)
        return 2
    library = None if args.paths else _library_to_open(library_path(args), named=args.library is not None)
    if library is None:
        for path in _paths(args.paths):
            if not path.exists():
                raise UsageError(f"{path}: no such file or directory")
    from tui.app import make_app

    if library is None:
        app = make_app(_paths(args.paths))
        app.run()
    else:
        from core.library import LibraryLock

        with LibraryLock(library):  # one reader per library, as newsboat does
            app = make_app(library=library)
            app.run()
    return app.return_code or 0


def _library_to_open(path: Path, *, named: bool) -> Path | None:
    """The library to open: the one named (which must exist), else the default if it holds articles."""
    from core.library import Library

    if not path.exists():
        if named:
            raise UsageError(f"{path}: no such library; `{PROG} add --library {path} PATH` creates one")
        return None
    with Library(path) as library:
        _, articles = library.counts()
    if not articles and named:
        raise UsageError(f"{path}: the library is empty; add articles with `{PROG} add --library {path} PATH|URL`")
    return path if articles else None


def _log_crash() -> Path:
    from core.places import log_dir

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}.log"
    path.write_text(traceback.format_exc(), encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "links":
            return cmd_links(args[1:])
        if args and args[0] == "quotes":
            return cmd_quotes(args[1:])
        if args and args[0] == "export":
            return cmd_export(args[1:])
        if args and args[0] == "figures":
            return cmd_figures(args[1:])
        if args and args[0] == "serve":
            return cmd_serve(args[1:])
        if args and args[0] in ("add", "stories", "story", "search"):
            from tui import cli_library

            command = {
                "add": cli_library.cmd_add, "stories": cli_library.cmd_stories, "story": cli_library.cmd_story,
                "search": cli_library.cmd_search,
            }
            return command[args[0]](args[1:])
        return cmd_open(args)
    except (UsageError, ReadError, LibraryError) as exc:
        print(f"{PROG}: {sanitize(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
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
