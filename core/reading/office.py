"""Reading a word processor's document: a Word .docx (Office Open XML, a zip of XML parts).

Its paragraphs are read as plain text is (:func:`core.reading.text.parse_text`), one a line with a
blank line between, in the order of the body; its title is the body's paragraph in the Title style
(or, of none, the first in Heading 1) and else the title its core properties give
(``docProps/core.xml``, Dublin Core's ``dc:title``); its byline is the body's own (a "By ..." line
under the title) and else its core properties' ``dc:creator``, where that is a person's name (an
account's, "Windows User", "Admin", is none: :func:`core.reading.judge.office_author`); its date is
the body's own and else the day its core properties say it was last saved, else made
(``dcterms:modified``, ``dcterms:created``).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from datetime import date

from lxml import etree

from core.errors import ReadError
from core.model import Article
from core.reading.judge import iso_datetime, office_author
from core.reading.text import parse_text

__all__ = ["is_docx", "parse_docx"]

#: The most bytes one part of a document may unpack to (a zip may pack gigabytes in kilobytes).
MAX_PART_BYTES = 64 * 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_BODY = "word/document.xml"
_CORE = "docProps/core.xml"
#: The paragraph styles that make a paragraph the document's title, best first (their ids, folded:
#: Word's English ids; a localised Word keeps "Title" and "Heading1" as ids).
_TITLE_STYLES = ("title", "heading1")
#: A title that is a file's name ("ferry_v3_FINAL", "Ferry report.docx"), no headline.
_FILE_NAME = re.compile(r"^\S*_\S*$|^[^.]+\.(?:docx?|odt|rtf|txt|html?|pdf)$", re.I)


def is_docx(data: bytes) -> bool:
    """Whether *data* is a Word .docx: a zip that holds ``word/document.xml``."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return _BODY in package.namelist()
    except (zipfile.BadZipFile, ValueError):
        return False


def _part(package: zipfile.ZipFile, name: str, source: str) -> etree._Element | None:
    """The XML part *name* of *package*, parsed (None where it has none); :class:`ReadError` where
    it unpacks to more than :data:`MAX_PART_BYTES` or is no XML."""
    try:
        info = package.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise ReadError(f"{source}: document part {name} too large to read")
    try:
        with package.open(info) as part:
            data = part.read(MAX_PART_BYTES + 1)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:  # damaged, encrypted
        raise ReadError(f"{source}: cannot unpack the document ({exc})") from None
    if len(data) > MAX_PART_BYTES:
        raise ReadError(f"{source}: document part {name} too large to read")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise ReadError(f"{source}: not a Word document (its {name} is no XML)") from None


def _paragraphs(body: etree._Element) -> list[tuple[str, str]]:
    """The paragraphs of a document's body as (style id folded, text), tables' cells too, in order;
    a tab a space, a line break a new line."""
    found = []
    for paragraph in body.iter(f"{_W}p"):
        style = paragraph.find(f"{_W}pPr/{_W}pStyle")
        pieces = []
        for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
            pieces.append((node.text or "") if node.tag == f"{_W}t" else " " if node.tag == f"{_W}tab" else "\n")
        text = "".join(pieces).strip()
        if text:
            found.append(((style.get(f"{_W}val") or "").lower() if style is not None else "", text))
    return found


#: The earliest year a document's saved date is believed in (a template's or a broken clock's
#: "1601-01-01" or "1980-01-01" is no day the report was written).
_FIRST_YEAR = 1990


def _saved_day(core: etree._Element | None, filed: date | None) -> str | None:
    """The day (ISO 8601, "2026-03-03") the core properties say the document was last saved, else
    made (``dcterms:modified``, ``dcterms:created``); None where they give neither, or a day before
    :data:`_FIRST_YEAR` or after the day the file was saved (*filed*)."""
    for name in ("modified", "created"):
        stamp = iso_datetime(_core_property(core, name, namespace=_DCTERMS) or "")
        if stamp and _FIRST_YEAR <= int(stamp[:4]) and (filed is None or stamp[:10] <= filed.isoformat()):
            return stamp[:10]
    return None


def _core_property(core: etree._Element | None, name: str, *, namespace: str = _DC) -> str | None:
    """The text of the core property *name* (``dc:title``, ``dc:creator``; with *namespace*,
    ``dcterms:modified``), spaces folded; None if empty."""
    node = core.find(f"{namespace}{name}") if core is not None else None
    text = " ".join((node.text or "").split()) if node is not None else ""
    return text or None


def parse_docx(data: bytes, *, source: str, outlet: str | None = None, url: str | None = None, filed: date | None = None) -> list[Article]:
    """The articles of a Word .docx (*data*), read as the module says; :class:`ReadError` for a
    document that cannot be unpacked or holds no article text."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        raise ReadError(f"{source}: not a Word document (a damaged zip)") from None
    with package:
        body, core = _part(package, _BODY, source), _part(package, _CORE, source)
    if body is None:
        raise ReadError(f"{source}: not a Word document (no word/document.xml)")
    paragraphs = _paragraphs(body)
    styled = next((n for style in _TITLE_STYLES for n, (s, _) in enumerate(paragraphs) if s == style), None)
    title = paragraphs[styled][1] if styled is not None else None
    if title is None and (declared := _core_property(core, "title")) and not _FILE_NAME.match(declared):
        title = declared
    lines = [text for n, (_, text) in enumerate(paragraphs) if n != styled]
    if title is not None and styled is None and lines and " ".join(lines[0].split()) == title:
        lines = lines[1:]  # the declared title printed as the body's first line, unstyled
    articles = parse_text("\n\n".join(lines), path=source, outlet=outlet, url=url, filed=filed, title=title)
    if not articles:
        raise ReadError(f"{source}: no article text found")
    creator = office_author(_core_property(core, "creator") or "")
    if creator and articles[0].byline is None:
        articles[0] = replace(articles[0], byline=creator)
    if articles[0].published is None and (saved := _saved_day(core, filed)):
        articles[0] = replace(articles[0], published=saved)
    return articles
