"""The main screen: story list, reader and cross-source panel."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer, Label, ProgressBar

from core.model import Ref
from core.story import Story
from tui.messages import OpenRef
from tui.widgets.cross_sources import CrossSources
from tui.widgets.reader import ReaderPane
from tui.widgets.story_list import StoryList

#: Below this width the panes stack and the story list folds away.
NARROW = 110


class MainScreen(Screen[None]):
    """Three panes; history of jumps like a browser's."""


    BINDINGS = [
        Binding("n", "next_shared", "Next shared"),
        Binding("N", "previous_shared", "Prev shared", show=False),
        Binding("u", "next_unique", "Next unique"),
        Binding("backspace", "back", "Back"),
        Binding("alt+left", "back", "Back", show=False),
        Binding("s", "toggle_stories", "Stories", show=False),
        Binding("c", "toggle_sources", "Sources", show=False),
        Binding("tab", "app.focus_next", "Next pane", show=False),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.story: Story | None = None
        self.history: list[Ref] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="loading"):
            yield Label("Reading and linking the story…", id="loading-stage")
            yield ProgressBar(total=1.0, show_eta=False, id="loading-bar")
        with Horizontal(id="panes"):
            yield StoryList(id="story-list")
            with Vertical(id="reading"):
                yield ReaderPane(id="reader")
                yield CrossSources(id="cross-sources")
        yield Footer()

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")

    # --- loading --------------------------------------------------------------

    def show_progress(self, fraction: float, stage: str) -> None:
        """Show the loading worker's progress."""
        self.query_one("#loading-bar", ProgressBar).update(progress=fraction)
        self.query_one("#loading-stage", Label).update(stage)

    def show_story(self, story: Story) -> None:
        """Fill the panes with *story* and open its first article."""
        self.story = story
        # Showing the panes lays the whole screen out afresh, with the story in it.
        self.add_class("-loaded")
        self.query_one(StoryList).show(story)
        self.open(Ref(story.articles[0].id, 0), remember=False)
        self.query_one("#paragraphs").focus()

    # --- navigation -----------------------------------------------------------

    @property
    def reader(self) -> ReaderPane:
        """The reader pane."""
        return self.query_one(ReaderPane)

    def open(self, ref: Ref, *, remember: bool = True) -> None:
        """Open the article of *ref* at its paragraph, keeping where we were for Back."""
        if self.story is None:
            return
        current = self.reader.current
        if remember and current is not None:
            self.history.append(current)
        article = self.story.article(ref.article)
        if self.reader.article is not None and self.reader.article.id == article.id:
            self.reader.go_to(ref.paragraph)
        else:
            self.reader.show(self.story, article, ref.paragraph)
        self.query_one(StoryList).select_article(article.id)
        self.query_one(CrossSources).show(self.story, ref)

    @on(OpenRef)
    def _open_ref(self, event: OpenRef) -> None:
        self.open(event.ref, remember=event.remember)
        self.query_one("#paragraphs").focus()

    @on(StoryList.ArticleSelected)
    def _article_selected(self, event: StoryList.ArticleSelected) -> None:
        self.open(Ref(event.article_id, 0))
        self.query_one("#paragraphs").focus()

    @on(ReaderPane.ParagraphFocused)
    def _paragraph_focused(self, event: ReaderPane.ParagraphFocused) -> None:
        if self.story is not None:
            self.query_one(CrossSources).show(self.story, event.ref)

    def action_back(self) -> None:
        """Go back to where the last jump came from."""
        if self.history:
            self.open(self.history.pop(), remember=False)
            self.query_one("#paragraphs").focus()
        else:
            self.notify("Nothing to go back to", timeout=2)

    def _jump(self, *, shared: bool, forward: bool, what: str) -> None:
        if not self.reader.jump(shared=shared, forward=forward):
            self.notify(f"No {what} {'below' if forward else 'above'}", timeout=2)
        self.query_one("#paragraphs").focus()

    def action_next_shared(self) -> None:
        """Go to the next paragraph other outlets carry."""
        self._jump(shared=True, forward=True, what="shared paragraph")

    def action_previous_shared(self) -> None:
        """Go to the previous paragraph other outlets carry."""
        self._jump(shared=True, forward=False, what="shared paragraph")

    def action_next_unique(self) -> None:
        """Go to the next paragraph only this outlet has."""
        self._jump(shared=False, forward=True, what="unique paragraph")

    def action_toggle_stories(self) -> None:
        """Show or hide the story list."""
        self.toggle_class("-hide-stories" if not self.has_class("-narrow") else "-show-stories")

    def action_toggle_sources(self) -> None:
        """Show or hide the cross-source panel."""
        self.toggle_class("-hide-sources")
