"""A publisher's disclaimer under its label closing a report ("Disclaimer: Figures are
provisional ...", "Notes to editors: ...", "Haftungsausschluss: ...", "Aviso legal: ..."; invented
inputs) is the same under each report it runs, no paragraph of this one, whatever the input. Inside
the report such a label is the writer's own note, and a report's sentence that names a disclaimer
keeps its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import is_closing_disclaimer

PARAGRAPHS = (
    "The regional health office counted 212 new cases of measles in Brenvik over the past week, up from 150.",
    "Vaccination teams will visit schools in the three worst-hit districts from Monday, the office said.",
)
NOTICE = ("Disclaimer: Figures are provisional and may change as reports are checked. The maps used do not imply"
          " any opinion on the status of any territory.")


@pytest.mark.parametrize("notice", [
    NOTICE,
    "Notes to editors: The Brenvik Health Office publishes a weekly bulletin every Thursday.",
    "Haftungsausschluss: Die Angaben sind vorläufig und können sich ändern.",
    "Aviso legal: Los datos son provisionales y pueden cambiar.",
    "Avertissement : les données sont provisoires et peuvent changer.",
])
def test_a_labelled_disclaimer_closes_no_report(notice: str) -> None:
    assert is_closing_disclaimer(notice)


@pytest.mark.parametrize("sentence", [
    "The disclaimer on the ministry's site was removed on Tuesday, officials said.",
    "Note: figures for Salt Point were not available.",  # an editor's note on the report's own figures
    "Editor's note: This article was updated to correct the number of schools.",
])
def test_a_report_sentence_is_no_disclaimer(sentence: str) -> None:
    assert not is_closing_disclaimer(sentence)


def test_the_agency_page_drops_it(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    path = tmp_path / "bulletin.html"
    path.write_text(
        '<html lang="en"><head><title>Measles bulletin No. 4</title></head><body><main><article>'
        f'<h1>Measles bulletin No. 4</h1>{body}<p class="note">{NOTICE}</p>'
        '</article></main></body></html>', encoding="utf-8")
    (article,) = read_file(path)
    assert article.paragraphs == PARAGRAPHS


def test_the_plain_text_drops_it(tmp_path: Path) -> None:
    path = tmp_path / "bulletin.txt"
    path.write_text("Measles bulletin No. 4\n\n" + "\n\n".join(PARAGRAPHS) + f"\n\n{NOTICE}\n", encoding="utf-8")
    (article,) = read_file(path)
    assert article.paragraphs == PARAGRAPHS


def test_inside_the_report_it_is_the_writer_s_note(tmp_path: Path) -> None:
    note = "Disclaimer: the office counts a case once a doctor reports it, not when a test confirms it."
    path = tmp_path / "bulletin.txt"
    path.write_text("Measles bulletin No. 4\n\n" + "\n\n".join((PARAGRAPHS[0], note, PARAGRAPHS[1])) + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert article.paragraphs == (PARAGRAPHS[0], note, PARAGRAPHS[1])
