"""Headlines and labels (session 46): an office document saved as HTML (its Title paragraph, a
file's name in its tab, spacer paragraphs around a list), an AMP page whose only <h1> is its logo
and whose tab names the site alone, and a section's name over the date taken for a byline's
name (invented inputs)."""

from __future__ import annotations

from core.reading.html import parse_html
from core.reading.judge import dated_name, is_section_label, section_dated

LEAD = "The ferry between Bramble Quay and Green Island returned to its route on Tuesday after three months of pier repairs."
MORE = "The council's website gives details of the repairs. Islanders said they had waited for this since November."


def _docs_export(title_tag: str, title_paragraph: str) -> bytes:
    spacer = "<p class='c1 c4'><span class='c0'></span></p>"
    return (f"<html><head><meta content='text/html; charset=UTF-8' http-equiv='content-type'><title>{title_tag}</title></head>"
            f"<body class='c8 doc-content'>{title_paragraph}"
            "<p class='c1'><span class='c0 c5'>Ana Example, 3 March 2026</span></p>"
            f"{spacer}<p class='c1'><span class='c0'>{LEAD}</span></p>{spacer}"
            "<p class='c1'><span class='c0'>What changes for passengers:</span></p>"
            "<ul class='c6 lst-kix_ab12cd-0 start'><li class='c1 c7 li-bullet-0'><span class='c0'>crossings every 15 minutes at peak hours</span></li>"
            "<li class='c1 c7 li-bullet-0'><span class='c0'>fares stay the same</span></li>"
            "<li class='c1 c7 li-bullet-0'><span class='c0'>bicycles travel free</span></li></ul>"
            f"{spacer}<p class='c1'><span class='c0'>{MORE}</span></p></body></html>").encode()


def test_office_export_titled_by_its_title_paragraph_not_its_file_name() -> None:
    page = _docs_export("ferry_green_island_v3_FINAL",
                        "<p class='c1 title' id='h.x1'><span class='c3'>Ferry sails again to Green Island</span></p>")
    article = parse_html(page, source="x.html")
    assert article.title == "Ferry sails again to Green Island"
    assert article.paragraphs[0] == LEAD
    assert all("ferry_green_island" not in p for p in article.paragraphs)
    # the list between spacer paragraphs, its items without full stops, stays in its place
    at = article.paragraphs.index("What changes for passengers:")
    assert article.paragraphs[at + 1 : at + 4] == (
        "crossings every 15 minutes at peak hours", "fares stay the same", "bicycles travel free")
    assert article.paragraphs[at + 4] == MORE
    # Word's "Save as HTML": its Title paragraph's class, a file's name with its extension in the tab
    word = _docs_export("Ferry report.docx", "<p class=MsoTitle>Ferry sails again to Green Island</p>")
    assert parse_html(word, source="x.html").title == "Ferry sails again to Green Island"


def test_title_class_of_a_web_page_with_a_headline_title_stays_a_paragraph_class() -> None:
    page = ("<html><head><meta charset='utf-8'><title>Ferry sails again to Green Island</title></head><body>"
            "<div class='teaser'><p class='title'>Island bus timetable changes</p></div>"
            f"<article><p>{LEAD}</p><p>{MORE}</p></article></body></html>").encode()
    assert parse_html(page, source="x.html").title == "Ferry sails again to Green Island"


AMP = """<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>{tab}</title>
<link rel="canonical" href="https://harbourpost.example/news/4021">
<script async src="https://cdn.ampproject.org/v0.js"></script></head><body>
<header class="amp-header"><button on="tap:sidebar.toggle">Menu</button><h1 class="logo"><a href="/">Harbour Post</a></h1></header>
<amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/politics">Politics</a></li><li><a href="/login">Log in</a></li></ul></amp-sidebar>
<main><h2 class="amp-title">Island ferry back in service after three months</h2>
<div class="info"><span class="byline">By Ana Example</span> <span class="date">3 March 2026 09:40</span></div>
<div class="article-body"><p>{lead}</p><p>The council said crossings would run every fifteen minutes at peak hours this spring.</p></div>
</main><footer>© Harbour Post. All rights reserved.</footer></body></html>"""


def test_amp_page_whose_h1_is_its_logo_and_whose_tab_names_the_site() -> None:
    for tab in ("Harbour Post : Mobile", "Harbour Post | Home"):
        article = parse_html(AMP.format(tab=tab, lead=LEAD).encode(), source="x.html")
        assert article.title == "Island ferry back in service after three months", tab
        assert article.outlet == "Harbour Post", tab
        assert article.paragraphs[0] == LEAD


KA_LEAD = "ძველ ნავსადგურსა და მწვანე კუნძულს შორის ბორანი სამშაბათს ისევ ამოქმედდა, მთავარი ნავმისადგომის შეკეთების შემდეგ."
KA_MORE = "მერიის ცნობით, პიკის საათებში ბორანი ყოველ თხუთმეტ წუთში გავა, ბილეთის ფასი კი არ შეიცვლება."


def _ka_page(line: str, nav: str = "") -> bytes:
    return (f"<html lang='ka'><head><meta charset='utf-8'><title>ბორანი ისევ დადის</title></head><body>{nav}<article>"
            f"<h1>ბორანი ისევ დადის</h1>{line}<p>{KA_LEAD}</p><p>{KA_MORE}</p></article></body></html>").encode()


def test_section_label_over_the_date_is_no_byline() -> None:
    # a known section's name ("news", "culture and art") over the date: the date line, no name
    assert dated_name("ახალი ამბები · 3 მარტი, 2026, 09:15") is None
    assert section_dated("კულტურა და ხელოვნება · 3 მარტი, 2026")
    assert is_section_label("ახალი ამბები") and not is_section_label("ნინო მაგალითი")
    assert dated_name("World News | 3 March 2026") is None
    for line in ("<div class='text-muted small'>ახალი ამბები · 3 მარტი, 2026, 09:15</div>",
                 "<div class='meta'><a href='/c'>კულტურა და ხელოვნება</a> · <time>3 მარტი, 2026</time></div>"):
        article = parse_html(_ka_page(line), source="x.html")
        assert article.byline is None, line
        assert article.paragraphs[0] == KA_LEAD, line
        assert (article.published or "").startswith("2026-03-03")
    # a name the page's menu gives a section ("sea and harbour"), however shaped like a person's name
    nav = "<nav><ul><li><a href='/'>მთავარი</a></li><li><a href='/sea'>ზღვა და ნავსადგური</a></li></ul></nav>"
    for line in ("<div class='text-muted small'>ზღვა და ნავსადგური · 3 მარტი, 2026, 09:15</div>",
                 "<div class='meta'><a href='/sea'>ზღვა და ნავსადგური</a> <span>3 მარტი, 2026, 09:15</span></div>"):
        article = parse_html(_ka_page(line, nav), source="x.html")
        assert article.byline is None, line
        assert article.paragraphs[0] == KA_LEAD, line
        assert article.published == "2026-03-03T09:15:00"
    # a person's name over the date stays the byline, beside such a menu too
    line = "<div class='text-muted small'>ნინო მაგალითი · 3 მარტი, 2026, 09:15</div>"
    assert parse_html(_ka_page(line, nav), source="x.html").byline == "ნინო მაგალითი"
