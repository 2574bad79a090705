"""The reading commands: `newsprism links`, `quotes`, `figures`, `export` and `serve`, and
the reader itself (`newsprism [PATH ...]`).

Each reads PATHs the one way every command reads files (core.reading). Only the reader and
`serve` import Textual, and only what reads or links imports reading and linking (a third of a
second each, before any word), so `newsprism --help` and a mistyped path answer at once.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import signal
import sys
import textwrap
import tempfile
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from core.errors import NothingToRead
from core.sanitize import sanitize
from core.text import count
from core.places import ENV_VAR
from tui.cli_common import (
    ENDING_SIGNALS, PROG, Parser, UsageError, dump_json, ended_status, passed_over_note, path_argument, printing, unsupported_scheme,
    shorten, warn, write_file,
)

if TYPE_CHECKING:
    import textual_serve.server

    import asyncio

    from core.linking.story import Story
    from core.model import Article
    from core.views.quotes import Quote
    from tui.app import NewsprismApp

__all__ = ["COMMANDS", "GROUP", "cmd_export", "cmd_figures", "cmd_links", "cmd_quotes", "cmd_serve", "open_reader"]

#: The heading of these commands in `newsprism --help`.
GROUP = "reading (PATHs, else the library's latest story, else the bundled seeds)"


def _paths(raw: Sequence[str]) -> list[Path]:
    """The PATHs given (the bundled seeds when none); :class:`UsageError` for a web address,
    which these commands do not fetch (a path would have made "http:/host/page" of it)."""
    from core.reading import SEEDS_DIR  # the reading package takes a third of a second to import
    from core.reading.sources import is_url

    for text in raw:
        if problem := unsupported_scheme(text):
            raise UsageError(problem)
        if is_url(text):
            raise UsageError(f"{text}: a web address; this command reads files. "
                             f"`{PROG} add {text}` fetches it into the library (then `--story ID`)")
    return [Path(p) for p in raw] or [SEEDS_DIR]


def _read(raw_paths: Sequence[str]) -> tuple[list[Article], bool]:
    """Read the files under *raw_paths*, telling stderr what failed (and which files were the
    same article as another, shown once); the articles and whether anything failed."""
    from core.reading import read_paths

    paths = _paths(raw_paths)
    articles, errors = read_paths(paths)
    messages = [str(e) for e in errors]
    if not articles and not messages:
        messages.append(f"{' '.join(raw_paths) or _paths([])[0]}: no articles found")
    note = passed_over_note(paths)
    for message in [*messages, *shown_once(paths, articles, messages), *([note] if note else [])]:
        warn(message)
    # (an input that holds nothing to read, NothingToRead, is said but fails nothing where articles were read)
    return articles, not articles or any(not isinstance(e, NothingToRead) for e in errors)


def events_of(articles: Sequence[Article]) -> list[list[int]]:
    """The events *articles* report, as a library groups them (:func:`core.stories.cluster.group`):
    lists of indices into *articles*."""
    if len(articles) < 2:
        return [list(range(len(articles)))]
    from core.stories.cluster import group, profile

    return group([profile(a) for a in articles], keys=[a.id for a in articles])


def stories_of(articles: Sequence[Article]) -> list[list[int]]:
    """The events *articles* report (:func:`events_of`) in the order the reader's story list
    shows the stories it makes of them (:meth:`core.library.store.Library.stories`: the latest
    published first, then the one added last, that is whose last article comes last here);
    ``--story N`` over PATHs takes the N-th, counted from 1."""
    published = [a.published or "" for a in articles]
    return sorted(events_of(articles), key=lambda event: (max(published[i] for i in event), max(event)), reverse=True)


def _story_of_files(articles: Sequence[Article], chosen: int | None) -> Story | None:
    """The story of the files' *articles*: all of them as one story, or with *chosen* (N, from 1)
    the N-th event they report (:func:`stories_of`), saying on stderr which one was taken and
    how to pick another; None without articles.

    Raises:
        UsageError: *chosen* names no event of these files.
    """
    if not articles:
        return None
    from core.linking.story import Story

    events = stories_of(articles)
    if chosen is not None and not 1 <= chosen <= len(events):
        raise UsageError(f"no story {chosen} in these files: they report {count(len(events), 'event')} "
                         f"(--story 1{f' to {len(events)}' if len(events) > 1 else ''})")
    from collections import Counter

    from core.stories.naming import Report, representative_title
    from core.text import article_language

    # the language most of the files are written in breaks a tie of an event's languages
    spoken = Counter(a.language or article_language(a.title, a.paragraphs) for a in articles) if len(events) > 1 else Counter()
    spoken.pop(None, None)
    reader = min(spoken, key=lambda code: (-spoken[code], code)) if spoken else None

    def name(event: list[int]) -> str:
        title = representative_title((Report.of(articles[i]) for i in event), reader)
        return f"{shorten(title, 72)} ({count(len(event), 'article')})"

    if chosen is not None:
        if len(events) > 1:
            print(f"{PROG}: story {chosen} of the {len(events)} these files report: {sanitize(name(events[chosen - 1]))}; "
                  f"`--story N` picks another (1 to {len(events)}), no --story takes them as one", file=sys.stderr)
        return Story.build([articles[i] for i in events[chosen - 1]])
    if len(events) > 1:
        print(f"{PROG}: these files report {len(events)} events, taken here as one story; `--story N` takes "
              f"story N alone (`{PROG} PATH` shows them apart, `{PROG} add` keeps them as {len(events)} stories):",
              file=sys.stderr)
        for number, event in enumerate(events, start=1):
            print(f"{PROG}:   {number}  {sanitize(name(event))}", file=sys.stderr)
    return Story.build(list(articles))


def shown_once(paths: Sequence[Path], articles: Sequence[Article], errors: Sequence[str]) -> list[str]:
    """One line for each file under *paths* that gave no article of its own because what it holds
    was read already from another file (the same bytes, or text that reads to the same article):
    "B: the same article as A, shown once" (see :func:`repeated_files`); then one for each article
    that said a paragraph over and over (:func:`kept_once`)."""
    files = [f"{name}: the same article as {other}, shown once" for name, other in repeated_files(paths, articles, errors)]
    return files + kept_once(articles)


def kept_once(articles: Sequence[Article]) -> list[str]:
    """One line for each of *articles* whose input said a paragraph verbatim over and over, which
    reading kept once (:func:`core.reading.judge.repeats_note`)."""
    from core.reading.judge import repeats_note

    return [note for article in articles if (note := repeats_note(article))]


def repeated_files(paths: Sequence[Path], articles: Sequence[Article], errors: Sequence[str]) -> list[tuple[str, str]]:
    """Each file under *paths* that gave no article of its own because what it holds was read
    already from another file (the same bytes, or text that reads to the same article), with
    that file: ``(B, A)``. *articles* and *errors* are what :func:`core.reading.read_paths` gave
    for *paths*; only files that are neither read nor failed are read again, alone, to find which
    file they repeat."""
    import hashlib

    from core.reading import MANIFEST_NAME, read_paths
    from core.reading.sources import iter_files

    def file_of(path: str) -> str:  # a file of several reports (JSON Lines, a feed) names each "FILE:N", "FILE:N:M"
        return re.sub(r"(?::\d+)+$", "", path)

    kept = {a.path for a in articles}
    kept |= {file_of(path) for path in kept}
    by_id = {a.id: file_of(a.path) for a in articles}
    digests: dict[str, str] | None = None  # the kept files' bytes, hashed when first needed
    lines: list[tuple[str, str]] = []
    for file in iter_files(paths):
        name = str(file)
        if file.name == MANIFEST_NAME or name in kept or any(e.startswith(f"{name}:") for e in errors):
            continue
        alone, _ = read_paths([file])
        other = next((by_id[a.id] for a in alone if a.id in by_id), None)
        if other is None:
            if digests is None:
                digests = {}
                for path in kept:
                    try:
                        digests.setdefault(hashlib.sha256(Path(path).read_bytes()).hexdigest(), path)
                    except OSError:
                        continue
            try:
                other = digests.get(hashlib.sha256(file.read_bytes()).hexdigest())
            except OSError:
                other = None
        if other is not None and other != name:
            lines.append((name, other))
    return lines


def _source_options(parser: argparse.ArgumentParser, *, events: bool = False) -> None:
    """The options that say which story a command shows: PATHs, or a story of the library; with
    *events* (the reports), ``--story N`` also picks one of the events PATHs report."""
    from tui.cli_library import add_library_option

    parser.add_argument(
        "paths", nargs="*", metavar="PATH", type=path_argument,
        help="files or folders (default: the library's latest story, else the bundled seeds)",
    )
    shown = "a story of the library (`newsprism stories` lists them)"
    if events:
        shown += "; with PATHs, the N-th of the events they report, as stderr lists them"
    parser.add_argument("--story", type=int, metavar="ID", help=shown)
    add_library_option(parser)


def _library_named(args: argparse.Namespace, *, events: bool = False) -> Path | None:
    """The library the arguments send the command to, or None for PATHs (or the seeds).

    PATHs win; else ``--story``/``--library`` (or ``$NEWSPRISM_LIBRARY``) name a library that must
    exist and hold articles; else the default library when it holds articles, as the reader does. With
    *events* (the reports), ``--story`` goes with PATHs too: it picks one of their events.
    """
    from tui.cli_library import library_path

    if args.paths and args.library is not None:
        raise UsageError("give PATHs or --library, not both")
    if args.paths and args.story is not None and not events:
        raise UsageError("give PATHs or --story, not both (the story list, s, shows the stories of PATHs)")
    if args.paths:
        return None
    # (a library the environment names is named by the user as much as --library is: a script
    # exporting the latest story of an emptied one got the bundled seeds' 2023 story, exit 0)
    named = args.library is not None or args.story is not None or bool(os.environ.get(ENV_VAR))
    return _library_to_open(library_path(args), named=named)


def _story_of(args: argparse.Namespace) -> tuple[Story | None, bool]:
    """The story the arguments name: PATHs read and linked, or a story of the library with its
    stored links (``--story``, else the latest, as the reader opens), else the seeds; and
    whether some input could not be read (said on stderr)."""
    library = _library_named(args, events=True)
    if library is None:
        articles, failed = _read(args.paths)
        return _story_of_files(articles, args.story), failed
    from core.library.store import Library

    with Library(library) as opened:
        story_id = args.story if args.story is not None else opened.stories()[0].id
        story = opened.story(story_id)
    if args.story is None and sys.stderr.isatty():
        print(f"{PROG}: story {story_id} of {library} (the latest; --story ID picks another)", file=sys.stderr)
    return story, False


def _report_parser(name: str, description: str) -> argparse.ArgumentParser:
    parser = Parser(prog=f"{PROG} {name}", description=description)
    _source_options(parser, events=True)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return parser


def _print_table(story: Story, out: TextIO) -> None:
    from core.model import Ref
    from core.views.names import article_names, paragraph_name

    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 140))
    write = out.write
    names = article_names(story.articles)
    for article in story.articles:
        meta = article.credit
        write(sanitize(f"{article.title}\n  {meta}  [{article.id}]\n"))
        for index, text in enumerate(article.paragraphs):
            ref = Ref(article.id, index)
            first = shorten(text, width - 8)
            write(sanitize(f"  ¶{index:<3} {first}\n"))
            matches = story.matches(ref)
            if article.is_note(index):
                write("        note (the outlet's correction or update of its article: never linked)\n")
            elif article.is_subhead(index):
                write("        subhead (a heading, no fact: never linked)\n")
            elif not matches:
                write(f"        {sanitize(story.unlinked(ref))}\n")
            for m in matches:
                head = f"        {m.kind.letter} {m.score:.2f}  {paragraph_name(names, m.ref)}: "
                body = shorten(story.text(m.ref), max(20, width - len(head)))
                write(sanitize(head + body) + "\n")
                found, changed = story.explain(ref, m.ref)
                why = found.summary()
                if changed:
                    why = "differs " + ", ".join(d.change(40) for d in changed[:4]) + (" · " + why if why else "")
                if why:
                    write("          " + sanitize(shorten(why, width - 10)) + "\n")
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
    as_json: Callable[[Story], object],
    as_table: Callable[[Story, TextIO], None],
) -> int:
    """Run a report command on the story the arguments name: print the table or, with --json, the JSON."""
    args = _report_parser(name, description).parse_args(argv)
    story, failed = _story_of(args)
    if story is None:
        return 2
    with printing():
        if args.json:
            dump_json(as_json(story))
        else:
            as_table(story, sys.stdout)
    return 2 if failed else 0


def cmd_links(argv: Sequence[str]) -> int:
    """`newsprism links`: print how the story's paragraphs link across outlets."""
    return _report(argv, "links", "Print how paragraphs link across outlets.", as_json=lambda story: story.to_json(),
                   as_table=_print_table)


