"""The versions view: what changed in an article between two of its versions, word by word."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from core.library.changes import Edit, ParagraphEdit, Version, edits
from core.sanitize import sanitize
from core.text import count
from tui.render import Gutter, safe
from tui.widgets.bounded_list import BoundedList

#: How each kind of edit looks; the brackets say it without colour too.
STYLES = {"same": "", "gap": "", "added": "bold green underline", "removed": "red strike", "corrected": "bold yellow underline"}


def when(at: float) -> str:
    """A version's time as the user's clock gives it: 2026-11-30 14:05."""
    return datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M")


def render_edits(pieces: Sequence[Edit]) -> Text:
    """A paragraph's edits: added words {+underlined+}, removed [-struck-], corrected [-old-]{+new+}."""
    out = Text()
    for piece in pieces:
        if piece.tag == "added":
            out.append(sanitize("{+" + piece.text + "+}"), style=STYLES["added"])
        elif piece.tag == "removed":
            out.append(sanitize("[-" + piece.text + "-]"), style=STYLES["removed"])
        elif piece.tag == "corrected":
            out.append(sanitize("[-" + piece.old + "-]"), style=STYLES["removed"])
            out.append(sanitize("{+" + piece.text + "+}"), style=STYLES["corrected"])
        else:
            out.append(sanitize(piece.text))
    return out


class VersionsScreen(Screen[None]):
    """One article's versions: the edits from one to the next; ``[`` and ``]`` step through them."""

    DEFAULT_CSS = """
    VersionsScreen #versions-head { height: auto; padding: 0 1; border-bottom: solid $primary-darken-2; }
    VersionsScreen #versions-body { height: 1fr; border: none; scrollbar-gutter: stable; }
    """
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Back"),
        Binding("v", "dismiss(None)", "Back", show=False),
        Binding("left_square_bracket", "step(-1)", "Older"),
        Binding("right_square_bracket", "step(1)", "Newer"),
    ]

    def __init__(self, outlet: str, versions: Sequence[Version]) -> None:
        super().__init__()
        self.outlet = outlet
        self.versions = list(versions)
        #: The newer version of the pair shown (an index into versions); the latest first.
        self.at = len(self.versions) - 1

    def compose(self) -> ComposeResult:
        yield Static(id="versions-head")
        yield BoundedList(id="versions-body")
        yield Footer()

    def on_mount(self) -> None:
        self._show()
        self.query_one("#versions-body").focus()

    def action_step(self, by: int) -> None:
        """Show the previous (-1) or next (+1) pair of versions."""
        target = self.at + by
        if 1 <= target < len(self.versions):
            self.at = target
            self._show()
        else:
            self.notify("No older version" if by < 0 else "This is the latest version", timeout=2)

    def _show(self) -> None:
        head = self.query_one("#versions-head", Static)
        body = self.query_one("#versions-body", OptionList)
        body.clear_options()
        latest = self.versions[-1]
        if len(self.versions) < 2:
            head.update(Text.assemble(safe(latest.title, "bold"), "\n",
                                      safe(f"{self.outlet} · stored {when(latest.at)} · it has not changed since", "italic")))
            return
        old, new = self.versions[self.at - 1], self.versions[self.at]
        compared = edits(old.paragraphs, new.paragraphs)
        changes = [p for p in compared if p.changed]
        tally = {tag: sum(1 for p in changes for e in p.edits if e.tag == tag) for tag in ("added", "removed", "corrected")}
        # Edits, not paragraphs: "2 paragraphs changed: 1 addition, 1 correction".
        nouns = {"added": "addition", "removed": "removal", "corrected": "correction"}
        summary = ", ".join(count(n, nouns[tag]) for tag, n in tally.items() if n) or "the same words"
        head.update(
            Text.assemble(
                safe(new.title, "bold"), "\n",
                safe(f"{self.outlet} · version {old.number} of {when(old.at)} → version {new.number} of {when(new.at)}"
                     f" (of {len(self.versions)})", "italic"), "\n",
                (f"{count(len(changes), 'paragraph')} changed: {summary}", "dim"),
                ("   {+added+} [-removed-] [-old-]{+corrected+} · [ ] older, newer", "dim"),
                *((("\n", ""), safe(f"title was: {old.title}", "dim")) if old.title != new.title else ()),
            )
        )
        options: list[Option] = []
        unchanged = 0
        for n, paragraph in enumerate(compared):
            if not paragraph.changed:
                unchanged += 1
                continue
            if unchanged:
                options.append(Option(Text(f"… {count(unchanged, 'paragraph')} unchanged", style="dim italic"), disabled=True))
                unchanged = 0
            options.append(Option(Gutter(self._mark(paragraph), render_edits(paragraph.edits), width=5), id=f"p{n}"))
        if unchanged:
            options.append(Option(Text(f"… {count(unchanged, 'paragraph')} unchanged", style="dim italic"), disabled=True))
        body.add_options(options)

    @staticmethod
    def _mark(paragraph: ParagraphEdit) -> Text:
        """¶ numbers in the new version; + for a paragraph added whole, − for one removed."""
        if paragraph.old is None:
            return Text(f"+¶{paragraph.new}", style="bold green")
        if paragraph.new is None:
            return Text(f"-¶{paragraph.old}", style="red")
        return Text(f"¶{paragraph.new}", style="bold")
