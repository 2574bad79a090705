"""HTML newsletters and page furniture made of the report's own words (core/reading/html.py):
a table layout's blocks stay blocks, a newsletter of headed items gives one article per item,
and a pull quote that repeats the body is no paragraph of its own. Invented pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.html import fragment_blocks, parse_html

BRIDGE = ("Repairs to the Marrow Bridge will take until June, three months longer than planned, "
          "after engineers found cracks in two of its piers, the county said on Monday.")
BRIDGE_2 = "Buses will keep using the temporary crossing at Eastferry until then."
LIBRARY = ("Marrowby's central library reopened on Monday after a two-year refit that cost 6.2 million "
           "pounds and added a children's floor and a cafe.")
LIBRARY_2 = '"We have more visitors on day one than in a whole month before," librarian Ines Okafor said.'
FERRY = ("The harbour board froze ferry fares across the Marrow for another year at its meeting on "
         "Monday evening, citing a drop in passengers since the autumn.")
FERRY_2 = "Board chair Tomas Reyes said the decision would be reviewed in March."

ITEMS = f"""
<p style="font-size:10px">View this email in your browser | Forward to a friend</p>
<h1>The Evening Ledger</h1>
<p><em>Monday 9 February 2026 &middot; Marrowby in three minutes</em></p>
<p>Good evening. Here is what happened in town today.</p>
<hr>
<h2>1. Bridge repairs run late</h2>
<p>{BRIDGE}</p>
<p>{BRIDGE_2}</p>
<p><a href="https://ledger.example/2026/02/09/bridge">Read the full story</a></p>
<hr>
<h2>2. Library opens its doors again</h2>
<p>{LIBRARY}</p>
<p>{LIBRARY_2}</p>
<p><a href="https://ledger.example/2026/02/09/library">Read more &raquo;</a></p>
<hr>
<h2>3. Ferry fares frozen</h2>
<p>{FERRY}</p>
<p>{FERRY_2}</p>
<hr>
<p style="font-size:10px">You are receiving this email because you signed up at ledger.example.
<a href="#">Unsubscribe</a> | <a href="#">Manage preferences</a></p>
<p style="font-size:10px">The Evening Ledger, 12 Mill Lane, Marrowby</p>
"""

TABLE_PAGE = f"""<html><body><table width="600" align="center"><tr><td>{ITEMS}</td></tr></table></body></html>"""
DIV_PAGE = f"""<html><body><div class="wrapper">{ITEMS}</div></body></html>"""
#: The same newsletter as many mailers lay it out: one table row per item, nested tables.
NESTED_PAGE = f"""<html><body><table><tr><td><table>
<tr><td><p>View this email in your browser</p><h1>The Evening Ledger</h1><p>Good evening.</p></td></tr>
<tr><td><h2>Bridge repairs run late</h2><p>{BRIDGE}</p><p><a href="https://ledger.example/b">Read more</a></p></td></tr>
<tr><td><h2>Library opens its doors again</h2><p>{LIBRARY}</p><p><a href="https://ledger.example/l">Read more</a></p></td></tr>
<tr><td><p>Unsubscribe | Manage preferences</p></td></tr>
</table></td></tr></table></body></html>"""

FURNITURE = ("View this email", "Forward to a friend", "Read the full story", "Read more", "Unsubscribe",
             "Manage preferences", "12 Mill Lane", "Good evening")


def _items(pages: list[tuple[str, str, tuple[str, ...]]]) -> list[tuple[str, tuple[str, ...]]]:
    return [(title, paragraphs) for title, _, paragraphs in pages]


EXPECTED = [
    ("Bridge repairs run late", (BRIDGE, BRIDGE_2)),
    ("Library opens its doors again", (LIBRARY, LIBRARY_2)),
    ("Ferry fares frozen", (FERRY, FERRY_2)),
]


@pytest.mark.parametrize("page", [TABLE_PAGE, DIV_PAGE], ids=["table", "div"])
def test_a_newsletter_page_of_headed_items_gives_one_article_per_item(tmp_path: Path, page: str) -> None:
    # A fresh user's newsletter (table layout) was one paragraph of glued text, its three items one
    # article in one story; laid out in <div>s it was eleven paragraphs, still one article.
    path = tmp_path / "ledger.html"
    path.write_text(page, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    assert [(a.title, a.paragraphs) for a in articles] == EXPECTED
    for article in articles:
        assert not any(word in p for p in article.paragraphs for word in FURNITURE), article.paragraphs


def test_a_newsletter_laid_out_one_table_row_per_item_is_split_too(tmp_path: Path) -> None:
    path = tmp_path / "ledger.html"
    path.write_text(NESTED_PAGE, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    assert [(a.title, a.paragraphs) for a in articles] == [
        ("Bridge repairs run late", (BRIDGE,)), ("Library opens its doors again", (LIBRARY,)),
    ]


def test_an_html_only_newsletter_message_gives_one_article_per_item(tmp_path: Path) -> None:
    message = (
        "From: The Evening Ledger <news@ledger.example>\nTo: reader@example.org\n"
        "Subject: Evening Ledger: bridge, library, ferry\nDate: Mon, 09 Feb 2026 18:00:00 +0000\n"
        "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + TABLE_PAGE
    )
    path = tmp_path / "ledger.eml"
    path.write_text(message, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    assert [(a.title, a.paragraphs) for a in articles] == EXPECTED
    assert {(a.outlet, a.published) for a in articles} == {("The Evening Ledger", "2026-02-09T18:00:00+00:00")}


def test_blocks_inside_a_layout_table_s_cells_are_blocks_of_their_own(tmp_path: Path) -> None:
    # One report laid out in a table (a cell of paragraphs beside a cell of more): its words were
    # glued across the blocks ("...on Monday.Buses will...").
    page = f"""<html><head><title>Bridge repairs run late</title></head><body><table><tr>
