"""A PDF converted to HTML (pdftohtml's output, invented inputs): every printed line placed by its
style, a paragraph's lines joined back (a hyphenated wrap too), a paragraph ending at a wider gap
or a page's end where a sentence closes, and the running head and foot of every page dropped."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_paths
from core.reading.layout import positioned_text


def _line(top: int, text: str, *, left: int = 81, size: str = "ft13") -> str:
    return f'<p style="position:absolute;top:{top}px;left:{left}px;white-space:nowrap" class="{size}">{text}</p>'


def _page(number: int, lines: str) -> str:
    return (f'<div id="page{number}-div" style="position:relative;width:892px;height:1263px;">'
            f'<img width="892" height="1263" src="p{number:03}.png" alt="background image"/>'
            + _line(40, "THE HARBOUR POST&#160;&#160;&#160;Tuesday, 3 March 2026", left=430, size="ft10") + lines
            + _line(1080, f"Page {number} of 2", left=380, size="ft10") + "</div>")


PAGE = ('<!DOCTYPE html><html><head><title>harbour-post-0303.pdf</title><meta name="generator" content="pdftohtml 0.86.1"/>'
        '</head><body>'
        + _page(1, _line(96, "<b>Ostby will build a new ferry quay</b>", size="ft11") + _line(134, "By Mari Holm", size="ft12")
                + _line(170, "The council of Ostby on Monday approved the plan for a new ferry")
                + _line(188, "quay at the north harbour after a long and heated de-")
                + _line(206, "bate in the town hall.")
                + _line(236, "The works will cost 14 million euros, of which the state will pay")
                + _line(254, "forty per cent and the town the rest."))
        + _page(2, _line(96, "Work is to start next spring and to last about")
                + _line(114, "two years, the harbour master said."))
        + "</body></html>")


def test_a_converted_pdf_is_read_as_its_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "harbour-post-0303.html"
    path.write_text(PAGE, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    article = articles[0]
    assert article.title == "Ostby will build a new ferry quay"
    assert article.byline == "Mari Holm"
    assert article.published is not None and article.published.startswith("2026-03-03")  # the running head's day
    assert article.paragraphs == (
        "The council of Ostby on Monday approved the plan for a new ferry quay at the north harbour after a long "
        "and heated debate in the town hall.",
        "The works will cost 14 million euros, of which the state will pay forty per cent and the town the rest.",
        "Work is to start next spring and to last about two years, the harbour master said.",
    )


def test_a_page_with_a_few_placed_boxes_is_no_converted_pdf() -> None:
    page = ("<html><body><div style='position:absolute;top:0px'>Banner</div><article><p>"
            + "A report's paragraph with enough words in it to be the page's text. " * 5 + "</p></article></body></html>")
    assert positioned_text(page.encode()) is None


def _t(y: str, size: str, text: str) -> str:
    return f'<div class="t m0 x1 h2 {y} {size} ff1 fc0 sc0 ls0 ws0">{text}</div>'


def _converted(pages: list[str], *, style: str, title: str) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"/><meta name="generator" content="pdf2htmlEX"/>'
            f'<title>{title}</title><style type="text/css">{style}</style></head><body>'
            '<div id="sidebar"><div id="outline"></div></div><div id="page-container">'
            + "".join(f'<div id="pf{n}" class="pf w0 h0" data-page-no="{n}"><div class="pc pc{n} w0 h0">{lines}</div></div>'
                      for n, lines in enumerate(pages, 1))
            + "</div></body></html>")


#: pdf2htmlEX's page: placed and sized by its style sheet's classes; the headline in the largest type.
SIZED = _converted([
    _t("y1", "fs2", "STADTWERKE OSTBY")
    + _t("y2", "fs1", "Ostby, 3. März 2026")
    + _t("y3", "fs3", "Neue Fähre für den")
    + _t("y4", "fs3", "Nordhafen")
    + _t("y5", "fs0", "Die Stadtwerke Ostby haben am Montag eine neue Fähre für den Nordhafen")
    + _t("y6", "fs0", "bestellt, die ab dem Sommer im Takt von einer Stunde fahren soll.")
    + _t("y8", "fs0", "Die Fähre kostet 14 Millionen Euro, von denen das Land vierzig Prozent")
    + _t("y9", "fs0", "trägt.")
    + _t("ya", "fs1", "Seite 1 von 2"),
    _t("y5", "fs0", "Die alte Fähre geht an einen Verein in Lübeck, der sie als Museum")
    + _t("y6", "fs0", "betreiben will.")
    + _t("ya", "fs1", "Seite 2 von 2"),
], style=(".fs0{font-size:40px;}.fs1{font-size:32px;}.fs2{font-size:44px;}.fs3{font-size:72px;}"
          ".y1{bottom:1180px;}.y2{bottom:1140px;}.y3{bottom:1060px;}.y4{bottom:990px;}.y5{bottom:900px;}"
          ".y6{bottom:850px;}.y8{bottom:750px;}.y9{bottom:700px;}.ya{bottom:40px;}"
          ".t{position:absolute;white-space:pre;}"), title="stadtwerke-pm-0303")


def test_a_pdf2htmlex_page_is_read_as_its_paragraphs_under_its_largest_type(tmp_path: Path) -> None:
    path = tmp_path / "stadtwerke-pm-0303.html"
    path.write_text(SIZED, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    article = articles[0]
    assert article.title == "Neue Fähre für den Nordhafen"
    assert article.published is not None and article.published.startswith("2026-03-03")
    assert article.paragraphs == (
        "Die Stadtwerke Ostby haben am Montag eine neue Fähre für den Nordhafen bestellt, die ab dem Sommer im Takt "
        "von einer Stunde fahren soll.",
        "Die Fähre kostet 14 Millionen Euro, von denen das Land vierzig Prozent trägt.",
        "Die alte Fähre geht an einen Verein in Lübeck, der sie als Museum betreiben will.",
    )


#: pdf2htmlEX's page whose style sheet lost its sizes and most places: the lines' type classes
#: still part the letterhead, the heading and the text; a short line closing a sentence ends a paragraph.
UNSIZED = _converted([
    _t("y1", "fs2", "MINISTRY OF HARBOURS")
    + _t("y2", "fs1", "PRESS RELEASE")
    + _t("y3", "fs1", "Ostby, 3 March 2026")
    + _t("y4", "fs3", "On the repair of the north quay")
    + _t("y5", "fs0", "The Ministry of Harbours says that the repair of the north quay at Ostby")
    + _t("y6", "fs0", "will be finished by 1 May 2026.")
    + _t("y7", "fs0", "The works cost 14 million euros<span class=\"_ _0\"></span>from the reserve fund of the state")
    + _t("y8", "fs0", "budget. The contractor is Quayworks Ltd.")
    + _t("y9", "fs0", "Residents are asked to keep away from the quay until the works are done.")
    + _t("ya", "fs1", "Page 1 of 1"),
], style=".y1{bottom:780px}.y2{bottom:760px}.t{position:absolute;white-space:pre}", title="pr-2026-03-03")


def test_a_pdf2htmlex_page_without_sizes_is_read_by_its_type_classes(tmp_path: Path) -> None:
    path = tmp_path / "pr-2026-03-03.html"
    path.write_text(UNSIZED, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    article = articles[0]
    assert article.title == "On the repair of the north quay"
    assert article.byline is None
    assert article.published is not None and article.published.startswith("2026-03-03")
    assert article.paragraphs == (
        "The Ministry of Harbours says that the repair of the north quay at Ostby will be finished by 1 May 2026.",
        "The works cost 14 million euros from the reserve fund of the state budget. The contractor is Quayworks Ltd.",
        "Residents are asked to keep away from the quay until the works are done.",
    )


def test_a_press_notice_label_is_no_byline() -> None:
    from core.reading.judge import Kind, classify_line

    for label in ("ПОВІДОМЛЕННЯ ДЛЯ ПРЕСИ", "Сообщение для прессы"):
        assert classify_line(label) is Kind.FURNITURE


def _placed_line(top: int, text: str, *, left: int = 30) -> str:
    return f'<div class="ln" style="top:{top}px;left:{left}px">{text}</div>'


#: A printed page whose lines a class of its style sheet places (".ln{position:absolute}"), each at
#: the top its inline style gives; one page, so its head is known by its shape alone; paragraphs
#: of two lines, a step apart, parted by a wider gap; a headline of two lines in a larger type.
CLASS_PLACED = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>ledger_2026-03-04_p5</title>'
    '<style>.pg{position:relative}.ln{position:absolute;white-space:nowrap}</style></head><body><div class="pg">'
    + _placed_line(10, "THE OSTBY LEDGER") + _placed_line(10, "Wednesday, 4 March 2026", left=420)
    + _placed_line(10, "Page 5", left=700)
    + _placed_line(80, "Ferry operator sorry for Ostby")
    + _placed_line(112, "quay closure as repairs drag on")
    + _placed_line(150, "By Mari Holm")
    + _placed_line(180, "The operator of the Ostby ferry apologised on Tuesday to passengers stranded for a")
    + _placed_line(198, "week since the north quay was closed for repairs.")
    + _placed_line(226, "\u201cWe are sorry for the trouble the closure has caused and we will refund every")
    + _placed_line(244, "ticket,\u201d the operator\u2019s chief, Ola Brenn, told reporters at the harbour.")
    + _placed_line(272, "The harbour master said the quay would reopen once divers had checked its piles")
    + _placed_line(290, "and found them sound.")
    + "</div></body></html>")


def test_lines_placed_by_a_style_sheet_class_are_joined_into_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "ledger_2026-03-04_p5.html"
    path.write_text(CLASS_PLACED, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    article = articles[0]
    assert article.title == "Ferry operator sorry for Ostby quay closure as repairs drag on"
    assert article.outlet == "THE OSTBY LEDGER"  # the page's head, its folio no paragraph
    assert article.byline == "Mari Holm"
    assert article.published is not None and article.published.startswith("2026-03-04")
    assert article.paragraphs == (
        "The operator of the Ostby ferry apologised on Tuesday to passengers stranded for a week since the north "
        "quay was closed for repairs.",
        "\u201cWe are sorry for the trouble the closure has caused and we will refund every ticket,\u201d the "
        "operator\u2019s chief, Ola Brenn, told reporters at the harbour.",
        "The harbour master said the quay would reopen once divers had checked its piles and found them sound.",
    )


def test_a_file_name_title_is_no_headline(tmp_path: Path) -> None:
    path = tmp_path / "saved.html"
    path.write_text("<html><head><title>ledger_2026-03-04_p5</title></head><body><div>"
                    + "<p>The ferry operator apologised on Tuesday to passengers stranded for a week at Ostby.</p>"
                    + "<p>The harbour master said the quay would reopen once divers had checked its piles.</p>" * 2
                    + "</div></body></html>", encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    assert articles[0].title != "ledger_2026-03-04_p5"
