"""A byline's or a dateline's date is metadata, and a wire dateline comes off a report's first
paragraph whatever the input kind.

A fresh user's saved pages ("By Name · <time>March 10, 2026</time>" under the headline, readers'
comments dated "2 hours ago" below) each got a first paragraph "March 10, 2026", marked as a
subhead: the byline's time and the comments' were taken for a live page's update stamps. And a
reprint whose first paragraph opened with "PORT HALDEN, March 10 (Nordwire) -" kept the dateline
in its text, where the same text from JSON Lines had it in ``dateline``.
"""

from __future__ import annotations

import json

import pytest

from core.reading import read_data
from core.reading.sources import Item

LEAD = ("Health authorities in Port Halden declared a measles outbreak on Tuesday after twelve cases were "
        "confirmed in the eastern districts, the regional board said.")
SECOND = "Two of the patients, both children under five, were being treated in hospital, the board said."
THIRD = "The board will open three free vaccination clinics on Thursday at the harbour hall and the library."
DATELINE = "PORT HALDEN, March 10 (Nordwire)"
HEADLINE = "Port Halden declares measles outbreak"


def _page(byline: str, body: str, *, after: str = "") -> bytes:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{HEADLINE} | Harbour Herald</title>"
        "<meta property='og:site_name' content='Harbour Herald'></head><body><main><article>"
        f"<h1>{HEADLINE}</h1>{byline}{body}</article>{after}</main></body></html>"
    ).encode()


def _one(name: str, data: bytes):  # type: ignore[no-untyped-def]
    [result] = list(read_data(data, source=name, fetch=None))
    assert isinstance(result, Item)
    return result.article


#: Readers' comments under the report, each with a relative time: no live page's updates.
COMMENTS = "<section class='comments'><h2>Comments (3)</h2>" + "".join(
    f"<div class='comment'><b>{who}</b> <span>{when}</span><p>{what}</p><a href='#'>Reply</a></div>"
    for who, when, what in (("harbourmum", "2 hours ago", "Why did it take so long to tell us about this?"),
                            ("OldSkeptic", "1 hour ago", "Same story every year, the board should have acted sooner."),
                            ("Lena_K", "45 minutes ago", "Thank you for the clinic list, very useful indeed."))
) + "</section>"

BYLINES = [
    "<div class='byline'>By Sanna Eklund, Nordwire &middot; <time datetime='2026-03-10T11:20:00+01:00'>March 10, 2026</time></div>",
    "<p>By Sanna Eklund &middot; <time datetime='2026-03-10T11:20:00+01:00'>March 10, 2026</time></p>",
    "<div class='article-dateline'><time datetime='2026-03-10T11:20:00+01:00'>March 10, 2026</time></div>",
]


@pytest.mark.parametrize("byline", BYLINES)
def test_a_bylines_time_is_the_reports_date_not_a_paragraph(byline: str) -> None:
    body = f"<p>{DATELINE} - {LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>"
    article = _one("herald.html", _page(byline, body, after=COMMENTS))
    assert article.paragraphs == (LEAD, SECOND, THIRD)
    assert article.subheads == ()
    assert article.dateline == DATELINE
    assert article.published == "2026-03-10T11:20:00+01:00"


def test_a_live_pages_byline_time_is_no_update_but_its_updates_keep_theirs() -> None:
    """A live page's headline, byline and summary in one box, its updates in another: the byline's
    time is the page's date, not a stamp over the summary."""
    summary = "Crews are working through the night to contain the outbreak in the eastern districts of the city."
    updates = [("14:05", SECOND), ("12:30", LEAD), ("11:10", THIRD)]
    feed = "<div class='feed'>" + "".join(
        f"<div class='update'><time datetime='2026-03-10T{t}:00Z'>{t}</time><p>{p}</p></div>" for t, p in updates
    ) + "</div>"
    article = _one("live.html", _page(BYLINES[0], f"<p>{summary}</p>", after=feed))
    assert article.paragraphs == (summary, "11:10", THIRD, "12:30", LEAD, "14:05", SECOND)  # the updates oldest first
    assert [t for _, t in article.subheads] == ["11:10", "12:30", "14:05"]


