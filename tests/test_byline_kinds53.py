"""Bylines by kind (invented inputs): a place or a role after the name the markup marks ("Por
<a>NAME</a> <span>PLACE</span>", "Daga <b>NAME</b>, PLACE"); a role whose qualifier follows it
("Comhfhreagraí Oideachais"); a "by" glued before the name (isiZulu "Ngu-"); invisible direction
marks around a name after Hebrew "מאת"; a Japanese label of roles before the name ("文・写真　"); an
Armenian label set apart by "՝" in a blog theme's line of date, reading time and writer; a Hebrew-
calendar date beside the Gregorian one is a stamp, no paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import clean_byline, is_stamp_block, without_role

BODY = ("<p>The harbour board voted on Monday to rebuild the old ferry pier before the summer season opens.</p>"
        "<p>Work starts in March and the pier will stay closed to walkers until the end of May, the board said.</p>")


#: The same in Hausa, whose "by" ("Daga") opens a byline on a Hausa page only.
BODY_HA = ("<p>Hukumar tashar jiragen ruwa ta amince ranar Litinin da sake gina tsohuwar gadar jirgin ruwa kafin damina.</p>"
           "<p>Aikin zai fara a watan Maris kuma gadar za ta kasance a rufe har zuwa karshen watan Mayu, in ji hukumar.</p>")


def _read(tmp_path: Path, byline: str, lang: str = "en") -> str | None:
    page = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Ferry pier to be rebuilt</title></head><body>'
            f'<article><h1>Ferry pier to be rebuilt</h1><div class="meta">{byline}</div>'
            f'{BODY_HA if lang == "ha" else BODY}</article></body></html>')
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read_file(path)
    return article.byline


@pytest.mark.parametrize(("byline", "lang", "name"), [
    # the place in an element of its own
    ('By <a href="/authors/ana">Ana Example</a> <span class="where">Kessra</span>', "en", "Ana Example"),
    # after a comma, before the date (Hausa "Daga", by)
    ("Daga <b>Musa Misali Sani</b>, Kessra · Talata, 27 Janairu 2026", "ha", "Musa Misali Sani"),
])
def test_a_place_after_the_marked_name_is_none_of_it(tmp_path: Path, byline: str, lang: str, name: str) -> None:
    assert _read(tmp_path, byline, lang) == name


@pytest.mark.parametrize(("byline", "names"), [
    ('By <a href="/a">Ana Example</a> and <a href="/b">Bo Lind</a>', "Ana Example and Bo Lind"),  # two marked names
    ('By <a href="/a">Ana Example</a>, AP', "Ana Example, AP"),  # an agency's credit in capitals
])
def test_what_is_no_place_after_a_marked_name_stays(tmp_path: Path, byline: str, names: str) -> None:
    assert _read(tmp_path, byline) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Niamh Sampla, Comhfhreagraí Oideachais", "Niamh Sampla"),  # Irish: the role, then what it covers
    ("Gwen Enghraifft, Gohebydd Addysg", "Gwen Enghraifft"),  # Welsh
    ("Ana Ejemplo, corresponsal jefe", "Ana Ejemplo"),
    ("Ana Example, reporter and Bo Lind", "Ana Example, reporter and Bo Lind"),  # no qualifier: a joint
])
def test_a_role_with_its_qualifier_after_it_comes_off(text: str, names: str) -> None:
    assert without_role(text) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Ngu-Thandi Sampula", "Thandi Sampula"),  # isiZulu "by", glued with a hyphen
    ("nguThandi Sampula", "Thandi Sampula"),
    ("מאת \u200fדנה דוגמה\u200f", "דנה דוגמה"),  # Hebrew "by", the name between right-to-left marks
    ("文・写真\u3000山田 花子", "山田 花子"),  # Japanese "text and photos", an ideographic space after it
    ("Հեղինակ՝ Անի Օրինակյան", "Անի Օրինակյան"),  # Armenian "author", "՝" for a colon
    ("May 16, 2026 · 2 min · Author: Ana Example", "Ana Example"),  # a blog theme's line: date, minutes, writer
])
def test_by_words_and_labels_come_off_the_names(line: str, names: str) -> None:
    assert clean_byline([line], line=True) == names


@pytest.mark.parametrize("line", ["Nguyen Van Ana", "NGUYEN VAN ANA"])
def test_a_name_that_opens_with_ngu_is_no_byline_by_it(line: str) -> None:
    assert clean_byline([f"By {line}"], line=True) == line


def test_a_hebrew_calendar_date_beside_the_gregorian_is_a_stamp() -> None:
    assert is_stamp_block("ג׳ בניסן ה׳תשפ״ו · 21 במרץ 2026")
    assert is_stamp_block("ט״ז באדר תשפ״ו · 5 במרץ 2026")
    assert not is_stamp_block("שלום לכם · 5 במרץ 2026")


def test_a_publisher_line_names_the_outlet_and_the_agency_credit_stays(tmp_path: Path) -> None:
    """A paper's plain-text copy of an agency's report: "By NAME, AGENCY" over "Published by PAPER,
    DATE" is the paper's article; the agency stays the copy's credit (the dateline's)."""
    path = tmp_path / "ferry.txt"
    path.write_text("Harbour ferry pier to be rebuilt\n\nBy Ana Example, TWN\nPublished by The Kessra Courier, 3 March 2026\n\n"
                    "HOLMBY, March 2 (TWN) - The harbour board voted on Monday to rebuild the old ferry pier before the summer.\n\n"
                    "Work starts in March and the pier will stay closed to walkers until the end of May, the board said.\n",
                    encoding="utf-8")
    (article,) = read_file(path)
    assert (article.outlet, article.byline) == ("The Kessra Courier", "Ana Example")
    assert article.dateline is not None and "TWN" in article.dateline


def test_a_publisher_line_naming_a_person_names_no_outlet() -> None:
    from core.reading.text import publisher_named

    assert publisher_named("Published by The Kessra Courier, 3 March 2026") == "The Kessra Courier"
    assert publisher_named("Published by Ana Example") is None
