"""Regenerate the README's pictures from the app itself.

Run: python screenshots/make.py
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from core.read import SEEDS_DIR  # noqa: E402
from tui.app import make_app  # noqa: E402

SHOTS = [
    ("main-wide.svg", (120, 40), ()),
    ("main-narrow.svg", (80, 24), ()),
    ("collation.svg", (120, 40), ("j",) * 9),
    ("unique.svg", (80, 24), ("u",)),
    ("help.svg", (100, 34), ("question_mark",)),
]


async def shoot(name: str, size: tuple[int, int], keys: tuple[str, ...]) -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
        app.save_screenshot(str(HERE / name))
    print(f"wrote screenshots/{name}")


async def main() -> None:
    for name, size, keys in SHOTS:
        await shoot(name, size, keys)


if __name__ == "__main__":
    asyncio.run(main())
