"""Reading numbers in text (core.numbers): one reader for the linker and the figures view."""

from __future__ import annotations

import pytest

from core.numbers import designation, is_number, number_value, phrase_value
from core.text import words_and_offsets
from core.views.figures import extract
from tests.reports import outlet_article


def _named(text: str, number: str) -> bool:
    folded, flat = words_and_offsets(text)
    return designation(text, flat, folded.index(number))


def test_numbers_in_digits_words_and_scales() -> None:
    assert number_value("1,200") == 1200 and number_value("Fourteen") == 14 and number_value("two dozen") == 24
    assert phrase_value("4.5 million") == 4.5e6 and phrase_value("3bn") is None and phrase_value("3bn", cut_short=True) == 3e9
    assert is_number("hundreds") and is_number("12") and not is_number("cable")


def test_a_number_after_a_name_before_one_thing_is_the_names() -> None:
    # "South East Asia-Middle East-Western Europe 4 cable network" names one cable: the figures
    # view read a count "4 cable" (a count above one of a thing in the singular counts nothing).
    assert _named("the Middle East-Western Europe 4 cable network", "4")
    assert _named("a fault on the Western Europe 4 cable was found", "4")
    assert _named("the Boeing 737 Max jet", "737") and _named("an AK 47 rifle", "47")
    # a count of things, a measure or a time after a place is no name's number
    assert not _named("In Gaza 30 people died", "30") and not _named("near Western Europe 3 car bombs went off", "3")
    assert not _named("the New York 10 km race", "10") and not _named("the New York 10 mile race", "10")
    assert not _named("In Port Halden 12 percent voted", "12") and not _named("on Tuesday 15 people met", "15")
    assert not _named("its Western Europe 1 cable", "1")  # one thing: a count of one
    assert not _named("Artino gave the Bluejays 14 energized and efficient minutes", "14")
    assert not _named("the Bluejays 14 remaining games", "14")


def test_the_figures_view_reads_no_figure_in_a_cables_name() -> None:
    article = outlet_article("Wire", "The SMW4 cable, also known as South East Asia-Middle East-Western Europe 4 cable "
                               "network, connects 12 countries.")
    assert [(f.text, f.unit) for f in extract([article])] == [("12 countries", "country")]


def test_the_figures_view_reads_a_count_in_words_that_names_no_one_value() -> None:
    # The linker's differences read "hundreds" as 200 to 999 (core.numbers.VAGUE); the figures
    # view read no figure in it at all.
    from core.views.figures import allows

    article = outlet_article("Wire", "Hackers attacked hundreds of public agencies, and hundreds of thousands of computers were hit.")
    found = extract([article])
    assert [(f.text, f.unit, f.vague) for f in found] == [
        ("hundreds of public agencies", "agency", "hundreds"), ("hundreds of thousands of computers", "computer", "hundreds of thousands")]
    assert allows(found[0]) == (200.0, 999.0) and allows(found[1]) == (2e5, 999e3)


def test_a_count_in_words_is_close_to_a_value_it_allows_and_differs_from_one_it_does_not() -> None:
    from core.linking.story import Story
    from core.model import Link, LinkKind, Ref
    from core.views.figures import compare, values_text

    def group(x: str, y: str):  # type: ignore[no-untyped-def]
        a, b = outlet_article("A", x), outlet_article("B", y)
        story = Story((a, b), (Link(Ref(a.id, 0), Ref(b.id, 0), 0.6, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),)),))
        [found] = [g for g in compare(story) if g.unit in ("people", "village")]
        return found

    close = group("The quake in Kerman province killed hundreds of people, officials said.",
                  "The quake in Kerman province killed about 300 people, officials said.")
    assert close.verdict == "close" and values_text(close) == "about 300 people ≈ hundreds of people"
    close = group("Several villages were razed by the quake in Kerman province.", "Seven villages were razed by the quake in Kerman province.")
    assert values_text(close) == "7 villages ≈ several villages"
    apart = group("The quake in Kerman province killed dozens of people, officials said.",
                  "The quake in Kerman province killed 12 people, officials said.")
    assert apart.verdict == "differ" and values_text(apart) == "12 people, dozens of people"
    same = group("The quake in Kerman province killed hundreds of people, officials said.",
                 "Officials said hundreds of people were killed by the quake in Kerman province.")
    assert same.verdict == "same" and values_text(same) == "hundreds of people"


