"""Cold start to first output (a real process on a pseudo-terminal) and key-to-redraw in the app.

Cold starts: the one-line error for a path that is not there, `--help` and `links --help` to
their last line, the reader's first frame ("Reading and linking the story…") and its loaded
screen on the seeds. Each as the median and the least of N runs (the least is what a quiet
machine gives; the CPU time a process takes is the same on a busy one).

Run: python bench/startup.py [--runs N] [--cold-only]
"""

from __future__ import annotations

import asyncio
import os
import pty
import select
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
#: The bundled seeds, named on the command line: with no PATH the reader opens the default
#: library, and one that is not there is refused.
SEEDS = str(ROOT / "seeds")

if TYPE_CHECKING:
    from textual.app import App


def first_paint(markers: tuple[bytes, ...] = (b"other outlets",), args: tuple[str, ...] = (SEEDS,)) -> float:
    """Seconds from spawning `newsprism ARGS` on a pty until its output shows *markers* (NaN
    when it has not in 20 s). The default library is pointed at a file that does not exist.
    """
    master, slave = pty.openpty()
    os.set_blocking(master, False)
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="120", LINES="40", NEWSPRISM_LIBRARY="/nonexistent/lib.sqlite")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", *args], stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT
    )
    seen = b""
    try:
        while time.perf_counter() - start < 20:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(master, 65536)
                except OSError:
                    break
                if all(m in seen for m in markers):
                    return time.perf_counter() - start
        return float("nan")
    finally:
        proc.kill()
        proc.wait()
        os.close(master)
        os.close(slave)


async def key_to_redraw(app: App[None], presses: int = 60, *, open_last: bool = False) -> list[float]:
    """Milliseconds from posting a `j` key to the end of the frame that shows its result.

    The app (from ``make_app``) runs headless; each screen refresh that writes a frame is
    timed by wrapping the screen's compositor refresh. The time includes handling the key,
    moving the highlight, rebuilding the cross-source panel and composing the changed
    regions, and the wait for Textual's next frame tick. With *open_last* the story's last
    article is opened in the reader first.
    """
    from textual import events

    timings: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        if open_last:
            from core.model import Ref

            screen.open(Ref(app.story.articles[-1].id, 0))  # type: ignore[attr-defined, union-attr]
            await pilot.pause()
        frames: list[float] = []
        refresh = screen._compositor_refresh  # noqa: SLF001 - the one place frames are written

        def timed_refresh() -> None:
            refresh()
            frames.append(time.perf_counter())

        screen._compositor_refresh = timed_refresh  # type: ignore[method-assign]
        for _ in range(presses):
            frames.clear()
            start = time.perf_counter()
            app.post_message(events.Key("j", "j"))
            while not frames:
                await asyncio.sleep(0.001)
            timings.append((frames[0] - start) * 1000)
            await pilot.pause()
    return timings


def summary(timings: list[float]) -> str:
    """Median and 90th percentile of key-to-redraw timings."""
    return f"median {statistics.median(timings):.1f} ms, p90 {sorted(timings)[int(len(timings) * 0.9)]:.1f} ms"


def long_article(folder: Path, paragraphs: int = 500) -> Path:
    """A 500-paragraph article made by repeating the seeds' paragraphs with numbers."""
    from core.reading import SEEDS_DIR, read_paths

    articles, _ = read_paths([SEEDS_DIR])
    body = [p for a in articles for p in a.paragraphs]
    text = ["A very long report on the talks in Beijing", ""]
    for n in range(paragraphs):
        text += [f"{body[n % len(body)][:-1]} (part {n}).", ""]
    path = folder / "long.txt"
    path.write_text("\n".join(text), encoding="utf-8")
    return path


#: The cold starts timed: (what, the bytes its output ends on, the arguments).
COLD_STARTS: tuple[tuple[str, tuple[bytes, ...], tuple[str, ...]], ...] = (
    ("a path not there, to its error line", (b"no such file or directory",), ("/nonexistent/report.html",)),
    ("--help, to its last line", (b"the version.",), ("--help",)),
    ("links --help, to its last line", (b"print JSON instead",), ("links", "--help")),
    ("the reader's first frame (seeds)", (b"Reading and linking",), (SEEDS,)),
    ("the reader's loaded screen (seeds): the panel on its first paragraph", (b"other outlets",), (SEEDS,)),
)


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    for what, markers, args in COLD_STARTS:
        times = [first_paint(markers, args) for _ in range(runs)]
        print(f"cold start to {what}, 120x40: median {statistics.median(times):.3f} s, least {min(times):.3f} s over {runs} runs")
    if "--cold-only" in sys.argv:
        return
    from core.reading import SEEDS_DIR
    import tempfile

    from tui.app import make_app

    seeds = asyncio.run(key_to_redraw(make_app([SEEDS_DIR])))
    print(f"key to panel redraw (seeds): {summary(seeds)}")
    with tempfile.TemporaryDirectory() as tmp:
        big = asyncio.run(key_to_redraw(make_app([SEEDS_DIR, long_article(Path(tmp))]), open_last=True))
    print(f"key to panel redraw (reading a 500-paragraph article): {summary(big)}")


if __name__ == "__main__":
    main()
