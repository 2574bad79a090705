"""Figures: counts of what happens over a story (ships waiting, containers stranded) as days give
them, whose figure a term is (an offer, a demand), one thing under two names, and small tolls of
people named by their role (trial 43 F1, F2, F6, F11)."""

from __future__ import annotations

from dataclasses import replace

from core.linking.story import Story
from core.model import Article, article_id
from core.views.figures import compare, extract


def _article(outlet: str, *paragraphs: str, published: str | None = None, title: str = "") -> Article:
    article = Article(article_id(outlet, outlet + title, paragraphs), "", outlet, title or outlet, paragraphs)
    return replace(article, published=published) if published else article


def _rows(story: Story) -> list[tuple[str, list[tuple[str, float]], tuple[str, ...]]]:
    return [(g.quantity, sorted((story.article(f.ref.article).outlet, f.value) for f in g.figures), g.verdicts)
            for g in compare(story)]


def test_a_toll_of_two_named_by_their_role_is_compared() -> None:
    # trial 43 F6: "injuring two workers" was no figure (a count of one or two is a relation but
    # for people), so "injuring three workers" in the other report had nothing to disagree with
    story = Story.build([
        _article("Alpha", "A dock crane collapsed onto a quay at the port of Ostrel on Wednesday, injuring two workers "
                          "and halting work at the North Basin terminal, the harbour master said.",
                 published="2031-03-05T10:00:00+00:00"),
        _article("Beta", "A dock crane collapsed at the port of Ostrel on Wednesday afternoon, injuring three workers, "
                         "the harbour master said.", published="2031-03-05T15:00:00+00:00"),
    ])
    # (and the day the crane collapsed, Wednesday in both: a row of its own)
    [(quantity, values, verdicts)] = [row for row in _rows(story) if not row[0].startswith("date")]
    assert quantity == "count (injured)" and values == [("Alpha", 2), ("Beta", 3)] and "differ" in verdicts


def test_two_of_a_thing_with_no_toll_stay_a_relation() -> None:
    for sentence in ("The striker will miss two games after the injury.", "The lab tested two samples on Monday.",
                     "The port has two terminals."):
        assert not extract([_article("Alpha", sentence)]), sentence


def test_counts_of_a_thing_on_two_days_are_two_days_counts() -> None:
    # trial 43 F1: 23 ships waiting "on Tuesday" (17 Nov) and 42 "on Tuesday" a week later were one
    # row, the first day's marked as the outlier; so were 58,000 and 61,000 containers of two days
    tue, wed, next_tue = "2031-03-04T09:00:00+00:00", "2031-03-05T09:00:00+00:00", "2031-03-11T09:00:00+00:00"
    story = Story.build([
        _article("Alpha", "Twenty-three container ships were waiting at anchor off Ostrel on Tuesday as the dock strike "
                          "halted the port.", "About 40,000 containers were stranded on the quays of Ostrel.", published=tue),
        _article("Beta", "Twenty-five container ships were waiting at anchor off Ostrel on Tuesday as the dock strike "
                         "halted the port.", "About 40,000 containers were stranded on the quays of Ostrel.", published=wed),
        _article("Gamma", "Forty-two ships were waiting at anchor off Ostrel on Tuesday as the dock strike went on.",
                 "About 61,000 containers were stranded on the quays of Ostrel.", published=next_tue),
        _article("Delta", "Forty-two ships were at anchor off Ostrel on Tuesday, the port said, as the dock strike went on.",
                 "About 61,000 containers were stranded on the quays of Ostrel.", published=next_tue, title="later"),
    ])
    rows = {(q, tuple(v)) for q, v, _ in _rows(story)}
    assert ("count", (("Alpha", 23), ("Beta", 25))) in rows  # the one day's disagreement, alone
    assert ("count", (("Delta", 42), ("Gamma", 42))) in rows  # the next week's count, of its own
    assert ("count", (("Alpha", 40000), ("Beta", 40000))) in rows
    assert ("count", (("Delta", 61000), ("Gamma", 61000))) in rows


def test_a_count_of_people_by_a_compound_of_their_role_meets_the_count_of_the_role() -> None:
    # trial 43 F11: "about 3,200 dockworkers" and "about 3,000 workers" (the strikers) never met
    story = Story.build([
        _article("Alpha", "The Ostrel Dockworkers' Union said on Monday its members would stop work for 48 hours.",
                 "The union, which represents about 3,200 dockworkers at the port's four container terminals, said the "
                 "walkout followed eight months of talks with the Ostrel Port Employers' Association.",
                 published="2031-03-03T08:00:00+01:00"),
        _article("Beta", "The Ostrel Port Authority said on Monday the port would remain open during a planned strike.",
                 "The strike, the first at Ostrel since 2019, is due to begin at 6 a.m. on Tuesday and involves about "
                 "3,000 workers.", published="2031-03-03T14:05:00+00:00"),
    ])
    assert ("count", [("Alpha", 3200), ("Beta", 3000)]) in [(q, v) for q, v, _ in _rows(story)]


