"""RSS and Atom feeds: every entry an article, its HTML read by :mod:`.html`.

feedparser is given bytes (given a string it would open it as a path or URL), with any
DTD removed first so that no entity is expanded and nothing fetched, and leading space
before the XML declaration removed so that its encoding is honoured. A feed cut off before its
end (:func:`cut_off`) is refused whole. An entry with its full text (the content the feed
declares, ``content:encoded`` or Atom ``<content>``, unless the feed cut it short; or a
summary as long as a report) becomes an article through the same HTML-to-paragraphs path as a
page's fragment, and its page is not fetched: a feed's full content is the article, and the
page would add only its furniture. A summary-only entry fetches its page when fetching is
allowed, and keeps what the feed gave when that fetch fails (:class:`FeedText`), without the words
of its link on to the page ("... said on Tuesday. Read more"): a one-sentence summary is a report.
An entry's furniture is left out in any language, by what it is rather than its words: a closing
link on to the entry's own page ("Lesa meira »", :func:`_without_link_on`) and, in an entry that
carries audio or video, a closing plug for it ("Escolta la notícia completa al nostre pòdcast.",
:func:`is_media_plug`). A feed that declares UTF-8 in bytes of another encoding is read in that
encoding (:func:`_as_utf8`). An entry's dates are read in its language, as a page's are: its words',
else the one the entry or its feed declares ("27 listopada 2026" is in November in Polish, in
October in Croatian: :func:`~core.reading.judge.reading_language`).

An article says where it was read from, as the `links` contract's ``path`` and ``url`` mean:
read from the feed, its ``path`` is the feed's and the entry's number in it, ``FEED:N`` (N from
1, as a JSON Lines file names its reports ``FILE:N``), and its ``url`` the entry's page; read from
its page, both are the page's address.
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from urllib.parse import urljoin, urlsplit

from core.errors import ReadError
from core.reading.html import ENTITY, ESCAPED_MARKUP, fragment_article, fragment_blocks, parse_html
from core.model import Article, later_update
from core.reading.judge import (
    dateline_date, feed_outlet, iso_datetime, page_language, reading_language, without_names, word_count,
)
from core.sanitize import sanitize
from core.text import search_fold
from core.reading.sources import Fetcher, Item, Problem, Result, decode_legacy, is_url

__all__ = ["FULL_TEXT_PARAGRAPHS", "FULL_TEXT_WORDS", "FeedText", "cut_off", "json_feed_as_atom", "parse_feed", "read_feed"]

#: A summary (not the content a feed declares) with fewer paragraphs (as the feed wrote them,
#: its furniture among them) and words than these is no more than a summary: the entry's page is fetched.
FULL_TEXT_PARAGRAPHS = 3
FULL_TEXT_WORDS = 150



@dataclass(frozen=True, slots=True)
class FeedText(Item):
    """An entry read from the summary its feed gave (or content the feed cut short), not from its
    page: kept, not lost. ``error`` is why its page failed; None when pages are not fetched
    (:func:`parse_feed`'s *briefs*). Its page is still wanted: a refresh stores it and reads the
    entry again later, for its page."""

    error: ReadError | None = None

    @property
    def lost(self) -> bool:
        """Whether its page failed, so that the article is shorter than its page: worth a word to the user."""
        return self.error is not None

    @property
    def page(self) -> str:
        """The entry's page: its address (``source`` names the feed and the entry)."""
        return self.article.url or self.source

    @property
    def note(self) -> str:
        """One line saying what was kept and why (for stderr), naming the entry's page."""
        if self.error is None:
            return f"{self.page}: its page was not fetched; kept the feed's summary"
        reason = str(self.error).removeprefix(f"{self.page}: ")
        return f"{self.page}: its page could not be fetched ({reason}); kept the feed's summary instead"


_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.I | re.S)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)

#: The root element of a feed, after the XML declaration, comments and a DTD: rss, feed, rdf:RDF.
_ROOT = re.compile(rb"(?:\xef\xbb\xbf)?(?:<\?[^>]*>|<!--.*?-->|<!DOCTYPE[^>]*>|\s)*<((?:[\w.-]+:)?(?:rss|feed|RDF))[\s/>]", re.S)


def cut_off(data: bytes, parsed: Any) -> str | None:
    """Why *data*, a feed as feedparser *parsed* it, is broken, in one line; None when it is whole.

    Broken means cut off: the document stops before the end tag of its root element (a download
    that broke off, a file truncated), so its last entry is a fragment and any entry after it is
    missing. The line says where it stops and the XML parser's first complaint with its line and
    column: "not a well-formed feed: cut off at line 2 before its closing </rss> (mismatched tag
    at line 2, column 84)"; a complaint past the last line of text (the end of the file) without
    them. A complete feed with a slip in its XML (an undefined entity, a stray ``&``) is not
    broken: feedparser reads it leniently, as feed readers do. A document in an encoding that
    hides its tags from bytes (UTF-16) is not judged.
    """
    found = _ROOT.match(data, 0, 4096)
    if found is None or re.compile(rb"</" + re.escape(found[1]) + rb"\s*>").search(data, found.end()):
        return None
    where = data.rstrip().count(b"\n") + 1
    reason = f"not a well-formed feed: cut off at line {where} before its closing </{found[1].decode()}>"
    error = parsed.get("bozo_exception")
    if error is not None and hasattr(error, "getLineNumber"):  # xml.sax's SAXParseException
        # where the parser complains, unless past the last line of text (the end of the file after
        # its last line break: "cut off at line 2 ... (no element found at line 3, column 0)")
        at = error.getLineNumber()
        place = f" at line {at}, column {error.getColumnNumber()}" if at <= where else ""
        reason += f" ({error.getMessage()}{place})"
    return reason


