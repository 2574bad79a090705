"""A report's outlet may be named after the place it reports on: the "Kessaly Times" writing of
"the port city of Kessaly" names the city, though the word is its outlet's too (trial 41 F4: two
reports of one cholera outbreak two days apart were two stories, the first report's profile
having lost its city as the outlet's own name)."""

from __future__ import annotations

from core.model import Article, article_id
from core.stories.cluster import evidence, profile


def _article(outlet: str, title: str, *paragraphs: str, published: str) -> Article:
    return Article(id=article_id(outlet, title, paragraphs), path=f"{outlet}.txt", outlet=outlet, title=title,
                   paragraphs=paragraphs, published=published)


FIRST = _article(
    "Varrow Times", "Cholera outbreak in Varrow port kills two",
    "Two people have died and 23 have fallen ill with cholera in the port city of Varrow, health authorities said on Wednesday.",
    "Most of the cases are among dock workers living near the old fish market, where a water main broke last week, "
    "city health chief Dr. Ilse Marrak said.",
    '"We are taking every measure necessary to contain this outbreak," Dr. Marrak told reporters.',
    published="2026-11-25T11:00:00+00:00",
)
FOLLOW_UP = _article(
    "Harbour Herald", "Varrow cholera cases climb to 41",
    "Cholera cases in the port city of Varrow have risen to 41, with three deaths, city health chief Dr. Ilse Marrak said on Friday.",
    "Nine patients are in hospital. The outbreak has been traced to a broken water main near the old fish market.",
    published="2026-11-27T09:00:00+00:00",
)


def test_a_place_an_outlet_is_named_after_is_a_name_of_its_report() -> None:
    found = profile(FIRST)
    assert "n:varrow" in found.weights
    assert "n:times" not in found.weights
    assert evidence(found, profile(FOLLOW_UP)).score >= 0.2  # SAME_EVENT: one outbreak, two days on


def test_the_outlets_own_name_in_its_report_is_still_no_name_of_it() -> None:
    own = _article("Harbour Post", "Ferry fares rise in Ostrand",
                   "Ferry fares in Ostrand will rise by 12 percent in April, the operator told the Harbour Post on Monday.",
                   "The Harbour Post has reported on the fares since 2019.", published="2026-11-25T11:00:00+00:00")
    found = profile(own)
    assert "n:harbour" not in found.weights and "n:post" not in found.weights
    assert "n:ostrand" in found.weights