def cmd_quotes(argv: Sequence[str]) -> int:
    """`newsprism quotes`: every direct quotation, its speaker, its outlets and its variants."""

    def as_json(story: Story) -> object:
        from core.views.quotes import quotes_to_json, story_quotes

        return quotes_to_json(story_quotes(story), story.articles)

    def as_table(story: Story, out: TextIO) -> None:
        from core.views.quotes import story_quotes

        _print_quotes(story_quotes(story), list(story.articles), out)

    return _report(argv, "quotes", "Print every direct quotation across the outlets.", as_json=as_json, as_table=as_table)


def _print_quotes(quotes: list[Quote], articles: list[Article], out: TextIO) -> None:
    from core.views.collate import collate, plain
    from core.views.names import article_names, paragraph_name
    from core.views.quotes import attributed_otherwise, translated_label, translation_outlets

    by_id = {a.id: a for a in articles}
    names = article_names(articles)
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 140))
    for quote in quotes:
        outlets = quote.outlets(by_id)
        more = len(translation_outlets(quote, by_id))
        head = (f"“{quote.text}”  — {quote.speaker or 'speaker not named'} · {count(len(outlets), 'outlet')}"
                + (f", translated by {more} more" if more else ""))
        out.write(sanitize(textwrap.fill(head, width, subsequent_indent="    ")) + "\n")
        for line in attributed_otherwise(quote, by_id):
            out.write(sanitize(textwrap.fill(f"≠ speaker: {line}", width, initial_indent="    ", subsequent_indent="      ")) + "\n")
        for text, where in quote.variants():
            places = ", ".join(paragraph_name(names, q.ref) for q in where)
            shown = text if text == quote.text else plain(collate(quote.shown_against(text), text))
            out.write(sanitize(textwrap.fill(f"{places}: {shown}", width, initial_indent="    ", subsequent_indent="      ")) + "\n")
        for translation in quote.translations:
            for text, where in translation.variants():
                places = ", ".join(paragraph_name(names, q.ref) for q in where)
                line = f"{translated_label(translation)} · {places}: {text}  ({translation.tied_by})"
                out.write(sanitize(textwrap.fill(line, width, initial_indent="    ", subsequent_indent="      ")) + "\n")
    out.write(f"{count(len(quotes), 'quotation')}; variants show {{+their words+}} and [-words they leave out-]\n")