#: Markup in a title or name: feedparser's sanitiser is off (it took most of the time of a large
#: feed), so an HTML title comes as it was written and its text is read here.
_MARKUP = re.compile(r"<[a-zA-Z/!?]")


def _title(raw: object) -> str:
    """The text of a feed's title or name: its markup read as HTML, its entities decoded. Escaped
    twice or more ("&amp;#8217;" read once gives "&#8217;"; an HTML title's "&amp;lt;em&amp;gt;"
    gives "&lt;em&gt;"), it is decoded until no entity is left, and markup that decoding reveals
    (an escaped tag of :data:`~core.reading.html.ESCAPED_MARKUP`, "<em>") is read as markup too,
    never shown as text; an escaped "&lt;" of any other kind stays the text it is ("a &lt;b test")."""
    text = " ".join(str(raw or "").split())
    markup = bool(_MARKUP.search(text))
    for _ in range(4):
        if markup:
            text = " ".join(block.text for block in fragment_blocks(text))
        if not ENTITY.search(text):
            break
        markup = bool(ESCAPED_MARKUP.search(text))
        text = html.unescape(text)
    return text


#: RSS 2.0's <author> is an e-mail address, often with the name after it in brackets
#: ("desk@paper.example (Jan Brevik)") or before it in angle brackets; feedparser's split of
#: the first shape cuts both apart wrongly, so the raw element is read here.
_MAIL_THEN_NAME = re.compile(r"^\s*\S+@\S+\s*\((?P<name>[^()]+)\)\s*$")
_NAME_THEN_MAIL = re.compile(r"^\s*(?P<name>[^<>]+?)\s*<\S+@\S+>\s*$")
_MAIL = re.compile(r"^\s*\S+@\S+\s*$")


def _authors(entry: Any) -> list[str]:
    """The entry's authors' names: Atom's <author><name>, RSS's <author> or <dc:creator>, no e-mail addresses."""
    raw = _title(entry.get("author"))  # "Ana M&amp;uuml;ller" in a CDATA: its entities decoded
    for shape in (_MAIL_THEN_NAME, _NAME_THEN_MAIL):
        if found := shape.match(raw):
            return [found["name"].strip()]
    if _MAIL.match(raw):
        return []
    names = [_title(a.get("name")) for a in entry.get("authors") or [] if isinstance(a, dict) and a.get("name")]
    return names or ([_title(raw)] if raw.strip() else [])


def _atom_authors(entry: Any, channel: Any) -> list[str]:
    """The authors of an Atom entry that names none of its own: its <source>'s, else the feed's
    (RFC 4287, 4.2.1: the feed's <author> applies to every entry without one). RSS says no such
    thing (a channel's managingEditor or itunes:author is no item's byline), so it is not asked."""
    origin = entry.get("source")
    for holder in (origin if isinstance(origin, dict) else {}, channel):
        if names := _authors(holder):
            return names
    return []


def _entry_update(entry: Any, article: Article) -> Article:
    """*article* with the entry's ``updated`` time where that is later than its publication time
    (:func:`~core.model.later_update`); an Atom entry with ``updated`` alone is published
    then (:func:`_entry_date`), not updated. A time the article has already (its page's) comes
    first, weighed against the publication time the feed may have given it."""
    # (dict.get: feedparser's own get gives "published" for a missing "updated", and warns)
    stamp = article.updated or iso_datetime(str(dict.get(entry, "updated") or ""))
    if not stamp and dict.get(entry, "updated_parsed"):
        try:
            stamp = "%04d-%02d-%02dT%02d:%02d:%02d+00:00" % tuple(entry["updated_parsed"][:6])
        except (TypeError, ValueError):
            stamp = None
    updated = later_update(article.published, stamp)
    return article if updated == article.updated else replace(article, updated=updated)


def _entry_date(entry: Any) -> str | None:
    for key in ("published", "updated", "created"):
        stamp = iso_datetime(str(entry.get(key) or ""))
        if stamp:
            return stamp
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return "%04d-%02d-%02dT%02d:%02d:%02d+00:00" % tuple(parsed[:6])
            except (TypeError, ValueError):
                continue
    return None


#: How a feed marks content it cut short, at its end: an ellipsis ("…", "...", "[…]"), or a link on
#: to the page ("Read more", "Continue reading »", and the same in German, French, Spanish, Italian).
_MORE = (r"\b(?:read more|continue reading|keep reading|read the (?:full|whole|rest of the) (?:story|article)"
         r"|weiterlesen|lire la suite|leer más|leggi (?:tutto|di più))\b")
