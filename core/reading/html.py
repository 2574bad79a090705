"""HTML: a web page, or a fragment of one (a feed entry, a JSON field), into paragraphs.

A page goes through trafilatura, whose structured output keeps the report's elements as
elements: paragraphs, list items, block quotes and headings. What it kept stays: each list
item is a paragraph, a subhead stays in its place marked as one (``Article.subheads``), a quote paragraph
stays whatever mark closes it. No rule about punctuation applies to HTML; only furniture
that is furniture on every site (paywall notices, share and sign-in lines, teaser blocks)
comes off, by the vocabulary in :mod:`.judge`.

The metadata comes from the page's head and structured data (:func:`page_metadata`), read
from the bytes before trafilatura touches them: the headline without a "| Site" suffix
and never a logo, the outlet (og:site_name, JSON-LD publisher or WebSite, the logo, a copyright
line, a newsletter's masthead, a byline's "By ..., CNN", the canonical host unless it is a bare
address), a byline that names people, and the publication time with its hour and zone.

A fragment (:func:`fragment_blocks`) goes through lxml directly: paragraphs split on
``<p>``, ``<div>`` and ``<br><br>``, bare text kept, nested quotes and lists once each.
"""

from __future__ import annotations

import json
import re
import unicodedata
from copy import deepcopy
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from dataclasses import dataclass, field, replace
from html import unescape as _unescape
from datetime import date, datetime, timedelta, timezone
from typing import Any, NamedTuple
from urllib.parse import unquote, urljoin, urlsplit

from core.errors import ReadError
from core.model import Article, iso_stamp, later_update
from core.progress import report
from core.sanitize import sanitize
from core.reading.judge import (
    BY_WORD, DIRECTION_MARKS, PICTURE_WORD, fold_words, VALEDICTION, office_author,
    RELATIVE_AGE, closes_with_initials, before_weekday, byline_head, dashed_names, byline_names, byline_people, clean_byline, clean_site, clean_title, dateline_date, ends_report, find_dates, find_datetime, find_update, published_stamp, date_reading, in_capitals,
    is_furniture_block, is_contact_line, is_see_also, is_mail_frame, is_postal_address, is_signup, is_sponsor_line, is_update_line, datelined, bracket_credit,
    SPONSOR_OFFER_WORDS, LANGUAGE_SAMPLE, page_language, reading_language, read_in_language,
    SHARE_NETWORK, printed_lines, is_capitalised, is_comments_label, posted_by, is_blog_platform, is_breadcrumb, is_menu_word, is_outlet_name, spells_host, is_newsroom, is_organisation, is_page_tool, is_ai_note, is_offer, is_paywall, is_person_name, is_uncased_name, is_read_on, is_role_line, opens_as_name, opens_byline, byline_label, LABELLED_NAME_WORDS, dated_name, section_dated, dated_place, signed_dateline, known_place, source_named,
    is_section_label, is_sentence, TITLE_SEPARATOR, REPORT_LINES, running_head_outlet, writing_credit,
    is_generic_name, is_reading_time, info_line, entry_meta, lone_agency_dateline, reporter_credit, reporter_signed, ROLE_LINE_WORDS, is_signoff, without_signoff, is_live_chrome, without_signature, is_site_host, is_stamp_block, is_newsroom_credit, LONG_WORD, iso_datetime, labelled_field, make_article, split_credit, weekday_dated, find_date, credited_place, ERA_YEARS, word_count, Kind, Unit, placed_stamp, FURNITURE_BLOCK_WORDS,
)
from core.stamps import CLOCK_AT, CLOCK_STAMP, STAMP_LABEL, heading_stamp, is_dated_clock, update_time
from core.reading.sources import ARCHIVE_TODAY_HOSTS, ARCHIVE_TODAY_TLDS, NOT_TEXT, decode_html, html_body, is_binary, is_url, original_address
from core.reading.layout import positioned_text
from core.reading.text import PREAMBLE_WORDS, byline_outlet, copyright_site, credited, parse_text, split_reports
from core.text import is_article_note

__all__ = ["ENTITY", "ESCAPED_MARKUP", "MAX_HTML_BYTES", "Block", "LiveUpdate", "PageMeta", "fragment_blocks", "live_blog_updates",
           "page_metadata", "parse_html", "parse_page"]

#: Under a paywall's notice, a block shorter than this that closes no sentence is one of its buttons.
PAYWALL_TAIL_WORDS = 12
#: A sentence said to the reader in the second person ("you will get", "your account"), as a
#: paywall's sales copy is and a report, outside its quotations, hardly ever.
_TO_THE_READER = re.compile(r"\b(?:you|your|yours)\b", re.I)
#: A quotation mark, straight or curly: a sentence holding one may quote someone's "you".
_QUOTE_MARK = re.compile(r"[\"“”«»„]")

#: Fewer characters of body text than this are no report (a menu's "Home"), whatever the script.
MIN_BODY_CHARS = 8

#: HTML above this size is refused before extraction (trafilatura has no cap of its own).
MAX_HTML_BYTES = 8 * 1024 * 1024
#: The steps a page's markup is read in before its blocks are judged, reported as "parsing"
#: (:func:`core.progress.report`): the tree, its metadata, its layout (live stamps, teasers'
#: labels, outline, newsletter items), the extractor's pass, the blocks it gives. A page of 38,000
#: paragraphs spent half a minute there with no word (trial 47 F12).
PARSE_STEPS = 5


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a report: its text and what it is ("p", "item", "quote", "head", "stamp", "row", "caption": a picture's, left out of the text;
    "standfirst": the deck under the headline, the article's standfirst, no paragraph of its report)."""

    text: str
    kind: str = "p"


@dataclass(slots=True)
class PageMeta:
    """What a page's head and structured data say about its report."""

    titles: list[str] = field(default_factory=list)  # og:title, JSON-LD headline, <title>: best first
    tab: str | None = None  # the <title> (the last of titles)
    generic_tab: bool = False  # the <title> names a file or an app's frame (_FILED_TITLE, _APP_TITLE): no headline, nor the extractor's
    headings: list[str] = field(default_factory=list)  # the <h1>s (and a headline class) not in a logo; an office export's Title paragraph
    marked: str | None = None  # the heading its microdata marks as the headline (itemprop="headline" on an element)
    subheads: list[str] = field(default_factory=list)  # the other <h2>s and <h3>s not in a logo
    outlet: str | None = None
    #: A name shaped like a news outlet's after the headline in a title ("... | The Daily Meridian"):
    #: the outlet where nothing else names it.
    titled_outlet: str | None = None
    #: Who owns the site, as its copyright notice or an organisation in its structured data names
    #: it: the outlet where neither the metadata, the address nor the title does.
    owner: str | None = None
    host: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    #: When the page's metadata says it was last modified (ISO 8601), whether or not that is later.
    updated: str | None = None
    #: The times with a zone the page's markup gives (its metadata's and JSON-LD's dates, the
    #: ``datetime`` of its <time>s outside asides), ISO 8601 in page order: the zone of the page's
    #: clock, for a time it prints without one (:func:`_with_time`).
    zoned: list[str] = field(default_factory=list)
    url: str | None = None
    live: bool = False
    bylines: list[str] = field(default_factory=list)  # the text of the page's byline elements
    #: The lines of each byline element of several (split at its <br>s), by its text: "By Ana
    #: Example Edited by Bo Lind" is "By Ana Example" and "Edited by Bo Lind".
    byline_lines: dict[str, list[str]] = field(default_factory=dict)
    # a post header's box of the writer's name, the date and the reading time, each an element of its
    # own, as one line (Wix's "<div data-hook=post-header>": "Ana Example 3. 3. 2026 2 min read")
    meta_boxes: list[str] = field(default_factory=list)
    #: Where the report was filed from as its byline box prints it beside the date, a name's
    #: element then a "place - date" one ("<span>Ana Example</span> <span>Valletta - 27 nov 2026 -
    #: 11:40 CET</span>"): the dateline where the report gives none.
    filed_from: str | None = None
    #: A single word alone in an element marked as the author's ("<span class=author>kestrel_ana</span>"): a writer's handle.
    handles: list[str] = field(default_factory=list)
    #: The folded names the site's header or user menu shows as the signed-in reader's
    #: ("<header><span class=username>Mara Lind</span>"): never the report's writer.
    accounts: set[str] = field(default_factory=set)
    #: The byline lines found by their opening word alone ("By ...") in an element no mark calls a byline.
    plain_bylines: set[str] = field(default_factory=set)
    date_lines: list[str] = field(default_factory=list)  # the text of its <time> and date-marked elements
    #: Short texts in any element that give a date of numbers with its weekday ("Thu, 03/05/2026"):
    #: they say which number is the month (see _as_printed).
    weekday_lines: list[str] = field(default_factory=list)
    #: The text of short elements that open with an update's label ("Updated 4:35 p.m. EST"), outside asides.
    update_lines: list[str] = field(default_factory=list)
    logos: list[str] = field(default_factory=list)  # the text of the site's logo or masthead
    #: The short text of other elements marked as the site's logo or name (WordPress's <p
    #: class="site-title"> on a post's page, an <img class="custom-logo" alt="...">): the site's
    #: name where the page's title carries it too, never a headline.
    site_marks: list[str] = field(default_factory=list)
    home: list[str] = field(default_factory=list)  # headings linked to the home page (also logos): the site's name
    #: The report's paragraphs as its JSON-LD ``articleBody`` gives them, split at its line breaks
    #: ([] without one, or without a break): a page drawn by script holds its text there alone.
    ld_paragraphs: list[str] = field(default_factory=list)
    #: The text of the page's paywall boxes as AMP marks them (``subscriptions-section=
    #: "content-not-granted"``, ``subscriptions-action``: what a reader without a subscription is
    #: shown), folded: a notice in any language.
    walls: frozenset[str] = frozenset()
    #: The language the page is written in (:func:`~core.reading.judge.page_language`: its
    #: paragraphs', else its declared one), a code of :data:`core.text.LANGUAGE_NAMES`, or None.
    language: str | None = None
    #: The folded paragraphs of the report's subscriber text that the page ships: those it marks
    #: for subscribers (by JSON-LD's ``hasPart`` selector or a wall's class word on the paragraph,
    #: :func:`_subscriber_parts`) and that hold its text. A wall's notice after them cuts nothing.
    shipped: frozenset[str] = frozenset()
    #: The elements of the page's tree that hold that text (for :func:`_show_subscriber_text`).
    subscriber_parts: tuple[Any, ...] = ()
    #: The page's JSON-LD names its subscriber text by a selector, and the elements it names are
    #: there but empty: the page withholds that text (its report is cut short).
    withheld: bool = False
    #: The folded names of the site's sections as its menus and category links print them
    #: (:func:`_section_labels`): such a line above the report is its section, no byline.
    sections: frozenset[str] = frozenset()


# --- metadata -------------------------------------------------------------------

#: The page's own names for its headline, best first (after JSON-LD's headline).
_META_TITLE = ("dc:title", "dc.title", "dcterm:title", "og:title", "twitter:title", "parsely-title", "sailthru.title", "title")
#: An element, not a <meta>, that schema.org microdata marks as the headline.
_MARKED_HEADLINE = "//body//*[not(self::meta) and not(ancestor::aside or ancestor::nav or ancestor::footer)][contains(concat(' ', normalize-space(@itemprop), ' '), ' headline ')]"
#: The most words of a marked headline; more is a summary the mark was put on.
MARKED_HEADLINE_WORDS = 40
_META_SITE = ("og:site_name", "application-name", "twitter:site", "dc.publisher", "publisher")
#: The page's own names for its author, best first (after JSON-LD's author).
_META_AUTHOR = ("dc:creator", "dc.creator", "dcterm:creator", "author", "article:author_name", "article:author",
                "parsely-author", "sailthru.author", "byl", "byline")
#: Containers of other things than the report: asides, ads and recommendation widgets (not Drupal's
#: "node-promoted", Drupal 8's and later "node--promoted", a report's flag that it is promoted to
#: the front page).
_ASIDE = re.compile(r"\b(?:ad|ads|advert\w*|(?<!node-)(?<!node--)promo\w*|sponsor\w*|related|recommend\w*|widget|sidebar|comments?|footer)\b|"
                    r"taboola|outbrain", re.I)
_META_DATE = (
    "article:published_time", "og:published_time", "datepublished", "dc.date.issued", "dc.date", "date",
    "pubdate", "publishdate", "parsely-pub-date", "sailthru.date", "article.published", "published_time",
)
#: The names RDFa and microdata give a page's date by on an element of its body, its value in a
#: ``content`` attribute: Dublin Core's (Drupal 7 marks its "submitted" line so), schema.org's.
_MARKED_DATE_NAMES = frozenset({"dc:date", "dc:created", "dc:issued", "dcterms:created", "dcterms:issued", "datepublished", "datecreated"})
#: The same for when it was last modified.
_MARKED_MODIFIED_NAMES = frozenset({"datemodified", "dc:modified", "dcterms:modified"})
#: The page's own names for when it was last modified, best first (after them, JSON-LD's
#: ``dateModified``), as htmldate reads them with ``original_date=False``. Not htmldate's
#: ``find_date`` itself: it gives a day alone as midnight, refuses a time after today, and where
#: the head holds no date searches the whole page's text for one.
_META_MODIFIED = (
    "article:modified_time", "og:updated_time", "og:modified_time", "og:article:modified_time", "datemodified",
    "dc.date.modified", "dcterms.modified", "modified_time", "article:modified", "last-modified", "lastmodified",
)
#: The word of an update's label in an element's own text ("Updated 4:35 p.m.", "Last updated", "Modified"):
#: such an element, when short, may give the report's update time (:func:`~core.reading.judge.is_update_line`).
_UPDATE_WORD = re.compile(r"\b(?:updated|modified|aktualisiert)\b", re.I)
#: A logo's or a site header's class or id: its <h1> names the site, not the report.
_LOGO = re.compile(r"logo|brand|masthead|site-?(?:name|title|header)|navbar|header__title", re.I)
#: A byline's or an author's class, id, rel, itemprop or test id: "byline", "author", "post-author",
#: "articleAuthorBlock", "autor" (German, Spanish), "auteur" (French, Dutch), "verfasser",
#: "contributor", Turkish "yazar"; not "authority". And a CMS's field for the node's author: Drupal prints it as
#: "field--name-uid" (its "field--name-field-author" says "author" already).
_BYLINE_MARK = re.compile(r"byline|author(?!it)|\bautor|auteur|verfasser|\bbyl\b|contributor|field--name-uid\b|display[-_]?name"
                          # and the class words for the writer in more languages: Turkish "yazar", Italian
                          # "autore" (above), Nordic "forfatter"/"skribent", Finnish "kirjoittaja", Hungarian "szerzo"
                          r"|\byazar(?:lar)?\b|\bforfatter\b|\bskribent\b|\bkirjoittaja\b|\bszerzo\b|\bmuhabir\b", re.I)
#: A byline's label alone, its name after the element: "<b>Autor:</b> Ana Example".
_LABEL_ONLY = re.compile(r"^[^\W\d_]+(?:\(s\))?\s?:$")
#: A writer's handle alone in an author element ("<a rel=author>kestrel_ana</a>"): one word, no digits.
_HANDLE = re.compile(r"^[^\W\d_][\w.’'-]{2,29}$")
#: An element that prints the report's time: "date", "timestamp", "published", "pubdate".
_DATE_MARK = re.compile(r"date|time-?stamp|\bpublished\b|\bpubdate\b|\bposted\b|\btime\b|(?<![^\W_])created(?![-_]?by)(?![^\W_])", re.I)
#: A date of numbers ("03/05/2026", "03.05.26"): what a weekday before it may decide.
_NUMERIC_DATE = re.compile(r"\b\d{1,2}\s?[/.]\s?\d{1,2}\s?[/.]\s?\d{2}(?:\d\d)?\b")
_HEADLINE_CLASS = re.compile(r"headline|article-?title|entry-?title|post-?title|story-?title", re.I)
#: The class word an office document's HTML export gives its Title paragraph, the headline of a
#: document that prints no <h1>: Google Docs' and LibreOffice's "<p class='c1 title'>", Word's
#: "<p class=MsoTitle>" (their Heading styles export as <h1>..<h6>).
_DOCUMENT_TITLE_CLASS = frozenset({"title", "msotitle"})
#: A <title> that is a saved document's file name, no headline: one word of ASCII letters, digits and
#: marks with an underscore ("porom_v3_FINAL", "tribune_2026-12-02_p3") or a document's file extension
#: ("Ferry report.docx"); not a Chinese tab title, which joins its headline and site by one ("..._海湾晨报").
_FILE_NAME = re.compile(r"^[!-~]*_[!-~]*$|^[^.]+\.(?:docx?|odt|rtf|txt|html?|pdf)$", re.I)


#: The class words an office document's HTML export gives its paragraphs: Google Docs' numbered
#: style classes ("c0", "c12"), Word's ("MsoNormal", "MsoTitle"), LibreOffice's by script ("western").
_OFFICE_CLASS = re.compile(r"^(?:c\d+|mso\w*|western|cjk|ctl|title)$", re.I)


def _office_styled(node: Any) -> bool:
    """Whether an element's classes are an office export's alone (:data:`_OFFICE_CLASS`), one at
    least its own ("c0 title", "MsoTitle"; a site's "title" alone is no export's)."""
    classes = (node.get("class") or "").split()
    return all(map(_OFFICE_CLASS.match, classes)) and any(c.lower() != "title" for c in classes)


def _document_title(tree: Any, titles: list[str], tab: str | None) -> Any | None:
    """The Title paragraph of an office document saved as HTML (:data:`_DOCUMENT_TITLE_CLASS`),
    where the page declares no title but its file's name or its document's: none at all, a <title>
    that is a file's name (:data:`_FILE_NAME`), or one every other title it declares repeats (a
    published Google Doc's name, og:title too) over a paragraph styled by the export alone
    (:data:`_OFFICE_CLASS`); None where it has none or declares a title of its own."""
    if titles in ([], [tab]) and (tab is None or _FILE_NAME.match(tab)):
        exported = False
    elif tab and all(_same(t, tab) for t in titles):
        exported = True
    else:
        return None
    for node in tree.iter("p", "div"):
        words = {w.lower() for w in _class_words(node)}
        if (_DOCUMENT_TITLE_CLASS & words and (text := _text(node)) and word_count(text) <= MARKED_HEADLINE_WORDS
                and not (exported and (not _office_styled(node) or _same(text, tab or "")))):
            return node
    return None


#: A <title> that is a file's name with its extension: a converter's page of a document ("weekly-
#: 2026-02-09.pdf"), a saved file's.
_FILED_TITLE = re.compile(r"^\S+\.(?:docx?|odt|rtf|txt|html?|pdf|xhtml|eml|md)$", re.I)
#: A <title> that names an app's or a widget's frame, not its content: "Telegram Widget", "Post
#: embed" (one word, then what kind of frame).
_APP_TITLE = re.compile(r"^\w+[ -](?:widget|embed|embedded post|web ?view)$", re.I)


#: A class's font size in a page's stylesheet (".ft11{font-size:20px;...}"), in px or pt.
_CLASS_SIZE = re.compile(r"\.([\w-]+)\s*\{[^{}]*?font-size:\s*(\d+(?:\.\d+)?)\s*(px|pt)", re.I)
_INLINE_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)\s*(px|pt)", re.I)


def _largest_line(tree: Any) -> str | None:
    """The first line a page sets in its largest type, larger than most of its lines' (a converter's
    page of a PDF, pdftohtml's "<p class=ft11>" at 20px over its lines at 12px): the headline of a
    page that prints it in no heading; None where no line stands out, or it is no headline's length.
    Sizes are the paragraphs' own, by their class in the page's stylesheet or their style, else
    their one child's."""
    sizes: dict[str, float] = {}
    for style in tree.iter("style"):
        for name, size, unit in _CLASS_SIZE.findall(style.text or ""):
            sizes[name] = float(size) * (4 / 3 if unit.lower() == "pt" else 1)

    def size_of(node: Any) -> float | None:
        if found := _INLINE_SIZE.search(node.get("style") or ""):
            return float(found[1]) * (4 / 3 if found[2].lower() == "pt" else 1)
        return next((sizes[c] for c in (node.get("class") or "").split() if c in sizes), None)

    lines: list[tuple[float, str]] = []
    for node in tree.iter("p"):
        text = _text(node)
        size = size_of(node) or (size_of(node[0]) if len(node) == 1 and (node[0].text or "").strip() == text else None)
        if text and size:
            lines.append((size, text))
    if len(lines) < 3:
        return None
    common = sorted(size for size, _ in lines)[len(lines) // 2]
    largest = max(size for size, _ in lines)
    if largest < common * 1.3:
        return None
    text = next(text for size, text in lines if size == largest)
    return text if word_count(text) <= MARKED_HEADLINE_WORDS and not is_sentence(text) else None


def _bold_opening(tree: Any) -> str | None:
    """The bold line a post's text opens with, a line of its own ("<div><b>Headline</b><br><br>The
    text..."): its headline, where it prints none in a heading; None where its first bold element
    opens no text, stands on no line of its own, or is no headline's length."""
    for node in tree.iter("b", "strong"):
        box = node.getparent()
        after = node.getnext()
        if box is None or box.tag in ("p", "li", "td", "th"):
            continue  # a bold phrase a paragraph opens with ("<p><b>Note:</b> ...")
        if (box.text or "").strip() or node.getprevious() is not None or after is None or after.tag != "br" or (node.tail or "").strip():
            return None
        text = _text(node)
        return text if text and word_count(text) <= MARKED_HEADLINE_WORDS and not is_sentence(text) else None
    return None


#: How many lines under an office document's Title paragraph may be its author line (a Subtitle
#: paragraph may stand between).
DOCUMENT_AUTHOR_LINES = 2


def _document_author(title: Any) -> str | None:
    """The writer's name an office document saved as HTML prints under its Title paragraph *title*
    (an lxml element), on a line of its own: a name alone ("Ana Example") or with the day after a
    comma, a bar or a dot ("Ana Example, 3 March 2026": :func:`~core.reading.judge.dated_name`), in
    one of the next :data:`DOCUMENT_AUTHOR_LINES` lines that print words (the empty paragraphs a
    document spaces its lines with are none); None where none is a person's name (a place's, a
    section's, an outlet's are none). A labelled line ("By Ana Example", "Author: Ana Example") is
    read as any page's byline line is."""
    lines = (text for node in title.itersiblings() if isinstance(node.tag, str) and (text := _text(node)))
    for line in islice(lines, DOCUMENT_AUTHOR_LINES):
        # (under a document's title, a comma parts its writer's name from the day: "Ana Example, 3 March 2026")
        name = line if is_person_name(line) else dated_name(line) or dated_name(line.replace(",", " |", 1))
        if name and not known_place(name) and not is_section_label(name):
            return name
    return None


def _texts(node: Any) -> list[str]:
    """The text pieces of an element of the page as read, without what a <style> or <script>
    inside it holds (CSS-in-JS pages put their rules inside headings:
    "<h2>Headline<style>.css-1x{...}</style></h2>")."""
    if next(node.iter("style", "script"), None) is None:
        return list(node.itertext())
    return [str(t) for t in node.xpath(".//text()[not(ancestor::style) and not(ancestor::script)]")]


def _boxes(node: Any) -> Iterator[Any]:
    """The elements *node* stands in, nearest first, below <body>: the classes of <body> and
    <html> describe the whole page ("wp-custom-logo", "has-sidebar"), not a box on it."""
    for ancestor in node.iterancestors():
        if ancestor.tag in ("body", "html"):
            return
        yield ancestor


#: A link to a writer's own page ("/author/ana-example/", "/autoren/georg-quaas", "/journalists/bo-lind"):
#: the link names its author, as a byline's class would.
_AUTHOR_PAGE = re.compile(r"/(?:authors?|autor(?:en|es)?|auteurs?|autori?|journalists?|reporters?|contributors?)/[^/\s]+/?$", re.I)


def _marks(node: Any) -> str:
    """What an element says it is: its tag (a custom element's, "<byline>"), class, id, rel, itemprop
    and test id; a link to an author's page (:data:`_AUTHOR_PAGE`) says "author"."""
    marks = [node.tag, *(node.get(a) or "" for a in ("class", "id", "rel", "itemprop", "data-testid"))]
    if node.tag == "a" and _AUTHOR_PAGE.search(urlsplit(node.get("href") or "").path):
        marks.append("author")
    return " ".join(marks)


#: The mark of a user's name: the signed-in reader's in a site's user menu ("Guest", "vizitator"), or
#: the poster's in a post (a blog builder's "<span data-hook=user-name>" over the post's title).
_USER_MARK = re.compile(r"user-?name|user_name", re.I)


#: The class or id of a site's box that shows the signed-in reader's account: its header or top
#: bar, its user menu, its admin bar ("site-header", "user-menu", "account", "wp-admin-bar").
_ACCOUNT_BOX = re.compile(
    r"(?:^|[-_\s])(?:site-?header|masthead|top-?bar|toolbar|admin-?bar|nav(?:bar)?|menu|user-?(?:menu|box|nav|panel)|"
    r"account|log-?in|sign-?in|member-?box)(?:$|[-_\s])", re.I)


def _user_mark(node: Any) -> bool:
    """Whether *node* is marked as a user's name (:data:`_USER_MARK`: its class, id, test id or
    hook, Wix's "data-hook")."""
    return bool(_USER_MARK.search(" ".join(node.get(a) or "" for a in ("class", "id", "data-testid", "data-hook"))))


def _in_account_box(node: Any) -> bool:
    """Whether *node* stands in the site's own chrome before any <article> holds it: a header,
    nav, menu, form, aside or footer, or a box whose class or id says it is the site's header or
    the reader's account (:data:`_ACCOUNT_BOX`)."""
    for box in node.iterancestors():
        if box.tag == "article":
            return False
        if box.tag in ("header", "nav", "form", "aside", "footer", "menu") or _ACCOUNT_BOX.search(
                f"{box.get('class') or ''} {box.get('id') or ''}"):
            return True
    return False


def _posts_user(node: Any) -> bool:
    """Whether *node* is a post's user's name: marked as a user's name (:func:`_user_mark`)
    inside an <article>, no menu, header, form, aside or account box between
    (:func:`_in_account_box`), and a person's name; a site's user menu (in its header) names the reader."""
    if not _user_mark(node) or not is_person_name(_text(node)) or _in_account_box(node):
        return False
    return any(box.tag == "article" for box in node.iterancestors())


def _class_words(node: Any) -> list[str]:
    """The words of an element's class and id ("article-body paywall", "zephr-outcome")."""
    return f"{node.get('class') or ''} {node.get('id') or ''}".split()


#: A word's turn from a small letter to a capital, where a class name in camelCase parts its words
#: ("itemIntroText", Joomla K2's).
_CAMEL_TURN = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _parted_words(node: Any) -> list[str]:
    """The words of an element's class and id (:func:`_class_words`), each in camelCase parted as a
    hyphenated one is ("itemIntroText" as "item-Intro-Text")."""
    return [_CAMEL_TURN.sub("-", word) for word in _class_words(node)]


def _text(node: Any) -> str:
    return " ".join("".join(node.itertext()).split())


#: The most words a logo's or site name's text has ("The Valley Courier and Gazette"): more is a
#: header's menu or tagline.
_LOGO_WORDS = 6


def _logo_text(node: Any) -> str | None:
    """The name an element marked as a logo prints: its text, else its image's alt text
    (``<a class="logo"><img alt="Valley Notes"></a>``); None where it prints more than
    :data:`_LOGO_WORDS` words or none."""
    text = _text(node)
    if not text:
        image = node if node.tag == "img" else next(node.iter("img"), None)
        text = " ".join((image.get("alt") or "").split()) if image is not None else ""
    return text if 0 < len(text.split()) <= _LOGO_WORDS else None


#: The elements a byline stands in as a line of its own.
_LINE_TAGS = ("p", "span", "div", "address", "li", "h4", "h5", "h6", "em", "small")


def _spaced_text(node: Any) -> str:
    """An element's text with a space between the pieces of its elements: a byline set as
    "<span>By</span><a>Ana Example</a>" reads "By Ana Example", not "ByAna Example"."""
    return re.sub(r" (?=[,.;:])", "", " ".join(" ".join(node.itertext()).split()))


def _contact_link(node: Any) -> bool:
    """Whether *node* is a link to reach the writer by, beside a byline's name: to a profile on a
    social network (:func:`_profile_address`) or a mail address, or one whose text is a network's
    name or an icon's alone ("X", "LinkedIn", "E-mail", ""); never one that names a person (the
    writer's own page, "<a href=https://x.com/ana>Ana Example</a>")."""
    if node.tag != "a":
        return False
    text, href = _text(node), (node.get("href") or "").strip()
    if text and is_person_name(text):
        return False
    return (_profile_address(href) or href.lower().startswith("mailto:") or not text
            or _SHARE_NETWORK_NAME.fullmatch(text) is not None)


def _without_times(node: Any) -> Any:
    """*node*, or a copy of it without the <time> elements inside it (their tails kept): a byline
    box's time ("By Ana Example <time>Wednesday</time>") is the report's date, no word of a name;
    nor are its links to reach the writer by (:func:`_contact_link`: "Ana Example <a
    href=https://x.com/ana>X</a> <a>LinkedIn</a>")."""
    copy = _without(node, lambda d: d.tag == "time" or _contact_link(d))
    if copy is not node and ((kept := _text(copy).strip(" |·•,;–—-")) == "" or byline_label(kept)):
        copy = _without(node, lambda d: d.tag == "time")  # the links are all it names: a handle's ("By <a>@ana</a>")
    return copy


#: The inline elements a byline box marks its writer's name with: a link to the writer's page, bold.
_NAME_MARK_TAGS = ("a", "b", "strong")
#: The words that follow the marked name in a byline box's text, up to the next part of the line.
_AFTER_MARKED_NAME = re.compile(r"^\s+(?P<words>[^,;|·•]+?)(?=\s*(?:[,;|·•]|$))")
#: The most words of what follows it in an element of its own (a place, a role, an outlet: "Lugo",
#: "Staff Writer", "El Diario del Sur").
AFTER_NAME_WORDS = 4


def _set_apart(box: Any, text: str) -> str:
    """*text*, a byline box's, with a comma between the one name the box marks (a link or bold
    around a person's name, :data:`_NAME_MARK_TAGS`) and the capitalised words after it that stand
    in an element of their own: "Por <a>Xoán Seoane</a> <span>Lugo</span>" reads "Por Xoán Seoane,
    Lugo", as a byline's text sets apart what follows its names (where the writer files from, their
    role or the outlet they sign for: what it is, the byline's reading decides, :func:`~core.reading.judge.byline_place`);
    else *text*. Up to :data:`AFTER_NAME_WORDS` words, no figure."""
    marks = [m for m in box.iterdescendants(*_NAME_MARK_TAGS) if (n := _text(m)) and (is_person_name(n) or is_uncased_name(n))]
    if len(marks) != 1 or (marks[0].tail or "").strip() or (at := text.rfind(name := _text(marks[0]))) < 0:
        return text
    end = at + len(name)
    found = _AFTER_MARKED_NAME.match(text[end:])
    if found is None or not 0 < len(words := found["words"].split()) <= AFTER_NAME_WORDS \
            or not all(opens_as_name(w) and not any(c.isdigit() for c in w) for w in words):
        return text
    if not any(_text(e) == found["words"] for e in box.iterdescendants() if isinstance(e.tag, str) and marks[0] not in e.iter()):
        return text
    return f"{text[:end]},{text[end:]}"


def _without(node: Any, drop: Callable[[Any], bool]) -> Any:
    """*node*, or a copy of it without the <time> and <a> elements inside it that *drop* picks,
    their tails kept."""
    if not any(drop(d) for d in node.iterdescendants("time", "a")):
        return node
    copy = deepcopy(node)
    for stamp in [d for d in copy.iterdescendants("time", "a") if drop(d)]:
        parent, before = stamp.getparent(), stamp.getprevious()
        if parent is None:
            continue  # inside an element already taken out
        if stamp.tail:
            if before is not None:
                before.tail = (before.tail or "") + stamp.tail
            else:
                parent.text = (parent.text or "") + stamp.tail
        parent.remove(stamp)
    return copy


def _broken_text(node: Any, *, at_blocks: bool = False) -> str:
    """An element's text with a line break ("\\n") for each <br> inside it and, with *at_blocks*,
    where a block element inside it (:data:`_BLOCK_TAGS`) starts or ends; its spaces as they are."""
    pieces: list[str] = []

    def walk(element: Any) -> None:
        pieces.append(element.text or "")
        for child in element:
            if child.tag == "br":
                pieces.append("\n")
            elif isinstance(child.tag, str):
                block = at_blocks and child.tag in _BLOCK_TAGS  # (of the page's fragments, below)
                pieces.append("\n" if block else "")
                walk(child)
                pieces.append("\n" if block else "")
            pieces.append(child.tail or "")

    walk(node)
    return "".join(pieces)


def _text_lines(node: Any) -> list[str]:
    """The lines of an element's text, broken where it has a <br> ("Written by Ana Example<br>Edited
    by Bo Lind" is two lines) or where a block element inside it starts or ends ("<div>Gan Ana
    Example</div><div>Gohebydd Gwynedd</div>": the name, then the writer's role, not
    "Ana ExampleGohebydd"), each with its spaces collapsed; empty lines left out."""
    return [line for line in (" ".join(part.split()) for part in _broken_text(node, at_blocks=True).split("\n")) if line]


def _heading_text(node: Any) -> str:
    """A heading's text without its style rules and scripts; a line break inside it is a space
    ("<small>Week in review</small><br>Council closes ...")."""
    if next(node.iter("br"), None) is None:
        return " ".join("".join(_texts(node)).split())
    pieces = node.xpath(".//text()[not(ancestor::style) and not(ancestor::script)]|.//br")
    return " ".join("".join(" " if not isinstance(p, str) else str(p) for p in pieces).split())


#: The most words a kicker printed above a headline has ("Interne Unterlagen im Netz").
KICKER_WORDS = 6


def _printed_headline(node: Any) -> str:
    """A headline element's text as the page prints the headline: without its kicker
    (:func:`_headline_text`) and without a permalink's mark after it ("¶", "#", "🔗")."""
    return _headline_text(node).rstrip("¶#§🔗 ")


def _headline_text(node: Any) -> str:
    """The text of a headline element without its kicker.

    An <h1> that opens with a styled element of a few words (a ``class``, or ``<small>``; at
    most :data:`KICKER_WORDS`) followed by two words or more that start as a headline does
    (a capital, a digit or a quotation mark) prints a kicker, a topic line (German
    "Dachzeile"), and then its headline: ``<span class=dachzeile>Interne Unterlagen im
    Netz</span> <span>Daten von X gehackt</span>`` gives the headline alone. A name inside the
    headline ("<span class=name>Ana Example</span> wins the vote") stays: the rest goes on in
    lower case.
    """
    whole = _heading_text(node)
    children = [c for c in node if isinstance(c.tag, str) and c.tag not in ("style", "script")]
    if (node.text or "").strip() or not children:
        return whole
    first = children[0]
    if not (first.tag == "small" or first.tag in ("span", "div", "p", "strong", "em") and first.get("class")):
        return whole
    kicker = _heading_text(first)
    after = (first.tail or "") + "".join("".join(_texts(c)) + (c.tail or "") for c in children[1:])
    rest = " ".join(after.split()).strip(" -–—:|")
    if (kicker and len(kicker.split()) <= KICKER_WORDS and len(rest.split()) >= 2
            and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘„«»‚")):
        return rest
    return whole


#: The address of a site's home page: its root, or an index file there ("/", "index.html", "/?lang=de").
_HOME_PATH = re.compile(r"^(?:\.?/)?(?:index\.\w{2,5})?$", re.I)


def _links_home(node: Any) -> bool:
    """Whether a heading's whole text is a link to the site's home page, as a logo is.

    Blog and site templates print the site's name in the <h1> of their header, linked to the
    root ("<h1><a href='/'>Riverside Notes</a></h1>"), and the report's headline below it; a
    headline links to its own address, if anywhere. An archived copy's address of a home page
    ("https://archive.example/web/2014/http://notes.example/") counts as its own.
    """
    links = [a for a in node.iter("a")] or [a for a in node.iterancestors("a")]
    whole = fold_words(_text(node))
    for link in links:
        href = (link.get("href") or "").strip()
        inner = re.search(r".(https?://.*)$", href)  # an archive's copy of an address
        parts = urlsplit(inner[1] if inner else href)
        if href and _HOME_PATH.match(parts.path) and not parts.fragment and fold_words(_text(link)) == whole:
            return True
    return False


def _ld_objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD document, @graph and lists flattened, in document order (walked
    with a stack of its own: lists in lists as deep as JSON allows take no more of Python's)."""
    stack = [data]
    seen: set[int] = set()  # an object once, however many references (_ld_linked) lead to it
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict) and id(value) not in seen:
            seen.add(id(value))
            yield value
            stack.extend(reversed([value[k] for k in ("@graph", "mainEntity", "mainEntityOfPage") if isinstance(value.get(k), (list, dict))]))


def _ld_linked(data: Any) -> Any:
    """*data*, a JSON-LD document, with every reference to another of its nodes by "@id" alone
    ({"@id": "https://x.example/#/schema/person/7c1f0a"}, maybe with its "@type") replaced by that
    node: Yoast's @graph names the article's author, publisher, page and site so, each node once.
    Changed in place (the document is the caller's own parse); a reference to a node the document
    lacks stays as it is. The result may hold cycles (a page's mainEntity whose mainEntityOfPage
    is the page): :func:`_ld_objects` walks each object once."""
    nodes: dict[str, dict[str, Any]] = {}
    for obj in _ld_objects(data):
        if isinstance(key := obj.get("@id"), str) and not set(obj) <= _LD_REFERENCE_KEYS:
            nodes.setdefault(key, obj)
    if not nodes:
        return data

    def resolved(value: Any) -> Any:
        if isinstance(value, list):
            return [resolved(v) for v in value]
        if isinstance(value, dict) and set(value) <= _LD_REFERENCE_KEYS and isinstance(value.get("@id"), str):
            return nodes.get(value["@id"], value)
        return value

    for obj in list(_ld_objects(data)):
        for key, value in obj.items():
            if key != "@graph":
                obj[key] = resolved(value)
    return data


#: The keys of a JSON-LD object that only refers to a node given elsewhere in its document.
_LD_REFERENCE_KEYS = frozenset({"@id", "@type"})


def _ld_organisations(value: Any) -> list[tuple[str, str | None]]:
    """The organisations in a JSON-LD author value: (name, address or None), in order."""
    values = value if isinstance(value, list) else [value]
    found = []
    for item in values:
        if not isinstance(item, dict) or not isinstance(name := item.get("name"), str):
            continue
        kind = item.get("@type")
        if any(isinstance(k, str) and k.lower().endswith("organization") for k in (kind if isinstance(kind, list) else [kind])):
            address = item.get("url") or item.get("@id")
            found.append((" ".join(name.split()), address.strip() if isinstance(address, str) else None))
    return found


#: The marks (class or id) of the element that names the account or channel a post on a platform
#: is by: a channel's "channel-name", a messenger post's "owner_name", a public account's "nickname".
_ACCOUNT_NAME_MARK = re.compile(r"owner[-_]?name|nick[-_]?name|channel[-_]?(?:name|title)", re.I)
#: The mark (class, id or itemprop) of the element that names the outlet whose report an aggregator
#: runs ("<a class=article_provider>"), as MSN's <meta name=provider> does in the head.
_PROVIDER_MARK = re.compile(r"(?:^|[-_\s])provider(?:$|[-_\s])", re.I)
#: A separator between the publisher and the platform in an author tag ("남부일보 | 네이버").
_AUTHOR_PLATFORM_SEPARATOR = re.compile(r"\s+[|｜/]\s+")


def _poster_account(tree: Any) -> str | None:
    """The name of the account or channel a platform's post is by (:data:`_ACCOUNT_NAME_MARK`),
    where the page's elements so marked give one name, outside readers' comments; None where they
    give none or several (a forum thread's posters)."""
    names: dict[str, str] = {}
    for node in tree.iter():
        if not isinstance(node.tag, str) or not _ACCOUNT_NAME_MARK.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            continue
        if any(_COMMENTS_BOX.search(f"{up.get('class') or ''} {up.get('id') or ''}") for up in node.iterancestors()):
            continue
        if (name := clean_site(_text(node))) and not is_sentence(name):
            names.setdefault(fold_words(name), name)
    return next(iter(names.values())) if len(names) == 1 else None


def _carried_publisher(tree: Any, site: str, every: dict[str, list[str]], ld_organisations: list[tuple[str, str | None]],
                       tab: str | None) -> str | None:
    """The outlet whose report a platform's or an aggregator's page carries, where the page's own
    name *site* (og:site_name) is the platform's and the article's metadata names the publisher;
    None where it names none.

    The article's metadata names it beside the platform: an author tag of the publisher and the
    platform ("남부일보 | 네이버" on "네이버 뉴스"); an organisation the JSON-LD credits as the author
    (*ld_organisations*) that the page's <title> (*tab*) names beside the site ("Headline | Channel |
    Platform") or links to as the channel it gives; an author tag's name that an element marked as
    the provider prints (:data:`_PROVIDER_MARK`, "<a class=article_provider>"). An organisation the
    metadata credits alone (a wire agency a paper's page runs the copy of) is no such publisher.
    """
    folded_site = fold_words(site)
    if not folded_site:
        return None
    tags = [v for k in (*_META_AUTHOR, "og:article:author", "twitter:creator") for v in every.get(k, [])]
    for value in tags:
        parts = _AUTHOR_PLATFORM_SEPARATOR.split(value)
        if len(parts) == 2 and (tail := fold_words(parts[1])) and (tail in folded_site.split() or folded_site.startswith(tail)) and (
                name := clean_site(parts[0])) and fold_words(name) != folded_site:
            return name
    title_parts = {fold_words(p) for p in TITLE_SEPARATOR.split(tab or "")}
    for name, address in ld_organisations:
        folded = fold_words(name)
        if not folded or folded == folded_site or not clean_site(name):
            continue
        if folded in title_parts and folded_site in title_parts:
            return name
        if address and any(link.get("href") == address and fold_words(_text(link)) == folded for link in tree.iter("a")):
            return name
    named = {fold_words(v) for v in tags if not v.startswith(("@", "http"))} - {folded_site, ""}
    for node in tree.iter():
        if isinstance(node.tag, str) and _PROVIDER_MARK.search(" ".join(node.get(a) or "" for a in ("class", "id", "itemprop"))) and (
                fold_words(text := _text(node)) in named):
            return clean_site(text)
    return None


def _ld_names(value: Any) -> list[str]:
    """The names in a JSON-LD author or publisher value (a string, an object or a list)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _ld_names(v)]
    return []


_ARTICLE_TYPES = re.compile(r"article|posting|report|blog|webpage|newsarticle", re.I)
#: JSON-LD types of a site's own object, whose name is the site's: a WebSite, a news outlet.
_SITE_TYPES = re.compile(r"^(?:WebSite|NewsMediaOrganization)$", re.I)
#: JSON-LD types of an organisation that may own the site (a company's legal name, "Example GmbH"):
#: who ran the page where neither the page's metadata nor its address names the site.
_OWNER_TYPES = re.compile(r"^(?:Organization|Corporation|NGO|GovernmentOrganization)$", re.I)
_RAW_SITE = re.compile(rb"""<meta[^>]+(?:property|name)=["']og:site_name["'][^>]*content=["']([^"'<>]{1,120})["']""", re.I)
#: A publishing platform's line naming the publication a post appears in ("Leni Kastrup · Published in
#: <a>Shipping Digest</a> · 4 min read"): the outlet, where the page's title names it too (the site's
#: own name, og:site_name "Medium", is the platform's, not the publication's).
_PUBLISHED_IN = re.compile(rb"""(?:>|\xc2\xb7|\|)\s*Published in\s*<a\b[^>]*>\s*([^<>]{2,80}?)\s*</a>""")
#: The author of a Word page's document properties ("<o:Author>Ana Example</o:Author>" in its
#: <xml><o:DocumentProperties> block, which Word writes inside a conditional comment).
_OFFICE_AUTHOR = re.compile(rb"<o:Author>([^<>]{1,200})</o:Author>")
_RAW_CANONICAL = re.compile(rb"""<link[^>]+rel=["']canonical["'][^>]*href=["'](https?://[^"'<>\s]+)""", re.I)


#: Elements whose copyright notice is a picture's, not the site's.
_PICTURE = re.compile(r"caption|credit|photo|image|picture|gallery", re.I)
#: Words of a picture's credit ("© Kevin Example/Getty Images", "Foto: © dpa"): the picture
#: agencies' names and the words for a picture (core.reading.judge.PICTURE_WORDS).
_PICTURE_CREDIT = re.compile(rf"(?i:\b(?:getty|istock|shutterstock|adobe ?stock|imago|dpa|picture[- ]alliance|fotolia|unsplash"
                             rf"|{PICTURE_WORD})\b)|/")


#: A part of a platform's tab title that names the writer of its post ("by Ana Example").
_BY_PART = re.compile(r"^(?i:by|von|par|por|di|door|av)\s+\S")


def _platform_publication(tab: str | None, ld_publisher: str | None) -> str | None:
    """The publication a post on a hosting platform of blogs and newsletters appears in (the page's
    site name the platform's: :func:`~core.reading.judge.is_blog_platform`), as the page's metadata
    names it: the JSON-LD publisher, where it is no platform; else the part of the tab title *tab*
    after its writer's, which the platforms write between the writer and their own name ("Headline |
    by Ana Example | Harbour Notes | Medium", "Headline - by Ana Example - Harbour Notes"), where
    it is no platform's name and no date ("Dec, 2026"). None where neither names one (a post in no
    publication: "Headline | by Ana Example | Medium")."""
    if ld_publisher and (name := clean_site(ld_publisher)) and not is_blog_platform(name) and not is_generic_name(name):
        return name
    parts = [part.strip() for part in TITLE_SEPARATOR.split(tab or "")]
    by = next((n for n, part in enumerate(parts) if n and _BY_PART.match(part)), None)
    if by is None or by + 1 >= len(parts):
        return None
    part = parts[by + 1]
    if is_blog_platform(part) or any(c.isdigit() for c in part) and (find_date(part) or re.fullmatch(r"[^\W\d]{3,9}\.?,?\s+\d{4}", part)):
        return None
    return clean_site(part) or None


def _without_poster(title: str, platform: str | None) -> str:
    """*title*, a page's metadata title, without the poster a platform names before it ("r/Nigeria
    on Reddit: Headline", "Ana Example on LinkedIn: Headline": who posted it where, before what
    they posted), where *platform* is the page's own site name; else as it is."""
    if not platform:
        return title
    posted = re.match(rf"^[^:]{{1,80}}? on {re.escape(platform.strip())}\s*:\s+(?P<rest>\S.*)$", title, re.I)
    return posted["rest"] if posted else title


def _copyright_site(tree: Any) -> str | None:
    """The site the page's copyright notice names (:func:`~core.reading.text.copyright_site`):
    the last notice of the page (a footer's), in a short element that is no picture's caption
    or credit; None where it has none."""
    found = None
    for node in tree.iter():
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "head", "title"):
            continue
        for piece, box in ((node.text, node), (node.tail, node.getparent())):
            if not piece or box is None or not ("©" in piece or "opyright" in piece or "(c)" in piece.lower()):
                continue
            text = _text(box)
            if len(text) > 300 or _PICTURE_CREDIT.search(text) or any(
                a.tag in ("figure", "figcaption") or _PICTURE.search(a.get("class") or "") for a in (box, *box.iterancestors())
            ):
                continue
            found = clean_site(copyright_site(text)) or found
    return found


#: A page's paywall boxes (:attr:`PageMeta.walls`), found by one query rather than a look at
#: every element of every page: an AMP page's marks, and the boxes of the paywall vendors that a
#: page's own words may not tell ("Aquest article és exclusiu per a subscriptors" in Catalan):
#: Poool's widget, LaterPay's purchase overlay, Newspack's content gate, MemberPress's message
#: to those not allowed and its login form.
_WALL_BOXES = ("//*[translate(normalize-space(@subscriptions-section), 'CONTENTGRAD', 'contentgrad')='content-not-granted'"
               " or @subscriptions-action or @id='poool-widget' or contains(@class, 'poool-widget')"
               " or contains(@class, 'lp_purchase-overlay') or contains(@class, 'newspack-content-gate')"
               " or contains(@class, 'mepr-unauthorized') or contains(@class, 'mp_login_form')]")


#: A class or id word of a paywall's or a consent wall's box, whatever the vendor, by its last part
#: (as :data:`_WIDGET_CLASS`): Substack's "paywall", Pelcro's "pelcro-paywall-wrapper", Zephr's
#: "zephr-feature_article-paywall", Didomi's "didomi-consent-wall", "regwall", "cookie-wall". Not
#: "regwalled" or "paywall-content": the report's own text behind the wall, on some pages.
_WALL_CLASS = re.compile(r"(?:^|[-_])(?:pay|reg|registration|consent|cookie|subscriptions?|subscriber|login|metered)[-_]?wall"
                         r"(?:[-_](?:wrapper|container|(box|overlay|modal|outcome|prompt|message|notice)))?$", re.I)
#: The most words of a box :data:`_WALL_CLASS` names that is a wall: its notice, offers and buttons.
#: A longer box is the report that a page marks as behind its wall.
WALL_BOX_WORDS = 120
#: A class or id word of a paywall or consent-wall vendor's box, whatever it calls the box: Piano's
#: ("tp-container", "piano-inline-offer"), Sourcepoint's ("sp_message_container_871234"),
#: Quantcast's ("qc-cmp2-container"), Cookiebot's, Usercentrics', OneTrust's, Didomi's, Zephr's,
#: Pelcro's, TrustArc's, Osano's, Iubenda's, Complianz's, Funding Choices' ("fc-consent-root").
_WALL_VENDOR = re.compile(
    r"^(?:tp-(?:container|modal|backdrop|iframe-wrapper)|piano-(?:inline-)?(?:offer|paywall|template|wall)|sp_message_(?:container|iframe)"
    r"|qc-cmp2?-|cybotcookiebot|usercentrics|uc-banner|onetrust-|ot-sdk-|didomi-(?:popup|notice|consent)|zephr-|pelcro-"
    r"|truste-|trustarc-|osano-cm-|iubenda-cs-|cmplz-|fc-consent|fc-dialog)", re.I)
_WALL_CANDIDATES = "//*[@class or @id]"
#: The elements that box a report's paragraphs.
_SUBSCRIBER_BOXES = frozenset({"div", "section", "article", "main"})


def _wall_boxes(tree: Any, shipped: Sequence[Any] = ()) -> list[Any]:
    """The page's paywall and consent-wall boxes: those a vendor's or AMP's marks name
    (:data:`_WALL_BOXES`), and those whose class or id word says so (:data:`_WALL_CLASS`) or is a
    wall vendor's (:data:`_WALL_VENDOR`), of a
    notice's length (:data:`WALL_BOX_WORDS`) and holding no <article>, <main> or <h1>. Not the
    report's own text a page marks for subscribers and ships (*shipped*, :func:`_subscriber_parts`),
    nor a paragraph a wall's class word marks that holds the report's text (:func:`_holds_report`)."""
    boxes = list(tree.xpath(_WALL_BOXES))
    inside = set(shipped)
    for node in tree.xpath(_WALL_CANDIDATES):
        words = _class_words(node)
        if not any(_WALL_CLASS.search(word) or _WALL_VENDOR.match(word) for word in words):
            continue
        if any(True for _ in node.iter("article", "main", "h1")) or len(_text(node).split()) > WALL_BOX_WORDS:
            continue
        # (a box whose word names the wall's notice itself, "paywall-box", "regwall-prompt", is one
        # inside the text a page marks for subscribers too: the report does not say "Subscribe now")
        noticed = any((m := _WALL_CLASS.search(word)) and m.group(1) for word in words)
        if not noticed and any(a in inside for a in (node, *node.iterancestors())) or node.tag == "p" and _holds_report(node):
            continue
        boxes.append(node)
    return boxes


#: One compound of a CSS selector: a tag, its classes and its id (".paywall", "div.body.locked", "#premium").
_COMPOUND_SELECTOR = re.compile(r"^([A-Za-z][\w-]*)?((?:[.#][\w-]+)*)$")


def _selector_xpath(selector: str) -> str | None:
    """An XPath for a CSS selector as JSON-LD's ``hasPart.cssSelector`` gives one (".paywall",
    ".article-body .locked, #premium"): of each selector in a list, the element its last compound
    names, wherever it stands (a descendant's context is not checked). None for nothing it reads."""
    paths = []
    for one in selector.split(","):
        last = re.split(r"\s*[\s>+~]\s*", one.strip())[-1]
        found = _COMPOUND_SELECTOR.match(last)
        if not last or found is None:
            continue
        tests = [f"[contains(concat(' ', normalize-space(@class), ' '), ' {c} ')]" for c in re.findall(r"\.([\w-]+)", found[2])]
        tests += [f"[@id='{i}']" for i in re.findall(r"#([\w-]+)", found[2])]
        paths.append(f"//{(found[1] or '*').lower()}{''.join(tests)}")
    return " | ".join(paths) or None


def _paragraph_texts(node: Any) -> list[str]:
    """The texts of an element's paragraphs (its <p>s, or itself where it holds none), each non-empty."""
    return [t for t in ([_text(node)] if node.tag == "p" else [_text(p) for p in node.iter("p")] or [_text(node)]) if t]


def _report_paragraph(text: str) -> bool:
    """Whether *text*, a paragraph a page marks for subscribers, is the report's rather than a
    wall's: a sentence of :data:`PAYWALL_TAIL_WORDS` words or more that is no paywall's notice or
    offer and speaks to no reader outside a quotation ("Subscribe and you will ...")."""
    return (word_count(text) >= PAYWALL_TAIL_WORDS and is_sentence(text) and not is_paywall(text) and not is_offer(text)
            and not (_TO_THE_READER.search(text) and not _QUOTE_MARK.search(text)))


def _holds_report(node: Any) -> bool:
    """Whether *node*, an element a page marks for subscribers, holds the report's own text
    (:func:`_report_paragraph`), not a wall's notice."""
    return any(_report_paragraph(t) for t in _paragraph_texts(node))


#: A class or id word of a box that holds text for subscribers (and that a page may hide from
#: others by its style or a script): a wall's (:data:`_WALL_CLASS`), or one that says the text is
#: paid for, locked or for members ("premium-content", "paywall-content", "article-locked",
#: "subscribers-only", "paid-content").
_SUBSCRIBER_CLASS = re.compile(
    r"(?:^|[-_])(?:premium|paid|locked|subscribers?|members?|restricted|gated|(?:pay|reg)wall(?:ed)?|metered)"
    r"(?:[-_](?:only|content|text|body|article|story|section|wrapper|container|area))*$", re.I)
#: The most of a subscriber box's text that may be its links' (a list of paid articles' teasers is links).
SUBSCRIBER_LINKED_SHARE = 0.25


def _ships_report(box: Any) -> bool:
    """Whether *box*, a box (not a paragraph) a page marks for subscribers, is the report's text:
    its report paragraphs (:func:`_report_paragraph`) are most of its words, little of it is
    links, and no line of it is a paywall's notice or offer. A teaser box ("This article is for
    subscribers. Subscribe to read on"), with the report's first lines in it or not, is no report."""
    lines = [t for node in box.iter() if isinstance(node.tag, str) and (node.text or "").strip() for t in [_text(node)]]
    if any(is_paywall(t) or is_offer(t) for t in lines):
        return False
    words = len(_text(box).split())
    shipped = sum(len(t.split()) for t in _paragraph_texts(box) if _report_paragraph(t))
    linked = sum(len(_text(a)) for a in box.iter("a"))
    return words > 0 and 2 * shipped > words and linked <= SUBSCRIBER_LINKED_SHARE * max(len(_text(box)), 1)


#: The attributes by which a page hides a box from a reader without a subscription, or which mark
#: it as paid for to the extractor (which drops "premium", "paid-content", "hidden" and such).
_HIDING = ("class", "id", "style", "hidden", "aria-hidden")


def _show_subscriber_text(parts: Sequence[Any]) -> None:
    """Show the report's subscriber text a page ships (*parts*, :func:`_subscriber_parts`) to the
    extractor, in place: without the attributes that hide it or mark it paid for (:data:`_HIDING`).
    A page that ships its whole text in a paywall's box and hides it by its style or a script
    carries the report; the extractor would drop it as hidden or as an advertisement."""
    for node in parts:
        for name in _HIDING:
            node.attrib.pop(name, None)


def _subscriber_parts(tree: Any, selectors: Sequence[str]) -> tuple[list[Any], frozenset[str], bool]:
    """The report's subscriber text as the page marks it: the elements its JSON-LD's not-free
    ``hasPart`` *selectors* name that hold the report's text, the paragraphs a wall's class
    word marks that do (:func:`_holds_report`), and the boxes a subscriber's class word marks
    (:data:`_SUBSCRIBER_CLASS`) that are the report's text (:func:`_ships_report`), outside the
    page's asides; the folded texts of their paragraphs; and whether the elements the selectors
    name are all there and empty (the page withholds the text).

    A page that marks its subscriber text and ships it (``<p class="paywall">``, ``<div
    class="paywall">`` around the report's paragraphs, the JSON-LD saying ``{"isAccessibleForFree":
    false, "cssSelector": ".paywall"}``) carries the whole report: a script or its style hides it
    from readers without a subscription, not the page."""
    named = [node for selector in selectors if (path := _selector_xpath(selector)) for node in tree.xpath(path)]
    parts = [node for node in named if _holds_report(node)]
    parts += [node for node in tree.xpath("//p[@class or @id]") if node not in parts
              and any(_WALL_CLASS.search(word) for word in _class_words(node)) and _holds_report(node)]
    parts += [node for node in tree.xpath(_WALL_CANDIDATES) if node not in parts and node.tag in _SUBSCRIBER_BOXES
              and any(_SUBSCRIBER_CLASS.search(word) for word in _class_words(node))
              and not any(a.tag in _NOT_REPORT for a in node.iterancestors()) and _ships_report(node)]
    shipped = frozenset(fold_words(t) for node in parts for t in _paragraph_texts(node) if _report_paragraph(t))
    withheld = bool(named) and not any(_text(node) for node in named)
    return parts, shipped, withheld


def _walled(text: str, walls: frozenset[str]) -> bool:
    """Whether *text*, a block, is (a part of) one of the page's paywall boxes (*walls*: the folded
    texts of each box and of each element in it): one of them, or a run of a box's elements the
    extractor read as one block (LaterPay's overlay, its title and its offers in one)."""
    if not walls:
        return False
    folded = fold_words(text)
    if folded in walls:
        return True
    # (spaces aside: a box's text joins its elements' texts as they stand, "acest articolAcces")
    squashed = folded.replace(" ", "")
    return len(squashed) >= WALL_RUN_CHARS and any(squashed in wall.replace(" ", "") for wall in walls)


#: The fewest characters of a block that is a run of a paywall box's elements (:func:`_walled`).
WALL_RUN_CHARS = 40


def _page_language(tree: Any, found: dict[str, str]) -> str | None:
    """The language a page is written in: its paragraphs' (up to :data:`~core.reading.judge.LANGUAGE_SAMPLE`
    characters), else the one it declares (``<html lang>``, a content-language, og:locale)."""
    sample: list[str] = []
    size = 0
    for node in tree.iter("p"):
        text = " ".join(node.text_content().split())
        sample.append(text)
        size += len(text) + 1
        if size >= LANGUAGE_SAMPLE:
            break
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    declared = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or found.get("og:locale")
                or next((n.get("content") for n in tree.iter("meta") if (n.get("http-equiv") or "").lower() == "content-language"), None))
    return page_language(" ".join(sample), declared)


def _page_base(tree: Any, url: str | None) -> str | None:
    """The address a page's relative addresses are read against: its <base href> (itself read
    against *url*, the page's own address where known), else *url*; None where neither is a web
    address (a saved file with no <base>: a relative address there names no page)."""
    base: str | None = next((str(b.get("href")).strip() for b in tree.iter("base") if (b.get("href") or "").strip()), None)
    own = url if url and url.startswith(("http://", "https://")) else None
    if base and (own or base.startswith(("http://", "https://"))):
        return urljoin(own or base, base)
    return own


def _absolute(address: str | None, base: str | None) -> str | None:
    """*address*, a web address from a page's markup, made whole against the page's *base*
    (:func:`_page_base`): "2026/03/05/creche" under "https://x.example/cidades/" is
    "https://x.example/cidades/2026/03/05/creche"; None where it is none ("mailto:", "#",
    relative with no base)."""
    address = (address or "").strip()
    if address.startswith(("http://", "https://")):
        return address
    if not address or address.startswith("#") or base is None:
        return None
    whole = urljoin(base, address)
    return whole if whole.startswith(("http://", "https://")) else None


def page_metadata(tree: Any, raw: bytes, *, url: str | None) -> PageMeta:
    """The metadata of a page from its parsed *tree* (lxml), with *raw* bytes for a broken head.
    Its addresses (canonical link, og:url, JSON-LD's url) are read against its base (:func:`_page_base`)."""
    meta = PageMeta()
    base = _page_base(tree, url)
    subscriber: list[str] = []  # the selectors of the subscriber text the JSON-LD names (hasPart)
    found: dict[str, str] = {}
    every: dict[str, list[str]] = {}  # each name's values in order: a page may name each author in a tag of its own
    for node in tree.iter("meta"):
        keys = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower().split()
        content = " ".join((node.get("content") or "").split())
        for key in keys if content else ():  # property="og:title dc:title": each name
            found.setdefault(key, content)
            every.setdefault(key, []).append(content)
    platform_name = found.get("og:site_name") or found.get("application-name")
    meta.titles = [_without_poster(found[k], platform_name) for k in _META_TITLE if k in found]
    meta.language = _page_language(tree, found)
    ld_title = ld_date = ld_modified = ld_url = None
    ld_authors: list[str] = []
    ld_publisher = ld_provider = None
    ld_organisations: list[tuple[str, str | None]] = []  # the organisations the article's JSON-LD credits as its author
    ld_sites: list[str] = []
    ld_owners: list[str] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        raw_ld = script.text.strip()
        if raw_ld.startswith("<![CDATA["):  # a CDATA wrapper some pages put around it
            raw_ld = raw_ld.removeprefix("<![CDATA[").removesuffix("]]>")
        try:
            data = _ld_linked(json.loads(raw_ld, strict=False))
        except (ValueError, RecursionError):  # broken, or nested deeper than Python's stack
            continue
        for obj in _ld_objects(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            parts = obj.get("hasPart")
            for part in parts if isinstance(parts, list) else [parts]:
                # {"@type": "WebPageElement", "isAccessibleForFree": false, "cssSelector": ".paywall"}
                if isinstance(part, dict) and str(part.get("isAccessibleForFree")).lower() == "false" \
                        and isinstance(part.get("cssSelector"), str):
                    subscriber.append(part["cssSelector"])
            for types, held in ((_SITE_TYPES, ld_sites), (_OWNER_TYPES, ld_owners)):
                if any(isinstance(k, str) and types.match(k) for k in kinds):
                    held.extend(_ld_names(obj))  # the site's own object: {"@type": "WebSite", "name": ...}
            if not any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
                continue
            if any(isinstance(k, str) and k.lower() == "liveblogposting" for k in kinds):
                meta.live = True
            if ld_title is None and isinstance(obj.get("headline"), str):
                ld_title = " ".join(obj["headline"].split())
            if ld_date is None and isinstance(obj.get("datePublished"), str):
                ld_date = obj["datePublished"]
            if ld_modified is None and isinstance(obj.get("dateModified"), str):
                ld_modified = obj["dateModified"]
            if not ld_authors:
                ld_authors = _ld_names(obj.get("author"))
                ld_organisations = _ld_organisations(obj.get("author"))
            if ld_url is None:
                # the article's own "url", else the page it is the main entity of, by address or as
                # {"@id": address} (trial 38 F7: a page with no canonical link gave none)
                page = obj.get("mainEntityOfPage")
                for address in (obj.get("url"), page.get("@id") or page.get("url") if isinstance(page, dict) else page):
                    if isinstance(address, str) and (whole := _absolute(address, base)):
                        ld_url = whole
                        break
            if not meta.ld_paragraphs and isinstance(obj.get("articleBody"), str):
                meta.ld_paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*", obj["articleBody"]) if p.strip()]
            if ld_publisher is None:
                names = _ld_names(obj.get("publisher"))
                ld_publisher = names[0] if names else None
            if ld_provider is None:
                names = [*_ld_names(obj.get("provider")), *_ld_names(obj.get("sourceOrganization"))]
                ld_provider = names[0] if names else None
    shipped, meta.shipped, meta.withheld = _subscriber_parts(tree, subscriber)
    meta.subscriber_parts = tuple(shipped)
    meta.walls = frozenset(
        folded for node in _wall_boxes(tree, shipped)
        for block in node.iter() if isinstance(block.tag, str) for folded in [fold_words(_text(block))] if folded)
    if ld_title:
        meta.titles.insert(0, ld_title)
    # The headline the page's microdata marks on the element that prints it (schema.org's
    # itemprop="headline": a Joomla page's <h2> under an <h1> of its menu item's name).
    marked_headline = next(((node, text) for node in tree.xpath(_MARKED_HEADLINE)
                   for text in [_printed_headline(node)] if text and word_count(text) <= MARKED_HEADLINE_WORDS), None)
    meta.marked = marked_headline[1] if marked_headline else None
    title_node = tree.find(".//title")
    if title_node is not None and _text(title_node):
        meta.tab = _text(title_node)
        meta.titles.append(meta.tab)
    # The boxes that hold the headline hold the report, whatever their class says ("one-sidebar-layout").
    report_boxes: set[Any] = set()
    document_author: str | None = None  # an office document's author line under its Title paragraph
    for node in tree.iter("h1", "h2", "h3"):
        logo = _LOGO.search(f"{node.get('class') or ''} {node.get('id') or ''}")  # its own class or id: <h1 id="brand">
        if node.tag != "h1" and not _HEADLINE_CLASS.search(node.get("class") or ""):
            text = _heading_text(node)
            if text and not logo:
                meta.subheads.append(text)
            continue
        in_logo = any(_LOGO.search((a.get("class") or "") + " " + (a.get("id") or "")) or a.tag in ("header", "nav")
                      and a.getparent() is not None and a.getparent().tag == "body" for a in _boxes(node))
        text = _printed_headline(node)
        home = bool(text) and _links_home(node)
        if home:
            meta.home.append(text)
        if text and not in_logo and not logo and not home:
            meta.headings.append(text)
            if node.tag == "h1":
                report_boxes.update(node.iterancestors())
        elif text:
            meta.logos.append(_without_tagline(node) or text)
    if marked_headline:
        report_boxes.update(marked_headline[0].iterancestors())  # TYPO3's <h2 itemprop=headline> under a logo's <h1>
    elif not meta.headings and (document := _document_title(tree, meta.titles, meta.tab)) is not None:
        # An office document saved as HTML (Google Docs, Word, LibreOffice), titled by its file's
        # name, its document's name or not at all: its headline is its Title paragraph.
        meta.headings.append(_text(document))
        document_author = _document_author(document)
        if meta.tab and not _FILE_NAME.match(meta.tab):
            meta.titles = [t for t in meta.titles if not _same(t, meta.tab)]  # the document's name: no title of the report
    if not meta.headings and not marked_headline and (printed := _font_headline(tree)) is not None:
        meta.headings.append(printed)  # an old page's headline set in a large font, with no heading element
    if meta.tab and meta.headings and _FILE_NAME.match(meta.tab):
        meta.titles.remove(meta.tab)  # a file's name in the tab over a printed headline: no title of the report
    elif meta.tab in meta.titles and (_FILED_TITLE.match(meta.tab) or _FILE_NAME.match(meta.tab) or _APP_TITLE.match(meta.tab)):
        # a file's name with its extension ("weekly-2026-02-09.pdf", a converter's page of a PDF) or
        # without ("tribune_2026-12-02_p3", a saved or converted file's), or an app's or a widget's name ("Telegram Widget", an embedded post's frame): the window's
        # title, no headline of the report
        meta.titles.remove(meta.tab)
        meta.generic_tab = True
        if not meta.headings and not meta.marked and (largest := _largest_line(tree) or _bold_opening(tree)):
            # a page that prints its headline as its largest line, or as the bold line its text opens
            # with, in no heading
            meta.headings.append(largest)
    # Byline elements: class, id, rel or itemprop saying "byline" or "author" (short ones only).
    site_authors: list[str] = []
    meta.sections = _section_labels(tree)
    for node in tree.iter():
        if not isinstance(node.tag, str) or node.tag in ("meta", "link", "script", "style", "body", "html", "article"):
            continue
        # (and its own tag: a custom element, "<byline>", "<app-article-author>")
        marks = _marks(node)
        if (_BYLINE_MARK.search(marks) or node.tag in _LINE_TAGS) and _in_aside(node, report_boxes) and not _in_report_footer(node, report_boxes):
            continue  # an ad's or a recommendation's "author"
        if node.tag == "time" or _DATE_MARK.search(marks) or (machine := not _MARKED_DATE_NAMES.isdisjoint(
                (node.get("property") or node.get("itemprop") or "").lower().split()) and bool(node.get("content"))):
            text = _text(node)
            if text and len(text.split()) <= 16:
                meta.date_lines.append(text)
                if machine:  # a line the page marks with its machine date: who posted it and when, none of the report
                    meta.meta_boxes.append(text)
        elif node.tag in _LINE_TAGS and len(node) == 0 and any(
                s.tag == "h1" for s in islice(node.itersiblings(preceding=True), PLACED_LINE_AFTER)) and (placed := placed_stamp(_text(node))):
            # where and when the report was issued, on a line under its headline ("Aldmar, 17 November
            # 2026, 10:00"), its deck or its byline: the date's time, and the place as the dateline
            meta.date_lines.append(placed[1])
            meta.filed_from = meta.filed_from or placed[0]
        if _user_mark(node) and _in_account_box(node) and (account := fold_words(_text(node))):
            meta.accounts.add(account)
        if node.tag not in ("h1", "h2", "h3") and _LOGO.search(marks) and (name := _logo_text(node)):
            meta.site_marks.append(name)
        for piece in (node.text, node.tail):  # "Submitted by Jon Halvik on Sat, 03/07/2026 - 21:10" in no marked element
            if piece and _NUMERIC_DATE.search(piece) and len(piece.split()) <= 16 and weekday_dated(piece):
                meta.weekday_lines.append(" ".join(piece.split()))
        if _UPDATE_WORD.search((node.text or "")[:80]) and len(words := _text(node).split()) <= 16:
            # "<div class=meta>Updated 4:35 p.m. EST</div>", which the extractor drops; "Published ... · Updated ..."
            line = " ".join(words)
            if is_update_line(line) and not _in_aside(node, report_boxes):  # not a teaser's
                meta.update_lines.append(line)
        if meta.filed_from is None and node.tag in _LINE_TAGS and (
                filed := _signed_and_filed(node) or signed_dateline(_short_text(node, 12 * BYLINE_BOX_WORDS) or "")):
            # a box of the writer's name over where and when, each an element of its own, or a line
            # of them ("Ana Ejemplo · Valdemora · 3 de marzo de 2026"): the byline, and the place as
            # the dateline (none of it a "By ..." line or marked as a byline)
            meta.bylines.append(filed[0])
            meta.filed_from = filed[1]
            continue
        if node.tag in ("div", "p", "header") and (box := _meta_box(node)):
            meta.meta_boxes.append(box)
        # A byline box may hold lines: the writer's, then an editor's or the date ("By Jane Doe<br>March 3").
        marked = bool(_BYLINE_MARK.search(marks)) or _posts_user(node) or _article_address(node)
        if not marked and node.tag in ("div", "p", "span") and (posted := posted_by(info := " ".join(_spaced_text(_without_times(node))[:160].split()))) is not None \
                and 0 < len((poster := posted[1]).split()) <= 6 and (is_person_name(poster) or _HANDLE.match(poster)):
            # a community's entry's info line: "harbour_news posted by ana_sample" (the community is the
            # outlet; its name, the line and the line up to the poster no paragraph, as the extractor may cut it)
            meta.bylines.append(poster)
            meta.meta_boxes.extend((posted[0], info, info[: len(info) - len(poster)].strip()))
            if _HANDLE.match(poster):
                meta.handles.append(poster)
            continue
        if not marked and node.tag in _LINE_TAGS and _after_author(node) >= 3:
            continue  # a post's footer line around its author element, with its time and its links: the element says who
        if marked or node.tag in _LINE_TAGS and (opens_byline(spaced := _spaced_text(node)[:100], language=meta.language)
                                                 or (name := dated_name(spaced)) is not None and fold_words(name) not in meta.sections or reporter_credit(spaced)):
            # a "By ..." line in a block of its own: "By Jane Doe | March 3", "Von Ana Example", "Autor: Bo Lind";
            # a reporter's credit in an article's info list ("<li>김예시 기자</li>", "<span>山田太郎 記者</span>")
            # (its words counted up to its time stamp: "By Ana Example and Bo Lind | Updated 3:45 p.m. EST, March 5, 2026")
            if 0 < len(byline_head(_text(node)).split()) <= 12:
                box = _without_times(node)  # "By Ana Example <time>Wednesday</time>": the time is the date's
                lines = _text_lines(box)
                text = " ".join(lines) if len(lines) > 1 else _text(box)
                text = text.lstrip(" |·•")  # after its time: "<time>3. 3. 2026</time> | Text: Jana Příkladová"
                if not text:
                    continue
                if not opens_byline(text, language=meta.language) and opens_byline(spaced := _spaced_text(box), language=meta.language):
                    text = spaced  # "<span>By</span><span>Ana Example</span>" reads "By Ana Example"
                if _LABEL_ONLY.match(text) and (node.tail or "").strip() and len((node.tail or "").split()) <= 6:
                    text = f"{text} {' '.join(node.tail.split())}"  # "<h5>Autor:</h5> Ana Example": the name follows the label
                elif not marked and byline_label(text) and not (node.tail or "").strip() and (after := node.getnext()) is not None and (
                        after.tag == node.tag and 0 < word_count(named := _text(after)) <= LABELLED_NAME_WORDS):
                    # "<p>Аутор:</p><p>Марко Пример</p>": the names in the line after the label (in a box marked
                    # as the byline, the box's text reads them: "<div class=author-by>By</div> <a>...</a>")
                    text = f"{text} {named}"
                if marked and not opens_byline(text, language=meta.language) and (inner := _rel_author(node)) and text.endswith(inner) and (
                        0 < word_count(text[: -len(inner)]) <= 2):
                    continue  # "Komentář <a rel=author>Jana Příkladová</a>": a label, then the name its link gives
                text = _set_apart(box, text)  # "Por <a>Xoán Seoane</a> <span>Lugo</span>": "Por Xoán Seoane, Lugo"
                half = len(text) // 2
                if text[:half].strip() == text[half:].strip() != "":
                    text = text[:half].strip()  # the name printed twice (for wide and narrow screens): once
                if marked and _LOGO.search(marks):
                    # the site's name as its header's logo links it, rel="author" (Jekyll's Minima): the
                    # byline only where the page names no writer of its own
                    site_authors.append(text)
                    continue
                text = _without_section_link(node, text, meta.sections)
                meta.bylines.append(text)
                if meta.filed_from is None and (credit := credited_place(text)) is not None and credit[1]:
                    meta.filed_from = credit[1]  # "記者 林美玲／範例市報導": where the reporter filed from
                # the date line beside it in an element of its own ("<div class=byline>By Ana
                # Example</div><div>March 3, 2026 at 9:15 a.m.</div>"), which the extractor may leave out
                for near in (*islice(node.itersiblings(preceding=True), 2), *islice(node.itersiblings(), 2)):
                    line = _text(near) if isinstance(near.tag, str) else ""
                    if line and len(line.split()) <= 16 and is_stamp_block(line) and line not in meta.date_lines:
                        meta.date_lines.append(line)
                if not marked:
                    meta.plain_bylines.add(text)
                if marked and _HANDLE.match(text):
                    meta.handles.append(text)
                if len(lines) > 1:
                    meta.byline_lines[text] = lines
    if not meta.bylines:
        meta.bylines.extend(site_authors)
    # The outlet: the outlet whose copy an aggregator's page runs (MSN's <meta name=provider>,
    # schema.org's provider or sourceOrganization: "Coastal Chronicle" on MSN, not "MSN"); else the
    # site's own name, the publisher's, else the host of the canonical address.
    site = (clean_site(found.get("provider") or ld_provider) or found.get("og:site_name") or ld_publisher
            or found.get("application-name"))
    if not site:
        raw_site = _RAW_SITE.search(raw[:200_000])
        site = raw_site[1].decode("utf-8", "replace") if raw_site else None
    if site and not (found.get("provider") or ld_provider):
        # a platform's or an aggregator's name (og:site_name "Дзен", "LINEニュース") over the report of
        # a publisher the article's metadata names: the publisher's
        site = _carried_publisher(tree, site, every, ld_organisations, meta.tab) or site
    meta.owner = next(filter(None, map(clean_site, ld_owners)), None) or _copyright_site(tree)
    # A blog's hosting platform given for the site's name (Tumblr's og:site_name "Tumblr"): the
    # blog's own name where the page prints it, as below, else the platform's.
    platform = site if site and is_blog_platform(site) else None
    if platform:
        site = None
    if not site:
        # The site's name where the page prints it twice: as its logo, and in its title after the
        # headline (a part, or all after a separator: "Headline - Salsa Notes - Valley" and the
        # logo "Salsa Notes - Valley"), or before it where the rest is a headline the page prints
        # ("The Bay Times - Harbour dredging ..." over <h1>Harbour dredging ...</h1>; a logo's box
        # may hold the headline itself). The title's spelling wins over a logo set in capitals.
        headlines = {fold_words(h) for h in (*meta.headings, *meta.subheads, *meta.titles)}
        ends = {fold_words(title[cut.end() :]): title[cut.end() :] for title in meta.titles
                for cut in re.finditer(r"\s+[|\-–—:·»]\s+", title)}
        ends |= {fold_words(part): part for title in meta.titles for part in re.split(r"\s+[|\-–—:·»]\s+", title)[1:]}
        # (a colon after the name: "Jihočeský zpravodaj: Kraj dá ...")
        ends |= {fold_words(title[: cut.start()]): title[: cut.start()] for title in meta.titles
                 for cut in re.finditer(r"\s+[|\-–—:·»]\s+|:\s+", title) if fold_words(title[cut.end() :]) in headlines}
        # (or before its first separator where a heading linked to the home page prints it: the
        # tab "Harbour Post : Mobile" under the logo <h1><a href="/">Harbour Post</a></h1>)
        homes = {fold_words(h) for h in meta.home}
        ends |= {fold_words(part): part for title in meta.titles for part in re.split(r"\s+[|\-–—:·»]\s+", title)[:1]
                 if fold_words(part) in homes}
        # A tab titled with the site's name alone, as its logo prints it ("Valley Courier").
        ends |= {fold_words(title): title for title in meta.titles[-1:]}
        # (or as the owner its copyright notice names, "© 2026 Harbour Post", in a page whose masthead
        # is marked by nothing but its type: a web archive's save, which inlines every style)
        site = next((logo if not in_capitals(logo) else ends[fold_words(logo)]
                     for logo in (*meta.logos, *meta.site_marks, *([meta.owner] if meta.owner else []))
                     if fold_words(logo) in ends and not is_blog_platform(logo)), None) or (
            # (on a blog platform, the blog's name its masthead's <h1> prints, linked to the blog's
            # home: a LiveJournal community's "<h1><a href=https://harbour-notes.example.com/>Harbour
            # Notes</a></h1>", where the tab gives the journal's user name)
            next((h for h in meta.home if not is_blog_platform(h) and not is_generic_name(h)), None) if platform else None) or (
            # (else the publication the post appears in, as its metadata names it beside the platform)
            _platform_publication(meta.tab, ld_publisher) if platform else None) or platform
    # Else the site's own object in its structured data. Its owner (an organisation's object, a
    # copyright notice: "© 2026 Example GmbH") names a company more often than the site: after the address.
    published_in = _PUBLISHED_IN.search(raw[:200_000])
    if published_in:
        name = _unescape(published_in[1].decode("utf-8", "replace")).strip()
        if any(fold_words(name) in fold_words(title) for title in meta.titles) and fold_words(name) != fold_words(site or ""):
            site = name  # the publication a platform's post is published in, as its title names it too
    meta.outlet = clean_site(site) or next((n for n in map(clean_site, ld_sites) if n and not is_generic_name(n)), None)
    # (else the account or channel a platform's post is by, which the page prints: a public account's
    # name over its article, a messenger channel's over its post)
    meta.outlet = meta.outlet or _poster_account(tree)
    tails = [re.split(r"\s+(?:[|–—·-]|::)\s+", title)[1:] for title in meta.titles]
    meta.titled_outlet = next((p[-1] for p in tails if p and len(p[-1]) >= 3 and is_outlet_name(p[-1])), None)
    canonical = next((whole for link in tree.iter("link") if (link.get("rel") or "").lower() == "canonical"
                      for whole in [_absolute(link.get("href"), base)] if whole), None)
    if canonical is None:
        raw_canonical = _RAW_CANONICAL.search(raw[:200_000])
        canonical = raw_canonical[1].decode("utf-8", "replace") if raw_canonical else None
    reader_address, reader_credits = _reader_view(tree)
    canonical = canonical or reader_address
    og_url = _absolute(found.get("og:url"), base)
    if canonical is None and not og_url and not ld_url:
        # a read-it-later app's view of a page, saved, or a page's print version: the page's address
        canonical = _domain_label_address(tree) or _printed_address(tree)
    meta.url = canonical or og_url or ld_url
    meta.url = original_address(meta.url) if meta.url else None
    host_of = meta.url or (url and original_address(url))
    if host_of:
        meta.host = (urlsplit(host_of).hostname or "").removeprefix("www.") or None
    # JSON-LD's authors, else every value of the first author tag the page uses (one tag a person).
    first_key = next((k for k in _META_AUTHOR if k in found and not found[k].startswith("http")), None)
    authors = ld_authors or ([v for v in dict.fromkeys(every[first_key]) if not v.startswith("http")] if first_key else [])
    if document_author is None and (office := _OFFICE_AUTHOR.search(raw[:200_000])):
        # a Word page's document properties (<xml><o:DocumentProperties>, in a comment only
        # Office reads): its author, where a person's name, not an account's ("Windows User")
        document_author = office_author(_unescape(office[1].decode("utf-8", "replace")))
    meta.authors = authors or reader_credits or ([document_author] if document_author else [])
    for key in _META_DATE:
        if key in found and iso_datetime(found[key]):
            meta.published = iso_datetime(found[key])
            break
    if meta.published is None and ld_date:
        meta.published = iso_datetime(ld_date)
    if meta.published is None:
        # an element marked as the publication's time (microdata's itemprop="datePublished", RDFa's
        # property="dc:date" with the machine's date in its content, as Drupal 7 marks its "submitted"
        # line over a date printed month first, "11/09/2026"; hAtom's <abbr class="published"
        # title="2026-11-15T11:20:00+01:00">11:20</abbr>, as Blogger writes it in its post's footer)
        # outside an aside, a menu, a footer or a list's item (a list of other reports), else the
        # first <time> of the page that no list of other reports holds
        meta.published = next((stamp for node in _time_marks(tree, _MARKED_DATE_NAMES, "published")
                               if (stamp := iso_datetime(_marked_time(node)))
                               and not any(a.tag in ("aside", "nav", "footer", "li") for a in (node, *node.iterancestors()))), None) or next(
            (stamp for node in tree.iter("time") if (stamp := iso_datetime(node.get("datetime") or ""))
             and not _in_aside(node, report_boxes)), None)
    # (an element marked itemprop="dateModified": its datetime or content, as <meta itemprop> gives it in `found`)
    modified_marks = (_marked_time(node) for node in _time_marks(tree, _MARKED_MODIFIED_NAMES, "updated"))
    meta.updated = next(filter(None, (iso_datetime(found.get(key, "")) for key in _META_MODIFIED)), None) or (
        iso_datetime(ld_modified) if ld_modified else None) or next(filter(None, map(iso_datetime, modified_marks)), None)
    stamps = (*(found.get(key, "") for key in (*_META_DATE, *_META_MODIFIED)), ld_date or "", ld_modified or "",
              *(node.get("datetime") or "" for node in tree.iter("time") if not _in_aside(node, report_boxes)))
    meta.zoned = [stamp for stamp in dict.fromkeys(map(iso_datetime, stamps))
                  if stamp and (parsed := iso_stamp(stamp)) is not None and parsed.tzinfo is not None]
    return meta


def _time_marks(tree: Any, names: frozenset[str], hatom: str) -> Iterator[Any]:
    """The elements of *tree* marked as a time of the report: by microdata's itemprop or RDFa's
    property naming one of *names* (folded: "datepublished", "dc:date"), or an <abbr> by hAtom's
    class (*hatom*: "published", "updated"), in page order."""
    for node in tree.iter():
        if isinstance(node.tag, str) and (not names.isdisjoint((node.get("itemprop") or node.get("property") or "").lower().split())
                                          or node.tag == "abbr" and hatom in (node.get("class") or "").lower().split()):
            yield node


def _marked_time(node: Any) -> str:
    """The time an element marked as one gives: its ``datetime`` or ``content``, an <abbr>'s
    ``title`` (hAtom's machine time beside the words shown: "11:20"), else its text."""
    return node.get("datetime") or node.get("content") or (node.get("title") if node.tag == "abbr" else None) or _text(node)


def _in_aside(node: Any, report_boxes: set[Any]) -> bool:
    """Whether *node* is or stands in an aside, a footer, a menu, an ad or a list of other reports,
    by their tags and classes; a box that holds the headline (in *report_boxes*) is the report's."""
    return any(_aside_box(a, report_boxes) for a in (node, *_boxes(node)))


def _aside_box(box: Any, report_boxes: set[Any]) -> bool:
    """Whether *box* is an aside, a footer, a menu, an ad or a list of other reports by its tag or
    its classes (:data:`_ASIDE`); a box in *report_boxes* (it holds the headline) by its tag only."""
    return box.tag in ("aside", "footer", "nav") or box not in report_boxes and bool(_ASIDE.search(_box_words(box)))


def _meta_box(node: Any) -> str | None:
    """The text of a post header's meta box, its words spaced: an element of two to four elements
    and no text of its own, one the writer's name (marked as a byline or a user's name), the others
    each a date or a reading time (:func:`~core.reading.judge.is_stamp_block`, :func:`~core.reading.judge.is_reading_time`): "<div><span
    class=user-name>Ana Example</span><span>3. 3. 2026</span><span>2 min read</span></div>", which
    an extractor may keep as a paragraph glued together ("Ana Example3. 3. 20262 min read"). None
    for any other element."""
    children = [c for c in node if isinstance(c.tag, str)]
    if not 2 <= len(children) <= 4 or (node.text or "").strip() or any((c.tail or "").strip(" ·|•\xa0\n") for c in children):
        return None
    named = [c for c in children if _BYLINE_MARK.search(_marks(c)) or _user_mark(c)]
    if len(named) != 1 or not all(c in named or (t := _text(c)) and (is_stamp_block(t) or is_reading_time(t)) for c in children):
        return None
    return _spaced_text(node)


def _after_author(node: Any) -> int:
    """How many words *node*'s text goes on with after the name of the first element inside it
    marked as the byline or the author (:data:`_BYLINE_MARK`): a blog post's footer line, "Posted
    by <span class=fn>Ana Example</span> at 9:15 · 0 comments · Share", goes on with its time and
    its links; 0 without such an element."""
    line = _text(node)
    for inner in node.iterdescendants():
        if isinstance(inner.tag, str) and _BYLINE_MARK.search(_marks(inner)) and (name := _text(inner)):
            at = line.find(name)
            return word_count(line[at + len(name) :]) if at >= 0 else 0
    return 0


#: The most words of an article's <address> that names its writers ("<address><a>Ana Example</a></address>").
ADDRESS_NAME_WORDS = 6


def _article_address(node: Any) -> bool:
    """Whether *node* is an <address> in the header of an <article> that names its writer alone (a
    few words, no figure): HTML's contact of the article, which is its byline (Facebook's Instant
    Articles, "<header>...<address><a>Ana Example</a></address>"); not a postal address."""
    if node.tag != "address" or not any(a.tag == "header" for a in node.iterancestors()) \
            or not any(a.tag == "article" for a in node.iterancestors()):
        return False
    text = _text(node)
    return 0 < len(text.split()) <= ADDRESS_NAME_WORDS and not any(c.isdigit() for c in text) and "@" not in text


#: An old page's <font size>: 1 to 7, 3 the text's; "+1" larger than the text's, "-1" smaller.
_FONT_SIZE = re.compile(r"^\s*([+-]?)(\d)\s*$")
#: The smallest size of a <font> that sets a headline: HTML's 4 ("+1"), a size above the text's.
HEADLINE_FONT_SIZE = 4


def _font_headline(tree: Any) -> str | None:
    """The headline a page laid out before CSS prints in a large font (``<font size="4"><b>...</b></font>``,
    a government's press release in tables) where it has no heading element: the text of the first
    <font> of :data:`HEADLINE_FONT_SIZE` or larger that holds the whole text of its cell or
    paragraph, of 3 to :data:`MARKED_HEADLINE_WORDS` words and no link; None where there is none."""
    for node in tree.iter("font"):
        size = _FONT_SIZE.match(node.get("size") or "")
        if size is None or (int(size[2]) + 3 if size[1] == "+" else -1 if size[1] == "-" else int(size[2])) < HEADLINE_FONT_SIZE:
            continue
        text = _text(node)
        holder = next((a for a in node.iterancestors() if a.tag in ("td", "th", "p", "div", "center")), None)
        if (3 <= word_count(text) <= MARKED_HEADLINE_WORDS and holder is not None and fold_words(_text(holder)) == fold_words(text)
                and next(node.iter("a"), None) is None):
            return text
    return None


def _rel_author(node: Any) -> str | None:
    """The text of the first link inside *node* (not *node* itself) marked rel="author", the
    writer's name by that mark's definition (HTML's link type "author"); None without one."""
    return next((text for inner in node.iterdescendants("a") if "author" in (inner.get("rel") or "").lower().split()
                 for text in [_text(inner)] if text), None)


def _in_report_footer(node: Any, report_boxes: set[Any]) -> bool:
    """Whether the first aside-like box *node* stands in (:func:`_in_aside`) is the report's own
    footer: a <footer> (or a box classed "footer") of the article that holds the headline (an
    <article>, or an element schema.org's microdata types as an article): "<div itemtype=
    http://schema.org/Article><h2>...</h2><div class=footer>3. 3. 2026 | Text: Jana Příkladová",
    TYPO3's news detail; HTML5's <article><footer>; a blog entry's box (:data:`_POST_CLASS`:
    Typepad's "<div class=entry><div class=entry-footer>Posted by ..."). Not a page's footer under a wrapper."""
    for box in (node, *_boxes(node)):
        if _aside_box(box, report_boxes):
            parent = box.getparent()
            return ((box.tag == "footer" or re.search(r"\bfooter\b", _box_words(box), re.I) is not None)
                    and parent is not None and (
                        parent in report_boxes
                        and (parent.tag == "article" or _ARTICLE_TYPE.search(parent.get("itemtype") or "") is not None)
                        or any(_POST_CLASS.match(w) for w in _class_words(parent))))
    return False


#: A class that marks a box as one post or article, as blog engines class an entry without
#: <article> ("<div class='entry hentry'>", Typepad's "entry-type-post entry", "post-123 post").
_POST_CLASS = re.compile(r"^(?:h?entry|post|article|blog-?post|post-\d+)$", re.I)


#: schema.org's types of a report, as microdata's itemtype names them.
_ARTICLE_TYPE = re.compile(r"schema\.org/(?:\w*Article|BlogPosting|LiveBlogPosting|Report)\b", re.I)


def _box_words(node: Any) -> str:
    """An element's class and id, without the words that describe its layout's state ("has-sidebar",
    "with-sidebar", "no-ads"): a box that has a sidebar beside it is not one."""
    return " ".join(w for w in _class_words(node) if not _LAYOUT_STATE.match(w))


_LAYOUT_STATE = re.compile(r"^(?:has|with|without|no|is)[-_]", re.I)


# --- the body ---------------------------------------------------------------------


#: Trafilatura's own names for a report's structures, and the HTML names it sometimes leaves
#: in its output instead (a table or a list nested in a paragraph comes through as HTML).
_LIST_TAGS = ("list", "ul", "ol")
_ITEM_TAGS = ("item", "li")
_ROW_TAGS = ("row", "tr")
#: What is a block of its own wherever it stands, even inside a paragraph.
_BLOCKISH = frozenset({*_LIST_TAGS, "quote", "blockquote", "table", "p", "div", "head", "code"})


#: The most words a subhead has; a longer bold paragraph is a paragraph set in bold.
SUBHEAD_WORDS = 15
#: A class or id word of a subhead printed as a paragraph or a box: "subhead", "article-subheading",
#: "crosshead", "intertitre" (French), "zwischentitel" (German). Not "subtitle" or "subheadline":
#: those name the deck under the headline.
_SUBHEAD_CLASS = re.compile(
    r"(?:^|[-_])(?:sub-?head(?:ing)?|cross-?head(?:ing)?|inter-?tit(?:le|re)|zwischen-?(?:titel|überschrift))(?:[-_]|$)", re.I
)


def _subhead_words(text: str) -> bool:
    """Whether *text* is of a subhead's length and shape: a few words that close no sentence with a
    full stop (a question may be a subhead: "What comes next?") and introduce nothing (a lead-in
    ending in a colon is the report's own)."""
    text = text.strip()
    return 0 < word_count(text) <= SUBHEAD_WORDS and not re.search(r"[.!…:;,]['\"’”»)]*$", text)


def _subhead_shaped(node: Any) -> bool:
    """Whether a paragraph of the extractor's output is a subhead in a paragraph's markup: its
    whole text set in bold (``<p><strong>Traffic disruption</strong></p>``, which trafilatura
    keeps as ``<p><hi rend="#b">``), or a class that says so (:data:`_SUBHEAD_CLASS`), and of a
    subhead's shape (:func:`_subhead_words`)."""
    marked = any(_SUBHEAD_CLASS.search(w) for w in _class_words(node))
    children = [c for c in node if c.tag != "lb"]
    bold = (
        not (node.text or "").strip() and len(children) == 1 and children[0].tag == "hi"
        and "#b" in (children[0].get("rend") or "") and not (children[0].tail or "").strip()
        and not any(d.tag in _BLOCKISH for d in children[0].iterdescendants())
    )
    return (marked or bold) and _subhead_words(_text(node))


#: A layout table's cell of this many blocks or more, none longer than MENU_WORDS words, is a menu.
MENU_BLOCKS = 4
MENU_WORDS = 5


def _is_menu(blocks: list[Block]) -> bool:
    """Whether a layout table's cell of *blocks* is a menu or a list of links ("Front page",
    "Security", "Previous week"; "Official links:", "Bug tracker"): MENU_BLOCKS blocks or more,
    each of MENU_WORDS words at most. Prose has longer paragraphs."""
    return len(blocks) >= MENU_BLOCKS and all(word_count(b.text) <= MENU_WORDS for b in blocks)


def _rows(table: Any) -> Iterator[Any]:
    """The rows of a table of the extractor's output, in order, not those of a table inside a cell."""
    for row in table.iter(*_ROW_TAGS):
        if next(row.iterancestors("table"), None) is table:
            yield row


def _inline_code(node: Any) -> bool:
    """Whether *node*, a <code> of the extractor's tree, is words set in code inside a sentence
    ("run <code>make gates</code> first"), not a block of code: one line (no line break, no
    <lb/>), no block inside. (The extractor writes <code> for both.)"""
    return node.tag == "code" and "\n" not in "".join(node.itertext()) and not any(
        isinstance(d.tag, str) and (d.tag in _BLOCKISH or d.tag == "lb") for d in node.iterdescendants()
    )


def _blocks(body: Any) -> list[Block]:
    """The blocks of trafilatura's body tree, in order, each element's text once.

    A block inside another (a table in a paragraph, paragraphs in a quote or a list item) is
    read where it stands, and the HTML names trafilatura leaves for some of them (ul/ol/li,
    tr/td) count as its own.
    """
    out: list[Block] = []

    def para(node: Any, kind: str) -> None:
        if kind == "p" and node.tag == "p" and _subhead_shaped(node):
            out.append(Block(_text(node), "head"))
            return
        # A <lb/> inside a paragraph is a <br>: lines of a list, an address, a ranking. A block
        # inside it is read where it stands, the text around it as lines of their own.
        parts: list[str] = [node.text or ""]

        def flush() -> None:
            out.extend(Block(" ".join(p.split()), kind) for p in parts if p.split())
            parts[:] = [""]

        for child in node:
            if child.tag == "lb":
                parts.append("")
            elif child.tag in _BLOCKISH and not _inline_code(child):
                flush()
                one(child, kind)
            elif child.tag in ("td", "th", "cell"):
                parts[-1] += f" {''.join(child.itertext())} "  # a table's cells the extractor set loose in a quote: apart
            elif child.tag != "graphic":
                parts[-1] += "".join(child.itertext())
            parts[-1] += child.tail or ""
        flush()

    def one(child: Any, kind: str) -> None:
        tag = child.tag
        if tag == "head":
            out.extend(Block(t, "head") for t in [_text(child)] if t)
        elif tag in _LIST_TAGS:
            for item in child:
                if item.tag in _ITEM_TAGS:
                    para(item, "item")
        elif tag in ("quote", "blockquote"):
            para(child, "quote")  # its own paragraphs once each, and any bare text between them
        elif tag in ("p", "code", "div"):
            para(child, kind)
        elif tag == "table":
            heads: list[str] = []  # the column heads of a data table, once its head row is read
            for row in _rows(child):
                if any(d.tag in _BLOCKISH for cell in row for d in cell.iterdescendants()):
                    # A cell marked up as blocks (a layout table's: an e-mail's, an old site's;
                    # a value in a paragraph of its own): each block is read where it stands,
                    # never glued to the next. A row of cells of bare text is a line.
                    for cell in row:
                        start = len(out)
                        para(cell, kind)
                        if _is_menu(out[start:]):
                            del out[start:]  # the site's menu or links set beside the report
                    continue
                # A row of a data table is a line of the report: its cells in order, each after
                # its column's head where the table has a head row ("Policy rate — Before: 5.25%;
                # From 2 December: 4.75%": the values say which is which without the head row).
                cells = [" ".join("".join(cell.itertext()).split()) for cell in row]
                if _head_row(row, cells):
                    heads = cells
                    continue
                text = _labelled_row(cells, heads) if heads else " ".join(cells)
                if text.strip():
                    out.append(Block(" ".join(text.split()), "row"))

    para(body, "p")
    return out


def _head_row(row: Any, cells: Sequence[str]) -> bool:
    """Whether a table's *row* (its *cells*' text) heads its columns: two cells with text at
    least, every one a head cell (``th``, or the extractor's ``role="head"``). A head cell alone
    across the table is its caption, read as a line."""
    filled = [cell for cell, text in zip(row, cells) if text]
    return len(filled) >= 2 and all(cell.tag == "th" or cell.get("role") == "head" for cell in filled)


def _labelled_row(cells: Sequence[str], heads: Sequence[str]) -> str:
    """A data row's *cells* as a line, each after the head of its column (*heads*): the first
    cell names the row, "Policy rate — Before: 5.25%; From 2 December: 4.75%"."""
    first, *rest = cells
    values = [f"{heads[k]}: {text}" if k < len(heads) and heads[k] else text
              for k, text in enumerate(rest, start=1) if text]
    return f"{first} — {'; '.join(values)}" if first and values else first or "; ".join(values)


def _same(a: str, b: str) -> bool:
    return fold_words(a) == fold_words(b)


#: The most words of a label printed beside a headline on its line (:func:`_labelled_headline`).
HEADLINE_LABEL_WORDS = 2


def _labelled_headline(text: str, title: str) -> bool:
    """Whether *text* is the headline *title* with a label of at most :data:`HEADLINE_LABEL_WORDS`
    words before or after it on its line, as a forum prints a post's title and its flair ("Market
    reopens in Ibadan News", "[Video] Market reopens in Ibadan"): the headline, no paragraph."""
    line, headline = fold_words(text), fold_words(title)
    if not headline or line == headline or word_count(headline) < 3:
        return False
    label = line.removeprefix(headline + " ") if line.startswith(headline + " ") else (
        line.removesuffix(" " + headline) if line.endswith(" " + headline) else None)
    return label is not None and 0 < word_count(label) <= HEADLINE_LABEL_WORDS


#: A live page's time stamp printed as an element of its own: a clock time as a page prints it
#: (:data:`~core.stamps.CLOCK_STAMP`: "11.05 GMT", "ore 15.35"), or "2 hours ago".
_CLOCK = re.compile(rf"(?:{CLOCK_STAMP}|{RELATIVE_AGE})", re.I)


#: A live stamp's clock time after its full date in figures, year first or last, as Korean,
#: Japanese and Chinese pages print an update's time ("2026.03.03 15:10", "2026-03-03 15:10",
#: "03.03.2026 15:10").
_FULL_DATED_CLOCK = re.compile(
    rf"(?:\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}\.?|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})(?:\s*[,·|]\s*|\s+)(?:{CLOCK_STAMP})", re.I)


def _is_clock(text: str) -> bool:
    """Whether *text* is only a live stamp's time: a clock time or an age (:data:`_CLOCK`), or a
    clock time with the day and month beside it ("17:30 03/03", "03.03. 17:30":
    :func:`~core.stamps.is_dated_clock`), or after its full date ("2026.03.03 15:10",
    :data:`_FULL_DATED_CLOCK`)."""
    return _CLOCK.fullmatch(text) is not None or is_dated_clock(text) or _FULL_DATED_CLOCK.fullmatch(text) is not None

#: The label before a live stamp's clock time ("Posted at", "Updated"): :data:`CLOCK_STAMP` reads it.
_STAMP_LABEL = re.compile(rf"^{STAMP_LABEL}(?:{CLOCK_AT})?", re.I)
#: A match's minute alone, as a sport's live commentary stamps its entries: "12'", "45+1'", "90+3’", "67 min"
_MATCH_MINUTE = re.compile(r"\d{1,3}(?:\s?\+\s?\d{1,2})?\s?(?:['’′]|min\.?)")
#: The headings that may stamp an update, with its time alone or its time and its own words.
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: The most characters of an update's heading that opens with its time.
_TIMED_HEADING_CHARS = 160
#: An update's meta line as an extractor gives it: its time glued to its source's or author's
#: label, or parted from it by a dot ("14h32Redação", "14:32 · Newsroom", "Uredništvo · 14:32").
_META_LABEL = r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}"
_UPDATE_META = re.compile(
    rf"^(?:(?:{CLOCK_STAMP})(?:(?<=\d)(?=[^\W\d_])|\s*[·•|]\s*){_META_LABEL}|{_META_LABEL}(?:(?<=[^\W\d_])(?=\d)|\s*[·•|]\s*)(?:{CLOCK_STAMP}))$",
    re.I,
)
#: The boxes an update's text may stand in with no paragraph of its own, its time stamp first.
_UPDATE_BOXES = frozenset({"div", "li", "section", "article"})
#: The fewest updates that make a page a live one (:func:`_live_stamps` says so of stamped updates too).
LIVE_UPDATES = 3
_STAMP_TAGS = frozenset({"time", "h2", "h3", "h4", "h5", "h6", "p", "span", "div", "strong", "b", "em", "i", "small", "a", "header"})


def _short_text(node: Any, limit: int, *, spaced: bool = False) -> str | None:
    """*node*'s text with its spaces collapsed, or None when it is longer than *limit* characters
    (read no further than that: a page's outer boxes hold all of its text); where *spaced*, its
    pieces a space apart ("<button>Listen</button><span>3 min</span>" reads "Listen 3 min")."""
    pieces: list[str] = []
    size = 0
    for piece in node.itertext():
        size += len(piece.strip())
        if size > limit:
            return None
        pieces.append(piece)
    return " ".join((" " if spaced else "").join(pieces).split())


#: How many elements may stand between the headline and a line of where and when (its deck, its byline), and the line itself.
PLACED_LINE_AFTER = 3
#: A dateline's class or id ("dateline", "article__dateline").
_DATELINE_MARK = re.compile(r"dateline", re.I)
#: The box of readers' comments, by its class or id ("comments", "comment-list", "article-comments").
_COMMENTS_BOX = re.compile(r"\bcomments?\b", re.I)
#: The most words of a byline or dateline box ("By Ana Example, Nordwire · March 10, 2026 10:20 CET").
BYLINE_BOX_WORDS = 16


def _signed_and_filed(node: Any) -> tuple[str, str] | None:
    """The writer's name and the place of a box of two elements and nothing else: the name alone
    (a person's), then where and when, the place first ("<span>Ana Example</span> <span>Valletta -
    27 nov 2026 - 11:40 CET</span>": :func:`~core.reading.judge.dated_place`); else None."""
    parts = [child for child in node if isinstance(child.tag, str)]
    if len(parts) != 2 or (node.text or "").strip() or (parts[0].tail or "").strip(" |·•,") or (parts[1].tail or "").strip():
        return None
    name, line = _text(parts[0]), _text(parts[1])
    if not name or len(name.split()) > 4 or not is_person_name(name) or known_place(name):
        return None
    place = dated_place(line)
    return (name, place) if place else None


def _signs_report(node: Any) -> bool:
    """Whether *node* stands in the report's byline or dateline: in a box of at most
    :data:`BYLINE_BOX_WORDS` words marked as one (a byline's or author's mark, :data:`_BYLINE_MARK`,
    or "dateline" on its tag, class, id, rel, itemprop or test id) or that opens as a byline does
    ("<p>By Ana Example · <time>March 10, 2026</time></p>"). Its time is the report's date."""
    for box in (node, *_boxes(node)):
        text = _short_text(box, 12 * BYLINE_BOX_WORDS)
        if text is None or len(text.split()) > BYLINE_BOX_WORDS:
            return False
        marks = _marks(box)
        if _BYLINE_MARK.search(marks) or _DATELINE_MARK.search(marks) or box.tag in _LINE_TAGS and opens_byline(text):
            return True
    return False


def _live_stamps(tree: Any) -> list[tuple[str, str, str]]:
    """A live page's updates: (the first words of the update's first paragraph, its time stamp,
    its own heading or "").

    An update's time stamp is a <time>, or an element whose whole text is a clock time ("12:45
    GMT", "9.15am", with its day and month or not: "17:30 03/03", :func:`_is_clock`), or the
    update's heading where it opens with its time ("<h2>13:15 | Minister speaks</h2>",
    :func:`~core.stamps.heading_stamp`: the time as printed its stamp, the heading whole its heading, which an
    extractor keeps for the first update and drops for the others); the update is the first paragraph after it, within the
    block that holds the stamp alone (else before the next stamp: updates laid out flat, each
    under its time), or the paragraph or box of text it opens ("<div><strong>15.30 WIB</strong>
    Dermaga ...</div>", a sentence). Three or more such updates make the page a live one. The update's heading
    (an <h2>-<h4> between its time and its first paragraph) comes with it: an extractor keeps
    some updates' headings and drops others. A stamp that is relative ("2 hours ago") is given
    as the clock time its element's ``datetime`` says. A time in the report's byline or dateline
    (:func:`_signs_report`) is the report's date, and one in readers' comments a comment's: no
    update's stamp.
    """
    body = tree.find(".//body")
    if body is None:
        return []
    order: list[Any] = [e for e in body.iter() if isinstance(e.tag, str)]
    at = {element: n for n, element in enumerate(order)}
    stamps: list[Any] = []
    for element in order:
        machine = element.tag not in _STAMP_TAGS and _machine_stamp(element)
        if element.tag not in _STAMP_TAGS and not machine:
            continue
        if element.tag != "time" and not machine:
            text = _short_text(element, 40 if element.tag not in _HEADING_TAGS else _TIMED_HEADING_CHARS)
            # "Actualizado a las 11:05 h", "Last updated at 10:42 a.m. GMT"; or an update's heading
            # that opens with its time ("13:15 | Minister speaks", "16:40 GMT Talks end": heading_stamp)
            if not text or not (_is_clock(text) or element.tag in _HEADING_TAGS and heading_stamp(text) is not None):
                continue
        if stamps and stamps[-1] in element.iterancestors():
            continue  # the stamp's own parts ("<h3><time>12:45</time></h3>"): the outer one counts
        if _signs_report(element) or any(_COMMENTS_BOX.search(_box_words(box)) for box in _boxes(element)):
            continue  # the report's date in its byline or dateline, or a reader's comment's time: no update's
        if any(box.tag == "aside" for box in (element, *element.iterancestors())):
            continue  # a sidebar's list of the latest reports, each stamped: no update of this one
        if any(a in stamps for a in element.iterancestors()):
            continue
        stamps.append(element)
    found: list[tuple[str, str, str]] = []
    for number, node in enumerate(stamps):
        limit = at[stamps[number + 1]] if number + 1 < len(stamps) else len(order)
        own = next((p for p in node.iterancestors("p") if _text(p) != _text(node)), None)
        parent = node.getparent()
        if own is None and (node.tail or "").strip() and parent is not None and parent.tag in _UPDATE_BOXES \
                and is_sentence(_text(parent)):
            own = parent  # a box of text with no paragraph, its time first: "<div><strong>15.30 WIB</strong> Dermaga ..."
        block = parent
        while block is not None and not block.findall(".//p"):
            block = block.getparent()
        if block is None and own is None:
            continue
        alone = block is not None and sum(1 for s in stamps if block in s.iterancestors()) == 1
        if own is not None:  # the update's paragraph opens with its time: "<p><strong>14:32</strong> The bridge ..."
            first = own
        elif alone:  # the update's block: its first paragraph, wherever the stamp stands in it
            first = next((p for p in block.iter("p") if _text(p) and not _is_clock(_text(p))), None)
        else:  # updates laid out flat: the first paragraph after the stamp, before the next one
            first = next((e for e in order[at[node] + 1 : limit] if e.tag == "p" and _text(e)), None)
        if first is None:
            continue
        text = _text(first)
        stamp = _STAMP_LABEL.sub("", _text(node))  # "Posted at 14:05", told a screen reader: 14:05
        # a heading that opens with its time: the time as printed, the heading whole
        timed = None if node.tag not in _HEADING_TAGS or _is_clock(_text(node)) else heading_stamp(_text(node))
        if timed is not None:
            stamp = timed
        when = _attribute_time(node) or _update_box_time(node, stamps)
        if when and len(when) > 11 and (not re.search(r"\d", stamp) or _RELATIVE_STAMP.search(stamp) or _MACHINE_TIME.match(stamp)):
            # the page prints no clock time, or a relative one, or the machine's (AMP's fallback text)
            label = f"{when[11:16]} ({when})"
        else:
            label = stamp
        heading = _text(node) if timed is not None else next((_text(h) for h in order[at[node] + 1 : at[first]]
                                                  if h.tag in ("h2", "h3", "h4") and h not in stamps and not _is_clock(_text(h))), "")
        if text and label:
            found.append((text[:60], label, heading))
    declared = _ld_updates(tree)
    if len(found) < LIVE_UPDATES:
        return declared
    # A stamp the page prints as an age only ("2 hrs ago", with no datetime): the time its
    # structured data gives the same update (by its opening words or its heading), where it does.
    # An age no structured data resolves is no time to keep ("1 год тому" is wrong once the page is
    # saved): the update is one still (the page is live), its time unknown ("").
    exact = {fold_words(words[:40]): label for words, label, _ in declared} | {fold_words(h): label for _, label, h in declared if h}
    return [(words, exact.get(fold_words(words[:40])) or exact.get(fold_words(heading)) or ""
             if _RELATIVE_STAMP.search(label) else label, heading) for words, label, heading in found]


#: A time as a machine writes it (ISO 8601), as an AMP page's fallback text: "2026-03-03T14:32:00+02:00".
_MACHINE_TIME = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d")


def _machine_stamp(element: Any) -> bool:
    """Whether *element*, not one of :data:`_STAMP_TAGS`, is a script's time stamp: a custom element
    with a time in its ``datetime`` (AMP's <amp-timeago>, GitHub's <relative-time>), drawn as an
    age in the browser, its text a fallback."""
    return "-" in element.tag and bool(iso_datetime(element.get("datetime") or ""))


#: The attributes that give a stamp's exact time where it prints an age ("acum 2 ore"): HTML's
#: datetime, the data attributes of live-page scripts, a tooltip's title.
_STAMP_ATTRIBUTES = ("datetime", "data-time", "data-timestamp", "data-datetime", "data-date", "title")
#: A stamp that gives an age, not a time: "2 hrs ago", "vor 5 Minuten".
_RELATIVE_STAMP = re.compile(RELATIVE_AGE, re.I)


#: The attributes of an update's box that give its time where its stamp prints an age: a live
#: page's script's (ScribbleLive's "data-created", others' "data-published", "data-posted",
#: Facebook's "data-utime"), in ISO 8601 or as a Unix time in seconds or milliseconds.
_BOX_TIME_ATTRIBUTES = (*_STAMP_ATTRIBUTES[:-1], "data-created", "data-created-at", "data-published", "data-published-at",
                        "data-posted", "data-post-time", "data-utime", "data-ts", "data-timestamp-ms", "data-epoch")
#: A Unix time in seconds (10 figures) or milliseconds (13): from 2001 to 2286.
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")


def _attribute_time(element: Any, names: tuple[str, ...] = _STAMP_ATTRIBUTES) -> str | None:
    """The time one of *element*'s attributes *names* gives, ISO 8601 ("2026-03-03T12:20:00+00:00"):
    a date and time, or a Unix time in seconds or milliseconds (UTC); None where none does."""
    for name in names:
        value = (element.get(name) or "").strip()
        if _EPOCH.match(value):
            seconds = int(value) / (1000 if len(value) == 13 else 1)
            return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
        if value and (when := iso_datetime(value)):
            return when
    return None


def _update_box_time(node: Any, stamps: list[Any]) -> str | None:
    """The time the box of *node*'s update gives in its attributes (:data:`_BOX_TIME_ATTRIBUTES`:
    "<div class=post data-created=1772540400000><span>3 hrs ago</span>..."): *node*'s ancestors
    that hold no other stamp of *stamps*, nearest first; None where none gives one."""
    for box in node.iterancestors():
        if any(other is not node and box in other.iterancestors() for other in stamps):
            return None
        if (when := _attribute_time(box, _BOX_TIME_ATTRIBUTES)) is not None and len(when) > 11:
            return when
    return None


class LiveUpdate(NamedTuple):
    """One update of a live blog as its structured data gives it (:func:`live_blog_updates`)."""

    paragraphs: tuple[str, ...]  # its text's paragraphs, spaces collapsed
    when: str | None  # its time, ISO 8601, where it gives one with a time of day
    heading: str  # its own headline, or ""

    @property
    def stamp(self) -> str:
        """Its time as the page reader stamps an update whose page prints no clock time
        ("13:05 (2026-05-06T13:05:00+00:00)", :func:`~core.stamps.update_time`), or ""."""
        return f"{self.when[11:16]} ({self.when})" if self.when else ""


def live_blog_updates(obj: dict[str, Any]) -> list[LiveUpdate]:
    """The updates of a schema.org LiveBlogPosting (*obj*, one object of its JSON-LD), in its
    order: each of its ``liveBlogUpdate`` (one object or a list of them, BlogPostings) with text,
    its ``articleBody`` (else ``text``) in paragraphs at its line ends, its ``datePublished``
    (else ``dateModified``) and its ``headline``."""
    updates = obj.get("liveBlogUpdate")
    found: list[LiveUpdate] = []
    for update in updates if isinstance(updates, list) else [updates] if isinstance(updates, dict) else []:
        if not isinstance(update, dict):
            continue
        text = next((v for k in ("articleBody", "text") if isinstance(v := update.get(k), str) and v.strip()), "")
        paragraphs = tuple(" ".join(p.split()) for p in re.split(r"\n\s*", text) if p.strip())
        when = iso_datetime(str(update.get("datePublished") or update.get("dateModified") or ""))
        heading = " ".join(str(update.get("headline") or "").split())
        if paragraphs:
            found.append(LiveUpdate(paragraphs, when if when and len(when) > 11 else None, heading))
    return found


def _ld_updates(tree: Any) -> list[tuple[str, str, str]]:
    """A live page's updates as its structured data lists them (:func:`live_blog_updates`), for a
    page that prints no time beside its updates; the shape of :func:`_live_stamps`."""
    found: list[tuple[str, str, str]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text or "liveBlogUpdate" not in script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except (ValueError, RecursionError):
            continue
        for obj in _ld_objects(data):
            found.extend((" ".join(u.paragraphs)[:60], u.stamp, u.heading) for u in live_blog_updates(obj) if u.when)
    return found if len(found) >= LIVE_UPDATES else []



#: ARIA roles of what is not the report on any site: menus and dialogs (a video player's
#: settings, a cookie notice), as Mozilla's Readability also treats them.
_WIDGET_ROLES = frozenset({"menu", "menubar", "menuitem", "dialog", "alertdialog", "alert", "navigation", "complementary"})
#: A class or id word of a picture gallery, carousel or pop-up: "grid-mod-gallery", "vjs-modal-dialog";
#: a box of other galleries ("more-galleries").
#: Only the word that ends a class names the widget: "gallery--item" or "gallery__title" is a part of
#: one (BEM), which may be anything the page built with it.
#: A post's pager to the previous and next posts ("item-pagination", "post-pager") and a promotion
#: of another report set in the body (Brightspot's "Promo") are widgets too.
_WIDGET_CLASS = re.compile(r"(?:^|[-_])(?:galler(?:y|ies)|carousel|slideshow|lightbox|modal|pagination|pager|promo)$", re.I)
#: A class or id word of a notice the page sets in a box of its own under or inside the report: its
#: copyright or legal notice ("copyright", "legal-notice", "copyright-text"): the publisher's terms,
#: the same under every report (an agency's "for subscribers only" note), no paragraph of it. (A
#: disclaimer's box, "article-disclaimer", "disclaimer-text", in any element, is furniture:
#: :data:`_FURNITURE_CLASS`.)
_NOTICE_CLASS = re.compile(r"(?:^|[-_])(?:copyright|legal-?notice)(?:[-_]text)?$", re.I)
#: A class or id word of a social post's field of its account, on a line of its own: the display
#: name, the handle, the account's identifier, the time the post was indexed (Bluesky's page without
#: scripts, "bsky_display_name", "bsky_handle", "bsky_did", "bsky_post_indexedat"; Mastodon's
#: "display-name"; "screen-name", "user-name"). Who posted and when: the post's metadata (its
#: display name is its byline, :data:`_BYLINE_MARK`), no line of its text; a heading of one word
#: right over them ("<h3>Post</h3>") is the box's label.
_POST_FIELD = re.compile(r"(?:^|[-_])(?:display[-_]?name|handle|did|user[-_]?name|screen[-_]?name|indexed[-_]?at)$", re.I)
#: The most words of such a field.
POST_FIELD_WORDS = 6
#: A class or id word of a page's side column, the whole word ("side", old Reddit's and many forum
#: themes'; "sidebar", "side-col", "side-panel", "sidebar-right"): the site's or the community's
#: blurb, rules and links beside the report, none of it. (Only the whole word: "side-by-side",
#: "inside", "sidebar-toggle" name other things.)
_SIDE_CLASS = re.compile(r"^(?:side|side-?bar|side-?col(?:umn)?|side-?panel)(?:[-_](?:left|right|primary|secondary|\d))?$", re.I)
#: A class or id word of a site's tagline or slogan, printed under its name in the header
#: (WordPress's "wp-block-site-tagline", Joomla's "site-description", Drupal's "site-slogan").
_TAGLINE_CLASS = re.compile(r"(?:^|[-_])(?:site-)?(?:tagline|slogan)$|^site-description$", re.I)
#: A class or id word of a picture's caption set as a paragraph of its own beside the picture
#: (TYPO3's "news-img-caption", WordPress's "wp-caption-text", "photo-caption"), in the languages
#: pages name their classes in too (French "legende", Italian and Portuguese "didascalia", "legenda",
#: German "bildunterschrift", Dutch "onderschrift", Nordic "bildtext", Finnish "kuvateksti", Polish
#: "podpis-zdjecia"): the picture's, not the report's.
_CAPTION_CLASS = re.compile(
    r"(?:^|[-_])(?:caption|l[eé]gende|legenda|didascalia|bildunterschrift|bildtext|billedtekst|bildetekst"
    r"|onderschrift|bijschrift|kuvateksti|pie-?de-?foto|podpis-zdjecia|fotopopis)(?:[-_]text)?$", re.I)
#: A picture's credit or source in its caption's line, in the languages captions are written in:
#: "Foto: Ana Example", "Photo: AFP", "(Foto: ...)", "Фото:" (the words for a picture of
#: core.reading.judge.PICTURE_WORDS, or "credit"), Korean "사진=" and "[... 자료사진]" (file
#: photo), Chinese "资料图" (file picture), "图/", "图片来源", Japanese "写真：", "撮影", "写真提供",
#: Arabic "صورة:", Hindi "फोटो:". Such a line beside a picture is the picture's, not the report's.
_CAPTION_LINE_CREDIT = re.compile(
    rf"(?:^|[\s(\[（【])(?:{PICTURE_WORD}|credit)\s*[:=/|]"
    r"|©|사진\s*[=:/]|자료\s?사진|사진\s?제공|[资資]料[图圖]|[图圖]片?(?:来源|來源|[:：/／])|^[图圖]\s*[:：/／]"
    r"|(?:^|[（(])写真\s*[:：=]|撮影|写真提供|صورة\s*[:：]|फोटो\s*[:：]|तस्वीर\s*[:：]",
    re.I,
)
#: A class word of a picture's description beside it: Naver's "img_desc", "image-desc", "photo_text",
#: "pic-info" (a picture's word, then a description's).
_PICTURE_DESC_CLASS = re.compile(r"(?:img|image|photo|pic|picture|foto)[-_]?(?:desc|description|text|info|txt)$", re.I)
#: The elements a picture's caption is set in on its own beside the picture without a class to say so.
_CAPTION_INLINE = frozenset({"em", "i", "small", "cite", "figcaption"})
#: The elements a caption's element may be, and a picture's box (with the picture and its caption).
_CAPTION_PIECES = frozenset({"em", "i", "small", "cite", "span", "p", "div", "section", "strong", "b", "font"})
_PICTURE_BOXES = frozenset({"p", "span", "div", "section", "a", "center", "figure", "font"})
#: The most words, and characters, of a picture's caption beside it.
PICTURE_CAPTION_WORDS = (40, 300)
#: A picture that is no photograph: an emoji, an icon, an avatar, a logo, by its class.
_NOT_PHOTO_CLASS = re.compile(r"emoji|smiley|icon|avatar|logo|author|byline|profile|gravatar", re.I)


#: A class word of a kicker printed over a headline in an element of its own: "kicker", "eyebrow",
#: "overline", "topline", "supertitle", German "dachzeile", Italian "occhiello", Spanish "antetitulo",
#: French "surtitre": the topic's label, no paragraph of the report.
_KICKER_CLASS = re.compile(
    r"(?:^|[-_])(?:kicker|eyebrow|overline|topline|roofline|supertitle|super-title|dachzeile|occhiello|antet[ií]tulo|surtitre)$", re.I)
#: The containers a widget is built of (never a heading, a paragraph or the page's frame).
_WIDGET_TAGS = frozenset({"div", "section", "ul", "ol", "figure", "aside", "nav", "dialog", "menu", "form", "span"})
#: A class or id word of a page's furniture that a plugin, a CMS or a platform marks the same way
#: whatever the page's language, so that its words ("Mục lục", "תגובות (3)", "Vyanzo") need no
#: table: a table of contents ("ez-toc-container", "ez-toc-title", "toc_container", "table-of-contents"),
#: a vendor's or a site's disclaimer ("disclaimer", "article-disclaimer", "disclaimer-text": the publisher's
#: terms, a court's "this summary is no official document"), readers' talkbacks ("talkbacks"; a "comments" box
#: stays for the extractor to judge: its dates tell the report's from its readers'), a wiki's site notice ("siteNotice"), a wiki's cited-source entry
#: ("sourceTemplate"), a profile card's subtitle (the author's job title: "base-main-card__subtitle").
#: The word ends the class (BEM's "toc__item" is a part of one).
_FURNITURE_CLASS = re.compile(
    r"(?:^|[-_])(?:toc|table-of-contents)(?:[-_](?:container|title|title-container|wrapper|box|widget|block))?$"
    r"|(?:^|[-_])(?:disclaimers?|disclaimer[-_]text|talkbacks?|site-?notice|source-?template)$"
    r"|^talkbacks?(?:[-_](?:section|list|area|box|wrapper|container))?$"
    r"|(?:^|[-_])card(?:__|[-_])subtitle$",
    re.I,
)
#: A class or id word of an e-mail template's preheader or footer cell (Mailchimp's "templatePreheader",
#: "templateFooter", "footerContainer"; "preheader", "email-footer"): the line before the message
#: and the legal footer after it (the sender's address, the way to unsubscribe). Only a table's cell
#: is a mail template's: a page's "post-footer" <div> holds a post's author.
_MAIL_CELL_CLASS = re.compile(r"(?:^|[-_]|template)(?:pre-?header|footer)(?:[-_]?(?:container|wrapper|cell|block))?$", re.I)
#: A class word of a link set as a button ("mcnButton", "btn", "button--primary"): in a table's cell
#: alone, an e-mail's call to act ("Donate", "Read more on our site").
_BUTTON_CLASS = re.compile(r"(?:^|[-_]|mcn)(?:button|btn)(?:[-_].*)?$", re.I)
#: The hosts of social networks, whose profile pages a line of "follow us" links points to.
_SOCIAL_HOSTS = frozenset({
    "facebook.com", "fb.com", "twitter.com", "x.com", "instagram.com", "linkedin.com", "youtube.com", "tiktok.com",
    "pinterest.com", "threads.net", "bsky.app", "mastodon.social", "t.me", "telegram.me", "vk.com", "whatsapp.com",
    "flickr.com", "tumblr.com", "snapchat.com",
})
#: A link's text that names a network or a way to write to the writer, beside a byline's name
#: (:func:`_contact_link`): a share bar's networks (:data:`~core.reading.judge.SHARE_NETWORK`) and
#: the networks people keep profiles on.
_SHARE_NETWORK_NAME = re.compile(
    rf"(?:{SHARE_NETWORK}|instagram|youtube|tiktok|github|snapchat|substack|website|homepage|rss)", re.I)
#: A path's first part that comes before a profile's name on those hosts ("/in/ana", "/channel/x").
_PROFILE_PREFIX = frozenset({"in", "company", "channel", "user", "c", "pages", "profile", "school"})

#: The elements of an advertisement's slot (AMP's, and the <ins> AdSense fills): nothing in one is
#: the report's text, its placeholder word ("Advertisement", "বিজ্ঞাপন") least of all.
_AD_TAGS = frozenset({"amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads"})
#: A class or id word of a box of the site's most read, viewed or shared reports, whatever the
#: page's language ("ranking", "access-ranking", "most-read", "mostread", "most-popular",
#: "popular", "trending", "ranking-list"): other reports' links, no part of the one on the page.
#: (A box of that class that holds text of its own, a report's table of standings, is no such list:
#: :func:`_links_only`.)
_RANKING_CLASS = re.compile(
    r"(?:^|[-_])(?:ranking|most-?(?:read|viewed|popular|shared|clicked)|popular|trending)"
    r"(?:[-_](?:box|list|widget|block|module|news|articles|posts|stories))?$", re.I)


def _buttons_only(node: Any) -> bool:
    """Whether *node*, a box, holds buttons and no text outside them: a bar of a widget's controls,
    whose labels are no line of the report (the extractor drops a button, its fallbacks keep it)."""
    labels = ["".join(_text(b).split()) for b in node.iter("button")]
    return any(labels) and len("".join(_text(node).split())) == sum(map(len, labels))


def _links_only(node: Any) -> bool:
    """Whether *node*, a box, is links: it holds some, and less of its text is outside them (its
    label, "アクセスランキング" or "Most read today", the items' numbers) than in them."""
    linked = sum(len("".join(_text(a).split())) for a in node.iter("a"))
    return linked > 0 and len("".join(_unlinked_text(node, None).split())) < linked


#: The most words of a site's tagline.
TAGLINE_WORDS = 12


def _without_tagline(node: Any) -> str:
    """A logo heading's text without the site's tagline it holds ("<h1 class=logo><a>BÁO CẢNG
    BIỂN</a><span class=slogan>...</span></h1>": the name alone, :data:`_TAGLINE_CLASS`); "" where
    it holds none."""
    def is_tagline(d: Any) -> bool:
        return isinstance(d.tag, str) and any(_TAGLINE_CLASS.search(w) for w in _class_words(d))

    if not any(map(is_tagline, node.iterdescendants())):
        return ""  # (most logos: no copy made)
    bare = deepcopy(node)
    for tagline in [d for d in bare.iterdescendants() if is_tagline(d)]:
        tagline.text = ""
        for child in list(tagline):
            tagline.remove(child)  # (its tail, the text after it, stays)
    return _heading_text(bare)


def _under_logo(node: Any) -> bool:
    """Whether *node* is a site's tagline by its place, whatever its class: a short line (at most
    :data:`TAGLINE_WORDS` words) right after the site's name in a heading linked to the home page
    (:func:`_links_home`), outside the report's <article> or <main> ("<h1 class=blog-title><a
    href=/>Ostas Dienasgrāmata</a></h1><p class=description>Ziņas no Rīgas ostas</p>")."""
    if node.tag not in ("p", "div", "span"):
        return False
    before = node.getprevious()
    if before is None or not isinstance(before.tag, str) or before.tag not in ("h1", "h2", "h3", "div", "a", "p"):
        return False
    text = _text(node)
    if not text or len(text.split()) > TAGLINE_WORDS or any(True for _ in node.iterancestors("article", "main")):
        return False
    return _links_home(before) and 0 < len(_text(before).split()) <= _LOGO_WORDS


#: The most words of a sign-up box: its heading, its pitch, its field's and button's labels.
SIGNUP_BOX_WORDS = 60
#: A class or id word of a newsletter's or alerts' sign-up box: "Newsletter_box__r", "NewsletterModule",
#: "signup-form", "nl-optin", "nieuwsbrief-blok", a call to action's card (Ghost's "kg-cta-card") (not a paywall's "subscribe" box, which the wall's
#: reading needs in the text).
_SIGNUP_CLASS = re.compile(r"newsletter|sign-?up|sign_up|opt-?in|nieuwsbrief|nyhetsbrev|nyhedsbrev|infolettre"
                           r"|(?:^|[-_])cta(?:[-_]|$)", re.I)
#: A class, id or component word of a box that asks the reader for money, by its last part:
#: "support-box", "donate-cta", "contribution-banner", "membership-prompt", the Guardian's
#: "epic", "patreon-widget". Such a box is furniture as a sign-up box is (:func:`_signup_boxes`).
_APPEAL_CLASS = re.compile(
    r"(?:^|[-_])(?:support(?:-us)?|donat(?:e|ion|ions)|contribut(?:e|ion|ions)|membership|epic|patreon|tip-?jar)"
    r"(?:[-_](?:box|cta|banner|widget|prompt|appeal|module|block|container|wrapper|ask))?$", re.I)
#: A form field's name, id, placeholder or label for an e-mail address, in many languages.
_MAIL_FIELD = re.compile(r"mail|correo|courriel|posta\b|poczt|e-?post|sähköposti|почт|пошт", re.I)
#: Form controls: a box that holds one asks the reader for something.
_CONTROLS = ("input", "button", "form", "select", "textarea")
#: The elements whose text is a block of the page's text, for telling a box's lines apart.
_TEXT_LEAVES = frozenset({"p", "li", "blockquote", "div", "span", "td", "dd", "label"})
_TEXT_HOLDERS = frozenset({"p", "li", "blockquote", "div", "td", "dd"})
#: The containers a box inside a report is built of.
_BOX_TAGS = frozenset({"div", "section", "aside", "form", "figure", "span"})


def _mail_field(node: Any) -> bool:
    """Whether *node* is a form's field for an e-mail address: <input type=email>, or a text field
    whose name, id, placeholder, label or autocomplete says "mail" (:data:`_MAIL_FIELD`)."""
    if node.tag != "input":
        return False
    kind = (node.get("type") or "text").lower()
    return kind == "email" or kind == "text" and any(
        _MAIL_FIELD.search(node.get(a) or "") for a in ("name", "id", "placeholder", "aria-label", "autocomplete"))


def _report_lines(box: Any) -> int:
    """How many of *box*'s lines read as a report's: a paragraph-like element holding no other
    (:data:`_TEXT_HOLDERS`) whose text is a sentence of six words or more, no furniture
    (:func:`~core.reading.judge.is_furniture_block`) and no sign-up's pitch (:func:`~core.reading.judge.is_signup`:
    "გამოიწერეთ უფასო ყოველკვირეული წერილი."). A line is counted once, by its outermost such
    element ("<p><span>A line.</span></p>" is one line)."""
    counted: list[Any] = []
    for node in box.iter():
        if not isinstance(node.tag, str) or node.tag not in _TEXT_LEAVES:
            continue
        if any(isinstance(d.tag, str) and d.tag in _TEXT_HOLDERS for d in node.iterdescendants()):
            continue
        if any(a in counted for a in node.iterancestors()):
            continue
        text = _text(node)
        if word_count(text) >= 6 and is_sentence(text) and not is_furniture_block(text) and not is_signup(text):
            counted.append(node)
    return len(counted)


def _appeal_box(node: Any) -> bool:
    """Whether *node*'s class, id or component name (``data-component``) says it asks the reader
    for money (:data:`_APPEAL_CLASS`)."""
    return any(_APPEAL_CLASS.search(w) for w in (*_class_words(node), *(node.get("data-component") or "").split()))


def _signup_boxes(tree: Any) -> list[Any]:
    """The newsletter and alert sign-up boxes set inside a page's report, heading and all: told by
    their shape and their words, whatever the page calls them.

    A box grows from what marks it: a field for an e-mail address (:func:`_mail_field`), a class or
    id word of a sign-up box (:data:`_SIGNUP_CLASS`) or a line that is a sign-up's pitch
    (:func:`~core.reading.judge.is_signup`: "Get the day's top stories in your inbox every morning.").
    It takes in each container around it (:data:`_BOX_TAGS`) while that holds at most
    :data:`SIGNUP_BOX_WORDS` words, no paywall's notice and no report's line, but one (a pitch in no words of
    the vocabulary: "Our best stories, every morning.") where it holds a form's control or is
    named a sign-up box. A pitch in the report's own container, no box around it, is the judge's alone."""
    seeds: list[Any] = []
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        if _mail_field(node):
            seeds.append(_box_around(node))
        elif node.tag in _BOX_TAGS and any(_SIGNUP_CLASS.search(w) for w in _class_words(node)):
            seeds.append(node)
        elif node.tag in _BOX_TAGS and _appeal_box(node):
            seeds.append(node)
        elif node.tag in _TEXT_LEAVES and node.getparent() is not None and not any(
                isinstance(d.tag, str) and d.tag in _TEXT_HOLDERS for d in node.iterdescendants()) and is_signup(_text(node)):
            seeds.append(_box_around(node))
    boxes: list[Any] = []
    for seed in seeds:
        box, node = None, seed
        while node is not None and not any(True for _ in node.iter("article", "main", "h1")):
            text = _text(node)
            if not text or word_count(text) > SIGNUP_BOX_WORDS or is_paywall(text):
                break
            controlled = any(True for _ in node.iter(*_CONTROLS)) or any(
                _SIGNUP_CLASS.search(w) for d in node.iter() if isinstance(d.tag, str) for w in _class_words(d)) or any(
                _appeal_box(d) for d in node.iter() if isinstance(d.tag, str) and d.tag in _BOX_TAGS)
            if _report_lines(node) > (1 if controlled else 0):
                break
            box, node = node, _box_around(node)
        if box is not None and box not in boxes:
            boxes.append(box)
    return boxes


#: The most words of a box of links set inside a report, its heading with them.
LINK_BOX_WORDS = 80


#: The most words of a sponsor's box: its label, the sponsor's name, its offer and its button.
SPONSOR_BOX_WORDS = 50
#: The containers a sponsor's box is built of: a page's boxes, and the table cells an e-mail
#: newsletter is laid out in.
_SPONSOR_BOX_TAGS = _BOX_TAGS | {"td", "tr", "tbody", "table"}


#: A class or id word of a box about a report's author, under or beside it: "author-box",
#: "author-bio", "post-author-info", "about-the-author", "author_card", the plugins' "saboxplugin-wrap"
#: and "abh_box", "bio-box".
_AUTHOR_BOX_CLASS = re.compile(
    r"^(?:(?:post|entry|article|single|td)[-_]+)?author[-_]*(?:box|bio|biography|info|card|profile|details|about|description)"
    r"(?:[-_]+(?:wrap|wrapper|container|inner))?$|^about[-_](?:the[-_])?author$|^saboxplugin-wrap$|^abh_box$|^bio[-_]?box$",
    re.I,
)
#: The most words of such a box: a name, a picture, a note of a few sentences, its links.
AUTHOR_BOX_WORDS = 150


def _author_boxes(tree: Any) -> list[Any]:
    """The boxes about a report's author (:data:`_AUTHOR_BOX_CLASS`) that hold a note about them:
    a line that reads as a sentence (:func:`_report_lines`), of at most :data:`AUTHOR_BOX_WORDS`
    words in all (a heading "About the author", the note, "See all posts", the author's profiles).
    A box of the author's name and picture alone is a byline's, read as one."""
    boxes: list[Any] = []
    for node in tree.iter("div", "section", "aside", "footer"):
        if (any(_AUTHOR_BOX_CLASS.search(w) for w in _class_words(node)) and word_count(_text(node)) <= AUTHOR_BOX_WORDS
                and not any(b in node.iterancestors() for b in boxes) and _report_lines(node) >= 1):
            boxes.append(node)
    return boxes


def _sponsor_boxes(tree: Any) -> list[Any]:
    """The sponsors' and advertisers' boxes set inside a page's report or between a newsletter's
    items, label and all: the largest container (:data:`_SPONSOR_BOX_TAGS`) around a line that is
    a sponsor's label (:func:`~core.reading.judge.is_sponsor_line`: "Sponsored by Example Boats",
    "Anzeige") that opens with that line, holds at most :data:`SPONSOR_BOX_WORDS` words and no
    other line longer than an offer (:data:`~core.reading.judge.SPONSOR_OFFER_WORDS` words:
    "Book your summer charter today and save 10%."). A label in the report's own container, no
    box around it, is the judge's alone."""
    boxes: list[Any] = []
    for node in tree.iter(*_TEXT_LEAVES, "h2", "h3", "h4", "h5", "h6"):
        if any(isinstance(d.tag, str) and d.tag in _TEXT_HOLDERS for d in node.iterdescendants()):
            continue
        label = _text(node)
        if not label or not is_sponsor_line(label):
            continue
        box, up = None, node.getparent()
        while up is not None and isinstance(up.tag, str) and up.tag in _SPONSOR_BOX_TAGS \
                and not any(True for _ in up.iter("article", "main", "h1")):
            whole = _text(up)
            if word_count(whole) > SPONSOR_BOX_WORDS or not fold_words(whole).startswith(fold_words(label)):
                break
            if any(word_count(_text(d)) > SPONSOR_OFFER_WORDS for d in up.iter(*_TEXT_HOLDERS)
                   if d is not up and node not in d.iter() and d not in node.iter()):
                break  # a report's paragraph in it: no sponsor's box
            box, up = up, up.getparent()
        if box is not None and box not in boxes:
            boxes.append(box)
    return boxes


def _link_boxes(tree: Any) -> list[Any]:
    """The boxes of links to other reports set inside a page's report, heading and all: a heading
    that labels such links (:func:`~core.reading.judge.is_see_also`: "Related", "See also", "Baca
    juga", "ये भी देखें", "Mira também", "Tin liên quan"), or a paragraph, <div> or <span> that is such a label alone
    (a Drupal field's "<div class=field--name-field-title>관련기사</div>"), and, in the containers around it (:data:`_BOX_TAGS`, at most
    :data:`LINK_BOX_WORDS` words), nothing but links. (The extractor drops the links; the heading
    alone would end the report.)"""
    boxes: list[Any] = []
    for heading in tree.iter("h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "div", "span"):
        label = _text(heading)
        if not label or not is_see_also(label, heading=True) or heading.getparent() is None:
            continue
        box, node = None, _box_around(heading)
        while node is not None and not any(True for _ in node.iter("article", "main", "h1")):
            if word_count(_text(node)) > LINK_BOX_WORDS or not any(_text(a) for a in node.iter("a")):
                break
            if re.search(r"\w", _unlinked_text(node, heading)):
                break
            box, node = node, _box_around(node)
        for found in [box] if box is not None else _label_and_links(heading, label):
            if found not in boxes:
                boxes.append(found)
    return boxes


#: A label before a link to another report, in any language: one word, closed by a colon
#: ("BASAHIN:", "Lihat:", "Також:"). (Two words are the phrase tables' to tell: "Lees ook:" is a
#: teaser's label, "Learn more:" before a link of the report's own reading list is the report's,
#: as Mozilla's Readability test pages keep it.)
_TEASER_LABEL = re.compile(r"^[^\W\d_]+\s*[:：]$")
#: The fewest words of the headline such a link gives.
TEASER_HEADLINE_WORDS = 3


def _teaser_lines(tree: Any) -> list[Any]:
    """The lines inside a report that point to another report of the site, whatever their
    language: an element (:data:`_LINK_LINE_TAGS`) holding a short label closed by a colon
    (:data:`_TEASER_LABEL`) and one link, to a page of the same site (a path alone, or the host of
    the page's canonical address), whose text is a headline (:data:`TEASER_HEADLINE_WORDS` words
    or more), nothing after it: "<div><span>BASAHIN:</span> <a href=/2026/06/x>Old bridge to close</a></div>"."""
    canonical = next((urlsplit((link.get("href") or "").strip()).hostname for link in tree.iter("link")
                      if (link.get("rel") or "").lower() == "canonical"), None)
    found: list[Any] = []
    for node in tree.iter(*_LINK_LINE_TAGS):
        links = [a for a in node.iter("a") if a.get("href") is not None]
        if len(links) != 1 or any(True for _ in node.iter("article", "main", "h1", "img", "figure", "table")):
            continue
        href = urlsplit(links[0].get("href").strip())
        if href.netloc and (canonical is None or href.hostname != canonical) or not href.path.strip("/"):
            continue
        headline, label = _text(links[0]), " ".join(_unlinked_text(node, None).split())
        if word_count(headline) < TEASER_HEADLINE_WORDS or not _TEASER_LABEL.match(label) or not _text(node).endswith(headline):
            continue
        if not any(a in found for a in node.iterancestors()):
            found.append(node)
    return found


#: A path's part that names a page of the site's taxonomy, whose links a post's line of tags,
#: labels or categories is made of: a tag's ("/tag/flood", Tumblr's "/tagged/maji"), a label's
#: (Blogger's "/search/label/traffic"), a category's, topic's, keyword's or subject's, Drupal's
#: "/taxonomy/term/7", a search's ("/search?q=flood"), in the languages of news sites' addresses.
_TAXONOMY_PARTS = frozenset({
    "tag", "tags", "tagged", "hashtag", "label", "labels", "category", "categories", "topic", "topics", "keyword",
    "keywords", "subject", "subjects", "taxonomy", "search", "kategorie", "kategorien", "kategori", "kategoria",
    "kategorija", "kategorii", "categoria", "categorias", "categorie", "catégorie", "catégories", "etiqueta",
    "etiquetas", "etichetta", "etichette", "tema", "temas", "temi", "thema", "themen", "schlagwort", "schlagworte",
    "stichwort", "stichworte", "mot-cle", "mots-cles", "onderwerp", "onderwerpen", "trefwoord", "tagi", "tagit",
    "emne", "emner", "etiket", "etiketler", "konu", "metki", "teg", "tegi", "метки", "теги", "тег", "рубрика",
})
#: A path's part that names the site's sign-in or registration page ("/user/login?destination=...",
#: "/wp-login.php?redirect_to=...", "/register"), in the languages of news sites' addresses.
_ACCOUNT_PARTS = frozenset({
    "login", "log-in", "signin", "sign-in", "sign_in", "logon", "register", "registration", "signup", "sign-up",
    "wp-login.php", "anmelden", "anmeldung", "registrieren", "connexion", "inscription", "iniciar-sesion", "registro",
    "entrar", "accedi", "registrati", "inloggen", "registreren", "zaloguj", "rejestracja", "giris", "kayit", "вход",
    "регистрация",
})
#: A link's fragment that points to a page's comment form or comment list ("#comment-form", WordPress's
#: "#respond", "#comments", Disqus's "#disqus_thread").
_COMMENT_FRAGMENT = re.compile(r"^(?:comments?|comment-?form|commentform|respond|reply|disqus_thread|comments?-section)$", re.I)
#: The most words, and characters, of the text outside the links of a line of such links: its label
#: ("Labels:", "Tags:"), the separators, the rest of a prompt ("<a>Log in</a> or <a>register</a> to
#: post comments").
LINK_LINE_LABEL = (6, 40)
#: The elements that can each be such a line.
_LINK_LINE_TAGS = frozenset({"p", "div", "span", "li", "ul", "ol", "dl", "dd", "section", "footer", "small", "nav"})


def _furniture_address(href: str, rel: str = "") -> bool:
    """Whether a link to *href* (with its ``rel`` words *rel*) goes to a page no report's text links
    to on its own: a page of the site's taxonomy (``rel="tag"`` or ``"category"``, or a path part of
    :data:`_TAXONOMY_PARTS`), its sign-in or registration page (:data:`_ACCOUNT_PARTS`), or a
    comment form (:data:`_COMMENT_FRAGMENT`, Drupal's "destination=...#comment-form")."""
    if {"tag", "category"} & set(rel.lower().split()):
        return True
    href = unquote(href.strip())
    parts = urlsplit(href)
    fragment = parts.fragment or (parts.query.rsplit("#", 1)[-1] if "#" in parts.query else "")
    if fragment and _COMMENT_FRAGMENT.match(fragment):
        return True
    words = [w.lower() for w in parts.path.split("/") if w]
    return any(w in _TAXONOMY_PARTS or w in _ACCOUNT_PARTS for w in words) or bool(
        re.match(r"(?:tag|label|category|cat|topic|s|q)=", parts.query, re.I)) and not words[1:]


def _link_lines(root: Any) -> list[Any]:
    """The lines of *root* made of links to pages no report links to on its own
    (:func:`_furniture_address`) and, outside them, a label of at most :data:`LINK_LINE_LABEL`
    words and characters, and no figure: a post's labels, tags or categories ("Labels: <a>traffic</a>, <a>Thanh
    Ha</a>", in any language), a prompt to sign in to comment ("<a>Log in</a> to post comments"), a
    link to the comment form ("<a href=#comments>Leave a comment</a>"). The outermost such element
    of each, never one that holds a headline or the page's report."""
    found: list[Any] = []
    words, chars = LINK_LINE_LABEL

    def walk(node: Any) -> None:
        for child in node:
            if not isinstance(child.tag, str):
                continue
            if child.tag in _LINK_LINE_TAGS and _link_line(child, words, chars):
                found.append(child)
            else:
                walk(child)

    walk(root)
    return found


def _profile_address(href: str) -> bool:
    """Whether *href* is a profile's page on a social network (:data:`_SOCIAL_HOSTS`): the host's
    home, one name ("facebook.com/example", "youtube.com/@example") or a profile's prefix and a
    name (:data:`_PROFILE_PREFIX`: "linkedin.com/company/example"); not a post ("x.com/a/status/1")."""
    parts = urlsplit(href.strip())
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    if host not in _SOCIAL_HOSTS:
        return False
    path = [w for w in parts.path.split("/") if w]
    return len(path) <= 1 or len(path) == 2 and path[0].lower() in _PROFILE_PREFIX


def _profile_lines(root: Any) -> list[Any]:
    """The lines of *root* made of links to a social network's profiles alone (:func:`_profile_address`:
    a newsletter's or a site's "follow us" line, "<a href=https://facebook.com/x>Facebook</a>
    <a>Instagram</a>"), at most a label of :data:`LINK_LINE_LABEL` words beside them: the outermost
    such element (:data:`_LINK_LINE_TAGS` or a table's cell). Not a line that names a person (a
    writer's own profile, "<a href=https://x.com/ana>Ana Example</a>") nor one in or around an
    author's element (:data:`_BYLINE_MARK`: the writer's links are the byline's)."""
    found: list[Any] = []
    words, chars = LINK_LINE_LABEL

    def profile_line(node: Any) -> bool:
        links = [a for a in node.iter("a") if a.get("href") is not None]
        if not links or not all(_profile_address(a.get("href") or "") for a in links):
            return False
        if any(True for _ in node.iter("article", "main", "h1", "figure", "table")):
            return False
        if any(is_person_name(_text(a)) for a in links):
            return False
        if any(_BYLINE_MARK.search(_marks(d)) for d in (*node.iter(), *node.iterancestors()) if isinstance(d.tag, str)):
            return False
        rest = " ".join(re.sub(r"[^\w]+", " ", _unlinked_text(node, None)).split())
        return word_count(rest) <= words and len(rest) <= chars and not any(c.isdigit() for c in rest)

    def walk(node: Any) -> None:
        for child in node:
            if not isinstance(child.tag, str):
                continue
            if (child.tag in _LINK_LINE_TAGS or child.tag == "td") and profile_line(child):
                found.append(child)
            else:
                walk(child)

    walk(root)
    return found


#: The most words of a fact-check's closing note on its method ("How we rate claims? Read our
#: methodology. Found a mistake? Write to us.").
METHOD_NOTE_WORDS = 40


def _method_notes(tree: Any) -> list[Any]:
    """A fact-check's closing note on how the site rates claims: on a page whose JSON-LD is a
    ClaimReview, the last box of its <article> or <main> (:data:`_BOX_TAGS`, at most
    :data:`METHOD_NOTE_WORDS` words) whose links all go to pages the site's own menu links to
    (its <nav>, <menu> or <header>: "/methodology", "/contact"). A check's own sources are
    reports and registers elsewhere, not the site's standing pages."""
    if not any("ClaimReview" in (script.text or "") and any(
            "ClaimReview" in str(obj.get("@type")) for obj in _ld_objects(_ld_json(script.text or "")))
            for script in tree.iter("script") if (script.get("type") or "").lower() == "application/ld+json"):
        return []
    menu = {urlsplit((a.get("href") or "").strip()).path.rstrip("/") for box in tree.iter("nav", "menu", "header")
            for a in box.iter("a") if not urlsplit((a.get("href") or "").strip()).netloc}
    menu.discard("")
    found: list[Any] = []
    for report in tree.iter("article", "main"):
        last = next((c for c in reversed(report) if isinstance(c.tag, str) and _text(c)), None)
        if last is None or last.tag not in _BOX_TAGS or word_count(_text(last)) > METHOD_NOTE_WORDS:
            continue
        hrefs = [(a.get("href") or "").strip() for a in last.iter("a")]
        if hrefs and all(not urlsplit(h).netloc and urlsplit(h).path.rstrip("/") in menu for h in hrefs):
            found.append(last)
    return found


#: The most lines, and the most words of a line, of a contact's card under a report: a name, a
#: job title, a telephone number, an e-mail address.
CONTACT_CARD = (6, 8)
#: The most words of the label over contact cards ("Lisainfo:", "Further information:").
CONTACT_LABEL_WORDS = 3


def _contact_cards(tree: Any) -> list[Any]:
    """The contact cards a press release closes on, told by their shape, in any language: an
    element whose lines (broken by <br>, :data:`CONTACT_CARD`) are short and no sentences, one at
    least a telephone number or an e-mail address (:func:`~core.reading.judge.is_contact_line`)
    and one at least not (the person's name, their title), standing after the report's paragraphs
    in their container with nothing but other cards after it; and the label over them, a short
    line closed by a colon ("<h3>Lisainfo:</h3>")."""
    most_lines, most_words = CONTACT_CARD

    def card(node: Any) -> bool:
        if not isinstance(node.tag, str) or node.tag not in ("p", "div", "address") or any(
                isinstance(d.tag, str) and d.tag in _BLOCKISH for d in node.iterdescendants()):
            return False
        lines = _text_lines(node)
        if not 2 <= len(lines) <= most_lines or any(word_count(line) > most_words or is_sentence(line) for line in lines):
            return False
        reach = [is_contact_line(line) for line in lines]
        return any(reach) and not all(reach)

    found: list[Any] = []
    for node in tree.iter("p", "div", "address"):
        if node in found or not card(node):
            continue
        after = [s for s in node.itersiblings() if isinstance(s.tag, str) and _text(s)]
        if not all(card(s) for s in after):
            continue
        cards, label = [node, *after], None
        before = [s for s in node.itersiblings(preceding=True) if isinstance(s.tag, str) and _text(s)]
        while before and card(before[0]):
            cards.insert(0, before.pop(0))
        if before and before[0].tag in ("h2", "h3", "h4", "h5", "h6", "p", "strong", "b") and _text(before[0]).endswith((":", "：")) \
                and word_count(_text(before[0])) <= CONTACT_LABEL_WORDS:
            label = before.pop(0)
        # (after the report's paragraphs: a writer's card above the report is the byline's)
        if not any(word_count(_text(s)) >= 6 and is_sentence(_text(s)) for s in before):
            continue
        found += [c for c in (label, *cards) if c is not None and c not in found]
    return found


def _ld_json(text: str) -> Any:
    """A JSON-LD script's document, None where it is no JSON."""
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return None


def _mail_cells(tree: Any) -> list[Any]:
    """The cells of an e-mail template that are no part of its message: a preheader's or footer's
    table or cell by its class or id (:data:`_MAIL_CELL_CLASS`), and a cell that holds one link set
    as a button (:data:`_BUTTON_CLASS`) and no other text ("<td><a class=mcnButton>Donate</a></td>").
    Never a <div>: a blog's "post-footer" holds its author."""
    found: list[Any] = []
    for node in tree.iter("table", "td"):
        if any(_MAIL_CELL_CLASS.search(w) for w in _class_words(node)):
            found.append(node)
        elif node.tag == "td":
            links = [a for a in node.iter("a") if _text(a)]
            if len(links) == 1 and _text(links[0]) == _text(node) and any(
                    _BUTTON_CLASS.search(w) for w in _class_words(links[0])):
                found.append(node)
    return [n for n in found if not any(a in found for a in n.iterancestors())]


def _link_line(node: Any, words: int, chars: int) -> bool:
    """Whether *node* is a line of links to furniture addresses alone (:func:`_link_lines`)."""
    links = [a for a in node.iter("a") if a.get("href") is not None and _text(a)]
    if not links or any(True for _ in node.iter("article", "main", "h1", "img", "figure", "table")):
        return False
    if not all(_furniture_address(a.get("href") or "", a.get("rel") or "") for a in links):
        return False
    rest = " ".join(re.sub(r"[^\w]+", " ", _unlinked_text(node, None)).split())
    # (a figure outside the links is a date's or a time's: "Posted on 3 March 2026 in <a>Region</a>",
    # a line of who and when, which dates the page)
    return word_count(rest) <= words and len(rest) <= chars and not any(c.isdigit() for c in rest)


def _label_and_links(heading: Any, label: str) -> list[Any]:
    """A teaser label's heading set in the report's own container, no box around it, and the
    lists or paragraphs of links only right after it ("<h3>ये भी देखें</h3><ul><li><a>...</a></li></ul>"
    between two paragraphs): [] where no link follows it. A label in bold that is its paragraph's
    whole text is that paragraph."""
    block, parent = heading, heading.getparent()
    if heading.tag in ("strong", "b") and parent is not None and parent.tag in ("p", "div") and _text(parent) == label:
        block = parent
    if (block.tail or "").strip():
        return []
    links: list[Any] = []
    node = block.getnext()
    while (node is not None and isinstance(node.tag, str) and node.tag in ("ul", "ol", "p", "div")
           and any(_text(a) for a in node.iter("a")) and not re.search(r"\w", _unlinked_text(node, None))
           and not (node.tail or "").strip()):
        links.append(node)
        node = node.getnext()
    return [block, *links] if links else []


def _labels_over_teasers(tree: Any) -> frozenset[str]:
    """The folded text of each label over links to other reports in the page
    (:func:`~core.reading.judge.is_see_also`: "Related", "See also", "Lees ook") that the page sets
    a heading after, in the label's own container (climbing out of a box that holds the label
    alone): teasers' headlines. The extractor may drop those and keep the teasers' summaries,
    which then read as the report's paragraphs; such a label heads other reports all the same."""
    found: set[str] = set()
    for node in tree.iter("h2", "h3", "h4", "h5", "h6", "strong", "b", "p"):
        label = _text(node)
        if not label or not is_see_also(label, heading=True):
            continue
        at: Any = node
        after: list[Any] = []
        while at is not None and isinstance(at.tag, str) and at.tag not in ("body", "html"):
            after = [s for s in at.itersiblings() if isinstance(s.tag, str) and _text(s)]
            if after:
                break
            at = at.getparent()
        if any(s.tag in _HEAD_TAGS or any(True for _ in s.iter(*_HEAD_TAGS)) for s in after):
            found.add(fold_words(label))
    return frozenset(found)


#: A box of a site's sections by its class or id: a menu, a breadcrumb trail, the report's
#: category or kicker ("cat-links", "article-category", "rubrika", "kicker").
_SECTION_BOX = re.compile(r"nav|menu|breadcrumb|categor|rubri|kicker|section-?(?:name|label|title|link)", re.I)
#: A link to a person's page (a menu of columnists): no section's.
_PERSON_LINK = re.compile(r"author|autor|auteur|columnist|journalist|profile|people|person|/user", re.I)
#: The most words of a section's name in a menu.
SECTION_LABEL_WORDS = 4


def _section_labels(tree: Any) -> frozenset[str]:
    """The folded text of each link the page sets as a section's name, of at most
    :data:`SECTION_LABEL_WORDS` words: in a menu (<nav>, <menu>, a box a class or id calls a menu or
    a breadcrumb trail) or to the report's category (``rel="category"``, a category's or
    kicker's class). Not a link to a person's page (a menu of columnists)."""
    found: set[str] = set()
    for link in tree.iter("a"):
        text = _text(link)
        if not text or word_count(text) > SECTION_LABEL_WORDS or _PERSON_LINK.search(f"{link.get('href') or ''} {link.get('rel') or ''}"):
            continue
        if "category" in (link.get("rel") or "").lower().split() or any(
                box.tag in ("nav", "menu") or _SECTION_BOX.search(f"{box.get('class') or ''} {box.get('id') or ''}")
                for box in (link, *link.iterancestors()) if isinstance(box.tag, str)):
            found.add(fold_words(text))
    return frozenset(found)


def _without_section_link(node: Any, line: str, sections: frozenset[str]) -> str:
    """*line*, the text of a byline's element *node*, without the link to the report's section that
    the element sets after the names ("Müəllif: <a>Sevinc Nəsirli</a> <span><a>İqtisadiyyat</a></span>"
    reads "Müəllif: Sevinc Nəsirli"): a link of *node* whose text is a section's name as the page's
    menus print it (:func:`_section_labels`), closing the line after other words that are more than
    the byline's opener: where the opener stands alone before it ("Par <a>Matthieu Hy</a>", "Autor:
    <a>przepisy.pl</a>", the writer's page linked from the menus too), the link is the writer's."""
    for link in node.iter("a"):
        label = " ".join(_text(link).split())
        if label and fold_words(label) in sections and line.endswith(label) and (rest := line[: -len(label)].rstrip(" |·•,;/–—-")) \
                and not byline_label(rest):
            return rest
    return line


def _box_around(node: Any) -> Any | None:
    """The nearest container around *node* (:data:`_BOX_TAGS`), None where a paragraph's, a
    list's or the page's frame comes first."""
    for up in node.iterancestors():
        if not isinstance(up.tag, str) or up.tag in ("body", "html", "article", "main"):
            return None
        if up.tag in _BOX_TAGS:
            return up
    return None


def _unlinked_text(node: Any, skip: Any | None) -> str:
    """The text of *node* outside its links and outside *skip* (a box's heading), if any."""
    if node is skip or node.tag == "a":
        return ""
    parts = [node.text or ""]
    for child in node:
        if isinstance(child.tag, str):
            parts.append(_unlinked_text(child, skip))
        parts.append(child.tail or "")
    return " ".join(parts)


#: The most words of a property's label and of its value (:func:`_property_tables`): a row with
#: more is a table of the report's (a setting and what it does).
PROPERTY_WORDS = (4, 12)


def _above_report(body: Any, node: Any) -> bool:
    """Whether *node* comes before every paragraph of *body* that is a report's sentence
    (:func:`_report_paragraph`): it stands between the headline and the report."""
    for element in body.iter():
        if element is node:
            return True
        if element.tag in ("p", "li", "blockquote") and _report_paragraph(_text(element)):
            return False
    return False


def _property_tables(tree: Any) -> None:
    """Take out of *tree* the tables of a document's properties in its header, above the report:
    rows of a label and its value ("Author | Ana Example", "Status | Published", "Date | @3 March
    2026"), as a notes app's export (Notion's ``<header>``: its title, then ``<table
    class="properties">``) prints them: each row short (:data:`PROPERTY_WORDS`), in a header that is
    not the report's wrapper (half the page's text), or, each row a ``<th>`` label and a ``<td>``
    value, above the report's first sentence (:func:`_above_report`: a court decision's case number,
    date and judge). Metadata, not paragraphs: a row naming the author stays as
    the labelled line it is ("Author: Ana Example", :func:`~core.reading.judge.labelled_field`),
    which the byline is read from; the rest (a workflow status, tags) go."""
    import lxml.html

    body = tree.find(".//body")
    total = len(_text(body)) if body is not None else 0
    for table in list(tree.iter("table")):
        header = next((a for a in table.iterancestors() if a.tag == "header"), None)
        # (a header that holds half the page's text is the report's wrapper, its tables the report's)
        if table.getparent() is None or header is not None and len(_text(header)) > total / 2:
            continue
        rows = [[c for c in row if c.tag in ("th", "td")] for row in table.iter("tr")]
        if not rows or any(len(cells) != 2 or word_count(_text(cells[0])) > PROPERTY_WORDS[0]
                           or word_count(_text(cells[1])) > PROPERTY_WORDS[1] for cells in rows):
            continue
        # (outside a header: a table whose every row is a label's <th> and its value's <td>, above
        # the report's first sentence, as a court's decision page or a document's record prints its
        # case number, date and judge; a table of figures in the report stays)
        if header is None and (body is None or not all(cells[0].tag == "th" and cells[1].tag == "td" for cells in rows)
                               or not _above_report(body, table)):
            continue
        lines = [f"{_text(label)}: {_text(value)}" for label, value in rows]
        bylines = [line for line in lines if (field := labelled_field(line)) is not None and field[0] == "byline"]
        for line in bylines:
            made = lxml.html.Element("p")
            made.text = line
            table.addprevious(made)
        # (a row that dates the document, "Decision date | 24.06.2026", stays as the stamp it is: the
        # page's date where its metadata gives none)
        for label, value in rows:
            if header is None and (day := find_date(_text(value))) is not None:
                made = lxml.html.Element("p")
                stamp = lxml.html.Element("time", datetime=day[0].isoformat())
                stamp.text = _text(value)
                made.append(stamp)
                table.addprevious(made)
                break
        tail = table.tail
        if tail and tail.strip():
            prev = table.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
        table.getparent().remove(table)


def _blank_text(text: str | None) -> bool:
    """Whether *text* prints nothing (:data:`_BLANK`)."""
    return not (text or "").strip(_BLANK)


def _picture_caption(piece: Any, *, beside: bool) -> bool:
    """Whether the element *piece*, set right after a picture, is the picture's caption: short
    (:data:`PICTURE_CAPTION_WORDS`), no block of prose inside it, and an element captions are set
    in (:data:`_CAPTION_INLINE`: "<em>", "<small>"), or a class that says caption
    (:data:`_CAPTION_CLASS`, :data:`_PICTURE_DESC_CLASS`), or a picture's credit in its text
    (:data:`_CAPTION_LINE_CREDIT`). A block *beside* the picture's own block (not in one box with it)
    needs the credit or the class."""
    if not isinstance(piece.tag, str) or piece.tag not in _CAPTION_PIECES or not _blank_text(piece.tail):
        return False
    text = " ".join(_text(piece).split())
    words, chars = PICTURE_CAPTION_WORDS
    if not text or word_count(text) > words or len(text) > chars:
        return False
    if any(isinstance(d.tag, str) and d.tag in ("p", "li", "h2", "h3", "h4", "blockquote", "table", "img")
           for d in piece.iterdescendants()):
        return False
    marked = any(_CAPTION_CLASS.search(w) or _PICTURE_DESC_CLASS.search(w) for w in _class_words(piece))
    return marked or bool(_CAPTION_LINE_CREDIT.search(text)) or not beside and piece.tag in _CAPTION_INLINE


def _picture_captions(tree: Any) -> dict[str, str]:
    """The text of each picture's caption, by its folded text (:func:`fold_words`), that the page prints beside the
    picture without a <figcaption>, read as every caption is (the picture's, ``Article.captions``,
    never a paragraph): the one short line (:func:`_picture_caption`) that follows the picture in
    its box (a <span>, <p> or <div> holding only the picture, line breaks and that line: Naver's
    "<span class=end_photo_org><img><em class=img_desc>...</em></span>", "<p><img><br><em>...
    Foto: NAME</em></p>", a Drupal image paragraph's caption field), or the short line with a
    picture's credit in the block right after the picture's own ("<section><img></section>
    <section><span>▲... 资料图</span></section>"). An emoji, an icon or an author's picture
    (:data:`_NOT_PHOTO_CLASS`) has no caption, and a picture in a menu, an aside, a header or a
    footer (:data:`_NOT_REPORT`) none of the report's. The page is left as it is: the extractor weighs the
    report's container with its captions."""
    found: dict[str, str] = {}
    for img in tree.iter("img"):
        if _NOT_PHOTO_CLASS.search(img.get("class") or "") or any(
                (img.get(side) or "").isdigit() and int(img.get(side)) < 48 for side in ("width", "height")):
            continue
        node = img  # the picture with the elements that hold it alone ("<a><img></a>", "<div><img></div>")
        while ((parent := node.getparent()) is not None and isinstance(parent.tag, str) and parent.tag in _PICTURE_BOXES
               and not _text(parent).strip(_BLANK)):
            node = parent
        if node.tag == "figure" or any(
                a.tag in ("figure", "figcaption", *_NOT_REPORT) or _NOT_PHOTO_CLASS.search(" ".join(_class_words(a)))
                for a in node.iterancestors() if isinstance(a.tag, str)):
            continue  # (a <figure>'s caption is read as such; a menu's or an aside's picture is another report's)
        box = node.getparent()
        if box is None or not _blank_text(node.tail):
            continue
        after: list[Any] = []  # what follows the picture in its box, line breaks aside
        sibling = node.getnext()
        while sibling is not None:
            if not (isinstance(sibling.tag, str) and sibling.tag == "br" and _blank_text(sibling.tail)):
                after.append(sibling)
            sibling = sibling.getnext()
        if (isinstance(box.tag, str) and box.tag in _PICTURE_BOXES and _blank_text(box.text) and node.getprevious() is None
                and len(after) == 1 and _picture_caption(after[0], beside=False)
                and not any(True for _ in box.iter("article", "main", "h1"))):
            found[fold_words(_text(after[0]))] = " ".join(_text(after[0]).split())
        elif after and node.tag != "img" and _picture_caption(after[0], beside=True):
            found[fold_words(_text(after[0]))] = " ".join(_text(after[0]).split())
    return found | _captions_between_lines(tree)


def _captions_between_lines(tree: Any) -> dict[str, str]:
    """The captions (as :func:`_picture_captions` gives them) of pictures set in a paragraph
    among its lines of text: a picture, a line break maybe, and the caption's element
    (:func:`_picture_caption`), with a line break or the paragraph's end after it, the text going
    on below or standing above ("<p><img><br><small>Foto: NAME / OUTLET</small><br>The works
    cost ...</p>", as an editor's image plugin inserts it into the paragraph it is in). The line
    is the picture's; the text beside it stays a paragraph."""
    found: dict[str, str] = {}
    for img in tree.iter("img"):
        if _NOT_PHOTO_CLASS.search(img.get("class") or "") \
                or any((img.get(side) or "").isdigit() and int(img.get(side)) < 48 for side in ("width", "height")):
            continue
        node = img
        while (box := node.getparent()) is not None and box.tag == "a" and not _text(box).strip(_BLANK):
            node = box  # (the picture in its link alone: "<a href=big.jpg><img></a>")
        if box is None or not isinstance(box.tag, str) or box.tag not in ("p", "div", "span") or not _blank_text(node.tail) \
                or any(a.tag in ("figure", *_NOT_REPORT) for a in box.iterancestors() if isinstance(a.tag, str)):
            continue
        piece = node.getnext()
        while piece is not None and isinstance(piece.tag, str) and piece.tag == "br" and _blank_text(piece.tail):
            piece = piece.getnext()
        if piece is None or not _picture_caption(piece, beside=False):
            continue
        after = piece.getnext()
        if after is not None and not (isinstance(after.tag, str) and after.tag == "br"):
            continue
        found[fold_words(_text(piece))] = " ".join(_text(piece).split())
    return found


#: The fewest items of a list of links to the page's own parts (:func:`_in_page_links`).
IN_PAGE_LINKS = 2


def _in_page_links(node: Any) -> bool:
    """Whether *node*, a list, is a list of links to the page's own parts: :data:`IN_PAGE_LINKS`
    items or more, each all the text of links to a fragment of the page ("#block-b3"), as a table of
    contents or a live page's key events lists its sections' and updates' headlines ("14.05
    Road reopens"). Navigation: each headline stands in its place below."""
    items = [child for child in node if isinstance(child.tag, str)]
    if len(items) < IN_PAGE_LINKS or any(item.tag != "li" for item in items):
        return False
    for item in items:
        links = list(item.iter("a"))
        if not links or any(not (a.get("href") or "").strip().startswith("#") or len((a.get("href") or "").strip()) < 2 for a in links):
            return False
        if len(" ".join(_text(a) for a in links).split()) < len(_text(item).split()):
            return False
    return True


def _drop_widgets(tree: Any) -> None:
    """Take the page's widgets out of *tree* before extraction: menus and dialogs by their ARIA role,
    galleries, carousels and pop-ups by the last part of a class or id word, the site's tagline
    (:data:`_TAGLINE_CLASS`), a picture's caption set as a paragraph (:data:`_CAPTION_CLASS`), a
    newsletter's sign-up box (:func:`_signup_boxes`), a labelled box of links inside the report
    (:func:`_link_boxes`), a sponsor's box (:func:`_sponsor_boxes`), each with its heading, a box about
    the author with a note about them (:func:`_author_boxes`), a line
    of links to social networks' profiles (:func:`_profile_lines`), an e-mail template's preheader,
    footer and button cells (:func:`_mail_cells`), a fact-check's closing note on its method
    (:func:`_method_notes`), a book's page-break marks, a kicker over the headline
    (:data:`_KICKER_CLASS`), and a document's table of properties in its header (:func:`_property_tables`). A
    widget that wraps the report (it holds an <article>, a <main> or an <h1>, or half the page's
    text) stays."""
    _property_tables(tree)
    body = tree.find(".//body")
    total = len(_text(body)) if body is not None else 0
    doomed = []
    sides: list[Any] = []  # side columns, which may hold a heading of their own
    for node in tree.iter():
        if not isinstance(node.tag, str) or node.tag not in _WIDGET_TAGS and node.tag not in _AD_TAGS and node.tag != "p":
            if isinstance(node.tag, str) and (node.get("role") or "").strip().lower() == "doc-pagebreak":
                doomed.append(node)  # a book's page-break mark in any element (EPUB's "<span role=doc-pagebreak>")
            continue
        role = (node.get("role") or "").strip().lower()
        words = _class_words(node)
        if node.tag in _AD_TAGS:
            doomed.append(node)
        elif node.tag in ("div", "section", "aside") and any(_SIDE_CLASS.match(w) for w in words):
            sides.append(node)  # a side column: "Welcome to r/Example. Be civil." (its community's name as its <h1>)
        elif node.tag != "p" and (role in _WIDGET_ROLES or any(_WIDGET_CLASS.search(w) for w in words)):
            doomed.append(node)
        elif node.tag in ("div", "nav", "menu") and _buttons_only(node):
            # a bar of controls: a gallery's "Previous", "Next", "Full screen" (its buttons, as the
            # extractor drops them: the bar's place in the page stays as it was)
            doomed.extend(button for button in node.iter("button") if button not in doomed)
        elif node.tag != "p" and any(_RANKING_CLASS.search(w) for w in words) and _links_only(node):
            doomed.append(node)  # a box of the most read reports, under its label: "アクセスランキング"
        elif any(_FURNITURE_CLASS.search(w) for w in words):
            doomed.append(node)  # a table of contents, a disclaimer, readers' comments: "Mục lục", "תגובות (3)"
        elif any(_TAGLINE_CLASS.search(w) for w in words) or _under_logo(node):
            doomed.append(node)  # the site's tagline under its name: "Nyheter från Bohuslän"
        elif node.tag in ("ul", "ol") and _in_page_links(node):
            doomed.append(node)  # a list of links to the page's own parts: its contents, a live page's key events
        elif (node.tag in ("p", "div") and any(_POST_FIELD.search(w) for w in words) and word_count(_text(node)) <= POST_FIELD_WORDS
              and not any(d.tag in _BLOCKISH for d in node.iterdescendants())):
            doomed.append(node)  # a post's account field on its line: "enugunews.example.social", "did:plc:..."
            label = node.getprevious()
            if label is not None and isinstance(label.tag, str) and label.tag in ("h2", "h3", "h4", "h5", "h6") and word_count(_text(label)) == 1:
                doomed.append(label)  # the one word heading the post's box over its account's fields ("<h3>Post</h3>"): its label
        elif node.tag in ("p", "div", "section", "aside", "span") and any(_NOTICE_CLASS.search(w) for w in words):
            doomed.append(node)  # the publisher's notice: "Na web portalu ... distribuiraju pretplatnicima."
        elif node.tag == "p" and any(_CAPTION_CLASS.search(w) for w in words):
            doomed.append(node)  # a picture's caption: "Přístaviště v Týně nad Vltavou. Foto: Petr Ukázka"
        elif role == "doc-pagebreak" or "pagebreak" in (node.get("epub:type") or node.get("type") or "").split():
            doomed.append(node)  # a book's page-break mark (EPUB's): the printed page's number, "17"
        elif (node.tag in ("p", "div", "span") and any(_KICKER_CLASS.search(w) for w in words)
              and len(_text(node).split()) <= KICKER_WORDS and not is_sentence(_text(node)) and find_date(_text(node)) is None):
            # a kicker over the headline: "City", "Interne Unterlagen im Netz"; one that gives a date
            # ("<div class=topline><span>06.12.2022</span>") is the page's date line, and stays
            doomed.append(node)
    doomed += [box for box in (*_signup_boxes(tree), *_link_boxes(tree), *_sponsor_boxes(tree), *_author_boxes(tree), *_link_lines(tree),
                               *_profile_lines(tree), *_mail_cells(tree), *_method_notes(tree), *_contact_cards(tree), *_teaser_lines(tree))
               if box not in doomed]
    for node in [*doomed, *sides]:
        parent = node.getparent()
        # (a side column's <h1> is its site's or community's name: only the report's <article> or <main> keeps it)
        if parent is None or any(True for _ in node.iter("article", "main", *(() if node in sides else ("h1",)))):
            continue
        if total and len(_text(node)) > total / 2:
            continue
        tail = node.tail
        if tail and tail.strip():  # the text after the widget belongs to its parent
            prev = node.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(node)


#: A class or id word of a report's lead (standfirst) printed apart from its body: "story-lead",
#: "article-intro", "chapo" (French), "entry-excerpt", "teaser-text", "abstract", "article__desc",
#: "article-deck", a Vietnamese page's "sapo"; the deck under the headline, "subheadline" (Arc's),
#: "subtitle", "summary", "teaser" (German pages'), "entradilla", "bajada", "copete", "sumario"
#: (Spanish), "sommario", "catenaccio" (Italian), "linha-fina" (Portuguese), "ingress"
#: (Scandinavian), "vorspann" (German). Of these, :data:`_TEASER_CLASS` names other reports'
#: teasers in a list too.
_LEAD_CLASS = re.compile(
    r"(?:^|[-_])(?:lead|lede|intro|chapo|chapeau|standfirst|excerpt|abstract|dek|deck|desc|sapo|teaser-text"
    r"|sub-?headline|sub-?title|summary|teaser|entradilla|bajada|copete|sumario|sommario|catenaccio|linha[-_]fina"
    r"|ingress|vorspann)(?:[-_]|$)", re.I
)
#: The words of :data:`_LEAD_CLASS` that a list of other reports' teasers is marked with as well
#: ("<div class=teaser>", "entry-summary"): such a block is the lead only where it is the page's
#: one block so marked and no link of its own.
_TEASER_CLASS = re.compile(r"(?:^|[-_])(?:summary|teaser)(?:[-_]|$)", re.I)
#: A class word of a block that is the lead where the page's text holds it: a Vietnamese page's
#: sapo ("<p class=description>"), which is an editor's hint too where the extractor drops it.
_DESCRIPTION_CLASS = re.compile(r"(?:^|[-_])description$", re.I)


@dataclass(frozen=True, slots=True)
class _Outline:
    """Where a page's headline, its lead-marked blocks and its paragraphs stand (document order)."""

    headline: int | None
    leads: tuple[tuple[int, str], ...]
    paragraphs: tuple[tuple[int, str], ...]  # (position, the folded start of a <p>'s text)
    subheads: frozenset[str] = frozenset()  # the folded text of elements a subhead's class marks
    pulls: frozenset[str] = frozenset()  # the folded text of pull quotes the page's markup marks as such
    described: tuple[tuple[int, str], ...] = ()  # blocks a class calls a description: the lead where the extractor kept them
    summaries: tuple[tuple[int, tuple[Block, ...]], ...] = ()  # lead-marked boxes of several blocks ("Key points" over a list)
    #: the folded text of the headings besides the headline in the report's <header> (the one that
    #: holds its <h1>): its deck, the first after the headline, and its kicker; none of the report
    header_heads: tuple[str, ...] = ()
    deck: str | None = None  # the folded text of the deck in the report's <header>: the first heading after the headline
    header_text: str = ""  # the folded text of the report's <header>, all of it
    link_cells: frozenset[str] = frozenset()  # the folded text of table cells of links alone (:func:`_link_cells`)
    #: where the leads no class marks stand (an <h2> right under the headline): the lead where the
    #: extractor left them out; a heading it kept stays as it is
    unmarked: frozenset[int] = frozenset()


#: What a lead's element may hold besides its prose: a time stamp, a picture and its credit.
_NOT_PROSE_TAGS = frozenset({"time", "figure", "figcaption", "img", "picture", "small", "button", "script", "style"})
_NOT_PROSE_CLASS = re.compile(r"date|time|credit|copyright|caption|photo|image|byline|author|meta", re.I)


def _prose(node: Any) -> str:
    """The text of *node* without its time stamps, pictures, credits and bylines; the text of
    block elements inside it spaced apart, as a browser sets them ("<li>A</li><li>B</li>": "A B")."""
    parts: list[str] = [node.text or ""]
    for child in node:
        if isinstance(child.tag, str) and not (
            child.tag in _NOT_PROSE_TAGS or _NOT_PROSE_CLASS.search(f"{child.get('class') or ''} {child.get('id') or ''}")
        ):
            parts.append(f" {_prose(child)} " if child.tag in _BLOCK_TAGS or child.tag == "br" else _prose(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


#: What a lead is not made of: a box of headings, lists or tables ("Key points" over a list) is
#: several blocks, which the extractor keeps each as its own.
_NOT_LEAD_PARTS = ("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table")


#: A class or id word of a pull quote: "pull-quote", "pullquote", "article__pull-quote", "quote--pull"
#: (not "pull-right", a float).
_PULL_CLASS = re.compile(r"pull-?quote|[-_]pull$", re.I)


def _pull_quotes(tree: Any) -> frozenset[str]:
    """The folded text of the pull quotes *tree*'s markup marks: an element whose class says so
    (:data:`_PULL_CLASS`), or a quote set in an <aside> or a <figure> (the figure's caption aside);
    each whole, and without who said it where an element of its own gives that (<cite>, <footer>,
    <figcaption>: WordPress's "<figure class=wp-block-pullquote><blockquote><p>…</p><cite>…</cite>")."""
    found: set[str] = set()
    for node in tree.iter("blockquote", "q", "aside", "figure", "div", "p", "span"):
        words = _class_words(node)
        if any(_PULL_CLASS.search(w) for w in words) or (
                node.tag in ("blockquote", "q") and any(a.tag in ("aside", "figure") for a in _boxes(node))):
            found.add(fold_words(_text(node)))
            cites = [c for c in node.iter("cite", "footer", "figcaption") if c is not node]
            if cites:
                bare = deepcopy(node)
                for cite in [c for c in bare.iter("cite", "footer", "figcaption") if c is not bare]:
                    if cite.getparent() is not None:
                        _remove_keeping_tail(cite)
                found.add(fold_words(_text(bare)))
    return frozenset(f for f in found if f)


#: The fewest words of a paragraph that :func:`_unrepeated` takes for the extractor's repeat.
REPEATED_WORDS = 5


def _unrepeated(blocks: list[Block]) -> list[Block]:
    """A live page's *blocks* with each paragraph once: the extractor gives again, after the
    report, the paragraphs of boxes that hold a short label beside a box of text
    ("<div><span>14:32</span><div><p>…</p></div></div>", the updates). A sentence of
    REPEATED_WORDS words or more given twice is one paragraph (short lines, a time, a "Yes." may
    stand twice)."""
    seen: set[str] = set()
    out: list[Block] = []
    for block in blocks:
        if block.kind == "p" and word_count(block.text) >= REPEATED_WORDS and is_sentence(block.text):
            if (folded := fold_words(block.text)) in seen:
                continue
            seen.add(folded)
        out.append(block)
    return out


#: The fewest words of a pull quote that :func:`_without_pull_quotes` finds again in the report.
PULL_QUOTE_WORDS = 4


def _without_pull_quotes(blocks: list[Block], pulls: frozenset[str] = frozenset()) -> list[Block]:
    """*blocks* without the pull quotes that repeat the report's words.

    A block quote (or a block whose text the page marks as a pull quote: *pulls*, folded) of
    PULL_QUOTE_WORDS words or more, whose every part between ellipses stands in another block
    (punctuation and case aside), is page furniture set in large type: the words are the
    report's where the other block has them. A quote found nowhere else is the report's own.
    Who said a pull quote so dropped goes with it: the short block right after it where the page
    marks the two as one pull quote (its <cite>).
    """
    def pieces(block: Block) -> list[str]:
        return [f" {f} " for part in re.split(r"\.\.\.|…", _unattributed(block.text)) if (f := fold_words(part))]

    folded = [f" {fold_words(b.text)} " for b in blocks]
    out: list[Block] = []
    dropped: set[int] = set()
    for i, block in enumerate(blocks):
        if (block.kind == "quote" or folded[i].strip() in pulls) and word_count(block.text) >= PULL_QUOTE_WORDS:
            parts = pieces(block)
            if any(j != i and j not in dropped and (len(folded[j]) > len(folded[i]) or j < i)
                   and all(part in folded[j] for part in parts) for j in range(len(blocks))):
                dropped.add(i)
                if (i + 1 < len(blocks) and word_count(blocks[i + 1].text) <= ATTRIBUTION_WORDS
                        and fold_words(f"{block.text} {blocks[i + 1].text}") in pulls):
                    dropped.add(i + 1)  # its <cite>: "Head of the reading room"
                continue
        if i in dropped:
            continue
        out.append(block)
    return out


#: The most words of a block quote's attribution ("Jon Strand, port authority"); a longer
#: footer or caption is more than who said it.
ATTRIBUTION_WORDS = 12
#: A line that attributes the block quote before it: a dash, then who, a capital first
#: ("— Jon Strand, port authority", "-- Jon Strand"), and no quotation of its own.
_ATTRIBUTION = re.compile(r"(?:[—―–]|--?)\s*(?P<who>[^\W\d_][^\"“”]*)")
#: A quotation already in its marks, as a block quote's paragraph may print it.
_IN_MARKS = re.compile(r"[\"“„«‘'].*[\"”»’']\W?", re.S)
#: A line that opens with a quotation closed inside it: '“We have never seen this,” she said.'
_OPENS_QUOTED = re.compile(r"\s*[\"“„«][^\"“”„«»]{2,}[\"”»]")


def _attributed_by(text: str) -> str | None:
    """Who *text* says said the block quote before it, if it is an attribution line
    (:data:`_ATTRIBUTION`, at most ATTRIBUTION_WORDS words), else None."""
    line = _ATTRIBUTION.fullmatch(text.strip())
    who = line["who"].strip() if line else ""
    return who if who[:1].isupper() and word_count(who) <= ATTRIBUTION_WORDS else None


def _attribute_quotes(root: Any) -> None:
    """Give each block quote of *root* (a page's tree or a fragment's) its attribution as print
    does, in its own words: its paragraphs in quotation marks where the page set none, the last
    followed by who said it ("“Our door remains open.” — Jon Strand, port authority").

    The attribution is the <footer> or <cite> that closes the quote after its words (or a last
    paragraph holding only one), the caption of the <figure> it stands in (such a figure gives
    way to the quote), the quote's last line when it is a dash and a name ("— Jon Strand", a
    paragraph or after a <br>), or a paragraph of that shape right after the quote that closes
    no sentence ("— Jon Strand, port authority", not "— Strand then left the room."). A <cite>
    inside a sentence is a work's title, no attribution; a quote without one is left as it is.
    A quote that gathers several people's words (a review's praise), each closed by its dash
    line, gives each quotation its own.

    Every reading of a page reads the tree this leaves (the extractor's, its retry without
    tables, the cut-back of a page it glued into one paragraph; a fragment's): the
    attribution is text by then, and stays with its quote however the reading cuts the page.
    """
    for quote in list(root.iter("blockquote")):
        if next(quote.iterancestors("blockquote"), None) is not None:
            continue  # read with the quote around it
        parent = quote.getparent()
        figure = parent if parent is not None and parent.tag == "figure" else None
        closing = _marked_attribution(quote, figure)
        runs: list[tuple[list[list[tuple[Any, str]]], str]] = []  # the lines of each quotation and who said it
        run: list[list[tuple[Any, str]]] = []
        for line in _quote_lines(quote):
            said = _attributed_by(_line_text(line)) if run else None
            if said is None:
                run.append(line)
                continue
            _blank(line, quote)
            runs.append((run, said))
            run = []
        who = closing or (None if runs or not run else _attribution_after(quote, figure))
        if run and who:
            runs.append((run, who))
        for lines, said in runs:
            for line in lines:
                # a line in marks, or one that opens with its quotation and goes on to say who said
                # it ('“We have never seen ...,” the head of the team said.'), has its marks already
                if not _IN_MARKS.fullmatch(said_line := _line_text(line)) and not _OPENS_QUOTED.match(said_line):
                    _wrap(line, "“", "”")
            _wrap(lines[-1], "", f" — {said}")
        if runs and figure is not None and figure.getparent() is not None:
            quote.tail = figure.tail
            figure.getparent().replace(figure, quote)


def _marked_attribution(quote: Any, figure: Any | None) -> str | None:
    """Who the element that attributes block quote *quote* (:func:`_attribution_mark`; *figure*
    is the <figure> it stands in, or None) names, that element taken out of the tree; None,
    the tree as it was, where there is none or it is more than a name."""
    mark = _attribution_mark(quote, figure)
    who = _attributed_by(f"— {_text(mark).lstrip('—―–- ')}") if mark is not None else None
    if who and mark is not None:
        mark.getparent().remove(mark)
    return who


def _attribution_after(quote: Any, figure: Any | None) -> str | None:
    """Who the paragraph right after block quote *quote* (or the <figure> it stands in)
    names, if it is an attribution line that closes no sentence ("— Jon Strand, port
    authority", not "— Strand then left the room."), that paragraph taken out of the tree."""
    box = figure if figure is not None else quote
    after = box.getnext()
    if after is None or after.tag != "p" or (box.tail or "").strip():
        return None
    text = _text(after)
    who = _attributed_by(text) if not re.search(r"[.!?…]\W*$", text) else None
    if who:
        _remove_keeping_tail(after)
    return who


def _line_text(line: list[tuple[Any, str]]) -> str:
    return " ".join("".join(_slot(n, a) for n, a in line).split())


def _blank(line: list[tuple[Any, str]], quote: Any) -> None:
    """Take the text of *line*, an attribution line of block quote *quote*, out of the tree,
    and the elements it leaves empty."""
    for node, attr in line:
        setattr(node, attr, "")
    for node in {n for n, a in line if a == "text"}:
        if node is not quote and not _text(node) and node.getparent() is not None:
            _remove_keeping_tail(node)


def _remove_keeping_tail(node: Any) -> None:
    """Take *node* out of its tree, the text after it kept where it stood."""
    parent, before = node.getparent(), node.getprevious()
    if (node.tail or "").strip():
        if before is not None:
            before.tail = (before.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


def _slot(node: Any, attr: str) -> str:
    return str(getattr(node, attr) or "")


def _quote_lines(quote: Any) -> list[list[tuple[Any, str]]]:
    """The lines of block quote *quote* as they are read, each a list of where its text stands
    ((element, "text" or "tail")), the lines without words left out: a paragraph (or another
    block element) is one, and so is the text between two <br> or blocks."""
    lines: list[list[tuple[Any, str]]] = [[]]

    def walk(node: Any, block: bool) -> None:
        lines[-1].append((node, "text"))
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in ("script", "style"):
                pass
            elif tag == "br" or (tag in _BLOCK_TAGS and block):
                lines.append([])
                if tag != "br":
                    walk(child, True)
                    lines.append([])
            elif tag:
                walk(child, False)
            lines[-1].append((child, "tail"))

    walk(quote, True)
    return [line for line in lines if _line_text(line)]


def _wrap(line: list[tuple[Any, str]], before: str, after: str) -> None:
    """Put *before* at the start of *line*'s words and *after* at their end (see :func:`_quote_lines`)."""
    full = [(n, a) for n, a in line if _slot(n, a).strip()]
    node, attr = full[0]
    text = _slot(node, attr)
    setattr(node, attr, text[: len(text) - len(text.lstrip())] + before + text.lstrip())
    node, attr = full[-1]
    text = _slot(node, attr)
    setattr(node, attr, text.rstrip() + after + text[len(text.rstrip()):])


def _attribution_mark(quote: Any, figure: Any | None) -> Any | None:
    """The element that attributes block quote *quote* (see :func:`_attribute_quotes`;
    *figure* is the <figure> it stands in), or None."""
    if len(quote):
        last = quote[-1]
        closing = last[0] if last.tag == "p" and len(last) == 1 and _text(last) == _text(last[0]) else last  # <p><cite>
        if closing.tag in ("footer", "cite") and not (last.tail or "").strip() and _after_words(last):
            return last
    return next((c for c in (figure if figure is not None else []) if c.tag == "figcaption"), None)


def _after_words(node: Any) -> bool:
    """Whether *node*, the last element of a block quote, follows the quote's words: a block
    before it, or text that closes a sentence or a quotation ("...at any hour.<cite>"), not
    one it goes on ("As <cite>Hamlet</cite>")."""
    before = node.getprevious()
    text = ((before.tail if before is not None else node.getparent().text) or "").strip()
    if text:
        return text[-1] in ".!?…\"”’»)"
    return before is not None and before.tag in ("p", "div", "br", "blockquote", "ul", "ol")


#: A block quote's paragraph that ends on its attribution (:func:`_attribute_quotes`).
_ENDS_ATTRIBUTED = re.compile(r"(?P<quote>.*[.!?…\"”’»])\s+(?P<line>(?:[—―–]|--)\s*[^\W\d_][^\"“”—―–]*)", re.S)


def _unattributed(text: str) -> str:
    """*text* without the attribution :func:`_attribute_quotes` gave it ("“Open.” — Jon Strand": "“Open.”")."""
    end = _ENDS_ATTRIBUTED.fullmatch(text)
    return end["quote"] if end and _attributed_by(end["line"]) else text


#: Elements a browser lays out as blocks of their own (where an HTML parser nests them).
_BLOCK_LEVEL = frozenset({
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
    "menu", "nav", "ol", "p", "pre", "section", "table", "ul",
})
#: Elements of a line of text, which a paragraph holds and a block never stands in for a browser.
_PHRASING = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd",
    "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
    "var",
})
#: The phrasing elements that only style a line's text, which a page leaves open around its blocks
#: (``<span>One<div>Two</div>``) where no paragraph holds them: not a link or a form's label.
_STYLING = frozenset({"span", "font", "b", "big", "em", "i", "s", "small", "strike", "strong", "tt", "u"})
#: The phrasing elements a browser opens again inside a block that closed them (HTML's "formatting
#: elements"): a link stays a link, bold stays bold.
_FORMATTING = frozenset({"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"})
#: Blocks whose children are rows or items, never a line of text to wrap.
_STRUCTURED = frozenset({"table", "ul", "ol", "dl", "menu", "dir", "hr"})


def _parsed(data: bytes) -> Any:
    """A page's tree as trafilatura parses it (libxml2), with its blocks unnested
    (:func:`_unnest_blocks`) as a browser lays them out; None where *data* is no HTML."""
    from trafilatura.utils import load_html

    tree = load_html(data)
    if tree is not None:
        _without_ruby_annotations(tree)
        _reflowed_prose(tree)
        _unnest_blocks(tree)
    return tree


#: The marks of a computer's text in a preformatted block: code's punctuation and keywords, a
#: shell's prompt, a table drawn in characters.
_CODE_LINE = re.compile(r"[{}<>=|\\]|;\s*$|^\s*(?:def|import|function|const|#include|SELECT|\+-)\b"
                        r"|^\s*[-+]{3,}\s*$|=>|::|\(\)")
#: The classes of a preformatted block of code, whatever it holds ("highlight", "lang-python", "sourceCode").
_CODE_CLASS = re.compile(r"code|highlight|syntax|lang(?:uage)?-|brush|prettyprint|console|terminal|shell", re.I)
#: The fewest paragraphs of sentences that make a preformatted block text (a pasted release, a letter).
PROSE_PRE_PARAGRAPHS = 2


def _reflowed_prose(root: Any) -> None:
    """*root* with each preformatted block of prose (a press release or a letter pasted as it was
    typed, hard-wrapped, its paragraphs apart by blank lines) read as a text file is, in place: its
    lines joined into paragraphs (:func:`~core.reading.judge.classify`), each a <p> (a heading a
    <h3>), and what the text reader knows for furniture (a release's "For immediate release"
    formula, its press contact, its "###" end mark) left out. A block of code, a table drawn in
    characters or a block of lines that are no sentences (:data:`PROSE_PRE_PARAGRAPHS`) stays as it
    is, and so does every block of a page that has several (an RFC's pages, each a <pre>)."""
    from core.reading.judge import classify

    if sum(1 for _ in root.iter("pre")) > 1:
        return  # (several: a document laid out in preformatted pages, an RFC's or a manual's, kept as laid out)
    for pre in list(root.iter("pre")):
        if pre.getparent() is None or _CODE_CLASS.search(f"{pre.get('class') or ''} {pre.get('id') or ''}") \
                or any(isinstance(n.tag, str) and n.tag in ("code", "samp", "kbd", "var", "table", "pre") for n in pre.iterdescendants()) \
                or any(a.tag in ("code", "pre") for a in pre.iterancestors()):
            continue
        text = "".join(pre.itertext())
        lines = [line for line in text.split("\n") if line.strip()]
        if not lines or sum(bool(_CODE_LINE.search(line)) for line in lines) * 5 > len(lines):
            continue
        units = classify(text.replace("\r", ""))
        if sum(u.kind is Kind.BODY and is_sentence(u.text) for u in units) < PROSE_PRE_PARAGRAPHS:
            continue
        box = pre.makeelement("div", {"class": "preformatted"})
        for unit in units:
            if unit.kind is not Kind.FURNITURE:
                block = box.makeelement("h3" if unit.kind is Kind.HEADING else "p", {})
                block.text = unit.text
                box.append(block)
        box.tail = pre.tail
        pre.getparent().replace(pre, box)


#: The elements of ruby markup that annotate the text beside it, no part of it: a reading (<rt>,
#: furigana over kanji, pinyin or bopomofo over hanzi), a container of readings (<rtc>), and the
#: brackets a browser without ruby shows around a reading (<rp>).
_RUBY_ANNOTATIONS = ("rt", "rtc", "rp")


def _without_ruby_annotations(root: Any) -> None:
    """*root* without the readings its ruby markup sets over its characters
    (:data:`_RUBY_ANNOTATIONS`), in place: "<ruby>鶴嶺<rp>（</rp><rt>つるみね</rt><rp>）</rp></ruby>市"
    reads "鶴嶺市", as a reader reads and searches it; the text after each kept where it stood."""
    for node in [n for n in root.iter(*_RUBY_ANNOTATIONS) if n.getparent() is not None]:
        if any(a.tag in _RUBY_ANNOTATIONS for a in node.iterancestors()):
            continue  # (its container's going takes it)
        _remove_keeping_tail(node)


#: What prints nothing: white space, and the marks of no width a page leaves between its elements
#: (a byte order mark, a zero-width space or joiner).
_BLANK = " \t\n\r\f\v\u00a0\ufeff\u200b\u200c\u200d\u2060"


def _copy(node: Any) -> Any:
    """An empty element of *node*'s tag and attributes."""
    return node.makeelement(node.tag, dict(node.attrib))


def _unnest_blocks(tree: Any) -> None:
    """Move the blocks a paragraph or a line's styling holds out of it, in place, as a browser shows them.

    libxml2 closes an open ``<p>`` at a block (``<p>One<div>Two</div>`` is two blocks), but not
    while a line's element is open in it: ``<p>One <span>two<table>…</table><p>Three`` nests the
    table and the next paragraph in the span, in the paragraph, and the extractor then reads them
    as one paragraph, the table's cells last. A browser (HTML's parsing rules, or its layout)
    shows the text before the block, the block, and the text after it apart and in that order.
    So a paragraph is cut at each block it holds through line elements (a span, a link, bold),
    and so is a run of styling elements a box holds around a block (``<div><font>One<div>Two
    </div>Three</font></div>``, :data:`_STYLING`): the block stands after the first part, the
    rest after the block, under copies of the elements it was in (a new plain paragraph for a
    paragraph's rest); a block's own line of text is wrapped again in the formatting elements it
    was in (:data:`_FORMATTING`: a link stays linked). A block in a link or a label outside a
    paragraph (a teaser's card) is left where it is.
    """
    for block in list(tree.iter(*_BLOCK_LEVEL)):
        chain: list[Any] = []  # the elements the block stands in, nearest first, up to the one cut
        node = block.getparent()
        while node is not None and node.tag in _PHRASING:
            chain.append(node)
            node = node.getparent()
        if node is None or node.getparent() is None:
            continue
        if node.tag == "p":
            chain.append(node)
        elif not chain or any(held.tag not in _STYLING for held in chain):
            continue
        top = chain[-1]
        # the rest after the block, level by level: the block's tail and its following siblings,
        # under a copy of each element it was in
        rest: Any = None
        child = block
        for holder in chain:
            part = holder.makeelement("p", {}) if holder is top and holder.tag == "p" else _copy(holder)
            part.text, child.tail = child.tail, None
            if rest is not None:
                part.append(rest)
            part.extend(list(child.itersiblings()))
            rest, child = part, holder
        after, top.tail = top.tail, None
        top.addnext(block)
        if block.tag not in _STRUCTURED and not any(d.tag in _BLOCK_LEVEL for d in block.iterdescendants()):
            inner = block
            for holder in reversed(chain[:-1] if top.tag == "p" else chain):  # outermost first
                if holder.tag in _FORMATTING:
                    made = _copy(holder)
                    made.text, inner.text = inner.text, None
                    made.extend(list(inner))
                    inner.append(made)
                    inner = made
        if _kept(rest):
            block.addnext(rest)
            rest.tail = after
        else:
            block.tail = after
        if not _kept(top):
            top.getparent().remove(top)  # (its tail went after the block)


def _kept(node: Any) -> bool:
    """Whether a part of a cut paragraph (:func:`_unnest_blocks`) shows anything: text or a picture."""
    return bool("".join(node.itertext()).strip(_BLANK)) or any(d.tag == "img" for d in node.iter())


#: The elements that make a block of a page's text: a <section> holding none is a line of text.
_TEXT_BLOCKS = frozenset({"p", "div", "section", "li", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "table",
                          "blockquote", "figure", "article", "main", "aside", "pre", "header", "footer", "nav", "form"})


def _text_sections(tree: Any) -> None:
    """Make the <section>s that hold no block of text (:data:`_TEXT_BLOCKS`), only a line's text and
    styling, <div>s, in place, where two or more such stand side by side: paragraphs, as a browser
    shows them. A WeChat article sets each of its paragraphs as "<section><span>...</span></section>",
    which the extractor, reading a <section> as a container only, ran together into one paragraph.
    A lone one is left as it is (a Medium export's "<section data-field=subtitle>", its deck)."""
    def leaf(node: Any) -> bool:
        return not any(isinstance(d.tag, str) and d.tag in _TEXT_BLOCKS for d in node.iterdescendants())

    for parent in {id(n.getparent()): n.getparent() for n in tree.iter("section") if n.getparent() is not None}.values():
        lines = [n for n in parent if isinstance(n.tag, str) and n.tag == "section" and leaf(n) and _text(n).strip(_BLANK)]
        if len(lines) >= 2:
            for node in parent:
                if isinstance(node.tag, str) and node.tag == "section" and leaf(node):
                    node.tag = "div"


#: A declaration that hides what its rule selects from every reader: "display: none". (Not
#: "visibility: hidden", which a page sets on its whole text until its script has laid it out,
#: WeChat's articles, nor a screen reader's clip.)
_HIDING_STYLE = re.compile(r"display\s*:\s*none", re.I)
#: A declaration that sets whether a box shows, either way.
_SHOWING_STYLE = re.compile(r"(?:display|visibility)\s*:", re.I)
#: A CSS comment.
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
#: A selector that is one class alone: ".sf-hidden", ".d-none".
_CLASS_SELECTOR = re.compile(r"\.(-?[_a-zA-Z][-\w]*)")


def _css_rules(css: str) -> Iterator[tuple[str, str, bool]]:
    """The rules of a style sheet *css*: each rule's selectors, its declarations, and whether it
    stands at the sheet's top (not inside an at-rule: a media query's, a support test's)."""
    css = _CSS_COMMENT.sub("", css)
    opened: list[tuple[str, int]] = []  # the preludes of the blocks open, and where each began
    start = 0
    for at, char in enumerate(css):
        if char == "{":
            opened.append((css[start:at].strip(), at + 1))
            start = at + 1
        elif char == "}" and opened:
            prelude, begun = opened.pop()
            if not prelude.startswith("@") and "{" not in css[begun:at]:
                yield prelude, css[begun:at], not opened
            start = at + 1
        elif char == ";" and not opened:
            start = at + 1  # an at-rule of one statement ("@import url(...);")


def _hidden_classes(tree: Any) -> frozenset[str]:
    """The class words the page's own style sheets hide from every reader: those a rule at a
    sheet's top selects alone (".sf-hidden{display:none}", SingleFile's mark on what it saved
    hidden; ".d-none") with a hiding declaration (:data:`_HIDING_STYLE`), and that no rule shows
    again, in a media query or with another selector (".tab{display:none} .tab.active{display:block}":
    a tab's or a collapsed part's class, which a reader opens)."""
    hidden: set[str] = set()
    shown: set[str] = set()
    for style in tree.iter("style"):
        for selectors, declarations, top in _css_rules(style.text or ""):
            if _HIDING_STYLE.search(declarations) and top:
                hidden.update(found[1] for s in selectors.split(",") if (found := _CLASS_SELECTOR.fullmatch(s.strip())))
            elif _SHOWING_STYLE.search(declarations) or _HIDING_STYLE.search(declarations):
                shown.update(_CLASS_SELECTOR.findall(selectors))
    return frozenset(hidden - shown)


def _drop_hidden(tree: Any) -> None:
    """Take out of *tree*, in place, the elements the page hides from every reader: those with
    the ``hidden`` attribute (not "until-found", a collapsed part a reader's search opens) or a
    class word the page's own style sheets hide (:func:`_hidden_classes`). A browser shows none
    of them: a comments loader saved hidden ("Loading comments…"), a menu's copy for small
    screens, a dialog's messages. (Not an element an inline style hides, "style='display: none'":
    that is the state a script sets and undoes, the tabs of a recipe's steps, a gallery's slides
    but the one showing, a table's pages behind its pager, a code listing behind "Show code", a
    menu's panels: a reader opens each, and a page's hidden menus are part of the page the
    extractor measures what it found against.) An
    element that holds the report (an <article>, a <main> or an <h1>, or half the page's text:
    a page that hides its body until its scripts have run) stays, and so does one that holds two
    of the report's paragraphs or more (:func:`_report_paragraph`): the rest of a report folded
    away behind a "Read more" button, which a reader opens."""
    classes = _hidden_classes(tree)
    body = tree.find(".//body")
    total = len(_text(body)) if body is not None else 0
    doomed = [node for node in tree.iter() if isinstance(node.tag, str) and node.tag not in ("html", "head", "body")
              and ((node.get("hidden") is not None and node.get("hidden", "").strip().lower() != "until-found")
                   or (classes and not classes.isdisjoint((node.get("class") or "").split())))]
    for node in doomed:
        parent = node.getparent()
        if parent is None or any(True for _ in node.iter("article", "main", "h1")) or (total and len(_text(node)) > total / 2):
            continue
        if sum(1 for text in _paragraph_texts(node) if _report_paragraph(text)) >= 2:
            continue
        _remove_keeping_tail(node)


def _noscript_copies(tree: Any) -> None:
    """Read the report a page ships whole in a <noscript> block once, in place: where a
    <noscript> holds two or more paragraphs (<p>s) and the page prints one of them outside it too (a paywall's page shows its lead and a subscription
    box to a reader with scripts, and the whole text to one without them and to crawlers), the
    paragraphs outside that repeat it go, and the block is read as a box of the page (the
    extractor drops every <noscript>). A <noscript> with a tracking pixel, a picture or a note
    to turn scripts on repeats nothing and is left as it is."""
    for block in list(tree.iter("noscript")):
        copies = {folded for p in block.iter("p") if (folded := fold_words(_text(p)))}
        if len(copies) < 2:
            continue
        repeated = [p for p in tree.iter("p") if fold_words(_text(p)) in copies
                    and not any(a.tag == "noscript" for a in p.iterancestors())]
        if not repeated:
            continue
        for p in repeated:
            _remove_keeping_tail(p)
        block.tag = "div"


def _prepared(tree: Any) -> Any:
    """*tree*, a page's, as the extractor is to read it: without its widgets, its block quotes
    attributed (:func:`_attribute_quotes`), its sections of text read as paragraphs (:func:`_text_sections`).
    Every reading of the page's report reads such a tree."""
    _text_sections(tree)
    _noscript_copies(tree)
    _drop_hidden(tree)
    _drop_widgets(tree)
    _drop_page_tools(tree)
    _drop_note_marks(tree)
    _inline_times_as_text(tree)
    _quoted_asides_as_quotes(tree)
    _attribute_quotes(tree)
    _quotes_in_cells_as_lines(tree)
    _blank_line_paragraphs(tree)
    return tree


#: The boxes a page's tool may stand in (:func:`_drop_page_tools`).
_TOOL_BOXES = frozenset({"div", "section", "aside", "span", "p", "button", "figure"})
#: The most words of a box holding an AI-written summary (:func:`_drop_page_tools`).
AI_BOX_WORDS = 150


#: The most characters of a box holding a tool's label, and of a note that AI wrote a box.
TOOL_CHARS = 120
AI_NOTE_CHARS = 400


#: A slot a script fills in a template's text: "{{author}}", "{% body %}", "${title}", "<%= name %>".
_PLACEHOLDER = re.compile(r"\{\{[^{}]{1,60}\}\}|\{%[^{}]{1,60}%\}|\$\{[^{}]{1,60}\}|<%=?[^%]{1,60}%>")


def _drop_page_tools(tree: Any) -> None:
    """Take out of *tree* what the page's reader never reads as its text: markup the browser does not
    show (a <template> that no element's shadow root is made of, with the slots a script fills:
    "{{author}}", not one of plain text, the rest of the report a "Read more" button shows;
    an AMP component's fallback or placeholder, shown only until it loads or where it fails: "Could
    not load related news"), and the page's tools around its article, each a box of its own: an
    audio player ("Listen (2 min)", :func:`~core.reading.judge.is_page_tool`), and a summary box
    that notes a language model wrote it (:func:`~core.reading.judge.is_ai_note`), with its heading
    and its points, which the report tells again."""
    doomed: list[Any] = []
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag == "template" and node.get("shadowrootmode") is None and node.get("shadowroot") is None:
            if _PLACEHOLDER.search(" ".join(node.itertext())):
                doomed.append(node)
            continue
        elif (node.get("fallback") is not None or node.get("placeholder") is not None) and (
                (parent := node.getparent()) is not None and isinstance(parent.tag, str) and parent.tag.startswith("amp-")):
            doomed.append(node)
        elif node.tag in _TOOL_BOXES and (text := _short_text(node, TOOL_CHARS, spaced=True)) and is_page_tool(text) and not is_ai_note(text):
            doomed.append(node)
        elif node.tag in _TEXT_HOLDERS and (text := _short_text(node, AI_NOTE_CHARS, spaced=True)) and is_ai_note(text):
            box = node.getparent()
            held = box is not None and box.tag in _TOOL_BOXES and word_count(_text(box)) <= AI_BOX_WORDS and not box.xpath(
                ".//h1|.//article|.//main") and bool(box.xpath(".//ul|.//ol|.//h2|.//h3|.//h4|.//strong"))
            doomed.append(box if held else node)
    for node in doomed:
        if node.getparent() is not None and not any(a in doomed for a in node.iterancestors()):
            _remove_keeping_tail(node)


#: A blank line inside a text, between two of its lines.
_BLANK_LINE = re.compile(r"\n[ \t\r\f\u00a0]*\n\s*")


def _blank_line_paragraphs(tree: Any) -> None:
    """Split each <p> of *tree* that holds text alone, a blank line between its lines, into one <p>
    a part: a post's text printed as it was typed (a social network's page without scripts, a
    feed reader's copy), whose writer broke its paragraphs by a blank line. The blank lines at its
    start or end break nothing."""
    import lxml.html

    for node in list(tree.iter("p")):
        if len(node) or node.getparent() is None:
            continue
        parts = [part.strip() for part in _BLANK_LINE.split((node.text or "").strip(_BLANK))]
        if len(parts) < 2 or not all(parts):
            continue
        node.text = parts[0]
        after = node
        for part in parts[1:]:
            made = lxml.html.Element("p")
            made.text = part
            after.addnext(made)
            after = made
        if node.tail is not None and after is not node:
            after.tail, node.tail = node.tail, None


#: The blocks of prose whose sentence a <time> may stand in ("Published on <time>…</time> — Ref. …").
_TIME_HOSTS = frozenset({"p", "li", "dd", "blockquote"})
#: The fewest words before a <time> that ends a paragraph's sentence for it to be the sentence's
#: ("The hearing was set for <time>March 3</time>."; not a stamp's label: "Published <time>…</time>.").
TIME_IN_SENTENCE_WORDS = 3
#: A word's character: a side of a <time> with one holds words.
_A_WORD = re.compile(r"\w")


def _inline_times_as_text(tree: Any) -> None:
    """Let each <time> that stands inside a paragraph's sentence be read as its words: the extractor
    drops every <time> with its text, which leaves a gap ("Publié le — Référence …" for "Publié
    le <time>11/11/2026</time> — Référence …"). A <time> is one where the paragraph, list item or
    quotation holding it (through inline elements) has words on both sides of it, or ends as a
    sentence after it with :data:`TIME_IN_SENTENCE_WORDS` words or more before it. Such a <time>
    becomes a <span> (its ``datetime`` kept); a stamp on its own or a byline's ("By Ana Example
    <time>Wednesday</time>") stays a <time>. The page's metadata is read before, from the <time>s
    as the page has them."""
    for stamp in list(tree.iter("time")):
        if not _text(stamp).strip():
            continue
        block = stamp.getparent()
        while block is not None and block.tag in _PHRASING:
            block = block.getparent()
        if block is None or block.tag not in _TIME_HOSTS:
            continue
        before, after = _around(block, stamp)
        if _A_WORD.search(before) and (_A_WORD.search(after)
                                     or (len(before.split()) >= TIME_IN_SENTENCE_WORDS and is_sentence(f"{before}x{after}"))):
            stamp.tag = "span"


def _around(block: Any, node: Any) -> tuple[str, str]:
    """The text of *block* before *node* (an element inside it) and after it, each joined as the
    page has it (*node*'s own text in neither, *block*'s tail in neither)."""
    parts: tuple[list[str], list[str]] = ([], [])
    side = 0

    def walk(element: Any) -> None:
        nonlocal side
        if element is node:
            side = 1
            return
        if isinstance(element.tag, str):
            parts[side].append(element.text or "")
        for child in element:
            walk(child)
            parts[side].append(child.tail or "")

    walk(block)
    return "".join(parts[0]), "".join(parts[1])


#: The most words of the line a forum sets over the quotation it quotes ("ana_example:", "Ana said:").
QUOTE_TITLE_WORDS = 6


def _quoted_asides_as_quotes(tree: Any) -> None:
    """Set each quotation a post sets in an <aside> among its paragraphs as a block quote of them:
    a forum quotes a report or another post so (Discourse's "<aside class=quote><div
    class=title>ana:</div><blockquote>...</blockquote></aside>"), and the extractor drops every
    <aside> as a sidebar. An aside that holds a block quote and at most a short title line over it
    (:data:`QUOTE_TITLE_WORDS` words, left out), whose parent holds a paragraph of its own, and
    which is marked as a quotation (a class word "quote") or titled so, is the post's quotation; any
    other aside stays one (a pull quote set aside: :func:`_pull_quotes`)."""
    for aside in list(tree.iter("aside")):
        parent = aside.getparent()
        children = [c for c in aside if isinstance(c.tag, str)]
        quotes = [c for c in children if c.tag == "blockquote"]
        if parent is None or len(quotes) != 1 or (aside.text or "").strip():
            continue
        if any(c is not quotes[0] and (c.tag in _BLOCK_TAGS and c.tag not in ("div", "p") or word_count(_text(c)) > QUOTE_TITLE_WORDS)
               for c in children):
            continue
        if not any(p.tag == "p" and _text(p) for p in parent if p is not aside):
            continue
        words = _class_words(aside)
        if any(_PULL_CLASS.search(w) for w in words) or len(children) == 1 and not any("quote" in w.lower() for w in words):
            continue  # a pull quote set aside, marked so or not marked as a quotation (no title over it)
        quote = quotes[0]
        quote.tail = aside.tail
        parent.replace(aside, quote)


#: What a footnote's mark prints: a number, maybe bracketed ("1", "[12]", "(3)"), or a sign ("*", "†");
#: and what a note's link back to its mark prints: an arrow ("↩", "↩︎", "↑", "⤴") or a caret ("^").
_NOTE_MARK = re.compile(r"^[\[(]?(?:\d{1,3}|[*†‡§¶]{1,3})[\])]?$|^[↩↑⤴⇧^]\ufe0e?$")
#: What marks a page's list of notes, at its end: the ARIA roles (DPUB's "doc-endnotes", a note's
#: "doc-endnote" and "doc-footnote") and the class Markdown renderers (kramdown, Hugo's, Pandoc's,
#: markdown-it's) and newsletter platforms give it ("footnotes", "footnote", "endnotes").
_NOTES_ROLE = frozenset({"doc-endnotes", "doc-endnote", "doc-footnote"})
_NOTES_CLASS = re.compile(r"^(?:foot|end)-?notes?$", re.I)
#: What a footnote's link says it is (Substack's "footnote-anchor" and "footnote-number", the ARIA
#: roles "doc-noteref" and "doc-backlink", Markdown's "footnote-ref", "fnref" and "footnote-backref").
_NOTE_LINK = re.compile(r"foot-?note|noteref|backlink|\bfn-?(?:ref|backref)?\b|\bcite[-_]?(?:ref|note)", re.I)


def _drop_note_marks(tree: Any) -> None:
    """Take the footnotes' marks out of the page: a link to a place on the page whose text is a
    footnote's mark (:data:`_NOTE_MARK`), or one marked as a note's link (:data:`_NOTE_LINK`), and
    the <sup> that holds only it. A sentence keeps no number glued to its stop ("a decade
    ago.1"), and a footnote at the end no line of its number alone (a note not in a list of notes stays as text).
    A number raised without such a link ("m<sup>2</sup>") is no footnote's and stays.

    The notes themselves, a list the page marks as its notes (:data:`_NOTES_ROLE`,
    :data:`_NOTES_CLASS`) whose notes link back to their marks ("↩"), are the report's sources
    and asides, no paragraphs of it: out too (:func:`_note_lists`)."""
    for notes in _note_lists(tree):
        _remove_keeping_tail(notes)
    for link in list(tree.iter("a")):
        text = _text(link)
        if not _NOTE_MARK.match(text):
            continue
        href = (link.get("href") or "").strip()
        marks = " ".join((link.get("class") or "", link.get("role") or "", link.get("id") or "", href))
        if not (href.startswith("#") and len(href) > 1 or _NOTE_LINK.search(marks)):
            continue
        parent = link.getparent()
        if parent is None:
            continue
        if parent.tag == "sup" and _text(parent) == text and parent.getparent() is not None:
            link = parent
        _remove_keeping_tail(link)


def _note_lists(tree: Any) -> list[Any]:
    """The page's lists of notes (the outermost of each): an element marked as notes
    (:data:`_NOTES_ROLE`, :data:`_NOTES_CLASS`) that holds a link back to a place on the page (a
    note's "↩" to its mark), and no <article>, <main> or headline; at most a third of the page's
    text (a page of notes is read as it is)."""
    body = tree.find(".//body")
    total = len(_text(body)) if body is not None else 0
    found: list[Any] = []
    for node in tree.iter(*_WIDGET_TAGS, "li", "footer"):
        role = (node.get("role") or "").strip().lower()
        if role not in _NOTES_ROLE and not any(_NOTES_CLASS.match(w) for w in (node.get("class") or "").split()):
            continue
        if any(a in found for a in node.iterancestors()) or node.getparent() is None:
            continue
        if not any((a.get("href") or "").startswith("#") and len(a.get("href") or "") > 1 for a in node.iter("a")):
            continue
        if next(node.iter("article", "main", "h1"), None) is not None or total and len(_text(node)) > total / 3:
            continue
        found.append(node)
    return found


def _quotes_in_cells_as_lines(tree: Any) -> None:
    """Set the blocks of each block quote in a table's cell as the quote's lines, a <br> between
    them: the extractor empties a quote in a cell that holds block elements (<p>, <div>; a page
    laid out in a table lost the statement it quoted, whole) and reads one of lines. A quote
    holding a table is left as it is."""
    from lxml import etree

    for quote in list(tree.iter("blockquote")):
        in_cell = next(quote.iterancestors("td", "th"), None) is not None
        if not in_cell or next(quote.iterancestors("blockquote"), None) is not None:
            continue
        if next(quote.iter("table"), None) is not None:
            continue  # a table quoted: the extractor reads it as a table of its own
        blocks = [n for n in quote.iterdescendants() if isinstance(n.tag, str) and n.tag in _BLOCK_TAGS]
        for block in blocks:
            block.addprevious(block.makeelement("br", {}))
            block.append(block.makeelement("br", {}))
        etree.strip_tags(quote, *{block.tag for block in blocks})


#: How many characters of a page's description (folded) a block must open with to be the lead the
#: description gives: enough to be no chance agreement of a first few words.
DESCRIBED_CHARS = 40


def _tells_description(node: Any, described: set[str]) -> bool:
    """Whether *node*, a block of text holding no other block, opens with the words of the page's
    own description (<meta name=description>, og:, twitter:): the report's lead printed apart from
    its body (Vietnamese pages' "sapo" in a <p class=description>), whatever its class calls it;
    not a site's tagline in the page's header (a <header> outside the report's <article> or
    <main>), which a blog gives as every page's description."""
    if next((d for d in node.iterdescendants() if isinstance(d.tag, str) and d.tag in _BLOCK_TAGS), None) is not None:
        return False
    if fold_words(_text(node))[:DESCRIBED_CHARS] not in described:
        return False
    # A blog's tagline in its site header, which the site's pages give as their description too
    boxes = list(node.iterancestors())
    in_report = any(a.tag in ("article", "main") for a in boxes)
    return in_report or not any(a.tag == "header" for a in boxes)


def _lone_teaser(node: Any, tree: Any) -> bool:
    """Whether *node*, a block a teaser's class word marks (:data:`_TEASER_CLASS`: "teaser",
    "summary"), may be the report's lead: no other element of the page bears its class (a list of
    other reports' teasers bears one class over and over) and links make up less than half its
    text (a teaser of another report links to it)."""
    classes = node.get("class") or ""
    if classes and sum(1 for other in tree.iter() if isinstance(other.tag, str) and other.get("class") == classes) > 1:
        return False
    text = _text(node)
    return 2 * sum(len(_text(a)) for a in node.iter("a")) < len(text)


def _previous_element(node: Any) -> Any | None:
    """The element right before *node* among its siblings, comments and processing instructions aside."""
    return next((s for s in node.itersiblings(preceding=True) if isinstance(s.tag, str)), None)


def _outline(tree: Any) -> _Outline:
    """The outline of *tree* that :func:`_with_lead` needs, read before extraction changes the tree."""
    headline: int | None = None
    headline_node: Any | None = None
    leads: list[tuple[int, str]] = []
    unmarked: list[int] = []
    kept_leads: list[tuple[int, str]] = []
    paragraphs: list[tuple[int, str]] = []
    subheads: set[str] = set()
    summaries: list[tuple[int, Any]] = []
    described = {
        folded[:DESCRIBED_CHARS] for m in tree.iter("meta")
        if (m.get("name") or m.get("property") or "").casefold() in ("description", "og:description", "twitter:description")
        and len(folded := fold_words(m.get("content") or "")) >= DESCRIBED_CHARS
    }
    for at, node in enumerate(tree.iter()):
        if not isinstance(node.tag, str):
            continue
        if node.tag in ("p", "div", "span", "strong", "b") and any(
            _SUBHEAD_CLASS.search(w) for w in _class_words(node)
        ) and _subhead_words(_text(node)):
            subheads.add(fold_words(_text(node)))
        if node.tag == "h1" and headline is None:
            headline, headline_node = at, node
        elif node.tag in ("h2", "h3") and headline_node is not None and _previous_element(node) is headline_node \
                and not any(_LEAD_CLASS.search(w) for w in _class_words(node)):
            # an unmarked heading right under the headline, before anything else (a print page's
            # "<h1>...</h1><h2>...</h2>"): the deck, where it is of a deck's length (a section's
            # heading is shorter; a marked one is read below)
            if 6 <= len((text := _prose(node)).split()) <= DECK_WORDS:
                leads.append((at, text))
                unmarked.append(at)
        elif node.tag == "p":
            text = fold_words(_text(node))
            if text:
                paragraphs.append((at, text[:60]))
        marks = _class_words(node)
        parted = _parted_words(node)
        lead = node.tag in ("p", "div", "section", "header", "span", "h2", "h3") and any(_LEAD_CLASS.search(w) for w in parted) and (
            not any(_TEASER_CLASS.search(w) for w in parted) or _lone_teaser(node, tree)) or (
            node.tag in ("p", "div") and described and _tells_description(node, described))
        description = node.tag in ("p", "div") and any(_DESCRIPTION_CLASS.search(w) and not _TAGLINE_CLASS.search(w) for w in marks)
        # (a box that holds the headline holds the report, whatever its class says: "sidebar-1")
        if (lead or description) and not any(
                a.tag in ("aside", "nav", "footer", "figure", "figcaption") or _ASIDE.search(f"{a.get('class') or ''} {a.get('id') or ''}")
                and next(a.iter("h1"), None) is None for a in _boxes(node)):
            parts = next(node.iterdescendants(*_NOT_LEAD_PARTS), None)
            if parts is not None and not (parts.tag != "h1" and _one_heading(node)):
                # (a box of one heading, '<div class="b-subheadline"><h2>...</h2></div>', is a
                # standfirst set in a heading's element, as '<h2 class="subheadline">' is: a lead)
                if lead and not any(_boxes_summary(node, other) for _, other in summaries):
                    summaries.append((at, node))
                continue
            text = _prose(node)
            if 6 <= len(text.split()) <= 120:
                (leads if lead else kept_leads).append((at, text))
    boxes = tuple((at, tuple(_leaves(node))) for at, node in summaries)
    heads, deck, header_text = _header_heads(tree)
    return _Outline(headline, tuple(leads), tuple(paragraphs), frozenset(subheads), _pull_quotes(tree), tuple(kept_leads), boxes,
                    heads, deck, header_text, _link_cells(tree), frozenset(unmarked))


#: The most words of a table's cell of links alone that is a menu's item or a page's controls.
LINK_CELL_WORDS = 6


def _link_cells(tree: Any) -> frozenset[str]:
    """The folded text of each table cell whose words are all links' (at most :data:`LINK_CELL_WORDS`)
    in a table nested in another (the page's layout): a page laid out in tables sets its menu's items ("<td><a>Tenders</a></td>") and its controls
    ("<td><a href=javascript:print()>Print</a> « <a>Back</a></td>") so, as rows the extractor keeps."""
    found: set[str] = set()
    for cell in tree.iter("td", "th"):
        if next(cell.iter("table", "p", "br"), None) is not None or next(cell.iter("a"), None) is None:
            continue
        if sum(1 for a in cell.iterancestors("table")) < 2:
            continue  # (a table of the report's, not nested in the page's layout: its cells are data, "Docker for Windows")
        text = _text(cell)
        if 0 < word_count(text) <= LINK_CELL_WORDS and not re.search(r"\w", _unlinked_text(cell, None)):
            found.add(fold_words(text))
    return frozenset(found)


def _header_heads(tree: Any) -> tuple[tuple[str, ...], str | None, str]:
    """The folded texts of the headings in the report's <header> besides its headline (the first
    <header> that holds an <h1>, as HTML's article header holds the headline, its deck, its kicker,
    byline and dates: Facebook's Instant Articles, many CMS themes), of those the deck (the first
    heading after the headline), and the folded text of all the header."""
    # (not a site's header whose logo is its <h1>: it holds the site's menu)
    header = next((h for h in tree.iter("header") if next(h.iter("h1"), None) is not None and next(h.iter("nav"), None) is None), None)
    if header is None:
        return (), None, ""
    heads: list[str] = []
    deck: str | None = None
    after = False
    for node in header.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        if node.tag == "h1":
            after = True
            continue
        if text := fold_words(_text(node)):
            heads.append(text)
            if after and deck is None:
                deck = text
    return tuple(heads), deck, fold_words(_text(header))


def _without_header_heads(blocks: list[Block], outline: _Outline) -> list[Block]:
    """*blocks* without the headings of the report's <header> (:func:`_header_heads`) above its
    first paragraph: its kicker, no word of the report; its deck, where headline-shaped, as the
    standfirst (:func:`_lead_kind`), where a sentence as the first paragraph, as a lead is."""
    if not outline.header_heads:
        return blocks
    out: list[Block] = []
    for n, block in enumerate(blocks):
        if block.kind in ("p", "item", "quote") and fold_words(block.text) not in outline.header_text:
            return [*out, *blocks[n:]]  # the report begins (the header's byline and date lines are for the reading after)
        if block.kind == "head" and (folded := fold_words(block.text)) in outline.header_heads:
            if folded == outline.deck:
                out.append(Block(block.text, _lead_kind(block.text)))
            continue
        out.append(block)
    return out


def _one_heading(node: Any) -> bool:
    """Whether *node*'s only block is one heading ("<div class=b-subheadline><h2>...</h2></div>")."""
    leaves = _leaves(node)
    return len(leaves) == 1 and leaves[0].kind == "head"


def _boxes_summary(node: Any, other: Any) -> bool:
    """Whether *other* holds *node* (a summary's inner box, "<div class=summary><div class=summary-body>")."""
    return any(a is other for a in node.iterancestors())


#: The page's block elements, by the kind of block each is (a picture's caption is the article's
#: metadata, ``Article.captions``, never a paragraph of its report).
_LEAF_KINDS = {"p": "p", "li": "item", "blockquote": "quote", "dd": "p", "address": "p", "figcaption": "caption",
               **{f"h{n}": "head" for n in range(1, 7)}}


def _leaves(tree: Any, *, boxes: bool = False) -> list[Block]:
    """The text of each block element of *tree* that holds no other, in document order; with
    *boxes*, also each <div> that holds text and no block element (a headline, a logo, an info
    line a page sets in a box of its own: "<div class=art-title>"), as a paragraph, and a box's
    paragraphs a run of two <br> parts (:func:`_broken_paragraphs`) each as one."""
    leaves: list[Block] = []
    for node in tree.iter(*_LEAF_KINDS, *(("div",) if boxes else ())):
        if node.tag == "div":
            if any(isinstance(d.tag, str) and (d.tag in _BLOCK_LEVEL or d.tag in _LEAF_KINDS) for d in node.iterdescendants()):
                continue
            if any(a.tag in _LEAF_KINDS for a in node.iterancestors()):
                continue  # a box inside a paragraph, a list's item: the block is its holder
            leaves.extend(Block(text, "p") for text in _broken_paragraphs(node))
            continue
        if not any(isinstance(d.tag, str) and d.tag in _LEAF_KINDS for d in node.iterdescendants()):
            text = _text(node)
            if text:
                leaves.append(Block(text, _LEAF_KINDS[node.tag]))
    return leaves


def _broken_paragraphs(node: Any) -> list[str]:
    """The paragraphs of an element's text, parted where a run of two <br> or more stands between
    them (a post's text in one box, "<div>Headline<br><br>First paragraph.<br><br>Second ..."),
    each with its spaces collapsed; a single <br> breaks a line, not a paragraph: it is a space
    ("Ana Example<br>Edited by Bo Lind" is "Ana Example Edited by Bo Lind", never "Ana ExampleEdited").
    Empty ones are left out."""
    if next(node.iter("br"), None) is None:
        return [text] if (text := _text(node)) else []
    return [text for part in re.split(r"\n\s*\n", _broken_text(node)) if (text := " ".join(part.split()))]


#: The words (:func:`~core.reading.judge.word_count`: a Han character or a kana is one) of a block
#: with no space that is a paragraph of an unspaced script, not a word of a menu ("首页", "国际新闻").
UNSPACED_BLOCK_WORDS = 8


def _as_extracted(text: str) -> str:
    """*text* as the extractor prints it: without the characters it drops, the invisible
    formatting ones (direction marks around an Arabic paragraph, "\u200fنص\u200f"; a Persian
    word's joiner) and the other unprintable ones, its spaces collapsed."""
    if not text.isprintable():
        text = "".join(c for c in text if c.isprintable() or c.isspace())
    return " ".join(text.split())


def _respaced(body: Any, data: bytes) -> Any:
    """Trafilatura's *body* with the space given back after a word set in bold or italics where
    the page has one: the extractor drops it where such a word opens a <div>'s text ("<div><strong>15.30
    WIB</strong> Dermaga ..." comes out as "15.30 WIBDermaga"). A word and the next glued in the
    extraction (both letters or digits) are two where the page's text, read again from *data*,
    holds them with a space between and never without one. The page is parsed again for it (the
    extraction has changed the first tree), so only a page with such a join pays for it."""
    glued = [hi for hi in body.iter("hi") if re.search(r"\S$", "".join(hi.itertext())) and re.match(r"\w", hi.tail or "")]
    if not glued:
        return body
    tree = _parsed(_visible_controls(data))
    page = tree.find(".//body") if tree is not None else None
    if page is None:
        return body
    text = " ".join("".join(page.itertext()).split())
    for hi in glued:
        before, after = " ".join("".join(hi.itertext()).split())[-30:], " ".join((hi.tail or "").split())[:30]
        if f"{before} {after}" in text and f"{before}{after}" not in text:
            hi.tail = " " + (hi.tail or "")
    return body


def _unglued(blocks: list[Block], data: bytes) -> list[Block]:
    """*blocks* with a paragraph that glues several of the page's blocks together cut back into them.

    Trafilatura replaces a short extraction (under 250 characters: a brief, or a short report
    whose byline it removed) with its baseline, which prints the page's <article> as one
    paragraph: headline, byline and every paragraph in one. Each block element of the page
    found in it, in order, is a block again (headings as headings), and so is the text
    between them, so nothing is lost. The page is parsed again for it (the extraction has
    changed the first tree), so only such a page pays for it.
    """
    if len(blocks) != 1 or blocks[0].kind != "p":
        return blocks
    tree = _parsed(_visible_controls(data))
    if tree is None:
        return blocks
    _prepared(tree)  # as the extractor saw the page
    text, pieces, pos, found = blocks[0].text, [], 0, 0
    for leaf in _leaves(tree, boxes=True):  # (a headline's box too: no paragraph glued to the nav over it)
        printed = _as_extracted(leaf.text)
        if leaf.kind != "head" and len(printed.split()) < 2 and word_count(printed) < UNSPACED_BLOCK_WORDS:
            continue  # a word of a menu may stand anywhere ("Home", "首页"; a paragraph of Chinese has no space)
        at = text.find(printed, pos) if printed else -1
        if at < 0:
            continue
        if text[pos:at].strip():
            pieces.append(Block(text[pos:at].strip()))
        # the page's own text, which keeps a Persian word's joiners ("می‌گوید"), without the
        # direction marks that open and close it
        pieces.append(Block(leaf.text.strip(DIRECTION_MARKS + " "), leaf.kind))
        pos, found = at + len(printed), found + 1
    if found < 2:
        return blocks
    if text[pos:].strip():
        pieces.append(Block(text[pos:].strip()))
    return pieces


#: How many levels above the box holding the extracted paragraphs a row of boxes of one kind may stand.
BOX_LEVELS = 4
#: The fewest words of the extraction's paragraphs that :func:`_with_sibling_boxes` finds in the page.
FOUND_WORDS = 8


def _with_lost_lists(blocks: list[Block], tree: Any) -> list[Block]:
    """*blocks* with the items of a list the extractor left out between two paragraphs it kept.

    A list (<ol>, <ul>) whose element siblings right before and after it are paragraphs that
    stand next to each other in *blocks* is the report's ("The main measures are:" / 1. ... 2.
    ... / "The plan will cost ..."): its items, none of them held yet, go between them, each a
    block of its own ("item"). So does a list that closes its box (a newsletter's cell: nothing
    after it there) under a kept paragraph that announces it with a colon ("What we are
    watching:"), after that paragraph. Empty elements between are no sibling (an office document's
    spacer paragraphs: "<p><span></span></p>"). Not a list of links (a menu's, a list of other
    reports: half its text or more in links), nor one in an aside, a menu or a footer.
    """
    if len(blocks) < 2:
        return blocks

    def sibling(listing: Any, preceding: bool) -> Any | None:
        return next((s for s in listing.itersiblings(preceding=preceding) if not isinstance(s.tag, str) or _text(s)
                     or s.tag in ("img", "figure", "table", "hr")), None)

    at = {fold_words(b.text): n for n, b in enumerate(blocks)}
    inserts: dict[int, list[Block]] = {}
    for listing in tree.iter("ol", "ul"):
        before, after = sibling(listing, True), sibling(listing, False)
        if before is None or not isinstance(before.tag, str) or after is not None and not isinstance(after.tag, str):
            continue
        first = at.get(fold_words(_text(before)))
        if after is not None:
            then = at.get(fold_words(_text(after)))
        elif first is not None and _text(before).rstrip().endswith(":"):
            then = first + 1  # the list closes its box, and the paragraph over it announces it
        else:
            continue
        if first is None or then != first + 1 or any(a.tag in ("nav", "aside", "footer", "menu") for a in listing.iterancestors()):
            continue
        items = [text for item in listing.iterchildren("li") if (text := _text(item))]
        linked = sum(len(_text(a)) for a in listing.iter("a"))
        if not items or 2 * linked >= sum(map(len, items)) or any(fold_words(text) in at for text in items):
            continue
        inserts[then] = [Block(text, "item") for text in items]
    if not inserts:
        return blocks
    return [b for n, block in enumerate([*blocks, None]) for b in (*inserts.get(n, ()), *([block] if block else []))]


#: A class word of a blockquote that embeds a post of another site (a tweet, an Instagram post).
_EMBED_CLASS = re.compile(r"tweet|twitter|instagram|tiktok|facebook|reddit|bluesky|mastodon|threads|embed", re.I)
#: The fewest words of a quotation the extractor left out that goes back in.
LOST_QUOTE_WORDS = 6


def _quote_blocks(quote: Any) -> list[Block]:
    """The blocks of a page's <blockquote> *quote*: as :func:`_blocks` reads the extractor's, but
    a table's rows each its cells' text in order, a head row too (the page's own table, read
    as printed: the extractor's labelling of cells by their heads needs the rows it keeps)."""
    quote = deepcopy(quote)  # (the page's tree stays as it is)
    for table in list(quote.iter("table")):
        lines = [line for row in table.iter("tr") if (line := " ".join(" ".join(row.itertext()).split()))]
        replacement = quote.makeelement("div", {})
        for line in lines:
            para = replacement.makeelement("p", {})
            para.text = line
            replacement.append(para)
        replacement.tail = table.tail
        table.getparent().replace(table, replacement)
    return _blocks(quote)


def _with_lost_quotes(blocks: list[Block], tree: Any) -> list[Block]:
    """*blocks* with a quotation the extractor left out between two paragraphs it kept.

    A <blockquote> (in a <figure> or not) whose text no block holds, set between two page
    elements that stand next to each other in *blocks* (the nearest held ones before and after
    it, in the page's order: "<div class=prose>...</div><figure><blockquote>“...,” the managing
    director said.</blockquote></figure><div class=prose>...</div>"), is the report's own
    quotation and goes between them ("quote"). Not a pull quote, which repeats the report's words
    or a class calls one, not a post of another site embedded (a tweet), nor one in an aside, a
    menu or a footer.
    """
    quotes = list(tree.iter("blockquote"))
    if len(blocks) < 2 or not quotes:
        return blocks
    at = {fold_words(b.text): n for n, b in enumerate(blocks)}
    every = " ".join(fold_words(b.text) for b in blocks)
    order = [node for node in tree.iter() if isinstance(node.tag, str)]
    place = {node: n for n, node in enumerate(order)}
    inserts: dict[int, list[Block]] = {}
    for quote in quotes:
        text = _text(quote)
        folded = fold_words(text)
        if len(text.split()) < LOST_QUOTE_WORDS or folded in every or fold_words(_unattributed(text)) in every:
            continue
        if 2 * sum(len(_text(a)) for a in quote.iter("a")) >= len(text):
            continue  # a box of links set as a quotation (a list of references)
        boxes = [quote, *quote.iterancestors()]
        if any(a.tag in ("nav", "aside", "footer", "menu") or _ASIDE.search(f"{a.get('class') or ''} {a.get('id') or ''}")
               or _PULL_CLASS.search(a.get("class") or "") or _EMBED_CLASS.search(a.get("class") or "") for a in boxes):
            continue
        start = place[quote]
        end = start + sum(1 for d in quote.iterdescendants() if isinstance(d.tag, str))
        above = set(boxes)  # (its boxes hold it: no neighbour)
        first = next((at[f] for node in reversed(order[:start]) if node not in above and (f := fold_words(_text(node))) in at), None)
        then = next((at[f] for node in order[end + 1 :] if (f := fold_words(_text(node))) in at), None)
        if first is None or then != first + 1:
            continue
        # (its own paragraphs, list items and table rows each a block: a row its cells in order)
        inserts.setdefault(then, []).extend(Block(b.text, "quote" if b.kind == "p" else b.kind) for b in _quote_blocks(quote))
    if not inserts:
        return blocks
    return [b for n, block in enumerate(blocks) for b in (*inserts.get(n, ()), block)]


def _with_sibling_boxes(blocks: list[Block], tree: Any) -> list[Block]:
    """*blocks* with the report's other boxes, where the page sets the report in a row of boxes
    of one kind and the extractor read one of them.

    The box is the element holding every page paragraph the blocks hold (of FOUND_WORDS words
    or more), or an ancestor of it up to BOX_LEVELS levels, whose siblings have its tag and its
    class ("editorial-module editorial-module--text"): each such sibling that holds
    RESUMED_PARAGRAPHS report's paragraphs (<p> sentences of RESUMED_WORDS words or more) the
    blocks do not hold gives its blocks, in the page's order - the boxes before the extracted one
    before its first block, those after it after its last. A box of another class (a picture's,
    an advert's) is not the report's, nor one of a single paragraph (an author's note) or of
    teasers in a list.
    """
    if len(blocks) < 2:
        return blocks
    got = {fold_words(b.text)[:80] for b in blocks if word_count(b.text) >= FOUND_WORDS}
    found = [p for p in tree.iter("p") if fold_words(_text(p))[:80] in got]
    if len(found) < 2:
        return blocks
    lines = [set(p.iterancestors()) for p in found[1:]]
    node = next((a for a in found[0].iterancestors() if all(a in line for line in lines)), None)
    for _ in range(BOX_LEVELS):
        parent = node.getparent() if node is not None else None
        if node is None or parent is None:
            return blocks
        kind = (node.tag, node.get("class"))
        if kind[1] and any(c is not node and (c.tag, c.get("class")) == kind for c in parent):
            break
        node = parent
    else:
        return blocks
    before: list[Block] = []
    after: list[Block] = []
    side = before
    for box in parent:
        if box is node:
            side = after
        if box is node or (box.tag, box.get("class")) != kind:
            continue
        leaves = [leaf for leaf in _leaves(box) if fold_words(leaf.text)[:80] not in got]
        paragraphs = [leaf for leaf in leaves if leaf.kind == "p" and word_count(leaf.text) >= RESUMED_WORDS]
        if sum(map(is_sentence, (leaf.text for leaf in paragraphs))) >= RESUMED_PARAGRAPHS:
            side.extend(leaves)
    if not before and not after:
        return blocks
    held = {fold_words(leaf.text)[:80] for leaf in _leaves(node)}
    inside = [i for i, b in enumerate(blocks) if fold_words(b.text)[:80] in held]
    first, last = (inside[0], inside[-1]) if inside else (0, len(blocks) - 1)
    return [*blocks[:first], *before, *blocks[first : last + 1], *after, *blocks[last + 1 :]]


def _with_article_notes(blocks: list[Block], tree: Any) -> list[Block]:
    """*blocks* with the outlet's notes on its article (:func:`core.text.is_article_note`: a
    correction, a clarification, an update) that the report's box holds and the extractor left
    out, each after the block the page prints before it (trial 46 F8: a Ghost page's correction
    in a callout card, ``<div class="kg-callout-card">``, was dropped, so the reader was never told
    the figure had been corrected).

    The report's box is the element holding every page paragraph the blocks hold (of
    FOUND_WORDS words or more); a note is the text of an element in it that holds no block
    element, and is kept as a paragraph (the article's reading marks it a note)."""
    if not blocks:
        return blocks
    got = {fold_words(b.text)[:80] for b in blocks}
    found = [p for p in tree.iter("p") if word_count(_text(p)) >= FOUND_WORDS and fold_words(_text(p))[:80] in got]
    if not found:
        return blocks
    lines = [set(p.iterancestors()) for p in found[1:]]
    box = next((a for a in found[0].iterancestors() if all(a in line for line in lines)), None)
    if box is None:
        return blocks
    at = {fold_words(b.text)[:80]: n for n, b in enumerate(blocks)}
    held = "\n".join(fold_words(b.text) for b in blocks)  # (a note the blocks hold inside another block)
    notes: dict[int, list[Block]] = {}  # by the index of the block each follows (-1: before the first)
    last = -1
    for node in box.iter():
        if not isinstance(node.tag, str) or node.tag not in _BLOCK_LEVEL and node.tag not in _LEAF_KINDS:
            continue
        if any(isinstance(d.tag, str) and (d.tag in _BLOCK_LEVEL or d.tag in _LEAF_KINDS) for d in node.iterdescendants()):
            continue  # its blocks are read on their own
        if not (text := _text(node)):
            continue
        key = fold_words(text)[:80]
        if key in at:
            last = at[key]
        elif is_article_note(text) and key[:60] not in held:
            notes.setdefault(last, []).append(Block(text, "p"))
            got.add(key)
    if not notes:
        return blocks
    return [*notes.get(-1, []), *(kept for n, b in enumerate(blocks) for kept in (b, *notes.get(n, [])))]


def _with_lead(blocks: list[Block], outline: _Outline) -> list[Block]:
    """*blocks* with the report's lead where the extractor left it out: right above the first
    paragraph it kept, under the kicker, headline, byline and date lines it kept above that.

    The lead is a block the page marks as one (:data:`_LEAD_CLASS`) that stands after the
    headline and before the first paragraph the extractor kept, and whose text the blocks
    do not hold already. Where they hold it after the report's paragraphs, it, or a block a
    class calls a description (:data:`_DESCRIPTION_CLASS`), is moved there.
    """
    if not blocks or not (outline.leads or outline.described or outline.summaries):
        return blocks
    pos = next((n for n, b in enumerate(blocks) if b.kind == "p" and len(b.text.split()) >= 6), None)
    if pos is None:
        return blocks
    first = fold_words(blocks[pos].text)[:40]
    if not first:
        return blocks
    start = next((at for at, text in outline.paragraphs if text.startswith(first[:40]) or first.startswith(text)), None)
    if start is None:
        return blocks
    kept = " ".join(fold_words(b.text) for b in blocks)
    # a lead-marked box of several blocks ("Key points" over a list) the extractor left out
    # whole: its blocks, in front of the report's
    # (a box is left out where none of its blocks but its headings is kept, or, of headings alone, none of them)
    summary = [b for at, box in outline.summaries if at < start and (outline.headline is None or at > outline.headline)
               and not any(fold_words(b.text) in kept for b in ([b for b in box if b.kind != "head"] or box)) for b in box]
    led = _led(blocks, outline, start, kept, pos)
    if summary:
        lead = pos + 1 if len(led) > len(blocks) else pos
        return [*led[:lead], *summary, *led[lead:]]
    return led


def _led(blocks: list[Block], outline: _Outline, start: int, kept: str, pos: int) -> list[Block]:
    """*blocks* with the lead of :func:`_with_lead` (*start*: where the first paragraph kept
    stands in the page, *pos* among the blocks; *kept*: the blocks' folded text)."""
    for at, text in sorted((*outline.leads, *outline.described)):
        if at < start and (outline.headline is None or at > outline.headline):
            if fold_words(text) not in kept:
                if (at, text) in outline.leads:
                    return [*blocks[:pos], Block(text, _lead_kind(text)), *blocks[pos:]]
                continue
            if at in outline.unmarked:
                continue  # an unmarked heading the extractor kept: as it kept it
            # the extractor kept it as a heading: a standfirst set in a heading's element
            # ('<h2 class="subheadline">') is the report's first paragraph, not a subhead
            # (a deck, headline-shaped, is the standfirst)
            held = next((n for n, b in enumerate(blocks) if b.kind == "head" and fold_words(b.text) == fold_words(text)), None)
            if held is not None and (at, text) in outline.leads:
                return [*blocks[:held], Block(blocks[held].text, _lead_kind(blocks[held].text)), *blocks[held + 1 :]]
            # the extractor kept it, but after the report's paragraphs (a Vietnamese page's sapo last)
            moved = next((n for n, b in enumerate(blocks) if n and b.kind == "p" and fold_words(b.text) == fold_words(text)), None)
            if moved is not None and moved > pos and all(fold_words(b.text) != fold_words(text) for b in blocks[:moved]):
                return [*blocks[:pos], blocks[moved], *blocks[pos:moved], *blocks[moved + 1 :]]
    return blocks


#: The most words of a deck: a line under the headline that reads as one (no sentence's end) and
#: is no longer than a long headline; a longer line without its stop is a paragraph that lost it.
DECK_WORDS = 30


def _lead_kind(text: str) -> str:
    """The kind of block the lead a page marks is (:func:`_with_lead`): a "standfirst", where it is
    headline-shaped (a deck: no sentence's end, at most :data:`DECK_WORDS` words: "Sailings rise
    from three to five a week this summer"), which is the article's standfirst and no paragraph of
    its report; else a paragraph ("p"), the report's first (a lead of one short sentence too, and a
    line that introduces what follows: "The renewable molecule:")."""
    shaped = not is_sentence(text) and not text.rstrip().endswith((":", "：")) and word_count(text) <= DECK_WORDS
    return "standfirst" if shaped else "p"


#: A numeric character reference ("&#x1b;", "&#27;").
_CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));")
#: A C0 control written as itself, or DEL; not NUL, nor tab, line feed and carriage return (layout).
_CONTROL_BYTE = re.compile(rb"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _visible_controls(data: bytes) -> bytes:
    """*data* (ASCII or UTF-8) with every C0 control or DEL, written as itself or as a
    reference, made a reference to its visible stand-in (:func:`core.sanitize.sanitize`: ESC
    is U+241B, as a text file shows it; tab, line feed and carriage return are layout, and
    references to 128-159 are Windows-1252 characters in HTML): the extractor drops a whole
    page whose text holds a referenced control, the parser drops a raw one and leaves what it
    began ("]0;title", "[41m") as text, and the terminal must never get one."""
    from core.sanitize import sanitize

    def stand_in(code: int) -> bytes:
        return f"&#x{ord(sanitize(chr(code))):x};".encode()

    def visible(match: re.Match[bytes]) -> bytes:
        code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
        if code < 0x20 and code not in (0x09, 0x0A, 0x0D) or code == 0x7F:
            return stand_in(code)
        return match.group(0)

    data = _CONTROL_BYTE.sub(lambda match: stand_in(match.group()[0]), data)
    return _CHARACTER_REFERENCE.sub(visible, data) if b"&#" in data else data


#: A page's document and body opened, and closed.
_OPENED = re.compile(rb"<(?:html|body)[\s>]", re.I)
_CLOSED = re.compile(rb"</(?:html|body)\s*>", re.I)


#: The last tag of a page, where it opens a box or a link that holds content (not "<br>", "<img
#: ...>", nor "<p>", which a page of the 1990s may end on): a page that stops there broke off
#: before that content.
_LAST_START_TAG = re.compile(
    rb"<(?:a|div|span|section|article|main|header|nav|aside|figure|ul|ol|table|tbody|h[1-6]|blockquote|strong|em|b|i)"
    rb"(?:\s[^<>]*)?(?<!/)>$", re.I)
#: A page's scripts, styles and comments, whose "<article" is no element.
_NOT_MARKUP = re.compile(rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->", re.I | re.S)
#: A report's container opened and closed: a page that opens more than it closes broke off inside
#: the report (no page of the extraction or readability development sets does).
_REPORT_OPENED = re.compile(rb"<(?:article|main)[\s>]", re.I)
_REPORT_CLOSED = re.compile(rb"</(?:article|main)\s*>", re.I)


def cut_off(data: bytes) -> bool:
    """Whether an HTML page stops before its end: it opens its document or body, closes neither,
    and its last character ends no tag (a download or a save that broke off mid-text or mid-tag),
    or its last tag opens an element that holds content (:data:`_LAST_START_TAG`: "<a href=...>"),
    or it leaves a report's <article> or <main> open. Such a page's text is a fragment of the
    report, and read as a new version it would replace the whole one: a trial's page cut off in
    its header was read as its cookie notice alone. (A page that leaves out its closing tags of
    document and body, as HTML allows, ends on an element it closed.) As a feed cut off is
    refused whole (core.reading.feed), so is the page, however it came."""
    end = data.rstrip()
    if not end or _OPENED.search(data[:65536]) is None or _CLOSED.search(data) is not None:
        return False
    if not end.endswith(b">") or _LAST_START_TAG.search(end[-2048:]):
        return True
    markup = _NOT_MARKUP.sub(b"", data)
    return len(_REPORT_OPENED.findall(markup)) > len(_REPORT_CLOSED.findall(markup))


def parse_page(
    data: bytes, *, source: str, url: str | None = None, outlet: str | None = None, named_by: str | None = None,
    headline: str | None = None, filed: date | None = None,
) -> list[Article]:
    """The articles of one HTML page: its report, or one per item of a newsletter of headed items.

    Takes the arguments of :func:`parse_html`. A newsletter's items (:func:`_newsletter_items`)
    share the page's outlet, byline (where an item prints none of its own) and time; each is
    headed by its own heading (without its number: "1. Port at a standstill" is headed "Port at a
    standstill"), and the page's address goes to the first alone, as the plain-text path gives
    it a page's first report.

    Raises:
        ReadError: as :func:`parse_html`.
    """
    if (laid := positioned_text(data)) is not None:
        # a PDF converted to HTML, a placed element a printed line: read as the PDF's text export is
        dated = iso_datetime(laid.dated or "") or next((d for line in laid.running if (d := find_datetime(line))), None)
        named = outlet or next((o for line in laid.running if (o := running_head_outlet(line))), None)
        return parse_text(laid.text, path=source, outlet=named, url=url, filed=filed, title=headline or laid.headline, published=dated)
    if (posts := _chat_export_posts(data, source=source, outlet=outlet)) is not None:
        return posts
    saved = _saved_message(data)
    sent = None
    if saved is not None:
        data, fields = saved
        from core.reading.mail import headline_of, sender_of

        named_by = named_by or sender_of(fields.get("from", ""))
        headline = headline or fields.get("headline") or headline_of(fields.get("subject", "")) or None
        sent = iso_datetime(fields.get("sent") or fields.get("date") or "")
    whole, items = _read_page(data, source=source, url=url, outlet=outlet, named_by=named_by, headline=headline, filed=filed)
    if saved is not None:
        whole = _unsigned(whole)
    if sent:
        whole = replace(whole, published=sent)  # the message's date, as a message's Date is (core.reading.mail)
    if not items:
        return [whole]
    authors = [whole.byline] if whole.byline else []
    return [
        _article_from_blocks(blocks, source=source, outlet=whole.outlet, title=blocks[0].text,
                             url=whole.url if n == 0 else None,
                             # an item signed under its heading ("By Tom Hale") is its writer's
                             authors=[] if _signed_item(blocks) else authors, published=whole.published)
        for n, blocks in enumerate(items)
    ]


#: A message's header field in a page's text, as a mail program prints it: a cheap look before parsing.
_HEADER_FIELD_TEXT = re.compile(rb"(?:from|von|de)\s*(?:<[^>]*>\s*)*:", re.I)
#: The elements a saved message's header block may stand in; one holding another is no line of its own.
_HEADER_BLOCKS = ("p", "div", "td")


def _saved_message(data: bytes) -> tuple[bytes, dict[str, str]] | None:
    """An e-mail message a mail program saved or printed as a page (Outlook's "Save as" HTML, its
    Word paragraphs): the page without the message's header block, and that block's fields
    (:func:`~core.reading.mail.header_fields`: "from", "sent", "to", "subject"); None for any other
    page. The block is the page's first text: lines of fields, two or more, one of them the sender
    ("From:", "Von:", "De :") and one the subject or the time it was sent."""
    if not _HEADER_FIELD_TEXT.search(data, 0, 20_000):
        return None
    import lxml.html

    from core.reading.mail import header_fields, headline_of

    body = html_body(data)
    if body is None:
        return None
    for node in body.iter(*_HEADER_BLOCKS):
        if any(inner is not node for inner in node.iter(*_HEADER_BLOCKS)) or not "".join(node.itertext()).strip():
            continue
        for br in node.iter("br"):
            br.tail = "\n" + (br.tail or "")
        lines = [" ".join(line.split()) for line in "".join(node.itertext()).split("\n") if line.strip()]
        fields, taken = header_fields(lines)
        if taken < 2 or taken < len(lines) or "from" not in fields or not ({"subject", "sent", "date"} & set(fields)):
            return None  # the page's first text is no header block
        node.drop_tree()
        fields["headline"] = _printed_subject(body, headline_of(fields.get("subject", "")))
        return b"<!DOCTYPE html>" + lxml.html.tostring(body.getroottree().getroot(), encoding="utf-8"), fields
    return None


#: How many of a message's first blocks of text are looked at for its headline as printed.
PRINTED_SUBJECT_BLOCKS = 4


def _printed_subject(body: Any, subject: str) -> str:
    """The headline a message prints at the top of its text, where its *subject* gives its words
    after a label ("Umagang Balita: Isasara ang lumang tulay" over the bold "Isasara ang lumang
    tulay sa daungan sa mga sasakyan"): one of its first blocks (PRINTED_SUBJECT_BLOCKS), no
    sentence, opening with those words (three or more); else ""."""
    words = subject.rsplit(": ", 1)[-1]
    if word_count(words) < 3:
        return ""
    seen = 0
    for node in body.iter(*_HEADER_BLOCKS, "h1", "h2", "h3"):
        if any(inner is not node for inner in node.iter(*_HEADER_BLOCKS, "h1", "h2", "h3")):
            continue
        text = " ".join("".join(node.itertext()).split())
        if not text:
            continue
        if fold_words(text).startswith(fold_words(words)) and not is_sentence(text):
            return text
        seen += 1
        if seen >= PRINTED_SUBJECT_BLOCKS:
            break
    return ""


def _without_sender_address(blocks: list[Block]) -> list[Block]:
    """A newsletter's *blocks* without its sender's postal address in its footer
    (:func:`~core.reading.judge.is_postal_address`: "Harbour Gazette, 1 Quay Street, Portsea"):
    an address with no report's text below it, only furniture (the "Unsubscribe" line, a
    sponsor's box) or another address. An address higher up is a report's ("Tickets from Harbour
    Hall, 1 Quay Street, Portsea"), and so is one closing a page that is no newsletter."""
    kept = list(blocks)
    for at in range(len(blocks) - 1, -1, -1):
        text = blocks[at].text
        if is_postal_address(text):
            del kept[at]
        elif not (blocks[at].kind == "caption" or is_furniture_block(text)):
            break
    return kept


#: The most words of a line of a message's signature under its closing words ("Press Office").
SIGNATURE_LINE_WORDS = 8


def _unsigned(article: Article) -> Article:
    """A message's *article* without its closing words and its signature: from its last closing
    line (:data:`~core.reading.judge.VALEDICTION`: "Best regards,", "Bi rêz,") under its text, where
    only the signature's short lines (:data:`SIGNATURE_LINE_WORDS`, no sentence) or furniture (a
    contact line, the legal notice) follow it. A message's sign-off is no part of the report it
    forwards."""
    paragraphs = article.paragraphs
    close = next((k for k in range(len(paragraphs) - 1, 0, -1) if VALEDICTION.match(" ".join(paragraphs[k].split()))), None)
    if close is None or not all(
            word_count(p) <= SIGNATURE_LINE_WORDS and not is_sentence(p) or is_furniture_block(p) for p in paragraphs[close + 1 :]):
        return article
    return replace(article, paragraphs=paragraphs[:close],
                   subheads=tuple((k, t) for k, t in article.subheads if k < close),
                   repeated=tuple((k, n) for k, n in article.repeated if k < close))


def _signed_item(blocks: list[Block]) -> bool:
    """Whether a newsletter's or a page of briefs' item (*blocks*, its heading first) is signed by a
    byline line of its own before its first sentence ("By Tom Hale" under "Minister charged")."""
    for block in blocks[1:]:
        if clean_byline([block.text], line=True) is not None:
            return True
        if is_sentence(block.text):
            return False
    return False


def parse_html(
    data: bytes, *, source: str, url: str | None = None, outlet: str | None = None, named_by: str | None = None,
    headline: str | None = None, filed: date | None = None,
) -> Article:
    """The article of one HTML page, read with trafilatura's structured output; a newsletter of
    several items is read whole (:func:`parse_page` gives one article per item).

    Args:
        data: the page's bytes (the encoding is found from them and their <meta charset>).
        source: where it came from (a path or an address), kept on the article.
        url: the page's address where known from outside it.
        outlet: the outlet where known from outside the page (a manifest); it wins.
        named_by: who pointed to the page (the feed that lists it): its outlet where the page
            names none of its own, before the page's host. A feed may list other outlets' pages.
        headline: the headline known from outside the page (an e-mail's subject): it wins over
            one guessed from the page's text (its first sentence), not over one the page marks
            (its <title>, metadata or <h1>).
        filed: the day the file was saved (its modification), which dates a dateline without a
            year where nothing in the page dates it (today where None).

    Raises:
        ReadError: the page is larger than MAX_HTML_BYTES, is binary data
            (:func:`~core.reading.sources.is_binary`), cannot be parsed, or holds no text.
    """
    return _read_page(data, source=source, url=url, outlet=outlet, named_by=named_by, headline=headline, filed=filed)[0]


#: A sign that a page may be a web archive's save of another: archive.today's hosts, the Wayback
#: Machine's toolbar, Google's cache header (only then is the page parsed for :func:`_unarchived`).
_ARCHIVE_MARK = re.compile(
    rf"archive\.(?:{'|'.join(ARCHIVE_TODAY_TLDS)})\b|webpage capture|WAYBACK TOOLBAR INSERT|wm-ipp|google-cache-hdr".encode(), re.I)
#: archive.today's header by its words, whatever host it is served from (a mirror, a new domain):
#: "webpage capture" beside "Saved from" and the address it saved.
_CAPTURE_WORDS = re.compile(r"\bwebpage capture\b", re.I)
_SAVED_FROM_WORDS = re.compile(r"\bsaved from\s*:?\s*$", re.I)
#: The Wayback Machine's toolbar ("The Wayback Machine", its calendar of captures) and donation
#: banner, and Google's cache header ("This is Google's cache of ..."), by their ids.
_ARCHIVE_BARS = ("//*[@id='wm-ipp-base' or @id='wm-ipp' or @id='wm-ipp-print' or @id='donato'"
                 " or substring(@id, string-length(@id) - 15) = 'google-cache-hdr']")
#: The page metadata an archive.today save carries, all of it the archive's: its name as the site
#: (og:site_name "archive.ph"), its short link, the time of the capture as the publication time.
_ARCHIVE_TODAY_META = ("og:", "article:", "twitter:", "url")


def _reader_view(tree: Any) -> tuple[str | None, list[str]]:
    """The address and the writers of a page saved from a browser's reader view (Firefox's: its
    header's link to the page, ``<a class="reader-domain" href=...>``, over the headline, and the
    byline under it, ``<div class="reader-credits">``), which keeps neither the page's head nor its
    metadata; (None, []) for any other page."""
    address: str | None = None
    credits: list[str] = []
    for node in tree.iter("a", "div"):
        classes = (node.get("class") or "").split()
        if node.tag == "a" and "reader-domain" in classes and (node.get("href") or "").startswith(("http://", "https://")):
            address = address or node.get("href")
        elif node.tag == "div" and "reader-credits" in classes and (text := _text(node)):
            credits = credits or [text]
    return address, credits if address else []


def _domain_label_address(tree: Any) -> str | None:
    """The address of the page a read-it-later app's view copies (Pocket's, Instapaper's, a
    browser's reader view under another name), saved to disk: the link labelled with its own
    address's site ("gazetaportului.example" linking to "https://gazetaportului.example/stiri/a")
    that such a view prints under the headline, where the page names no address of its own (asked
    only then). A link to a site's home page is no article's address; None where there is none."""
    for node in tree.iter("a"):
        href = (node.get("href") or "").strip()
        if not href.startswith(("http://", "https://")):
            continue
        parts = urlsplit(href)
        label = " ".join("".join(node.itertext()).split()).lower().removeprefix("www.").rstrip("/")
        if label and label == (parts.hostname or "").removeprefix("www.") and parts.path.strip("/"):
            return href
    return None


#: The page's own address as its print version prints it, after a label that names it the page's
#: ("URL: https://...", "Permalink:", "Article URL:", "Printed from", in the languages of print pages):
#: a source a report cites ("Source: https://...") is no such label.
_PRINTED_ADDRESS = re.compile(
    r"(?:^|[\s|·•(\[])(?:url|permalink|permalien|permalänk|(?:article|page|original|story) url|url (?:de l'article|del artículo|dell'articolo|do artigo|van het artikel)"
    r"|artikel-?url|link zum artikel|link (?:permanente|to this (?:article|page))|enlace permanente|lien permanent|dauerhafter link"
    r"|printed from|imprimé depuis|impreso desde|gedruckt (?:von|aus)|stampato da|impresso de|адрес (?:статьи|страницы)|адреса (?:статті|сторінки))"
    r"\s*[:：]?\s*(https?://[^\s<>\"'|·•]+)", re.I)
#: The most words of a block that prints the page's address: a print page's head or foot line.
PRINTED_ADDRESS_WORDS = 30


def _printed_address(tree: Any) -> str | None:
    """The address a page's print version prints as its own (:data:`_PRINTED_ADDRESS`: "URL:
    https://..." in its head or foot), the address of the report it prints; asked only where the
    page names no address of its own. None where it prints none."""
    for node in tree.iter("p", "div", "span", "td", "li", "footer", "header", "small", "address"):
        if any(isinstance(c.tag, str) and c.tag in ("p", "div", "li", "td") for c in node):
            continue  # a box of lines: each is asked on its own
        text = _text(node)
        if len(text.split()) <= PRINTED_ADDRESS_WORDS and (found := _PRINTED_ADDRESS.search(text)):
            address = found[1].rstrip(".,;:)]")
            if urlsplit(address).path.strip("/"):
                return address
    return None


#: The address a browser saved a page from, in the comment it writes at the page's top (Internet
#: Explorer's, Chrome's and Edge's "Web page, complete": the mark of the web; the length first).
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d{1,5}\)(https?://[^\s<>\"]+?)\s*-->", re.I)


#: SingleFile's header comment's time of the save, as JavaScript prints a date ("saved date: Thu Mar
#: 05 2026 14:10:32 GMT+0100 (Central European Standard Time)"): month, day, year, clock, offset.
_SAVED_DATE = re.compile(
    rb"<!--(?:(?!-->).){0,2000}?\bsaved date:\s*[A-Z][a-z]{2}\s+([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{4})\s+"
    rb"(\d{2}):(\d{2}):(\d{2})\s+GMT([+-])(\d{2})(\d{2})", re.S)
_JS_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: An age in words inside a longer line ("Publié il y a 3 heures").
_AGE_IN_LINE = re.compile(RELATIVE_AGE, re.I)


def _saved_at(data: bytes) -> datetime | None:
    """When a browser's extension saved the page *data*, by the header comment it writes
    (:data:`_SAVED_DATE`, SingleFile's), with its offset from UTC; else None."""
    found = _SAVED_DATE.search(data[:8192])
    if found is None or found[1].decode() not in _JS_MONTHS:
        return None
    sign = 1 if found[7] == b"+" else -1
    zone = timezone(sign * timedelta(hours=int(found[8]), minutes=int(found[9])))
    try:
        return datetime(int(found[3]), _JS_MONTHS.index(found[1].decode()) + 1, int(found[2]),
                        int(found[4]), int(found[5]), int(found[6]), tzinfo=zone)
    except ValueError:
        return None


def _aged_time(lines: Sequence[str], saved: datetime, language: str | None) -> str | None:
    """The time a page printed as an age in words on one of its date *lines* ("Publié il y a 3
    heures": :data:`~core.reading.judge.RELATIVE_AGE`), counted back from when it was *saved*, to
    the minute (ISO 8601 with the save's offset); None where no line gives one. A page that keeps
    its age fresh by a script was right when it was saved, and only then."""
    import dateparser

    for line in lines:
        found = _AGE_IN_LINE.search(line)
        if found is None:
            continue
        settings = {"RELATIVE_BASE": saved.replace(tzinfo=None), "RETURN_AS_TIMEZONE_AWARE": False}
        # (in the page's language, else in the one the words are: a page's language is a guess)
        when: datetime | None = (language and dateparser.parse(found[0], languages=[language], settings=settings)
                                 or dateparser.parse(found[0], settings=settings))
        if when is not None and when <= saved.replace(tzinfo=None):
            return str(when.replace(second=0, microsecond=0, tzinfo=saved.tzinfo).isoformat())
    return None


def _saved_from(data: bytes) -> str | None:
    """The address a browser saved the page *data* from (:data:`_SAVED_FROM`), else None."""
    found = _SAVED_FROM.search(data[:4096])
    return found[1].decode("utf-8", "replace") if found else None


#: A wiki's marks of its own chrome inside an article: MediaWiki's "[edit]" link beside each section's
#: heading (class "mw-editsection", "editsection" in old versions), in every language the wiki is
#: written in ("[עריכה]", "[Bearbeiten]"), and a licence box (a class word "license", "licence",
#: "cc-license", "licensetpl"): the wiki's, under each of its articles.
_WIKI_CHROME_MARK = re.compile(rb"class=[\"'][^\"']*(?:editsection|licen[cs]e)", re.I)
_WIKI_CHROME = ("//*[contains(concat(' ', normalize-space(@class), ' '), ' mw-editsection ')"
                " or contains(concat(' ', normalize-space(@class), ' '), ' editsection ')"
                " or contains(translate(@class, 'LICENS', 'licens'), 'license')"
                " or contains(translate(@class, 'LICENS', 'licens'), 'licence')]")


def _without_wiki_chrome(data: bytes) -> bytes:
    """*data*, a page, without a wiki's edit links and licence boxes (:data:`_WIKI_CHROME`), which
    an extractor glues to the headings ("מקורות[עריכה]") or keeps as paragraphs; a licence box
    of more than :data:`FURNITURE_BLOCK_WORDS` words is left (a report's own text). Any other page
    is returned as it is."""
    if not _WIKI_CHROME_MARK.search(data):
        return data
    from lxml import html as lxml_html
    from trafilatura.utils import load_html

    tree = load_html(data)
    if tree is None:
        return data
    gone = [node for node in tree.xpath(_WIKI_CHROME) if word_count(_text(node)) <= FURNITURE_BLOCK_WORDS]
    for node in gone:
        node.drop_tree()
    return b"<!DOCTYPE html>" + lxml_html.tostring(tree, encoding="utf-8") if gone else data


def _archive_today_address(address: str) -> bool:
    """Whether *address* is on one of archive.today's hosts (its own link, not the page it saved)."""
    return (urlsplit(address).hostname or "").removeprefix("www.") in ARCHIVE_TODAY_HOSTS


def _unarchived(data: bytes) -> bytes:
    """*data*, a page, without what a web archive added when it saved it, read as the page it saved.

    archive.today prints a header table over the page ("archive.today webpage capture", "Saved
    from", the capture's time, "Buy me a coffee") and gives the page a head of its own (og:site_name
    "archive.ph", its short link as canonical, the capture's time as article:published_time): the
    table goes, and the head's metadata with it, and the canonical address becomes the one it
    saved ("Saved from", else its timestamped link: :func:`~core.reading.sources.original_address`).
    The Wayback Machine's toolbar and Google's cache header go too (their saves keep the page's own
    head; the Wayback Machine's rewritten addresses are read back where they are read). Any other
    page is returned as it is."""
    if not _ARCHIVE_MARK.search(data):
        return data
    from lxml import html as lxml_html
    from lxml.etree import Comment
    from trafilatura.utils import load_html

    tree = load_html(data)
    if tree is None:
        return data
    found = False
    for header in tree.xpath("//*[@id='HEADER']"):
        # the link after the words "Saved from" (its text, or the text before it in its cell)
        said = [a.get("href") or "" for a in header.iter("a")
                if _SAVED_FROM_WORDS.search((a.getprevious().tail if a.getprevious() is not None else a.getparent().text) or "")]
        if not any(_archive_today_address(a.get("href") or "") for a in header.iter("a")) and not (said and _CAPTURE_WORDS.search(" ".join(header.itertext()))):
            continue  # a page's own header
        found = True
        # (the address it saved is the value of its one input, named "q" or not)
        saved = [v for v in header.xpath(".//input/@value") if is_url(v.strip()) and not _archive_today_address(v.strip())]
        saved += [h.strip() for h in said if is_url(h.strip())]
        saved += [original_address(h) for h in tree.xpath("//link[@rel='bookmark']/@href") if original_address(h) != h]
        rule = header.getnext()
        for node in (header, *([rule] if rule is not None and rule.get("id") == "SOLID" else [])):
            node.drop_tree()
        archive_names = {*ARCHIVE_TODAY_HOSTS, "archive.today"}
        for node in [*tree.iter("meta"), *tree.iter("link")]:
            key = (node.get("property") or node.get("name") or node.get("itemprop") or node.get("rel") or "").lower()
            if key.startswith(_ARCHIVE_TODAY_META) or key in ("canonical", "bookmark", "shortlink"):
                if key == "og:site_name" and (name := (node.get("content") or "").strip()):
                    archive_names.add(name.casefold())
                node.drop_tree()
        for title in tree.iter("title"):
            # (the archive's name it signs the saved page's title with: "Headline - Site • archive.ph")
            cuts = list(TITLE_SEPARATOR.finditer(title.text or ""))
            if cuts and (title.text or "")[cuts[-1].end() :].strip().casefold() in archive_names:
                title.text = (title.text or "")[: cuts[-1].start()]
        head = tree.find("head")
        if saved and head is not None:
            head.append(lxml_html.Element("link", rel="canonical", href=saved[0].strip()))
    for bar in tree.xpath(_ARCHIVE_BARS):
        found = True
        bar.drop_tree()
    for begin in [c for c in tree.iter(Comment) if "BEGIN WAYBACK TOOLBAR INSERT" in (c.text or "")]:
        found = True
        while (node := begin.getnext()) is not None and not (node.tag is Comment and "END WAYBACK TOOLBAR INSERT" in (node.text or "")):
            node.drop_tree()
    return b"<!DOCTYPE html>" + lxml_html.tostring(tree, encoding="utf-8") if found else data


def _page_text(tree: Any) -> str:
    """The text of a parsed page (its *tree*), its spaces folded: what :func:`_marks_kept` finds names in."""
    return " ".join("".join(tree.itertext()).split())


def _marks_kept(name: str, text: str) -> str:
    """*name* (an author the extractor read) as the page prints it: trafilatura's reading of an
    author drops what is no word character to Python's regular expressions, the dots of initials
    ("T. V. Raman" came out "T V Raman") and the combining mark that ends a word of an Indic
    script, its vowel sign ("सीमा उदाहरण द्वारा" came out "... द्वार", "கலா மாதிரி" "கலா மாதிர");
    *name* as it is where the page (its *text*, :func:`_page_text`, joined once for all its
    authors) does not print it so."""
    if not (parts := name.split()):
        return name
    # (a dot after the last part only where it is an initial: else a sentence's full stop)
    printed = re.search(r"\.?\s*".join(map(re.escape, parts)) + (r"\.?" if len(parts[-1]) == 1 else ""), text)
    if printed is None:
        return name
    end = printed.end()
    while end < len(text) and unicodedata.category(text[end])[0] == "M":
        end += 1
    return text[printed.start() : end]


def _read_page(
    data: bytes, *, source: str, url: str | None, outlet: str | None, named_by: str | None, headline: str | None,
    filed: date | None,
) -> tuple[Article, list[list[Block]]]:
    """The article of one HTML page read whole (:func:`parse_html`), and the blocks of its
    newsletter's items, each under its heading ([] where the page is no newsletter); its dates are
    read in its language once its metadata tells it (:func:`~core.reading.judge.reading_language`)."""
    with reading_language(None):
        return _read_page_in_language(data, source=source, url=url, outlet=outlet, named_by=named_by,
                                      headline=headline, filed=filed)


def _read_page_in_language(
    data: bytes, *, source: str, url: str | None, outlet: str | None, named_by: str | None, headline: str | None,
    filed: date | None,
) -> tuple[Article, list[list[Block]]]:
    """:func:`_read_page`'s reading, inside its :func:`~core.reading.judge.reading_language`."""
    if len(data) > MAX_HTML_BYTES:
        raise ReadError(
            f"{source}: page too large to extract ({len(data) / 2**20:.0f} MB; the limit is {MAX_HTML_BYTES // 2**20} MB)"
        )
    if is_binary(data):  # a page's sound start and binary bytes after it (a damaged file, a WARC record's)
        raise ReadError(f"{source}: {NOT_TEXT}")
    if cut_off(data):  # however it came: a file, an address, a feed entry's page
        raise ReadError(f"{source}: the page is cut off before its end (it stops inside the page, with no closing "
                        "</body> or </html>): not read; save or fetch it again")
    import trafilatura

    if not data.isascii():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            # Decoded here: the extractor's own guess ignores a declared charset and, without one,
            # takes a detector's pick over windows-1252 ("naïve" read as "naďve").
            data = decode_html(data).encode("utf-8")
    try:
        report("parsing", 0, PARSE_STEPS)
        data = _without_wiki_chrome(_unarchived(data))  # a web archive's save: the page it saved; a wiki's edit links
        tree = _parsed(_visible_controls(data))
        if tree is None:
            raise ReadError(f"{source}: not an HTML page")
        report("parsing", 1, PARSE_STEPS)
        meta = page_metadata(tree, data, url=url)
        read_in_language(meta.language)  # its month names are read in it ("listopada": November in Polish)
        _show_subscriber_text(meta.subscriber_parts)
        report("parsing", 2, PARSE_STEPS)
        stamps = _live_stamps(tree)
        over_teasers = _labels_over_teasers(tree)
        outline = _outline(_prepared(tree))
        pictured = _picture_captions(tree)
        items = _newsletter_items(tree, dated=not stamps and not meta.live)
        report("parsing", 3, PARSE_STEPS)
        doc = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=True, include_formatting=True,
        )
        report("parsing", 4, PARSE_STEPS)
        body = getattr(doc, "body", None) if doc is not None else None
        blocks = _blocks(_respaced(body, data)) if body is not None else []
        if not blocks:
            # A page laid out in tables can hide its report from the table reading: without it.
            retry = trafilatura.bare_extraction(
                _prepared(_parsed(_visible_controls(data))), url=url, with_metadata=True, include_comments=False, include_tables=False,
                include_formatting=True,
            )
            if retry is not None and getattr(retry, "body", None) is not None:
                doc, blocks = retry, _blocks(getattr(retry, "body"))
        if (state := _app_state(tree)).paragraphs and (told := _told_by_state(blocks, state)) is not None:
            # a page drawn by script in the reader's browser, saved before it drew ("Loading…"), or one
            # that draws the opening of its report alone (a paywall's): its report is in the
            # application's state it carries (Next.js's __NEXT_DATA__ or flight data), and its writers
            # too where the page's metadata names none
            blocks = told
            meta.authors = meta.authors or state.authors
        if state.published is not None and meta.published is None:
            # the times of the report's record in the application's state ("publishedAt", "updatedAt"),
            # where the page's metadata gives none: to the minute, where the extractor's guess is a day
            meta.published, meta.updated = state.published, meta.updated or state.updated
        blocks = _with_lead(_with_lost_quotes(_with_lost_lists(_with_sibling_boxes(_unglued(_ld_completed(_ld_split(blocks, meta.ld_paragraphs), meta.ld_paragraphs), data), tree), tree), tree), outline)
        blocks = _with_article_notes(_without_header_heads(blocks, outline), tree)
        # a table's rows of links alone: its menu's items, its controls ("Print « Back")
        blocks = [b for b in blocks if not (b.kind == "row" and fold_words(b.text) in outline.link_cells)]
        blocks = _without_pull_quotes(blocks, outline.pulls)
        # a picture's caption printed beside it (:func:`_picture_captions`): the picture's, no paragraph
        blocks = [Block(b.text, "caption") if b.kind == "p" and fold_words(b.text) in pictured else b for b in blocks]
        if stamps:
            blocks = _unrepeated(blocks)
            # an update's headline the extractor kept as a heading, out of its place (the first
            # update's, above the report): its stamp carries it back over its update (_stamp_updates)
            stamped = {fold_words(headline) for _, _, headline in stamps if headline}
            blocks = [b for b in blocks if not (b.kind == "head" and fold_words(b.text) in stamped)]
        # A subhead printed as a box of its own ("<div class=subheading>"), and a heading the
        # extractor gave as a paragraph (its fallback's flat text): a box's label ("<h2>Key
        # points</h2>" over a list), a section's or a live update's heading.
        # (not the lead its class marks, set in a heading's element: '<h2 class="subheadline">')
        headed = (outline.subheads | {fold_words(text) for text in meta.subheads}) - {fold_words(text) for _, text in outline.leads}
        blocks = [Block(b.text, "head") if b.kind == "p" and fold_words(b.text) in headed and not is_sentence(b.text) else b
                  for b in blocks]
        if any(is_mail_frame(b.text) for b in blocks):  # a newsletter, sent or on the web: its sender's address
            blocks = _without_sender_address(blocks)
            items = [*items[:-1], _without_sender_address(items[-1])] if items else items
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - a broken page must not stop the others
        raise ReadError(f"{source}: cannot extract the page ({type(exc).__name__})") from None
    finally:
        report("parsing", PARSE_STEPS, PARSE_STEPS)  # (a page refused ends the step too: a later page's starts afresh)
    guessed = clean_site(getattr(doc, "sitename", None))
    # The extractor's site name from the page's <title> by a date's or an initial's dot ("Weekly
    # report 14. - 20. March - Snow Institute", "Review - Sehnsucht by R. K. Example"): where the
    # part it took is the headline, the title's last part names the site; where it is the last
    # part, it is a name the title carries besides the headline (its author's), not the site's.
    suffix: list[str] = []
    if guessed and meta.tab and _dotted_part(guessed, meta.tab):
        last = TITLE_SEPARATOR.split(meta.tab)[-1].strip()
        if fold_words(guessed) == fold_words(last):
            guessed, suffix = None, [last]
        else:
            guessed = None if _number_dots_only(last) else clean_site(last)
    # the page's address, or the one a web archive saved it from (original_address), or the one a
    # browser saved it from ("<!-- saved from url=(0066)https://... -->", the mark of the web)
    page_address = meta.url or (url and original_address(url)) or _saved_from(data)
    where = urlsplit(page_address or "")
    if guessed and not is_site_host(where.hostname) and guessed.casefold() in (where.netloc.casefold(), (where.hostname or "").casefold()):
        guessed = None  # the extractor's guess is a bare address ("localhost:8000"): a machine, no site
    if named_by and guessed and guessed.casefold() == (meta.host or "").casefold():
        guessed = None  # the extractor's guess is the address's host: who pointed to the page says more
    address = bool(guessed) and "." in str(guessed) and " " not in str(guessed)  # "harbourgazette.example"
    # The outlet a byline signs for ("By Jane Doe, CNN"): after the names the page gives its site
    # in its metadata or title, before an address. An agency its dateline credits as well ("By Ann
    # Lee, Associated Press" over "KESSEL, Texas (AP) -") wrote the copy: the page's address, or
    # whoever pointed to it, says who ran it, and the agency is the outlet only where nothing does.
    paragraphs = [b.text for b in blocks if b.kind != "head"]
    signed = next((o for line in meta.bylines if (o := byline_outlet(line, paragraphs))), None)
    agency = signed if signed and any(credited(p, signed) for p in paragraphs[:3]) else None
    # (the address's name spelled out by the copyright notice's owner or a heading linked to the home
    # page, "Marmara Ledger" on marmaraledger.example, a blog's name on its host, before the bare address)
    spelled = next((clean_site(n) for n in (meta.owner, *meta.home) if address and n and spells_host(n, meta.host)), None)
    site = (outlet or meta.outlet or _masthead(meta, items) or (None if address else guessed) or meta.titled_outlet
            or (None if agency else signed) or spelled or guessed or named_by)
    title = clean_title(
        # (where nothing else names the site, the copyright notice's owner does: "Correio do Cais - Headline")
        # (the heading the page's microdata marks as its headline is the printed one: a Joomla page's
        # <h1> is its menu item's name)
        # (a message's subject that the mail's HTML part prints as a heading titles it, over the <title>
        # its template gives, the newsletter's name)
        [headline, *(t for t in meta.titles if t != meta.tab)] if headline and any(_same(h, headline) for h in meta.headings)
        else meta.titles,
        [meta.marked] if meta.marked else meta.headings, site=site or meta.owner, authors=[*meta.authors, *suffix], guess=None if meta.generic_tab else getattr(doc, "title", None),
        host=meta.host, logos=meta.logos, subheads=meta.subheads, home=meta.home, tab=meta.tab,
    )
    if headline and not (meta.titles or meta.headings):
        title = headline
    if meta.titles == [meta.tab] and title not in meta.headings:
        # The page's tab alone titles it, and it prints another headline signed by its byline
        # right under it (a tester's "Kestrel port fire: what we know so far" over the <h1>):
        # the headline the reader sees.
        title = _signed_heading(tree, meta) or title

    def names_headline(text: str) -> bool:
        """Whether *text* holds the headline, or is its opening words (three or more): no byline
        (a review widget's "itemreviewed" in the author's box, which trafilatura takes, cut short,
        for the author)."""
        folded, headline = fold_words(text), fold_words(title or "")
        return bool(folded and headline) and (headline in folded or len(folded.split()) >= 3 and headline.startswith(folded))

    # The first byline element that reads as one: "By ..." or a known author's name, or a
    # person's name alone in an element the page marks as its byline or author, or people's names
    # with their role there ("Erin Example, Staff Reporter").
    # A byline element of several lines reads by its first ("Written by Ana Example" over "Edited by Bo Lind").
    # Else a writer's handle alone in an element marked as the author's ("kestrel_ana"), not the site's name.
    # A line no mark calls a byline names a person by more than one word after a bare "By": "By
    # Method" in a recipe site's menu is a filter, "By Ana Example" and "Posted by kestrel" bylines.
    # A CMS account's name ("Submitted by redactie_web on ...", "Posted by kestrel") is the byline
    # only where no element names a person (:func:`_account_name`).
    readings = [b for t, b in ((t, clean_byline(_byline_line(meta.byline_lines.get(t, [t]), meta.language), line=True,
                                             language=meta.language)
                                or clean_byline([t], line=True, language=meta.language) or (t if is_person_name(t) or is_uncased_name(t) else None)
                                or (None if t in meta.plain_bylines else _people_signed(t)))
                               for t in meta.bylines if not names_headline(t))
                if b and (t not in meta.plain_bylines or len(b.split()) > 1 or not BY_WORD.match(t))]
    shown = next((b for b in readings if not _account_name(b)), readings[0] if readings else None)
    # The <title>'s parts besides the headline name the site ("Example Club Regensburg - Headline - News").
    site_parts = [fold_words(p) for p in TITLE_SEPARATOR.split(meta.tab or "") if title and not _same(p, title)]

    def names_site(name: str) -> bool:
        # (the site's name, else the one its copyright notice gives: "예시일보 | 네이버", the paper and
        # the portal that ran it, in a Korean portal's author tag)
        return is_organisation(name, site=site or meta.owner, host=meta.host) or any(fold_words(name) in part for part in site_parts)

    authors = meta.authors
    credit = clean_byline(authors, language=meta.language)
    if credit is None:  # a handle where the metadata names no one ("kestrel_ana" over "admin")
        shown = shown or next((h for h in meta.handles if clean_byline([h]) and not names_site(h)), None)
    # (the people of a byline signed for an outlet or agency after their names: "Ana Example, Tarn
    # Wire" names a person, not the agency the metadata credits)
    if shown and authors and not names_site(_signers(shown, paragraphs)) and (
        all(names_site(a) for a in authors) or credit is None
        or byline_names(credit) <= byline_names(shown)
        # (a CMS account's name, "webadmin", over a person the page prints: "de Ioana Exemplu")
        or all(_account_name(a) for a in authors) and not _account_name(shown)
    ):
        # The metadata credits the newsroom, the outlet or another organisation ("Valley Courier Staff",
        # "Example e.V.") or a placeholder ("admin") or a site account's name ("webadmin",
        # "redactie_web"): the page names its reporters. Or it names the same
        # people as the page, or some of them: the byline as printed ("Ana Example und Bo Lind"), without
        # the outlet it signs for after them where the metadata names the people alone ("Ana Example,
        # Tarn Wire" over "Ana Example": a republished report's original outlet)
        people = _signers(shown, paragraphs)
        authors = [people if credit is not None and byline_names(credit) <= byline_names(people) else shown]
    # trafilatura's authors ("A; B"), where the page marks none
    # (not the signed-in reader's name the site's header shows, which the extractor may take for the author)
    found_authors = [a for a in re.split(r"\s*;\s*", str(getattr(doc, "author", None) or ""))
                     if a and not names_headline(a) and fold_words(a) not in meta.accounts]
    if found_authors:  # (the page's text joined once, for all of them)
        page_text = _page_text(tree)
        found_authors = [_marks_kept(a, page_text) for a in found_authors]
    printed = [*meta.bylines, *meta.date_lines]  # the lines that print the page's date
    article = _article_from_blocks(
        blocks, source=source, title=title,
        # (a bare address's host, "127.0.0.1", names a machine: the page's file name does, as a saved file's)
        outlet=site or (meta.host if is_site_host(meta.host) else None)
        or _title_site(meta.tab, title, authors or ([shown] if shown else found_authors))
        or meta.owner or agency,
        url=page_address,
        authors=authors or ([shown] if shown else ["; ".join(found_authors)]),
        # (where the markup gives no date, a line's labelled publication time over the extractor's guess,
        # which may be an update's time or a masthead's "today" printed before it)
        published=_with_time(meta.published or next((stamp for line in printed if (stamp := published_stamp(line))), None)
                             or _as_printed(iso_datetime(getattr(doc, "date", None) or ""), [*printed, *meta.weekday_lines]),
                             printed, meta.zoned),
        # (a byline element's text above the report, "By ..." or the names alone in an author element)
        stamps=stamps, byline_boxes=[*meta.byline_lines, *meta.bylines, *meta.meta_boxes], walls=meta.walls, language=meta.language,
        shipped=meta.shipped, withheld=meta.withheld, live=meta.live, filed_from=meta.filed_from,
        credits_body=bool(authors) and all(names_site(_signers(a, paragraphs)) for a in authors), over_teasers=over_teasers,
        sections=meta.sections,
    )
    if meta.published is None and article.dateline:
        # The page's metadata gives no date, but its dateline gives the day ("KESSRA, Nov 24 (Tidewater
        # Wire) -"): the day is the dateline's, the year its own or the one the extractor's guess gives
        # (a guess of 1 January is a year alone, which htmldate found in a copyright notice or the text).
        # A guess found in the report's own text is one of the report's dates, which tell the year
        # only near the dateline's day (dateline_date): "founded on 3 March 1998", "in 1995" are history.
        guess = article.published
        yearly = guess is not None and guess[5:10] == "01-01"
        near = date.fromisoformat(guess[:10]) if guess and not yearly else None
        if near and any(near in find_dates(p) for p in article.paragraphs):
            near = None
        year = int(guess[:4]) if guess and yearly else None
        if year and any(re.search(rf"(?<!\d){year}(?!\d)", p) for p in article.paragraphs):
            year = None
        dated = dateline_date(article.dateline, near=near, year=year, report=article.paragraphs, filed=filed)
        if dated and dated != (guess or "")[:10]:
            article = replace(article, published=dated)
    if meta.published is None and (article.published or "")[4:10] == "-01-01":
        # The extractor's guess of 1 January, with no date in the page's markup, is a year alone
        # that its search found in the text or a copyright notice ("patched its spillway in
        # 1995"): no publication date (a page dated 1995 would stand apart from its story).
        article = replace(article, published=None)
    if article.published is None and (saved := _saved_at(data)) is not None:
        # a saved page's only date is its age when it was saved ("il y a 3 heures"): back from the save's time
        if (aged := _aged_time(printed, saved, meta.language)) is not None:
            article = replace(article, published=aged)
    if article.published and (zoned := _in_page_zone(article.published, meta.zoned)) != article.published:
        article = replace(article, published=zoned)  # a time printed above the report without its zone
    updated = _update_time(meta, article.published)
    if updated is not None:
        article = replace(article, updated=updated)
    article = _photo_essay(tree, article)
    captions = _captions(tree, article.paragraphs, list(pictured.values()))
    if captions:
        article = replace(article, captions=captions)
    return article, items


#: Where a picture's caption is the page's furniture, not its report's: a menu, an aside, a
#: header or footer (a teaser's picture of another article).
_NOT_REPORT = frozenset({"nav", "aside", "header", "footer"})
#: The most captions an article keeps (a gallery's hundreds say no more).
MAX_CAPTIONS = 20


#: A caption that tells part of a photo essay's report, not what a picture shows: this many words
#: at least, ending as a sentence.
ESSAY_CAPTION_WORDS = 6
#: The least number of such captions that make a photo essay.
ESSAY_CAPTIONS = 2
#: A picture's credit inside its caption, by its element's class ("<span class=credit>").
_CAPTION_CREDIT_CLASS = re.compile(r"credit|copyright|byline|author|photographer|source|rights", re.I)
#: A credit at the end of a caption's text ("... will stay. Photograph: Ann Example", "Foto: dpa").
_CAPTION_CREDIT_TAIL = re.compile(
    rf"(?<=[.!?…\"”’»)])\s*(?:\(|\[)?(?:{PICTURE_WORD}|credit|©)\b[^.!?]{{0,80}}$", re.I
)


def _caption_text(node: Any) -> str:
    """The words of the caption *node* (a <figcaption>) without the picture's credit: an element
    whose class says credit (:data:`_CAPTION_CREDIT_CLASS`) or a credit after its last sentence
    (:data:`_CAPTION_CREDIT_TAIL`)."""
    copy = deepcopy(node)
    for child in list(copy.iter()):
        if child is not copy and isinstance(child.tag, str) and _CAPTION_CREDIT_CLASS.search(child.get("class") or ""):
            parent = child.getparent()
            if parent is not None:
                tail = child.tail
                parent.remove(child)
                if tail:  # keep the words after the credit's element
                    previous = parent[-1] if len(parent) else None
                    if previous is not None:
                        previous.tail = (previous.tail or "") + tail
                    else:
                        parent.text = (parent.text or "") + tail
    return sanitize(_CAPTION_CREDIT_TAIL.sub("", _text(copy)).strip())


def _photo_essay(tree: Any, article: Article) -> Article:
    """*article* with its pictures' captions as paragraphs where it is a photo essay: the report
    is told in the captions of its own pictures (inside its <article> or <main>, no menu's, an
    aside's, a header's or a footer's), at least :data:`ESSAY_CAPTIONS` of them of
    :data:`ESSAY_CAPTION_WORDS` words or more ending as a sentence, and those captions hold more
    words than its paragraphs. Each caption is put where the page puts it, after the paragraph
    before it, without its credit ("Photograph: Ann Example"). Elsewhere captions are metadata
    (:func:`_captions`): a report's pictures only show what it says (a variant round's photo
    essay kept only its one-line introduction)."""
    figures = [node for node in tree.iter("figcaption")]
    if len(figures) < ESSAY_CAPTIONS:
        return article
    told: list[tuple[Any, str]] = []
    for node in figures:
        around = {a.tag.lower() for a in node.iterancestors() if isinstance(a.tag, str)}
        if not around & {"article", "main"} or around & _NOT_REPORT:
            continue
        text = _caption_text(node)
        if word_count(text) >= ESSAY_CAPTION_WORDS and is_sentence(text) and text not in (t for _, t in told):
            told.append((node, text))
    if len(told) < ESSAY_CAPTIONS or sum(word_count(t) for _, t in told) <= sum(map(word_count, article.paragraphs)):
        return article
    body = {" ".join(p.split()): k for k, p in enumerate(article.paragraphs)}
    captions = {id(node): text for node, text in told}
    after: dict[int, list[str]] = {}  # the captions after paragraph k (-1: before the first)
    last = -1
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        if id(node) in captions:
            after.setdefault(last, []).append(captions[id(node)])
        elif node.tag in ("p", "li", "blockquote", "h2", "h3", "h4", "div"):
            k = body.get(_text(node))
            if k is not None and k > last:
                last = k
    order: list[str] = [*after.get(-1, [])]
    moved: dict[int, int] = {}
    for k, paragraph in enumerate(article.paragraphs):
        moved[k] = len(order)
        order.append(paragraph)
        order.extend(after.get(k, []))
    return replace(
        article,
        paragraphs=tuple(order),
        subheads=tuple((moved[k], text) for k, text in article.subheads),
        repeated=tuple((moved[k], n) for k, n in article.repeated),
    )


def _captions(tree: Any, paragraphs: tuple[str, ...], beside: Sequence[str] = ()) -> tuple[str, ...]:
    """The captions of the report's pictures (<figcaption>), as metadata (``Article.captions``):
    those inside its <article> or <main> where the page has one, else any, never one in a menu,
    an aside, a header or a footer, nor one the body holds already; each once, at most
    :data:`MAX_CAPTIONS`. A trial's page gave "Residents wait at the Solberg school gym on
    Thursday afternoon. Photo: Per Aas", which the extractor leaves out of the body, and the
    README said captions become metadata. *beside* are the captions printed beside their pictures
    without a <figcaption> (:func:`_picture_captions`), added after those."""
    figures = [node for node in tree.iter("figcaption")]
    if not figures and not beside:
        return ()

    def ancestors(node: Any) -> set[str]:
        found = set()
        node = node.getparent()
        while node is not None:
            if isinstance(node.tag, str):
                found.add(node.tag.lower())
            node = node.getparent()
        return found

    scoped = {id(node): ancestors(node) for node in figures}
    report = [node for node in figures if scoped[id(node)] & {"article", "main"}]
    chosen = report or figures
    body = {" ".join(p.split()) for p in paragraphs}
    found: dict[str, None] = {}
    for node in chosen:
        if scoped[id(node)] & _NOT_REPORT:
            continue
        text = sanitize(_text(node))
        if text and text not in body:
            found[text] = None
    for text in beside:
        if sanitize(text) not in body:
            found[sanitize(text)] = None
    return tuple(found)[:MAX_CAPTIONS]


def _signed_heading(tree: Any, meta: PageMeta) -> str | None:
    """The page's <h1> (of three words or more, no logo) whose next element is its byline (one of
    :attr:`PageMeta.bylines`, or a line that opens as one: "By Ann Lee"), None without one."""
    for node in tree.iter("h1"):
        text = _printed_headline(node)
        if text not in meta.headings or word_count(text) < 3:
            continue
        after = node.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        line = _text(after) if after is not None else ""
        if line and (line in meta.bylines or opens_byline(line) and word_count(line) <= 12):
            return text
    return None


def _update_time(meta: PageMeta, published: str | None) -> str | None:
    """When a page was last updated, where that is later than *published*
    (:func:`~core.model.later_update`): its metadata's time (:data:`_META_MODIFIED`,
    JSON-LD's ``dateModified``, an element marked ``itemprop="dateModified"``), else the one a
    visible line gives ("Updated 4:35 p.m. EST" under the byline: :func:`~core.reading.judge.find_update`):
    a short element opening with the label, a date element or a byline; None without one."""
    if (stated := later_update(published, meta.updated)) is not None:
        return stated
    lines = [*meta.update_lines, *meta.date_lines, *meta.bylines]
    return next(filter(None, (later_update(published, find_update(line, published)) for line in lines)), None)


#: The most words of a newsletter's name printed above its items.
MASTHEAD_WORDS = 6


def _masthead(meta: PageMeta, items: list[list[Block]]) -> str | None:
    """The name a newsletter of headed *items* prints above them, as its masthead ("The Morning
    Brief" over "1. Port at a standstill", "2. ..."): its logo or <h1> that heads no item, is no
    sentence or date and has at most :data:`MASTHEAD_WORDS` words; None for a page of one report."""
    if not items:
        return None
    heads = {fold_words(item[0].text) for item in items if item}
    for text in (*meta.logos, *meta.headings):
        if (fold_words(_ITEM_NUMBER.sub("", text)) not in heads and not is_sentence(text) and not find_dates(text)
                and word_count(text) <= MASTHEAD_WORDS):
            return clean_site(text)
    return None


def _byline_line(lines: list[str], language: str | None = None) -> list[str]:
    """The line of a byline box of several that names its writer: the first that opens as a byline
    ("Datum: 19.11.2026 / Autor: Ana Example / Quelle: ..." reads "Autor: Ana Example"; on a page
    in *language*, with its own word for "by"), else the first."""
    return next(([line] for line in lines if opens_byline(line, language=language)), lines[:1])


#: A dot that ends a number or an initial: a date's ("14.", "19.5.2026"), an ordinal's ("6. Jahrgang")
#: or a person's ("R. K. Example").
_NUMBER_DOT = re.compile(r"(?:\b\d{1,4}|\b[A-Z])\.")


def _dotted_part(guess: str, tab: str) -> bool:
    """Whether an extractor's site name *guess* is one of the parts of the page's <title> (*tab*)
    whose every dot ends a number or an initial. Trafilatura takes the title part that holds a
    dot for the site's name, meant for "Headline | example.com"; "Weekly report 14. - 20.
    March" or "Sehnsucht by R. K. Example" is the headline or its author, while "example.com",
    "Dr. Oetker" or "Rowing Club e.V." is a name."""
    parts = [p.strip() for p in TITLE_SEPARATOR.split(tab)]
    whole = " - ".join(parts[:-1]) if len(parts) > 1 else ""  # trafilatura's first part: all before the last joint
    return _number_dots_only(guess) and (fold_words(guess) == fold_words(whole) or any(fold_words(guess) == fold_words(p) for p in parts))


def _number_dots_only(text: str) -> bool:
    """Whether *text* holds a dot and every one ends a number or an initial (:data:`_NUMBER_DOT`)."""
    return "." in text and "." not in _NUMBER_DOT.sub("", text)


def _account_name(byline: str) -> bool:
    """Whether a byline is a site account's name rather than a person's: one word written small,
    or with an underscore or a figure ("redactie_web", "kestrel", "admin2")."""
    return len(byline.split()) == 1 and (not opens_as_name(byline) or re.search(r"[_\d]", byline) is not None)


def _signers(byline: str, report: Sequence[str] = ()) -> str:
    """The people of a *byline*, without the outlet or agency it signs for after their names
    ("Ana Example, Tarn Wire" is "Ana Example": :func:`~core.reading.text.byline_outlet`; the
    *report*'s paragraphs tell a place after the comma from an outlet); else *byline* as it is
    (an outlet's name alone, "Tarn Wire", stays what it is)."""
    names, comma, _ = byline.rpartition(",")
    return names.strip() if comma and names.strip() and byline_outlet(byline, report) is not None else byline


def _people_signed(text: str) -> str | None:
    """The byline an element the page marks as its byline gives with no "By" before it, where it
    names people only, their roles and what follows a separator aside ("Erin Example, Staff
    Reporter": Erin Example; "Ana Example, Bo Lind • 3 min read": both); None
    where it names anything else ("Share this article", "Harbour Post"). Of people labelled by their
    roles, the writers ("Ana Example | Photos: Bo Lind": Ana Example; :func:`writing_credit`)."""
    if (credit := writing_credit(text)) is not None:
        if not credit:
            return None  # "Photos: Bo Lind"
        text = ", ".join(credit)
    if _PICTURE_ROLE.search(text):
        return None  # "Bo Lind, Staff Photographer": who took the picture, not who wrote the report
    # (the names before the byline's separator and what follows it, "Ana Example, Bo Lind • 3 min read",
    # a dash between two names no separator, "Lê Văn Mẫu - Phạm Thị Mẫu"; before the date: "Joe Wee
    # Monday, February 29, 2016")
    byline = clean_byline([before_weekday(byline_head(dashed_names(text)))])
    return byline if byline and all(is_person_name(n) for n in byline_people(byline)) else None


#: A role of a picture's, a video's or a graphic's maker, not the report's writer ("Staff Photographer").
_PICTURE_ROLE = re.compile(r"\b(?:photo|picture|image|camera|video|graphic|illustrat)", re.I)


def _ends(name: str) -> tuple[str, str]:
    """A name's first and last words ("margaret a. hollis": margaret, hollis)."""
    parts = name.split()
    return (parts[0], parts[-1]) if parts else ("", "")


def _title_site(tab: str | None, title: str | None, authors: list[str]) -> str | None:
    """The site a page's <title> names after its headline ("Headline | Talbote", "Headline :: Valley
    Courier :: News") where nothing else names it: the last part after the headline that is no
    section label ("News", "Opinion") and names none of *authors* (the people the page credits);
    where it credits no one, nor shaped like a person's name. None unless the title opens with
    the headline."""
    if not tab or not title:
        return None
    parts = TITLE_SEPARATOR.split(tab)
    # the headline, or a column's label and the headline ("独家｜Headline｜Site", the label
    # printed in the heading too)
    if _same(parts[0], title):
        opens = 1
    elif len(parts) >= 3 and word_count(parts[0]) <= 2 and _same(f"{parts[0]} {parts[1]}", " ".join(TITLE_SEPARATOR.split(title))):
        opens = 2
    else:
        return None
    names = [p.strip() for p in parts[opens:] if 1 <= len(p.split()) <= 4 and p[:1].isupper() or _caseless_site(p.strip())]
    # (a name by its first and last words: "Margaret Hollis" signs as "Margaret A. Hollis")
    credited = frozenset(_ends(n) for n in frozenset().union(*map(byline_names, authors)))
    # A part shaped like a person's name ("Ana Example") is taken for the author's, not the site's,
    # unless the page credits others ("Cafe fire | Diario Sur" signed "By José Núñez").
    names = [p for p in names if not is_section_label(p) and _ends(fold_words(p)) not in credited
             and not (is_person_name(p) and not credited)]
    return names[-1] if names else None


#: What a Chinese, Japanese or Korean outlet's name ends with ("新华网", "江城日报", "新华社",
#: "朝日新聞デジタル", "央视新闻", "연합뉴스", "조선일보"); a writer's name ("张伟", "山田太郎"), a date,
#: a page's number or a section ends otherwise.
_HAN_SITE_END = re.compile(r"(?:[网網报報社台刊]|新闻|新聞|日报|晚报|时报|時報|ニュース|新報|通信|デジタル|일보|신문|뉴스|방송|통신)$")
#: A section's name ("国际新闻": international news), which ends as an outlet's does.
_HAN_SECTION = re.compile(r"^(?:国际|國際|国内|國內|社会|社會|财经|財經|体育|體育|娱乐|娛樂|科技|军事|軍事|地方|本地|时政|要闻|要聞|热点|熱點)")


def _caseless_site(part: str) -> bool:
    """Whether a part of a page's <title> in Chinese, Japanese or Korean is its site's name
    ("江城日报", "新浪新闻", "연합뉴스"): up to twenty characters, no digit, ending as an outlet's
    name does (:data:`_HAN_SITE_END`) and no section's (:data:`_HAN_SECTION`). Other scripts
    without capitals tell a site from a writer by no shape: none is taken."""
    if not 2 <= len(part) <= 20 or any(c.isdigit() for c in part) or len(part.split()) > 2:
        return False
    return bool(_HAN_SITE_END.search(part)) and not _HAN_SECTION.match(part)


def _as_printed(guess: str | None, lines: list[str]) -> str | None:
    """The extractor's *guess* of a page's day, or the day a byline or date line prints where that
    is the guess with its day and month the other way round and the weekday before it says which
    (:func:`~core.reading.judge.weekday_dated`): the guess read Drupal's "Thu, 03/05/2026 - 14:22"
    as 3 May, a Sunday; the weekday says 5 March. Never for the metadata's date, which says which
    number is the month, nor for a line without a weekday ("03/05/2026" may be either). Or the day
    a line prints in an era's years (:data:`~core.reading.judge.ERA_YEARS`), which the extractor
    cannot read, where the guess is another day or none."""
    if guess is not None and len(guess) > 10:
        return guess
    for line in lines:
        day = weekday_dated(line)
        if guess is not None and day is not None and day.isoformat() != guess and day.isoformat() == f"{guess[:4]}-{guess[8:10]}-{guess[5:7]}":
            return day.isoformat()
    # a date the extractor cannot read, in an era's years ("令和8年12月2日"), where its guess is
    # another (a related link's address) or none: the day the page prints (only these: on the
    # extraction dev set, preferring any printed date line's day over the guess cost 4 of 288 dates)
    printed = [found[0].isoformat() for line in lines if any(era in line for era in ERA_YEARS) and (found := find_date(line)) is not None]
    if printed and guess not in printed:
        return printed[0]
    return guess


#: How far apart (days) a time the page prints without a zone and a time its markup gives with one
#: may be for the one's zone to be the other's: a week, which few changes to summer time fall in.
_ZONE_NEAR_DAYS = 7


def _in_page_zone(stamp: str, zoned: Sequence[str]) -> str:
    """*stamp* (ISO 8601), a time the page prints without a zone, in the zone of the first time
    with one its markup gives within :data:`_ZONE_NEAR_DAYS` of it (*zoned*: a JSON-LD
    ``dateModified`` of "2026-11-29T16:30:00+01:00" puts "2026-11-29T14:00:00" at +01:00); else
    unchanged, the page's wall clock."""
    local = iso_stamp(stamp)
    if local is None or local.tzinfo is not None or len(stamp) <= 10:
        return stamp
    for other in zoned:
        near = iso_stamp(other)
        if near is not None and near.tzinfo is not None and abs((near.date() - local.date()).days) <= _ZONE_NEAR_DAYS:
            return local.replace(tzinfo=near.tzinfo).isoformat()
    return stamp


def _with_time(published: str | None, lines: list[str], zoned: Sequence[str] = ()) -> str | None:
    """*published* with the hour and zone that a byline or date line prints for the same day
    ("By Jane Doe, June 2, 2024 10:15 EST") when the page's metadata gave the day alone; who
    had a wire story first depends on it. Where neither the metadata nor the extractor gave a day
    (or the extractor's guess is 1 January, a year alone), the first day of that year such a line
    prints ("Autor: Jan Przykładowy | 3 marca 2026, 10:15", a month's name the extractor does not
    read). A line's time without a zone ("Sunday, 29 November 2026 - 14:00", "29.11.2026, 14:00
    Uhr") counts where no line gives one with a zone: in the zone of a time the page's markup
    gives near it (*zoned*, :func:`_in_page_zone`), else as the page's wall clock, an ISO 8601
    time without an offset. Unchanged when no line gives a time."""
    if published is not None and len(published) > 10:
        return published
    # a guess of 1 January is a year alone (found in a copyright notice): a day of that year a line prints is the day
    open_day = published is None or published[4:] == "-01-01"
    day = local = None
    for line in lines:
        stamp = find_datetime(line, local=True)
        # (a guess of a year alone may be another calendar's year the line prints: "መጋቢት 12 ቀን 2018 ዓ.ም." is 21 March 2026)
        if stamp is None or published is not None and stamp[:4] != published[:4] and not (open_day and published[:4] in date_reading(line)):
            continue
        if len(stamp) > 10 and (published is None or stamp[:10] == published or open_day):
            if len(stamp) > 19:  # with its zone
                return stamp
            local = local or stamp
            continue
        day = day or (stamp if open_day else None)
    if local is not None and (day is None or local[:10] == day):
        return _in_page_zone(local, zoned)
    return day or published


def _is_caps_label(text: str) -> bool:
    """Whether a paragraph is a page's label in capitals, of up to three words of letters alone,
    none longer than :data:`~core.reading.judge.LONG_WORD`: "LIVE", "BREAKING NEWS" (scripts
    without capitals never are; a paragraph of 3,000 W's is no label, and stays for the reader)."""
    return text.isupper() and len(text.split()) <= 3 and all(
        w.replace("-", "").isalpha() and len(w) <= LONG_WORD for w in text.split()
    )


#: Fewer characters of paragraphs than this, the page is an application's shell ("Loading…").
APP_SHELL_CHARS = 200
#: The fewest paragraphs of a report in an application's state, and the fewest words of each.
APP_STATE_PARAGRAPHS = 2
APP_STATE_WORDS = 8


#: An element of an application's story that is no text of the report, by its type ("type",
#: "__typename", "_type", "blockType"): an image, a video, a gallery, an embed, an ad, whose
#: caption and credit are the picture's.
_APP_MEDIA_TYPE = re.compile(r"image|photo|picture|figure|video|gallery|slideshow|embed|media|audio|\bads?\b|advert", re.I)
#: A field of an application's state that holds a picture's words, not the report's: its caption,
#: its alternative text, its credit.
_APP_MEDIA_FIELD = re.compile(r"caption|^alt(?:text)?$|credit|copyright", re.I)


#: A script's statement that hands the application its state as a literal, up to the literal: an
#: object's property set to it, ``window.__INITIAL_STATE__ = {``, ``window["__PRELOADED_STATE__"]=``,
#: ``self.__STATE__ = JSON.parse("…")`` (Redux's, Vue's and other frameworks' server-rendered
#: state), ``Fusion.globalContent={`` (Arc XP's story, in its ANS).
_STATE_ASSIGNMENT = re.compile(
    r"""(?<![\w$.])[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*|\s*\[\s*["'][\w$.-]+["']\s*\])+\s*=\s*"""
    r"""(?=[{\[]|JSON\.parse\(\s*["']|\(\s*function\s*\()""")
#: A JavaScript string in single quotes (JSON.parse's argument), its escapes as they stand.
_SINGLE_QUOTED = re.compile(r"'((?:[^'\\\n]|\\.)*)'", re.S)
#: An escape of a JavaScript string, or a bare double quote (:func:`_as_json_escape`).
_JS_ESCAPE = re.compile(r'\\(.)|"', re.S)


def _as_json_escape(found: re.Match[str]) -> str:
    """A single-quoted JavaScript string's escape or bare double quote (:data:`_JS_ESCAPE`) as it
    stands in a JSON string: ``\\'`` a quote, ``"`` escaped, the rest as they are."""
    if found[1] is None:
        return '\\"'
    return "'" if found[1] == "'" else found[0]


#: A function expression called on the spot, the state it returns built from its arguments
#: (Nuxt's ``window.__NUXT__=(function(a,b){return {…}}("…","…"))``): up to its body.
_STATE_FUNCTION = re.compile(r"\(\s*function\s*\((?P<names>[\w$\s,]*)\)\s*\{")
_JS_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_JS_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_JS_STRING = re.compile(r"""(["'`])((?:[^\\\n]|\\.)*?)\1""", re.S)
_JS_STRING_ESCAPE = re.compile(r"\\(?:u\{(?P<code>[0-9a-fA-F]{1,6})\}|u(?P<u>[0-9a-fA-F]{4})|x(?P<x>[0-9a-fA-F]{2})|(?P<other>.))", re.S)
_JS_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0", "\n": ""}
#: The most characters of a script's state read as a JavaScript literal.
JS_STATE_CHARS = 5_000_000


class _JsName(str):
    """A name a JavaScript literal uses for a value (a function's parameter), until it is bound."""


def _js_unescape(found: re.Match[str]) -> str:
    code = found["code"] or found["u"] or found["x"]
    if code:
        return chr(int(code, 16))
    return _JS_ESCAPES.get(found["other"], found["other"])


class _JsLiteral:
    """A reader of the JavaScript literals an application's state is written in: objects (keys
    bare or quoted), arrays, strings in any quotes, numbers, ``true``/``false``/``null``,
    ``!0``/``!1``, ``void 0`` and ``undefined``, and names (:class:`_JsName`, bound later). Anything
    else (a call, an operator) is no literal: ValueError. Nothing is run."""

    def __init__(self, text: str) -> None:
        self.text = text

    def skip(self, at: int) -> int:
        while at < len(self.text) and self.text[at].isspace():
            at += 1
        return at

    def values(self, at: int, close: str, fault: str) -> tuple[list[Any], int]:
        """The literals listed, comma-separated, from the opening bracket at *at* to its *close*
        ("]" of an array, ")" of a call's arguments), and where they end; ValueError(*fault*)
        where something else stands between them."""
        text = self.text
        items: list[Any] = []
        at = self.skip(at + 1)
        while text[at] != close:
            item, at = self.value(at)
            items.append(item)
            at = self.skip(at)
            if text[at] == ",":
                at = self.skip(at + 1)
            elif text[at] != close:
                raise ValueError(fault)
        return items, at + 1

    def value(self, at: int) -> tuple[Any, int]:
        text = self.text
        at = self.skip(at)
        char = text[at]
        if char == "{":
            found: dict[str, Any] = {}
            at = self.skip(at + 1)
            while text[at] != "}":
                key, at = self.key(at)
                at = self.skip(at)
                if text[at] != ":":
                    raise ValueError("no object literal")
                found[key], at = self.value(at + 1)
                at = self.skip(at)
                if text[at] == ",":
                    at = self.skip(at + 1)
                elif text[at] != "}":
                    raise ValueError("no object literal")
            return found, at + 1
        if char == "[":
            return self.values(at, "]", "no array literal")
        if char in "\"'`":
            quoted = _JS_STRING.match(text, at)
            if quoted is None or char == "`" and "${" in quoted[2]:
                raise ValueError("no string literal")
            return _JS_STRING_ESCAPE.sub(_js_unescape, quoted[2]), quoted.end()
        if text.startswith(("!0", "!1"), at):
            return text[at + 1] == "0", at + 2
        if text.startswith("void 0", at):
            return None, at + 6
        number = _JS_NUMBER.match(text, at)
        if number:
            return float(number[0]) if any(c in number[0] for c in ".eE") else int(number[0]), number.end()
        name = _JS_NAME.match(text, at)
        if name is None:
            raise ValueError("no literal")
        word = name[0]
        return ({"true": True, "false": False, "null": None, "undefined": None}[word]
                if word in ("true", "false", "null", "undefined") else _JsName(word)), name.end()

    def key(self, at: int) -> tuple[str, int]:
        if self.text[at] in "\"'":
            key, at = self.value(at)
            return str(key), at
        name = _JS_NAME.match(self.text, at) or _JS_NUMBER.match(self.text, at)
        if name is None:
            raise ValueError("no key")
        return name[0], name.end()


def _bound(value: Any, names: dict[str, Any]) -> Any:
    """*value* with each :class:`_JsName` in it as what *names* binds it to (None where unbound)."""
    if isinstance(value, _JsName):
        return names.get(value)
    if isinstance(value, dict):
        return {k: _bound(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_bound(v, names) for v in value]
    return value


def _function_state(text: str, at: int) -> Any:
    """The state a function expression called on the spot at *at* returns (:data:`_STATE_FUNCTION`:
    Nuxt's ``(function(a,b,c){return {…, section:a, …}}("Город","mid-1","Гость"))``): the literal it
    returns, each of its parameters as the literal the call passes for it, read (:class:`_JsLiteral`),
    never run. ValueError where its body does more than return a literal or its call passes more."""
    head = _STATE_FUNCTION.match(text, at)
    if head is None:
        raise ValueError("no function expression")
    params = [n.strip() for n in head["names"].split(",") if n.strip()]
    reader = _JsLiteral(text[: at + JS_STATE_CHARS])
    at = reader.skip(head.end())
    if not text.startswith("return", at):
        raise ValueError("a body that does more than return its state")
    state, at = reader.value(at + len("return"))
    at = reader.skip(at)
    at = reader.skip(at + 1) if text[at] == ";" else at
    if text[at] != "}":
        raise ValueError("a body that does more than return its state")
    at = reader.skip(at + 1)
    at = reader.skip(at + 1) if text[at] == ")" else at  # "(function(){…})(…)" as well as "(function(){…}(…))"
    if text[at] != "(":
        raise ValueError("no call")
    args, _ = reader.values(at, ")", "a call that passes more than literals")
    return _bound(state, dict(zip(params, args)))


#: The script types that hold JavaScript (a script without a type does too).
_SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})


def _script_states(script: Any) -> Iterator[Any]:
    """The application state a <script> carries as JSON: the whole of a ``type="application/json"``
    script's (Next.js's ``__NEXT_DATA__``), and in a script of JavaScript each literal or
    ``JSON.parse`` string a statement assigns to an object's property (:data:`_STATE_ASSIGNMENT`:
    ``window.__INITIAL_STATE__ = {...}``) that reads as JSON, or the literal a function expression
    so assigned and called on the spot returns, its arguments in place of its parameters (Nuxt's
    ``window.__NUXT__=(function(a,b){return {...}}("...", "..."))``: :func:`_function_state`).
    Nothing a script holds is run; a literal that is not JSON (``undefined``, a key without
    quotes) is skipped, but for the function's, read as JavaScript literals (:class:`_JsLiteral`)."""
    text = script.text or ""
    kind = (script.get("type") or "").strip().lower()
    if kind == "application/json":
        try:
            yield json.loads(text)
        except ValueError:
            pass
        return
    if kind not in _SCRIPT_TYPES:
        return
    decoder = json.JSONDecoder()
    for found in _STATE_ASSIGNMENT.finditer(text):
        at = found.end()
        try:
            if text.startswith("JSON.parse", at):
                at = text.index("(", at) + 1
                while text[at].isspace():
                    at += 1
                if text[at] == '"':
                    literal, _ = decoder.raw_decode(text, at)
                else:
                    quoted = _SINGLE_QUOTED.match(text, at)
                    if quoted is None:
                        continue
                    literal = json.loads(f'"{_JS_ESCAPE.sub(_as_json_escape, quoted[1])}"')
                yield json.loads(literal) if isinstance(literal, str) else literal
            elif text[at] == "(":
                yield _function_state(text, at)
            else:
                yield decoder.raw_decode(text, at)[0]
        except (ValueError, IndexError, KeyError, RecursionError):
            continue


#: A call that hands a Next.js app-router page a chunk of its flight data, the React Server
#: Components payload: ``self.__next_f.push([1,"…"])``, ``(self.__next_f=self.__next_f||[]).push([0])``.
_FLIGHT_PUSH = re.compile(r"__next_f(?:\s*\|\|\s*\[\s*\]\s*\))?\s*\.\s*push\s*\(")
#: A row of the flight data: its id (hex) and a colon, then its value.
_FLIGHT_ROW = re.compile(r"([0-9a-fA-F]+):")
#: A text row's tag and length in bytes (hex), up to its text: ``5:T1a4,<text>``.
_FLIGHT_TEXT = re.compile(r"T([0-9a-fA-F]+),")
#: A reference to another row in the flight data: ``"$3"``, a lazy one ``"$L3"``, a promise's ``"$@3"``
#: (a path after it, ``"$3:props:children"``, leads into that row's value).
_FLIGHT_REF = re.compile(r"\$[L@]?([0-9a-fA-F]+)((?::[\w$-]+)*)")
#: The elements of a flight tree that hold no text of the report: the site's navigation, side
#: boxes and footer, scripts, forms.
_FLIGHT_DROPPED = frozenset({"nav", "aside", "footer", "script", "style", "noscript", "template", "form", "button",
                             "select", "svg", "iframe", "link", "meta"})
#: The elements of a flight tree whose text runs on in the text around them (a link, an emphasis).
_FLIGHT_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd",
                            "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr"})
#: The most words of an element a flight tree marks as a byline that is one (more is an author's box).
FLIGHT_BYLINE_WORDS = 12
#: The props of a flight tree's element that are its looks, not its content.
_FLIGHT_LOOKS = frozenset({"className", "style", "href", "src", "srcSet", "sizes", "key", "ref"})


def _flight_payload(tree: Any) -> str:
    """The flight data a Next.js app-router page carries, its chunks (``self.__next_f.push([1,"…"])``
    in its scripts, read as JavaScript literals: :class:`_JsLiteral`) joined in order; "" where none."""
    chunks: list[str] = []
    for script in tree.iter("script"):
        text = script.text or ""
        if "__next_f" not in text or (script.get("type") or "").strip().lower() not in _SCRIPT_TYPES:
            continue
        reader = _JsLiteral(text)
        for found in _FLIGHT_PUSH.finditer(text):
            try:
                args, _ = reader.values(found.end() - 1, ")", "no literal")
            except (ValueError, IndexError, KeyError, RecursionError):
                continue
            if args and isinstance(args[0], list) and len(args[0]) == 2 and args[0][0] == 1 and isinstance(args[0][1], str):
                chunks.append(args[0][1])
    return "".join(chunks)


def _flight_rows(payload: str) -> dict[str, Any]:
    """The rows of flight data, by id: each a JSON value (``2:["$","p",null,{…}]``) or a text row's
    text (``5:T1a4,…``, its length counted in UTF-8 bytes); rows of other kinds (a module's ``I[…]``, a
    hint's ``HL[…]``, an error's ``E{…}``) and what does not read are skipped."""
    rows: dict[str, Any] = {}
    decoder = json.JSONDecoder()
    at = 0
    while at < len(payload):
        head = _FLIGHT_ROW.match(payload, at)
        end = payload.find("\n", at)
        end = len(payload) if end < 0 else end
        if head is None:
            at = end + 1
            continue
        at = head.end()
        text = _FLIGHT_TEXT.match(payload, at)
        if text:
            size, at = int(text[1], 16), text.end()
            start = at
            while size > 0 and at < len(payload):
                size -= len(payload[at].encode("utf-8", "surrogatepass"))
                at += 1
            rows[head[1]] = payload[start:at]
            continue
        try:
            rows[head[1]], stop = decoder.raw_decode(payload, at)
            end = max(end, stop)
        except ValueError:
            pass
        at = end + 1
    return rows


def _flight_states(tree: Any) -> list[Any]:
    """The application state a Next.js app-router page carries in its flight data (the React Server
    Components payload, :func:`_flight_payload`), as JSON: each row no other row refers to, with
    the rows it refers to in place (``"$L3"``), and each React element in it (``["$","p",null,{…}]``)
    as an object of its props, its tag as its "type" (:func:`_flight_element`). Nothing is run."""
    payload = _flight_payload(tree)
    if not payload:
        return []
    rows = _flight_rows(payload)
    referred: set[str] = set()

    def refs(value: Any) -> None:
        if isinstance(value, str):
            if (ref := _FLIGHT_REF.fullmatch(value)) is not None:
                referred.add(ref[1])
        elif isinstance(value, list):
            for item in value:
                refs(item)
        elif isinstance(value, dict):
            for item in value.values():
                refs(item)

    states: list[Any] = []
    resolved: dict[str, Any] = {}
    for row in rows.values():
        try:
            refs(row)
        except RecursionError:
            continue
    for key, row in rows.items():
        if key not in referred:
            try:
                states.append(_flight_value(row, rows, frozenset({key}), resolved))
            except RecursionError:
                continue
    return states


def _flight_value(value: Any, rows: dict[str, Any], seen: frozenset[str], _resolved: dict[str, Any]) -> Any:
    """A value of flight data as JSON: a reference as the row it refers to (None where it refers to
    a row above it, or to none; *_resolved* holds the rows read so far, by id), ``"$$…"`` as "$…", another ``"$…"`` (a symbol, a date) as None, a
    React element as :func:`_flight_element` reads it."""
    if isinstance(value, str):
        if value.startswith("$$"):
            return value[1:]
        if not value.startswith("$"):
            return value
        ref = _FLIGHT_REF.fullmatch(value)
        if ref is None or ref[1] in seen or ref[1] not in rows:
            return None
        if not ref[2] and ref[1] in _resolved:
            return _resolved[ref[1]]  # a row referred to again (each is read once)
        found = rows[ref[1]]
        for step in filter(None, ref[2].split(":")):
            found = found.get(step) if isinstance(found, dict) else (
                found[int(step)] if isinstance(found, list) and step.isdigit() and int(step) < len(found) else None)
        found = _flight_value(found, rows, seen | {ref[1]}, _resolved)
        if not ref[2]:
            _resolved[ref[1]] = found
        return found
    if isinstance(value, list):
        if len(value) >= 4 and value[0] == "$" and isinstance(value[1], str):
            return _flight_element(value[1], value[3] if isinstance(value[3], dict) else {}, rows, seen, _resolved)
        return [_flight_value(v, rows, seen, _resolved) for v in value]
    if isinstance(value, dict):
        return {k: _flight_value(v, rows, seen, _resolved) for k, v in value.items()}
    return value


def _flight_element(tag: str, props: dict[str, Any], rows: dict[str, Any], seen: frozenset[str], _resolved: dict[str, Any]) -> Any:
    """A React element of flight data as JSON: an object of its props but its looks
    (:data:`_FLIGHT_LOOKS`), its tag as its "type" (a component's, ``"$L1"``, as ""); None for an
    element that holds no text of the report (:data:`_FLIGHT_DROPPED`). Its children are one string
    where they are text and inline elements alone (``<p>`` with a link in it), and an inline element
    is its text; an element marked as a byline (its class, id, rel or itemprop: :data:`_BYLINE_MARK`)
    is ``{"byline": its text}``, and so is each element above it, up to one that names its own."""
    if tag in _FLIGHT_DROPPED:
        return None
    children = _flight_value(props.get("children"), rows, seen, _resolved)
    items = list(_flight_children(children))
    text = "".join(c for c in items if isinstance(c, str)) if all(isinstance(c, str) for c in items) else None
    marks = " ".join(str(props.get(k) or "") for k in ("className", "id", "rel", "itemProp", "data-testid"))
    if _BYLINE_MARK.search(marks) and text is not None and 0 < len(text.split()) <= FLIGHT_BYLINE_WORDS:
        return {"type": tag, "byline": " ".join(text.split())}
    if tag in _FLIGHT_INLINE and text is not None:
        return "\n" if tag == "br" else text
    node = {k: _flight_value(v, rows, seen, _resolved) for k, v in props.items() if k != "children" and k not in _FLIGHT_LOOKS}
    node["type"] = "" if tag.startswith("$") else tag
    node["children"] = text if text is not None else items
    byline = next((c["byline"] for c in items if isinstance(c, dict) and isinstance(c.get("byline"), str)), None)
    if byline and "byline" not in node:
        node["byline"] = byline
    return node


def _flight_children(children: Any) -> Iterator[Any]:
    """An element's children as a flat list (arrays inside arrays are fragments), without the empty
    ones (None, false); a number as its text."""
    if isinstance(children, list):
        for child in children:
            yield from _flight_children(child)
    elif isinstance(children, (int, float)) and not isinstance(children, bool):
        yield str(children)
    elif children is not None and children is not False and children is not True:
        yield children


#: The type of a run of text in a rich-text node (Tiptap's "text", Portable Text's "span"; a
#: chat's export's marks: "bold", "link"), not of a block.
_RUN_TYPE = re.compile(r"^(?:text|span|plain|bold|italic|underline|strikethrough|code|link|text_link|mention)$", re.I)


def _is_state_runs(value: object, key: str) -> bool:
    """Whether a value in an application's state is the runs of one text: a list of strings and of
    objects with a "text" string and no nodes of their own (their "marks" they may have), at least
    one such object; in a node's "children" (Slate's, Portable Text's: {"text": "25", "bold":
    true}), else each object of a run's type (:data:`_RUN_TYPE`: Tiptap's "content": [{"type":
    "text", ...}]) — a list of blocks ("body": [{"type": "paragraph", "text": ...}]) is none."""
    if not isinstance(value, list) or not any(isinstance(r, dict) for r in value):
        return False
    for run in value:
        if isinstance(run, str):
            continue
        if not isinstance(run, dict) or not isinstance(run.get("text"), str) or any(
                isinstance(v, list) and any(isinstance(i, dict) and "text" in i for i in v) for v in run.values()):
            return False
        kind = next((v for k in ("type", "_type", "nodeType") if isinstance(v := run.get(k), str)), None)
        if key != "children" and (kind is None or not _RUN_TYPE.match(kind)):
            return False
        if kind is not None and not _RUN_TYPE.match(kind):
            return False
    return True


def _state_runs(runs: list[Any]) -> str:
    """The text of runs (:func:`_is_state_runs`), joined as they are (each holds its own spaces)."""
    return "".join(r if isinstance(r, str) else r["text"] for r in runs)


class AppState(NamedTuple):
    """The report a page carries in its application's state (:func:`_app_state`)."""

    paragraphs: list[str]
    authors: list[str]  # the writers the report's record names ([] where it names none)
    # where each paragraph stands: the list of blocks it is an item of (0 for none), and its field's name
    slots: tuple[tuple[int, str], ...] = ()
    published: str | None = None  # when the report's record says it was published (ISO 8601), None where it says not
    updated: str | None = None  # when it says it was updated, None where it says not


def _app_state(tree: Any) -> AppState:
    """The report's paragraphs in the application state a page carries (:func:`_script_states`: a
    <script type="application/json">, as Next.js's ``__NEXT_DATA__``, or a script's literal, as
    ``window.__INITIAL_STATE__``; and a Next.js app-router page's flight data: :func:`_flight_states`),
    with where each stands (:attr:`AppState.slots`): its strings that are sentences of
    :data:`APP_STATE_WORDS` words or more, and shorter sentences in the same field of the same
    list's items as such a paragraph ("body": [{"text": ...}, ...]), in order, each once (a string
    of HTML by its paragraphs, a string of text by its blank lines), not a picture's caption or credit (:data:`_APP_MEDIA_TYPE`,
    :data:`_APP_MEDIA_FIELD`); no paragraphs where there are fewer than :data:`APP_STATE_PARAGRAPHS`.
    Its authors are those the report's record names (the deepest object holding most of the
    paragraphs' text, else the nearest object above it that names some), read as a JSON record's are
    (:func:`~core.reading.jsonl.record_authors`: "authors": [{"name": ...}], "byline", "credits");
    so are its times ("publishedAt", "updatedAt": :func:`~core.reading.jsonl.record_times`)."""
    # each sentence with where it stands (the list of blocks it is an item of, and its field's
    # name), the objects above it, and whether it is of a paragraph's length
    sentences: list[tuple[str, tuple[int, str], tuple[dict[str, Any], ...], bool]] = []
    held: dict[int, int] = {}  # the characters of paragraphs under each object, by its id
    chains: dict[int, tuple[dict[str, Any], ...]] = {}  # each object with the objects above it, outermost first

    def walk(value: object, above: tuple[dict[str, Any], ...], key: str, listed: int) -> None:
        if isinstance(value, dict):
            kind = next((v for k in ("type", "__typename", "_type", "blockType") if isinstance(v := value.get(k), str)), "")
            if _APP_MEDIA_TYPE.search(kind):
                return  # an image's block: its caption is the picture's
            chain = (*above, value)
            chains[id(value)] = chain
            for name, item in value.items():
                # a rich-text node's runs ("children": [{"text": "On route "}, {"text": "25", "bold": true}, ...])
                # are one text, where the node stands
                walk(_state_runs(item) if _is_state_runs(item, str(name)) else item, chain, str(name), listed)
        elif isinstance(value, list):
            for item in value:
                walk(item, above, key, id(value))
        elif isinstance(value, str) and len(value) >= 20 and not _APP_MEDIA_FIELD.search(key):
            texts = ([b.text for b in fragment_blocks(value)] if "<" in value
                     else [" ".join(part.split()) for part in _BLANK_LINE.split(value)])
            for text in texts:
                if is_sentence(text) and word_count(text) >= 3:
                    sentences.append((text, (listed, key), above, word_count(text) >= APP_STATE_WORDS))

    # (kept, so that no list's id is another's while the slots are compared)
    states = [state for script in tree.iter("script") for state in _script_states(script)] + _flight_states(tree)
    for state in states:
        try:
            walk(state, (), "", 0)
        except RecursionError:
            continue
    # A paragraph's length, or a shorter sentence where paragraphs stand: in the same field of the
    # items of the same list ("body": [{"type": "paragraph", "text": ...}, ...]).
    slots = {slot for _, slot, _, long in sentences if long and slot[0]}
    found: list[str] = []
    placed: list[tuple[int, str]] = []
    for text, slot, above, long in sentences:
        if (long or slot in slots) and text not in found:
            found.append(text)
            placed.append(slot)
            for holder in above:
                held[id(holder)] = held.get(id(holder), 0) + len(text)
    if len(found) < APP_STATE_PARAGRAPHS:
        return AppState([], [])
    total = sum(map(len, found))
    records = [chains[i] for i, chars in held.items() if 2 * chars > total]
    authors: list[str] = []
    published = updated = None
    if records:
        from core.reading.jsonl import record_authors, record_times  # (the JSON reader imports this module)

        record = max(records, key=len)
        authors = next((names for holder in reversed(record) if (names := record_authors(holder))), [])
        published, updated = next((times for holder in reversed(record) if (times := record_times(holder))[0]), (None, None))
    return AppState(found, authors, tuple(placed), published, updated)


#: The least share of the report the state must hold besides the opening a page draws, of that
#: opening's characters, for its text to go on where the page's stops (:func:`_told_by_state`).
STATE_MORE = 1 / 3


def _told_by_state(blocks: list[Block], state: AppState) -> list[Block] | None:
    """The page's report as the application's state it carries tells it (:func:`_app_state`), where
    the page draws less of it; None where the page's own blocks are the report.

    - A page that draws no report (an application's shell, fewer than :data:`APP_SHELL_CHARS`
      characters of paragraphs: "Loading…", not all of them found in the state: a short report
      drawn whole is the page's own) holding more than twice that in its state: the state's
      paragraphs, where it does not go on from what the page draws (below).
    - A page that draws the opening of the report its state holds (a paywall's fragment): its
      paragraphs found in the state are the first of the state's field they stand in ("body":
      [{"text": …}, …]), in order, and at least as long as what the page draws after them (the
      paywall's notice); where that field goes on with :data:`STATE_MORE` of their length or more,
      and more than the page's text after them, the page's blocks up to them and the field's
      further paragraphs. A page that draws its whole report keeps it, whatever its state holds
      besides (its teaser, the related reports' summaries)."""
    paragraphs = [b.text for b in blocks if b.kind == "p"]
    where = {fold_words(p): i for i, p in enumerate(state.paragraphs)}
    matched = [(at, where[f]) for at, b in enumerate(blocks) if b.kind == "p" and (f := fold_words(b.text)) in where]
    told = _state_goes_on(blocks, state, matched)
    drawn = sum(map(len, paragraphs))
    whole = bool(paragraphs) and len(matched) == len(paragraphs)  # a short report the page draws whole is its own
    if told is None and drawn < APP_SHELL_CHARS and not whole and sum(map(len, state.paragraphs)) > 2 * drawn:
        return [Block(p) for p in state.paragraphs]
    return told


def _state_goes_on(blocks: list[Block], state: AppState, matched: list[tuple[int, int]]) -> list[Block] | None:
    """The page's *blocks* up to the opening of the report they draw, and the further paragraphs
    of the state's field that holds it, where the state goes on where the page stops
    (:func:`_told_by_state`); *matched* are the page's paragraphs found in the state, each by its
    block's index and the state's paragraph's. None where the state does not go on."""
    if not matched or len(state.slots) != len(state.paragraphs):
        return None
    slot = state.slots[matched[-1][1]]
    field = [i for i, s in enumerate(state.slots) if s == slot]
    shown = [i for _, i in matched if i in field]
    if shown != field[: len(shown)]:
        return None  # the page draws more, or other, of the field than its opening
    last = matched[-1][0]
    opening = sum(len(blocks[at].text) for at, i in matched if i in field)
    after = sum(len(b.text) for b in blocks[last + 1:] if b.kind == "p")
    more = [state.paragraphs[i] for i in field[len(shown):]]
    held = sum(map(len, more))
    if after > opening or held < STATE_MORE * opening or held <= after:
        return None
    return [*blocks[: last + 1], *(Block(p) for p in more)]


def _ld_split(blocks: list[Block], paragraphs: list[str]) -> list[Block]:
    """*blocks* with a block that is the whole of the page's JSON-LD ``articleBody`` (its
    paragraphs run together, as the extractor reads a page drawn by script whose text is there
    alone) put as those *paragraphs* (:attr:`PageMeta.ld_paragraphs`)."""
    if len(paragraphs) < 2:
        return blocks
    whole = fold_words(" ".join(paragraphs))
    return [part for b in blocks for part in (
        [Block(p) for p in paragraphs] if b.kind == "p" and fold_words(b.text) == whole else [b])]


#: A paragraph's end that says it is cut off ("… kostet 4,2 Millionen…", "... [...]").
_CUT_OFF = re.compile(r"\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$")

#: The fewest words a cut-off paragraph keeps to be read as the opening of one of the whole report's.
CUT_OFF_WORDS = 3


def _ld_completed(blocks: list[Block], paragraphs: list[str]) -> list[Block]:
    """*blocks* with a teaser of the report, cut off, put as the whole report the page's JSON-LD
    ``articleBody`` gives (its *paragraphs*, :attr:`PageMeta.ld_paragraphs`): a paywalled page
    shows the report's first paragraphs, the last of them cut off with "…", and carries all of
    them in its structured data. The teaser's paragraphs must be the body's first ones, word for
    word, and its last one the opening of a later one but the body's last (of at least
    :data:`CUT_OFF_WORDS` words); else *blocks* as they are."""
    if len(paragraphs) < 2:
        return blocks
    folded = [fold_words(p) for p in paragraphs]
    for i, block in enumerate(blocks):
        if block.kind != "p" or not _CUT_OFF.search(block.text) or word_count(cut := _CUT_OFF.sub("", block.text)) < CUT_OFF_WORDS:
            continue
        opening = fold_words(cut)
        shown = next((k for k, whole in enumerate(folded[:-1]) if whole.startswith(opening) and whole != opening), None)
        if shown is None or shown > i:
            continue
        start = i - shown
        if all(blocks[start + k].kind == "p" and fold_words(blocks[start + k].text) == folded[k] for k in range(shown)):
            return [*blocks[:start], *(Block(p) for p in paragraphs), *blocks[i + 1:]]
    return blocks


#: The most words of each of the menu's items a page's table sets out above its headline.
MENU_ITEM_WORDS = 3


def _label_words(text: str) -> int:
    """The words of *text* as a menu's label: of a trail's longest part ("Press releases » 2026": 2),
    else of all of it."""
    return max(word_count(part) for part in re.split(r"\s+[»›>/|]\s+", text)) if is_breadcrumb(text) else word_count(text)


def _year_alone(published: str | None) -> bool:
    """Whether *published*, what an article's date is so far, says no day: none, or the extractor's
    guess of 1 January, a year alone it found in the text (:func:`_read_page` drops it)."""
    return published is None or len(published) == 10 and published.endswith("-01-01")


#: A word of two characters or more, or a figure: what a block holds that is text, not an icon
#: ("ℹ️" is a letter to Unicode) or an ornament.
_WORD_OR_FIGURE = re.compile(r"[^\W_]{2}|\d")


def _article_from_blocks(
    blocks: list[Block], *, source: str, outlet: str | None, title: str | None, url: str | None,
    authors: list[str], published: str | None, stamps: list[tuple[str, str, str]] | None = None,
    byline_boxes: list[str] | None = None, credits_body: bool = False, walls: frozenset[str] = frozenset(),
    over_teasers: frozenset[str] = frozenset(), sections: frozenset[str] = frozenset(),
    language: str | None = None,
    shipped: frozenset[str] = frozenset(), withheld: bool = False, live: bool = False, filed_from: str | None = None,
) -> Article:
    """An article from a page's blocks: headline and byline lines off the top, furniture out.

    *language* is the page's (:attr:`PageMeta.language`; where None, its blocks' own): a byline
    line may open with its own word for "by" ("Per Jordi Puig" in Catalan).

    *byline_boxes* are the page's byline elements of several lines, joined ("By Ana Example
    Edited by Bo Lind"), and its "By ..." elements: such a block above the report is the byline,
    not its first paragraph.
    *credits_body* says the *authors* name an organisation (the outlet, a newsroom, "Example
    e.V."): a byline line above the report that names people is the byline instead. A byline
    line naming the *authors* is the byline as printed ("Ana Example und Bo Lind").

    *walls* are the folded texts of the page's marked paywall boxes (:attr:`PageMeta.walls`): a
    block that is one is a paywall's notice, whatever its words. *shipped* are the folded
    paragraphs the page marks for subscribers and ships (:attr:`PageMeta.shipped`): where the
    report holds them, a wall's notice after them cuts nothing. *withheld* says the page's
    subscriber text is marked but empty (:attr:`PageMeta.withheld`): the report is cut short.

    *over_teasers* are the folded texts of the page's labels over teasers (:func:`_labels_over_teasers`):
    such a label heads other reports, whatever of them the extractor kept. *sections* are the
    folded names of the site's sections (:attr:`PageMeta.sections`): one above the report, alone
    or beside the date, is its section's label, no paragraph or byline.

    Subheads (and a live page's update times, each above its update) stay in the text, in
    their place, and are marked as subheads by their index (``Article.subheads``).
    """
    entries: list[tuple[str, bool]] = []  # (text, is a subhead)
    notes: set[int] = set()  # the entries that are the outlet's notes on its article (kept as notes: make_article)
    teaser = walled = False  # walled: right after a paywall's notice
    # a live page: its updates' stamps found, or three updates headed by their time ("14:32 | Most zůstane zavřený")
    # (or its structured data says it is one, *live*: a LiveBlogPosting)
    # (a match's running commentary: three entries stamped by the match's minute, "12'", "45+1'")
    live = live or bool(stamps) or sum(1 for block in blocks if heading_stamp(block.text, separated=True) is not None) >= LIVE_UPDATES \
        or sum(1 for block in blocks if _MATCH_MINUTE.fullmatch(block.text.strip())) >= LIVE_UPDATES
    language = language or page_language(" ".join(block.text for block in blocks))
    byline = clean_byline(authors, language=language)
    credited: list[str] = []  # the reporters a wire credit line names ("Reporting by A; Editing by B")
    credit: str | None = None  # a byline that is only the outlet or agency a line above the report credits
    dateline: str | None = None  # a dateline on a line of its own above the report
    # where an info line above the report says it was filed from ("【バレッタ＝山田健一】"), or the
    # page's byline box beside its date (*filed_from*)
    place: str | None = filed_from
    for box in byline_boxes or ():
        if (found := bracket_credit(" ".join(box.split()), bare=True)) is not None:
            # a Japanese paper's byline element, which the extractor may drop: "【バレッタ＝山田健一】2026年12月2日 6:10"
            place, reporters, _ = found
            byline = byline or ", ".join(reporters) or None
            break
    resume = 0  # the block the report goes on at, after a box of links inside it
    standfirst: str | None = None  # the deck under the headline (a "standfirst" block: _lead_kind)
    signed_off: dict[str, str] = {}  # a live update's news without its sign-off -> the update's text as printed
    for at, block in enumerate(blocks):
        if at and not at % REPORT_LINES:
            report("reading", at, len(blocks))  # a huge page's blocks, told as they are judged
        if at < resume or block.kind == "caption":
            continue
        if block.kind == "standfirst":
            if standfirst is None and all(sub for _, sub in entries):
                standfirst = block.text  # the deck over the report
                continue
            block = Block(block.text)  # a second, or one under the report's opening: a paragraph
        if block.kind == "head" and is_sentence(block.text) and datelined(block.text):
            # a lead set in a heading's markup (an agency's "<h6>MOSTAR (BA) - ...</h6>"): a sentence
            # that opens with a wire dateline is the report's first paragraph, no subhead
            block = Block(block.text)
        text = block.text
        if not _WORD_OR_FIGURE.search(text):
            continue  # no word nor figure: a box's icon or an ornament ("ℹ️", "* * *", "■")
        if block.kind != "head":
            text, names = split_credit(text)
            credited.extend(names or ())
            if not text:
                continue
        # (the outlet's note on its article above the report, "Updated at 4:05 p.m. with ...", is none of it)
        body_so_far = any(not sub for n, (_, sub) in enumerate(entries) if n not in notes)
        if title and _same(text, title) and all(
            _label_words(t) <= (KICKER_WORDS if len(entries) <= 2 else MENU_ITEM_WORDS) and not is_sentence(t) for t, _ in entries
        ):
            # the headline printed again above the report, and a kicker over it ("BREAKING NEWS"),
            # or a menu's items an old page sets beside it in a table ("Capa", "Cidade", "Esportes")
            entries.clear()
            notes.clear()
            continue
        if block.kind == "head" and title and _same(text, title):
            continue  # the headline again, further down (an extractor may move the <h1> below the lead)
        if not body_so_far and block.kind != "head" and title and not is_sentence(text) and _labelled_headline(text, title):
            continue  # the headline again above the report with its label beside it (a forum post's flair: "... News")
        if is_paywall(text) or _walled(text, walls):
            # a wall under the report's opening cuts it short; a banner above it (a meter's "Register
            # to keep reading") leaves the report whole under it
            teaser = teaser or body_so_far
            walled = True
            continue
        if walled and block.kind != "head" and word_count(text) < PAYWALL_TAIL_WORDS and not is_sentence(text):
            continue  # the paywall's buttons and sign-in prompt ("See offers", "Already have an account? Sign in")
        if walled and body_so_far and block.kind != "head" and word_count(text) < 2 * PAYWALL_TAIL_WORDS \
                and _TO_THE_READER.search(text) and not _QUOTE_MARK.search(text):
            # its sales copy, to the reader, under the report's teaser ("It only takes a minute, and
            # you will get our newsletter too."); not a report's lead under a banner ("If you live ...")
            continue
        if walled and block.kind != "head" and word_count(text) < 2 * PAYWALL_TAIL_WORDS and _wall_follows(blocks, at, walls):
            continue  # between two of a wall's notices, its offer in any language ("Fizessen elő most ...")
        walled = False
        if live and block.kind != "head" and is_signoff(text, live=live) and (news := without_signoff(text, live=live)):
            # a live page's sign-off that carries news too ("That is all from us today. The firm has
            # promised a statement on Wednesday."): the news stays under its update's stamp, the
            # sign-off's sentences go
            signed_off[news] = text
            text = news
        if is_furniture_block(text):
            continue
        if (not body_so_far and block.kind != "head" and is_breadcrumb(text) and not dated_name(text) and not opens_byline(text, language=language)
                and not any(c.isdigit() for c in text) and not _credit_line(text, outlet)):
            # ("Dead: 3 | Missing: 12" is the report's key figures; "Redação | Lusa" its credit, below)
            continue  # a site's trail or menu above the report ("Home | News"), in a table the extractor kept
        if block.kind == "p" and _is_caps_label(text):
            continue  # a page's label in capitals ("LIVE", "BREAKING NEWS"), no paragraph of the report
        if not body_so_far and block.kind in ("p", "item") and (section_dated(text, sections) or fold_words(text) in sections):
            # the report's section above it, alone or with its date ("World | 3 March 2026", a name
            # the page's menus print): its time where the metadata gave the day alone
            stamp = find_datetime(text, local=True)
            if _year_alone(published) or stamp and published and len(published) == 10 < len(stamp) and stamp[:10] == published:
                published = stamp or published
            continue
        if is_signoff(text, live=live) or (block.kind in ("p", "head") or block.kind == "item" and (not body_so_far or stamps)) \
                and is_stamp_block(text):
            # a live page's sign-off; a time stamp standing alone (the page's metadata has it), or an
            # item of the info list above the report ("<li>입력 2026.03.03 09:00</li>"), or of a live
            # timeline set as a list ("<li><div>17:30 03/03</div><div><p>..."), whose stamps come back
            # as the updates' subheads (_stamp_updates), not twice: its date where
            # nothing else gave one (a month's name the extractor does not read: "5 दिसंबर 2026")
            if not body_so_far and not is_signoff(text, live=live):
                # (or its time, where the metadata gave the day alone: "29.11.2026, 14:00 Uhr" under the byline)
                stamp = find_datetime(text, local=True)
                if _year_alone(published) or stamp and published and len(published) == 10 < len(stamp) and stamp[:10] == published:
                    published = stamp or published
            continue
        if is_live_chrome(text) or live and block.kind == "p" and _UPDATE_META.match(text) and not is_sentence(text):
            continue  # a live timeline's counter or sort label; an update's time and source, which its stamp gives
        if not body_so_far and dateline is None and block.kind == "p" and (dateline := lone_agency_dateline(text)):
            continue  # the report's dateline on a line of its own above it ("新华社北京12月5日电", "【ソウル聯合】")
        if block.kind != "caption" and (info := info_line(text)) is not None and (
                not body_so_far or info.labelled and block.kind in ("p", "item")):
            # the info line over the report ("2026-03-03 09:20 来源：海滨日报 作者：李晓明 阅读：3462",
            # "文｜记者 陈晓华 2026年03月03日"), or a credit under it ("（共同）", "（原标题：...）",
            # "（责任编辑：王芳） 分享到：微信 微博"): its date where the page's metadata gives none, the
            # reporter it names as the byline (over a credit's outlet), its agency where nothing else names one
            published = (info.published or published) if _year_alone(published) else published
            place = place or (info.place if not body_so_far else None)
            if info.writers and (byline is None or not body_so_far and (byline == credit or credits_body)):
                byline = ", ".join(info.writers)  # (under the report too: a regional paper's "（魚津支局・森田紗季）")
            elif info.source and not body_so_far and byline is None:
                byline = credit = info.source
            continue
        if (body_so_far and is_see_also(text, heading=block.kind == "head") and fold_words(text) not in over_teasers
                and _text_follows(blocks, at)):
            continue  # a label whose links the extractor dropped ("Related", "See also", "Lees ook"): it heads nothing
        if body_so_far and ends_report(text, heading=block.kind == "head"):
            resume = _report_resumes(blocks, at) or len(blocks)
            continue  # a heading over teasers of other reports: "Related", "Mehr zum Thema"
        if not body_so_far and any(_byline_box(text, box) for box in byline_boxes or ()):
            continue  # a byline element's text, set as a heading too ("<strong class=author>"); "ByAna Example" glued
        if block.kind in ("p", "item") and (posted := entry_meta(text)) is not None:
            # a blog theme's entry-meta line above or under the post ("Posted on 3 March 2026 in News,
            # Local", "Filed under: ...", "Tagged ..."): its date where the metadata gives none, its writer
            # where nothing else names one
            published = posted.published if posted.published and _year_alone(published) else published
            byline = byline or posted.byline
            continue
        if block.kind == "head":
            # (on a live page, a heading that stamps an update heads that update, not the page: the
            # newest update's, on top of a newest-first page, would title it until the next one)
            if not entries and title is None and not (live and update_time(text) is not None):
                title = text
            else:
                entries.append((text, True))
            continue
        # (or under the report's standfirst, its one paragraph so far: a French page's chapô over
        # "Par Claire Exemple", or a Spanish page's entradilla over "Ana Ejemplo · Valdemora · 3 de
        # marzo de 2026", over the lead)
        # ("By Thursday, the river will crest", "Por Valencia, ..." are the report's sentences)
        # (the paragraphs so far are counted last: a page of 60,000 paragraphs counted them again at each one)
        if body_so_far and block.kind == "p" and word_count(text) <= BYLINE_BOX_WORDS and not is_sentence(text) \
                and opens_byline(text, language=language) \
                and (contributor := clean_byline([text], line=True, known=authors, language=language)) \
                and (live or byline is not None and byline_names(contributor) <= byline_names(byline)):
            # a live update's contributor under it ("Posted by Ana Example"), or the writer's byline again
            # at the report's end: who wrote it, not a paragraph
            byline = byline or contributor
            continue
        lead_only = ((opens_byline(text, language=language) or signed_dateline(text) is not None) and word_count(text) <= BYLINE_BOX_WORDS
                     and not is_sentence(text) and not re.match(r"\S+\s+\S+,", text)
                     and sum(not sub for n, (_, sub) in enumerate(entries) if n not in notes) == 1)
        if (not body_so_far or lead_only) and (byline_line := clean_byline([text], line=True, known=authors, language=language)):
            if byline is None or byline_names(byline) <= byline_names(byline_line) or (
                credits_body and not is_organisation(byline_line, site=outlet)
            ):
                byline = byline_line
            continue
        if not body_so_far and block.kind != "head" and (is_role_line(text) or _writer_line(text, authors)):
            # the writer's role under the byline: "Political reporter, Valley Broadcasting"; the
            # writer's name and role on one line, as an opinion page prints it ("박서준 해양대 물류학과 교수")
            continue
        if block.kind != "head" and (named := source_named(text)):
            # the report's source after a label ("Source: Reuters", "Sumber: Antara"): who wrote the
            # copy above the report, a credit under it
            if byline is None and not body_so_far:
                byline = credit = named
            continue
        if not body_so_far and block.kind != "head" and _credit_line(text, outlet):
            if byline is None:
                byline = credit = text  # who wrote or ran it, above the report: "Reuters", "Le Courrier avec AFP"
            continue
        if not body_so_far and block.kind != "head" and (stamp := _dated_credit(text, outlet, known=authors)) is not None:
            # the outlet that ran the report and when, on one line above it (a portal's provider line,
            # "北陸日報サンプル11月26日 18:30", its element's space lost): the page's metadata, no paragraph
            published = published or find_datetime(stamp, local=True)
            continue
        if is_article_note(text):
            notes.add(len(entries))
        entries.append((text, False))
    while entries and entries[-1][1]:
        closing = entries.pop()[0]  # a subhead with nothing under it (or the writer's name, in bold)
        byline = byline or _signature(closing)
    entries = _without_bare_stamps(entries)
    if (comments := next((at for at, (text, _) in enumerate(entries) if at >= 2 and is_comments_label(text)), None)) is not None:
        # the heading of the readers' comments under the report ("Коментари (2)", "Comments (14)"): theirs from there on
        del entries[comments:]
    if len(entries) > 1 and not entries[-1][1] and _credit_line(entries[-1][0], outlet, closing=True):
        # the credit under the report ("Redazione / AGX", "Staff and agencies"): who ran or wrote it,
        # as above it; the byline where the page names no one
        closing = entries.pop()[0]
        byline = byline or closing
    if (signed_at := _signed_off(entries)) is not None and (signature := _signature(entries[signed_at][0])) and (
            byline is None or byline_names(signature) == byline_names(byline)):
        # the writer's name signing the report off, the page's short lines under it (a view count,
        # "Comments (2)", other reports' headlines): the report ends at the name
        del entries[signed_at + 1:]
    if len(entries) > 1 and (signature := _signature(entries[-1][0])) and (
            byline is None or byline_names(signature) == byline_names(byline)):
        entries.pop()
        byline = byline or signature  # the writers' names closing the report (the byline the page marks, or none)
    elif len(entries) > 1 and not entries[-1][1] and _dashed_credit(entries[-1][0], entries[-2][0]):
        entries.pop()  # a role signing the report off after a dash ("- Our correspondent"): a credit, no text
    byline = byline or ", ".join(dict.fromkeys(credited)) or None
    body = [t for t, sub in entries if not sub]
    # The page ships its subscriber text (a script hides it from readers without a subscription):
    # the report is whole, whatever wall follows it. Its marked text there but empty: cut short.
    teaser = (teaser and not any(fold_words(t) in shipped for t in body)) or withheld
    if sum(len(t.strip()) for t in body) < MIN_BODY_CHARS or all(is_section_label(t) for t in body):
        # Nothing, or words left of the page's menus ("Home", "Home World"): no report. A brief of one sentence is one.
        raise ReadError(f"{source}: no article text found in the page")
    if closes_with_initials([t for t, _ in entries]):
        entries.pop()  # the wire desk's initials under the last paragraph: "abc mal"
    if stamps:
        entries = _stamp_updates(entries, stamps, printed=signed_off)
    entries = _printed_paragraphs(entries)
    marked = tuple((i, t) for i, (t, sub) in enumerate(entries) if sub)
    return make_article(
        path=source, outlet=outlet, title=without_signature(title, byline), paragraphs=tuple(t for t, _ in entries),
        byline=byline, published=published, url=url, subheads=marked, teaser=teaser, dateline=dateline, place=place,
        standfirst=standfirst,
    )


def _printed_paragraphs(entries: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """*entries* (a paragraph's text, whether it is a subhead) with a converted document's lines
    of print, each a paragraph of the page, joined into the paragraphs they were printed in
    (:func:`~core.reading.judge.printed_lines`), between its subheads."""
    paragraphs = [t for t, sub in entries if not sub]
    if len(printed_lines(paragraphs)) == len(paragraphs):
        return entries
    joined: list[tuple[str, bool]] = []
    run: list[str] = []
    for text, sub in [*entries, ("", True)]:
        if not sub:
            run.append(text)
            continue
        joined.extend((t, False) for t in printed_lines(run))
        run = []
        if text:
            joined.append((text, sub))
    return joined


#: What joins the names of a credit line: "Le Courrier de la Côte avec AFP", "Northbank News with
#: AP", "Reuters/dpa", "AFP, Reuters", "Agenzia Nord con ANSA", "Kurier mit dpa", "Redação | Lusa",
#: "Redacción · EFE".
_CREDIT_JOINT = re.compile(r"\s+(?:avec|with|mit|und|con|com|and|et|y|e|&)\s+|\s*[/,|·•]\s*", re.I)
#: The most words of a credit line.
CREDIT_LINE_WORDS = 10


def _byline_box(text: str, box: str) -> bool:
    """Whether a block is the text of the byline element *box*: the same words (an extractor may
    glue "By" to the name: "ByAna Example"), or those and the writer's role after them, which an
    extractor joins into one block ("By Ana Example Political reporter, Valley Broadcasting")."""
    name = fold_words(box)
    if fold_words(text).replace(" ", "") == name.replace(" ", ""):
        return True
    opening = re.match(r"\W*" + r"\W+".join(map(re.escape, name.split())) + r"\b", text, re.I) if name else None
    return opening is not None and is_role_line(text[opening.end() :].strip(" ,|·"))


def _writer_line(text: str, authors: list[str]) -> bool:
    """Whether a block above a report is the writer's line: a name the metadata gives (*authors*),
    then only where they work and what they are, no sentence ("박서준 해양대 물류학과 교수",
    "Ana Example, professor of law, Example University")."""
    if is_sentence(text):
        return False
    for author in authors:
        name = " ".join(author.split())
        line = " ".join(text.split())
        rest = line[len(name) :]
        if len(name) >= 2 and fold_words(line[: len(name)]) == fold_words(name):
            if rest[:1] in " ,|/·–—-" and rest.strip(" ,|/·–—-") and word_count(rest) <= ROLE_LINE_WORDS \
                    and not any(c.isdigit() for c in rest):
                return True
    return False


#: The most words of a line that gives an outlet's name and a time stamp (:func:`_dated_credit`).
DATED_CREDIT_WORDS = 14


def _dated_credit(text: str, outlet: str | None, *, known: Sequence[str] = ()) -> str | None:
    """The time stamp of a block that names who ran the report (:func:`_credit_line`: the page's
    *outlet*, a name shaped as an outlet's; or a name the metadata credits, *known*: an aggregator's
    page's provider in its author tag) and then when, and nothing else: "北陸日報サンプル11月26日
    18:30", "Harbour Gazette · 3 March 2026, 09:10" (a stamp: :func:`~core.reading.judge.is_stamp_block`,
    or a day and month with a clock time, :func:`~core.stamps.is_dated_clock`); None for any
    other block. The stamp opens at the first word or figure after which the rest is one."""
    if word_count(text) > DATED_CREDIT_WORDS or is_sentence(text) or not any(c.isdigit() for c in text):
        return None
    for start in (m.start() for m in re.finditer(r"(?<!\w)\w|\d(?<!\d\d)", text)):
        name, stamp = text[:start].strip(" ,|·•–—-"), text[start:].strip()
        if name and (is_stamp_block(stamp) or is_dated_clock(stamp)):
            return stamp if _credit_line(name, outlet) or any(_same(name, k) for k in known) else None
    return None


def _credit_line(text: str, outlet: str | None, *, closing: bool = False) -> bool:
    """Whether a block above a report only names who ran or wrote it: the page's *outlet*, names
    shaped like an outlet's or an agency's (:func:`~core.reading.judge.is_outlet_name`), joined as
    credits join them ("Reuters", "Le Courrier de la Côte avec AFP"); or a newsroom
    (:func:`~core.reading.judge.is_newsroom_credit`) alone or with one such name or any other
    (an agency's, capitalised, no menu's word: "Redazione / AGX", "Redação | Tarn", "Staff and
    agencies"). Under the report (*closing*) a credit line names a newsroom or two names or more:
    a name alone there may close the report's own text."""
    if word_count(text) > CREDIT_LINE_WORDS or is_sentence(text):
        return False
    parts = [p.strip() for p in _CREDIT_JOINT.split(text.strip()) if p.strip()]
    desk = [p for p in parts if is_newsroom_credit(p)]
    rest = [p for p in parts if p not in desk and not (outlet is not None and _same(p, outlet)) and not is_outlet_name(p)]
    if closing and not desk and len(parts) < 2:
        return False
    return bool(parts) and (not rest or bool(desk) and len(rest) == 1 and _agency_name(rest[0]))


#: The most words of an agency's name beside a newsroom in a credit line ("Agência Tarn").
AGENCY_NAME_WORDS = 3


def _agency_name(text: str) -> bool:
    """Whether *text* may be an agency's name beside a newsroom's in a credit line: capitalised
    words (:func:`~core.reading.judge.is_capitalised`: a script without capitals' too, "মধুগঞ্জ"), at most
    :data:`AGENCY_NAME_WORDS`, none a menu's ("Tarn", "Agência Tarn"; not "Home")."""
    words = text.split()
    return 1 <= len(words) <= AGENCY_NAME_WORDS and all(is_capitalised(w) and not is_menu_word(w) for w in words)


#: A paragraph of a report, as against a teaser's headline or a date: a sentence of this many words or more.
RESUMED_WORDS = 20
#: How many such paragraphs in a row after a box of links show the report going on.
RESUMED_PARAGRAPHS = 2
#: The most blocks (teasers' headlines, their dates) a box of links inside a report holds.
BOX_BLOCKS = 12


#: The most words of a writer's name signing a report at its end.
SIGNATURE_WORDS = 4


#: A word of a name: letters (with a hyphen or an apostrophe inside), or an initial ("M.").
_NAME_WORD = re.compile(r"^(?:[^\W\d_]+(?:[-'’][^\W\d_]+)*|[^\W\d_]\.)$")
#: Words of a box's label closing a page, no name's: "Weiterführender Link", "Melville Web Links".
_LABEL_WORD = re.compile(r"^(?:links?|web|more|mehr|weiterführende[rn]?|quellen?|sources?|tags?|share|teilen|print|drucken)$", re.I)


#: The dash a post's writer signs it off with, before their name: "— Bayu Conto", "-- Ana", "~ Ana".
_SIGN_OFF_DASH = re.compile(r"^(?:[—―–]|--?|~)\s*(?=\w)")


def _signed_off(entries: list[tuple[str, bool]]) -> int | None:
    """Where a writer's name (:func:`_signature`) signs a report off with only short lines under it
    that are no sentence (each fewer than :data:`RESUMED_WORDS` words: a page's counters, labels and
    teasers' headlines; a sentence is the report going on), two paragraphs or more above it and no
    other name over it (a list of names); else None."""
    for at in range(len(entries) - 2, 1, -1):
        if word_count(entries[at + 1][0]) >= RESUMED_WORDS or is_sentence(entries[at + 1][0]):
            return None
        if not entries[at][1] and _signature(entries[at][0]) and not _signature(entries[at - 1][0]) \
                and sum(not sub for _, sub in entries[:at]) >= 2:
            return at
    return None


def _dashed_credit(text: str, before: str) -> bool:
    """Whether *text*, the block closing a report under the block *before* it, signs it off after a
    dash with a role or a name ("- Our correspondent", "— Staff writer"): at most
    :data:`SIGNATURE_WORDS` words after the dash, no figure, no sentence, and *before* is no item of
    a dashed list the line would go on."""
    rest = _SIGN_OFF_DASH.sub("", text.strip(), count=1)
    return (rest != text.strip() and not _SIGN_OFF_DASH.match(before.strip()) and 1 <= word_count(rest) <= SIGNATURE_WORDS
            and not is_sentence(rest) and not any(c.isdigit() for c in rest) and not re.search(r"[:;,!?]", rest))


def _signature(text: str) -> str | None:
    """The writer's name where a block closing a report is that alone, as Vietnamese and other
    papers sign a report at its end in bold ("Trần Mẫu"), or two or three names, or those under a
    byline's opening words (an interview's "Rozmawiała Anna Przykład"), or a post's sign-off after a
    dash ("— Bayu Conto"); else None: no label of a box ("Weiterführender Link"), no address glued to a name."""
    text = _SIGN_OFF_DASH.sub("", text.strip(), count=1)
    if (reporter := reporter_signed(text)) is not None:
        return reporter  # the reporter's name under the word for reporter ("Сурвалжлагч Б.Жишээ")
    if opens_byline(text) and word_count(text) <= SIGNATURE_WORDS + 3 and not is_sentence(text):
        # the names under their credit ("Interviewed by Ana Example", "Rozmawiała Anna Przykład")
        signed = clean_byline([text], line=True)
        return signed if signed is not None and all(_signature(p) for p in byline_people(signed)) else None
    if (several := clean_byline([text])) is not None and len(people := byline_people(several)) > 1:
        # two or three names, joined as the language joins them ("Nguyễn Văn An - Trần Thị Bình", "A và B")
        return several if len(people) <= 3 and all(_signature(p) for p in people) else None
    words = text.split()
    if word_count(text) > SIGNATURE_WORDS or is_sentence(text) or not is_person_name(text):
        return None
    return text if all(_NAME_WORD.match(w) and not _LABEL_WORD.match(w) and not is_menu_word(w) for w in words) else None


def _wall_follows(blocks: list[Block], at: int, walls: frozenset[str]) -> bool:
    """Whether the block after ``blocks[at]`` is a paywall's notice (:func:`is_paywall`, or one of
    the page's marked *walls*)."""
    following = blocks[at + 1].text if at + 1 < len(blocks) else ""
    return bool(following) and (is_paywall(following) or _walled(following, walls))


def _report_resumes(blocks: list[Block], at: int) -> int | None:
    """Where the report goes on after the teaser heading ``blocks[at]`` ("Related", "More on
    this:"), when the heading opens a box of links set inside the report: after at most
    BOX_BLOCKS blocks none of which is a report's paragraph (:data:`RESUMED_WORDS`), that many
    paragraphs in a row (:data:`RESUMED_PARAGRAPHS`). None where the report ends at the heading
    (the teasers run to the page's end, or another teaser heading comes first)."""

    def paragraph(block: Block) -> bool:
        return block.kind != "head" and word_count(block.text) >= RESUMED_WORDS and is_sentence(block.text)

    for start in range(at + 1, min(at + 2 + BOX_BLOCKS, len(blocks))):
        if paragraph(blocks[start]):
            run = blocks[start : start + RESUMED_PARAGRAPHS]
            return start if len(run) == RESUMED_PARAGRAPHS and all(map(paragraph, run)) else None
        if ends_report(blocks[start].text, heading=blocks[start].kind == "head"):
            return None
    return None


def _text_follows(blocks: list[Block], at: int) -> bool:
    """Whether only a report's paragraphs follow the label ``blocks[at]`` ("Related", "See also":
    :func:`~core.reading.judge.is_see_also`), up to the next label that ends a report or the
    page's end: paragraphs that read as sentences, none of them a teaser's (opening on a wire
    dateline of its own: "SKARVIK, March 8 (NordWire) - ..."), and no heading (a teaser's
    headline) nor list item (a link list's, its text kept) among them; furniture and captions
    between them aside. The label's links, if it had any, the extractor dropped: it heads nothing."""
    found = False
    for block in blocks[at + 1 :]:
        if ends_report(block.text, heading=block.kind == "head"):
            break
        if block.kind == "caption" or is_furniture_block(block.text):
            continue
        if block.kind not in ("p", "quote") or not is_sentence(block.text) or datelined(block.text):
            return False
        found = True
    return found


def _bare_stamp(text: str) -> bool:
    """Whether *text* is a live stamp alone: a match's minute ("90+3'", :data:`_MATCH_MINUTE`) or a
    clock time or an age (:func:`_is_clock`)."""
    text = text.strip()
    return _MATCH_MINUTE.fullmatch(text) is not None or _is_clock(text)


def _without_bare_stamps(entries: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """*entries* (a page's paragraphs and subheads, in order) without each live stamp alone that
    nothing stamped follows: the last entry (an update dropped as furniture, as a closing "That's
    all from us" is, leaves its stamp: "90+4'"), or one right above another stamp alone."""
    return [entry for n, entry in enumerate(entries)
            if not (_bare_stamp(entry[0]) and (n + 1 == len(entries) or _bare_stamp(entries[n + 1][0])))]


def _stamp_updates(
    entries: list[tuple[str, bool]], stamps: list[tuple[str, str, str]], *, printed: dict[str, str] | None = None,
) -> list[tuple[str, bool]]:
    """A live page's entries with each update's time stamp, as a subhead, above the update: with
    the update's own heading after it where it has one ("21:10 — Night shift braces for more
    admissions", one subhead, once, whether or not the extractor kept the heading), so that an
    update's time stays with it and its heading stays a heading; the time alone where it has none.
    The updates stay in the page's order. An update whose time is unknown (its stamp an age only,
    :func:`_live_stamps`: label "") has its heading alone, or no subhead.

    An update whose text opens with its stamp ("18:05 - Police have detained ...") prints its
    time already: the stamp is no subhead of its own, else the time would be two paragraphs.
    The update's heading right above it is its own, whether the extractor kept it as a subhead
    or as a paragraph (an <h3> inside the update's <article> it read as text): a subhead once,
    under the stamp, never a paragraph beside a copy of it.

    *printed* gives the text an entry's update printed where the entry is only part of it (its
    news without its sign-off's sentences): the update's stamp is found by it.
    """
    starts: dict[int, tuple[str, str]] = {}
    for start, label, heading in stamps:
        for i, (text, sub) in enumerate(entries):
            if not sub and (printed or {}).get(text, text).startswith(start[:40]):
                starts.setdefault(i, (label, heading))
                break

    def timed(label: str, head: str) -> str:
        # (a heading that opens with its time already, "14:32 | Most zůstane zavřený", as it is)
        return head if not label or re.match(rf"{re.escape(label)}(?!\w)", head, re.I) else f"{label} — {head}"

    out: list[tuple[str, bool]] = []
    for i, entry in enumerate(entries):
        if i in starts:
            label, heading = starts[i]
            kept = bool(out) and (out[-1][1] and not heading or bool(heading) and _same(out[-1][0], heading))
            timed_already = not label or re.match(rf"{re.escape(label)}(?!\w)", entry[0], re.I) is not None
            if kept:
                # the update's heading, read as a paragraph or not: its subhead, its time before it
                out[-1] = (out[-1][0] if timed_already else timed(label, out[-1][0]), True)
            elif heading:
                out.append((heading if timed_already else timed(label, heading), True))
            elif not timed_already:
                out.append((label, True))
        out.append(entry)
    return out


# --- newsletters ----------------------------------------------------------------

#: The fewest items closing on a link to the rest of their report ("Read more") that make a page
#: a newsletter of items.
NEWSLETTER_LINKED_ITEMS = 2
#: An item's number before its heading: "1. Port at a standstill", "2) Leak in Eastmoor".
_ITEM_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")


def _newsletter_items(tree: Any, *, dated: bool = True) -> list[list[Block]]:
    """The items of a page that is a newsletter of headed items, each its blocks under its
    heading (the heading first, its number off); [] for any other page.

    A newsletter (an e-mail's HTML, its copy on the web) sets each item under a heading of its
    own, a short report closing on a link to the full one ("Read more", "Read the full story":
    :func:`~core.reading.judge.is_read_on`), or set between rules (<hr>) under a heading that may
    be a paragraph in bold ("<p><strong>The port stops.</strong></p>", as a blogging platform's
    newsletter sets it); so does a page of briefs (*dated*: not a live page), each item under its
    heading opening with a wire dateline of its own ("OSTBY (NordWire) - ...":
    :func:`~core.reading.judge.datelined`), where the page's first heading is no such item (a
    report's headline over its datelined lead). NEWSLETTER_LINKED_ITEMS items or more so closed
    make the page one; then every heading from the first of them on that has a sentence under it opens
    an item (the last items may have no link). Nothing above the first item is a report: where a
    paragraph there is longer than a greeting or a date line (PREAMBLE_WORDS), the page is a
    report with teasers under it, and no newsletter (a report's bold subheads between rules
    stay its own). An item ends at its first furniture or rule after its text (its link; under
    the last, the newsletter's footer, sign-off and the sender's postal address).

    The page is read as its markup sets it (:func:`_element_blocks`), not as the extractor does:
    it may drop the headings and links of a page it takes for teasers. The items are cut as the
    plain-text path cuts a digest's (:func:`~core.reading.text.split_reports`).
    """
    body = tree.find(".//body")
    if body is None or (
        sum(1 for a in body.iter("a") if is_read_on(_text(a))) < NEWSLETTER_LINKED_ITEMS
        and sum(1 for _ in body.iter("hr")) < NEWSLETTER_LINKED_ITEMS
        and (not dated or len(list(islice((p for p in body.iter("p") if datelined(_text(p))), NEWSLETTER_LINKED_ITEMS)))
             < NEWSLETTER_LINKED_ITEMS)
    ):
        return []
    try:
        blocks = _element_blocks(body, items=True)
    except RecursionError:  # markup nested deeper than Python's stack: read as a report
        return []
    heads = [i for i, b in enumerate(blocks) if b.kind == "head"]
    ends = dict(zip(heads, [*heads[1:], len(blocks)]))

    def opens_dated(head: int) -> bool:
        """Whether the text under *head* opens with a wire dateline, its byline aside ("By Tom
        Hale" between an item's heading and its "KASTRUP, March 8 (BWS) - ...")."""
        first = next((at for at in range(head + 1, ends[head]) if clean_byline([blocks[at].text], line=True) is None), None)
        return first is not None and datelined(blocks[first].text)

    # Briefs by their datelines only where the page's first heading is no report's own (a report's
    # headline over its datelined lead, its subheads' sections and teasers after it) and the page
    # is not live (each update may open with a dateline).
    dated = dated and bool(heads) and not opens_dated(heads[0])

    def text_under(head: int) -> tuple[int, bool]:
        """Where the text under *head* ends (at its first furniture or rule after it, or the next
        heading), and whether it is an item: a link to the rest of its report closes it, or a rule
        where one opens it too (an item between rules), or it opens with a wire dateline of its
        own (a page of briefs: "OSTBY (NordWire) - ...")."""
        seen = False
        briefed = dated and opens_dated(head)
        for at in range(head + 1, ends[head]):
            if blocks[at].kind == "rule":
                if seen:
                    return at, head > 0 and blocks[head - 1].kind == "rule" or briefed
            elif is_furniture_block(blocks[at].text):
                if seen:
                    return at, is_read_on(blocks[at].text) or briefed
            else:
                seen = seen or is_sentence(blocks[at].text)
        return ends[head], briefed

    linked = [h for h in heads if text_under(h)[1]]
    if len(linked) < NEWSLETTER_LINKED_ITEMS:
        return []
    if any(b.kind != "head" and word_count(b.text) > PREAMBLE_WORDS and not is_furniture_block(b.text) for b in blocks[: linked[0]]):
        return []
    units: list[Unit] = []
    kept: dict[int, Block] = {}  # id() of a unit of the item's text: its block
    items: set[int] = set()
    for head in (h for h in heads if h >= linked[0]):
        end = text_under(head)[0]
        text = [b for b in blocks[head + 1 : end] if b.kind != "rule" and not is_furniture_block(b.text)]
        if not any(is_sentence(b.text) for b in text):
            continue
        items.add(len(units))
        units.append(Unit(blocks[head].text, Kind.HEADING))
        kept[id(units[-1])] = Block(_ITEM_NUMBER.sub("", blocks[head].text), "head")
        for block in text:
            units.append(Unit(block.text, Kind.BODY))
            kept[id(units[-1])] = block
    return [[kept[id(u)] for u in report] for report in split_reports(units, frozenset(items))]


# --- fragments ------------------------------------------------------------------

_BLOCK_TAGS = frozenset({"p", "div", "section", "article", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4",
                         "h5", "h6", "pre", "table", "tr", "figure", "figcaption", "header", "footer", "aside", "dl",
                         "dd", "dt", "hr", "main", "center", "address"})
_HEAD_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "object", "embed", "form", "button",
                        "svg", "figcaption", "nav"})


def _bold_only(node: Any) -> bool:
    """Whether a fragment's paragraph is a subhead set in bold: ``<p><strong>Traffic disruption</strong></p>``
    (:func:`_subhead_shaped` for a fragment's own markup)."""
    return _bold_head(node) and _subhead_words(_text(node))


def _bold_head(node: Any) -> bool:
    """Whether a newsletter's paragraph heads an item in bold: wholly bold, of a subhead's length,
    and introducing nothing (no colon), where it may close on a full stop or an exclamation ("The
    port stops.", "Trams, finally!"); :func:`_bold_only` is a subhead's stricter shape."""
    children = [c for c in node if isinstance(c.tag, str) and c.tag != "br"]
    text = _text(node).strip()
    return (
        not (node.text or "").strip() and len(children) == 1 and children[0].tag in ("strong", "b")
        and not (children[0].tail or "").strip() and 0 < word_count(text) <= SUBHEAD_WORDS
        and not re.search(r"[:;,]['\"’”»)]*$", text)
    )


#: An HTML entity: in a fragment's text after parsing, the fragment was escaped twice; in a feed's
#: title or a JSON Lines field that holds plain text, it is to be decoded.
ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.I)


#: A tag left in a fragment's text once its entities are decoded.
_TAG_LEFT = re.compile(r"</?[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>")
#: HTML stored escaped ("&lt;p&gt;The council ...&lt;/p&gt;").
ESCAPED_MARKUP = re.compile(r"&lt;/?(?:p|div|br|span|a|b|i|em|strong|li|ul|ol|h[1-6]|blockquote)\b", re.I)
#: Where a single <br> broke a fragment's text (a private-use character: never text of its own).
_LINE_BREAK = "\ue000"
#: Lines a single <br> apart are paragraphs (a feed's text put through nl2br) when each ends a
#: sentence and two or more have this many words; else they are the lines of one (an address, a list).
BR_PARAGRAPH_WORDS = 8
#: A line that is a list's item by its marker: "1. Portsea", "2) Northbank", "• Tolls", "- Rail".
_ITEM_MARK = re.compile(r"^(?:\d{1,2}[.)]|[•·▪►*–-])\s+\S")


def _lines_apart(lines: list[str]) -> bool:
    """Whether lines a single break apart (a <br>, a newline) are paragraphs of their own: each
    ends a sentence, leads in with a colon or is a list's item, and two or more are sentences of
    BR_PARAGRAPH_WORDS words (text put through nl2br), or all are items ("1. Portsea<br>2. ...").
    Else they are the lines of one paragraph (an address, a hard wrap)."""
    if len(lines) < 2 or not all(is_sentence(x) or x.endswith(":") or _ITEM_MARK.match(x) for x in lines):
        return False
    return sum(is_sentence(x) and word_count(x) >= BR_PARAGRAPH_WORDS for x in lines) >= 2 or all(
        _ITEM_MARK.match(x) for x in lines
    )


def _paragraphs(lines: list[str]) -> list[str]:
    """The paragraphs of *lines* a single break apart: each line its own where they are apart
    (:func:`_lines_apart`), else one, joined; but the lines that head a report stand apart first,
    whatever follows them: an info line ("2026-03-03 09:20 来源：海滨日报 作者：李晓明", a date alone)
    or an agency's dateline alone on its line ("新华社北京12月5日电", "【ソウル聯合】")."""
    head = 0
    while head < len(lines) - 1 and (info_line(lines[head]) is not None or lone_agency_dateline(lines[head])):
        head += 1
    rest = lines[head:]
    return [*lines[:head], *(rest if _lines_apart(rest) else [" ".join(rest)] if rest else [])]


#: An element that sets a block of text apart: with none, a fragment's blank lines part its paragraphs.
_BLOCK_TAG = re.compile(r"<(?:p|div|br|li|ul|ol|dl|h[1-6]|blockquote|table|section|article|figure|pre|hr|aside|main)\b", re.I)
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def fragment_blocks(html: str) -> list[Block]:
    """The blocks of an HTML fragment (a feed entry, a JSON field), in order, each text once.

    Paragraphs split at every block element and at a run of two ``<br>``, and at blank lines in a
    fragment with no block element; text outside any element (a bare lead before the first
    ``<p>``) is a paragraph too; a quote's or list
    item's own paragraphs are taken once. Text that is not HTML comes back as its lines. A
    picture's caption beside it (:func:`_picture_captions`) is a block of kind "caption".
    """
    import lxml.html

    if not html.strip():
        return []
    if "<" not in html and ESCAPED_MARKUP.search(html):
        html = _unescape(html)  # HTML stored escaped ("&lt;p&gt;The council ...&lt;/p&gt;")
    if "<" not in html:  # plain text: paragraphs at blank lines, or at line ends where each line stands alone
        out_text: list[Block] = []
        for part in re.split(r"\n\s*\n", html):
            lines = [" ".join(line.split()) for line in part.split("\n") if line.split()]
            out_text.extend(Block(x) for x in _paragraphs(lines))
        return out_text
    if not _BLOCK_TAG.search(html) and _BLANK_LINE.search(html):
        # a post's raw text with inline markup only, its paragraphs apart by blank lines (WordPress's
        # post_content before its wpautop makes them <p>s): a paragraph at each blank line
        html = "".join(f"<p>{part}</p>" for part in _BLANK_LINE.split(html) if part.strip())
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # noqa: BLE001 - not HTML after all: its text
        return [Block(" ".join(html.split()))] if html.split() else []
    _without_ruby_annotations(root)
    _attribute_quotes(root)
    for line in _link_lines(root):  # its tags, its link to the comments ("<a href=...#comments>Leave a comment</a>")
        _remove_keeping_tail(line)
    # a picture's caption or credit beside it ("<p><img></p><p><em>Foto: ...</em></p>"), as a page's is
    # read (:func:`_picture_captions`): the picture's, left out of the text
    pictured = _picture_captions(root)
    return [Block(b.text, "caption") if b.kind == "p" and fold_words(b.text) in pictured else b for b in _element_blocks(root)]


def _element_blocks(root: Any, *, items: bool = False) -> list[Block]:
    """The blocks of an lxml element's content (:func:`fragment_blocks`), read as the markup sets them.

    With *items* (a newsletter's reading), each rule (<hr>) is a block of kind "rule" and no text,
    and a paragraph wholly in bold is a heading even where it closes on a full stop ("The port
    stops.", :func:`_bold_head`)."""
    out: list[Block] = []
    current: list[str] = []
    kind = ["p"]
    breaks = [0]

    def flush() -> None:
        text = " ".join("".join(current).split())
        if ENTITY.search(text):
            # Escaped twice at the source ("council&amp;#8217;s" read once); markup so escaped is no text.
            text = " ".join(_TAG_LEFT.sub(" ", _unescape(text)).split())
        lines = [" ".join(line.split()) for line in text.split(_LINE_BREAK)]
        lines = [line for line in lines if line]
        out.extend(Block(line, kind[-1]) for line in _paragraphs(lines))
        current.clear()
        breaks[0] = 0

    def add(text: str | None) -> None:
        if text:
            if text.strip():
                breaks[0] = 0
            current.append(text)

    def walk(node: Any) -> None:
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _SKIP_TAGS or not tag:
                add(child.tail)
                continue
            if tag == "br":
                breaks[0] += 1
                if breaks[0] >= 2:
                    flush()
                else:
                    current.append(_LINE_BREAK)
                add(child.tail)
                continue
            if tag == "hr" and items:
                flush()
                out.append(Block("", "rule"))
                add(child.tail)
                continue
            if tag in _BLOCK_TAGS:
                flush()
                bold = tag == "p" and (_bold_head(child) if items else _bold_only(child))
                kind.append("head" if tag in _HEAD_TAGS or bold else "quote" if tag == "blockquote"
                            else "item" if tag == "li" else kind[-1])
                add(child.text)
                walk(child)
                flush()
                kind.pop()
                add(child.tail)
            else:
                add(child.text)
                walk(child)
                if tag in ("td", "th"):
                    add(" ")  # a row's cells are words apart ("Holmvik 2"), never glued
                add(child.tail)

    add(root.text)
    walk(root)
    flush()
    return out


#: A post's time in a chat's HTML export, its date element's title ("12.03.2026 09:14:02 UTC+06:00").
_EXPORT_TIME = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?: UTC([+-]\d{2}):?(\d{2}))?")
#: A break between a post's paragraphs (two line breaks or more).
_POST_BREAK = re.compile(r"(?:<br\s*/?>\s*){2,}", re.I)
#: A paragraph of a post that is a link alone (a channel's "subscribe" plug), or its headline in bold alone.
_LINK_ALONE = re.compile(r"\s*<a\b[^>]*>.*?</a>\s*", re.I | re.S)
_BOLD_ALONE = re.compile(r"\s*<(strong|b)>(?P<head>[^<]*)</\1>\s*", re.I)


def _chat_export_posts(data: bytes, *, source: str, outlet: str | None) -> list[Article] | None:
    """The posts of a channel's HTML export (Telegram Desktop's messages.html: a "history" of
    "message default" elements), each an article: its text's paragraphs (between double line
    breaks) under its first one where that is a line in bold alone, its headline; dated by its date
    element's title ("12.03.2026 09:14:02 UTC+06:00", day first), signed by its signature; the
    channel, named in the page's header, its outlet. A paragraph that is a link alone (the channel's
    plug) is no text; service lines (a day's separator, "pinned this message"), a post of a photo
    alone and its reactions' counts are no post. None where *data* is no such export."""
    if b'class="history"' not in data or b"message default" not in data:
        return None
    tree = _parsed(data)
    if tree is None:
        return None
    from lxml import etree

    header = next(iter(tree.xpath('//div[contains(@class, "page_header")]//div[contains(@class, "text")]')), None)
    channel = outlet or (_text(header) if header is not None else None) or None
    posts: list[Article] = []
    for message in tree.xpath('//div[contains(@class, "history")]/div[contains(concat(" ", @class, " "), " message ")'
                              ' and contains(concat(" ", @class, " "), " default ")]'):
        body = next(iter(message.xpath('.//div[contains(concat(" ", @class, " "), " text ")]')), None)
        if body is None:
            continue
        inner = (body.text or "") + "".join(etree.tostring(child, encoding="unicode", with_tail=True) for child in body)
        parts = [part for part in _POST_BREAK.split(inner) if part.strip() and not _LINK_ALONE.fullmatch(part)]
        title = None
        if parts and (bold := _BOLD_ALONE.fullmatch(parts[0])) is not None:
            title, parts = " ".join(bold["head"].split()), parts[1:]
        if not parts:
            continue
        stamp = next(iter(message.xpath('.//div[contains(@class, "date")]/@title')), "")
        published = None
        if (at := _EXPORT_TIME.search(stamp)) is not None:
            day, month, year, hour, minute, second, zone_hours, zone_minutes = at.groups()
            published = f"{year}-{int(month):02d}-{int(day):02d}T{int(hour):02d}:{minute}:{second}" + (
                f"{zone_hours}:{zone_minutes}" if zone_hours else "")
        signature = next(iter(message.xpath('.//div[contains(@class, "signature")]')), None)
        authors = [_text(signature)] if signature is not None and _text(signature) else []
        posts.append(fragment_article("".join(f"<p>{part}</p>" for part in parts), source=source, outlet=channel, title=title,
                                      url=None, authors=authors, published=published))
    return posts or None


def fragment_article(
    html: str, *, source: str, outlet: str | None, title: str | None, url: str | None,
    authors: list[str], published: str | None, closing: Callable[[str], bool] | None = None,
    language: str | None = None,
    stamps: list[tuple[str, str, str]] | None = None,
) -> Article:
    """An article from an HTML fragment and the metadata its container gave (a feed, a JSON record).

    *closing* says of a block's text whether it is the container's furniture where it closes the
    fragment (a feed's plug for the audio its entry carries): such blocks at the end are dropped.
    *language* is the one its container declares (a feed's or entry's xml:lang, a record's "lang":
    "pl", "pl-PL"); the fragment's own words win where they tell theirs
    (:func:`~core.reading.judge.page_language`). Its dates are read in that language, as a page's
    are (:func:`~core.reading.judge.reading_language`: "27 listopada 2026" is in November in Polish).
    *stamps* are a live blog's updates the fragment holds, as a live page's are found
    (:func:`_live_stamps`: the first words of each, its time stamp, its heading): each update's
    time and heading are set above it, as a page's are."""
    blocks = _without_pull_quotes(fragment_blocks(html))
    while closing is not None and blocks and closing(blocks[-1].text):
        blocks = blocks[:-1]
    spoken = page_language(" ".join(block.text for block in blocks), language)
    with reading_language(spoken):
        return _article_from_blocks(
            blocks, source=source, outlet=outlet, title=title, url=url, authors=authors, published=published,
            language=spoken, stamps=stamps,
        )

