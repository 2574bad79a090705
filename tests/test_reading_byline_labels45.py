"""Bylines and credits (session 45): "posted by" said in one word of a language before the name, "by"
said after the name, a post footer's author element inside its line, a wire credit naming an
agency's staff, and a live update's contributor line (invented inputs)."""

from __future__ import annotations

from core.reading.html import parse_html
from core.reading.judge import clean_byline, split_credit, wire_credit

LEAD = "The ferry to the outer islands runs again from Tuesday, every hour, after three months of repairs to the main pier."
MORE = "The harbour office said fares would not change and the night crossings would resume next week as planned."


def _page(body: str, lang: str = "en", title: str = "Ferry runs again") -> bytes:
    return f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>".encode()


def test_posted_by_label_of_one_word_is_taken_off() -> None:
    assert clean_byline(["இடுகையிட்டது கலா மாதிரி"]) == "கலா மாதிரி"  # Tamil "posted by"
    assert clean_byline(["Đăng bởi Nguyễn Văn An"], line=True) == "Nguyễn Văn An"
    assert clean_byline(["投稿者：山田太郎"], line=True) == "山田太郎"


def test_by_after_the_name_is_taken_off() -> None:
    assert clean_byline(["सीमा उदाहरण द्वारा"]) == "सीमा उदाहरण"  # Hindi
    assert clean_byline(["সীমা উদাহরণ দ্বারা"]) == "সীমা উদাহরণ"  # Bengali
    assert clean_byline(["Ayşe Örnek tarafından"]) == "Ayşe Örnek"  # Turkish
    assert clean_byline(["홍길동 글"]) == "홍길동"  # Korean
    assert clean_byline(["山田太郎 著"]) == "山田太郎"  # Japanese
    assert clean_byline(["张晓文"]) == "张晓文"  # a name ending in 文 stays whole


def test_post_footer_line_gives_way_to_its_author_element() -> None:
    body = (f"<div class='post'><h3 class='post-title'>Ferry runs again</h3><div class='post-body'>{LEAD}<br><br>{MORE}</div>"
            "<div class='post-footer'><div class='post-footer-line'><span class='post-author vcard'>இடுகையிட்டது "
            "<span class='fn'>கலா மாதிரி</span></span> <span class='post-timestamp'>நேரம் <a href='#'>9:15 முற்பகல்</a></span>"
            " <a href='#comments'>0 கருத்துகள்</a></div></div></div>")
    assert parse_html(_page(body, lang="ta"), source="x.html").byline == "கலா மாதிரி"


def test_credit_of_an_agency_staff_is_a_credit_line() -> None:
    assert wire_credit("(Reporting by Harbour Wire staff; editing by Ana Lind)") == ()
    assert wire_credit("Reporting by the Lindmoor newsroom; Editing by Bo Lind") == ()
    assert wire_credit("(Reporting by Ana Ruiz and Lindmoor staff; Editing by Bo Lind)") == ("Ana Ruiz",)
    assert split_credit("(Reporting by Harbour Wire staff; editing by Ana Lind)") == ("", ())
    page = _page(f"<article><h1>Ferry runs again</h1><p>{LEAD}</p><p>{MORE}</p>"
                 "<p>(Reporting by Harbour Wire staff; editing by Ana Lind)</p></article>")
    assert all("Reporting" not in p for p in parse_html(page, source="x.html").paragraphs)


def test_live_update_contributor_line_is_no_paragraph() -> None:
    texts = ("Police say the two missing passengers were found in the river below the line, one of them alive.",
             "The operator said it was far too early to speak of a cause and asked people not to speculate.",
             "Rescuers are cutting into the third carriage, a police spokesman told reporters at the scene.")
    posts = "".join(
        f"<div class='lx-post'><header><time datetime='2026-03-03T{h}:00+01:00'>{h}:00</time><h3>Update {h}</h3></header>"
        f"<div class='lx-post-body'><p>{texts[n]}</p>"
        + ("<p class='lx-post__contributor'>Posted by Ana Example</p>" if n == 1 else "") + "</div></div>"
        for n, h in enumerate(("12", "11", "10"))
    )
    summary = "<div class='lx-summary'><h2>Summary</h2><ul><li>Two passengers found</li><li>Line closed until Friday</li></ul></div>"
    page = _page(f"<main><div class='lx-stream'><h1>Ferry runs again - live</h1>{summary}{posts}</div></main>",
                 title="Ferry runs again - live")
    article = parse_html(page, source="x.html")
    assert all("Posted by" not in p for p in article.paragraphs)
    assert article.byline == "Ana Example"


def test_byline_again_at_the_end_is_no_paragraph() -> None:
    page = _page(f"<article><h1>Ferry runs again</h1><p class='byline'>By Ana Example</p><p>{LEAD}</p><p>{MORE}</p>"
                 "<p>By Ana Example</p></article>")
    article = parse_html(page, source="x.html")
    assert article.byline == "Ana Example"
    assert all("By Ana" not in p for p in article.paragraphs)


