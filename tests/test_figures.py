"""Figures: numbers with units, compared across outlets, disagreements flagged."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from core.views.figures import compare, extract, figures_to_json, format_number, format_value, summary, values_text
from core.model import Article, Ref, article_id
from core.linking.story import Story
from tui.cli import main
from tests.reports import outlet_article


def _dated(articles: list[Article]) -> list[Article]:
    """*articles* published an hour apart in the order given: a story lists them in that order."""
    return [replace(a, published=f"2026-03-01T{8 + n:02d}:00:00+00:00") for n, a in enumerate(articles)]


def test_numbers_in_digits_and_words_with_units() -> None:
    found = extract([outlet_article("A",
        "The meeting lasted nearly six hours and ended with a seven-and-a-half-hour dinner.",
        "Officials said 5.5 hours had passed; the 18-month-old pact covers $2.5 billion and 40% of trade.",
        "In 2021 two sides met.")])
    got = {(f.text, f.value, f.unit, f.kind) for f in found}
    assert ("nearly six hours", 6.0, "hour", "duration") in got
    assert ("seven-and-a-half-hour", 7.5, "hour", "duration") in got
    assert ("5.5 hours", 5.5, "hour", "duration") in got
    assert any(f.kind == "age" and f.value == 18 for f in found)
    assert any(f.kind == "money" and f.value == 2.5e9 for f in found)
    assert any(f.unit == "%" and f.value == 40 for f in found)
    assert not any(f.value == 2021 for f in found)  # a year is a date
    assert not any(f.unit == "side" for f in found)  # "two sides" is a relation


def test_a_count_of_a_compound_noun_counts_its_head() -> None:
    # A fresh user's "four dock workers" / "five dock workers" were shown as "4 docks, 5 docks".
    article = outlet_article("Valley Post", "The crane fell, killing five dock workers; 12 fire engines and three police "
                                      "officers came, and 40 member states sent help to the 14 Velmora residents.")
    assert [(f.value, f.unit) for f in extract([article])] == [
        (5, "worker"), (12, "engine"), (3, "officer"), (40, "state"), (14, "people"),
    ]
    # a plural unit or a word after it that is no noun stays as it was
    assert [(f.value, f.unit) for f in extract([outlet_article("P", "He met five people this week over six hours talks.")])] == [
        (5, "people"), (6, "hour"),
    ]
    # a noun of what happened before the head is no outcome of what is counted (trial 36 F3: "three
    # evacuation centres" was "count (evacuated): 3 people"); an outcome after the head is
    moved = outlet_article("P", "About 2,400 people were moved to three evacuation centres, and three bank workers died.")
    assert [(f.value, f.unit, f.text) for f in extract([moved])] == [
        (2400, "people", "About 2,400 people"), (3, "centre", "three evacuation centres"), (3, "people", "three bank workers died")]


def test_the_same_figure_across_outlets_disagrees_when_values_differ() -> None:
    story = Story.build([
        outlet_article("A", "Flood waters forced 3,000 residents from the riverside district of Kelso on Monday."),
        outlet_article("B", "Some 4,500 people of the Kelso riverside district fled the flood waters, police said."),
        outlet_article("C", "The flood closed 12 schools in the county."),
    ])
    # residents and people are one count of people (not of soldiers, pupils or police)
    [group] = [g for g in compare(story) if g.unit == "people"]
    assert group.disagree and {f.value for f in group.figures} == {3000, 4500}


def test_the_dead_and_the_injured_are_two_figures_and_a_clock_time_none() -> None:
    # A fresh user's figures view showed "≠ count: 6 people, 23 people": the dead against the
    # injured of two linked paragraphs; and "0540 GMT" as "540 gmts".
    from core.model import Link, LinkKind, Ref

    a = outlet_article("A", "At least six people were killed and 23 injured when the depot blew up at 0540 GMT.")
    b = outlet_article("B", "Twenty-three people were injured in the depot blast at 0540 GMT, officials said.")
    story = Story((a, b), (Link(Ref(a.id, 0), Ref(b.id, 0), 0.6, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),)),))
    # the injured against the injured ("23 injured" counts people too), never the dead
    assert [sorted(f.value for f in g.figures) for g in compare(story) if g.unit == "people"] == [[23, 23]]
    assert all(f.unit != "gmt" for f in extract([a, b]))
    # one figure of its unit on each side of a link is one figure; injured and hurt are one outcome
    c = outlet_article("C", "Thirty-two people were hurt in the depot blast, officials said.")
    story = Story((b, c), (Link(Ref(b.id, 0), Ref(c.id, 0), 0.6, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),)),))
    [group] = [g for g in compare(story) if g.unit == "people"]
    assert group.disagree and {f.value for f in group.figures} == {23, 32}


def test_the_others_an_outcome_counts_are_people_and_a_changed_count_of_them_differs() -> None:
    # A fresh user's wire copy said "injuring 23 others", a reprint "injuring 32 others": the
    # figures view missed it ("others" was no unit) and mixed the dead into the injured.
    wire = outlet_article("Wire", "An explosion tore through the depot on Tuesday, killing six people and injuring 23 others.")
    paper = outlet_article("Paper", "An explosion tore through the depot on Tuesday, killing six people and injuring 32 others.")
    groups = compare(Story.build([wire, paper]))
    assert sorted((sorted({f.value for f in g.figures}), g.disagree) for g in groups if g.unit == "people") == [
        ([6], False), ([23, 32], True),
    ]
    assert [f.unit for f in extract([outlet_article("P", "Two ships sank and three others were damaged.")])] == []


def test_close_values_are_close_never_the_same() -> None:
    story = Story.build([
        outlet_article("A", "The summit in Lisbon drew 104 delegations from across the Atlantic region."),
        outlet_article("B", "Some 100 delegations attended the Lisbon summit of the Atlantic region."),
    ])
    [group] = compare(story)
    assert not group.disagree and not group.exact and group.verdict == "close"
    story = Story.build([
        outlet_article("A", "The summit in Lisbon drew 100 delegations from across the Atlantic region."),
        outlet_article("B", "Some 100 delegations attended the Lisbon summit of the Atlantic region."),
    ])
    [group] = compare(story)
    assert group.exact and group.verdict == "same"


def test_a_speed_is_not_a_distance() -> None:
    found = extract([outlet_article("A",
        "Gusts of 120 km/h, or 75 mph, hit Marlow Bay; the storm moved at 30 kilometres per hour.",
        "The road runs 40km to Brenn and 12 miles beyond; 3rd place went to a 4x4.")])
    got = {(f.text, f.value, f.unit, f.kind) for f in found}
    assert ("120 km/h", 120, "km/h", "speed") in got
    assert ("75 mph", 75, "mph", "speed") in got
    assert ("30 kilometres per hour", 30, "km/h", "speed") in got
    assert ("40km", 40, "km", "distance") in got
    assert ("12 miles", 12, "mile", "distance") in got
    assert not any(f.unit in ("rd", "x4") for f in found)


def test_a_speed_and_a_distance_never_group() -> None:
    story = Story.build([
        outlet_article("A", "Storm Orla brought winds of 120 km/h to the Marlow Bay coast on Friday night."),
        outlet_article("B", "Storm Orla hit the Marlow Bay coast 120 km south of the capital on Friday night."),
    ])
    assert compare(story) == []


def test_money_reads_as_people_write_it() -> None:
    found = extract([outlet_article("A",
        "The Velmar fund got €40 million, then 40 million euros more, $2.5bn in aid, £300m and US$1,200.")])
    got = [(f.value, f.unit, f.kind) for f in found]
    assert got == [(4e7, "euro", "money"), (4e7, "euro", "money"), (2.5e9, "dollar", "money"),
                   (3e8, "pound", "money"), (1200, "dollar", "money")]
    assert format_value(4e7, "euro", "money") == "40 million euros"
    assert format_value(2.5e9, "dollar", "money") == "$2.5 billion"
    assert format_value(1200, "dollar", "money") == "$1,200"
    assert format_value(40, "%", "share") == "40%"
    assert format_value(1, "hour", "duration") == "1 hour"
    assert format_value(18, "month", "age") == "18 months old"
    assert format_value(3, "embassy", "count") == "3 embassies"
    assert format_value(120, "km/h", "speed") == "120 km/h"


def test_different_values_never_print_alike() -> None:
    assert format_number(1_234_567) == "1,234,567" and format_number(1_230_000) == "1.23 million"
    assert format_number(5.5) == "5.5" and format_number(3000) == "3,000" and "e+" not in format_number(4e7)


def test_one_figure_is_singular() -> None:
    story = Story.build([
        outlet_article("A", "The summit in Lisbon drew 100 delegations from across the Atlantic region."),
        outlet_article("B", "Some 100 delegations attended the Lisbon summit of the Atlantic region."),
    ])
    # the summary counts quantities (one heading each), and says so, and their figures (a fresh
    # user read "0 close (≈)" beside a figure marked ≈ in a heading marked ≠)
    assert summary(compare(story)) == "1 quantity given by several outlets: 0 differ (≠), 0 close but unequal (≈), 1 the same (=); 2 figures in all"


def test_figures_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["figures"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("DISAGREE: duration: 5.5 hours ≈ nearly 6 hours ≠ 7.5 hours\n") and "≠ NHK ¶1: “seven-and-a-half-hour”" in out
    assert "e+" not in out
    # the summary (the seeds' "hundreds of public agencies" twice is a quantity too), then what the marks say
    assert out.endswith("; 19 figures in all\n= the value most outlets give; ≈ consistent with it (rounded, or an estimate "
                        "or a bound that allows it); ≠ not consistent; A B sides where outlets split evenly, each value "
                        "marked against its side's; ≈ alone fits every side.\n")
    assert main(["figures", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["figures"][0]["disagree"] and data["figures"][0]["values"] == [5.5, 6.0, 7.5]
    assert data["figures"][0]["shown"] == ["5.5 hours", "6 hours", "7.5 hours"] and data["figures"][0]["agreed"] == 5.5
    assert {o["text"]: o["verdict"] for o in data["figures"][0]["occurrences"]}["seven-and-a-half-hour"] == "differ"


def test_one_count_by_another_name_is_one_figure() -> None:
    story = Story.build([
        outlet_article("A", "A fire at the Kessler plant injured 14 workers on Tuesday and emptied 300 homes, officials in Millbrook said."),
        outlet_article("B", "A fire at the Kessler plant injured 16 employees on Tuesday and emptied 300 households, officials in Millbrook said."),
    ])
    groups = {g.unit: g for g in compare(story)}
    # workers injured are the injured (core.text.PEOPLE_BY_ROLE): one count of them, by either name
    hurt = next(g for g in groups.values() if any(f.text == "14 workers" for f in g.figures))
    assert hurt.disagree and {f.text for f in hurt.figures} == {"14 workers", "16 employees"}
    assert hurt.quantity == "count (injured)"
    assert groups["home"].exact


def test_a_count_and_what_happened_to_it_is_a_figure_and_exact_counts_that_differ_disagree() -> None:
    # A fresh user's figures view had no row for the injured ("41 injured", "44 injured" in a
    # reprint) and called 212 against 221 passengers "close".
    from core.model import Link, LinkKind, Ref

    texts = {
        "Wire": "Four people were killed and 52 injured when the ferry ran aground with 212 passengers on board.",
        "Paper": "Four people were killed and 55 injured when the ferry ran aground with 221 passengers on board.",
        "Post": "Nineteen injured people were taken to hospital, the coastguard said.",
        "Daily": "More than 50 were hurt, and 19 injured people were taken to hospital.",
    }
    found = {f.text for f in extract([outlet_article("Wire", texts["Wire"]), outlet_article("Daily", texts["Daily"])])}
    assert {"52 injured", "More than 50 were hurt", "19 injured"} <= found
    arts = [outlet_article(o, t) for o, t in texts.items()]
    story = Story(tuple(arts), tuple(Link(Ref(a.id, 0), Ref(b.id, 0), 0.6, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),))
                                     for a, b in [(arts[0], arts[1]), (arts[2], arts[3]), (arts[0], arts[3])]))
    verdicts = {(g.unit, tuple(sorted({f.value for f in g.figures}))): g.verdict for g in compare(story)}
    assert verdicts[("passenger", (212, 221))] == "differ"
    assert verdicts[("people", (50, 52, 55))] == "differ"  # 52 and 55 given plainly; "More than 50" agrees with both
    assert verdicts[("people", (19,))] == "same"  # those in hospital are not the injured
    assert verdicts[("people", (4,))] == "same"  # nor the dead
    exact = Story.build(arts[:2])
    assert {(g.unit, tuple(sorted({f.value for f in g.figures}))): g.verdict for g in compare(exact)}[
        ("people", (52, 55))] == "differ"  # the injured, given exactly, differently


def test_business_figures_are_not_one_blob_and_plain_values_that_differ_disagree() -> None:
    # A second fresh user's merger coverage: one "money" row held a closing price, share prices,
    # revenue and the deal's value; the reprint's $4.5 billion against $4.2 billion, $39.50
    # against $38.50 and 30% against 27% never had rows of their own, or were "close".
    texts = {
        "Wire": "Ardent Mills agreed to buy Corvel Dairy for $4.2 billion, or $38.50 a share, a premium of 27%. "
                "Corvel reported revenue of $1.12 billion last year.",
        "Reprint": "Ardent Mills agreed to buy Corvel Dairy for $4.5 billion, or $39.50 a share, a premium of 30%. "
                   "Corvel reported revenue of $1.12 billion last year.",
        "Daily": "The offer for Corvel Dairy is a 27% premium to its closing price of $30.31; Corvel closed on "
                 "Monday at $37.46, up 23.6%.",
    }
    arts = [outlet_article(o, t) for o, t in texts.items()]
    groups = {tuple(sorted({f.value for f in g.figures})): g.verdict for g in compare(Story.build(arts))}
    assert groups[(4.2e9, 4.5e9)] == "differ" and groups[(38.5, 39.5)] == "differ" and groups[(27, 30)] == "differ"
    assert all(max(values) <= 2 * min(values) for values in groups)  # no price beside a deal's value
    assert not any(30.31 in values and 37.46 in values for values in groups)  # two numbers of one article


def test_two_outlets_each_giving_one_count_of_a_thing_give_one_figure_in_any_words() -> None:
    # A fresh user's wire copy said "120 firefighters", the local paper "Some 150 firefighters"
    # in a paragraph of its own reporting; the figures view called the 120 the same everywhere
    # and never showed the 150.
    wire = outlet_article("Harbor Wire", "The blaze spread to two cranes before 120 firefighters brought it under control, the Valmora fire service said.")
    post = outlet_article("Evening Post", "Some 150 firefighters from Valmora and three towns fought for hours as two fireboats pumped seawater.")
    [group] = [g for g in compare(Story.build([wire, post])) if g.unit == "firefighter"]
    assert group.disagree and {f.text for f in group.figures} == {"120 firefighters", "Some 150 firefighters"}
    # not where an outlet gives two counts of the thing, where the counts are bounds or of other
    # kinds ("17 unanswered points" / "10 points"), nor where the sentences name no one in common
    for other in (
        outlet_article("Evening Post", "Some 150 firefighters from Valmora fought for hours; 90 firefighters stayed overnight."),
        outlet_article("Evening Post", "At least 150 firefighters from Valmora fought for hours as two fireboats pumped seawater."),
        outlet_article("Evening Post", "Some 150 volunteer firefighters from Valmora fought for hours as fireboats pumped seawater."),
        outlet_article("Evening Post", "Some 150 firefighters from Kessel fought for hours as two fireboats pumped seawater."),
    ):
        assert not [g for g in compare(Story.build([wire, other])) if g.unit == "firefighter"], other.paragraphs


def test_linked_paragraphs_give_one_figure_whatever_words_surround_it() -> None:
    # Three outlets' leads of one verdict: "jailed for", "sentenced to", "will serve" three years;
    # "stealing 410,000 euros" and "embezzling 400,000 euros". The figures view showed none of it.
    a = outlet_article("Bay News", "Harold Penn, treasurer of Rovers for nine years, was jailed for three years at Ostrel Crown "
                 "Court on Thursday after a jury found him guilty of stealing 410,000 euros from the club.")
    b = outlet_article("Hill Post", "A former treasurer of Rovers football club was sentenced to three years in prison on Thursday "
                 "for taking 410,000 euros from its accounts, Ostrel Crown Court heard.")
    c = outlet_article("Lake Wire", "Rovers' former treasurer Harold Penn will serve three years in prison for embezzling 400,000 "
                 "euros, Ostrel Crown Court ruled on Thursday.")
    story = Story.build([a, b, c])
    assert len(story.links) == 3
    groups = {(g.unit, g.verdict): sorted(f.value for f in g.figures) for g in compare(story)}
    assert groups == {("euro", "differ"): [400000.0, 410000.0, 410000.0], ("year", "same"): [3.0, 3.0, 3.0]}


def test_one_death_toll_in_other_words_is_one_figure() -> None:
    # A fresh user's bridge collapse: "were killed" (12, 15), "are confirmed dead" (9) and "have
    # died" (11) gave two rows, 9/11 and 12/15, though the four reports were linked.
    from core.model import Link, LinkKind, Ref

    texts = {
        "Dale Wire": "At least 12 people were killed and 31 injured when the Holm Bridge fell into the Arle on Saturday.",
        "Dale Post": "At least 15 people were killed and 31 injured when the Holm Bridge fell into the Arle on Saturday.",
        "Arle Ledger": "Nine people are confirmed dead and 20 were taken to hospital after the Holm Bridge fell on Saturday.",
        "Arle Radio": "Eleven people have died after the Holm Bridge collapsed into the Arle on Saturday morning.",
    }
    articles = tuple(outlet_article(outlet, text) for outlet, text in texts.items())
    links = tuple(
        Link(Ref(a.id, 0), Ref(b.id, 0), 0.6, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),))
        for n, a in enumerate(articles) for b in articles[n + 1 :]
    )
    groups = {g.verdict: sorted(f.value for f in g.figures) for g in compare(Story(articles, links)) if g.unit == "people"}
    assert groups == {"differ": [9.0, 11.0, 12.0, 15.0], "same": [31.0, 31.0]}


def test_the_dead_and_the_missing_never_meet_through_a_third_figure_nor_a_clock_time_counts() -> None:
    # A fresh user's ferry: one unrelated article in the folder changed the links, and "more than
    # a dozen people" (said of neither) joined the dead (8, 9) and the missing (12, 15) into one
    # row; "shortly after 7 p.m." was a count of "7 ps", "six crew" printed "6 crews".
    from core.model import Link, LinkKind, Ref

    texts = {
        "Lake Wire": "Nine people died and 12 people were still missing after the ferry capsized shortly after 7 p.m. with six crew aboard.",
        "Lake Post": "Eight people were killed when the ferry capsized; divers were searching for more than a dozen people.",
        "Lake Radio": "Fifteen people were still missing on Wednesday, and 14 people remained unaccounted for by noon.",
    }
    articles = tuple(outlet_article(outlet, text) for outlet, text in texts.items())
    links = tuple(
        Link(Ref(a.id, 0), Ref(b.id, 0), 0.6, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),))
        for n, a in enumerate(articles) for b in articles[n + 1 :]
    )
    groups = [sorted(f.value for f in g.figures) for g in compare(Story(articles, links)) if g.unit == "people"]
    assert not any({8.0, 9.0} & set(g) and {12.0, 15.0} & set(g) for g in groups), groups
    figures = extract(articles)
    assert not any(f.unit in ("p", "pm") for f in figures)
    assert format_value(6, "crew", "count") == "6 crew"


def test_two_outlets_each_giving_one_count_of_the_missing_give_one_figure() -> None:
    # A fresh user's ferry: "14 people remained unaccounted for" stood in no group beside "12
    # people were still missing" (the paragraphs share too few words to be linked); each outlet
    # gives one count of the missing all through its report: one figure, given differently.
    a = outlet_article("Lake Wire", "Nine people died when the ferry overturned near Holmvik on Tuesday.",
                 "12 people were still missing on Tuesday night, police said.")
    b = outlet_article("Ridge Radio", "Police spokesman Anders Lund said 14 people remained unaccounted for.",
                 "Divers will search the lake again at first light.")
    groups = [sorted(f.value for f in g.figures) for g in compare(Story((a, b), ())) if g.unit == "people"]
    assert [12.0, 14.0] in groups


def test_a_bound_a_value_meets_is_close_and_one_it_breaks_differs() -> None:
    # A second fresh user's plant: "At least 30 people were injured" / "34 people" was "≠", while
    # "More than 40 witnesses" / "42 witnesses" was "≈": a bound the other value meets is close.
    from core.model import Link, LinkKind, Ref

    def group(x: str, y: str):  # type: ignore[no-untyped-def]
        a, b = outlet_article("A", x), outlet_article("B", y)
        story = Story((a, b), (Link(Ref(a.id, 0), Ref(b.id, 0), 0.6, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),)),))
        [found] = [g for g in compare(story) if g.unit == "people"]
        return found

    assert group("At least 30 people were injured in the blast at the plant.", "The blast at the plant injured 34 people.").verdict == "close"
    assert group("At least 30 people were injured in the blast at the plant.", "The blast at the plant injured 24 people.").verdict == "differ"
    assert group("Fewer than 20 people were injured in the blast at the plant.", "The blast at the plant injured 24 people.").verdict == "differ"


def test_what_a_vessel_may_carry_is_no_count_of_those_aboard() -> None:
    # A fresh user's ferry: "more than 200 people on board" and "licensed to carry 250 people" (a
    # capacity) were one figure, "close"; two outlets' capacities are one figure ("certified to
    # carry 150 people" / "licensed to carry 250 people": they differ).
    aboard = outlet_article("Lake Post", "A port official said there were more than 200 people on board when the ferry left Holmvik.")
    licensed = outlet_article("Lake Wire", "The operator denied the ferry was overloaded, saying it was licensed to carry 250 people.")
    certified = outlet_article("Lake Radio", "The ferry, certified to carry 150 people, left Holmvik on Tuesday.")
    from core.model import Link, LinkKind, Ref

    linked = (Link(Ref(aboard.id, 0), Ref(licensed.id, 0), 0.6, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),)),)
    groups = [sorted(f.value for f in g.figures) for g in compare(Story((aboard, licensed), linked)) if g.unit == "people"]
    assert groups == []
    groups = [g for g in compare(Story((aboard, licensed, certified), linked)) if g.unit == "people"]
    assert [sorted(f.value for f in g.figures) for g in groups] == [[150.0, 250.0]] and groups[0].verdict == "differ"


def test_a_count_of_a_whole_counts_its_unit_and_initials_are_no_unit() -> None:
    # A fresh user's rate story: "21 of 27 economists" / "20 of 27 economists" showed only "same:
    # 27 economists"; "72.20 U.S. cents" was a count of "us" and its sentence cut at "U.S.".
    wire = outlet_article("Wire", "The move was expected by 21 of 27 economists polled by Reuters, citing U.S. tariffs on steel.",
                    "The Canadian dollar weakened to 72.20 U.S. cents after the decision.")
    reprint = outlet_article("Courier", "The move was expected by 20 of 27 economists polled by Reuters, citing U.S. tariffs on steel.")
    found = extract([wire])
    assert sorted((f.value, f.unit) for f in found) == [(21.0, "economist"), (27.0, "economist"), (72.2, "cent")]
    assert found[0].sentence == wire.paragraphs[0]
    groups = {(g.unit, g.verdict, tuple(sorted(f.value for f in g.figures))) for g in compare(Story.build([wire, reprint]))}
    assert ("economist", "differ", (20.0, 21.0)) in groups and ("economist", "same", (27.0, 27.0)) in groups
    # a plural in "-es" is its singular ("17 passes": pass, not "passe")
    assert [(f.unit, f.text) for f in extract([outlet_article("A", "He completed 17 passes and threw 40 punches at six avalanches.")])] == [
        ("pass", "17 passes"), ("punch", "40 punches"), ("avalanche", "six avalanches")]


def test_an_escape_sequences_parameters_are_no_figure() -> None:
    # A fresh user's hostile file: "␛[2J" gave a figure "2J" in a link's evidence, and a C1
    # CSI's "31m" a distance of 31 m in the figures view.
    from core.linking.evidence import evidence
    from core.sanitize import sanitize

    text = sanitize("The bank cut rates to 2.25% \x1b[2J today \x9b31m and 40 people said so.")
    assert [(f.text, f.unit) for f in extract([outlet_article("A", text)])] == [("2.25%", "%"), ("40 people", "people")]
    assert evidence(text, "The bank cut rates to 2.25% today; 2J and 31m, 40 people said.").figures == ("2.25", "40")


def test_dates_names_and_owners_are_read_as_people_write_them() -> None:
    # A fresh user's breach and recall: "29 April" was a count of "aprils", "4.1 million current
    # and former members" of "currents", "287,000 of its AeroCrisp 5L air fryers" no figure at
    # all, and the product's name "AeroCrisp 5L" a volume of 5 litres.
    found = extract([outlet_article("A",
        "The breach was found on 29 April and on Tuesday 5 May; data of 4.1 million current and former members was taken.",
        "Hollis & Crane has issued a recall for 287,000 of its AeroCrisp 5L air fryers.",
        "The tank holds 5L of water.")])
    assert [(f.value, f.unit) for f in found] == [(4_100_000, "member"), (287_000, "fryer"), (5, "litre")]  # no float noise
    # a scale cut short before the things it counts is that many of them; "a 5k run" no count
    assert [(f.value, f.unit) for f in extract([outlet_article("B", "It has 600k members and 1.2bn users after a 5k run.")])] == [
        (600_000, "member"), (1.2e9, "user")]


def test_a_count_counts_the_head_of_its_noun_phrase_not_a_name_inside_it() -> None:
    # Two fresh users' recall: "287,412 AeroCrisp 5L air fryers" was a count of "aerocrisps",
    # the product's name, not of fryers. Names and model codes between a number and its noun
    # ("12 Hamas fighters", "40 Tesla Model 3 cars") say which; the plural noun after them is
    # what is counted. A name that is itself the plural counted ("500 Britons", "20 Labour MPs")
    # stays the unit.
    found = extract([outlet_article("A",
        "Hollis & Crane is recalling 287,412 AeroCrisp 5L air fryers; around 287,000 AeroCrisp 5L fryers were sold, "
        "and 287,000 of its AeroCrisp 5L air fryers were made in Stockport.",
        "Police said 12 Hamas fighters, 40 Tesla Model 3 cars and seven AK-47 assault rifles were seen; 30 Hollis & Crane workers left.",
        "Some 500 Britons were evacuated and 20 Labour MPs voted against; 300 AeroCrisp were sold.")])
    assert [(f.value, f.unit, f.text) for f in found] == [
        (287_412, "fryer", "287,412 AeroCrisp 5L air fryers"), (287_000, "fryer", "around 287,000 AeroCrisp 5L fryers"),
        (287_000, "fryer", "287,000 of its AeroCrisp 5L air fryers"),
        (12, "fighter", "12 Hamas fighters"), (40, "car", "40 Tesla Model 3 cars"),
        (7, "rifle", "seven AK-47 assault rifles"), (30, "worker", "30 Hollis & Crane workers"),
        (500, "briton", "Some 500 Britons"), (20, "mp", "20 Labour MPs"), (300, "aerocrisp", "300 AeroCrisp")]
    assert format_value(287_412, "fryer", "count") == "287,412 fryers"
    # a headline's capitals name nothing: "Jolts" and "Athens" are no plural counted
    assert [(f.unit, f.text) for f in extract([outlet_article("B", "5.9 Earthquake Jolts Iran", "Three Killed In Athens",
                                                                    "The navy has seized 14 AK-47 Rifles.")])] == [
        ("magnitude", "5.9"), ("people", "Three Killed"), ("rifle", "14 AK-47 Rifles")]


def test_a_rounded_figure_and_an_estimate_agree_with_the_exact_one_and_only_the_outlier_differs() -> None:
    # Two fresh users' recall: "287,412", "around 287,000", "287,000 of its" and a reprint's wrong
    # "278,412" were one row "DISAGREE: 278,412, 287,000, 287,412" and "0 close (≈)": nothing
    # said the first agree (a figure rounded) nor which one is wrong.
    from core.views.figures import values_text

    lead = "Hollis & Crane of Stockport is recalling {} AeroCrisp air fryers over a wiring fault, the company said."
    texts = {"Wire": lead.format("287,412"), "Alerts": lead.format("287,412"), "Gazette": lead.format("278,412"),
             "Weekly": lead.format("287,000"), "Metro": lead.format("around 287,000"), "Ledger": lead.format("nearly 300,000")}
    story = Story.build([outlet_article(outlet, text) for outlet, text in texts.items()])
    [group] = [g for g in compare(story) if g.unit == "fryer"]
    outlet = {a.id: a.outlet for a in story.articles}
    assert {outlet[f.ref.article]: group.verdict_of(f) for f in group.figures} == {
        "Wire": "same", "Alerts": "same", "Gazette": "differ", "Weekly": "close", "Metro": "close", "Ledger": "close"}
    assert group.agreed is not None and group.agreed.value == 287_412 and group.verdict == "differ"
    assert values_text(group) == "287,412 fryers ≈ 287,000 fryers, nearly 300,000 fryers ≠ 278,412 fryers"
    # without the outlier the rounded figure and the estimates are close (≈), never a disagreement
    story = Story.build([outlet_article(outlet, text) for outlet, text in texts.items() if outlet != "Gazette"])
    [group] = [g for g in compare(story) if g.unit == "fryer"]
    assert group.verdict == "close" and summary([group]).endswith("outlets: 0 differ (≠), 1 close but unequal (≈), 0 the same (=); 5 figures in all")
    # two outlets each giving another value: no majority, each differs; an estimate that allows
    # both is close to both, and decides nothing
    story = Story.build([outlet_article(o, lead.format(n)) for o, n in (("A", "212,000"), ("B", "221,000"), ("C", "about 220,000"))])
    [group] = [g for g in compare(story) if g.unit == "fryer"]
    assert group.agreed is None and [group.verdict_of(f) for f in group.figures] == ["differ", "differ", "close"]
    assert values_text(group) == "212,000 fryers, about 220,000 fryers, 221,000 fryers"
    # an estimate is given to its last significant digit: "around 287,000" is no 278,412, and
    # "some 104" no 100
    story = Story.build([outlet_article(o, lead.format(n)) for o, n in (("A", "278,412"), ("B", "around 287,000"))])
    assert [g.verdict for g in compare(story) if g.unit == "fryer"] == ["differ"]
    # most outlets may give the figure qualified: then one plain value against them is the outlier
    story = Story.build([outlet_article(o, lead.format(n)) for o, n in (
        ("A", "at least 160,000"), ("B", "at least 160,000"), ("C", "around 165,000"), ("D", "90,000"))])
    [group] = [g for g in compare(story) if g.unit == "fryer"]
    assert [group.verdict_of(f) for f in group.figures] == ["same", "same", "close", "differ"]
    # an estimate is consistent only with what it allows: "nearly 300,000" is no 301,000
    story = Story.build([outlet_article(o, lead.format(n)) for o, n in (("A", "301,412"), ("B", "nearly 300,000"))])
    assert [g.verdict for g in compare(story) if g.unit == "fryer"] == ["differ"]


def test_a_time_in_other_units_is_one_figure_and_agrees_or_differs_by_its_length() -> None:
    # Two fresh users' breach: "two years of free credit monitoring" and "free credit monitoring
    # for 24 months" were never compared (a figure was compared only with figures of its unit),
    # nor "90 minutes" with "an hour and a half".
    from core.views.figures import values_text

    def group(x: str, y: str):  # type: ignore[no-untyped-def]
        [found] = [g for g in compare(Story.build([outlet_article("Wire", x), outlet_article("Post", y)])) if g.kind == "duration"]
        return found

    monitoring = "Halcyon Health will give every affected member {} of free credit monitoring from Paxley Systems."
    same = group(monitoring.format("two years"), monitoring.format("24 months"))
    assert same.verdict == "same" and values_text(same) == "24 months (2 years)"
    hearing = "The Ostrel tribunal hearing on the Paxley Systems breach lasted {} on Monday."
    assert group(hearing.format("90 minutes"), hearing.format("an hour and a half")).verdict == "same"
    assert group(hearing.format("half an hour"), hearing.format("30 minutes")).verdict == "same"
    # a coarser unit is given to its own rounding: "two years" is no 24 months exactly, but is
    # never three years
    differ = group(monitoring.format("three years"), monitoring.format("24 months"))
    assert differ.verdict == "differ" and values_text(differ) == "24 months, 3 years"
    assert group(hearing.format("nearly two hours"), hearing.format("110 minutes")).verdict == "close"
    assert group(hearing.format("nearly two hours"), hearing.format("130 minutes")).verdict == "differ"
    assert group(monitoring.format("one year"), monitoring.format("seven months")).verdict == "differ"
    assert group(monitoring.format("three months"), monitoring.format("90 days")).verdict == "close"
    assert [(f.text, f.value, f.unit) for f in extract([outlet_article("A", "It took a year and a half, or half a day.")])] == [
        ("a year and a half", 1.5, "year"), ("half a day", 0.5, "day")]


def test_a_number_from_a_nought_and_a_time_of_nought_are_no_figures() -> None:
    # The development stories' figures view had rows "0 feet ≠ 200 feet" ("2, 000 feet", a stray
    # space), "7%" ("0. 07 percent"), "5 lefts" ("14:05 left") and "0 days" (a "zero-day" flaw).
    text = "A zero-day flaw, found 2, 000 feet down with 14:05 left and a level of 0. 07 percent, took 10 days."
    assert [f.text for f in extract([outlet_article("A", text)])] == ["10 days"]
    assert [f.text for f in extract([outlet_article("A", "Rates fell to 0.07 percent and 0 people came.")])] == ["0.07 percent"]


def test_a_bound_the_agreed_value_meets_is_close_and_opposite_bounds_differ() -> None:
    from core.views.figures import values_text

    # A fresh user's wildfire: "more than 6,000 people" was marked the outlier (≠) beside "6,200
    # people" and "More than 6,200 people", which it allows; "Fewer than 300 jobs" and "More than
    # 300 jobs" were both marked the same value (=).
    lead = "More than {} people have been evacuated from villages around the Sierra Lenta, civil protection said."
    story = Story.build([outlet_article(o, lead.format(n)) for o, n in (
        ("Wire", "6,200"), ("Gazette", "6,200"), ("Desk", "6,000"), ("Herald", "6,800"))]
        + [outlet_article("Live", "Civil protection now says 6,200 people have been evacuated from villages around the Sierra Lenta.")])
    [group] = [g for g in compare(story) if g.unit == "people"]
    outlet = {a.id: a.outlet for a in story.articles}
    assert {outlet[f.ref.article]: group.verdict_of(f) for f in group.figures} == {
        "Wire": "same", "Gazette": "same", "Desk": "close", "Herald": "differ", "Live": "same"}
    jobs = "{} than 300 jobs will be created during construction of the Bramford line, the ministry estimates."
    story = Story.build([outlet_article("Agency", jobs.format("Fewer")), outlet_article("Post", jobs.format("More"))])
    [group] = [g for g in compare(story) if g.unit == "job"]
    assert [group.verdict_of(f) for f in group.figures] == ["differ", "differ"]
    assert values_text(group) == "fewer than 300 jobs, more than 300 jobs"
    # "at least 300" and "up to 300" both allow 300: they agree
    story = Story.build([outlet_article("Agency", jobs.replace("{} than", "At least")), outlet_article("Post", jobs.replace("{} than", "Up to"))])
    assert [g.verdict for g in compare(story) if g.unit == "job"] == ["same"]


def test_a_digit_edited_in_linked_copy_stays_in_its_row() -> None:
    # A fresh user's reprint gave "after 19 hours of debate" for "nine hours": the row read
    # "same: duration: 9 hours" without the reprint (19 is more than twice 9).
    lead = "The regional parliament on Tuesday approved the Bramford rail plan by 41 votes to 12 after {} hours of debate."
    story = Story.build([outlet_article("Agency", lead.format("nine")), outlet_article("Post", lead.format("19")),
                         outlet_article("Gazette", lead.format("nine"))])
    [group] = [g for g in compare(story) if g.kind == "duration"]
    assert sorted(f.value for f in group.figures) == [9, 9, 19] and group.verdict == "differ"


def test_a_sum_with_its_scale_hyphened_is_money_in_its_currency() -> None:
    # A fresh user's "a 3.5-billion-crown rail plan" / "5.3-billion-crown" was shown as "count:
    # 3.5 billions ≠ 5.3 billions".
    lead = "The regional parliament on Tuesday approved a {}-billion-crown rail plan by 41 votes to 12."
    story = Story.build([outlet_article("Agency", lead.format("3.5")), outlet_article("Post", lead.format("5.3"))])
    [group] = [g for g in compare(story) if g.kind == "money"]
    assert (group.unit, sorted(f.value for f in group.figures), group.verdict) == ("crown", [3.5e9, 5.3e9], "differ")
    assert format_value(3.5e9, "crown", "money") == "3.5 billion crowns"


def test_a_sum_whose_currency_copy_changed_is_in_its_row_and_differs() -> None:
    # A fresh user's reprint put "200 million dollars" for "200 million euros": the figures view
    # said "same: money: 200 million euros" and left the reprint out of the row.
    from core.views.figures import values_text

    loan = "Finance minister Piotr Nowak said the region would borrow 200 million {} to pay for the new bridge at Oster."
    story = Story.build([outlet_article("Agency", loan.format("euros")), outlet_article("Post", loan.format("dollars")),
                         outlet_article("Radio", loan.format("euros"))])
    [group] = [g for g in compare(story) if g.kind == "money"]
    outlet = {a.id: a.outlet for a in story.articles}
    assert {outlet[f.ref.article]: group.verdict_of(f) for f in group.figures} == {"Agency": "same", "Post": "differ", "Radio": "same"}
    assert values_text(group) == "200 million euros ≠ $200 million"
    # two outlets, one each: no agreed value, and two values shown
    [group] = [g for g in compare(Story.build([outlet_article("Agency", loan.format("euros")), outlet_article("Post", loan.format("dollars"))]))
               if g.kind == "money"]
    assert group.verdict == "differ" and values_text(group) == "200 million euros, $200 million"


def test_a_count_before_a_hyphened_modifier_counts_the_noun_after_it() -> None:
    # A fresh user's fire: "six water-bombing aircraft" was "count: 6 waters", "Three
    # fire-fighting helicopters" "3 fires".
    found = extract([outlet_article("Wire", "Some 420 firefighters, backed by six water-bombing aircraft and three fire-fighting "
                                      "helicopters, fought the blaze; a 12-member panel and two-time champions met.")])
    assert [(f.value, f.unit, f.text) for f in found] == [
        (420, "firefighter", "Some 420 firefighters"), (6, "aircraft", "six water-bombing aircraft"),
        (3, "helicopter", "three fire-fighting helicopters"), (12, "member", "12-member")]


def test_a_sum_edited_in_linked_copy_stays_in_its_row() -> None:
    # A fresh user's reprint: "about 25 euros a year" / "about 52 euros a year" was in no row.
    cost = "The bridge will take {} to build and cost each household about {} euros a year, the council said."
    story = Story.build([outlet_article("Agency", cost.format("30 months", "25")), outlet_article("Post", cost.format("two and a half years", "52"))])
    [group] = [g for g in compare(story) if g.kind == "money"]
    assert sorted(f.value for f in group.figures) == [25, 52] and group.verdict == "differ"


def test_a_measure_each_outlet_gives_once_with_one_value_is_one_row() -> None:
    # A fresh user's fire: the Climate Desk's "scorched some 3,400 hectares" was left out of the
    # row of the wire's "burned about 3,400 hectares of pine forest" (paragraphs not linked, no
    # rare words shared).
    story = Story.build([
        outlet_article("Desk", "A fast-moving wildfire in the Sierra Ombra has driven more than 6,000 people from their homes "
                         "and scorched some 3,400 hectares, in one of the region's worst fire seasons on record."),
        outlet_article("Wire", "More than 6,200 people have been evacuated from villages around Vellaris as a wildfire burned on.",
                 "The blaze has burned about 3,400 hectares of pine forest and scrubland, according to the agency."),
    ])
    [group] = [g for g in compare(story) if g.unit == "hectare"]
    assert len(group.figures) == 2 and group.verdict == "same"


def test_a_count_after_the_number_of_what_it_counts_is_a_figure() -> None:
    # A fresh user's fire: The Tavor Times's "bringing the number of people forced from their
    # homes to 6,200" was in no row: the unit stands before the number.
    found = extract([outlet_article("Tavor", "Officials ordered the evacuation of eleven villages, bringing the number of people "
                                       "forced from their homes to 6,200. The number of fires rose to 14 fires.")])
    assert [(f.value, f.unit, f.text) for f in found] == [(11, "village", "eleven villages"), (6200, "people", "6,200"),
                                                         (14, "fire", "14 fires")]
    # not past another number or an escape sequence's parameters
    found = extract([outlet_article("T", "The number of people rose to \u241b[2J and the number of fires rose to 31 on Monday.",
                                   "It will increase the number of seats from 65 to 125.")])
    assert [(f.value, f.unit) for f in found] == [(31, "fire")]


def test_outlets_split_evenly_show_which_values_go_together() -> None:
    # A fresh user's "nearly 7%", "7.2%", "7.8%" were all marked ≠ with nothing agreed; two
    # outlets each giving a value (and estimates that allow it) were four outliers too.
    from core.views.figures import values_text

    lead = "Consumer prices in Velmora rose {} in the year to March, the statistics office said."

    def group(*values: str):  # type: ignore[no-untyped-def]
        [found] = compare(Story.build([outlet_article(f"Outlet {n}", lead.format(v)) for n, v in enumerate(values)]))
        return found

    # "nearly 7%" is under 7% (a value over it would be "about" or "just over" 7%): three values
    # no two of which agree, each differing from the others, and no agreed value
    three = group("nearly 7%", "7.2%", "7.8%")
    assert three.agreed is None and three.verdicts == ("differ",) * 3 and not three.sides
    # two sides of two outlets each: each value marked against its own side's, the sides lettered
    four = group("7.2%", "7.2%", "nearly 7%", "6.9%", "about 7%")
    assert four.agreed is None and four.disagree and four.verdict == "differ"
    assert [(four.side_of(f), four.verdict_of(f)) for f in four.figures] == [
        ("B", "same"), ("B", "same"), ("A", "close"), ("A", "same"), ("", "close")]
    assert values_text(four) == "A: 6.9% ≈ nearly 7% | B: 7.2% | ≈ both: about 7%"
    assert [four.mark_of(f) for f in four.figures] == ["=B", "=B", "≈A", "=A", "≈"]
    story = Story.build([outlet_article(f"Outlet {n}", lead.format(v)) for n, v in enumerate(("7.2%", "7.2%", "nearly 7%", "6.9%"))])
    [occurrences] = [g["occurrences"] for g in figures_to_json(story, compare(story))["figures"]]  # type: ignore[index]
    assert [o["side"] for o in occurrences] == ["B", "B", "A", "A"]


def test_a_value_one_outlet_alone_gives_is_not_agreed_where_another_contradicts_itself() -> None:
    # A tester's three articles, two of one outlet (its first report and its follow-up), gave 1,300,
    # 1,500 and 1,200 evacuated: "1,500" was marked agreed (=) and the others outliers (≠), the
    # outlet of two values standing for neither. No two outlets agree: every value differs.
    lead = "A fire at the Keldhaven oil refinery forced the evacuation of {} residents on Tuesday, the fire service said."
    story = Story.build([outlet_article(outlet, lead.format(v)) for outlet, v in
                         (("Coastal Herald", "1,300"), ("Fjord Gazette", "1,500"), ("Coastal Herald", "1,200"))])
    [count] = [g for g in compare(story) if g.kind == "count"]
    assert count.agreed is None and [count.mark_of(f) for f in count.figures] == ["≠", "≠", "≠"]
    # a second outlet giving 1,500 agrees with it: agreed
    story = Story.build([outlet_article(outlet, lead.format(v)) for outlet, v in
                         (("Coastal Herald", "1,300"), ("Fjord Gazette", "1,500"), ("Valley Post", "1,500"))])
    [count] = [g for g in compare(story) if g.kind == "count"]
    assert count.agreed is not None and [count.mark_of(f) for f in count.figures] == ["≠", "=", "="]


def test_a_figure_on_some_sides_of_a_split_but_not_all_is_not_said_to_fit_every_side() -> None:
    # "at least $160 million" fits "$161 million" and "$184 million" but not "$140 million"
    from core.views.figures import values_text

    lead = "The storm caused {} of damage across the Velmora coast, insurers said on Friday."
    story = Story.build([outlet_article(f"Outlet {n}", lead.format(v)) for n, v in enumerate(
        ("$140 million", "$140 million", "at least $160 million", "$161 million", "$184 million"))])
    [group] = [g for g in compare(story) if g.kind == "money"]
    assert [group.mark_of(f) for f in group.figures] == ["=A", "=A", "≈B", "=B", "=C"]
    assert values_text(group) == "A: $140 million | B: $161 million ≈ at least $160 million | C: $184 million"


def test_dates_of_one_event_in_copy_are_compared() -> None:
    # Fresh users' wire copy: "January 15" / "January 25" for when a charge ends, "Monday" /
    # "Tuesday" for the ruling, a fire's "fourth day" / "third day": shown only on the links,
    # never in the figures view.
    from core.views.figures import values_text

    court = ("A regional court on {} struck down the city of Castellan's 12-euro congestion charge, ruling that it "
             "had failed to consult residents. The charge will cease to apply from {}, the court said.")
    fire = "The wildfire burning in the Sierra Ombra hills entered its {} day, officials said, as crews fought the flames."
    story = Story.build(_dated([
        outlet_article("Wire", court.format("Monday", "January 15"), fire.format("fourth")),
        outlet_article("Courier", court.format("Monday", "January 25"), fire.format("fourth")),
        outlet_article("Ledger", court.format("Tuesday", "January 15"), fire.format("third")),
    ]))
    dates = {values_text(g): [g.verdict_of(f) for f in g.figures] for g in compare(story) if g.kind == "date"}
    assert dates == {"Monday ≠ Tuesday": ["same", "same", "differ"], "January 15 ≠ January 25": ["same", "differ", "same"],
                     "fourth day ≠ third day": ["same", "same", "differ"]}


def test_dates_of_other_events_and_of_pages_are_never_compared() -> None:
    from core.views.figures import extract_dates

    # a rewording that dates the arrest and one that dates what the police said: two events
    story = Story.build([
        outlet_article("A", "Chargers receiver Vincent Jackson was arrested on suspicion of drunk driving on Tuesday, police said."),
        outlet_article("B", "Police said on Wednesday that Chargers receiver Vincent Jackson was arrested on suspicion of drunk driving."),
    ])
    assert story.links and not [g for g in compare(story) if g.kind == "date"]
    # a page's date, and a day told by the day it was written, are no event's
    page = outlet_article("C", "Published: April 16, 2013 9:09 AM", "Seacom announced today (14 October 2011) that it had restored "
                         "all business customers on the cable.", "Black Friday sales rose on Monday, March 3, the fourth day of the fair.")
    assert [(f.text, f.value, f.unit) for f in extract_dates([page])] == [
        ("Monday", 1.0, "weekday"), ("March 3", 303.0, "date"), ("fourth day", 4.0, "nth day")]
    # ordinals past the twentieth are days too ("the thirtieth day" of a strike)
    strike = outlet_article("D", "The dock strike entered its thirtieth day on Sunday with no talks planned by the union.")
    assert ("thirtieth day", 30.0, "nth day") in [(f.text, f.value, f.unit) for f in extract_dates([strike])]


def test_a_count_of_nought_of_an_outcome_is_a_figure_of_it() -> None:
    # A fresh user's ferry: the wire's "No one was killed" against a copy's "Two people were
    # killed" gave "0 differ"; and a copy's "no casualties" (of "killing 12 people") was left out.
    from core.model import Link, LinkKind, Ref

    def groups(*texts: str) -> list[tuple[str, list[tuple[float, str]]]]:
        articles = tuple(outlet_article(f"Outlet {n}", text) for n, text in enumerate(texts))
        links = tuple(Link(Ref(a.id, 0), Ref(b.id, 0), 0.6, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),))
                      for n, a in enumerate(articles) for b in articles[n + 1 :])
        return [(g.verdict, sorted((f.value, f.text) for f in g.figures)) for g in compare(Story(articles, links)) if g.unit == "people"]

    ferry = "The Skarn ferry struck rocks off Holmvik on Sunday evening. {}, the coast guard said."
    assert groups(ferry.format("No one was killed"), ferry.format("Two people were killed")) == [
        ("differ", [(0.0, "No one was killed"), (2.0, "Two people")])]
    quake = "A mudslide covered the pass road near Elvdal on Sunday, {} travelling in three cars, police said."
    assert groups(quake.format("killing 12 people"), quake.format("causing no casualties among people")) == [
        ("differ", [(0.0, "no casualties"), (12.0, "12 people")])]
    # "no casualties" counts the injured too; each count joins its own outcome's, never both into one
    bridge = "The Holm Bridge fell into the Arle on Saturday{}."
    assert groups(bridge.format(", killing 12 people and injuring 31 others"), bridge.format(" with no casualties")) == [
        ("differ", [(0.0, "no casualties"), (12.0, "12 people")]), ("differ", [(0.0, "no casualties"), (31.0, "31 others")])]
    # "two countries", "no one said": no count of an outcome, no figure
    assert [f.value for f in extract([outlet_article("Wire", "Two countries signed it; no one said why, and no deal was made.")])] == []
    # "one" alone says of anyone: "When one is killed, all of us lose" counts no one
    assert [f.value for f in extract([outlet_article("Wire", "When one is killed, all of us lose, the mayor said.")])] == []
    # one killed is a count too, read "1 person"; and two outlets' "no one was hurt" are one figure
    shot = "A man opened fire at the Holm office party on Friday, {}, police said."
    assert groups(shot.format("killing one person"), shot.format("shooting one person dead")) == [
        ("same", [(1.0, "one person"), (1.0, "one person")])]
    assert format_value(1, "people", "count") == "1 person"


def test_wire_flash_money_is_money_in_its_currency() -> None:
    # A fresh user's wire flash "EUR 1.2 bln" was no money, and missing from the €1.2bn row.
    found = extract([outlet_article("Flash", "Ostra Bank Q3 net profit EUR 1.2 bln; buyback up to EUR 500 mln, a USD 3bn "
                                      "bond and a GBP 300m loan, against \u20ac1.2bn and 1.2 billion euros.")])
    assert [(f.value, f.unit, f.kind) for f in found] == [
        (1.2e9, "euro", "money"), (5e8, "euro", "money"), (3e9, "dollar", "money"), (3e8, "pound", "money"),
        (1.2e9, "euro", "money"), (1.2e9, "euro", "money")]
    story = Story.build([
        outlet_article("Agency", "Ostra Bank said on Thursday its third-quarter net profit rose 12% to \u20ac1.2bn, beating forecasts."),
        outlet_article("Flash", "Ostra Bank Q3 net profit EUR 1.2 bln, up 12%."),
        outlet_article("Daily", "Ostra Bank earned 1.2 billion euros in the third quarter, up 12 per cent on a year earlier."),
    ])
    [group] = [g for g in compare(story) if g.kind == "money"]
    assert len(group.figures) == 3 and group.verdict == "same"


def test_a_rate_move_in_points_and_basis_points_is_one_figure() -> None:
    # A fresh user's "0.25 percentage points" / "25 basis points" / "a quarter-point" was never
    # a figure (the size of the cut was missing from the view).
    found = extract([outlet_article("Wire", "It cut by 0.25 percentage points, by 25 basis points, by 25bp, by a quarter-point, "
                                      "by half a percentage point and by a half-point.")])
    assert [(f.value, f.unit) for f in found] == [
        (0.25, "percentage point"), (25, "basis point"), (25, "basis point"), (0.25, "percentage point"),
        (0.5, "percentage point"), (0.5, "percentage point")]
    assert format_value(0.25, "percentage point", "points") == "0.25 percentage points"
    assert format_value(25, "basis point", "points") == "25 basis points"
    story = Story.build([
        outlet_article("Agency", "The Sorvik central bank cut its main refinancing rate by 0.25 percentage points to 3.25% on Thursday."),
        outlet_article("Daily", "The Sorvik central bank lowered its benchmark rate by 25 basis points to 3.25 per cent on Thursday."),
        outlet_article("Brief", "The Sorvik central bank cut its main rate by a quarter-point to 3.25% on Thursday."),
        outlet_article("Desk", "The Sorvik central bank cut interest rates by 0.25% to 3.25% on Thursday."),
    ])
    [move] = [g for g in compare(story) if g.kind == "points"]
    assert len(move.figures) == 4 and move.verdict == "same" and not move.disagree
    [rate] = [g for g in compare(story) if g.kind == "share"]
    assert sorted(f.value for f in rate.figures) == [3.25] * 4


def test_shares_of_two_line_items_are_two_quantities() -> None:
    # A fresh user's results story: "revenue rose 5%" against "fee and commission income climbed
    # 9%" was "DISAGREE: share: 5% ≠ 9%".
    story = Story.build([
        outlet_article("Agency", "Net interest income at Ostra Bank fell 3% to \u20ac2.1bn, while revenue rose 5% to \u20ac4.6bn."),
        outlet_article("Daily", "Income from lending at Ostra Bank slipped 3 per cent as falling rates ate into margins, "
                          "but total revenue climbed 5 per cent."),
        outlet_article("Paper", "Fee and commission income at Ostra Bank climbed 9% to \u20ac1.4bn, making up for weaker lending income."),
    ])
    shares = [g for g in compare(story) if g.kind == "share"]
    assert not any(g.disagree for g in shares)
    assert {(g.quantity, tuple(sorted(f.value for f in g.figures))) for g in shares} == {
        ("share (net interest income)", (3.0, 3.0)), ("share (revenue)", (5.0, 5.0))}


def test_the_views_head_a_share_with_what_it_is_of(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    # A fresh user's "DISAGREE: share: 5% ≠ 9%" said nothing of what the shares were of.
    from tests.two_articles import jsonl_of

    said = "Revenue at Ostra Bank rose 5% to \u20ac4.6bn in the third quarter, the bank said on Thursday."
    rows = tuple((f"Outlet {n}", f"Ostra Bank results, report {n}", "2026-11-12T09:00:00+01:00", (said,)) for n in range(2))
    path = jsonl_of(tmp_path / "results.jsonl", rows)
    assert main(["figures", str(path)]) == 0
    assert "same: share (revenue): 5%\n" in capsys.readouterr().out
    assert main(["figures", "--json", str(path)]) == 0
    assert [g["quantity"] for g in json.loads(capsys.readouterr().out)["figures"] if g["kind"] == "share"] == ["share (revenue)"]
    assert main(["export", str(path), "-o", str(tmp_path / "results.md")]) == 0
    assert "- = share \\(revenue\\): 5%\n" in (tmp_path / "results.md").read_text(encoding="utf-8")  # Markdown, escaped


def test_a_flash_lines_share_joins_the_row_of_the_quantity_its_line_names() -> None:
    # A fresh user's flash "Halvard Q3 profit EUR 1.2 bln, up 12%" shares no other words with
    # "profit rose 12%" in a report, and its 12% stood in no row.
    def rows(*articles: Article) -> list[tuple[str, str, list[tuple[str, float]]]]:
        story = Story.build(list(articles))
        return [(g.verdict, g.quantity, [(story.article(f.ref.article).outlet, f.value) for f in g.figures])
                for g in compare(story) if g.kind == "share"]

    report = outlet_article("Agency", "Ostra Bank said on Thursday its third-quarter profit rose 12% to \u20ac1.2bn, beating forecasts.")
    assert rows(report, outlet_article("Flash", "Ostra Q3 profit EUR 1.2 bln, up 12%")) == [
        ("same", "share (q3 profit)", [("Agency", 12.0), ("Flash", 12.0)])]
    # where the flash gives another value, the row shows the disagreement
    [(verdict, _, values)] = rows(report, outlet_article("Flash", "Ostra Q3 profit EUR 1.2 bln, up 15%"))
    assert verdict == "differ" and sorted(values) == [("Agency", 12.0), ("Flash", 15.0)]
    # a line naming another quantity or another period joins no row
    for line in ("Ostra Q3 revenue EUR 4.6 bln, up 12%", "Ostra full-year profit EUR 4 bln, up 12%"):
        assert rows(report, outlet_article("Flash", line)) == [], line
    # nor where an outlet gives two values of the quantity named (which of them is the flash's?)
    assert rows(outlet_article("Agency", "Ostra's profit rose 12% in the quarter and 8% in the year to date, the bank said."),
                outlet_article("Flash", "Ostra Q3 profit EUR 1.2 bln, up 12%")) == []


def test_a_rate_move_reworded_in_two_units_is_one_figure_and_never_the_level() -> None:
    # Reworded reports of one cut ("cut by a quarter-point" / "lowered borrowing costs by 25 basis
    # points" / "trimmed rates by 0.25"), not linked and in two units, stood in no row together.
    agency = outlet_article("Agency", "The Sorvik central bank cut its main refinancing rate by a quarter-point to 3.25% on Thursday.")
    story = Story.build([
        agency,
        outlet_article("Daily", "Policymakers in Varnholm lowered borrowing costs by 25 basis points, bringing the key rate to 3.25 per cent."),
        outlet_article("Brief", "Sorvik: main rate reduced 0.25 percentage points, first reduction in 14 months."),
        outlet_article("Desk", "The central bank trimmed rates by 0.25 to 3.25%, its first reduction since last year."),
    ])
    groups = compare(story)
    [move] = [g for g in groups if g.kind == "points"]
    assert sorted(f.text for f in move.figures) == ["0.25", "0.25 percentage points", "25 basis points", "a quarter-point"]
    assert move.verdict == "same" and {f.unit for f in move.figures} == {"percentage point", "basis point"}
    # the level the rate was cut to is another quantity: never in the move's row, nor the move in its
    [level] = [g for g in groups if g.kind == "share"]
    assert sorted(f.value for f in level.figures) == [3.25, 3.25, 3.25]
    # a move of another size in the other unit is a disagreement, not another row
    other = Story.build([
        agency,
        outlet_article("Daily", "Policymakers in Varnholm lowered borrowing costs by 50 basis points, bringing the key rate to 3 per cent."),
    ])
    [move] = [g for g in compare(other) if g.kind == "points"]
    assert move.disagree and sorted(f.size for f in move.figures) == [0.25, 0.5]
    # a number with no unit after "by" is a move only where a rate moved ("grew by 0.25" is none)
    assert [f.kind for f in extract([outlet_article("Wire", "Output grew by 0.25 to 3.5 million tonnes.")])] == ["mass"]


def test_ages_of_people_named_differently_are_two_rows_and_an_unnamed_age_joins_its_own_value() -> None:
    # Two hit-and-runs in one story: "66-year-old Lena Marsh" and "Ravi Kohli, a 59-year-old
    # grandmother" stood in one age row as a disagreement, as did the two drivers' ages.
    star = outlet_article("Star", "Police say 66-year-old Lena Marsh, of Dunmore, was killed when a driver hit her outside the store.")
    story = Story.build([
        star,
        outlet_article("Ledger", "A driver hit a 66-year-old woman outside the store in Dunmore and fled, police said."),
        outlet_article("Post", "Witnesses say 59-year-old Ravi Kohli was leaving her car on Elm Street when she was hit and killed."),
        outlet_article("Herald", "A driver struck Ravi Kohli, a 59-year-old grandmother, as she walked along parked cars on Elm Street."),
        outlet_article("Times", "A 59-year-old woman was killed in a hit-and-run crash on Elm Street, police said."),
        outlet_article("Courier", "Police say the 36-year-old Tarrant had been drinking before the crash outside the store."),
        outlet_article("Wire", "Police caught up with 23-year-old Denis Okafor of Harwick a few blocks from Elm Street."),
    ])
    ages = sorted(tuple(sorted({f.value for f in g.figures})) for g in compare(story) if g.kind == "age")
    assert ages == [(59.0,), (66.0,)]  # one row of each woman's age; the drivers', named apart, in none
    assert [f.of for f in extract([outlet_article("Herald", "A driver struck Ravi Kohli, a 59-year-old grandmother, on Elm Street.")])] == ["ravi kohli"]
    # one person named in other words is one person: "Lena Marsh" and "Marsh"
    story = Story.build([
        star,
        outlet_article("Ledger", "The 67-year-old Marsh was walking into the store when a driver hit her, police said."),
    ])
    [row] = [g for g in compare(story) if g.kind == "age"]
    assert row.disagree and sorted(f.value for f in row.figures) == [66.0, 67.0]


def test_a_count_counts_the_head_of_its_noun_phrase_past_words_that_are_no_noun() -> None:
    # A fresh user's "three free vaccination clinics" was shown as "= count: 3 frees".
    found = extract([outlet_article("Nordwire", "The board will open three free vaccination clinics on Thursday, and 12 measles "
                                          "cases were confirmed; he has three prior DUI convictions (three prior DUI conviction, in a slip).")])
    assert [(f.value, f.unit) for f in found] == [(3, "clinic"), (12, "case"), (3, "conviction"), (3, "conviction")]


def test_number_words_are_figures_and_a_bound_in_them_joins_its_row() -> None:
    # A fresh user's "At least a dozen measles cases" was left out of "12 cases ≠ 15 cases";
    # "two dozen" read as 14.
    found = extract([outlet_article("A", "At least a dozen officers and two dozen volunteers came; a hundred police watched.")])
    assert [(f.qualifier, f.value, f.unit) for f in found] == [
        ("at least", 12, "officer"), (None, 24, "volunteer"), (None, 100, "police")]
    story = Story.build([
        outlet_article("Nordwire", "Port Halden declared a measles outbreak on Tuesday after 12 cases were confirmed, officials said."),
        outlet_article("Coast", "At least a dozen measles cases have been confirmed in Port Halden, prompting officials to declare an outbreak on Tuesday."),
        outlet_article("Gazette", "Port Halden declared a measles outbreak on Tuesday after 15 cases were confirmed, officials said."),
    ])
    [group] = [g for g in compare(story) if g.unit == "case"]
    outlet = {a.id: a.outlet for a in story.articles}
    assert {outlet[f.ref.article]: group.mark_of(f) for f in group.figures} == {"Nordwire": "≠", "Coast": "≈", "Gazette": "≠"}


def test_a_paragraph_in_capitals_gives_its_figures() -> None:
    # "ENB CUTS MAIN RATE 25BP TO 3.25%" gave none: its capitals read as a model's name and number.
    found = extract([outlet_article("Flash", "ENB CUTS MAIN RATE 25BP TO 3.25%")])
    assert [(f.text, f.value, f.unit) for f in found] == [("25BP", 25, "basis point"), ("3.25%", 3.25, "%")]
    assert found[0].sentence == "ENB CUTS MAIN RATE 25BP TO 3.25%"


def test_a_move_s_direction_is_part_of_its_figure() -> None:
    # A user saw "shares fell 3.1%" and "shares rose 3.1%" shown as one figure (=).
    story = Story.build([
        outlet_article("Coastline Wire", "Marlow Energy shares fell 3.1% in early trading on Wednesday after the refinery fire."),
        outlet_article("Petro Ledger", "Marlow Energy shares rose 3.1% on Wednesday after the refinery fire at Harwick."),
    ])
    [group] = compare(story)
    assert group.disagree and group.verdict == "differ"
    assert {f.direction for f in group.figures} == {1, -1}
    assert summary([group]).count("1 differs") == 1
    shown = figures_to_json(story, [group])["figures"][0]["shown"]  # type: ignore[index]
    assert shown == ["-3.1%", "+3.1%"]


def test_a_move_given_without_its_direction_agrees_with_either() -> None:
    # "cut output by 15%" (down) and "will reduce output by 15 percent" (no verb of the opposite
    # table): one move, the same.
    story = Story.build([
        outlet_article("A", "The Harwick company said it would cut output by 15 percent for at least a week."),
        outlet_article("B", "Harwick will reduce output by 15 percent for a week, the company said."),
    ])
    [group] = compare(story)
    assert group.verdict == "same" and group.quantity == "share (output)"


def test_area_and_volume_are_never_a_distance() -> None:
    found = extract([outlet_article("A",
        "About 380 cubic metres of crude leaked from a 15-kilometre pipeline; the slick covers 12 square kilometres, "
        "some 40 hectares of marsh, 2,000 barrels of oil and 300 cubic feet of gas.")])
    got = {(f.value, f.unit, f.kind) for f in found}
    assert (380, "m³", "volume") in got
    assert (15, "km", "distance") in got
    assert (12, "km²", "area") in got
    assert (40, "hectare", "area") in got
    assert (2000, "barrel", "volume") in got
    assert (300, "ft³", "volume") in got
    assert format_value(380, "m³", "volume") == "380 m³"


def test_a_part_of_a_whole_is_compared_with_the_part() -> None:
    # "shut two of its four crude units" / "shut two crude units": two = two, never four against two.
    story = Story.build([
        outlet_article("A", "A fire at the Harwick refinery on Tuesday shut two of its four crude units, the operator said."),
        outlet_article("B", "A blaze at the Harwick refinery on Tuesday forced the operator to shut two crude units."),
    ])
    groups = compare(story)
    assert [(g.verdict, sorted(f.value for f in g.figures)) for g in groups] == [("same", [2.0, 2.0])]
    passes = Story.build([
        outlet_article("A", "Marta Lind completed 29 of 34 passes for Harwick United in the cup final on Sunday."),
        outlet_article("B", "Marta Lind completed 29 passes for Harwick United in Sunday's cup final."),
    ])
    assert [(g.verdict, sorted(f.value for f in g.figures)) for g in compare(passes) if g.kind == "count"] == [("same", [29.0, 29.0])]


def test_a_move_s_direction_in_other_verbs_of_the_opposites_table() -> None:
    # "gained" / "slid", "climbed" / "dropped", "won" / "lost": opposite moves, two figures.
    for up, down in (("gained", "slid"), ("climbed", "dropped"), ("won", "lost")):
        story = Story.build([
            outlet_article("A", f"Marlow Energy shares {down} 3.1% in early trading on Wednesday after the refinery fire."),
            outlet_article("B", f"Marlow Energy shares {up} 3.1% on Wednesday after the refinery fire at Harwick."),
        ])
        [group] = compare(story)
        assert group.verdict == "differ", (up, down)


def test_a_vague_number_of_a_measure_is_no_precise_value() -> None:
    # A fresh user's "a few hundred yards" was shown as the value "100 yards".
    article = outlet_article("River Post", "The cars came to rest a few hundred yards from homes; several hundred feet "
                                     "of track and some 300 yards of road were torn up.")
    got = [(f.value, f.unit) for f in extract([article])]
    assert (100.0, "yard") not in got and (100.0, "foot") not in got
    assert (300.0, "yard") in got


def test_a_distance_in_two_units_is_one_quantity() -> None:
    # A fresh user's "about 90 miles (145 kilometers)" made two rows, and "within one mile" was
    # never compared with another outlet's "within 1.6 kilometres".
    a = outlet_article("River Post", "Everyone within one mile of the crossing was told to leave.",
                 "The town sits about 90 miles (145 kilometers) south of the capital.")
    b = outlet_article("Valley Wire", "Residents within 1.6 kilometres of the crossing were told to leave.",
                 "The town sits about 90 miles (145 kilometers) south of the capital.")
    assert [(f.value, f.unit) for f in extract([a])] == [(1.0, "mile"), (90.0, "mile")]
    groups = [g for g in compare(Story((a, b), ())) if g.kind == "distance"]
    assert sorted(sorted(f.text for f in g.figures) for g in groups) == [
        ["1.6 kilometres", "one mile"], ["about 90 miles", "about 90 miles"]]
    assert all(not g.disagree for g in groups)
    assert len(extract([outlet_article("C", "It fell 90 miles (200 km) away.")])) == 2  # no conversion: two figures
    # few words shared: the sizes meet across the units
    c = outlet_article("Courier", "Everyone within one mile of the crossing must stay out, Fire Chief Paul Okafor said.")
    d = outlet_article("Ledger", "Authorities evacuated everyone living within 1.6 kilometres of the site, roughly 1,200 people.")
    assert [sorted(f.text for f in g.figures) for g in compare(Story((c, d), ())) if g.kind == "distance"] == [
        ["1.6 kilometres", "one mile"]]


def test_a_distance_converted_is_the_same_figure_in_the_unit_most_give() -> None:
    a = outlet_article("Courier", "Everyone within one mile of the crossing must stay out, Fire Chief Paul Okafor said.")
    b = outlet_article("Wire", "The evacuation zone covers one mile around the crossing, Fire Chief Paul Okafor said.")
    c = outlet_article("Ledger", "Authorities evacuated everyone living within 1.6 kilometres of the site, roughly 1,200 people.")
    (group,) = [g for g in compare(Story((a, b, c), ())) if g.kind == "distance"]
    assert group.unit == "mile" and set(group.verdicts) == {"same"} and not group.disagree and group.exact
    assert values_text(group) == "1 mile (1.6 km)"
    shown = figures_to_json(Story((a, b, c), ()), [group])["figures"]
    assert isinstance(shown, list) and (shown[0]["shown"], shown[0]["values"]) == (["1 mile"], [1.0])


def test_a_part_counted_before_its_whole_is_the_figure_copy_changed() -> None:
    # Fresh user 27: "Thirty-two cars of the 110-car train" in one copy, "Twenty-three cars of the
    # 110-car train" in another and "Twenty-three of the train's 110 cars" reworded: the only car
    # row was the whole (110, the same everywhere); the part, which copy changed, was no row.
    tail = " of the 96-wagon Northline freight train left the rails at about 3:10 a.m. near the Mill Lane crossing, a few hundred yards from the river, the rail company said."
    story = Story.build([
        outlet_article("Harbour Gazette", "Thirty-two wagons" + tail),
        outlet_article("Valley Courier", "Nineteen wagons" + tail),
        outlet_article("River Post", "Nineteen of the train's 96 wagons came off the rails near the Mill Lane crossing, the rail company said."),
    ])
    rows = {values_text(g): sorted((f.text, g.mark_of(f)) for f in g.figures) for g in compare(story)}
    [changed] = [row for text, row in rows.items() if "32" in text]
    assert changed == [("Nineteen of the train's 96 wagons", "="), ("Nineteen wagons", "="), ("Thirty-two wagons", "≠")]


def test_a_count_whose_noun_is_left_out_counts_what_the_count_before_it_counts() -> None:
    # A fact-checker's "Three people were killed and 41 were taken to hospital" gave no 41: the
    # noun is said once, for both counts; the 41 people of another outlet stood alone.
    courier = outlet_article("Courier", "Three people were killed and 41 were taken to hospitals, officials said.",
                       "Crews pulled 23 cars clear by noon, and 12 had been righted; 15 had been removed. It was 7 and")
    ledger = outlet_article("Ledger", "Some 41 people were taken to hospital with breathing problems.")
    found = extract([courier, ledger])
    assert [(f.text, f.value, f.unit) for f in found if f.ref.article == courier.id] == [
        ("Three people", 3, "people"), ("41", 41, "people"),
        ("23 cars", 23, "car"), ("12", 12, "car"), ("15", 15, "car")]
    # the next sentence's number is no count of cars ("It was 7 and"), and a noun-less count opens none
    assert not extract([outlet_article("Post", "In all 41 were taken to hospitals.")])
    about = extract([outlet_article("Post", "Two people died and about 40 were taken to hospital.")])
    assert [(f.text, f.value, f.unit, f.qualifier) for f in about] == [("Two people", 2, "people", None),
                                                                     ("about 40", 40, "people", "about")]
    group = next(g for g in compare(Story.build([courier, ledger])) if any(f.value == 41 for f in g.figures))
    assert {f.ref.article for f in group.figures} == {courier.id, ledger.id}


def test_a_mile_is_one_mile_half_a_mile_half_of_one_and_a_rate_per_mile_none() -> None:
    # A fact-checker's "Authorities ordered everyone within a mile of the crossing to leave" gave
    # no distance, so the row "1 mile (1.6 km)" left that outlet out.
    def read(text: str) -> list[tuple[float, str]]:
        return [(f.value, f.unit) for f in extract([outlet_article("A", text)]) if f.kind == "distance"]

    assert read("Authorities ordered everyone within a mile of the crossing to leave.") == [(1, "mile")]
    assert read("The plume drifted about a kilometre east.") == [(1, "km")]
    assert read("Residents half a mile away heard it.") == [(0.5, "mile")]
    assert read("The queue ran a mile and a half.") == [(1.5, "mile")]
    assert read("The line stretched a quarter of a mile; tenths of a mile later it ended.") == []
    assert read("Drivers pay $3 a mile and 40 cents a kilometre.") == []
    assert read("A metre of water stood in a parking meter's pit.") == [(1, "m")]


def test_a_copy_that_changed_a_figure_it_gives_again_unchanged_later_is_marked() -> None:
    # A monitor's figures view lost Capital Courier's "0.25 percentage point" (the wire said 0.5)
    # once its later paragraph's "the half-point reduction" had joined the row: an article gave one
    # value of a figure, and the changed one was left out, the row reading "same".
    lead = ("The Bank of Veyland cut its main policy rate by 0.5 percentage point to 4.75% on Tuesday, a larger move "
            "than most economists had expected.")
    vote = ("Five of the seven members of the monetary policy committee voted for the half-point reduction in the main "
            "policy rate, the minutes showed.")
    wire = [outlet_article(name, lead, vote) for name in ("Herald", "Pulse")]
    courier = outlet_article("Courier", lead.replace("0.5", "0.25"), vote)
    daily = outlet_article("Markets Daily", "Bank of Veyland cuts policy rate by half a point to 4.75%",
                     "KELBY - Veyland's central bank delivered a bigger-than-expected half-point cut on Tuesday, lowering "
                     "its main policy rate to 4.75% from 5.25%.",
                     "The bank also lowered its deposit rate by half a point to 4.25%.")
    ledger = outlet_article("Ledger", "The Bank of Veyland surprised markets on Tuesday by lowering its benchmark interest "
                                "rate by 50 basis points to 4.75 per cent.")
    story = Story.build([*wire, courier, daily, ledger])
    [row] = [g for g in compare(story) if any(f.value == 0.25 for f in g.figures)]
    verdicts = {f.ref: v for f, v in zip(row.figures, row.verdicts)}
    assert verdicts[Ref(courier.id, 0)] == "differ" and verdicts[Ref(courier.id, 1)] == "same" and row.disagree
    # the deposit rate's move is no move of the main policy rate
    assert Ref(daily.id, 0) in verdicts and Ref(daily.id, 2) not in verdicts


def test_a_million_in_words_is_a_figure_given_to_the_million() -> None:
    # A monitor's "nearly a million commuters" was no figure, so 800,000 / 900,000 read as an even
    # split instead of 900,000 with "nearly a million" and 800,000 the outlier.
    def read(text: str) -> list[tuple[str, float, str]]:
        return [(f.text, f.value, f.unit) for f in extract([outlet_article("A", text)])]

    assert read("The strike hit nearly a million commuters.") == [("nearly a million commuters", 1e6, "commuter")]
    assert read("It cost half a billion dollars.") == [("half a billion dollars", 5e8, "dollar")]
    assert read("A million-dollar home sold; he was one in a million.") == []
    metro = outlet_article("Metro Today", "An estimated 800,000 commuters were stranded on Tuesday by the 24-hour strike.")
    enr = outlet_article("ENR News", "A 24-hour strike shut the metro on Tuesday, stranding nearly a million commuters.")
    ledger = outlet_article("Ledger", "The metro ground to a halt on Tuesday as the 24-hour strike left 900,000 commuters stranded.")
    [row] = [g for g in compare(Story.build([metro, enr, ledger])) if g.unit == "commuter"]
    assert dict(zip((f.text for f in row.figures), row.verdicts)) == {
        "800,000 commuters": "differ", "nearly a million commuters": "close", "900,000 commuters": "same"}


def test_clock_times_of_one_event_in_copy_are_compared() -> None:
    # User 28's finding D6: copy that moved a fire's start from 8.49pm to 9.49pm showed the
    # change on the link but no row in the figures view.
    from core.views.figures import extract_dates

    lead = "A fire broke out on the roof of the Greenmart store in Eastbury {} on Friday, police said."
    story = Story.build(_dated([outlet_article("Ledger", lead.format("at 8.49pm")), outlet_article("Wire", lead.format("at 8.49pm")),
                                outlet_article("Courier", lead.format("at 9.49pm"))]))
    rows = {(g.quantity, values_text(g)): [g.verdict_of(f) for f in g.figures] for g in compare(story) if g.kind == "date"}
    assert rows[("time", "20:49 ≠ 21:49")] == ["same", "same", "differ"]
    # an estimate or a time near another allows the minutes around it; "before" and "after" one side of it
    for given, verdict in (("at about 9pm", "close"), ("shortly before 9pm", "close"), ("shortly after 9pm", "differ"),
                           ("at about 9.40pm", "differ"), ("before 9pm", "close"), ("after 10pm", "differ")):
        story = Story.build(_dated([outlet_article("Ledger", lead.format("at 8.49pm")), outlet_article("Wire", lead.format("at 8.49pm")),
                                    outlet_article("Courier", lead.format(given))]))
        times = [g for g in compare(story) if g.quantity == "time"]
        assert [g.verdict_of(g.figures[-1]) for g in times] == [verdict], given
    # what is read as a clock time, and what is not
    article = outlet_article("A", "Crews arrived at 2045 GMT and left at 06:31GMT, the harbour office said on Friday.",
                       "The vote was held at noon and the count ended shortly after midnight local time.",
                       "The ferry was due by 2045 but sailed at 8, carrying 8.49 tonnes at 13pm, the operator said.",
                       "The talks resumed from 10:15 a.m. ET and the parties met at 14:30 in the town hall.")
    assert [(f.text, f.value, f.unit, f.qualifier) for f in extract_dates([article]) if f.unit.startswith("time")] == [
        ("2045 GMT", 1245.0, "time of day GMT", None), ("06:31GMT", 391.0, "time of day GMT", None),
        ("noon", 720.0, "time of day", None), ("shortly after midnight local time", 0.0, "time of day", "shortly after"),
        ("10:15 a.m. ET", 615.0, "time of day ET", None), ("14:30", 870.0, "time of day", None)]
    # a time in another zone, or in none, is no other outlet's time of the same thing
    story = Story.build([outlet_article("Ledger", lead.format("at 20:49 GMT")), outlet_article("Courier", lead.format("at 9.49pm"))])
    assert not [g for g in compare(story) if g.quantity == "time"]
    # nor is a rewording's time compared: it may be another moment of the story
    story = Story.build([outlet_article("Ledger", lead.format("at 8.49pm")),
                         outlet_article("Courier", "Police were called to the Greenmart store in Eastbury at 9.30pm on Friday after the fire broke out on its roof.")])
    assert story.links and not [g for g in compare(story) if g.quantity == "time"]


def test_dates_of_one_sentence_edited_are_compared_place_by_place() -> None:
    # User 29's finding 8: wire copy giving when a fire began and when it was out in one
    # sentence ("at 8.49pm ... shortly after midnight") lost its changed start time: each clock
    # time was one of two in its paragraph, so none was compared.
    lead = "The blaze broke out at {} and was brought under control {}, police spokesman Ivar Holm said."
    story = Story.build([outlet_article("Ledger", lead.format("8.49pm", "shortly after midnight")),
                         outlet_article("Courier", lead.format("9.49pm", "shortly after midnight"))])
    assert sorted(values_text(g) for g in compare(story) if g.quantity == "time") == ["20:49, 21:49", "shortly after midnight"]
    # the first time of one sentence meets the first of the other, not its second
    story = Story.build([outlet_article("Ledger", lead.format("8.49pm", "by 11pm")), outlet_article("Courier", lead.format("9.49pm", "by 11.30pm"))])
    assert sorted(values_text(g) for g in compare(story) if g.quantity == "time") == ["20:49, 21:49", "23:00, 23:30"]
    # weekdays alike: "from Monday until Thursday" / "from Monday until Friday"
    strike = "The union said the strike would run from {} until {} at the Brenmouth container port."
    story = Story.build([outlet_article("Ledger", strike.format("Monday", "Thursday")), outlet_article("Courier", strike.format("Monday", "Friday"))])
    assert sorted(values_text(g) for g in compare(story) if g.unit == "weekday") == ["Monday", "Thursday, Friday"]
    # sentences of one time each, alike but for a word, say two moments ("The first ferry leaves at
    # 6.30am" / "The last ferry leaves at 10.15pm"): not compared
    # (a tester's: one outlet gave both, the other the last alone)
    both = "The first ferry to Brekka will leave Ostby at 6.30am. The last ferry to Brekka will leave Ostby at 10.45pm."
    story = Story.build([outlet_article("Ledger", both), outlet_article("Courier", "The last ferry to Brekka will leave Ostby at 10.15pm.")])
    assert not [g for g in compare(story) if g.quantity == "time" and "6:30" in values_text(g)]
    # a sentence with one time less is not the same sentence's times in order
    story = Story.build([outlet_article("Ledger", lead.format("8.49pm", "by 11pm")),
                         outlet_article("Courier", "The blaze broke out at 9.49pm and was brought under control later, police spokesman Ivar Holm said.")])
    assert not [g for g in compare(story) if g.quantity == "time"]


def test_a_part_of_a_million_is_that_part_and_a_part_of_a_whole_no_count() -> None:
    # "a quarter of a million people" gave no figure, "three quarters of the 400 homes" a count
    # of 3 quarters; "a city of a million people" none (as "a quarter of a mile" is none).
    def values(text: str) -> list[tuple[float, str]]:
        return [(f.value, f.unit) for f in extract([outlet_article("A", text)])]

    assert values("About a quarter of a million people fled; three-quarters of a million stayed.") == [(250000, "people")]
    assert values("Nearly three-quarters of a million people and half a billion dollars.") == [(750000, "people"), (5e8, "dollar")]
    assert values("A half million people marched, a million and a half voted, in a city of a million people.") == [
        (500000, "people"), (1000000, "people")]
    assert values("A million and a half people voted; quarter of a million homes and a fifth of a billion euros.") == [
        (1500000, "people"), (250000, "home"), (2e8, "euro")]
    # a part of a whole named after "of" is a share, no count of parts; a part of a mile, a fraction of a million, no figure
    assert values("Three quarters of the 400 homes burned and two thirds of them had no insurance.") == [(400, "home")]
    assert values("a quarter of a mile from a fraction of a million dollars") == []
    # one count in other words is one figure: 250,000 people and a quarter of a million
    story = Story.build([outlet_article("A", "About a quarter of a million people fled the flooded Kelso valley on Monday."),
                         outlet_article("B", "Some 250,000 people fled the flooded Kelso valley on Monday, officials said.")])
    [group] = [g for g in compare(story) if g.unit == "people"]
    assert not group.disagree and {f.value for f in group.figures} == {250000}


def test_pounds_weighed_are_a_weight_and_pounds_paid_a_sum() -> None:
    # A fresh user's figures view read "weighing approximately 200 pounds" as money, £200.
    def read(text: str) -> list[tuple[float, str, str]]:
        return [(f.value, f.unit, f.kind) for f in extract([Article("x", "x.txt", "X", "t", (text,))])]

    assert read("Described as 6 feet tall and weighing approximately 200 pounds, he was last seen on Monday.")[-1] == (200.0, "lb", "mass")
    assert read("Police seized 300 pounds of cocaine at the port.") == [(300.0, "lb", "mass")]
    assert read("The boy, who weighs just 60 lbs, was found.") == [(60.0, "lb", "mass")]
    assert read("He weighs 180 pounds and the bail was set at 5,000 pounds.") == [(180.0, "lb", "mass"), (5000.0, "pound", "money")]
    assert read("The fine was 200 pounds.") == [(200.0, "pound", "money")]


def test_an_earthquakes_magnitude_is_a_magnitude_not_a_count_of_earthquakes() -> None:
    # A tester's figures view showed "count: 6.1 earthquakes" and "5 earthquakes" for "magnitude
    # 5.0"; reports that gave the magnitude in other words were not in the row.
    said = {"Ledger": "A magnitude 6.1 earthquake struck Varn island early on Monday, officials said.",
            "Courier": "A 6.1-magnitude quake struck Varn island before dawn on Monday, officials said.",
            "Times": "An earthquake measuring 6.1 on the Richter scale struck Varn island on Monday, officials said.",
            "Post": "State television said a magnitude-5.8 quake struck Varn island on Monday."}
    story = Story.build([outlet_article(outlet, text) for outlet, text in said.items()])
    [row] = [g for g in compare(story) if g.unit == "magnitude"]
    assert values_text(row) == "magnitude 6.1 ≠ magnitude 5.8" and len(row.figures) == 4
    assert not [f for f in extract([outlet_article("A", "A quake of magnitude 5.0 hit the island.")]) if f.unit != "magnitude"]
    assert format_value(5.0, "magnitude", "magnitude") == "magnitude 5.0"


def test_a_quake_with_its_tenth_before_it_is_a_magnitude_headed_by_the_earthquake() -> None:
    # A tester's "a 5.9 quake" (no "magnitude") gave no magnitude row, and the row's heading
    # read "magnitude: magnitude 6.1".
    said = {"Ledger": "A magnitude 6.1 earthquake struck Varn island early on Monday, officials said.",
            "Courier": "A 5.9 quake struck Varn island before dawn on Monday, officials said.",
            "Times": "A 4.8-magnitude aftershock followed, and a 4.7 aftershock an hour later."}
    story = Story.build([outlet_article(outlet, text) for outlet, text in said.items()])
    magnitudes = [f for f in extract(story.articles) if f.unit == "magnitude"]
    assert sorted(f.value for f in magnitudes) == [4.7, 4.8, 5.9, 6.1]
    assert [f.text for f in magnitudes if f.value == 5.9] == ["5.9"]
    row = next(g for g in compare(story) if g.unit == "magnitude" and 6.1 in {f.value for f in g.figures})
    assert row.quantity == "earthquake"
    # counts of quakes and other numbers before a quake stay what they are
    assert not [f for f in extract([outlet_article("A", "Two quakes and 3.5 tremors? No: 12 quakes, 1,2 quake.")]) if f.unit == "magnitude" and f.value != 3.5]


def test_a_number_after_an_outcomes_verb_counts_people() -> None:
    # A fresh user's wire copy, "killing four people and injuring 23," against an edited copy's
    # "injuring 27,": the figures view said nothing differs, as "23" counted nothing it could name.
    said = {"Wire": "A tram derailed on Tuesday, killing four people and injuring 23, police said.",
            "Herald": "A tram derailed on Tuesday, killing four people and injuring 27, police said."}
    story = Story.build([outlet_article(outlet, text) for outlet, text in said.items()])
    [row] = [g for g in compare(story) if g.disagree]
    assert values_text(row) == "23 people, 27 people" and row.quantity == "count (injured)"  # split evenly: no value most give
    # a verb of missing, a year or a unit after the number is no such count
    found = extract([outlet_article("A", "He missed 10 of his shots, and the club was founded in 1992 after it injured 5 times.")])
    assert not [f for f in found if f.unit == "people"]


def test_a_count_of_what_happened_to_people_is_headed_by_its_fate() -> None:
    # A trial's figures view headed its toll row and its missing row alike, "count: 7 people ≠ ..."
    # and "count: 12 people ≠ ...": the reader had to read the sentences to tell them apart.
    said = {"Wire": "The dam burst on Tuesday, killing seven people, and 12 people were missing, officials said.",
            "Tribune": "At least eight people died when the dam burst on Tuesday, and 15 people were missing, officials said."}
    story = Story.build([outlet_article(outlet, text) for outlet, text in said.items()])
    assert sorted(g.quantity for g in compare(story) if g.kind == "count") == ["count (dead)", "count (missing)"]


def test_a_count_that_remains_unaccounted_for_counts_the_missing() -> None:
    # A trial's "12 remain unaccounted for" and "a dozen others are unaccounted for" were left out
    # of the missing row.
    said = {"Wire": "Seven people were killed when the dam burst on Tuesday, and 12 people were missing, officials said.",
            "Herald": "The dam burst on Tuesday, killing seven people, and 12 remain unaccounted for, officials said.",
            "Post": "Seven people are dead and a dozen others are still unaccounted for after the dam burst on Tuesday."}
    story = Story.build([outlet_article(outlet, text) for outlet, text in said.items()])
    [missing] = [g for g in compare(story) if g.quantity == "count (missing)"]
    assert sorted(story.article(f.ref.article).outlet for f in missing.figures) == ["Herald", "Post", "Wire"]


def test_two_peoples_ages_are_no_disagreement_but_one_persons_are() -> None:
    """Trial 34 F8: "DISAGREE: age: 31 years old, 54 years old" of two victims, neither named alike."""
    two = Story.build([
        outlet_article("Post", "A 54-year-old groundsman died at the scene when the Eastmoor Stadium roof fell on Saturday."),
        outlet_article("Wire", "A 31-year-old steward died on Sunday night, a day after the Eastmoor Stadium roof fell."),
    ])
    assert not [g for g in compare(two) if g.figures[0].kind == "age"]
    one = Story.build([
        outlet_article("Post", "One groundsman, named by colleagues as 54-year-old Alan Marsh, died at the scene at Calderhaven Park."),
        outlet_article("Ledger", "Colleagues said 55-year-old Alan Marsh, a groundsman, died at the scene at Calderhaven Park."),
    ])
    [group] = [g for g in compare(one) if g.figures[0].kind == "age"]
    assert group.disagree and {f.value for f in group.figures} == {54, 55}


def test_a_figure_a_copy_edited_differs_from_its_origin_where_two_outlets_tie() -> None:
    # A fresh user (trial 36 F10, F2): the wire's "Thursday" and a paper's copy of it edited to
    # "Wednesday" were "DISAGREE: date: Wednesday, Thursday", both marked ≠ (an even split), and
    # the wire's 37 in hospital against the copy's 39 likewise: the copy changed them.
    from dataclasses import replace as changed

    lead = ("Hundreds of residents of Halvorsby were ordered from their homes on Thursday after ammonia leaked from "
            "a storage tank at the Nordkem fertiliser plant, and 37 people were taken to hospital.")
    rest = "Police ordered everyone within 1.5 km of the plant to leave, and about 2,400 people were moved to three evacuation centres."
    wire = changed(outlet_article("Nordwire", lead, rest), dateline="HALVORSBY, March 12 (Nordwire)")
    herald = changed(outlet_article("Coastal Herald", lead.replace("Thursday", "Wednesday").replace("37", "39"), rest),
                     dateline="HALVORSBY, March 12 (Nordwire)")
    groups = {g.kind: g for g in compare(Story.build([herald, wire])) if g.disagree}
    for kind, origin, copy in (("count", "37 people", "39 people"), ("date", "Thursday", "Wednesday")):
        group = groups[kind]
        marks = {f.text: group.mark_of(f) for f in group.figures}
        assert marks == {origin: "=", copy: "≠"} and not group.sides, (kind, marks)
    # without a copy's origin to go by, two outlets' values still split evenly
    other = outlet_article("Fjord Post", lead.replace("37", "39").replace("Thursday", "Wednesday") + " Schools were shut.", rest)
    split = next(g for g in compare(Story.build([other, outlet_article("Nordwire", lead, rest)])) if g.kind == "count" and g.disagree)
    assert split.agreed is None


def test_an_age_between_commas_after_a_name_is_that_persons_age() -> None:
    """Trial 38 F1: "Veldkamp, 57," against "Veldkamp, 58," and "the 58-year-old" gave no age row."""
    said = "{}, took the payments between 2019 and 2023, the court in Rotterdam said on Thursday."
    story = Story.build([
        outlet_article("Metro", said.format("Veldkamp, 57")),
        outlet_article("Nordwire", said.format("Veldkamp, 58")),
        outlet_article("Haven Courier", said.format("Veldkamp, 58")),
    ])
    [group] = [g for g in compare(story) if g.figures[0].kind == "age"]
    assert group.disagree and sorted(f.value for f in group.figures) == [57, 58, 58]
    assert {f.of for f in group.figures} == {"veldkamp"}


def test_a_part_of_a_whole_named_by_no_number_is_its_own_row() -> None:
    # Trial 39 F3: "two of them seriously" / "Two of the injured workers were in a serious
    # condition" / "Three of the injured ..." gave no row (the link flagged "Two -> Three"): a part
    # is read as core.quantities.part_of reads it for a link, compared only with parts set apart
    # alike, and never with its whole.
    a = outlet_article("Alpine Wire", "Nine climbers were injured in the rockfall on Sunday, the rescue service said.",
                 "Two of the injured climbers were in a serious condition at Valbrook Hospital, a spokeswoman said.")
    b = outlet_article("Valley Courier", "Nine climbers were injured in the rockfall on Sunday, the rescue service said.",
                 "Three of the injured climbers were in a serious condition at Valbrook Hospital, a spokeswoman said.")
    c = outlet_article("Mountain Post", "Eleven climbers were hurt in the rockfall above Valbrook, two of them seriously.")
    d = outlet_article("Ridge Daily", "Nine climbers were injured in the Valbrook rockfall.",
                 "One of the two seriously injured climbers remains in intensive care, doctors said.")
    groups = compare(Story.build([a, b, c, d]))
    rows = {g.quantity: sorted((f.text, g.mark_of(f)) for f in g.figures) for g in groups if g.kind == "count"}
    assert rows["count (injured, serious)"] == [
        ("Three of the injured climbers", "≠"), ("Two of the injured climbers", "="), ("two of them", "=")]
    # the total's row takes no part's value, and the part in intensive care is another quantity
    assert sorted(f.value for f in next(g for g in groups if g.quantity == "count (injured)").figures) == [9, 9, 9, 11]
    assert not any("One of the two" in f.text for g in groups for f in g.figures)
    [found] = [f for f in extract([c]) if f.part]
    assert (found.text, found.value, found.unit, found.apart) == ("two of them", 2, "climber", frozenset({"serious"}))
    # an adverb after a number is no unit ("the two seriously injured": no count of "seriously")
    assert all(f.unit == "climber" for f in extract([d]))


def test_a_money_range_reads_its_top_as_money_in_its_first_ends_currency_and_scale() -> None:
    # trial 40 F3: "£150m-£160m" read its top as a distance ("160 m") and gave no disagreement
    # against another outlet's "£150m-£165m"
    found = extract([outlet_article("A", "The brewer expects profit of £18m-£24m, down from £50m-£60m, and a loss of €3-4bn.")])
    assert [(f.value, f.unit, f.kind) for f in found] == [
        (18e6, "pound", "money"), (24e6, "pound", "money"), (50e6, "pound", "money"), (60e6, "pound", "money"),
        (3e9, "euro", "money"), (4e9, "euro", "money")]
    story = Story.build([
        outlet_article("Alpha", "Tollan Brewing now expects profit of £18m-£24m, down from £50m-£60m, after its chief quit."),
        outlet_article("Beta", "Tollan Brewing now expects profit of £18m-£24m, down from £50m-£65m, after its chief quit."),
    ])
    groups = compare(story)
    assert not any(g.kind == "distance" for g in groups)
    [differ] = [g for g in groups if g.disagree]
    assert differ.kind == "money" and sorted(f.value for f in differ.figures) == [60e6, 65e6]


def test_a_price_in_pence_written_p_is_money_in_pence() -> None:
    # trial 40 F4: "412p" and "409.5p" were not read, and "387 pence" was a count of "387 pences"
    found = extract([outlet_article("A", "Tollan shares closed at 412p on Tuesday, having opened at 409.5p; a pint costs "
                                   "350 pence and a stamp 1 penny. The call began at 3pm, before 7p.m., and the clip "
                                   "streams in 1080p video.")])
    assert [(f.value, f.unit, f.kind, f.text) for f in found if f.kind == "money"] == [
        (412, "penny", "money", "412p"), (409.5, "penny", "money", "409.5p"), (350, "penny", "money", "350 pence"),
        (1, "penny", "money", "1 penny")]
    assert not any(f.value in (3, 7, 1080) for f in found)
    assert format_value(412, "penny", "money") == "412 pence" and format_value(1, "penny", "money") == "1 penny"
    story = Story.build([
        outlet_article("Alpha", "Shares in Tollan Brewing closed down 31% at 412p on Tuesday after the brewer cut its forecast."),
        outlet_article("Beta", "Shares in Tollan Brewing closed down 33% at 402p on Tuesday after the brewer cut its forecast."),
    ])
    [priced] = [g for g in compare(story) if g.kind == "money"]
    assert priced.disagree and sorted(f.value for f in priced.figures) == [402, 412]
    assert values_text(priced).count("pence") >= 1 and "pences" not in values_text(priced)


def test_a_report_in_another_language_gives_its_figures_as_the_stories_stage_reads_them() -> None:
    # trial 40 F18: a German report's "25 Millionen Pfund" and "31 Prozent" were counts of
    # "millionen" and "prozent", left out of every row
    german = Article(article_id("Tagesblatt", "Tagesblatt", ("x",)), "Tollan senkt die Prognose", "Tagesblatt", "Tagesblatt", (
        "Der Brauer Tollan hat am Dienstag seine Prognose gesenkt. Die Aktie fiel um 31 Prozent.",
        "Zudem kündigte Tollan eine einmalige Belastung von 25 Millionen Pfund an, bei 250.000 Euro Kosten und 1,8 Milliarden Euro Umsatz.",
    ))
    got = [(f.value, f.unit, f.kind) for f in extract([german])]
    assert got == [(31, "%", "share"), (25e6, "pound", "money"), (250000, "euro", "money"), (1.8e9, "euro", "money")]
    # reports in two languages share no words: a sum or a share of one value is one figure in both
    story = Story.build([german, outlet_article("Wire", "Tollan Brewing shares fell 31% on Tuesday after it cut its forecast.",
                                          "It will book a one-off charge of 25 million pounds.")])
    rows = {(g.kind, g.figures[0].value): {f.ref.article for f in g.figures} for g in compare(story)}
    assert rows[("share", 31)] == rows[("money", 25e6)] == {a.id for a in story.articles}