def cmd_figures(argv: Sequence[str]) -> int:
    """`newsprism figures`: the same figure as each outlet gives it, disagreements first."""

    def as_json(story: Story) -> object:
        from core.views.figures import compare, figures_to_json

        return figures_to_json(story, compare(story))

    return _report(
        argv, "figures", "Compare numbers (durations, counts, ages, sums) and dates across outlets.",
        as_json=as_json, as_table=_print_figures,
    )


def _print_figures(story: Story, out: TextIO) -> None:
    from core.views.figures import LEGEND, compare, summary, values_text
    from core.views.names import article_names, paragraph_name

    groups = compare(story)
    names = article_names(story.articles)
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 140))
    for group in groups:
        verdict = {"differ": "DISAGREE", "close": "close, not equal", "same": "same"}[group.verdict]
        out.write(sanitize(f"{verdict}: {group.quantity}: {values_text(group)}") + "\n")
        for figure in group.figures:
            where = paragraph_name(names, figure.ref)
            stage = f" ({label})" if (label := group.stage_label(figure)) else ""
            line = f"{group.mark_of(figure)} {where}{stage}: “{figure.text}” in: {figure.sentence}"
            out.write("    " + sanitize(shorten(line, width - 4)) + "\n")
    out.write(summary(groups) + "\n")
    out.write("; ".join(f"{mark} {meaning}" for mark, meaning in LEGEND) + ".\n")


