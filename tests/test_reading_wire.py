"""Reading a fresh user's coverage: headlines, wire credits, subheads, feed outlets, encodings.

Each test stands for a kind of input a user met (a short headline in wire text, an agency's
credit line, a feed titled with its section, an unlabelled legacy page), varied in shape.
Outlets, people and places are invented.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.feed import parse_feed
from core.reading.html import parse_html
from core.reading.sources import Item, decode

LEAD = "A fire broke out at the grain terminal of the Port of Kessra on Tuesday, injuring two crane drivers, the harbour office said."
SECOND = "The blaze started at around 5:10 a.m. in a silo at Quay 4 and spread to a conveyor belt before firefighters arrived."
THIRD = "The terminal's operator, Kessra Bulk Services, said loading would stop for at least three days while engineers checked the silos."


def _read(tmp_path: Path, name: str, data: str | bytes) -> list:  # type: ignore[type-arg]
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


# --- 1. a short headline standing alone is the headline ---------------------------------


@pytest.mark.parametrize("headline", ["Silo fire", "Fire", "Quay 4 blaze", "Grain terminal fire injures two crane drivers"])
def test_a_first_line_standing_alone_is_the_headline_however_short(tmp_path: Path, headline: str) -> None:
    text = f"{headline}\n\nKESSRA, Nov 24 (Tidewater Wire) - {LEAD}\n\n{SECOND}\n"
    [article] = _read(tmp_path, "wire.txt", text)
    assert article.title == headline
    assert article.dateline == "KESSRA, Nov 24 (Tidewater Wire)" and article.paragraphs[0] == LEAD


def test_a_short_headline_over_a_byline_is_the_headline(tmp_path: Path) -> None:
    [article] = _read(tmp_path, "brief.txt", f"Silo fire\n\nBy Ines Marlow\n\n{LEAD}\n\n{SECOND}\n")
    assert article.title == "Silo fire" and article.byline == "Ines Marlow"


@pytest.mark.parametrize(
    "first",
    [
        "KESSRA, Nov 24 (Tidewater Wire) -",  # a dateline on a line of its own
        "By Ines Marlow",  # a byline
        "24 November 2026",  # a date
        "World",  # a section's name
        "EXCLUSIVE",  # a label
    ],
)
def test_a_first_line_that_is_a_dateline_byline_or_date_is_no_headline(tmp_path: Path, first: str) -> None:
    [article] = _read(tmp_path, "wire.txt", f"{first}\n\n{LEAD}\n\n{SECOND}\n")
    assert article.title != first and not article.title.startswith(first)


def test_a_short_first_line_glued_to_the_paragraph_is_not_taken_apart(tmp_path: Path) -> None:
    """Only a line with a blank line under it stands alone."""
    [article] = _read(tmp_path, "wire.txt", f"Silo fire\nat the grain terminal, the harbour office said.\n\n{SECOND}\n\n{THIRD}\n")
    assert article.title != "Silo fire"


# --- 2. a wire credit line is metadata --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("(Reporting by Ines Marlow; Editing by Tobias Wend)", ("Ines Marlow",)),
        ("Reporting by Ines Marlow and Kofi Adjei; Writing by Lena Ostrova; Editing by Tobias Wend",
         ("Ines Marlow", "Kofi Adjei")),
        ("-- Reporting by Ines Marlow in Kessra, editing by Tobias Wend", ("Ines Marlow",)),
        ("(Reporting by Ines Marlow, Kofi Adjei and Lena Ostrova; Additional reporting by Ruth Amsel; Editing by Tobias Wend).",
         ("Ines Marlow", "Kofi Adjei", "Lena Ostrova")),
        ("(Writing by Lena Ostrova; Editing by Tobias Wend)", ("Lena Ostrova",)),
        ("Editing by Tobias Wend", ()),  # a credit naming no author
        ("Additional reporting by Ruth Amsel in Portmarra", ()),
    ],
)
def test_a_wire_credit_line_names_its_reporters(line: str, names: tuple[str, ...]) -> None:
    from core.reading.judge import wire_credit

    assert wire_credit(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by local media suggested the fire started in a silo.",
        "The harbour office said reporting by crews was slow.",
        "Editing by hand took the crew three days, the operator said.",
        LEAD,
    ],
)
def test_a_sentence_using_the_words_of_a_credit_is_no_credit(line: str) -> None:
    from core.reading.judge import split_credit, wire_credit

    assert wire_credit(line) is None and split_credit(line) == (line, None)


def test_a_credit_closing_a_paragraph_comes_off_it() -> None:
    from core.reading.judge import split_credit

    assert split_credit(f"{THIRD} (Reporting by Ines Marlow; Editing by Tobias Wend)") == (THIRD, ("Ines Marlow",))


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("(Reporting by Ines Marlow; Editing by Tobias Wend)", "Ines Marlow"),
        ("Reporting by Ines Marlow and Kofi Adjei; Writing by Lena Ostrova; Editing by Tobias Wend", "Ines Marlow, Kofi Adjei"),
        ("-- Reporting by Ines Marlow; Editing by Tobias Wend", "Ines Marlow"),
    ],
)
def test_wire_text_gets_its_byline_from_its_credit_line_which_leaves_the_body(tmp_path: Path, credit: str, byline: str) -> None:
    text = f"Grain terminal fire injures two\n\nKESSRA, Nov 24 (Tidewater Wire) - {LEAD}\n\n{SECOND}\n\n{THIRD}\n\n{credit}\n"
    [article] = _read(tmp_path, "wire.txt", text)
    assert article.byline == byline
    assert article.paragraphs == (LEAD, SECOND, THIRD)


def test_a_credit_joined_to_the_last_paragraph_comes_off_it_too(tmp_path: Path) -> None:
    text = f"Grain terminal fire injures two\n\n{LEAD}\n\n{SECOND}\n\n{THIRD} (Reporting by Ines Marlow; Editing by Tobias Wend)\n"
    [article] = _read(tmp_path, "wire.txt", text)
    assert article.byline == "Ines Marlow" and article.paragraphs[-1] == THIRD


def test_a_byline_the_report_gives_wins_over_its_credit_line(tmp_path: Path) -> None:
    text = f"Grain terminal fire injures two\n\nBy Ruth Amsel\n\n{LEAD}\n\n{SECOND}\n\n(Reporting by Ines Marlow; Editing by Tobias Wend)\n"
    [article] = _read(tmp_path, "wire.txt", text)
    assert article.byline == "Ruth Amsel" and article.paragraphs == (LEAD, SECOND)


def test_an_html_pages_credit_line_gives_its_byline_where_the_page_names_none() -> None:
    page = (f"<html><head><title>Silo fire</title></head><body><article><h1>Silo fire</h1><p>{LEAD}</p><p>{SECOND}</p>"
            f"<p>{THIRD}</p><p>(Reporting by Ines Marlow and Kofi Adjei; Editing by Tobias Wend)</p></article></body></html>")
    article = parse_html(page.encode(), source="silo.html")
    assert article.byline == "Ines Marlow, Kofi Adjei" and article.paragraphs == (LEAD, SECOND, THIRD)
    named = page.replace("</title>", "</title><meta name='author' content='Ruth Amsel'>")
    assert parse_html(named.encode(), source="silo.html").byline == "Ruth Amsel"


# --- 4. a feed's outlet is its site's name, not its section -----------------------------


@pytest.mark.parametrize(
    ("title", "image", "link", "outlet"),
    [
        ("Tidewater Times - Ports", None, None, "Tidewater Times"),
        ("Tidewater Times | Harbour Desk", None, None, "Tidewater Times"),
        ("Tidewater Times — Shipping and Trade", None, None, "Tidewater Times"),
        ("Tidewater Times – Ports", None, None, "Tidewater Times"),
        ("Tidewater Times: Ports", None, None, "Tidewater Times"),
        ("Tidewater Times > Ports > Grain", None, None, "Tidewater Times"),
        ("Tidewater Times » Ports", None, None, "Tidewater Times"),
        # the site's name comes second: the feed's logo or its home page's address says so
        ("Ports | Tidewater Times", "Tidewater Times", None, "Tidewater Times"),
        ("Ports - Tidewater Times", None, "https://www.tidewatertimes.example/ports/", "Tidewater Times"),
        ("Top Stories - Tidewater Times", None, None, "Tidewater Times"),  # a menu section first
        # no separator: the title whole
        ("Tidewater Times", None, None, "Tidewater Times"),
        ("Kessra-Portmarra Courier", None, None, "Kessra-Portmarra Courier"),
    ],
)
def test_a_feeds_title_names_its_site_without_its_section(title: str, image: str | None, link: str | None, outlet: str) -> None:
    from core.reading.judge import feed_outlet

    assert feed_outlet(title, image=image, link=link) == outlet


def _feed(title: str, *, image: str = "", link: str = "http://127.0.0.1:9/tidewater/") -> bytes:
    content = "".join(f"<p>{p}</p>" for p in (LEAD, SECOND, THIRD))
    logo = f"<image><title>{image}</title><url>{link}logo.png</url><link>{link}</link></image>" if image else ""
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
        f"<channel><title>{title}</title><link>{link}</link>{logo}<item><title>Silo fire at Quay 4</title>"
        f"<link>{link}silo-fire.html</link><pubDate>Tue, 24 Nov 2026 16:45:00 +0100</pubDate>"
        f"<content:encoded><![CDATA[{content}]]></content:encoded></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    ("title", "image", "outlet"),
    [("Tidewater Times - Ports", "", "Tidewater Times"), ("Ports | Tidewater Times", "Tidewater Times", "Tidewater Times")],
)
def test_a_feeds_entries_carry_the_sites_name_as_a_fetched_page_does(title: str, image: str, outlet: str) -> None:
    """An entry read from the feed and a page fetched for another (og:site_name) are one outlet."""
    [item] = list(parse_feed(_feed(title, image=image), source="feed.xml", fetch=None))
    assert isinstance(item, Item) and item.article.outlet == outlet


# --- 5. an unlabelled legacy page is windows-1252 unless it is visibly another script ------

DUTCH = "Bij de brand raakten twee kraanmachinisten gewond. „We hebben nog nooit zo’n brand gezien”, zei de commandant. Een naïeve vraag: café of rêverie?"
FRENCH = "Le café du quai a rouvert à Noël ; les élèves étaient très déçus. « C’est génial », a dit l’hôtelière, coût : 5 € — à peine."
RUSSIAN = ("Пожар в порту Кессры: двое крановщиков получили ранения, сообщили портовые власти во вторник. "
           "Огонь вспыхнул около пяти утра в силосе на четвёртом причале и перекинулся на конвейер.")
GREEK = ("Πυρκαγιά στο λιμάνι της Κέσσρας: δύο χειριστές γερανών τραυματίστηκαν, ανακοίνωσαν οι λιμενικές αρχές την Τρίτη. "
         "Η φωτιά ξέσπασε γύρω στις πέντε το πρωί σε ένα σιλό της προβλήτας τέσσερα.")

# A fresh user's Polish and Turkish files read as windows-1252: "zawali³ siê", "kiþi", "sabahý".
POLISH = ("Most na Wiśle zawalił się w sobotę rano. Zginęło dwanaście osób, a trzydzieści jeden zostało rannych, "
          "poinformowały władze miasta. Ratownicy przeszukują rzekę, a żałoba potrwa trzy dni.")
TURKISH = ("Köprü cumartesi sabahı çöktü. On iki kişi hayatını kaybetti, otuz bir kişi yaralandı, şehir yetkilileri "
           "açıkladı. Belediye başkanı üç günlük yas ilan edildiğini söyledi.")


def _legacy_page(text: str) -> str:
    return f"<html><head><title>Kessra</title></head><body><article><h1>Kessra</h1><p>{text}</p><p>{text}</p></article></body></html>"


@pytest.mark.parametrize(("text", "codec"), [(DUTCH, "cp1252"), (FRENCH, "cp1252"), (RUSSIAN, "cp1251"), (RUSSIAN, "koi8-r"),
                                             (GREEK, "cp1253"), (GREEK, "iso8859-7"), (POLISH, "cp1250"),
                                             (POLISH, "iso8859-2"), (TURKISH, "cp1254")])
def test_an_unlabelled_page_is_read_as_windows_1252_unless_it_is_another_script(tmp_path: Path, text: str, codec: str) -> None:
    data = _legacy_page(text).encode(codec)
    [article] = _read(tmp_path, "page.html", data)
    assert article.paragraphs[0] == text
    assert decode(data) == _legacy_page(text)  # plain text takes the same way


def test_a_declared_charset_is_honoured(tmp_path: Path) -> None:
    from core.reading.sources import decode_html

    page = _legacy_page(DUTCH.replace("’", "'").replace("„", '"').replace("”", '"'))
    for label in ("iso-8859-1", "latin1", "windows-1252"):
        data = page.replace("<head>", f"<head><meta charset='{label}'>").encode("latin-1")
        assert "naïeve" in decode_html(data)
    # a declared encoding other than the guess: a Central European page labelled as such
    polish = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1250'></head><body><p>Pożar na nabrzeżu: żółta łódź.</p></body></html>"
    assert "Pożar na nabrzeżu: żółta łódź." in decode_html(polish.encode("cp1250"))


# --- 3. a subhead in a paragraph's markup stays a subhead ---------------------------------


@pytest.mark.parametrize(
    "subhead",
    [
        "<h2>Road closures</h2>",
        "<p><strong>Road closures</strong></p>",
        "<p><b>Road closures</b></p>",
        "<strong>Road closures</strong>",
        "<p class='subhead'>Road closures</p>",
        "<div class='story-subheading'>Road closures</div>",
        "<p><strong>What happens to the silos now?</strong></p>",
    ],
)
def test_a_subhead_is_marked_as_one_whatever_its_markup(subhead: str) -> None:
    page = (f"<html><head><title>Silo fire</title></head><body><article><h1>Silo fire</h1><div class='text'><p>{LEAD}</p>"
            f"<p>{SECOND}</p>{subhead}<p>{THIRD}</p></div></article></body></html>")
    article = parse_html(page.encode(), source="silo.html")
    text = "What happens to the silos now?" if "What" in subhead else "Road closures"
    assert article.paragraphs == (LEAD, SECOND, text, THIRD)
    assert article.subheads == ((2, text),)


@pytest.mark.parametrize(
    "paragraph",
    [
        "<p><strong>The fire brigade said the silo would burn for days.</strong></p>",  # a sentence set in bold
        "<p><strong>What we know:</strong></p>",  # a lead-in
        "<p><strong>Kessra:</strong> the harbour office said the quay would reopen on Friday after the checks.</p>",
    ],
)
def test_a_bold_sentence_or_lead_in_stays_a_paragraph(paragraph: str) -> None:
    page = (f"<html><head><title>Silo fire</title></head><body><article><h1>Silo fire</h1><p>{LEAD}</p>"
            f"<p>{SECOND}</p>{paragraph}<p>{THIRD}</p></article></body></html>")
    article = parse_html(page.encode(), source="silo.html")
    assert not article.subheads and len(article.paragraphs) == 4


def test_a_feed_entrys_bold_subhead_is_marked_as_one() -> None:
    from core.reading.html import fragment_blocks

    blocks = fragment_blocks(f"<p>{LEAD}</p><p><strong>Road closures</strong></p><p><b>Kessra:</b> {THIRD}</p>")
    assert [b.kind for b in blocks] == ["p", "head", "p"]


# --- 6. a yearless dateline takes the year the input gives elsewhere -----------------------


def _wire(tail: str = "") -> str:
    return f"Silo fire\n\nKESSRA, Nov 24 (Tidewater Wire) - {LEAD}\n\n{SECOND}\n\n{tail}\n"


@pytest.mark.parametrize(("saved", "published"), [((2026, 12, 1), "2026-11-24"), ((2026, 11, 20), "2025-11-24")])
def test_a_yearless_dateline_takes_the_last_year_up_to_the_files_time_when_nothing_gives_one(
    tmp_path: Path, saved: tuple[int, int, int], published: str
) -> None:
    """Undated before: a fresh user's agency copy ("LONDON, May 21 (CNS) -") was shown "undated"."""
    import os
    from datetime import datetime

    path = tmp_path / "wire.txt"
    path.write_text(_wire(), encoding="utf-8")
    stamp = datetime(*saved, 12).timestamp()
    os.utime(path, (stamp, stamp))
    [article], _ = read_paths([path])
    assert article.published == published and article.dateline == "KESSRA, Nov 24 (Tidewater Wire)"


