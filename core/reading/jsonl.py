"""JSON Lines: one article per line, in the shapes news APIs and scrapers write.

The fields are found under their common names: the text in ``text``, ``body``,
``content``, ``articleBody``, ``lead_paragraph``, ``description`` or ``abstract`` (a string, HTML or
not, or a list of paragraphs); the outlet in ``outlet``, ``source`` (a string or ``{"name": ...}``),
``site``, ``publisher`` or ``source_name``; the time in ``published``, ``publishedAt``,
``dateTime``, ``date``, ``pubDate``, ``webPublicationDate`` (ISO 8601 or RFC 822), and when it was
updated in ``updated``, ``updatedAt``, ``dateModified`` (kept where later than the publication);
``title``/``headline``/``webTitle``, ``byline``/``author``/``authorsByline``/``creator`` ... (:data:`_AUTHOR`;
a string, a list or objects with a name)
and ``url``/``link``/``webUrl``; each also under a nested ``fields`` object (the Guardian's Content API).
A text field is read by what it holds: a string, a list of paragraphs or of a CMS's elements, or an
object holding one of those one level down ({"paragraphs": [...]}); of several, the first, unless
another holds more than twice its text (a one-line snippet beside the full text: :func:`_fullest`).
A response's list of records is found under its API's wrapper (:data:`_LISTS`), and one record it
wraps ("data": {"attributes": ...}) is that record. A field's name matches whatever its case or
separators ("pubdate", "pub_date", "createdAt"). A headless CMS's rich text (Portable Text,
Contentful's, ProseMirror's, Strapi's blocks) is read as paragraphs, and Markdown as the words it
shows. A record's dates, its time field's and its text's, are read in its language: its text's,
else the one it declares (:data:`_LANGUAGE`: "27 listopada 2026" is in November in Polish). A
record that gives a headline and no text is no article: an input's such records are skipped,
said in one line.
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from urllib.parse import urlsplit
from datetime import datetime, timezone
from typing import Any, NamedTuple

from core.errors import ReadError
from core.model import later_update
from core.reading.html import ENTITY, ESCAPED_MARKUP, fragment_article, live_blog_updates
from core.reading.judge import iso_datetime, page_language, reading_language, without_names
from core.reading.sources import Item, Problem, Result, Source, is_url
from core.reading.text import markdown_to_text
from core.text import LANGUAGE_NAMES

__all__ = ["Described", "column_field", "described", "parse_json", "parse_jsonl", "parse_rows", "record_authors", "record_times", "records_of"]

#: The names a spreadsheet or an export gives an article's fields in its newsroom's language, by
#: the field (as :func:`column_field` names them), after the English names each field's own list
#: gives: German, French, Spanish, Italian, Portuguese, Dutch, Polish, Bosnian/Croatian/Serbian,
#: Russian, Turkish, Finnish, Swedish, Danish/Norwegian, Czech, Hungarian, Lithuanian and
#: Indonesian ("Otsikko;Kirjoittaja;Julkaistu;Lähde;Teksti" is a Finnish table's header row). The
#: one table of them: each field's list below takes its names from it. (No name that is another
#: field's or a wrapper's in English records: Italian and Portuguese "data" is none of them.)
_NAMES_ABROAD: dict[str, tuple[str, ...]] = {
    "text": ("tekst", "texte", "texto", "testo", "inhalt", "treść", "sadržaj", "текст", "metin", "teksti", "leipäteksti", "brödtext",
             "brødtekst", "szöveg", "tekstas", "teks", "isi"),
    "title": ("titel", "titre", "título", "titulo", "titolo", "tytuł", "naslov", "заголовок", "başlık", "otsikko", "rubrik", "overskrift",
              "nadpis", "titulek", "cím", "antraštė", "judul"),
    "author": ("autor", "auteur", "autore", "auteurs", "autori", "autores", "autorzy", "автор", "yazar", "kirjoittaja", "tekijä",
               "författare", "forfatter", "skribent", "szerző", "autorius", "penulis"),
    "time": ("datum", "fecha", "date_de_publication", "дата", "tarih", "päivämäärä", "julkaistu", "publicerad", "publiceret",
             "publisert", "veröffentlicht", "publié", "publicado", "pubblicato", "gepubliceerd", "dato", "datum_objave", "tanggal"),
    "url": ("lien", "enlace", "collegamento", "linkki", "länk", "lenke", "odkaz", "tautan"),
    "outlet": ("quelle", "fuente", "fonte", "bron", "źródło", "izvor", "источник", "kaynak", "lähde", "julkaisija", "källa", "kilde",
               "zdroj", "forrás", "šaltinis", "sumber"),
    "language": ("sprache", "langue", "idioma", "lingua", "język", "jezik", "язык", "dil", "kieli", "språk", "sprog", "jazyk", "nyelv",
                 "kalba", "bahasa"),
}

#: The fields an article's text is read from (the Guardian's plain "bodyText" after its HTML
#: "body"; an article search's record, which gives no body, its "lead_paragraph" before its
#: "abstract" and "snippet"), and the commonest of them, named where a record has none.
#: (Arc XP's story: "content_elements", a list of typed elements; Apple News Format's "components",
#: a list of elements typed by their "role")
#: (Diffbot's "html" beside its "text")
#: (RSS's full text, "content:encoded", as rss-parser and feed dumps keep it beside a one-line "content")
#: (a newsroom's "body_html"; IPTC ninjs 1.x's "body_html" and "body_text", 2.0's "bodies": [{"role", "contenttype",
#: "value"}], read by its role: :func:`_by_role`)
#: (Ghost's "lexical" and "mobiledoc", a rich-text tree given as a string of JSON where its "html" is null: :func:`_held_text`)
_BODY = ("text", "body", "bodyText", "content", "content_html", "content_text", "articleBody", "article_body", "full_text", "maintext",
         "content_elements", "html", "content:encoded", "content_encoded", "body_html", "components", "bodies", "lexical", "mobiledoc",
         # (a spreadsheet's or an export's column in its newsroom's language: :data:`_NAMES_ABROAD`)
         *_NAMES_ABROAD["text"])
#: ... and, where the record gives none of those, the summary of the report it gives instead
#: (:attr:`~core.model.Article.summary_only`: mediastack's and NewsAPI's "description", an article
#: search's "lead_paragraph" and "abstract"), wherever they stand in it (the Guardian's body nested
#: under "fields" before a "description" beside it).
#: (Pocket's and Newscatcher's "excerpt")
#: (a newsroom's "dek" and "standfirst", the line under the headline; IPTC ninjs 1.x's "description_html" and
#: "description_text", 2.0's "descriptions": [{"role", "value"}])
_SUMMARY = ("lead_paragraph", "description", "summary", "abstract", "snippet", "excerpt", "dek", "standfirst", "description_html",
            "description_text", "descriptions")
_TEXT = (*_BODY, *_SUMMARY)
#: The line under the headline a newsroom's record gives beside its body, which a page prints as
#: its first paragraph (the HTML reader keeps a page's standfirst so): its "lead" ("perex" in Czech
#: and Slovak newsrooms), "dek", "standfirst", "intro", at the record's top or in the object that
#: holds its body ("content": {"lead", "body": [...]}). (A news API's "description" is not one: a
#: teaser written for a list, often the body's first sentence cut short.)
_LEAD = ("lead", "lede", "lead_text", "intro", "dek", "standfirst", "perex")
_TEXT_SHOWN = ("text", "body", "content", "articleBody")
#: (trafilatura's JSON: "source" is the page's address, "source-hostname" the site's name; Bing
#: News: "provider": [{"name"}]; Diffbot: "siteName"; the Google Reader API's (Feedly, Inoreader,
#: FreshRSS): "origin": {"title"}; Miniflux: "feed": {"title"}; Wallabag: "domain_name"; Newscatcher:
#: "name_source"; the Open Graph site name, "og_site_name", which WordPress's REST API gives in its
#: SEO plugin's head, "yoast_head_json": :data:`_NESTED`)
#: (an IPTC ninjs item's: 2.0's "infosources": [{"name", "role": "originator"}], read by role
#: (:func:`_outlet_name`), then its "copyrightholder", as 1.x gives it too)
_OUTLET = ("outlet", "source", "source-hostname", "site", "site_name", "sitename", "siteName", "publisher", "publication", "provider",
           "origin", "feed", "source_name", "name_source", "SourceCommonName", "source_domain", "hostname", "domain", "domain_name",
           "source_id", "clean_url", "feedTitle", "feed_title", "og_site_name", "infosources", "copyrightholder",
           *_NAMES_ABROAD["outlet"])
#: The roles of a ninjs item's information source that made the item (IPTC's "originator", its
#: "origprov" and "originfo" codes in NewsML-G2's vocabulary), before one that passed it on or supplied a part.
_ORIGINATOR_ROLES = frozenset({"originator", "origprov", "originfo", "origin"})


def _outlet_name(value: Any) -> str | None:
    """The outlet's name in a record's outlet field: a name or an object with one
    (:func:`_name`), or a list of them, whose originator is the outlet where it gives roles
    (:data:`_ORIGINATOR_ROLES`: ninjs's "infosources"), else its first."""
    if not isinstance(value, list):
        return _name(value)
    if not value:
        return None
    made = [v for v in value if isinstance(v, dict)
            and str(v.get("role") or "").lower().rsplit(":", 1)[-1] in _ORIGINATOR_ROLES]
    return _name((made or value)[0])
#: (Event Registry's "dateTimePub" and "dateTime" before its "date", the day alone; the Guardian's
#: "webPublicationDate"; an article search's "pub_date" and "web_url")
#: (JSON Feed's "date_published", Newscatcher's "published_date", GDELT's "DATE")
#: (Arc XP's "first_publish_date", Drupal's "created"; Diffbot's "estimatedDate"; Hugo's "publishDate";
#: rss-parser's "isoDate" and Dublin Core's "dc:date"; IPTC ninjs's "firstcreated", else its "versioncreated")
_TIME = ("published", "publishedAt", "published_at", "date_published", "published_date", "dateTimePub", "dateTime", "date",
         "DATE", "pubDate", "date_publish", "datePublished", "publishDate", "publish_date", "webPublicationDate", "pub_date",
         "first_publish_date", "display_date", "estimatedDate", "isoDate", "dc:date", "time", "timestamp", "created_at", "created",
         "firstcreated", "seendate", "updated", "date_modify", "versioncreated", *_NAMES_ABROAD["time"])
#: (the Google Reader API's "canonical" and "alternate": [{"href"}], Feedly's "canonicalUrl"; Diffbot's
#: "pageUrl"; Pocket's "resolved_url" and "given_url"; Aylien's "links": {"permalink"})
_URL = ("url", "link", "canonical_url", "canonicalUrl", "canonical", "alternate", "webUrl", "web_url", "pageUrl", "resolvedPageUrl",
        "resolved_url", "given_url", "DocumentIdentifier", "source_url", "permalink", "links", *_NAMES_ABROAD["url"])
#: (Bing News: "name"; Pocket: "resolved_title", "given_title")
#: (a newsroom's "hed")
#: (and, as a spreadsheet or an export names its columns in its newsroom's language, its names in
#: other languages after the English ones: :data:`_NAMES_ABROAD`)
_TITLE = ("title", "headline", "headlines", "hed", "webTitle", "resolved_title", "given_title", "name", *_NAMES_ABROAD["title"])
#: Where an API nests an article's fields under the record (the Guardian's Content API:
#: "fields": {"body", "byline", "headline"}; Drupal's JSON:API: "attributes": {"title", "body"};
#: Webz.io's "thread": {"site", "title_full"}; a Hugo page's front matter: "params"; WordPress's
#: REST API's SEO head, Yoast's "yoast_head_json": {"og_site_name", "author"}; Contentful's entry
#: metadata, "sys": {"createdAt"}; Apple News Format's "metadata": {"authors", "datePublished",
#: "canonicalURL"}; Storyblok's story, its fields in its "content": {"headline", "author", "body"}):
#: looked in after the record's own.
_NESTED = ("fields", "attributes", "thread", "params", "yoast_head_json", "sys", "metadata", "content")
#: Where an API wraps a field's value in an object: WordPress's REST API ({"rendered": ...}),
#: Drupal's ({"value", "processed"}: the processed text first), Arc XP's ({"basic": ...}), the
#: Google Reader API's (Feedly, Inoreader, FreshRSS: {"direction": "ltr", "content": ...}), and a
#: scraper's or an export's body object ({"html": ..., "word_count": ...}, {"text": ...}).
_WRAPPED = ("rendered", "processed", "value", "basic", "content", "html", "text")
#: When the record says it was updated (news-API and schema.org names): kept as the article's update
#: time where that is later than its publication time (:func:`~core.model.later_update`).
#: (a chat's export: Telegram's "edited", the time a post was last edited, its instant in "edited_unixtime";
#: Mastodon's "edited_at")
_UPDATED = ("updated", "updatedAt", "updated_at", "dateModified", "date_modified", "date_modify", "modified", "last_updated_date",
            "changed", "versioncreated", "edited", "edited_at")
#: Where a record gives its dateline, the place it was filed from (IPTC ninjs's "located": "SURABAYA").
_DATELINE = ("dateline", "located")
#: The zone a scraper gives apart from its time stamp (newsdata.io's "pubDateTZ": "UTC").
_ZONE = ("pubDateTZ", "timezone", "tz")
#: The same time as Unix epoch seconds beside a stamp without a zone (Telegram's export: "date":
#: "2026-11-13T09:40:00", the exporter's clock, and "date_unixtime": "1794562800").
_EPOCH_TIME = ("date_unixtime", "unixtime", "timestamp_unix", "epoch")
#: The same for the time of :data:`_UPDATED` (Telegram's "edited" and "edited_unixtime").
_EPOCH_UPDATED = ("edited_unixtime",)
#: The widest offset of a zone from UTC, in seconds: a clock time and an instant further apart are not one time.
_MOST_OFFSET = 14 * 3600


def _zoned_by_epoch(stamp: str | None, record: dict[str, Any], epochs: tuple[str, ...] = _EPOCH_TIME) -> str | None:
    """*stamp*, a record's time, with its zone where it gives none and the record gives the same time
    as an instant (under one of *epochs*: :data:`_EPOCH_TIME` for its publication, :data:`_EPOCH_UPDATED`
    for its update): the clock time as it was, its offset the clock's distance
    from UTC at that instant, in whole quarter hours up to 14 hours ("2026-11-13T09:40:00" and
    1794562800, 08:40 UTC: "2026-11-13T09:40:00+01:00"). Any other *stamp* as it is."""
    if stamp is None or len(stamp) != 19:
        return stamp
    instant = _time(_first(record, epochs))
    if instant is None or len(instant) == 10:
        return stamp
    shown, at = datetime.fromisoformat(stamp), datetime.fromisoformat(instant)
    offset = (shown - at.replace(tzinfo=None)).total_seconds()
    if abs(offset) > _MOST_OFFSET or offset % 900:
        return stamp
    sign, minutes = "+" if offset >= 0 else "-", int(abs(offset)) // 60
    return f"{stamp}{sign}{minutes // 60:02d}:{minutes % 60:02d}"
#: Where a record names its writers, the first a record gives (a name, "A, B", a list of names or
#: of objects with a name): NewsAPI's, Mediastack's, Webz.io's and Currents' "author"; the
#: Guardian's "fields": {"byline"}; an article search's "byline": {"original": "By ..."};
#: Perigon's "authorsByline" and "matchedAuthors": [{"name"}]; NewsData.io's "creator": [...];
#: Event Registry's, Zyte's and Newscatcher's "authors"; Arc XP's "credits": {"by": [...]};
#: scrapers' and headless CMSs' "author_name", "writer", "reporter"; Wallabag's "published_by"; Pocket's
#: "authors": {"id": {"name"}}; Ghost's Content API's "authors": [{"name"}], else its "primary_author":
#: {"name"}; IPTC ninjs's "by". (An outlet's fields, Bing's
#: "provider" and GNews's "source", name no writer; WordPress's REST API embeds its authors:
#: "_embedded": {"author": [...]}.)
_AUTHOR = ("byline", "authorsByline", "authors_byline", "author", "authors", "matchedAuthors", "creator", "credits",
           "author_name", "authorName", "author_names", "writer", "writers", "reporter", "reporters", "byline_original",
           "published_by", "dc:creator", "primary_author", "by", *_NAMES_ABROAD["author"])

#: A person's name in parts (given names first, the family name last, which must be there).
_NAME_PARTS = (("firstname", "middlename", "lastname"), ("first_name", "middle_name", "last_name"), ("givenName", "familyName"))


def _name(value: Any) -> str | None:
    """A name from a string or an object with a ``name`` (its ``display_name`` first, where it gives
    one beside a user's login ``name``: Drupal's user; or ``title``; an article search's
    headline's ``main``, its byline's ``original``: {"main": "Senate Passes ..."}, {"original":
    "By ..."}; else a person's name in parts, as an article search's byline's "person" gives it:
    {"firstname", "lastname"}), its HTML entities decoded (a scraper's "Harbour &amp; Sea")."""
    if isinstance(value, dict) and not any(isinstance(value.get(k), str) for k in ("name", "title")):
        # a related object as JSON:API and Strapi give it: {"data": {"attributes": {"name": ...}}}
        inner = value.get("data")
        inner = inner.get("attributes", inner) if isinstance(inner, dict) else value.get("attributes")
        if isinstance(inner, dict):
            value = inner
    if isinstance(value, dict):
        parts = next(([value[k] for k in keys if isinstance(value.get(k), str)] for keys in _NAME_PARTS
                      if isinstance(value.get(keys[-1]), str)), [])
        value = next((value[k] for k in ("display_name", "displayName", "name", "title", "main", "original", "domain", "id")
                      if isinstance(value.get(k), str) and value[k].strip()), " ".join(parts))
    if isinstance(value, str):
        text = " ".join(value.split())
        return (html.unescape(text) if ENTITY.search(text) else text) or None
    return None


#: A compact ISO 8601 stamp ("20260302T081500Z", GDELT's "20260302081500").
_COMPACT = re.compile(r"^(\d{4})(\d\d)(\d\d)T?(\d\d)(\d\d)(\d\d)?(Z?)$")
#: Epoch times from 2001 to 2286, in seconds or milliseconds.
EPOCH_RANGE = (1e9, 1e10)


def _time(value: Any, zone: Any = None) -> str | None:
    """A record's time stamp as ISO 8601 (:func:`~core.reading.judge.iso_datetime`), also from Unix epoch
    seconds or milliseconds (as UTC) and compact ISO 8601; a stamp without a zone takes *zone* where
    that is UTC or an offset ("+02:00")."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int) and 19_000_000_000_000 <= value < 30_000_000_000_000:
        value = str(value)  # GDELT's compact stamp as a number: 20260303174500
    if isinstance(value, (int, float)) or isinstance(value, str) and re.fullmatch(r"\d{10}(?:\d{3})?(?:\.\d+)?", value.strip()):
        seconds = float(value)
        seconds = seconds / 1000 if seconds >= EPOCH_RANGE[1] else seconds
        if not EPOCH_RANGE[0] <= seconds < EPOCH_RANGE[1]:
            return None
        return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
    text = str(value).strip()
    compact = _COMPACT.match(text)
    if compact:
        y, mo, d, h, mi, sec, z = compact.groups()
        text = f"{y}-{mo}-{d}T{h}:{mi}:{sec or '00'}{'+00:00' if z else ''}"
    stamp = iso_datetime(text)
    if stamp and len(stamp) == 19 and isinstance(zone, str):
        offset = "+00:00" if zone.strip().upper() in ("UTC", "GMT", "Z") else zone.strip()
        if re.fullmatch(r"[+-]\d\d:\d\d", offset):
            stamp += offset
    return stamp


@functools.lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """A field's name as it is matched: its case, underscores, hyphens and colons ignored, so that
    "pubdate", "pub_date" and "pubDate" are one name, and "createdAt" is "created_at"."""
    return re.sub(r"[\W_]+", "", name).casefold()


def _by_key(fields: dict[str, Any]) -> dict[str, Any]:
    """*fields* by their names as matched (:func:`_key`), the first of names that match one another
    winning."""
    index: dict[str, Any] = {}
    for name, value in fields.items():
        if isinstance(name, str):
            index.setdefault(_key(name), value)
    return index


def _field(fields: dict[str, Any], key: str, index: dict[str, Any] | None = None) -> Any:
    """The value *fields* gives for *key*, under that name or one that differs only in its case or
    separators (:func:`_key`; *index* is :func:`_by_key` of *fields*, where known): the exact name first."""
    if key in fields:
        return fields[key]
    return (_by_key(fields) if index is None else index).get(_key(key))


def _all(record: dict[str, Any], keys: tuple[str, ...]) -> Iterator[Any]:
    """The values the record gives (not empty) for *keys* (:func:`_field`), in their order, then its
    nested fields' (:data:`_NESTED`), each out of its wrapper (:data:`_WRAPPED`); where none gives
    one, the values of the objects that group the record's fields under a name of their own
    (:func:`_groups`: "dates": {"published"}, "links": {"canonical"}, "meta": {"byline"})."""
    index = _by_key(record)
    nested = [n for n in (_field(record, name, index) for name in _NESTED) if isinstance(n, dict)]
    found = False
    for fields in (record, *nested):
        known = index if fields is record else _by_key(fields)
        for key in keys:
            if value := _unwrapped(_field(fields, key, known)):
                found = True
                yield value
    if not found:
        for group in _groups(record, keys, nested):
            known = _by_key(group)
            inner = [n for n in (_field(group, name, known) for name in _NESTED) if isinstance(n, dict)]
            for fields in (group, *inner):  # a group's nested fields too (Storyblok's {"story": {"content": {"author"}}})
                index = known if fields is group else _by_key(fields)
                yield from (value for key in keys if (value := _unwrapped(_field(fields, key, index))))


#: The objects in a record that are a thing of their own, not a group of the record's fields: the
#: outlet, an author, an image or video and its caption, a section or place, a list's wrapper
#: (:data:`_LISTS`); their fields ("publisher": {"url"}, "image": {"title"}) are not the article's.
_THINGS = frozenset({
    "image", "images", "thumbnail", "thumbnails", "media", "video", "videos", "audio", "photo", "photos", "picture", "embed",
    "leadimage", "featuredimage", "featuredmedia", "ogimage", "comments", "related", "category", "categories", "section",
    "sections", "tags", "topics", "location", "place", "geo", "stats", "metrics", "sentiment", "entities", "author", "seo",
})


def _groups(record: dict[str, Any], keys: tuple[str, ...], nested: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The objects (in order) that group some of *record*'s own fields under a name of their own
    ("dates": {"published", "modified"}, "meta": {"byline", "outlet"}), where fields *keys* may be
    looked for: not the nested fields already looked in (*nested*), nor a thing of its own
    (:data:`_THINGS`), nor a field of another kind (a "publisher" object's "url" is its home page,
    not the article's address; "links" holds the article's)."""
    own = {_key(k) for k in keys}
    others = {_key(k) for k in (*_BODY, *_SUMMARY, *_OUTLET, *_TIME, *_URL, *_TITLE, *_AUTHOR, *_UPDATED, *_LISTS, *_THINGS)}
    for name, value in record.items():
        if isinstance(value, dict) and not any(value is n for n in nested) and isinstance(name, str) and (
            _key(name) in own or _key(name) not in others
        ):
            yield value


def _unflattened(record: dict[str, Any]) -> dict[str, Any]:
    """*record* with its dotted names ("dates.published", "meta.outlet.name": a flattened export's
    columns) as the objects they name ({"dates": {"published": ...}}), a name given both ways
    keeping its object's value; *record* itself where no name is dotted."""
    if not any(isinstance(k, str) and "." in k.strip(".") for k in record):
        return record
    out: dict[str, Any] = {}
    for name, value in record.items():
        parts = name.split(".") if isinstance(name, str) and all(name.split(".")) else [name]
        holder = out
        for part in parts[:-1]:
            inner = holder.get(part)
            if not isinstance(inner, dict):
                inner = holder[part] = {}
            holder = inner
        holder.setdefault(parts[-1], value)
    return out


#: The fields of one version of a ninjs 2.0 item's headline, body or description.
_VERSION_FIELDS = frozenset({"role", "contenttype", "value", "charcount", "wordcount"})


def _by_role(values: list[Any]) -> Any:
    """Of a list of a field's versions each given a role or a content type (IPTC ninjs 2.0's
    "headlines", "bodies", "descriptions": [{"role": "main", "contenttype": "text/html", "value":
    ...}]), the value of the main one (its role "main", or none), in HTML where it is given so,
    else of the first; the list itself where it is no such list."""
    if not values or not all(isinstance(v, dict) and isinstance(v.get("value"), str) and set(v) <= _VERSION_FIELDS for v in values):
        return values
    main = [v for v in values if str(v.get("role") or "main").lower() == "main"] or values
    return next((v for v in main if "html" in str(v.get("contenttype") or "").lower()), main[0])["value"]


def _unwrapped(value: Any) -> Any:
    """A field's value out of the object a CMS's API wraps it in (:data:`_WRAPPED`), or the main
    one of its versions by role (:func:`_by_role`), else itself."""
    if isinstance(value, list):
        return _by_role(value)
    if isinstance(value, dict):
        return next((value[k] for k in _WRAPPED if isinstance(value.get(k), str) and value[k].strip()), value)
    return value


#: The types of a CMS story's elements that hold no text of the story, whatever "content" they
#: give: a link to another story (Arc XP's "interstitial_link", "link_list" of them, a "story"
#: or an unresolved "reference" standing in the body), an embed's markup.
_NOT_TEXT = frozenset({"interstitial_link", "link_list", "story", "reference", "custom_embed", "oembed_response"})
#: The markup of an embed (a tweet, a video player) in a story's "raw_html" element: no text of the story.
_EMBED_MARKUP = re.compile(r"<(?:script|iframe|video|audio)\b|\bclass=[\"'][^\"']*(?:tweet|instagram|tiktok|embed)", re.I)
#: The element types a story's elements are given by their "role" (Apple News Format's components,
#: whose text is in "text", HTML where "format" says so, else plain text or Markdown with a
#: paragraph at each line end): a body or intro a paragraph (or the paragraphs it holds), a heading a subhead, a quote a block quote, a container, section,
#: chapter or header the components it holds ("components"); any other role (the title, the byline,
#: a pull quote repeating the text, a photo and its caption, a divider, an advert, a link button) no
#: text of the story, nor a component marked as a promotion (:func:`_promotion`).
_ROLES = {"body": "text", "intro": "text", "heading": "header", "quote": "blockquote", "container": "group",
          "section": "group", "chapter": "group", "header": "group", "aside": "group"}
#: The words of a component's style, layout or identifier that mark it as no text of the story
#: (Apple News Format's "promoStyle", "newsletterSignup", "adContainer", "sponsoredLayout"): a
#: promotion, an advert, a sign-up; a container so marked holds none.
_PROMOTION_WORDS = re.compile(r"^(?:ad|ads|advert\w*|promo\w*|sponsor\w*|newsletters?|signup|subscribe|subscription|cta|marketing)$",
                              re.I)
#: A component's text that is a link alone, in HTML or Markdown: a button to another page (a sign-up,
#: a related story) set as text.
_LINK_ALONE = re.compile(r"^\s*(?:<p>\s*)?(?:<(?:strong|b|em)>\s*)?<a\b[^>]*>[^<]*</a>\s*(?:</(?:strong|b|em)>\s*)?(?:</p>\s*)?$"
                         r"|^\s*\[[^\]\n]+\]\([^)\s]+\)\s*$", re.I)


def _promotion(component: dict[str, Any]) -> bool:
    """Whether a story's typed component (Apple News Format's; Storyblok's blok, typed by its
    "component") is no text of the story: its style, text style, layout, identifier or component names a promotion, an advert or a sign-up in a word of its
    own (:data:`_PROMOTION_WORDS`: "promoStyle", "newsletter-box"), or its text is a link alone
    (:data:`_LINK_ALONE`: a link button set as a body)."""
    names = " ".join(v for k in ("style", "textStyle", "layout", "identifier", "component") if isinstance(v := component.get(k), str))
    words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", names)
    if any(_PROMOTION_WORDS.match(w) for w in words):
        return True
    return isinstance(text := component.get("text"), str) and _LINK_ALONE.match(text) is not None


#: How deep a story's elements may nest in each other (a list in a list in a quote ...).
_ELEMENT_DEPTH = 8


def _element_html(element: Any, depth: int = _ELEMENT_DEPTH) -> str:
    """One of a list of a record's text elements as HTML: a string (a paragraph, or HTML), or a
    typed element of a CMS's story, as Arc XP's ANS gives them:

    - "text" ({"content": ...}, HTML) a paragraph, "header" a subhead, "correction" ({"text"})
      the note's paragraph, "raw_html" its markup (a paragraph in HTML, or an embed that reads
      as nothing);
    - "list" ({"list_type", "items": [...]}) a list of its items, each a text or a list within;
    - "quote" ({"content_elements", "citation": {"content"}}; the older "blockquote" with its
      "content") a block quote, its citation its attribution; "element_group" its elements; a
      "table" ({"header": [...], "rows": [[...]]}) its rows;
    - a link to another story (:data:`_NOT_TEXT`), an image, a video or an embed (no "content"
      text), and a "raw_html" that embeds a post of another site or a player (a script, a
      frame: :data:`_EMBED_MARKUP`), nothing;
    - a node of a rich-text tree, whose children are nodes (:func:`_rich_html`), and an element
      that holds such a tree in a field (Storyblok's blok: {"component": "rich_text", "text": {"type":
      "doc", "content": [...]}}); a blok whose component names a promotion (:func:`_promotion`:
      "newsletter_signup") nothing.

    Each holds its elements in their order."""
    if not isinstance(element, dict):
        text = str(element)
        return text if _TAG.search(text) else f"<p>{_escape(text)}</p>"
    if depth <= 0:
        return ""
    if _children(element) is not None:
        return _rich_html(element, depth)
    if isinstance(element.get("_type"), str) and not isinstance(element.get("type"), str):
        return ""  # Portable Text's custom object ("newsletterCta", "image"): only a "block" of spans is text
    kind = element.get("type")
    inner = element.get("content_elements")
    if kind is None and isinstance(role := element.get("role"), str):
        kind = _ROLES.get(re.sub(r"\d+$", "", role.lower()), "")
        inner = element.get("components")
        if not kind or _promotion(element):
            return ""
        if kind in ("text", "header", "blockquote") and element.get("format") != "html" and isinstance(element.get("text"), str):
            # plain text (or Markdown: the words it shows) unless it says HTML, a paragraph at each line end
            text = markdown_to_text(element["text"]) if element.get("format") == "markdown" else element["text"]
            parts = [p for p in re.split(r"\n\s*", text) if p.strip()]
            if kind != "text" or len(parts) < 2:
                element = {"text": _escape(" ".join(parts))}
            else:
                return "".join(f"<p>{_escape(p)}</p>" for p in parts)
    if kind in _NOT_TEXT or isinstance(element.get("component"), str) and _promotion(element):
        return ""
    if trees := [v for v in element.values() if isinstance(v, dict) and _children(v) is not None]:
        return "".join(_rich_html(t, depth - 1) for t in trees)  # a blok holding a rich-text tree (Storyblok's "rich_text": {"text": doc})
    if kind == "list" and isinstance(element.get("items"), list):
        tag = "ol" if element.get("list_type") == "ordered" else "ul"
        items = (_element_html(item, depth - 1) if isinstance(item, dict) and item.get("type") == "list"
                 else f"<li>{_text_of(item)}</li>" for item in element["items"])
        return f"<{tag}>{''.join(i for i in items if i not in ('', '<li></li>'))}</{tag}>"
    if kind == "table" and isinstance(element.get("rows"), list):
        rows = [element.get("header") or [], *element["rows"]]
        cells = ("".join(f"<td>{_text_of(c)}</td>" for c in row) for row in rows if isinstance(row, list))
        return "<table>" + "".join(f"<tr>{r}</tr>" for r in cells if r) + "</table>"
    if isinstance(inner, list):  # a quote, an element group
        body = "".join(_element_html(e, depth - 1) for e in inner)
        if kind in ("quote", "blockquote"):
            cite = _text_of(element.get("citation"))
            return f"<blockquote>{body}{f'<footer>{cite}</footer>' if cite else ''}</blockquote>" if body else ""
        return body
    content = _text_of(element)
    if not content or kind == "raw_html" and _EMBED_MARKUP.search(content):
        return ""
    if kind == "header":
        return f"<h2>{content}</h2>"
    if kind == "blockquote":
        return f"<blockquote><p>{content}</p></blockquote>"
    if kind == "raw_html" and _TAG.search(content) or kind == "text" and _BLOCK.search(content):
        return content  # HTML that holds its own paragraphs
    return f"<p>{content}</p>"


#: The types of a rich-text tree's nodes that are no text of the story: an image, an embedded
#: entry or asset, a rule, a code block (Contentful's "embedded-entry-block", Sanity's "image").
_NOT_RICH_TEXT = re.compile(r"image|embed|asset|video|audio|hr|horizontal|code|table-of-contents", re.I)
#: The types of nodes that hold text within a paragraph: a run of text, a link.
_INLINE = re.compile(r"^(?:text|span|link|hyperlink|[\w-]*-hyperlink|inline|mention|emoji|hard_?break)$", re.I)


def _children(node: dict[str, Any]) -> list[Any] | None:
    """The child nodes of a node of a rich-text tree: Sanity's Portable Text and Strapi's, Slate's
    "children", Contentful's and ProseMirror's (Tiptap's) "content" as a list of objects; None for
    anything else (an Arc XP element's "content" is its text)."""
    for key in ("children", "content"):
        value = node.get(key)
        if isinstance(value, list) and value and all(isinstance(c, dict) for c in value):
            return value
    return None


def _node_type(node: dict[str, Any]) -> str:
    return next((v for k in ("type", "nodeType", "_type") if isinstance(v := node.get(k), str)), "")


def _run(node: Any, depth: int) -> str:
    """The text of an inline node (a run of text, "text" or Contentful's "value", or a link holding
    runs) as escaped HTML; its marks (bold, italic) are no text."""
    if not isinstance(node, dict) or depth <= 0:
        return ""
    if _NOT_RICH_TEXT.search(_node_type(node)):
        return ""
    children = _children(node)
    if children is not None:
        return "".join(_run(c, depth - 1) for c in children)
    if _node_type(node).lower() in ("hard_break", "hardbreak"):
        return "<br>"
    text = next((v for k in ("text", "value") if isinstance(v := node.get(k), str)), "")
    return _escape(text)


def _rich_html(node: dict[str, Any], depth: int) -> str:
    """A node of a rich-text tree as HTML: the rich text headless CMSs store a body in (Sanity's
    Portable Text: blocks of spans, with a "style" and a "listItem"; Contentful's: "nodeType"
    "paragraph", "heading-2", "unordered-list", "list-item", "blockquote" nodes of "text" nodes;
    Strapi's blocks and ProseMirror's: "paragraph", "heading", "list" (its "format"), "quote").
    A node whose children are all inline (:data:`_INLINE`) is a block of their text, a heading,
    a quote, a list item or else a paragraph; any other holds blocks, a list or a quote of them.
    An image, an embed or a code block (:data:`_NOT_RICH_TEXT`) is nothing."""
    kind = _node_type(node)
    style = str(node.get("style") or "")
    if _NOT_RICH_TEXT.search(kind) or depth <= 0:
        return ""
    children = _children(node) or []
    heading = "heading" in kind.lower() or re.fullmatch(r"h[1-6]", style) is not None
    quote = re.search(r"quote", f"{kind} {style}", re.I) is not None
    item = re.search(r"list-?item", kind, re.I) is not None or bool(node.get("listItem"))
    if all(_INLINE.match(_node_type(c)) or _children(c) is None for c in children):
        text = "".join(_run(c, depth - 1) for c in children).strip()
        if not text:
            return ""
        if item:
            tag = "ol" if node.get("listItem") == "number" else "ul"
            return f"<li>{text}</li>" if not node.get("listItem") else f"<{tag}><li>{text}</li></{tag}>"
        return f"<h2>{text}</h2>" if heading else f"<blockquote><p>{text}</p></blockquote>" if quote else f"<p>{text}</p>"
    body = "".join(_element_html(c, depth - 1) for c in children)
    if item:
        return f"<li>{body}</li>"
    if re.search(r"list", kind, re.I):
        ordered = re.search(r"ordered|number", f"{kind} {node.get('format') or ''} {node.get('listType') or ''}", re.I)
        tag = "ol" if ordered and not re.search(r"unordered", kind, re.I) else "ul"
        return f"<{tag}>{body}</{tag}>"
    return f"<blockquote>{body}</blockquote>" if quote and body else body


def _text_of(element: Any) -> str:
    """The text (HTML) of a story's text element ({"content": ...}, a correction's {"text"}, feedparser's
    content {"type": "text/html", "value": ...}) or a string; "" else."""
    if isinstance(element, dict):
        element = next((element[k] for k in ("content", "text", "value", "html") if isinstance(element.get(k), str)), "")
    return element.strip() if isinstance(element, str) else ""


def record_authors(record: dict[str, Any]) -> list[str]:
    """The record's authors' names (:data:`_AUTHOR`, names or objects with a name; a list under
    "by" or "person" of an object with no name of its own), else those its embedded author objects give (WordPress's "_embedded"); an author's
    number ("author": 3) names no one."""
    embedded = record.get("_embedded")
    for value in (*_all(record, _AUTHOR), embedded.get("author") if isinstance(embedded, dict) else None):
        if isinstance(value, dict) and not _name(value):  # Arc XP's {"by": [...]}, an article search's {"person": [...]}
            value = next((value[k] for k in ("by", "person") if isinstance(value.get(k), list)), value)
            if isinstance(value, dict) and value and all(isinstance(a, dict) for a in value.values()):
                value = list(value.values())  # Pocket's authors, keyed by their id
        names = [n for n in (_name(a) for a in (value if isinstance(value, list) else [value])) if n]
        if names:
            return names
    return []


def record_times(record: dict[str, Any]) -> tuple[str | None, str | None]:
    """When a record says it was published and updated, each ISO 8601 (:func:`_time`, under the
    fields' common names: "publishedAt", "datePublished", "updatedAt", ...), None where it says not."""
    zone = _first(record, _ZONE)
    return _time(_first(record, _TIME), zone), _updated_time(record)


def _updated_time(record: dict[str, Any]) -> str | None:
    """When a record says it was updated (:data:`_UPDATED`), ISO 8601, zoned as its publication
    is (:func:`_zoned_by_epoch`, by :data:`_EPOCH_UPDATED`); None where it says not."""
    return _zoned_by_epoch(_time(_first(record, _UPDATED), _first(record, _ZONE)), record, _EPOCH_UPDATED)


def _address(value: Any) -> str | None:
    """A record's address from its link field: a string, a link object ({"href"}, {"permalink"}; a
    group of links, {"canonical", "amp"}: any name of :data:`_URL`), or the first of a list of them
    that gives one (the Google Reader API's "alternate": [{"href", "type"}])."""
    if isinstance(value, list):
        return next((a for v in value if (a := _address(v))), None)
    if isinstance(value, dict):  # (a group of links names the article's by a link field's name: "links": {"canonical", "amp"})
        index = _by_key(value)
        value = next((v for k in ("href", *_URL) if isinstance(v := _field(value, k, index), str) and v.strip()), None)
    return value.strip() if isinstance(value, str) and value.strip() else None


#: The fields a record declares its language in (NewsAPI's and mediastack's "language", a scraper's
#: "lang", schema.org's "inLanguage", a CMS's "locale"): a code ("pl", "pl-PL") or its English
#: name ("Polish", as GDELT and Newscatcher give it).
_LANGUAGE = ("language", "lang", "inLanguage", "locale", *_NAMES_ABROAD["language"])
#: A language code as records give one: "pl", "pt-BR", "en_GB".
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
#: The languages' English names (:data:`core.text.LANGUAGE_NAMES`), folded, each with its code.
_NAMED_LANGUAGES = {name.casefold(): code for code, name in LANGUAGE_NAMES.items()}


def _declared_language(record: dict[str, Any]) -> str | None:
    """The language a record declares (:data:`_LANGUAGE`) as a code ("pl", "pl-PL"; a name it
    gives is its code: "Polish" is "pl"), or None where it declares none this reads."""
    value = _first(record, _LANGUAGE)
    if isinstance(value, dict):  # schema.org's Language: {"@type": "Language", "name": "Polish", "alternateName": "pl"}
        value = value.get("alternateName") or value.get("name")
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    return _NAMED_LANGUAGES.get(value.casefold()) or (value if _LANGUAGE_CODE.fullmatch(value) else None)


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The value of the first of *keys* the record gives (not empty), else of its nested fields (:data:`_NESTED`)."""
    return next(_all(record, keys), None)


#: Where a JSON document holds its list of articles: NewsAPI's response ("articles"), the
#: Guardian's ("response": {"results"}), Bing News's ("value"), Webz.io's ("posts"), Diffbot's
#: ("objects"), Miniflux's ("entries"), Elasticsearch's ("hits": {"hits": [{"_source"}]}),
#: Wallabag's ("_embedded": {"items"}), Pocket's ("list": {id: record}), and the usual names of
#: other APIs and exports (a Telegram channel's export, result.json: "messages").
_LISTS = ("articles", "results", "items", "data", "news", "stories", "docs", "response", "value", "posts", "objects", "entries",
          "hits", "_embedded", "list", "messages")


#: How deep a response may nest its list of articles ("response": {"results": [...]} is 2).
_LIST_DEPTH = 4
#: What is said of a response whose list of articles is empty (a search that found nothing).
_NO_ARTICLES = "no articles (its list of articles is empty)"
#: What is said of JSON nested deeper than Python's stack.
_TOO_DEEP = "JSON nested too deeply to read"
#: What a record with a headline and no text is (GDELT's article list, a search's hits): a headline
#: and its link, not an article; said once for all of an input's such records (:func:`_headlines_once`).
_HEADLINE_ONLY = "a headline only (and maybe its link), no text to read"


def records_of(value: Any, depth: int = _LIST_DEPTH) -> list[Any] | None:
    """The article records a JSON value holds: an array's objects, a response's list of articles
    (:data:`_LISTS`, nested as the Guardian nests it: "response": {"results": [...]}, up to
    *depth* objects deep), or one object itself; None for a scalar or an array of anything else
    ("[1, 2]")."""
    if isinstance(value, dict) and isinstance(value.get("@graph"), list):
        value = value["@graph"]  # a JSON-LD document of several things: its reports
    if isinstance(value, list):
        return _ld_reports(_sourced(value)) if value and all(isinstance(r, dict) for r in value) else None
    if not isinstance(value, dict):
        return None
    for key in _LISTS:
        inner = value.get(key)
        if key == "list" and isinstance(inner, dict) and inner and all(isinstance(r, dict) for r in inner.values()):
            inner = list(inner.values())  # Pocket's records, keyed by their id
        if isinstance(inner, list) and inner and all(isinstance(r, dict) for r in inner):
            return _sourced(inner)
        if isinstance(inner, dict) and depth > 1 and (nested := records_of(inner, depth - 1)) is not None and (
            len(nested) != 1 or nested[0] is not inner
            # one article the response wraps (JSON:API's and Strapi's "data": {"id", "attributes"}):
            # the wrapper gives no text of its own, the object it wraps does
            or _first(value, _TEXT) is None and _first(inner, _TEXT) is not None
        ):
            return nested
    if any(value.get(key) == [] for key in _LISTS) and _first(value, _TEXT) is None:
        return []  # a response that found nothing (not an article with an empty list of its own)
    if _first(value, _TEXT) is None and (held := _held_record(value)) is not None:
        return [held]  # a site's data for one page, its article nested in it
    return [value]


#: How deep in a document of a page's data its article's record may stand (Gatsby's page-data.json:
#: "result": {"data": {"markdownRemark": ...}} is 3; Next.js's "props": {"pageProps": {"post": ...}} is 3).
_RECORD_DEPTH = 4


def _held_record(value: dict[str, Any]) -> dict[str, Any] | None:
    """The article's record that a document of a page's data holds somewhere inside it, where the
    document itself gives no text (a static site's page data: Gatsby's page-data.json, Next.js's
    page props, a headless CMS's export of one page): the nearest object, up to
    :data:`_RECORD_DEPTH` objects deep, that gives both a title and a body (:data:`_BODY`), of
    several as near the one with the most text; None where no object does. Objects in lists (a
    list of related posts, of teasers) and things of their own (:data:`_THINGS`: an image, an
    author) are not looked in: a record of the page's own is an object of its own."""
    level = [value]
    for _ in range(_RECORD_DEPTH):
        level = [inner for holder in level for name, inner in holder.items()
                 if isinstance(inner, dict) and not (isinstance(name, str) and _key(name) in _THINGS)]
        found = [(len(text), n, record) for n, record in enumerate(level)
                 if _first(record, _TITLE) is not None and (text := _fullest(record, _BODY)) is not None]
        if found:
            return max(found, key=lambda f: (f[0], -f[1]))[2]
    return None


#: schema.org's types of a report ("NewsArticle", "ReportageNewsArticle", "BlogPosting", "LiveBlogPosting", "Report").
_REPORT_TYPE = re.compile(r"^(?:https?://schema\.org/)?(?:\w*Article|\w*BlogPosting|Report)$", re.I)


def _ld_reports(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """*records*, where they are the things of a JSON-LD document (each typed, "@type") and some are
    reports (:data:`_REPORT_TYPE`), its reports alone (not the web page, the site, its organisation
    or a breadcrumb list beside them), each with the things its author or publisher names by their
    "@id" alone ({"@id": "https://x.example/#org"}) as they are given in it; else *records*."""
    def types(record: dict[str, Any]) -> list[str]:
        kind = record.get("@type")
        return [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]

    if not all(types(r) for r in records):
        return records
    reports = [r for r in records if any(_REPORT_TYPE.match(k) for k in types(r))]
    if not reports:
        return records
    things = {r["@id"]: r for r in records if isinstance(r.get("@id"), str)}

    def resolved(value: Any) -> Any:
        if isinstance(value, list):
            return [resolved(v) for v in value]
        if isinstance(value, dict) and set(value) == {"@id"} and value["@id"] in things:
            return things[value["@id"]]
        return value

    return [{**r, **{k: resolved(r[k]) for k in ("author", "publisher", "creator") if k in r}} for r in reports]


def _sourced(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """*records*, each out of the "_source" a search engine's hit wraps it in (Elasticsearch, OpenSearch)."""
    return [r["_source"] if isinstance(r.get("_source"), dict) else r for r in records]


#: Reddit's kinds of "thing": a post (t3), which is an article; a comment (t1) is a reader's, no article.
_REDDIT_POST = "t3"


def _reddit_posts(value: Any) -> list[dict[str, Any]] | None:
    """The posts of a Reddit listing (a post's ``.json``: a Listing of the post, then one of its
    comments; a subreddit's: a Listing of posts), each as a record of the common names: its title,
    its ``selftext`` (Markdown, its "&amp;", "&lt;", "&gt;" as Reddit escapes them decoded), its
    author, ``created_utc``, its permalink and its subreddit; the comments are left out. None where
    *value* is no listing."""
    listings = value if isinstance(value, list) else [value]
    if not listings or not all(isinstance(v, dict) and v.get("kind") == "Listing" for v in listings):
        return None
    posts = []
    for listing in listings:
        data = listing.get("data")
        for child in (data.get("children") if isinstance(data, dict) else None) or []:
            post = child.get("data") if isinstance(child, dict) and child.get("kind") == _REDDIT_POST else None
            if not isinstance(post, dict):
                continue
            link = str(post.get("permalink") or "")
            posts.append({
                "title": post.get("title"), "text": html.unescape(str(post.get("selftext") or "")),
                "author": post.get("author") if post.get("author") not in (None, "[deleted]") else None,
                "published": post.get("created_utc"),
                "url": f"https://www.reddit.com{link}" if link.startswith("/") else post.get("url"),
                "outlet": post.get("subreddit_name_prefixed"),
            })
    return posts


def _bluesky_post(view: dict[str, Any], replies: list[Any]) -> dict[str, Any] | None:
    """A Bluesky post (an ``app.bsky.feed.defs#postView``) as a record of the common names, its text
    followed by its author's own replies continuing it (a thread of one voice), in their order: the
    author's display name (else handle), ``createdAt``, its address on bsky.app. Readers' replies
    are left out. None where *view* holds no post."""
    record, author = view.get("record"), view.get("author")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not isinstance(author, dict):
        return None
    texts = [record["text"]]
    while replies:  # the author's own reply, the earliest, and the author's reply to that, on down
        own = sorted(
            (r for r in replies if isinstance(r, dict) and isinstance(r.get("post"), dict)
             and isinstance(r["post"].get("author"), dict) and r["post"]["author"].get("did", r["post"]["author"].get("handle"))
             == author.get("did", author.get("handle")) and isinstance(r["post"].get("record"), dict)),
            key=lambda r: str(r["post"]["record"].get("createdAt") or ""))
        if not own:
            break
        texts.append(str(own[0]["post"]["record"].get("text") or ""))
        replies = own[0].get("replies") or []
    handle, uri = str(author.get("handle") or ""), str(view.get("uri") or "")
    return {
        "text": "\n\n".join(t for t in texts if t.strip()),
        "author": author.get("displayName") or handle or None,
        "published": record.get("createdAt"),
        "url": f"https://bsky.app/profile/{handle}/post/{uri.rsplit('/', 1)[-1]}" if handle and uri.startswith("at://") else None,
    }


def _bluesky_posts(value: Any) -> list[dict[str, Any]] | None:
    """The posts of a Bluesky (AT Protocol) response as records (:func:`_bluesky_post`): a thread's
    (``getPostThread``: {"thread": {"post", "replies"}}) root post, with its author's replies
    continuing it; a feed's (``getAuthorFeed``, a timeline: {"feed": [{"post"}]}) or ``getPosts``'s
    ({"posts": [...]}) posts, a post replying to another of them left out. None where *value* is
    none of those."""
    if not isinstance(value, dict):
        return None
    thread = value.get("thread")
    if isinstance(thread, dict) and isinstance(thread.get("post"), dict):
        post = _bluesky_post(thread["post"], thread.get("replies") or [])
        return [post] if post else []
    views = value.get("feed") if isinstance(value.get("feed"), list) else value.get("posts")
    if not isinstance(views, list):
        return None
    views = [v.get("post", v) for v in views if isinstance(v, dict)]
    if not views or not all(isinstance(v, dict) and isinstance(v.get("record"), dict) and "author" in v for v in views):
        return None
    return [p for v in views if not v["record"].get("reply") and (p := _bluesky_post(v, [])) is not None]


#: The kind and state of a Ghost export's post that is an article: a post (not a "page", the site's
#: "About"), published (not a draft or a scheduled one).
_GHOST_ARTICLE = {"type": "post", "status": "published"}


def _ghost_posts(value: Any) -> list[dict[str, Any]] | None:
    """The articles of a Ghost site's export (Settings → Export: {"db": [{"meta", "data": {"posts",
    "users", "posts_authors"}}]}): its published posts (:data:`_GHOST_ARTICLE`; a post that gives
    no type or status is one), each with its authors' names ("authors": [{"name"}]) from the users
    its "posts_authors" rows name, in their order; None where *value* is no such export."""
    db = value.get("db") if isinstance(value, dict) else None
    data = db[0].get("data") if isinstance(db, list) and db and isinstance(db[0], dict) else None
    if not isinstance(data, dict) or not isinstance(posts := data.get("posts"), list):
        return None
    users = {u.get("id"): u for u in data.get("users") or [] if isinstance(u, dict)}
    rows = [r for r in data.get("posts_authors") or [] if isinstance(r, dict)]
    rows.sort(key=lambda r: order if isinstance(order := r.get("sort_order"), int) else 0)
    out = []
    for post in posts:
        if not isinstance(post, dict) or any(post.get(k, v) != v for k, v in _GHOST_ARTICLE.items()):
            continue
        names = [n for r in rows if r.get("post_id") == post.get("id") and (n := _name(users.get(r.get("author_id"))))]
        out.append({**post, "authors": [{"name": n} for n in names]} if names and not post.get("authors") else post)
    return out


def social_posts(value: Any) -> list[dict[str, Any]] | None:
    """The posts a social platform's JSON gives (a Reddit listing: :func:`_reddit_posts`; a Bluesky
    thread or feed: :func:`_bluesky_posts`), or a blog platform's export (Ghost's: :func:`_ghost_posts`),
    as records in the common names, one per post; None where *value* is no such document."""
    for reader in (_reddit_posts, _bluesky_posts, _ghost_posts):
        if (posts := reader(value)) is not None:
            return posts
    return None


def parse_json(text: str, *, source: str, meta: Source = Source()) -> Iterator[Result]:
    """A JSON document of articles (an array of records, a news API's response, or one record),
    each record read as a line of JSON Lines is (:func:`parse_jsonl`) and named by its number
    from 1 ("export.json:3"); a :class:`Problem` naming the place where the JSON breaks. *meta*
    is what a folder's manifest says of the file (:func:`parse_jsonl`)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Problem(source, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})")
        return
    except RecursionError:
        yield Problem(source, _TOO_DEEP)
        return
    records = social_posts(value)
    if records is not None:
        yield from _headlines_once(_each(records, source, meta), source)
        return
    records = records_of(value)
    if records is None:
        yield Problem(source, "no article records in this JSON (an array of objects, or an object with an "
                              "'articles' list, is read)")
        return
    meta, records = _feed_of(value, records, meta)
    yield from _headlines_once(_each(records, source, meta), source)


def _feed_of(value: Any, records: list[Any], meta: Source) -> tuple[Source, list[Any]]:
    """*meta* and *records*, the records of the JSON *value*, with what *value* says of them all:

    - where it is a JSON Feed (jsonfeed.org, its "version" naming it), its title names the site its
      items are of, as an RSS channel's does (unless a manifest named the outlet: *meta*), and an
      item without "authors" (1.1) or "author" (1.0) has the feed's;
    - where it is a channel's export of its posts (Telegram's result.json: a "name" and its
      "messages"), each post is a brief article of the channel, which is its outlet; a service
      message ("type": "service": the channel was created, a post pinned) and a post with no words
      (a photo alone) are no article and are left out.

    - where it is a JSON:API document (jsonapi.org: Drupal's, Strapi's) that gives its related
      resources in "included", a record's author is the resource its relationships name
      (:func:`_with_included`).

    The same however the document is laid out: over many lines (a JSON document) or on one (read as
    a line of JSON Lines)."""
    if not isinstance(value, dict):
        return meta, records
    if isinstance(value.get("included"), list):
        records = _with_included(records, value["included"])
    if isinstance(messages := value.get("messages"), list) and records and records[0] is messages[0]:
        if not meta.outlet and (name := _name(value.get("name"))):
            meta = Source(name, meta.url)
        kept = [_post(r) for r in records if r.get("type") != "service" and _fullest(r, _BODY) is not None]
        return meta, kept or records
    if "jsonfeed.org" not in str(value.get("version") or ""):
        return meta, records
    if not meta.outlet:
        meta = Source(_name(value.get("title")) or None, meta.url)
    feed_authors = record_authors({k: value[k] for k in ("authors", "author") if k in value})
    if feed_authors:
        records = [r if not isinstance(r, dict) or record_authors(r) else {**r, "authors": feed_authors} for r in records]
    return meta, records


def _post(record: dict[str, Any]) -> dict[str, Any]:
    """A channel's post (Telegram's: its "text" a list of runs, :func:`_is_runs`) with its title
    and without its signature: a first line all in bold runs, where more lines follow, is its
    title ("title"), not its first paragraph; a last line whose only words are one mention (the
    channel's own handle: "🆔 @harbour_notes") is the channel's signature, no text. Its text is
    given as one string, its runs joined. A post whose text is a string is as it is; one with a
    "title" keeps it."""
    runs = record.get("text")
    if not isinstance(runs, list) or not _is_runs(runs):
        return record
    runs = list(runs)
    # the signature: the runs after the last line break, one a mention, the rest no words
    cut = max((n for n, r in enumerate(runs) if isinstance(r, str) and "\n" in r), default=-1)
    last = runs[cut + 1:]
    mentions = [r for r in last if isinstance(r, dict) and str(r.get("type")).startswith("mention")]
    if cut >= 0 and len(mentions) == 1 and all(r is mentions[0] or not re.search(r"[^\W\d_]", _run_text(r)) for r in last):
        runs = runs[:cut] + [runs[cut].rsplit("\n", 1)[0]]
    # the title: the bold runs before the first line break, where words follow it
    head = next((n for n, r in enumerate(runs) if isinstance(r, str) and "\n" in r), None)
    if head and _first(record, _TITLE) is None and all(
            isinstance(r, dict) and r.get("type") == "bold" or not _run_text(r).strip() for r in runs[:head]):
        title = " ".join("".join(_run_text(r) for r in runs[:head]).split())
        rest = [runs[head].split("\n", 1)[1], *runs[head + 1:]]
        if title and (text := "".join(map(_run_text, rest)).strip()):
            return {**record, "title": title, "text": text}
    return {**record, "text": "".join(map(_run_text, runs)).strip()}


def _run_text(run: Any) -> str:
    return run if isinstance(run, str) else str(run.get("text") or "")


#: What a JSON:API resource that is a person is typed as (Drupal's "user--user", "people", "authors").
_PERSON_TYPE = re.compile(r"(?:^|[\W_])(?:users?|persons?|people|authors?|contributors?|writers?|reporters?|journalists?)$", re.I)


def _with_included(records: list[Any], included: list[Any]) -> list[Any]:
    """*records*, resources of a JSON:API document, each with the authors its relationships name
    where it names none of its own: the resources of "included" a relationship points to by type
    and id ("relationships": {"uid": {"data": {"type": "user--user", "id": "u7"}}} and, in
    "included", {"type": "user--user", "id": "u7", "attributes": {"display_name": ...}}), where
    the relationship is named as an author field is (:data:`_AUTHOR`) or the resource is typed
    as a person (:data:`_PERSON_TYPE`: Drupal's node author, "uid", is a "user--user")."""
    resources = {(str(r.get("type")), str(r.get("id"))): r for r in included if isinstance(r, dict) and "id" in r}
    authors_named = {_key(k) for k in _AUTHOR}

    def attributes(pointer: Any) -> dict[str, Any] | None:
        if not isinstance(pointer, dict):
            return None
        resource = resources.get((str(pointer.get("type")), str(pointer.get("id"))))
        held = resource.get("attributes") if resource is not None else None
        return held if isinstance(held, dict) else None

    out = []
    for record in records:
        related = record.get("relationships") if isinstance(record, dict) else None
        if not isinstance(related, dict) or record_authors(record):
            out.append(record)
            continue
        people = []
        for name, relationship in related.items():
            data = relationship.get("data") if isinstance(relationship, dict) else None
            for pointer in data if isinstance(data, list) else [data]:
                if isinstance(pointer, dict) and (held := attributes(pointer)) is not None and (
                    _key(str(name)) in authors_named or _PERSON_TYPE.search(str(pointer.get("type") or ""))
                ):
                    people.append(held)
        out.append({**record, "authors": people} if people else record)
    return out


def parse_jsonl(text: str, *, source: str, meta: Source = Source()) -> Iterator[Result]:
    """Every line of JSON as an :class:`Item`, or a :class:`Problem` naming the line; a line that
    holds several records (an array, a news API's response: :func:`records_of`) gives each
    ("feed.jsonl:4:2", its second). *meta* is what a folder's manifest says of the file: its
    outlet is that of each record that names none, its address only that of a file of one line."""
    yield from _headlines_once(_lines(text, source, meta), source, by="line")


def _lines(text: str, source: str, meta: Source) -> Iterator[Result]:
    """The results of JSON Lines *text* (:func:`parse_jsonl`), line by line."""
    lines = text.splitlines()
    if sum(1 for line in lines if line.strip()) > 1:
        meta = Source(meta.outlet)  # the file's address is no one record's
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except ValueError:
            yield Problem(where, "not a line of JSON")
            continue
        except RecursionError:
            yield Problem(where, _TOO_DEEP)
            continue
        if (posts := social_posts(record)) is not None:  # one post: named by its line alone
            yield from (_record_result(posts[0], where, meta),) if len(posts) == 1 else _each(posts, where, meta)
            continue
        records = records_of(record)
        if records is None or len(records) == 1 and records[0] is record:
            yield _record_result(record, where, meta)  # the line is one record (or none): named by its line alone
        else:
            line_meta, records = _feed_of(record, records, meta)  # a JSON Feed on one line
            yield from _each(records, where, line_meta)


def parse_rows(rows: Iterable[tuple[str, dict[str, Any]]], *, source: str, meta: Source = Source()) -> Iterator[Result]:
    """The article of each of *rows* (where it stands, "export.csv:3", and its fields by name: a
    spreadsheet's row under its header), read as a JSON Lines record is, under the same names, and
    the rows that give a headline and no text said in one line at the end (:func:`parse_jsonl`)."""
    yield from _headlines_once((_record_result(record, where, meta) for where, record in rows), source, by="line")


#: The fields an article's record names (:func:`column_field`), each with its names folded (:func:`_key`).
_FIELD_KEYS = {field: frozenset(map(_key, names)) for field, names in (
    ("text", _TEXT), ("title", _TITLE), ("author", _AUTHOR), ("time", _TIME), ("url", _URL), ("outlet", _OUTLET),
    ("language", _LANGUAGE))}


def column_field(name: str) -> str | None:
    """The field of an article a record's or a table's column *name* gives, under the names JSON Lines
    reads (whatever its case or separators; a dotted name by its last part, "fields.body"): "text",
    "title", "author", "time", "url", "outlet" or "language"; None for any other."""
    key = _key(name.rsplit(".", 1)[-1])
    return next((field for field, keys in _FIELD_KEYS.items() if key in keys), None)


def _headlines_once(results: Iterator[Result], source: str, *, by: str = "record") -> Iterator[Result]:
    """*results*, but the records that are only a headline (:data:`_HEADLINE_ONLY`) said in one line
    at the end, with how many of all and which, each by what its name counts (*by*: "record" for a
    JSON document's list, "line" for JSON Lines and a table's rows, named by their first line): a
    list of 250 headlines is one thing skipped, not 250 failures. A headline is not an article: it
    has no paragraph to read or link."""
    skipped: list[str] = []
    total = 0
    for result in results:
        total += 1
        if isinstance(result, Problem) and result.message == _HEADLINE_ONLY:
            skipped.append(result.source.removeprefix(f"{source}:"))
        else:
            yield result
    if skipped:
        # (the records named as a problem of one names it: "record 3", "lines 1, 2, 4, ...")
        shown = f"{by}{'s' if len(skipped) > 1 else ''} " + ", ".join(skipped[:5]) + (", …" if len(skipped) > 5 else "")
        yield Problem(source, f"skipped {len(skipped)} of {total} records ({shown}): {_HEADLINE_ONLY}", skipped=len(skipped),
                      fault=False)


def _each(records: list[Any], where: str, meta: Source) -> Iterator[Result]:
    """The results of the *records* one input (*where*) holds, each named by its number from 1
    ("export.json:3", "feed.jsonl:4:2"); *meta*'s address is the record's only where it is the one
    record; a :class:`Problem` where the list is empty (a response that found nothing)."""
    if not records:
        yield Problem(where, _NO_ARTICLES, skipped=0, fault=False)  # read whole: it holds nothing
    for number, record in enumerate(records, start=1):
        yield _record_result(record, f"{where}:{number}", meta if len(records) == 1 else Source(meta.outlet))


class Described(NamedTuple):
    """What a record says of its article besides its text (:func:`described`)."""

    title: str | None
    authors: list[str]
    published: str | None
    url: str | None
    outlet: str | None


def described(record: dict[str, Any], *, outlet: str | None = None) -> Described:
    """The title, authors, publication time, address and outlet a record gives under the fields'
    common names (a news API's record, a Markdown file's front matter); *outlet* where it names
    none. The title is without the outlet's and the authors' names it may end with."""
    record = _unflattened(record)
    authors = record_authors(record)
    url = next((a for v in _all(record, _URL) if (a := _address(v))), None)
    if url is None and isinstance(record.get("source"), str) and is_url(record["source"]):
        url = record["source"].strip()  # trafilatura's JSON: "source" is the page's address (an Obsidian clipping's too)
    # the first name of an outlet that is no address (trafilatura's "source" is the page's)
    outlet = next((n for v in _all(record, _OUTLET) if (n := _outlet_name(v)) and not is_url(n)), outlet)
    host = urlsplit(url).hostname if url and "://" in url else None
    title = without_names(_name(_first(record, _TITLE)), (outlet, *authors), host=host)
    return Described(title, authors, _zoned_by_epoch(_time(_first(record, _TIME), _first(record, _ZONE)), record), url, outlet)


def _record_result(record: Any, where: str, meta: Source = Source()) -> Result:
    """The article of one record of JSON (an object in a news API's shape), or a :class:`Problem`
    naming *where* it stands; *meta* gives the outlet and address the record does not give."""
    if not isinstance(record, dict):
        return Problem(where, "not a JSON object")
    record = _unflattened(record)
    given = (_fullest(record, keys) for keys in (_BODY, _SUMMARY))
    raw, summary = next(((v, n == 1) for n, v in enumerate(given) if v is not None), (None, False))
    updates = live_blog_updates(record) if isinstance(_field(record, "liveBlogUpdate"), (list, dict)) else []
    if updates and summary:
        raw, summary = None, False  # a live blog's description over its updates: its summary, no text of it
    if not updates and (not isinstance(raw, str) or not raw.strip()) and _first(record, _TITLE) is not None:
        return Problem(where, _HEADLINE_ONLY)
    if not updates and (not isinstance(raw, str) or not raw.strip()):
        return Problem(where, f"no article text (expected one of the fields {', '.join(_TEXT_SHOWN)} ...)")
    raw = raw if isinstance(raw, str) else ""
    if not summary:
        raw = _with_lead(raw, record)
    # NewsAPI's content is cut at 200 characters and says how much is left: "ferry… [+2113 chars]"
    # (GNews's: "ferry... [1843 chars]").
    cut = _CUT_MARK.search(raw)
    if cut:
        raw = raw[: cut.start()].rstrip() + "…" + cut["tags"]
    if not _TAG.search(raw) and ESCAPED_MARKUP.search(raw):
        raw = html.unescape(raw)  # HTML stored escaped: "&lt;p&gt;The council ...&lt;/p&gt;"
    if not _TAG.search(raw) and _MARKDOWN.search(raw):
        raw = markdown_to_text(raw)  # a headless CMS's Markdown (Strapi's, Ghost's "markdown"): its words, no markers
    if not _TAG.search(raw):  # plain text ("<5 degrees" too): paragraphs at blank lines, else at line ends
        parts = raw.split("\n\n") if "\n\n" in raw else raw.split("\n")
        raw = "".join(f"<p>{_escape(p)}</p>" for p in parts if p.strip())
    # A live blog's updates (schema.org's LiveBlogPosting saved as JSON) follow its own text, in
    # its order, each stamped with its time as a live page's are; one its own text holds already
    # (an "articleBody" of all the updates) is not read twice.
    own = " ".join(_TAG.sub(" ", raw).split())
    raw += "".join(f"<p>{_escape(p)}</p>" for u in updates if _escape(u.paragraphs[0][:40]) not in own for p in u.paragraphs)
    # its language: its text's, else the one it declares; its dates, its own fields' too, are read
    # in it, as a page's are ("27 listopada 2026" is in November in Polish, October in Croatian)
    language = page_language(html.unescape(_TAG.sub(" ", raw)), _declared_language(record))
    with reading_language(language):
        head = described(record, outlet=meta.outlet)
        try:
            article = fragment_article(
                raw, source=where, outlet=head.outlet, title=head.title, url=head.url or meta.url, authors=head.authors,
                published=head.published, language=language,
                stamps=[(u.paragraphs[0][:60], u.stamp, u.heading) for u in updates] or None,
            )
        except ReadError:
            return Problem(where, "no article text in its text field")
        updated = later_update(article.published, _updated_time(record))
    dateline = article.dateline or _name(_first(record, _DATELINE))
    return Item(replace(article, teaser=bool(cut) or article.teaser, summary_only=summary, updated=updated, dateline=dateline), where)


def _with_lead(raw: str, record: dict[str, Any]) -> str:
    """The body *raw* (HTML or plain text) with the record's lead (:data:`_LEAD`, at its top or beside
    its body in the object holding it) as its first paragraph, in the body's form; *raw* itself where
    the record gives none, or the body already opens with it."""
    holders = [record, *(v for k in _BODY if isinstance(v := _field(record, k), dict))]
    lead = next((v for fields in holders for k in _LEAD if isinstance(v := _unwrapped(_field(fields, k)), str) and v.strip()), "")
    shown = " ".join(_TAG.sub(" ", html.unescape(lead)).split())
    if not shown or shown[:60] in " ".join(_TAG.sub(" ", html.unescape(raw)).split())[: len(shown) + 400]:
        return raw  # no lead (none given, or only tags), or the body opens with it already
    if _TAG.search(raw):
        return f"<p>{_escape(shown)}</p>{raw}"
    return f"{shown}\n\n{raw}" if "\n\n" in raw or "\n" not in raw else f"{shown}\n{raw}"


#: A field of text whose visible text is less than this share of the fullest's is a snippet of it
#: (rss-parser's one-line "content" beside "content:encoded"), not the body.
SNIPPET_SHARE = 0.5


def _fullest(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """The text (HTML or plain) of the record's fields *keys* (and its nested fields'), read by what
    they hold (:func:`_held_text`): the first in *keys*' order, unless another holds more than twice
    its text, of which it is a snippet (SNIPPET_SHARE); None where none holds text (a news API's
    placeholder, "[Removed]", is none)."""
    texts = [t for v in _all(record, keys) if (t := _held_text(v)) and not _PLACEHOLDER.match(t)]
    if not texts:
        return None
    sizes = [len(" ".join(_TAG.sub(" ", html.unescape(t) if ESCAPED_MARKUP.search(t) else t).split())) for t in texts]
    return next(t for t, size in zip(texts, sizes) if size >= SNIPPET_SHARE * max(sizes))


#: The types of the runs of one text a chat's export writes as a list (Telegram's "text": strings and
#: {"type": "bold", "text": ...}): its marks, links and mentions, no paragraphs of their own.
_RUN_TYPES = re.compile(r"^(?:plain|bold|italic|underline|strikethrough|spoiler|code|text_link|link|url|mention|mention_name|"
                        r"hashtag|cashtag|email|phone|bot_command|custom_emoji|bank_card|text|span)$")


def _is_runs(value: list[Any]) -> bool:
    """Whether a list is the runs of one text (:data:`_RUN_TYPES`), not its paragraphs: strings and
    objects of a run's type with a "text" string and no children, at least one an object."""
    runs = [r for r in value if isinstance(r, dict)]
    return bool(runs) and all(
        isinstance(r, str) or isinstance(r, dict) and isinstance(r.get("text"), str) and _children(r) is None
        and _RUN_TYPES.match(str(r.get("type") or "")) is not None for r in value)


def _held_text(value: Any) -> str:
    """The text a field holds, as a string (HTML or plain): a string; a list of paragraphs or of a
    story's elements (:func:`_element_html`: feedparser's "content": [{"value": ...}]); or an object
    holding either one level down (an article search's "body": {"paragraphs": [...]}); a rich-text
    tree (:func:`_rich_html`; Lexical's under its "root"), or a Mobiledoc document
    (:func:`_mobiledoc_html`), also given as a string of JSON (Ghost's "lexical", "mobiledoc"); "" else."""
    if isinstance(value, str) and value.lstrip().startswith("{"):  # a tree given as a string of JSON (Ghost's "lexical")
        try:
            tree = json.loads(value)
        except (json.JSONDecodeError, RecursionError):
            return value
        return _held_text(tree) if isinstance(tree, dict) else value
    if isinstance(value, dict) and isinstance(value.get("root"), dict):
        value = value["root"]  # Lexical's document: {"root": {"type": "root", "children": [...]}}
    if isinstance(value, dict) and isinstance(value.get("sections"), list) and str(value.get("version") or "").startswith("0."):
        return _mobiledoc_html(value)
    if isinstance(value, dict) and _children(value) is not None:  # a rich-text tree's root (Contentful's "document")
        return _element_html(value)
    if isinstance(value, dict):  # (its text in a wrapper's string is already out: :func:`_unwrapped`)
        # (a list of words: paragraphs, not a list of images' file names or of tags)
        value = next((v for v in value.values() if isinstance(v, list) and v
                      and all(isinstance(p, dict) or isinstance(p, str) and " " in p.strip() for p in v)), "")
    if isinstance(value, list) and _is_runs(value):
        return "".join(r if isinstance(r, str) else r["text"] for r in value)  # one text (plain), its runs joined
    if isinstance(value, list):
        # (Portable Text's list items are blocks of their own, each a list: one list of them)
        return re.sub(r"</(ul|ol)><\1>", "", "".join(map(_element_html, value)))
    return value if isinstance(value, str) else ""


#: The tags of a Mobiledoc markup section that are a block of text (others, a "pull-quote" one, are no text of the story).
_MOBILEDOC_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})


def _mobiledoc_html(doc: dict[str, Any]) -> str:
    """A Mobiledoc document (Ghost's older body, "mobiledoc": {"version": "0.3.1", "atoms", "cards",
    "markups", "sections"}) as HTML: a markup section ([1, "p", markers]) a block of its markers'
    text (a marker [0, opened, closed, "text"], or [1, ..., atom] an atom's text), a list section
    ([3, "ul", [markers, ...]]) a list, a card ([10, index]) of HTML its markup and of Markdown the
    words it shows; an image section and any other card (an image, a sign-up form) nothing."""
    atoms, cards = doc.get("atoms") or [], doc.get("cards") or []

    def text(markers: Any) -> str:
        out = []
        for marker in markers if isinstance(markers, list) else []:
            if not isinstance(marker, list) or len(marker) < 4:
                continue
            value = marker[3]
            if marker[0] == 1 and isinstance(value, int) and 0 <= value < len(atoms) and isinstance(atoms[value], list):
                value = atoms[value][1] if len(atoms[value]) > 1 else ""
            out.append(_escape(value) if isinstance(value, str) else "")
        return "".join(out).strip()

    html_out = []
    for section in doc["sections"]:
        if not isinstance(section, list) or len(section) < 2:
            continue
        if section[0] == 1 and len(section) > 2 and str(section[1]).lower() in _MOBILEDOC_TAGS and (words := text(section[2])):
            tag = str(section[1]).lower()
            html_out.append(f"<blockquote><p>{words}</p></blockquote>" if tag == "blockquote" else f"<{tag}>{words}</{tag}>")
        elif section[0] == 3 and len(section) > 2 and isinstance(section[2], list):
            tag = "ol" if str(section[1]).lower() == "ol" else "ul"
            html_out.append(f"<{tag}>{''.join(f'<li>{t}</li>' for m in section[2] if (t := text(m)))}</{tag}>")
        elif section[0] == 10 and isinstance(section[1], int) and 0 <= section[1] < len(cards):
            card = cards[section[1]]
            if not (isinstance(card, list) and len(card) > 1 and isinstance(card[1], dict)):
                continue
            if card[0] == "html" and isinstance(card[1].get("html"), str):
                html_out.append(card[1]["html"])
            elif card[0] == "markdown" and isinstance(card[1].get("markdown"), str):
                html_out.append("".join(f"<p>{_escape(p)}</p>" for p in markdown_to_text(card[1]["markdown"]).split("\n\n") if p.strip()))
    return "".join(html_out)


#: Markdown's marks in a text field: a link ("[words](address)"), strong emphasis ("**words**",
#: "__words__", "**Edit:**" ending in a stop) or a heading's line ("## What changes"). A field with one is Markdown, read as
#: the text it shows (:func:`~core.reading.text.markdown_to_text`); a lone "*" or "#" is text.
_MARKDOWN = re.compile(r"\[[^\]\n]+\]\((?:https?://|/)[^)\s]*\)|(\*\*|__)\w[^\n]*?[^\s*_]\1|^#{1,6}[ \t]+\w", re.M)
#: A block element's tag: HTML that holds its own paragraphs, not the text of one.
_BLOCK = re.compile(r"<(?:p|div|h[1-6]|ul|ol|blockquote|table|figure|section)\b", re.I)
#: An HTML tag or comment: a text field with none is plain text, whatever "<" it holds ("x <? y").
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--")
#: The mark NewsAPI puts where it cut a record's content, "… [+2113 chars]", and GNews's, "... [1843 chars]".
#: In HTML, the tags that close the text after it ("... [1532 chars]</p>") stay.
_CUT_MARK = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+?\d+ (?:chars?|characters)\]\s*(?P<tags>(?:</[A-Za-z][A-Za-z0-9-]*\s*>\s*)*)$")
#: What a news API puts in a text field it does not give on the user's plan, or took down: no
#: text ("ONLY AVAILABLE IN PAID PLANS", newsdata.io's; "[Removed]", NewsAPI's): the next field is read.
_PLACEHOLDER = re.compile(
    r"^\W*(?:only available (?:in|on|with) (?:the )?(?:paid|premium|professional|corporate) (?:plans?|subscriptions?)"
    r"|removed|content (?:not |un)available|not available|null|none|n/?a)\W*$", re.I)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
