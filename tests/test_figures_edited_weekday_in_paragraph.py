"""A weekday copy edited in one sentence of a paragraph that names another weekday in another
sentence is shown by the figures view, as the README says of copy-edited dates (trial 53 F5: a
re-published wire put "Sunday evening" for "Monday evening"; the link said `differs Monday →
Sunday`, the figures view nothing, since the paragraph's second sentence named "Tuesday" and the
weekday was no longer the only one of its paragraph)."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare, values_text
from tests.figure_rows import article

WIRE = ("The levee broke on {day} evening after four days of heavy rain. Rescue crews found three stranded cars "
        "near Orlen on Tuesday morning.")


def test_a_weekday_edited_beside_another_sentences_weekday_is_shown() -> None:
    story = Story.build([article("Wire", "Flooding hit the Orlen valley.", WIRE.format(day="Monday"), published="2031-05-06T09:00:00+00:00"),
                         article("Courier", "Flooding hit the Orlen valley.", WIRE.format(day="Sunday"), published="2031-05-07T08:00:00+00:00")])
    rows = [(g.quantity, values_text(g), g.disagree) for g in compare(story) if g.kind == "date"]
    assert any(disagree and "Monday" in shown and "Sunday" in shown for _, shown, disagree in rows), rows
    # the weekday both give alike is no disagreement
    assert not any(disagree and "Tuesday" in shown for _, shown, disagree in rows), rows


def test_a_weekday_a_wire_edited_between_its_own_reports_is_shown() -> None:
    # the re-issue went out under the wire's own name: one outlet, two reports, the day changed
    story = Story.build([article("Wire", "Flooding hit the Orlen valley.", WIRE.format(day="Monday"), published="2031-05-06T09:00:00+00:00"),
                         article("Wire", "Flooding hit the Orlen valley.", WIRE.format(day="Sunday"), published="2031-05-07T08:00:00+00:00")])
    rows = [(values_text(g), g.disagree) for g in compare(story) if g.kind == "date"]
    assert any(disagree and "Monday" in shown and "Sunday" in shown for shown, disagree in rows), rows
    # a day both reports give alike is no row of one outlet
    assert not any("Tuesday" in shown for shown, _ in rows), rows
