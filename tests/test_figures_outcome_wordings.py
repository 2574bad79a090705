"""Figures: a count's outcome is read in the ways each language says it, from one table.

Trial 51 (an invented mine collapse): "two ... lost their lives", "sont morts", "ums Leben
gekommen" gave no count of the dead; only English "have died" was read, so the four outlets that
gave two dead had no row. "Nine miners had been brought out alive" was a plain count set against
the trapped. The reports below are invented (a flooded cave) in the same shapes.
"""

from __future__ import annotations

import pytest

from core.linking.story import Story
from core.text import outcome_said
from core.views.figures import compare, extract
from tests.figure_rows import article


@pytest.mark.parametrize(("words", "language", "outcome"), [
    ("lost their lives in the flooding", "en", "dead"),
    ("were killed when the roof fell", "en", "dead"),
    ("remain unaccounted for", "en", "missing"),
    ("had been brought out alive on Saturday", "en", "rescued"),
    ("sont morts et un troisième est porté disparu", "fr", "dead"),
    ("ont perdu la vie", "fr", "dead"),
    ("est toujours porté disparu", "fr", "missing"),
    ("perdieron la vida", "es", "dead"),
    ("siguen desaparecidos", "es", "missing"),
    ("perderam a vida", "pt", "dead"),
    ("hanno perso la vita", "it", "dead"),
    ("risultano ancora dispersi", "it", "missing"),
    ("sind ums Leben gekommen", "de", "dead"),
    ("werden noch vermisst", "de", "missing"),
    ("zginęło w kopalni", "pl", "dead"),
    ("stracili życie", "pl", "dead"),
    ("wciąż jest zaginiony", "pl", "missing"),
    ("погибли при обрушении", "ru", "dead"),
    ("пропали без вести", "ru", "missing"),
])
def test_each_language_says_an_outcome_in_phrases_the_one_table_reads(words: str, language: str, outcome: str) -> None:
    assert outcome_said(words.split(), language) == outcome


def test_words_that_tell_no_outcome_tell_none() -> None:
    assert outcome_said("were trapped underground".split(), "en") is None
    assert outcome_said("waren eingeschlossen".split(), "de") is None
    assert outcome_said("étaient bloqués sous terre".split(), "fr") is None


def test_two_dead_in_four_wordings_and_languages_are_one_row_of_the_dead() -> None:
    reports = [
        article("Marsh Gazette", "Two divers have died after Friday's flooding of the Brask cave, the park service said on Sunday."),
        article("Interior Ministry", "The ministry regrets to announce that two divers lost their lives in the flooding of the Brask cave."),
        article("Courrier du Nord", "Deux plongeurs sont morts après l'inondation de la grotte de Brask, a annoncé dimanche le service des parcs "
                                    "naturels de la région, qui a suspendu toutes les visites."),
        article("Nordblatt", "Bei dem Unglück in der Höhle von Brask sind zwei Taucher ums Leben gekommen, teilte die Parkverwaltung "
                             "am Sonntag mit. Die Höhle bleibt für Besucher geschlossen."),
    ]
    dead = [g for g in compare(Story.build(reports)) if g.quantity == "count (dead)"]
    assert len(dead) == 1
    assert {f.value for f in dead[0].figures} == {2}
    assert len({f.ref.article for f in dead[0].figures}) == 4


def test_a_count_brought_out_alive_is_of_the_rescued_not_against_the_trapped() -> None:
    reports = [
        article("Marsh Gazette", "Eleven divers were trapped in the Brask cave on Friday.",
                "Eight divers had been brought out alive on Saturday."),
        article("Coast Daily", "Eleven divers were trapped in the Brask cave on Friday.", "Eight divers were rescued on Saturday."),
    ]
    rows = {(g.quantity, tuple(sorted(f.value for f in g.figures))) for g in compare(Story.build(reports))}
    assert ("count (rescued)", (8.0, 8.0)) in rows
    assert not any(8.0 in values and 11.0 in values for _, values in rows)


def test_an_outcome_after_another_number_is_that_numbers() -> None:
    # "two died and eight were brought out alive": the two are no rescued, the eight no dead
    found = extract([article("Marsh Gazette", "Two divers died and eight divers were brought out alive on Saturday.")])
    assert [(f.value, f.unit) for f in found] == [(2.0, "diver"), (8.0, "diver")]
    groups = compare(Story.build([
        article("Marsh Gazette", "Two divers died and eight divers were brought out alive on Saturday."),
        article("Coast Daily", "Two divers died on Saturday, and eight divers were rescued alive."),
    ]))
    assert {(g.quantity, f.value) for g in groups for f in g.figures if g.kind != "date"} == {("count (dead)", 2.0), ("count (rescued)", 8.0)}