_CUT_SHORT = re.compile(rf"(?:…|\.{{3}}|\[(?:…|\.{{3}})\]|{_MORE}\W*)\s*$", re.I)
_TAG = re.compile(r"<[^>]*>")
#: The words of a link on to the page at the end of a summary ("... said on Tuesday. Read more »"),
#: with what follows them (punctuation, an arrow, an entity; tags are left): the link's, not the
#: report's. Left in, they make a one-sentence summary a "Read more" block of furniture, dropped whole.
_MORE_LINK = re.compile(rf"{_MORE}(?:&[#\w]+;|[^\w<&])*(?=(?:<[^>]*>\s*)*$)", re.I)


#: A link at the very end of an entry's HTML: its address and its label, with nothing but tags and
#: space after it.
_LAST_LINK = re.compile(
    r"<a\b[^>]*?\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))[^>]*>((?:(?!</?a\b).){1,200}?)</a\s*>"
    r"(?:\s|&nbsp;|&#0*160;|<[^>]*>)*$",
    re.I | re.S,
)
#: What may stand between the text before such a link and the link: space, tags, no-break spaces.
_SPACE_AND_TAGS = re.compile(r"(?:\s|&nbsp;|&#0*160;|<[^>]*>)*$", re.I)
#: A tag that ends a block (a line break, a paragraph, a division, a list item, a heading, a rule).
_BLOCK_BREAK = re.compile(r"<(?:br|/?p|/?div|/?li|/?h[1-6]|hr)\b", re.I)
#: The most words of a link's label on to its entry's page ("Lesa meira »", "Czytaj dalej", "Weiter →").
LINK_ON_WORDS = 5


def _same_page(href: str, page: str) -> bool:
    """Whether *href* and *page* are one address, its query, fragment, scheme and a closing slash aside."""
    def key(url: str) -> tuple[str, str]:
        parts = urlsplit(html.unescape(url.strip()))
        return ((parts.hostname or "").removeprefix("www."), parts.path.rstrip("/"))
    return "://" in page and key(href) == key(page)


def _without_link_on(fragment: str, page: str) -> str:
    """*fragment*, an entry's HTML, without the link on to the entry's own *page* that closes it
    ("Lesa meira »", "Czytaj dalej", "Full story"), in any language: a link to the page the entry is
    from, standing alone at the end (after a line break, a paragraph's end or a full sentence),
    labelled in a few words and no sentence of its own, is the feed's furniture, whatever its words.
    Its label does not say the feed cut the text short (:func:`_cut_short` knows the words of a
    few languages for that); the text's length does."""
    found = _LAST_LINK.search(fragment, max(len(fragment) - 2000, 0))
    if found is None:
        return fragment
    href = next(g for g in found.groups()[:3] if g is not None)
    label = " ".join(html.unescape(_TAG.sub(" ", found[4])).split())
    if not label or word_count(label) > LINK_ON_WORDS or label[-1] in ".!?" or not _same_page(urljoin(page, href), page):
        return fragment
    before = fragment[: found.start()]
    between = _SPACE_AND_TAGS.search(before)
    rest = before[: between.start()] if between else before
    text_before = html.unescape(_TAG.sub(" ", rest[-200:])).rstrip()
    if rest.strip() and not (between and _BLOCK_BREAK.search(between[0])) and not text_before.endswith((".", "!", "?", "…", "»", "\"", "”")):
        return fragment  # a link inside a sentence ("... said the <a>council</a>"): the report's words
    return before


#: The last paragraph of an entry's HTML, with nothing but space after it.
_LAST_PARAGRAPH = re.compile(r"<p\b[^>]*>((?:(?!</?p\b).)*)</p\s*>\s*$", re.I | re.S)
#: A link in a fragment of HTML: its address.
_LINK = re.compile(r"<a\b[^>]*?\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))[^>]*>(?:(?!</?a\b).)*?</a\s*>", re.I | re.S)
#: The most words of such a footer's text outside its two links ("The post ... appeared first on ...",
#: "Der Beitrag ... erschien zuerst auf ...", "Чланак ... се први пут појавио на ...").
FEED_FOOTER_WORDS = 10


def _without_feed_footer(fragment: str, page: str) -> str:
    """*fragment*, an entry's HTML, without the footer a blog's feed adds under every post
    (WordPress's and Yoast's "The post <a>Headline</a> appeared first on <a>Site</a>.", in the
    blog's language): a last paragraph that links to the entry's own *page* and to its site's home,
    with a few words around the links. Told by those links, not by its words."""
    found = _LAST_PARAGRAPH.search(fragment)
    if found is None or "://" not in page:
        return fragment
    hrefs = [urljoin(page, html.unescape(next(g for g in m.groups() if g is not None))) for m in _LINK.finditer(found[1])]
    home = urlsplit(page).hostname
    homes = [h for h in hrefs if urlsplit(h).hostname == home and not urlsplit(h).path.strip("/")]
    if len(hrefs) != 2 or not any(_same_page(h, page) for h in hrefs) or not homes:
        return fragment
    outside = html.unescape(_TAG.sub(" ", _LINK.sub(" ", found[1])))
    return fragment[: found.start()] if word_count(outside) <= FEED_FOOTER_WORDS else fragment


