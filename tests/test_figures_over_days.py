"""Counts and averages of two days are a change over time, in the figures view and in a link's
differences alike (trial 43 F3): both date a figure by its report's publication day."""

from __future__ import annotations

from dataclasses import replace

from core.linking.evidence import Difference, differences
from core.linking.story import Story
from core.model import Article, Ref, article_id
from core.views.figures import compare, extract


def _dated(outlet: str, day: str, *paragraphs: str) -> Article:
    return replace(Article(article_id(outlet, outlet, paragraphs), "", outlet, outlet, paragraphs), published=f"2026-11-{day}T09:00:00+00:00")


STRANDED = "About {} containers were stranded on the quays of the four terminals, the port authority said."


def test_a_count_reported_on_two_days_is_no_difference_between_outlets() -> None:
    a, b = STRANDED.format("41,000"), STRANDED.format("66,000")
    # copy of one day edited: the outlets disagree
    assert differences(a, b, days=("2026-11-17T08:00:00+00:00", "2026-11-17")) == [Difference("41,000", "66,000", "figure")]
    # the same words ten days later: the count of another day
    assert differences(a, b, days=("2026-11-17T08:00:00+00:00", "2026-11-27")) == []
    reworded = "Good morning. Some 66,000 containers are stranded at the port as the queue of ships grows."
    assert differences(a, reworded, days=("2026-11-17", "2026-11-27")) == []
    assert differences(a, reworded, days=("2026-11-17", "2026-11-17")) == [Difference("41,000", "66,000", "figure")]
    # words naming one day ("on Tuesday" in reports of the 17th and the 18th) make it that day's count
    on_tuesday = "Some {} containers were stranded on Tuesday, the port said."
    assert differences(on_tuesday.format("41,000"), on_tuesday.format("66,000"), days=("2026-11-17", "2026-11-18")) == [
        Difference("41,000", "66,000", "figure")]
    # copy an editor changed the same day, weekday and all, still differs from its source
    toll = "The toll rose to {} on {}, the ministry said, as cases more than doubled in two days."
    assert differences(toll.format("six", "Tuesday"), toll.format("seven", "Monday"), days=("2026-11-24", "2026-11-24T14:20:00+00:00")) == [
        Difference("six", "seven", "figure"), Difference("Tuesday", "Monday", "date")]


def test_a_links_differences_date_counts_by_their_reports_days() -> None:
    story = Story.build([
        _dated("Quay Wire", "17", STRANDED.format("41,000"), "The union wants 9% over two years."),
        _dated("Dock Post", "27", STRANDED.format("66,000"), "The union wants 9% over two years."),
    ])
    wire, post = story.articles
    _, changed = story.explain(Ref(wire.id, 0), Ref(post.id, 0))
    assert [d for d in changed if d.what == "figure"] == []


def test_an_average_wait_of_two_days_is_two_rows() -> None:
    """An average is a statistic of the day it is given for, as a count is: the average wait of
    96 hours on one day and 110 hours days later are no outlets' disagreement, while the length
    of an event ("the talks lasted nearly six hours") is the same whenever it is told."""
    story = Story.build([
        _dated("Quay Wire", "20", "The average waiting time for a berth was 96 hours. The talks lasted nearly six hours."),
        _dated("Dock Post", "25", "The port authority says the average waiting time for a berth is now 110 hours. The talks lasted 7.5 hours."),
    ])
    rows = [(g.kind, sorted(f.value for f in g.figures), g.disagree) for g in compare(story) if g.kind == "duration"]
    assert {96.0, 110.0} <= {f.value for f in extract(story.articles)}  # both read, as durations in hours
    assert not any({96.0, 110.0} <= set(values) for _, values, _ in rows)  # never one row
    assert any(len(values) == 2 and disagree for _, values, disagree in rows)  # the talks' length: one quantity


def test_a_links_differences_date_averages_but_not_what_an_event_lasted() -> None:
    wait = "The average waiting time for a berth was {} hours, the port authority said."
    talks = "The talks lasted {} hours, the port authority said."
    assert differences(wait.format("96"), wait.format("110"), days=("2026-11-20", "2026-11-25")) == []
    assert differences(talks.format("six"), talks.format("7.5"), days=("2026-11-20", "2026-11-25")) == [
        Difference("six", "7.5", "figure")]
