"""E-mail messages (core/reading/mail.py): headers are metadata, the body is the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths, sniff

PLAIN = b"""From: Harbour Wire Desk <desk@harbourwire.example>
To: subscribers@harbourwire.example
Date: Sat, 14 Mar 2026 10:05:00 +0000
Subject: =?utf-8?q?Holm_Bridge_collapses_into_the_Arle_=E2=80=93_12_dead?=

KESSRA, March 14 (Harbour Wire) - At least 12 people were killed when the Holm Bridge
collapsed into the Arle on Saturday morning, city officials said.

Rescue teams were searching the river for survivors through the afternoon, the fire
service said.
"""

MIME = b"""From: "The Morning Beacon" <news@beacon.example>
Date: Sun, 15 Mar 2026 07:30:00 +0100
Subject: Morning briefing: Holm Bridge
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Plain version.
--b1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><article><h1>Divers resume search under the Holm Bridge</h1>
<p>Divers resumed their search of the Arle under the fallen Holm Bridge at first light on Sunday, the fire service s=
aid.</p>
<p>Six people are still missing, and the city has opened a centre for their families at the town hall.</p>
</article></body></html>
--b1--
"""


def test_a_plain_message_is_read_by_its_headers_not_as_text(tmp_path: Path) -> None:
    # Read as text, "From: Harbour Wire Desk <desk@...>" was the headline and the file's name the outlet.
    path = tmp_path / "briefing.txt"
    path.write_bytes(PLAIN)
    assert sniff(path.name, PLAIN) == "mail"
    [article], errors = read_paths([path])
    assert not errors
    assert article.title == "Holm Bridge collapses into the Arle – 12 dead"
    assert article.outlet == "Harbour Wire"  # the sender's newsroom, its "Desk" taken off
    assert article.published == "2026-03-14T10:05:00+00:00"
    assert article.dateline == "KESSRA, March 14 (Harbour Wire)"
    assert article.paragraphs[0].startswith("At least 12 people were killed when the Holm Bridge collapsed")
    assert len(article.paragraphs) == 2 and not any("From:" in p or "Subject:" in p for p in article.paragraphs)


def test_a_mime_message_reads_its_html_part_as_a_page(tmp_path: Path) -> None:
    path = tmp_path / "beacon.eml"
    path.write_bytes(MIME)
    [article], errors = read_paths([tmp_path])  # a folder includes .eml files
    assert not errors
    assert article.title == "Divers resume search under the Holm Bridge"
    assert article.outlet == "The Morning Beacon"
    assert article.paragraphs[0].endswith("at first light on Sunday, the fire service said.")  # quoted-printable decoded
    assert "Plain version." not in article.paragraphs
    assert article.published == "2026-03-15T07:30:00+01:00"


def test_text_that_only_mentions_a_header_is_text() -> None:
    text = b"Subject: the council's budget\n\nThe council met on Monday to agree its budget for next year, the mayor said.\n"
    assert sniff("notes.txt", text) == "text"
    assert sniff("notes.txt", b"From the river to the sea, the Arle floods every spring.\n\nMore text.\n") == "text"


def test_a_message_without_a_text_part_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "scan.eml"
    path.write_bytes(
        b"From: a@b.example\nSubject: scan\nMIME-Version: 1.0\nContent-Type: image/png\n"
        b"Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n"
    )
    articles, errors = read_paths([path])
    assert not articles and len(errors) == 1
    assert str(errors[0]) == f"{path}: an e-mail message without a text part"


RELEASE = b"""From: Central Bank <noreply@bank.example>
Subject: Central Bank lowers its policy rate to 2.25%
Date: Wed, 11 Mar 2026 09:45:00 -0400
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="XYZ"

--XYZ
Content-Type: text/plain; charset=utf-8

The Central Bank today lowered its policy rate to 2.25%.
--XYZ
Content-Type: text/html; charset=utf-8

