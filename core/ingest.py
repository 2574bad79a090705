"""Turn what the user adds (files, folders, web pages, feeds, JSON Lines, URLs) into articles.

Each input yields, one by one, :class:`Item` (an article and where it came from) or
:class:`Problem` (one line naming the input and what is wrong), so one bad input never
stops the others and an import can be stored as it goes.

* plain text and Markdown go through :mod:`core.read` (furniture stripped, several
  reports on one page split);
* HTML through trafilatura (main text, title, site name as outlet, byline, date,
  canonical URL), after a size cap: trafilatura has none of its own;
* feeds through feedparser, given bytes (given a string it would open it as a path or
  URL), with any DTD removed first so no entity is expanded and nothing fetched; an
  entry with its full text becomes an article, a summary-only one fetches its page;
* URLs through httpx, with a time-out and a size cap.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.clean import Kind, classify_line, is_sentence, split_dateline, split_units, word_count
from core.model import Article, article_id
from core.read import TEXT_SUFFIXES, ReadError, Source, decode, iter_files, load_manifest, parse_text, read_bytes
from core.sanitize import sanitize

__all__ = ["Item", "Problem", "Fetched", "gather", "parse_html", "parse_feed", "parse_jsonl", "fetch_url", "MAX_HTML_BYTES"]

#: HTML above this size is refused before extraction (trafilatura has no cap of its own).
MAX_HTML_BYTES = 8 * 1024 * 1024
#: Anything fetched from the network above this size is refused.
MAX_FETCH_BYTES = 16 * 1024 * 1024
FETCH_TIMEOUT = 15.0
#: A feed entry with fewer paragraphs and words than these is a summary: its page is fetched.
FULL_TEXT_PARAGRAPHS = 3
FULL_TEXT_WORDS = 150

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ALL_SUFFIXES = HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES | TEXT_SUFFIXES


@dataclass(frozen=True, slots=True)
class Item:
    """An article read from an input."""

    article: Article
    source: str


@dataclass(frozen=True, slots=True)
class Problem:
    """An input, or part of one, that gave no article: one line that names it."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page fetched from the network."""

    url: str
    data: bytes
    content_type: str


Fetcher = Callable[[str], Fetched]
Result = Item | Problem


def is_url(text: str) -> bool:
    """Whether an input names a web address rather than a path."""
    return text.lower().startswith(("http://", "https://"))


# --- sniffing -------------------------------------------------------------------

_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.I | re.S)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)


def kind_of(name: str, data: bytes, content_type: str = "") -> str:
    """"html", "feed", "jsonl" or "text", from the name, the declared type and the first bytes."""
    suffix = Path(name.split("?")[0]).suffix.lower()
    ctype = content_type.split(";")[0].strip().lower()
    if suffix in JSONL_SUFFIXES or ctype in ("application/jsonl", "application/x-ndjson"):
        return "jsonl"
    if suffix in FEED_SUFFIXES or ctype in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return "feed"
    if suffix in HTML_SUFFIXES or ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or ctype in ("application/xml", "text/xml"):
        return "feed" if any(tag in head for tag in (b"<rss", b"<feed", b"<rdf")) else "html"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


# --- HTML -----------------------------------------------------------------------


def _body(text: str) -> tuple[str, ...]:
    """The body paragraphs of text a source gave as the article's body (an extractor's output, a
    feed entry, a JSON field): the furniture it still holds is dropped, but a short paragraph
    that ends as a sentence stays, where a scraped page's short line would be taken for a heading."""
    # Line shape only: the position rules of a scraped page (chrome trails the body) do not
    # apply to a body that a source has already cut out.
    kept = []
    for unit, _ in split_units(sanitize(text)):
        kind = classify_line(unit)
        if kind is Kind.BODY or (kind is Kind.HEADING and is_sentence(unit)):
            kept.append(unit)
    return tuple(kept)


def _iso_date(raw: object) -> str | None:
    match = re.match(r"\d{4}-\d\d-\d\d", str(raw or ""))
    return match.group(0) if match else None


def _article(
    *, source: str, outlet: str | None, title: str | None, body: tuple[str, ...], byline: str | None = None,
    published: str | None = None, url: str | None = None,
) -> Article:
    outlet = sanitize(" ".join((outlet or "").split())) or Path(source.split("?")[0]).stem or "unknown"
    title = sanitize(" ".join((title or "").split())) or (body[0][:87] + "…" if len(body[0]) > 90 else body[0])
    dateline, opening = split_dateline(body[0])
    body = (opening, *body[1:])
    return Article(
        id=article_id(outlet, title, body),
        path=source,
        outlet=outlet,
        title=title,
        paragraphs=body,
        byline=sanitize(" ".join(byline.split())) if byline else None,
        published=published,
        url=sanitize(url) if url else None,
        dateline=dateline,
    )


