"""Where outlets dispute a count, the figures view shows the dispute (trial 50): a span of time
given to do a thing in other words, the crowd counted by other words of counting, a nought of an
outcome against a count of it, and one paragraph never listed twice in one row."""

from __future__ import annotations

from core.linking.story import Story
from core.quantities import span_of
from core.views.figures import compare
from tests.figure_rows import article, rows


def test_a_span_given_to_do_a_thing_is_the_time_it_is_done_within() -> None:
    text = "The review panel has 90 days to report. Unions welcomed it."
    at = text.index("90 days")
    assert span_of(text, at, at + len("90 days"))[0] == "within"
    text = "The tenants were given two weeks to leave the building."
    at = text.index("two weeks")
    assert span_of(text, at, at + len("two weeks"))[0] == "within"
    # a span that lasted is not one given ("worked for 90 days to finish it" names no deadline)
    text = "The crew worked for 90 days to finish the bridge."
    at = text.index("90 days")
    assert span_of(text, at, at + len("90 days"))[0] == ""
    story = Story.build([
        article("Valley Herald", "Transport Minister Ona Ferreira said a retired auditor would lead the review of the Brenn "
                "bridge collapse and report within 90 days."),
        article("Morning Post", "The Brenn bridge review has 90 days to report. Engineers welcomed the review."),
    ])
    assert ("duration", [90.0, 90.0], False) in rows(story)
