"""The Parquet tables of an archive: their schemas, and articles and links to and from rows.

The schemas are the archive's stable format (see :mod:`core.archive`): columns may be added,
never renamed or removed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from core.model import Article, Link, LinkKind, Ref

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["article_schema", "story_schema", "link_schema", "articles_table", "articles_from", "links_table", "links_from"]

FORMAT_VERSION = 1


def _types() -> Any:
    import pyarrow as pa

    return pa


def article_schema(*, work: bool = False) -> pa.Schema:
    """The ``articles`` table (with ``work``: the read stage's own columns in place of ``story``)."""
    pa = _types()
    head = [pa.field("block", pa.string()), pa.field("names", pa.list_(pa.string())), pa.field("short", pa.bool_()),
            pa.field("features", pa.list_(pa.string()))] if work else [
        pa.field("story", pa.int64(), nullable=False)
    ]
    return pa.schema([
        *head,
        pa.field("id", pa.string(), nullable=False),
        pa.field("outlet", pa.string(), nullable=False),
        pa.field("title", pa.string(), nullable=False),
        pa.field("byline", pa.string()),
        pa.field("published", pa.string()),
        pa.field("day", pa.int32()),
        pa.field("url", pa.string()),
        pa.field("path", pa.string(), nullable=False),
        pa.field("standfirst", pa.string()),
        pa.field("dateline", pa.string()),
        pa.field("captions", pa.list_(pa.string())),
        pa.field("paragraphs", pa.list_(pa.string()), nullable=False),
    ])


def story_schema() -> pa.Schema:
    """The ``stories`` table."""
    pa = _types()
    return pa.schema([
        pa.field("story", pa.int64(), nullable=False),
        pa.field("part", pa.int32(), nullable=False),
        pa.field("title", pa.string(), nullable=False),
        pa.field("first", pa.string()),
        pa.field("last", pa.string()),
        pa.field("articles", pa.int32(), nullable=False),
        pa.field("paragraphs", pa.int32(), nullable=False),
        pa.field("links", pa.int32(), nullable=False),
        pa.field("outlets", pa.list_(pa.string()), nullable=False),
    ])


def link_schema() -> pa.Schema:
    """The ``links`` table."""
    pa = _types()
    spans = pa.list_(pa.list_(pa.int32()))
    return pa.schema([
        pa.field("story", pa.int64(), nullable=False),
        pa.field("a", pa.string(), nullable=False),
        pa.field("ap", pa.int32(), nullable=False),
        pa.field("b", pa.string(), nullable=False),
        pa.field("bp", pa.int32(), nullable=False),
        pa.field("score", pa.float64(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("spans_a", spans, nullable=False),
        pa.field("spans_b", spans, nullable=False),
    ])


def article_row(article: Article, day: int | None) -> dict[str, Any]:
    """An article as a row of the ``articles`` table (without its ``story``)."""
    return {
        "id": article.id, "outlet": article.outlet, "title": article.title, "byline": article.byline,
        "published": article.published, "day": day, "url": article.url, "path": article.path,
        "standfirst": article.standfirst, "dateline": article.dateline, "captions": list(article.captions),
        "paragraphs": list(article.paragraphs),
    }


def articles_table(rows: Sequence[dict[str, Any]], *, work: bool = False) -> pa.Table:
    """Rows made by :func:`article_row` (plus ``story``, or ``block`` and ``names``) as a table."""
    pa = _types()
    return pa.Table.from_pylist(list(rows), schema=article_schema(work=work))


def articles_from(table: pa.Table) -> list[Article]:
    """The articles of an ``articles`` table, in its order."""
    return [
        Article(
            id=r["id"], path=r["path"], outlet=r["outlet"], title=r["title"], paragraphs=tuple(r["paragraphs"]),
            byline=r["byline"], published=r["published"], url=r["url"], standfirst=r["standfirst"],
            captions=tuple(r["captions"] or ()), dateline=r["dateline"],
        )
        for r in table.to_pylist()
    ]


def links_table(story: int, links: Iterable[Link]) -> pa.Table:
    """One story's links as a ``links`` table."""
    pa = _types()
    rows = [
        {
            "story": story, "a": l.a.article, "ap": l.a.paragraph, "b": l.b.article, "bp": l.b.paragraph,
            "score": l.score, "kind": l.kind.value, "spans_a": [list(s) for s in l.spans_a],
            "spans_b": [list(s) for s in l.spans_b],
        }
        for l in links
    ]
    return pa.Table.from_pylist(rows, schema=link_schema())


def links_from(table: pa.Table) -> list[Link]:
    """The links of a ``links`` table, in its order."""
    kinds = {kind.value: kind for kind in LinkKind}
    return [
        Link(
            Ref(r["a"], r["ap"]), Ref(r["b"], r["bp"]), r["score"], kinds[r["kind"]],
            tuple((s[0], s[1]) for s in r["spans_a"]), tuple((s[0], s[1]) for s in r["spans_b"]),
        )
        for r in table.to_pylist()
    ]
