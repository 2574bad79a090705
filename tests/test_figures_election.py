"""Figures of an election: a share measured at a time of the day, of another year, preliminary
and official counts, a margin said in a relative clause, estimates in words (trial 42 F1, F3, F19)."""

from __future__ import annotations

from core.linking.story import Story
from core.model import Article, article_id
from core.views.figures import FigureGroup, compare, extract, values_text


def _article(outlet: str, *paragraphs: str, published: str | None = "2031-05-05") -> Article:
    return Article(article_id(outlet, outlet, paragraphs), "", outlet, outlet, paragraphs, published=published)


def _values(group: FigureGroup) -> set[float]:
    return {f.value for f in group.figures}


def _story() -> Story:
    return Story.build([
        _article("Alpha", "Voters in Varnland went to the polls on Sunday, with turnout at 28.4 percent by noon, the electoral board said.",
                 "The figure compared with 25.1 percent at midday in the 2027 election, when final turnout was 52.6 percent."),
        _article("Beta", "Final turnout in the Varnland election was 60.2 percent, the electoral board said.",
                 "In 2027 it was 52.6 percent."),
        _article("Gamma", "Turnout in the Varnland election was 59.8 percent, according to preliminary figures from the electoral board."),
        _article("Delta", "Voters in Varnland went to the polls on Sunday, with turnout at 28.4% by noon, the board said.",
                 "Almost 60 percent of the region's voters took part in the end, the board said."),
        _article("Epsilon", "The electoral board gave the official turnout in the Varnland election as 60.2 percent."),
    ])


def test_turnout_by_noon_is_no_value_of_the_final_turnout() -> None:
    story = Story.build([
        _article("Zeta", "By noon, turnout had reached 31.0 percent, the Varnland electoral office said."),
        _article("Eta", "Turnout was 61.0 percent when the polls closed in Varnland, officials said."),
        _article("Theta", "Turnout stood at 31.0 percent at midday in Varnland, officials said."),
    ])
    assert [_values(g) for g in compare(story) if g.kind == "share"] == [{31.0}]


def test_a_share_at_a_time_of_the_day_or_of_another_year_is_another_quantity() -> None:
    groups = [g for g in compare(_story()) if g.kind == "share"]
    for group in groups:
        values = _values(group)
        assert not (values & {28.4, 25.1} and values & {60.2, 59.8, 52.6})  # by noon is no final turnout
        assert not (52.6 in values and values & {60.2, 59.8})  # 2027's turnout is no turnout of this year
    assert any(_values(g) == {28.4} for g in groups)
    [before] = [g for g in groups if _values(g) == {52.6}]
    assert before.quantity == "share (final turnout, 2027)"  # the year all its figures name


def test_a_preliminary_count_stands_beside_the_official_one_labelled_not_against_it() -> None:
    [final] = [g for g in compare(_story()) if g.kind == "share" and 60.2 in _values(g)]
    [preliminary] = [f for f in final.figures if f.value == 59.8]
    assert final.verdict_of(preliminary) != "differ" and final.stage_label(preliminary) == "preliminary"
    assert "59.8% (preliminary)" in values_text(final)
    assert not final.disagree


def test_a_time_of_the_day_is_the_point_a_share_is_given_for() -> None:
    from core.quantities import other_time, when_of

    def when(sentence: str, figure: str):  # type: ignore[no-untyped-def]
        start = sentence.index(figure)
        return when_of(sentence, start, start + len(figure))

    noon = when("Turnout was 31.2% by noon.", "31.2%")
    for sentence in ("Turnout was 40.1% by 2pm.", "Turnout stood at 40.1% at 18:00.", "Final turnout was 58.3%."):
        assert other_time(noon, when(sentence, sentence.split()[-1][:-1] if "%" in sentence.split()[-1] else "40.1%"))
    assert not other_time(noon, when("Turnout had reached 31.4 percent at midday.", "31.4 percent"))
    assert when("In 2022 it was 54.6%.", "54.6%").days == {("year", "2022")}
    assert not when("It was the highest turnout since 2010, at 58.3%.", "58.3%").days


def test_a_margin_said_in_a_relative_clause_takes_no_day_of_the_main_clause() -> None:
    story = Story.build([
        _article("Alpha", "The Civic Union finished 212 votes ahead of the Farmers Party in Norvik, according to the results certified on Sunday."),
        _article("Beta", "The board ordered a recount in Norvik on Tuesday after a complaint from the Farmers Party, which lost the district by 221 votes."),
    ])
    [margin] = [g for g in compare(story) if g.unit == "vote"]
    assert _values(margin) == {212, 221} and margin.disagree


def test_estimates_in_words_reach_the_figures_as_estimates_of_the_turnout() -> None:
    got = {f.text: (f.qualifier, f.of) for f in extract([_article(
        "Iota", "The Union finished first, taking close to 32 percent of the vote.",
        "Almost 58 percent of the region's voters took part, a clear rise on the last election.")])}
    assert got["close to 32 percent"][0] == "close to"
    assert got["Almost 58 percent"] == ("almost", "turnout")