STANDFIRST = "Twelve cases confirmed, two children in hospital."


@pytest.mark.parametrize("above", [(), (STANDFIRST,)])
def test_a_dateline_under_a_subhead_comes_off_the_same_way_in_a_page_and_in_json_lines(above: tuple[str, ...]) -> None:
    """The one dateline stage of every input kind: the first paragraph that is no subhead, or the
    second after a standfirst."""
    html_body = "<h2>What we know</h2>" + "".join(f"<p>{p}</p>" for p in (*above, f"{DATELINE} - {LEAD}", SECOND))
    page = _one("herald.html", _page("", html_body))
    record = {"title": HEADLINE, "source": {"name": "Harbour Herald"}, "content": html_body}
    entry = _one("wires.jsonl", (json.dumps(record) + "\n").encode())
    plain = {"title": HEADLINE, "source": {"name": "Harbour Herald"}, "content": f"{DATELINE} - {LEAD}\n\n{SECOND}"}
    text = _one("wires.jsonl", (json.dumps(plain) + "\n").encode())
    for article in (page, entry):
        assert article.dateline == DATELINE
        assert article.paragraphs == ("What we know", *above, LEAD, SECOND)
        assert article.subheads == ((0, "What we know"),)
    assert text.dateline == DATELINE and text.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(("line", "published"), [
    ("11 / 30 / 09 05:40 PM ET", "2009-11-30T17:40:00-05:00"),  # a fresh user's page: dropped, the report undated
    ("11/30/09 05:40 PM ET", "2009-11-30T17:40:00-05:00"),
    ("Posted 30/11/09", "2009-11-30"),
    ("30/11/98 17:40 GMT", "1998-11-30T17:40:00+00:00"),
    # either number may be the month: a US time zone says the month comes first (ECB+ pages of a
    # US paper were dated two months off, 4 February for "04 / 02 / 07, 9:00 PM PDT"), else no date
    ("POSTED: 04 / 02 / 07, 9:00 PM PDT", "2007-04-02T21:00:00-07:00"),
    ("8 / 2 / 13 at 1:30 PM", None),
    # a weekday decides where it names the day of one reading ("So" is German for Sunday: 4 February
    # 2007 was one, 2 April a Monday); one that names neither's dates nothing
    ("Sun, 04/02/07", "2007-02-04"),
    ("Mon, 04/02/07", "2007-04-02"),
    ("So, 04/02/07", "2007-02-04"),
    ("Wed, 04/02/07", None),
])
def test_a_date_line_with_a_year_of_two_digits_dates_the_report(line: str, published: str | None) -> None:
    text = f"{HEADLINE}\n\nHarbour Herald\n\n{line}\n\n{LEAD}\n\n{SECOND}\n"
    article = _one("herald.txt", text.encode())
    assert article.published == published
    assert article.paragraphs == (LEAD, SECOND)


def test_figures_with_slashes_in_a_report_are_no_date() -> None:
    from core.reading.judge import find_dates

    assert find_dates("The vote split 3/4/5 across the three wards, and the ferry runs 24/7.") == []


@pytest.mark.parametrize(("line", "published"), [
    ("Thu, 03/05/2026 - 14:22", "2026-03-05"),  # Drupal's default: a tester's page was dated 3 May (a Sunday)
    ("Sun, 03/05/2026 - 14:22", "2026-05-03"),
    ("03/05/2026", "2026-05-03"),  # no weekday: the day first, as before
    ("jeu. 03/05/2026", "2026-03-05"),  # the weekday in the languages a byline's date names it in
    ("Donnerstag, 03/05/2026", "2026-03-05"),
    ("jue 03/05/2026", "2026-03-05"),
    ("Weds 03/04/2026", "2026-03-04"),
])
def test_the_weekday_before_a_date_says_which_number_is_the_month(line: str, published: str) -> None:
    from core.reading.judge import find_date

    found = find_date(line)
    assert found is not None and found[0].isoformat() == published


