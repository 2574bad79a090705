"""A page's info line (date, source, writer, editors, views) is metadata in plain text and in a
feed's text as it is in HTML: off the report, its writers the byline (else its source), its date
the report's where none is given; a line of its own at a feed entry's top though the lines under
it join into paragraphs."""

from __future__ import annotations

import pytest

from core.reading.feed import parse_feed
from core.reading.text import parse_text

ZH = ["海滨市新港昨日正式开通首条国际集装箱航线，首班货轮满载出口商品驶往东南亚港口。",
      "港务局负责人表示，新航线每周往返两班，预计全年可为本地企业节省物流成本约两成。",
      "当地企业代表说，过去货物需经邻近大港中转，耗时较长，新航线开通后交货周期明显缩短。"]
KO = ["항구도시의 새 국제 컨테이너 항로가 어제 정식으로 개통되어 첫 화물선이 동남아시아로 출항했다.",
      "항만청 관계자는 새 항로가 주 2회 운항하며 지역 기업의 물류 비용을 크게 줄일 것이라고 말했다."]
HI = ["शहर में आज नई मेट्रो लाइन का उद्घाटन किया गया, जिससे पूर्वी इलाकों के हजारों यात्रियों को राहत मिलेगी।",
      "परिवहन विभाग के अधिकारियों ने बताया कि नई लाइन पर हर दस मिनट में एक ट्रेन चलेगी।"]


@pytest.mark.parametrize("headline, info, body, byline, published", [
    ("海滨新港开通首条国际航线", "2026-03-03 09:20 来源：海滨日报 作者：李晓明 阅读：3462", ZH, "李晓明", "2026-03-03"),
    ("海滨新港开通首条国际航线", "文｜记者 李晓明", ZH, "李晓明", None),
    ("海滨新港开通首条国际航线", "来源：海滨日报　2026年03月03日", ZH, "海滨日报", "2026-03-03"),
    ("항구 새 국제항로 개통", "입력 2026.03.03 09:00 | 수정 2026.03.03 10:30", KO, None, "2026-03-03"),
    ("शहर में नई मेट्रो लाइन शुरू", "प्रकाशित: 5 दिसंबर 2026 | लेखक: राम कुमार", HI, "राम कुमार", "2026-12-05"),
], ids=["zh-fields", "zh-writer", "zh-source", "ko-stamps", "hi"])
def test_a_text_s_info_line_is_its_metadata(
    headline: str, info: str, body: list[str], byline: str | None, published: str | None,
) -> None:
    (article,) = parse_text("\n\n".join([headline, info, *body]) + "\n", path="x.txt")
    assert article.title == headline
    assert article.paragraphs == tuple(body)
    assert article.byline == byline
    assert article.published == published


def test_an_info_line_above_the_headline_is_no_headline() -> None:
    (article,) = parse_text("\n".join(["2026-03-03 09:20 来源：海滨日报 作者：李晓明", "海滨新港开通首条国际航线", *ZH]) + "\n", path="x.txt")
    assert article.title == "海滨新港开通首条国际航线"
    assert article.byline == "李晓明"


def _feed(description: str) -> bytes:
    return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>海滨日报</title>"
            "<link>https://haibin.example/</link><item><title>海滨新港开通首条国际航线</title>"
            f"<link>https://haibin.example/a1.html</link><description>{description}</description></item>"
            "</channel></rss>").encode()


@pytest.mark.parametrize("description", [
    "\n".join(["2026-03-03 09:20 来源：海滨日报 作者：李晓明", *ZH]),  # plain text, a line each
    "<br/>".join(["2026-03-03 09:20 来源：海滨日报 作者：李晓明", *ZH]).replace("<", "&lt;").replace(">", "&gt;"),
], ids=["lines", "breaks"])
def test_a_feed_entry_s_info_line_is_its_metadata(description: str) -> None:
    (item,) = parse_feed(_feed(description), source="f.xml", fetch=None, briefs=True)
    assert item.article.paragraphs == tuple(ZH)
    assert item.article.byline == "李晓明"
    assert item.article.published == "2026-03-03"
