"""Saved copies of other things: a message saved from a mail program as a page, a read-it-later
view and an archive's capture of another page (their original address), a note's block ids
(invented inputs)."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_file

REPORT = ["The town council voted on Monday to close the old harbour bridge to cars from April.",
          "Engineers found cracks in two of its piers during an inspection last month, the council said.",
          "Buses will take a diversion through the market square while the bridge is repaired."]
PARAS = "".join(f"<p>{p}</p>" for p in REPORT)


def _read(tmp_path: Path, name: str, text: str) -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_file(path)


def test_a_message_saved_as_a_page_reads_its_header_block_as_sender_subject_and_date(tmp_path: Path) -> None:
    """A mail program's "Save as" HTML (Word paragraphs): the header block's lines, in the mail
    program's language, are the outlet, the headline and the date, never text; the headline the
    message prints under its subject's label is its title; "open in browser" in any language goes."""
    for labels in (("From", "Sent", "To", "Subject"), ("Von", "Gesendet", "An", "Betreff")):
        page = ('<html><head><meta charset="utf-8"><meta name=Generator content="Microsoft Word 15"></head><body>'
                f'<div class=WordSection1><p class=MsoNormal><b>{labels[0]}:</b> Harbour Bulletin &lt;news@bulletin.example&gt;<br>'
                f'<b>{labels[1]}:</b> Tuesday, March 3, 2026 7:02 AM<br><b>{labels[2]}:</b> Ana Reader<br>'
                f'<b>{labels[3]}:</b> Morning Bulletin: Council closes old bridge</p>'
                '<p class=MsoNormal>Nem látja jól ezt az emailt? Nyissa meg a browser ablakban.</p>'
                '<p class=MsoNormal><b><span style="font-size:16pt">Council closes old bridge to cars</span></b></p>'
                f'{PARAS.replace("<p>", "<p class=MsoNormal>")}</div></body></html>')
        (article,) = _read(tmp_path, "saved-message.htm", page)
        assert article.paragraphs == tuple(REPORT), labels
        assert (article.title, article.outlet) == ("Council closes old bridge to cars", "Harbour Bulletin")
        assert (article.published or "").startswith("2026-03-03")


def test_a_page_whose_first_lines_merely_name_a_sender_is_no_saved_message() -> None:
    from core.reading.html import _saved_message

    for first in ("<p>From: the council’s minutes</p>", "<p>From: the council<br>To the residents of the quay</p>",
                  "<p>From: Harbour Bulletin<br>To: Ana Reader<br>Subject: Bridge<br>The council voted on Monday.</p>"):
        page = f'<html><head><meta charset="utf-8"></head><body>{first}{PARAS}</body></html>'.encode()
        assert _saved_message(page) is None, first


def test_a_read_it_later_view_saved_to_disk_gives_the_address_of_the_page_it_shows(tmp_path: Path) -> None:
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Council closes old bridge</title></head><body>'
            '<div class="app-header"><a href="/saves">Back to saves</a></div><article><header><h1>Council closes old bridge</h1>'
            '<div class="info"><a class="site" href="https://www.harbourbulletin.example/news/bridge">harbourbulletin.example</a>'
            f' · <span>4 min</span></div></header>{PARAS}</article></body></html>')
    (article,) = _read(tmp_path, "saved-view.html", page)
    assert article.url == "https://www.harbourbulletin.example/news/bridge"
    assert article.outlet != "saved-view"


def test_a_link_labelled_with_its_site_to_a_home_page_or_beside_the_pages_own_address_is_no_original(tmp_path: Path) -> None:
    home = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Council closes old bridge</title></head><body>'
            f'<h1>Council closes old bridge</h1>{PARAS}<footer><a href="https://harbourbulletin.example/">harbourbulletin.example</a>'
            '</footer></body></html>')
    assert _read(tmp_path, "home.html", home)[0].url is None
    own = home.replace("</title>", '</title><meta property="og:url" content="https://own.example/a">').replace(
        'https://harbourbulletin.example/"', 'https://harbourbulletin.example/other"')
    assert _read(tmp_path, "own.html", own)[0].url == "https://own.example/a"


def test_an_archive_capture_served_from_any_host_gives_the_address_it_saved(tmp_path: Path) -> None:
    """archive.today's header ("webpage capture", "Saved from" and the address) on a host of its own."""
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Council closes old bridge - Harbour Bulletin</title>'
            '<link rel="canonical" href="https://capture-mirror.example/Zx9"></head><body><div id="HEADER"><table><tr>'
            '<td><a href="https://capture-mirror.example/">capture-mirror.example</a><br>webpage capture</td>'
            '<td>Saved from <a href="https://harbourbulletin.example/news/bridge">https://harbourbulletin.example/news/bridge</a>'
            '<br>search 4 Mar 2026 08:12:45 UTC</td></tr></table></div>'
            f'<div id="CONTENT"><div><div style="font-size:32px">Council closes old bridge</div>{PARAS}</div></div></body></html>')
    (article,) = _read(tmp_path, "capture.html", page)
    assert article.url == "https://harbourbulletin.example/news/bridge"
    assert article.outlet not in ("capture-mirror.example", "capture") and article.paragraphs == tuple(REPORT)


def test_a_notes_block_ids_are_markup(tmp_path: Path) -> None:
    note = ("---\ntitle: Council closes old bridge\n---\n\n" + REPORT[0] + " ^lead\n\n" + REPORT[1] + "\n\n"
            + REPORT[2] + " ^a1b2c3\n\n- one item of a list\n^list-id\n")
    (article,) = _read(tmp_path, "note.md", note)
    assert article.paragraphs[:3] == tuple(REPORT)
    assert not any("^" in p for p in article.paragraphs)


def test_a_plain_mails_masthead_and_edition_over_its_headline_is_no_title(tmp_path: Path) -> None:
    """A plain-text newsletter: its web-copy line (furniture), then the masthead with its edition's
    name and date, then the headline underlined: the headline is the title, not the masthead."""
    message = ("From: Harbour Bulletin <news@bulletin.example>\nTo: reader@example.org\nSubject: Morning edition: bridge closes\n"
               "Date: Tue, 03 Mar 2026 06:30:00 +0100\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
               "View this e-mail in your browser: https://bulletin.example/n/2026-03-03\n\n"
               "HARBOUR BULLETIN – MORNING EDITION\nTuesday 3 March 2026\n\n"
               "Council closes old bridge to cars\n---------------------------------\n\n" + "\n\n".join(REPORT) + "\n")
    (article,) = _read(tmp_path, "bulletin.eml", message)
    assert article.title in ("Council closes old bridge to cars", "Morning edition: bridge closes")
    assert article.paragraphs[0] == REPORT[0]