@pytest.mark.parametrize("tail", ["(c) 2026 Tidewater Wire", "© 2019-2026 Tidewater Wire. All rights reserved.", "Copyright 2026"])
def test_a_yearless_dateline_takes_the_year_of_the_pages_copyright(tmp_path: Path, tail: str) -> None:
    [article] = _read(tmp_path, "wire.txt", _wire(tail))
    assert article.published == "2026-11-24" and article.paragraphs == (LEAD, SECOND)


def test_a_yearless_dateline_takes_the_year_of_the_pages_date_line(tmp_path: Path) -> None:
    """A page of two reports: the second has only its dateline, the first a date line."""
    text = (f"Silo fire at Quay 4\nTidewater Times, 23 November 2026\n\n{LEAD}\n\n{SECOND}\n\n"
            f"Cranes stop at Kessra\nTidewater Wire\n\nKESSRA, Nov 24 (Tidewater Wire) - {THIRD}\n\n{SECOND}\n")
    articles = _read(tmp_path, "page.txt", text)
    assert [a.published for a in articles] == ["2026-11-23", "2026-11-24"]


def test_a_dateline_with_its_year_dates_the_report(tmp_path: Path) -> None:
    [article] = _read(tmp_path, "wire.txt", f"Silo fire\n\nKESSRA, Nov. 24, 2025 (Tidewater Wire) - {LEAD}\n\n{SECOND}\n")
    assert article.published == "2025-11-24"


