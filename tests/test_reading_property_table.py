"""A notes app's export (Notion's HTML): the table of the document's properties in its header is
metadata, not paragraph 0; its author row gives the byline, its workflow status is no text."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_file

PAGE = """<html><head><meta charset="utf-8"/><title>Kilbeg library opens on Sundays</title></head><body>
<article class="page sans"><header><h1 class="page-title">Kilbeg library opens on Sundays</h1>
<table class="properties"><tbody>
<tr class="property-row"><th>Author</th><td><span class="user">Ana Sample</span></td></tr>
<tr class="property-row"><th>Date</th><td><time>@April 11, 2026</time></td></tr>
<tr class="property-row"><th>Status</th><td><span class="selected-value">Ready to publish</span></td></tr>
<tr class="property-row"><th>Desk</th><td><span class="selected-value">Local</span></td></tr>
</tbody></table></header>
<div class="page-body">
<p>The Kilbeg library will open on Sundays from May, the county council said on Saturday, after a year of requests from parents.</p>
<p>Sunday hours will be noon to five, and the reading room will stay open an hour longer on weekdays.</p>
<p>The council said the extra hours would cost about 40,000 pounds a year, paid from the culture budget.</p>
</div></article></body></html>
""".encode()


def test_property_table_is_metadata(tmp_path: Path) -> None:
    path = tmp_path / "Kilbeg library 1a2b3c.html"
    path.write_bytes(PAGE)
    [article] = read_file(path)
    assert article.paragraphs[0].startswith("The Kilbeg library will open on Sundays")
    text = " ".join(article.paragraphs)
    assert "Ready to publish" not in text and "Status" not in text and "Desk" not in text
    assert article.byline == "Ana Sample"
    assert article.title == "Kilbeg library opens on Sundays"