<td><h1>Bridge repairs run late</h1><p>{BRIDGE}</p><p>{BRIDGE_2}</p></td>
<td><p>{LIBRARY}</p><div>{FERRY}</div></td></tr></table></body></html>"""
    article = parse_html(page.encode(), source="bridge.html")
    assert article.paragraphs == (BRIDGE, BRIDGE_2, LIBRARY, FERRY)


def test_a_data_table_s_row_stays_one_line_with_its_cells_apart() -> None:
    blocks = fragment_blocks("<p>Results:</p><table><tr><td>Holmvik</td><td>2</td></tr><tr><td>Kessra</td><td>1</td></tr></table>")
    assert [b.text for b in blocks] == ["Results:", "Holmvik 2", "Kessra 1"]


def test_an_article_with_subheads_and_teasers_with_read_more_links_stays_one_article(tmp_path: Path) -> None:
    # A report's subheads are not items, and the teasers under it ("Read more") are not its report.
    page = f"""<html><head><title>Bridge repairs run late</title></head><body><article>
<h1>Bridge repairs run late</h1>
<p>{BRIDGE}</p>
<h2>What it means for buses</h2>
<p>{BRIDGE_2} The county said the route would add ten minutes to the journey into town.</p>
<h2>Why it took longer</h2>
<p>Engineers found the cracks in January during a routine inspection, and the repair needed steel that had to be ordered from abroad.</p>
</article>
<section><h3>Library opens its doors again</h3><p>{LIBRARY}</p><p><a href="/l">Read more</a></p>
<h3>Ferry fares frozen</h3><p>{FERRY}</p><p><a href="/f">Read more</a></p></section>
</body></html>"""
    path = tmp_path / "bridge.html"
    path.write_text(page, encoding="utf-8")
    [article], errors = read_paths([path])
    assert not errors
    assert article.title == "Bridge repairs run late"
    assert article.paragraphs[0] == BRIDGE
    assert "What it means for buses" in article.paragraphs


QUOTE = "We have more visitors on day one than in a whole month before"


@pytest.mark.parametrize("pull", [
    f'<blockquote class="pull-quote"><p>"{QUOTE}."</p></blockquote>',
    f"<aside><blockquote>“{QUOTE}”</blockquote></aside>",
    f'<figure class="quote"><blockquote><p>{QUOTE}</p></blockquote><figcaption>Ines Okafor</figcaption></figure>',
    f'<p class="pullquote">“{QUOTE}”</p>',
    f'<div class="article__pull-quote"><span>{QUOTE} ...</span></div>',
], ids=["blockquote", "aside", "figure", "p-class", "div-class"])
def test_a_pull_quote_repeating_the_body_is_no_paragraph(pull: str) -> None:
    # A fresh user's pull quote was a paragraph of its own: the quote twice in the gutter, the
    # matrix and the quotes view.
    page = f"""<html><head><title>Library opens its doors again</title></head><body><article>
