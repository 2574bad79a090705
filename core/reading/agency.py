"""News agencies' XML: NITF documents and IPTC NewsML (G2 and 1.x), one article per news item.

The IPTC's standards, in the element names they give (namespaces or none, any version):

- NITF (``<nitf>``): the title from ``body.head/hedline/hl1`` (else ``head/title``), the byline's
  ``<person>`` (else the byline's text, its "By" and agency title left to the byline reader), the
  ``<dateline>``, the time from ``docdata/date.issue@norm`` (else ``story.date@norm``,
  ``pubdata@date.publication``), the outlet from ``pubdata@name``, ``<distributor>`` or
  ``doc.copyright@holder``, the ``<abstract>`` as the standfirst, and the paragraphs of
  ``body.content`` (``<hl2>`` its subheads, ``<media-caption>`` captions);
- NewsML-G2 (``<newsMessage>`` with its ``itemSet``, or one ``<newsItem>``): each text item's
  ``contentMeta/headline``, ``creator`` (or ``by``), ``dateline`` and ``description`` (the summary),
  the outlet from ``itemMeta/provider`` (else ``creditline``), the time from ``firstCreated``
  (else ``contentCreated``, ``versionCreated``; a later ``versionCreated`` is the update), and the
  text of ``contentSet/inlineXML`` (XHTML or an NITF body) or ``inlineData`` (plain text);
- NewsML 1.x (``<NewsML>``): each ``NewsItem``'s ``NewsLines`` (HeadLine, ByLine, DateLine,
  CreditLine), its ``FirstCreated``, and the NITF or XHTML in its ``DataContent``.

Ids, subject codes, urgency and other management data are never text. The file is untrusted: it is
parsed with defusedxml, which refuses entity declarations (no "billion laughs") and fetches nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from xml.etree.ElementTree import Element, tostring

from core.errors import ReadError
from core.model import later_update
from core.reading.html import fragment_article
from core.reading.judge import iso_datetime
from core.reading.sources import Item, Result, Source

__all__ = ["is_agency_xml", "parse_agency"]

#: The root element of an agency's document, after the XML declaration, comments and a DTD.
_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?(?:<\?[^>]*>|<!--.*?-->|<!DOCTYPE[^>]*>|\s)*<(?:[\w.-]+:)?(?:nitf|newsMessage|newsItem|NewsML)[\s/>]", re.S
)

#: NITF's and NewsML's own block elements as the HTML elements they are (the rest are read as they are).
_AS_HTML = {"hl2": "h2", "block": "div", "media": "figure", "media-caption": "figcaption", "nitf-table": "div",
            "body.content": "div", "body": "div", "bq": "blockquote", "credit": "span", "fn": "aside"}
#: Elements of a body that are never text: references to media, metadata inside the body.
_NOT_TEXT = {"media-reference", "media-metadata", "media-object", "media-producer", "head", "script", "style",
             "identified-content", "classifier", "table-reference", "note", "body.end"}


def is_agency_xml(head: bytes) -> bool:
    """Whether *head*, the start of a file, opens an NITF or NewsML document."""
    return bool(_ROOT.match(head))


def _local(tag: object) -> str:
    """An element's name without its namespace ("{http://iptc.org/...}headline" is "headline")."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _all(node: Element | None, *path: str) -> list[Element]:
    """The elements under *node* down *path* (local names, one level each; "*" any), in order."""
    found = [node] if node is not None else []
    for name in path:
        found = [child for parent in found for child in parent if name == "*" or _local(child.tag) == name]
    return found


def _first(node: Element | None, *path: str) -> Element | None:
    return next(iter(_all(node, *path)), None)


def _find(node: Element | None, name: str) -> Element | None:
    """The first element named *name* anywhere under *node* (itself not included)."""
    if node is None:
        return None
    return next((el for el in node.iter() if el is not node and _local(el.tag) == name), None)


def _text(node: Element | None) -> str:
    """All the text of *node*, on one line ("" where None)."""
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


def _name(node: Element | None) -> str:
    """What a NewsML-G2 concept (a creator, a provider) is called: its ``<name>``, else its ``literal``."""
    if node is None:
        return ""
    return _text(_first(node, "name")) or " ".join(str(node.get("literal") or "").split())


#: ISO 8601's basic format, as NITF's ``norm`` and NewsML 1's dates give it ("20260303T101500Z", "20260303").
_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$")


