"""A post header's box of the writer's name, the date and the reading time, each in an element of
its own with no space between them (a site builder's "post-header"), is metadata: no paragraph of
the report, though the extractor glues it into one ("Ana Example3. 3. 20262 min read")."""

from __future__ import annotations

from core.reading.html import parse_html

PARAS = ["The island ferry will run every hour from Tuesday, the operator said on Monday after a pause for repairs.",
         "Night sailings start again next week, and fares stay the same until the end of the year.",
         "The operator said the new timetable would be posted at both quays by the weekend."]


def test_a_post_header_box_is_no_paragraph() -> None:
    page = ("<html lang='en'><head><title>Ferry runs hourly again | Quayside Jottings</title></head><body><main>"
            "<article data-hook='post'><h1 data-hook='post-title'>Ferry runs hourly again</h1>"
            "<div data-hook='post-header'><span data-hook='user-name'>Nell Sample</span><span data-hook='time-ago'>3. 3. 2026</span>"
            "<span data-hook='time-to-read'>2 min read</span></div>"
            f"<div data-hook='post-description'>{''.join(f'<p>{p}</p>' for p in PARAS)}</div></article></main></body></html>")
    article = parse_html(page.encode(), source="x.html")
    assert list(article.paragraphs) == PARAS
    assert article.byline == "Nell Sample"