@pytest.mark.parametrize(("weekday", "published"), [("Thu", "2026-03-05"), ("Sun", "2026-05-03")])
def test_a_pages_line_with_a_weekday_dates_it_where_the_extractors_guess_swapped_day_and_month(
    weekday: str, published: str
) -> None:
    """A tester's Drupal page ("Posted by ... on Thu, 03/05/2026 - 14:22", no date in its metadata)
    was dated 3 May, a Sunday: the extractor's guess reads the numbers day first, and it won over
    the line the page prints."""
    page = (
        "<html><head><title>Port Halden declares measles outbreak | Halden Echo</title></head><body>"
        "<header><h1 class='site-name'><a href='/' rel='home'>Halden Echo</a></h1></header><main><article>"
        f"<h2 class='node__title'>{HEADLINE}</h2>"
        f"<div class='node__meta'>Posted by <span>Ana Example</span> on <span>{weekday}, 03/05/2026 - 14:22</span></div>"
        f"<div class='field--name-body'><p>{LEAD}</p><p>{SECOND}</p>"
        "<p>Vaccination clinics will open at the town hall on Saturday and stay open for two weeks.</p></div>"
        "</article></main></body></html>"
    )
    article = _one("echo.html", page.encode())
    assert (article.published or "")[:10] == published
    assert article.paragraphs[0] == LEAD
    # The metadata's date says which number is the month: a line read the other way round does not move it.
    meta = page.replace("<title>", "<meta property='article:published_time' content='2026-03-05'><title>")
    assert _one("echo.html", meta.replace(f"{weekday}, ", "").encode()).published == "2026-03-05"
    # Without a weekday, "03/05/2026" may be either: the extractor's guess stands.
    assert (_one("echo.html", page.replace(f"{weekday}, ", "").encode()).published or "")[:10] == "2026-05-03"


@pytest.mark.parametrize(("line", "published"), [
    ("Submitted by Jon Example on Sat, 03/07/2026 - 21:10", "2026-03-07"),
    ("Posted on Wed, 03/11/2026 - 09:10 by Ana Example", "2026-03-11"),
    ("Thu, 03/05/2026", "2026-03-05"),
])
def test_a_weekday_dated_line_in_any_element_says_which_number_is_the_month(line: str, published: str) -> None:
    """A tester's pages printed their date in an element nothing marks as a date or a byline
    ("<div class='meta'>"): the extractor's guess, day first, stood (7 March read as 3 July, a Friday)."""
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"<div class='meta'>{line}</div><p>{LEAD}</p><p>{SECOND}</p>"
        "<p>Vaccination clinics will open at the town hall on Saturday and stay open for two weeks.</p></article></body></html>"
    )
    assert (_one("echo.html", page.encode()).published or "")[:10] == published


def test_reuters_japans_dateline_in_full_width_brackets_comes_off() -> None:
    from core.reading.judge import split_dateline

    lead = "４カ国の当局者は３日、穀物回廊をさらに１年延長することで合意した。協議は深夜まで続いた。"
    assert split_dateline(f"［東京　３日　ロイター］ - {lead}") == ("［東京　３日　ロイター］", lead)