def cmd_export(argv: Sequence[str]) -> int:
    """`newsprism export`: the story as Markdown, one self-contained HTML report, or JSON."""
    from core.views.export import FORMATS, export

    parser = Parser(prog=f"{PROG} export", description="Write a story report: collation, coverage, quotes.")
    _source_options(parser, events=True)
    parser.add_argument("--format", "-f", choices=FORMATS, help="md, html or json, whatever FILE's suffix (said "
                        "when the suffix names another of them); default: FILE's suffix, .md/.markdown, .html/.htm "
                        "or .json (another suffix is refused), or md with no suffix or no FILE")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output (- is standard output); "
                        "a FILE that holds something is written over only with --force or a yes on the terminal, a "
                        "database never")
    parser.add_argument("--force", action="store_true", help="write over FILE without asking")
    args = parser.parse_args(argv)
    if args.output == "-":
        args.output = None  # "-o -": standard output, as in most tools
    args.format, clash = _export_format(args.format, args.output)
    story, failed = _story_of(args)
    if story is None:
        return 2
    result = export(story, args.format)
    text = result if isinstance(result, str) else json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    if args.output:
        target = Path(args.output)
        write_file(target, text, force=args.force)
        print(f"wrote {target} ({args.format}{clash}, {len(text.encode('utf-8')) // 1024 + 1} KB)", file=sys.stderr)
    else:
        with printing():
            sys.stdout.write(text)
    return 2 if failed else 0


#: The export formats by the suffixes that name them.
EXPORT_SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json"}


def _export_format(given: str | None, output: str | None) -> tuple[str, str]:
    """The format to write (one of FORMATS) and what to add to the line saying a file was
    written: the format *given* (-f) whatever *output*'s suffix, with a note when the suffix
    names another format (a slip the user should see); else the one the suffix names (any case);
    else md, with no FILE or a FILE with no suffix.

    Raises:
        UsageError: no format given and *output*'s suffix names none the export writes (".docx").
    """
    name = Path(output).name if output else ""
    # ".html" alone is a hidden file's name and its suffix both (Path gives it none)
    suffix = Path(name).suffix or (name if name.startswith(".") and name.count(".") == 1 else "")
    named = EXPORT_SUFFIXES.get(suffix.lower())
    if given is not None:
        return given, f" as -f asked, though {suffix} names {named}" if named not in (None, given) else ""
    if suffix and named is None:
        raise UsageError(f"{output}: the export writes Markdown (.md), HTML (.html) or JSON (.json), not "
                         f"{suffix}; name the file so, or give the format with -f md|html|json")
    return named or "md", ""


