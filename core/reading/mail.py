"""E-mail: one message (an .eml file, a newsletter or wire copy delivered by mail) as articles.

A message's header block is metadata, not text: read as plain text, "From: Harbour Wire Desk
<desk@...>" became the headline. Python's :mod:`email` parses the message (RFC 5322 headers,
MIME parts, transfer encodings, encoded words in the subject); its HTML part goes through the
HTML path (:func:`core.reading.html.parse_page`), else its plain-text part through the text
path (:func:`core.reading.text.parse_text`), under the subject as its headline (a page's own
marked headline, an <h1>, wins over it); a plain body's first line repeating the subject is
that headline, not a paragraph, and what follows a signature delimiter ("-- ") is no text. A newsletter whose items each open on a label in
capitals ("BUDGET: Regional budget talks resume ...") is a page of several reports, one article
per item, as the text path splits any page. The message's Date is the publication time, whatever
date the body holds, and the sender's organisation (:func:`_sender`: a newsroom's name without
its "Desk", the organisation beside a person's name or in their signature) the outlet where the
body names none. The subject loses the "Fwd:" and "Re:" forwarding put before it, and a body that
forwards a message whole is read as that message (:func:`_forwarded`). A web page a browser
saved whole (MHTML, "Saved by Blink") is read the same way, but its Date is when it was saved:
the page's own date wins, and its "Snapshot-Content-Location" is its address.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
import re
import tempfile
from pathlib import Path
from dataclasses import replace
from datetime import date
from email.message import EmailMessage, MIMEPart
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from core.errors import ReadError
from core.model import Article
from core.reading.html import parse_page
from core.reading.judge import (
    FURNITURE_BLOCK_WORDS, OFFICE_ROLE, STAFF_BYLINE, VALEDICTION, is_mail_frame, is_person_name, names_host, staff_outlet, word_count,
)
from core.reading.sources import decode
from core.reading.text import parse_text

__all__ = ["header_fields", "headline_of", "is_mailbox", "is_message", "mailbox_messages", "parse_message", "sender_of"]

#: Header fields that open a message; a block of lines holding two of them, one "From" or
#: "Subject", is a message's header.
_FIELDS = frozenset(
    "from to cc subject date message-id mime-version received return-path reply-to sender "
    "content-type content-transfer-encoding delivered-to x-mailer".split()
)
#: One header line: a field's name and a colon, its value after it or on the folded lines below
#: ("Subject:" alone, then " Evening Wrap: ..."; continuation lines start with white space).
_FIELD = re.compile(rb"^([A-Za-z][A-Za-z0-9-]{0,40}):(?:[ \t]|$)")


def is_message(head: bytes) -> bool:
    """Whether *head* (a file's first bytes) opens with an e-mail message's header block."""
    names: list[bytes] = []
    for line in head.replace(b"\r\n", b"\n").split(b"\n"):
        if not line.strip():
            break  # the header block ends at the first empty line
        if line[:1] in (b" ", b"\t"):
            continue  # a folded field's next line
        field = _FIELD.match(line)
        if field is None:
            return False  # the first block holds a line that is no header field: text
        names.append(field.group(1).lower())
    known = {n.decode("ascii") for n in names} & _FIELDS
    return len(known) >= 2 and bool(known & {"from", "subject"})


#: An mbox file's separator line, its first: "From " and the sender's address, then when it was
#: delivered ("From desk@example.org Tue Jul 14 02:05:40 2026").
_MBOX_FROM = re.compile(rb"From \S+ +[^\r\n]*\d{4}[ \t]*\r?\n")


def is_mailbox(head: bytes) -> bool:
    """Whether *head* (a file's first bytes) opens an mbox file: its separator line, then a message's
    header block (:func:`is_message`)."""
    found = _MBOX_FROM.match(head)
    return found is not None and is_message(head[found.end():])


def mailbox_messages(data: bytes) -> list[bytes]:
    """The messages of the mbox file *data*, each its bytes without its separator line, in order,
    as the standard library's :class:`mailbox.mbox` splits them (at each line opening "From ")."""
    with tempfile.TemporaryDirectory(prefix="newsprism-mbox-") as folder:
        path = Path(folder) / "mbox"
        path.write_bytes(data)
        box = mailbox.mbox(path, create=False)
        try:
            return [box.get_bytes(key) for key in box.keys()]
        finally:
            box.close()


#: The marks a mail program puts before a subject it answers or forwards, repeated or not, with
#: a count ("Re[2]:"): English "Re:", "Fwd:", "Fw:"; German "AW:", "WG:"; French "TR:"; Spanish
#: "RV:"; Scandinavian "SV:", "VS:"; Dutch "Antw:", "Doorst:"; and the tag in brackets a mailing
#: list or a press office puts before its subjects ("[Press release]", "[Siaran Pers]"). A headline
#: is what follows them.
_REPLY_MARKS = re.compile(r"^(?:(?:re|fwd?|aw|wg|tr|rv|sv|vs|antw|doorst)(?:\[\d+\])?\s*:\s*|\[[^\[\]]{1,40}\]\s*)+", re.I)


def headline_of(subject: str) -> str:
    """A message's *subject* as the headline of what it carries: without the "Fwd:", "Re:" (and
    their kin in other languages) that answering or forwarding put before it, on one line."""
    subject = " ".join(subject.split())
    return _REPLY_MARKS.sub("", subject) or subject


def _sender(field: str, body: str = "") -> str | None:
    """Who sent a message, by its From *field* and its plain *body*: the organisation, not its officer.

    In order: a newsroom's or an office's name with its "Desk", "Staff" or "Press Office" taken
    off ("Harbour Wire Desk": Harbour Wire); the organisation beside a person's name in the field
    ("Ana Berg, Coastwatch", "Ana Berg | Coastwatch", "Ana Berg (Coastwatch)"); for a person's
    name alone, the organisation the signature at the end of the *body* gives
    (:func:`_signed_for`); else the display name as it is. None where the field gives only an address.
    """
    for name, address in getaddresses([field]):
        name = " ".join(name.split()).strip(" \"'")
        if not name:
            continue
        office = _OFFICE.match(name)
        if office:
            return office["outlet"].strip()
        if STAFF_BYLINE.match(name):
            return staff_outlet(name)  # None for a section's desk ("News Desk"): no outlet named
        parts = [p.strip() for p in _NAME_JOINT.split(name) if p.strip()]
        beside = [p for p in parts[1:] if not OFFICE_ROLE.search(p) and not is_person_name(p)]
        if len(parts) > 1 and is_person_name(parts[0]) and beside:
            return beside[-1]
        if is_person_name(name) and not names_host(name, address.rpartition("@")[2].lower()):
            # (a name its address's domain gives is the organisation's: "Coastal Digest" at coastal-digest.example)
            return _signed_for(name, address, body) or name
        return name
    return None


#: An office's name in a From field: "Coastwatch Press Office", "Example Media Relations".
_OFFICE = re.compile(r"^(?P<outlet>.+?)\s+(?:press(?: office| team| desk)?|media(?: relations| office| team| desk)?|"
                     r"communications?(?: team| office)?|newsroom)$", re.I)
#: What joins a person's name and their organisation or title in a From field or a signature line.
_NAME_JOINT = re.compile(r"\s*(?:,|\||·|•|\s[-–—]\s|\(|\)|\s/\s)\s*")
#: The most lines of a signature read for its organisation.
SIGNATURE_LINES = 6


def _signed_for(name: str, address: str, body: str) -> str | None:
    """The organisation a message's signature gives for its sender *name* at *address*: in the
    lines after the body's last closing words ("Best regards,") or signature delimiter, a part
    of a line the address's domain names ("Coastwatch" at ana@coastwatch.example), else the
    part beside a job title in the line under the name ("Director, Coastwatch"); None where
    it names none (a person writing for themselves, or a signature the text does not have)."""
    lines = [" ".join(line.split()) for line in body.splitlines()]
    opens = [i for i, line in enumerate(lines) if VALEDICTION.match(line) or _SIGNATURE.match(line)]
    if not opens:
        return None
    signature = [line for line in lines[opens[-1] + 1 :] if line][:SIGNATURE_LINES]
    domain = address.rpartition("@")[2].lower()
    parts = [[p.strip() for p in _NAME_JOINT.split(line) if p.strip()] for line in signature]
    named = [p for line in parts for p in line if _organisation_shaped(p, name) and names_host(p, domain)]
    if named:
        return named[0]
    for at, line in enumerate(signature):
        if parts[at] and _same_line(parts[at][0], name):
            # "Director, Coastwatch" under the name, or beside it: "Ana Berg | Director | Coastwatch"
            under = parts[at][1:] or (parts[at + 1] if at + 1 < len(parts) else [])
            roles = [p for p in under if OFFICE_ROLE.search(p)]
            others = [p for p in under if not OFFICE_ROLE.search(p) and _organisation_shaped(p, name)]
            return others[0] if roles and len(others) == 1 else None
    return None


def _organisation_shaped(part: str, name: str) -> bool:
    """Whether a part of a signature line may be an organisation's name: a few words opening in
    a capital or a digit, no address, number or web link, and not the sender's own *name*."""
    return (
        1 <= len(part.split()) <= 6 and (part[:1].isupper() or part[:1].isdigit()) and not _same_line(part, name)
        and not re.search(r"@|https?:|www\.|\+?\d[\d ()-]{5,}", part)
    )


#: The signature delimiter: a line of two dashes and a space (RFC 3676), or the two dashes alone
#: as people type it. What follows it is the sender's signature or a newsletter's footer ("To
#: unsubscribe reply STOP"), not the report.
_SIGNATURE = re.compile(r"^--[ \t]?$", re.M)


#: How many lines open a plain newsletter where its headline may repeat the subject below its
#: banner, blank lines counted; and the most words of a banner line (a longer line is the report).
_OPENING_LINES = 6
_BANNER_WORDS = 12


_URL = re.compile(r"https?://\S+")
#: A block of a plain body: a run of lines with no blank line among them.
_PLAIN_BLOCK = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")


def _without_plain_footer(text: str) -> str:
    """A plain newsletter's *text* without its closing furniture: the first short block under the
    report (:data:`_REPORT_ABOVE` words above it, blocks parted by a blank line, of
    :data:`~core.reading.judge.FURNITURE_BLOCK_WORDS` words or fewer) that gives an address of the
    list's (:data:`_LIST_ADDRESS`: "Unsubscribe: https://.../unsubscribe") or is a newsletter's frame
    by its words (:func:`~core.reading.judge.is_mail_frame`), and all after it; not a block with
    :data:`_REPORT_ABOVE` words of report (blocks without an address) under it, a plug between a
    digest's stories."""
    from urllib.parse import urlsplit

    above = 0
    for block in _PLAIN_BLOCK.finditer(text):
        words = word_count(block.group())
        if above >= _REPORT_ABOVE and words <= FURNITURE_BLOCK_WORDS and (
            is_mail_frame(block.group())
            or any(_LIST_ADDRESS.search(f"{urlsplit(u).path}?{urlsplit(u).query}") for u in _URL.findall(block.group()))
        ):
            rest = [b.group() for b in _PLAIN_BLOCK.finditer(text[block.end():]) if not _URL.search(b.group())]
            if sum(map(word_count, rest)) >= _REPORT_ABOVE:
                above += words
                continue  # a plug between a digest's stories: more report under it
            return text[: block.start()]
        above += words
    return text


def _plain_body(text: str, subject: str) -> str:
    """The report in a plain-text body: without its first line where that repeats the *subject* (a
    newsletter's body opens with it, as a page prints its headline again), with the banner lines
    above it (:data:`_OPENING_LINES`), and without what follows
    its last signature delimiter."""
    delimiters = list(_SIGNATURE.finditer(text))
    if delimiters and text[: delimiters[-1].start()].strip():
        text = text[: delimiters[-1].start()]
    text = _without_plain_footer(text)
    if subject:
        # The headline again, below a newsletter's banner line or two ("WEEKLY BULLETIN · Issue 4"):
        # it and what is above it go, among the opening short lines.
        lines = text.lstrip().split("\n")
        for n, line in enumerate(lines[:_OPENING_LINES]):
            if _same_line(line, subject) or _same_line(line, _without_label(subject)):
                return "\n".join(lines[n + 1:])
            if len(line.split()) > _BANNER_WORDS:
                break
    return text


def _without_label(subject: str) -> str:
    """A *subject* without the newsletter's label before its colon ("Morning briefing: ..."), or
    the *subject* where it has none."""
    label, colon, rest = subject.partition(": ")
    return rest.strip() if colon and rest.strip() and len(label.split()) <= 4 else subject


def _same_line(line: str, subject: str) -> bool:
    """Whether *line* says what *subject* does, whatever its case, spacing and closing punctuation."""
    def key(text: str) -> str:
        return " ".join(text.split()).rstrip(" .:!").casefold()

    return key(line) == key(subject)


def _content(part: MIMEPart, source: str) -> str:
    """The text of a message's *part*, by the charset its Content-Type declares; a part that
    declares none (a browser's saved page, a mailer writing 8-bit text) as UTF-8 where its bytes
    are, else in the legacy encoding they read as (:func:`~core.reading.sources.decode`), not as
    ASCII with every other letter lost; :class:`ReadError` where it does not decode."""
    if part.get_content_charset() is None:
        data = _payload(part, source)
        return decode(data, name=source) if data.strip() else ""
    try:
        content = part.get_content()
    except (LookupError, ValueError) as exc:  # an unknown charset or a broken transfer encoding
        raise ReadError(f"{source}: the message's text does not decode ({exc})") from None
    return content if isinstance(content, str) else bytes(content).decode("utf-8", "replace")


def _payload(part: MIMEPart, source: str) -> bytes:
    """The bytes of a message's *part*, out of its transfer encoding (quoted-printable, base64)."""
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        raise ReadError(f"{source}: the message's text does not decode (a part of parts)")
    return data


def _html_bytes(part: MIMEPart, source: str) -> bytes:
    """An HTML *part*'s bytes for the HTML path: decoded by the charset its Content-Type declares,
    as UTF-8; where it declares none (Chrome's MHTML: "Content-Type: text/html"), its bytes as they
    are, so that the page's own <meta charset> tells how to read them (:func:`~core.reading.sources.decode_html`)."""
    if part.get_content_charset() is None:
        return _payload(part, source)
    return _content(part, source).encode("utf-8")


#: The words of an address a newsletter's closing links go to, in its path or query, in the
#: languages of newsletters: leaving the list ("/unsubscribe", "/action/disable_email", "optout"),
#: its preferences, and subscribing ("/subscribe", "/abonnement", "/tilaa", "/suscripcion").
_LIST_ADDRESS = re.compile(
    r"(?<![a-z])(?:un|de)?subscri|(?<![a-z])unsub|opt[-_]?out|disable[-_]email|(?<![a-z])preferences|manage[-_]?(?:subscription|email)"
    r"|(?<![a-z])(?:abonn|abone|abmeld|suscri|assin|iscri|tilaa|prenumer|langgan|abbonam)",
    re.I,
)
#: The report text a message shows above a link before that link can close it, in words.
_REPORT_ABOVE = 20


def _report_words_after(tree: Any, block: Any) -> int:
    """The words of the paragraphs without a link that stand after *block* (none inside it) in
    *tree*, in document order: the report text a message goes on with under a line of links."""
    after, count = False, 0
    for element in tree.iter():
        if element is block:
            after = True
        elif after and element.tag == "p" and element.find(".//a") is None and block not in element.iterancestors():
            count += word_count(element.text_content())
    return count


def _without_footer(data: bytes) -> bytes:
    """An HTML newsletter's UTF-8 *data* without its closing furniture: the first short line under
    the report (of :data:`~core.reading.judge.FURNITURE_BLOCK_WORDS` words or fewer, below
    :data:`_REPORT_ABOVE` words of paragraphs; its links half its words or more, or a newsletter's
    frame by its words, :func:`~core.reading.judge.is_mail_frame`) with a link to the list's addresses
    (:data:`_LIST_ADDRESS`: unsubscribe, preferences, subscribe), and everything after it: the
    subscription offer, "you received this because you subscribed ... Unsubscribe", the publisher's
    address, a platform's Like/Comment bar; not a line with :data:`_REPORT_ABOVE` words of report
    under it (:func:`_report_words_after`), a plug between a digest's stories. The *data* as it is
    where it has no such line or does not parse."""
    import lxml.html
    from urllib.parse import urlsplit

    try:
        tree = lxml.html.document_fromstring(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return data
    above = 0
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "p" and not element.xpath("ancestor::p"):
            link = element.find(".//a")
            if link is None:
                above += word_count(element.text_content())
        if element.tag != "a" or above < _REPORT_ABOVE:
            continue
        parts = urlsplit(str(element.get("href") or ""))
        if not _LIST_ADDRESS.search(f"{parts.path}?{parts.query}"):
            continue
        block = element
        while block.getparent() is not None and block.tag not in ("p", "div", "td", "li", "table"):
            block = block.getparent()
        words = word_count(block.text_content())
        linked = sum(word_count(a.text_content()) for a in block.iter("a"))
        if words > FURNITURE_BLOCK_WORDS or (2 * linked < words and not is_mail_frame(block.text_content())):
            continue  # a link in the report's sentence, no line of links
        if _report_words_after(tree, block) >= _REPORT_ABOVE:
            continue  # a plug between a digest's stories ("Enjoying the briefing? Subscribe"), more report under it
        cut = block
        while cut.getparent() is not None and cut.tag != "body":
            for later in list(cut.itersiblings()):
                cut.getparent().remove(later)
            cut = cut.getparent()
        block.getparent().remove(block)
        return bytes(lxml.html.tostring(tree, encoding="utf-8"))
    return data


#: The line a mail program puts above a message it forwards or quotes whole: "---------- Forwarded
#: message ---------", "-----Original Message-----", "Begin forwarded message:", and the German,
#: French, Spanish and Dutch lines.
_FORWARD_MARK = re.compile(
    r"^\s*(?:-{2,}\s*)?(?:forwarded message|original message|begin forwarded message|weitergeleitete nachricht|"
    r"ursprüngliche nachricht|message transféré|message d'origine|mensaje reenviado|mensaje original|"
    r"doorgestuurd bericht|oorspronkelijk bericht)\s*:?\s*(?:-{2,})?\s*$",
    re.I | re.M,
)
#: One field of a forwarded message's header block, as mail programs print it ("From: ...",
#: Outlook's "Sent: ...", and their German and French names).
_FORWARD_FIELD = re.compile(r"^\s*\*?(from|von|de|sent|gesendet|envoyé|date|datum|to|an|à|cc|subject|betreff|objet|asunto)\*?:\s*(.*)$", re.I)


def header_fields(lines: list[str]) -> tuple[dict[str, str], int]:
    """The fields of a message's header block as a mail program prints it, from the first of
    *lines* (:data:`_FORWARD_FIELD`: "From: ...", Outlook's "Sent: ...", and their German, French
    and Spanish names), by their English names ("from", "sent", "date", "to", "subject", ...: the
    first of each), and how many lines they take."""
    fields: dict[str, str] = {}
    at = 0
    while at < len(lines) and (found := _FORWARD_FIELD.match(lines[at])):
        name = found[1].lower()
        key = "from" if name in ("from", "von", "de") else "subject" if name in ("subject", "betreff", "objet", "asunto") else (
            "sent" if name in ("gesendet", "envoyé") else "date" if name == "datum" else "to" if name in ("an", "à") else name)
        fields.setdefault(key, found[2].strip())
        at += 1
    return fields, at


def sender_of(field: str) -> str | None:
    """The outlet a From *field* names (:func:`_sender`, without a body to read a signature in)."""
    return _sender(field)


def _forwarded(text: str, field: str, subject: str) -> tuple[str, str, str]:
    """A plain body that forwards a message whole, as that message: the text after the last
    forwarding line (:data:`_FORWARD_MARK`) and its header block, its From field and its
    Subject (as a headline); the forwarder's note above it goes. *text*, *field* and *subject*
    unchanged where the body forwards nothing."""
    marks = list(_FORWARD_MARK.finditer(text))
    if not marks:
        return text, field, subject
    lines = text[marks[-1].end() :].lstrip("\n").split("\n")
    fields, at = header_fields(lines)
    rest = "\n".join(lines[at:])
    if not fields or not rest.strip():
        return text, field, subject
    return rest, fields.get("from") or field, headline_of(fields.get("subject") or "") or subject


def _published(message: EmailMessage) -> str | None:
    """The message's Date as an ISO time with its zone, or None where it has none or a broken one."""
    raw = str(message.get("date") or "").strip()
    if not raw:
        return None
    try:
        return parsedate_to_datetime(raw).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def parse_message(
    data: bytes, *, source: str, outlet: str | None = None, url: str | None = None, filed: date | None = None,
) -> list[Article]:
    """The articles of one e-mail message's bytes.

    Args:
        data: the message, headers and body (MIME or plain).
        source: where it came from, kept on each article.
        outlet: the outlet where known from outside the message (a manifest); it wins.
        url: the message's address where known.
        filed: the message file's modification day, which dates a dateline without a year where
            the message has no Date and its text gives no year.

    Raises:
        ReadError: the message has no readable body (no text part, or no article text in it).
    """
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)  # the default policy's message class
    subject = headline_of(str(message.get("subject") or ""))
    field = str(message.get("from") or "")
    # A web page a browser saved whole (MHTML: "From: <Saved by Blink>", the page's address in
    # "Snapshot-Content-Location"): its Date is when it was saved, not sent; the page dates itself.
    saved_page = str(message.get("snapshot-content-location") or "").strip()
    archive = bool(saved_page) or "saved by" in field.lower()  # (the parser gives "<Saved by Blink>" as a name)
    if archive and url is None and saved_page.startswith(("http://", "https://")):
        url = saved_page
    published = _published(message)
    if archive and published:  # the day it was saved, not the file's, dates a dateline without a year
        filed = date.fromisoformat(published[:10])
    body = message.get_body(preferencelist=("html", "plain"))
    if body is None:
        raise ReadError(f"{source}: an e-mail message without a text part")
    if body.get_content_type() == "text/html":
        plain = message.get_body(preferencelist=("plain",))  # its signature names the sender's organisation
        sender = _sender(field, _content(plain, source) if plain is not None else "")
        raw = _html_bytes(body, source)
        if not archive and body.get_content_charset() is not None:  # (its bytes are UTF-8 then)
            raw = _without_footer(raw)
        articles = parse_page(raw, source=source, url=url, outlet=outlet, named_by=sender, headline=subject or None, filed=filed)
    else:
        # (a quoted-printable body keeps the wire's CRLF line ends, which hid the "--" delimiter)
        content, field, subject = _forwarded(_content(body, source).replace("\r\n", "\n"), field, subject)
        sender = _sender(field, content)
        text = _plain_body(content, subject)
        if subject != (story := _without_label(subject)) and any(
            _same_line(line, story) for line in content.lstrip().split("\n")[:_OPENING_LINES]
        ):
            subject = story  # the body's headline is the story's; the label is the newsletter's
        # The subject is the headline the text path reads first, as a page's title line.
        articles = parse_text(
            f"{subject}\n\n{text}" if subject else text, path=source, outlet=outlet, url=url, sender=sender, filed=filed,
        )
    if not articles:
        raise ReadError(f"{source}: no article text found in the message")
    if published and archive and articles[0].published:
        published = None  # the page's own date, not the day it was saved
    if published:
        # The message's Date wins over a date its reading finds in the text: a body's dates are
        # what it reports ("the next decision is April 15, 2026"), the Date is when it was sent;
        # it dates the body's other reports too (a newsletter's items) where they give no date
        # or the first's (an HTML newsletter's items share the date read from its page).
        articles = [
            replace(a, published=published) if n == 0 or a.published in (None, articles[0].published) else a
            for n, a in enumerate(articles)
        ]
    return articles