def test_the_seats_a_majority_needs_and_the_assembly_s_size_are_no_party_s_seats() -> None:
    story = Story.build([
        _article("Alpha", "Polls give the Union a narrow lead, but neither party is expected to win the 26 seats needed for a majority "
                          "in the 51-seat chamber."),
        _article("Beta", "The Farmers League and the Greens are expected to decide who can form a majority of 26 seats."),
        _article("Gamma", "Projections give the Union 18 of the chamber's 51 seats."),
    ])
    for group in compare(story):
        if group.unit == "seat":
            assert len(_values(group)) == 1, values_text(group)  # 51 seats is no 26 seats
    assert {g.quantity for g in compare(story) if g.unit == "seat"} >= {"count (majority)"}


def test_a_party_s_seats_in_a_list_are_one_quantity_per_party() -> None:
    story = Story.build([
        _article("Alpha", "Projection: Union 18 seats, Farmers League 14, Greens 9."),
        _article("Beta", "On the early count, Ann Berg's Union would hold 18 seats and Olaf Dahl's Farmers League 13, well short of a majority."),
        _article("Gamma", "The Union won 18 seats and the Farmers League 14 in the results the board published."),
    ])
    league = [g for g in compare(story) if g.unit == "seat" and 14 in _values(g)]
    assert len(league) == 1 and _values(league[0]) == {13, 14} and league[0].disagree
    assert league[0].quantity == "count (Farmers League)"
    [union] = [g for g in compare(story) if g.unit == "seat" and 18 in _values(g)]
    assert _values(union) == {18}


def test_counts_of_one_thing_done_otherwise_are_two_quantities() -> None:
    story = Story.build([
        _article("Alpha", "The board said it had received four complaints about the Norvik count and rejected three of them."),
        _article("Beta", "The board in Norvik upheld one of three complaints lodged by the Farmers Party.",
                 "The board rejected the other two complaints, and a fourth complaint was withdrawn."),
    ])
    rows = [(_values(g), g.disagree) for g in compare(story) if g.unit == "complaint"]
    assert rows == [({2, 3}, True)]  # rejected: two against three; four received is no count of those rejected


def test_counts_told_with_other_verbs_by_two_outlets_are_one_quantity() -> None:
    # only verbs a report contrasts ("received four and rejected three") set counts apart: one
    # outlet's "slashed" and another's "eliminated" are one thing done, told in other words
    story = Story.build([
        _article("Alpha", "Marlow Foods slashed 300 jobs at its Velden plant on Tuesday, the union said."),
        _article("Beta", "Marlow Foods eliminated 250 jobs at its Velden plant on Tuesday, the union said."),
    ])
    rows = [(_values(g), g.disagree) for g in compare(story) if g.unit == "job"]
    assert rows == [({250, 300}, True)]


def test_a_link_s_differences_pair_counts_and_moves_told_with_other_verbs() -> None:
    from core.linking.evidence import differences

    def figures(a: str, b: str) -> list[tuple[str, str]]:
        return [(d.a, d.b) for d in differences(a, b) if d.what == "figure"]

    assert figures("Shares in Marlow Foods climbed 4% on Tuesday after the grocer raised its forecast.",
                   "Shares in Marlow Foods jumped 3% on Tuesday after the grocer raised its forecast.") == [("4", "3")]
    assert figures("Marlow Foods slashed 300 jobs at its Velden plant on Tuesday, the union said.",
                   "Marlow Foods eliminated 250 jobs at its Velden plant on Tuesday, the union said.") == [("300", "250")]
    # "during" is no verb done to the ships
    assert figures("The strike lasted nine days, during which 14 ships waited at anchor off Velden.",
                   "The strike lasted nine days, with 17 ships waiting at anchor off Velden.") == [("14", "17")]


def test_a_link_s_differences_tell_what_was_done_and_whose_count_apart() -> None:
    from core.linking.evidence import differences

    # received four is no count of the two rejected: no "two -> four"
    assert not [d for d in differences("The board rejected the other two complaints, and a fourth complaint was withdrawn.",
                                       "The board said it had received four complaints about the count and rejected three of them.")
                if d.what == "figure"]
    # one party's seats in two lists of the parties' seats
    found = differences("On the early count, the Union would hold 18 seats and Olaf Dahl's Farmers League 13, well short of a majority.",
                        "Projection: Union 18 seats, Farmers League 14, Greens 9.")
    assert [(d.a, d.b) for d in found if d.what == "figure"] == [("13", "14")]


def test_a_link_s_differences_keep_a_threshold_and_a_time_of_the_day_apart() -> None:
    from core.linking.evidence import differences

    assert not differences("Voters went to the polls, with turnout at 31.4 percent by noon, the board said.",
                           "Turnout was 57.9 percent, according to preliminary figures from the board.")
    assert not differences("Polls give the Union a lead, but neither is expected to win the 26 seats needed for a majority.",
                           "Projections give the Union 18 seats and the League 14, short of a majority.")


def test_a_share_in_words_is_an_estimate_of_the_same_quantity() -> None:
    story = Story.build([
        _article("Alpha", "The Union took nearly a third of the vote in Norvik, the board said."),
        _article("Beta", "The Union won 31.9% of the vote in Norvik, the board said."),
    ])
    [row] = [g for g in compare(story) if g.kind == "share"]
    assert _values(row) == {31.9, 33.3} and not row.disagree and row.verdict == "close"
    assert not [f for f in extract([_article("Gamma", "A quarter of a million people came; half of them stayed.")]) if f.kind == "share"]
