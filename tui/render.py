"""Turn article text into Rich `Text`, safely: never markup, never terminal bytes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

from core.model import LinkKind, Span
from core.sanitize import sanitize
from core.views.collate import collate_link, spaced

__all__ = [
    "Address", "cells", "clip", "safe", "gutter", "OneLine", "word_diff", "Gutter", "GUTTER_WIDTH", "KIND_STYLE", "BOOKMARK",
    "NONE_FOUND",
]

#: Columns the gutter takes: the mark (4), the bookmark column and a space.
GUTTER_WIDTH = 6
#: Marks a bookmarked paragraph in the gutter's fifth column.
BOOKMARK = "*"
#: Why a paragraph no other outlet's is linked to is no proof that no other outlet reports it:
#: the linker misses some rewordings (bench/quality.py measures how many). The panel and the
#: matrix say it in these words after "no other outlet's paragraph is linked".
NONE_FOUND = "none found: a rewording far from its words can be missed"

KIND_STYLE = {
    LinkKind.VERBATIM: "bold green",
    LinkKind.PARAPHRASE: "bold yellow",
    LinkKind.QUOTE: "bold magenta",
}


#: Pictographs (emoji) between which a zero-width joiner makes one glyph in some terminals only.
_PICTO = "\u2600-\u27bf\U0001f000-\U0001faff"
_JOINED = re.compile(f"(?<=[{_PICTO}])\u200d(?=[{_PICTO}])")
#: Combining marks beyond the third on one letter (a "Zalgo" pile; Hebrew points, Thai tone
#: marks and Vietnamese stay within three).
_PILE = re.compile("(?<=[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{3})"
                   "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def cells(text: str) -> str:
    """*text* as the terminal draws it in the cells Rich counts, so no pane border moves: an
    emoji variation selector (U+FE0F, which widens a one-cell symbol to two in some terminals
    only) goes, a joiner between two emoji goes (the family shown as its members, each counted),
    and combining marks beyond three on one letter go. The stored text keeps all of them."""
    if text.isascii():
        return text
    return _PILE.sub("", _JOINED.sub("", text.replace("\ufe0f", "")))


def clip(text: str, most: int) -> str:
    """*text* in at most *most* characters: whole, or cut (at a space when one is near the end)
    and ended with "…", so a reader sees that more follows."""
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    cut = text[: most - 1]
    space = cut.rfind(" ")
    if space > most * 3 // 4:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def safe(text: str, style: str = "") -> Text:
    """Article text as a `Text`: sanitised again right before display, never parsed as markup,
    in the cells the terminal draws (:func:`cells`)."""
    return Text(cells(sanitize(text)), style=style)


#: After the kind letters: another outlet gives a figure, date, name, negation or outcome otherwise,
#: or its copy leaves out or adds a sentence that denies or counts (core.linking.evidence.Difference).
DIFFERS = "≠"


#: In the gutter's count: only the same outlet's other article in the story carries the
#: paragraph (an update, a second report), where "0V" read as "no outlet, verbatim".
SAME_OUTLET = "="


#: The gutter's mark for a paragraph of an article no other article of the story could be compared
#: with: the only one in its language (core.linking.story.Story.alone_in_language).
NOT_COMPARED = "?"


def gutter(
    kinds: list[LinkKind], outlets: int, *, bookmarked: bool = False, differs: bool = False, compared: bool = True
) -> Text:
    """The mark before a paragraph: the count of other outlets carrying it (:data:`SAME_OUTLET`
    where only its own outlet's other article does) and the letters of *kinds* (the reader
    passes the other outlets' links, its own outlet's only under "="), or a dot for unique; then
    :data:`DIFFERS` if a linked passage differs (:class:`core.linking.evidence.Difference`; in the
    mark's four cells, before the last kind letters), then :data:`BOOKMARK` if the user
    bookmarked it. An unlinked paragraph no other article could be compared with (*compared*
    False: its article is the story's only one in its language) shows :data:`NOT_COMPARED`."""
    if not kinds:
        mark = Text(f" {'·' if compared else NOT_COMPARED}  ", style="dim")
    else:
        letters = "".join(sorted({k.letter for k in kinds}, key="VPQ".index))
        shown = f"{outlets or SAME_OUTLET}{letters}"
        mark = Text(f"{shown[:3]}{DIFFERS}" if differs else f"{shown:<4}"[:4], style=KIND_STYLE[kinds[0]])
    if bookmarked:
        mark.append(BOOKMARK, style="bold reverse")
    return mark


#: What a space inside a span kept whole stands as while a :class:`Gutter` wraps its lines: a
#: character of one cell that is no space (a private-use one; a body that holds it keeps no span).
_KEEP = "\ue000"


class Gutter:
    """A paragraph with its mark in a gutter and its lines wrapped beside it.

    A Rich table would do the same, at several times the cost per paragraph; the
    reader renders every paragraph once to learn its height, so this matters.
    """

    def __init__(self, mark: Text, body: Text, *, width: int = GUTTER_WIDTH, whole: Sequence[Span] = ()) -> None:
        self.mark = mark
        self.body = body
        self.width = width
        #: Spans of *body* (start, end) never broken across two lines where the width holds them:
        #: "2026-11-10 06:58 UTC" stays one piece.
        self.whole = whole

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width - self.width)
        blank = Text(" " * self.width)
        mark = Text.assemble(self.mark, " " * max(0, self.width - self.mark.cell_len))
        body = self.body
        kept = [(start, end) for start, end in self.whole if end - start <= width] if _KEEP not in body.plain else []
        if kept:  # Rich breaks at any space: a kept span's spaces stand in as a letter while wrapping
            plain = list(body.plain)
            for start, end in kept:
                plain[start:end] = [_KEEP if c == " " else c for c in plain[start:end]]
            body = body.copy()
            body.plain = "".join(plain)
        for number, line in enumerate(body.wrap(console, width)):
            line.rstrip()
            if kept:
                line.plain = line.plain.replace(_KEEP, " ")
            yield Text.assemble(mark if number == 0 else blank, line)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(self.width + 1, options.max_width)


class OneLine:
    """The first of *forms* (the fullest first) that fits the width on one line; the last one,
    cut with an ellipsis, when none does: a heading that never wraps into a stray word."""

    def __init__(self, *forms: Text) -> None:
        self.forms = forms

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width)
        line = next((form for form in self.forms if form.cell_len <= width), None)
        if line is None:
            line = self.forms[-1].copy()
            line.truncate(width, overflow="ellipsis")
        yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(min(f.cell_len for f in self.forms), max(f.cell_len for f in self.forms))


