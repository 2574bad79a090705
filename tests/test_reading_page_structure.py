"""The structure of a page as a browser shows it (invented inputs): blocks that malformed markup
nests in a paragraph stay apart and in order; the report's text a page ships inside a box it marks
for subscribers (and hides by its style) is the report, not a wall; a page drawn by script reads
its report from the state a script hands the application (``window.__INITIAL_STATE__ = {...}``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.reading import read_file

_LEAD = "The Fenwold water board voted on Monday to raise household bills by 9 percent from April."
_CUT_A, _CUT_B = "We cut our forecast for the board's spending", "to 212 million pounds and move to neutral."
_CUT = f"{_CUT_A} {_CUT_B}"
_AFTER = "The board's borrowing is adequate but no longer comfortable, its treasurer told councillors."


def _read(tmp_path: Path, body: str, *, head: str = "", doctype: bool = True) -> list:  # type: ignore[type-arg]
    path = tmp_path / "p.html"
    path.write_text(
        f"{'<!DOCTYPE html>' if doctype else ''}<html lang='en'><head><meta charset='utf-8'>"
        f"<title>Water bills to rise by 9 percent - Lisk Valley Times</title>{head}</head>"
        f"<body><div class='post'><h1>Water bills to rise by 9 percent</h1>{body}</div></body></html>",
        encoding="utf-8")
    return read_file(path)


@pytest.mark.parametrize("middle", [
    # a line's element left open in an unclosed paragraph, then a table and the next paragraph
    f"<div><p>{_CUT_A} <span>{_CUT_B}<table><tr><td>Spending<td>212m<tr><td>Borrowing<td>385m</table><p>{_AFTER}</div>",
    # bold left open, then a box
    f"<p>{_CUT_A} <b>{_CUT_B}<div><p>Spending 212m</p><p>Borrowing 385m</p></div><p>{_AFTER}",
    # a list in an emphasised line of a paragraph
    f"<p>{_CUT_A} <em>{_CUT_B}<ul><li>Spending 212m<li>Borrowing 385m</ul><p>{_AFTER}",
    # a paragraph of lines under an open <font>, around a box of its own
    f"<div><font size=2>{_CUT}<div><p>Spending 212m</p><p>Borrowing 385m</p></div>{_AFTER}</font></div>",
])
def test_blocks_a_paragraph_holds_stay_apart_and_in_order(tmp_path: Path, middle: str) -> None:
    """Three blocks a browser shows apart (trial 40 F15): the paragraph, the table (or box, or
    list) under it and the sentence after it, not one paragraph with the table's cells last."""
    (article,) = _read(tmp_path, f"<p>{_LEAD}</p>{middle}", doctype=False)
    paragraphs = list(article.paragraphs)
    assert paragraphs[0] == _LEAD
    assert paragraphs[1] == _CUT, paragraphs
    assert paragraphs[-1] == _AFTER, paragraphs
    middle_text = " ".join(paragraphs[2:-1])
    assert "Spending" in middle_text and "385m" in middle_text, paragraphs


def test_a_link_around_blocks_keeps_them_linked(tmp_path: Path) -> None:
    """A block a paragraph's link holds is cut out of the paragraph with the link around its text
    (a browser opens the link again inside it): the teaser it is stays a link, not the report."""
    from lxml import html as lxml_html

    from core.reading.html import _unnest_blocks

    tree = lxml_html.document_fromstring(f"<html><body><p>{_LEAD} <a href='/x'>Read<div>{_CUT}</div>{_AFTER}</a></p></body></html>")
    # (lxml's parser nests the box in the link, in the paragraph)
    assert tree.xpath("//p//div")
    _unnest_blocks(tree)
    body = tree.find("body")
    assert [child.tag for child in body] == ["p", "div", "p"]
    assert body[1].xpath("string(a)") == _CUT
    assert body[2].xpath("string(a)") == _AFTER
    assert body[0].text_content().strip() == f"{_LEAD} Read"


_PAID = ("The rise adds about 41 pounds a year to the average bill, and will be phased in over two years for pensioners.",
         "Councillor Mara Quillon said the board had ignored two years of complaints about leaks in the old town.",
         "The treatment works is due to open in 2029 and will cost 212 million pounds, the board's papers show.")


@pytest.mark.parametrize("box", [
    "<div class='paywall'>{}</div>",
    "<div class='paywall' style='display:none'>{}</div>",
    "<section class='article-body subscribers-only hidden'>{}</section>",
    "<div id='premium-content' aria-hidden='true'>{}</div>",
])
def test_the_report_a_subscriber_box_ships_is_the_report(tmp_path: Path, box: str) -> None:
    """A page that ships its whole text in a paywall's box and hides it from readers without a
    subscription (its style, a class, a script): the box's paragraphs are the report's."""
    (article,) = _read(tmp_path, f"<p>{_LEAD}</p>" + box.format("".join(f"<p>{p}</p>" for p in _PAID)))
    assert list(article.paragraphs) == [_LEAD, *_PAID]
    assert not article.teaser


def test_a_teaser_box_with_the_reports_first_lines_stays_a_wall(tmp_path: Path) -> None:
    """A paywall's box that shows the report's next paragraph over its notice is the wall a reader
    without a subscription sees: the page is a teaser, its notice no paragraph."""
    box = (f"<div class='paywall'><p>{_PAID[0]}</p><p>This article is for subscribers only.</p>"
           "<p>Subscribe to continue reading. Cancel anytime.</p></div>")
    (article,) = _read(tmp_path, f"<p>{_LEAD}</p>{box}")
    assert article.teaser
    assert not any("Subscribe" in p or "subscribers" in p for p in article.paragraphs)


_STATE = {"article": {"headline": "Water bills to rise by 9 percent", "authors": [{"name": "Mara Quillon"}],
                      "body": [{"type": "text", "content": p} for p in (_LEAD, *_PAID)]
                      + [{"type": "image", "caption": "The river Lisk seen from the treatment works on a grey morning in May."}]}}


@pytest.mark.parametrize("script", [
    f"window.__INITIAL_STATE__ = {json.dumps(_STATE)};",
    f"window['__PRELOADED_STATE__']={json.dumps(_STATE)};window.dataLayer=[];",
    f"window.__STATE__ = JSON.parse({json.dumps(json.dumps(_STATE))});",
    "window.__STATE__ = JSON.parse('" + json.dumps(_STATE).replace("\\", "\\\\").replace("'", "\\'") + "');",
])
def test_a_page_drawn_by_script_reads_the_state_a_script_assigns(tmp_path: Path, script: str) -> None:
    """A page saved before its script drew it ("Loading…") whose report is only in the state a
    script hands the application: read as Next.js's ``__NEXT_DATA__`` is, its writer too."""
    (article,) = _read(tmp_path, f"<div id='app'>Loading…</div><script>{script}</script>")
    assert list(article.paragraphs) == [_LEAD, *_PAID]
    assert article.byline == "Mara Quillon"


def test_a_script_state_that_is_no_json_is_skipped(tmp_path: Path) -> None:
    (article,) = _read(tmp_path, "<div id='app'><p>Loading the page for you.</p></div>"
                                 "<script>window.__INITIAL_STATE__ = {article: {body: undefined}};</script>")
    assert list(article.paragraphs) == ["Loading the page for you."]
