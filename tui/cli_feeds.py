"""The feed commands: `newsprism feeds add|list|remove|import|export` and `newsprism refresh`.

Subscriptions live in the library (``--library PATH``, else $NEWSPRISM_LIBRARY, else the
default). `refresh` fetches them all (core/library/refresh.py) and adds what is new: a progress bar
on a terminal; otherwise a line per feed that brought something or failed, then one line
for the whole; JSON with ``--json``.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import LibraryError
from core.sanitize import sanitize
from core.text import count
from tui.cli_common import PROG, Ended, Parser, ended_status, path_argument, say, warn, write_file
from tui.cli_library import add_library_option, library_path, regrouped_lines

if TYPE_CHECKING:
    from core.library.refresh import FeedOutcome, PageWait, Stats
    from core.library.subscriptions import Subscription, Subscriptions

__all__ = ["COMMANDS", "GROUP", "cmd_feeds", "cmd_refresh"]

GROUP = "feeds (subscriptions kept in the library)"


def ago(then: float | None, now: float | None = None) -> str:
    """How long ago *then* was, in the largest whole unit: "never", "just now", "5 min ago", "3 h ago", "2 d ago"."""
    if then is None:
        return "never"
    seconds = max(0.0, (time.time() if now is None else now) - then)
    if seconds < 60:
        return "just now"
    for size, unit in ((86400, "d"), (3600, "h"), (60, "min")):
        if seconds >= size:
            return f"{int(seconds // size)} {unit} ago"
    return "just now"


def until(then: float | None, now: float | None = None) -> str:
    """When *then* comes, in the largest whole unit: "in 25 min", "in 3 h", "in 2 d", "in under a
    minute"; "at the next refresh" when it is now or past (or None: never polled)."""
    if then is None:
        return "at the next refresh"
    seconds = then - (time.time() if now is None else now)
    if seconds <= 0:
        return "at the next refresh"
    for size, unit in ((86400, "d"), (3600, "h"), (60, "min")):
        if seconds >= size:
            return f"in {int(seconds // size)} {unit}"
    return "in under a minute"


def refresh_state(sub: Subscription, now: float | None = None, *, interval: float) -> tuple[str, str | None]:
    """What `feeds list` says of *sub*'s refreshes: when one last succeeded and, when the last
    attempt failed, a line saying when and why, how many times in a row when more than once,
    and when a scheduled refresh (*interval* minutes apart) polls it again
    (:func:`core.library.refresh.next_due`: a feed that keeps failing is polled ever less often).

    A refresh that stored some entries and failed on others counts as both, at one time: it is
    said to have succeeded "in part", not to have succeeded and failed.
    """
    from core.library.refresh import next_due

    if sub.error is None:
        return (f"refreshed {ago(sub.refreshed, now)}" if sub.refreshed else "never refreshed"), None
    partly = sub.refreshed is not None and sub.refreshed == sub.checked
    if partly:
        state = f"refreshed in part {ago(sub.refreshed, now)}"
    else:
        state = f"last succeeded {ago(sub.refreshed, now)}" if sub.refreshed else "never refreshed successfully"
    how = "in part" if partly else ""
    failure = f"last attempt failed{' ' + how if how else ''} {ago(sub.checked, now)}: {sub.error}"
    if sub.failures > 1:
        failure += f"; failed {sub.failures} times in a row"
    when = until(next_due(sub, interval=interval), now)
    failure += f"; will be tried again {when}"
    if when != "at the next refresh":
        failure += f" (`{PROG} refresh {sub.id}` tries it now)"
    return state, failure


def asked_again(wait: PageWait, feed: str, now: float | None = None) -> str:
    """When the page of an entry kept as its feed's summary (*wait*) is asked for again, and how
    to ask now (*feed*: how `refresh` names the subscription): "asked for again in 14 min, or now
    by `newsprism refresh 2`". A trial's user put a missing page up and found no word of when a
    refresh would read it."""
    return f"asked for again {until(wait.due, now)}, or now by `{PROG} refresh {feed}`"