<h1>Library opens its doors again</h1><p>{LIBRARY}</p>{pull}<p>{LIBRARY_2}</p><p>{FERRY_2}</p></article></body></html>"""
    article = parse_html(page.encode(), source="library.html")
    assert article.paragraphs == (LIBRARY, LIBRARY_2, FERRY_2)


def test_a_block_quote_that_is_the_only_place_of_its_words_stays() -> None:
    page = f"""<html><head><title>Library opens its doors again</title></head><body><article>
<h1>Library opens its doors again</h1><p>{LIBRARY}</p><p>Librarian Ines Okafor said:</p>
<blockquote><p>"{QUOTE}."</p></blockquote><p>{FERRY_2}</p></article></body></html>"""
    article = parse_html(page.encode(), source="library.html")
    assert f'"{QUOTE}."' in article.paragraphs


def test_a_feed_entry_s_pull_quote_repeating_its_body_is_no_paragraph() -> None:
    from core.reading.html import fragment_article

    html = f'<p>{LIBRARY}</p><blockquote class="pull">{QUOTE} ...</blockquote><p>{LIBRARY_2}</p>'
    article = fragment_article(html, source="feed.xml", outlet="Ledger", title="Library", url=None, authors=[], published=None)
    assert article.paragraphs == (LIBRARY, LIBRARY_2)


def test_a_menu_in_a_layout_table_s_cell_is_no_paragraph() -> None:
    # Laid out in a table, a site's menu beside the report was glued into it; read cell by cell,
    # its links would be a paragraph each.
    page = f"""<html><head><title>Bridge repairs run late</title></head><body><table><tr>
<td><p>Front page</p><p>Town news</p><p>Sport</p><p>Letters</p><p>Previous week</p></td>
<td><h1>Bridge repairs run late</h1><p>{BRIDGE}</p><p>{BRIDGE_2}</p><p>{FERRY}</p></td></tr></table></body></html>"""
    article = parse_html(page.encode(), source="bridge.html")
    assert article.paragraphs == (BRIDGE, BRIDGE_2, FERRY)


def test_a_single_story_message_s_frame_is_no_paragraph(tmp_path: Path) -> None:
    page = f"""<html><body><table><tr><td>
<p>View this email in your browser</p><h1>Bridge repairs run late</h1><p>{BRIDGE}</p><p>{BRIDGE_2}</p>
<p>Forward this email to a friend</p><p>You're receiving this email because you follow the Ledger. Update your preferences</p>
</td></tr></table></body></html>"""
    path = tmp_path / "bridge.html"
    path.write_text(page, encoding="utf-8")
    [article], errors = read_paths([path])
    assert not errors
    assert article.paragraphs == (BRIDGE, BRIDGE_2)


def test_an_archived_newsletter_page_is_read_as_its_items() -> None:
    # An archive's web page goes through the same reader as a file: a newsletter gives its items.
    from core.archive.stages import read_html

    articles, problem = read_html(TABLE_PAGE.encode(), source="ledger.warc#1", url="https://ledger.example/n/9")
    assert problem is None
    assert [a.title for a in articles] == ["Bridge repairs run late", "Library opens its doors again", "Ferry fares frozen"]


#: A newsletter as a blogging platform sends it: each item headed by a paragraph in bold (ending
#: on a full stop, as many are), the items between rules, a greeting above and a sign-off below.
BOLD_ITEMS_PAGE = f"""<html><head><title>Marrowby Notes #12</title></head><body><div class="post">
<h1>Marrowby Notes #12: a bridge, a library, a ferry</h1>
<div class="body markup">
<p>Hello again, and welcome to the 40 new subscribers who joined this week.</p>
<hr>
<p><strong>The bridge waits.</strong></p>
<p>{BRIDGE}</p>
<p>{BRIDGE_2}</p>
<hr>
<p><strong>Library opens its doors again</strong></p>
<p>{LIBRARY}</p>
<p>{LIBRARY_2}</p>
<hr>
<p><b>Fares, frozen.</b></p>
<p>{FERRY}</p>
<hr>
<p>That's all for this week. If you liked this, forward it to a friend.</p>
<p><a href="#">Subscribe now</a> · <a href="#">Share</a> · <a href="#">Leave a comment</a></p>
</div></div></body></html>"""


def test_a_newsletter_of_items_headed_in_bold_between_rules_gives_one_article_per_item(tmp_path: Path) -> None:
    # A fresh user's Substack-style newsletter (bold heads, <hr> between items) was one article in
    # one story, its greeting, item heads and sign-off stored as paragraphs.
    path = tmp_path / "notes.html"
    path.write_text(BOLD_ITEMS_PAGE, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    assert [(a.title, a.paragraphs) for a in articles] == [
        ("The bridge waits.", (BRIDGE, BRIDGE_2)),
        ("Library opens its doors again", (LIBRARY, LIBRARY_2)),
        ("Fares, frozen.", (FERRY,)),
    ]


@pytest.mark.parametrize("rule", ["<hr>", ""], ids=["rules", "no-rules"])
def test_an_article_with_bold_subheads_and_lead_ins_stays_one_article(tmp_path: Path, rule: str) -> None:
    # A report's bold subheads (and rules between its sections) are not items: its lead is a report.
    page = f"""<html><head><title>Bridge repairs run late</title></head><body><article>
