"""Stories: one agency's copy, run by several outlets, is one story whatever it names."""

from __future__ import annotations

import itertools
from pathlib import Path

from core.model import Article, article_id
from core.reading import read_paths
from core.stories.cluster import evidence, group, profile

WIRE = "The port authority said on Tuesday that the strike had ended after nine days of talks with the union leaders."


def _article(outlet: str, title: str, *paragraphs: str, published: str | None = None) -> Article:
    return Article(article_id(outlet, title, paragraphs), "", outlet, title, paragraphs, published=published)


def test_copies_of_a_report_that_names_no_one_are_one_story_in_any_order() -> None:
    # A fresh user's three outlets' copies of one nameless agency report were three stories.
    copies = [
        _article("Wire", "Harbour strike ends", WIRE, published="2024-03-01"),
        _article("Daily", "Strike at the harbour is over", WIRE + " Local reaction followed.", published="2024-03-02"),
        _article("Weekly", "The harbour strike, ended", WIRE, "Analysis of what the nine days cost follows below, with the "
                 "figures the port authority gave the press on the day.", published="2024-03-05"),
    ]
    for order in itertools.permutations(copies):
        [story] = group([profile(a) for a in order], keys=[a.id for a in order])
        assert sorted(story) == [0, 1, 2]


def test_a_shared_opening_or_boilerplate_does_not_make_two_reports_one_story() -> None:
    boilerplate = "The company did not immediately respond to a request for comment."
    first = _article("Wire", "Orvik Foods cuts jobs", "Orvik Foods said on Monday it would cut 300 jobs at its bakery "
                     "in Tessel as sales of bread fell for a fourth quarter.", boilerplate)
    second = _article("Wire", "Brenn Steel raises prices", "Brenn Steel said on Monday it would raise prices of its "
                      "rolled sheet by a tenth from April as the cost of power rose.", boilerplate)
    assert evidence(profile(first), profile(second)).score == 0  # too short to be copy, and nothing else shared
    # two long reports sharing one paragraph's opening (a quote both recall) are not one agency's copy
    common = "The port authority said on Tuesday that the harbour would stay open through the winter months ahead."
    a = _article("Daily", "Ferry fares rise", common, *(f"Ferry paragraph {n} on fares from Orvik to Tessel in the "
                 f"spring timetable, number {n}." for n in range(6)))
    b = _article("Post", "Dock crane collapses", common, *(f"Crane paragraph {n} on the Brenn dock collapse and the "
                 f"inquiry it set up, number {n}." for n in range(6)))
    assert profile(a).copies == profile(b).copies == 7
    assert evidence(profile(a), profile(b)).score < 0.2


def test_a_time_of_day_is_no_figure_of_the_event() -> None:
    # A fresh user's `story show` said the story shared the figure "40", the minutes of "6:40 a.m.".
    report = _article("Harbor Wire", "Fire at Pier 7", "The blaze started at around 6:40 a.m. and 120 firefighters fought "
                      "it until 17:06 (1336 GMT) on Tuesday, the Valmora fire service said.")
    assert [f for f in profile(report).weights if f.startswith("f:")] == ["f:120"]


def test_a_press_releases_legal_close_makes_no_two_firms_releases_one_story(tmp_path: Path) -> None:
    # Two unrelated firms' releases, each of one or two paragraphs, were one story as copies of
    # the one paragraph they shared: the legal close every release prints alike. It is no part of
    # the report (core.reading.judge.is_legal_close), in a paragraph of its own or under its heading.
    legal = ("This press release contains forward-looking statements within the meaning of the Private Securities "
             "Litigation Reform Act of 1995. Actual results may differ materially, and the company undertakes no "
             "obligation to update any forward-looking statement.")
    (tmp_path / "a.txt").write_text(
        "Orvik Robotics reports record revenue\n\nTESSEL, Oct. 12, 2023 /PRNewswire/ -- Orvik Robotics Inc. today "
        "reported third-quarter revenue of $41.2 million, up 18% from a year earlier.\n\n"
        "\"Our customers are automating faster than ever,\" said chief executive Dana Whit.\n\n" + legal + "\n\n"
        "Contact: press@orvik.example\n")
    (tmp_path / "b.txt").write_text(
        "Brenn Foods names finance chief\n\nHALDEN, Oct. 12, 2023 /PRNewswire/ -- Brenn Foods Corp. today named Lena "
        "Okaf as chief financial officer, effective November 1.\n\nSpecial Note Regarding Forward-Looking Statements\n\n"
        + legal + "\n")
    articles, errors = read_paths([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert not errors
    assert [len(a.paragraphs) for a in articles] == [2, 1]
    assert not any("forward-looking" in p or "Forward-Looking" in p for a in articles for p in a.paragraphs)
    assert sorted(map(sorted, group([profile(a) for a in articles], keys=[a.id for a in articles]))) == [[0], [1]]


def test_two_people_of_one_surname_are_no_shared_party() -> None:
    # A tester's two fires in two towns the same morning were one story on their mayors' surname
    # alone: Andrés García in Villamar, Rosa García in Montecillo.
    villamar = _article("Diario", "Arde una nave en Villamar",
                        "Un incendio declarado de madrugada en una nave de reciclaje del polígono de Villamar obligó a desalojar "
                        "a unos 40 vecinos, según el servicio de emergencias.",
                        "El alcalde de Villamar, Andrés García, pidió a los vecinos que mantengan las ventanas cerradas.",
                        published="2026-03-04")
    montecillo = _article("Heraldo", "Incendio en un piso de Montecillo",
                          "Un incendio declarado en la cocina de un piso de Montecillo dejó tres heridos leves por inhalación de "
                          "humo, según el servicio de emergencias.",
                          "La alcaldesa de Montecillo, Rosa García, visitó a los afectados.", published="2026-03-04")
    assert evidence(profile(villamar), profile(montecillo)).score == 0
    # the same person, named in both, still joins them
    again = _article("Heraldo", "Incendio en Villamar", "El alcalde de Villamar, Andrés García, pidió calma tras el incendio "
                     "de la nave de reciclaje, que obligó a desalojar a 40 vecinos.", published="2026-03-04")
    assert evidence(profile(villamar), profile(again)).score > 0.2


def test_a_place_named_with_a_small_word_inside_is_one_name() -> None:
    # A trial's story named its shared place "Vale" for "Vale do Souto" ("do", "am" were no joiners).
    a = _article("Wire", "Dam bursts", "The dam at Vale do Souto burst before dawn on Tuesday, flooding three villages near "
                 "Frankfurt am Main, officials said.", published="2026-12-01")
    b = _article("Herald", "Dam fails", "Three villages were flooded when the dam at Vale do Souto gave way on Tuesday, "
                 "as far as Frankfurt am Main, officials said.", published="2026-12-01")
    names = evidence(profile(a), profile(b)).names
    assert "vale do souto" in names and "frankfurt am main" in names
