"""The words for "by" and "author" before a byline's names in more languages (Maltese "Minn",
Yoruba "Látọwọ́", Quechua "Qillqaq", Uzbek "Muallif:", Serbian Cyrillic "Аутор:", ...); a byline's
label alone on its line or in its element, its names after a line break; and a date written with
the small word between its day and its month ("29 ta' Jannar 2026", "3 d'abril de 2026")."""

from __future__ import annotations

import datetime

import pytest

from core.reading.html import parse_html
from core.reading.judge import after_post_date, byline_label, clean_byline, find_date, labelled_field, split_units
from core.reading.text import parse_text

LEAD = "The ferry to the island runs every hour again from Tuesday, the operator said on Monday after a three week pause."
MORE = "Night sailings start again next week, and fares stay the same until the end of the year, the operator said."


@pytest.mark.parametrize(("line", "names"), [
    ("Minn Ċensu Prova", "Ċensu Prova"),  # Maltese
    ("Miktub minn Ċensu Prova", "Ċensu Prova"),
    ("Látọwọ́ Adéwálé Àpẹẹrẹ", "Adéwálé Àpẹẹrẹ"),  # Yoruba
    ("Qillqaq Killa Huaman", "Killa Huaman"),  # Quechua
    ("Muallif: Sardor Misolov", "Sardor Misolov"),  # Uzbek
    ("Müəllif: Aysel Nümunə", "Aysel Nümunə"),  # Azerbaijani
    ("Аутор: Јелена Пробна", "Јелена Пробна"),  # Serbian Cyrillic
    ("Пише: Јелена Пробна", "Јелена Пробна"),
    ("Аўтар: Алесь Узорны", "Алесь Узорны"),  # Belarusian
    ("Isinulat ni Pedro Halimbawa", "Pedro Halimbawa"),  # Tagalog
    ("Awtur: Ċensu Prova", "Ċensu Prova"),
])
def test_by_and_author_words_come_off_the_names(line: str, names: str) -> None:
    assert clean_byline([line], line=True) == names
    assert clean_byline([line]) == names  # an author element's text


def test_the_author_label_is_a_header_field() -> None:
    assert labelled_field("Аутор: Јелена Пробна") == ("byline", "Јелена Пробна")
    assert labelled_field("Muallif: Sardor Misolov") == ("byline", "Sardor Misolov")


@pytest.mark.parametrize(("line", "label"), [
    ("Author:", True), ("By", True), ("Аутор:", True), ("作者：", True), ("Author: Ana Example", False), ("The", False)])
def test_a_label_alone(line: str, label: bool) -> None:
    assert byline_label(line) is label


@pytest.mark.parametrize("label", ["Author:", "Аутор:", "Muallif:", "By"])
def test_a_label_alone_on_its_line_labels_the_names_on_the_next(label: str) -> None:
    [article] = parse_text(f"Ferry sailings resume\n\n{label}\nJovana Example\n\n{LEAD}\n\n{MORE}\n", path="ferry.txt")
    assert article.byline == "Jovana Example"
    assert article.paragraphs[0].startswith("The ferry")


def test_a_by_alone_joins_no_sentence_under_it() -> None:
    units = [u for u, _ in split_units(f"By\n{LEAD}")]
    assert units == ["By", LEAD]


@pytest.mark.parametrize("meta", [
    "<p>Аутор:</p><p>Јелена Пробна</p>",  # the label and the names in elements of their own
    "<p>Аутор:<br>Јелена Пробна<br>Објављено: 03.11.2026.</p>",  # parted by line breaks
    "<p>Аутор: Јелена Пробна<br>Објављено: 03.11.2026.</p>",
])
def test_a_serbian_author_label_over_its_names(meta: str) -> None:
    page = (f"<html lang='sr'><head><title>Feribot ponovo vozi</title></head><body><article><h1>Feribot ponovo vozi</h1>"
            f"{meta}<p>{LEAD}</p><p>{MORE}</p></article></body></html>")
    article = parse_html(page.encode(), source="x.html")
    assert article.byline == "Јелена Пробна"
    assert article.paragraphs[0] == LEAD


@pytest.mark.parametrize(("text", "day"), [
    ("29 ta' Jannar 2026", datetime.date(2026, 1, 29)),  # Maltese
    ("3 ta’ Marzu 2026", datetime.date(2026, 3, 3)),
    ("3 d'abril de 2026", datetime.date(2026, 4, 3)),  # Catalan, before a vowel
    ("3 di marzo 2026", datetime.date(2026, 3, 3)),  # Italian
])
def test_the_small_word_between_day_and_month(text: str, day: datetime.date) -> None:
    found = find_date(text)
    assert found is not None and found[0] == day


def test_a_maltese_date_and_by_line() -> None:
    assert after_post_date("Ħamis, 5 ta' Frar 2026 · Minn Ċensu Prova") == "Minn Ċensu Prova"


def test_a_myanmar_name_is_two_words() -> None:
    # (its vowel signs and marks part no name: "အောင်အောင်" is one word)
    assert clean_byline(["အောင်အောင် စမ်းသပ်"]) == "အောင်အောင် စမ်းသပ်"
    assert clean_byline(["one two three four five six"]) is None


@pytest.mark.parametrize(("text", "day"), [
    ("2026 මාර්තු 09", datetime.date(2026, 3, 9)),  # Sinhala: the year, the month's name, the day
    ("2026 மார்ச் 9", datetime.date(2026, 3, 9)),  # Tamil
])
def test_a_date_year_first_with_spaces(text: str, day: datetime.date) -> None:
    found = find_date(text)
    assert found is not None and found[0] == day


def test_a_name_and_a_year_first_date_under_the_headline() -> None:
    page = ("<html lang='si'><head><title>x</title></head><body><article><h1>නව පාලමක් ඉදිකෙරේ</h1>"
            "<div style='color:#777'>කමල් උදාහරණ &nbsp;|&nbsp; 2026 මැයි 14</div>"
            f"<p>{LEAD}</p><p>{MORE}</p></article></body></html>")
    article = parse_html(page.encode(), source="x.html")
    assert article.byline == "කමල් උදාහරණ"
    assert article.published is not None and article.published.startswith("2026-05-14")

