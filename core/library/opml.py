"""OPML 2.0 subscription lists: read the ones other feed readers export, write our own.

The format is the one of opml.org/spec2 (2009): ``<opml version="2.0">`` with a ``<head>``
and a ``<body>`` of ``<outline>`` elements; a subscription is an outline with
``type="rss"`` and an ``xmlUrl`` (``htmlUrl``, ``text``, ``title`` and ``category``
optional). Readers put categories in two ways, and both are read as tags: folders (an
outline without ``xmlUrl`` holding subscriptions: Feedly, Inoreader, NetNewsWire,
Thunderbird) and the ``category`` attribute (comma-separated, each maybe a slash path). We
write both, so a file goes out and comes back with the same tags, and other readers see
our tags as their folders.

The file is untrusted: it is parsed with defusedxml, which refuses entity declarations
and external references, so nothing is expanded or fetched.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email.utils import formatdate
from xml.etree.ElementTree import Element, ParseError, SubElement, indent, tostring

from core.errors import ReadError

__all__ = ["Outline", "parse_opml", "write_opml"]


@dataclass(frozen=True, slots=True)
class Outline:
    """One subscription of an OPML file: the feed's address, its name, the outlet's home page
    and its categories (folders it was in, then its ``category`` attribute's entries)."""

    url: str
    title: str | None = None
    site: str | None = None
    tags: tuple[str, ...] = ()


def _clean(text: str | None) -> str | None:
    """Untrusted text as one line without control characters (core.sanitize), or None."""
    from core.sanitize import sanitize

    text = sanitize(" ".join((text or "").split()))
    return text or None


def _categories(raw: str | None) -> list[str]:
    """The tags of a ``category`` attribute: "/News/World, Tech" gives "News/World" and "Tech";
    white space inside a tag is one space, as in a folder's name (:func:`_clean`), so a tag
    written as both reads as one ("Tech\u00a0AI" is "Tech AI")."""
    tags = []
    for part in (raw or "").split(","):
        tag = "/".join(segment for p in part.split("/") if (segment := " ".join(p.split())))
        if tag:
            tags.append(tag)
    return tags


def parse_opml(data: bytes, *, source: str) -> list[Outline]:
    """Every subscription of an OPML file, in document order, each address once.

    Args:
        data: the file's bytes (any encoding its XML declaration names).
        source: the file's name, for messages.

    Returns:
        The outlines with an ``xmlUrl``; a folder's name (``text`` or ``title``) becomes a
        tag of every subscription inside it, outer folders first.

    Raises:
        ReadError: one line naming *source*, when the file is not XML, not OPML, declares
        entities or external references, or holds no subscription.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ReadError(f"{source}: refused: the file declares XML entities or external references ({type(exc).__name__})") from None
    except ParseError as exc:
        raise ReadError(f"{source}: not an OPML file (XML error: {exc})") from None
    if root.tag.rpartition("}")[2].lower() != "opml":
        raise ReadError(f"{source}: not an OPML file (its root element is <{root.tag}>, not <opml>)")
    body = next((child for child in root if child.tag.rpartition("}")[2].lower() == "body"), None)
    if body is None:
        raise ReadError(f"{source}: not an OPML file (no <body>)")
    found: dict[str, Outline] = {}

    def walk(element: Element, folders: tuple[str, ...]) -> None:
        for child in element:
            if child.tag.rpartition("}")[2].lower() != "outline":
                continue
            attrs = {k.lower(): v for k, v in child.attrib.items()}
            name = _clean(attrs.get("title")) or _clean(attrs.get("text"))
            url = (attrs.get("xmlurl") or "").strip()
            if name == url:
                name = None  # a reader without a title writes the address as the text
            if url:
                tags = tuple(dict.fromkeys((*folders, *_categories(attrs.get("category")))))
                if url not in found:
                    found[url] = Outline(url, name, _clean(attrs.get("htmlurl")), tags)
                else:  # listed in two folders: one subscription with both folders' tags
                    old = found[url]
                    found[url] = Outline(url, old.title, old.site, tuple(dict.fromkeys((*old.tags, *tags))))
            walk(child, (*folders, name) if not url and name else folders)

    walk(body, ())
    if not found:
        raise ReadError(f"{source}: the OPML file lists no feeds (no outline has an xmlUrl)")
    return list(found.values())


def write_opml(outlines: Iterable[Outline], *, title: str = "newsprism subscriptions", created: float | None = None) -> str:
    """An OPML 2.0 document listing *outlines*.

    Each subscription sits in the folder of its first tag (other readers' folders) and carries
    all its tags in ``category``; those without tags sit at the top. Folders and their
    subscriptions keep the order given. *created* (seconds since the epoch) dates the head.
    """
    root = Element("opml", version="2.0")
    head = SubElement(root, "head")
    SubElement(head, "title").text = title
    SubElement(head, "dateCreated").text = formatdate(created, usegmt=True)
    SubElement(head, "docs").text = "http://opml.org/spec2.opml"
    body = SubElement(root, "body")
    folders: dict[str, Element] = {}
    for outline in outlines:
        parent = body
        if outline.tags:
            first = outline.tags[0]
            if first not in folders:
                folders[first] = SubElement(body, "outline", text=first, title=first)
            parent = folders[first]
        attrs = {"type": "rss", "text": outline.title or outline.url, "title": outline.title or outline.url,
                 "xmlUrl": outline.url}
        if outline.site:
            attrs["htmlUrl"] = outline.site
        if outline.tags:
            attrs["category"] = ",".join(outline.tags)
        SubElement(parent, "outline", attrs)
    indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode") + "\n"


def tags_of(values: Sequence[str]) -> tuple[str, ...]:
    """Tags as the user typed them (``--tag World --tag "Tech, AI"``), cleaned, each once."""
    return tuple(dict.fromkeys(t for v in values for t in _categories(v)))
