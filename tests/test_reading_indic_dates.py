"""Dates with the month's name in an Indian language ("5 दिसंबर 2026", "दिसंबर 05, 2026 10:30
IST"), in its digits or ASCII ones, are read in a page's date or info line, in HTML, text and
feed bodies alike: their vowel signs are part of the month's word, and May is a word of two
letters ("मई", "মে", "மே")."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import dateline_date, find_datetime, info_line
from core.reading.text import parse_text


@pytest.mark.parametrize("line, day", [
    ("5 दिसंबर 2026", "2026-12-05"),  # Hindi
    ("दिसंबर 05, 2026 10:30 IST", "2026-12-05"),
    ("५ मई २०२६", "2026-05-05"),  # Hindi, its own digits
    ("5 डिसेंबर 2026", "2026-12-05"),  # Marathi
    ("5 मे 2026", "2026-05-05"),
    ("৫ ডিসেম্বর ২০২৬", "2026-12-05"),  # Bengali
    ("৫ মে, ২০২৬", "2026-05-05"),
    ("5 டிசம்பர் 2026", "2026-12-05"),  # Tamil
    ("மே 5, 2026", "2026-05-05"),
    ("5 డిసెంబర్ 2026", "2026-12-05"),  # Telugu
    ("5 ડિસેમ્બર 2026", "2026-12-05"),  # Gujarati
    ("5 ਦਸੰਬਰ 2026", "2026-12-05"),  # Punjabi
    ("٥ دسمبر ٢٠٢٦", "2026-12-05"),  # Urdu
])
def test_an_indian_language_s_month_dates_a_line(line: str, day: str) -> None:
    assert find_datetime(line) == day
    info = info_line(line)
    assert info is not None and info.published == day


def test_a_hindi_info_line_gives_its_date_and_writer() -> None:
    info = info_line("प्रकाशित: 5 दिसंबर 2026 10:30 IST | लेखक: राम कुमार")
    assert info is not None
    assert info.published == "2026-12-05"
    assert info.writers == ("राम कुमार",)


def test_a_hindi_agency_dateline_gives_its_day() -> None:
    assert dateline_date("नई दिल्ली, 5 दिसंबर (भाषा)", year=2026) == "2026-12-05"
    assert dateline_date("चेन्नई, ५ मई", year=2026) == "2026-05-05"


def test_an_abbreviation_of_two_letters_is_no_month() -> None:
    # Tamil's "ஜன" (Jan.), as short as a word: only a month's full name of two letters is one
    assert find_datetime("5 ஜன 2026") is None


HI_BODY = ("शहर में आज नई मेट्रो लाइन का उद्घाटन किया गया, जिससे पूर्वी इलाकों के हजारों यात्रियों को राहत मिलेगी।",
           "परिवहन विभाग के अधिकारियों ने बताया कि नई लाइन पर हर दस मिनट में एक ट्रेन चलेगी।",
           "स्थानीय व्यापारियों ने कहा कि इससे बाज़ारों तक पहुंचना आसान होगा और बिक्री बढ़ेगी।")


def test_a_hindi_page_s_date_line_dates_it() -> None:
    page = ("<html lang='hi'><head><meta charset='utf-8'><title>मेट्रो लाइन शुरू</title></head><body>"
            "<h1>शहर में नई मेट्रो लाइन का उद्घाटन हुआ</h1><p>अपडेटेड: दिसंबर 05, 2026 10:30 IST</p>"
            + "".join(f"<p>{p}</p>" for p in HI_BODY) + "</body></html>")
    article = parse_html(page.encode(), source="x.html")
    # ("IST" is India's and Ireland's: no offset, the page's wall clock)
    assert article.published == "2026-12-05T10:30:00"
    assert article.paragraphs[0] == HI_BODY[0]


def test_a_hindi_text_s_date_line_dates_it() -> None:
    text = "शहर में नई मेट्रो लाइन का उद्घाटन हुआ\n\n5 दिसंबर 2026\n\n" + "\n\n".join(HI_BODY) + "\n"
    (article,) = parse_text(text, path="x.txt")
    assert article.published == "2026-12-05"
    assert article.paragraphs[0] == HI_BODY[0]