#: The most words of a plug for the site closing an entry (:func:`_without_site_plug`).
SITE_PLUG_WORDS = 20


def _without_site_plug(fragment: str, page: str) -> str:
    """*fragment*, an entry's HTML, without the plug for its site that a feed closes every entry
    with ("Celý článok a ďalšie správy z regiónu si prečítate na <a>www.example.sk</a>.", "More
    news at <a>Harbour Post</a>"), in whatever language its words are: a last paragraph whose
    links (one at least) all go to the home page of the entry's own site (*page*'s host, no path),
    of at most :data:`SITE_PLUG_WORDS` words and ending on its link. Told by where it points, not by
    its words: a closing paragraph that links elsewhere, or to another page of the site, is the report's."""
    found = _LAST_PARAGRAPH.search(fragment)
    if found is None or "://" not in page:
        return fragment
    links = list(_LINK.finditer(found[1]))
    home = (urlsplit(page).hostname or "").removeprefix("www.")
    if not links or not home or word_count(html.unescape(_TAG.sub(" ", found[1]))) > SITE_PLUG_WORDS:
        return fragment
    for link in links:
        target = urlsplit(urljoin(page, html.unescape(next(g for g in link.groups() if g is not None))))
        if (target.hostname or "").removeprefix("www.") != home or target.path.strip("/"):
            return fragment
    after = html.unescape(_TAG.sub(" ", found[1][links[-1].end() :]))
    return fragment[: found.start()] if not re.search(r"\w", after) else fragment


#: The audio an entry carries, named in a plug for it (matched on :func:`~core.text.search_fold`'s
#: text): "podcast" as most languages spell it ("pòdcast", "pódcast", "Podcast", "подкаст",
#: "پادکست", "播客", "ポッドキャスト", "팟캐스트"), "audio" ("àudio", "áudio", "аудио") ...
_MEDIUM = (r"\bpod[ck]ast|подкаст|ποντκαστ|بودكاست|پادکست|פודקאסט|播客|ポッドキャスト|팟캐스트|पॉडकास्ट|พอดแคสต์"
           r"|\baudio\b|аудио|аудіо")
#: ... or a call to listen opening it: "Listen to ...", "Escucha ...", "Escolta ...", "Écoutez ...",
#: "Ascolta ...", "Ouça ...", "Hören Sie ...", "Luister ...", "Lyssna ...", "Posłuchaj ...", "Слушайте ...".
_LISTEN = (r"^(?:listen|hear|escuch|escolt|ecout|ascolt|ouca|ouve|horen|hort|luister|lyssna|lytt?|kuuntel|posluch|sluchaj"
           r"|poslechn|слуша|послуша|слуха|послуха|dinle|dengar|nghe)")
#: ... or a web address closing it, which only a call to go there gives ("Support the show:
#: example.org/support", "Follow us at www.example.org"), in whatever language its words are.
_ADDRESS = r"(?:https?://|www\.|\b[\w-]+\.[a-z]{2,}/)\S*[.!]?$"
_PLUG = re.compile(f"{_MEDIUM}|{_LISTEN}|{_ADDRESS}")
#: The most words of such a plug; a longer paragraph is the report's.
PLUG_WORDS = 20
#: The file names of audio and video, for an enclosure that gives no media type.
_MEDIA_FILE = re.compile(r"\.(?:mp3|m4a|aac|ogg|oga|opus|wav|mp4|m4v|webm|mov)(?:[?#]|$)", re.I)


def _carries_media(entry: Any) -> bool:
    """Whether an entry carries audio or video: an enclosure (RSS ``<enclosure>``, Atom's link
    rel="enclosure") of an audio or video type, or a file of one where it gives no type."""
    for enclosure in entry.get("enclosures") or []:
        if not isinstance(enclosure, dict):
            continue
        kind = str(enclosure.get("type") or "").lower()
        if kind.startswith(("audio/", "video/")) or (not kind and _MEDIA_FILE.search(str(enclosure.get("href") or ""))):
            return True
    return False


def is_media_plug(text: str) -> bool:
    """Whether a block closing an entry that carries audio or video (:func:`_carries_media`) is a
    plug for it, no text of the report: a short sentence (PLUG_WORDS words at most) naming the
    podcast or the audio, calling on the reader to listen, in any of many languages ("Listen
    to the full story on our podcast.", "Escolta la notícia completa al nostre pòdcast."), or
    closing on a web address ("Support the show: example.org/support")."""
    return word_count(text) <= PLUG_WORDS and _PLUG.search(search_fold(text.strip())) is not None


def _cut_short(fragment: str, article: Article | None) -> bool:
    """Whether the feed cut *fragment* (an entry's HTML) short: it ends in an ellipsis or a link on
    to its page, or its text ended at a paywall's notice ("Continue reading", ``Article.teaser``)."""
    if article is not None and article.teaser:
        return True
    return bool(_CUT_SHORT.search(html.unescape(_TAG.sub(" ", fragment[-600:]))))


