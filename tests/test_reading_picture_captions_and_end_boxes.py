"""A picture's caption printed beside it without a <figcaption>, a pull quote's cite, a book's
page-break numbers and kickers, and the boxes and lines around a report's end (an author's box,
a message's closing words and signature, an app's prompts, a platform's stats line, a sign-off
after a dash): none is a paragraph of the report (invented inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import is_furniture_block, is_stats_line

_BODY = (
    "<p>The river ferry between Tallwick and Osterby resumed service on Monday after a month of repairs to its landing ramps.</p>"
    "<p>The operator said the crossing will run every twenty minutes during the day and every hour after nine.</p>"
)
_MORE = (
    "<p>Ticket prices stay the same for the rest of the year, the operator said in a statement on Monday.</p>"
    "<p>Commuters had used a bus detour of forty minutes while the ferry was out of service since March.</p>"
)


def _read(tmp_path: Path, body: str, *, name: str = "page.html", head: str = "") -> list:
    page = tmp_path / name
    page.write_text(
        f"<html><head><title>Ferry returns to the river - Tallwick Post</title>{head}</head><body><article>"
        f"<h1>Ferry returns to the river</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    return read_file(page)


@pytest.mark.parametrize("picture", [
    # the caption in its own <em> after a line break, inside the picture's paragraph
    '<p><img src="ramp.jpg" width="800"><br><em>The new landing ramp at Osterby. Foto: Ana Example</em></p>',
    # a portal's photo box: the picture and its description in a <span>
    '<p><span class="photo_wrap"><img src="ramp.jpg"><em class="img_desc">The new landing ramp at Osterby.</em></span></p>',
    # a CMS's image paragraph: the picture's field and its caption field in one box
    '<div class="paragraph--type--image"><div class="field--name-field-image"><img src="ramp.jpg"></div>'
    '<div class="field--name-field-caption">The new landing ramp at Osterby. Photo: Ana Example</div></div>',
    # the picture's own block, then a block with the picture's credit
    '<section><img src="ramp.jpg"></section><section><span>▲ The new landing ramp at Osterby 资料图</span></section>',
])
def test_a_pictures_caption_beside_it_is_a_caption_not_a_paragraph(tmp_path: Path, picture: str) -> None:
    article = _read(tmp_path, _BODY + picture + _MORE)[0]
    assert not any("landing ramp at Osterby" in p for p in article.paragraphs)
    assert any("landing ramp at Osterby" in c for c in article.captions)
    assert article.paragraphs[-1].startswith("Commuters had used")
    assert len(article.paragraphs) == 4


@pytest.mark.parametrize("credit", ["Ảnh: Ana Example", "Fotos: Ana Example", "Kép: Ana Example", "Pictures: Ana Example"])
def test_a_credit_line_beside_a_picture_in_any_languages_words_is_a_caption(tmp_path: Path, credit: str) -> None:
    """A block beside the picture's own block is its caption where it gives the picture's credit,
    in the words a byline's label knows too (core.reading.judge.PICTURE_WORDS) (Vietnamese "Ảnh", Hungarian "Kép", "Fotos")."""
    article = _read(tmp_path, f"{_BODY}<div><img src='ramp.jpg'></div><p>The new landing ramp at Osterby. {credit}</p>{_MORE}")[0]
    assert not any("landing ramp at Osterby" in p for p in article.paragraphs)
    assert article.captions == (f"The new landing ramp at Osterby. {credit}",)
    assert len(article.paragraphs) == 4


@pytest.mark.parametrize("picture", [
    # a paragraph after the picture's line break, with no caption's element or credit
    '<p><img src="ramp.jpg" width="800"><br>Engineers replaced both ramps and the hydraulic arms that lift them.</p>',
    # a paragraph in the block after the picture's own, with no credit
    '<div><img src="ramp.jpg"></div><p>Engineers replaced both ramps and the hydraulic arms that lift them.</p>',
    # an emoji inside a paragraph
    '<p><img class="emoji" src="smile.png"><em>Engineers replaced both ramps and the hydraulic arms that lift them.</em></p>',
])
def test_a_paragraph_beside_a_picture_stays(tmp_path: Path, picture: str) -> None:
    article = _read(tmp_path, _BODY + picture + _MORE)[0]
    assert any("Engineers replaced both ramps" in p for p in article.paragraphs)


