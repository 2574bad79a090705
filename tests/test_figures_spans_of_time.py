"""Two spans of time are one quantity only when they measure the same thing (trial 46 F2): the
attackers' "at least nine days before deploying ransomware" is no value of the outage's "ten days
after a ransomware attack", though both are in days; two outlets' days after one event still are."""

from __future__ import annotations

from core.linking.story import Story
from core.quantities import span_of, spans_apart
from tests.figure_rows import article, rows

DWELL = ("The agency assesses that the intruders moved through the Ostmere Health network for at least nine days "
         "before deploying ransomware, its advisory said.")
OUTAGE = ("Ostmere Health said on Wednesday that all of its services were running again, ten days after a "
          "ransomware attack forced it to close its emergency units.")


def test_a_span_before_an_event_is_no_value_of_a_span_after_one() -> None:
    story = Story.build([article("Cyber Desk", DWELL), article("Valley News", OUTAGE)])
    assert not [r for r in rows(story) if r[0].startswith("duration")]


def test_spans_after_one_event_are_one_quantity() -> None:
    later = OUTAGE.replace("ten days after a ransomware attack", "nine days after the ransomware attack")
    story = Story.build([article("Valley News", OUTAGE), article("Evening Star", later)])
    assert [r for r in rows(story) if r[0] == "duration"] == [("duration", [9.0, 10.0], True)]


def test_what_a_span_is_of() -> None:
    at = OUTAGE.index("ten days")
    relation, event = span_of(OUTAGE, at, at + len("ten days"))
    assert relation == "after" and {"ransomwar", "attack"} <= event
    at = DWELL.index("at least nine days")
    # what lasted, whatever came after it
    assert span_of(DWELL, at, at + len("at least nine days")) == ("", frozenset())
    text = "The talks lasted for 5.5 hours before the ministers moved to a working dinner."
    assert span_of(text, 21, 30) == ("", frozenset())
    text = "He left after a nearly six-hour talk with the minister."
    assert span_of(text, 24, 38) == ("", frozenset())
    text = "The servers were shut down three hours before the vote."
    assert span_of(text, 27, 38)[0] == "before"
    assert spans_apart(("after", frozenset({"attack"})), ("after", frozenset({"arrest"})))
    assert not spans_apart(("after", frozenset({"attack"})), ("after", frozenset()))
    assert spans_apart(("", frozenset()), ("after", frozenset()))
    text = "Nach zehn Tagen liefen alle Systeme wieder."
    assert span_of(text, 5, 15)[0] == "after"
