"""A Japanese paper's credit of where its correspondent filed from and who they are, in
lenticular brackets, in round ones or alone on a line ("【ワシントン＝山田太郎】",
"（ワシントン＝山田太郎特派員）", "ワシントン＝山田太郎特派員"), opening the report or above it: the
place is the dateline, the reporter the byline, without the word for their role (特派員,
correspondent; 記者, reporter). Plain text and HTML alike. Invented inputs."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import bracket_credit, info_line
from core.reading.text import parse_text

TITLE = "米国が鉄鋼関税を発表"
LEAD = "米政府は3日、鉄鋼製品に対する新たな関税を発表した。対象は約40品目に及ぶ。"
MORE = "商務省によると、関税は来月1日から適用される。業界団体は反発している。"


@pytest.mark.parametrize(("credit", "place", "names"), [
    ("（ワシントン＝山田太郎特派員）", "ワシントン", ("山田太郎",)),
    ("(ワシントン＝山田太郎特派員)", "ワシントン", ("山田太郎",)),
    ("（ワシントン＝山田太郎）", "ワシントン", ("山田太郎",)),
    ("【ワシントン＝山田太郎特派員】", "ワシントン", ("山田太郎",)),
    ("（大阪＝山田太郎、佐藤花子記者）", "大阪", ("山田太郎", "佐藤花子")),
    ("ワシントン＝山田太郎特派員", "ワシントン", ("山田太郎",)),  # alone, its role word says it is a credit
])
def test_a_placed_reporters_credit_gives_the_place_and_the_reporters(credit: str, place: str, names: tuple[str, ...]) -> None:
    assert bracket_credit(credit) == (place, names, "")
    info = info_line(credit)
    assert info is not None and info.writers == names and info.place == place


@pytest.mark.parametrize("text", [
    "（北京＝共同）",  # an agency's credit: a dateline, no reporter
    "ワシントン＝山田太郎",  # no brackets and no role word: any line may be "A＝B"
    "（ワシントン＝山田太郎特派員",  # brackets that do not close
    "【ワシントン＝山田太郎）",
    "(서울=연합뉴스) 홍길동 기자 =",
])
def test_other_texts_are_no_placed_reporters_credit(text: str) -> None:
    found = bracket_credit(text)
    assert found is None or not found[1]


def test_a_bare_credit_is_read_in_the_pages_byline_element() -> None:
    assert bracket_credit("ワシントン＝山田太郎", bare=True) == ("ワシントン", ("山田太郎",), "")


@pytest.mark.parametrize("credit", ["（ワシントン＝山田太郎特派員）", "【ワシントン＝山田太郎特派員】", "ワシントン＝山田太郎特派員"])
def test_a_credit_on_a_line_of_its_own_is_the_byline_and_the_dateline(credit: str) -> None:
    [text] = parse_text(f"{TITLE}\n\n{credit}\n\n{LEAD}\n\n{MORE}\n", path="report.txt")
    page = (f"<html lang='ja'><head><meta charset='utf-8'><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<p>{credit}</p><p>{LEAD}</p><p>{MORE}</p></article></body></html>")
    html = parse_html(page.encode(), source="report.html")
    for article in (text, html):
        assert (article.byline, article.dateline) == ("山田太郎", "ワシントン")
        assert article.paragraphs == (LEAD, MORE)


@pytest.mark.parametrize("credit", ["（ワシントン＝山田太郎特派員）", "【ワシントン＝山田太郎特派員】"])
def test_a_credit_opening_the_lead_comes_off_it(credit: str) -> None:
    [text] = parse_text(f"{TITLE}\n\n{credit}{LEAD}\n\n{MORE}\n", path="report.txt")
    page = (f"<html lang='ja'><head><meta charset='utf-8'><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<p>{credit}{LEAD}</p><p>{MORE}</p></article></body></html>")
    html = parse_html(page.encode(), source="report.html")
    for article in (text, html):
        assert (article.byline, article.dateline) == ("山田太郎", "ワシントン")
        assert article.paragraphs == (LEAD, MORE)


def test_a_credit_in_the_pages_byline_element_needs_no_role_word() -> None:
    page = (f"<html lang='ja'><head><meta charset='utf-8'><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<p class='byline'>ワシントン＝山田太郎</p><p>{LEAD}</p><p>{MORE}</p></article></body></html>")
    article = parse_html(page.encode(), source="report.html")
    assert (article.byline, article.dateline) == ("山田太郎", "ワシントン")
