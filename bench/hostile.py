"""Huge input: a 50 MB article and a story of 500 articles, added to a library and read in the app.

Run: python bench/hostile.py [--megabytes N] [--articles N]

Prints, for each: the time and peak memory of `newsprism add` (a real process), the
library file's size, the time from starting the app (headless, 120x40) to the story on
screen, key-to-redraw for `j` in the reader (median and 90th percentile of 60 presses),
and the time from `/` and a typed word to the search hits on screen.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.library import Events  # noqa: E402
from bench.startup import key_to_redraw, summary  # noqa: E402
from core.library import Library  # noqa: E402
from core.read import SEEDS_DIR  # noqa: E402


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


async def open_and_search(library: Path, word: str) -> tuple[float, float]:
    """Seconds to the story on screen, and from `/` plus *word* to the hits on screen."""
    from textual.widgets import OptionList

    from tui.app import make_app

    app = make_app(library=library)
    start = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        opened = time.perf_counter() - start
        start = time.perf_counter()
        await pilot.press("slash", *word)
        hits = app.screen.query_one("#search-hits", OptionList)
        while hits.option_count == 0 and time.perf_counter() - start < 60:
            await pilot.pause(0.01)
        searched = time.perf_counter() - start
    return opened, searched


def report(name: str, library: Path, added: str, word: str, open_last: bool) -> None:
    from tui.app import make_app

    opened, searched = asyncio.run(open_and_search(library, word))
    keys = asyncio.run(key_to_redraw(make_app(library=library), open_last=open_last))
    print(f"{name}:")
    print(f"  newsprism add: {added}; library file {library.stat().st_size / 2**20:.0f} MB")
    print(f"  app start to the story on screen: {opened:.2f} s")
    print(f"  key to redraw (j in the reader): {summary(keys)}")
    print(f"  / and {word!r} to the search hits on screen: {searched:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=float, default=50)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="np-hostile-") as tmp:
        folder = Path(tmp)
        article = huge_article(folder / "huge.txt", args.megabytes)
        library = folder / "huge.sqlite"
        report(f"one article of {article.stat().st_size / 2**20:.0f} MB", library, add(library, article), "ministers", False)

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
