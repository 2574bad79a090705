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
