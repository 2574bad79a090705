"""A box's label over its list ("<h2>Key points</h2>", "<h2>Das Wichtigste in Kürze</h2>") is a
heading, not a paragraph of the report, where the extractor gives the page as flat paragraphs
(a live page of updates, each an <article> of its own); the box's items stay as the page gives
them (invented inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file


def _live(label: str, items: tuple[str, ...], updates: tuple[tuple[str, str, str, str], ...], lang: str = "en") -> str:
    box = "".join(f"<li>{i}</li>" for i in items)
    feed = "".join(
        f'<article class="live-update" id="u{n}"><time datetime="{stamp}">{clock}</time><h3>{head}</h3>'
        + "".join(f"<p>{t}</p>" for t in text.split("\n")) + "</article>"
        for n, (stamp, clock, head, text) in enumerate(updates))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Storm live | Isle Daily</title>'
            '<meta property="og:site_name" content="Isle Daily">'
            '<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "Storm live",'
            ' "datePublished": "2026-11-26T19:55:00+01:00"}</script></head><body>'
            '<div class="top-nav"><a href="/">Isle Daily</a> <a href="/news">News</a> <a href="/live">Live</a></div>'
            '<main><div class="live-header"><span class="live-badge">LIVE</span><h1>Storm live: ferries stay in port</h1>'
            '<p class="standfirst">Follow the latest as the storm crosses the islands and the ferries stay in port</p>'
            '<p class="byline">By Ana Example</p></div>'
            f'<div class="key-points"><h2>{label}</h2><ul>{box}</ul></div><div class="live-feed">{feed}</div>'
            '<div class="share-bar">Share: <a href="#">Mail</a> <a href="#">Copy link</a></div>'
            '<aside class="most-read"><h2>Most read</h2><ol><li><a href="/a">Harbour wall repaired</a></li>'
            '<li><a href="/b">Council meets on Monday</a></li></ol></aside></main>'
            '<footer><p>&copy; Isle Daily Media 2026</p></footer></body></html>')


EN = ("Key points", ("All ferries halted until Friday, the operator says", "Gusts of 120 km/h at the lighthouse"), (
    ("2026-11-27T02:40:00+01:00", "02:40", "Ferries stay in port",
     "The ferry operator said all crossings are cancelled until Friday morning at the earliest, as the gusts grow."
     " Gusts of 130 km/h are forecast for the early morning on the outer islands.\nOn the current forecast the first"
     " crossing could leave at noon on Friday, the operator added, if the wind drops below 60 km/h by then."),
    ("2026-11-27T01:15:00+01:00", "01:15", "Lighthouse records 120 km/h",
     "The weather office said its lighthouse station measured a gust of 120 km/h shortly after one o'clock."),
    ("2026-11-26T23:10:00+01:00", "23:10", "Schools to stay shut",
     "The island council said all schools would stay shut on Friday, and asked parents to keep children home."),
    ("2026-11-26T21:30:00+01:00", "21:30", "First trees down",
     "Firefighters said the first trees had fallen across the coast road north of the harbour by half past nine."),
    ("2026-11-26T19:55:00+01:00", "19:55", "Welcome",
     "Good evening and welcome to our live coverage of the storm. The first gusts are expected within the hour."),
), "en")
DE = ("Das Wichtigste in Kürze", ("Alle Fähren bleiben bis Freitag im Hafen", "Böen von 120 km/h am Leuchtturm"), (
    ("2026-11-27T02:40:00+01:00", "02:40", "Fähren bleiben im Hafen",
     "Die Reederei sagte, alle Überfahrten seien bis mindestens Freitagmorgen abgesagt, weil der Wind weiter zunimmt."
     " Für den frühen Morgen sind auf den äußeren Inseln Böen von 130 km/h vorhergesagt.\nNach der jetzigen Vorhersage"
     " könnte die erste Fähre am Freitagmittag ablegen, sagte die Reederei, wenn der Wind bis dahin unter 60 km/h fällt."),
    ("2026-11-27T01:15:00+01:00", "01:15", "Leuchtturm misst 120 km/h",
     "Der Wetterdienst teilte mit, seine Station am Leuchtturm habe kurz nach ein Uhr eine Böe von 120 km/h gemessen."),
    ("2026-11-26T23:10:00+01:00", "23:10", "Schulen bleiben zu",
     "Der Inselrat sagte, alle Schulen blieben am Freitag geschlossen, und bat die Eltern, die Kinder zu Hause zu lassen."),
    ("2026-11-26T21:30:00+01:00", "21:30", "Erste Bäume umgestürzt",
     "Die Feuerwehr sagte, gegen halb zehn seien die ersten Bäume auf die Küstenstraße nördlich des Hafens gestürzt."),
    ("2026-11-26T19:55:00+01:00", "19:55", "Willkommen",
     "Guten Abend und willkommen zu unserer Berichterstattung über den Sturm. Die ersten Böen werden bald erwartet."),
), "de")


@pytest.mark.parametrize(("label", "items", "updates", "lang"), [EN, DE])
def test_a_box_label_is_a_heading_and_its_items_stay(tmp_path: Path, label: str, items: tuple[str, ...],
                                                      updates: tuple[tuple[str, str, str, str], ...], lang: str) -> None:
    path = tmp_path / "live.html"
    path.write_text(_live(label, items, updates, lang), encoding="utf-8")
    (article,) = read_file(path)
    assert label in article.paragraphs
    at = article.paragraphs.index(label)
    assert (at, label) in article.subheads  # a heading, not a paragraph of the report
    assert article.paragraphs[at + 1 : at + 1 + len(items)] == items
    for _, clock, head, text in updates:
        assert all(t in article.paragraphs for t in text.split("\n"))
        timed = f"{clock} — {head}"  # the update's heading with its time before it
        assert (article.paragraphs.index(timed), timed) in article.subheads
