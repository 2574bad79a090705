"""The quotes view: every direct quotation of the story, its speaker, outlets and variants."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets.option_list import Option

from core.views.names import article_names, paragraph_name
from core.views.quotes import Quote, attributed_otherwise, story_quotes, translated_label, translation_outlets
from core.text import count
from tui.render import DIFFERS, Gutter, safe, word_diff
from tui.screens.story_view import StoryViewScreen


class QuotesScreen(StoryViewScreen[list[Quote]]):
    """Quotes, most widely carried first; Enter on a wording opens the report that has it."""

    BINDINGS = [Binding("quotation_mark", "dismiss(None)", "Back", show=False)]
    LOADING = "Collecting quotations…"

    def compute(self) -> list[Quote]:
        return story_quotes(self.story)

    def show(self, quotes: list[Quote]) -> None:
        """List *quotes* with their variants collated against each quote's main wording."""
        by_id = {a.id: a for a in self.story.articles}
        names = article_names(self.story.articles)
        shared = sum(1 for q in quotes if len(q.outlets(by_id)) > 1)
        brief = Text.assemble((count(len(quotes), "quotation"), "bold"), f", {shared} carried by more than one outlet.")
        self.set_head(
            Text.assemble(
                brief, "  ", ("bold", "bold"), " same · ", ("underlined", "underline"), " differs · ",
                ("[-struck-]", "strike"), " left out",
            ),
            brief,
        )
        options: list[Option] = []
        for n, quote in enumerate(quotes):
            outlets = quote.outlets(by_id)
            more = len(translation_outlets(quote, by_id))
            head = Text.assemble(
                ("“", "bold"), safe(quote.text, "bold"), ("”", "bold"),
                ("  — ", "dim"), safe(quote.speaker or "speaker not named", "italic"),
                (f" · {count(len(outlets), 'outlet')}" + (f", translated by {more} more" if more else ""), "dim"),
            )
            options.append(Option(head, disabled=True))
            # Who said it is where outlets differ most: each other speaker gets a marked line.
            for line in attributed_otherwise(quote, by_id):
                options.append(Option(Gutter(Text(f"  {DIFFERS}", "bold"), Text.assemble(("speaker: ", "bold"), safe(line, "italic"))), disabled=True))
            for v, (text, where) in enumerate(quote.variants()):
                places = ", ".join(paragraph_name(names, q.ref) for q in where)
                variant = Text()
                variant.append_text(safe(places, "reverse"))
                variant.append("  ")
                variant.append_text(safe(text) if text == quote.text else word_diff(quote.shown_against(text), text))
                options.append(self.entry(f"{n}:{v}", where[0].ref, variant))
            for t, translation in enumerate(quote.translations):
                for v, (text, where) in enumerate(translation.variants()):
                    places = ", ".join(paragraph_name(names, q.ref) for q in where)
                    variant = Text.assemble(
                        (translated_label(translation), "italic"), " ", safe(places, "reverse"), "  ", safe(text),
                        (f"  ({translation.tied_by})", "dim"),
                    )
                    options.append(self.entry(f"{n}:t{t}:{v}", where[0].ref, variant))
        self.fill(options)
