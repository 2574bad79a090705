"""A story in which one outlet has two articles: shared by the facts, export, CLI and app tests.

The Harbour Times reports a ferry disaster twice, the Ostrand Herald once; the Herald carries
the first paragraph of each Harbour Times article word for word, so "The Harbour Times ¶0"
would name two paragraphs. The paper's two articles give one quotation to two speakers (its
third paragraph in each): a fact of one outlet, however many articles carry it.
"""

from __future__ import annotations

import json
from pathlib import Path

from core.model import Article, article_id

CAPSIZED = "The Lindqvist Star turned over two kilometres from Ostrand port on Tuesday evening with 218 people aboard."
MOURNING = "Prime Minister Helena Ravik declared Friday a national day of mourning for the victims of the Lindqvist Star."
#: (outlet, title, published, paragraphs), in story order.
ROWS = (
    ("The Harbour Times", "Lake Varsen ferry disaster: what we know", "2025-10-15T08:30:00+02:00",
     (CAPSIZED, "Forecasters had measured gusts reaching seventy kilometres an hour when the Lindqvist Star went down.",
      'Harbour master Ingrid Solberg said: "The water came in faster than anyone could have imagined."')),
    ("The Harbour Times", "Ravik declares day of mourning after ferry capsizing", "2025-10-16T09:00:00+02:00",
     (MOURNING, "Flags will fly at half-mast on all public buildings in Ostrand and across the country, her office said.",
      '"The water came in faster than anyone could have imagined," the ferry\'s captain, Lars Berg, told the inquiry.')),
    ("Ostrand Herald", "Lindqvist Star capsizes on Lake Varsen", "2025-10-16T12:00:00+02:00", (CAPSIZED, MOURNING)),
)


#: A report as ROWS gives it: (outlet, title, published, paragraphs).
Row = tuple[str, str, str, tuple[str, ...]]


def articles_of(rows: tuple[Row, ...]) -> list[Article]:
    """*rows* as articles, in their order."""
    return [Article(article_id(outlet, title, body), "", outlet, title, body, published=when) for outlet, title, when, body in rows]


def jsonl_of(path: Path, rows: tuple[Row, ...]) -> Path:
    """*rows* written to *path* as JSON Lines (one record each, as a news API gives them)."""
    path.write_text("".join(json.dumps({"source": {"name": outlet}, "title": title, "publishedAt": when,
                                        "url": f"https://example.org/{n}", "content": "\n\n".join(body)}) + "\n"
                            for n, (outlet, title, when, body) in enumerate(rows)))
    return path


def articles() -> list[Article]:
    """The three reports as articles."""
    return articles_of(ROWS)


def write_jsonl(folder: Path) -> Path:
    """The three reports as a JSON Lines file in *folder*."""
    return jsonl_of(folder / "ferry.jsonl", ROWS)