<h1>Bridge repairs run late</h1>
<p>{BRIDGE}</p>
{rule}
<p><strong>What it means for buses.</strong></p>
<p>{BRIDGE_2} The county said the route would add ten minutes to the journey into town.</p>
{rule}
<p><strong>Why it took longer</strong></p>
<p><strong>Cracks:</strong> Engineers found the cracks in January during a routine inspection, and the repair needed steel.</p>
{rule}
<p>The county will publish its full report on the bridge in the spring, a spokesman said on Monday.</p>
</article></body></html>"""
    path = tmp_path / "bridge.html"
    path.write_text(page, encoding="utf-8")
    [article], errors = read_paths([path])
    assert not errors
    assert article.title == "Bridge repairs run late"
    assert article.paragraphs[0] == BRIDGE
    assert article.paragraphs[-1].startswith("The county will publish")


GREETING = "Hello again, and welcome to the 40 new subscribers who joined this week."
SIGN_OFF = "That's all for this week. If you liked this, forward it to a friend."


def test_a_newsletter_s_sign_off_after_its_last_item_is_no_text(tmp_path: Path) -> None:
    # No rule after the last item: its sign-off follows its text directly.
    page = BOLD_ITEMS_PAGE.replace(f"<p>{FERRY}</p>\n<hr>", f"<p>{FERRY}</p>")
    path = tmp_path / "notes.html"
    path.write_text(page, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    assert [a.paragraphs for a in articles][-1] == (FERRY,)


def test_a_one_item_newsletter_s_greeting_and_sign_off_are_no_paragraphs(tmp_path: Path) -> None:
    page = f"""<html><head><title>Marrowby Notes #13</title></head><body><article><h1>Marrowby Notes #13: the bridge</h1>
<p>{GREETING}</p><p>{BRIDGE}</p><p>{BRIDGE_2}</p><p>{SIGN_OFF}</p></article></body></html>"""
    path = tmp_path / "notes.html"
    path.write_text(page, encoding="utf-8")
    [article], errors = read_paths([path])
    assert not errors
    assert article.paragraphs == (BRIDGE, BRIDGE_2)


@pytest.mark.parametrize(
    "quote",
    [
        f"<blockquote><p>{LIBRARY_2}</p></blockquote>",
        f"<blockquote><p>{LIBRARY_2}</p><p>{FERRY_2}</p></blockquote>",
        f"<blockquote><div><p>{LIBRARY_2}</p></div></blockquote>",
    ],
)
def test_a_block_quote_in_a_layout_table_s_cell_keeps_its_words(quote: str) -> None:
    # The extractor empties a block quote of paragraphs in a table's cell: a page laid out in a
    # table lost the statement it quoted, whole.
    page = f"""<html><head><title>Library opens its doors again</title></head><body><table><tr>
