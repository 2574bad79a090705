"""Subscriber text a page marks but ships (invented inputs): paragraphs a wall's class word marks
(``<p class="paywall">``) and the part JSON-LD's ``hasPart`` names as not free are the report's,
when they hold its text; the report is a teaser only where that text is really cut."""

from __future__ import annotations

import json
from pathlib import Path

from core.reading import read_file

_FREE = ("<p class='copy'>The Fenwold water board voted on Monday to raise household bills by 9 percent from April, "
         "the largest rise in a decade.</p>"
         "<p class='copy'>The board said the money would pay for a new treatment works on the river Lisk.</p>")
_PAID = ("The rise adds about 41 pounds a year to the average bill, and will be phased in over two years for pensioners.",
         "Councillor Mara Quillon said the board had ignored two years of complaints about leaks in the old town.",
         "The treatment works is due to open in 2029 and will cost 212 million pounds, the board's papers show.")
# the wall a script shows readers without a subscription, set after the text it ships
_NOTICE = "<p>This article is for subscribers only.</p><p>Subscribe to continue reading. Cancel anytime.</p>"


def _page(tmp_path: Path, body: str, *, part: str | None = ".members-only") -> Path:
    ld: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Water bills to rise by 9 percent"}
    if part:
        ld |= {"isAccessibleForFree": False,
               "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": part}}
    path = tmp_path / "p.html"
    path.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Water bills to rise by 9 percent - Lisk Valley Times</title>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body><main><article>"
        f"<h1>Water bills to rise by 9 percent</h1><div class='story'>{_FREE}{body}</div></article></main></body></html>",
        encoding="utf-8")
    return path


def test_paragraphs_a_wall_class_marks_that_hold_the_report_stay_and_cut_nothing(tmp_path: Path) -> None:
    marked = "".join(f"<p class='copy members-only paywall'>{p}</p>" for p in _PAID)
    (article,) = read_file(_page(tmp_path, marked + _NOTICE))
    assert len(article.paragraphs) == 5, article.paragraphs
    assert article.paragraphs[-1] == _PAID[-1]
    assert not article.teaser


def test_marked_paragraphs_without_structured_data_stay_too(tmp_path: Path) -> None:
    marked = "".join(f"<p class='copy paywall'>{p}</p>" for p in _PAID)
    (article,) = read_file(_page(tmp_path, marked, part=None))
    assert len(article.paragraphs) == 5, article.paragraphs
    assert not article.teaser


def test_the_box_json_ld_names_as_not_free_is_the_report_whatever_its_class(tmp_path: Path) -> None:
    """A short box of report paragraphs the page calls its "regwall", which its JSON-LD names as the
    subscriber part: the report's text, not a wall's notice."""
    box = "<div class='regwall'>" + "".join(f"<p>{p}</p>" for p in _PAID) + "</div>"
    (article,) = read_file(_page(tmp_path, box, part=".regwall"))
    assert len(article.paragraphs) == 5, article.paragraphs
    assert not article.teaser


def test_the_subscriber_part_there_but_empty_is_a_teaser(tmp_path: Path) -> None:
    (article,) = read_file(_page(tmp_path, "<div class='members-only'></div>"))
    assert len(article.paragraphs) == 2
    assert article.teaser


def test_a_notice_a_wall_class_marks_is_still_the_wall(tmp_path: Path) -> None:
    notice = "<p class='paywall'>This story is for subscribers only. Subscribe to read the rest.</p>"
    (article,) = read_file(_page(tmp_path, notice, part=None))
    assert len(article.paragraphs) == 2, article.paragraphs
    assert article.teaser
