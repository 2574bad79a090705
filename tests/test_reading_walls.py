"""Paywalls in the words of other languages and platforms (invented inputs): a wall's notice is
known by what it is made of (a word for subscribers with what it asks of the reader), its offer
between two notices goes with it, and a meter's banner above a whole report cuts nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import is_paywall

_LEAD = ("<p>The harbour board will sell the container terminal to a private operator, board papers seen by this "
         "paper show.</p><p>Two firms have already made informal offers, the papers say.</p>")


def _page(wall: str, *, before: str = "", lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Terminal may be sold - Tide Post</title>'
            f'<meta property="og:site_name" content="Tide Post"></head><body><main><article><h1>Terminal may be sold</h1>'
            f"{before}{_LEAD}<div class=end>{wall}</div></article></main></body></html>")


@pytest.mark.parametrize(("lang", "wall"), [
    ("nb", "<p>Denne saken er forbeholdt abonnenter</p><p>Registrer deg gratis eller kjøp abonnement for å lese videre.</p>"
           "<p>Kjøp abonnement</p><p>Allerede abonnent? Logg inn</p>"),
    ("hu", "<p>A cikk folytatását csak előfizetőink olvashatják.</p>"
           "<p>Fizessen elő most, és olvassa korlátlanul a lapot havi 990 forintért!</p><p>Már előfizető? Jelentkezzen be!</p>"),
    ("cs", "<p>Celý článek je jen pro předplatitele.</p><p>Předplaťte si nás ještě dnes za 99 Kč měsíčně.</p>"
           "<p>Máte předplatné? Přihlaste se.</p>"),
    ("en", "<p>Create an account to read the full story.</p><p>The author made this story available to members only.</p>"
           "<p>Continue in app</p><p>Sign up with Google</p>"),
    # a vendor's registration form of <div>s, the wall named only by its class
    ("et", '<div id="zephr-outcome" class="zephr-feature_article-paywall"><div>Loe edasi, telli Tide Post</div>'
           "<div>Esimene kuu 1 €, seejärel 9,99 € kuus.</div><div>Oled juba tellija? Logi sisse</div></div>"),
    ("lv", '<div class="vendor-paywall-wrapper"><p>Šis raksts pieejams tikai abonentiem</p>'
           "<p>Abonē no 4,99 € mēnesī un lasi bez ierobežojumiem.</p></div>"),
    # a "pay or OK" consent wall: accept the cookies or subscribe
    ("hu", '<div class="cmp-consent-wall"><p>A cikk folytatásához fogadja el a sütik használatát, vagy fizessen elő.</p>'
           "<p>Mi és partnereink sütiket használunk a hirdetések személyre szabásához.</p><p>Elfogadom</p></div>"),
    ("id", '<div class="paywall"><h2>Terus membaca dengan uji coba gratis 7 hari</h2>'
           "<div>Berlangganan untuk terus membaca postingan ini.</div><a href=/s>Mulai uji coba</a></div>"),
    # a vendor's box whose class or id names the vendor, not the wall: Piano's offer, Sourcepoint's message
    ("lt", '<div id="piano-inline-offer" class="tp-container-truncated" data-piano-template="x">'
           "<p>Skaitykite toliau su prenumerata</p><p>Pirmas mėnuo – 1 €, vėliau 6,99 € per mėnesį.</p></div>"),
    ("pl", '<div id="sp_message_container_871234"><p>Czytaj dalej bez reklam albo zaakceptuj pliki cookie</p>'
           "<p>My i nasi partnerzy przechowujemy informacje na urządzeniu.</p></div>"),
])
def test_a_wall_in_other_words_or_named_by_its_box_cuts_the_report_and_is_no_paragraph(tmp_path: Path, lang: str, wall: str) -> None:
    path = tmp_path / "p.html"
    path.write_text(_page(wall, lang=lang), encoding="utf-8")
    (article,) = read_file(path)
    assert len(article.paragraphs) == 2, article.paragraphs
    assert article.teaser


def test_a_meters_banner_above_a_whole_report_cuts_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    banner = "<p>You have 2 free articles left this month. Register for free to keep reading.</p>"
    path.write_text(_page("<p>The sale needs the city council's approval.</p>", before=banner), encoding="utf-8")
    (article,) = read_file(path)
    assert len(article.paragraphs) == 3 and not article.teaser


@pytest.mark.parametrize("sentence", [
    "The company has 2 million subscribers, it said on Tuesday.",
    "Netflix subscribers already pay more than they did last year, the regulator found.",
    "Only about a third of the paper's subscribers renewed their subscription after the price rose by a fifth.",
])
def test_a_reports_sentence_on_subscribers_is_no_notice(sentence: str) -> None:
    assert not is_paywall(sentence)


def test_a_newsletter_platforms_box_between_paragraphs_is_furniture(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    box = ("<p>The Tideline is a reader-supported publication. To receive new posts and support my work, consider "
           "becoming a free or paid subscriber.</p><p>Leave a comment</p>")
    path.write_text(_page("<p>The sale needs the city council's approval.</p>", before=box), encoding="utf-8")
    (article,) = read_file(path)
    assert len(article.paragraphs) == 3
    assert not any("reader-supported" in p or p == "Leave a comment" for p in article.paragraphs)


def test_a_memberpress_message_and_login_form_are_the_wall_in_any_language(tmp_path: Path) -> None:
    """MemberPress's box for readers not allowed (mepr-unauthorized-message) and its login form
    (mp_login_form), in Galician: words no notice list holds, known by their vendor's classes."""
    page = tmp_path / "mepr.html"
    page.write_text(
        '<html lang="gl"><head><meta charset="utf-8"><title>O porto estuda vender a terminal | Xornal da Ría</title></head><body><article>'
        "<h1>O porto estuda vender a terminal</h1>"
        "<p>O Porto de Ferrol estuda vender a terminal de graneis, segundo documentos aos que tivo acceso este xornal.</p>"
        "<p>Os documentos mostran que dúas empresas xa presentaron ofertas pola concesión.</p>"
        '<div class="mepr-unauthorized-message"><p>Este contido é só para as persoas socias do xornal.</p>'
        "<p>Faite socia desde 4 € ao mes e apoia o xornalismo da comarca.</p>"
        '<p><a class="mepr-button" href="/rexistro/">Quero facerme socia</a></p></div>'
        '<div class="mp_wrapper mp_login_form"><p class="mepr-login-question">Xa es socia? <a href="/acceder/">Entra</a></p>'
        '<form><label>Nome de usuaria ou correo</label><input name="log"></form></div></article></body></html>', encoding="utf-8")
    (article,) = read_file(page)
    assert len(article.paragraphs) == 2 and not any("socia" in p or "usuaria" in p for p in article.paragraphs)


