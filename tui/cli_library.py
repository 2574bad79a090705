"""The library commands: `newsprism add`, `newsprism stories` and `newsprism story ...`.

Everything here works on one library file: ``--library PATH``, else $NEWSPRISM_LIBRARY,
else ``library.sqlite`` in the user data directory.
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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, cast

from core.errors import LibraryError
from core.places import default_library
from core.progress import reporting, terminal_progress
from core.model import display_time
from core.sanitize import sanitize
from core.text import count
from tui.cli_common import (
    PROG, Ended, Parser, UsageError, dump_json, ended_status, one_line, passed_over_note, path_argument, shorten, to_nowhere,
    unsupported_scheme, warn,
)

if TYPE_CHECKING:  # the library (SQLite and all) is imported by the commands that use it
    from core.model import Article
    from core.progress import Progress
    from core.library.changes import StoryNews
    from core.library.store import Grounds, Library, SearchHit, StoryInfo
    from core.reading import Result

__all__ = ["COMMANDS", "GROUP", "cmd_add", "cmd_search", "cmd_stories", "cmd_story", "library_path", "add_library_option"]

#: How long (seconds) a stage of `add` (reading a file; grouping, saving, linking an article)
#: runs before its progress shows: the stages of a file of usual size pass unsaid.
PROGRESS_AFTER = 2.0

#: The heading of these commands in `newsprism --help`.
GROUP = "the library (--library PATH, else $NEWSPRISM_LIBRARY, else the default)"


def add_library_option(parser: argparse.ArgumentParser, *, sub: bool = False) -> None:
    """The ``--library PATH`` option every library command takes (*sub*: again after an action,
    where it must not undo the one given before it)."""
    parser.add_argument(
        "--library", metavar="PATH", type=Path, default=argparse.SUPPRESS if sub else None,
        help="the library file (default: $NEWSPRISM_LIBRARY, else library.sqlite in the user data directory)",
    )


def library_path(args: argparse.Namespace) -> Path:
    """The library file the command line names, or the default one."""
    return args.library if args.library is not None else default_library()


def _say(line: str) -> None:
    """Print *line* to standard output. Where no one reads it any more (`newsprism add DIR | head
    -1`), the command goes on without it: a command that changes the library finishes its work
    rather than stop half done without a word; what it would have printed is dropped."""
    try:
        print(one_line(line), flush=True)
    except BrokenPipeError:
        to_nowhere(sys.stdout)


def cmd_add(argv: Sequence[str]) -> int:
    """`newsprism add PATH|URL ...`: read articles into the library, group and link them."""
    from core.reading import fetch_url, gather
    from core.library.store import Library

    parser = Parser(
        prog=f"{PROG} add",
        description="Add articles to the library: text and Markdown files, folders, HTML pages, "
        "RSS/Atom feeds, JSON Lines, and web addresses. Exit status 2 when anything given (a file, or one "
        "in a folder given) was skipped as unreadable, or a folder's manifest.json could not be read (its files are "
        "read without it, the outlets and addresses it names not used: the summary counts it), each said in a line; "
        "0 when every article was added, "
        "changed or already there (files of no known kind in a folder, records that are a headline only and "
        "feeds or answers with no entries are said in one line and change nothing).",
    )
    parser.add_argument("inputs", nargs="+", metavar="PATH|URL", type=path_argument, help="what to add")
    parser.add_argument("--no-fetch", action="store_true", help="never use the network (feed entries with only a summary are skipped)")
    add_library_option(parser)
    args = parser.parse_args(argv)
    told: dict[str, int] = {}  # article id -> the story each line named
    refused = [problem for raw in args.inputs if (problem := unsupported_scheme(raw))]
    for problem in refused:
        warn(f"skipped {problem}")
    inputs = [raw for raw in args.inputs if unsupported_scheme(raw) is None]
    if note := passed_over_note([Path(raw) for raw in inputs if "://" not in raw]):
        warn(note)
    # A stage of an article that takes a while (a 33 MB file of 60,000 paragraphs took minutes)
    # is said on standard error: redrawn in place on a terminal, a line when it ends elsewhere.
    progress = terminal_progress(after=PROGRESS_AFTER)
    with Library(library_path(args)) as library:
        at_start = library.counts()[1]
        held = library.placements()  # to say which articles the new ones moved (regrouped_lines)
        try:
            # SIGTERM and SIGHUP come here too, as Ctrl+C does (tui.cli.main: ending_as_interrupted)
            results = _reading_reported(gather(inputs, fetch=None if args.no_fetch else fetch_url), progress)
            added, changed, present, skipped, faults, unused = _add_each(library, results, told, progress)
            skipped += len(refused)
            faults += len(refused)
            library.relink(progress=progress)  # the stories that grew, linked as one run over their articles links them
        except KeyboardInterrupt as stop:
            # Each article is added in a transaction of its own: what came before the stop is kept
            # (counted in the library: a stop between an article's commit and its line is no miscount).
            kept = library.counts()[1] - at_start
            with suppress(OSError):  # the terminal hung up (SIGHUP): no one to tell, the status still
                progress.close()
                warn(f"interrupted: the {count(kept, 'article')} added before the stop {'is' if kept == 1 else 'are'} kept; run the same "
                      "command again to add the rest (what the library holds is passed over)")
            return stop.status if isinstance(stop, Ended) else ended_status(signal.SIGINT)
        except Exception:
            with suppress(OSError):
                progress.close()  # the error's one line (main prints it) on a line of its own
            raise
        for line in regrouped_lines(library, held, told):
            _say(line)
        stories, articles = library.counts()
    not_used = f", {count(unused, 'broken manifest')} not used" if unused else ""
    _say(
        f"{added} added, {f'{changed} changed, ' if changed else ''}{present} already there, {skipped} skipped{not_used}; "
        f"the library holds {count(articles, 'article')} in {count(stories, 'story', 'stories')} ({library_path(args)})"
    )
    return 2 if faults else 0


def regrouped(before: Sequence[int], now: int, title: str, held: Sequence[int] = (), named: Sequence[str] = ()) -> str:
    """The line saying that articles an `added` line above placed in the stories *before* (one
    per article), and articles the library held before the command in the stories *held* (one
    per article, *named* as :func:`_article_named` names them: no line above names them), are
    now in story *now*, titled *title*: "regrouped: 4 articles shown above in stories 1 and 6
    are now in story 10, titled “...” (...)", "regrouped: 1 article the library held in story 13
    (Valley Post: “Derailment forces ...”) is now in story 3, titled “...” (...)". ("4 articles of
    story 1, 6 are now in story 10" read as two counts to a fresh user; a title after the
    line's end read as the article that moved.)"""
    def where(stories: Sequence[int]) -> str:
        names = [str(n) for n in sorted(set(stories))]
        return f"story {names[0]}" if len(names) == 1 else f"stories {', '.join(names[:-1])} and {names[-1]}"

    shown = list(named[:REGROUPED_NAMED]) + ([f"{len(named) - REGROUPED_NAMED} more"] if len(named) > REGROUPED_NAMED else [])
    which = f" ({'; '.join(shown)})" if shown else ""
    parts = ([f"{count(len(before), 'article')} shown above in {where(before)}"] if before else []) + (
        [f"{count(len(held), 'article')} the library held in {where(held)}{which}"] if held else [])
    many = len(before) + len(held) > 1
    return (f"regrouped: {' and '.join(parts)} {'are' if many else 'is'} "
            f"now in story {now}, titled “{title}” (stories are grouped again as articles come in)")