def _time(raw: object) -> str | None:
    """An ISO 8601 time from an agency's date, basic ("20260303T101500Z") or extended format."""
    text = str(raw or "").strip()
    if not text:
        return None
    if found := _BASIC.match(text):
        year, month, day, hour, minute, second, zone = found.groups()
        if hour is None:
            return f"{year}-{month}-{day}"
        zone = "+00:00" if zone in (None, "Z") else f"{zone[:3]}:{zone[-2:]}"
        text = f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}{zone}"
    return iso_datetime(text)


def _as_html(node: Element) -> str:
    """*node*'s content as an HTML fragment: namespaces dropped, NITF's blocks as HTML's, metadata out."""
    def copy(element: Element) -> Element | None:
        name = _local(element.tag)
        if name in _NOT_TEXT:
            return None
        out = Element(_AS_HTML.get(name, name))
        out.text = element.text
        for child in element:
            kept = copy(child)
            if kept is not None:
                out.append(kept)
            elif len(out):
                out[-1].tail = (out[-1].tail or "") + (child.tail or "")
            else:
                out.text = (out.text or "") + (child.tail or "")
        out.tail = element.tail
        return out

    body = copy(node)
    if body is None:
        return ""
    body.tail = None
    return tostring(body, encoding="unicode", method="html")


def _nitf(root: Element) -> dict[str, Any]:
    """What an NITF document says: title, authors, dateline, times, outlet, standfirst and body (HTML)."""
    head, body = _first(root, "head"), _first(root, "body")
    body_head = _first(body, "body.head")
    docdata = _first(head, "docdata")
    pubdata = _first(head, "pubdata")
    authors: list[str] = []
    for byline in _all(body_head, "byline"):
        people = [_text(p) for p in _all(byline, "person")] or [_text(byline)]
        authors.extend(p for p in people if p and p not in authors)
    stamp = None
    for found in (_first(docdata, "date.issue"), _find(body_head, "story.date")):
        if found is not None and (stamp := _time(found.get("norm"))):
            break
    if stamp is None and pubdata is not None:
        stamp = _time(pubdata.get("date.publication"))
    copyright_ = _first(docdata, "doc.copyright")
    outlet = (
        (pubdata.get("name") if pubdata is not None else None) or _text(_first(body_head, "distributor"))
        or (copyright_.get("holder") if copyright_ is not None else None)
    )
    content = _first(body, "body.content")
    return {
        "title": _text(_find(body_head, "hl1")) or _text(_first(head, "title")),
        "authors": authors,
        "dateline": _text(_first(body_head, "dateline")),
        "published": stamp,
        "updated": None,
        "outlet": outlet,
        "standfirst": _text(_first(body_head, "abstract")),
        "body": _as_html(content) if content is not None else "",
    }


def _g2_body(item: Element) -> str:
    """The text of a NewsML-G2 item as HTML: its first inlineXML (XHTML, NITF), else its inlineData."""
    for content in _all(item, "contentSet", "*"):
        kind = _local(content.tag)
        if kind == "inlineXML":
            for child in content:
                name = _local(child.tag)
                if name == "html":
                    found = _first(child, "body")
                    return _as_html(found) if found is not None else ""
                if name == "nitf":
                    return str(_nitf(child)["body"])
                return _as_html(child)
        if kind == "inlineData" and _text(content):
            return "".join(content.itertext())
    return ""


def _newsml_g2(item: Element) -> dict[str, Any]:
    """What a NewsML-G2 newsItem says (the keys of :func:`_nitf`)."""
    meta, content = _first(item, "itemMeta"), _first(item, "contentMeta")
    headlines = _all(content, "headline")
    # (a headline with a role, "hld:subHeadline", is not the headline where one without a role is there)
    headline = next((h for h in headlines if not h.get("role") or h.get("role", "").endswith(":main")), None)
    authors = [n for n in (_name(c) for c in _all(content, "creator")) if n] or [_text(b) for b in _all(content, "by") if _text(b)]
    created = [_time(_text(_first(where, name))) for where, name in
               ((meta, "firstCreated"), (content, "contentCreated"), (meta, "versionCreated"))]
    published = next((t for t in created if t), None)
    modified = _time(_text(_first(content, "contentModified"))) or _time(_text(_first(meta, "versionCreated")))
    summary = next((d for d in _all(content, "description") if "summary" in (d.get("role") or "summary")), None)
    body = _g2_body(item)
    nitf = _find(_first(item, "contentSet"), "nitf")
    fallback = _nitf(nitf) if nitf is not None else {}
    return {
        "title": _text(headline if headline is not None else next(iter(headlines), None)) or fallback.get("title", ""),
        "authors": authors or fallback.get("authors", []),
        "dateline": _text(_first(content, "dateline")) or fallback.get("dateline", ""),
        "published": published or fallback.get("published"),
        "updated": modified,
        "outlet": _name(_first(meta, "provider")) or _text(_first(content, "creditline")) or fallback.get("outlet"),
        "standfirst": _text(summary),
        "body": body,
    }