@pytest.mark.parametrize(("paragraph", "dateline"), [
    ("Hà Nội, 3/3 (TTXVN) - Quan chức bốn nước hôm thứ Ba đã nhất trí gia hạn hành lang ngũ cốc thêm một năm.",
     "Hà Nội, 3/3 (TTXVN)"),
    ("Budapest, 2026. március 3., kedd (MTI) – A kormány és a kikötők üzemeltetői kedden megállapodtak a hosszabbításról.",
     "Budapest, 2026. március 3., kedd (MTI)"),
    ("تهران - ایرنا - مقام‌های چهار کشور روز سه‌شنبه توافق کردند کریدور غلات را یک سال دیگر تمدید کنند.", "تهران - ایرنا"),
    ("قال المسؤولون - في بيان - إن الاتفاق سيمدد لعام آخر بعد موافقة البرلمانات الأربعة.", None),
    ("Lahore, 3/4 - The court will hear the case next week, lawyers said on Tuesday.", None),
])
def test_datelines_with_numeric_or_year_first_days_and_persian_agencies(paragraph: str, dateline: str | None) -> None:
    from core.reading.judge import split_dateline

    assert split_dateline(paragraph)[0] == dateline


def test_a_balkan_agencys_dateline_with_a_dot_after_the_year() -> None:
    from core.reading.judge import split_dateline

    found, rest = split_dateline("ZAGREB, 3. ožujka 2026. (Hina) - Vlada je u utorak odobrila novi red plovidbe trajekata do otoka.")
    assert found == "ZAGREB, 3. ožujka 2026. (Hina)" and rest.startswith("Vlada")


@pytest.mark.parametrize(("paragraph", "dateline"), [
    # variant round 34: GNA's agency in capitals after the date's comma, no brackets; MAP's date in numbers with its year
    ("Accra, March 3, GNA - Port authorities said on Tuesday that work on the new container terminal had begun.",
     "Accra, March 3, GNA"),
    ("Rabat, 03/03/2026 (MAP) - Le port de Tanger Med a traité un volume record de conteneurs en février, selon l'autorité.",
     "Rabat, 03/03/2026 (MAP)"),
    ("LAGOS, March 3, 2026 - Port authorities said on Tuesday that work on the new terminal had begun in earnest.",
     "LAGOS, March 3, 2026"),
])
def test_an_agency_without_brackets_and_a_numeric_date_with_its_year_make_a_dateline(paragraph: str, dateline: str) -> None:
    from core.reading.judge import split_dateline

    assert split_dateline(paragraph)[0] == dateline


@pytest.mark.parametrize(("paragraph", "dateline"), [
    # Indic scripts write vowel signs as combining marks, and no capitals; their agencies' styles
    ("पटना, चार मार्च (भाषा) राज्य सरकार ने मंगलवार को नए पुल के निर्माण को मंजूरी दे दी।", "पटना, चार मार्च (भाषा)"),
    ("भोपाल, 04 मार्च (वार्ता) राज्य सरकार ने मंगलवार को नए पुल के निर्माण को मंजूरी दे दी।", "भोपाल, 04 मार्च (वार्ता)"),
    ("খুলনা, ৪ মার্চ, ২০২৬ (বাসস) : সরকার মঙ্গলবার নতুন সেতুর নির্মাণ অনুমোদন করেছে বলে জানা গেছে।", "খুলনা, ৪ মার্চ, ২০২৬ (বাসস)"),
    ("மதுரை, மார்ச் 4 - புதிய பாலம் கட்டும் பணிக்கு அரசு செவ்வாய்க்கிழமை ஒப்புதல் அளித்தது என்று அதிகாரிகள் தெரிவித்தனர்.", "மதுரை, மார்ச் 4"),
    ("जयपुर, 4 मार्च (आईएएनएस)। राज्य सरकार ने मंगलवार को नए पुल के निर्माण को मंजूरी दे दी।", "जयपुर, 4 मार्च (आईएएनएस)"),
    # a region of two words after the place stays a place ("SURABAYA, East Java (Reuters) -")
    ("SURABAYA, East Java (Reuters) - Officials said the port would reopen on Monday after the repairs.", "SURABAYA, East Java (Reuters)"),
])
def test_datelines_in_indic_scripts(paragraph: str, dateline: str) -> None:
    from core.reading.judge import split_dateline

    found, rest = split_dateline(paragraph)
    assert found == dateline and rest and not rest.startswith((" ", ":", "।", "-"))


