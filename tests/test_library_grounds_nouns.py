"""A story's "why" lists names as they are, not the words printed beside them: in German, which
capitalises every noun, the noun before a name is its office or kind ("die Hafenmeisterin Ilse
Varnholt", "der Betreiber Korvel Shipping"), no part of it; a noun capitalised before a number
("Pier No. 7") is no name where a report also writes it in small letters ("the same pier"); and a
plural's possessive inside a name keeps its apostrophe ("the Dockers' Guild of Tessany")."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from core.library.store import Library, whole_names
from tests.reports import titled_report

DAY = "2026-10-14T09:00:00Z"


#: This file's reports, all published on DAY.
_article = partial(titled_report, published=DAY)


# Invented: a crane falls at a port. The German report writes the operator and the harbour master
# after their kind and office, as German does, each a capitalised noun.
REPORTS = [
    _article("Harbour Post", "Crane collapses at Tessany port, 14 dockers hurt",
             "A container crane operated by Korvel Shipping collapsed onto Pier No. 7 at the port of Tessany on "
             "Tuesday, injuring 14 dockers, harbour master Ilse Varnholt said.",
             "The Dockers' Guild of Tessany said 320 workers were on shift.",
             "Korvel Shipping said the crane had been inspected in March.",
             "A fire on the same pier injured two workers in 2021."),
    _article("Coast Ledger", "14 hurt as crane falls at Tessany",
             "Fourteen dockers were hurt when a Korvel Shipping crane fell onto Pier No. 7 in Tessany, harbour "
             "master Ilse Varnholt said. The Dockers' Guild of Tessany counted 320 workers on shift."),
    _article("Valley Times", "Tessany crane collapse injures 14",
             "A crane fell at Pier No. 7 in Tessany on Tuesday, injuring 14, said Ilse Varnholt, the harbour master. "
             "Korvel Shipping is investigating; the Dockers' Guild of Tessany put the shift at 320."),
    _article("Nordblatt", "Kran stürzt im Hafen von Tessany ein: 14 Verletzte",
             "Im Hafen von Tessany ist am Dienstag ein Containerkran eingestürzt, 14 Hafenarbeiter wurden verletzt. "
             "Das teilte die Hafenmeisterin Ilse Varnholt mit.",
             "Der Betreiber Korvel Shipping prüft die Ursache. Nach Angaben der Gewerkschaft waren 320 Arbeiter "
             "im Dienst."),
]


def test_the_why_lists_names_without_german_nouns_designations_or_lost_apostrophes(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        for article in REPORTS:
            library.add(article, source=article.path, link=False)
        [story] = library.stories()
        grounds = library.grounds(story.id)
    names = dict(grounds.names)
    assert {"Korvel Shipping", "Ilse Varnholt", "Dockers' Guild of Tessany"} <= names.keys(), names
    assert not {n for n in names if n.startswith(("Betreiber", "Hafenmeisterin"))}, names
    assert "Pier" not in names and "Dockers Guild of Tessany" not in names, names
    listed = {name for shown in grounds.articles.values() for name in shown}
    assert not {n for n in listed if n.startswith(("Betreiber", "Hafenmeisterin")) or n == "Pier"}, listed


def test_a_noun_before_a_name_in_german_is_no_part_of_it() -> None:
    texts = ["Das teilte die Hafenmeisterin Ilse Varnholt mit.", "Der Betreiber Korvel Shipping prüft die Ursache."]
    names = {"ilse", "varnholt", "korvel", "shipping"}
    told = whole_names(texts, names, languages=["de", "de"])
    assert told["varnholt"] == "Ilse Varnholt" and told["korvel"] == "Korvel Shipping"
    told = whole_names(texts, names, languages=["en", "en"])  # read as English, the capitals go on into the names
    assert told.get("ilse varnholt") == "Hafenmeisterin Ilse Varnholt"