def _summary_of(entry: Any, article: Article, near: date | None, filed: date | None, language: str | None) -> Article:
    """The article a feed's *entry* gives by its summary alone (:class:`FeedText`), marked as
    that (``Article.summary_only``), dated (:func:`_dated`) and with the entry's update time."""
    return _entry_update(entry, _dated(replace(article, summary_only=True), near, filed, language))


def _dated(article: Article, near: date | None, filed: date | None, language: str | None) -> Article:
    """*article* dated by its dateline where nothing else dates it, in the year around the feed's
    own date (*near*), else by its paragraphs' dates or the feed file's time (*filed*); its month's
    name read in the article's language (its paragraphs', else the *language* its entry or feed
    declares: "WARSZAWA, 27 listopada (PAP)" is in November in Polish)."""
    if article.published is not None or not article.dateline:
        return article
    with reading_language(page_language(" ".join(article.paragraphs), language)):
        published = dateline_date(article.dateline, near=near, report=article.paragraphs, filed=filed)
    return replace(article, published=published)



#: A C1 control character (U+0080-U+009F) as UTF-8 bytes.
_C1_BYTES = re.compile(rb"\xc2[\x80-\x9f]")


def _without_c1(data: bytes) -> bytes:
    """*data*, a feed, with each C1 control character of UTF-8 text put as the placeholder
    core.sanitize shows it as (U+FFFD, or "␛[" for CSI: :data:`core.sanitize.C1_INTRODUCERS`):
    feedparser reads them in HTML values as the Windows-1252 characters of those codes (U+0085
    as "…"), and a description ending in "…" is a summary cut short, its text dropped. Text in
    another encoding is left to feedparser."""
    if not _C1_BYTES.search(data):
        return data
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    return _C1_BYTES.sub(lambda c1: sanitize(c1[0].decode()).encode(), data)


#: The encoding an XML declaration at the start of a document names.
_XML_ENCODING = re.compile(rb"<\?xml[^>]*?\bencoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")


def _as_utf8(data: bytes) -> bytes:
    """*data*, a feed that says it is UTF-8 (its XML declaration, or none: XML's default), as UTF-8
    where its bytes are not: a feed that declares UTF-8 and is written in a legacy encoding
    (windows-1250 from a server that labels everything UTF-8) is read in the encoding its bytes are
    in (:func:`~core.reading.sources.decode_legacy`: windows-1252 unless that reading is visibly
    wrong, else the Central European encodings or the detector's pick), not as feedparser's
    fallback, Latin-1's letters for every accented one ("pøístav" for "přístav"). UTF-8 with a
    stray bad byte stays UTF-8, that byte U+FFFD, as a text file's does. A feed declaring another
    encoding, or in UTF-16, is left to feedparser."""
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:256]:
        return data  # UTF-16 or UTF-32
    declared = _XML_ENCODING.match(data)
    if declared is not None:
        try:
            if codecs.lookup(declared[1].decode("ascii")).name != "utf-8":
                return data
        except LookupError:
            return data
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if sum(1 for ch in text if ord(ch) > 127) - bad < bad:
        text = decode_legacy(data)
    return text.encode("utf-8")


def read_feed(data: bytes) -> tuple[Any, str | None]:
    """feedparser's reading of the feed *data* (RSS or Atom, bytes as fetched or saved) and, where
    none of it is to be read, why, in one line: it declares XML entities (a "billion laughs" bomb,
    a file or URL to fetch: refused, none expanded or fetched), or it is cut off before its end
    (:func:`cut_off`). Each entry's ``link`` is its page in its language where it gives several
    (:func:`_alternate`), and an entry given twice (an update beside its old version) is there once,
    its latest (:func:`_latest_versions`). Every reader of a feed reads it here, so the entries of
    :func:`parse_feed` and those a refresh keeps track of (core.library.refresh) are the same
    entries in the same order."""
    import feedparser

    # Feeds need no DTD: one declaring entities is refused, and any other DTD removed.
    if _ENTITY_DECL.search(data[:65536]):
        return {}, "the feed declares XML entities; refused"
    data = _DOCTYPE.sub(b"", data, count=1)
    # The XML declaration must open the document for its encoding to count.
    data = data.lstrip(b"\xef\xbb\xbf \t\r\n") if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml") else data
    # No sanitising here: every HTML value goes through our own HTML path (fragment_blocks skips
    # scripts, styles and frames; make_article neutralises control characters), and feedparser's
    # sanitiser took about two thirds of the time of a large feed.
    data = _without_c1(_as_utf8(data))
    data = json_feed_as_atom(data) or data  # a JSON Feed: the same entries, as Atom says them
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=False)
    language = str((parsed.get("feed") or {}).get("language") or "")
    for entry in parsed.get("entries") or []:
        if (link := _alternate(entry, language)) is not None:
            entry["link"] = link
    if parsed.get("entries"):
        parsed["entries"] = _latest_versions(parsed["entries"])
    return parsed, cut_off(data, parsed)


