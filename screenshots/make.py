"""Regenerate the README's pictures from the app itself.

Run: python screenshots/make.py   (the browser picture needs chromium; it is skipped without)
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from core.reading import SEEDS_DIR  # noqa: E402
from tui.app import make_app  # noqa: E402

SHOTS = [
    ("main-wide.svg", (120, 40), ()),
    ("main-narrow.svg", (80, 24), ()),
    ("collation.svg", (120, 40), ("j",) * 4),
    ("unique.svg", (80, 24), ("u",)),
    ("help.svg", (100, 34), ("question_mark",)),
    ("quotes.svg", (120, 34), ("quotation_mark",)),
    ("matrix.svg", (120, 34), ("m",)),
    ("figures.svg", (120, 34), ("f",)),
    ("side-by-side.svg", (120, 34), ("d",)),
]


async def shoot(name: str, size: tuple[int, int], keys: tuple[str, ...], library: Path | None = None) -> None:
    app = make_app(library=library) if library else make_app([SEEDS_DIR])
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(*keys)
        await app.workers.wait_for_complete()  # views compute in workers
        await pilot.pause()
        app.save_screenshot(str(HERE / name))
    print(f"wrote screenshots/{name}")


async def shoot_browser(name: str = "browser.png") -> None:
    """`newsprism serve` in headless Chromium, as a PNG."""
    import subprocess

    from tests.browser import CHROMIUM, free_port, served_app_screenshot, wait_for_port

    if CHROMIUM is None:
        print(f"skipped screenshots/{name}: chromium is not installed")
        return
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        await wait_for_port(port)
        _, after = await served_app_screenshot(f"http://localhost:{port}/")
        (HERE / name).write_bytes(after)
        print(f"wrote screenshots/{name}")
    finally:
        server.terminate()
        server.wait()


async def main() -> None:
    import tempfile

    from tests.test_app_library import make_library

    for name, size, keys in SHOTS:
        await shoot(name, size, keys)
    with tempfile.TemporaryDirectory() as folder:  # the seeds and the test pages, as a library
        await shoot("library.svg", (120, 34), (), library=make_library(Path(folder) / "lib.sqlite"))
    await shoot_browser()


if __name__ == "__main__":
    asyncio.run(main())
