"""The shape the quotes view and the coverage matrix share: a full screen over the story."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget
from rich.console import RenderableType
from rich.text import Text
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from core.model import Ref
from core.linking.story import Story
from tui.background import background
from tui.render import Gutter
from tui.widgets.footer import KeysFooter
from tui.widgets.bounded_list import BoundedList, move_cursor

T = TypeVar("T")


class StoryViewScreen(Screen[Ref | None], Generic[T]):
    """A heading, a body computed off the event loop, the footer.

    Subclasses say what to compute (:meth:`compute`, run in a thread) and how to
    show it (:meth:`show`, on the event loop), and build the body widget, which
    has the id ``view-body``. Escape goes back. An OptionList body's entries open
    the paragraphs :attr:`refs` gives for their ids.
    """

    DEFAULT_CSS = """
    StoryViewScreen > #view-head { height: auto; padding: 0 1; border-bottom: solid $primary-darken-2; }
    StoryViewScreen > #view-head.-cut { text-wrap: nowrap; text-overflow: ellipsis; }
    StoryViewScreen > #view-body { height: 1fr; border: none; }
    StoryViewScreen > #view-body:focus { border: none; }
    /* Headings are entries that cannot be chosen; they should still read first. */
    StoryViewScreen > #view-body > .option-list--option-disabled { color: $foreground; }
    """
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Back"),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "cursor_first", "First", show=False),
        Binding("G", "cursor_last", "Last", show=False),
    ]
    #: What the heading says while the body is being computed.
    LOADING = "Working…"

    #: The rows of the screen per line the heading may take: a heading never crowds out the
    #: entries (at 40x12 a matrix's legend took every row, a side by side's heading half).
    ROWS_PER_HEAD_LINE = 8

    def __init__(self, story: Story) -> None:
        super().__init__()
        self.story = story
        self._head_forms: tuple[Text, Text] | None = None
        #: The paragraph each entry of an OptionList body opens, by option id.
        self.refs: dict[str, Ref] = {}

    def compose(self) -> ComposeResult:
        yield Static(self.LOADING, id="view-head")
        yield self.make_body()
        yield KeysFooter()

    def make_body(self) -> Widget:
        """The widget that lists the view's entries, with id ``view-body``: an OptionList
        unless a subclass needs another."""
        return BoundedList(id="view-body")

    def compute(self) -> T:
        """The view's content; runs in a worker thread and must not touch widgets."""
        raise NotImplementedError

    def show(self, result: T) -> None:
        """Fill the heading and the body with *result*."""
        raise NotImplementedError

    @property
    def body(self) -> Any:
        """The body widget (an OptionList or a DataTable: both have cursor actions)."""
        return self.query_one("#view-body")

    @property
    def head(self) -> Static:
        """The heading."""
        return self.query_one("#view-head", Static)

    def set_head(self, full: Text, brief: Text | None = None) -> None:
        """Head the view with *full* (what it counts, and the legend of its marks) where the
        screen has room for it, else with *brief* (what it counts), else with *brief* cut to a
        line with "…": the heading takes at most a line per :attr:`ROWS_PER_HEAD_LINE` rows of
        the screen. Chosen again on a resize."""
        self._head_forms = (full, brief if brief is not None else full)
        self._fit_head()

    def _fit_head(self) -> None:
        if self._head_forms is None or not self.size.width:
            return
        full, brief = self._head_forms
        width = max(1, self.size.width - 2)  # the heading's padding
        room = max(1, self.size.height // self.ROWS_PER_HEAD_LINE)
        fits = [form for form in (full, brief) if len(form.wrap(self.app.console, width)) <= room]
        self.head.set_class(not fits, "-cut")
        self.head.update(fits[0] if fits else brief)

    def on_resize(self) -> None:
        self._fit_head()

    def on_mount(self) -> None:
        self.collect()

    @work(thread=True, exclusive=True, group="story-view")
    @background
    def collect(self) -> None:
        """Compute the content off the event loop; show it when done."""
        result = self.compute()
        self.app.call_from_thread(self.show, result)

    def entry(self, option_id: str, ref: Ref, prompt: RenderableType) -> Option:
        """An entry of an OptionList body that opens *ref*, its lines hanging-indented."""
        self.refs[option_id] = ref
        return Option(Gutter(Text(""), prompt) if isinstance(prompt, Text) else prompt, id=option_id)

    def fill(self, options: list[Option]) -> None:
        """Replace the OptionList body's entries, focus it and highlight the first choosable one."""
        body = self.body
        body.clear_options()
        body.add_options(options)
        body.focus()
        body.highlighted = next((n for n, option in enumerate(options) if not option.disabled), None)

    @on(OptionList.OptionSelected, "#view-body")
    def _entry_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id in self.refs:
            self.dismiss(self.refs[event.option.id])

    def action_cursor_down(self) -> None:
        self.body.action_cursor_down()

    def action_cursor_up(self) -> None:
        self.body.action_cursor_up()

    def action_cursor_first(self) -> None:
        move_cursor(self.body, "first")

    def action_cursor_last(self) -> None:
        move_cursor(self.body, "last")
