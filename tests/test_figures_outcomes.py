"""Figures: what a count counts is read from its own clause, never from another of its paragraph.

Trial 41 (an invented outbreak): "Fourteen people have fallen ill", "Twelve patients are in
hospital" and "12,400 people vaccinated" were shown under "count (dead)" because their paragraphs
said "No deaths have been recorded" or "six people have died" in another clause; "by 78 votes to
61" / "to 60" and "bringing the death toll to eight" were not read at all.
"""

from __future__ import annotations

from core.views.figures import FigureGroup, compare, extract
from core.model import Article
from core.linking.story import Story
from tests.reports import outlet_article


def _rows(*articles: Article) -> dict[str, set[float]]:
    """Each row's heading and the values it holds."""
    rows: dict[str, set[float]] = {}
    for group in compare(Story.build(list(articles))):
        rows.setdefault(f"{group.quantity} {group.unit}", set()).update(f.value for f in group.figures)
    return rows


def _row_of(groups: list[FigureGroup], value: float, unit: str) -> FigureGroup | None:
    return next((g for g in groups if g.unit == unit and any(f.value == value for f in g.figures)), None)


def test_a_count_of_the_ill_beside_a_death_word_of_another_clause_is_no_death_count() -> None:
    rows = _rows(
        outlet_article("Marsh Gazette", "Eleven people have fallen ill with a high fever in Brenfield, health officials said, "
                                  "and four of them are in hospital. No deaths have been recorded."),
        outlet_article("Upland Echo", "Thirteen people have fallen ill in Brenfield, officials said on Friday. No one has died."),
        outlet_article("Coast Daily", "Two people have died of the fever in Brenfield, officials said.",
                 "Two people have died of the fever in Brenfield, and 13 people have fallen ill, officials said."),
    )
    assert rows.get("count (infected) people", set()) >= {11, 13}
    assert not any(value in (11, 13) for value in rows.get("count (dead) people", set()))


def test_each_count_of_a_paragraph_is_told_by_its_own_verb() -> None:
    ministry = outlet_article("Health Ministry", "As of 08:00 on Monday, 52 confirmed cases have been reported. "
                                           "Twelve patients are in hospital. No deaths have been recorded.")
    wire = outlet_article("Fjord Wire", "Five patients have died of the fever, officials said, and confirmed infections "
                                  "have climbed to 96. Twelve patients remain in hospital.")
    blog = outlet_article("Harbour Blog", "The ministry says five people have died and 96 cases are confirmed. "
                                    "Thirty patients are in hospital.")
    groups = compare(Story.build([ministry, wire, blog]))
    in_hospital = _row_of(groups, 12, "patient")
    assert in_hospital is not None and in_hospital.quantity == "count (in hospital)"
    assert {f.value for f in in_hospital.figures} == {12}  # five patients who died are no patients in hospital
    cases = _row_of(groups, 96, "case")
    assert cases is None or cases.quantity == "count"  # "five people have died and 96 cases": no 96 dead
    for group in groups:
        if group.quantity == "count (dead)":
            assert all(f.value in (0, 5) for f in group.figures)


def test_the_vaccinated_are_a_count_of_their_own_labelled_so() -> None:
    groups = compare(Story.build([
        outlet_article("Fjord Wire", "The ministry said 240 cases had been confirmed and 9,800 people vaccinated since Friday."),
        outlet_article("Marsh Gazette", "The outbreak has killed 14 people and infected 240 since it was first reported, and "
                                  "more than 9,000 people have been vaccinated, according to the ministry."),
        outlet_article("Upland Echo", "More than 21,000 people have been vaccinated, the ministry said. Fourteen people have died."),
    ]))
    vaccinated = _row_of(groups, 9800, "people")
    assert vaccinated is not None and vaccinated.quantity == "count (vaccinated)"
    assert {f.value for f in vaccinated.figures} >= {9800, 9000}
    dead = [g for g in groups if g.quantity == "count (dead)"]
    assert all(f.value == 14 for g in dead for f in g.figures)  # "An analyst would report 9,800 deaths"
    # an aside between commas stands between a count and its verb
    [found] = [f for f in extract([outlet_article("Coast Daily", "About 4,500 people, mostly health workers and residents of "
                                                           "Brenfield, were vaccinated on the first day.")]) if f.value == 4500]
    rows = _rows(outlet_article("Coast Daily", "About 4,500 people, mostly health workers and residents of Brenfield, were "
                                         "vaccinated on the first day."),
                 outlet_article("Upland Echo", "Some 4,500 people were vaccinated on the first day in Brenfield."))
    assert found.unit == "people" and rows.get("count (vaccinated) people") == {4500}


def test_one_count_of_cases_is_one_row_and_its_unit_a_noun() -> None:
    # "the number of confirmed cases ... to 121" was "121 confirmeds", beside "112 confirmed cases"
    found = extract([outlet_article("Fjord Wire", "The toll rose as the number of confirmed cases more than doubled in two days to 121.")])
    assert [(f.value, f.unit) for f in found if f.value == 121] == [(121, "case")]
    rows = _rows(
        outlet_article("Fjord Wire", "The number of confirmed cases more than doubled in two days to 121, the ministry said."),
        outlet_article("Harbour Herald", "The number of confirmed cases more than doubled in two days to 112, the ministry said."),
        outlet_article("Health Agency", "The ministry has reported 112 confirmed cases of the fever, including 6 deaths."),
    )
    assert rows.get("count case") == {112, 121}
    assert not any("confirmed" in heading for heading in rows)


