"""Positioned lines: a PDF converted to HTML (pdftohtml's ``-c`` and ``-s`` output), into plain text.

Such a page sets every printed line in an element of its own, placed by its style
("<p style="position:absolute;top:170px;left:81px">"), one box per printed page. None of the
page's elements is a paragraph: the lines of a paragraph are joined here into its text, a
paragraph ending where the gap to the next line is wider than the page's common line step (or
the next line starts a new column, above it, or is indented), and the running head and foot
printed on every page (the paper's name and date, "Page 1 of 2" in any language) are dropped.
The text then takes the plain-text path (:func:`~core.reading.text.parse_text`), which reads
its headline, byline and date lines and undoes its hyphenated wraps, as it does a PDF's text
export.
"""

from __future__ import annotations

import re
from statistics import median
from typing import Any, NamedTuple

__all__ = ["POSITIONED_LINES", "PositionedText", "positioned_text"]

#: The fewest positioned lines that make a page a converted PDF's (a page with a few placed
#: boxes, a banner or a badge, is a web page).
POSITIONED_LINES = 6
#: The share of a page's text its positioned lines hold, at least, for the page to be read as lines.
POSITIONED_SHARE = 0.8
#: A gap between two lines this many times the page's common line step, or more, parts two paragraphs.
PARAGRAPH_GAP = 1.4
#: Lines whose tops differ by this many pixels or fewer stand on one printed line (a word set in
#: another font is a box of its own on the same line).
SAME_LINE_PX = 3
#: A line set this many pixels or more right of the line before it, and less than
#: INDENT_MAX_PX, is indented: it opens a paragraph.
INDENT_MIN_PX = 8
INDENT_MAX_PX = 80
#: The lines at the top and the foot of a printed page where its running head and foot stand.
EDGE_LINES = 2

#: A quick look before parsing: an inline style that places an element absolutely.
_PLACED = re.compile(rb"position\s*:\s*absolute", re.I)
_TOP = re.compile(r"(?:^|;)\s*top\s*:\s*(-?\d+(?:\.\d+)?)px", re.I)
_LEFT = re.compile(r"(?:^|;)\s*left\s*:\s*(-?\d+(?:\.\d+)?)px", re.I)


class PositionedText(NamedTuple):
    """A converted PDF's text: its printed pages' lines as plain text (paragraphs parted by a blank
    line, pages by a form feed), the running heads and feet that were dropped (the first
    page's head often carries the issue's date), and the time the page's head gives (pdftohtml
    writes the PDF's own date in ``<meta name="date">``), as written."""

    text: str
    running: tuple[str, ...]
    dated: str | None


class _Line(NamedTuple):
    top: float
    left: float
    text: str


def positioned_text(data: bytes) -> PositionedText | None:
    """The text of *data*, a page whose printed lines are each placed by its style (a PDF that
    pdftohtml converted), or None for any other page: fewer than :data:`POSITIONED_LINES` such
    lines, or less than :data:`POSITIONED_SHARE` of the page's text in them.

    A line of a printed page's head or foot (its first or last :data:`EDGE_LINES`) whose words,
    its figures aside, come back at the head or foot of another page is a running head or foot:
    dropped from every page ("JARIDAR AREWA | Litinin, 9 ga Fabrairu, 2026", "Shafi na 1 daga 2")."""
    if len(_PLACED.findall(data, 0, 200_000)) < POSITIONED_LINES:
        return None
    from core.reading.sources import html_body

    body = html_body(data)
    if body is None:
        return None
    placed = [node for node in body.iter() if isinstance(node.tag, str) and _placed(node)]
    placed = [node for node in placed if not any(_placed(a) for a in node.iterancestors())]
    lines = [(node, text) for node in placed if (text := " ".join("".join(node.itertext()).split()))]
    if len(lines) < POSITIONED_LINES:
        return None
    if sum(len(text) for _, text in lines) < POSITIONED_SHARE * len(" ".join("".join(body.itertext()).split())):
        return None
    pages: dict[Any, list[_Line]] = {}
    for node, text in lines:
        style = node.get("style") or ""
        top, left = _TOP.search(style), _LEFT.search(style)
        pages.setdefault(node.getparent(), []).append(
            _Line(float(top[1]) if top else 0.0, float(left[1]) if left else 0.0, text))
    printed = [_printed_lines(page) for page in pages.values()]
    running = _running(printed) if len(printed) > 1 else set()
    dropped = tuple(dict.fromkeys(line.text for page in printed for line in page if _shape(line.text) in running))
    text = "\f".join(_page_text([line for line in page if _shape(line.text) not in running]) for page in printed)
    dated = next((m.get("content") for m in body.getroottree().iter("meta") if (m.get("name") or "").lower() == "date" and m.get("content")), None)
    return PositionedText(text, dropped, dated)


def _placed(node: Any) -> bool:
    """Whether *node*'s inline style places it absolutely, at a top."""
    style = node.get("style") or ""
    return "absolute" in style and _PLACED.search(style.encode()) is not None and _TOP.search(style) is not None


def _printed_lines(page: list[_Line]) -> list[_Line]:
    """A printed page's boxes in the order the page gives them, those on one printed line (tops
    :data:`SAME_LINE_PX` apart or less, one after the other) joined left to right."""
    out: list[_Line] = []
    for line in page:
        if out and abs(line.top - out[-1].top) <= SAME_LINE_PX:
            first, second = sorted((out[-1], line), key=lambda x: x.left)
            out[-1] = _Line(out[-1].top, first.left, f"{first.text}   {second.text}")
        else:
            out.append(line)
    return out


def _shape(text: str) -> str:
    """A line's words with its figures as 0, case folded: a running head's shape on every page."""
    return re.sub(r"\d+", "0", " ".join(text.split())).casefold()


def _running(pages: list[list[_Line]]) -> set[str]:
    """The shapes of the lines that stand at the head or foot of two printed pages or more."""
    seen: dict[str, int] = {}
    for page in pages:
        for shape in {_shape(line.text) for line in (*page[:EDGE_LINES], *page[-EDGE_LINES:])}:
            seen[shape] = seen.get(shape, 0) + 1
    return {shape for shape, count in seen.items() if count >= 2}


def _page_text(lines: list[_Line]) -> str:
    """A printed page's *lines* as text: a line each, a blank line before a line that opens a
    paragraph (a wider gap than the page's common step, :data:`PARAGRAPH_GAP`; a new column, above
    the line before; an indent)."""
    if not lines:
        return ""
    steps = [b.top - a.top for a, b in zip(lines, lines[1:]) if b.top > a.top]
    step = median(steps) if steps else 0.0
    out = [lines[0].text]
    for before, line in zip(lines, lines[1:]):
        gap = line.top - before.top
        indented = INDENT_MIN_PX <= line.left - before.left < INDENT_MAX_PX
        if gap <= 0 or step and gap > PARAGRAPH_GAP * step or indented:
            out.append("")
        out.append(line.text)
    return "\n".join(out)