@pytest.mark.parametrize(("paragraph", "dateline"), [
    # a full stop after the agency's credit for a dash (ELTA, MONTSAME), a bare agency after a date
    # with a name of its month (LETA), a place and a date each closed by a stop (Kazinform), and a
    # dash before the credit (ANGOP), which the dateline prints without
    ("Šiauliai, balandžio 7 d. (ELTA). Antradienį mieste prasidėjo naujo tilto statybos darbai, pranešė savivaldybė.",
     "Šiauliai, balandžio 7 d. (ELTA)"),
    ("Liepāja, 7. aprīlis, LETA. Otrdien ostā sākta jaunā tilta būvniecība, pastāstīja pašvaldībā.", "Liepāja, 7. aprīlis, LETA"),
    ("Darkhan, April 7 (MONTSAME). City officials said on Tuesday that work on the new bridge had begun.", "Darkhan, April 7 (MONTSAME)"),
    ("ПАВЛОДАР. 7 апреля. КАЗИНФОРМ – Строительство нового моста через Иртыш началось во вторник, сообщили в акимате.",
     "ПАВЛОДАР. 7 апреля. КАЗИНФОРМ"),
    ("Benguela - (ANGOP) - As obras da nova ponte começaram nesta terça-feira, segundo a administração municipal.", "Benguela (ANGOP)"),
    # a word and a number are no date before a word in capitals (the extraction dev set's "27. UN-Klimakonferenz")
    ("Die Ergebnisse der 27. UN- Klimakonferenz (COP27) wurden als überwiegend schwach bewertet, sagen Forscher.", None),
    # a place in capitals and a full stop, no agency: no dateline
    ("WASHINGTON. The president said on Monday that the talks would go on next week in Geneva.", None),
])
def test_datelines_closed_by_a_full_stop_or_with_a_dash_before_the_credit(paragraph: str, dateline: str | None) -> None:
    from core.reading.judge import split_dateline

    found, rest = split_dateline(paragraph)
    assert found == dateline and (dateline is None or rest[:1].isupper())


@pytest.mark.parametrize(("paragraph", "dateline"), [
    # a script's own comma and colon: Ethiopic's "፣" and preface colon "፦" (with the Ethiopian
    # calendar's year after a slash), Urdu's "،"
    ("ባሕር ዳር፣ መጋቢት 12/2018 (ኢዜአ)፦ የከተማው አዲስ ድልድይ ግንባታ ሰኞ ተጀምሯል ተብሏል።", "ባሕር ዳር፣ መጋቢት 12/2018 (ኢዜአ)"),
    ("لاہور، 12 اپریل (اے پی پی): شہر میں نئے پل کی تعمیر پیر کو شروع ہو گئی۔", "لاہور، 12 اپریل (اے پی پی)"),
    # Georgian writes its places and sentences in small letters (Mkhedruli): not a sentence going on
    ("ქუთაისი, 12 აპრილი /ინტერპრესნიუსი/. ქალაქში ახალი ხიდის მშენებლობა ორშაბათს დაიწყო.",
     "ქუთაისი, 12 აპრილი /ინტერპრესნიუსი/"),
    # an agency in capitals after the place's comma, no date, its dash after it
    ("Baku, AZERTAC -- City officials said on Monday that work on the new bridge had begun.", "Baku, AZERTAC"),
    # ... not a word in capitals closed by a full stop, nor a sentence that names someone after the place
    ("Yes, NASA. The agency said on Monday that work on the new launch pad had begun.", None),
    ("Baku, AZERTAC reported on Monday that work on the new bridge had begun in the city.", None),
    ("Tbilisi, Mayor Kakha Kaladze said on Monday, the new bridge will open next year.", None),
    ("لاہور، وزیر اعلیٰ نے پیر کو کہا کہ شہر میں نئے پل کی تعمیر شروع ہو گئی۔", None),
    ("ქუთაისი, მერმა განაცხადა, რომ ქალაქში ახალი ხიდის მშენებლობა დაიწყო.", None),
    ("ባሕር ዳር፣ ከንቲባው እንዳሉት የከተማው አዲስ ድልድይ ግንባታ ሰኞ ተጀምሯል።", None),
])
def test_datelines_with_a_scripts_own_comma_and_an_agency_without_a_date(paragraph: str, dateline: str | None) -> None:
    from core.reading.judge import split_dateline

    found, rest = split_dateline(paragraph)
    assert found == dateline
    assert rest == paragraph if dateline is None else rest and not rest.startswith((" ", ":", "፦", "-", "."))


