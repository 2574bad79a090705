"""A report signed at its end by the word for reporter and a name, a byline box whose name and
role stand in elements of their own, and an ad slot's label in more languages (core/reading/).
Invented inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.model import Article
from core.reading import read_paths
from core.reading.judge import reporter_signed

PARAGRAPHS = {
    "mn": ("Хотын захиргаа өнөөдөр шинэ гүүрний барилгын ажлыг эхлүүлснээ мэдэгдлээ.",
           "Гүүрний урт 420 метр бөгөөд 2028 онд ашиглалтад орно.",
           "Төслийн өртөг 96 тэрбум төгрөг гэж мэдээлсэн."),
    "ru": ("Городская администрация сегодня объявила о начале строительства нового моста через реку.",
           "Длина моста составит 420 метров, его откроют в 2028 году.",
           "Стоимость проекта оценивается в 3,1 миллиарда рублей."),
    "kk": ("Қала әкімдігі бүгін өзен арқылы жаңа көпір салу жұмыстары басталғанын хабарлады.",
           "Көпірдің ұзындығы 420 метр болады және ол 2028 жылы ашылады.",
           "Жобаның құны 12 миллиард теңге деп бағаланады."),
    "tr": ("Belediye bugün nehir üzerinde yeni bir köprünün yapımına başlandığını açıkladı.",
           "Köprünün uzunluğu 420 metre olacak ve 2028 yılında açılacak.",
           "Projenin maliyeti 3,1 milyar lira olarak tahmin ediliyor."),
}


def _read(tmp_path: Path, html: str) -> Article:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    [article] = articles
    return article


def _page(language: str, body: str, head: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='{language}'><head><meta charset='utf-8'><title>Headline</title></head>"
            f"<body><main><article><h1>Headline of the report</h1>{head}{body}</article></main></body></html>")


@pytest.mark.parametrize(("language", "credit", "name"), [
    ("mn", "Сурвалжлагч Б.Жишээ", "Б.Жишээ"),
    ("mn", "Сурвалжлагч Д. Загвар", "Д. Загвар"),
    ("ru", "Корреспондент Иван Примеров", "Иван Примеров"),
    ("kk", "Тілші: Айгүл Үлгіқызы", "Айгүл Үлгіқызы"),
    ("tr", "Muhabir: Ayşe Örnek", "Ayşe Örnek"),
])
def test_a_reporter_credit_closing_the_report_is_its_byline(tmp_path: Path, language: str, credit: str, name: str) -> None:
    # r50-25: a Mongolian agency's "Сурвалжлагч Б.Жишээ" (reporter B. Example) under its last
    # paragraph was read as a paragraph, and the report had no byline
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[language]) + f"<p>{credit}</p>"
    article = _read(tmp_path, _page(language, body))
    assert article.byline == name
    assert article.paragraphs == PARAGRAPHS[language]


@pytest.mark.parametrize("line", [
    "Корреспондент задал вопрос министру о сроках строительства.",  # a sentence about a reporter
    "Сурвалжлагч",  # the word alone
    "Корреспондент спросил",  # a verb, no name
])
def test_a_line_about_a_reporter_names_no_one(line: str) -> None:
    assert reporter_signed(line) is None


def test_a_byline_box_parts_its_name_from_the_role_in_the_element_after_it(tmp_path: Path) -> None:
    # r50-06: "<div>Gan <a>Gwenllian Enghraifft</a></div><div>Gohebydd Gwynedd</div>" (by ..., Gwynedd
    # reporter) in one authors box read "Gwenllian EnghraifftGohebydd Gwynedd"
    head = ("<div class='ArticlePage-authors'><div class='ArticlePage-authorName'>Gan <a href='/awdur/ana'>Ana "
            "Enghraifft</a></div><div class='ArticlePage-authorTitle'>Gohebydd Ceredigion</div></div>")
    body = ("<p>Cafodd pont newydd dros yr afon ei hagor yn swyddogol ddydd Llun gan y cyngor sir.</p>"
            "<p>Mae'r bont yn 420 metr o hyd a chostiodd y gwaith £6.2 miliwn i gyd.</p>")
    article = _read(tmp_path, _page("cy", body, head))
    assert article.byline == "Ana Enghraifft"


@pytest.mark.parametrize(("language", "label"), [("cy", "Hysbyseb"), ("ga", "Fógra"), ("el", "Διαφήμιση"), ("hr", "Oglas")])
def test_an_ad_slots_label_is_no_paragraph(tmp_path: Path, language: str, label: str) -> None:
    # r50-06: a Welsh ad slot's "Hysbyseb" (advertisement) was kept as a paragraph
    body = ("<p>Cafodd pont newydd dros yr afon ei hagor yn swyddogol ddydd Llun gan y cyngor sir.</p>"
            f"<div class='ad-wrapper'><div class='slot' data-slot-name='body-1'>{label}</div></div>"
            "<p>Mae'r bont yn 420 metr o hyd a chostiodd y gwaith £6.2 miliwn i gyd.</p>")
    article = _read(tmp_path, _page(language, body))
    assert label not in article.paragraphs
    assert len(article.paragraphs) == 2
