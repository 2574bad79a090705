"""A row of the figures view is one thing measured (trial 48 F2): a time since an event counted
from two reports' days is no one quantity ("five days after the barge sank" on one day, "Eight
days after" on a later one); what was done is not what remains ("has so far pumped 640 tonnes" /
"remove 900 tonnes of remaining fuel"); and what lasted is said of one subject ("aground for six
days" / "the harbour was closed for five days"). Where the words cannot tell, no disagreement is
declared; where they tell one thing, the outlets' values still meet."""

from __future__ import annotations

from core.linking.story import Story
from tests.figure_rows import article, rows

DAY1, DAY4 = "2026-03-05T12:00:00+00:00", "2026-03-08T12:00:00+00:00"


def _story(*reports: tuple[str, str, str]) -> Story:
    return Story.build([article(outlet, text, published=published) for outlet, text, published in reports])


def test_days_since_an_event_told_on_two_days_are_no_disagreement() -> None:
    story = _story(
        ("Daily Post", "Divers reached the hold of the barge Orlen Mist, five days after the barge sank in the Dravka "
                       "river near Kessel, the river authority said.", DAY1),
        ("River News", "Eight days after the barge Orlen Mist sank in the Dravka river near Kessel, divers are still "
                       "searching the hold, the river authority said.", DAY4))
    assert not any(disagree for quantity, _, disagree in rows(story) if quantity == "duration")


def test_days_since_an_event_told_on_one_day_are_still_compared() -> None:
    story = _story(
        ("Daily Post", "Five days after the barge Orlen Mist sank in the Dravka river near Kessel, divers reached "
                       "its hold, the river authority said.", DAY4),
        ("River News", "Six days after the barge Orlen Mist sank in the Dravka river near Kessel, divers reached "
                       "its hold, the river authority said.", DAY4))
    assert ("duration", [5 * 86400.0, 6 * 86400.0], True) in [(q, [v * 86400 for v in values], d) for q, values, d in rows(story)]


def test_what_was_done_is_no_value_of_what_remains() -> None:
    story = _story(
        ("Daily Post", "Salvors from Halden Marine have so far pumped 640 tonnes of diesel from the barge Orlen Mist "
                       "in the Dravka river.", DAY4),
        ("River News", "Salvors from Halden Marine expect to remove 900 tonnes of remaining diesel from the barge "
                       "Orlen Mist in the Dravka river before lifting it.", DAY4))
    assert not any(disagree for quantity, _, disagree in rows(story) if quantity == "mass")


def test_what_lasted_is_said_of_one_subject() -> None:
    story = _story(
        ("Daily Post", "The barge Orlen Mist has been stuck on a sandbank in the Dravka river near Kessel for six days, "
                       "the river authority said.", DAY4),
        ("River News", "The port of Kessel reopened on Sunday after being closed for five days following the "
                       "stranding of the barge Orlen Mist in the Dravka river.", DAY4))
    assert not any(disagree for quantity, _, disagree in rows(story) if quantity == "duration")


def test_one_subject_told_in_two_outlets_is_compared() -> None:
    story = _story(
        ("Daily Post", "The port of Kessel reopened on Sunday after being closed for five days following the "
                       "stranding of the barge Orlen Mist in the Dravka river.", DAY4),
        ("River News", "The port of Kessel, closed for six days after the barge Orlen Mist ran aground in the Dravka "
                       "river, reopened on Sunday.", DAY4))
    assert any(disagree for quantity, _, disagree in rows(story) if quantity == "duration")


def test_days_since_an_event_on_a_named_day_and_on_a_reports_day_are_two_days() -> None:
    story = _story(
        ("Daily Post", "Divers reached the hold of the barge Orlen Mist on Thursday, five days after the barge sank "
                       "in the Dravka river near Kessel, the river authority said.", DAY1),
        ("River News", "Eight days after the barge Orlen Mist sank in the Dravka river near Kessel, divers are still "
                       "searching the hold, the river authority said.", DAY4))
    assert not any(disagree for quantity, _, disagree in rows(story) if quantity == "duration")
