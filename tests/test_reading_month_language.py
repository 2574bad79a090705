"""A month's name that names different months in different languages is read in the page's
language ("listopada": November in Polish, October in Croatian), and a plain-text masthead line
"Outlet | date | Writer" gives the outlet, the date and the byline (trial 46 F9)."""

from core.reading.html import parse_html
from core.reading.judge import find_date, masthead_line, reading_language
from core.reading.text import parse_text

POLISH = (
    "Miasto zamyka stary most w porcie\n\n"
    "Kurier Przykładowy | 27 listopada 2026 | Jan Przykładowski\n\n"
    "Rada miasta zdecydowała w piątek, że stary most w porcie zostanie zamknięty dla ruchu samochodowego. "
    "Według inżynierów konstrukcja nie spełnia już norm bezpieczeństwa.\n\n"
    "Remont ma potrwać co najmniej dwa lata i kosztować kilkadziesiąt milionów złotych.\n"
)


def test_a_month_word_of_two_months_is_read_in_the_page_language():
    assert find_date("27 listopada 2026") is None  # neither month without a language
    with reading_language("pl"):
        assert find_date("27 listopada 2026")[0].isoformat() == "2026-11-27"
    with reading_language("hr"):
        assert find_date("27 listopada 2026")[0].isoformat() == "2026-10-27"


def test_a_word_of_one_month_everywhere_is_read_without_a_language():
    assert find_date("4 March 2026")[0].isoformat() == "2026-03-04"
    assert find_date("2026. gada 4. martā")[0].isoformat() == "2026-03-04"
    with reading_language("pl"):
        assert find_date("4 March 2026")[0].isoformat() == "2026-03-04"


def test_a_polish_text_masthead_line_gives_outlet_date_and_byline():
    article = parse_text(POLISH, path="/tmp/most_pl.txt")[0]
    assert article.outlet == "Kurier Przykładowy"
    assert article.byline == "Jan Przykładowski"
    assert article.published == "2026-11-27"
    assert article.title == "Miasto zamyka stary most w porcie"
    assert not any("|" in p for p in article.paragraphs)


def test_an_english_masthead_line():
    text = POLISH.replace("Kurier Przykładowy | 27 listopada 2026 | Jan Przykładowski",
                          "Harbour Example Gazette · Tue, 3 March 2026 14:05 · Ana Example")
    assert masthead_line("Harbour Example Gazette · Tue, 3 March 2026 14:05 · Ana Example") == (
        "Harbour Example Gazette", "Ana Example")
    article = parse_text(text, path="/tmp/most.txt")[0]
    assert (article.outlet, article.byline, article.published[:10]) == ("Harbour Example Gazette", "Ana Example", "2026-03-03")


def test_no_masthead_line():
    assert masthead_line("Valdemora | 3 March 2026 | Ana Example") is None  # a place first
    assert masthead_line("Sports | 3 March 2026 | Ana Example") is None  # a section's label
    assert masthead_line("Ana Example | 3 March 2026") is None  # a byline and a date
    assert masthead_line("Harbour Gazette | Ana Example | Bo Lind") is None  # no date


def test_an_html_page_reads_its_dates_in_its_language():
    paragraphs = "".join(f"<p>{p}</p>" for p in POLISH.split("\n\n")[2:])
    page = (f"<html lang='pl'><head><title>Most</title></head><body><article><h1>Miasto zamyka stary most</h1>"
            f"<p class='date'>27 listopada 2026</p>{paragraphs}</article></body></html>").encode()
    assert parse_html(page, source="/tmp/most.html").published == "2026-11-27"


def _feed(declared: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Kurier Przykładowy</title>'
            f"<link>https://kurier.example/</link>{declared}<item><title>Miasto zamyka most</title>"
            f"<link>https://kurier.example/most</link><description><![CDATA[{paragraphs}]]></description>"
            f"</item></channel></rss>").encode()


SHORT_POLISH = "27 listopada 2026\n\nRada miasta zamknie most.\n\nRemont potrwa dwa lata."


def test_a_feed_entry_reads_its_dates_in_its_language():
    from core.reading.feed import parse_feed

    # its words tell its language: Polish, whatever the feed declares
    text = "27 listopada 2026\n\n" + POLISH.split("\n\n", 2)[2]
    (item,) = parse_feed(_feed("<language>hr</language>", text), source="/tmp/f.xml", fetch=None, briefs=True)
    assert item.article.published == "2026-11-27"
    # too few words to tell: the language the feed declares
    for declared, day in (("pl", "2026-11-27"), ("hr-HR", "2026-10-27")):
        (item,) = parse_feed(_feed(f"<language>{declared}</language>", SHORT_POLISH), source="/tmp/f.xml", fetch=None,
                             briefs=True)
        assert item.article.published == day


def test_a_json_record_reads_its_dates_in_its_language():
    import json

    from core.reading.jsonl import parse_jsonl

    for lang, day in (("pl", "2026-11-27"), ("Polish", "2026-11-27"), ("hr", "2026-10-27"), (None, None)):
        record = {"title": "Miasto zamyka most", "lang": lang, "text": SHORT_POLISH}
        (item,) = parse_jsonl(json.dumps(record, ensure_ascii=False), source="/tmp/x.jsonl")
        assert item.article.published == day
        # its own date field too
        record = {"title": "Miasto zamyka most", "language": lang, "date": "27 listopada 2026",
                  "text": SHORT_POLISH.split("\n\n", 1)[1]}
        (item,) = parse_jsonl(json.dumps(record, ensure_ascii=False), source="/tmp/x.jsonl")
        assert item.article.published == day


WIRE = ("WARSZAWA, 27 listopada (PAP) - Rada miasta zdecydowała w piątek, że stary most w porcie zostanie zamknięty "
        "dla ruchu samochodowego. Według inżynierów konstrukcja nie spełnia już norm bezpieczeństwa.\n\n"
        "Remont ma potrwać co najmniej dwa lata i kosztować kilkadziesiąt milionów złotych.")


def test_a_datelines_month_is_read_in_the_language_in_every_reader():
    from datetime import date

    from core.reading.feed import parse_feed

    assert parse_text(f"Miasto zamyka most\n\n{WIRE}\n", path="/tmp/most.txt", filed=date(2026, 12, 1))[0].published == "2026-11-27"
    feed = _feed("<language>pl</language><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate>", WIRE)
    (item,) = parse_feed(feed, source="/tmp/f.xml", fetch=None, briefs=True)
    assert item.article.published == "2026-11-27"