def json_feed_as_atom(data: bytes) -> bytes | None:
    """The Atom feed that says what the JSON Feed *data* says (jsonfeed.org, version 1 or 1.1: an
    object whose "version" names jsonfeed.org and whose "items" is a list), as UTF-8 bytes; None
    for any other data. The feed's title, home page, language and description, and each item's id,
    address, title, HTML or plain content, summary, dates ("date_published", "date_modified"),
    authors (1.1's "authors", 1.0's "author"; the feed's where an item names none), language and
    tags go where Atom puts them, so a subscription reads a JSON Feed as it reads RSS and Atom."""
    import json
    from xml.etree import ElementTree as ET

    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start != b"{":
        return None
    try:
        feed = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(feed, dict) or "jsonfeed.org" not in str(feed.get("version") or "") or not isinstance(feed.get("items"), list):
        return None
    xml_lang = "xml:lang"  # (written as it is: ElementTree writes an attribute's name as given)

    def text(value: Any) -> str | None:
        return value.strip() or None if isinstance(value, str) else None

    def add(parent: ET.Element, tag: str, value: Any, **attrs: str) -> None:
        if (said := text(value)) is not None:
            ET.SubElement(parent, tag, attrs).text = said

    def link(parent: ET.Element, href: Any, rel: str) -> None:
        if (address := text(href)) is not None:
            ET.SubElement(parent, "link", {"rel": rel, "href": address})

    def authors(parent: ET.Element, owner: dict[str, Any]) -> bool:
        listed = owner.get("authors")
        people: list[Any] = listed if isinstance(listed, list) else [owner.get("author")]
        named = False
        for person in people:
            if isinstance(person, dict) and (name := text(person.get("name"))) is not None:
                author = ET.SubElement(parent, "author")
                ET.SubElement(author, "name").text = name
                if (uri := text(person.get("url"))) is not None:
                    ET.SubElement(author, "uri").text = uri
                named = True
        return named

    root = ET.Element("feed", {"xmlns": "http://www.w3.org/2005/Atom"})
    if (lang := text(feed.get("language"))) is not None:
        root.set(xml_lang, lang)
    add(root, "title", feed.get("title"))
    add(root, "subtitle", feed.get("description"))
    link(root, feed.get("home_page_url"), "alternate")
    link(root, feed.get("feed_url"), "self")
    for item in feed["items"]:
        if not isinstance(item, dict):
            continue
        entry = ET.SubElement(root, "entry", {xml_lang: lang} if (lang := text(item.get("language"))) else {})
        item_id = item.get("id")
        add(entry, "id", str(item_id) if isinstance(item_id, (int, float)) and not isinstance(item_id, bool) else item_id)
        add(entry, "title", item.get("title"))
        link(entry, item.get("url"), "alternate")
        link(entry, item.get("external_url"), "related")
        add(entry, "published", item.get("date_published"))
        add(entry, "updated", item.get("date_modified"))
        if not authors(entry, item):
            authors(entry, feed)
        add(entry, "summary", item.get("summary"))
        if text(item.get("content_html")) is not None:
            add(entry, "content", item.get("content_html"), type="html")
        else:
            add(entry, "content", item.get("content_text"), type="text")
        for tag in item.get("tags") or []:
            if (term := text(tag)) is not None:
                ET.SubElement(entry, "category", {"term": term})
    written: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return written


#: The media types of a page (an alternate link with none is a page too).
_PAGE_TYPES = ("", "text/html", "application/xhtml+xml")


def _language(entry: Any, feed_language: str) -> str:
    """The primary language subtag of an entry ("lv" of "lv-LV"): its own xml:lang (feedparser gives
    it on its title and content), else the feed's; "" where none is said."""
    details = [entry.get("title_detail"), *(entry.get("content") or [])]
    said = next((str(d.get("language")) for d in details if isinstance(d, dict) and d.get("language")), feed_language)
    return said.split("-")[0].split("_")[0].strip().lower()


def _alternate(entry: Any, feed_language: str) -> str | None:
    """The address of an entry's page among its several alternate links (feedparser's ``link`` is the
    last): the first page (text/html, or no type) in the entry's language (:func:`_language`; its
    ``hreflang``, or none said), else the first page, else the first alternate; None where the
    entry has fewer than two alternate links (feedparser's ``link`` is its page)."""
    alternates = [link for link in entry.get("links") or []
                  if isinstance(link, dict) and link.get("href") and (link.get("rel") or "alternate") == "alternate"]
    if len(alternates) < 2:
        return None
    language = _language(entry, feed_language)
    pages = [link for link in alternates if str(link.get("type") or "").split(";")[0].strip().lower() in _PAGE_TYPES] or alternates
    def said(link: Any) -> str:
        return str(link.get("hreflang") or "").split("-")[0].strip().lower()
    chosen = next((link for link in pages if said(link) == language), None) if language else None
    chosen = chosen or next((link for link in pages if not said(link)), pages[0])
    return str(chosen["href"])