def test_the_figures_json_gives_a_count_in_words_as_given_with_its_range_and_no_value() -> None:
    from core.linking.story import Story
    from core.views.figures import compare, figures_to_json

    a = outlet_article("A", "The quake in Kerman province killed hundreds of people, officials said.")
    b = outlet_article("B", "Officials said hundreds of people were killed by the quake in Kerman province.")
    story = Story((a, b), ())
    [row] = [r for r in figures_to_json(story, compare(story))["figures"] if r["unit"] == "people"]  # type: ignore[index]
    assert row["shown"] == ["hundreds of people"] and row["values"] == [] and row["agreed"] is None
    assert {(o["text"], o["value"], tuple(o["range"])) for o in row["occurrences"]} == {("hundreds of people", None, (200.0, 999.0))}


def test_a_count_in_words_is_no_figure_of_another_scale() -> None:
    # "three bank workers died" and "tens of thousands of workers" on strike are two quantities:
    # a count that names no one value joins none a scale apart (by the middle of its values).
    from core.linking.story import Story
    from core.views.figures import compare

    a = outlet_article("A", "Three bank workers died in the fire as tens of thousands of workers marched in Athens.")
    b = outlet_article("B", "Tens of thousands of workers marched in Athens, and three bank workers died in the fire.")
    # (the three count the dead: "count (dead)" in people, since what happened after the phrase is read)
    rows = sorted(sorted(f.text.lower() for f in g.figures) for g in compare(Story((a, b), ())) if g.unit in ("worker", "people"))
    assert ["three bank workers died"] * 2 in rows
    assert not any("three bank workers" in row and "tens of thousands of workers" in row for row in rows)


def test_a_comma_that_groups_no_thousands_is_a_decimal_comma() -> None:
    # Fresh user 27: a Spanish report's "1,6 kilómetros" was read as 16, so it shared no figure
    # with the English reports' "1.6 km" (a comma followed by other than three digits groups no thousands).
    from core.numbers import number_value, plain_digits

    assert number_value("1,6") == 1.6
    assert number_value("12,75") == 12.75
    assert number_value("1,600") == 1600.0  # either reading: the English one
    assert number_value("1,200,000") == 1200000.0
    assert plain_digits("2,000.5") == "2000.5"


def test_a_part_of_a_scale_written_out_is_that_part_of_it() -> None:
    # One reading for the figures view and a link's differences: "half a million" was a million
    # to the linker (a change shown between "Half a million" and "Some 500,000").
    assert phrase_value("a million") == 1e6 and phrase_value("half a million") == 5e5
    assert phrase_value("a quarter of a million") == 2.5e5 and phrase_value("Three-quarters of a billion") == 7.5e8
    assert phrase_value("a half million") == 5e5 and phrase_value("a million and a half") == 1.5e6
    assert phrase_value("one and a half million") == 1.5e6 and phrase_value("two-thirds of a million") == 2e6 / 3
    assert phrase_value("a fraction of a million") is None and phrase_value("a quarter") is None


@pytest.mark.parametrize("printed, value", [
    ("six-and-a-half", 6.5), ("Two and a half", 2.5), ("one-and-a-half", 1.5), ("6 and a half", 6.5),
    ("zweieinhalb", 2.5), ("anderthalb", 1.5), ("deux et demi", 2.5), ("seis y medio", 6.5),
    ("due e mezzo", 2.5), ("dois e meio", 2.5), ("tweeënhalf", 2.5), ("un million et demi", 1.5e6),
])
def test_a_half_more_after_a_number_is_read(printed: str, value: float) -> None:
    # "six-and-a-half" (which number_value read) had no value: the half was taken for half of a
    # scale ("a million and a half") and "six" is none; the other languages' halves were unread
    assert phrase_value(printed) == value
    # a part alone is no number; words alone of the other languages are none either
    assert phrase_value("three-quarters") is None and phrase_value("a third") is None and phrase_value("deux") is None