@pytest.mark.parametrize(("paragraph", "dateline"), [
    # an agency in capitals of any alphabet after the date (Armenian, closed by a colon), or with
    # no dash at all before the report's first capital (AZERTAC's style)
    ("ԳՅՈՒՄՐԻ, 7 ԱՊՐԻԼԻ, ԱՐՄԵՆՊՐԵՍ: Քաղաքում երկուշաբթի սկսվել է նոր կամրջի շինարարությունը։",
     "ԳՅՈՒՄՐԻ, 7 ԱՊՐԻԼԻ, ԱՐՄԵՆՊՐԵՍ"),
    ("Gəncə, 7 aprel, AZƏRTAC Şəhərdə yeni körpünün tikintisinə bazar ertəsi başlanılıb, bələdiyyə bildirib.",
     "Gəncə, 7 aprel, AZƏRTAC"),
    # a day joined to its month by a hyphen (Uzbek, Kazakh), the agency of two words in slashes
    ("SAMARQAND, 7-aprel. /Dunyo IA/. Shaharda yangi ko'prik qurilishi dushanba kuni boshlandi, dedi hokimlik.",
     "SAMARQAND, 7-aprel. /Dunyo IA/"),
    # a place alone before a script's own colon standing apart (Khmer's "៖"), in a script without capitals
    ("សៀមរាប ៖ ការសាងសង់ស្ពានថ្មី បានចាប់ផ្តើម កាលពីថ្ងៃច័ន្ទ នេះបើតាម អាជ្ញាធរខេត្ត ។", "សៀមរាប"),
    # ... not a word in capitals after a date that a sentence goes on from, nor a colon in a sentence
    ("Gəncə, 7 aprel, AZƏRTAC bildirir ki, şəhərdə yeni körpünün tikintisinə başlanılıb.", None),
    ("Paris, 7 April, NATO said on Monday that the new headquarters would open next year.", None),
    # ... nor a sentence's acronym before a capitalised word (an agency with no dash has five capitals or more)
    ("Paris, 7 April, NATO Leaders met on Tuesday to discuss the new headquarters and its cost.", None),
    ("Yesterday, 3 March, NASA Administrator Bo Lind said the launch would slip by a month.", None),
    ("លោកអភិបាល បាននិយាយថា៖ ការសាងសង់ស្ពានថ្មី បានចាប់ផ្តើម កាលពីថ្ងៃច័ន្ទ ។", None),
])
def test_datelines_of_the_caucasus_central_asia_and_khmer(paragraph: str, dateline: str | None) -> None:
    from core.reading.judge import split_dateline

    found, rest = split_dateline(paragraph)
    assert found == dateline
    assert rest == paragraph if dateline is None else rest and not rest.startswith((" ", ":", "៖", "-", "."))


