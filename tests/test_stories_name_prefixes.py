"""Reports that write one name with other case endings ("Merkváron", "Merkvár", "Kelő-hidat") are weighed
together, though the shorter is too short to tell its language, and keeps its names whole: they are
looked up by their name words' first letters (Profile._prefixed), in a batch and in a library alike."""

from __future__ import annotations

from pathlib import Path

from core.library.store import Library
from core.stories.cluster import SAME_EVENT, candidates, evidence, profile
from core.text import article_language
from tests.story_groups import article, stories

# Invented reports (Hungarian words, an invented town and bridge) of a bridge's closure, and of a
# festival in the same town.
TOLD = article(
    "Három hétre lezárják a merkvári hidat",
    "Felújítás miatt május 11-től lezárják Merkváron a Kelő-hidat; az autósoknak a komppal kell átkelniük, "
    "és a munkálatok alatt a gyalogosok sem mehetnek át rajta.",
    "A munkálatok 240 millió forintba kerülnek.",
    outlet="Alföldi Napló", published="2027-05-04",
)
SHORT = article(
    "Lezárják a merkvári Kelő-hidat május 11-től",
    "Május 11-től három hétre lezárják a merkvári közúti Kelő-hidat a burkolat felújítása miatt.",
    outlet="Tiszai Hírlap", published="2027-05-04",
)
FESTIVAL = article(
    "Halászléfőző fesztivál Merkváron",
    "Szombaton rendezik meg Merkváron a XX. halászléfőző fesztivált a Kelő-parti ligetben, "
    "a szervezők 5000 látogatóra és 80 bográcsra számítanak.",
    outlet="Tiszai Hírlap", published="2027-05-06",
)


def test_a_report_too_short_to_tell_its_language_is_weighed_with_one_that_writes_its_names_otherwise() -> None:
    assert article_language(SHORT.title, SHORT.paragraphs) is None
    assert article_language(TOLD.title, TOLD.paragraphs) == "hu"
    told, short = profile(TOLD), profile(SHORT)
    assert evidence(told, short).score >= SAME_EVENT
    assert (0, 1) in candidates([told, short])
    assert stories([TOLD, SHORT, FESTIVAL]) == [["Alföldi Napló", "Tiszai Hírlap"], ["Tiszai Hírlap"]]


def test_a_library_weighs_them_together_too(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        for a in (TOLD, FESTIVAL, SHORT):
            library.add(a, source=a.path)
        assert library.story_of(TOLD.id) == library.story_of(SHORT.id) != library.story_of(FESTIVAL.id)