<html><body><p>The Central Bank today lowered its target for the overnight rate to 2.25%, with the Bank Rate at 2.5%.</p>
<p>Governing Council judged that a further reduction in the policy rate was appropriate, the Governor said.</p>
<p>The next scheduled date for announcing the overnight rate target is April 15, 2026.</p></body></html>
--XYZ--
"""


def test_a_message_s_subject_and_date_win_over_what_its_html_part_s_reading_guesses(tmp_path: Path) -> None:
    # The HTML part names no headline and no time of its own: its first sentence was the headline
    # and the next meeting's date ("April 15, 2026", in its last paragraph) the time, so the release
    # stood apart from the story it announces.
    path = tmp_path / "release.eml"
    path.write_bytes(RELEASE)
    [article], errors = read_paths([path])
    assert not errors
    assert article.title == "Central Bank lowers its policy rate to 2.25%"
    assert article.published == "2026-03-11T09:45:00-04:00"
    assert article.paragraphs[0].startswith("The Central Bank today lowered its target")  # the lead stays a paragraph
    assert len(article.paragraphs) == 3


def test_a_message_s_date_wins_over_a_date_in_its_text(tmp_path: Path) -> None:
    path = tmp_path / "release.eml"
    path.write_bytes(
        b"From: Central Bank <noreply@bank.example>\nSubject: Central Bank lowers its policy rate\n"
        b"Date: Wed, 11 Mar 2026 09:45:00 -0400\n\n15 April 2026\n\n"
        b"The Central Bank today lowered its policy rate to 2.25%, with the Bank Rate at 2.5%.\n\n"
        b"Governing Council judged that a further reduction was appropriate, the Governor said.\n"
    )
    [article], errors = read_paths([path])
    assert not errors
    assert article.published == "2026-03-11T09:45:00-04:00"


DIGEST = """From: Harbour Morning Notes <notes@harbournotes.example>
Subject: Morning notes: Holm Bridge reopens, ferry fares rise
Date: Mon, 16 Mar 2026 06:15:00 +0100

Good morning. Here is what you need to know today.

HOLM BRIDGE: The Holm Bridge reopened to traffic on Sunday evening after engineers declared its
new supports safe, the city said.

Buses will use the bridge again from Tuesday.

FERRY FARES: Ferry fares across the Arle rise by 40 cents from April 1, the harbour board
announced.

SPORT: Holmvik beat Kessra 2-1 in the harbour cup final on Sunday.

You are receiving this because you subscribed to Harbour Morning Notes. Unsubscribe: https://harbournotes.example/u
"""


def test_a_newsletter_of_labelled_items_gives_one_article_per_item(tmp_path: Path) -> None:
    # A fresh user's briefing was one article: its unrelated second item ("BUDGET: ...") a paragraph
    # of the court story, only in the newsletter, and the first item's label its "dateline".
    path = tmp_path / "notes.eml"
    path.write_text(DIGEST, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    sport = "Holmvik beat Kessra 2-1 in the harbour cup final on Sunday."
    # a section's name ("SPORT") labels its item, but is no headline
    assert [(a.title, a.dateline) for a in articles] == [("HOLM BRIDGE", None), ("FERRY FARES", None), (sport, None)]
    assert [a.paragraphs for a in articles] == [
        ("The Holm Bridge reopened to traffic on Sunday evening after engineers declared its new supports safe, the city said.",
         "Buses will use the bridge again from Tuesday."),
        ("Ferry fares across the Arle rise by 40 cents from April 1, the harbour board announced.",),
        (sport,),
    ]
    assert {(a.outlet, a.published) for a in articles} == {("Harbour Morning Notes", "2026-03-16T06:15:00+01:00")}


def test_a_transcript_s_speakers_and_a_lone_dateline_in_capitals_split_nothing(tmp_path: Path) -> None:
    # Labels that come back are speakers, not items; a report's notes on itself ("UPDATE:",
    # "CORRECTION:") are no items; one "PLACE:" opening is a dateline.
    transcript = DIGEST.replace("FERRY FARES:", "HOLM BRIDGE:").replace("SPORT:", "HOLM BRIDGE:")
    notes = DIGEST.replace("FERRY FARES:", "UPDATE:").replace("SPORT:", "CORRECTION:").replace("HOLM BRIDGE: ", "")
    dateline = DIGEST.replace("FERRY FARES: ", "").replace("SPORT: ", "")
    for name, text in (("transcript.eml", transcript), ("notes.eml", notes), ("dateline.eml", dateline)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        [article], errors = read_paths([path])
        assert not errors and article.title == "Morning notes: Holm Bridge reopens, ferry fares rise"


_DIGEST = """From: Coastal Digest <digest@coastal.example>
To: reader@example.org
Subject: Orn Island ferry: what we know
Date: Tue, 10 Mar 2026 18:10:00 +0100
Content-Type: text/plain; charset=utf-8