#: How many of the articles a library held that moved a `regrouped` line names.
REGROUPED_NAMED = 2


def _article_named(outlet: str, title: str) -> str:
    """An article as a `regrouped` line names it: its outlet and the opening of its title."""
    return f"{outlet}: “{title if len(title) <= 50 else title[:49].rstrip() + '…'}”"


def regrouped_lines(library: Library, held: Mapping[str, int], told: Mapping[str, int]) -> list[str]:
    """One :func:`regrouped` line per story that articles moved into: those an `added` line named
    (*told*: article id -> that story) and those the library held (*held*: its
    :meth:`~core.library.store.Library.placements` before the command) now in another story,
    each of these named. A later article can regroup earlier ones (two stories become one);
    none is moved unsaid."""
    shown: dict[int, list[int]] = {}
    kept: dict[int, list[tuple[int, str]]] = {}
    for article_id, now in library.placements().items():
        if article_id in told:
            if told[article_id] != now:
                shown.setdefault(now, []).append(told[article_id])
        elif article_id in held and held[article_id] != now:
            kept.setdefault(now, []).append((held[article_id], article_id))
    lines = []
    for now in sorted(shown.keys() | kept.keys()):
        moved = kept.get(now, [])
        heads = library.headlines(a for _, a in moved)
        named = [_article_named(heads[a].outlet, heads[a].title) for _, a in moved]
        lines.append(regrouped(shown.get(now, []), now, library.find_story(now).title, [n for n, _ in moved], named))
    return lines


