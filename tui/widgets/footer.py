"""The footer: the keys of the screen, as many as fit whole; the rest are in the help."""

from __future__ import annotations

from textual.geometry import Size
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # the footer's own key widget: no public name


#: Below this many columns the footer is compact.
COMPACT_BELOW = 100


class KeysFooter(Footer):
    """A footer that shows the keys in their order while each fits whole, and hides the rest.

    Textual's footer lets the last keys run off its right edge, cut mid-word ("d Side by si");
    here a key is shown whole or not at all, so a narrow terminal shows the main keys and a
    wide one the views' keys too. Every key stays in the help (?) and the palette (Ctrl+P).
    """

    async def recompose(self) -> None:
        await super().recompose()
        self.call_after_refresh(self.fit)

    def on_resize(self) -> None:
        # Below 100 columns the keys go closer together (Textual's compact footer), so the
        # views' keys (" m f) still fit beside the main ones at 80 columns.
        narrow = self.size.width < COMPACT_BELOW
        if narrow != self.compact:
            self.compact = narrow
        self.call_after_refresh(self.fit)

    def fit(self) -> None:
        """Show the keys that fit in the footer's width, in order; hide the others."""
        keys = list(self.query(FooterKey))
        palette = [k for k in keys if k.has_class("-command-palette")]
        room = self.size.width - sum(self._width(k) for k in palette)
        used, full = 0, False
        for key in keys:
            if key in palette:
                continue
            width = self._width(key)
            full = full or used + width > room
            key.display = not full
            used += width

    @staticmethod
    def _width(key: FooterKey) -> int:
        size = Size(0, 0)
        return key.get_content_width(size, size) + key.styles.gutter.width + key.styles.margin.width
