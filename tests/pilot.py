"""What the Pilot tests share: waiting until the app's main screen is ready."""

from __future__ import annotations

import time

from tui.screens.main import MainScreen

#: How long :func:`settle` waits for a story to show once no worker is running: on a loaded
#: machine the load worker may not have started when the test first looks.
SETTLE_SECONDS = 3.0


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the app's workers (loading, linking) are done and its main screen has drawn
    its story (or, with no story to show, :data:`SETTLE_SECONDS` after its workers are done)."""
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause()
    waited = time.monotonic()
    while not app.screen_stack[0].has_class("-loaded") and time.monotonic() - waited < SETTLE_SECONDS:
        await pilot.pause(0.05)
        await app.workers.wait_for_complete()
    await pilot.pause()


async def ready(pilot) -> MainScreen:  # type: ignore[no-untyped-def]
    """The main screen, once :func:`settle` says the app is ready."""
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    return screen


async def open_view(pilot, key: str, view: type):  # type: ignore[no-untyped-def]
    """Press *key*, wait for the view's worker, and return the view, checked to be a *view*."""
    await pilot.press(key)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(pilot.app.screen, view)
    return pilot.app.screen


def prompt_text(prompt: object) -> str:
    """What *prompt* (a Rich renderable: an option list's prompt) shows, as plain text on one
    wide line."""
    import io

    from rich.console import Console

    console = Console(width=200, file=io.StringIO(), record=True)
    console.print(prompt)
    return console.export_text()
