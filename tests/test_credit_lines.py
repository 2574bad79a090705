"""Credit lines are metadata, not report text; wire bylines name people (user27, finding 8)."""

from __future__ import annotations

from core.reading.html import parse_html
from core.reading.judge import people_byline, wire_credit
from core.reading.text import parse_text

BODY = (
    "The council voted on Tuesday to close the old harbour bridge to lorries after engineers found cracks in two of its piers.\n\n"
    "The mayor said the repairs would take until spring and cost about 2 million euros, paid from the city's reserve fund.\n\n"
)


def test_contribution_lines_are_credits() -> None:
    for line in (
        "Gazette reporter Ana Ruiz contributed to this report.",
        "With files from The Canadian Press",
        "Additional reporting by Bo Lind in Oslo",
        "Contributing: Ana Ruiz, Bo Lind",
    ):
        assert wire_credit(line) == (), line
    assert wire_credit("Reporting by local media suggested the bridge was unsafe and the mayor agreed.") is None


def test_contribution_line_leaves_the_paragraphs() -> None:
    for line in ("Gazette reporter Ana Ruiz contributed to this report.", "With files from The Canadian Press"):
        text = parse_text(f"Bridge closed to lorries\n\n{BODY}{line}\n", path="x.txt", outlet="Gazette")[0]
        assert all(line not in p for p in text.paragraphs)
        page = f"<html><body><article><h1>Bridge closed to lorries</h1>" + "".join(
            f"<p>{p}</p>" for p in BODY.split("\n\n") if p) + f"<p>{line}</p></article></body></html>"
        html = parse_html(page.encode(), source="x.html")
        assert all(line not in p for p in html.paragraphs)


def test_credit_place_with_region_is_no_name() -> None:
    assert wire_credit("(Reporting by Tom Ward in Wilmington, Delaware; Editing by Ann Lee)") == ("Tom Ward",)
    assert wire_credit("Reporting by Al Bee in Durham, North Carolina; Editing by C Dee") == ("Al Bee",)
    assert wire_credit("Reporting by Ana Ruiz in Lima, Bo Lind and Jo Park in Oslo") == ("Ana Ruiz", "Bo Lind", "Jo Park")


def test_capitals_wire_byline() -> None:
    assert people_byline("JOHN MARSH Associated Press") == "John Marsh"
    assert people_byline("JOHN MARSH, Associated Press") == "John Marsh"
    assert people_byline("ANA DE LA CRUZ") == "Ana de la Cruz"
    assert people_byline("BBC NEWS") == "BBC NEWS"
    text = parse_text(f"Bridge closed to lorries\n\nBy JOHN MARSH Associated Press\n\n{BODY}", path="x.txt", outlet="Gazette")[0]
    assert text.byline == "John Marsh"


def test_an_agency_signed_after_names_in_capitals_is_no_name() -> None:
    # "SEAN O'BRIEN, AP" was "Sean O'Brien, Ap": the agency's initials read as a third name.
    assert people_byline("SEAN O'BRIEN, AP") == "Sean O'Brien"
    assert people_byline("JANE DOE AND BO LIND, AFP") == "Jane Doe and Bo Lind"
    # in mixed case the outlet signed is kept as printed: it may credit a partner ("..., NDR")
    assert people_byline("Jane Doe, CNN") == "Jane Doe, CNN"
    assert people_byline("Doe, Jane") == "Doe, Jane"  # a name written surname first
    assert people_byline("Jane Doe, Chief Reporter") == "Jane Doe, Chief Reporter"
    assert people_byline("Reuters") == "Reuters"  # the outlet alone stays as it is