def test_ships_and_vessels_are_one_unit() -> None:
    # trial 43 F1: "31 ships" (a dek) and "Thirty-one vessels" (its article's second paragraph) were two rows
    [ships, vessels] = extract([_article("Alpha", "Some 31 ships wait off Ostrel.", "Thirty-one vessels were at anchor.")])
    assert ships.unit == vessels.unit == "ship"


def test_an_offer_and_a_demand_are_two_quantities() -> None:
    # trial 43 F2: the employers' 3% offer for one year was the outlier of the union's demand of 9%
    # over two years, and the next week's offer of 4.5% disagreed with the first offer
    day1, day8 = "2031-03-04T09:00:00+00:00", "2031-03-11T09:00:00+00:00"
    story = Story.build([
        _article("Alpha", "The Ostrel employers' association said it had offered a 3% pay rise for one year.",
                 "The union wants 9% over two years.", published=day1),
        _article("Beta", "The Ostrel employers' association said it had offered a 3% pay rise for one year.",
                 "The union is demanding a 9% pay rise over two years.", published=day1),
        _article("Gamma", "Employers at Ostrel offered striking dockworkers a 4.5% pay rise on Tuesday.",
                 "The union is still asking for 9% over two years.", published=day8),
        _article("Delta", "Employers at Ostrel have offered dockworkers a 4.5% pay rise, their second in a week.",
                 "The union wants 9% over two years.", published=day8),
    ])
    rows = [(q, v, verdicts) for q, v, verdicts in _rows(story)]
    assert all("differ" not in verdicts for _, _, verdicts in rows), rows
    quantities = {q: v for q, v, _ in rows}
    assert quantities["share (pay, offer)"] in ([("Alpha", 3), ("Beta", 3)], [("Delta", 4.5), ("Gamma", 4.5)])
    assert [("Alpha", 1), ("Beta", 1)] in [v for q, v, _ in rows if q == "duration (offer)"]
    assert [("Alpha", 2), ("Beta", 2), ("Delta", 2), ("Gamma", 2)] in [v for q, v, _ in rows if q == "duration (demand)"]


def test_the_term_of_an_offer_misreported_is_an_outlier() -> None:
    # trial 43 F2: "a 4.5% pay rise over two years" against two outlets' "over three years" was
    # close ("over" read as a bound, "more than two years"); it is the term the rise is spread over
    day = "2031-03-11T09:00:00+00:00"
    story = Story.build([
        _article("Alpha", "Employers at Ostrel offered striking dockworkers a 4.5% pay rise over three years.", published=day),
        _article("Beta", "Employers at Ostrel offered the dockworkers a 4.5% pay rise over three years.", published=day),
        _article("Gamma", "Employers at Ostrel offered dockworkers a 4.5% pay rise over two years.", published=day),
    ])
    [(values, verdicts)] = [(v, verdicts) for q, v, verdicts in _rows(story) if q == "duration (offer)"]
    assert sorted(values) == [("Alpha", 3), ("Beta", 3), ("Gamma", 2)] and verdicts.count("differ") == 1


def test_two_outlets_counts_of_one_day_disagree_whatever_other_days_a_row_holds() -> None:
    # trial 42 F3 again, after counts were dated: the wire's 221 votes (1 December) against the 212
    # every other report gives, one of them of that same day, is a disagreement, not a count of its own
    story = Story.build([
        _article("Alpha", "Whitfield finished 212 votes ahead of Dahl in Port Elsby, the count showed.",
                 published="2031-11-27T09:00:00+00:00"),
        _article("Beta", "The Civic Alliance won the district by 212 votes, the commission said.",
                 published="2031-11-29T09:00:00+00:00"),
        _article("Gamma", "The Civic Alliance won the district by 212 votes before the recount was ordered.",
                 published="2031-12-01T09:00:00+00:00"),
        _article("Delta", "The commission ordered a recount in the district, which the Civic Alliance won by 221 votes.",
                 published="2031-12-01T18:00:00+00:00"),
    ])
    votes = [g for g in compare(story) if g.unit == "vote"]
    assert len(votes) == 1 and {f.value for f in votes[0].figures} == {212, 221} and votes[0].disagree
