"""A live page's sign-off is dropped on a match's running commentary, whose entries are stamped
by the match's minute ("12'", "45+1'"), its minute with it (no paragraph "90+4'"), and in Czech
("Díky za pozornost") and Nepali ("लाइभ ... समाप्त", "जोडिनुभएकोमा धन्यवाद") (variants 46-sports-live-cs, 46-liveblog-ne)."""

from core.reading.html import parse_html
from core.reading.judge import is_signoff


def test_signoffs() -> None:
    assert is_signoff("Konec utkání! Díky za pozornost, příště zase u dalšího přenosu.", live=True)
    assert is_signoff("हामी यो लाइभ कभरेज यहीँ समाप्त गर्छौं।", live=True)
    assert is_signoff("पढ्नुभएकोमा धन्यवाद।", live=True)
    assert not is_signoff("Rada města se rozhodla uzavřít starý most pro auta.", live=True)


def test_a_match_commentary_is_a_live_page() -> None:
    entries = [("90+2'", "Konec utkání! Díky za pozornost, příště zase u dalšího přenosu."),
               ("77'", "GÓL! Hostující útočník Vzorový střílí z voleje a mění skóre na konečných 1:1."),
               ("40'", "Žlutá karta pro domácího záložníka po faulu ve středu hřiště."),
               ("9'", "GÓL! Domácí jdou do vedení po rychlém protiútoku přes levou stranu.")]
    items = "".join(f"<li><span class='min'>{m}</span><p>{t}</p></li>" for m, t in entries)
    page = (f"<html lang='cs'><head><meta charset='utf-8'><title>ONLINE: Přístav – Ostrov 1:1 | Příkladný sport</title></head>"
            f"<body><article><h1>ONLINE: Přístav – Ostrov 1:1</h1><ol>{items}</ol></article></body></html>").encode()
    article = parse_html(page, source="/tmp/zapas.html")
    assert not any("Díky za pozornost" in p for p in article.paragraphs)
    assert any("střílí z voleje" in p for p in article.paragraphs)
    assert "77'" in article.paragraphs


def _commentary(entries: list[tuple[str, str]]) -> bytes:
    items = "".join(f"<p>{minute}</p><p>{text}</p>" for minute, text in entries)
    return (f"<html><head><meta charset='utf-8'><title>Harbour v Island live</title></head>"
            f"<body><article><h1>Harbour v Island: live</h1>{items}</article></body></html>").encode()


MATCH = [("12'", "Harbour win a corner on the left after a long spell of pressure from the home side."),
         ("45+2'", "Half-time whistle: the visitors lead by a goal to nil after a scrappy first half."),
         ("67'", "Goal! A header from the edge of the six-yard box levels the score at one each."),
         ("90+3'", "Full time: Harbour 1, Island 1. The points are shared after a lively second half.")]
SIGNOFF = ("90+4'", "That's all from us tonight. Thanks for following the live coverage.")


def test_a_minute_stamp_whose_signoff_is_dropped_is_no_paragraph() -> None:
    # the sign-off last (oldest first) or first (newest first): its minute goes with it
    for entries in ([*MATCH, SIGNOFF], [SIGNOFF, *reversed(MATCH)]):
        article = parse_html(_commentary(entries), source="/tmp/match.html")
        assert not any("That's all" in p for p in article.paragraphs)
        assert "90+4'" not in article.paragraphs
        assert "90+3'" in article.paragraphs and "Full time" in article.paragraphs[article.paragraphs.index("90+3'") + 1]
    # a minute over an entry that prints its text stays
    article = parse_html(_commentary(MATCH), source="/tmp/match.html")
    assert [p for p in article.paragraphs if p.endswith("'")] == ["12'", "45+2'", "67'", "90+3'"]


def _live_page(posts: list[tuple[str, str]]) -> bytes:
    updates = "".join(f"<div class='update'><time datetime='2026-03-03T{hm}:00+01:00'>{hm}</time><p>{text}</p></div>"
                      for hm, text in posts)
    return ("<html lang='en'><head><meta charset='utf-8'><title>Ostby ferry strike live | Harbour Post</title>"
            "<meta property='article:published_time' content='2026-03-03T07:00:00+01:00'></head>"
            f"<body><article><h1>Ostby ferry strike live</h1>{updates}</article></body></html>").encode()


STRIKE = [("12:15", "The union says talks with the ferry operator have broken down and the strike will go on into Thursday."),
          ("09:40", "No ferries have left Ostby this morning. Passengers are being sent to the bus station instead."),
          ("07:05", "Ferry crews at Ostby walked out at dawn over pay, the union said.")]


def test_a_signoff_with_news_in_it_keeps_the_news_under_its_stamp() -> None:
    last = ("18:30", "That is all from us today. The operator has promised a new offer on Friday. Our coverage continues tomorrow.")
    article = parse_html(_live_page([last, *STRIKE]), source="/tmp/strike.html")
    assert "The operator has promised a new offer on Friday." in article.paragraphs
    assert not any("all from us" in p or "coverage continues" in p for p in article.paragraphs)
    at = article.paragraphs.index("The operator has promised a new offer on Friday.")
    assert article.paragraphs[at - 1] == "18:30"
    # a sign-off and nothing more goes whole, its stamp with it
    article = parse_html(_live_page([("18:30", "That is all from us today. Our coverage continues tomorrow."), *STRIKE]),
                         source="/tmp/strike.html")
    assert not any("all from us" in p for p in article.paragraphs) and "18:30" not in article.paragraphs
