"""The story list: the story's articles, each with outlet, date, title and how much others carry."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from core.story import Story
from core.text import count
from tui.render import safe


class StoryList(OptionList):
    """Articles of the story; choosing one opens it in the reader."""

    DEFAULT_CSS = """
    StoryList { height: 1fr; border: none; padding: 0; }
    StoryList:focus { border: none; background-tint: $foreground 4%; }
    """

    class ArticleSelected(Message):
        """The user picked an article."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def show(self, story: Story) -> None:
        """List the articles of *story*."""
        self.clear_options()
        title = Text.assemble(("Story", "bold"), f"  {count(len(story.articles), 'article')}, {count(len(story.links), 'link')}")
        self.add_option(Option(title, disabled=True))
        for article in story.articles:
            shared = story.shared_paragraphs(article.id)
            entry = Text.assemble(
                safe(article.outlet, "bold"),
                (f"  {article.published or 'undated'}", "dim"),
                (f"  {shared}/{len(article.paragraphs)} shared", "dim"),
                "\n",
                safe(article.title),
            )
            self.add_option(Option(entry, id=article.id))

    def select_article(self, article_id: str) -> None:
        """Highlight *article_id* without announcing it."""
        with self.prevent(OptionList.OptionHighlighted):
            self.highlighted = self.get_option_index(article_id)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.ArticleSelected(event.option.id))
