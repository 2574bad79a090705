"""The cross-source panel: every passage linked to the focused paragraph, grouped by outlet."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from core.facts import likely_origin
from core.model import LinkKind, Ref
from core.story import Story
from core.text import count
from tui.messages import OpenRef
from tui.render import KIND_STYLE, safe, word_diff


class CrossSources(OptionList):
    """Matches of the focused paragraph, best outlet first; Enter opens one."""

    DEFAULT_CSS = """
    CrossSources { height: 1fr; border: none; padding: 0; scrollbar-gutter: stable; }
    CrossSources:focus { border: none; background-tint: $foreground 4%; }
    CrossSources > .option-list--option { padding: 0 1; }
    """

    def show(self, story: Story, ref: Ref) -> None:
        """List what other outlets carry of the paragraph *ref*."""
        here = story.text(ref)
        own = story.article(ref.article)
        self.clear_options()
        matches = story.matches(ref)
        if not matches:
            message = Text.assemble(
                ("Only in ", "bold"), safe(own.outlet, "bold"), ": no other outlet carries this paragraph."
            )
            self.add_option(Option(message, disabled=True))
            return
        # Group by outlet, outlets ordered by their best match.
        groups: dict[str, list[int]] = {}
        for n, match in enumerate(matches):
            groups.setdefault(story.article(match.ref.article).outlet, []).append(n)
        outlets = story.outlets_carrying(ref)
        copied = {ref.article} | {m.ref.article for m in matches if m.kind is LinkKind.VERBATIM}
        origin = likely_origin(story, copied)
        if origin is not None:
            first = min(story.article(a).published or "" for a in copied)
            self.add_option(
                Option(Text.assemble(("Likely origin: ", "bold"), safe(origin, "bold"), (f", first to publish these words ({first})", "dim")), disabled=True)
            )
        self.add_option(
            Option(
                Text.assemble(
                    (f"{count(outlets, 'other outlet')}", "bold"),
                    ("  bold same · ", "dim"), ("underlined", "dim underline"),
                    (" differs · ", "dim"), ("[-struck-]", "dim strike"), (" left out", "dim"),
                ),
                disabled=True,
            )
        )
        for outlet, indexes in groups.items():
            for n in indexes:
                match = matches[n]
                head = Text.assemble(
                    safe(outlet, "bold reverse"),
                    " ",
                    (f"{match.kind.letter} {match.kind.value}", KIND_STYLE[match.kind]),
                    (f" {match.score:.2f}", "bold"),
                    (f"  ¶{match.ref.paragraph}", "dim"),
                    "\n",
                )
                head.append_text(
                    word_diff(here, story.text(match.ref), show_missing=match.kind is not LinkKind.PARAPHRASE)
                )
                self.add_option(Option(head, id=f"{match.ref.article}:{match.ref.paragraph}"))
        self.highlighted = next(n for n in range(self.option_count) if not self.get_option_at_index(n).disabled)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            article, paragraph = event.option.id.rsplit(":", 1)
            self.post_message(OpenRef(Ref(article, int(paragraph))))
