"""Linking: one clause of a sentence that gives several facts, shared with another outlet's sentence."""

from __future__ import annotations

from core.linking.align import _clause_match, _clauses, _verbs, link, prepare
from core.model import Article, Ref
from tests.reports import outlet_report


def _linked(articles: list[Article]) -> set[frozenset[Ref]]:
    return {frozenset((l.a, l.b)) for l in link(articles)}


def _story() -> list[Article]:
    gazette = outlet_report(
        "Corran Gazette",
        "More than 40 firefighters fought the blaze, which virtually destroyed the old granary behind the "
        "bakery, while residents of twelve cottages spent the night at the parish hall on Mill Lane.",
        "The owners thanked their neighbours for their help.",
    )
    radio = outlet_report(
        "Valley Radio",
        "A huge fire overnight has destroyed the old granary behind the bakery, witnesses said.",
        "Traffic was diverted around the town centre for the evening.",
    )
    herald = outlet_report(
        "Corran Herald",
        "More than 40 firefighters fought the blaze at the bakery on Tuesday, and the old granary behind it "
        "was destroyed.",
        "The cause of the fire is not yet known.",
    )
    return [gazette, radio, herald]


def test_one_clause_of_a_sentence_of_several_facts_links_where_a_third_outlet_links_both() -> None:
    # The gazette's sentence gives the firefighters, the granary destroyed and the residents moved
    # out; the radio's gives
    # only the granary destroyed, too small a share of the gazette's words for any other rule.
    # The herald links to both, and one clause of each ("which virtually destroyed the old
    # granary building behind it", "A huge fire has destroyed the old granary building behind the bakery") is the same.
    gazette, radio, _ = _story()
    assert frozenset((Ref(gazette.id, 0), Ref(radio.id, 0))) in _linked(_story())


def test_clauses_cut_at_clause_openers_and_marks_but_not_at_quotation_marks() -> None:
    para = prepare([outlet_report(
        "A", 'The fire, which is being treated by police as "potentially suspicious", spread while "nobody at the store was hurt".'
    )])[0]
    # "as" is no opener (it is said of what the clause treats the fire as), nor is a quotation mark;
    # each clause comes with the stems it gives only inside a quotation (two words in scare quotes
    # are no quotation: core.text.quote_spans)
    assert _clauses(para) == [
        (frozenset({"fire"}), frozenset()),
        (frozenset({"treat", "polic", "potenti", "suspici"}), frozenset()),
        (frozenset({"spread"}), frozenset()),
        (frozenset({"nobodi", "store", "injur"}), frozenset({"nobodi", "store", "injur"})),  # ("hurt": injured)
    ]


def test_two_quoted_clauses_sharing_a_phrase_are_no_match() -> None:
    # Two statements that share a stock phrase are the quote rules' to weigh, not one fact.
    a, b = prepare([
        outlet_report("A", 'The minister stressed "keeping open channels of communication with every neighbour".'),
        outlet_report("B", 'The ministry urged "open channels of communication to avoid a conflict".'),
    ])
    idf = {s: 1.0 for s in a.stems | b.stems}
    assert _clause_match(a, b, idf) == 0.0


def test_clauses_sharing_only_names_and_figures_are_no_match() -> None:
    # "New York Yankees" and "eight years, $160 million" are names and a figure with its unit:
    # no claim of their own.
    a, b = prepare([
        outlet_report("A", "The Orioles offered seven years, and the New York Yankees offered $160 million over eight years."),
        outlet_report("B", "Nobody knows whether the New York Yankees bid $160 million over eight years for the pitcher."),
    ])
    idf = {s: 1.0 for s in a.stems | b.stems}
    assert _clause_match(a, b, idf) == 0.0


def test_one_outcome_told_of_the_same_ones_links_where_a_third_outlet_links_both() -> None:
    # Both tell the residents were evacuated, each among facts of its own (the blaze's start; the
    # night in the parish hall); the herald links to both.
    gazette = outlet_report(
        "Corran Gazette",
        "The blaze started in the ovens of the Harlow Mill bakery shortly after midnight, forcing residents "
        "living nearby to be temporarily evacuated.",
        "The owners thanked their neighbours for their help.",
    )
    radio = outlet_report(
        "Valley Radio",
        "Forty residents of Mill Lane had to be evacuated from their cottages and spent the night in the parish hall.",
        "Traffic was diverted around the town centre for the evening.",
    )
    herald = outlet_report(
        "Corran Herald",
        "Forty families living near the Harlow Mill bakery on Mill Lane were evacuated from their cottages "
        "shortly after midnight.",
        "The cause of the fire is not yet known.",
    )
    assert frozenset((Ref(gazette.id, 0), Ref(radio.id, 0))) in _linked([gazette, radio, herald])


def test_a_verb_of_what_happened_both_use_links_where_a_third_outlet_links_both() -> None:
    # "tackled the flames at the bakery" / "still tackling the flames at the bakery": one fact, each
    # beside words of its own (the road closed; who said it), too few alike for the rules alone.
    gazette = outlet_report(
        "Corran Gazette",
        "Crews from three stations tackled the flames at the Harlow Mill bakery for most of the night, "
        "while police closed Quay Street.",
        "The owners thanked their neighbours for their help.",
    )
    radio = outlet_report(
        "Valley Radio",
        "Firefighters were still tackling the flames at the bakery on Wednesday morning, a spokesman for "
        "the county fire service said.",
        "Traffic was diverted around the town centre for the evening.",
    )
    herald = outlet_report(
        "Corran Herald",
        "Crews were tackling the flames at the Harlow Mill bakery on Wednesday morning.",
        "The cause of the fire is not yet known.",
    )
    assert frozenset((Ref(gazette.id, 0), Ref(radio.id, 0))) in _linked([gazette, radio, herald])


def test_verbs_are_words_of_what_happened_not_of_who_said_it() -> None:
    para = prepare([outlet_report("A", "Police said the store was destroyed, and officials believed it was reported by a passing driver.")])[0]
    assert _verbs(para) == frozenset({"destroy", "pass"})
