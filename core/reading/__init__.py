"""Reading: every input (files, folders, addresses) into articles, one path for all commands.

The flow, in the order a file takes it:

1. :mod:`.sources` gets the bytes: a file (size-capped, with its folder's manifest), a
   folder's readable files, or a web address.
2. :func:`sniff` here decides what the bytes are by their content (the name and a declared
   content type only break ties): HTML, an RSS/Atom feed, JSON Lines, or plain text; a web
   archive (WARC) is told apart first, and each of its pages read (:mod:`.warc`).
3. One module per kind reads them: :mod:`.html` (trafilatura's structured output, and HTML
   fragments for the others), :mod:`.feed`, :mod:`.agency` (NITF, NewsML), :mod:`.jsonl`, :mod:`.table` (CSV, TSV), :mod:`.office` (a Word .docx), :mod:`.text` (plain text and
   Markdown, hard wraps undone, several reports on one page split).
4. :mod:`.judge`, shared by all, holds what is furniture and what is metadata (vocabularies
   as data), and builds every :class:`~core.model.Article`.

:func:`gather` yields an :class:`Item` or a :class:`Problem` per article or failure
(``newsprism add``); :func:`read_paths` collects the articles of files and folders, each
report once, with the failures as :class:`ReadError` (``newsprism PATH``, ``links``,
``quotes``, ``figures``, ``export``, ``serve``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from core.errors import NothingToRead, ReadError, not_there
from core.model import Article
from core.reading.sources import (
    ALL_SUFFIXES, EMPTY_FOLDER, FEED_SUFFIXES, HTML_SUFFIXES, JSONL_SUFFIXES, MANIFEST_NAME, OFFICE_SUFFIXES, SEEDS_DIR, TABLE_SUFFIXES, Fetched, Fetcher, Item,
    NOT_READ, NOT_TEXT, Problem, Result, Source, decode, fetch_url, filed_day, foreign_document, is_binary, is_url, iter_files, load_manifest, read_bytes,
)

# The module of each kind is imported where the kind is read (sniff, read_data), not here: they
# share .judge, whose vocabularies take a second to compile, and a command that only names a
# path (`newsprism PATH` of a path that is not there, `newsprism --help`) or asks .sources
# (SEEDS_DIR, is_url) must not wait for them.

__all__ = [
    "MANIFEST_NAME", "SEEDS_DIR", "Fetched", "Item", "Problem", "ReadError", "Source", "decode", "fetch_url",
    "gather", "is_url", "iter_files", "read_data", "read_file", "read_paths", "sniff", "Fetcher", "Result",
]

#: A feed's root element (after the XML declaration, comments, a DOCTYPE).
_FEED_ROOT = re.compile(rb"^(?:<\?xml[^>]*>|<!--.*?-->|<!DOCTYPE[^>]*>|<\?[^>]*>|\s)*<(?:[\w-]+:)?(?:rss|feed|RDF)\b", re.S)
_HTML_START = re.compile(rb"^(?:<\?xml[^>]*>|<!--.*?-->|\s)*<(?:!doctype html|html|head|body|meta|title|article|div|p|section|main|h[1-6])\b", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(?:html|head|body|p|div|article|br|meta|title)\b[^>]*>", re.I)


def _is_json(data: bytes) -> bool:
    """Whether *data* is one JSON document (a text that opens with "[" may be prose too)."""
    import json

    try:
        json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return False
    except RecursionError:  # JSON nested deeper than Python's stack: JSON still (parse_json says it is too deep)
        pass
    return True


def sniff(name: str, data: bytes, content_type: str = "") -> str:
    """What *data* is (a Word .docx apart, :func:`~core.reading.office.is_docx`): "html", "feed",
    "agency" (a news agency's NITF or NewsML document), "jsonl",
    "json" (a JSON document of articles), "table" (a CSV or TSV table of articles), "mail" (an e-mail
    message), "mailbox" (an mbox file of messages) or "text".

    Judged by the content first: a feed's root element (rss, feed, rdf:RDF), a document or
    fragment that opens with HTML elements, a first line that is a JSON object. The name's
    suffix and a declared *content_type* decide only what the content leaves open (an XML
    document of another kind, text that holds a few tags).
    """
    head = data[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    if head.startswith(b"\xfe\xff") or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        # UTF-16 (a page Internet Explorer saved "as Unicode"): a page is read as a page (the HTML
        # reader decodes it by its byte order mark), anything else decoded as text
        try:
            decoded = data[:8192].decode("utf-16", errors="ignore").encode("utf-8")
        except UnicodeError:
            return "text"
        return "html" if sniff(name, decoded, content_type) == "html" else "text"
    from core.reading.agency import is_agency_xml
    from core.reading.mail import is_mailbox, is_message
    from core.reading.table import is_table_head

    suffix = Path(name.split("?")[0]).suffix.lower()
    ctype = content_type.split(";")[0].strip().lower()
    if _FEED_ROOT.match(head):
        return "feed"
    if is_agency_xml(head):
        return "agency"
    if is_message(head):
        return "mail"
    if is_mailbox(head):
        return "mailbox"
    if head.startswith((b"{", b"[")):
        line = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].strip()
        if head.startswith(b"{") and line.endswith(b"}"):
            return "jsonl"
        if suffix == ".json" or _is_json(data):  # an array of records, or one record over several lines
            return "json"
    if _HTML_START.match(head):
        return "html"
    if head.startswith(b"<?xml"):
        return "feed" if suffix in FEED_SUFFIXES or "rss" in ctype or "atom" in ctype else "html"
    if suffix in HTML_SUFFIXES or ctype in ("text/html", "application/xhtml+xml"):
        # Named HTML: HTML when it holds HTML's elements, else the text it is.
        return "html" if len(_HTML_TAGS.findall(head)) >= 2 else "text"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    # a table of articles: named so, or a text whose first line is its header row ("title,text,url")
    if suffix in TABLE_SUFFIXES or ctype in ("text/csv", "text/tab-separated-values") or is_table_head(
            head.split(b"\n", 1)[0].decode("utf-8", errors="replace")):
        return "table"
    return "text"


def read_data(
    data: bytes, *, source: str, meta: Source = Source(), url: str | None = None, fetch: Fetcher | None = None,
    content_type: str = "", filed: date | None = None,
) -> Iterator[Result]:
    """The articles of one input's bytes, read by the module of the kind :func:`sniff` finds.

    *source* names the input (a path or an address); *meta* is what a manifest says of it;
    *filed* is a file's modification day (a fetched page's Last-Modified), which dates a dateline
    without a year where nothing else in the input dates it (today where None).
    Raises :class:`ReadError` for what fails as a whole: binary data, whatever kind of text it
    opens as (:func:`~core.reading.sources.is_binary`), or no article text.
    """
    from core.reading.agency import parse_agency
    from core.reading.feed import parse_feed
    from core.reading.html import parse_page
    from core.reading.jsonl import described, parse_json, parse_jsonl
    from core.reading.mail import mailbox_messages, parse_message
    from core.reading.office import is_docx, parse_docx
    from core.reading.table import parse_table
    from core.reading.text import front_matter, markdown_to_text, parse_text
    from core.reading.warc import is_warc, parse_warc

    if is_warc(data):  # a web archive (binary where gzipped): each page of it, as `archive build` reads them
        yield from parse_warc(data, source=source)
        return
    if is_docx(data):  # a zip, binary: read before the test for text
        yield from (Item(a, source) for a in parse_docx(data, source=source, outlet=meta.outlet, url=url or meta.url, filed=filed))
        return
    if Path(source.split("?")[0]).suffix.lower() in OFFICE_SUFFIXES:
        raise ReadError(f"{source}: not a Word document (no .docx package)")
    if (foreign := foreign_document(data)) is not None:  # binary or not, the reason is its kind
        raise ReadError(f"{source}: {foreign}, {NOT_READ}")
    if is_binary(data):  # whatever kind of text it opens as ("<html><head>" and 5 KB of bytes 0-255)
        raise ReadError(f"{source}: {NOT_TEXT}")
    kind = sniff(source, data, content_type)
    if kind == "html":
        yield from (Item(a, source) for a in parse_page(data, source=source, url=url or meta.url, outlet=meta.outlet, filed=filed))
    elif kind == "feed":
        yield from parse_feed(data, source=source, fetch=fetch, filed=filed)
    elif kind == "agency":
        yield from parse_agency(data, source=source, meta=meta)
    elif kind == "jsonl":
        yield from parse_jsonl(decode(data, name=source), source=source, meta=meta)
    elif kind == "json":
        yield from parse_json(decode(data, name=source), source=source, meta=meta)
    elif kind == "table":
        yield from parse_table(decode(data, name=source), source=source, meta=meta)
    elif kind == "mail":
        yield from (Item(a, source) for a in parse_message(data, source=source, outlet=meta.outlet, url=url or meta.url, filed=filed))
    elif kind == "mailbox":
        # an mbox file: each message read as one is, named by its number from 1 ("inbox.mbox:2")
        for number, message in enumerate(mailbox_messages(data), start=1):
            try:
                yield from (Item(a, source) for a in parse_message(message, source=source, outlet=meta.outlet, filed=filed))
            except ReadError as exc:
                yield Problem(f"{source}:{number}", str(exc).removeprefix(f"{source}: "))
    else:
        text = decode(data, name=source)
        head = described({})
        if source.lower().endswith((".md", ".markdown")):
            # A clipping's or a static site's front matter: its metadata, never its text.
            header, text = front_matter(text)
            # (an Obsidian clipping's "created" is the day it was clipped, not the report's)
            head = described({k: v for k, v in header.items() if k not in ("created", "updated", "modified")})
            text = markdown_to_text(text)
        articles = parse_text(
            text, path=source, outlet=meta.outlet or head.outlet, url=url or meta.url or head.url, filed=filed,
            title=head.title, byline=", ".join(head.authors) or None, published=head.published,
        )
        if not articles:
            raise ReadError(f"{source}: no article text found")
        yield from (Item(a, source) for a in articles)


def read_file(path: Path, *, outlet: str | None = None, url: str | None = None, data: bytes | None = None) -> list[Article]:
    """Every article of one file (or its already-read *data*), read offline; :class:`ReadError` names it."""
    if data is None:
        data = read_bytes(path)
    articles: list[Article] = []
    problems: list[str] = []
    for result in read_data(data, source=str(path), meta=Source(outlet, url), filed=filed_day(path)):
        if isinstance(result, Item):
            articles.append(result.article)
        else:
            problems.append(str(result))
    if not articles:
        raise ReadError(problems[0] if problems else f"{path}: no article text found")
    return articles


def gather(inputs: Iterable[str], *, fetch: Fetcher | None = fetch_url) -> Iterator[Result]:
    """Every article of every input (paths, folders, addresses), in order, with a :class:`Problem` per failure."""
    manifests: dict[Path, dict[str, Source]] = {}
    for raw in inputs:
        if is_url(raw):
            if fetch is None:
                yield Problem(raw, "fetching is turned off")
                continue
            try:
                page = fetch(raw)
                yield from read_data(page.data, source=raw, url=page.url, fetch=fetch, content_type=page.content_type,
                                     filed=page.modified)
            except ReadError as exc:
                yield Problem(raw, str(exc).removeprefix(f"{raw}: "))
            continue
        path = Path(raw)
        if not path.exists():
            yield Problem(raw, not_there(path))
            continue
        files = list(iter_files([path], suffixes=ALL_SUFFIXES))
        if not files:
            yield Problem(raw, EMPTY_FOLDER)
        for file in files:
            if path.is_dir() and file.name == MANIFEST_NAME:
                continue
            source = str(file)
            if broken := _manifest(file.parent, manifests):
                yield broken
            try:
                data = read_bytes(file)
                meta = manifests[file.parent].get(file.name, Source())
                yield from read_data(data, source=source, meta=meta, fetch=fetch, filed=filed_day(file))
            except ReadError as exc:
                yield Problem(source, str(exc).removeprefix(f"{source}: "))


def read_paths(
    paths: Iterable[Path], *, progress: Callable[[int, int], None] | None = None
) -> tuple[list[Article], list[ReadError]]:
    """Read every file under *paths* offline, each kind by its reader.

    *progress*, when given, is called with (files read, files in all) after each file.
    Returns the articles (a report given twice, under two names or in two files, once) and,
    separately, one :class:`ReadError` per input or part that failed.
    """
    articles: list[Article] = []
    errors: list[ReadError] = []
    seen: set[str] = set()
    seen_files: dict[str, str | None] = {}  # a file's bytes hashed: why it gave no article, None where it gave some
    manifests: dict[Path, dict[str, Source]] = {}
    listed = [(path, list(iter_files([path]))) for path in paths]
    total, done = sum(len(files) for _, files in listed), 0
    for path, files in listed:
        if not files:
            errors.append(ReadError(f"{path}: {EMPTY_FOLDER}"))
        for file in files:
            _read_one(file, articles, errors, seen, seen_files, manifests)
            done += 1
            if progress is not None:
                progress(done, total)
    return articles, errors


def _manifest(folder: Path, manifests: dict[Path, dict[str, Source]]) -> Problem | None:
    """Read *folder*'s manifest into *manifests* once; a broken one is said once (what is wrong,
    "...; its files read without it") and its files are read as if it were not there."""
    if folder in manifests:
        return None
    try:
        manifests[folder] = load_manifest(folder)
    except ReadError as exc:
        manifests[folder] = {}
        where = str(folder / MANIFEST_NAME)
        return Problem(where, f"{str(exc).removeprefix(f'{where}: ')}; its files read without it", skipped=0)
    return None


def _read_one(
    file: Path, articles: list[Article], errors: list[ReadError], seen: set[str], seen_files: dict[str, str | None],
    manifests: dict[Path, dict[str, Source]],
) -> None:
    """Read *file* into *articles* (a report or file met before, under another name, once) and
    its failures into *errors* (:func:`read_paths`)."""
    if file.name == MANIFEST_NAME:
        return
    if broken := _manifest(file.parent, manifests):
        errors.append(ReadError(str(broken)))
    digest = None
    try:
        data = read_bytes(file)
        meta = manifests[file.parent].get(file.name, Source())
        # the same file under two names: its article once, its fault for each; but not where a
        # manifest says another outlet or address of one of them (two outlets' identical copy)
        digest = f"{hashlib.sha256(data).hexdigest()} {meta.outlet} {meta.url}"
        if digest in seen_files:
            if (why := seen_files[digest]) is not None:
                errors.append(ReadError(f"{file}: {why}"))
            return
        seen_files[digest] = None
        for result in read_data(data, source=str(file), meta=meta, filed=filed_day(file)):
            if isinstance(result, Problem):
                errors.append(ReadError(str(result)) if result.fault else NothingToRead(str(result)))
            elif result.article.id not in seen:  # the same report under two names
                seen.add(result.article.id)
                articles.append(result.article)
    except ReadError as exc:
        errors.append(exc)
        if digest is not None:  # (two empty files are two inputs skipped, each said)
            seen_files[digest] = str(exc).removeprefix(f"{file}: ")

