"""Ruby annotations are no part of the text: the readings a page sets over its characters (<rt>,
Japanese furigana, Chinese pinyin) and the brackets a browser without ruby shows around them (<rp>)
leave the headline, the byline and the paragraphs; the base text reads as the reader reads it."""

from __future__ import annotations

from core.reading.html import fragment_blocks, parse_html


def _ruby(base: str, reading: str, brackets: bool = True) -> str:
    return f"<ruby>{base}<rp>(</rp><rt>{reading}</rt><rp>)</rp></ruby>" if brackets else f"<ruby>{base}<rt>{reading}</rt></ruby>"


def test_furigana_leave_headline_byline_and_text() -> None:
    page = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>港町で朝市が再開</title></head><body>'
            f'<article><h1>{_ruby("汐見", "しおみ")}町で朝市が再開</h1>'
            f'<p class="byline">文・{_ruby("真野", "まの")} {_ruby("千尋", "ちひろ")}</p>'
            f'<p>{_ruby("汐見", "しおみ")}町の漁港で６日、三年ぶりに朝市が開かれた。地元の{_ruby("漁師", "りょうし", False)}ら約２０人が魚介を並べた。</p>'
            '<p>町によると、朝市は毎週土曜日の午前６時から開かれ、観光客の呼び込みにもつなげたいという。</p>'
            '</article></body></html>').encode()
    article = parse_html(page, source="asaichi.html")
    assert article.title == "汐見町で朝市が再開" and article.byline == "真野 千尋"
    assert article.paragraphs[0].startswith("汐見町の漁港で６日")
    assert "地元の漁師ら約２０人" in article.paragraphs[0]
    assert not any(reading in text for text in (article.title, article.byline or "", *article.paragraphs)
                   for reading in ("しおみ", "りょうし", "まの", "ちひろ", "("))


def test_pinyin_over_hanzi_leave_a_feed_entrys_text() -> None:
    html = (f"<p>{_ruby('渡', 'dù', False)}{_ruby('轮', 'lún', False)}明年起每十五分钟一班。</p>"
            "<p>市政府表示，新码头将于五月启用。</p>")
    assert [b.text for b in fragment_blocks(html)] == ["渡轮明年起每十五分钟一班。", "市政府表示，新码头将于五月启用。"]
