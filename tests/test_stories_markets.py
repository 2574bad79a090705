"""Stories on a markets desk: two banks' results on one morning, told in the same words (a fresh
user's report 24). Currency codes and amounts ("EUR", "USD1.1bn"), period labels ("Q3", "H1",
"FY2026") and the common part of a firm's name ("Bank" alone) are no names an event shares; two
reports whose headlines open with different firms are two events, however many words of their
trade they share, unless each report's lead names the other's firm too."""

from __future__ import annotations

import json
import random
from functools import partial
from pathlib import Path

import pytest

from core.library.store import Library
from core.model import Article
from core.stories.cluster import SAME_EVENT, evidence, group, profile
from tests.story_groups import article


_article = partial(article, published="2026-03-05T08:00:00Z")


#: Invented reports of one morning: Tessmark Bank's results (a wire report, a reprint, a rewrite and a
#: flash in capitals) and Oldane Bank's (a flash in capitals, and a rewrite that recalls Tessmark's
#: results in its last paragraph).
TESSMARK = [
    _article("Tessmark Bank profit beats forecasts on fee growth",
             "KORVALA, March 5 (KWS) - Tessmark Bank said on Thursday its third-quarter net profit rose 12% to "
             "EUR1.4bn, beating the EUR1.3bn analysts had expected, as fee income made up for thinner lending margins.",
             "Chief executive Ilse Varga said the bank would buy back up to EUR 500 mln of its shares.",
             "Net interest income fell 3% to 2.2 billion euros, the bank said.", outlet="KWS"),
    _article("Tessmark Bank profit beats forecasts on fee growth",
             "KORVALA, March 5 (KWS) - Tessmark Bank said on Thursday its third-quarter net profit rose 12% to "
             "EUR1.4bn, beating the EUR1.3bn analysts had expected, as fee income made up for thinner lending margins.",
             "Chief executive Ilse Varga said the bank would buy back up to EUR 500 mln of its own shares.",
             "Net interest income fell 3% to 2.2 billion euros, the bank said.", outlet="Korvala Herald"),
    _article("Fee income lifts Tessmark as margins thin",
             "Tessmark Bank, the country's largest lender, reported a 12 per cent rise in quarterly profit to 1.4 "
             "billion euros on Thursday.", "Ilse Varga, its chief executive, said fees were growing faster than expected.",
             "The bank will buy back shares worth up to 500 million euros.", outlet="Korvala Ledger"),
    _article("TESSMARK BANK Q3 NET PROFIT EUR 1.4 BLN VS EUR 1.3 BLN EXPECTED",
             "Tessmark Bank Q3 net profit EUR 1.4 bln, up 12%.", "Net interest income down 3% at EUR 2.2 bln.",
             "Buyback up to EUR 500 mln.", outlet="FlashWire", published="2026-03-05T07:01:00Z"),
]
OLDANE = [
    _article("OLDANE BANK Q3 NET PROFIT FALLS 8% TO EUR 300 MLN", "Oldane Bank Q3 net profit EUR 300 mln, down 8%.",
             "Net interest income down 6%.", outlet="FlashWire", published="2026-03-05T07:30:00Z"),
    _article("Oldane Bank profit slides as rate cuts bite",
             "Oldane Bank, the country's third-largest lender, said third-quarter net profit fell 8 per cent to 300 "
             "million euros on Thursday as net interest income dropped 6 per cent.",
             "Chief executive Pavo Renner said falling rates were a headwind.",
             "The results came on the same morning as Tessmark Bank's.", outlet="Korvala Ledger",
             published="2026-03-05T09:10:00Z"),
]


def test_currency_codes_amounts_and_period_labels_are_no_names() -> None:
    found = profile(_article("ARVELL BANK Q3 NET PROFIT RISES 5% TO EUR 410 MLN",
                             "Arvell Bank Q3 net profit EUR 410 mln, up 5%.",
                             "H1 profit was USD1.1bn and the FY2026 target of GBP 300m stands, Arvell said.", outlet="FlashWire"))
    words = {f[2:] for f in found.weights if f[0] in "nmr"}
    assert not words & {"eur", "usd", "gbp", "q3", "h1", "fy2026", "usd1.1bn", "bank q3", "arvell bank q3"}
    # a code written on to its amount is a figure, as "1.1 billion" is in another report
    assert {"f:410 million", "f:1.1 billion", "f:300 million"} <= set(found.weights)


def test_a_flash_in_capitals_names_the_firm_its_body_opens_with() -> None:
    found = profile(OLDANE[0])
    assert {"n:oldane", "r:oldane bank", "h:oldane"} <= set(found.weights)


