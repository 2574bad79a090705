"""An outlet's note that its article was updated, and with what, is its note on the article
(invented inputs): one mechanism (core.text.is_article_note) keeps it, shown as a note, whether
it is labelled ("Update, 15:20: ...") or not ("This article was updated at 13:05 to add ...",
"Updated at 4:05 p.m. with comment from ..."), under the report or above it (where the byline
under it is still the byline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import is_furniture_block
from core.text import is_article_note

LEAD = "Voting got under way across the county on Thursday, and turnout reached 31.2% by noon, the county office said."
SECOND = "Turnout was highest in Eastby, at 34.8% by noon, and lowest in Westby, where 27.1% had voted."
NOTES = (
    "This article was updated at 13:05 to add district turnout figures.",
    "Update, 15:20: This article has been updated to add the closure of schools.",
    "Updated at 4:05 p.m. with comment from the ferry operator.",
    "Updated March 3 with the death toll.",
    "This story has been updated to include a statement from the police.",
)


@pytest.mark.parametrize("note", NOTES)
def test_an_update_note_is_a_note_and_no_furniture(note: str) -> None:
    assert is_article_note(note) and not is_furniture_block(note)


@pytest.mark.parametrize("note", NOTES)
def test_an_update_note_under_the_report_is_kept_as_a_note(tmp_path: Path, note: str) -> None:
    path = tmp_path / "post.html"
    path.write_text("<html><head><title>Polls open in the county</title></head><body><article><h1>Polls open in the county</h1>"
                    f'<div class="entry-content"><p>{LEAD}</p><p>{SECOND}</p>'
                    '<div class="newsletter-signup"><h4>Get our politics newsletter</h4><p>Sign up for our weekly briefing.</p></div>'
                    f"<p><em>{note}</em></p></div></article></body></html>", encoding="utf-8")
    (article,) = read_file(path)
    assert article.paragraphs[-1] == note, article.paragraphs
    assert article.is_note(len(article.paragraphs) - 1)


def test_an_update_note_above_the_byline_leaves_the_byline(tmp_path: Path) -> None:
    path = tmp_path / "post.html"
    path.write_text("<html><head><title>Polls open in the county</title></head><body><article><h1>Polls open in the county</h1>"
                    f"<p><em>{NOTES[2]}</em></p><p>By Ann Example</p><p>{LEAD}</p><p>{SECOND}</p></article></body></html>",
                    encoding="utf-8")
    (article,) = read_file(path)
    assert article.byline == "Ann Example", article.paragraphs
    assert article.paragraphs == (NOTES[2], LEAD, SECOND) and article.is_note(0) and not article.is_note(1)