def test_a_count_missing_from_a_record_is_no_count_of_the_missing() -> None:
    # (trial 51 F4) "three agency contractors missing from the company's shift list" are not
    # written on a list, not missing; "still missing" are
    said = ("The divers' club said 15 divers were in the cave when the water rose, "
            "including three volunteer guides missing from the park's permit list.")
    groups = compare(Story.build([article("Alpha", said), article("Beta", said),
                                  article("Gamma", "Three volunteer guides were left off the permit list, the club said.")]))
    assert not any(g.quantity == "count (missing)" for g in groups)
    assert any(g.unit == "guide" and {f.value for f in g.figures} == {3.0} for g in groups)
    still = extract([article("Delta", "Three volunteer guides were still missing on Sunday, the club said.")])
    assert [(f.value, f.unit) for f in still] == [(3.0, "people")]


def test_an_update_added_below_a_report_gives_its_later_toll_against_the_others() -> None:
    # (trial 51 F1) "Update, 18:05: ... bringing the death toll to three" below a report that
    # said "Two miners have died": the report's toll is now three, against the others' two; its
    # two is its earlier count, labelled, against no one
    report = article("Marsh Gazette", "Two miners have died after Friday's flooding of the Brask mine, the company said on Sunday.",
                     "Eight miners had been brought out alive on Saturday, and the governor declared three days of mourning.",
                     "Update, 18:05: Rescuers said late on Sunday that the body of another miner had been found, "
                     "bringing the death toll to three.", published="2026-03-09T13:30:00+00:00")
    ministry = article("Interior Ministry", "The ministry regrets to announce that two miners lost their lives in the flooding "
                                            "of the Brask mine. Eight miners were rescued alive on Saturday.",
                       published="2026-03-09T12:00:00+00:00")
    groups = compare(Story.build([report, ministry]))
    [dead] = [g for g in groups if g.quantity == "count (dead)"]
    assert dead.disagree
    assert sorted((f.value, dead.stage_label(f)) for f in dead.figures) == [(2.0, ""), (2.0, "earlier update 13:30"), (3.0, "")]
    assert all(dead.verdict_of(f) != "differ" for f in dead.figures if dead.stage_label(f))
    # what the update does not count again is the report's own, no earlier count
    [rescued] = [g for g in groups if g.quantity == "count (rescued)"]
    assert not any(rescued.stage_label(f) for f in rescued.figures)


def test_one_missing_with_its_noun_or_elided_after_a_toll_is_a_count_of_the_missing() -> None:
    # (trial 51 F1) "Two divers have died and one is still missing" / "One diver remains missing"
    elided = article("Marsh Gazette", "Two divers have died and one is still missing after Friday's flooding at the Brask cave, "
                                      "the park service said on Sunday.")
    named = article("Interior Ministry", "The ministry regrets to announce that two divers lost their lives in the flooding at the "
                                         "Brask cave. One diver remains missing.")
    rows = {(g.quantity, tuple(sorted(f.value for f in g.figures))) for g in compare(Story.build([elided, named]))}
    assert ("count (missing)", (1.0, 1.0)) in rows and ("count (dead)", (2.0, 2.0)) in rows
    # "one" of a role told of no toll stays no figure: "One diver's torch failed"
    assert not extract([article("Coast Daily", "The water rose fast. One diver's torch failed.")])


def test_a_count_a_second_source_gives_bare_at_its_clauses_end_counts_what_the_first_counts() -> None:
    # (trial 51 F5) "Company says three men remain underground; union says six": six men
    for said in ("Park service says three divers remain in the cave; club says five",
                 "The park service says three divers remain in the cave, but the divers' club says five."):
        assert [(f.value, f.unit) for f in extract([article("Marsh Gazette", said)])] == [(3.0, "diver"), (5.0, "diver")]
    # a number a source says with its own noun, or before more words, is read as it is
    assert [(f.value, f.unit) for f in extract([article("Marsh Gazette", "Police said 200 people marched; organisers put it at 1,000.")])] == [
        (200.0, "people"), (1000.0, "people")]
    assert [(f.value, f.unit) for f in extract([article("Marsh Gazette", "Three divers were rescued. The club says five of its boats helped.")])] == [
        (3.0, "diver"), (5.0, "boat")]
