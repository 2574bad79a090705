"""A forum post's quotation of a report, set in an <aside> among the post's paragraphs (a
Discourse topic's "<aside class=quote>"), is part of the post, once; the forum software's credit
under the page ("Powered by X, best viewed with JavaScript enabled") is no paragraph."""

from __future__ import annotations

from core.reading.html import parse_html

QUOTED = "The harbour board voted on Monday to extend the north quay by forty metres, at a cost of two million pounds."
OWN = "Does anyone know whether the fishing boats will have to move while the work is done?"


def _page(aside: str) -> bytes:
    return ("<html lang='en'><head><title>Quay extension - Saltby Talk</title><meta property='og:site_name' content='Saltby Talk'>"
            "</head><body><div id='main-outlet'><h1>Quay extension</h1><div class='topic-body crawler-post'>"
            f"<div class='post' itemprop='articleBody'><p>From the paper this morning:</p>{aside}<p>{OWN}</p></div></div>"
            "<p class='powered-by-link'>Powered by <a href='https://forum.example'>Threadly</a>, best viewed with JavaScript enabled</p>"
            "</div></body></html>").encode()


def test_a_quoted_report_in_an_aside_is_the_posts_text_once() -> None:
    for aside in (f"<aside class='quote no-group'><blockquote><p>{QUOTED}</p></blockquote></aside>",
                  f"<aside><div class='title'>harbourfan:</div><blockquote><p>{QUOTED}</p></blockquote></aside>"):
        paragraphs = list(parse_html(_page(aside), source="x.html").paragraphs)
        assert sum(QUOTED in p for p in paragraphs) == 1, paragraphs
        assert any(OWN in p for p in paragraphs)
        assert not any("Powered by" in p or "harbourfan" in p for p in paragraphs), paragraphs
