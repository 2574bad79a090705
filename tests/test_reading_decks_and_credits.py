"""A page's deck under its headline, whatever its class calls it, and where a byline or a credit
says the reporter filed from (trial 39b F4, F5). Invented pages, shaped as CMS pages print them."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import bracket_credit, byline_place, info_line
from core.reading.text import parse_text

_BODY = ("<p>The harbour board of Ostrand voted on Tuesday to build a new ferry terminal for 40 million euros, "
         "after two years of talks with the island's operators.</p>"
         "<p>Work is due to start next spring and to end in 2029, the board's chair, Ana Example, told reporters.</p>"
         "<p>Residents of the old quay said they would appeal against the plan, which moves the car queue to their street.</p>")
_DECK = "Opponents vow to appeal as the cost of the works rises by a third in two years"


def _arc_page(deck: str) -> bytes:
    return ("<html><head><title>Ostrand approves ferry terminal - Valley Courier</title></head><body>"
            "<nav><a href='/'>Home</a><a href='/world'>World</a></nav><main class='article-layout'>"
            f"<div class='article-header'><h1 class='headline'>Ostrand approves ferry terminal</h1>{deck}"
            "<div class='byline-block'><span class='byline'>By Bo Lind</span> | <span class='date'>March 3, 2026</span></div></div>"
            f"<div class='article-body'>{_BODY}</div></main></body></html>").encode()


@pytest.mark.parametrize("deck", [
    f"<h2 class='subheadline'>{_DECK}</h2>",  # Arc's deck in a heading
    f"<p class='teaser'>{_DECK}.</p>",  # a German page's "teaser"
    f"<div class='article-subtitle'>{_DECK}</div>",
    f"<p class='entradilla'>{_DECK}.</p>",
    f"<p class='sommario'>{_DECK}.</p>",
])
def test_a_deck_under_the_headline_is_kept_whatever_its_class_calls_it(deck: str) -> None:
    """Trial 39b F4: an Arc page's <h2 class=subheadline> and a German page's <p class=teaser>
    were lost, neither in the paragraphs nor the standfirst. A deck that reads as a sentence is
    the report's first paragraph; one that is headline-shaped (no full stop) is its standfirst
    (session 49: a Medium export's subtitle was read as paragraph 0)."""
    article = parse_html(_arc_page(deck), source="courier.html")
    if f"{_DECK}." in deck:
        assert article.paragraphs[0] == f"{_DECK}."
        assert article.paragraphs[1].startswith("The harbour board of Ostrand")
        # a paragraph of the report, linked and compared: no subhead (trial 41 F10, "15 ill" in a deck)
        assert not article.is_subhead(0)
    else:
        assert article.standfirst == _DECK
        assert article.paragraphs[0].startswith("The harbour board of Ostrand")
        assert article.subheads == ()


def test_a_deck_in_a_heading_beside_the_headline_is_no_subhead() -> None:
    """Trial 41 F10: an Arc page's deck in an <h2 class=subheadline>, in one box with the
    headline and with no byline paragraph after it, was kept as a subhead (never linked), so
    its figure ("Fifteen people are ill") was compared with nothing."""
    page = ("<html><head><title>Fever cluster puzzles doctors - Valley Courier</title></head><body><main><article>"
            "<div class='headline-wrapper'><h1 class='headline'>Fever cluster puzzles doctors</h1>"
            "<h2 class='subheadline'>Fifteen people are ill; samples have gone to the national laboratory</h2></div>"
            "<div class='byline-block'><span class='byline'>By Bo Lind</span><time datetime='2026-11-20T16:40:00Z'>"
            f"November 20, 2026</time></div>{_BODY}</article></main></body></html>").encode()
    article = parse_html(page, source="courier.html")
    # (headline-shaped, no full stop: the standfirst, no paragraph; session 49)
    assert article.standfirst == "Fifteen people are ill; samples have gone to the national laboratory"
    assert article.subheads == ()
    assert article.paragraphs[0].startswith("The harbour board of Ostrand")


def _live_page(summary: str) -> bytes:
    return ("<html><head><title>Fever live: toll rises in Ostrand - Valley Courier</title></head><body>"
            "<nav><a href='/'>Home</a><a href='/world'>World</a></nav><main><article>"
            "<h1 class='headline'>Fever live: toll rises in Ostrand</h1><p class='byline'>By Bo Lind</p>"
            f"{summary}<div class='liveblog-entries'>"
            "<div class='entry'><time datetime='2026-11-24T19:45:00+02:00'>19:45</time><h3>Toll rises to eight</h3>"
            "<p>Ostrand General Hospital says two more patients died this evening, bringing the death toll to eight.</p></div>"
            "<div class='entry'><time datetime='2026-11-24T12:30:00+02:00'>12:30</time><h3>Ministry: six dead</h3>"
            "<p>The health ministry says six people have died and 112 cases are confirmed.</p></div>"
            "</div></article></main></body></html>").encode()


_POINTS = ("Eight people have now died of the fever in Ostrand", "Confirmed cases have reached 112",
           "Schools in Ostrand closed until 30 November")


@pytest.mark.parametrize("summary", [
    "<div class='live-summary'><h2>Key points</h2><ul>{}</ul></div>",
    "<section class='article-summary'><h3>Key points</h3><ol>{}</ol></section>",
    "<div class='summary'><div class='summary-body'><ul>{}</ul></div></div>",
])
def test_a_summary_box_of_points_keeps_each_point_a_paragraph(summary: str) -> None:
    """Trial 41 F6: a live page's "Key points" box (a list under a heading, in a box whose class
    calls it a summary) was read as the page's lead, one paragraph gluing the heading and every
    point without a space ("Key pointsEight people have now died ...Confirmed cases ...")."""
    article = parse_html(_live_page(summary.format("".join(f"<li>{p}</li>" for p in _POINTS))), source="courier.html")
    text = " ".join(article.paragraphs)
    assert "pointsEight" not in text and "OstrandConfirmed" not in text
    for point in _POINTS:
        assert article.paragraphs.count(point) == 1, point
    assert article.paragraphs.index(_POINTS[0]) < article.paragraphs.index(_POINTS[2])
    assert any(p.startswith("Ostrand General Hospital says") for p in article.paragraphs)


def test_teasers_of_other_reports_are_no_deck() -> None:
    """A list of teasers between the headline and the body (one class over and over, or a link to
    another report) is no lead."""
    teasers = "".join(f"<p class='teaser'>Another report about the old quay and its residents, part {n} of three.</p>"
                      for n in range(3))
    article = parse_html(_arc_page(teasers), source="courier.html")
    assert article.paragraphs[0].startswith("The harbour board of Ostrand")
    linked = ("<div class='teaser'><a href='/other'>Island operators raise their fares for the third time "
              "in a year, citing fuel</a></div>")
    article = parse_html(_arc_page(linked), source="courier.html")
    assert article.paragraphs[0].startswith("The harbour board of Ostrand")


def _german_page(autor: str, where: str = "in Ostrand") -> bytes:
    return ("<html lang='de'><head><meta charset='utf-8'><title>Neues Fährterminal - Seeblatt</title></head><body>"
            "<article><header><span class='kicker'>Hafen</span><h1>Hafenrat beschließt neues Fährterminal</h1>"
            f"<p class='autor'>{autor}</p><time datetime='2026-03-03T10:00:00+01:00'>3. März 2026</time></header>"
            f"<p>Der Hafenrat hat am Dienstag {where} beschlossen, für 40 Millionen Euro ein neues Fährterminal zu bauen.</p>"
            "<p>Die Bauarbeiten sollen im kommenden Frühjahr beginnen und 2029 enden, sagte die Vorsitzende.</p>"
            "<p>Anwohner des alten Kais kündigten an, gegen den Plan vorzugehen, der die Warteschlange in ihre Straße verlegt.</p>"
            "</article></body></html>").encode("utf-8")


@pytest.mark.parametrize(("autor", "where", "byline", "dateline"), [
    ("Von Katrin Beispiel, Ostrand", "in Ostrand", "Katrin Beispiel", "Ostrand"),  # the report's place
    ("Von Katrin Beispiel, Ostrand", "im Ostrander Hafen", "Katrin Beispiel", "Ostrand"),  # its adjective
    ("Von Katrin Beispiel, Lissabon", "im Hafen", "Katrin Beispiel", "Lissabon"),  # a city CLDR names
    ("Von Katrin Beispiel, Seeblatt", "im Hafen", "Katrin Beispiel", None),  # the outlet, no place
])
def test_a_place_signed_after_a_bylines_names_is_the_dateline(autor: str, where: str, byline: str, dateline: str | None) -> None:
    """Trial 39b F5: "Von Katrin Vogel, Valletta" gave the byline "Katrin Vogel, Valletta" and no dateline."""
    article = parse_html(_german_page(autor, where), source="seeblatt.html")
    assert (article.byline, article.dateline) == (byline, dateline)


@pytest.mark.parametrize(("byline", "report", "found"), [
    ("Katrin Beispiel, Ostrand", ["Der Rat tagte in Ostrand."], ("Katrin Beispiel", "Ostrand")),
    # the town's adjective after an article, as German forms it (trial 49 F11: "Von Katrin Vogel, Frankfurt")
    ("Katrin Beispiel, Ostrand", ["Die Ostrander Polizei sperrte die Brücke."], ("Katrin Beispiel", "Ostrand")),
    ("Katrin Beispiel, Ostrand", ["Ein Sprecher sagte, der Plan sei teuer."], ("Katrin Beispiel, Ostrand", None)),
    ("Ana Example, Oslo", [], ("Ana Example", "Oslo")),
    ("Ana Example, Ostrand", [], ("Ana Example, Ostrand", None)),  # no place anyone knows or the report gives
    ("Ana Example, Chief Reporter", [], ("Ana Example, Chief Reporter", None)),
    ("Ana Example, Bo Lind", [], ("Ana Example, Bo Lind", None)),
    ("Berg, Oslo", [], ("Berg, Oslo", None)),  # a surname first, no full name before the comma
    ("Ana Example, Reuters", [], ("Ana Example, Reuters", None)),
])
def test_byline_place(byline: str, report: list[str], found: tuple[str, str | None]) -> None:
    assert byline_place(byline, report) == found


_JA_BODY = ("<p>港湾局は３日、新しい旅客ターミナルを建設すると発表した。総工費は約４０億円を見込む。</p>"
            "<p>工事は来年春に始まり、２０２９年に完成する予定だ。地元の住民は計画に反対している。</p>")


@pytest.mark.parametrize(("credit", "byline", "dateline"), [
    ("【オストランド＝山田花子】2026年3月3日 6:10", "山田花子", "オストランド"),  # a paper's place and reporter
    ("【オストランド＝山田花子、佐藤一郎】", "山田花子, 佐藤一郎", "オストランド"),
    ("【ワシントン共同】2026年3月3日 6:10", None, "【ワシントン共同】"),  # an agency's dateline
])
def test_a_japanese_credit_in_lenticular_brackets_gives_the_byline_and_the_place(credit: str, byline: str | None, dateline: str) -> None:
    """Trial 39b F5: "【バレッタ＝山田健一】2026年12月2日 6:10" in a byline element gave no byline and no dateline."""
    page = ("<html lang='ja'><head><meta charset='utf-8'><title>新旅客ターミナル建設へ - 港湾日報</title></head><body>"
            f"<article><h1>新旅客ターミナル建設へ</h1><div class='byline'>{credit}</div>{_JA_BODY}</article></body></html>")
    article = parse_html(page.encode("utf-8"), source="kowan.html")
    assert (article.byline, article.dateline) == (byline, dateline)
    assert article.paragraphs[0].startswith("港湾局は")


def test_east_asian_credits_opening_the_lead_give_the_byline() -> None:
    """The same credit opening the lead in a text file; a Korean agency's reporter is the byline too."""
    [article] = parse_text("新ターミナル\n\n【オストランド＝山田花子】港湾局は３日、新しい旅客ターミナルを建設すると発表した。総工費は約４０億円。\n",
                           path="k.txt")
    assert (article.byline, article.dateline) == ("山田花子", "オストランド")
    assert article.paragraphs[0].startswith("港湾局は")
    [article] = parse_text("여객선 터미널\n\n(인천=가상통신) 박지훈 기자 = 인천항 연안여객터미널의 지난해 이용객이 역대 최대를 기록했다고 밝혔다.\n",
                           path="k.txt")
    assert (article.byline, article.dateline) == ("박지훈", "(인천=가상통신) 박지훈 기자")


def test_bracket_credits() -> None:
    assert bracket_credit("【オストランド＝山田花子】") == ("オストランド", ("山田花子",), "")
    assert bracket_credit("【ロンドン時事】") == ("【ロンドン時事】", (), "")
    assert bracket_credit("【北京＝共同】") == ("【北京＝共同】", (), "")
    assert bracket_credit("【부산=뉴시스】박서연 기자") is None  # a Korean agency's, its reporter after it
    assert bracket_credit("【速報】港湾局が発表") is None  # a label
    line = info_line("【オストランド＝山田花子】2026年3月3日 6:10")
    assert line is not None and (line.writers, line.place, line.published) == (("山田花子",), "オストランド", "2026-03-03")