def test_a_dateline_with_its_year_dates_an_undated_page() -> None:
    page = (f"<html><head><title>Silo fire</title></head><body><article><h1>Silo fire</h1>"
            f"<p>KESSRA, Nov. 24, 2025 (Tidewater Wire) - {LEAD}</p><p>{SECOND}</p></article></body></html>")
    assert parse_html(page.encode(), source="silo.html").published == "2025-11-24"


def test_a_yearless_dateline_in_a_page_takes_its_copyright_year_not_the_first_of_january() -> None:
    """The extractor's date guess makes 1 January of a copyright notice's year; the dateline gives the day."""
    page = (f"<html><head><title>Silo fire</title></head><body><article><h1>Silo fire</h1><p>KESSRA, Nov 24 (Tidewater Wire) - {LEAD}</p>"
            f"<p>{SECOND}</p></article><footer>&copy; 2026 Tidewater Wire</footer></body></html>")
    assert parse_html(page.encode(), source="silo.html").published == "2026-11-24"
    undated = page.replace("&copy; 2026 ", "")  # the last Nov 24 up to the file's time
    assert parse_html(undated.encode(), source="silo.html", filed=date(2027, 11, 23)).published == "2026-11-24"


@pytest.mark.parametrize(("channel", "published"), [("Wed, 02 Dec 2026 08:00:00 +0000", "2026-11-24"),
                                                     ("Sat, 02 Jan 2027 08:00:00 +0000", "2026-11-24"), ("", "today")])