{opening}Sailings between Norrvik and Orn Island were suspended on Tuesday after
the ferry Alder Rose struck the pier in fog, the operator said. Nobody was
hurt.

The operator's spokesman, Jonas Brevik, said repairs to the pier would take
about five days.

{delimiter}
Coastal Digest is sent every weekday evening. To unsubscribe reply STOP.
"""


@pytest.mark.parametrize("opening", ["", "Orn Island ferry: what we know\n\n", "ORN ISLAND FERRY: WHAT WE KNOW\n\n"])
@pytest.mark.parametrize("delimiter", ["-- ", "--"])
def test_a_newsletter_s_subject_stays_its_headline_and_its_signature_is_no_text(
    tmp_path: Path, opening: str, delimiter: str
) -> None:
    # A fresh user's newsletter repeated its Subject as the body's first line (as newsletters do):
    # the headline became the first paragraph, truncated; and the footer after the signature
    # delimiter ("-- ", RFC 3676; also written "--") was a paragraph, counted as unique content.
    path = tmp_path / "digest.eml"
    path.write_text(_DIGEST.format(opening=opening, delimiter=delimiter))
    [article], errors = read_paths([path])
    assert not errors
    assert article.title == "Orn Island ferry: what we know"
    assert article.outlet == "Coastal Digest"
    assert article.paragraphs[0].startswith("Sailings between Norrvik and Orn Island were suspended")
    assert len(article.paragraphs) == 2 and not any("unsubscribe" in p.lower() for p in article.paragraphs)


def test_a_rule_of_dashes_inside_a_message_is_no_signature_delimiter(tmp_path: Path) -> None:
    # Only a line of two dashes (and a space) opens a signature; a longer rule between items does not.
    path = tmp_path / "digest.eml"
    path.write_text(_DIGEST.format(opening="", delimiter="----\nThe pier reopens on Sunday, the harbour master said.\n\n--"))
    [article], _ = read_paths([path])
    assert article.paragraphs[-1] == "The pier reopens on Sunday, the harbour master said."


def test_a_message_whose_subject_is_folded_below_its_name_is_a_message(tmp_path: Path) -> None:
    # Mail software folds a long Subject onto the next line, leaving "Subject:" alone on its own;
    # read as text, the MIME parts became the article ("Content-Type: text/plain" its headline).
    folded = MIME.replace(b"Subject: Morning briefing: Holm Bridge", b"Subject:\n Morning briefing: Holm Bridge, divers and\n the families' centre")
    path = tmp_path / "beacon.eml"
    path.write_bytes(folded)
    assert sniff(path.name, folded) == "mail"
    [article], errors = read_paths([path])
    assert not errors
    assert article.outlet == "The Morning Beacon"
    assert not any("Content-Type" in p or "=\n" in p for p in article.paragraphs)
    assert article.paragraphs[0].startswith("Divers resumed their search of the Arle")


DISCLAIMERS = (
    "This e-mail and any attachments are confidential and intended solely for the addressee. "
    "If you received it in error, please delete it.",
    "CONFIDENTIALITY NOTICE: The information in this message is privileged and may not be disclosed "
    "to anyone other than its addressee.",
    "If you are not the intended recipient, you must not copy, forward or act on this message, and "
    "should tell the sender at once.",
    "The information contained in this email is confidential and may be legally privileged. It is "
    "intended only for the use of the person to whom it is addressed.",
)


@pytest.mark.parametrize("disclaimer", DISCLAIMERS, ids=["attachments", "notice", "recipient", "information"])
def test_a_legal_disclaimer_after_the_signature_is_no_paragraph(tmp_path: Path, disclaimer: str) -> None:
    # A fresh user's press-office mail kept its confidentiality notice as a paragraph of its own.
    lead = ("The environmental group Clean Coast on Tuesday called for an independent inquiry into "
            "the ammonia leak at the Vesta Agro plant.")
    message = (f"From: Mia Korhonen <mia@clean-coast.example>\nTo: desk@digest.example\n"
               f"Subject: Leak: Clean Coast statement\nDate: Tue, 10 Mar 2026 16:05:00 +0100\n\n"
               f"{lead}\n\nBest regards,\nMia Korhonen\nDirector, Clean Coast\n\nSent from my iPhone\n\n{disclaimer}\n")
    path = tmp_path / "tip.eml"
    path.write_text(message, encoding="utf-8")
    [article], errors = read_paths([path])
    assert not errors
    assert article.paragraphs == (lead,)
    html = tmp_path / "tip.html"
    html.write_text(f"<html><body><article><h1>Leak: Clean Coast statement</h1><p>{lead}</p>"
                    f"<p>{lead.replace('Tuesday', 'Monday')}</p><p>{disclaimer}</p></article></body></html>", encoding="utf-8")
    [page], errors = read_paths([html])
    assert not errors
    assert disclaimer not in page.paragraphs, page.paragraphs


def test_a_report_s_sentences_about_a_confidential_message_or_a_disclaimer_stay(tmp_path: Path) -> None:
    # Only a notice's own opening is furniture: a report about one, or a site's note, is text.
    paragraphs = (
        "This message was marked confidential, but the union published it on Tuesday evening, a day before the vote.",
        'Disclaimer: if you see different patch sizes when you press "update" manually, that is expected.',
        "The information in this letter shows the plant had reported a faulty valve twice before the leak.",
    )
    html = tmp_path / "leak.html"
    html.write_text("<html><body><article><h1>Union publishes port memo</h1>"
                    + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>", encoding="utf-8")
    [page], errors = read_paths([html])
    assert not errors
    assert page.paragraphs == paragraphs


SAVED_PAGE = b"""From: <Saved by Blink>
Snapshot-Content-Location: https://coastcourier.example/news/dock-deal
Subject: Dock workers accept pay deal | Coast Courier
Date: Wed, 4 Mar 2026 11:02:17 -0000
MIME-Version: 1.0
Content-Type: multipart/related; type="text/html"; boundary="----b"

