"""Huge input: a 50 MB article and a story of 500 articles, added to a library and read in the app.

Run: python bench/hostile.py [--megabytes N] [--articles N]   (0 skips that part)

Prints, for each: the time and peak memory of `newsprism add` (a real process), the
library file's size, the time from starting the app (headless, 120x40) to the story on
screen, key-to-redraw for `j` in the reader (median and 90th percentile of 60 presses),
the time from `/` and a typed word to the first search hits on screen and to the search's
end, and how fast typed keys show while the search runs.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.library import Events  # noqa: E402
from bench.startup import key_to_redraw, summary  # noqa: E402
from core.library.store import Library  # noqa: E402
from core.reading import SEEDS_DIR  # noqa: E402


def huge_article(path: Path, megabytes: float) -> Path:
    """One article of about *megabytes* MB: varied sentences of the seeds' words, 2 to 6 a paragraph."""
    rng = random.Random(7)
    words = [w.strip('.,"“”()') for p in sorted(SEEDS_DIR.glob("*.txt")) for w in p.read_text(encoding="utf-8").split()]
    words = [w for w in words if w.isalpha() and len(w) > 3]
    size, parts = int(megabytes * 2**20), ["A very long report on everything that happened\n\n"]
    written = 0
    while written < size:
        sentences = (" ".join(rng.choices(words, k=rng.randint(8, 20))).capitalize() + "." for _ in range(rng.randint(2, 6)))
        paragraph = " ".join(sentences) + "\n\n"
        parts.append(paragraph)
        written += len(paragraph)
    path.write_text("".join(parts), encoding="utf-8")
    return path


def add(library: Path, *inputs: Path) -> str:
    """Run `newsprism add` as a real process; its time and peak memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "tui.cli", "add", "--library", str(library), *map(str, inputs)],
        check=True, capture_output=True, cwd=ROOT,
    )
    elapsed = time.perf_counter() - start
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return f"{elapsed:.1f} s, peak memory {peak / 1024:.0f} MB"


async def open_and_search(library: Path, word: str) -> tuple[float, float, float, float, list[float]]:
    """Seconds to the story on screen, from `/` to the search screen, from the last key of
    *word* to the first hits on screen and to the search's end; and, while it searches,
    milliseconds from each key to the input showing it. Keys are posted to the app, as a
    terminal sends them (Pilot's press waits for the app to go idle, which a search is not)."""
    from textual import events
    from textual.widgets import Input, OptionList

    from tui.app import make_app
    from tui.screens.search import SearchScreen

    app = make_app(library=library)
    start = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        opened = time.perf_counter() - start

        async def until(done: Callable[[], bool]) -> float:
            began = time.perf_counter()
            while not done() and time.perf_counter() - began < 120:
                await asyncio.sleep(0.001)
            return time.perf_counter() - began

        async def key(name: str, character: str | None = None) -> float:
            app.post_message(events.Key(name, character))
            await asyncio.sleep(0)
            return 0.0

        await key("slash", "/")
        screen_up = await until(lambda: isinstance(app.screen, SearchScreen) and app.screen.is_mounted)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        field, hits = screen.query_one(Input), screen.query_one("#search-hits", OptionList)
        typing = []
        for n, character in enumerate(word + "xy" * 3):
            await key(character, character)
            typing.append(await until(lambda: field.value.endswith(character) and len(field.value) == n + 1) * 1000)
        for _ in range(6):
            await key("backspace")
        await until(lambda: field.value == word)
        first = await until(lambda: hits.option_count > 0)
        done = first + await until(lambda: not screen.searching)
    return opened, screen_up, first, done, typing


def report(name: str, library: Path, added: str, word: str, open_last: bool) -> None:
    from tui.app import make_app

    opened, screen_up, first, done, typing = asyncio.run(open_and_search(library, word))
    keys = asyncio.run(key_to_redraw(make_app(library=library), open_last=open_last))
    print(f"{name}:")
    print(f"  newsprism add: {added}; library file {library.stat().st_size / 2**20:.0f} MB")
    print(f"  app start to the story on screen: {opened:.2f} s")
    print(f"  key to redraw (j in the reader): {summary(keys)}")
    print(f"  / to the search screen: {screen_up:.2f} s; typing {word!r} and more while it searches, key to the "
          f"input showing it: {summary(typing)}")
    print(f"  last key to the first hits on screen: {first:.2f} s; to the search's end: {done:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=float, default=50)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="np-hostile-") as tmp:
        folder = Path(tmp)
        if args.megabytes > 0:
            article = huge_article(folder / "huge.txt", args.megabytes)
            library = folder / "huge.sqlite"
            report(f"one article of {article.stat().st_size / 2**20:.0f} MB", library, add(library, article), "ministers", False)
        if args.articles > 0:
            events = Events()
            event = events.new_event()
            reports = folder / "story"
            reports.mkdir()
            for n in range(args.articles):
                a = events.report(event)
                (reports / f"{n:04d}.txt").write_text(a.title + "\n\n" + "\n\n".join(a.paragraphs) + "\n", encoding="utf-8")
            library = folder / "story.sqlite"
            added = add(library, reports)
            with Library(library) as opened:
                stories, count = opened.counts()
            report(f"{count} articles of one event ({stories} {'story' if stories == 1 else 'stories'})",
                   library, added, events.events[event][0][0].lower(), True)

if __name__ == "__main__":
    main()
