"""What the Pilot tests share: waiting until the app's main screen is ready."""

from __future__ import annotations

from tui.screens.main import MainScreen


async def ready(pilot) -> MainScreen:  # type: ignore[no-untyped-def]
    """The main screen, once the app's workers (loading, linking) are done and it has drawn."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    return screen
