"""Lines of a page that are no report, and the page's own date line, in shapes and languages a
second variant round found (round 41): a date in a Polish meta line, a section between the site's
name and the headline in the title, a Turkish related-story label in capitals, Medium's and
Substack's feed furniture, a Polish live page's sign-off. Invented pages."""

from __future__ import annotations

from core.reading.html import parse_html

_BODY = ("<p>Od kwietnia prom między Zalewem a Wyspą Kutrową będzie kursował co piętnaście minut w godzinach szczytu, "
         "ogłosił we wtorek zarząd portu.</p>"
         "<p>Zmiana ma złagodzić skutki zamknięcia starego mostu dla samochodów. Ceny biletów się nie zmienią.</p>"
         "<p>Pierwszy kurs będzie odpływał o szóstej rano, a ostatni o dwudziestej trzeciej.</p>")


def test_the_day_a_meta_line_prints_is_the_date_where_the_page_gives_none() -> None:
    """A Polish meta line "Autor: ... | 3 marca 2026, 10:15" under a headline: the extractor reads
    no Polish month, and its guess was the copyright's year alone, so the page had no date."""
    page = ("<html lang='pl'><head><title>Prom będzie kursował co kwadrans - Gazeta Przykładowa</title></head><body>"
            "<header><h1 class='logo'><a href='/'>Gazeta Przykładowa</a></h1></header><div class='art'>"
            "<h2 class='art-title'>Prom będzie kursował co kwadrans</h2>"
            "<div class='art-meta'>Autor: Jan Przykładowy | 3 marca 2026, 10:15</div>"
            f"<div class='art-body'>{_BODY}</div></div><footer>© 2026 Gazeta Przykładowa</footer></body></html>")
    article = parse_html(page.encode(), source="gazeta.html")
    assert (article.published or "").startswith("2026-03-03")
    assert article.byline == "Jan Przykładowy"


def test_a_section_between_the_site_name_and_the_headline_is_no_part_of_the_title() -> None:
    page = ("<html lang='nl'><head><title>Het Voorbeeldblad | Regio | Veerpont vaart elk kwartier</title></head><body>"
            "<div id='header'><div class='logo'><a href='/'>Het Voorbeeldblad</a></div></div>"
            "<div id='content'><div class='kop'>Veerpont vaart elk kwartier</div>"
            "<p>De veerpont tussen Zeedorp en het eiland vaart vanaf april elk kwartier in de spits, heeft de gemeente besloten.</p>"
            "<p>De prijzen blijven dit jaar gelijk. Abonnementen voor de parkeergarage worden terugbetaald.</p></div>"
            "<div id='footer'>&copy; 2026 Het Voorbeeldblad</div></body></html>")
    article = parse_html(page.encode(), source="blad.html")
    assert article.title == "Veerpont vaart elk kwartier"
    assert article.paragraphs[0].startswith("De veerpont")


def test_a_related_story_label_in_turkish_capitals_is_furniture() -> None:
    page = ("<html lang='tr'><head><title>Liman terminali satılıyor - Örnek Postası</title></head><body><article>"
            "<h1>Liman terminali satılıyor</h1>"
            "<p>Liman idaresinin konteyner terminalini özel bir işletmeciye satmayı değerlendirdiği yönetim kurulu "
            "belgelerinden anlaşıldı.</p>"
            "<p><strong>İLGİLİ HABER:</strong> <a href='/ekonomi/zam'>Liman ücretlerine yüzde 20 zam</a></p>"
            "<p>Belgelere göre iki şirket şimdiden gayriresmi teklif verdi; kurul teklifleri ay sonunda görüşecek.</p>"
            "</article></body></html>")
    article = parse_html(page.encode(), source="postasi.html")
    assert not any("HABER" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 2


def test_medium_and_substack_footers_in_a_post_are_furniture() -> None:
    from core.reading.judge import is_furniture_block

    assert is_furniture_block("Why the bridge had to close was originally published in Coastal Notes on Medium, where "
                              "people are continuing the conversation by highlighting and responding to this story.")
    assert is_furniture_block("Thanks for reading Ferry Notes! Subscribe for free to receive new posts and support my work.")
    # a report's own sentence about a publication is none
    assert not is_furniture_block("The plan was originally published in the council's journal in 2019, the mayor said.")


def test_a_polish_live_pages_sign_off_is_no_update() -> None:
    """A live page its structured data calls one (LiveBlogPosting), newest first: its sign-off
    "To wszystko na dziś" was kept as the newest update, the lead."""
    page = ("<html lang='pl'><head><title>Sztorm nad Zalewem. Relacja na żywo</title>"
            "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"LiveBlogPosting\", "
            "\"headline\": \"Sztorm nad Zalewem. Relacja na żywo\"}</script></head><body><article>"
            "<h1>Sztorm nad Zalewem. Relacja na żywo</h1>"
            "<div class='post'><p>To wszystko na dziś. Dziękujemy, że byli Państwo z nami; pełną relację opublikujemy wieczorem.</p></div>"
            "<div class='post'><p>Zarząd portu potwierdził, że terminal promowy pozostanie zamknięty co najmniej do piątku.</p></div>"
            "<div class='post'><p>Porywy wiatru przekraczają 120 km/h na falochronie, podał instytut meteorologii.</p></div>"
            "</article></body></html>")
    article = parse_html(page.encode(), source="kurier.html")
    assert not any(p.startswith("To wszystko") for p in article.paragraphs)
    assert any("terminal promowy" in p for p in article.paragraphs)
