"""Search every article of the story, fuzzily, and jump to the hit; in a library, every other
story too (its full-text index).

The matching runs in a worker a slice at a time, so typing stays smooth on a story of
hundreds of articles or a 50 MB article: each key press cancels the search before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from core.model import Ref
from core.story import Story
from core.text import process as processor
from tui.render import safe

#: Paragraphs scored between two checks for a newer query.
SLICE = 2000
#: Fuzzy hits shown from the open story, and full-text hits from the rest of the library.
STORY_HITS = 30
LIBRARY_HITS = 20
CUTOFF = 70


@dataclass(frozen=True, slots=True)
class Elsewhere:
    """A hit in another story of the library: opening it opens that story."""

    story: int
    ref: Ref


class SearchScreen(ModalScreen[Ref | None]):
    """Type to search; Enter or a click jumps to the hit; Escape closes."""

    DEFAULT_CSS = """
    SearchScreen { align: center top; }
    SearchScreen > Vertical { width: 90%; max-width: 110; height: 80%; margin-top: 2; border: round $accent; background: $surface; }
    SearchScreen OptionList { height: 1fr; border: none; }
    SearchScreen #search-status { height: 1; padding: 0 1; color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "dismiss(None)", "Close"), Binding("down", "focus_hits", "Hits", show=False)]

    def __init__(self, story: Story, library: Path | None = None, story_id: int | None = None) -> None:
        super().__init__()
        self.story = story
        self.library = library
        self.story_id = story_id
        self.refs = [Ref(a.id, i) for a in story.articles for i in range(len(a.paragraphs))]
        self._choices: list[str] = []  # processed paragraph texts, built by the first search
        self._targets: dict[str, Ref | Elsewhere] = {}

    def compose(self) -> ComposeResult:
        with Vertical():
            what = "this story (fuzzy) and the library" if self.library else "every article (fuzzy)"
            yield Input(placeholder=f"Search {what}…", id="search-input")
            yield Static("", id="search-status", markup=False)
            yield OptionList(id="search-hits")

    def action_focus_hits(self) -> None:
        self.query_one("#search-hits", OptionList).focus()

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        query = processor(event.value)
        if len(query) < 2:
            self.workers.cancel_group(self, "search")
            self._show([], [], "")
            return
        self.query_one("#search-status", Static).update(Text("Searching…"))
        self._search(query, event.value)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str, raw: str) -> None:
        """Score the story's paragraphs a slice at a time, then ask the library's index."""
        worker = get_current_worker()
        choices = self._choices
        for start in range(len(choices), len(self.refs), SLICE):
            choices.extend(processor(self.story.text(r)) for r in self.refs[start : start + SLICE])
            if worker.is_cancelled:
                return
        found: list[tuple[float, int]] = []
        for start in range(0, len(choices), SLICE):
            hits = process.extract(
                query, choices[start : start + SLICE], scorer=fuzz.partial_ratio, processor=None,
                limit=STORY_HITS, score_cutoff=CUTOFF,
            )
            found.extend((score, start + index) for _, score, index in hits)
            if worker.is_cancelled:
                return
            if len(choices) > SLICE:
                done = min(1.0, (start + SLICE) / len(choices))
                self.app.call_from_thread(self._status, Text(f"Searching… {done:.0%}"))
        found.sort(key=lambda hit: (-hit[0], hit[1]))
        others = self._elsewhere(raw) if self.library is not None else []
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, found[:STORY_HITS], others, query)

    def _elsewhere(self, raw: str) -> list[tuple[Elsewhere, Text]]:
        """Full-text hits in the library's other stories."""
        from core.library import Library, LibraryError

        assert self.library is not None
        try:
            with Library(self.library) as library:
                hits = library.search(raw, limit=LIBRARY_HITS * 3)
        except LibraryError:
            return []
        results = []
        for hit in hits:
            if hit.story == self.story_id:
                continue
            prompt = Text.assemble(safe(hit.outlet, "bold"), (f" ¶{hit.ref.paragraph} · ", "dim"), safe(hit.title, "italic"), "\n")
            body = safe(hit.text)
            for start, end in hit.spans:
                body.stylize("bold reverse", start, end)
            prompt.append_text(body)
            results.append((Elsewhere(hit.story, hit.ref), prompt))
        return results[:LIBRARY_HITS]

    def _status(self, text: Text) -> None:
        if not self.is_attached:  # closed while the worker searched
            return
        self.query_one("#search-status", Static).update(text)

    def _show(self, found: list[tuple[float, int]], others: list[tuple[Elsewhere, Text]], query: str) -> None:
        if not self.is_attached:
            return
        hits = self.query_one("#search-hits", OptionList)
        hits.clear_options()
        self._targets = {}
        options: list[Option | None] = []
        for score, index in found:
            ref = self.refs[index]
            article = self.story.article(ref.article)
            prompt = Text.assemble(safe(article.outlet, "bold"), (f" ¶{ref.paragraph}  {score:.0f}%\n", "dim"))
            prompt.append_text(safe(self.story.text(ref)))
            key = f"s{index}"
            self._targets[key] = ref
            options.append(Option(prompt, id=key))
        if others:
            options.append(Option(Text("In other stories of the library", "bold underline"), disabled=True))
            for n, (target, prompt) in enumerate(others):
                key = f"o{n}"
                self._targets[key] = target
                options.append(Option(prompt, id=key))
        hits.add_options(options)
        if found or others:
            hits.highlighted = 0 if found else 1
        if not query:
            status = Text("")
        elif not found and not others:
            status = Text("Nothing found")
        else:
            status = Text(f"{len(found)} in this story" + (f", {len(others)} in other stories" if self.library else ""))
        self._status(status)

    def _open(self, key: str | None) -> None:
        target = self._targets.get(key or "")
        if isinstance(target, Elsewhere):
            from tui.app import NewsprismApp

            self.dismiss(None)
            assert isinstance(self.app, NewsprismApp)
            self.app.open_story(target.story, target.ref)
        elif target is not None:
            self.dismiss(target)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        hits = self.query_one("#search-hits", OptionList)
        if hits.highlighted is not None:
            self._open(hits.get_option_at_index(hits.highlighted).id)

    @on(OptionList.OptionSelected, "#search-hits")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._open(event.option.id)
