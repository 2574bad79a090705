"""A newspaper's pages exported from PDF to text (pdftotext's layout): a form feed parts the pages
of one report, the running head over each page (mirrored on left and right pages, its page's number
in the paper's language: "3. lpp.") is furniture, the first page's the issue's date, and a name
alone under the headline the writer."""

from __future__ import annotations

from core.reading.text import parse_text

_PAGE_3 = (
    "HARBOUR POST                 Tuesday, 3 March 2026                      Page 3\n"
    "\n"
    "COUNCIL\n"
    "\n"
    "Ostby will build a new ferry quay\n"
    "\n"
    "Mari Holm\n"
    "\n"
    "The council of Ostby on Monday approved the plan for a new ferry\n"
    "quay at the north harbour after a long debate.\n"
    "   The works will cost 14 million euros, of which the state will\n"
    "pay forty per cent and the town the rest.\n"
    "   The harbour master said that the quay would hold\n"
)
_PAGE_4 = (
    "\fPage 4                      Tuesday, 3 March 2026                 HARBOUR POST\n"
    "\n"
    "two ferries at once and a berth for fishing boats.\n"
    "   Work is to start next spring and to last about two years.\n"
)


def test_a_report_over_two_pages_is_one_article_without_its_running_heads() -> None:
    [article] = parse_text(_PAGE_3 + _PAGE_4, path="post-3.txt")
    assert article.title == "Ostby will build a new ferry quay" and article.byline == "Mari Holm"
    assert (article.published or "").startswith("2026-03-03")
    assert list(article.paragraphs) == [
        "The council of Ostby on Monday approved the plan for a new ferry quay at the north harbour after a long debate.",
        "The works will cost 14 million euros, of which the state will pay forty per cent and the town the rest.",
        "The harbour master said that the quay would hold two ferries at once and a berth for fishing boats.",
        "Work is to start next spring and to last about two years.",
    ]


def test_a_page_number_in_latvian_parts_a_running_head() -> None:
    text = _PAGE_3.replace("Page 3", "3. lpp.") + _PAGE_4.replace("Page 4", "4. lpp.")
    [article] = parse_text(text, path="post-3.txt")
    assert article.title == "Ostby will build a new ferry quay" and not any("lpp." in p for p in article.paragraphs)
    assert (article.published or "").startswith("2026-03-03")
