"""An agency's credit in brackets that names its reporter, where they filed from and the day,
"（海峽社記者王明台北3日電）" (the agency, 記者, the name and the place written together, the day,
電 or 專電), gives the byline (the reporter) and the dateline (the place); the credit is no
paragraph of the report, whether it stands alone above the lead or opens it."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import dateline_reporter
from core.reading.text import parse_text

LEAD = "台北市政府3日宣布，新建的市立圖書館將於下月正式開放，館內藏書超過五十萬冊，並設有兒童閱覽區。"
MORE = "市府官員表示，圖書館每日開放至晚間十點，預計每年可吸引一百萬人次入館參觀閱讀。"


@pytest.mark.parametrize(("credit", "report", "place", "reporters"), [
    ("（海峽社記者王明台北3日電）", [], "台北", ("王明",)),
    ("（東方通訊社記者李小華東京5日專電）", [], "東京", ("李小華",)),
    ("（海峡社记者王明上海3日电）", [], "上海", ("王明",)),
    ("（海峽社記者王明、李華台北3日電）", [], "台北", ("王明", "李華")),
    ("（海峽社記者王明 華盛頓3日專電）", [], "華盛頓", ("王明",)),  # a space parts the name from the place
    # the report tells where a two-character name ends: it names 華盛頓 (and 盛頓 in it), not 華盛頓's half
    ("（海峽社記者王明華盛頓3日專電）", ["美國華盛頓今天宣布新的航運規定。"], "華盛頓", ("王明",)),
    ("（海峽社高雄5日電）", [], "（海峽社高雄5日電）", ()),  # no reporter named: kept whole
])
def test_an_agency_credit_names_its_reporter_and_place(
        credit: str, report: list[str], place: str, reporters: tuple[str, ...]) -> None:
    assert dateline_reporter(credit, report) == (place, reporters)


CASES = [("（海峽社記者王明台北3日電）", "王明", "台北"), ("（東方通訊社記者李小華東京5日專電）", "李小華", "東京")]


@pytest.mark.parametrize(("credit", "byline", "place"), CASES)
@pytest.mark.parametrize("alone", [True, False])
def test_the_credit_gives_byline_and_dateline_in_text_and_html(credit: str, byline: str, place: str, alone: bool) -> None:
    body = [credit, LEAD, MORE] if alone else [credit + LEAD, MORE]
    (text,) = parse_text("圖書館下月開放\n\n" + "\n\n".join(body) + "\n", path="x.txt", filed=None)
    page = ("<html><head><meta charset='utf-8'><title>圖書館下月開放</title></head><body><h1>圖書館下月開放</h1>"
            + "".join(f"<p>{p}</p>" for p in body) + "</body></html>")
    html = parse_html(page.encode(), source="x.html")
    for article in (text, html):
        assert article.byline == byline
        assert article.dateline == place
        assert article.paragraphs == (LEAD, MORE)