class Address:
    """An article's address (untrusted: :func:`safe`) on one line, shortened to the width: whole
    where it fits; else without the scheme and "www.", then without the query too; else the site
    and as much of the path's start and end as fits around "…" (the end, the article's own name,
    getting more). The site stays whole (it says where the article came from) unless the line
    cannot hold it."""

    def __init__(self, url: str, style: str = "") -> None:
        from urllib.parse import urlsplit

        self.style = style
        text = safe(url).plain
        try:
            parts = urlsplit(text)
        except ValueError:  # an unclosed "[" of an IPv6 host
            parts = None
        self.site = parts.netloc.removeprefix("www.") if parts is not None else ""
        self.path = parts.path if parts is not None else ""
        query = f"?{parts.query}" if parts is not None and parts.query else ""
        forms = [text, f"{self.site}{self.path}{query}", f"{self.site}{self.path}"] if self.site else [text]
        self.forms = list(dict.fromkeys(forms))

    def _line(self, width: int) -> Text:
        fits = next((form for form in self.forms if cell_len(form) <= width), None)
        if fits is not None:
            return Text(fits, style=self.style)
        room = width - cell_len(self.site) - 1  # the "…"
        if not self.site or room < 8:
            line = Text(self.forms[-1], style=self.style)
        else:
            tail = room * 2 // 3
            line = Text(f"{self.site}{self.path[: room - tail]}…{self.path[-tail:]}", style=self.style)
        line.truncate(width, overflow="ellipsis")  # wide characters, or no room for the site
        return line

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self._line(max(1, options.max_width))

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(min(options.max_width, 8), cell_len(self.forms[0]))


def word_diff(here: str, there: str, kind: LinkKind | None = None) -> Text:
    """*there* collated against *here*, word by word (see :func:`core.views.collate.collate`),
    or, for a *kind* ``quote`` link, their shared quotation word by word and the text around
    it as one phrase each (:func:`core.views.collate.collate_quoted`).

    Words both passages share are bold; words only *there* has are underlined;
    words of *here* that *there* lacks stand struck through where they would be,
    so the difference reads without colour too. A paraphrase shares few words in
    order, so for a *kind* ``paraphrase`` link those are left out to keep the view readable.
    """
    show_missing = kind is not LinkKind.PARAPHRASE
    pieces = collate_link(here, there, kind)
    out = Text()
    for piece in spaced(pieces) if show_missing else pieces:
        if piece.tag == "missing":
            if show_missing:
                out.append(cells(sanitize(f"[-{piece.text}-]")), style="strike dim")
            continue
        out.append(cells(sanitize(piece.text)), style=_PIECE_STYLE[piece.tag])
    return out


_PIECE_STYLE = {"same": "bold", "differs": "underline", "gap": ""}
