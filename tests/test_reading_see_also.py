"""A "see also" heading ("See also", "Related", "Lees ook", "Leia também") whose links the
extractor dropped heads nothing: it leaves the text, and the ordinary paragraphs after it are the
report's, however short or few. Only a list of links, or teasers of other reports, after it end
the report there."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.text import parse_text

LEAD = "The owners of the old flax mill said on Thursday they would rebuild it on the same site by next spring."
SECOND = "Rebuilding is expected to take about eighteen months, the owners said."
THIRD = "The mill's last weavers said they hoped to see the looms running again."
LAST = "A public meeting on the plans will be held at the town hall next month."


def _page(box: str, *after: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in after)
    return ("<html><head><meta charset='utf-8'><title>Mill owners to rebuild</title></head><body><article>"
            f"<h1>Mill owners to rebuild</h1><p>{LEAD}</p><p>{SECOND}</p>{box}{body}</article></body></html>").encode()


HEADINGS = ["See also", "Related", "Related stories", "Lees ook", "Leia também", "Lesen Sie auch", "Read also"]


@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("tag", ["h2", "h3", "p"])
def test_a_see_also_heading_without_its_links_is_dropped_and_the_text_after_it_kept(heading: str, tag: str) -> None:
    article = parse_html(_page(f"<{tag}>{heading}</{tag}>", THIRD, LAST), source="x.html")
    assert article.paragraphs == (LEAD, SECOND, THIRD, LAST)
    article = parse_html(_page(f"<{tag}>{heading}</{tag}>", THIRD), source="x.html")
    assert article.paragraphs == (LEAD, SECOND, THIRD)


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_see_also_heading_in_text_is_dropped_and_the_text_after_it_kept(heading: str) -> None:
    [article] = parse_text(f"Mill owners to rebuild\n\n{LEAD}\n\n{SECOND}\n\n{heading}\n\n{THIRD}\n\n{LAST}\n", path="x.txt")
    assert article.paragraphs == (LEAD, SECOND, THIRD, LAST)


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_see_also_heading_over_links_leaves_with_them(heading: str) -> None:
    links = (f"<h2>{heading}</h2><ul><li><a href='/a'>Weavers recall the mill's last day</a></li>"
             "<li><a href='/b'>River valley counts its empty mills</a></li></ul>")
    assert parse_html(_page(links), source="x.html").paragraphs == (LEAD, SECOND)
    assert parse_html(_page(links, THIRD), source="x.html").paragraphs == (LEAD, SECOND, THIRD)


@pytest.mark.parametrize("heading", [h for h in HEADINGS if h not in ("See also", "Read also")])
def test_a_related_heading_over_teasers_still_ends_the_report(heading: str) -> None:
    # (the teasers' headlines with no links, as the extractor may drop them; "See also" may head a
    # document's own references, and ends nothing)
    teasers = (f"<h2>{heading}</h2><h3>Weavers recall the mill's last day</h3>"
               "<p>Former weavers remember the looms, the noise and the river.</p>"
               "<h3>River valley counts its empty mills</h3><p>Eleven mills stand empty along the river.</p>")
    assert parse_html(_page(teasers), source="x.html").paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize("label", ["Go deeper:", "Dig deeper:", "Related:", "See also:"])
def test_a_label_and_one_link_to_another_report_in_the_text_is_dropped(label: str) -> None:
    # Variant round 54 (r54-13): an Axios-style page's "Go deeper: <a>The bus routes Riverside wants
    # to cut</a>" between its paragraphs was kept as one of them.
    box = f"<div class='go-deeper'><strong>{label}</strong> <a href='/b'>Weavers recall the mill's last day</a></div>"
    article = parse_html(_page(box, THIRD, LAST), source="x.html")
    assert article.paragraphs == (LEAD, SECOND, THIRD, LAST)
