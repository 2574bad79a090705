"""A tester's inputs that rules added for other faults read wrongly (session 31's break test):
each rule keeps to its kind, and a report's own text, headline, byline and dateline stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.numbers import magnitudes
from core.reading import read_paths
from core.reading.judge import is_paywall, split_dateline
from core.reading.text import parse_text

LEAD = "The flood gates on the river opened on Tuesday morning after three days of rain, the water authority said."
SECOND = "Engineers said the barrier held as planned and no homes were flooded along the lower valley."


def _page(body: str, title: str = "Gates open - Valley Post") -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def _read(tmp_path: Path, name: str, data: bytes) -> list:  # type: ignore[type-arg]
    path = tmp_path / name
    path.write_bytes(data)
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


@pytest.mark.parametrize("paragraph", [
    # a report's subscribers, and its customers' right to cancel, are no paywall (Italian)
    "Gli abbonati mensili pagheranno 2 euro in più al mese a partire da aprile, ha detto il Comune.",
    "I clienti potranno disdire in qualsiasi momento senza penali, ha precisato l'azienda.",
    # Korean spaces its words: a report on paid members is counted as words, not characters
    "넷플릭스의 국내 유료 회원 수가 지난달 처음으로 600만 명을 넘어선 것으로 집계됐다고 시장조사업체 와이즈앱이 3일 밝혔다.",
])
def test_a_reports_words_on_subscribers_are_no_paywall(paragraph: str) -> None:
    assert not is_paywall(paragraph)


def test_a_report_s_lead_to_the_reader_under_a_banner_stays(tmp_path: Path) -> None:
    lead = "If you live in the old town, your tap water may be unsafe to drink until Friday, the utility said."
    body = (f"<article><h1>Gates open</h1><p>Subscribe now to read every story.</p><p>{lead}</p><p>{LEAD}</p>"
            f"<p>{SECOND}</p></article>")
    [article] = _read(tmp_path, "p.html", _page(body))
    assert article.paragraphs[0] == lead


def test_a_district_and_its_borough_are_no_dateline() -> None:
    assert split_dateline("District 12 (Brooklyn) - Incumbent council member Ana Example won a fourth term on Tuesday.")[0] is None


def test_a_caps_headline_and_its_longer_deck_stay_apart() -> None:
    text = ("PORT STRIKE ENDS\nDOCKWORKERS ACCEPT PAY RISE AFTER FOUR DAYS OFF THE JOB\n\n"
            "OSTBY, March 12 - Dockworkers returned to work on Thursday after accepting a pay rise, ending a four-day strike.\n\n"
            "The port authority said it expected traffic to be normal by Friday.\n")
    [article] = parse_text(text, path="strike.txt")
    assert article.title == "PORT STRIKE ENDS"


def test_the_writer_named_with_a_middle_initial_in_the_title_is_no_site(tmp_path: Path) -> None:
    body = f"<article><h1>Gates open</h1><p>By Margaret A. Hollis</p><p>{LEAD}</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "gates.html", _page(body, "Gates open | Margaret Hollis"))
    assert article.outlet == "gates" and article.byline == "Margaret A. Hollis"


def test_a_reports_key_figures_line_is_no_menu(tmp_path: Path) -> None:
    body = f"<article><h1>Gates open</h1><p>Dead: 3 | Missing: 12 | Evacuated: 4,200</p><p>{LEAD}</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "p.html", _page(body))
    assert article.paragraphs[0] == "Dead: 3 | Missing: 12 | Evacuated: 4,200"


def test_a_photographers_credit_marked_as_a_byline_is_no_byline(tmp_path: Path) -> None:
    body = (f"<article><h1>Gates open</h1><figure><figcaption class='byline'>Bo Lind, Staff Photographer</figcaption></figure>"
            f"<p>By Nora Lind</p><p>{LEAD}</p><p>{SECOND}</p></article>")
    [article] = _read(tmp_path, "p.html", _page(body))
    assert article.byline == "Nora Lind"


def test_a_rate_of_quakes_and_a_levy_are_no_magnitudes() -> None:
    assert magnitudes("an average of 2.3 earthquakes a day") == []
    assert magnitudes("a $1.5 earthquake levy") == []
    assert [v for *_, v in magnitudes("a 5.9 quake struck")] == [5.9]


def test_top_stories_in_a_digest_heads_its_items() -> None:
    text = ("Nordwire Morning Briefing\n\nKELDHAVEN, March 8 (Nordwire) - Good morning. Dockworkers end their strike "
            "and the central bank meets. Here is what you need to know on Monday.\n\nTOP STORIES\n\nPort strike ends after nine days\n\n"
            "Dockworkers at Keldhaven port return to work on Monday after their union accepted a pay deal late on Sunday.\n\n"
            "Central bank set to hold rates\n\nThe central bank is expected to keep its main rate at 3.5 percent on Thursday, economists said.\n")
    paragraphs = [p for a in parse_text(text, path="digest.txt") for p in a.paragraphs]
    assert any(p.startswith("Dockworkers at Keldhaven") for p in paragraphs)
    assert any(p.startswith("The central bank is expected") for p in paragraphs)


def test_a_magnitude_before_a_described_quake_and_in_the_seismologists_notation() -> None:
    # the break test of session 31: "a 5.9 undersea quake" and "M4.8" gave no magnitude
    assert [v for *_, v in magnitudes("a 5.9 undersea quake struck off the coast")] == [5.9]
    assert [v for *_, v in magnitudes("a 6.1 strong shallow earthquake")] == [6.1]
    assert [v for *_, v in magnitudes("an M4.8 aftershock followed, the agency put it at Mw 6.1.")] == [4.8, 6.1]
    assert magnitudes("1.5 million earthquake victims") == []
    assert magnitudes("the Model M3.5.1 firmware") == []


# --- session 32's break test: rules added this session that reached too far --------------------


@pytest.mark.parametrize("headline", ["Local Arts Festival Returns", "Climate Change Threatens Local Food Markets"])
def test_a_headline_in_title_case_is_no_menu(headline: str) -> None:
    from core.reading.judge import is_menu_line

    [article] = parse_text(f"{headline}\n\n{LEAD}\n\n{SECOND}\n", path="a.txt")
    assert not is_menu_line(headline) and article.title == headline


@pytest.mark.parametrize("sentence", [
    "Residents can download the app to get flood warnings, the council said.",
    "Officials urged residents to read more about the plan.",
])
def test_a_reports_sentence_with_a_furniture_phrase_stays_in_text(sentence: str) -> None:
    [article] = parse_text(f"Gates open\n\n{LEAD}\n\n{sentence}\n\n{SECOND}\n", path="a.txt")
    assert sentence in article.paragraphs


@pytest.mark.parametrize("sentence", [
    "По данным опроса, у 40 процентов россиян уже есть подписка на онлайн-кинотеатр.",
    "Yeni servis sadece abonelere sunulacak, dedi şirket.",
])
def test_a_reports_words_on_subscriptions_in_other_languages_are_no_paywall(sentence: str) -> None:
    assert not is_paywall(sentence)


@pytest.mark.parametrize("paragraph", [
    "Analysts said the company's forward-looking statements were too rosy, noting the safe harbor it claims.",
    "Le groupe a publié ses prévisions dans un communiqué, mais les analystes doutent de ses déclarations prospectives.",
    "Doubts about forward-looking statements",
])
def test_a_report_on_a_firms_forecasts_goes_on_past_them(tmp_path: Path, paragraph: str) -> None:
    body = f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{paragraph}</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "p.html", _page(body))
    assert article.paragraphs[-1] == SECOND


@pytest.mark.parametrize("second", ["By Thursday, the river is expected to fall back below its banks.",
                                    "Por Valencia, el agua llegó a los dos metros el martes."])
def test_a_sentence_opening_as_a_byline_under_the_standfirst_stays(tmp_path: Path, second: str) -> None:
    body = f"<article><h1>Gates open</h1><p class='standfirst'>{LEAD}</p><p>{second}</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "p.html", _page(body))
    assert second in article.paragraphs and article.byline is None


def test_a_whole_page_that_leaves_out_its_closing_tags_is_no_page_cut_off() -> None:
    from core.reading.html import cut_off

    assert not cut_off(b"<HTML><BODY><P>The gates opened on Tuesday.<P>Copyright 1999 Valley Post</FONT><P>")
    assert not cut_off(b"<html><body><main><p>x</p></main><script>const c = '<article class=card>' + t;</script>")
    assert cut_off(b"<html><body><header><a href='/news/'>")


def test_a_sum_in_maloti_and_a_new_quake_claim_are_no_magnitudes() -> None:
    assert magnitudes("The ministry set aside M2.5 million for repairs.") == []
    assert magnitudes("2.5 new earthquake insurance claims") == []


def test_a_photographers_credit_and_a_notice_of_rights_name_no_outlet() -> None:
    from core.reading.text import copyright_site

    assert copyright_site("Ole Brandt © 2026") is None
    assert copyright_site("© Tutti i diritti riservati") is None
    assert copyright_site("The Harbour Ledger © 2026") == "The Harbour Ledger"


def test_a_sidebars_stamped_list_of_latest_reports_makes_no_live_page(tmp_path: Path) -> None:
    # Its closing quote was dropped as a live page's sign-off.
    quote = "“We’ll be back on Monday, weather permitting,” the operator’s manager said."
    items = "".join(f"<li><span class='time'>Posted: {t}</span><p>Another report of the day, number {n}.</p></li>"
                    for n, t in enumerate(("10:32", "09:15", "08:02")))
    body = f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p><p>{quote}</p></article><aside><h3>Latest</h3><ul>{items}</ul></aside>"
    [article] = _read(tmp_path, "p.html", _page(body))
    assert article.paragraphs == (LEAD, SECOND, quote)


def test_a_saved_page_dated_only_by_its_dateline_takes_the_year_it_was_saved(tmp_path: Path) -> None:
    page = (b"From: <Saved by Blink>\nSnapshot-Content-Location: https://valleypost.example/gates\nSubject: Gates open\n"
            b"Date: Tue, 11 Mar 2025 11:02:17 -0000\nMIME-Version: 1.0\nContent-Type: multipart/related; type=\"text/html\"; "
            b"boundary=\"b\"\n\n--b\nContent-Type: text/html\n\n<html><body><article><h1>Gates open</h1>"
            b"<p>KELDHAVEN, March 10 (Nordwire) - " + LEAD.encode() + b"</p><p>" + SECOND.encode() + b"</p></article></body></html>\n--b--\n")
    path = tmp_path / "gates.mhtml"
    path.write_bytes(page)
    import os

    os.utime(path, (1_764_547_200, 1_764_547_200))  # the file touched on 1 December 2025
    [article], errors = read_paths([path])
    assert not errors and article.published == "2025-03-10"


# --- session 32's second variant round: more inputs of the case kinds ---------------------------


def test_a_paragraphs_short_first_line_of_hard_wrapped_copy_goes_on() -> None:
    # A tester's wrapped copy: "According to a report by broker" / "Example Metals, stocks ..." lost
    # its first line, read as a heading between paragraphs.
    text = ("COPPER EASES\n\nLONDON, March 3 (Reuters) - Copper prices eased on Tuesday as\nstocks in warehouses rose for a "
            "third week, although a weaker dollar\nlimited losses, traders said.\n\nThree-month copper on the London exchange "
            "fell 0.4 percent to\n9,212 dollars a tonne by 1030 GMT.\n\nAccording to a report by broker\nExample Metals, stocks in "
            "warehouses rose 6,150 tonnes to 212,400\ntonnes, the highest since\nJanuary.\n")
    [article] = parse_text(text, path="copper.txt")
    assert article.paragraphs[-1].startswith("According to a report by broker Example Metals, stocks")


def test_a_page_saved_as_utf_16_is_read_as_a_page(tmp_path: Path) -> None:
    # A tester's page Internet Explorer saved "as Unicode" was read as text: its markup as paragraphs.
    page = _page(f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p></article>").decode()
    [article] = _read(tmp_path, "p.htm", b"\xff\xfe" + page.encode("utf-16-le"))
    assert (article.title, article.paragraphs) == ("Gates open", (LEAD, SECOND))


@pytest.mark.parametrize(("field", "value"), [("date_published", "2026-03-03T14:00:00Z"), ("published_date", "2026-03-03 14:00:00"),
                                              ("DATE", 20260303140000)])
def test_a_records_date_under_its_apis_name_is_read(tmp_path: Path, field: str, value: object) -> None:
    # JSON Feed's "date_published", Newscatcher's "published_date", GDELT's numeric "DATE" were unread.
    import json

    record = {"title": "Gates open", "text": LEAD, field: value, "publication": "Valley Post"}
    [article] = _read(tmp_path, "a.jsonl", json.dumps(record).encode())
    assert article.published is not None and article.published.startswith("2026-03-03") and article.outlet == "Valley Post"


def test_a_site_name_escaped_twice_is_read_once_more() -> None:
    from core.reading.judge import clean_site

    # (the page's og:site_name "Harbour Gazette &amp;amp; Friends", after the parser's one unescaping)
    assert clean_site("Harbour Gazette &amp; Friends") == "Harbour Gazette & Friends"


@pytest.mark.parametrize("menu", ["Pengguna", "Χρήστης"])
def test_more_user_menus_words_are_no_one(menu: str) -> None:
    from core.reading.judge import clean_byline

    assert clean_byline([menu]) is None


@pytest.mark.parametrize("line", ["Szerző: Példa Anna", "Scris de: Ana Exemplu", "Pewarta: Budi Contoh"])
def test_more_byline_labels(line: str) -> None:
    from core.reading.judge import clean_byline

    assert clean_byline([line]) == line.split(": ")[1]


def test_a_meters_count_over_a_whole_report_is_no_paragraph(tmp_path: Path) -> None:
    body = f"<article><h1>Gates open</h1><div class='meter'><p>You have 2 free articles left this month.</p></div><p>{LEAD}</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "p.html", _page(body))
    assert article.paragraphs == (LEAD, SECOND) and not article.teaser


def test_a_text_pages_notice_of_rights_names_no_outlet() -> None:
    [article] = parse_text(f"Gates open\n\n{LEAD}\n\n{SECOND}\n\n© Tutti i diritti riservati\n", path="gates.txt")
    assert article.outlet == "gates"
