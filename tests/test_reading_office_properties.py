"""An office document's properties give its title and byline where its body gives none: a Word
.docx's core properties (dc:title, dc:creator) and a Word page's <xml> DocumentProperties
(<o:Author>); an account's name there ("Windows User") is nobody's byline (invented documents)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from core.errors import ReadError
from core.reading import read_file
from core.reading.html import parse_html

TITLE = "Ferry sails again to Green Island"
LEAD = "The ferry between Bramble Quay and Green Island returned to its route on Tuesday after three months of pier repairs."
MORE = "The council said crossings would run every fifteen minutes at peak hours, and fares would stay the same."
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(paragraphs: list[tuple[str, str]], *, title: str | None = TITLE, creator: str | None = "Ana Example") -> bytes:
    def p(style: str, text: str) -> str:
        styled = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f"<w:p>{styled}<w:r><w:t>{text}</w:t></w:r></w:p>"
    body = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{"".join(p(s, t) for s, t in paragraphs)}</w:body></w:document>'
    core = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
            + (f"<dc:title>{title}</dc:title>" if title else "") + (f"<dc:creator>{creator}</dc:creator>" if creator else "")
            + "</cp:coreProperties>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", body)
        package.writestr("docProps/core.xml", core)
    return out.getvalue()


def _read(data: bytes, tmp_path: Path) -> list:
    path = tmp_path / "ferry.docx"
    path.write_bytes(data)
    return read_file(path)


def test_a_docx_is_titled_and_signed_by_its_core_properties(tmp_path: Path) -> None:
    [article] = _read(_docx([("", LEAD), ("", MORE)]), tmp_path)
    assert (article.title, article.byline, article.paragraphs) == (TITLE, "Ana Example", (LEAD, MORE))


def test_the_body_of_a_docx_gives_better_ones(tmp_path: Path) -> None:
    [article] = _read(_docx([("Title", "Green Island ferry back on its route"), ("", "By Mia Sample"), ("", LEAD), ("", MORE)]), tmp_path)
    assert (article.title, article.byline, article.paragraphs) == ("Green Island ferry back on its route", "Mia Sample", (LEAD, MORE))
    # an account's name is no byline; a file's name no title
    [article] = _read(_docx([("Title", TITLE), ("", LEAD), ("", MORE)], title="ferry_v3_FINAL", creator="Windows User"), tmp_path)
    assert (article.title, article.byline) == (TITLE, None)


def test_a_damaged_docx_is_one_clear_error(tmp_path: Path) -> None:
    data = _docx([("", LEAD)])
    with pytest.raises(ReadError, match="ferry.docx"):
        _read(data[: len(data) // 2] + b"\0" * 64, tmp_path)
    with pytest.raises(ReadError, match="ferry.docx: not a Word document"):
        _read(b"PK\x03\x04" + b"x" * 100, tmp_path)  # text-shaped: no report of x's


def _word_page(author: str) -> bytes:
    def p(text: str) -> str:
        return f"<p class=MsoNormal><span lang=EN-GB>{text}<o:p></o:p></span></p>"
    return ("<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta name=Generator content='Microsoft Word 15'>"
            f"<title>{TITLE}</title><!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>{author}</o:Author>"
            "<o:LastAuthor>Desk Editor</o:LastAuthor></o:DocumentProperties></xml><![endif]--></head>"
            f"<body lang=EN-GB><div class=WordSection1>{p(LEAD)}{p(MORE)}</div></body></html>").encode()


def test_a_word_page_is_signed_by_its_document_properties() -> None:
    article = parse_html(_word_page("Ana Example"), source="x.html")
    assert (article.title, article.byline, article.paragraphs) == (TITLE, "Ana Example", (LEAD, MORE))
    assert parse_html(_word_page("Windows User"), source="x.html").byline is None
