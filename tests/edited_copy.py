"""A story of wire copy edited in two reprints: shared by the facts, export and app tests.

Meridian Wire reports a court ruling first; the Westmark Courier reprints it with one figure
changed (48,300 fines become 38,300) and the Lowland Daily Ledger with a "not" dropped ("does not
oblige" becomes "obliges"), as a fresh user's court story did. Every paragraph is linked word for
word, and the coverage matrix read each edited reprint as the wire's fact, unchanged.
"""

from __future__ import annotations

from pathlib import Path

from core.model import Article
from tests.two_articles import Row, articles_of, jsonl_of

RULING = ("A regional court on Monday struck down the city of Castellan's congestion charge, ruling that the council "
          "had failed to consult residents before introducing the daily fee.")
FINES = ("The city has issued 48,300 fines worth a total of 4.1 million euros since the charge took effect on March 1, "
         "according to court documents.")
REPAY = ("The ruling does not oblige the city to repay the daily charges drivers paid, only the fines, the judges "
         "said in their written decision.")
#: (outlet, title, published, paragraphs), in story order: the wire first, then its two reprints.
ROWS: tuple[Row, ...] = (
    ("Meridian Wire", "Court strikes down Castellan congestion charge", "2026-11-30T09:00:00+01:00", (RULING, FINES, REPAY)),
    ("Westmark Courier", "Court strikes down Castellan congestion charge", "2026-11-30T11:00:00+01:00",
     (RULING, FINES.replace("48,300", "38,300"), REPAY)),
    ("Lowland Daily Ledger", "Court strikes down Castellan congestion charge", "2026-11-30T12:00:00+01:00",
     (RULING, FINES, REPAY.replace("does not oblige", "obliges"))),
)


def articles() -> list[Article]:
    """The three reports as articles."""
    return articles_of(ROWS)


def write_jsonl(folder: Path) -> Path:
    """The three reports as a JSON Lines file in *folder* (one record each, as a news API gives them)."""
    return jsonl_of(folder / "court.jsonl", ROWS)
