"""An agency's dateline of its own shape comes off as the Latin ones do: Anadolu's Arabic place and
agency after a slash ("أنقرة/ الأناضول") opening the first paragraph, and a Chinese, Japanese,
Korean or Arabic agency's dateline alone on its line above the lead ("新华社北京12月5日电",
"【ソウル聯合】"), in plain text, HTML and a feed's text alike: the dateline, not a paragraph."""

from __future__ import annotations

import pytest

from core.reading.feed import parse_feed
from core.reading.html import parse_html
from core.reading.judge import lone_dateline, split_dateline
from core.reading.text import parse_text

AR_REST = "أعلنت وزارة النقل، الثلاثاء، عن افتتاح جسر جديد فوق النهر في وسط المدينة."


@pytest.mark.parametrize(("paragraph", "dateline"), [
    (f"أنقرة/ الأناضول {AR_REST}", "أنقرة/ الأناضول"),
    (f"رام الله/ الأناضول {AR_REST}", "رام الله/ الأناضول"),
    (f"إسطنبول/ سامي مثال/ الأناضول {AR_REST}", "إسطنبول/ سامي مثال/ الأناضول"),
    ("و/أو يمكن للمواطنين التقدم بطلباتهم عبر الموقع الإلكتروني للوزارة.", None),  # "and/or"
    ("قال المسؤولون إن الاجتماع/ الذي عقد أمس كان مثمرا وناقش قضايا كثيرة.", None),
])
def test_an_arabic_place_and_agency_after_a_slash_is_a_dateline(paragraph: str, dateline: str | None) -> None:
    found, rest = split_dateline(paragraph)
    assert found == dateline
    assert rest == (AR_REST if dateline else paragraph)


@pytest.mark.parametrize(("line", "dateline"), [
    ("新华社北京12月5日电", "新华社北京12月5日电"),
    ("新华社北京12月5日电（记者 王明）", "新华社北京12月5日电（记者 王明）"),
    ("【ソウル聯合】", "【ソウル聯合】"),
    ("(서울=연합뉴스) 홍길동 기자 =", "(서울=연합뉴스) 홍길동 기자"),
    ("أنقرة/ الأناضول", "أنقرة/ الأناضول"),
    ("KESSRA, Nov 24 (Tidewater Wire) -", "KESSRA, Nov 24 (Tidewater Wire)"),
    ("新华社记者王明摄", None),
    ("海滨新港开通首条国际航线", None),
])
def test_an_agency_s_dateline_alone_on_its_line(line: str, dateline: str | None) -> None:
    assert lone_dateline(line) == dateline


ZH = ["海滨市新港5日正式开通首条国际集装箱航线，首班货轮满载出口商品驶往东南亚港口。",
      "港务局负责人表示，新航线每周往返两班，预计全年可为本地企业节省物流成本约两成。"]
JA = ["県は4日、老朽化した漁港の防波堤を全面的に改修すると発表した。工事は来年度に始まる。",
      "総事業費は約60億円を見込み、地元の漁協は早期の完成を求めている。"]
AR = [AR_REST, "وقال الوزير إن الجسر سيخفف الازدحام المروري في المدينة بشكل كبير خلال ساعات الذروة."]
CASES = [("新华社北京12月5日电", ZH, "2026-12-05"), ("【ソウル聯合】", JA, None), ("أنقرة/ الأناضول", AR, None)]


@pytest.mark.parametrize(("dateline", "body", "published"), CASES, ids=["xinhua", "yonhap-ja", "anadolu"])
def test_a_lone_dateline_above_the_lead_in_text(dateline: str, body: list[str], published: str | None) -> None:
    for gap in ("\n", "\n\n"):
        (article,) = parse_text(gap.join(["标题 Headline of the report", dateline, *body]) + "\n", path="x.txt", filed=None)
        assert article.dateline == dateline
        assert article.paragraphs == tuple(body)
        assert (article.published or "")[5:] == (published or "")[5:]


@pytest.mark.parametrize(("dateline", "body", "published"), CASES, ids=["xinhua", "yonhap-ja", "anadolu"])
def test_a_lone_dateline_above_the_lead_in_html(dateline: str, body: list[str], published: str | None) -> None:
    page = ("<html><head><meta charset='utf-8'><title>Headline of the report</title></head><body>"
            "<h1>Headline of the report</h1>" + "".join(f"<p>{p}</p>" for p in [dateline, *body]) + "</body></html>")
    article = parse_html(page.encode(), source="x.html")
    assert article.dateline == dateline
    assert article.paragraphs == tuple(body)


def test_a_lone_dateline_above_a_feed_entry_s_lines() -> None:
    text = "\n".join(["新华社北京12月5日电", *ZH])
    feed = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Wire</title>"
            "<link>https://wire.example/</link><pubDate>Sat, 05 Dec 2026 10:00:00 GMT</pubDate><item><title>新港开通国际航线</title>"
            f"<link>https://wire.example/a1.html</link><description>{text}</description></item></channel></rss>")
    (item,) = parse_feed(feed.encode(), source="f.xml", fetch=None, briefs=True)
    assert item.article.dateline == "新华社北京12月5日电"
    assert item.article.paragraphs == tuple(ZH)
