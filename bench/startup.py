"""Cold start to first paint (a real process on a pseudo-terminal) and key-to-redraw in the app.

Run: python bench/startup.py [--runs N]
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def first_paint(marker: bytes = b"links") -> float:
    """Seconds from spawning `newsprism` on a pty until the loaded screen's footer is drawn."""
    master, slave = pty.openpty()
    os.set_blocking(master, False)
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="120", LINES="40")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "tui.cli"], stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT)
    seen = b""
    try:
        while time.perf_counter() - start < 20:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(master, 65536)
                except OSError:
                    break
                if marker in seen and b"articles," in seen:
                    return time.perf_counter() - start
        return float("nan")
    finally:
        proc.kill()
        proc.wait()
        os.close(master)
        os.close(slave)


async def key_to_redraw(paths: list[Path], presses: int = 60) -> list[float]:
    """Milliseconds of work one `j` press causes: moving the highlight, rebuilding the
    cross-source panel and composing the screen update (the pilot's own waits excluded)."""
    from tui.app import make_app
    from tui.widgets.cross_sources import CrossSources

    app = make_app(paths)
    timings: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        panel = app.screen.query_one(CrossSources)
        reader = app.screen.reader
        for _ in range(presses):
            start = time.perf_counter()
            reader.paragraphs.action_cursor_down()
            ref = reader.current
            panel.show(app.story, ref)
            app.screen._compositor.render_update(full=True)
            timings.append((time.perf_counter() - start) * 1000)
            await pilot.pause()
    return timings


def long_article(folder: Path, paragraphs: int = 500) -> Path:
    """A 500-paragraph article made by repeating the seeds' paragraphs with numbers."""
    from core.read import SEEDS_DIR, read_paths

    articles, _ = read_paths([SEEDS_DIR])
    body = [p for a in articles for p in a.paragraphs]
    text = ["A very long report on the talks in Beijing", ""]
    for n in range(paragraphs):
        text += [f"{body[n % len(body)][:-1]} (part {n}).", ""]
    path = folder / "long.txt"
    path.write_text("\n".join(text), encoding="utf-8")
    return path


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    paints = [first_paint() for _ in range(runs)]
    print(f"cold start to first paint (seeds, 120x40): median {statistics.median(paints):.3f} s over {runs} runs")
    from core.read import SEEDS_DIR
    import tempfile

    seeds = asyncio.run(key_to_redraw([SEEDS_DIR]))
    print(f"key to panel redraw (seeds): median {statistics.median(seeds):.1f} ms, p90 {sorted(seeds)[int(len(seeds) * 0.9)]:.1f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        big = asyncio.run(key_to_redraw([SEEDS_DIR, long_article(Path(tmp))]))
    print(f"key to panel redraw (with a 500-paragraph article loaded): median {statistics.median(big):.1f} ms")


if __name__ == "__main__":
    main()