def _reading_reported(results: Iterable[Result], progress: Progress) -> Iterator[Result]:
    """*results*, the time spent reading each one reported to *progress* ("reading", 0 then 1, 1;
    in between, a huge file's lines as the reader judges them: core.progress.report)."""
    found = iter(results)
    while True:
        progress("reading", 0, 1)
        with reporting(progress):
            result = next(found, None)
        progress("reading", 1, 1)
        if result is None:
            return
        yield result


def _add_each(
    library: Library, results: Iterable[Result], told: dict[str, int], progress: Progress | None = None
) -> tuple[int, int, int, int, int, int]:
    """Add each read article to *library*, a line for each (and for each problem: an input skipped,
    a broken manifest read past); note in *told* the story each new article's line named; report
    each article's stages to *progress*. Returns how many articles were added, changed, already
    there and skipped, how many problems were said (any makes the exit status 2), and how many of
    these lost no article (a broken manifest, its folder's files read without it)."""
    from core.library.changes import revise
    from core.model import timeline_time
    from core.reading import Item
    from core.reading.feed import FeedText
    from core.reading.judge import repeats_note

    added = changed = present = skipped = faults = unused = 0
    for result in results:
        if not isinstance(result, Item):
            skipped += result.skipped
            faults += result.fault  # (input read whole that holds nothing to read is said, no fault)
            unused += result.fault and not result.skipped  # a broken manifest, its files read without it
            warn(result.line())
            continue
        if isinstance(result, FeedText) and result.lost:  # kept, but shorter than its page
            warn(result.note)
        article = result.article
        outcome = library.add(article, source=result.source, progress=progress)
        if note := repeats_note(article):  # before its line: what reading left out of it
            warn(note)
        if outcome.new:
            added += 1
            told[article.id] = outcome.story
            _say(
                f"added    story {outcome.story}: {article.outlet} — {article.title} "
                f"({count(len(article.paragraphs), 'paragraph')}, {count(outcome.links, 'link')})"
            )
        elif outcome.changed and outcome.existing and (
            revised := revise(library, outcome.existing, article, source=result.source, brief=isinstance(result, FeedText))
        ):
            changed += 1  # the same article, changed since: its new body is a new version
            _say(f"changed  story {revised.story}: {article.outlet} — {article.title} (version {revised.version}; "
                 f"`v` in the reader shows the edits)")
        elif outcome.refreshed:
            present += 1  # the text held is the same; its metadata is this later copy's now
            took = ", ".join(f"updated {timeline_time(value) or value}" if field == "updated" else f"{field} {value}"
                             for field, value in outcome.refreshed)
            _say(f"updated  story {outcome.story}: {article.outlet} — {article.title} (the same text; now {took})")
        else:
            present += 1
            # (under another name where nothing tells the copies apart: a file of the same text and
            # headline as another's, a saved page and then its feed entry)
            held = library.headlines([outcome.existing]).get(outcome.existing) if outcome.existing else None
            where = f" as {held.outlet}'s copy" if held is not None and held.outlet != article.outlet else ""
            if outcome.changed and article.teaser:
                where += "; its page now shows a teaser, the longer text held stays"
            _say(f"present  story {outcome.story}: {article.outlet} — {article.title} (already in the library{where})")
    return added, changed, present, skipped, faults, unused


