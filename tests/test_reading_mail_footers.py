"""A newsletter's closing furniture (core/reading/mail.py): the line under the report that links to
the list's addresses, and all after it, is no report text; a quoted-printable body's CRLF keeps
its "--" signature delimiter."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

from core.reading import read_paths

_REPORT = (
    "<h1>Ferry timetable changes on the Lorn crossing</h1>\n"
    "<p>The harbour board agreed on Monday to add two evening sailings on the Lorn crossing from March.</p>\n"
    "<p>The new sailings leave at eight and ten, and the board said fares would not change this year.</p>\n"
    "<p>Work on the slipway starts in February.</p>\n"
)


def _html_mail(html: str, *, encoding: str) -> bytes:
    """A multipart/alternative newsletter whose HTML part is *html* in base64 or quoted-printable."""
    data = html.encode("utf-8")
    body = base64.encodebytes(data) if encoding == "base64" else quopri.encodestring(data)
    return (
        b"From: Lorn Courier <news@courier.example>\r\nDate: Tue, 01 Dec 2026 06:00:00 +0200\r\n"
        b"Subject: Ferry timetable changes on the Lorn crossing\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="zz"\r\n\r\n--zz\r\n'
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nPlain.\r\n--zz\r\n"
        b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: " + encoding.encode() + b"\r\n\r\n"
        + body + b"\r\n--zz--\r\n"
    )


def _plain_mail(
    body: bytes, *, subject: bytes = b"Ferry timetable changes", charset: bytes = b"utf-8",
    quoted_printable: bool = False, dated: bool = False,
) -> bytes:
    """A text/plain newsletter whose body is *body* (in *charset*, quoted-printable where told)."""
    return (
        b"From: Lorn Courier <news@courier.example>\r\n"
        + (b"Date: Tue, 01 Dec 2026 06:00:00 +0200\r\n" if dated else b"")
        + b"Subject: " + subject + b"\r\nMIME-Version: 1.0\r\n"
        + b"Content-Type: text/plain; charset=" + charset + b"\r\n"
        + (b"Content-Transfer-Encoding: quoted-printable\r\n" if quoted_printable else b"")
        + b"\r\n" + body
    )


def _read(tmp_path: Path, data: bytes) -> list[str]:
    path = tmp_path / "letter.eml"
    path.write_bytes(data)
    articles, errors = read_paths([path])
    assert not errors
    return articles[0].paragraphs


def test_a_line_linking_to_the_list_s_addresses_closes_the_report_in_any_language(tmp_path: Path) -> None:
    # Before, the offer, the "why you got this" line (in a language the sentence patterns lack) and
    # the publisher's address were the report's last paragraphs.
    html = (
        "<html><body><table><tr><td>" + _REPORT
        + '<table><tr><td><a href="https://courier.example/tilaa">Ota Courier – 3 kk 5 €</a></td></tr></table>'
        "</td></tr><tr><td>Olet listalla. <a href=\"https://courier.example/list/unsubscribe?u=1\">Lopeta</a> · "
        '<a href="https://courier.example/privacy">Yksityisyys</a><br>Courier Oy, Rantakatu 9, 00100 Town</td></tr>'
        "</table></body></html>"
    )
    for encoding in ("base64", "quoted-printable"):
        paragraphs = _read(tmp_path, _html_mail(html, encoding=encoding))
        assert paragraphs[-1] == "Work on the slipway starts in February."
        assert not any("5 €" in p or "Rantakatu" in p or "Lopeta" in p for p in paragraphs)


def test_a_platform_s_bar_after_its_subscribe_button_is_no_text(tmp_path: Path) -> None:
    # (a guard: the page reader already drops this one; the cut must keep it so)
    html = (
        "<html><body><div class='post'>" + _REPORT
        + '<p class="button-wrapper"><a href="https://letters.example/subscribe?utm_medium=email">Join now</a></p></div>'
        "<table role='presentation'><tr><td><span>Like</span></td><td><span>Comment</span></td><td><span>Restack</span></td></tr></table>"
        "<div class='footer'><p>\u00a9 2026 Ana Example<br>1 Quay Street, Portsea</p>"
        "<p><a href='https://letters.example/action/disable_email'>Unsubscribe</a></p></div></body></html>"
    )
    paragraphs = _read(tmp_path, _html_mail(html, encoding="quoted-printable"))
    assert paragraphs[-1] == "Work on the slipway starts in February."
    assert not any("Like" in p or "Join now" in p or "Quay Street" in p for p in paragraphs)


def test_a_link_to_subscribe_inside_the_report_s_paragraph_stays(tmp_path: Path) -> None:
    html = (
        "<html><body>" + _REPORT
        + '<p>Readers can <a href="https://board.example/subscribe">sign up for alerts</a> from the harbour board, '
        "which will also post the new timetable at the terminal and on the ferries themselves next week.</p>"
        "</body></html>"
    )
    paragraphs = _read(tmp_path, _html_mail(html, encoding="base64"))
    assert paragraphs[-1].startswith("Readers can sign up for alerts")


def test_a_quoted_printable_plain_body_s_signature_is_no_text(tmp_path: Path) -> None:
    # Its CRLF line ends hid the "--" delimiter, and the footer after it was the last paragraph.
    data = _plain_mail(
        b"The harbour board agreed on Monday to add two evening sailings on the Lorn cross=\r\ning from March.\r\n\r\n"
        b"Work on the slipway starts in February.\r\n\r\n--\r\nT=E4m=E4 kirje tulee sinulle, koska olet Lorn Courierin lukijalistalla.\r\n"
        b"Poistu listalta: https://courier.example/lista/poistu\r\n",
        charset=b"iso-8859-1", quoted_printable=True,
    )
    paragraphs = _read(tmp_path, data)
    assert paragraphs[-1] == "Work on the slipway starts in February."


def test_a_plain_newsletter_s_banner_above_its_headline_and_a_labelled_byline(tmp_path: Path) -> None:
    # Before, the banner line was the title and "Yazan: ..." (a colon after the word) no byline.
    data = _plain_mail(
        b"L=DDMAN HABERLER=DD =B7 Haftal=FDk b=FClten\r\n\r\nFeribot seferleri uzat=FDld=FD\r\nYazan: Ay=FEe =D6rnek\r\n\r\n"
        b"Liman idaresi, ak=FEam feribot seferlerini mart ay=FDndan itibaren iki saat uzatt=FD.\r\n\r\n"
        b"Yeni seferler saat sekizde ve onda kalkacak, bilet fiyatlar=FD de=F0i=FEmeyecek.\r\n",
        subject=b"=?iso-8859-9?q?Feribot_seferleri_uzat=FDld=FD?=", charset=b"iso-8859-9", quoted_printable=True,
    )
    path = tmp_path / "bulten.eml"
    path.write_bytes(data)
    [article], errors = read_paths([path])
    assert not errors
    assert article.title == "Feribot seferleri uzatıldı"
    assert article.byline == "Ayşe Örnek"
    assert article.paragraphs[0].startswith("Liman idaresi") and not any("Haftalık" in p for p in article.paragraphs)


def test_a_plain_newsletter_s_footer_without_a_delimiter_is_no_text(tmp_path: Path) -> None:
    # Before, the "why you got this" line and its way out were the last paragraph.
    data = _plain_mail(
        b"The harbour board agreed on Monday to add two evening sailings on the Lorn crossing from March.\r\n\r\n"
        b"Work on the slipway starts in February.\r\n\r\n"
        b"Olet Lorn Courierin lukijalistalla.\r\nPoistu: https://courier.example/list/unsubscribe?u=9\r\n"
    )
    paragraphs = _read(tmp_path, data)
    assert paragraphs[-1] == "Work on the slipway starts in February."


def test_a_plain_newsletter_s_subject_label_is_no_part_of_the_story_s_headline(tmp_path: Path) -> None:
    # Before, "Morning letter: ..." was the title and the headline in capitals the first paragraph.
    data = _plain_mail(
        b"FERRY TIMETABLE CHANGES\r\n\r\n"
        b"The harbour board agreed on Monday to add two evening sailings on the Lorn crossing from March.\r\n\r\n"
        b"Work on the slipway starts in February.\r\n",
        subject=b"Morning letter: Ferry timetable changes",
    )
    path = tmp_path / "letter.eml"
    path.write_bytes(data)
    [article], errors = read_paths([path])
    assert not errors
    assert article.title == "Ferry timetable changes"
    assert article.paragraphs[0].startswith("The harbour board agreed")


_SECOND = ("<h2>Island ferry fares rise by a tenth</h2>\n"
           "<p>The island ferry operator said fares would rise by ten percent from January, blaming fuel costs.</p>\n"
           "<p>Season tickets for islanders will stay at this year's price until March.</p>\n")


def test_a_plug_between_a_digests_stories_cuts_nothing_under_it(tmp_path: Path) -> None:
    """A subscribe plug between two stories of a digest is no footer: the stories under it stay
    (the footer cut took the second story with it)."""
    plug = "<p><a href='https://courier.example/subscribe'>Enjoying the briefing? Subscribe</a></p>\n"
    footer = "<p><a href='https://courier.example/unsubscribe?u=7'>Unsubscribe</a> · <a href='https://courier.example/preferences'>Preferences</a></p>\n"
    paragraphs = _read(tmp_path, _html_mail(f"<html><body>{_REPORT}{plug}{_SECOND}{footer}</body></html>", encoding="base64"))
    assert any(p.startswith("The island ferry operator said fares") for p in paragraphs)
    assert any(p.startswith("Season tickets for islanders") for p in paragraphs)
    assert not any("Unsubscribe" in p for p in paragraphs)


def test_a_plain_digests_plug_between_stories_cuts_nothing_under_it(tmp_path: Path) -> None:
    text = ("Ferry timetable changes on the Lorn crossing\r\n\r\n"
            "The harbour board agreed on Monday to add two evening sailings on the Lorn crossing from March, "
            "and said fares would not change this year.\r\n\r\n"
            "Enjoying the briefing? Subscribe: https://courier.example/subscribe\r\n\r\n"
            "The island ferry operator said fares would rise by ten percent from January, blaming fuel costs "
            "and the new crew rules.\r\n\r\n"
            "Unsubscribe: https://courier.example/unsubscribe?u=7\r\n")
    data = _plain_mail(text.encode("utf-8"), subject=b"Ferry timetable changes on the Lorn crossing", dated=True)
    paragraphs = _read(tmp_path, data)
    assert any(p.startswith("The island ferry operator said fares") for p in paragraphs)
    assert not any("unsubscribe" in p.lower() for p in paragraphs)