def _newsml_1(item: Element) -> dict[str, Any]:
    """What a NewsML 1.x NewsItem says (the keys of :func:`_nitf`): its NewsLines, its dates and the
    NITF or XHTML of its DataContent."""
    lines = _find(item, "NewsLines")
    data = _find(item, "DataContent")
    inner = next(iter(data), None) if data is not None else None
    fallback: dict[str, Any] = {}
    body = ""
    if inner is not None and _local(inner.tag) == "nitf":
        fallback = _nitf(inner)
        body = str(fallback["body"])
    elif inner is not None:
        found = _find(inner, "body") if _local(inner.tag) == "html" else inner
        body = _as_html(found) if found is not None else ""
    elif data is not None:
        body = "".join(data.itertext())
    management = _find(item, "NewsManagement")
    byline = _text(_first(lines, "ByLine"))
    provider = _find(item, "Provider")
    return {
        "title": _text(_first(lines, "HeadLine")) or fallback.get("title", ""),
        "authors": [byline] if byline else fallback.get("authors", []),
        "dateline": _text(_first(lines, "DateLine")) or fallback.get("dateline", ""),
        "published": _time(_text(_first(management, "FirstCreated"))) or fallback.get("published"),
        "updated": _time(_text(_first(management, "ThisRevisionCreated"))),
        "outlet": _text(_first(lines, "CreditLine")) or _text(provider) or fallback.get("outlet"),
        "standfirst": fallback.get("standfirst", ""),
        "body": body,
    }


def _items(root: Element) -> Iterator[dict[str, Any]]:
    """What each news item of the document *root* says, in order (NewsML-G2 items other than text,
    a picture's or a package's, are none)."""
    kind = _local(root.tag)
    if kind == "nitf":
        yield _nitf(root)
    elif kind == "NewsML":
        for item in (el for el in root.iter() if _local(el.tag) == "NewsItem"):
            yield _newsml_1(item)
    else:
        for item in (el for el in root.iter() if _local(el.tag) == "newsItem"):
            qcode = str((_first(_first(item, "itemMeta"), "itemClass") or Element("x")).get("qcode") or "")
            if qcode and not qcode.endswith(":text"):
                continue
            yield _newsml_g2(item)


def parse_agency(data: bytes, *, source: str, meta: Source = Source()) -> Iterator[Result]:
    """Every news item of an NITF or NewsML document (*data*, bytes as saved) as an :class:`Item`,
    its path ``FILE:N`` where the document holds several (N from 1).

    *meta* (a manifest's word) names the outlet and address before the document does.
    Raises :class:`ReadError` for XML that does not parse, one that declares entities (refused, none
    expanded), and a document with no item of text.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(data)
    except DefusedXmlException:
        raise ReadError(f"{source}: the document declares XML entities; refused") from None
    except ParseError as exc:
        raise ReadError(f"{source}: not well-formed XML ({exc})") from None
    found = list(_items(root))
    articles = []
    for number, said in enumerate(found, start=1):
        path = f"{source}:{number}" if len(found) > 1 else source
        try:
            article = fragment_article(
                said["body"], source=path, outlet=meta.outlet or said["outlet"] or None, title=said["title"] or None,
                url=meta.url, authors=said["authors"], published=said["published"],
            )
        except (ReadError, ValueError):
            continue  # an item with no text (a picture's caption item, an empty body)
        if not article.dateline and said["dateline"]:
            article = replace(article, dateline=said["dateline"])
        if not article.standfirst and said["standfirst"] and said["standfirst"] not in article.paragraphs[0]:
            article = replace(article, standfirst=said["standfirst"])
        if (updated := later_update(article.published, said["updated"])) != article.updated:
            article = replace(article, updated=updated)
        articles.append(article)
    if not articles:
        raise ReadError(f"{source}: no article text (an NITF or NewsML document with no item of text)")
    yield from (Item(a, source) for a in articles)
