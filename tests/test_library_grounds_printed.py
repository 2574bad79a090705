"""A story's "why" names what its reports share as they print it (trial 44 F12): the hospital by
its whole name ("Velmora General Hospital", not "Hospital"), the school with its "St." and
possessive ("St. Oran's Primary School"), a doctor by her full name, not her surname alone, and
no hours ("the 24 hours to Sunday") nor days of a month ("Nov. 14 and 16") as shared figures."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from core.library.store import Grounds, Library, whole_names
from tests.reports import titled_report

DAY = "2026-10-04"


#: This file's reports, all published on DAY.
_article = partial(titled_report, published=DAY)


REPORTS = [
    _article("Lisk Courier", "Typhoid cases rise to 212 in Velmora",
             "Health officials in Velmora reported 212 suspected typhoid cases on Sunday, up 58 in the 24 hours to "
             "Sunday morning, with 37 people at Velmora General Hospital.",
             "\"We are seeing whole streets fall ill together,\" said Dr. Ilse Varga, head of infectious diseases "
             "at Velmora General Hospital.",
             "Most cases are in the Dunmore district, where floodwater fouled wells between Nov. 14 and 16. "
             "Varga said a second ward had opened. Pupils of St. Oran's Primary School in Dunmore were sent home."),
    _article("Dunmore Post", "Velmora typhoid count climbs to 212",
             "The count of suspected typhoid cases in Velmora rose by 58 in the 24 hours to Sunday morning, to 212, "
             "health officials said; 37 people are at Velmora General Hospital.",
             "\"We are seeing whole streets fall ill together,\" Dr. Ilse Varga told reporters outside the hospital.",
             "Floodwater fouled wells in Dunmore between Nov. 14 and 16, and St. Oran's Primary School closed on "
             "Friday. Varga said more cases were likely."),
]


def _grounds(tmp_path: Path) -> Grounds:
    with Library(tmp_path / "lib.sqlite") as library:
        for article in REPORTS:
            library.add(article, source=article.path, link=False)
        [story] = library.stories()
        return library.grounds(story.id)


def test_the_why_names_what_the_reports_share_as_they_print_it(tmp_path: Path) -> None:
    grounds = _grounds(tmp_path)
    names = dict(grounds.names)
    assert {"Velmora General Hospital", "St. Oran's Primary School", "Ilse Varga", "Velmora", "Dunmore"} <= names.keys(), names
    assert not names.keys() & {"Hospital", "Oran Primary School", "St. Oran", "Primary School", "Varga"}, names
    listed = {name for shown in grounds.articles.values() for name in shown}
    assert not listed & {"Hospital", "Oran Primary School", "Varga"}, listed


def test_hours_and_days_of_a_month_are_no_shared_figures(tmp_path: Path) -> None:
    figures = dict(_grounds(tmp_path).figures)
    assert {"212", "58", "37"} <= figures.keys(), figures
    assert not figures.keys() & {"24", "14", "16"}, figures


def test_a_name_runs_on_through_a_capitalised_word_but_not_an_office_before_it() -> None:
    texts = ["Patients went to Velmora General Hospital, said Health Minister Ana Lind.",
             "Velmora General Hospital is full, Ana Lind said. Lind visited Velmora.",
             "Dr. Ilse Varga met Lind; Varga said so."]
    whole = whole_names(texts, {"velmora", "hospital", "ana", "lind", "varga"})
    assert whole["hospital"] == "Velmora General Hospital"
    assert whole["lind"] == "Ana Lind"  # not "Health Minister Ana Lind"
    assert whole["varga"] == "Ilse Varga"  # not "Dr. Ilse Varga"
    assert "velmora" not in whole  # printed alone too: the town, not only the hospital's


def test_grounds_an_older_newsprism_kept_are_worked_out_again_once_opened(tmp_path: Path) -> None:
    import json
    import sqlite3

    path = tmp_path / "lib.sqlite"
    _grounds(tmp_path)
    with sqlite3.connect(path) as db:  # as an older newsprism kept them
        db.execute("""UPDATE stories SET grounds = '{"names": [["Hospital", 2]], "figures": [["24", 2]], "times": [], "articles": {}}'""")
    with Library(path) as library:
        [story] = library.stories()
        assert "Velmora General Hospital" in dict(library.grounds(story.id).names)
        [(kept,)] = library._db.execute("SELECT grounds FROM stories").fetchall()
    assert "Velmora General Hospital" in dict(json.loads(kept)["names"])


def test_an_office_inside_a_run_is_cut_before_a_person_not_inside_a_bodys_name() -> None:
    texts = ["On his first visit there, Interior Secretary Dirk Vantorp toured the offices of the Global Health "
             "Coordination Agency in Velmora and spoke with nurses about their work.",
             "Vantorp said the Global Health Coordination Agency would help."]
    whole = whole_names(texts, {"interior", "vantorp", "global", "health", "coordination", "agency", "velmora"})
    assert whole["vantorp"] == "Dirk Vantorp"  # not "Interior Secretary Dirk Vantorp", nor "Secretary Dirk Vantorp"
    assert whole["agency"] == "Global Health Coordination Agency"


def test_a_surname_that_is_also_a_common_word_stays_a_name(tmp_path: Path) -> None:
    """"Felt said" names Mark Felt, though the reports also write "felt" in small letters; "the
    hospital" makes "Hospital" alone (of two hospitals' names) no name."""
    reports = [_article(outlet, "Mark Felt dies at 95 in Velmora",
                        f"Mark Felt died in Velmora on Thursday, {outlet} reports; he felt unwell on Monday.",
                        "Felt said in 2005 that he had been the source. Staff of Velmora General Hospital and of "
                        "Dunmore Hospital, where he was treated, confirmed his death.",
                        "His family thanked the staff of the hospital.")
               for outlet in ("Lisk Courier", "Dunmore Post")]
    with Library(tmp_path / "lib.sqlite") as library:
        for article in reports:
            library.add(article, source=article.path, link=False)
        [story] = library.stories()
        names = dict(library.grounds(story.id).names)
    assert "Mark Felt" in names and "Hospital" not in names, names


def test_a_determiner_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    # Trial 46 F7: "Every Harwick Valley Health service is running again" listed "Every Harwick Valley
    # Health" as the story's shared name. A quantifier's capital is the sentence's.
    names = {"orlin", "valley", "care", "kessel", "port", "brava", "salud"}
    whole = whole_names([
        "Every Orlin Valley Care service is running again, the group said.",
        "Each Kessel Port crane stopped. Some Kessel Port staff stayed home.",
        "Todos los centros de Brava Salud reabrieron.",
        "The Orlin Valley Care group said on Monday it had restored its systems.",
    ], names)
    assert whole["orlin"] == "Orlin Valley Care"
    assert whole["kessel"] == "Kessel Port"
    assert whole["brava"] == "Brava Salud"
    assert not any(w.split()[0] in ("Every", "Each", "Some", "Todos") for w in whole.values())