def _open_existing(path: Path) -> Library | None:
    """The library at *path*, or None (and a hint) when there is none yet."""
    from core.library.store import Library

    if not path.exists():
        warn(f"no library at {path} yet; add articles with `{PROG} add PATH|URL`")
        return None
    return Library(path)


def _story_json(info: StoryInfo, news: StoryNews | None, unread: int) -> dict[str, object]:
    return {
        "id": info.id, "title": info.title, "outlets": list(info.outlets), "first": info.days[0], "last": info.days[1],
        "articles": info.articles, "paragraphs": info.paragraphs, "read": info.read,
        "new": news.added if news else 0, "changed": news.revised if news else 0, "unread": unread,
    }


def _news_line(news: StoryNews | None, unread: int, *, of: int | None = None) -> str:
    """What a story got since it was last opened in the reader, and how many of its articles are
    unread, as the reader's story list counts them: "● 1 new, 1 changed · 2 unread" (with *of*,
    the story's count of articles: "● 1 new, 1 changed since last opened · 2 of 3 unread"); ""
    when there is neither."""
    parts = [f"{n} {what}" for n, what in ((news.added, "new"), (news.revised, "changed")) if n] if news else []
    said = [f"● {', '.join(parts)}" + (" since last opened" if of is not None else "")] if parts else []
    return " · ".join(said + [f"{unread}{'' if of is None else f' of {of}'} unread"] * bool(unread))


def _twins(articles: Iterable[Article]) -> set[str]:
    """The ids of the *articles* whose `story show` line would read as another's: one outlet, one
    headline (:func:`~core.library.identity.same_headline`: case and punctuation aside). Two saves
    of one outlet's headline (two editions of a column, an update saved apart from the text held)
    showed as two identical lines to a trial's user."""
    from core.library.identity import outlet_key

    seen: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for article in articles:
        headline = tuple(re.findall(r"\w+", article.title.casefold()))
        seen.setdefault((outlet_key(article.outlet), headline), []).append(article.id)
    return {i for ids in seen.values() if len(ids) > 1 for i in ids}


def _why(grounds: Grounds) -> str:
    """What a story's articles share, in one line: names, then figures, then times, each with
    how many articles mention it."""
    parts = []
    for label, found in (("names", grounds.names), ("figures", grounds.figures), ("times", grounds.times)):
        if found:
            parts.append(f"{label} " + ", ".join(f"{what} ({k})" for what, k in found))
    return "; ".join(parts)


def cmd_stories(argv: Sequence[str]) -> int:
    """`newsprism stories`: every story of the library, the latest first."""
    parser = Parser(
        prog=f"{PROG} stories",
        description="List the stories in the library. A story's id is its number for good (`story show ID`, "
        "`--story ID` take it): it is never given to another story, so the ids skip those of stories merged "
        "into others or removed. Under a story, as the reader counts them: what came since it was last opened in the "
        "reader (\"● 1 new, 1 changed\"; `story show ID --visit` counts as opening it) and how many of its articles are unread "
        "(none of their paragraphs read).",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_library_option(parser)
    args = parser.parse_args(argv)
    library = _open_existing(library_path(args))
    if library is None:
        if args.json:
            print("[]")
        return 0
    from core.library.changes import news, unread

    with library:
        stories = library.stories()
        grounds = {s.id: library.grounds(s.id) for s in stories}
        related = library.related_all()
        fresh, unopened = news(library), unread(library)
    if args.json:
        json.dump(
            [{**_story_json(s, fresh.get(s.id), unopened.get(s.id, 0)), "why": grounds[s.id].to_json(),
              "related": [r.to_json() for r in related.get(s.id, ())]} for s in stories],
            sys.stdout, ensure_ascii=False, indent=1,
        )
        sys.stdout.write("\n")
        return 0
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 160))
    for info in stories:
        first, last = info.days
        dates = first if first == last else f"{first or '?'} – {last or '?'}"
        head = f"{info.id:>5}  {dates or 'undated':<23}  {count(info.articles, 'article'):<12}  "
        _say(head + shorten(info.title, max(20, width - len(head))))
        outlets = ", ".join(info.outlets)
        _say(" " * len(head) + shorten(outlets, max(20, width - len(head))))
        if said := _news_line(fresh.get(info.id), unopened.get(info.id, 0)):
            _say(" " * len(head) + shorten(said, max(20, width - len(head))))
        why = _why(grounds[info.id])
        if why and info.articles > 1:
            _say(" " * len(head) + shorten("shares " + why, max(20, width - len(head))))
        if others := related.get(info.id):
            _say(" " * len(head) + shorten("related: " + ", ".join(str(r.story) for r in others), max(20, width - len(head))))
    # The reader opens this library by itself when it is the default (or $NEWSPRISM_LIBRARY's).
    opener = PROG if args.library is None else f"{PROG} --library {shlex.quote(str(args.library))}"
    _say(f"{count(len(stories), 'story', 'stories')}; `{opener}` opens {'it' if len(stories) == 1 else 'them'} in the reader")
    return 0


