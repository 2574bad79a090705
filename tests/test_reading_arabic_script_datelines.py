"""A Persian or Arabic agency's dateline alone on its line above the lead is the report's
dateline, whichever of its shapes it has: the place and the agency after a slash ("أنقرة/
الأناضول"), after a dash with a dash closing it or not ("شهرک - خبرنامه -"; "شهرک – ایرنا", an agency's name), or in
brackets ("شهرک (خبرنامه) -"); not a paragraph, in plain text and HTML alike."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import lone_dateline, split_dateline
from core.reading.text import parse_text

FA = ["وزارت نیرو روز سه‌شنبه از افتتاح یک نیروگاه خورشیدی تازه در حومه شهر خبر داد و گفت ظرفیت آن صد مگاوات است.",
      "به گفته مسئولان، این نیروگاه برق بیش از پنجاه هزار خانوار را در سال تامین خواهد کرد و هزینه‌ها را کاهش می‌دهد."]


@pytest.mark.parametrize(("line", "dateline"), [
    # (with no dash closing it, the word after the dash is an agency's, IRNA's: a subhead of two
    # phrases joined by a dash has that shape too, tests/test_reading_dateline_shapes.py)
    ("شهرک – ایرنا", "شهرک – ایرنا"),
    ("شهرک – خبرنامه", None),
    ("شهرک - خبرنامه -", "شهرک - خبرنامه"),
    ("شهرک- خبرنامه-", "شهرک- خبرنامه"),
    ("شهرک (خبرنامه) -", "شهرک (خبرنامه)"),
    ("شهرک (خبرنامه)", "شهرک (خبرنامه)"),
    ("بندر نو – ایرنا", "بندر نو – ایرنا"),
    ("وزیر گفت - این طرح برای شهر بسیار مهم است", None),  # a sentence with a dash
    ("شهرک (خبرنامه) این طرح را مهم خواند", None),  # a sentence with a word in brackets
])
def test_a_lone_persian_dateline(line: str, dateline: str | None) -> None:
    assert lone_dateline(line) == dateline


def test_in_a_paragraph_the_dashed_form_still_needs_its_closing_dash() -> None:
    assert split_dateline(f"شهرک - خبرنامه - {FA[0]}") == ("شهرک - خبرنامه", FA[0])
    assert split_dateline(f"شهرک - خبرنامه {FA[0]}")[0] is None


@pytest.mark.parametrize("dateline", ["شهرک – ایرنا", "شهرک - خبرنامه -", "شهرک (خبرنامه) -"])
def test_a_lone_persian_dateline_above_the_lead_in_text_and_html(dateline: str) -> None:
    (text,) = parse_text("نیروگاه خورشیدی تازه\n\n" + "\n\n".join([dateline, *FA]) + "\n", path="x.txt", filed=None)
    page = ("<html><head><meta charset='utf-8'><title>نیروگاه خورشیدی تازه</title></head><body><h1>نیروگاه خورشیدی تازه</h1>"
            + "".join(f"<p>{p}</p>" for p in [dateline, *FA]) + "</body></html>")
    html = parse_html(page.encode(), source="x.html")
    for article in (text, html):
        assert article.dateline == dateline.rstrip(" -")
        assert article.paragraphs == tuple(FA)
