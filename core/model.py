"""The small immutable values the rest of newsprism passes around."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple

__all__ = ["Article", "Link", "LinkKind", "Ref", "Span", "article_id"]

Span = tuple[int, int]


class LinkKind(str, Enum):
    """How two paragraphs of different outlets are related."""

    VERBATIM = "verbatim"
    PARAPHRASE = "paraphrase"
    QUOTE = "quote"

    @property
    def letter(self) -> str:
        """One ASCII letter that stands for the kind where colour is not available."""
        return {"verbatim": "V", "paraphrase": "P", "quote": "Q"}[self.value]


class Ref(NamedTuple):
    """A paragraph of an article: the article's id and the body paragraph's index."""

    article: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Article:
    """One report by one outlet, cleaned: metadata plus body paragraphs."""

    id: str
    path: str
    outlet: str
    title: str
    paragraphs: tuple[str, ...]
    byline: str | None = None
    published: str | None = None
    url: str | None = None
    standfirst: str | None = None
    captions: tuple[str, ...] = field(default=())
    dateline: str | None = None  # "AMSTERDAM, July 15 (Reuters)", taken off the first paragraph
    #: The paragraphs that are subheads (and a live page's update times): (index, text).
    subheads: tuple[tuple[int, str], ...] = field(default=())
    teaser: bool = False  # the page shows only the start of the report: a paywall cuts it off

    @property
    def credit(self) -> str:
        """Who, where and when, as a line under the title: outlet · byline · dateline · date."""
        return " · ".join(x for x in (self.outlet, self.byline, self.dateline, self.published) if x)

    def to_json(self) -> dict[str, object]:
        """The article as the `links` JSON contract spells it."""
        return {
            "id": self.id,
            "path": self.path,
            "outlet": self.outlet,
            "title": self.title,
            "byline": self.byline,
            "published": self.published,
            "url": self.url,
            "dateline": self.dateline,
            "subheads": [{"paragraph": i, "text": t} for i, t in self.subheads],
            "teaser": self.teaser,
            "paragraphs": [{"index": i, "text": t} for i, t in enumerate(self.paragraphs)],
        }


class Link(NamedTuple):
    """A match between paragraph ``a`` and paragraph ``b`` of two different articles.

    A tuple rather than a dataclass: a big story reads tens of thousands of them back,
    and a frozen dataclass pays a setattr call per field for each.
    """

    a: Ref
    b: Ref
    score: float
    kind: LinkKind
    spans_a: tuple[Span, ...]
    spans_b: tuple[Span, ...]

    def other(self, ref: Ref) -> tuple[Ref, tuple[Span, ...], tuple[Span, ...]]:
        """Seen from *ref*: the other paragraph, *ref*'s spans and the other's spans."""
        if ref == self.a:
            return self.b, self.spans_a, self.spans_b
        return self.a, self.spans_b, self.spans_a

    def to_json(self) -> dict[str, object]:
        """The link as the `links` JSON contract spells it."""
        return {
            "a": {"article": self.a.article, "paragraph": self.a.paragraph},
            "b": {"article": self.b.article, "paragraph": self.b.paragraph},
            "score": round(self.score, 4),
            "kind": self.kind.value,
            "spans": {
                "a": [list(s) for s in self.spans_a],
                "b": [list(s) for s in self.spans_b],
            },
        }


def article_id(outlet: str, title: str, paragraphs: tuple[str, ...]) -> str:
    """A short, stable content hash: the same report always gets the same id."""
    digest = hashlib.sha256()
    for part in (outlet, title, *paragraphs):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()[:12]