def cmd_story(argv: Sequence[str]) -> int:
    """`newsprism story show|rename|merge|split|move|remove|undo`: look at one story, or change how articles are grouped."""
    from core.library.store import UNDO_DEPTH

    parser = Parser(prog=f"{PROG} story", description="Look at or change one story of the library.")
    add_library_option(parser)
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    show = actions.add_parser("show", help="list a story's articles")
    show.add_argument("story", type=int, help="the story's number (`newsprism stories` lists them)")
    show.add_argument("--json", action="store_true", help="the story's articles, paragraphs and links as the `links` JSON, "
                      "each article with its marks (new, unread, read, versions)")
    show.add_argument("--visit", action="store_true", help="count this look as opening the story in the reader: what is "
                      "new now is not new next time (without it, a look changes nothing)")
    rename = actions.add_parser("rename", help="give a story a title of your own ('' restores the automatic one)")
    rename.add_argument("story", type=int, help="the story's number (`newsprism stories` lists them)")
    rename.add_argument("title", nargs="+")
    merge = actions.add_parser("merge", help="move the articles of other stories into the first")
    merge.add_argument("story", type=int, help="the story's number (`newsprism stories` lists them)")
    merge.add_argument("others", type=int, nargs="+", metavar="OTHER")
    split = actions.add_parser("split", help="move some articles of a story into a new story")
    split.add_argument("story", type=int, help="the story's number (`newsprism stories` lists them)")
    split.add_argument("articles", nargs="+", metavar="ARTICLE", help="article ids (`story show` lists them)")
    move = actions.add_parser("move", help="move articles grouped into the wrong story into another story")
    move.add_argument("articles", nargs="+", metavar="ARTICLE", help="article ids (`story show` lists them)")
    move.add_argument("story", type=int, help="the story to move them into (`newsprism stories` lists them)")
    remove = actions.add_parser("remove", help="remove stories and their articles from the library")
    remove.add_argument("stories", type=int, nargs="+", metavar="story",
                        help="the stories' numbers (`newsprism stories` lists them); `story undo` brings back one at a time")
    undo = actions.add_parser("undo", help=f"revert the last merge, split, move or remove (the last {UNDO_DEPTH}, one at a time)")
    for sub in (merge, split, move, remove):
        sub.add_argument("--yes", "-y", action="store_true", help="do it without asking (needed without a terminal)")
    # Undo never asks; --yes is taken (and does nothing) so scripts can pass it to every change.
    undo.add_argument("--yes", "-y", action="store_true", help="accepted for scripts; undo never asks, so it does nothing")
    for sub in (show, rename, merge, split, move, remove, undo):
        add_library_option(sub, sub=True)
    args = parser.parse_args(argv)
    library = _open_existing(library_path(args))
    if library is None:
        return 2
    with library:
        if args.action == "show":
            from core.library.changes import news, story_marks, visit

            info = library.find_story(args.story)
            grounds = library.grounds(args.story)
            related = library.related(args.story)
            story = library.story(args.story)
            fresh = news(library).get(args.story)
            marked = story_marks(library, args.story, articles=story.articles)
            unopened = sum(m.unread for m in marked.values())
            if args.visit:  # after the marks are read: this look shows them, as the reader's opening does
                if library.read_only:
                    warn(f"{library.path}: the library is read-only; this look is not kept as a visit")
                visit(library, args.story)
            if args.json:  # the links contract with the story's own fields (and why it holds) beside it
                contract = story.to_json()
                for entry in cast("list[dict[str, object]]", contract["articles"]):
                    entry.update(marked[str(entry["id"])].to_json())
                dump_json({"story": {**_story_json(info, fresh, unopened), "why": grounds.to_json(),
                                     "related": [r.to_json() for r in related]}, **contract})
                return 0
            _say(f"story {info.id}: {info.title}")
            if said := _news_line(fresh, unopened, of=info.articles):
                _say(f"  {said}")
            if info.articles > 1:
                _say(f"  why: its articles share {_why(grounds) or 'topic words only (no name, place or figure)'}")
            for n, other in enumerate(related):  # stories of the same run of events (an outbreak's), not of this event
                first, last = other.days
                dates = first if first == last else f"{first or '?'} – {last or '?'}"
                _say(f"  {'related:' if n == 0 else ' ' * 8} {other.story:>3}  {dates or 'undated'}  {other.title}")
            twins = _twins(story.articles)
            for article in story.articles:
                _say(f"  {article.id}  {article.outlet} · {article.listed_times or 'undated'} — {article.title}")
                if article.id in twins:  # its line alike another's: where each came from tells them apart
                    _say(f"      from {article.url or article.path}")
                if labels := marked[article.id].labels:
                    _say(f"      {' · '.join(labels)}")
                if info.articles > 1:
                    shared = grounds.articles.get(article.id)
                    _say(f"      shares {', '.join(shared)}" if shared else "      shares no name with the others")
        elif args.action == "rename":
            library.rename(args.story, " ".join(args.title))
            _say(f"story {args.story} is now: {library.find_story(args.story).title}")
        elif args.action == "undo":
            undone = library.undo()
            which = f"story {undone.stories[0]}" if len(undone.stories) == 1 else f"stories {', '.join(map(str, undone.stories))}"
            _say(f"undone: {undone.change.summary}; {which} as before")
        elif args.action == "merge":
            library.find_story(args.story)  # a story that does not exist is said first
            if args.story in args.others:
                raise LibraryError(f"story {args.story} cannot be merged into itself")
            into, others = library.find_story(args.story), [library.find_story(s) for s in dict.fromkeys(args.others)]
            if not _confirm(args, f"Merge {', '.join(map(_described, others))} into {_described(into)}?"):
                return 1
            _now_holds(library, args.story, f"{count(library.merge(args.story, args.others), 'new link')}")
        elif args.action == "split":
            story = library.story(library.find_story(args.story).id)
            chosen = [a for a in story.articles if a.id in set(args.articles)]
            moving = "; ".join(f"{a.outlet} — {a.title}" for a in chosen[:3]) + ("; …" if len(chosen) > 3 else "")
            if chosen and not _confirm(args, f"Move {count(len(chosen), 'article')} ({moving}) from story {args.story} to a new story?"):
                return 1
            new = library.split(args.story, args.articles)
            _say(f"moved {count(len(set(args.articles)), 'article')} from story {args.story} to new story {new}")
            _say(UNDO_HINT)
        elif args.action == "move":
            into = library.find_story(args.story)
            found = library.headlines(args.articles)
            missing = [a for a in dict.fromkeys(args.articles) if a not in found]
            if missing:
                raise LibraryError(f"the library has no article {missing[0]} (`{PROG} story show N` lists a story's)")
            moving = "; ".join(f"{a.outlet} — {a.title}" for a in list(found.values())[:3]) + ("; …" if len(found) > 3 else "")
            if not _confirm(args, f"Move {count(len(found), 'article')} ({moving}) into {_described(into)}?"):
                return 1
            _now_holds(library, args.story, f"{count(library.move(args.articles, args.story), 'link')} to the articles moved")
        else:
            going = [library.find_story(s) for s in dict.fromkeys(args.stories)]  # a story that does not exist is said first
            if not _confirm(args, f"Remove {', '.join(map(_described, going))} from the library?"):
                return 1
            for info in going:
                _say(f"removed story {info.id} and its {count(library.remove(info.id), 'article')}")
            _say(UNDO_HINT if len(going) == 1 else f"(`{PROG} story undo` brings back the last, once for each story)")
    return 0


