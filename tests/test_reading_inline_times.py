"""A <time> inside a paragraph's sentence is read as its words, where the page puts it (invented inputs)."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_paths

LEAD = ("The county health office has asked shoppers to return jars of Brevin plum jam bought since the start of "
        "the month, after a batch was found to be sealed badly at the plant in Ostervik.")
SECOND = "Shops across the region have taken the jars off their shelves and will refund them without a receipt."


def _read(tmp_path: Path, body: str) -> list:  # type: ignore[type-arg]
    path = tmp_path / "p.html"
    path.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Plum jam recalled</title></head><body>"
                    f"<main><article><h1>Plum jam recalled</h1>{body}</article></main></body></html>", encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


def test_a_time_between_words_of_a_paragraph_stays_in_its_sentence(tmp_path: Path) -> None:
    """A notice's "Published on <time>…</time> — Reference …" line lost its date and kept a gap
    ("Published on — Reference …"); the page's date is still read from the <time>."""
    body = (f"<p class='date-publication'>Publié le <time datetime='2026-03-04T10:00:00+01:00'>04/03/2026</time> "
            f"— Référence de la fiche : 2026-03-0012</p><p>{LEAD}</p><p>{SECOND}</p>")
    [article] = _read(tmp_path, body)
    assert article.paragraphs[0] == "Publié le 04/03/2026 — Référence de la fiche : 2026-03-0012"
    assert article.published == "2026-03-04T10:00:00+01:00"


def test_a_time_that_ends_a_sentence_stays_in_it(tmp_path: Path) -> None:
    body = (f"<p>{LEAD}</p><p>The office said the jars had been sold from "
            f"<time datetime='2026-03-01'>1 March</time>.</p><p>{SECOND}</p>")
    [article] = _read(tmp_path, body)
    assert "The office said the jars had been sold from 1 March." in article.paragraphs


def test_a_byline_s_time_and_a_stamp_alone_are_no_words_of_the_report(tmp_path: Path) -> None:
    """A byline's time is the report's date, no word of its byline; a stamp on its own is no paragraph."""
    body = (f"<p class='byline'>By Ana Example <time datetime='2026-03-04T10:00:00Z'>Wednesday</time></p>"
            f"<p><time datetime='2026-03-04T10:00:00Z'>4 March 2026</time></p><p>{LEAD}</p><p>{SECOND}</p>")
    [article] = _read(tmp_path, body)
    assert article.byline == "Ana Example"
    assert article.paragraphs == (LEAD, SECOND)
    assert article.published == "2026-03-04T10:00:00+00:00"