def parse_html(data: bytes, *, source: str, url: str | None = None) -> Article:
    """Extract the article of one HTML page with trafilatura; :class:`ReadError` when there is none."""
    if len(data) > MAX_HTML_BYTES:
        raise ReadError(
            f"{source}: page too large to extract ({len(data) / 2**20:.0f} MB; the limit is {MAX_HTML_BYTES // 2**20} MB)"
        )
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as exc:  # noqa: BLE001 - a broken page must not stop the import
        raise ReadError(f"{source}: cannot extract the page ({type(exc).__name__})") from None
    text = getattr(doc, "text", None) if doc is not None else None
    body = _body(text or "")
    if not body:
        raise ReadError(f"{source}: no article text found in the page")
    return _article(
        source=source,
        outlet=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        title=getattr(doc, "title", None),
        body=body,
        byline=getattr(doc, "author", None),
        published=_iso_date(getattr(doc, "date", None)),
        url=getattr(doc, "url", None) or url,
    )


def _fragment_text(html: str) -> str:
    """The text of an HTML fragment (a feed entry), one block element per line, scripts and styles dropped."""
    import lxml.html
    from lxml_html_clean import Cleaner

    if not html.strip():
        return ""
    try:
        tree = lxml.html.fragment_fromstring(html, create_parent="div")
        tree = Cleaner(scripts=True, javascript=True, style=True, inline_style=True, embedded=True, frames=True,
                       forms=True, comments=True, processing_instructions=True, page_structure=False).clean_html(tree)
    except Exception:  # noqa: BLE001 - not HTML after all: the text as it is
        return html
    blocks = tree.xpath(".//p|.//h1|.//h2|.//h3|.//h4|.//li|.//blockquote")
    if not blocks:
        return str(tree.text_content())
    return "\n".join(" ".join(str(b.text_content()).split()) for b in blocks)


# --- feeds ----------------------------------------------------------------------


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return "%04d-%02d-%02d" % tuple(parsed[:3])
            except (TypeError, ValueError):
                continue
    return None


def parse_feed(data: bytes, *, source: str, fetch: Fetcher | None) -> Iterator[Result]:
    """Every entry of an RSS or Atom feed as an article (or a problem naming the entry)."""
    import feedparser

    # Feeds need no DTD: one declaring entities (a "billion laughs" bomb, a file or URL to
    # fetch) is refused, and any other DTD removed, so no entity is ever expanded or fetched.
    if _ENTITY_DECL.search(data[:65536]):
        yield Problem(source, "feed declares XML entities; refused")
        return
    data = _DOCTYPE.sub(b"", data, count=1)
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    entries = parsed.get("entries") or []
    if not entries:
        reason = type(parsed.get("bozo_exception")).__name__ if parsed.get("bozo") else "no entries"
        yield Problem(source, f"not a readable feed ({reason})")
        return
    outlet = (parsed.get("feed") or {}).get("title")
    for number, entry in enumerate(entries, start=1):
        title = sanitize(" ".join(str(entry.get("title") or "").split())) or f"entry {number}"
        where = f"{source} [{title[:60]}]"
        html = ""
        if entry.get("content"):
            html = max((c.get("value") or "" for c in entry["content"]), key=len)
        html = html if len(html) >= len(entry.get("summary") or "") else str(entry.get("summary") or "")
        body = _body(_fragment_text(html))
        link = str(entry.get("link") or "")
        if len(body) >= FULL_TEXT_PARAGRAPHS or sum(map(word_count, body)) >= FULL_TEXT_WORDS:
            yield Item(
                _article(source=link or source, outlet=outlet, title=title, body=body, byline=entry.get("author"),
                         published=_entry_date(entry), url=link or None),
                link or source,
            )
        elif not is_url(link):
            yield Problem(where, "summary only, and no link to its page")
        elif fetch is None:
            yield Problem(where, "summary only; its page was not fetched")
        else:
            try:
                page = fetch(link)
                article = parse_html(page.data, source=link, url=page.url)
            except ReadError as exc:
                yield Problem(where, f"summary only, and its page failed: {exc}")
                continue
            if outlet and article.outlet == Path(link).stem:
                article = _article(source=link, outlet=outlet, title=article.title, body=article.paragraphs,
                                   byline=article.byline, published=article.published, url=article.url)
            yield Item(article, link)


# --- JSON Lines -----------------------------------------------------------------


