"""A blog theme's entry-meta line (invented input, as WordPress's and other themes print it above or
under a post: "Posted on 3 March 2026 in News, Local", "Published 3 March 2026 | News", "Filed
under: ...", "Tagged ...", "This entry was posted in ... Bookmark the permalink.") is no paragraph:
it gives the post's date and, where it names one, its writer (core/reading/judge.entry_meta)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import entry_meta

REPORT = (
    "The harbour board agreed on Monday to add two evening sailings on the Lorn crossing from March, its chair said.",
    "The new sailings leave at eight and ten, and the board said fares would not change this year for islanders.",
    "Work on the slipway starts in February and should be finished before the summer timetable begins in May.",
)


def _page(meta: str, *, under: bool) -> str:
    line = f"<p>{meta}</p>"
    body = '<div class="entry-content">' + "".join(f"<p>{p}</p>" for p in REPORT) + "</div>"
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Ferry timetable changes | Lorn Notes</title></head>'
            '<body><main><article class="post"><h1 class="entry-title">Ferry timetable changes on the Lorn crossing</h1>'
            + (body + line if under else line + body) + "</article></main></body></html>")


@pytest.mark.parametrize("under", [False, True], ids=["above", "under"])
@pytest.mark.parametrize(("meta", "day", "byline"), [
    ("Posted on 3 March 2026 in <a href='/c/news'>News</a>, <a href='/c/local'>Local</a>", "2026-03-03", None),
    ("Posted on March 3, 2026 by <a href='/author/ana'>Ana Example</a> in <a href='/c/news'>News</a>", "2026-03-03", "Ana Example"),
    ("Published 3 March 2026 | <a href='/c/news'>News</a>", "2026-03-03", None),
    ("Published: 3 March 2026 | Category: News, Local | Tags: ferry", "2026-03-03", None),
    ("Posted in News, Local | Tagged ferry, harbour | Leave a comment", None, None),
    ("This entry was posted in News and tagged ferry, harbour. Bookmark the permalink.", None, None),
    ("Filed under: News, Local", None, None),
])
def test_an_entry_meta_line_is_no_paragraph(tmp_path: Path, meta: str, day: str | None, byline: str | None, under: bool) -> None:
    path = tmp_path / "post.html"
    path.write_text(_page(meta, under=under), encoding="utf-8")
    (article,) = read_file(path)
    assert list(article.paragraphs) == list(REPORT)
    if day:
        assert (article.published or "")[:10] == day
    if byline:
        assert article.byline == byline


@pytest.mark.parametrize("line", [
    "Posted in the harbour at dawn, the boats left.",  # a report's sentence
    "Posted on 3 March 2026 in Valletta, where the talks are",
    "The ministers met in Brussels on Monday.",
    "Home | News | Local",  # a trail
])
def test_a_sentence_or_a_trail_is_no_entry_meta(line: str) -> None:
    assert entry_meta(line) is None


def test_a_plain_posts_entry_meta_sentence_is_no_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text("Ferry timetable changes on the Lorn crossing\n\n" + "\n\n".join(REPORT)
                    + "\n\nThis entry was posted in News and tagged ferry, harbour. Bookmark the permalink.\n", encoding="utf-8")
    (article,) = read_file(path)
    assert list(article.paragraphs) == list(REPORT)


def test_categories_after_a_bare_in_alone_are_a_heading() -> None:
    # A page of briefs titled "In brief, February 9" lost its title line to the entry-meta reader (read as
    # categories after "in"), and its briefs ran together: a bare "in" counts only beside a theme's own field.
    from core.reading.judge import entry_meta

    for heading in ("In brief, February 9", "In brief", "In pictures"):
        assert entry_meta(heading) is None
    assert entry_meta("Posted in News, Local") is not None
    assert entry_meta("Posted on 3 March 2026 in News, Local") is not None
