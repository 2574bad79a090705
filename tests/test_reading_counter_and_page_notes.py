"""A page's counter of reads with its buttons, a paged report's note of where it goes on, and a
list of the site's other news under its label: furniture in any language (invented inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.judge import is_furniture_block

LEAD = "The valley water board will replace the old pumping station at Lindmoor by the end of next year."
SECOND = "Residents on the east bank have complained for months about low pressure in the mornings."


def _paragraphs(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "p.html"
    path.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Pumping station to be replaced</title></head>"
                    f"<body><main><article><h1>Pumping station to be replaced</h1>{body}</article></main></body></html>",
                    encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    [article] = articles
    return list(article.paragraphs)


@pytest.mark.parametrize("line", [
    "2.417 irakurketa",            # Basque: reads
    "Қаралды: 3 105 Басып шығару",  # Kazakh: viewed, then the print button
    "Переглядів: 88 · Друк",        # Ukrainian: views, print
    "1 208 lectures",               # Catalan: reads
])
def test_a_counter_of_reads_or_views_alone_or_with_its_buttons_is_furniture(line: str) -> None:
    """A number and a counter's word, or a counter's label, its number and the page's print
    button: no report says only that."""
    assert is_furniture_block(line)


@pytest.mark.parametrize("line", [
    "Views on the plan differ.", "The 12 views of the valley were painted in 1890.", "Comments 3",
])
def test_a_sentence_or_a_label_and_number_without_buttons_is_not_a_counter(line: str) -> None:
    assert not is_furniture_block(line)


@pytest.mark.parametrize("line", [
    "(Sākums iepriekšējā lapā)",       # Latvian: start on the previous page
    "(Turpinājums nākamajā lapā)",     # Latvian: continued on the next page
    "(Fortsetzung von Seite 1)",       # German
    "(Suite de la page précédente)",   # French
    "Continued on page 4",
    "(Ciąg dalszy na następnej stronie)",  # Polish
    "Pokračování na straně 5",         # Czech: continued on page 5 (the page word declined)
    "Ciąg dalszy na stronie 3",        # Polish, without brackets
    "Nastavak na strani 7",            # Croatian
    "Ci gaba da karantawa a shafi na 2: Yadda gonaki za su samu ruwa",  # Hausa: continue reading on page 2, its headline
    "Continued on page 6: How the new pumps will work",
])
def test_a_paged_reports_note_of_where_it_goes_on_is_furniture(tmp_path: Path, line: str) -> None:
    """Page 2 of a paged report opened with its note that it started on the page before: it was
    the report's first paragraph."""
    paragraphs = _paragraphs(tmp_path, f"<p><em>{line}</em></p><p>{LEAD}</p><p>{SECOND}</p>")
    assert paragraphs == [LEAD, SECOND]


@pytest.mark.parametrize("line", [
    "(The board met on page-long agenda items until midnight, the chair said.)",
    "(The minister did not answer.)",
    "Continued pressure on the board forced it to publish page after page of records, residents said.",
    "Pokračování stavby na straně obce zaplatí kraj, řekl starosta.",
])
def test_an_aside_in_brackets_is_no_page_note(line: str) -> None:
    assert not is_furniture_block(line)


def test_a_list_of_the_sites_other_news_under_its_label_is_no_paragraph(tmp_path: Path) -> None:
    """A Russian page's "Другие новости" (other news) heading and its dated links closed the report."""
    body = (f"<p>{LEAD}</p><p>{SECOND}</p><div class='news-list-other'><h4>Другие новости</h4>"
            "<p><span>11.03.2026</span> <a href='/news/1/'>В Линдмуре открылась новая библиотека</a></p>"
            "<p><span>10.03.2026</span> <a href='/news/2/'>На реке начался ледоход</a></p></div>")
    paragraphs = _paragraphs(tmp_path, body)
    assert paragraphs == [LEAD, SECOND]