def test_a_yearless_dateline_in_a_feed_takes_the_year_around_the_feeds_date(channel: str, published: str | None) -> None:
    content = "".join(f"<p>{p}</p>" for p in (f"KESSRA, Nov 24 (Tidewater Wire) - {LEAD}", SECOND, THIRD))
    date = f"<pubDate>{channel}</pubDate>" if channel else ""
    feed = ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
            f"<channel><title>Tidewater Times</title>{date}<item><title>Silo fire</title>"
            f"<content:encoded><![CDATA[{content}]]></content:encoded></item></channel></rss>").encode()
    [item] = list(parse_feed(feed, source="feed.xml", fetch=None))
    if published == "today":  # no date in the feed: the last Nov 24 up to today
        import datetime

        today = datetime.date.today()
        published = f"{today.year - ((today.month, today.day) < (11, 24))}-11-24"
    assert isinstance(item, Item) and item.article.published == published


# --- 7. a paragraph is the report's whatever its length -------------------------------------

VERDICT = "That was the verdict today for the former mayor of Kessra, convicted of taking bribes over six years."


@pytest.mark.parametrize(
    "header",
    [
        "Guilty: ex-mayor of Kessra convicted\nBy Ines Marlow, Kessra Courier\nNovember 12, 2026",  # byline and date
        "Guilty: ex-mayor of Kessra convicted\n\nNovember 12, 2026",  # a date line alone
        "Guilty: ex-mayor of Kessra convicted",  # a headline alone
        "Guilty: ex-mayor convicted\n\nAdvertisement",  # furniture between headline and lead
    ],
)
@pytest.mark.parametrize("opening", ["Guilty.", "Why?", "Guilty. On all counts."])
def test_a_short_first_paragraph_under_the_headline_or_byline_is_the_reports_own(tmp_path: Path, header: str, opening: str) -> None:
    # A fresh user's "Guilty." opening a TV station's report, under its byline and date, was read
    # as a heading of the page's top and lost: in neither the paragraphs nor the title.
    text = f"{header}\n\n{opening}\n\n{VERDICT}\n\nShare\n\n{SECOND}\n\nCopyright 2026 Kessra Courier\n"
    [article] = _read(tmp_path, "report.txt", text)
    assert article.title == header.split("\n")[0]
    assert article.paragraphs == (opening, VERDICT, SECOND)


def test_a_short_first_line_of_a_page_stays_its_headline(tmp_path: Path) -> None:
    [article] = _read(tmp_path, "report.txt", f"Guilty.\n\n{VERDICT}\n\n{SECOND}\n")
    assert article.title == "Guilty." and article.paragraphs == (VERDICT, SECOND)


def test_a_short_first_paragraph_of_a_page_is_the_reports_own() -> None:
    page = ("<html><head><title>Guilty: ex-mayor of Kessra convicted</title></head><body><article>"
            "<h1>Guilty: ex-mayor of Kessra convicted</h1><p class='byline'>By Ines Marlow</p>"
            f"<p>Guilty.</p><p>{VERDICT}</p><p>{SECOND}</p></article></body></html>")
    assert parse_html(page.encode(), source="verdict.html").paragraphs == ("Guilty.", VERDICT, SECOND)


@pytest.mark.parametrize("furniture", ["Share", "Print", "1/5", "Copyright 2026 Kessra Courier", "© Kessra Courier", "(c) 2026 Kessra Courier"])
def test_a_pages_lone_buttons_and_copyright_notice_are_no_paragraphs(furniture: str) -> None:
    # A page's "Share" button and its "Copyright 2026 ..." line, printed as paragraphs inside its
    # article, were read as the report's, as plain text never reads them.
    page = ("<html><head><title>Guilty: ex-mayor of Kessra convicted</title></head><body><article>"
            f"<h1>Guilty: ex-mayor of Kessra convicted</h1><p>Guilty.</p><p>{furniture}</p><p>{VERDICT}</p>"
            f"<p>{SECOND}</p><p>{furniture}</p></article></body></html>")
    assert parse_html(page.encode(), source="verdict.html").paragraphs == ("Guilty.", VERDICT, SECOND)


@pytest.mark.parametrize("paragraph", ["Copyright Office staff said they would review the rule.", "(c) the council shall publish its accounts;"])
def test_a_paragraph_opening_with_the_words_of_a_notice_is_the_reports(paragraph: str) -> None:
    page = ("<html><head><title>Guilty: ex-mayor of Kessra convicted</title></head><body><article>"
            f"<h1>Guilty: ex-mayor of Kessra convicted</h1><p>{VERDICT}</p><p>{paragraph}</p><p>{SECOND}</p></article></body></html>")
    assert parse_html(page.encode(), source="verdict.html").paragraphs == (VERDICT, paragraph, SECOND)