def test_the_text_after_a_related_box_labelled_in_a_div_goes_on(tmp_path: Path) -> None:
    """A CMS's box of related links labelled in a <div> inside the report, the report's short
    sentences after it (a language of few, long words): the report goes on under the box."""
    def field(inner: str) -> str:
        return f'<div class="field__item"><div class="paragraph--type--text"><div class="field--name-field-text">{inner}</div></div></div>'

    box = ('<div class="field__item"><div class="paragraph--type--related-content"><div class="field--name-field-title">관련 기사</div>'
           '<ul><li><a href="/news/fares">여객선 요금 1년 동결</a></li></ul></div></div>')
    body = (field("<p>탈윅과 오스터비를 잇는 여객선이 월요일 운항을 다시 시작했다.</p><p>운영사는 낮에는 20분마다 배가 다닌다고 밝혔다.</p>")
            + box + field("<p>요금은 연말까지 그대로 유지된다.</p><p>그동안 주민들은 버스로 40분을 돌아가야 했다.</p>"))
    article = _read(tmp_path, f"<div class='field--name-field-paragraphs'>{body}</div>")[0]
    assert [p[:4] for p in article.paragraphs] == ["탈윅과 ", "운영사는", "요금은 ", "그동안 "]


def test_sections_of_text_are_paragraphs_and_an_apps_prompts_are_furniture(tmp_path: Path) -> None:
    body = (
        "<section><span>市轮渡公司表示，从周一起恢复塔尔维克至奥斯特比的轮渡航线，每二十分钟一班。</span></section>"
        "<section><br></section>"
        "<section><span>维修期间，两座码头的坡道和液压臂全部更换，票价今年保持不变。</span></section>"
        "<section><span>公司说，夜间班次将在九点以后每小时一班，周末另加班次。</span></section>"
        "<section><span>点击“阅读原文”查看时刻表</span></section>"
    )
    article = _read(tmp_path, body)[0]
    assert len(article.paragraphs) == 3
    assert not any("阅读原文" in p for p in article.paragraphs)


@pytest.mark.parametrize("text", ["アプリをダウンロード", "点击“阅读原文”了解更多", "微信扫一扫 关注该公众号", "앱 다운로드"])
def test_an_apps_prompt_in_a_language_without_spaces_is_furniture(text: str) -> None:
    assert is_furniture_block(text)


@pytest.mark.parametrize("text", [
    "轮渡公司的应用下载量在维修期间增长了三倍，公司在周一的声明中说，多数乘客用它查询时刻表。",
    "新しいアプリをダウンロードした利用者は、運航会社によると先月だけで二万人を超え、予約の半分がアプリ経由になった。",
])
def test_a_news_sentence_naming_an_app_stays(text: str) -> None:
    assert not is_furniture_block(text)


def test_an_author_box_at_the_end_is_no_text_and_a_byline_box_stays(tmp_path: Path) -> None:
    byline = '<div class="author-info"><img class="avatar" src="a.jpg"><a href="/author/mara">Mara Example</a></div>'
    box = ('<div class="author-box"><img src="a.jpg"><h4>About the author</h4>'
           '<p>Mara Example is the Post\'s transport reporter and has covered the river crossings since 2019.</p>'
           '<p><a href="/author/mara">See all posts</a> · <a href="https://x.example/mara">X</a></p></div>')
    article = _read(tmp_path, byline + _BODY + _MORE + box)[0]
    assert article.paragraphs[-1].startswith("Commuters had used")
    assert not any("transport reporter" in p or "See all posts" in p for p in article.paragraphs)
    assert article.byline == "Mara Example"


def test_an_author_box_in_a_language_without_its_words_is_no_text_nor_byline(tmp_path: Path) -> None:
    body = (
        "<p>Kivuko kati ya Tallwick na Osterby kimeanza tena safari zake Jumatatu baada ya mwezi mmoja wa matengenezo.</p>"
        "<p>Bei za tiketi zitabaki vilevile hadi mwisho wa mwaka, alisema mwendeshaji.</p>"
        '<div class="author-box"><img class="avatar" src="a.jpg"><div class="author-box-text">'
        '<h4 class="author-box-title">Kuhusu mwandishi: Mara Mfano</h4>'
        "<p>Mara Mfano ni mwandishi wa habari za usafiri na ameandika kuhusu vivuko tangu 2019.</p>"
        '<p><a href="/author/mara">Tazama machapisho yote</a> · <a href="https://x.example/mara">X</a></p></div></div>'
    )
    article = _read(tmp_path, body)[0]
    assert article.paragraphs[-1].startswith("Bei za tiketi")
    assert "Kuhusu" not in (article.byline or "")