def _feeds_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=f"{PROG} feeds",
        description="The feeds you follow. `newsprism refresh` fetches them and adds their new articles.",
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser(
        "add", help="subscribe to feeds (RSS or Atom addresses, or a site's page that names its feed)",
        description="Subscribe to feeds. Each address is fetched once: a page that names its feed "
        "(<link rel=\"alternate\">) subscribes to that feed; a 404, a page that is no feed, or a feed cut off "
        "before its end is refused; "
        "an address that cannot be reached now is subscribed, and checked by the next refresh.",
    )
    add.add_argument("urls", nargs="+", metavar="URL", type=path_argument)
    add.add_argument("--no-check", action="store_true", help="subscribe without fetching the address first")
    add.add_argument("--title", help="a name of your own (one feed only)")
    add.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag (repeatable; OPML category)")
    listing = actions.add_parser("list", help="every subscription: title, last refresh, articles, last error")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    remove = actions.add_parser("remove", help="unsubscribe (the articles stay in the library)")
    remove.add_argument("feeds", nargs="+", metavar="ID|URL")
    imported = actions.add_parser("import", help="subscribe to every feed of an OPML file (other readers export one)")
    imported.add_argument("file", metavar="FILE.opml")
    exported = actions.add_parser("export", help="write the subscriptions as OPML 2.0 (tags as categories)")
    exported.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output; a FILE that "
                          "holds something is written over only with --force or a yes on the terminal")
    exported.add_argument("--force", action="store_true", help="write over FILE without asking")
    for sub in (add, listing, remove, imported, exported):
        add_library_option(sub)
    return parser


def cmd_feeds(argv: Sequence[str]) -> int:
    """`newsprism feeds ACTION`: manage the subscriptions."""
    from core.library.store import Library
    from core.library.subscriptions import Subscriptions

    args = _feeds_parser().parse_args(argv)
    path = library_path(args)
    if args.action in ("list", "export", "remove") and not path.exists():
        if args.action == "list":
            if args.json:
                print("[]")
            else:
                say(f"no subscriptions yet; `{PROG} feeds add URL` or `{PROG} feeds import FILE.opml`")
            return 0
        if args.action == "remove":
            raise LibraryError(f"no library at {path}, so no subscription to remove")
    with Library(path) as library:
        subs = Subscriptions(library)
        return _ACTIONS[args.action](subs, args)


def _add(subs: object, args: argparse.Namespace) -> int:
    from core.library.opml import tags_of
    from core.library.subscriptions import Subscriptions

    assert isinstance(subs, Subscriptions)
    if args.title and len(args.urls) > 1:
        raise LibraryError("--title names one feed; give one URL with it")
    failed = 0
    for url in args.urls:
        try:
            address, title, aside, unchecked, site = _checked(subs, url, args.no_check)
            sub, new = subs.add(address, title=args.title or title, site=site, tags=tags_of(args.tag))
        except LibraryError as exc:
            warn(str(exc))
            failed += 1
            continue
        named = f" — {sub.title}" if new and sub.title else ""
        tags = f" [{', '.join(sub.tags)}]" if sub.tags else ""
        say(f"{'added   ' if new else 'present '} {sub.id}: {sub.url}{named}{tags}" + (f" ({aside})" if aside else ""))
        if unchecked:
            warn(f"{url}: {unchecked}")
    if not failed:
        say(f"`{PROG} refresh` fetches {'it' if len(args.urls) == 1 else 'them'}")
    return 2 if failed else 0


def _checked(subs: Subscriptions, url: str, skip: bool) -> tuple[str, str | None, str | None, str | None, str | None]:
    """For *url*: the address to subscribe to, the feed's own title, a word on where the address
    came from, a warning when it could not be checked, and the site the feed says it is of. *url* is fetched once
    (:func:`core.library.refresh.check_feed`) unless *skip*, already subscribed, or the library is
    read-only. :class:`LibraryError` (one line) when there is no feed there."""
    from core.config import refresh_settings
    from core.library.refresh import Policy, check_feed
    from core.library.subscriptions import check_url
    from tui.cli_common import settings as config_in_force

    address = check_url(url)
    try:
        subs.get(address)
        return address, None, None, None, None  # subscribed already: nothing to check
    except LibraryError:
        pass
    if skip or subs.library.read_only:
        return address, None, None, None, None
    # One look, as a refresh would fetch it, with one retry for a server in trouble.
    policy = replace(Policy.from_settings(refresh_settings(config_in_force())), retries=1, backoff=0.5)
    found = check_feed(address, policy=policy)
    if found.status == "refused":
        raise LibraryError(f"{url}: {found.reason}; not subscribed (`--no-check` subscribes all the same)")
    if found.status == "unreachable":
        return address, None, None, f"not checked ({found.reason}); subscribed all the same", None  # `refresh` is named once, after every address (_add)
    if found.page is not None:
        return found.url, found.title, f"the feed {found.page} names", None, found.site
    if found.url != address:
        return found.url, found.title, f"{address} moved here for good", None, found.site
    return found.url, found.title, None, None, found.site


