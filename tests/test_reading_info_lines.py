"""A page's info line (date, source, writer, editor, views, share) is metadata, in East Asian,
Arabic and other scripts too: off the report, its date the published one where nothing better
gives one, its reporter the byline (round 38: 10ja, 10jb, 12ja, 14ja, 14jc, 02ja, 02jb)."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import info_line

ZH_BODY = ("<p>市水务局4日表示，西湖水厂二期工程已经完成调试，将于本月中旬正式供水。</p>"
           "<p>二期工程投产后，全市日供水能力将提高到每日六十万吨。</p>"
           "<p>水务局提醒市民，调试期间部分地区水压可能偏低。</p>")
JA_BODY = ("<p>県は4日、老朽化した漁港の防波堤を全面的に改修すると発表した。</p>"
           "<p>工事は来年度に始まり、総事業費は約60億円を見込む。</p>"
           "<p>地元の漁協は早期の完成を求めている。</p>")


@pytest.mark.parametrize("line, writers, source, dated", [
    ("2027-05-04 14:05 来源：江城晚报 作者：周子航 浏览：812", ("周子航",), "江城晚报", True),
    ("2027年05月04日 14:05　來源：港都日報", (), "港都日報", True),
    ("文/记者 何一鸣 2027年5月4日", ("何一鸣",), None, True),
    ("2027年5月4日 午後2時05分", (), None, True),
    ("2027/5/4 14:05（更新 2027/5/4 15:30）", (), None, True),
    ("2027年5月4日（火） 14時05分時事通信", (), "時事通信", True),
    ("최지우 기자 jiwoo@example.kr 입력 2027.05.04 14:05 | 수정 2027.05.04 15:30", ("최지우",), None, True),
    ("نشر في ٤ مايو ٢٠٢٧ - ١٤:٠٥ | المصدر: وكالة الأنباء", (), "وكالة الأنباء", True),
    ("（時事）", (), "時事", False),
    ("（原标题：西湖水厂二期本月供水）", (), None, False),
    ("（责任编辑：孙悦） 分享到： 微信 QQ空间", (), None, False),
])
def test_an_info_line_is_read_for_its_fields(line: str, writers: tuple[str, ...], source: str | None, dated: bool) -> None:
    info = info_line(line)
    assert info is not None, line
    assert info.writers == writers
    assert info.source == source
    assert (info.published == "2027-05-04") is dated


@pytest.mark.parametrize("line", [
    "记者4日从市水务局获悉，西湖水厂二期工程已经完成调试。",  # a report's lead opening with "reporter"
    "西湖水厂二期本月供水",  # a headline
    "周子航",  # a name alone
    "作者简介",  # a label's word inside a heading
    "2027年5月4日，市水务局召开新闻发布会，介绍水厂工程进展情况和下一步安排。",
])
def test_a_line_of_the_report_is_no_info_line(line: str) -> None:
    assert info_line(line) is None


def test_a_chinese_info_line_is_metadata_and_names_the_reporter() -> None:
    page = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>西湖水厂二期本月供水_江城在线</title></head><body>"
            "<div class='top'><a href='/'>江城在线</a></div>"
            "<div class='main'><h1>西湖水厂二期本月供水</h1>"
            "<div class='meta'>文｜记者 何一鸣<span>2027年05月04日 14:05</span></div>"
            f"<div class='text'>{ZH_BODY}</div>"
            "<div>（原标题：西湖水厂二期工程本月中旬供水）</div></div></body></html>")
    article = parse_html(page.encode(), source="x.html")
    assert article.byline == "何一鸣"
    assert article.paragraphs[0].startswith("市水务局4日表示")
    assert len(article.paragraphs) == 3
    assert (article.published or "").startswith("2027-05-04")


def test_a_portal_s_user_bar_trail_info_and_share_lines_are_furniture() -> None:
    page = ("<html><head><meta charset='utf-8'><title>西湖水厂二期本月供水</title></head><body>"
            "<div class='bar'><span>您好，<b>游客</b>！</span><a>登录</a> | <a>注册</a></div>"
            "<div class='crumb'>当前位置：<a>首页</a> &gt; <a>民生</a> &gt; 正文</div>"
            "<h1>西湖水厂二期本月供水</h1>"
            "<div class='info'><span>2027-05-04 14:05</span><span>来源：江城晚报</span><span>作者：周子航</span>"
            "<span>浏览：<em>812</em></span></div>"
            f"<div class='content'>{ZH_BODY}</div>"
            "<div class='ed'>（责任编辑：孙悦）</div><div class='share'>分享到：<a>微信</a><a>微博</a></div>"
            "</body></html>")
    article = parse_html(page.encode(), source="x.html")
    assert article.paragraphs[0].startswith("市水务局4日表示")
    assert article.paragraphs[-1].startswith("水务局提醒市民")
    assert len(article.paragraphs) == 3
    assert article.byline == "周子航"


def test_a_japanese_date_line_and_closing_agency_credit_are_metadata() -> None:
    page = ("<html lang='ja'><head><meta charset='utf-8'><title>漁港の防波堤を改修｜海辺新報</title></head><body>"
            "<div id='main'><h1>漁港の防波堤を改修</h1><p class='date'>2027年5月4日 14時05分</p>"
            f"<div id='honbun'>{JA_BODY}<p>（時事）</p></div></div></body></html>")
    article = parse_html(page.encode(), source="x.html")
    assert article.paragraphs[0].startswith("県は4日")
    assert article.paragraphs[-1] == "地元の漁協は早期の完成を求めている。"
    assert (article.published or "").startswith("2027-05-04")


def test_a_writer_line_with_the_known_author_s_affiliation_is_the_byline() -> None:
    page = ("<html lang='ko'><head><meta charset='utf-8'><title>[기고] 어항 정비 서둘러야</title>"
            "<meta name='author' content='최지우'></head><body><article><h1>[기고] 어항 정비 서둘러야</h1>"
            "<div class='writer'>최지우 한국해양연구원 선임연구위원</div>"
            "<p>낡은 어항은 태풍 피해를 키운다. 방파제 보강은 더 미룰 수 없는 과제다.</p>"
            "<p>정부는 내년 예산에 어항 정비 사업비를 충분히 반영해야 한다.</p></article></body></html>")
    article = parse_html(page.encode(), source="x.html")
    assert article.byline == "최지우"
    assert article.paragraphs[0].startswith("낡은 어항은")
    assert len(article.paragraphs) == 2
