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
date the body holds, and the sender's name (a newsroom's
"desk" or "staff" taken off) the outlet where the body names none.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import replace
from datetime import date
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime

from core.errors import ReadError
from core.model import Article
from core.reading.html import parse_page
from core.reading.judge import STAFF_BYLINE
from core.reading.text import parse_text

__all__ = ["is_message", "parse_message"]

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


def _sender(message: EmailMessage) -> str | None:
    """The sender's display name, a newsroom's "desk" or "staff" taken off ("Harbour Wire Desk":
    Harbour Wire); None where the message gives only an address."""
    for name, _ in getaddresses([str(message.get("from") or "")]):
        name = " ".join(name.split()).strip(" \"'")
        if name:
            staff = STAFF_BYLINE.match(name)
            return staff["outlet"].strip() if staff else name
    return None


#: The signature delimiter: a line of two dashes and a space (RFC 3676), or the two dashes alone
#: as people type it. What follows it is the sender's signature or a newsletter's footer ("To
#: unsubscribe reply STOP"), not the report.
_SIGNATURE = re.compile(r"^--[ \t]?$", re.M)


def _plain_body(text: str, subject: str) -> str:
    """The report in a plain-text body: without its first line where that repeats the *subject* (a
    newsletter's body opens with it, as a page prints its headline again), and without what follows
    its last signature delimiter."""
    delimiters = list(_SIGNATURE.finditer(text))
    if delimiters and text[: delimiters[-1].start()].strip():
        text = text[: delimiters[-1].start()]
    first, _, rest = text.lstrip().partition("\n")
    if subject and _same_line(first, subject):
        text = rest
    return text


def _same_line(line: str, subject: str) -> bool:
    """Whether *line* says what *subject* does, whatever its case, spacing and closing punctuation."""
    def key(text: str) -> str:
        return " ".join(text.split()).rstrip(" .:!").casefold()

    return key(line) == key(subject)


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
    subject = " ".join(str(message.get("subject") or "").split())
    sender = _sender(message)
    body = message.get_body(preferencelist=("html", "plain"))
    if body is None:
        raise ReadError(f"{source}: an e-mail message without a text part")
    try:
        content = body.get_content()
    except (LookupError, ValueError) as exc:  # an unknown charset or a broken transfer encoding
        raise ReadError(f"{source}: the message's text does not decode ({exc})") from None
    if body.get_content_type() == "text/html":
        raw = content.encode("utf-8") if isinstance(content, str) else bytes(content)
        articles = parse_page(raw, source=source, url=url, outlet=outlet, named_by=sender, headline=subject or None, filed=filed)
    else:
        text = _plain_body(content if isinstance(content, str) else bytes(content).decode("utf-8", "replace"), subject)
        # The subject is the headline the text path reads first, as a page's title line.
        articles = parse_text(
            f"{subject}\n\n{text}" if subject else text, path=source, outlet=outlet, url=url, sender=sender, filed=filed,
        )
    if not articles:
        raise ReadError(f"{source}: no article text found in the message")
    published = _published(message)
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
