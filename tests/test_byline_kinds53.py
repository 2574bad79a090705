"""Bylines by kind (invented inputs): what follows the name a byline box marks ("Por <a>NAME</a>
<span>PLACE</span>", "Daga <b>NAME</b>, PLACE") is a place where the page names its own outlet, this is
none of it nor shaped as one, and its headline names it; else the outlet it signs for, as the byline
convention has it; a role whose qualifier follows it ("Comhfhreagraí Oideachais"); a "by" glued before
the name (isiZulu "Ngu-"); invisible direction marks around a name after Hebrew "מאת"; a Japanese label
of roles before the name ("文・写真　"); an Armenian label set apart by "՝" in a blog theme's line of
date, reading time and writer; a Hebrew-calendar date beside the Gregorian one is a stamp, no
paragraph; a plain text's "Published by PAPER" line names the outlet over the agency a byline signs for."""

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


def _article(tmp_path: Path, byline: str, lang: str = "en", *, head: str = "", title: str = "Ferry pier to be rebuilt"):  # type: ignore[no-untyped-def]
    page = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
            f'<article><h1>{title}</h1><div class="meta">{byline}</div>'
            f'{BODY_HA if lang == "ha" else BODY}</article></body></html>')
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read_file(path)
    return article


def _read(tmp_path: Path, byline: str, lang: str = "en") -> str | None:
    return _article(tmp_path, byline, lang).byline  # type: ignore[no-any-return]


#: A page that names its own outlet, and a headline that names a place.
SITE = '<meta property="og:site_name" content="Harbour Post">'
KESSRA = "Kessra ferry pier to be rebuilt"


@pytest.mark.parametrize(("byline", "lang", "title"), [
    # the place in an element of its own, after the linked name
    ('By <a href="/authors/ana">Ana Example</a> <span class="where">Kessra</span>', "en", KESSRA),
    # after a comma, before the date (Hausa "Daga", by; the headline "the farmers of Kessra ...")
    ("Daga <b>Musa Misali Sani</b>, Kessra · Talata, 27 Janairu 2026", "ha", "Manoman Kessra sun fara noman rani"),
])
def test_a_place_after_the_marked_name_is_none_of_it(tmp_path: Path, byline: str, lang: str, title: str) -> None:
    """What follows a byline's names, set apart by a comma or by an element of its own, is a place
    where the page names another outlet for its own and its headline names it: no part of the
    byline, but where the report is from (its dateline, as byline_place gives it)."""
    article = _article(tmp_path, byline, lang, head=SITE, title=title)
    name = "Ana Example" if lang == "en" else "Musa Misali Sani"
    assert (article.byline, article.outlet, article.dateline) == (name, "Harbour Post", "Kessra")


@pytest.mark.parametrize(("head", "byline", "title", "names", "outlet"), [
    # an outlet in an element of its own, on a page naming no site: the outlet it signs for
    ("", 'By <a href="/p/karin">Karin Vik</a> <span class="paper">Seezeitung</span>', KESSRA, "Karin Vik", "Seezeitung"),
    # the page's own outlet, which its headline names too
    ('<meta property="og:site_name" content="Seezeitung">', 'By <a href="/p/karin">Karin Vik</a>, Seezeitung',
     "Seezeitung readers vote on the ferry pier", "Karin Vik", "Seezeitung"),
    # a name shaped as an outlet's (a radio station) that the headline names: a partner's credit
    (SITE, 'By <a href="/p/karin">Karin Vik</a>, Kessra Radio', "Kessra Radio hears of the ferry pier",
     "Karin Vik, Kessra Radio", "Harbour Post"),
    # a place the headline does not name: as the byline signs it
    (SITE, 'By <a href="/p/karin">Karin Vik</a>, Holm', KESSRA, "Karin Vik, Holm", "Harbour Post"),
])
def test_an_outlet_after_the_marked_name_stays_its_outlet(tmp_path: Path, head: str, byline: str, title: str, names: str,
                                                          outlet: str) -> None:
    article = _article(tmp_path, byline, head=head, title=title)
    assert (article.byline, article.outlet) == (names, outlet)


def test_a_place_after_a_plain_texts_byline_that_its_dateline_gives_is_none_of_it() -> None:
    from core.reading.text import parse_text

    [article] = parse_text("Ferry pier to be rebuilt\nBy Ana Example, Kessra\n\nKESSRA, March 2 - The harbour board voted on "
                           "Monday to rebuild the old ferry pier before the summer.\n\nWork starts in March, the board said.\n")
    assert (article.byline, article.dateline) == ("Ana Example", "KESSRA, March 2")


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
