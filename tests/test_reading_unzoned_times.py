"""A page's publication time printed without a zone ("Sunday, 3 March 2026 - 09:15", a Drupal
field; "03.03.2026, 09:15 Uhr" under a German byline; "March 3, 2026 at 9:15 a.m.") is kept: in
the zone of a time the page's markup gives near it, else as the page's wall clock, an ISO 8601
time without an offset (invented inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import find_datetime

BODY = (
    "The island council approved the new ferry timetable on Tuesday after a long debate about costs.",
    "Members voted nine to two in favour of the plan, which adds two evening crossings from April.",
    "The council chair said the timetable would be reviewed in a year, once the first figures are in.",
)
KORPUS = (
    "Der Inselrat hat am Dienstag nach langer Debatte den neuen Fahrplan der Fähre beschlossen.",
    "Neun Mitglieder stimmten dafür, zwei dagegen, und der Plan gilt ab April für alle Linien.",
    "Der Vorsitzende sagte, der Rat werde den Fahrplan in einem Jahr erneut prüfen, wenn Zahlen vorliegen.",
)


def _page(meta: str, head: str, paragraphs: tuple[str, ...] = BODY, extra_head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html><head><title>Ferry timetable approved | Isle Council</title>{extra_head}</head><body><article>'
            f'<h1>Ferry timetable approved</h1>{meta}<div class="field--name-body">{body}</div></article></body></html>')


LD_MODIFIED = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry timetable approved",'
               ' "dateModified": "2026-03-03T11:40:00+01:00"}</script>')


@pytest.mark.parametrize(("meta", "extra_head", "paragraphs", "published"), [
    # a Drupal "created" field, no zone anywhere: the page's wall clock
    ('<div class="node__meta"><span class="field field--name-created">Tuesday, 3 March 2026 - 09:15</span></div>',
     "", BODY, "2026-03-03T09:15:00"),
    # the same, where the JSON-LD's dateModified gives the page's zone
    ('<div class="node__meta"><span class="field field--name-created">Tuesday, 3 March 2026 - 09:15</span></div>',
     LD_MODIFIED, BODY, "2026-03-03T09:15:00+01:00"),
    # a German date line under the byline, in a paragraph of its own
    ('<p class="autor">Von Ina Beispiel</p><p>03.03.2026, 09:15 Uhr</p>', "", KORPUS, "2026-03-03T09:15:00"),
    ('<p class="autor">Von Ina Beispiel</p><p>03.03.2026, 09:15 Uhr</p>', LD_MODIFIED, KORPUS, "2026-03-03T09:15:00+01:00"),
    # an English one, "at" a time of day
    ('<div class="byline">By Ana Example</div><div class="meta-info">March 3, 2026 at 9:15 a.m.</div>',
     "", BODY, "2026-03-03T09:15:00"),
    # a zone the line prints wins over the markup's
    ('<div class="byline">By Ana Example</div><div class="meta-info">March 3, 2026 at 9:15 a.m. GMT</div>',
     LD_MODIFIED, BODY, "2026-03-03T09:15:00+00:00"),
])
def test_a_time_printed_without_a_zone_is_kept(tmp_path: Path, meta: str, extra_head: str,
                                                 paragraphs: tuple[str, ...], published: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(meta, "", paragraphs, extra_head), encoding="utf-8")
    (article,) = read_file(path)
    assert article.published == published
    assert article.paragraphs == paragraphs


def test_a_zone_from_a_time_weeks_away_is_not_taken(tmp_path: Path) -> None:
    # a dateModified months later may be in summer time: the wall clock stays without an offset
    far = LD_MODIFIED.replace("2026-03-03T11:40:00+01:00", "2026-07-20T11:40:00+02:00")
    path = tmp_path / "page.html"
    path.write_text(_page('<div class="node__meta"><span class="field field--name-created">Tuesday, 3 March 2026 - 09:15</span></div>',
                          "", BODY, far), encoding="utf-8")
    (article,) = read_file(path)
    assert article.published == "2026-03-03T09:15:00"


@pytest.mark.parametrize(("line", "local", "zoned"), [
    ("Tuesday, 3 March 2026 - 09:15", "2026-03-03T09:15:00", "2026-03-03"),
    ("03.03.2026, 09:15 Uhr", "2026-03-03T09:15:00", "2026-03-03"),
    ("March 3, 2026 at 2:30 p.m.", "2026-03-03T14:30:00", "2026-03-03"),
    ("3 March 2026 09:15 CET", "2026-03-03T09:15:00+01:00", "2026-03-03T09:15:00+01:00"),
    ("March 3, 2026 12.5 million", "2026-03-03", "2026-03-03"),  # no clock time
])
def test_find_datetime_keeps_a_wall_clock_when_asked(line: str, local: str, zoned: str) -> None:
    assert find_datetime(line, local=True) == local
    assert find_datetime(line) == zoned
