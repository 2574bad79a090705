"""The versions view: what changed in an article between two of its versions, word by word."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from core.library.changes import Edit, ParagraphEdit, Version, edits, word_edits
from core.model import display_time
from core.sanitize import sanitize
from core.text import count
from tui.render import Gutter, safe
from tui.widgets.bounded_list import BoundedList
from tui.widgets.footer import KeysFooter

#: How each kind of edit looks; the brackets say it without colour too.
STYLES = {"same": "", "gap": "", "added": "bold green underline", "removed": "red strike", "corrected": "bold yellow underline"}


def when(at: float) -> str:
    """A version's time as the user's clock gives it: 2026-11-30 14:05."""
    return datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M")


def dated(version: Version) -> str:
    """When a version is from: its page's own time where the page gave one ("dated 2026-06-08
    07:30 UTC+02:00"; its update time where it gave one, "updated 2026-12-02 16:35 UTC-05:00":
    the version is the update), else when newsprism stored it ("stored 2026-12-01 22:12")."""
    if version.updated:
        return f"updated {display_time(version.updated)}"
    shown = display_time(version.published)
    return f"dated {shown}" if shown else f"stored {when(version.at)}"


def tally(compared: Sequence[ParagraphEdit]) -> str:
    """What changed between two versions, every count of one thing: the paragraphs changed (added
    whole, removed whole, edited), then the edits of words in the edited ones: "5 paragraphs
    changed: 2 added, 1 removed, 2 edited with 5 corrections"."""
    changes = [p for p in compared if p.changed]
    edited = [p for p in changes if p.old is not None and p.new is not None]
    nouns = {"corrected": "correction", "added": "addition", "removed": "removal"}
    words = [count(n, noun) for tag, noun in nouns.items() if (n := sum(e.tag == tag for p in edited for e in p.edits))]
    parts = [f"{n} {what}" for n, what in (
        (sum(p.old is None for p in changes), "added"), (sum(p.new is None for p in changes), "removed"),
    ) if n]
    if edited:
        parts.append(f"{len(edited)} edited" + (" with " + " and ".join(", ".join(words).rsplit(", ", 1)) if words else ""))
    return f"{count(len(changes), 'paragraph')} changed: {', '.join(parts)}" if changes else "the same paragraphs"


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
        yield KeysFooter()  # the keys that fit whole, its own first: Textual's cut a label at 80 columns

    def on_mount(self) -> None:
        self._show()
        self.query_one("#versions-body").focus()

    def action_step(self, by: int) -> None:
        """Show the previous (-1) or next (+1) pair of versions."""
        target = self.at + by
        if 1 <= target < len(self.versions):
            self.at = target
            self._show()
        elif len(self.versions) == 2:
            self.notify("The article has only these two versions: no other to step to", timeout=4)
        else:
            self.notify("No older version: this is the first change" if by < 0 else "This is the latest version", timeout=3)

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
        several = len(self.versions) > 2
        lines = [
            safe(new.title, "bold"),
            # The page's own times, not only when newsprism stored each (a minute apart, they read
            # as an edit made a minute later), and when it was stored where the page gave a time.
            safe(f"{self.outlet} · version {old.number}, {dated(old)} → version {new.number}, {dated(new)}"
                 + (f" (of {len(self.versions)})" if several else " (its only two)"), "italic"),
        ]
        if old.published or new.published or old.updated or new.updated:
            stored, again = when(old.at), when(new.at)
            lines.append(Text(f"stored by newsprism {stored} and {again[11:] if again[:10] == stored[:10] else again}", "dim"))
        if old.title != new.title:
            lines.append(safe(f"title was: {old.title}", "dim"))
        if old.dateline and new.dateline and old.dateline != new.dateline:
            lines.append(Text.assemble(("dateline: ", "dim"), render_edits(word_edits(old.dateline, new.dateline))))
        lines.append(Text.assemble(
            (tally(compared), "dim"),
            ("   {+added+} [-removed-] [-old-]{+corrected+}" + (" · [ ] older, newer" if several else ""), "dim"),
        ))
        head.update(Text("\n").join(lines))
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