def test_the_common_part_of_a_firms_name_is_no_name_of_its_own() -> None:
    for article in (*TESSMARK, *OLDANE):
        found = profile(article)
        assert "n:bank" not in found.weights and "m:bank" not in found.weights, article.title
    assert "r:tessmark bank" in profile(TESSMARK[0]).weights  # the name it is part of stays
    shared = evidence(profile(TESSMARK[0]), profile(TESSMARK[2]))
    assert "tessmark bank" in shared.names and "bank" not in shared.names


def test_two_banks_results_of_one_morning_are_not_one_event() -> None:
    oldane = [profile(a) for a in OLDANE]
    for tessmark in map(profile, TESSMARK):
        for other in oldane:
            assert evidence(tessmark, other).score < 0.2
    # the flashes share the wire's words, a currency and a period label, and no firm
    assert evidence(profile(TESSMARK[3]), oldane[0]).score == 0


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_two_banks_results_of_one_morning_are_two_stories_in_any_order(tmp_path: Path, seed: int) -> None:
    articles = [*TESSMARK, *OLDANE]
    random.Random(seed).shuffle(articles)
    groups = group([profile(a) for a in articles], keys=[a.id for a in articles])
    assert {frozenset(articles[i].id for i in g) for g in groups} == {frozenset(a.id for a in TESSMARK),
                                                                      frozenset(a.id for a in OLDANE)}
    with Library(tmp_path / "lib.sqlite") as library:
        for a in articles:
            library.add(a, source=a.path)
        assert library.counts() == (2, len(articles))


