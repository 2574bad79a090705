"""Web archives (WARC, and the older ARC, gzipped or not): each HTML response record is a page.

One reader of their records serves every command: `add`, `links` and the other reading commands
read a WARC file's pages through :func:`parse_warc`, and `newsprism archive build` reads its
chunks through :func:`responses` (:mod:`core.archive.inputs`); the pages go through the HTML
reader (:func:`core.reading.html.parse_page`) either way.
"""

from __future__ import annotations

import io
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO, NamedTuple

from core.errors import ReadError
from core.reading.sources import Item, Problem, Result

__all__ = ["NOT_REPORTS", "Response", "is_warc", "parse_warc", "responses"]

#: What a WARC response that is no report is, by what its HTTP header says: an error (4xx, 5xx),
#: a redirect (3xx) or another kind of content than a page (an image, a script, a feed); each
#: with its plural.
NOT_REPORTS = {"error response": "error responses", "redirect": "redirects",
               "response that is no page": "responses that are no pages"}

#: How a web archive's first record opens: a WARC record's version line, an ARC file's header.
_ARCHIVE_OPENINGS = (b"WARC/", b"filedesc://")


class Response(NamedTuple):
    """One response record of a web archive."""

    where: str  # the file and the record's offset in it ("crawl.warc.gz@1234")
    offset: int  # the record's offset in the file
    url: str | None  # the address it was fetched from (WARC-Target-URI)
    data: bytes  # its payload (empty for one that is no page)
    passed: str | None  # which of NOT_REPORTS it is, or None for a page


def is_warc(data: bytes) -> bool:
    """Whether *data* is a web archive (WARC or ARC), gzipped (record by record, as crawlers write
    them) or not: by its first record's opening, whatever the file is named."""
    head = data[:64]
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 64)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith(_ARCHIVE_OPENINGS)


def _not_a_report(status: str, content_type: str) -> str | None:
    """Which of :data:`NOT_REPORTS` a WARC response with this HTTP *status* code and
    *content_type* is, or None for a page ("200", "text/html"). A status that is no
    number (a record without HTTP headers) is taken for a page's."""
    if status.isdigit() and int(status) >= 400:
        return "error response"
    if status.isdigit() and not 200 <= int(status) < 300:
        return "redirect"  # ("301", "304"), or an interim answer ("100"): no page either way
    if "html" not in content_type.lower():
        return "response that is no page"
    return None


def responses(stream: BinaryIO, name: str) -> Iterator[Response]:
    """Every response record of the web archive open in *stream* (named *name*), in order; other
    records (requests, metadata, the file's own header) are passed over. A file that breaks off
    raises where it does (warcio's error)."""
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(stream)
    for record in records:
        if record.rec_type != "response":
            continue
        headers = record.http_headers
        ctype = (headers.get_header("Content-Type") or "") if headers else ""
        passed = _not_a_report((headers.get_statuscode() or "") if headers else "", ctype)
        url = record.rec_headers.get_header("WARC-Target-URI")
        data = b"" if passed else record.content_stream().read()  # first: asking the offset reads past the record
        offset = records.get_record_offset()
        yield Response(f"{name}@{offset}", offset, url, data, passed)


def parse_warc(data: bytes, *, source: str) -> Iterator[Result]:
    """The articles of a web archive's pages (*data*, the file *source* names), each page's read
    by the HTML reader; then one line for the responses that gave none: "skipped 2 of 5
    responses: 1 page: no article text found in the page; 1 response that is no page" (no failure: a crawl holds
    pictures, redirects and index pages beside its reports), or where the file breaks off
    (a failure: the rest of it is lost)."""
    from core.reading.html import parse_page

    total = 0
    skipped: Counter[str] = Counter()
    broken: str | None = None
    try:
        for response in responses(io.BytesIO(data), source):
            total += 1
            if response.passed:
                skipped[response.passed] += 1
                continue
            page = f"{source}:{response.offset}"  # (named as a record of a file of several is: "FILE:N")
            try:
                articles = parse_page(response.data, source=page, url=response.url)
            except ReadError as exc:
                skipped[str(exc).removeprefix(f"{page}: ")] += 1
                continue
            yield from (Item(a, source) for a in articles)
    except Exception as exc:  # noqa: BLE001 - a broken archive is said in a line, its pages before kept
        broken = f"the file breaks off after {total} responses ({type(exc).__name__})"
    if skipped:
        reasons = "; ".join(f"{n} {NOT_REPORTS[why] if n > 1 else why}" if why in NOT_REPORTS
                            else f"{n} {'page' if n == 1 else 'pages'}: {why}" for why, n in sorted(skipped.items()))
        yield Problem(source, f"skipped {sum(skipped.values())} of {total} responses: {reasons}",
                      skipped=sum(skipped.values()), fault=False)
    if broken:
        yield Problem(source, broken)
    elif not total:
        yield Problem(source, "a web archive with no response records")
