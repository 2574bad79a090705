"""An outlet's notes on its own article (corrections, clarifications, updates) are kept with the
article and shown as notes, never linked nor read for figures (trial 41 F11, F14: a feed item's
"Correction (25 November): an earlier version gave 31 hospitalised" was the row fact the wire's
copies were collated against, and gave `figures` the stale 31)."""

from __future__ import annotations


import pytest

from core.reading.text import parse_text
from core.text import is_article_note
from core.views.figures import extract


@pytest.mark.parametrize("text", [
    "Correction: An earlier version of this article misspelled the name of the village of Dunmere.",
    "Correction (25 November): an earlier version gave 31 hospitalised and eight in intensive care.",
    "Update, 18:30: This story has been updated to add the closure of schools.",
    "Editor's note: This story has been updated with comment from the ministry.",
    "Clarification: The ministry says the figure includes suspected cases.",
    "An earlier version of this story gave the wrong date for the vote.",
    "This article has been amended to correct the number of cases.",
    "Rectificatif : une version précédente de cet article indiquait 12 morts.",
    "Berichtigung: In einer früheren Version dieses Artikels hieß es, 12 Menschen seien gestorben.",
    "Correção: uma versão anterior deste texto dava 31 internados.",
])
def test_a_correction_or_an_update_of_the_article_is_a_note(text: str) -> None:
    assert is_article_note(text)


@pytest.mark.parametrize("text", [
    "UPDATE: Police say two people were arrested.",  # a live report's news
    "Update: Ministry confirms six dead.",
    "Corrections officers said the prisoners were moved on Tuesday.",
    "The correction of the figures was made by the ministry on Tuesday.",
    "Corrections to the voter roll will be made by Friday, officials said.",
])
def test_news_that_speaks_of_corrections_or_updates_is_no_note(text: str) -> None:
    assert not is_article_note(text)


REPORT = """Fever toll rises to six in Ostrand

By Bo Lind

OSTRAND (Lakewire) - Six people have died of Velrian fever in Ostrand province, the health ministry said on Tuesday.

Thirty-three patients are in hospital, nine of them in intensive care, the ministry said.

Correction (25 November): an earlier version gave 31 hospitalised and eight in intensive care; the ministry revised the figures.
"""


def test_a_note_is_kept_as_no_fact_of_the_report_and_gives_no_figure() -> None:
    [article] = parse_text(REPORT, path="lakewire.txt")
    note = next(i for i, p in enumerate(article.paragraphs) if p.startswith("Correction"))
    assert article.is_note(note) and article.is_subhead(note)  # kept, never linked
    assert not article.is_note(0) and not article.is_subhead(0)
    values = {f.value for f in extract([article]) if f.ref.paragraph == note}
    assert values == set()  # the corrected 31 and eight are the old figures
    assert 33 in {f.value for f in extract([article])}


def test_links_marks_a_note_as_one(tmp_path, capsys) -> None:
    from tui.cli import main

    (tmp_path / "lakewire.txt").write_text(REPORT)
    assert main(["links", str(tmp_path / "lakewire.txt")]) == 0
    out = capsys.readouterr().out
    assert "note (the outlet's correction or update of its article: never linked)" in out
