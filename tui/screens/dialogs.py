"""Small modal dialogs: ask for a line of text, choose from a list, confirm."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from tui.render import safe
from tui.widgets.bounded_list import BoundedList

_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{
    width: 80%; max-width: 90; height: auto; max-height: 80%;
    border: round $accent; background: $surface; padding: 0 1;
}}
{name} Label {{ width: 1fr; padding: 0 0 1 0; }}
{name} .hint {{ color: $text-muted; padding: 1 0 0 0; }}
"""


class PromptScreen(ModalScreen[str | None]):
    """One line of text: Enter gives it, Escape gives None."""

    DEFAULT_CSS = _CSS.format(name="PromptScreen")
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, question: str, value: str = "") -> None:
        super().__init__()
        self.question = question
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(safe(self.question, "bold"))
            yield Input(value=self.value, id="prompt-input", select_on_focus=True)
            yield Label("Enter saves · Escape cancels", classes="hint")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)


#: The filter line's hint where the options are stories (their number shown: ChooseScreen.matching).
STORY_FILTER_HINT = "/ filters: words of the title, or the story's number"


class ChooseScreen(ModalScreen[str | None]):
    """A list to choose from: Enter or a click gives the option's id, Escape gives None.

    ``/`` (or any key typed into the filter line under the question) narrows the list to the
    options holding every word typed, or whose id is the number typed ("18 stories, the one
    wanted the last": a few letters of its title find it); Enter there chooses the first left."""

    DEFAULT_CSS = _CSS.format(name="ChooseScreen") + """
    ChooseScreen OptionList, ChooseScreen OptionList:focus { width: 1fr; height: auto; max-height: 20; border: none; padding: 0; }
    ChooseScreen Input, ChooseScreen Input:focus { border: none; height: 1; padding: 0 1; margin: 0 0 1 0; background: $boost; }
    """
    #: The list has the keys first (j/k, Enter); / goes to the filter line.
    AUTO_FOCUS = "#choices"
    # A modal screen stops the app's bindings: j/k are bound here again, as in every list.
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel"),
        Binding("j", "app.cursor('down')", "Down", show=False),
        Binding("k", "app.cursor('up')", "Up", show=False),
        Binding("slash", "filter", "Filter", show=False),
        # from the filter line, the arrows move in the list it narrows
        Binding("down", "step(1)", "Down", show=False),
        Binding("up", "step(-1)", "Up", show=False),
    ]

    def __init__(
        self, question: str, options: Sequence[tuple[str, Text]], *, empty: str = "Nothing to choose from",
        hint: str = "/ filters: words of what is listed",
    ) -> None:
        super().__init__()
        self.question = question
        self.options = list(options)
        self.empty = empty
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(safe(self.question, "bold"))
            if self.options:
                yield Input(placeholder=self.hint, id="filter")
                yield BoundedList(*(Option(prompt, id=key) for key, prompt in self.options), id="choices")
            else:
                yield Label(self.empty, classes="hint")
            yield Label("Enter chooses · / filters · Escape cancels", classes="hint")

    def action_filter(self) -> None:
        """Type into the filter line."""
        if self.options:
            self.query_one("#filter").focus()

    def action_step(self, direction: int) -> None:
        """Move in the list (from the filter line: the list's own keys move it when it has them)."""
        if self.options:
            choices = self.query_one("#choices", BoundedList)
            if direction > 0:
                choices.action_cursor_down()
            else:
                choices.action_cursor_up()

    def matching(self, typed: str) -> list[tuple[str, Text]]:
        """The options whose text holds every word of *typed* (any case), or whose id it is."""
        typed = typed.strip().removeprefix("/")  # the key that opened the filter, typed into it
        words = typed.casefold().split()
        return [(key, prompt) for key, prompt in self.options
                if typed == key or all(w in prompt.plain.casefold() for w in words)]

    @on(Input.Changed, "#filter")
    def _filtered(self, event: Input.Changed) -> None:
        event.stop()
        choices = self.query_one("#choices", BoundedList)
        choices.clear_options()
        choices.add_options([Option(prompt, id=key) for key, prompt in self.matching(event.value)])
        if choices.option_count:
            choices.highlighted = 0

    @on(Input.Submitted, "#filter")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        choices = self.query_one("#choices", BoundedList)
        if choices.option_count:
            self.dismiss(choices.get_option_at_index(choices.highlighted or 0).id)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question before a change to the library (a split, a merge, a removal): y says
    yes, n or Escape says no. An Enter says neither: one meant for the screen below (a story
    chosen, an article opened) must not change the library."""

    DEFAULT_CSS = _CSS.format(name="ConfirmScreen")
    BINDINGS = [
        Binding("y", "dismiss(True)", "Yes"),
        Binding("enter", "nothing", show=False),
        Binding("n,escape", "dismiss(False)", "No"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(safe(self.question, "bold"))
            yield Label("y yes · n (or Escape) no", classes="hint")

    def action_nothing(self) -> None:
        """An Enter is no answer: the question stays until y, n or Escape."""
