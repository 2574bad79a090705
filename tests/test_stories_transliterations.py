"""Stories of a place transliterated from a script without Latin letters: reports in Latin letters
spell its name in several ways ("Bir Dhahab", "Bir Dahab"; with the Arabic article joined to it,
"Ad-Dhahab", or as a word apart, "El Dhahab"), and the name is one name for all of them; a report
in Hungarian, told by its articles, reads a German compound noun's name by its stem, so a bridge the
German report writes as a noun ("die Morlinbrücke") is the "Morlinbrückét" of the Hungarian one."""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path

import pytest

from core.library.store import _RETOLD_SCHEMAS, MIGRATIONS, Library
from core.stories.cluster import _transliterated, evidence, profile
from core.text import language_of
from tests.story_groups import article, stories


_article = partial(article, published="2026-05-12T09:00:00Z")

# Invented reports of an invented event: a warehouse of date palms burnt in an invented oasis town.
SAMARRAH = _article(
    "Warehouse fire destroys 340 tonnes of dates in El Tahmeen",
    "A fire destroyed 340 tonnes of dates stored in a warehouse in El Tahmeen on Sunday evening, the district said.",
    "Firefighters needed five hours to put it out. No one was injured.",
    outlet="Oasis Courier",
)
GAZETTE = _article(
    "340 tonnes of dates lost at Al-Tahmin warehouse",
    "Some 340 tonnes of dates went up in flames at a cooperative warehouse in Al-Tahmin, growers said on Monday.",
    "The growers said the harvest had been sold to exporters days before.",
    outlet="Desert Gazette",
)
# Another event of the region that day, which shares no name with them.
AIRPORT = _article(
    "Marsa Kallun airport opens new arrivals hall",
    "Marsa Kallun airport opened a new arrivals hall on Monday, the aviation authority said.",
    "The hall took eleven months to build.",
    outlet="Oasis Courier",
)


def test_one_transliterated_name_has_one_key() -> None:
    assert _transliterated("Tahmeen") == _transliterated("Al-Tahmin") == _transliterated("Tahmin")
    assert _transliterated("Tahmeen") != _transliterated("Tilman")
    assert _transliterated("Корвелла") is None  # other scripts are _sound's, across languages


def test_spellings_of_one_transliterated_place_are_one_name() -> None:
    found = evidence(profile(SAMARRAH), profile(GAZETTE))
    assert "tahmin" in found.names
    assert found == evidence(profile(GAZETTE), profile(SAMARRAH))


@pytest.mark.parametrize("seed", range(3))
def test_reports_spelling_a_place_otherwise_are_one_story(seed: int) -> None:
    assert stories([SAMARRAH, GAZETTE, AIRPORT], seed) == [["Desert Gazette", "Oasis Courier"], ["Oasis Courier"]]


# Invented reports of an invented event: a tanker striking the Morlin bridge of an invented town.
GERMAN = _article(
    "Tanker rammt Morlinbrücke in Kestrau – Brücke gesperrt",
    "Die Morlinbrücke in Kestrau ist seit Montagabend gesperrt, nachdem ein Tankschiff einen Pfeiler gerammt hat.",
    "Techniker fanden einen 3,2 Meter langen Riss im Pfeiler. Die Besatzung blieb unverletzt.",
    outlet="Kestrauer Bote",
)
HUNGARIAN = _article(
    "Tankhajó ütközött a Morlinbrückének, lezárták a hidat",
    "Lezárták a forgalom elől a Morlinbrückét hétfő este, miután egy tankhajó nekiütközött az egyik pillérének.",
    "A mérnökök 3,2 méteres repedést találtak a pilléren. A legénység nem sérült meg.",
    outlet="Dunai Hírek",
)


def test_a_short_hungarian_report_is_told_by_its_articles() -> None:
    assert language_of(" ".join([HUNGARIAN.title, *HUNGARIAN.paragraphs])) == "hu"


def test_a_german_noun_is_the_name_a_hungarian_report_gives_by_its_stem() -> None:
    found = evidence(profile(GERMAN), profile(HUNGARIAN))
    assert found.score >= 0.2 and "3.2" in found.figures


def test_a_library_before_hungarian_was_told_tells_it_and_groups_the_bridge_once_opened(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        for one in (GERMAN, HUNGARIAN):
            library.add(one, source=one.path)
    with sqlite3.connect(path) as db:  # as the library was before (Hungarian untold, its profile read so)
        db.execute("UPDATE articles SET language = NULL")
        db.execute(f"PRAGMA user_version = {max(_RETOLD_SCHEMAS) - 1}")  # before the migration that tells languages again
    with Library(path) as library:
        assert library.version == len(MIGRATIONS)
        held = dict(library._db.execute("SELECT id, language FROM articles").fetchall())
        assert held[HUNGARIAN.id] == "hu" and held[GERMAN.id] == "de"
        assert library.story_of(HUNGARIAN.id) == library.story_of(GERMAN.id)