def test_a_saved_messages_closing_signature_and_notice_are_no_text(tmp_path: Path) -> None:
    page = tmp_path / "message.htm"
    page.write_text(
        "<html><body>"
        "<p class=MsoNormal><b>From:</b> Biuro Prasowe &lt;prasa@tallwick.example&gt;<br><b>Sent:</b> Monday, March 9, 2026 10:12"
        "<br><b>To:</b> newsroom@post.example<br><b>Subject:</b> Prom wraca na rzekę</p>"
        "<p class=MsoNormal>Prom między Tallwick a Osterby wznowił w poniedziałek kursy po miesiącu napraw ramp.</p>"
        "<p class=MsoNormal>Przeprawa będzie kursować co dwadzieścia minut w ciągu dnia i co godzinę po dziewiątej.</p>"
        "<p class=MsoNormal>Ceny biletów pozostaną bez zmian do końca roku, podał przewoźnik w komunikacie.</p>"
        "<p class=MsoNormal>Z poważaniem,</p><p class=MsoNormal>Biuro Prasowe</p><p class=MsoNormal>Urząd Miasta Tallwick</p>"
        "<p class=MsoNormal>Ta wiadomość i jej załączniki są poufne i przeznaczone wyłącznie dla adresata.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    article = read_file(page)[0]
    assert article.paragraphs[-1].startswith("Ceny biletów")


def test_a_books_page_break_numbers_and_the_kicker_are_no_text(tmp_path: Path) -> None:
    body = ('<p role="doc-pagebreak" title="41">41</p><p class="kicker">River</p>'
            '<p>The river ferry between Tallwick and Osterby resumed service on Monday after a month of repairs.'
            '<span role="doc-pagebreak" title="42"></span></p>' + _MORE)
    article = _read(tmp_path, body, name="chapter.xhtml")[0]
    assert [p[:12] for p in article.paragraphs] == ["The river fe", "Ticket price", "Commuters ha"]


def test_a_kicker_element_that_gives_the_date_dates_the_report(tmp_path: Path) -> None:
    """A press page's date printed in its kicker's element over the headline ("<div class=topline>
    <span>06.12.2022</span>") is its date line: the kicker rule takes no date away."""
    page = tmp_path / "release.html"
    page.write_text(
        "<html><head><title>Ferry returns to the river - Tallwick Post</title></head><body><article>"
        '<div class="topline"><span>14.03.2026</span></div><h1>Ferry returns to the river</h1>'
        + _BODY + _MORE + "</article></body></html>",
        encoding="utf-8",
    )
    article = read_file(page)[0]
    assert article.published is not None and article.published.startswith("2026-03-14")
    assert not any("14.03.2026" in p for p in article.paragraphs)


def test_a_pull_quote_and_its_cite_repeating_the_report_appear_once(tmp_path: Path) -> None:
    body = (_BODY + '<figure class="wp-block-pullquote"><blockquote><p>We waited a month, and now the river is ours again.</p>'
            "<cite>Ferry captain</cite></blockquote></figure>"
            '<p>The ferry\'s captain said: "We waited a month, and now the river is ours again."</p>' + _MORE)
    article = _read(tmp_path, body)[0]
    assert sum("We waited a month" in p for p in article.paragraphs) == 1
    assert "Ferry captain" not in article.paragraphs


def test_a_pull_quote_the_extractor_gave_as_a_paragraph_goes_with_its_cite() -> None:
    """A pull quote marked by its figure's class, which the extractor gave as a paragraph and its
    <cite> as another: both go, the report's paragraph quoting the words stays."""
    from core.reading.html import Block, _without_pull_quotes
    from core.reading.judge import fold_words

    quote, cite = "We waited a month, and now the river is ours again.", "Ferry captain"
    blocks = [Block("The ferry resumed service on Monday after a month of repairs."), Block(quote), Block(cite),
              Block(f'The captain said: "{quote}"'), Block("Ticket prices stay the same.")]
    kept = _without_pull_quotes(blocks, frozenset({fold_words(f"{quote} {cite}"), fold_words(quote)}))
    assert [b.text for b in kept] == [blocks[0].text, blocks[3].text, blocks[4].text]


def test_a_sign_off_after_a_dash_is_the_byline(tmp_path: Path) -> None:
    article = _read(tmp_path, _BODY + _MORE + "<p>— Mara Example</p>")[0]
    assert article.paragraphs[-1].startswith("Commuters had used")
    assert article.byline == "Mara Example"


@pytest.mark.parametrize("text", [
    "15 сентября 20263,1 тыс прочитали2 мин",  # the parts run together
    "March 5, 2026 · 12K views · 4 min read",
    "2,4 тис переглядів",
])
def test_a_platforms_stats_line_is_furniture(text: str) -> None:
    assert is_stats_line(text) and is_furniture_block(text)


@pytest.mark.parametrize("text", [
    "The video had 12,000 views by Monday evening, the operator said.",
    "In 2025 about 300 readers wrote to the council about the ferry.",
])
def test_a_sentence_with_a_count_of_views_stays(text: str) -> None:
    assert not is_stats_line(text) and not is_furniture_block(text)