def _first(record: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if record.get(key):
            return record[key]
    return None


def parse_jsonl(text: str, *, source: str) -> Iterator[Result]:
    """One article per line of JSON: ``text`` (or ``body``/``content``: a string or a list of
    paragraphs), and optionally ``title``, ``outlet`` (or ``source``/``site``), ``byline``
    (or ``author``), ``published`` (or ``date``) and ``url``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except ValueError:
            yield Problem(where, "not a line of JSON")
            continue
        if not isinstance(record, dict):
            yield Problem(where, "not a JSON object")
            continue
        raw = _first(record, "text", "body", "content")
        if isinstance(raw, list):
            raw = "\n\n".join(str(p) for p in raw)
        body = _body(str(raw)) if isinstance(raw, (str, list)) else ()
        if not body:
            yield Problem(where, "no article text (expected a \"text\" field)")
            continue
        outlet = _first(record, "outlet", "source", "site", "publisher")
        yield Item(
            _article(
                source=where, outlet=str(outlet) if outlet else Path(source).stem,
                title=str(_first(record, "title", "headline") or ""), body=body,
                byline=str(_first(record, "byline", "author") or "") or None,
                published=_iso_date(_first(record, "published", "date")), url=str(record.get("url") or "") or None,
            ),
            where,
        )


# --- text -----------------------------------------------------------------------

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|(?<!\w)_(?=\w)|(?<=\w)_(?!\w))")


def markdown_to_text(text: str) -> str:
    """Markdown as the plain text a news page would show: no markers, links as their words."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    return _MD_EMPHASIS.sub("", text)


def _from_bytes(data: bytes, *, source: str, kind: str, meta: Source, url: str | None, fetch: Fetcher | None) -> Iterator[Result]:
    if kind == "html":
        yield Item(parse_html(data, source=source, url=url or meta.url), source)
    elif kind == "feed":
        yield from parse_feed(data, source=source, fetch=fetch)
    elif kind == "jsonl":
        yield from parse_jsonl(decode(data, name=source), source=source)
    else:
        text = decode(data, name=source)
        if source.lower().endswith((".md", ".markdown")):
            text = markdown_to_text(text)
        articles = parse_text(text, path=source, outlet=meta.outlet, url=url or meta.url)
        if not articles:
            raise ReadError(f"{source}: no article text found")
        yield from (Item(a, source) for a in articles)


# --- the network ----------------------------------------------------------------


def fetch_url(url: str) -> Fetched:
    """Fetch *url* with httpx: time-out, redirects followed, size capped; :class:`ReadError` on failure."""
    import httpx

    try:
        with httpx.Client(timeout=FETCH_TIMEOUT, follow_redirects=True, headers={"User-Agent": "newsprism"}) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise ReadError(f"{url}: HTTP {response.status_code}")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_FETCH_BYTES:
                        raise ReadError(f"{url}: larger than {MAX_FETCH_BYTES // 2**20} MB; not fetched")
                    chunks.append(chunk)
                return Fetched(str(response.url), b"".join(chunks), response.headers.get("content-type", ""))
    except httpx.InvalidURL:
        raise ReadError(f"{url}: not a valid address") from None
    except httpx.TimeoutException:
        raise ReadError(f"{url}: timed out") from None
    except httpx.HTTPError as exc:
        reason = str(exc).split("\n")[0] or type(exc).__name__
        raise ReadError(f"{url}: cannot fetch ({reason})") from None


# --- inputs ---------------------------------------------------------------------


def gather(inputs: Iterable[str], *, fetch: Fetcher | None = fetch_url) -> Iterator[Result]:
    """Every article of every input, in order, with a :class:`Problem` for each failure."""
    manifests: dict[Path, dict[str, Source]] = {}
    for raw in inputs:
        if is_url(raw):
            if fetch is None:
                yield Problem(raw, "fetching is turned off")
                continue
            try:
                page = fetch(raw)
                yield from _from_bytes(page.data, source=raw, kind=kind_of(page.url, page.data, page.content_type),
                                       meta=Source(), url=page.url, fetch=fetch)
            except ReadError as exc:
                yield Problem(raw, str(exc).removeprefix(f"{raw}: "))
            continue
        path = Path(raw)
        if not path.exists():
            yield Problem(raw, "no such file or directory")
            continue
        for file in iter_files([path], suffixes=ALL_SUFFIXES):
            source = str(file)
            try:
                if file.parent not in manifests:
                    manifests[file.parent] = load_manifest(file.parent)
                data = read_bytes(file)
                meta = manifests[file.parent].get(file.name, Source())
                yield from _from_bytes(data, source=source, kind=kind_of(file.name, data), meta=meta, url=None, fetch=fetch)
            except ReadError as exc:
                yield Problem(source, str(exc).removeprefix(f"{source}: "))
