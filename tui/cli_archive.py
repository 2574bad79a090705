"""The archive commands: `newsprism archive build INPUT... --out DIR` on Dask.

Needs the optional extra (`pip install 'newsprism[archive]'`: Dask, pyarrow, warcio); without
it the command says so in one line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from core.text import count
from tui.cli_common import PROG, Parser, UsageError, path_argument

__all__ = ["COMMANDS", "GROUP", "cmd_archive", "missing_extra", "read_archive"]

GROUP = "archives (millions of articles on Dask; the newsprism[archive] extra)"
INSTALL = "pip install 'newsprism[archive]'"


def missing_extra() -> str | None:
    """One line saying how to install the archive extra, or None when it is installed."""
    import importlib.util

    missing = [m for m in ("distributed", "pyarrow", "warcio") if importlib.util.find_spec(m) is None]
    if missing:
        return f"archives need the archive extra ({', '.join(missing)} missing): {INSTALL}"
    return None


def _build(argv: Sequence[str]) -> int:
    parser = Parser(
        prog=f"{PROG} archive build",
        description="Read WARC files, JSON Lines and Parquet; group the articles into stories; link each story's "
        "paragraphs; write articles, stories and links as Parquet to DIR. On Dask: this machine's cores, or a cluster.",
        epilog=f"`{PROG} --archive DIR` opens the archive in the reader. A rerun with the same inputs and DIR "
        "skips what is already written.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", type=path_argument, help="WARC (.warc, .warc.gz), JSON Lines (.jsonl) or Parquet files, or folders of them")
    parser.add_argument("--out", "-o", required=True, metavar="DIR", help="the archive folder to write")
    parser.add_argument("--scheduler", default="local", metavar="local|ADDRESS",
                        help="local (default): a Dask LocalCluster on this machine; or a scheduler's address (tcp://host:8786)")
    parser.add_argument("--workers", type=int, metavar="N", help="local only: worker processes (default: this machine's cores)")
    parser.add_argument("--retries", type=int, default=2, metavar="N", help="tries again a failed task N times (default 2)")
    args = parser.parse_args(argv)
    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.workers is not None and args.scheduler != "local":
        raise UsageError("--workers is for --scheduler local; a cluster has its own workers")
    if args.retries < 0:
        raise UsageError("--retries cannot be negative")
    problem = missing_extra()
    if problem:
        raise UsageError(problem)
    from core.archive.build import BuildError, Options, build
    from core.progress import terminal_progress
    from core.archive.inputs import NOT_REPORTS

    options = Options(tuple(args.inputs), Path(args.out), scheduler=args.scheduler, workers=args.workers, retries=args.retries)
    try:
        outcome = build(options, progress=terminal_progress())
    except BuildError as exc:
        raise UsageError(str(exc)) from None
    skipped = sum(outcome.skipped.values())

    def say(line: str) -> None:
        print(line, file=sys.stderr)

    say(
        f"{count(outcome.articles, 'article')} in {count(outcome.stories, 'story', 'stories')}, "
        f"{count(outcome.links, 'link')}, {count(outcome.parts, 'part')} in {outcome.seconds:.1f} s"
        + (f" ({count(skipped, 'file')} already written {'was' if skipped == 1 else 'were'} kept)" if skipped else "")
    )
    if outcome.largest_block > options.articles_per_part:
        say(f"the largest block holds {outcome.largest_block:,} articles (a part is about {options.articles_per_part:,}): "
            "names shared within days chained many articles together, so one part did most of the work")
    elif outcome.largest_block:
        say(f"the largest block holds {count(outcome.largest_block, 'article')} (a part is about {options.articles_per_part:,})")
    if outcome.duplicates:
        say(f"left out as duplicates: {count(outcome.duplicates, 'record')} (the same address, or the same body "
            "from the same outlet, as a record read before)")
    if outcome.passed:
        say("left out as no reports: " + ", ".join(count(n, what, NOT_REPORTS.get(what)) for what, n in outcome.passed.items()))
    if outcome.errors:
        say(f"{count(outcome.errors, 'record')} not read or not grouped: {Path(args.out) / 'errors.jsonl'}")
    for line in outcome.failed:
        say(f"failed: {line}")
    if outcome.failed:
        say(f"the archive is not complete; run the same command again to finish it")
        return 1
    say(f"open it with `{PROG} --archive {args.out}`")
    return 0


def read_archive(raw: str, *, alone: bool, theme: str | None = None) -> int:
    """`newsprism --archive DIR`: the reader on an archive. *alone*: no PATHs, --library or --story
    given too; *theme*: the colours."""
    if not alone:
        raise UsageError("give --archive alone, not with PATHs, --library or --story")
    problem = missing_extra()
    if problem:
        raise UsageError(problem)
    from core.archive.store import Archive, ArchiveError

    try:
        archive = Archive(Path(raw))
    except ArchiveError as exc:
        raise UsageError(str(exc)) from None
    from tui.cli_reading import _terminal_problem, run_reader

    problem = _terminal_problem()
    if problem:
        print(f"{PROG}: {problem}", file=sys.stderr)
        return 2
    if not archive.manifest.get("complete"):
        print(f"{PROG}: {raw}: its build did not complete; some stories are missing (run the build again to finish)",
              file=sys.stderr)
    from tui.app import make_app

    app = make_app(archive=archive.path, theme=theme or None)  # None: the config's
    run_reader(app)  # as on files or a library: a signal that ends it gives the terminal back
    return app.return_code or 0


VERBS: dict[str, Callable[[Sequence[str]], int]] = {"build": _build}


def cmd_archive(argv: Sequence[str]) -> int:
    """`newsprism archive build INPUT... --out DIR`: read, group and link WARC/JSON Lines/Parquet on Dask into Parquet."""
    if not argv or argv[0] in ("-h", "--help"):
        print(f"usage: {PROG} archive build INPUT... --out DIR [--scheduler local|ADDRESS] [--workers N]\n\n"
              f"  build   read, group and link WARC/JSON Lines/Parquet inputs on Dask into a Parquet archive\n\n"
              f"`{PROG} --archive DIR` opens an archive in the reader; needs {INSTALL}")
        return 0 if argv else 2
    verb = VERBS.get(argv[0])
    if verb is None:
        raise UsageError(f"archive: no verb {argv[0]!r} (try: {', '.join(VERBS)})")
    return verb(argv[1:])


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {"archive": cmd_archive}
