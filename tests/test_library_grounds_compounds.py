"""A story's "why" builds no name across a comma, nor from the tail of a place-to-place compound
(trial 45 F12): "the Tarrow–Vessing Express" names the Express, and "to Vessing, Express 12" names
Vessing and the Express apart; no report prints anything "Vessing Express"."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from core.library.store import Library, whole_names
from core.model import Article
from tests.reports import titled_report

DAY = "2026-09-14"

TEXTS = [
    "Express 12 was on its way from Tarrow to Vessing, Express 12 having left at dawn, when it stopped.",
    "Nine people were hurt when the Tarrow–Vessing Express stopped hard near Orlin on Monday.",
    "Express 12 stopped hard near Orlin, the operator said. Vessing's mayor visited the injured.",
]


def test_no_whole_name_from_a_compound_tail_or_across_a_comma() -> None:
    whole = whole_names(TEXTS, {"express", "vessing", "tarrow", "orlin"})
    assert whole.get("express") != "Vessing Express", whole
    assert "Vessing Express" not in whole.values(), whole
    assert whole.get("vessing") in (None, "Vessing"), whole


#: This file's reports, all published on DAY.
_article = partial(titled_report, published=DAY)


REPORTS = [
    _article("Orlin Gazette", "Nine hurt as train brakes hard near Orlin",
             "Nine people were hurt when the Tarrow–Vessing Express braked hard near Orlin on Monday, the operator said.",
             "The train, travelling from Tarrow to Vessing, had 200 passengers on board."),
    _article("Vessing Daily", "Nine hurt in emergency stop near Orlin",
             "The driver of Express 12 braked hard near Orlin on Monday and nine people were hurt, the operator said.",
             "Express 12 had left Tarrow for Vessing with 200 passengers. Orlin's hospital took the injured."),
]
SHARED = [
    _article("Orlin Gazette", "Nine hurt as train brakes hard near Orlin",
             "Nine people were hurt when the Tarrow–Vessing Express braked hard near Orlin on Monday, the operator said.",
             "The train had 200 passengers on board."),
    _article("Vessing Daily", "Nine hurt in emergency stop near Orlin",
             "The Tarrow–Vessing Express braked hard near Orlin on Monday and nine people were hurt, the operator said.",
             "It had 200 passengers. Orlin's hospital took the injured."),
]


def _names(tmp_path: Path, reports: list[Article]) -> tuple[dict[str, int], set[str]]:
    with Library(tmp_path / "lib.sqlite") as library:
        for article in reports:
            library.add(article, source=article.path, link=False)
        [story] = library.stories()
        grounds = library.grounds(story.id)
    return dict(grounds.names), {name for shown in grounds.articles.values() for name in shown}


def test_the_why_gives_no_name_glued_from_a_compound_tail(tmp_path: Path) -> None:
    names, listed = _names(tmp_path, REPORTS)
    assert "Express" in names and "Orlin" in names, names
    assert not (names.keys() | listed) & {"Vessing Express", "Tarrow Vessing Express"}, (names, listed)


def test_a_shared_compound_is_named_as_printed(tmp_path: Path) -> None:
    names, listed = _names(tmp_path, SHARED)
    assert "Tarrow–Vessing Express" in names, names
    assert not (names.keys() | listed) & {"Vessing Express", "Tarrow Vessing Express"}, (names, listed)