def test_the_why_of_a_story_lists_no_currency_period_or_common_part(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        for a in TESSMARK:
            library.add(a, source=a.path)
    capsys.readouterr()
    assert main(["stories", "--json", "--library", str(path)]) == 0
    [story] = json.loads(capsys.readouterr().out)
    names = {n["name"] for n in story["why"]["names"]}
    assert "Tessmark Bank" in names
    assert not {n.casefold() for n in names} & {"bank", "eur", "q3", "eur1.4bn", "bank q3"}


def test_a_library_made_before_is_profiled_again_without_the_common_part(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        for a in TESSMARK:
            library.add(a, source=a.path)
    with sqlite3.connect(path) as old:  # as schema 21 profiled it: "Bank" a name of its own
        for article_id_, features in old.execute("SELECT id, features FROM articles").fetchall():
            old.execute("UPDATE articles SET features = ? WHERE id = ?", (features + "\x1fn:bank", article_id_))
        old.execute("PRAGMA user_version = 21")
    old.close()
    with Library(path) as library:
        features = [set(f.split("\x1f")) for (f,) in library._db.execute("SELECT features FROM articles").fetchall()]
        assert features and not any("n:bank" in f for f in features)
        assert library.counts() == (1, len(TESSMARK))


def test_a_word_the_report_also_writes_in_lower_case_is_a_name_only_in_its_run() -> None:
    found = profile(_article("Harrow Gallery to close its doors",
                             "The Harrow Gallery in Lenmouth will close in May, the gallery's director Oona Pell said.",
                             outlet="Lenmouth Post"))
    assert {"n:harrow", "r:harrow gallery", "n:pell"} <= set(found.weights)
    assert "n:gallery" not in found.weights and "m:gallery" not in found.weights


def test_a_report_that_recalls_another_firms_results_after_its_lead_is_not_about_them() -> None:
    oldane = _article("Oldane Bank profit slides as rate cuts bite",
                      "Oldane Bank said on Thursday its third-quarter net profit fell 8 per cent to 300 million euros as "
                      "net interest income dropped 6 per cent in Korvala.",
                      "Chief executive Pavo Renner said falling rates were a headwind for lenders.",
                      "Its larger rival Tessmark Bank said the same morning that its profit rose 12% to 1.4 billion euros, "
                      "beating the 1.3 billion analysts had expected, and Ilse Varga announced a buyback of up to 500 "
                      "million euros.", outlet="Korvala Ledger", published="2026-03-05T09:10:00Z")
    for tessmark in TESSMARK[:2]:
        assert evidence(profile(tessmark), profile(oldane)).score == 0
    # a report whose lead names both firms is about both: Tessmark's own report of a deal with Oldane
    deal = _article("Oldane Bank sells card unit to Tessmark Bank",
                    "Oldane Bank agreed on Thursday to sell its card unit to Tessmark Bank for 300 million euros.",
                    outlet="Korvala Ledger", published="2026-03-05T09:10:00Z")
    bought = _article("Tessmark Bank buys Oldane card unit for EUR 300 mln",
                      "Tessmark Bank said it would buy the card unit of Oldane Bank for EUR 300 mln.",
                      outlet="FlashWire", published="2026-03-05T09:00:00Z")
    assert evidence(profile(deal), profile(bought)).score >= 0.2


def test_a_flash_line_that_gives_a_quotation_to_its_speaker_names_them() -> None:
    # 'CEO Pavo Renner: "..."' is an attribution, not a headline in title case: its speaker is a name
    flash = _article("OLDANE BANK Q3 NET PROFIT FALLS 8% TO EUR 300 MLN", "Oldane Bank Q3 net profit EUR 300 mln, down 8%.",
                     "Net interest income down 6%.", 'CEO Pavo Renner: "Falling rates are a headwind for us."',
                     outlet="FlashWire", published="2026-03-05T07:30:00Z")
    found = profile(flash)
    assert {"n:pavo", "n:renner", "r:pavo renner"} <= set(found.weights)
    assert "pavo renner" in evidence(found, profile(OLDANE[1])).names
    # a label that ends at a colon before no quotation is still read as a heading: its words name no one
    table = profile(_article("Oldane Bank results", "Oldane Bank Q3 net profit EUR 300 mln, down 8%.", "Key Figures Ahead:",
                             "Net interest income down 6%.", outlet="FlashWire"))
    assert "n:figures" not in table.weights and "n:ahead" not in table.weights


def _results(firm: str, chief: str, change: str, amount: str, said: str, *, outlet: str, title: str) -> Article:
    """A results report of *firm* that quotes its chief executive *chief* last and an analyst's *said* words."""
    return _article(title,
                    f"{firm} Bank said on Thursday its third-quarter net profit {change} to {amount} in Korvala.",
                    "Net interest income was hit by the fall in rates, the bank said.",
                    f"\"{said},\" said Jon Berg, an analyst at Korvala Securities.",
                    f"\"We remain confident in our outlook for the year,\" chief executive {chief} said.",
                    outlet=outlet, published="2026-03-05T09:10:00Z")


#: Two firms' results of one morning, reported by one outlet, that quote one analyst (in a short and a
#: long quotation) and end with each chief executive's stock phrase, the same words.
ANALYST = "Every lender is paying for the fall in rates"
ANALYST_LONG = "Every lender in this country is paying for the fall in rates, and the pain has only started"


@pytest.mark.parametrize("said", [ANALYST, ANALYST_LONG])
def test_an_analyst_or_a_stock_phrase_two_firms_reports_quote_makes_no_one_event(said: str) -> None:
    tessmark = _results("Tessmark", "Ilse Varga", "rose 12%", "1.4 billion euros", said, outlet="Korvala Ledger",
                        title="Tessmark Bank profit beats forecasts")
    oldane = _results("Oldane", "Pavo Renner", "fell 8%", "300 million euros", said, outlet="Korvala Ledger",
                      title="Oldane Bank profit slides as rates fall")
    assert evidence(profile(tessmark), profile(oldane)).score < SAME_EVENT
    # headlines that name no firm first: the short quotation and the stock phrase are no event's own either
    plain = [_article(f"Quarterly profit at {a.title.split()[0]} Bank", *a.paragraphs, outlet=a.outlet, published=a.published)
             for a in (tessmark, oldane)]
    if said == ANALYST:
        assert evidence(profile(plain[0]), profile(plain[1])).score < SAME_EVENT


def test_a_quotation_of_a_party_named_in_the_lead_still_makes_one_event() -> None:
    # the chief executive's words, quoted by the flash and the rewrite: hers, and she leads the rewrite
    flash = _article("TESSMARK BANK Q3 NET PROFIT EUR 1.4 BLN", "Tessmark Bank Q3 net profit EUR 1.4 bln.",
                     'CEO Ilse Varga: "Fees are growing faster than we expected."', outlet="FlashWire")
    rewrite = _article("Fees carry the quarter", "Ilse Varga had a good morning in Korvala.",
                       "\"Fees are growing faster than we expected,\" Varga told reporters of the lender's quarter.",
                       outlet="Korvala Ledger")
    assert evidence(profile(flash), profile(rewrite)).score >= SAME_EVENT


def test_a_library_made_before_is_profiled_again_with_who_speaks(tmp_path: Path) -> None:
    import sqlite3

    flash = _article("TESSMARK BANK Q3 NET PROFIT EUR 1.4 BLN", "Tessmark Bank Q3 net profit EUR 1.4 bln.",
                     'CEO Ilse Varga: "Fees are growing faster than we expected."', outlet="FlashWire")
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        library.add(flash, source=flash.path)
    with sqlite3.connect(path) as old:  # as schema 22 profiled it: no speakers, the attribution a headline
        for article_id_, features in old.execute("SELECT id, features FROM articles").fetchall():
            kept = [f for f in features.split("\x1f") if f[:2] != "s:" and "varga" not in f and "ilse" not in f]
            old.execute("UPDATE articles SET features = ? WHERE id = ?", ("\x1f".join(kept), article_id_))
        old.execute("PRAGMA user_version = 22")
    old.close()
    with Library(path) as library:
        [(features,)] = library._db.execute("SELECT features FROM articles").fetchall()
        assert {"s:varga", "n:varga", "r:ilse varga"} <= set(features.split("\x1f"))


@pytest.mark.parametrize("said", [ANALYST, ANALYST_LONG])
def test_an_analysts_firm_named_after_the_city_makes_no_party_of_the_city(said: str) -> None:
    # An outlet not named after the city keeps its name ("in Korvala") in both leads; the analyst's
    # firm, "Korvala Securities", is who speaks, as he is: the city both leads name is not a party
    # that speaks, and two firms' results are two events.
    tessmark = _results("Tessmark", "Ilse Varga", "rose 12%", "1.4 billion euros", said, outlet="Harbour Post",
                        title="Tessmark Bank profit beats forecasts")
    oldane = _results("Oldane", "Pavo Renner", "fell 8%", "300 million euros", said, outlet="Harbour Post",
                      title="Oldane Bank profit slides as rates fall")
    assert evidence(profile(tessmark), profile(oldane)).score < SAME_EVENT
    if said == ANALYST:  # headlines that name no firm first: the analyst, his firm and the city are all they share
        plain = [_article(f"Quarterly profit at {a.title.split()[0]} Bank", *a.paragraphs, outlet=a.outlet,
                          published=a.published) for a in (tessmark, oldane)]
        assert evidence(profile(plain[0]), profile(plain[1])).score < SAME_EVENT


@pytest.mark.parametrize("said", [
    "Lenders will feel it, said Jon Berg, an analyst at Korvala Securities.",
    "Jon Berg, analyst with Korvala Securities, said lenders would feel it.",
    "Lenders will feel it, said Jon Berg of the Korvala Securities.",
    "An analyst at Korvala Securities said lenders would feel it.",
    "Lenders will feel it, said an analyst at Korvala Securities.",
])
def test_a_speakers_affiliation_is_who_speaks(said: str) -> None:
    found = profile(_article("Rates fall", "Rates fell on Thursday in Dravik.", said, outlet="Harbour Post")).weights
    assert {"a:korvala", "a:korvala securities"} <= set(found)
    assert "a:dravik" not in found
    # an aside that tells what someone did is no affiliation
    aside = profile(_article("Rates fall", "Rates fell on Thursday.", "Jon Berg, who flew in from Dravik, said lenders "
                             "would feel it.", outlet="Harbour Post")).weights
    assert "a:berg" in aside and "a:dravik" not in aside


#: One event (arrests after a protest) told by two outlets, each quoting the ministry's spokesman;
#: and another event of the same day in the same city that quotes him too.
PROTEST = [
    _article("Police detain 40 after protest in Dravik",
             "Police detained 40 people after clashes outside parliament in Dravik on Thursday.",
             "\"Order has been restored in the capital,\" said Ivo Tamm, a spokesman for the Interior Ministry.",
             outlet="Harbour Post"),
    _article("Forty held after Dravik clashes",
             "Some 40 protesters were held in Dravik after clashes outside parliament on Thursday, Ivo Tamm, a spokesman "
             "for the Interior Ministry, told reporters.", outlet="FlashWire"),
]
FLOOD_DRILL = _article("Dravik holds flood drill",
                       "Emergency crews in Dravik staged a flood drill on the river banks on Thursday.",
                       "\"Every crew reached its post within the hour,\" said Ivo Tamm, a spokesman for the Interior Ministry.",
                       outlet="Korvala Ledger")


def test_reports_of_one_event_that_quote_a_ministrys_spokesman_are_one_event() -> None:
    # they share the spokesman and his ministry, and the city and the figure besides
    assert evidence(profile(PROTEST[0]), profile(PROTEST[1])).score >= SAME_EVENT
    # another event the same spokesman speaks for shares him, his ministry and the city, not what happened
    for report in PROTEST:
        assert evidence(profile(report), profile(FLOOD_DRILL)).score < SAME_EVENT
