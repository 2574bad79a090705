"""Plain text as print and agency desks leave it: the desk's initials in small letters under the
last sentence of hard-wrapped copy (a sign-off, no line of the paragraph above them), words a
line's end breaks with a hyphen (joined whole, unless the page writes them with a hyphen), and
an e-paper export's running head (outlet, issue date, page number, printed again on each page):
furniture, though the issue's date is the article's."""

from __future__ import annotations

from core.reading.judge import split_units
from core.reading.text import parse_text

WIRE = """Fishers block the old ferry ramp at Tollen

Tollen 4. dubna (XTA) - Some forty fishers blocked the old ferry ramp at
Tollen on Tuesday morning with their boats. The harbour master said
traffic would resume in the afternoon.
    The fishers want a share of the new
quay, which opens in May.
    The ferry will run again from six
o'clock.
abc xyz
"""


def test_desk_initials_under_the_last_wrapped_sentence_are_dropped_and_the_paragraph_kept() -> None:
    article = parse_text(WIRE, path="wire.txt")[0]
    assert article.paragraphs[-1] == "The ferry will run again from six o'clock."
    assert len(article.paragraphs) == 3
    assert not any("abc xyz" in p for p in article.paragraphs)


def test_a_line_of_small_words_that_goes_on_is_not_taken_for_initials() -> None:
    text = ("The council met on Tuesday to decide the budget for the coming year, and the\n"
            "mayor said the port would get more money than the year before. It was\n"
            "not so\n")
    assert any(unit.endswith("not so") for unit, _ in split_units(text))


EPAPER = """THE VALLEY LEDGER  |  TUESDAY, MARCH 3, 2026  |  PAGE 7
COUNTY

Ferry operator raises fares on
the northern crossing in April

The ferry operator will raise fares on the northern cross-
ing by a tenth from April, to pay for new engines on both
of its boats. The two-thirds of riders who hold a season
ticket will pay the old price until the summer.
   Riders said the operator had not asked them. "We heard
it on the radio," said one commuter, Tom Ex-
ample, who crosses twice a day.
THE VALLEY LEDGER  |  TUESDAY, MARCH 3, 2026  |  PAGE 8
   The operator will explain the rise at a meeting in the
town hall next week, with the two-
thirds of season-ticket holders invited.
"""


def test_an_epaper_exports_running_head_is_furniture_and_dates_the_issue() -> None:
    article = parse_text(EPAPER, path="page.txt")[0]
    assert article.title == "Ferry operator raises fares on the northern crossing in April"
    assert not any("PAGE" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 3
    assert (article.published or "").startswith("2026-03-03")


def test_words_broken_at_a_line_end_are_joined_whole() -> None:
    article = parse_text(EPAPER, path="page.txt")[0]
    assert "on the northern crossing by a tenth" in article.paragraphs[0]
    assert "said one commuter, Tom Example, who" in article.paragraphs[1]
    # the page writes "two-thirds" with its hyphen: a break on it keeps it
    assert "with the two-thirds of season-ticket holders" in article.paragraphs[2]


def test_update_times_printed_again_are_not_a_running_head() -> None:
    text = ("Storm closes the harbour road\n\n"
            "Updated 12:30 on the harbour road\n\n"
            "The harbour road was closed on Tuesday after the storm brought down two trees on it.\n\n"
            "Updated 13:45 on the harbour road\n\n"
            "Crews cleared the first tree by noon and hoped to open one lane before the evening.\n")
    article = parse_text(text, path="storm.txt")[0]
    assert article.title == "Storm closes the harbour road"