------b
Content-Type: text/html
Content-ID: <frame-1@mhtml.blink>
Content-Transfer-Encoding: quoted-printable
Content-Location: https://coastcourier.example/news/dock-deal

<html><head><title>Dock workers accept pay deal | Coast Courier</title>
<meta property=3D"article:published_time" content=3D"2026-03-04T09:30:00Z"></head>
<body><article><h1>Dock workers accept pay deal</h1>
<p>Dock workers in Port Arle voted on Wednesday to accept a pay deal, ending a two-week stoppage that had left ships waiting.</p>
<p>The union said 78 percent of members backed the offer of a 6 percent rise over two years.</p>
</article></body></html>
------b--
"""


def test_a_web_page_a_browser_saved_whole_is_dated_by_the_page_not_the_save(tmp_path: Path) -> None:
    # A tester's page saved by Chrome as .mhtml was dated when it was saved (its Date header).
    path = tmp_path / "dock.mhtml"
    path.write_bytes(SAVED_PAGE)
    [article], errors = read_paths([path])
    assert not errors
    assert article.published == "2026-03-04T09:30:00+00:00"
    assert article.url == "https://coastcourier.example/news/dock-deal"
    assert article.title == "Dock workers accept pay deal"


_HEADED = """{masthead}HARBOUR MORNING NOTES
Monday 16 March 2026