_NORDWIRE = ("Dockers strike halts Keldhaven container port\n\nBy Petra Lind\n\n"
             "KELDHAVEN, March 10 (Nordwire) - About 1,200 dockworkers walked off the job on Tuesday at the port "
             "of Keldhaven, halting container operations at the country's second-busiest harbour.\n\n"
             "By Tuesday afternoon 42 ships were waiting at anchor outside the harbour, the port said.\n")


@pytest.mark.parametrize(("credit", "outlet"), [("Nordwire", "Nordwire"), ("AP", "Associated Press")])
def test_an_agencys_own_copy_naming_no_outlet_is_the_agencys_not_its_files(tmp_path: Path, credit: str, outlet: str) -> None:
    # A fresh user's wire copy ("KELDHAVEN, March 10 (Nordwire) - ...", byline "By Petra Lind") was the
    # outlet "nordwire_port" in every view, while the panel concluded "Nordwire's own copy": its file
    # is named after the agency its dateline credits. (A copy saved under another name, "herald.txt",
    # stays that name's: test_read's test_one_agency_story_in_two_files_is_two_copies.)
    copy = _NORDWIRE.replace("(Nordwire)", f"({credit})")
    [article] = _read(tmp_path, f"{credit.lower()}_port.txt", copy)
    assert article.outlet == outlet and article.byline == "Petra Lind"
    assert article.dateline == f"KELDHAVEN, March 10 ({credit})"
    [other] = _read(tmp_path, "strike.txt", copy)
    assert other.outlet == "strike"


def test_a_reprint_crediting_an_agency_keeps_the_outlet_it_names_or_is_given(tmp_path: Path) -> None:
    # the page's own notice, a manifest's outlet, a byline's outlet: the copy ran there, whoever wrote it
    [noticed] = _read(tmp_path, "courier.txt", _NORDWIRE + "\n(c) 2026 Keldhaven Courier\n")
    assert noticed.outlet == "Keldhaven Courier"
    [signed] = _read(tmp_path, "daily.txt", _NORDWIRE.replace("By Petra Lind", "By Petra Lind, Harbour Daily"))
    assert signed.outlet == "Harbour Daily"
    from core.reading.text import parse_text

    [given] = parse_text(_NORDWIRE, path="x/courier.txt", outlet="Keldhaven Courier")
    assert given.outlet == "Keldhaven Courier"
    # read from an address, the copy is the site's that ran it
    [fetched] = parse_text(_NORDWIRE, path="https://courier.example/strike.txt", url="https://courier.example/strike.txt")
    assert fetched.outlet == "courier.example"
    # an outlet's page (HTML) crediting the agency in its dateline is the site's
    html = ("<html><head><title>Dockers strike halts Keldhaven container port</title>"
            '<meta property="og:site_name" content="Keldhaven Courier"></head><body><article>'
            "<h1>Dockers strike halts Keldhaven container port</h1>"
            + "".join(f"<p>{p}</p>" for p in _NORDWIRE.split("\n\n")[2:]) + "</article></body></html>")
    [page] = _read(tmp_path, "courier.html", html)
    assert page.outlet == "Keldhaven Courier"


def test_an_agencys_standards_footer_in_a_text_file_is_furniture() -> None:
    # A trial's wire page saved as text kept "Our Standards: The Iberwire Trust Principles." as its
    # last paragraph, shown as a fact only that outlet reported; as a page's block it was furniture.
    from core.reading.text import parse_text

    text = ("Dam bursts in northern valley\n\nPORTO, Dec 1 (Iberwire) - An earth-fill dam burst before dawn on Tuesday, "
            "killing seven people in three villages, civil protection officials said.\n\n"
            "Twelve people were still missing on Tuesday evening, the officials said.\n\n"
            "(Reporting by Ana Example; Editing by Bo Lind)\n\nOur Standards: The Iberwire Trust Principles.\n\n"
            "Read Next\nStorm Oriana: what we know\n")
    [article] = parse_text(text, path="wire.txt")
    assert article.paragraphs[-1] == "Twelve people were still missing on Tuesday evening, the officials said."


def test_a_sites_menu_set_out_as_a_text_line_is_no_headline() -> None:
    # A trial's copy saved as text opened with its masthead and its menu ("News  Weather  Sport
    # Business  Lifestyle  Puzzles"), which became the headline everywhere.
    from core.reading.judge import is_menu_line
    from core.reading.text import parse_text

    text = ("COASTAL COURIER\nNews  Weather  Sport  Business  Lifestyle  Puzzles\nAdvertisement\n\n"
            "Portugal dam collapse: nine dead, dozen missing\n\nFrom Iberwire | Published 01/12/2026, 14:02\n\n"
            "PORTO, Portugal, Dec 1 (Iberwire) - An earth-fill dam in northern Portugal collapsed before dawn on Monday, "
            "killing at least nine people, civil protection officials said.\n\n"
            "Twelve people were still missing on Monday evening, the officials said.\n")
    [article] = parse_text(text, path="courier.txt")
    assert article.title == "Portugal dam collapse: nine dead, dozen missing"
    assert is_menu_line("Home | World | Business | Sport | Puzzles")
    assert not is_menu_line("Sport Minister Resigns Over Stadium Deal") and not is_menu_line("Business As Usual For Weather Office")