def _latest_versions(entries: list[Any]) -> list[Any]:
    """*entries* with each entry a feed gives twice or more (the same id and the same page: an
    updated entry sent again beside its old version) once, in its first place: the version
    updated last (Atom's ``updated``; of the same time, the first). Entries that share an id but
    not a page (one constant id as every item's guid) are all kept."""
    def stamp(entry: Any) -> str:
        parsed = dict.get(entry, "updated_parsed") or dict.get(entry, "published_parsed")
        try:
            return "%04d-%02d-%02dT%02d:%02d:%02d" % tuple(parsed[:6]) if parsed else ""
        except (TypeError, ValueError):
            return ""

    first: dict[tuple[str, str], int] = {}
    kept: list[Any] = []
    for entry in entries:
        ident = str(entry.get("id") or "")
        key = (ident, str(entry.get("link") or ""))
        if not ident or key not in first:
            if ident:
                first[key] = len(kept)
            kept.append(entry)
        elif stamp(entry) > stamp(kept[first[key]]):
            kept[first[key]] = entry
    return kept


#: A WordPress export's (WXR's) item that is an article: a post ("wp:post_type"; not a page, an
#: attachment, a menu item or a block), published ("wp:status"; not a draft, a private or a trashed one).
_WXR_ARTICLE = {"wp_post_type": "post", "wp_status": "publish"}
#: A WXR channel's author entry: a login ("wp:author_login", what an item's dc:creator gives) and the name shown for it.
_WXR_AUTHOR = re.compile(r"<wp:author>(.*?)</wp:author>", re.S)
_WXR_FIELD = r"<wp:{}>\s*(?:<!\[CDATA\[(.*?)\]\]>|([^<]*))\s*</wp:{}>"


def _wxr_names(data: bytes) -> dict[str, str]:
    """The names a WordPress export (WXR) shows for its authors' logins ("nino" → "Nino Beridze":
    its channel's <wp:author> entries, "wp:author_login" and "wp:author_display_name"); empty for
    any other feed (feedparser keeps only the last of the channel's authors, so they are read here)."""
    names: dict[str, str] = {}
    for entry in _WXR_AUTHOR.findall(data.decode("utf-8", "replace")):  # WordPress writes its exports in UTF-8
        found = [re.search(_WXR_FIELD.format(k, k), entry, re.S) for k in ("author_login", "author_display_name")]
        login, shown = (html.unescape(next(g for g in f.groups() if g is not None)).strip() if f else "" for f in found)
        if login and shown:
            names[login] = shown
    return names


