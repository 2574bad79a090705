"""A document of a kind newsprism does not read (a PDF, RTF or PostScript file) is refused by
what it holds when given by name, as a folder's scan passes it over by its name: one line and a
non-zero exit, never its markup read as an article's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ReadError
from core.reading import read_file
from tui.cli import main

_PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("statement.pdf", _PDF, "a PDF document"),
    ("statement", _PDF, "a PDF document"),  # told by its content, whatever its name
    ("release.rtf", b"{\\rtf1\\ansi The ministry said on Monday that grain prices rose.}\n", "an RTF document"),
    ("release.ps", b"%!PS-Adobe-3.0\n(The ministry said) show\n", "a PostScript document"),
])
def test_a_document_of_another_kind_is_refused_by_its_content(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError, match=f"^{path}: {kind}, of no kind newsprism reads$"):
        read_file(path)


def test_add_refuses_a_pdf_given_by_name_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The trial's `add bad/statement.pdf` added "1 0 obj << /Type /Catalog >>" as a title, exit 0."""
    path = tmp_path / "statement.pdf"
    path.write_bytes(_PDF)
    assert main(["add", "--library", str(tmp_path / "lib.sqlite"), str(path)]) == 2
    captured = capsys.readouterr()
    assert "Catalog" not in captured.out + captured.err
    assert f"skipped {path}: a PDF document, of no kind newsprism reads" in captured.err
    assert len([line for line in captured.err.splitlines() if "PDF" in line]) == 1


def test_text_that_mentions_a_pdf_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("%PDF files were attached, the ministry said on Monday, giving the grain prices of "
                    "the year.\n\nPrices rose by 4 per cent in the second quarter, it said.\n")
    assert read_file(path)