RELEASE = (
    "<html lang='en'><head><meta charset='utf-8'><title>Statement on the ferry fire - Lindmoor Ferries</title>"
    "<meta name='dcterms.date' content='2026-03-03'></head><body><main><article>"
    "<h1>Statement on the ferry fire</h1><p class='meta'>Lindmoor, 3 March 2026, 10:00</p>"
    f"<p>{LEAD}</p><p>{MORE}</p><p>The company thanked the crews of the rescue boats for their work during the night.</p>"
    "{close}</article></main></body></html>"
)


def test_release_place_and_time_line_gives_dateline_and_time() -> None:
    article = parse_html(RELEASE.format(close="").encode(), source="x.html")
    assert article.dateline == "Lindmoor"
    assert (article.published or "").startswith("2026-03-03T10:00")
    assert all("Lindmoor, 3 March" not in p for p in article.paragraphs)


def test_release_notes_to_editors_and_about_are_no_report() -> None:
    for close in ("<h2>Notes to editors</h2><p>Lindmoor Ferries runs six routes to the outer islands. Media: press@ferries.example.</p>",
                  "<h2>About Lindmoor Ferries</h2><p>Lindmoor Ferries is the operator of six routes to the outer islands.</p>",
                  "<h2>Hinweis an die Redaktion</h2><p>Lindmoor Ferries betreibt sechs Linien zu den äußeren Inseln.</p>"):
        article = parse_html(RELEASE.format(close=close).encode(), source="x.html")
        assert all("six routes" not in p and "sechs Linien" not in p and "Notes" not in p for p in article.paragraphs), close
        assert len(article.paragraphs) == 3
    # a subhead "About ..." over more of the report stays
    close = ("<h2>About the rescue</h2><p>Crews from two islands searched through the night in high seas and strong wind.</p>"
             "<p>Every passenger was brought ashore by six in the morning, the coastguard said later on Tuesday.</p>"
             "<p>Three of them were taken to hospital with burns, none of them in a serious condition.</p>")
    assert any("Crews from two islands" in p for p in parse_html(RELEASE.format(close=close).encode(), source="x.html").paragraphs)


def test_wiki_edit_links_and_licence_box_are_no_text() -> None:
    page = ("<html lang='de'><head><meta charset='utf-8'><title>Fähre fährt wieder – Wikinachrichten</title></head><body>"
            "<div id='content'><h1 id='firstHeading'>Fähre fährt wieder</h1><div id='mw-content-text'>"
            "<p>Die Fähre zur Insel fährt ab Dienstag wieder jede Stunde, teilte die Reederei am Montag mit, nach drei Wochen Pause.</p>"
            "<p>Die Nachtfahrten beginnen erst in der kommenden Woche wieder, und die Preise bleiben bis Jahresende unverändert.</p>"
            "<h2><span class='mw-headline'>Quellen</span><span class='mw-editsection'><span class='mw-editsection-bracket'>[</span>"
            "<a href='/w/index.php?action=edit&amp;section=1'>Bearbeiten</a><span class='mw-editsection-bracket'>]</span></span></h2>"
            "<ul><li>Ana Beispiel: Fähre fährt wieder. Inselbote, 3. März 2026</li></ul>"
            "<table class='cc-license'><tr><td>Alle Inhalte stehen unter der Lizenz Namensnennung 2.5</td></tr></table>"
            "</div></div></body></html>")
    article = parse_html(page.encode(), source="x.html")
    assert all("Bearbeiten" not in p and "Lizenz" not in p for p in article.paragraphs), article.paragraphs
    assert article.paragraphs[0].startswith("Die Fähre zur Insel")


def test_name_and_date_line_in_a_script_without_capitals() -> None:
    lead = "ძველ ნავსადგურსა და მწვანე კუნძულს შორის ბორანი სამშაბათს ისევ ამოქმედდა, მთავარი ნავმისადგომის შეკეთების შემდეგ."
    more = "მერიის ცნობით, პიკის საათებში ბორანი ყოველ თხუთმეტ წუთში გავა, ბილეთის ფასი კი არ შეიცვლება."
    page = _page(f"<article><h1>ბორანი ისევ დადის</h1><div class='text-muted small'>ნინო მაგალითი · 3 მარტი, 2026, 09:15</div>"
                 f"<p>{lead}</p><p>{more}</p></article>", lang="ka", title="ბორანი ისევ დადის")
    article = parse_html(page, source="x.html")
    assert article.byline == "ნინო მაგალითი"
    assert article.paragraphs[0].startswith("ძველ ნავსადგურსა")


def test_a_notes_heading_halfway_down_heads_more_of_the_report() -> None:
    # an essay's "Avertissement" (a notice, a disclaimer's word) over most of the essay: no release's
    # notes at its end, and nothing after it is cut (an extraction page lost 51 paragraphs)
    from core.reading import read_data

    body = [f"Le paragraphe {n} de l'essai examine les revues classées et la place des chercheurs dans chacune." for n in range(12)]
    paragraphs = "".join(f"<p>{p}</p>" for p in body[:4]) + "<h2>Avertissement</h2>" + "".join(f"<p>{p}</p>" for p in body[4:])
    page = (f"<html lang='fr'><head><title>Évaluer la recherche</title></head><body><article><h1>Évaluer la recherche</h1>"
            f"{paragraphs}</article></body></html>").encode()
    (item,) = list(read_data(page, source="essai.html"))
    assert item.article.paragraphs[-1] == body[-1]
    assert sum(p in item.article.paragraphs for p in body) == 12
