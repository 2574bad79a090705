"""Old newspapers' OCR text and video transcripts copied as text (invented input).

An archive page's OCR: its head (the paper's name, the day and the page's number in words, "PAGE
SEVEN", its wide gap lost) is the issue's date, no headline; a headline centred over two lines,
its first cut on a word that ends no headline ("IN"), is one; the dateline's em dash glued to
the report ("HOLMVIK, April 7.—The ...") parts it off.

A transcript copied from a video's page (each caption line under its time, "0:04"): the times and
the "Transcript" label are no text, a sentence over several captions is one."""

from __future__ import annotations

from core.reading.text import parse_text

OCR = """THE HOLMVIK DAILY COURIER, TUESDAY, APRIL 7, 1925.            PAGE NINE

TRAMWAY BRIDGE CLOSED FOR
REPAIRS AFTER FLOOD

HOLMVIK, April 7.—The tramway bridge over the
river was closed this morning after the flood
damaged two of its piers, the city engineer said.
  Trams will run only as far as the market
until the repairs are done, which the engineer
expects to take a fortnight.
"""

TRANSCRIPT = """Evening bulletin: Kessra ferry back in service
Example Coast News
7 Apr 2026

Transcript

0:00
Good evening and welcome to the bulletin.
0:03
After three months of repairs the Kessra ferry
0:07
ran again on Tuesday morning, every
0:10
fifteen minutes at the busiest hours.
0:14
Fares have not changed.
"""


def test_an_archive_pages_head_headline_and_dateline() -> None:
    (article,) = parse_text(OCR)
    assert article.title == "TRAMWAY BRIDGE CLOSED FOR REPAIRS AFTER FLOOD"
    assert article.dateline == "HOLMVIK, April 7"
    assert (article.published or "").startswith("1925-04-07")
    assert article.paragraphs[0].startswith("The tramway bridge over the river was closed this morning")
    assert not any("PAGE NINE" in p for p in article.paragraphs)


def test_a_transcripts_captions_are_its_sentences() -> None:
    (article,) = parse_text(TRANSCRIPT)
    assert article.title == "Evening bulletin: Kessra ferry back in service"
    paragraphs = list(article.paragraphs)
    assert ("After three months of repairs the Kessra ferry ran again on Tuesday morning, every fifteen minutes at the "
            "busiest hours.") in paragraphs
    assert "Fares have not changed." in paragraphs
    assert not any(p == "Transcript" or p[:1].isdigit() for p in paragraphs), paragraphs


def test_a_live_pages_updates_under_their_times_stay_apart() -> None:
    text = ("Storm on the coast: live\n\n"
            "14:50\nThe harbour master closed the inner basin to small boats until Wednesday.\n\n"
            "14:32\nThe swing bridge was closed to traffic after a barge struck its fender.\n\n"
            "14:10\nWind gusts of 90 km/h were measured at the lighthouse this afternoon.\n")
    (article,) = parse_text(text)
    # (no transcript: each update a paragraph of its own, not one run of captions)
    assert len([p for p in article.paragraphs if p.startswith(("The harbour", "The swing", "Wind gusts"))]) == 3, article.paragraphs