@pytest.mark.parametrize(("paragraph", "dateline", "rest"), [
    # variant round 38: the reporter of an East Asian agency's formula is the dateline's, not the
    # lead's (Newsis's "기자 =" after its lenticular brackets, China News Service's spaced "(记者 …)"),
    # and CNA's whole dateline stands in full-width brackets
    ("【광주=뉴시스】박서연 기자 = 광주시는 새 교량 공사를 5일 시작했다고 밝혔다.", "【광주=뉴시스】박서연 기자",
     "광주시는 새 교량 공사를 5일 시작했다고 밝혔다."),
    ("中新网广州4月5日电 (记者 李明)广州市政府5日表示，新大桥工程已正式开工。", "中新网广州4月5日电 (记者 李明)",
     "广州市政府5日表示，新大桥工程已正式开工。"),
    ("（中央社記者陳大文高雄5日電）高雄市政府今天表示，新大橋工程已經動工。", "（中央社記者陳大文高雄5日電）",
     "高雄市政府今天表示，新大橋工程已經動工。"),
    ("（中央社高雄5日電）高雄市政府今天表示，新大橋工程已經動工。", "（中央社高雄5日電）", "高雄市政府今天表示，新大橋工程已經動工。"),
    ("（中央社華盛頓5日綜合外電報導）美國港務局今天表示，新大橋工程已經動工。", "（中央社華盛頓5日綜合外電報導）",
     "美國港務局今天表示，新大橋工程已經動工。"),
    ("[광주=뉴시스]박서연 기자 = 광주시는 새 교량 공사를 5일 시작했다고 밝혔다.", "[광주=뉴시스]박서연 기자",
     "광주시는 새 교량 공사를 5일 시작했다고 밝혔다."),
    # the year first, the month and the day with their words (MONTSAME in Mongolian, ELTA's year)
    ("Дархан, 2026 оны 4 дүгээр сарын 5 /МОНЦАМЭ/. Хотын шинэ гүүрийн барилгын ажил өнөөдөр эхэллээ гэж мэдээлэв.",
     "Дархан, 2026 оны 4 дүгээр сарын 5 /МОНЦАМЭ/", "Хотын шинэ гүүрийн барилгын ажил өнөөдөр эхэллээ гэж мэдээлэв."),
    ("Дархан, 4-р сарын 5 /МОНЦАМЭ/. Хотын шинэ гүүрийн барилгын ажил өнөөдөр эхэллээ гэж мэдээлэв.",
     "Дархан, 4-р сарын 5 /МОНЦАМЭ/", "Хотын шинэ гүүрийн барилгын ажил өнөөдөр эхэллээ гэж мэдээлэв."),
    ("Kaunas, 2026 m. balandžio 5 d. (ELTA). Mieste prasidėjo naujo tilto statybos darbai, pranešė savivaldybė.",
     "Kaunas, 2026 m. balandžio 5 d. (ELTA)", "Mieste prasidėjo naujo tilto statybos darbai, pranešė savivaldybė."),
])
def test_east_asian_and_mongolian_agency_formulas_come_off_with_their_reporter(paragraph: str, dateline: str, rest: str) -> None:
    from core.reading.judge import split_dateline

    assert split_dateline(paragraph) == (dateline, rest)


@pytest.mark.parametrize(("paragraph", "dateline"), [
    # Arabic agencies: "في" before the date and the agency in slashes with no dash (MENA, QNA, SPA),
    # the day and month between spaced dashes (KUNA), the whole day in numbers and the agency's
    # word glued to its dash (WAFA), in Western or Arabic-Indic digits
    ("الإسكندرية في 5 أبريل /أ ش أ/ قالت هيئة الميناء إن أعمال الجسر الجديد بدأت اليوم.", "الإسكندرية في 5 أبريل /أ ش أ/"),
    ("الخور في ٠٥ أبريل /قنا/ قالت البلدية إن أعمال الجسر الجديد بدأت اليوم.", "الخور في ٠٥ أبريل /قنا/"),
    ("الأحمدي - 5 - 4 (كونا) -- قالت البلدية إن أعمال الجسر الجديد بدأت اليوم الأحد.", "الأحمدي - 5 - 4 (كونا)"),
    ("نابلس 5-4-2026 وفا- قالت البلدية إن أعمال الجسر الجديد بدأت اليوم.", "نابلس 5-4-2026 وفا"),
    ("نابلس ٥-٤-٢٠٢٦ وفا- قالت البلدية إن أعمال الجسر الجديد بدأت اليوم.", "نابلس ٥-٤-٢٠٢٦ وفا"),
    # ... not a score between dashes, nor a sentence with a date and a dash in it
    ("Arsenal - 3 - 14 (Saka) - The visitors held on for the rest of the second half.", None),
    ("قال المسؤولون في بيان - صدر اليوم - إن الاتفاق سيمدد لعام آخر بعد موافقة البرلمان.", None),
])
def test_arabic_agencies_datelines(paragraph: str, dateline: str | None) -> None:
    from core.reading.judge import split_dateline

    found, rest = split_dateline(paragraph)
    assert found == dateline
    assert rest == paragraph if dateline is None else rest.startswith("قالت")


