"""A site's promotions inside a report (invented inputs): newsletter sign-up boxes with their
headings, "see also" and "watch also" boxes, calls to follow the site on a messenger's channel or a
news aggregator, in several languages; and a label before a colon in a byline element ("Haber:
Elif Örnek")."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.judge import clean_byline, is_furniture_block, is_signup, unlabelled

LEAD = "The harbour board voted on Tuesday to close the old swing bridge to cars from next spring."
SECOND = "Walkers and cyclists will still be able to cross, and a ferry will run every quarter hour at peak times."
THIRD = "Shop owners on the north quay asked for the vote to be put off."


def _read(tmp_path: Path, body: str, *, lang: str = "en", title: str = "Old bridge to close to cars",
          byline: str = "") -> list:  # type: ignore[type-arg]
    path = tmp_path / "p.html"
    path.write_text(f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head>"
                    f"<body><main><article><h1>{title}</h1>{byline}<div class='story-body'>{body}</div></article></main>"
                    "</body></html>", encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


# --- newsletter sign-up boxes ----------------------------------------------------------------


@pytest.mark.parametrize("box", [
    # a box no class names, told by its pitch: its heading goes with it
    "<div class='box-7'><h3>The Quayside Briefing</h3><p>Get the day's top stories in your inbox every morning.</p>"
    "<input placeholder='Email address'><button>Sign up</button></div>",
    # a box its class names, around a heading and a button only
    "<div class='Insert'><div class='NewsletterPanel'><h3>Get harbour news alerts</h3>"
    "<p>Sign up for our newsletter to get alerts delivered to your inbox.</p><button>Subscribe</button></div></div>",
    # a pitch in none of the sign-up words, in a box that asks for an e-mail address
    "<section class='promo-x'><h4>Morning Tide</h4><p>Our best stories, every weekday morning.</p>"
    "<form><input type='email' name='addr'><button>Go</button></form></section>",
])
def test_a_sign_up_box_inside_the_report_goes_with_its_heading(tmp_path: Path, box: str) -> None:
    [article] = _read(tmp_path, f"<p>{LEAD}</p><p>{SECOND}</p>{box}<p>{THIRD}</p>")
    assert article.paragraphs == (LEAD, SECOND, THIRD)


def test_a_sign_up_box_in_german_goes_with_its_heading(tmp_path: Path) -> None:
    lead = "Der Hafenrat hat am Dienstag beschlossen, die alte Drehbrücke ab dem Frühjahr für Autos zu sperren."
    second = "Fußgänger und Radfahrer dürfen die Brücke weiter nutzen, teilte die Stadt mit."
    box = ("<div class='kasten'><h3>Der Hafen-Morgen</h3><p>Abonnieren Sie unseren Newsletter und erhalten Sie die "
           "wichtigsten Nachrichten direkt in Ihr Postfach.</p><button>Jetzt anmelden</button></div>")
    [article] = _read(tmp_path, f"<p>{lead}</p>{box}<p>{second}</p>", lang="de", title="Brücke wird gesperrt")
    assert article.paragraphs == (lead, second)


def test_a_pitch_in_the_reports_own_container_goes_alone(tmp_path: Path) -> None:
    # no box around the pitch: the line goes, the report (and its subhead) stays whole
    [article] = _read(tmp_path, f"<p>{LEAD}</p><h3>What happens next</h3><p>Sign up for our morning newsletter.</p>"
                                f"<p>{SECOND}</p>")
    assert article.paragraphs == (LEAD, "What happens next", SECOND)


def test_a_short_report_with_a_form_beside_it_is_kept(tmp_path: Path) -> None:
    # a brief of two sentences beside a comment form's e-mail field: the report's lines hold the box back
    [article] = _read(tmp_path, f"<p>{LEAD}</p><p>{THIRD}</p><form><input type='email'><button>Send</button></form>")
    assert article.paragraphs == (LEAD, THIRD)


@pytest.mark.parametrize(("text", "signup"), [
    ("Get the day's top stories in your inbox every morning.", True),
    ("Sign up for breaking news alerts", True),
    ("Jetzt den Newsletter abonnieren", True),
    ("Inscrivez-vous à notre newsletter quotidienne", True),
    ("Suscríbete a nuestro boletín y recibe las noticias en tu correo.", True),
    ("Receba a nossa newsletter no seu e-mail.", True),
    ("Iscriviti alla newsletter del mattino", True),
    ("Meld je aan voor de nieuwsbrief van de haven", True),
    ("E-bültenimize abone olun", True),
    ("Berlangganan buletin harian kami", True),
    # a report's sentences on inboxes and alerts
    ("If a suspicious message lands in your inbox, delete it, police said.", False),
    ("The council said 4,000 residents had signed up for flood alerts since January.", False),
    ("The newsletter, founded in 1998, now has 40,000 readers.", False),
])
def test_a_sign_up_pitch_in_many_languages(text: str, signup: bool) -> None:
    assert is_signup(text) is signup


# --- "see also" boxes and calls to follow a channel --------------------------------------------

HI_LEAD = "नगर निगम ने मंगलवार को पुराने पुल को अगले साल से कारों के लिए बंद करने का फैसला किया।"
HI_SECOND = "पैदल यात्री पुल का इस्तेमाल करते रहेंगे।"
HI_LAST = "नए पुल पर अगले महीने सुनवाई होगी।"


@pytest.mark.parametrize("heading", ["ये भी देखें", "यह भी देखें"])
def test_a_watch_also_box_inside_a_hindi_report_goes_and_the_report_goes_on(tmp_path: Path, heading: str) -> None:
    box = f"<div class='vid'><h3>{heading}</h3><p><a href='/v'>वीडियो: बाढ़ के बाद घाट</a></p></div>"
    [article] = _read(tmp_path, f"<p>{HI_LEAD}</p><p>{HI_SECOND}</p>{box}<p>{HI_LAST}</p>", lang="hi", title="पुल बंद")
    assert article.paragraphs == (HI_LEAD, HI_SECOND, HI_LAST)


def test_a_see_also_box_in_spanish_goes_and_the_report_goes_on(tmp_path: Path) -> None:
    lead = "El ayuntamiento cerrará el viejo puente del puerto a los coches a partir de la próxima primavera."
    last = "La obra nueva costará doce millones."
    box = "<div class='caja'><h4>Mira también</h4><ul><li><a href='/a'>Grietas en el puente</a></li></ul></div>"
    [article] = _read(tmp_path, f"<p>{lead}</p>{box}<p>{last}</p>", lang="es", title="Cierra el puente")
    assert article.paragraphs == (lead, last)


@pytest.mark.parametrize("links", [
    # no box around the label: the heading and the links right under it, in the report's own container
    "<h3>ये भी देखें</h3><ul><li><a href='/v'>वीडियो: बाढ़ के बाद घाट</a></li></ul>",
    "<p><strong>ये भी देखें</strong></p><p><a href='/v'>वीडियो: बाढ़ के बाद घाट</a></p>",
])
def test_a_watch_also_label_over_links_in_the_reports_own_container_goes_with_them(tmp_path: Path, links: str) -> None:
    [article] = _read(tmp_path, f"<p>{HI_LEAD}</p><p>{HI_SECOND}</p>{links}<p>{HI_LAST}</p>", lang="hi", title="पुल बंद")
    assert article.paragraphs == (HI_LEAD, HI_SECOND, HI_LAST)


def test_a_subhead_over_links_stays(tmp_path: Path) -> None:
    [article] = _read(tmp_path, f"<p>{LEAD}</p><h3>What comes next</h3><p>{SECOND} <a href='/a'>The agenda</a></p>")
    assert article.paragraphs == (LEAD, "What comes next", f"{SECOND} The agenda")


@pytest.mark.parametrize("text", [
    "ये भी देखें: बाढ़ के बाद घाट का हाल", "Mira también: Grietas en el puente", "Siehe auch: Risse in der Brücke",
    "Tonton juga: Banjir di pelabuhan",
])
def test_see_also_labels_before_a_link_are_furniture(text: str) -> None:
    assert is_furniture_block(text)


@pytest.mark.parametrize(("text", "furniture"), [
    ("Simak berita pilihan kami langsung di ponselmu. Pilih saluran favoritmu di WhatsApp Channel Kabar Teluk.", True),
    ("Ikuti berita terkini Kabar Teluk di Google News.", True),
    ("Síguenos en Telegram para recibir las últimas noticias.", True),
    ("Siga o Jornal do Cais no Google News.", True),
    ("Kıyı Postası'nı Google News'te takip edin", True),
    ("Folgen Sie uns auf WhatsApp, um keine Nachricht zu verpassen.", True),
    ("Rejoignez notre chaîne WhatsApp pour suivre l'actualité du port.", True),
    ("ताज़ा खबरों के लिए हमारे व्हाट्सएप चैनल से जुड़ें", True),
    ("Join our WhatsApp channel for the latest harbour news.", True),
    ("Baca berita menarik lainnya dari Kabar Teluk di Google News.", True),
    ("Receba as notícias do Jornal do Cais no seu WhatsApp.", True),
    ("Haberleri WhatsApp kanalımızdan takip edin", True),
    ("Подписывайтесь на наш Telegram-канал", True),
    # a report's sentences on the same services
    ("Sigue la polémica por el vídeo difundido en TikTok.", False),
    ("The ministry said it would follow up on complaints made on Facebook.", False),
    ("Mari Example, who runs the ferry, posted the timetable on Facebook.", False),
])
def test_a_call_to_follow_the_site_on_a_channel_is_furniture(text: str, furniture: bool) -> None:
    assert is_furniture_block(text) is furniture


def test_a_channel_promo_closing_an_indonesian_report_is_no_paragraph(tmp_path: Path) -> None:
    lead = "Pemerintah kota memutuskan menutup jembatan tua di pelabuhan untuk mobil mulai April."
    last = "Para nelayan khawatir penutupan itu mengurangi pembeli di pasar ikan."
    promo = "Simak berita pilihan kami langsung di ponselmu. Pilih saluran favoritmu di WhatsApp Channel Kabar Teluk."
    [article] = _read(tmp_path, f"<p>{lead}</p><p>{last}</p><p>{promo}</p>", lang="id", title="Jembatan ditutup")
    assert article.paragraphs == (lead, last)


# --- a label before the byline's names -----------------------------------------------------------


@pytest.mark.parametrize(("label", "name"), [
    ("Haber", "Ayşe Deneme"), ("Muhabir", "Ayşe Deneme"), ("Texto", "Lucía Ejemplo"), ("Reportage", "Claire Exemple"),
    ("Tekst", "Jan Przykład"), ("Written by", "Nora Sample"), ("Words", "Nora Sample"), ("Redacción", "Lucía Ejemplo"),
])
def test_a_label_before_the_names_in_a_byline_element_is_no_name(tmp_path: Path, label: str, name: str) -> None:
    [article] = _read(tmp_path, f"<p>{LEAD}</p><p>{SECOND}</p>", byline=f"<div class='byline'>{label}: {name}</div>")
    assert article.byline == name


@pytest.mark.parametrize(("line", "unchanged"), [
    ("Haber: Ayşe Deneme", False), ("Texto: Lucía Ejemplo y Pablo Muestra", False),
    # another credit's label, a name with its role, a date: as they are
    ("Foto: Bo Lind", True), ("Fotoğraf: Ayşe Deneme", True), ("Quelle: Ana Example", True), ("Editor: Budi Contoh", True),
    ("Nora Sample: Harbour Reporter", True), ("Nora Sample: Bo Lind", True), ("Update: 3 March", True),
])
def test_a_bylines_label_comes_off_only_before_peoples_names(line: str, unchanged: bool) -> None:
    assert (unlabelled(line) == line) is unchanged
    if not unchanged:
        assert clean_byline([line]) == line.split(": ", 1)[1]


# --- boxes the page's own markup names: a call to action's card, a pager, a promotion, an ad slot ---


@pytest.mark.parametrize("box", [
    # a call to action's card (Ghost's kg-cta-card): the pitch in a <span> inside its <p>
    "<div class='kg-card kg-cta-card'><div class='kg-cta-text'><p><span>Join the Quayside letter for the harbour's"
    " news every morning in your inbox.</span></p></div><a href='#/portal/signup' class='kg-cta-button'>Join free</a></div>",
    # a promotion of another report (Brightspot's Promo inside an enhancement), its label in Basque
    "<bsp-enhancement class='Enhancement'><div class='Promo'><div class='Promo-category'>Gehiago irakurri</div>"
    "<div class='Promo-title'><a href='/news/fares'>Ferry fares to rise in spring</a></div></div></bsp-enhancement>",
    # an ad's slot and its placeholder word (AMP's fallback; Amharic 'advertisement')
    "<amp-ad width='300' height='250' type='doubleclick'><div fallback>ማስታወቂያ</div></amp-ad>",
])
def test_a_box_the_pages_markup_names_furniture_goes(tmp_path: Path, box: str) -> None:
    [article] = _read(tmp_path, f"<p>{LEAD}</p><p>{SECOND}</p>{box}<p>{THIRD}</p>")
    assert article.paragraphs == (LEAD, SECOND, THIRD)


def test_a_pager_to_the_previous_post_goes(tmp_path: Path) -> None:
    # its label in Swahili ('previous'): the pager's class names it, whatever its words
    pager = ("<section class='item-pagination item-pagination--prev-next'><a href='/news/fair'>"
             "<div class='item-pagination-prev-next'>Iliyotangulia</div><h2>Harbour fair held in the rain</h2></a></section>")
    [article] = _read(tmp_path, f"<p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>{pager}")
    assert article.paragraphs == (LEAD, SECOND, THIRD)
