"""What a word processor fills in for its user is no byline and, where nothing better dates the
report, a day (core/reading/judge.py, office.py): a Word page's <meta name=Author> holding an
account's default name ("Windows User", "Benutzer") signs nothing; a .docx's core properties'
dcterms:modified (else dcterms:created) dates a document whose body gives no date (invented inputs)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.html import parse_html

TITLE = "Ferry sails again to Green Island"
LEAD = "The ferry between Bramble Quay and Green Island returned to its route on Tuesday after three months of pier repairs."
MORE = "The council said crossings would run every fifteen minutes at peak hours, and fares would stay the same."
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _word_page(author: str) -> bytes:
    def p(text: str) -> str:
        return f"<p class=MsoNormal><span lang=EN-GB>{text}<o:p></o:p></span></p>"
    return ("<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta http-equiv=Content-Type content='text/html; charset=utf-8'>"
            f"<meta name=Generator content='Microsoft Word 15'><meta name=Author content='{author}'><title>{TITLE}</title></head>"
            f"<body lang=EN-GB><div class=WordSection1>{p(LEAD)}{p(MORE)}</div></body></html>").encode()


@pytest.mark.parametrize("account", [
    "Windows User", "User", "Admin", "Microsoft Office User", "Benutzer", "Utilisateur", "Microsoft Office-Benutzer",
    "Utilisateur de Microsoft Office", "Usuario de Windows", "Windows-Benutzer",
])
def test_an_accounts_default_name_is_no_byline(account: str) -> None:
    assert parse_html(_word_page(account), source="x.html").byline is None


def test_a_persons_name_in_the_same_place_is_the_byline() -> None:
    assert parse_html(_word_page("Ana Example"), source="x.html").byline == "Ana Example"


def _docx(paragraphs: list[str], **stamps: str) -> bytes:
    body = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'
            + "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs) + "</w:body></w:document>")
    core = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{TITLE}</dc:title><dc:creator>Ana Example</dc:creator>"
            + "".join(f'<dcterms:{name} xsi:type="dcterms:W3CDTF">{value}</dcterms:{name}>' for name, value in stamps.items())
            + "</cp:coreProperties>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", body)
        package.writestr("docProps/core.xml", core)
    return out.getvalue()


def _published(data: bytes, tmp_path: Path) -> str | None:
    path = tmp_path / "ferry.docx"
    path.write_bytes(data)
    [article] = read_file(path)
    return article.published


def test_a_docx_with_no_date_of_its_own_is_dated_by_its_core_properties(tmp_path: Path) -> None:
    stamps = {"created": "2026-03-02T16:05:00Z", "modified": "2026-03-03T08:40:00Z"}
    assert _published(_docx([LEAD, MORE], **stamps), tmp_path) == "2026-03-03"
    assert _published(_docx([LEAD, MORE], created="2026-03-02T16:05:00Z"), tmp_path) == "2026-03-02"


def test_the_bodys_own_date_wins_and_a_clocks_nonsense_is_none(tmp_path: Path) -> None:
    dated = _docx(["Bramble Quay, 27 February 2026", LEAD, MORE], modified="2026-03-03T08:40:00Z")
    assert _published(dated, tmp_path) == "2026-02-27"
    assert _published(_docx([LEAD, MORE], modified="1601-01-01T00:00:00Z"), tmp_path) is None