@pytest.mark.parametrize(("paragraph", "dateline"), [
    # a place whose name opens on an article elided to an apostrophe (Dutch: "'s-Hertogenbosch",
    # "'s-Gravenhage", "'t Harde"), in capitals or not, with a date, an agency or both
    ("'S-GRAVENZANDE, 4 april (NLX) - De gemeente opent volgende week een nieuwe brug over het kanaal.",
     "'S-GRAVENZANDE, 4 april (NLX)"),
    ("’s-Heerenberg (NLX) - De gemeente opent volgende week een nieuwe brug over het kanaal.", "’s-Heerenberg (NLX)"),
    ("'T ZANDVOORT, 4 april - De gemeente opent volgende week een nieuwe brug over het kanaal.", "'T ZANDVOORT, 4 april"),
    # ... not a quotation opening the paragraph, nor an elided word opening a sentence
    ("'We open it next week,' the mayor said (NLX) - and the works begin on Monday at the canal.", None),
    ("'s Ochtends, 4 april - de gemeente opent volgende week een nieuwe brug over het kanaal.", None),
])
def test_a_place_opening_on_an_elided_article_is_a_dateline(paragraph: str, dateline: str | None) -> None:
    from core.reading.judge import lone_dateline, split_dateline

    found, rest = split_dateline(paragraph)
    assert found == dateline
    assert rest == paragraph if dateline is None else rest.startswith("De gemeente")
    if dateline is not None:
        assert lone_dateline(dateline + " -") == dateline


@pytest.mark.parametrize(("paragraph", "dateline", "day"), [
    # Interfax's style: a place in capitals and the day, each closed by a full stop, the agency's
    # name two words joined by a hyphen, or no agency at all
    ("ТЕРНОПІЛЬ. 7 квітня. ПРИКЛАД-УКРАЇНА - Будівництво нового мосту через річку почалося у вівторок, повідомили в міськраді.",
     "ТЕРНОПІЛЬ. 7 квітня. ПРИКЛАД-УКРАЇНА", "2026-04-07"),
    ("ТЕРНОПІЛЬ. 7 квітня. Будівництво нового мосту через річку почалося у вівторок, повідомили в міськраді.",
     "ТЕРНОПІЛЬ. 7 квітня", "2026-04-07"),
    # Hungarian writes the day as an ordinal, with a dot, before the agency's credit
    ("SZEGED, április 7. (PÉLDA) – Kedden megkezdődött az új híd építése a folyón, közölte a városháza.",
     "SZEGED, április 7. (PÉLDA)", "2026-04-07"),
    # a place in capitals and a full stop with no day, or a word that names no month, are none
    ("WASHINGTON. 3 things the president said on Monday about the talks in Geneva next week.", None, None),
    ("UPDATE. 7 April. The president said on Monday that the talks would go on next week.", None, None),
])
def test_datelines_of_a_place_and_day_closed_by_full_stops_and_ordinal_days(paragraph: str, dateline: str | None, day: str | None) -> None:
    from core.reading.judge import dateline_date, split_dateline

    found, rest = split_dateline(paragraph)
    assert found == dateline
    assert rest == paragraph if dateline is None else rest[:1].isupper()
    assert dateline_date(found, year=2026) == day
