"""A name, a labelled author line or a dash and a role closing a report, with a page's short lines
under it (a view count, a comments label; no sentence), is its signature: the byline or a
credit, no paragraph; the report ends there. A real closing sentence, a dashed list and a name with
a report's paragraph under it stay. Amharic's "በ" (by) before a name. Invented inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.model import Article
from core.reading import read_paths
from core.reading.judge import clean_byline

SR = ("Градска управа је данас објавила почетак изградње новог моста преко реке код старе луке.",
      "Мост ће бити дугачак 420 метара и биће отворен за саобраћај у пролеће 2028. године.",
      "Вредност пројекта процењује се на 3,1 милијарду динара, саопштила је управа.")
TA = ("மாநகராட்சி இன்று ஆற்றின் மீது புதிய பாலம் கட்டும் பணியைத் தொடங்கியதாக அறிவித்தது.",
      "பாலத்தின் நீளம் 420 மீட்டர் ஆகும், இது 2028 ஆம் ஆண்டில் திறக்கப்படும்.",
      "திட்டத்தின் மதிப்பு ரூ.96 கோடி என மதிப்பிடப்பட்டுள்ளது.")


def _read(tmp_path: Path, language: str, body: str) -> Article:
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html><html lang='{language}'><head><meta charset='utf-8'><title>Наслов</title></head>"
                    f"<body><main><article><h1>Headline of the report</h1>{body}</article></main></body></html>",
                    encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    [article] = articles
    return article


def _paragraphs(lines: tuple[str, ...] | list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


@pytest.mark.parametrize("signature", ["Д. Примеровић", "Марко Примеровић"])
def test_a_signature_over_the_pages_short_lines_is_the_byline_and_ends_the_report(tmp_path: Path, signature: str) -> None:
    # r52-20: the name under the report, a view count and the page's labels under it, were read as
    # paragraphs and the report had no byline
    article = _read(tmp_path, "sr", _paragraphs([*SR, signature, "Прегледа: 1 842", "Коментари (2)", "Остале вести"]))
    assert article.byline == signature
    assert article.paragraphs == SR


def test_a_dash_and_a_role_closing_the_report_is_a_credit_no_paragraph(tmp_path: Path) -> None:
    # r52-21: "- நமது நிருபர்" (our correspondent) under the report stayed a paragraph
    article = _read(tmp_path, "ta", _paragraphs([*TA, "- எங்கள் செய்தியாளர்"]))
    assert article.paragraphs == TA


def test_a_closing_sentence_a_dashed_list_and_a_name_over_a_paragraph_stay(tmp_path: Path) -> None:
    closing = (*SR, "Радови почињу у мају.")
    assert _read(tmp_path, "sr", _paragraphs(closing)).paragraphs == closing
    listed = (*SR, "- први мост", "- други мост")
    assert _read(tmp_path, "sr", _paragraphs(listed)).paragraphs == listed
    interview = (*SR[:2], "Марко Примеровић", SR[2])
    assert _read(tmp_path, "sr", _paragraphs(interview)).paragraphs == interview


def test_amharic_by_before_an_ethiopic_name_is_no_part_of_it() -> None:
    # r52-15: the byline kept its "በ" (by)
    assert clean_byline(["በ ዮሐንስ ምሳሌ"]) == "ዮሐንስ ምሳሌ"
    assert clean_byline(["በ 2018 ዓ.ም."]) is None