#: Said after each change `story undo` reverts.
UNDO_HINT = f"(`{PROG} story undo` reverts it)"


def _now_holds(library: Library, story: int, links: str) -> None:
    """Say what *story* holds after articles came into it (*links*: how many links, in words)."""
    info = library.find_story(story)
    _say(f"story {info.id} now holds {count(info.articles, 'article')} ({links}): {info.title}")
    _say(UNDO_HINT)


def _described(info: StoryInfo) -> str:
    return f"story {info.id} ({count(info.articles, 'article')}: {shorten(info.title, 60)})"


def _confirm(args: argparse.Namespace, question: str) -> bool:
    """Ask *question* on the terminal (yes only on y/yes); with --yes, yes without asking.

    Without a terminal nothing is asked: the change is refused (UsageError) unless --yes.
    """
    if args.yes:
        return True
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError(f"story {args.action} asks first; without a terminal, add --yes to go ahead")
    try:
        answer = input(sanitize(question) + " [y/N] ")
    except EOFError:
        answer = ""
    if answer.strip().lower() in ("y", "yes"):
        return True
    _say("nothing changed")
    return False



def snippet(hit: SearchHit, width: int) -> tuple[str, tuple[tuple[int, int], ...]]:
    """About *width* characters of the hit's paragraph around its first match, and where the
    matches stand in that window."""
    text, spans = hit.text, hit.spans
    if len(text) <= width:
        return text, spans
    first = spans[0][0] if spans else 0
    start = max(0, min(first - width // 3, len(text) - width))
    if start:
        start = text.find(" ", start, first) + 1 or start  # begin at a word
    end = start + width
    window = ("…" if start else "") + text[start:end].rstrip() + ("…" if end < len(text) else "")
    shift = 1 if start else 0
    inside = tuple(
        (max(a, start) - start + shift, min(b, end) - start + shift) for a, b in spans if b > start and a < end
    )
    return window, inside


def _emphasise(text: str, spans: Sequence[tuple[int, int]], on: str, off: str) -> str:
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], on, text[start:end], off]
        at = end
    out.append(text[at:])
    return "".join(out)


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def cmd_search(argv: Sequence[str]) -> int:
    """`newsprism search WORDS`: the paragraphs of the library holding every word."""
    parser = Parser(
        prog=f"{PROG} search",
        description="Search every paragraph of the library. A paragraph matches when it holds every word "
        "(any part of a word, ignoring case and accents; Chinese and Japanese work too). The best matches "
        "are shown grouped by story, the story of the best match first, each story's in time order. "
        "Then, marked ≈ with how close they are, the paragraphs that hold a word of the library close to one "
        "you typed instead of it (a typo: 'admiting' finds 'admitting'; words of four letters or more, "
        "one letter added, dropped, changed or two swapped, two from eight letters), as room under --limit allows.",
    )
    parser.add_argument("words", nargs="+", metavar="WORD")
    parser.add_argument("--limit", type=_positive, default=20, help="show at most this many paragraphs (default 20)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    add_library_option(parser)
    args = parser.parse_args(argv)
    library = _open_existing(library_path(args))
    if library is None:
        return 2
    query = " ".join(args.words)
    with library:
        hits = _by_story(library.search(query, limit=args.limit))
        total = library.search_count(query) if len(hits) == args.limit else len(hits)
        # Then the paragraphs with a word close to one typed (a typo), as room under --limit allows.
        room = args.limit - len(hits)
        close = library.search_close(query, limit=room) if room else []
        close_total = library.search_close_count(query) if len(close) == room else len(close)
    if args.json:
        rows = [
            {"story": h.story, "article": h.ref.article, "paragraph": h.ref.paragraph, "outlet": h.outlet,
             "title": h.title, "published": h.published, "text": h.text, "spans": [list(s) for s in h.spans],
             "close": h.close, "score": round(h.score, 1), "instead": dict(h.instead)}
            for h in [*hits, *close]
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0 if hits or close else 1
    bold = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    width = max(40, min(shutil.get_terminal_size((100, 24)).columns, 160) - 4)

    def show(hit: SearchHit, mark: str = "") -> None:
        _say(f"{mark}story {hit.story} · {hit.outlet} · {display_time(hit.published) or 'undated'} — {hit.title} ¶{hit.ref.paragraph}")
        text, spans = snippet(hit, width * 2)
        # Sanitised before the emphasis goes in: only our own escape codes reach the terminal.
        text = sanitize(text)
        shown = _emphasise(text, spans, "\x1b[1m", "\x1b[22m") if bold else text
        print(textwrap.indent(shown, "    "))

    for hit in hits:
        show(hit)
    if close:
        _say("close matches (a word close to one you typed; ≈ how close):" if hits else
             "no paragraph holds every word as typed; close matches (a word close to one you typed; ≈ how close):")
    for hit in close:
        instead = ", ".join(f"{sanitize(typed)} → {held}" for typed, held in hit.instead)
        show(hit, f"≈{hit.score:.0f}% ({instead}) ")
    more = f" (the first {len(hits)} shown; --limit {total} shows all)" if total > len(hits) else ""
    said = f"{count(total, 'paragraph')} found{more}"
    if close_total:
        said = f"{said}; {close_total} more" if total else f"{count(close_total, 'paragraph')} found"
        said += " with a word close to one typed"
        if close_total > len(close):
            said += f" ({len(close)} shown; --limit {total + close_total} shows all)"
    _say(said)
    return 0 if hits or close else 1


def _by_story(hits: Sequence[SearchHit]) -> list[SearchHit]:
    """*hits* (the best matches first) grouped by story, the story of the best match first, and
    in each story in time order (published, undated last; then article and paragraph), as an
    analyst reads a story: what each story says of the words, as it came."""
    rank: dict[int, int] = {}
    for hit in hits:
        rank.setdefault(hit.story, len(rank))
    from core.model import instant

    def when(hit: SearchHit) -> tuple[bool, float]:
        moment = instant(hit.published)
        return moment is None, moment.timestamp() if moment else 0.0

    return sorted(hits, key=lambda h: (rank[h.story], *when(h), h.ref.article, h.ref.paragraph))


def _megabytes(size: int) -> str:
    """*size* bytes as a reader of `du -h` reads them: "67.1 MB", "0.4 MB"."""
    return f"{size / 1_000_000:.1f} MB"


def cmd_compact(argv: Sequence[str]) -> int:
    """`newsprism compact`: give the disk back the space of what the library no longer holds."""
    from core.library.store import UNDO_DEPTH

    parser = Parser(
        prog=f"{PROG} compact",
        description="Rewrite the library file without the space of what it no longer holds (SQLite's VACUUM). "
        f"A removed story stays in the file for `{PROG} story undo` until {UNDO_DEPTH} more changes push it out of the "
        "undo journal; --forget-undo empties the journal first, so that space comes back too. A library a reader has "
        "open is not compacted: close the reader first.",
    )
    parser.add_argument("--forget-undo", action="store_true",
                        help="forget every merge, split, move and removal first: they can no longer be undone")
    add_library_option(parser)
    args = parser.parse_args(argv)
    library = _open_existing(library_path(args))
    if library is None:
        return 2
    from core.library.store import LibraryLock

    # Not under an open reader, which reads the file as it is rewritten: its one-reader lock
    # refuses compacting in one line, and keeps a reader from opening the library meanwhile.
    with LibraryLock(library.path), library:
        done = library.compact(forget_undo=args.forget_undo)
    forgot = f"; forgot {count(done.forgotten, 'change')} the undo journal held" if done.forgotten else ""
    _say(f"compacted {library.path}: {_megabytes(done.before)} -> {_megabytes(done.after)}{forgot}")
    if done.held:
        _say(f"(the undo journal still holds {count(done.held, 'change')} and what {'it' if done.held == 1 else 'they'} took; "
             f"`{PROG} compact --forget-undo` gives that space back too)")
    return 0


#: Name -> command; `newsprism NAME ARGS...` calls ``COMMANDS[NAME](ARGS)``.
COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "add": cmd_add,
    "stories": cmd_stories,
    "story": cmd_story,
    "search": cmd_search,
    "compact": cmd_compact,
}