def _list(subs: object, args: argparse.Namespace) -> int:
    from core.library.subscriptions import Subscriptions

    assert isinstance(subs, Subscriptions)
    from core.config import refresh_settings
    from core.library.refresh import next_due, pages_waiting
    from tui.cli_common import settings as config_in_force

    found = subs.all()
    interval = refresh_settings(config_in_force()).interval
    if args.json:
        # "due": when a scheduled refresh polls it again (ISO 8601, as the other times; null: at the next)
        from core.library.subscriptions import iso_time

        rows = [{**s.to_json(), "due": iso_time(next_due(s, interval=interval)),
                 "waiting": [w.to_json() for w in pages_waiting(subs, s.id)]} for s in found]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not found:
        say(f"no subscriptions yet; `{PROG} feeds add URL` or `{PROG} feeds import FILE.opml`")
        return 0
    now = time.time()
    width = max(len(str(s.id)) for s in found)
    for sub in found:
        tags = f"  [{', '.join(sub.tags)}]" if sub.tags else ""
        say(f"{sub.id:>{width}}  {sub.name}{tags}")
        state, failure = refresh_state(sub, now, interval=interval)
        say(f"{'':>{width}}  {sub.url} · {state} · {count(sub.articles, 'article')}")
        if failure:
            say(f"{'':>{width}}  {failure}")
        for wait in pages_waiting(subs, sub.id):
            say(f"{'':>{width}}  kept as the feed's summary, its page missing ({count(wait.failures, 'try', 'tries')}): "
                f"{wait.page or wait.article}; {asked_again(wait, str(sub.id), now)}")
    failing = sum(1 for s in found if s.error)
    say(f"{count(len(found), 'subscription')}" + (f", {failing} failing" if failing else ""))
    return 0


def _remove(subs: object, args: argparse.Namespace) -> int:
    from core.library.subscriptions import Subscriptions

    assert isinstance(subs, Subscriptions)
    failed = 0
    for which in args.feeds:
        try:
            gone = subs.remove(which)
        except LibraryError as exc:
            warn(str(exc))
            failed += 1
            continue
        say(f"removed  {gone.id}: {gone.name} (its {count(gone.articles, 'article')} stay in the library)")
    return 2 if failed else 0


def _import(subs: object, args: argparse.Namespace) -> int:
    from core.library.opml import parse_opml
    from core.library.subscriptions import Subscriptions

    assert isinstance(subs, Subscriptions)
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise LibraryError(f"{args.file}: cannot read ({exc.strerror or exc})") from None
    outlines = parse_opml(data, source=args.file)
    added = present = failed = 0
    for outline in outlines:
        try:
            _, new = subs.add(outline.url, title=outline.title, site=outline.site, tags=outline.tags)
        except LibraryError as exc:
            warn(f"skipped {exc}")
            failed += 1
            continue
        added += new
        present += not new
    say(f"{added} subscribed, {present} already there, {failed} skipped, from {args.file}; `{PROG} refresh` fetches them")
    return 2 if failed else 0