Good morning. Here is what you need to know today.

QUAY WAREHOUSE FIRE

Firefighters put out a fire at a grain warehouse on the Holm quay overnight, the harbour
authority said. Nobody was hurt.

"The roof has gone, but the silos held," fire officer Mira Lunde said.

TRAM VOTE

The city council will vote on Thursday on a second tram line to the university. Half of
the seats are needed.

That's all for today.
"""


@pytest.mark.parametrize("name", ["notes.eml", "notes.txt"])
def test_a_newsletter_of_items_headed_in_capitals_gives_one_article_per_item(tmp_path: Path, name: str) -> None:
    # Trial 39 F5: a plain-text newsletter's items under headings in capitals ("GHENT CHEMICAL
    # FIRE", "RAIL STRIKE") were one article, the headings lost, the rail strike a paragraph of
    # the fire story and the greeting its first paragraph.
    head = ("From: Harbour Morning Notes <notes@harbournotes.example>\nSubject: Morning notes: quay fire, tram vote\n"
            "Date: Mon, 16 Mar 2026 06:15:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n") if name.endswith(".eml") else ""
    path = tmp_path / name
    path.write_text(head + _HEADED.format(masthead=""), encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    assert [(a.title, a.paragraphs) for a in articles] == [
        ("QUAY WAREHOUSE FIRE", (
            "Firefighters put out a fire at a grain warehouse on the Holm quay overnight, the harbour authority said. Nobody was hurt.",
            '"The roof has gone, but the silos held," fire officer Mira Lunde said.')),
        ("TRAM VOTE", ("The city council will vote on Thursday on a second tram line to the university. Half of the seats are needed.",)),
    ]
    assert {a.published[:10] for a in articles if a.published} == {"2026-03-16"}


_SECTIONED = """HARBOUR BOARD APPROVES NEW QUAY

The Holm harbour board approved a new container quay on Monday.

THE VOTE

The harbour board voted seven to two for the quay, which will take three years to build at the
Holm harbour's northern end, board chair Tomas Reyes said.

WHAT COMES NEXT

