"""Figures: two bodies' figures share no row, and one fact is not listed twice.

Trial 49 F9: a story holding two central banks' decisions put the Bank of Ostmark's "2% target"
in one row with the Bank of Valdoria's, and two wires' copies, worded apart, each gave a row
"same: date: Tuesday" of the one decision day. A figure is the body's its sentence names before
it, else the body its report's headline names (core.views.figures._owners); rows of one label
and one value, the same body's, are one row."""

from __future__ import annotations

from core.linking.story import Story
from core.model import Article, article_id
from core.views.figures import compare


def _article(outlet: str, title: str, *paragraphs: str) -> Article:
    return Article(article_id(outlet, title, paragraphs), "", outlet, title, paragraphs, published="2026-11-10")


VALDORIA_TARGET = ("Consumer price inflation was 3.1% in October, well above the bank's 2% target, and the committee "
                   "said further increases could not be ruled out.")
OSTMARK_TARGET = ("Annual inflation of 2.1% in October was close to its 2% target and growth was weakening, the "
                  "committee said in its statement.")


def _rows(story: Story) -> list[tuple[str, list[str]]]:
    return [(f"{g.quantity}: {g.figures[0].size:g}", sorted(story.article(f.ref.article).outlet for f in g.figures))
            for g in compare(story)]


def test_two_banks_targets_share_no_row() -> None:
    story = Story.build([
        _article("Nordwire", "Bank of Valdoria raises rates to 4.50%",
                 "The Bank of Valdoria raised its policy rate by a quarter point to 4.50% on Tuesday.", VALDORIA_TARGET),
        _article("Harbour Daily", "Valdoria central bank lifts rates",
                 "The Bank of Valdoria raised its policy rate to 4.50%, its first move this year.", VALDORIA_TARGET),
        _article("Continental Press", "Bank of Ostmark cuts interest rate to 3.25%",
                 "The Bank of Ostmark cut its main interest rate by a quarter point to 3.25% on Wednesday.", OSTMARK_TARGET),
    ])
    rows = _rows(story)
    targets = [outlets for row, outlets in rows if row.startswith("share (target")]
    assert targets == [["Harbour Daily", "Nordwire"]]
    assert not any("Continental Press" in outlets and "Nordwire" in outlets for _, outlets in rows)


def test_a_body_named_in_the_sentence_owns_its_figure() -> None:
    # One round-up names both banks; each sentence's figure is the bank it names.
    story = Story.build([
        _article("Baltic Watch", "Two central banks part ways",
                 "The Bank of Valdoria said inflation would return to its 2% target by 2027, while the Bank of "
                 "Ostmark said inflation was already close to its 2% target."),
        _article("Nordwire", "Valdoria inflation outlook",
                 "The Bank of Valdoria said inflation would return to its 2% target by 2027, it said on Tuesday."),
        _article("Continental Press", "Ostmark inflation outlook",
                 "The Bank of Ostmark said inflation was already close to its 2% target, it said on Wednesday."),
    ])
    twos = [outlets for row, outlets in _rows(story) if row.startswith("share") and row.endswith(": 2")]
    assert twos and not any({"Nordwire", "Continental Press"} <= set(outlets) for outlets in twos)


WIRE_ONE = ("The Bank of Valdoria raised its main interest rate by a quarter point to 4.50% on Tuesday, "
            "its first increase in eighteen months.")
WIRE_TWO = ("Valdoria's central bank on Tuesday raised its policy rate by 25 basis points to 4.5%, "
            "ending eighteen months of steady rates.")


def test_one_day_told_by_two_wires_is_one_row() -> None:
    story = Story.build([
        _article("Nordwire", "Valdoria raises rates", WIRE_ONE),
        _article("Harbour Daily", "Valdoria lifts rates", WIRE_ONE.replace("main interest", "benchmark interest")),
        _article("Continental Press", "Bank of Valdoria raises rates", WIRE_TWO),
        _article("Europe Markets", "Valdoria hikes", WIRE_TWO.replace("policy rate", "key rate")),
    ])
    days = [outlets for row, outlets in _rows(story) if row.startswith("date")]
    assert days == [["Continental Press", "Europe Markets", "Harbour Daily", "Nordwire"]]


def test_one_day_of_two_bodies_stays_two_rows() -> None:
    # The same weekday of two banks' decisions is two facts: each row its bank's.
    story = Story.build([
        _article("Nordwire", "Valdoria raises rates", WIRE_ONE),
        _article("Harbour Daily", "Valdoria lifts rates", WIRE_ONE.replace("main interest", "benchmark interest")),
        _article("Continental Press", "Ostmark cuts", WIRE_TWO.replace("Valdoria", "Ostmark").replace("raised", "lowered")),
        _article("Europe Markets", "Ostmark eases", WIRE_TWO.replace("Valdoria", "Ostmark").replace("raised", "lowered")
                 .replace("policy rate", "key rate")),
    ])
    days = [outlets for row, outlets in _rows(story) if row.startswith("date")]
    assert sorted(days) == [["Continental Press", "Europe Markets"], ["Harbour Daily", "Nordwire"]]
