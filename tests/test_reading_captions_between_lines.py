"""A picture set inside a paragraph among its lines ("<p><img><br><small>Photo: NAME / OUTLET</small><br>text</p>",
as an editor's image plugin inserts it): the line after the picture is its caption, not a paragraph,
and the text after the line break stays a paragraph of its own."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html

_LEAD = "The old covered market in Marrow Street reopens on Saturday after eleven months of repairs."
_NEXT = "The repairs cost 4.6 million and gave the hall a new roof and sixty stalls."
_LAST = "Local growers will pay half the usual rent for the first three months, the mayor said."


@pytest.mark.parametrize("credit", [
    "<small>Photo: Elin Dace / Marrow Post</small>",
    "<em>Foto: Elin Dace</em>",
    '<a href="/big.jpg"><img src="hall2.jpg" width="640"></a><br><i>The new roof from the square (Photo: Elin Dace)</i>',
])
def test_a_caption_between_a_picture_and_the_text_is_the_pictures(credit: str) -> None:
    picture = '<img src="hall.jpg" alt="The hall" width="800"><br>' if not credit.startswith("<a") else ""
    page = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Covered market reopens</title></head><body>'
            '<article><h1>Covered market reopens</h1><div class="body">'
            f'<p>{_LEAD}</p><p>{picture}{credit}<br>{_NEXT}</p><p>{_LAST}</p></div></article></body></html>').encode()
    article = parse_html(page, source="market.html")
    assert list(article.paragraphs) == [_LEAD, _NEXT, _LAST]