def test_a_part_in_intensive_care_is_no_count_of_those_in_hospital() -> None:
    groups = compare(Story.build([
        outlet_article("Fjord Wire", "Twenty patients were in hospital, five of them in intensive care, the ministry said."),
        outlet_article("Health Agency", "20 patients are hospitalised, of whom 5 are in intensive care."),
    ]))
    part = _row_of(groups, 5, "patient")
    assert part is not None and part.quantity == "count (in hospital, intensive care)"
    assert all(f.value == 5 for f in part.figures)
    whole = _row_of(groups, 20, "patient")
    assert whole is not None and whole.quantity == "count (in hospital)" and all(f.value == 20 for f in whole.figures)


def test_the_second_number_of_a_vote_is_a_figure_to_compare() -> None:
    groups = compare(Story.build([
        outlet_article("Marsh Gazette", "The health minister survived a censure motion in parliament on Sunday by 52 votes to 31, "
                                  "after opposition lawmakers accused him of hiding the outbreak."),
        outlet_article("Fjord Wire", "The health minister defeated a censure motion in parliament on Sunday by 52 votes to 30 "
                               "over his handling of the outbreak."),
    ]))
    against = _row_of(groups, 31, "vote")
    assert against is not None and against.disagree and {f.value for f in against.figures} == {30, 31}
    votes_for = _row_of(groups, 52, "vote")
    assert votes_for is not None and votes_for.exact and {f.value for f in votes_for.figures} == {52}
    # a tally with no unit, where the sentence speaks of a vote; none where it does not
    for text in ("The motion was defeated by 52 to 31.", "Lawmakers voted 52-31 for the bill.", "It was a 52-31 vote."):
        assert [(f.value, f.unit, f.side) for f in extract([outlet_article("P", text)])] == [(52, "vote", 1), (31, "vote", 2)], text
    assert extract([outlet_article("P", "Pages 12-15 of the 2019-2021 report.")]) == []
    # the count a tally's first number gives counts the second too; not where it has a unit of its own
    assert [(f.value, f.unit) for f in extract([outlet_article("P", "Cases rose from 47 cases to 112 in a week.")])] == [
        (47, "case"), (112, "case")]
    assert [(f.value, f.unit) for f in extract([outlet_article("P", "They moved 12 patients to 30 hospitals.")])] == [
        (12, "patient"), (30, "hospital")]


def test_a_death_toll_and_the_dead_told_by_their_verb_are_death_counts() -> None:
    found = extract([outlet_article("Harbour Blog", "The hospital says two more patients died this evening, bringing the death toll to nine.",
                              "Toll rises to nine")])
    assert [(f.value, f.unit, f.outcome) for f in found if f.value == 9] == [(9, "people", "dead")] * 2
    rows = _rows(
        outlet_article("Harbour Blog", "The hospital says two more patients died this evening, bringing the death toll to nine."),
        outlet_article("Marsh Gazette", "Nine people have now died of the fever in Brenfield, officials said."),
        outlet_article("Fjord Wire", "The death toll from the outbreak of fever in Brenfield rose to eight on Tuesday, officials said."),
    )
    assert rows.get("count (dead) people") == {8, 9}


def test_outcomes_of_an_outbreak_and_a_disaster_are_labelled_from_their_own_words() -> None:
    pairs = {
        "recovered": ("Forty patients have recovered and gone home, officials in Brenfield said.",
                      "In Brenfield, 40 patients have now recovered, officials said."),
        "tested": ("Some 2,000 people have been tested in Brenfield since Friday, officials said.",
                   "Officials in Brenfield said 2,000 people had been tested since Friday."),
        "infected": ("In Brenfield, 15 people tested positive on Friday, officials said.",
                     "Officials in Brenfield said 15 people had tested positive on Friday."),
        "evacuated": ("About 300 residents of Brenfield were evacuated on Friday as the river rose.",
                      "Some 300 people were evacuated from Brenfield on Friday, officials said."),
        "displaced": ("The floods in Brenfield have displaced 1,200 people, officials said on Friday.",
                      "Some 1,200 people have been displaced by the floods in Brenfield, officials said."),
        "arrested": ("Police in Brenfield arrested 25 people during the protest on Friday.",
                     "In Brenfield, 25 people were arrested at the protest on Friday, police said."),
    }
    for outcome, (a, b) in pairs.items():
        groups = compare(Story.build([outlet_article("Marsh Gazette", a), outlet_article("Fjord Wire", b)]))
        assert [g.quantity for g in groups if g.kind == "count"] == [f"count ({outcome})"], outcome
    # bodies "recovered" are found, no one recovered; "3 hospitals" count no one in hospital
    found = extract([outlet_article("P", "The bodies of 12 people were recovered, and 3 hospitals took the injured.")])
    groups = compare(Story.build([outlet_article("A", "The bodies of 12 people were recovered on Friday in Brenfield."),
                                  outlet_article("B", "Rescuers in Brenfield recovered the bodies of 12 people on Friday.")]))
    assert all(g.quantity != "count (recovered)" for g in groups)
    assert [(f.value, f.unit) for f in found] == [(12, "people"), (3, "hospital")]
