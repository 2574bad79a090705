"""JSON Lines: one article per line, in the shapes news APIs and scrapers write.

The fields are found under their common names: the text in ``text``, ``body``,
``content``, ``articleBody`` or ``description`` (a string, HTML or not, or a list of
paragraphs); the outlet in ``outlet``, ``source`` (a string or ``{"name": ...}``),
``site``, ``publisher`` or ``source_name``; the time in ``published``, ``publishedAt``,
``date``, ``pubDate`` (ISO 8601 or RFC 822); ``title``/``headline``, ``byline``/``author``
(a string, a list or objects with a name) and ``url``/``link``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from core.errors import ReadError
from core.reading.html import fragment_article
from core.reading.judge import iso_datetime
from core.reading.sources import Item, Problem, Result

__all__ = ["parse_jsonl"]

_TEXT = ("text", "body", "content", "articleBody", "article_body", "full_text", "maintext", "description", "summary")
_OUTLET = ("outlet", "source", "site", "site_name", "sitename", "publisher", "source_name", "source_domain", "domain")
_TIME = ("published", "publishedAt", "published_at", "date", "pubDate", "date_publish", "datePublished", "time",
         "created_at", "updated", "date_modify")
_AUTHOR = ("byline", "author", "authors", "creator")


def _name(value: Any) -> str | None:
    """A name from a string, an object with a ``name`` (or ``title``), or the first of a list."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        for key in ("name", "title", "id"):
            if isinstance(value.get(key), str) and value[key].strip():
                return str(value[key]).strip()
    return None


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if record.get(key):
            return record[key]
    return None


def parse_jsonl(text: str, *, source: str) -> Iterator[Result]:
    """Every line of JSON as an :class:`Item`, or a :class:`Problem` naming the line."""
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
        raw = _first(record, _TEXT)
        if isinstance(raw, list):
            raw = "".join(f"<p>{p}</p>" if "<" not in str(p) else str(p) for p in raw)
        if not isinstance(raw, str) or not raw.strip():
            yield Problem(where, f"no article text (expected one of the fields {', '.join(_TEXT[:4])} ...)")
            continue
        if "<" not in raw:  # plain text: paragraphs at blank lines, else at line ends
            parts = raw.split("\n\n") if "\n\n" in raw else raw.split("\n")
            raw = "".join(f"<p>{_escape(p)}</p>" for p in parts if p.strip())
        authors_raw = _first(record, _AUTHOR)
        authors = [n for n in (_name(a) for a in (authors_raw if isinstance(authors_raw, list) else [authors_raw])) if n]
        url = _first(record, ("url", "link", "canonical_url"))
        try:
            article = fragment_article(
                raw, source=where, outlet=_name(_first(record, _OUTLET)),
                title=_name(_first(record, ("title", "headline"))), url=str(url) if isinstance(url, str) else None,
                authors=authors, published=iso_datetime(str(_first(record, _TIME) or "")),
            )
        except ReadError:
            yield Problem(where, "no article text in its text field")
            continue
        yield Item(article, where)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
