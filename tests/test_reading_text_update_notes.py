"""An update note at the top of a plain-text article ("Updated 14:05: adds comment from the
ferry operator.") is the outlet's note on its article (:func:`core.text.is_article_note`), kept
first among the paragraphs as a note, never its standfirst (invented inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.text import is_article_note

HEADLINE = "Ferry timetable approved after long debate"
BODY = (
    "The island council approved the new ferry timetable on Tuesday after a long debate about costs.",
    "Members voted nine to two in favour of the plan, which adds two evening crossings from April.",
    "The council chair said the timetable would be reviewed in a year, once the first figures are in.",
)


@pytest.mark.parametrize("note", [
    "Updated 14:05: adds comment from the ferry operator and the council chair.",
    "Updated 14:05 - adds comment from the ferry operator.",
    "Updated March 3, 2026, 9:10 a.m.: adds comment from the council chair.",
    "Correction: An earlier version of this article gave the wrong number of crossings.",
])
@pytest.mark.parametrize("byline", ["By Ana Example\n\n", ""])
def test_an_update_note_above_a_text_report_is_a_note(tmp_path: Path, note: str, byline: str) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(f"{HEADLINE}\n\n{note}\n\n{byline}" + "\n\n".join(BODY) + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert article.title == HEADLINE
    assert article.standfirst is None
    assert article.paragraphs == (note, *BODY)
    assert article.is_note(0)


@pytest.mark.parametrize(("text", "note"), [
    ("Updated 14:05: adds comment from the ferry operator.", True),
    ("Updated at 14:05 with comment from the ferry operator.", True),
    ("Updated 14:05: Police say two men were arrested at the harbour.", False),  # a live update's news
    ("Update 14:05: the ferry operator adds two crossings.", False),
])
def test_an_update_note_says_what_the_update_adds(text: str, note: bool) -> None:
    assert is_article_note(text) is note
