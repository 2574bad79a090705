"""A record's time without a zone beside the same time as an instant (Telegram's export) is read with its zone (invented export)."""

from __future__ import annotations

import json
from pathlib import Path

from core.reading import read_paths

POST = ("The Quillon water board raised its drought warning to the second of four levels on Monday. "
        "Households are asked to water gardens only after dusk.")
POST_2 = "Farmers in the valley have been told that their allowance will be cut by a fifth from next week."


def test_a_channel_export_s_clock_time_takes_its_zone_from_the_instant_beside_it(tmp_path: Path) -> None:
    """Telegram writes the exporter's clock ("date") and the instant ("date_unixtime"): the posts
    were dated "2026-11-13 09:40" with no zone, though the story list says its times are UTC."""
    export = {"name": "Quillon Alerts", "type": "public_channel", "id": 1, "messages": [
        {"id": 7, "type": "message", "date": "2026-11-13T09:40:00", "date_unixtime": "1794559200", "text": POST},
        {"id": 8, "type": "message", "date": "2026-03-03T17:30:00", "date_unixtime": "1772559000", "text": POST_2},
        {"id": 9, "type": "message", "date": "2026-03-04T17:30:00", "date_unixtime": "1772559000", "text": POST_2 + " Again."},
    ]}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    assert [a.published for a in articles] == [
        "2026-11-13T09:40:00+01:00",  # 08:40 UTC
        "2026-03-03T17:30:00+00:00",
        "2026-03-04T17:30:00",  # a day from the instant: not one time, left as it is
    ]


def test_a_channel_post_s_edit_is_its_update_not_its_publication(tmp_path: Path) -> None:
    """Telegram writes when a post was last edited ("edited", "edited_unixtime"): it was read as
    nothing, and the post showed no update."""
    export = {"name": "Quillon Alerts", "type": "public_channel", "id": 1, "messages": [
        {"id": 7, "type": "message", "date": "2026-11-13T09:40:00", "date_unixtime": "1794559200",
         "edited": "2026-11-13T11:05:00", "edited_unixtime": "1794564300", "text": POST},
        {"id": 8, "type": "message", "date": "2026-03-03T17:30:00", "date_unixtime": "1772559000", "text": POST_2},
    ]}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    assert [(a.published, a.updated) for a in articles] == [
        ("2026-11-13T09:40:00+01:00", "2026-11-13T11:05:00+01:00"),  # 10:05 UTC, zoned as the post is
        ("2026-03-03T17:30:00+00:00", None),
    ]
