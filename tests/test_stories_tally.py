"""A line of names and their figures (a match's score with its scorers, a stats box's rows) is no
headline in title case: its capitalised words are names, so a match's stats page is one story with
the reports of that match, and another match of the round, of the same score, is another."""

from __future__ import annotations

from functools import partial

from core.stories.cluster import SAME_EVENT, _title_like, evidence, group, profile
from tests.story_groups import article

_article = partial(article, published="2026-09-12T18:00:00Z")

# Invented reports of two invented matches of one round, both won 3-2.
REPORT = _article(
    "Marsh double lifts Rovers past Ashby",
    "Ryan Marsh scored twice as Kestrel Rovers beat Ashby Town 3-2 at Harbour Road on Saturday.",
    "Town had led through Tom Quint before Dale equalised, and Neil Ford's penalty made it 2-2 before Marsh's winner.",
    outlet="Sport Sample Daily",
)
STATS = _article(
    "Kestrel Rovers 3-2 Ashby Town: match stats",
    "Kestrel Rovers 3 (Marsh 12, Dale 40, Marsh 77) Ashby Town 2 (Quint 30, Ford pen 65).",
    "Possession: Rovers 51%, Town 49%. Shots on target: 7-5. Attendance: 9,870. Referee: K. Mellor.",
    outlet="Sport Sample Daily",
)
OTHER_REPORT = _article(
    "Late Marsh winner sinks Ashby Town",
    "Ryan Marsh's 77th-minute strike gave Kestrel Rovers a 3-2 win over Ashby Town at Harbour Road.",
    "Quint and Ford had scored for Town, Dale and Marsh for Rovers.",
    outlet="Northern Football Sample",
)
OTHER_MATCH = _article(
    "Colbury United 3-2 Wexley Athletic: United edge thriller",
    "Colbury United beat Wexley Athletic 3-2 on Saturday, Joe Penn scoring the winner in the 77th minute.",
    "Wexley had twice led through Sam Orr.",
    outlet="Sport Sample Daily",
)


def test_a_line_of_names_and_figures_is_no_title_case_headline() -> None:
    assert not _title_like("Kestrel Rovers 3 Marsh 12 Dale 40 Ashby Town 2 Quint 30".split())
    assert not _title_like("Rovers 51 % Town 49 %".split())
    assert _title_like("Dow Falls 300 Points As Oil Slides".split())  # words after its figure: a headline
    assert _title_like("Kestrel Rovers 3 2 Ashby Town".split())


def test_a_matchs_stats_box_names_its_teams_and_scorers() -> None:
    stats = profile(STATS)
    assert {"n:rovers", "n:marsh", "n:quint", "n:ford", "n:ashby"} <= set(stats.weights)


def test_a_matchs_stats_box_is_one_story_with_its_reports() -> None:
    profiles = [profile(a) for a in (REPORT, STATS, OTHER_REPORT, OTHER_MATCH)]
    assert evidence(profiles[1], profiles[2]).score >= SAME_EVENT
    assert evidence(profiles[1], profiles[3]).score < SAME_EVENT
    assert sorted(map(sorted, group(profiles))) == [[0, 1, 2], [3]]