def test_hard_wrapped_chinese_and_japanese_copy_is_joined_without_spaces() -> None:
    # A tester's Chinese copy wrapped at 36 characters (70 columns) gave each line as a paragraph,
    # and Japanese copy whose paragraphs open with an ideographic space lost a line: a line of a
    # script without spaces is two columns wide a character, and joins the next with no space.
    from core.reading.text import parse_text

    chinese = ("港口客运量创历史新高\n\n港务局3日宣布，去年港口客船旅客人数达到创纪录的120万人次，比前一年\n"
               "增长14%。新开通的海岛航线表现良好。\n\n该局预计今年旅客人数将继续增长，并将加快客运码头的改造工程，改造费用\n"
               "约为3亿元。\n")
    [article] = parse_text(chinese, path="zh.txt")
    assert article.paragraphs == ("港务局3日宣布，去年港口客船旅客人数达到创纪录的120万人次，比前一年增长14%。新开通的海岛航线表现良好。",
                                  "该局预计今年旅客人数将继续增长，并将加快客运码头的改造工程，改造费用约为3亿元。")
    japanese = ("港湾局、旅客数が過去最多に\n\n"
                "\u3000港湾局は３日、昨年度の旅客船の利用者数が過去最多の１２０万\n"
                "人に達したと発表した。前年度から１４％増えた。新たに就航した離島航\n"
                "路が好調だった。\n"
                "\u3000同局は今年度も利用者の増加が続くとみており、旅客ターミナルの改修\n"
                "を急ぐ方針だ。改修費は約３０億円を見込む。\n")
    [article] = parse_text(japanese, path="ja.txt")
    assert article.paragraphs == (
        "港湾局は３日、昨年度の旅客船の利用者数が過去最多の１２０万人に達したと発表した。前年度から１４％増えた。新たに就航した離島航路が好調だった。",
        "同局は今年度も利用者の増加が続くとみており、旅客ターミナルの改修を急ぐ方針だ。改修費は約３０億円を見込む。")


def test_hard_wrapped_korean_copy_keeps_each_paragraphs_first_line() -> None:
    # A tester's Yonhap copy wrapped at 35 syllables lost every paragraph's first line as a heading
    # (and the dateline on it): a Hangul syllable is two columns wide, so its lines are as long as
    # the column, and a line that stops on a word of a script without capitals may go on.
    from core.reading.text import parse_text

    page = ("인천항 여객선 이용객 역대 최대…연 150만명 돌파\n\n"
            "(인천=가상통신) 박지훈 기자 = 인천항 연안여객터미널의 지난해\n"
            "이용객이 역대 최대를 기록했다고 인천항만공사가 5일 밝혔다.\n\n"
            "지난해 이용객은 모두 150만명으로, 전년보다\n"
            "12% 늘어난 것으로 집계됐다.\n\n"
            "공사는 올해 하반기부터 야간 운항 노선을 늘리고 대합실을\n"
            "넓힐 계획이다.\n\n(끝)\n")
    [article] = parse_text(page, path="yna.txt")
    assert article.dateline is not None and "인천" in article.dateline
    assert article.paragraphs == ("인천항 연안여객터미널의 지난해 이용객이 역대 최대를 기록했다고 인천항만공사가 5일 밝혔다.",
                                  "지난해 이용객은 모두 150만명으로, 전년보다 12% 늘어난 것으로 집계됐다.",
                                  "공사는 올해 하반기부터 야간 운항 노선을 늘리고 대합실을 넓힐 계획이다.")


_DEVANAGARI_WRAP = ("यात्री टर्मिनल का विस्तार",
                    "नयी दिल्ली, पांच मार्च (भाषा) बंदरगाह प्राधिकरण ने गुरुवार को कहा कि यात्री टर्मिनल का\n"
                    "विस्तार अगले साल पूरा हो जाएगा और इस पर 300 करोड़ रुपये खर्च होंगे।",
                    "बंदरगाह के आंकड़ों के अनुसार", "2024-25 में यात्रियों की संख्या 12 प्रतिशत बढ़कर\n15 लाख हो गई।",
                    "अधिकारियों ने बताया कि नई नौकाएं अगले महीने से चलेंगी और किराया\nनहीं बढ़ेगा।")
_ARABIC_WRAP = ("توسعة محطة الركاب",
                "أعلنت هيئة الموانئ اليوم الخميس أن توسعة محطة الركاب ستكتمل في العام المقبل\n"
                "بتكلفة تبلغ ثلاثمائة مليون دولار وفق بيان رسمي صدر عنها.",
                "وبحسب الأرقام الرسمية للميناء", "2025 ارتفع عدد الركاب بنسبة 12 في المئة\nإلى 1.5 مليون راكب.",
                "وقال مسؤولون إن السفن الجديدة ستبدأ العمل الشهر المقبل وإن الأسعار\nلن ترتفع.")


@pytest.mark.parametrize("headline, lead, first, rest, last", [_DEVANAGARI_WRAP, _ARABIC_WRAP], ids=["devanagari", "arabic"])
def test_a_short_first_line_of_wrapped_copy_in_a_script_without_capitals_goes_on(
    headline: str, lead: str, first: str, rest: str, last: str
) -> None:
    # PTI-Bhasha copy: a paragraph's short first line over one opening with a number was dropped
    # as a heading; in a script without capitals its last word is as a small letter's.
    from core.reading.text import parse_text

    [article] = parse_text(f"{headline}\n\n{lead}\n\n{first}\n{rest}\n\n{last}\n", path="wire.txt")
    assert len(article.paragraphs) == 3
    assert article.paragraphs[1] == f"{first} {rest.replace(chr(10), ' ')}"


def test_chinese_lines_of_their_own_are_not_joined_as_wrapped_copy() -> None:
    # A break test of the hard-wrap rule: a photo's caption, a list's items and a timeline's entries,
    # each on a line of its own and none ending in a full stop, were joined into one paragraph.
    from core.reading.text import parse_text

    caption = ("大坝出现新裂缝\n\n周一，地区水务委员会在一份声明中说，检查人员在奥斯特维克大坝发现了新的裂缝，水库水位将降低两米。\n"
               "图为3日拍摄的奥斯特维克大坝下游被淹没的村庄（新华社记者 王明 摄）\n"
               "委员会主席彼得·安德对记者说：“居民没有直接危险。”作为预防措施，下游居民被告知注意通知。\n")
    listed = ("水务委员会公布防范措施\n\n地区水务委员会周一公布了大坝险情的四项防范措施，要求下游各村立即执行。\n"
              "一是下游三个村庄的居民须在周二中午前将车辆移离河岸地带\n二是各村须安排专人二十四小时巡查河堤并每两小时上报水位\n"
              "三是学校和幼儿园周二起停课直至水位恢复正常另行通知\n")
    timeline = ("大坝险情时间线\n\n3月1日 地区水务委员会发现大坝北侧出现细小裂缝并开始加强监测\n"
                "3月2日 检查人员在大坝北侧又发现两处新的裂缝水库开始泄洪降低水位\n3月3日 委员会宣布水库水位将降低两米并通知下游居民注意防范\n")
    assert [len(a.paragraphs) for text in (caption, listed, timeline) for a in parse_text(text, path="zh.txt")] == [3, 4, 3]


