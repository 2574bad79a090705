"""An e-mail newsletter set as a web page (a campaign's archive copy, invented inputs): its
template's preheader and footer cells, a button's cell and a line of "follow us" links are no
paragraphs; a blog's "post-footer" <div> and a writer's own profile links stay the byline's."""

from __future__ import annotations

import lxml.html
import pytest

from core.reading.html import _profile_lines, parse_html

LEAD = "Il-port tas-sajd se jingħalaq għal xahar sħiħ mill-1 ta' Frar biex jitlesta x-xogħol fuq il-moll il-ġdid."
SECOND = "Is-sajjieda se jkunu jistgħu jużaw port ieħor matul dan iż-żmien, iżda jgħidu li l-ispazju mhux biżżejjed."
THIRD = "Is-suq tal-Ħadd fuq ix-xatt se jibqa' għaddej bħas-soltu, skont il-kunsill lokali."


def _mail(body_cells: str, footer: str) -> str:
    return ("<!DOCTYPE html><html lang='mt'><head><meta charset='utf-8'><title>Il-port jingħalaq</title></head><body>"
            "<table id='bodyTable' width='100%'><tr><td id='bodyCell'><table class='templateContainer'>"
            "<tr><td id='templateBody'><table class='mcnTextBlock'><tr><td class='mcnTextContent'>"
            f"<h1>Il-port jingħalaq</h1><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p></td></tr></table>"
            f"{body_cells}</td></tr>"
            f"<tr><td id='templateFooter'><table class='mcnTextBlock'><tr><td class='mcnTextContent'>{footer}</td></tr>"
            "</table></td></tr></table></td></tr></table></body></html>")


FOOTER = ("<em>Copyright © 2026 Il-Gazzetta tal-Moll.</em><br><strong>L-indirizz tagħna huwa:</strong><br>"
          "Triq il-Moll 12 · Marsaxlokk · Malta<br>Tista' <a href='*|UNSUB|*'>tneħħi ismek minn din il-lista</a>.")


def test_a_mail_templates_footer_button_and_follow_line_are_no_paragraphs() -> None:
    cells = ("<table class='mcnButtonBlock'><tr><td><a class='mcnButton' href='https://example.org/donate'>"
             "Appoġġja l-ġurnaliżmu lokali</a></td></tr></table>"
             "<table class='mcnFollowBlock'><tr><td><a href='https://facebook.com/gazzetta'>Facebook</a> "
             "<a href='https://www.instagram.com/gazzetta/'>Instagram</a></td></tr></table>")
    article = parse_html(_mail(cells, FOOTER).encode(), source="x.html")
    assert article.paragraphs == (LEAD, SECOND, THIRD)


def test_a_blogs_post_footer_div_keeps_its_author() -> None:
    page = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ferry runs again</title></head><body>"
            "<div class='post'><h3 class='post-title'>Ferry runs again</h3><div class='post-body'>"
            "<p>The ferry to the north quay ran again on Monday after three weeks of repairs to its ramp.</p>"
            "<p>The operator said the timetable would be back to normal from next week.</p></div>"
            "<div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn'>Ana Example</span></span>"
            "</div></div></body></html>")
    assert parse_html(page.encode(), source="x.html").byline == "Ana Example"


@pytest.mark.parametrize(("line", "follow"), [
    ("<p><a href='https://facebook.com/gazzetta'>Facebook</a> | <a href='https://x.com/gazzetta'>X</a></p>", True),
    ("<div>Follow us: <a href='https://www.youtube.com/@gazzetta'>YouTube</a></div>", True),
    # a writer's own profile by name, the writer's links in an author's element, a post on a network
    ("<p><a href='https://x.com/anaexample'>Ana Example</a></p>", False),
    ("<div class='author-social'><a href='https://x.com/anaexample'>X</a></div>", False),
    ("<p><a href='https://x.com/gazzetta/status/123'>See the video</a></p>", False),
])
def test_a_line_of_links_to_social_profiles(line: str, follow: bool) -> None:
    root = lxml.html.fragment_fromstring(f"<div><p>{LEAD}</p>{line}</div>")
    assert bool(_profile_lines(root)) is follow
