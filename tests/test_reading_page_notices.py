"""Lines a page prints around a report that are no text of it: an old site's browser notice
("Best viewed in 800x600."), a print view's labelled address ("Article URL: https://..."), an
editor's closing credit ("Oprac. Ana Example", "Edición: ..."), a date line whose words beside the
date are the date's own (Polish "r.", "godz.", Turkish "saat", Indonesian "pukul ... WIB"), and a
Chinese paper's reporter credit in brackets ("（記者王小明／範例市報導）"): the byline and the dateline."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import classify_line, dateline_reporter, is_furniture_block, is_page_notice, is_stamp_block, Kind
from core.reading.text import parse_text

LEAD = "The owners of the old flax mill said on Thursday they would rebuild it on the same site by next spring."
LAST = "Rebuilding is expected to take about eighteen months, the owners said."


def _page(*blocks: str, lang: str = "en", title: str = "Mill owners to rebuild") -> bytes:
    body = "".join(f"<p>{b}</p>" for b in blocks)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>").encode()


@pytest.mark.parametrize("line", [
    "Best viewed in 800x600.",
    "Site best viewed with Netscape Navigator 4 at 800 x 600",
    "This site is optimised for Internet Explorer 5.5",
    "Am besten mit Firefox betrachtet.",
    "Optimisé pour une résolution de 1024x768",
    "Melhor visualizado em 1024x768",
    "Article URL: https://valley.example/news/mill-fire",
    "Permalink: https://valley.example/p/123",
    "Printed from: www.valley.example/news/mill",
    "Quelle: https://valley.example/x",
    "Oprac. Karolina Przykład",
    "Red. Anna Wzorek",
    "Edición: María Ejemplo",
    "Edição: João Exemplo e Ana Modelo",
    "A cura di Mario Esempio",
    "Bearbeitung: Jana Beispiel",
    "(Edited by Ana Example)",
])
def test_a_page_notice_or_an_editors_credit_is_furniture(line: str) -> None:
    assert is_page_notice(line)
    assert is_furniture_block(line)
    assert classify_line(line) is Kind.FURNITURE


@pytest.mark.parametrize("line", [
    "Optimized for small farms, the tractor sold well across the region last year.",
    "Red. Anna Wzorek said the port would close on Friday.",
    "Link: see the council's report for the full list of roads.",
    "Redakcja poinformowała, że most otwarto we wtorek.",
    "The mill was best viewed from the bridge, residents said, before the fire gutted it.",
])
def test_a_sentence_using_those_words_is_text(line: str) -> None:
    assert not is_page_notice(line)


def test_notices_and_credits_closing_a_page_are_not_paragraphs() -> None:
    article = parse_html(_page(LEAD, LAST, "Oprac. Karolina Przykład", "Article URL: https://valley.example/mill",
                               "Best viewed in 800x600."), source="x.html")
    assert [p for p in article.paragraphs] == [LEAD, LAST]


@pytest.mark.parametrize("line", [
    "środa, 4 marca 2026 r., godz. 10:15",
    "Środa, 4 marca 2026 roku, godz. 10.15",
    "среда, 4 марта 2026 г., 10:15",
    "Çarşamba, 4 Mart 2026 saat 10:15",
    "Rabu, 4 Maret 2026, pukul 10:15 WIB",
    "Wednesday, March 4, 2026 at 10:15 a.m. ET",
])
def test_a_date_line_with_its_words_for_year_and_hour_is_a_stamp(line: str) -> None:
    assert is_stamp_block(line)
    assert classify_line(line) is Kind.DATE


@pytest.mark.parametrize("line", [
    "Press release · 4 March 2026, 10:15",
    "News release | March 4, 2026",
    "Pressemitteilung vom 4. März 2026",
    "Communiqué de presse – 4 mars 2026",
    "Komunikat prasowy, 4 marca 2026 r.",
])
def test_a_release_kind_label_and_its_date_is_a_stamp(line: str) -> None:
    """A press office's line naming what the page is and when it was issued says no sentence:
    metadata, as a date line is, and the page's first paragraph is its lead."""
    assert is_stamp_block(line)
    article = parse_html(_page(line, LEAD, LAST), source="x.html")
    assert list(article.paragraphs) == [LEAD, LAST]
    assert article.published is not None and article.published.startswith("2026-03-04")


@pytest.mark.parametrize("line", [
    "Press release issued by the mill's owners on 4 March 2026 said the fire began in the dryer.",
    "Press release",
])
def test_a_release_label_in_a_sentence_or_alone_is_no_date_line(line: str) -> None:
    assert not is_stamp_block(line)


def test_a_polish_date_line_gives_the_date_and_is_no_paragraph() -> None:
    lead = "Port w Przykładowie wstrzymał w środę przeładunki węgla z powodu silnego wiatru."
    article = parse_html(_page("środa, 4 marca 2026 r., godz. 10:15", lead, "Na redzie czeka dziewięć statków."),
                         source="x.html")
    assert article.published is not None and article.published.startswith("2026-03-04")
    assert article.paragraphs[0] == lead
    assert not any("marca" in p for p in article.paragraphs)
    [text] = parse_text(f"Port wstrzymuje przeładunki\n\nśroda, 4 marca 2026 r., godz. 10:15\n\n{lead}\n\n"
                        "Na redzie czeka dziewięć statków, a kolejne przypłyną w czwartek rano.\n", path="x.txt")
    assert text.published is not None and text.published.startswith("2026-03-04")
    assert not any("marca" in p for p in text.paragraphs)


@pytest.mark.parametrize(("credit", "place", "reporters"), [
    ("（記者王小明／範例市報導）", "範例市", ("王小明",)),
    ("（记者 王小明／范例市报道）", "范例市", ("王小明",)),
    ("（记者王小明/范例市报道）", "范例市", ("王小明",)),
    ("〔記者王小明、李大華／綜合報導〕", "", ("王小明", "李大華")),  # a desk's word, no place
    ("【记者王小明/北京电】", "北京", ("王小明",)),
    ("（记者 林海）", "", ("林海",)),
])
def test_a_chinese_reporter_credit_names_the_reporter_and_the_place(
        credit: str, place: str, reporters: tuple[str, ...]) -> None:
    assert dateline_reporter(credit) == (place, reporters)


ZH_LEAD = "範例市港區新橋今天上午正式通車，市長表示，新橋可讓往來工業區的貨車不必再穿越市中心。"
ZH_MORE = "新橋全長八百公尺，工程費約新台幣四十二億元，歷時三年完工。"


@pytest.mark.parametrize("glued", [False, True])
@pytest.mark.parametrize(("credit", "place"), [
    ("（記者王小明／範例市報導）", "範例市"),
    ("（记者 王小明／范例市报道）", "范例市"),
])
def test_a_chinese_reporter_credit_above_the_lead_is_the_byline_and_dateline(credit: str, place: str, glued: bool) -> None:
    blocks = (credit + ZH_LEAD, ZH_MORE) if glued else (credit, ZH_LEAD, ZH_MORE)
    article = parse_html(_page(*blocks, lang="zh", title="港區新橋今通車"), source="x.html")
    assert article.paragraphs == (ZH_LEAD, ZH_MORE)
    assert article.byline == "王小明"
    assert article.dateline == place