def test_kyodos_sign_off_on_a_line_of_its_own_is_no_part_of_the_last_paragraph(tmp_path: Path) -> None:
    text = ("Ferry operator to add night sailings to outlying islands\n\n"
            "TOKYO, March 3 Kyodo - A regional ferry operator will add night\n"
            "sailings to three outlying islands from April, the company said\n"
            "Tuesday, as tourist numbers recover to pre-pandemic levels.\n"
            "  The operator expects about\n"
            "1.2 million passengers in the year through March 2027, up 14\n"
            "percent from a year earlier, a company spokesman said.\n"
            "  Local officials in\n"
            "Okinawa Prefecture welcomed the plan but asked the company to keep\n"
            "more cargo space for farm produce on the new sailings.\n"
            "==Kyodo\n")
    path = tmp_path / "kyodo.txt"
    path.write_text(text, encoding="utf-8")
    [article], _ = read_paths([path])
    assert article.paragraphs[-1].endswith("on the new sailings."), article.paragraphs


def test_an_old_teletype_layout_gives_headline_byline_and_dateline_not_its_slug(tmp_path: Path) -> None:
    # AP's ANPA layout: a slug line of codes and keywords, the headline with the byline right under
    # it (no blank line), the agency's name, indented paragraphs, "(AP) _" for a dash, ``quotes''.
    text = ("BC-EU--Silo-Fire,0280\n"
            "Silo fire stops loading at Kessra grain terminal\n"
            "By ANA EXAMPLE\n"
            "Associated Press\n"
            "   KESSRA, Ostland (AP) _ A fire broke out at the grain terminal of the\n"
            "Port of Kessra on Tuesday, injuring two crane drivers, the harbour office\n"
            "said.\n"
            "   The blaze started at around 5:10 a.m. in a silo at Quay 4 and spread\n"
            "to a conveyor belt before firefighters arrived.\n"
            "   ``We will not load for three days,'' the operator said.\n"
            "   (END)\n")
    [article] = _read(tmp_path, "anpa.txt", text)
    assert article.title == "Silo fire stops loading at Kessra grain terminal"
    assert article.byline == "Ana Example"
    assert article.dateline == "KESSRA, Ostland (AP)"
    assert article.paragraphs[0].startswith("A fire broke out at the grain terminal")
    assert article.paragraphs[-1] == "\u201cWe will not load for three days,\u201d the operator said."
    assert not any("Silo-Fire" in p for p in [article.title, *article.paragraphs])


def test_a_slug_of_codes_is_furniture_and_a_headline_of_words_is_not() -> None:
    from core.reading.judge import Kind, classify_line

    assert classify_line("BC-US--Harbor-Dredging,0315") is Kind.FURNITURE
    assert classify_line("AP-NY-03-03-26") is Kind.FURNITURE
    assert classify_line("Covid-19") is not Kind.FURNITURE
    assert classify_line("Up-to-date") is not Kind.FURNITURE


def test_a_wire_header_block_gives_title_byline_outlet_and_dateline_and_no_body(tmp_path: Path) -> None:
    # A later AP-style header: a slug with spaced keywords, a write-through and a word count, the
    # headline, an advisory to editors, "By" and the writer's role under it; then a "--" dateline.
    text = ("AM-Lindmark-Bridge Closure, 2nd Ld-Writethru,0512\n"
            "Storm damage shuts Lindmark bridge to lorries\n"
            "Editors: RECASTS lead with ministry decision; ADDS quote.\n"
            "By TOVE SPECIMEN\n"
            "Northwire Correspondent\n\n"
            "LINDMARK (NW) -- Engineers closed the Lindmark river bridge to heavy\n"
            "lorries on Friday after storm surges loosened two of its piers, sending\n"
            "freight traffic on a 90-kilometre detour through the hills.\n"
            "   Hauliers said the detour would add three hours to each\n"
            "delivery and called for a temporary ferry across the estuary.\n")
    [article] = _read(tmp_path, "slugged.txt", text)
    assert article.title == "Storm damage shuts Lindmark bridge to lorries"
    assert article.byline == "Tove Specimen"
    assert article.outlet == "Northwire"
    assert article.dateline == "LINDMARK (NW)"
    assert article.paragraphs[0].startswith("Engineers closed the Lindmark river bridge to heavy lorries")
    assert len(article.paragraphs) == 2
    assert not any("Writethru" in p or "RECASTS" in p for p in [article.title, *article.paragraphs])


def test_a_bare_writer_role_under_a_wire_byline_names_no_one() -> None:
    from core.reading.judge import Kind, classify

    units = classify("Quarry blast rattles Holmvik homes\nBy ESKIL PATTERN\nStaff Writer\n\n"
                     "HOLMVIK - A controlled blast at the Holmvik quarry shook houses across the valley on Monday.\n")
    assert [u.kind for u in units[:3]] == [Kind.HEADING, Kind.BYLINE, Kind.FURNITURE]