<td><a href="/">Home</a><br><a href="/news">News</a></td>
<td><h1>Library opens its doors again</h1><p>{LIBRARY}</p><p>{BRIDGE}</p><p>The library said in a statement:</p>
{quote}
<p>{FERRY}</p><p>{BRIDGE_2}</p></td></tr></table></body></html>"""
    article = parse_html(page.encode(), source="library.html")
    said = [p for p in article.paragraphs if "visitors" in p or "Reyes" in p]
    assert said == [LIBRARY_2, FERRY_2][: len(said)] and len(said) == quote.count("<p>")
    assert article.paragraphs[-2:] == (FERRY, BRIDGE_2)


BRIEFS = [("Bridge repairs run late", f"MARROWBY, Feb 9 (Valley Wire) - {BRIDGE}", BRIDGE_2),
          ("Library opens its doors again", f"MARROWBY (Valley Wire) - {LIBRARY}", LIBRARY_2),
          ("Ferry fares frozen", f"EASTFERRY, Feb 9 - {FERRY}", FERRY_2)]


@pytest.mark.parametrize("shape", ["html", "text"])
def test_a_page_of_briefs_each_under_its_headline_and_dateline_gives_one_article_per_brief(tmp_path: Path, shape: str) -> None:
    # A tester's "World in brief" page (three datelined wire items, each under its own heading)
    # was one article, which joined one event's story whole with the other two events' text,
    # their datelines inside it; as text, the items' headlines were lost too.
    if shape == "html":
        items = "".join(f"<h2>{head}</h2><p>{lead}</p><p>{more}</p>" for head, lead, more in BRIEFS)
        page = ("<html><head><title>In brief, February 9 | The Evening Ledger</title><meta property='og:site_name' "
                "content='The Evening Ledger'></head><body><article><h1>In brief, February 9</h1>"
                f"<p class='byline'>Compiled by Nina Berg</p>{items}</article></body></html>")
    else:
        page = "In brief, February 9\n\nBy Nina Berg, The Evening Ledger\n\n" + "".join(
            f"{head}\n\n{lead}\n\n{more}\n\n" for head, lead, more in BRIEFS)
    path = tmp_path / f"briefs.{'html' if shape == 'html' else 'txt'}"
    path.write_text(page, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    assert [(a.title, a.paragraphs) for a in articles] == [(head, (lead.split(" - ", 1)[1], more)) for head, lead, more in BRIEFS]
    assert [a.dateline for a in articles] == ["MARROWBY, Feb 9 (Valley Wire)", "MARROWBY (Valley Wire)", "EASTFERRY, Feb 9"]
    assert {a.outlet for a in articles} == {"The Evening Ledger"} and all("Nina Berg" in (a.byline or "") for a in articles)


@pytest.mark.parametrize("shape", ["html", "text"])
def test_a_page_of_briefs_signed_item_by_item_gives_each_its_writer(tmp_path: Path, shape: str) -> None:
    # A tester's briefs, each signed under its heading ("By Tom Hale") before its dateline, were one article.
    writers = ["Sara Lind", "Tom Hale", "Ana Ruiz"]
    if shape == "html":
        items = "".join(f"<h2>{head}</h2><p class='byline'>By {who}</p><p>{lead}</p><p>{more}</p>"
                        for (head, lead, more), who in zip(BRIEFS, writers))
        page = ("<html><head><title>In brief, February 9 | The Evening Ledger</title><meta property='og:site_name' "
                f"content='The Evening Ledger'></head><body><main><h1>In brief, February 9</h1>{items}</main></body></html>")
    else:
        page = "In brief, February 9\n\nThe Evening Ledger\n\n" + "".join(
            f"{head}\n\nBy {who}\n\n{lead}\n\n{more}\n\n" for (head, lead, more), who in zip(BRIEFS, writers))
    path = tmp_path / f"briefs.{'html' if shape == 'html' else 'txt'}"
    path.write_text(page, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    assert [(a.title, a.byline, a.paragraphs) for a in articles] == [
        (head, who, (lead.split(" - ", 1)[1], more)) for (head, lead, more), who in zip(BRIEFS, writers)]


@pytest.mark.parametrize("shape", ["html", "text"])
def test_a_report_whose_sections_open_with_datelines_stays_one_report(tmp_path: Path, shape: str) -> None:
    # A tester's report under its headline and datelined lead had subheads whose sections opened
    # with other datelines (two agencies quoted): it was cut into three articles.
    sections = [("Buses", f"EASTFERRY, Feb 9 (Valley Wire) - {BRIDGE_2}"), ("Library", f"MARROWBY (Harbour Wire) - {LIBRARY}")]
    if shape == "html":
        page = ("<html><head><title>Bridge repairs run late</title></head><body><article><h1>Bridge repairs run late</h1>"
                f"<p>MARROWBY, Feb 9 (Valley Wire) - {BRIDGE}</p>" + "".join(f"<h2>{h}</h2><p>{p}</p>" for h, p in sections)
                + "</article></body></html>")
    else:
        page = f"Bridge repairs run late\n\nMARROWBY, Feb 9 (Valley Wire) - {BRIDGE}\n\n" + "".join(
            f"{h}\n\n{p}\n\n" for h, p in sections)
    path = tmp_path / f"bridge.{'html' if shape == 'html' else 'txt'}"
    path.write_text(page, encoding="utf-8")
    articles, _ = read_paths([path])
    assert len(articles) == 1 and articles[0].paragraphs[0] == BRIDGE and LIBRARY.split()[0] in " ".join(articles[0].paragraphs)