def test_the_report_a_page_marks_as_behind_its_wall_stays(tmp_path: Path) -> None:
    """A box named for the wall that holds the report itself (longer than a notice) is the report."""
    body = "".join(f"<p>Paragraph {n} of the report says the harbour board met on Tuesday and voted to sell the "
                   f"terminal, after a debate that ran for {n + 2} hours in the town hall.</p>" for n in range(6))
    path = tmp_path / "p.html"
    path.write_text(_page(f'<div class="article-paywall">{body}</div>'), encoding="utf-8")
    (article,) = read_file(path)
    assert len(article.paragraphs) == 8, article.paragraphs


@pytest.mark.parametrize("notice", ["Baca artikel penuh dengan melanggan.", "Sudah melanggan? Log masuk",
                                    "Sudah menjadi pelanggan berbayar? Masuk"])
def test_a_malay_or_indonesian_notice_with_its_affixes_is_a_wall(notice: str) -> None:
    assert is_paywall(notice)


@pytest.mark.parametrize("notice", ["Šis straipsnis skirtas tik prenumeratoriams", "Nội dung này chỉ dành cho hội viên.",
                                    "Bạn đã là hội viên? Đăng nhập", "Šis raksts pieejams tikai abonentiem"])
def test_a_notice_in_lithuanian_latvian_or_vietnamese_is_a_wall(notice: str) -> None:
    assert is_paywall(notice)


@pytest.mark.parametrize("sentence", ["Công ty có 2 triệu thuê bao di động.", "Thành viên hội đồng đã bỏ phiếu chỉ sau hai giờ.",
                                      "Tik 3 straipsniai buvo paskelbti."])
def test_a_sentence_on_members_in_those_languages_is_no_notice(sentence: str) -> None:
    assert not is_paywall(sentence)