def cmd_serve(argv: Sequence[str]) -> int:
    """`newsprism serve`: the same app in a browser, through textual-serve, on localhost by default."""
    parser = Parser(prog=f"{PROG} serve", description="Serve the reader to a web browser.")
    _source_options(parser)
    parser.add_argument("--host", default="localhost", help="address to listen on (default: localhost only)")
    parser.add_argument("--port", type=_port, default=8000, help="port, 1 to 65535 (default: 8000)")
    parser.add_argument(
        "--public-url", type=_public_url, metavar="URL",
        help="the address browsers open, behind a proxy that does not pass on the address it was asked "
        "for (https://news.example/reader); without it the page's scripts and websocket follow the address "
        "the browser asked for, as through an SSH tunnel (ssh -L 9000:localhost:8000: http://localhost:9000/)",
    )
    args = parser.parse_args(argv)
    library = _library_named(args)
    if library is None:
        _some_path_readable(_paths(args.paths))
        what = [str(p.resolve()) for p in _paths(args.paths)]
    else:
        _check_story(library, args.story)
        # --shared: every browser tab is a reader of its own, and a second must not be locked out.
        what = ["--library", str(library.resolve()), "--shared", *(["--story", str(args.story)] if args.story is not None else [])]
    try:
        import textual_serve.server  # noqa: F401 - the optional extra, there or not
    except ImportError:
        raise UsageError("serving needs textual-serve: pip install 'newsprism[serve]'") from None
    # Each browser session runs the reader in its own process on the same files (or library).
    command = shlex.join([sys.executable, "-m", "tui.cli", *what])
    _can_listen(args.host, args.port)  # before the server's banner says it serves
    opened = f", opened as {args.public_url}/" if args.public_url else ""
    print(f"{PROG}: serving on http://{args.host}:{args.port}/{opened} (Ctrl+C stops)", file=sys.stderr)
    sys.unraisablehook = _quiet_after_the_loop(sys.unraisablehook)
    with tempfile.TemporaryDirectory(prefix="newsprism-serve-") as templates:
        _offline_templates(Path(templates))
        try:
            _server(command, host=args.host, port=args.port, public_url=args.public_url, templates=templates).serve()
        except OSError as exc:  # the port is taken, or the address is not this machine's
            raise UsageError(f"cannot listen on {args.host}:{args.port} ({exc.strerror or exc})") from None
    return 0


def _server(command: str, *, host: str, port: int, public_url: str | None, templates: str) -> textual_serve.server.Server:
    """textual-serve's server of *command* on *host*:*port*, its page's scripts and websocket at
    *public_url*, else at the address each browser asked for (:func:`page_origin`).

    textual-serve writes its own ``http://HOST:PORT`` into the page, whatever address the page was
    asked for: a trial's user who forwarded the port over SSH (``ssh -L 9000:localhost:8846``) got
    a page whose scripts and websocket pointed at port 8846 of their own machine, and no reader.
    Its ``public_url`` is the base of those addresses; here it is set from each request before the
    page is made of it (the page's handler reads it at once, without giving way to another
    request: no other page can be made in between)."""
    from aiohttp import web
    from textual_serve.server import Server

    own = f"http://{host}:{port}"

    class Served(Server):
        async def handle_index(self, request: web.Request) -> web.StreamResponse:
            if public_url is None:
                self.public_url = page_origin(request.headers, request.scheme, own)
            return await super().handle_index(request)

        async def handle_websocket(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]
            refused = websocket_refused(request.headers, request.scheme, host=host, public_url=public_url)
            if refused:
                return web.Response(status=403, text=f"{PROG} serve: {refused}\n")
            return await super().handle_websocket(request)

    return Served(command, host=host, port=port, title=PROG, public_url=public_url or own, templates_path=templates)


#: A host as a Host header gives it: a name or IPv4 address, or an IPv6 one in brackets, and a port.
_HOST = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?")


def page_origin(headers: Mapping[str, str], scheme: str, fallback: str) -> str:
    """The scheme and host (``http://localhost:9000``) a browser asked for a page at, from the
    request's *headers* (a proxy's ``X-Forwarded-Host`` and ``X-Forwarded-Proto`` first, then
    ``Host``) and the connection's *scheme*; *fallback* when they give no host or a malformed one.
    Through an SSH tunnel the browser asks for the tunnel's end (``Host: localhost:9000``), and
    the page's scripts and websocket must be fetched from there too."""
    def first(name: str) -> str:
        return (headers.get(name) or "").split(",")[0].strip()

    host = first("X-Forwarded-Host") or first("Host")
    proto = (first("X-Forwarded-Proto") or scheme).lower()
    if not _HOST.fullmatch(host) or proto not in ("http", "https"):
        return fallback
    return f"{proto}://{host}"


