"""Live pages (invented inputs): each update's heading shows once, as a subhead after its time,
whether the extractor kept it as a heading or as a paragraph; an update set as a box of text with
no paragraph, its time in bold first ("<div><strong>15.30 WIB</strong> ..."), is an update too,
with its time and its first word two words."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_file
from core.reading.html import _stamp_updates

HEADED = (
    ("02:40", "Most ballots counted: Green list holds its lead",
     ["With 94% of ballots counted, the Green list has 31.9% of the vote and the Farmers 30.6%, a margin of about "
      "3,100 votes. The Coast party is on 18.2% and the Valley union on 11.0%.",
      "On those numbers our projection gives the Green list 21 seats, the Farmers 20, the Coast party 11, the Valley "
      "union 7 and independents 2."]),
    ("01:15", "Turnout confirmed at 58.3%",
     ["The county office says final turnout was 58.3%, the highest in a county vote since 2010. In 2022 it was 54.6%."]),
    ("00:20", "Mayor: too early to call",
     ['The mayor told supporters in Eastby: "It is far too early to call this vote, and every ballot must be counted."']),
    ("23:10", "Half of the count in",
     ["With 62% of ballots counted, the Green list is on 32.8% and the Farmers on 30.1%. Eastby has reported in full."]),
    ("21:30", "First results from Eastby", ["The first results from Eastby put the Farmers ahead there with 35.4%."]),
    ("20:01", "Exit poll: Green list ahead",
     ["The exit poll for the county radio gives the Green list 34%, the Farmers 29% and the Coast party 18%."]),
    ("19:55", "Welcome", ["Good evening and welcome to our live coverage of the county vote. Polls close in five minutes."]),
)


def _headed_page() -> str:
    # (each update an <article> of its own: the extractor reads the page by its fallback, which
    # gives every update's <h3> as a paragraph)
    updates = "".join(
        f'<article class="live-update" id="update-{7 - n}"><time datetime="2026-03-03T{t}:00+01:00">{t}</time><h3>{h}</h3>\n'
        + "\n".join(f"<p>{p}</p>" for p in ps) + "</article>\n"
        for n, (t, h, ps) in enumerate(HEADED)
    )
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            "<title>County vote live: Green list ahead as count continues</title>\n</head>\n<body>\n<main>\n"
            '<div class="live-header"><span class="live-badge">LIVE</span><h1>County vote live: Green list ahead as count continues</h1>\n'
            '<p class="standfirst">Follow the count in all four towns as the Green list and the Farmers fight for first place</p>\n'
            f'<p class="byline">By Ann Example</p></div>\n<div class="live-feed">\n{updates}</div>\n</main>\n</body>\n</html>')


def test_an_update_heading_read_as_a_paragraph_shows_once_as_its_subhead(tmp_path: Path) -> None:
    path = tmp_path / "live.html"
    path.write_text(_headed_page(), encoding="utf-8")
    (article,) = read_file(path)
    subheads = dict(article.subheads)
    for clock, heading, texts in HEADED[:-1]:
        timed = f"{clock} — {heading}"  # its time before it, one subhead: the time stays with its update
        assert sum(heading in p for p in article.paragraphs) == 1, article.paragraphs  # once, never beside a copy
        at = article.paragraphs.index(timed)
        assert subheads.get(at) == timed, article.subheads
        assert at - 1 not in subheads or subheads[at - 1] != clock, article.subheads  # no time of its own above it
        assert article.paragraphs[at + 1] == texts[0]


def test_stamping_makes_an_update_heading_kept_as_a_paragraph_its_subhead() -> None:
    entries = [("Follow the vote tonight as it happens in the county", False), ("Turnout confirmed", False),
               ("The county office says turnout was 58.3%.", False)]
    out = _stamp_updates(entries, [("The county office says turnout", "01:15", "Turnout confirmed")])
    assert out == [entries[0], ("01:15 — Turnout confirmed", True), entries[2]]


WIB = (
    ("15.30 WIB", "Demikian laporan langsung kami hari ini. Terima kasih telah mengikuti, sampai jumpa besok."),
    ("12.45 WIB", "Dermaga utara ditutup untuk semua kapal sampai Jumat, kata syahbandar."),
    ("09.20 WIB", "Air laut setinggi 80 sentimeter menggenangi pasar ikan sejak subuh."),
    ("06.10 WIB", "Badan cuaca memperingatkan gelombang pasang hingga 2,5 meter di pesisir utara."),
)


def test_updates_as_boxes_of_text_opening_with_their_time_make_a_live_page(tmp_path: Path) -> None:
    items = "".join(f'<div class="item"><strong>{t}</strong> {u}</div>' for t, u in WIB)
    path = tmp_path / "live.html"
    path.write_text("<html><head><title>Banjir di pesisir</title></head><body><article><h1>Banjir di pesisir</h1>"
                    f'<div class="report">{items}</div></article></body></html>', encoding="utf-8")
    (article,) = read_file(path)
    text = " ".join(article.paragraphs)
    assert "Demikian laporan" not in text, article.paragraphs  # the sign-off of a live page, no lead
    for clock, update in WIB[1:]:
        assert sum(p.startswith(f"{clock} {update[:12]}") for p in article.paragraphs) == 1, article.paragraphs


def test_a_word_in_bold_opening_a_box_keeps_the_space_after_it(tmp_path: Path) -> None:
    lines = ("The ferry will not sail on Friday, the operator said.", "Buses will replace it between the two towns.",
             "The operator expects to sail again on Monday morning.")
    boxes = "".join(f'<div class="line"><b>Note:</b> {line}</div>' for line in lines)
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Ferry cancelled</title></head><body><article><h1>Ferry cancelled</h1>"
                    f"{boxes}</article></body></html>", encoding="utf-8")
    (article,) = read_file(path)
    text = " ".join(article.paragraphs)
    assert "Note:The" not in text and "Note: The ferry" in text, article.paragraphs
