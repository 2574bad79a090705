"""The footer: the keys of the screen, as many as fit whole; the rest are in the help."""

from __future__ import annotations

from textual.geometry import Size
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # the footer's own key widget: no public name


#: Below this many columns the footer is compact.
COMPACT_BELOW = 100

#: The app's keys by importance, most important first, by their binding's action: where the
#: footer has no room for every key, the least important go first (the help lists them all).
#: A screen's own keys (a view's Back, the versions' Older and Newer) are not listed here: they
#: come before these, since they are what that screen is for. The views come before search and
#: the quotes as what a reader of several outlets opens most; Back and Quit come last, as keys
#: everyone knows (Backspace, q) that the help still names.
IMPORTANCE = ("help", "next_shared", "next_unique", "coverage", "figures", "search", "quotes", "collation", "back", "quit")


class KeysFooter(Footer):
    """A footer that shows the most important keys that fit whole, in their order, and hides the rest.

    Textual's footer lets the last keys run off its right edge, cut mid-word ("d Side by si");
    here a key is shown whole or not at all, and where not all fit, the least important
    (:data:`IMPORTANCE`) are the ones left out, wherever they stand: a narrow terminal shows
    the main keys and the views', a wide one every key. Every key stays in the help (?) and the
    palette (Ctrl+P).
    """

    async def recompose(self) -> None:
        await super().recompose()
        self.fit()  # before the keys are first drawn: no frame with the keys running off the edge
        self.call_after_refresh(self.fit)

    def on_resize(self) -> None:
        # Below 100 columns the keys go closer together (Textual's compact footer), so more of
        # them fit at 80 columns.
        narrow = self.size.width < COMPACT_BELOW
        if narrow != self.compact:
            self.compact = narrow
        self.call_after_refresh(self.fit)

    def fit(self) -> None:
        """Show the most important keys that fit in the footer's width, in their order; hide the others."""
        keys = list(self.query(FooterKey))
        palette = [k for k in keys if k.has_class("-command-palette")]
        room = self.size.width - sum(self._width(k) for k in palette)
        others = [k for k in keys if k not in palette]
        shown: set[FooterKey] = set()
        for key in sorted(others, key=rank):  # stable: a screen's own keys in their order first
            width = self._width(key)
            if width > room:
                break  # the next in importance does not fit: no less important key takes its place
            room -= width
            shown.add(key)
        for key in others:
            key.display = key in shown

    @staticmethod
    def _width(key: FooterKey) -> int:
        size = Size(0, 0)
        return key.get_content_width(size, size) + key.styles.gutter.width + key.styles.margin.width


def rank(key: FooterKey) -> int:
    """Where *key* stands in importance: 0 for a screen's own keys, else 1 + its place in :data:`IMPORTANCE`."""
    return IMPORTANCE.index(key.action) + 1 if key.action in IMPORTANCE else 0