Building work on the container quay at the harbour's northern end starts in May, Reyes said, and
the board will ask the city for the Holm road's widening.
"""


def test_an_article_with_subheads_in_capitals_stays_one_article(tmp_path: Path) -> None:
    # The same shape, headings in capitals over sections, but the sections tell one event in its
    # words (quay, harbour, board, Holm): an article's subheads, not a digest's items.
    path = tmp_path / "quay.txt"
    path.write_text(_SECTIONED, encoding="utf-8")
    [article], errors = read_paths([path])
    assert not errors and article.title == "HARBOUR BOARD APPROVES NEW QUAY"
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(("greeting", "signoff"), [
    ("Good morning. Here is what you need to know today.", "Have a good day."),
    ("Bonjour ! Voici l'essentiel de ce matin.", "See you tomorrow."),
])
def test_a_newsletter_s_greeting_and_sign_off_are_no_paragraphs(tmp_path: Path, greeting: str, signoff: str) -> None:
    # Trial 39 F5: "Good morning. Here is what you need to know today." was a newsletter's ¶0.
    path = tmp_path / "one.eml"
    path.write_text(
        "From: Harbour Morning Notes <notes@harbournotes.example>\nSubject: Morning notes: quay fire\n"
        "Date: Mon, 16 Mar 2026 06:15:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{greeting}\n\nFirefighters put out a fire at a grain warehouse on the Holm quay overnight, the harbour\n"
        f"authority said. Nobody was hurt.\n\n\"Good morning,\" fire officer Mira Lunde said to the crews.\n\n{signoff}\n",
        encoding="utf-8")
    [article], errors = read_paths([path])
    assert not errors
    assert article.paragraphs == (
        "Firefighters put out a fire at a grain warehouse on the Holm quay overnight, the harbour authority said. Nobody was hurt.",
        '"Good morning," fire officer Mira Lunde said to the crews.')


def _saved_page(html: str, *, content_type: str = "text/html", encoding: str = "utf-8") -> bytes:
    """A page saved whole by a browser (MHTML), its HTML part quoted-printable in *encoding*."""
    import quopri

    body = quopri.encodestring(html.encode(encoding)).decode("ascii")
    return (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://kustkrant.example/veer\r\n"
        "Subject: =?utf-8?Q?Veer_vaart_vaker?=\r\nDate: Wed, 4 Mar 2026 11:02:17 -0000\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----b"\r\n\r\n------b\r\n'
        f"Content-Type: {content_type}\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://kustkrant.example/veer\r\n\r\n"
        f"{body}\r\n------b\r\nContent-Type: text/css\r\nContent-Location: cid:css-1@mhtml.blink\r\n\r\n"
        "body { font-family: serif; }\r\n------b--\r\n"
    ).encode("ascii")


PAGE_LEAD = "Ab April fährt die Fähre zwischen Kösling und der Möweninsel während der Stoßzeiten alle fünfzehn Minuten."
PAGE_SECOND = "Die Preise der Fahrkarten ändern sich in diesem Jahr nicht, teilte die Hafenverwaltung am Dienstag mit."


@pytest.mark.parametrize(("meta", "content_type", "encoding"), [
    # Chrome's MHTML: the part declares no charset, the page's <meta> does
    ("<meta charset=utf-8>", "text/html", "utf-8"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">', "text/html", "iso-8859-15"),
    # ... or the part declares it, whatever the page's <meta> says
    ("", "text/html; charset=iso-8859-1", "iso-8859-1"),
    ("", "text/html; charset=utf-8", "utf-8"),
])
def test_a_saved_pages_letters_are_read_by_the_charset_it_declares(
    tmp_path: Path, meta: str, content_type: str, encoding: str,
) -> None:
    # A page saved by Chrome as MHTML read every letter outside ASCII as U+FFFD: its part has no
    # charset parameter and was decoded as ASCII, not by the page's own <meta charset>.
    html = (f"<html><head>{meta}<title>Fähre fährt öfter</title></head><body><article><h1>Fähre fährt öfter</h1>"
            f"<p>{PAGE_LEAD}</p><p>{PAGE_SECOND}</p></article></body></html>")
    path = tmp_path / "veer.mhtml"
    path.write_bytes(_saved_page(html, content_type=content_type, encoding=encoding))
    [article], errors = read_paths([path])
    assert not errors
    assert article.title == "Fähre fährt öfter"
    assert article.paragraphs == (PAGE_LEAD, PAGE_SECOND)
    assert "font-family" not in " ".join(article.paragraphs)


def test_a_plain_part_without_a_charset_is_read_as_utf8_where_it_is(tmp_path: Path) -> None:
    message = (
        "From: Kustkrant <redactie@kustkrant.example>\nSubject: Veer vaart vaker\nDate: Wed, 4 Mar 2026 11:02:17 -0000\n"
        "MIME-Version: 1.0\nContent-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\n"
        f"{PAGE_LEAD}\n\n{PAGE_SECOND}\n"
    ).encode("utf-8")
    path = tmp_path / "veer.eml"
    path.write_bytes(message)
    [article], errors = read_paths([path])
    assert not errors
    assert article.paragraphs == (PAGE_LEAD, PAGE_SECOND)
