"""An e-mail newsletter laid out in tables: the list closing its report's cell is kept, its footer is not (invented inputs)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.judge import is_mail_frame

PARAGRAPHS = [
    "The Lakeside Ferry Company stopped all night crossings between Brenholm and Osterby on Monday after an engine "
    "fault left one of its boats drifting for two hours with forty passengers on board.",
    "The company said engineers had traced the fault to a fuel pump fitted during the winter overhaul, and that the "
    "two other boats of the same class would be inspected before the end of the week.",
    "Passengers who were on the drifting boat described a calm but cold wait before a tug brought it back to harbour "
    "shortly after midnight.",
]
ITEMS = ["Whether the maritime authority orders checks on every boat serviced by the same yard.",
         "Whether day crossings are cut back while the inspections run."]
HEADLINE = "Ferry operator suspends night crossings after engine fault"


def _page(forward: str) -> str:
    cells = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    items = "".join(f"<li>{i}</li>" for i in ITEMS)
    return (
        "<html><body><table width='100%'><tr><td align='center'><table width='600'>"
        "<tr><td style='font-size:11px'>Trouble reading this message? <a href='https://riverpost.example/v/9'>Open it in "
        "your browser</a></td></tr>"
        "<tr><td><p style='font-size:28px'>THE RIVER POST DIGEST</p><p>Tuesday 3 March 2026 &middot; Issue 41</p></td></tr>"
        f"<tr><td><h1>{HEADLINE}</h1><p>By Tomas Reinholt</p>{cells}<p><b>What to look out for:</b></p><ul>{items}</ul></td></tr>"
        "<tr><td><p><b>Sponsored:</b> DeckSafe &mdash; life jackets for every season. <a href='#'>Order now</a></p></td></tr>"
        "<tr><td style='font-size:11px'><p>You are receiving this because you signed up to The River Post Digest. "
        "<a href='https://riverpost.example/unsubscribe?u=1'>Unsubscribe</a> &middot; <a href='#'>Manage preferences</a></p>"
        f"<p>The River Post Digest, 4 Harbour Row, Brenholm</p><p>{forward}</p></td></tr>"
        "</table></td></tr></table></body></html>"
    )


def _message(html: str) -> bytes:
    message = EmailMessage()
    message["From"] = "The River Post Digest <digest@riverpost.example>"
    message["To"] = "reader@example.org"
    message["Subject"] = f"The River Post Digest — {HEADLINE}"
    message["Date"] = "Tue, 03 Mar 2026 07:00:00 +0100"
    message.set_content(f"THE RIVER POST DIGEST\n\n{HEADLINE}\n\nBy Tomas Reinholt\n\n{PARAGRAPHS[0]}\n", cte="quoted-printable")
    message.add_alternative(html, subtype="html", cte="quoted-printable")
    return bytes(message)


@pytest.mark.parametrize("name", ["digest.eml", "digest.html"])
def test_a_newsletter_keeps_the_list_closing_its_cell_and_drops_its_footer(tmp_path: Path, name: str) -> None:
    """The "What to look out for:" list was lost (the extractor drops a list inside a table cell,
    and nothing follows it in the cell), and the footer's postal address and "Forward this to a
    colleague" line were read as the report's last paragraphs."""
    html = _page("Forward this to a colleague who would find it useful.")
    path = tmp_path / name
    path.write_bytes(_message(html) if name.endswith(".eml") else html.encode("utf-8"))
    articles, errors = read_paths([path])
    assert not errors, errors
    [article] = articles
    assert article.paragraphs == (*PARAGRAPHS, "What to look out for:", *ITEMS)
    assert article.byline == "Tomas Reinholt"


@pytest.mark.parametrize("line", [
    "Forward this to a colleague who would find it useful.",
    "Forward this email to a friend",
    "Trouble reading this message? Open it in your browser",
    "Read it in your browser",
])
def test_a_newsletter_s_forward_and_browser_lines_are_its_frame(line: str) -> None:
    assert is_mail_frame(line)


def test_a_paragraph_over_a_list_that_closes_its_box_without_a_colon_brings_no_list(tmp_path: Path) -> None:
    """Only a paragraph that announces the list with a colon takes the list closing its box (a
    box's list of other things stays out)."""
    html = _page("Forward this to a colleague.").replace("<p><b>What to look out for:</b></p>", "")
    path = tmp_path / "digest.html"
    path.write_text(html, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    assert articles[0].paragraphs == tuple(PARAGRAPHS)