def websocket_refused(headers: Mapping[str, str], scheme: str, *, host: str, public_url: str | None) -> str | None:
    """Why a websocket handshake with *headers* (over *scheme*) must be refused, or None to
    accept it; *host* is the address the server listens on (``--host``), *public_url* the
    ``--public-url`` if given.

    The websocket drives a reader of the user's library, so only the reader's own page may open
    it. A browser names the page that opens a websocket in its ``Origin`` header (a program that
    is no browser sends none, and no web page can make it). Refused:

    - a page of another site (cross-site websocket hijacking: any page the user opens could
      otherwise read their library through ``ws://localhost:8000/ws``): its origin is not the
      address the reader was asked at (``X-Forwarded-Host``/``Host``, as :func:`page_origin`
      reads them), nor *public_url*'s;
    - a page at a host name no one gave the reader (DNS rebinding: a site whose name is made to
      point at 127.0.0.1 is same-origin with itself): trusted are IP addresses, ``localhost``,
      *host*, this machine's own names, a host a proxy forwarded, and *public_url*'s host.
    """
    from urllib.parse import urlsplit

    origin = (headers.get("Origin") or "").strip().lower()
    if not origin:
        return None
    if public_url is not None:
        parts = urlsplit(public_url)
        allowed = f"{parts.scheme}://{parts.netloc}".lower()
        return None if origin == allowed else f"refused a websocket from {origin}: the reader is opened at {allowed}"
    asked = page_origin(headers, scheme, "").lower()
    if origin != asked:
        return f"refused a websocket from {origin}, a page of another site than {asked or 'this reader'}"
    name = urlsplit(asked).hostname or ""
    if headers.get("X-Forwarded-Host") or _trusted_host(name, host):
        return None
    return (f"refused a websocket at {name}, a name this reader was not given; "
            f"open it at localhost or an IP address, or give --public-url")


def _trusted_host(name: str, listening: str) -> bool:
    """Whether a browser that asked for host *name* reached this reader by an address the user
    gave it: an IP address, localhost (or a name under it), the *listening* host, or one of this
    machine's own names."""
    import ipaddress
    import socket

    name = name.strip("[]").rstrip(".").lower()
    with suppress(ValueError):
        ipaddress.ip_address(name)
        return True
    if name == "localhost" or name.endswith(".localhost") or name == listening.lower():
        return True
    own = {socket.gethostname().lower()}
    with suppress(OSError):
        own.add(socket.getfqdn().lower())
    return name in own


def _public_url(value: str) -> str:
    """A ``--public-url`` argument: an http or https address with a host (and maybe a path the
    proxy serves the reader under), without its trailing slash."""
    from urllib.parse import urlsplit

    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise argparse.ArgumentTypeError(f"{value!r} is no public address: give one such as https://news.example/reader")
    return value.strip().rstrip("/")


#: A stylesheet a page template fetches from another site: textual-serve's loads a web font from
#: fonts.googleapis.com, so a reader served on localhost told Google whenever a browser opened it.
_REMOTE_STYLESHEET = re.compile(r"<link\b[^>]*\bhref=[\"']https?://[^>]*>\s*", re.I)


def _offline_templates(folder: Path) -> None:
    """Write textual-serve's page templates into *folder* without the stylesheets they fetch from
    other sites (trial 38 F11): the page falls back to the browser's monospace font, and nothing
    is fetched but from the server itself."""
    import textual_serve

    for template in (Path(textual_serve.__file__).parent / "templates").glob("*.html"):
        (folder / template.name).write_text(_REMOTE_STYLESHEET.sub("", template.read_text(encoding="utf-8")), encoding="utf-8")


def _port(value: str) -> int:
    """A TCP port argument: a whole number from 1 to 65535. A fresh user's `--port 99999` was
    taken modulo 65536 by the socket layer: the server listened on 34463 and said 99999."""
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is no port: give a number from 1 to 65535") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is no port: give a number from 1 to 65535")
    return port


