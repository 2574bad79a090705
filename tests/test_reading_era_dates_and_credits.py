"""Dates an East Asian page gives only in an era's years, and credits Chinese and Japanese papers
print (variants round 47: a Taiwanese page dated "中華民國115年11月20日" under "記者 陳怡君／臺南報導",
a Japanese regional page dated "令和8年12月2日" and signed "（魚津支局・森田紗季）" under the report,
a Japanese wire's NITF byline holding its dateline alone, "【帯広】"). Invented pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.html import parse_html
from core.reading.judge import bracket_credit, credited_place, find_date, find_dates, reporter_credit


@pytest.mark.parametrize(("text", "day"), [
    ("中華民國115年11月20日 14:35", date(2026, 11, 20)),  # the Republic of China's year 115
    ("發布時間：民國115年3月5日", date(2026, 3, 5)),
    ("令和8年12月2日（水）　午前7時00分", date(2026, 12, 2)),  # Reiwa 8
    ("令和８年１２月２日", date(2026, 12, 2)),  # in full-width digits
    ("令和元年5月1日", date(2019, 5, 1)),  # its first year
    ("平成31年4月30日", date(2019, 4, 30)),
    ("2026年12月2日", date(2026, 12, 2)),  # the common era, as before
])
def test_a_date_in_an_eras_years_is_its_day(text: str, day: date) -> None:
    assert find_date(text) is not None and find_date(text)[0] == day
    assert find_dates(text) == [day]


def test_an_unknown_era_dates_nothing() -> None:
    assert find_date("昭和の終わりに") is None
    assert find_dates("第115年11月20日") == []


_PAGE_HEAD = "<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
_RANKING = ("<aside class='ranking'><h2>ランキング</h2><ol><li><a href='/news/20261130-7'>黒部市で初競り</a></li>"
            "<li><a href='/news/20261129-2'>大雪で運休</a></li></ol></aside>")
_JA_BODY = ("<div class='body'><p>港町市は、地元で水揚げされた未利用魚を学校給食に使う取り組みを、来年度から全ての小中学校に広げると発表した。</p>"
            "<p>これまでは三校で試験的に実施しており、すり身を使った献立が児童に好評だったという。</p>"
            "<p>市は漁協と協力し、年間およそ四トンの未利用魚を加工する計画だ。</p></div>")


def test_a_page_dated_only_by_an_eras_date_line_is_that_day() -> None:
    """The extractor cannot read "令和8年12月2日" and guessed the day a related link's address gives."""
    page = (_PAGE_HEAD.format(lang="ja", title="未利用魚を給食に　全小中学校へ拡大｜港町新報")
            + "<article><h1>未利用魚を給食に　全小中学校へ拡大</h1><p class='date'>令和8年12月2日（水）　午前7時00分</p>"
            + _JA_BODY + "<p class='credit'>（港町支局・森田紗季）</p></article>" + _RANKING + "</body></html>")
    article = parse_html(page.encode("utf-8"), source="minato.html")
    assert article.published is not None and article.published.startswith("2026-12-02")
    assert article.byline == "森田紗季"  # the bureau's credit under the report
    assert not any("令和" in p or "支局" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 3
    assert article.title == "未利用魚を給食に 全小中学校へ拡大"


def test_a_chinese_reporters_credit_without_brackets_is_the_byline_and_the_place() -> None:
    page = (_PAGE_HEAD.format(lang="zh-Hant", title="海水淡化廠明年啟用 - 府城日報")
            + "<article><h1>海水淡化廠明年啟用</h1><div class='news-info'><span class='reporter'>記者 林美玲／範例市報導</span>"
            "<span class='date'>中華民國115年11月20日 14:35</span><span class='views'>瀏覽數：2,318</span></div>"
            "<div class='content'><p>範例市政府今天宣布，海水淡化示範廠將於明年三月啟用，每日可供應兩萬噸自來水。</p>"
            "<p>水利局表示，工程總經費約十二億元，由中央與地方共同分擔。</p>"
            "<p>水利局也將在廠區旁設置環境教育館，開放學校團體預約參觀。</p></div></article></body></html>")
    article = parse_html(page.encode("utf-8"), source="fucheng.html")
    assert (article.byline, article.dateline) == ("林美玲", "範例市")
    assert article.published is not None and article.published.startswith("2026-11-20")
    assert not any("報導" in p for p in article.paragraphs)


def test_credit_readers() -> None:
    assert reporter_credit("記者 林美玲／範例市報導") == "林美玲"
    assert reporter_credit("記者林美玲、王大同／範例市報導") == "林美玲, 王大同"
    assert reporter_credit("記者會今天舉行") is None  # a sentence's word, no credit
    assert credited_place("記者 林美玲／綜合報導") == ("林美玲", "")  # a desk's word, no place
    assert credited_place("林美玲") is None
    assert bracket_credit("（港町支局・森田紗季）") == ("港町", ("森田紗季",), "")
    assert bracket_credit("（富山総局 田中一郎）") == ("富山", ("田中一郎",), "")
    assert bracket_credit("港町支局・森田紗季") is None  # a bureau's credit only in its brackets


NITF_JA = """<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.5//EN">
<head><title>十勝で震度５弱</title><docdata><date.issue norm="20261202T1130+0900"/><doc.copyright holder="港町通信"/></docdata></head>
<body><body.head><hedline><hl1>十勝で震度５弱</hl1></hedline><byline>【帯広】</byline><distributor>港町通信</distributor>
<dateline><location>帯広</location><story.date>令和8年12月2日</story.date></dateline></body.head>
<body.content><p>　気象庁は２日、十勝地方で震度５弱を観測した地震について、今後１週間程度は同じ規模の揺れに注意するよう呼びかけた。</p>
<p>　帯広市では住宅の屋根瓦が落ちるなどの被害があったが、けが人の情報は入っていない。</p></body.content>
</body></nitf>
""".encode("utf-8")


def test_a_wires_byline_holding_its_dateline_alone_names_no_one(tmp_path: Path) -> None:
    path = tmp_path / "kyodo.xml"
    path.write_bytes(NITF_JA)
    [article] = read_file(path)
    assert article.byline is None
    assert article.dateline == "帯広"


def test_a_date_rdfa_marks_in_its_content_attribute_dates_the_page() -> None:
    """Variants 47 (47-drupal7-km): Drupal 7's "submitted" line carries the machine date in
    'property="dc:date dc:created" content=...' over a date it prints month first (11/09/2026 is 9
    November); the report is marked "node-promoted" (promoted to the front page), no promotion box;
    the line itself, who posted it and when, is no paragraph."""
    page = ("<html lang='en'><head><meta charset='utf-8'><title>Rice exports up twelve percent | Mekong Post</title></head>"
            "<body><div id='page'><h1 class='title'>Rice exports up twelve percent</h1>"
            "<div class='node node-article node-promoted clearfix' typeof='sioc:Item foaf:Document'>"
            "<div class='submitted'><span property='dc:date dc:created' content='2026-11-09T08:20:00+07:00' datatype='xsd:dateTime'>"
            "Submitted by <span class='username' property='foaf:name'>Sok Chanthy</span> on 11/09/2026 - 08:20</span></div>"
            "<div class='field field-name-body'><p>The agriculture ministry said on Monday that rice exports in the first ten months "
            "of the year rose by about twelve percent.</p><p>Exports reached 540,000 tonnes, most of it to markets in the region.</p>"
            "<p>The ministry expects the year's total to pass 650,000 tonnes.</p></div></div></div></body></html>")
    article = parse_html(page.encode("utf-8"), source="mekong.html")
    assert article.published is not None and article.published.startswith("2026-11-09T08:20")
    assert article.paragraphs[0].startswith("The agriculture ministry")
    assert not any("Submitted" in p for p in article.paragraphs)