def test_indented_wire_copy_rejoins_a_quotation_wrapped_onto_lines_of_its_own(tmp_path: Path) -> None:
    # Paragraphs opened by their indent: a line opening a quotation under a sentence that stops
    # short of the column, and the attribution under a quotation closed on its comma, go on.
    text = ("Quarry blast rattles Holmvik homes\n\n"
            "HOLMVIK (NW) _ A controlled blast at the Holmvik quarry shook houses\n"
            "across the valley on Monday, cracking windows in at least a dozen\n"
            "homes, the municipality said.\n"
            "   Residents said they had not been warned about the charge.\n"
            "\"Nobody told us anything about a blast this size,\"\n"
            "said one homeowner, Lina Mock.\n"
            "   The quarry's owner said the charge had been within its permit\n"
            "and that it would pay for the broken glass.\n")
    [article] = _read(tmp_path, "quoted.txt", text)
    assert article.paragraphs == (
        "A controlled blast at the Holmvik quarry shook houses across the valley on Monday, cracking"
        " windows in at least a dozen homes, the municipality said.",
        "Residents said they had not been warned about the charge. \"Nobody told us anything about a"
        " blast this size,\" said one homeowner, Lina Mock.",
        "The quarry's owner said the charge had been within its permit and that it would pay for the broken glass.",
    )


def test_a_spaced_wire_slug_is_furniture_and_a_headline_with_a_code_is_not() -> None:
    from core.reading.judge import Kind, classify_line

    assert classify_line("BC-US--Harbor Dredging, 1st Ld-Writethru,0315") is Kind.FURNITURE
    assert classify_line("PM-Dam Breach-Glance,0240") is Kind.FURNITURE
    assert classify_line("Eds: UPDATES with toll; ADDS photos.") is Kind.FURNITURE
    assert classify_line("US-China talks resume in Geneva") is not Kind.FURNITURE
    assert classify_line("EU-wide ban on bottom trawling, 2nd vote due") is not Kind.FURNITURE


def test_thai_copy_keeps_its_headline_and_its_dateline(tmp_path: Path) -> None:
    # Thai writes no space between a sentence's words: a headline is one long run of letters (no
    # overlong word of a paragraph), and a dateline has no capitals to tell its place by.
    headline = "ท่าเรือรับผู้โดยสารสูงสุดเป็นประวัติการณ์"
    text = (f"{headline}\n\n"
            "กรุงเทพฯ 3 มี.ค. (สำนักข่าวไทย) - การท่าเรือเปิดเผยเมื่อวันอังคารว่า\n"
            "ปีที่ผ่านมามีผู้โดยสารเรือข้ามฟากทั้งหมดจากทุกท่าเรือในเขตเมือง\n"
            "1.2 ล้านคน เพิ่มขึ้นร้อยละ 14 จากปีก่อน โดยเส้นทางเกาะใหม่\n"
            "ได้รับความนิยมสูงในช่วงวันหยุดยาวของเดือนธันวาคม\n\n"
            "ผู้อำนวยการการท่าเรือกล่าวว่า จะเร่งปรับปรุงอาคารผู้โดยสาร\n"
            "ให้แล้วเสร็จภายในปีนี้ด้วยงบประมาณ 300 ล้านบาท\n")
    [article] = _read(tmp_path, "th.txt", text)
    assert article.title == headline
    assert article.dateline == "กรุงเทพฯ 3 มี.ค. (สำนักข่าวไทย)"
    assert article.paragraphs[0].startswith("การท่าเรือเปิดเผยเมื่อวันอังคารว่า")
    assert "1.2 ล้านคน" in article.paragraphs[0]
    assert headline not in article.paragraphs


@pytest.mark.parametrize("desk", ["By Data Desk", "By Metro Desk", "By the News Desk", "Business Staff"])
def test_a_section_desk_in_a_byline_names_no_outlet(tmp_path: Path, desk: str) -> None:
    """Trial 41 F17: a text file signed "By Data Desk" was filed under an outlet called "Data":
    a desk named by a section of a newsroom says nothing of which newsroom; the file names it."""
    path = tmp_path / "notes.txt"
    path.write_text(f"Fever notes from Ostrand\n\n{desk}\n\nThe ministry said 12 people were ill in the district on "
                    "Monday and more tests were under way.\n\nSchools stay open, officials said.\n")
    [article], _ = read_paths([path])
    assert article.outlet == "notes"
    # a newsroom's own name before its desk is its outlet
    path.write_text(path.read_text().replace(desk, "By Harbour Wire Desk"))
    [article], _ = read_paths([path])
    assert article.outlet == "Harbour Wire"


# --- a lead wrapped under its headline, and a writer's sign-off below the report --------------

WRAPPED = """Strike on the ferries: 14 sailings cancelled

LESKO (Eastern Courier) - Union members at the ferry operator Baltika Lines began their
48-hour strike on Tuesday, and 14 sailings to Karsland were cancelled.

"We are fighting for our crews' safety," the union's chairman Marek Zawada said.

{signoff}
"""


@pytest.mark.parametrize("dateline", ["LESKO (Eastern Courier) -", "LESKO, Dec 1 (Eastern Courier) -"])
def test_a_short_first_line_opening_on_a_dateline_is_wrapped_into_its_paragraph(tmp_path: Path, dateline: str) -> None:
    # a lead of two lines, its first shorter than a paragraph and the second opening on a figure:
    # not a standfirst above a paragraph cut in two
    text = WRAPPED.format(signoff="").replace("LESKO (Eastern Courier) -", dateline)
    [article] = _read(tmp_path, "story.txt", text)
    assert article.dateline is not None and article.dateline.startswith("LESKO")
    assert article.paragraphs[0].startswith("Union members at the ferry operator Baltika Lines began their 48-hour strike on Tuesday")
    assert article.standfirst is None


@pytest.mark.parametrize(("signoff", "byline"), [
    ("Anna Wroblewska, 1 December 2026", "Anna Wroblewska"),
    ("Anna Wróblewska, 1 grudnia 2026", "Anna Wróblewska"),
    ("Anna Wroblewska, Eastern Courier, December 1, 2026", "Anna Wroblewska"),
    ("Oslo, 1 December 2026", None),
    ("Anna Wroblewska, Lesko, Karsland, 1 December 2026", None),
])
def test_a_writer_s_dated_sign_off_below_the_report_is_its_byline(tmp_path: Path, signoff: str, byline: str | None) -> None:
    [article] = _read(tmp_path, "story.txt", WRAPPED.format(signoff=signoff))
    assert article.byline == byline
    assert str(article.published).startswith("2026-12-01")
    assert not any("2026" in p for p in article.paragraphs)