def _can_listen(host: str, port: int) -> None:
    """Refuse a *host* and *port* this machine cannot listen on (the port taken, the address not
    this machine's), said in one line before anything says it serves there.

    Raises:
        UsageError: binding a socket there fails.
    """
    import socket

    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    family, kind, proto, _, address = found[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise UsageError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None


def _quiet_after_the_loop(previous: Callable[[Any], object]) -> Callable[[Any], object]:
    """An unraisable-exception hook that drops asyncio's "Event loop is closed" at shutdown.

    When the server stops (Ctrl+C, SIGTERM) while a browser session's reader still runs, the
    session's subprocess transport is collected after the server's loop has closed, and
    CPython prints that as "Exception ignored ... Traceback" (asyncio's base_subprocess
    __del__). The session process ends anyway; every other unraisable error is still shown.
    """

    def hook(unraisable: Any) -> object:
        error = unraisable.exc_value
        if isinstance(error, RuntimeError) and str(error) == "Event loop is closed":
            return None
        return previous(unraisable)

    return hook


def _some_path_readable(paths: Sequence[Path]) -> None:
    """Refuse *paths* when none of them can give an article, told cheaply, before the reader or
    reading is imported (:func:`core.reading.sources.refusal`: not there, empty, binary, a folder
    of nothing readable), naming each in one line; such a path among others that may be read is
    for the reader to skip with a notice.

    Raises:
        UsageError: no path of *paths* may give an article.
    """
    from core.reading.sources import refusal

    refused = []
    for path in paths:
        if (line := refusal(path)) is None:
            return
        refused.append(line)
    raise UsageError("; ".join(refused))


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


def open_reader(argv: Sequence[str], *, commands_help: str = "") -> int:
    """`newsprism [PATH ...]`: open the reader on files, or on the library.

    *commands_help* ends `newsprism --help`: the commands, listed by tui.cli.
    """
    parser = Parser(
        prog=PROG,
        usage=f"{PROG} [PATH ...] [--library PATH]\n       {PROG} --archive DIR\n       {PROG} COMMAND [ARGS ...]",
        description="Read one news story across many outlets. With PATHs: those files. Without: the library "
        "if it holds articles, else the bundled seeds.",
        epilog=commands_help,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _source_options(parser)
    parser.add_argument("--theme", metavar="NAME", help="the colours (default: the config file's, else textual-dark)")
    parser.add_argument("--archive", metavar="DIR", help="open an archive built by `newsprism archive build`")
    parser.add_argument(
        "--shared", action="store_true",
        help="open the library even while another reader has it open (each `serve` session does)",
    )
    parser.add_argument("-V", "--version", action="store_true", help="print the version and exit")
    args = parser.parse_args(argv)
    if args.version:  # wherever it stands among the reader's options (`--theme X --version`)
        from tui.cli import version

        print(f"{PROG} {version()}")
        return 0
    from tui.cli_common import settings

    theme = str(settings(flags={"theme": args.theme})["theme"])
    # A theme named on the command line must exist; one from the file or the environment gives a
    # notice in the reader instead (the reader then shows its default).
    if args.theme is not None:
        from tui.app import check_theme

        check_theme(args.theme)
    if args.archive is not None:
        from tui.cli_archive import read_archive

        alone = not args.paths and args.library is None and args.story is None
        return read_archive(args.archive, alone=alone, theme=theme)
    if args.paths:
        _some_path_readable(_paths(args.paths))
    library = _library_named(args)
    if library is not None:
        _check_story(library, args.story)
    problem = _terminal_problem()
    if problem:
        print(f"{PROG}: {problem}; try `{PROG} links`", file=sys.stderr)
        return 2
    from tui.app import make_app

    if library is None:
        app = make_app(_paths(args.paths), theme=theme)
        run_reader(app)
        note = passed_over_note(_paths(args.paths)) if args.paths else None
        for line in [*app.notes, *([note] if note else [])]:  # files shown once (the reader said so too, while it ran)
            warn(line)
    else:
        from contextlib import nullcontext

        from core.library.store import LibraryLock

        # One reader per library, as newsboat does, unless asked to share (SQLite orders the writes).
        with nullcontext() if args.shared else LibraryLock(library):
            app = make_app(library=library, story=args.story, theme=theme)
            run_reader(app)
    from tui.background import busy

    if busy():  # quit while reading or linking: the thread's work is dropped, not waited for
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(app.return_code or 0)
    return app.return_code or 0


def run_reader(app: NewsprismApp) -> None:
    """Run the reader in an event loop of its own, closed afterwards unless a thread worker is
    still at work (:mod:`tui.background`): asyncio.run, which Textual uses by default, waits for
    every thread of the loop's pool before it returns, so quitting while an 8 MB file was read
    left a blank screen until the read was done.

    A signal that asks a program to end quits the reader as `q` does, between two of the event
    loop's steps (never in the middle of one of its writes to the library; a thread's unfinished
    work is rolled back, :mod:`tui.background`), giving the terminal back
    (raw mode off, out of the alternate screen) with the shell's status for that signal:
    SIGINT (`kill -INT`, `timeout -s INT`; Ctrl+C at the keyboard is a key,
    :meth:`~tui.app.NewsprismApp.action_help_quit`) 130, SIGTERM (`kill`, a service manager,
    a shutdown) 143, SIGHUP (the terminal hung up: an SSH session dropped, the window closed)
    129. Raised as KeyboardInterrupt inside the loop, SIGINT left the screen drawn and the process
    waiting for its threads; SIGTERM and SIGHUP killed it with the terminal still in raw mode. A
    reader that has not ended :data:`ENDING_GRACE` seconds after such a signal is ended then
    (:class:`_EndingWatch`)."""
    import asyncio

    from tui.background import busy

    def end(status: int) -> None:
        app.exit(return_code=status)

    loop = asyncio.new_event_loop()
    ending_watch = _EndingWatch()
    for ending in ENDING_SIGNALS:
        try:
            loop.add_signal_handler(ending, end, ended_status(ending))
        except (NotImplementedError, RuntimeError, ValueError):  # no signal handlers here (Windows, another thread)
            continue
        # asyncio's own handler does nothing: the signal reaches the loop through its wake-up file,
        # which this one keeps. This one starts the watch of a reader too stuck to see it.
        signal.signal(ending, ending_watch.signalled)
    if sys.__stdin__ is not None and sys.__stdin__.isatty():
        _end_on_hang_up(app, loop, sys.__stdin__.fileno())
    try:
        app.run(loop=loop)
    finally:
        if not busy():
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()


#: Seconds between two looks at whether the reader's terminal is still there (:func:`_end_on_hang_up`).
HANG_UP_CHECK = 1.0
#: Seconds a reader asked to end by a signal has to close as `q` does before it is ended at once
#: (:class:`_EndingWatch`): closing the library and giving the terminal back take well under one.
ENDING_GRACE = 5.0


class _EndingWatch:
    """Ends the process :data:`ENDING_GRACE` seconds after a signal asked the reader to end,
    if it is still there, with the shell's status for that signal (:func:`ended_status`), the terminal's modes put back as they were when the reader
    started (out of raw mode and the alternate screen, where the terminal is still there).

    The reader ends on a signal between two steps of its event loop. A loop that takes no more
    steps never ends: Textual's shutdown waited for ever on its output thread when the terminal
    hung up as it closed (an SSH session dropped while the reader said it had nothing to show),
    and the process, its terminal gone, ignored SIGTERM, SIGHUP and SIGINT, holding the library's
    one-reader lock. What the library holds stays whole: SQLite rolls back a write the process
    did not finish."""

    def __init__(self) -> None:
        import termios

        self._status: int | None = None
        self._modes: list[Any] | None = None
        if sys.__stdin__ is not None and sys.__stdin__.isatty():
            with suppress(OSError, termios.error):
                self._modes = termios.tcgetattr(sys.__stdin__.fileno())

    def signalled(self, signal_number: int, _frame: object) -> None:
        """The handler of an ending signal: the first starts the watch. Those after it change
        nothing (a hang-up often comes twice: the kernel's SIGHUP, and the one a write to the
        gone terminal sends, see :func:`tui.cli_common.ending_as_interrupted`)."""
        import threading

        if self._status is not None:
            return
        self._status = ended_status(signal_number)
        watch = threading.Timer(ENDING_GRACE, self.end)
        watch.daemon = True
        watch.start()

    def end(self) -> None:
        """End the process now, the terminal given back where it is still there."""
        import termios

        if sys.__stdin__ is not None and self._modes is not None:
            with suppress(OSError, termios.error, ValueError):
                termios.tcsetattr(sys.__stdin__.fileno(), termios.TCSANOW, self._modes)
        with suppress(OSError, ValueError):
            # mouse reports off, the cursor shown, out of the alternate screen
            os.write(sys.__stdout__.fileno() if sys.__stdout__ else 1, b"\x1b[?1000l\x1b[?1003l\x1b[?1006l\x1b[?25h\x1b[?1049l")
        os._exit(self._status or ended_status(signal.SIGTERM))


def _end_on_hang_up(app: NewsprismApp, loop: asyncio.AbstractEventLoop, terminal: int) -> None:
    """End *app* as SIGHUP does (status 129) once its *terminal* (a file descriptor) has hung up
    without one: the window or SSH session closed while a shell that ignores or traps SIGHUP ran
    the reader. Reading such a terminal gives nothing, at once, for ever: Textual's input thread
    spun on it, a core busy, and the library stayed locked by a reader no one could see."""
    import select

    if not hasattr(select, "poll"):  # Windows: no SIGHUP, no hang-up to watch for
        return
    watch = select.poll()
    watch.register(terminal, select.POLLIN)

    def look() -> None:
        if any(events & (select.POLLHUP | select.POLLERR | select.POLLNVAL) for _, events in watch.poll(0)):
            app.exit(return_code=ended_status(signal.SIGHUP))
        else:
            loop.call_later(HANG_UP_CHECK, look)

    loop.call_later(HANG_UP_CHECK, look)


def _library_to_open(path: Path, *, named: bool) -> Path | None:
    """The library to open: the one named (which must exist), else the default if it holds articles."""
    from core.library.store import Library

    if not path.exists():
        if named:
            raise UsageError(f"{path}: no such library; `{PROG} add --library {path} PATH` creates one")
        return None
    with Library(path) as library:
        _, articles = library.counts()
    if not articles and named:
        raise UsageError(f"{path}: the library is empty; add articles with `{PROG} add --library {path} PATH|URL`")
    return path if articles else None


def _check_story(library: Path, story: int | None) -> None:
    """Raise the library's one-line error when *story* is given and *library* has no such story."""
    from core.library.store import Library

    if story is not None:
        with Library(library) as opened:
            opened.find_story(story)


#: Name -> command; `newsprism NAME ARGS...` calls ``COMMANDS[NAME](ARGS)``.
COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "links": cmd_links,
    "quotes": cmd_quotes,
    "figures": cmd_figures,
    "export": cmd_export,
    "serve": cmd_serve,
}