def _export(subs: object, args: argparse.Namespace) -> int:
    from core.library.opml import Outline, write_opml
    from core.library.subscriptions import Subscriptions

    assert isinstance(subs, Subscriptions)
    text = write_opml(Outline(s.url, s.title, s.site, s.tags) for s in subs.all())
    if args.output:
        target = Path(args.output)
        write_file(target, text, force=args.force)
        print(f"wrote {target} ({count(len(subs.all()), 'subscription')})", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


_ACTIONS: dict[str, Callable[[object, argparse.Namespace], int]] = {
    "add": _add, "list": _list, "remove": _remove, "import": _import, "export": _export,
}


#: Skipped entries named one by one, per feed; the rest are counted.
SKIPPED_SHOWN = 3


def _report(outcome: FeedOutcome) -> None:
    """Say what one feed's refresh did, quietly: the feeds that brought something, the failures
    and the entries that gave no article (on stderr), nothing for a feed with nothing new."""
    if outcome.status == "failed":
        warn(_outcome_line(outcome))
    elif outcome.status == "updated":
        say(_outcome_line(outcome))
    if outcome.merged_from is not None:
        gone = outcome.merged_from
        say(f"moved     {outcome.feed.name}: {gone.url} moved for good to {outcome.moved_to}, subscription "
             f"{outcome.feed.id}'s address: one subscription now ({gone.id} removed, its articles kept)")
    elif outcome.moved_to and outcome.status != "failed":
        say(f"moved     {outcome.feed.name}: the subscription now reads {outcome.moved_to}")
    # An entry kept as its summary for want of its page: said once, with when its page is asked for
    # again; said again each time a refresh asks for it in vain (a trial's page put up late, never
    # read by `refresh --force`, nothing saying when it would be).
    named = str(outcome.feed.id)
    first = {w.page: w for w in outcome.waiting if w.page and w.failures == 1 and w.error is not None}
    for note in outcome.notes[:SKIPPED_SHOWN]:
        wait = next((w for page, w in first.items() if note.startswith(f"{page}: ")), None)
        warn(f"{outcome.feed.name}: {note}" + (f"; {asked_again(wait, named)}" if wait else ""))
    if len(outcome.notes) > SKIPPED_SHOWN:
        more = count(len(outcome.notes) - SKIPPED_SHOWN, "more entry", "more entries")
        warn(f"{outcome.feed.name}: {more} kept as their summary (`--json` lists them)")
    again = [w for w in outcome.waiting if w.failures > 1 and w.error is not None]
    for wait in again[:SKIPPED_SHOWN]:
        warn(f"{outcome.feed.name}: {wait.page}: its page still could not be fetched ({wait.error}; "
             f"{count(wait.failures, 'try', 'tries')} in a row); the feed's summary stays; {asked_again(wait, named)}")
    if len(again) > SKIPPED_SHOWN:
        more = count(len(again) - SKIPPED_SHOWN, "more entry's page", "more entries' pages")
        warn(f"{outcome.feed.name}: {more} still could not be fetched (`--json` lists them)")
    for reason in outcome.skipped[:SKIPPED_SHOWN]:
        warn(f"skipped an entry of {outcome.feed.name}: {reason}")
    if len(outcome.skipped) > SKIPPED_SHOWN:
        more = count(len(outcome.skipped) - SKIPPED_SHOWN, "more entry", "more entries")
        warn(f"skipped {more} of {outcome.feed.name} (`--json` lists them)")


def _outcome_line(outcome: FeedOutcome) -> str:
    name = outcome.feed.name
    if outcome.status == "failed":
        return f"failed    {name}: {outcome.error}"
    if outcome.status == "unchanged":
        return f"unchanged {name}"
    parts = [count(outcome.added, "new article")]
    if outcome.revised:
        parts.append(count(outcome.revised, "changed article"))
    return f"updated   {name}: {', '.join(parts)}"


def cmd_refresh(argv: Sequence[str]) -> int:
    """`newsprism refresh [ID|URL ...]`: fetch the subscriptions and add what is new.

    Exit status 0 when every feed refreshed, 1 when any failed (each named on stderr)."""
    from core.config import refresh_settings
    from tui.cli_common import settings as config_in_force
    from core.library.store import Library
    from core.library.refresh import Policy, due, refresh
    from core.library.subscriptions import Subscriptions

    parser = Parser(
        prog=f"{PROG} refresh",
        description="Fetch the subscriptions polled longest ago (or those named) and add the new articles to "
        "their stories. The defaults come from the config file (`newsprism config`). Exit status 1 when any feed failed.",
    )
    parser.add_argument("feeds", nargs="*", metavar="ID|URL", help="only these subscriptions (polled whatever the interval)")
    parser.add_argument("--force", action="store_true", help="poll every feed, even one polled within refresh.interval")
    parser.add_argument("--json", action="store_true", help="print one JSON object at the end")
    parser.add_argument("--timeout", type=float, metavar="SECONDS", help="seconds to wait for a server (refresh.timeout)")
    parser.add_argument("--jobs", type=int, metavar="N", help="feeds fetched at once (refresh.jobs)")
    parser.add_argument("--no-fetch", action="store_true", help="never fetch the page of an entry that gives only a summary")
    add_library_option(parser)
    args = parser.parse_args(argv)
    settings = refresh_settings(config_in_force(flags={
        "refresh.timeout": args.timeout, "refresh.jobs": args.jobs, "refresh.fetch_pages": False if args.no_fetch else None,
    }))
    policy = Policy.from_settings(settings)
    path = library_path(args)
    if not path.exists():
        raise LibraryError(f"no library at {path} yet, so nothing to refresh; `{PROG} feeds add URL` subscribes")
    started = time.monotonic()
    with Library(path) as library:
        subs = Subscriptions(library)
        every = [subs.get(f) for f in args.feeds] if args.feeds else subs.all()
        if not every:
            raise LibraryError(f"no subscriptions to refresh; `{PROG} feeds add URL` or `{PROG} feeds import FILE.opml`")
        chosen = every if args.feeds or args.force else due(every, interval=settings.interval)
        # Named feeds and --force also ask at once for the pages that failed (page_wait is for the scheduled runs).
        retry_pages = bool(args.feeds or args.force)
        waiting = len(every) - len(chosen)
        backing_off = sum(1 for s in every if s.error is not None and s not in chosen)
        held = library.placements()  # to say which articles the new ones moved (regrouped_lines)
        at_start = library.counts()[1]
        bar = not args.json and sys.stderr.isatty() and bool(chosen)

        def progress(done: int, total: int, outcome: FeedOutcome) -> None:
            if not args.json:
                _report(outcome)

        try:
            # SIGTERM and SIGHUP come here too, as Ctrl+C does (tui.cli.main: ending_as_interrupted)
            if bar:
                outcomes, stats = _with_bar(
                    lambda progress: refresh(library, chosen, policy=policy, progress=progress, retry_pages=retry_pages), len(chosen))
            else:
                outcomes, stats = refresh(library, chosen, policy=policy, progress=progress, retry_pages=retry_pages)
        except KeyboardInterrupt as stop:
            # Each article is stored in a transaction of its own: what came before the stop is kept,
            # and a feed not refreshed to its end is polled again next time.
            kept = library.counts()[1] - at_start
            with suppress(OSError):  # the terminal hung up (SIGHUP): no one to tell, the status still
                warn(f"interrupted: the {count(kept, 'article')} added before the stop {'is' if kept == 1 else 'are'} kept; "
                     f"`{PROG} refresh` again fetches the rest")
            return stop.status if isinstance(stop, Ended) else ended_status(signal.SIGINT)
        moved = regrouped_lines(library, held, {})
        stories, articles = library.counts()
    failed = [o for o in outcomes if o.status == "failed"]
    if args.json:
        json.dump(
            {"feeds": [o.to_json() for o in outcomes], "failed": len(failed), "waiting": waiting,
             "added": sum(o.added for o in outcomes), "revised": sum(o.revised for o in outcomes),
             "requests": stats.requests, "not_modified": stats.not_modified, "seconds": round(time.monotonic() - started, 3)},
            sys.stdout, ensure_ascii=False, indent=1,
        )
        sys.stdout.write("\n")
    else:
        if bar:  # the bar showed progress; the failures and the updates are worth a line each
            for outcome in outcomes:
                _report(outcome)
        for line in moved:
            say(line)
        _summary(outcomes, stats, stories, articles, time.monotonic() - started)
        if waiting - backing_off:
            say(f"{count(waiting - backing_off, 'feed')} polled less than {settings.interval} min ago left alone "
                 f"(refresh.interval; --force polls them)")
        if backing_off:
            say(f"{count(backing_off, 'feed')} failing again and again left alone for a while "
                 f"(`{PROG} feeds list` says until when; --force polls them)")
        resting = [w for o in outcomes for w in o.waiting if w.error is None]
        if resting:  # kept as their summary, their page not asked for this time (said when it failed)
            soonest = min(w.due for w in resting)
            say(f"{count(len(resting), 'entry', 'entries')} kept as {'its' if len(resting) == 1 else 'their'} feed's summary, "
                f"{'its page' if len(resting) == 1 else 'their pages'} missing: asked for again {until(soonest)}"
                f"{'' if len(resting) == 1 else ' at the soonest'} (`{PROG} feeds list` names them; --force asks now)")
    return 1 if failed else 0


def _summary(outcomes: list[FeedOutcome], stats: Stats, stories: int, articles: int, seconds: float) -> None:
    added = sum(o.added for o in outcomes)
    revised = sum(o.revised for o in outcomes)
    failed = sum(1 for o in outcomes if o.status == "failed")
    touched = len({s for o in outcomes for s in o.stories})
    line = f"refreshed {count(len(outcomes) - failed, 'feed')}" + (f", {failed} failed" if failed else "")
    line += f": {count(added, 'new article')}"
    if revised:
        line += f", {count(revised, 'changed article')}"
    if touched:
        line += f" in {count(touched, 'story', 'stories')}"
    line += f"; {count(stats.requests, 'request')} ({stats.not_modified} not modified) in {seconds:.1f} s"
    line += f"; the library holds {count(articles, 'article')} in {count(stories, 'story', 'stories')}"
    say(line)


def _with_bar(run: Callable[[Callable[[int, int, FeedOutcome], None]], tuple[list[FeedOutcome], Stats]], total: int) -> tuple[list[FeedOutcome], Stats]:
    """Run the refresh with a rich progress bar on stderr."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("refreshing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}", markup=False), console=console, transient=True,
    ) as bar:
        task = bar.add_task("", total=total)

        def progress(done: int, _total: int, outcome: FeedOutcome) -> None:
            bar.update(task, completed=done, description=sanitize(outcome.feed.name)[:40])

        return run(progress)


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {"feeds": cmd_feeds, "refresh": cmd_refresh}
