"""Positioned lines: a PDF converted to HTML (pdftohtml's ``-c`` and ``-s`` output), into plain text.

Such a page sets every printed line in an element of its own, placed by its style
("<p style="position:absolute;top:170px;left:81px">"), one box per printed page. None of the
page's elements is a paragraph: the lines of a paragraph are joined here into its text, a
paragraph ending where the gap to the next line is wider than the page's common line step (or
the next line starts a new column, above it, or is indented), and the running head and foot
printed on every page (the paper's name and date, "Page 1 of 2" in any language) are dropped.
pdf2htmlEX sets every printed line in a ``<div class="t ...">`` of its own inside a page's
container (``<div class="pf"><div class="pc">``), placed and sized by classes its style sheet
defines (``.y1{bottom:780px}``, ``.fs0{font-size:40px}``), not by inline styles: its lines are
joined into paragraphs the same way (:func:`_typed_page_text`), and its headline is the first
line in the largest type above the text, as printed.
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
#: A line that carries on the sentence of the line before (:func:`_page_text`) stands less than
#: this many times the page's common line step below it: a heading's lines, in a larger type,
#: stand wider apart than the text's.
CARRIED_GAP = 2.0
#: The lines at the top and the foot of a printed page where its running head and foot stand.
EDGE_LINES = 2

#: A quick look before parsing: an inline style that places an element absolutely.
_PLACED = re.compile(rb"position\s*:\s*absolute", re.I)
#: An inline style that gives an element's top (an element a class of the style sheet places
#: absolutely gives its place so: pdf2htmlEX's ``<div class="t" style="top:90px;left:40px">``).
_PLACED_TOP = re.compile(rb"""style\s*=\s*["'][^"'>]*\btop\s*:""", re.I)
#: A style sheet's rule: its selectors and its declarations.
_SELECTOR_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
#: A selector that is a class alone (".t", in a list ".t, .line").
_CLASS_ALONE = re.compile(r"(?:^|,)\s*\.([\w-]+)\s*(?=,|$)")
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
    #: The headline as the page prints it, where its layout tells it (pdf2htmlEX's type sizes, or
    #: the page's <title> where that is one of the first page's lines), else None.
    headline: str | None = None


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
    if len(_CONVERTER_LINE.findall(data, 0, 200_000)) >= POSITIONED_LINES and (typed := _converted_text(data)) is not None:
        return typed
    if _PLACED.search(data, 0, 200_000) is None or len(_PLACED_TOP.findall(data, 0, 200_000)) < POSITIONED_LINES:
        return None
    from core.reading.sources import html_body

    body = html_body(data)
    if body is None:
        return None
    placing = _placing_classes(body)
    placed = [node for node in body.iter() if isinstance(node.tag, str) and _placed(node, placing)]
    placed = [node for node in placed if not any(_placed(a, placing) for a in node.iterancestors())]
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
    running = (_running(printed) if len(printed) > 1 else set()) | _running_shaped(printed)
    dropped = tuple(dict.fromkeys(line.text for page in printed for line in page if _shape(line.text) in running))
    text = "\f".join(_page_text([line for line in page if _shape(line.text) not in running]) for page in printed)
    dated = next((m.get("content") for m in body.getroottree().iter("meta") if (m.get("name") or "").lower() == "date" and m.get("content")), None)
    return PositionedText(text, dropped, dated, _printed_title(body, [line.text for line in printed[0]] if printed else []))


def _placing_classes(body: Any) -> frozenset[str]:
    """The classes the page's style sheets place absolutely (".t{position:absolute}"), by name,
    case folded: a rule for a class alone, or for a list of classes."""
    names: set[str] = set()
    for style in body.getroottree().iter("style"):
        for selectors, rule in _SELECTOR_RULE.findall(style.text or ""):
            if _PLACED.search(rule.encode()) is not None:
                names.update(name.casefold() for name in _CLASS_ALONE.findall(selectors))
    return frozenset(names)


def _placed(node: Any, placing: frozenset[str] = frozenset()) -> bool:
    """Whether *node* is placed absolutely, at a top its inline style gives: by that style, or by a
    class of *placing* (:func:`_placing_classes`)."""
    style = node.get("style") or ""
    if _TOP.search(style) is None:
        return False
    if "absolute" in style and _PLACED.search(style.encode()) is not None:
        return True
    return bool(placing) and any(name.casefold() in placing for name in (node.get("class") or "").split())


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


def _line_step(lines: list[_Line]) -> float:
    """The page's common step from one line of a paragraph to the next, in px (0 where no line
    follows another lower down): the median step below the page's full lines (as long as
    :data:`SHORT_LINE` of its longest line, or longer), which wrap within a paragraph, else below
    any line. (Of all steps, the median is a paragraph's gap on a page of short paragraphs,
    whose every other step is one.)"""
    steps = [(b.top - a.top, len(a.text)) for a, b in zip(lines, lines[1:]) if b.top > a.top]
    if not steps:
        return 0.0
    longest = max(held for _, held in steps)
    return median([step for step, held in steps if held >= SHORT_LINE * longest])


def _running_shaped(pages: list[list[_Line]]) -> set[str]:
    """The shapes of the lines at the head or foot of a printed page that are shaped as a running
    head (:func:`~core.reading.judge.is_running_head`: "THE TRIBUNE   2 December 2026   Page 3", its
    fields parted by the gaps between its boxes), printed once or on every page: a page printed
    alone has its head too."""
    from core.reading.judge import is_running_head

    return {_shape(line.text) for page in pages for line in (*page[:EDGE_LINES], *page[-EDGE_LINES:])
            if is_running_head(line.text)}


def _page_text(lines: list[_Line]) -> str:
    """A printed page's *lines* as text: a line each, a blank line before a line that opens a
    paragraph (a wider gap than the page's common step, :data:`PARAGRAPH_GAP`; a new column, above
    the line before; an indent)."""
    if not lines:
        return ""
    step = _line_step(lines)
    out = [lines[0].text]
    for before, line in zip(lines, lines[1:]):
        gap = line.top - before.top
        indented = INDENT_MIN_PX <= line.left - before.left < INDENT_MAX_PX
        # a line that opens in a small letter after one that closes no sentence carries the
        # sentence on, across a heading's wider step too ("... apologises to Velmar as" / "hospital
        # count rises to 61"): no paragraph opens mid-sentence
        carried = (0 < gap < CARRIED_GAP * step and line.left == before.left and line.text[:1].islower()
                   and _SENTENCE_END.search(before.text) is None)
        parted = gap <= 0 or step and gap > PARAGRAPH_GAP * step or indented
        if carried and parted:
            out[-1] = f"{out[-1]} {line.text}"  # a heading's lines, one line of text (a wrap, read as one)
            continue
        if parted:
            out.append("")
        out.append(line.text)
    return "\n".join(out)


#: A quick look before parsing: a line of pdf2htmlEX's output, a <div> whose first class is "t".
_CONVERTER_LINE = re.compile(rb"""<div\s+class=["']t\s""", re.I)
#: The classes of pdf2htmlEX's style sheet that place a line ("y1f": its bottom, in px from the
#: page's foot) and size its type ("fs3": its font size).
_CLASS_RULE = re.compile(r"\.(y|fs)([0-9a-z]+)\s*\{([^{}]*)\}", re.I)
_BOTTOM = re.compile(r"(?:^|;)\s*bottom\s*:\s*(-?\d+(?:\.\d+)?)px", re.I)
_SIZE = re.compile(r"(?:^|;)\s*font-size\s*:\s*(\d+(?:\.\d+)?)px", re.I)
#: A line ending a paragraph, where nothing else tells (no gap measured): it closes a sentence and
#: is shorter than this share of the longest line set in its type.
SHORT_LINE = 0.85
#: The end of a sentence at a line's end.
_SENTENCE_END = re.compile(r"[.!?…。！？:][\"'”’»)]*$")


class _TypedLine(NamedTuple):
    top: float | None  # minus its bottom, so that the line higher on the page comes first; None where unknown
    kind: str  # its type: the font size, or its size class where the style sheet gives no size
    text: str


def _class_values(body: Any) -> tuple[dict[str, float], dict[str, float]]:
    """The bottoms and the font sizes pdf2htmlEX's style sheets give its classes, in px, by class
    name ("y1", "fs0"); the first rule for a class (the screen's: a print rule in pt comes after)."""
    bottoms: dict[str, float] = {}
    sizes: dict[str, float] = {}
    for style in body.getroottree().iter("style"):
        for kind, name, rule in _CLASS_RULE.findall(style.text or ""):
            found = (_BOTTOM if kind.lower() == "y" else _SIZE).search(rule)
            table = bottoms if kind.lower() == "y" else sizes
            if found and f"{kind}{name}" not in table:
                table[f"{kind}{name}".lower()] = float(found[1])
    return bottoms, sizes


def _line_text(node: Any) -> str:
    """A pdf2htmlEX line's text: a spacing <span class="_ ..."> between two words is a space."""
    pieces = [node.text or ""]
    for child in node.iterdescendants():
        if isinstance(child.tag, str) and "_" in (child.get("class") or "").split():
            pieces.append(" ")
        pieces.append(child.text or "")
        pieces.append(child.tail or "")
    return " ".join("".join(pieces).split())


def _converted_text(data: bytes) -> PositionedText | None:
    """The text of a page pdf2htmlEX converted from a PDF (its lines ``<div class="t ...">`` inside
    page containers "pf"/"pc"), or None for another page: fewer than :data:`POSITIONED_LINES` such
    lines, or less than :data:`POSITIONED_SHARE` of the page's text in them. Running heads and feet
    go as they do from pdftohtml's pages (:func:`positioned_text`)."""
    from core.reading.sources import html_body

    body = html_body(data)
    if body is None:
        return None
    bottoms, sizes = _class_values(body)
    pages: dict[Any, list[_TypedLine]] = {}
    for node in body.iter("div"):
        classes = (node.get("class") or "").split()
        if "t" not in classes or any("t" in (a.get("class") or "").split() for a in node.iterancestors("div")):
            continue
        page = next((a for a in node.iterancestors() if {"pc", "pf"} & set((a.get("class") or "").split())), None)
        text = _line_text(node)
        if page is None or not text:
            continue
        y = next((c.lower() for c in classes if re.fullmatch(r"y[0-9a-z]+", c, re.I)), "")
        fs = next((c.lower() for c in classes if re.fullmatch(r"fs[0-9a-z]+", c, re.I)), "")
        bottom = bottoms.get(y)
        kind = f"{sizes[fs]:g}" if fs in sizes else fs
        pages.setdefault(page, []).append(_TypedLine(-bottom if bottom is not None else None, kind, text))
    lines = [line for page in pages.values() for line in page]
    if len(lines) < POSITIONED_LINES:
        return None
    if sum(len(line.text) for line in lines) < POSITIONED_SHARE * len(" ".join("".join(body.itertext()).split())):
        return None
    printed = list(pages.values())
    running = _running([[_Line(0.0, 0.0, line.text) for line in page] for page in printed]) if len(printed) > 1 else set()
    dropped = tuple(dict.fromkeys(line.text for page in printed for line in page if _shape(line.text) in running))
    kept = [[line for line in page if _shape(line.text) not in running] for page in printed]
    text = "\f".join(_typed_page_text(page) for page in kept)
    headline = _typed_headline(kept[0], sized=bool(sizes)) or _printed_title(body, [line.text for line in kept[0]])
    return PositionedText(text, dropped, None, headline)


def _body_kind(lines: list[_TypedLine]) -> str:
    """The type the page's text is set in: the one that holds the most characters."""
    held: dict[str, int] = {}
    for line in lines:
        held[line.kind] = held.get(line.kind, 0) + len(line.text)
    return max(held, key=lambda kind: held[kind])


def _typed_page_text(lines: list[_TypedLine]) -> str:
    """A printed page's *lines* as text: a line each, a blank line before a line that opens a
    paragraph: one set in another type than the line before (a heading, a letterhead, a page's
    foot), one after a wider gap than the page's common step between two lines of one type
    (:data:`PARAGRAPH_GAP`) or in a new
    column (above the line before), where both lines' places are known, or one after a line that
    closes a sentence short of the longest line of its type (:data:`SHORT_LINE`)."""
    if not lines:
        return ""
    steps = [b.top - a.top for a, b in zip(lines, lines[1:])  # a type's own step: a heading's lines stand wider apart
             if a.top is not None and b.top is not None and b.top > a.top and a.kind == b.kind]
    step = median(steps) if steps else 0.0
    longest: dict[str, int] = {}
    for line in lines:
        longest[line.kind] = max(longest.get(line.kind, 0), len(line.text))
    out = [lines[0].text]
    for before, line in zip(lines, lines[1:]):
        gap = line.top - before.top if line.top is not None and before.top is not None else None
        if (line.kind != before.kind or gap is not None and (gap <= 0 or step and gap > PARAGRAPH_GAP * step)
                or _SENTENCE_END.search(before.text) and len(before.text) < SHORT_LINE * longest[before.kind]):
            out.append("")
        out.append(line.text)
    return "\n".join(out)


def _typed_headline(lines: list[_TypedLine], *, sized: bool) -> str | None:
    """The headline of a converted PDF's first page: above the first line of its text's type
    (:func:`_body_kind`), the first run of lines in the largest type, larger than the text's, where
    the style sheet gives the sizes (*sized*); else the last line above the text set in a type no
    other line of the page has (a heading right over the text; a letterhead stands higher)."""
    if not lines:
        return None
    body = _body_kind(lines)
    first = next(n for n, line in enumerate(lines) if line.kind == body)
    above = lines[:first]
    if not above:
        return None
    if sized:
        def size(kind: str) -> float:
            try:
                return float(kind)
            except ValueError:
                return 0.0
        largest = max(size(line.kind) for line in above)
        if largest <= size(body):
            return None
        at = next(n for n, line in enumerate(above) if size(line.kind) == largest)
        run = [above[at].text]
        for line in above[at + 1:]:
            if line.kind != above[at].kind:
                break
            run.append(line.text)
        return " ".join(run)
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.kind] = counts.get(line.kind, 0) + 1
    alone = [line.text for line in above if counts[line.kind] == 1]
    return alone[-1] if alone else None


def _printed_title(body: Any, lines: list[str]) -> str | None:
    """The page's <title> where it is one of the first page's *lines* (the PDF's own title, printed
    as its headline), else None: a file's name ("pres-reliz-2026-03-17") or a title the page does
    not print is none."""
    title = body.getroottree().find(".//title")
    text = " ".join((title.text or "").split()) if title is not None else ""
    if len(text.split()) < 2:
        return None
    folded = text.casefold()
    return text if any(" ".join(line.split()).casefold() == folded for line in lines) else None
