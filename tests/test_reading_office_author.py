"""An office document saved as HTML (Google Docs, Word, LibreOffice) prints its writer's name on a
line under its Title paragraph: that line is its byline, as a page's <meta name="author"> would be,
and no paragraph of its report (invented inputs)."""

from __future__ import annotations

from core.reading.html import parse_html

LEAD = "The ferry between Bramble Quay and Green Island returned to its route on Tuesday after three months of pier repairs."
MORE = "The council said crossings would run every fifteen minutes at peak hours, and fares would stay the same."
TITLE = "Ferry sails again to Green Island"
UK_TITLE = "Пором знову ходить до Зеленого острова"
UK_LEAD = "Пором між Рибальською пристанню та Зеленим островом у вівторок знову вийшов на маршрут після трьох місяців ремонту."
UK_MORE = "Міська рада повідомила, що в години пік пором ходитиме кожні п'ятнадцять хвилин, а ціна квитка не зміниться."


def _google_doc(line: str, title: str = TITLE, paragraphs: tuple[str, ...] = (LEAD, MORE)) -> bytes:
    spacer = "<p class='c1 c4'><span class='c0'></span></p>"
    body = "".join(f"<p class='c1'><span class='c0'>{text}</span></p>{spacer}" for text in paragraphs)
    return (f"<html><head><meta content='text/html; charset=UTF-8' http-equiv='content-type'><title>ferry_v3_FINAL</title>"
            f"</head><body class='c8 doc-content'><p class='c1 title' id='h.x1'><span class='c3'>{title}</span></p>"
            f"<p class='c1'><span class='c0 c5'>{line}</span></p>{spacer}{body}</body></html>").encode()


def _word_doc(line: str) -> bytes:
    def p(text: str) -> str:
        return f"<p class=MsoNormal><span lang=EN-GB>{text}<o:p></o:p></span></p>"
    return ("<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta name=Generator content='Microsoft Word 15'>"
            "<title>Ferry report.docx</title></head><body lang=EN-GB><div class=WordSection1>"
            f"<p class=MsoTitle><span lang=EN-GB>{TITLE}<o:p></o:p></span></p>{p(line)}{p('&nbsp;')}{p(LEAD)}{p(MORE)}"
            "</div></body></html>").encode()


def test_the_name_under_a_documents_title_paragraph_is_its_byline() -> None:
    for page in (_google_doc("Ana Example"), _google_doc("Ana Example, 3 March 2026"), _word_doc("Ana Example")):
        article = parse_html(page, source="x.html")
        assert (article.title, article.byline) == (TITLE, "Ana Example")
        assert article.paragraphs[:2] == (LEAD, MORE)
    article = parse_html(_google_doc("Ana Example, 3 March 2026"), source="x.html")
    assert article.published == "2026-03-03"
    article = parse_html(_google_doc("Ганна Приклад", UK_TITLE, (UK_LEAD, UK_MORE)), source="x.html")
    assert (article.title, article.byline, article.paragraphs[0]) == (UK_TITLE, "Ганна Приклад", UK_LEAD)


def test_a_labelled_author_line_and_a_meta_author_stay_the_byline() -> None:
    for line in ("By Ana Example", "Author: Ana Example"):
        article = parse_html(_google_doc(line), source="x.html")
        assert (article.title, article.byline, article.paragraphs[0]) == (TITLE, "Ana Example", LEAD)
    page = _google_doc("3 March 2026").replace(b"<title>", b"<meta name='author' content='Ana Example'><title>")
    assert parse_html(page, source="x.html").byline == "Ana Example"


def test_a_place_under_a_documents_title_paragraph_is_no_byline() -> None:
    article = parse_html(_google_doc("Green Island, 3 March 2026"), source="x.html")
    assert article.title == TITLE
    assert article.byline is None
