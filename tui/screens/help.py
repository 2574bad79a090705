"""The help screen: every key, rendered from tui/help.md."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Markdown

from tui.screens.modal import PanelScreen

HELP = Path(__file__).resolve().parent.parent / "help.md"


class HelpScreen(PanelScreen):
    """Keys and what the marks mean; Escape, q or ? closes it."""

    DEFAULT_CSS = """
    HelpScreen > VerticalScroll { width: 90%; max-width: 96; height: 90%; }
    """
    BINDINGS = [Binding("question_mark", "dismiss", "Close", show=False)]
    #: The name the app installs the one help screen under (:meth:`tui.app.NewsprismApp.action_help`).
    NAME = "help"

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Markdown(HELP.read_text(encoding="utf-8"))

    def on_screen_resume(self) -> None:
        """Shown again (the app keeps the one it built): from its top, as when it was new."""
        self.query_one(VerticalScroll).scroll_home(animate=False)