def parse_feed(
    data: bytes, *, source: str, fetch: Fetcher | None, briefs: bool = False, filed: date | None = None,
) -> Iterator[Result]:
    """Every entry of an RSS or Atom feed as an :class:`Item` (or a :class:`Problem` naming the entry).

    An entry whose feed gives its content (``content:encoded``, Atom ``<content>``), however
    short, is read from that content and its page is not fetched, unless the feed cut it short
    (an ellipsis or a "Read more" at its end): then it is a summary. A summary-only entry's page
    is read through *fetch*; with no *fetch* and *briefs* (or content cut short), the summary is
    kept as a :class:`FeedText` (a news brief is an article) when it links to a page, an
    :class:`Item` when it does not; else it is a Problem. When *fetch* fails (offline, a server
    down, a page not there yet), an entry whose feed gave a summary is read from that, as a
    :class:`FeedText` saying why; only an entry the feed gave no text of is a Problem. A feed cut
    off before its end is one Problem (:func:`cut_off`), and none of its entries is read; else
    there is one result for each entry, in the order of :func:`read_feed`'s entries.
    *filed*, the feed file's modification day, dates an entry's dateline without a year where
    neither the feed nor the entry does (:func:`~core.reading.judge.dateline_date`).
    A WordPress export of a site (WXR) gives its published posts alone (:data:`_WXR_ARTICLE`), each
    by the name its channel shows for the login its dc:creator gives (:func:`_wxr_names`).
    """
    parsed, refused = read_feed(data)
    if refused:
        yield Problem(source, refused)  # entities declared, or cut off: nothing of it is read
        return
    entries = parsed.get("entries") or []
    if not entries and parsed.get("version"):
        # a feed read whole that holds no entries today: nothing to read, no failure
        yield Problem(source, "the feed holds no entries (nothing to add)", skipped=0, fault=False)
        return
    if not entries:
        reason = type(parsed.get("bozo_exception")).__name__ if parsed.get("bozo") else "no entries"
        yield Problem(source, f"not a readable feed ({reason})")
        return
    channel = parsed.get("feed") or {}
    image = channel.get("image")
    image = image if isinstance(image, dict) else {}
    outlet = feed_outlet(
        _title(channel.get("title")), image=_title(image.get("title")) or None, link=str(channel.get("link") or "") or None,
        generator=str(channel.get("generator") or "") or None,
    ) or None
    # What an entry's relative link ("/story1.html") is relative to: the feed's address, else its site's.
    base = source if is_url(source) else str(channel.get("link") or "")
    atom = str(parsed.get("version") or "").startswith("atom")
    # The feed's own date: the year of an entry whose dateline gives only its day ("KESSRA, Nov 24").
    stamp = next((iso_datetime(str(channel.get(k) or "")) for k in ("published", "updated") if channel.get(k)), None)
    near = date.fromisoformat(stamp[:10]) if stamp else None
    language = str(channel.get("language") or "")
    wxr = bool(channel.get("wp_wxr_version"))  # a WordPress export of a site, not a feed of its news
    shown = _wxr_names(data) if wxr else {}
    for number, entry in enumerate(entries, start=1):
        if wxr and any(entry.get(k, v) != v for k, v in _WXR_ARTICLE.items()):
            continue  # a WordPress export's page, attachment or draft: no article
        # An aggregator's entry names the outlet it comes from (RSS <source>, Atom <source><title>),
        # and its title often ends with that name ("Headline - Harbour Gazette").
        origin = entry.get("source")
        own = _title(origin.get("title")) if isinstance(origin, dict) else ""
        link = str(entry.get("link") or "").strip()
        authors = [shown.get(a, a) for a in _authors(entry)] or (_atom_authors(entry, channel) if atom else [])
        host = urlsplit(link).hostname if "://" in link else None
        title = without_names(_title(entry.get("title")), (own, outlet, *authors), host=host) or f"entry {number}"
        where = f"{source} [{title[:60]}]"  # a Problem's name for it
        entry_name = f"{source}:{number}"  # an article's path, read from the feed: the feed and the entry
        spoken = _language(entry, language) or None  # the language the entry or its feed says it is in
        content = ""
        if entry.get("content"):
            content = max((c.get("value") or "" for c in entry["content"]), key=len)
        summary = str(entry.get("summary") or "")
        # The feed says this is the entry's content, not its summary (feedparser copies a lone
        # content into the summary): the text of a short report.
        declared = bool(content.strip()) and len(content) >= len(summary)
        content = content if len(content) >= len(summary) else summary
        if link and not is_url(link) and is_url(base):
            link = urljoin(base, link)  # "/story1.html" of http://site/feed.xml is http://site/story1.html
        text = _MORE_LINK.sub("", _without_link_on(_without_feed_footer(content, link), link) if link else content)
        # The paragraphs the feed wrote (a picture's credit and a plug for its site among them, which
        # the reader drops): what says whether it gives the whole entry or a summary, not what is kept.
        written = sum(1 for block in fragment_blocks(text) if block.text)
        text = _without_site_plug(text, link) if link else text
        # An entry that closes on a plug for the audio it carries points the reader to the audio for
        # the rest, not to its page: its text is all the text there is (the page would add only furniture).
        plugged = _carries_media(entry) and any(is_media_plug(b.text) for b in fragment_blocks(text)[-1:])
        try:
            article = fragment_article(
                text, source=entry_name, outlet=own or outlet, title=title, url=link or None,
                authors=authors, published=_entry_date(entry), closing=is_media_plug if plugged else None,
                language=spoken,  # its dates read in it ("27 listopada": November in Polish)
            )
        except ReadError:
            article = None
        # A feed's content is the article, unless the feed cut it short; a summary is, when it is as
        # long as a report (as the feed wrote it: dropping its furniture leaves it whole). Either
        # needs no page: the page would add only its furniture.
        full = article is not None and not _cut_short(content, article) and (
            declared
            or plugged
            or max(written, len(article.paragraphs)) >= FULL_TEXT_PARAGRAPHS
            or sum(map(word_count, article.paragraphs)) >= FULL_TEXT_WORDS
        )
        if article is not None and (full or (declared and not is_url(link))):
            yield Item(_entry_update(entry, _dated(article, near, filed, spoken)), entry_name)  # all there is of it
        elif article is not None and not is_url(link):
            # a summary with no page to fetch: kept, marked as the summary it is, never asked for again
            yield Item(_summary_of(entry, article, near, filed, spoken), entry_name)
        elif article is not None and (briefs or declared) and fetch is None:
            yield FeedText(_summary_of(entry, article, near, filed, spoken), entry_name)  # a summary, kept as the brief it is; its page still wanted
        elif not is_url(link):
            yield Problem(where, "no text of its own, and no link to its page")
        elif fetch is None:
            yield Problem(where, "summary only; its page was not fetched (`newsprism add` fetches it)")
        else:
            try:
                page = fetch(link)
                # The page's own name for its outlet wins over the feed's: a feed lists others' pages too.
                read = parse_html(page.data, source=link, url=page.url, named_by=own or outlet, filed=page.modified)
                # What the page does not say, the feed's entry did: its time and its authors.
                published = read.published or (article.published if article else _entry_date(entry))
                byline = read.byline or (article.byline if article else None)
                yield Item(_entry_update(entry, _dated(replace(read, published=published, byline=byline), near, filed, spoken)), link)
            except ReadError as exc:
                if article is None:  # the feed gave no text of it: nothing to keep
                    yield Problem(where, f"summary only, and its page failed: {exc}")
                else:  # the feed gave a summary (or its content cut short): kept rather than dropped
                    yield FeedText(_summary_of(entry, article, near, filed, spoken), entry_name, exc)
