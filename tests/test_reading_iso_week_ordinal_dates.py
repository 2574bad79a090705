"""Reading: ISO 8601's week dates and ordinal dates are days.

Variant round 54 (r54-25): a JSON Lines export dated its records "2026-W10-4T09:00:00Z" (Thursday of
ISO week 10) and "2026-064T15:30:00Z" (the 64th day of 2026), both 5 March; both were read as no date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.judge import iso_datetime


@pytest.mark.parametrize("stamp, day", [
    ("2026-W10-4T09:00:00Z", "2026-03-05T09:00:00+00:00"),
    ("2026W104", "2026-03-05"),
    ("2026-W01-1", "2025-12-29"),  # week 1 holds the year's first Thursday
    ("2026-064T15:30:00Z", "2026-03-05T15:30:00+00:00"),
    ("2024-366", "2024-12-31"),
    ("2026-06", None),  # a month, not a day
    ("2026-W54-1", None),  # no such week
    ("2026-366", None),  # no such day
    ("2026064", None),  # seven digits may be anything
])
def test_a_week_date_or_an_ordinal_date_is_its_calendar_day(stamp: str, day: str | None) -> None:
    assert iso_datetime(stamp) == day


def test_a_json_lines_record_dated_by_its_week_is_dated(tmp_path: Path) -> None:
    record = {"headline": "Harbour hall opens its new market", "source": "Quay Weekly", "author": "Ana Lind",
              "published": "2026-W10-4T09:00:00Z",
              "content": "The new market hall opened on Thursday with sixty stalls.\n\nThe fish counter is the largest."}
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    articles, _ = read_paths([path])
    assert [a.published[:10] for a in articles if a.published] == ["2026-03-05"]
