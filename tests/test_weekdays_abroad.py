"""Weekdays in every language whose months are read (trial 52, session 53).

Only English weekdays (and, in leads, a table of some languages') were read: "perşembe günü"
gave a Turkish count no day, and copy edited from "perşembe" to "cuma" carried no date change.
The weekdays' names are read as the months' are, from dateparser's locale data (CLDR), with
babel's CLDR for the languages dateparser lacks."""

from __future__ import annotations

import pytest

from core.calendar_words import weekday_names, weekday_pattern, weekdays_anywhere
from core.linking.evidence import Difference, differences
from core.quantities import when_of
from core.views.figures import extract_dates
from tests.reports import titled_report


@pytest.mark.parametrize("language, word, day", [
    ("tr", "pazartesi", 0), ("tr", "perşembe", 3), ("tr", "persembe", 3), ("pl", "poniedziałek", 0), ("pl", "niedzielę", 6),
    ("fi", "maanantai", 0), ("fi", "maanantaina", 0), ("pt", "segunda-feira", 0), ("ja", "木曜日", 3), ("ar", "الخميس", 3),
    ("sd", "خميس", 3),  # a language dateparser does not know: babel's CLDR
])
def test_a_language_s_weekdays_are_its_full_names(language: str, word: str, day: int) -> None:
    assert weekday_names(language)[word] == day


def test_abbreviations_and_shortened_names_are_no_weekdays() -> None:
    assert "pzt" not in weekday_names("tr") and "segunda" not in weekday_names("pt") and "月" not in weekday_names("ja")
    # a weekday that is another word in small letters is one only capitalised ("pazar", a market)
    pattern = weekday_pattern("tr")
    assert pattern is not None
    assert [m["weekday"] for m in pattern.finditer("Pazar günü pazar yerinde, perşembe günü")] == ["Pazar", "perşembe"]
    assert "pazar" not in weekdays_anywhere() and "segunda" not in weekdays_anywhere()


@pytest.mark.parametrize("a, b", [
    ("Varn Limanı'nda kılavuz kaptanlar perşembe günü greve gitti ve 40 gemi limanda bekledi.",
     "Varn Limanı'nda kılavuz kaptanlar cuma günü greve gitti ve 40 gemi limanda bekledi."),
    ("Piloci portowi w Varn rozpoczęli strajk w poniedziałek, a 40 statków czekało w porcie.",
     "Piloci portowi w Varn rozpoczęli strajk we wtorek, a 40 statków czekało w porcie."),
])
def test_copy_edited_to_another_weekday_abroad_carries_a_date_change(a: str, b: str) -> None:
    [change] = differences(a, b)
    assert change.what == "date" and isinstance(change, Difference)


def test_a_weekday_abroad_is_a_date_figure_and_a_count_s_day() -> None:
    text = "Liman sözcüsü perşembe günü yaptığı açıklamada yaralı sayısını 12 olarak vermişti ve hastaneye kaldırılanların iyi olduğunu söyledi."
    report = titled_report("Liman Postası", "Grev", text, published="2026-12-05T09:00:00+00:00")
    assert [(f.value, f.unit, f.text) for f in extract_dates([report])] == [(4.0, "weekday", "perşembe")]
    at = text.index("12")
    assert ("weekday", "thursday") in when_of(text, at, at + 2, language="tr").days
