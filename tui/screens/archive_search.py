"""Find stories in an archive by words and dates; Enter opens one in the reader.

The search runs when Enter is pressed (an archive's articles are scanned from disk, a batch at
a time, which takes seconds on millions), in a worker, so the screen stays responsive.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from core.library.store import StoryInfo, find_spans
from core.text import count
from tui.background import background
from tui.render import safe
from tui.widgets.search_hits import SearchHits

#: Stories listed for one search, the latest first.
HITS = 200


class ArchiveSearchScreen(ModalScreen[int | None]):
    """Words and dates in, the archive's matching stories out; dismissed with the chosen story."""

    DEFAULT_CSS = """
    ArchiveSearchScreen { align: center top; }
    ArchiveSearchScreen > Vertical { width: 90%; max-width: 110; height: 80%; margin-top: 2; border: round $accent; background: $surface; }
    ArchiveSearchScreen OptionList { height: 1fr; border: none; }
    ArchiveSearchScreen #archive-status { height: auto; max-height: 3; padding: 0 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close"),
        Binding("down", "focus_hits", "Hits", show=False),
        Binding("slash", "focus_input", "New search", show=False),
    ]

    def __init__(self, archive: Path) -> None:
        super().__init__()
        self.archive = archive

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Input(placeholder="Find stories: words and dates (2026-03-01..2026-03-05), then Enter", id="archive-input")
            yield Static("Words match titles and paragraphs, ignoring accents and case; a date or FROM..TO keeps stories of those days",
                         id="archive-status", markup=False)
            yield SearchHits("archive-input", id="archive-hits")

    def action_focus_input(self) -> None:
        self.query_one("#archive-input", Input).focus()

    def action_focus_hits(self) -> None:
        self.query_one("#archive-hits", SearchHits).take_focus()  # not into an empty list: the box keeps the keys

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            return
        self.query_one("#archive-status", Static).update("Searching the archive…")
        self._search(event.value)

    @work(thread=True, exclusive=True, group="archive-search")
    @background
    def _search(self, query: str) -> None:
        from core.archive.store import Archive, ArchiveError, parse_query

        try:
            words, since, until = parse_query(query)
        except ValueError as exc:
            self.app.call_from_thread(self._show, [], str(exc))
            return
        try:
            found = Archive(self.archive).stories(words, since=since, until=until, limit=HITS)
        except ArchiveError as exc:
            self.app.call_from_thread(self._show, [], str(exc))
            return
        what = " ".join(words) + (f" {since or '…'}..{(until or '…').rstrip('-' + chr(0xFFFF))}" if since or until else "")
        status = f"{count(len(found), 'story', 'stories')} for {what.strip()}" + (" (the latest shown)" if len(found) == HITS else "")
        self.app.call_from_thread(self._show, found, status if found else f"No story for {what.strip()}", words)

    def _show(self, found: list[StoryInfo], status: str, words: Sequence[str] = ()) -> None:
        if not self.is_attached:
            return
        hits = self.query_one("#archive-hits", OptionList)
        hits.clear_options()
        options = []
        for info in found:
            first, last = (day or "" for day in info.days)  # as the story list shows them
            dates = first if first == last else f"{first or '?'} – {last or '?'}"
            title = safe(info.title, "bold")
            for start, end in find_spans(title.plain, words):  # the words as the title writes them ("Kovač" for kovac)
                title.stylize("reverse", start, end)
            prompt = Text.assemble((f"{dates or 'undated'} · {count(info.articles, 'article')}\n", "dim"), title,
                                   "\n", safe(", ".join(info.outlets), "italic"))
            options.append(Option(prompt, id=str(info.id)))
        hits.add_options(options)
        if options:
            hits.highlighted = 0
            hits.focus()  # Enter opens the first; typing again goes back to the words
        self.query_one("#archive-status", Static).update(Text(status))

    @on(OptionList.OptionSelected, "#archive-hits")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))
