"""Byline lead words and role labels in more languages, a byline's trailing stamp, a blog entry's
footer byline, class words for the writer and picture captions in other languages (session 43)."""

from __future__ import annotations

from core.reading.html import parse_html
from core.reading.judge import clean_byline

LEAD = "Das Fährschiff zur Insel fährt ab Dienstag wieder jede Stunde, teilte die Reederei am Montag mit, nach drei Wochen Pause."
MORE = "Die Nachtfahrten beginnen erst in der kommenden Woche wieder, und die Preise bleiben bis Jahresende unverändert."


def _page(body: str, lang: str = "de", title: str = "Fähre fährt wieder") -> str:
    return f"<html lang='{lang}'><head><title>{title}</title></head><body>{body}</body></html>"


def test_trailing_stamp_leaves_the_names() -> None:
    assert clean_byline(["Par Ana Exemple, publié le 3 mars 2026 à 15h40"], line=True) == "Ana Exemple"
    assert clean_byline(["Von Ana Beispiel, veröffentlicht am 3. März 2026"], line=True) == "Ana Beispiel"
    assert clean_byline(["Posted by Ana Example at 09:15 AM in People"], line=True) == "Ana Example"


def test_interviewer_credit_is_the_byline_without_its_label() -> None:
    assert clean_byline(["Rozmawiała Anna Przykład"], line=True) == "Anna Przykład"
    assert clean_byline(["Interviewed by Ana Example"], line=True) == "Ana Example"
    page = _page(f"<article><h1>Fähre fährt wieder</h1><p>{LEAD}</p><p>{MORE}</p><p><em>Das Gespräch führte Ana Beispiel</em></p></article>")
    article = parse_html(page.encode(), source="x.html")
    assert article.byline == "Ana Beispiel"
    assert all("Gespräch" not in p for p in article.paragraphs)


def test_swahili_by_word_on_a_swahili_page() -> None:
    lead = "Feri ya kwenda kisiwani itaanza tena kufanya kazi kila saa kuanzia Jumanne, kampuni ilisema Jumatatu baada ya wiki tatu."
    more = "Safari za usiku zitaanza wiki ijayo na bei hazitabadilika hadi mwisho wa mwaka, kwa mujibu wa kampuni hiyo."
    page = _page(f"<article><h1>Feri yaanza tena</h1><div class='article-authorName'>Na <a href='/a'>Asha Mfano</a></div>"
                 f"<p>{lead}</p><p>{more}</p></article>", lang="sw", title="Feri yaanza tena")
    assert parse_html(page.encode(), source="x.html").byline == "Asha Mfano"


def test_blog_entry_footer_names_the_writer() -> None:
    page = _page(f"<div class='entry'><h3 class='entry-header'>Fähre fährt wieder</h3><div class='entry-body'><p>{LEAD}</p><p>{MORE}</p></div>"
                 "<div class='entry-footer'><p><span>Posted by Ana Example at 09:15 AM in <a href='/c'>People</a></span> | "
                 "<a href='/p'>Permalink</a></p></div></div>")
    assert parse_html(page.encode(), source="x.html").byline == "Ana Example"


def test_author_class_in_turkish_and_caption_class_in_french() -> None:
    lead = "Liman idaresi, ada feribot seferlerinin salı gününden itibaren her saat başı yeniden yapılacağını pazartesi günü açıkladı."
    more = "Gece seferleri gelecek hafta yeniden başlayacak ve bilet fiyatları yıl sonuna kadar değişmeyecek, dedi idare."
    page = _page(f"<article><h1>Feribot yeniden</h1><p class='yazar'>Elif Örnek</p><p>{lead}</p><p>{more}</p></article>",
                 lang="tr", title="Feribot yeniden")
    article = parse_html(page.encode(), source="x.html")
    assert article.byline == "Elif Örnek" and article.paragraphs[0].startswith("Liman")
    page = _page(f"<article><h1>Fähre fährt wieder</h1><img src='a.jpg'><p class='legende'>Le bac au quai, jeudi. Photo : Ana Exemple</p>"
                 f"<p>{LEAD}</p><p>{MORE}</p></article>")
    assert all("Photo" not in p for p in parse_html(page.encode(), source="x.html").paragraphs)
