"""What the Pilot tests share: waiting until the app's main screen is ready."""

from __future__ import annotations

import time
from collections.abc import Callable

from tui.screens.main import MainScreen

#: The longest :func:`settle` and :func:`until` wait: far longer than any load or key takes on a
#: loaded machine (they end as soon as the state they wait for is there).
UNTIL_SECONDS = 60.0


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the app's first load is over: its main screen shows a story (``-loaded``) or an
    emptied library (``-empty``), or the app is quitting (a load that failed); at most
    :data:`UNTIL_SECONDS`. On a loaded machine the load worker may not have started when the test
    first looks, and the process may look idle (``pilot.pause()``) before it has: a state, not a
    time, ends the wait. After a key that loads another story the screen is ``-loaded`` already:
    wait with :func:`until` on what the key leads to."""
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause()
    deadline = time.monotonic() + UNTIL_SECONDS
    main = app.screen_stack[0]
    while not (main.has_class("-loaded") or main.has_class("-empty") or app.return_code is not None) and time.monotonic() < deadline:
        await pilot.pause(0.05)
        await app.workers.wait_for_complete()
    await pilot.pause()


async def until(pilot, condition: Callable[[], bool], what: str) -> None:  # type: ignore[no-untyped-def]
    """Wait until *condition* holds, a short pause at a time, with the app's workers run in
    between; fail naming *what* was awaited after :data:`UNTIL_SECONDS`.

    A bare ``pilot.pause()`` (or a key pressed) waits until the process looks idle: Textual
    compares its CPU time with the wall clock, and a process starved of CPU on a loaded machine
    looks idle before it has handled the key or started the worker the key asks for. A
    condition on the state the key leads to is what a test can wait on."""
    deadline = time.monotonic() + UNTIL_SECONDS
    while not condition():
        assert time.monotonic() < deadline, f"still waiting for {what} after {UNTIL_SECONDS:.0f} s"
        await pilot.pause(0.02)
        await pilot.app.workers.wait_for_complete()
    await pilot.app.workers.wait_for_complete()
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
