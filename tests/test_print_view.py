"""A printer-friendly page: its <title>'s print label ("Print - Headline - Site") is no part of the
headline, a lesser heading holding a colon is the title's part it prints, and its footer ("Page 1
of 1 Printed: ...") is no paragraph (variants 46-court-notice-print)."""

from core.reading.html import parse_html
from core.reading.judge import is_page_notice, strip_title

PAGE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Print - Ruling: Example Growers v. Valley Water Board - Valley Example Tribunal</title></head>
<body><div class="noprint"><a href="javascript:window.print()">Print this page</a></div>
<hr><h2>Ruling: Example Growers v. Valley Water Board</h2>
<p>The tribunal ruled on Monday that the water board must restore the growers' irrigation quota for the summer season.</p>
<p>The board said it would study the ruling before deciding whether to appeal it to the higher court.</p>
<hr><p class="small">Page 1 of 1 &nbsp; Printed: 05/03/2026 10:40</p></body></html>"""


def test_print_labels() -> None:
    assert strip_title("Print - Growers win water ruling", []) == "Growers win water ruling"
    assert strip_title("Druckversion | Wasserstreit entschieden", []) == "Wasserstreit entschieden"
    assert is_page_notice("Page 1 of 2 Printed: 05/03/2026 10:40")
    assert is_page_notice("Seite 2 von 3")
    assert not is_page_notice("Page 3 of the report says the board knew of the leak in 2024.")


def test_a_print_view_page() -> None:
    article = parse_html(PAGE, source="/tmp/ruling.html")
    assert article.title == "Ruling: Example Growers v. Valley Water Board"
    assert not any("Page 1 of 1" in p for p in article.paragraphs)
    assert article.paragraphs[0].startswith("The tribunal ruled on Monday")
