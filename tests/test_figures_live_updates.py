"""A live page's superseded updates are earlier counts (trial 45 F1, F6): dated by their
update's time, shown beside the later counts labelled, never against them, and never joining
a row of another of the page's moments; copy edited from one value to another still differs."""

from __future__ import annotations

from dataclasses import replace

from core.linking.story import Story
from core.model import Link, LinkKind, Ref
from core.views.figures import compare, extract
from tests.figure_rows import article as _article


LIVE = ("Summary", "Police say eight people have died and 31 are injured.",
        "18:50", "Police confirm eighth death", "Police now say eight people were killed when the train derailed near Ostrava Halt.",
        "13:30", "Seven dead, 31 injured", "Regional police now say seven people were killed and 31 injured when the train derailed near Ostrava Halt.",
        "10:15", "Death toll rises to five", "The number of dead has risen to five, a police spokesman said.",
        "08:40", "Three dead, 20 hurt", "Police say three people have died and 20 have been injured.")
LIVE_SUBHEADS = tuple((n, text) for n, text in enumerate(LIVE) if n in (0, 2, 3, 5, 6, 8, 9, 11, 12))


def test_a_live_pages_earlier_updates_are_earlier_counts_not_disagreements() -> None:
    # trial 45 F1: wire copy edited from "seven" to "eight" killed was a disagreement until a live
    # page was added: its 13:30 "seven" paired with one copy, its 18:50 "eight" with the other
    wire = ("At least seven people were killed and 31 injured when a train derailed near Ostrava Halt on Monday, "
            "police said.")
    a = _article("Daily Post", wire, published="2026-03-09T13:12:00+00:00")
    b = _article("Evening Star", wire.replace("seven", "eight"), published="2026-03-09T16:40:00+00:00")
    live = _article("City Radio", *LIVE, published="2026-03-09T08:05:00+00:00", subheads=LIVE_SUBHEADS)
    link = Link(Ref(a.id, 0), Ref(b.id, 0), 0.9, LinkKind.PARAPHRASE, ((0, 10),), ((0, 10),))
    # the live page's 13:30 paragraph reports the Daily Post's fact, its 18:50 one the Evening Star's
    at_1330 = Link(Ref(a.id, 0), Ref(live.id, 7), 0.6, LinkKind.PARAPHRASE, ((0, 10),), ((0, 10),))
    at_1850 = Link(Ref(b.id, 0), Ref(live.id, 4), 0.6, LinkKind.PARAPHRASE, ((0, 10),), ((0, 10),))
    story = Story((a, b, live), (link, at_1330, at_1850))
    groups = compare(story)
    [dead] = [g for g in groups if g.quantity == "count (dead)" and 7 in {f.value for f in g.figures}]
    # (the page's morning counts sit in the row as its earlier counts, with their times: trial 46 F14)
    assert dead.disagree and {f.value for f in dead.figures if not dead.stage_label(f)} == {7, 8}
    assert {f.value: dead.stage_label(f) for f in dead.figures if f.value in (3, 5)} == {
        3: "earlier update 08:40", 5: "earlier update 10:15"}
    # the live page's 13:30 count sits beside the later ones, labelled, against none of them
    earlier = [f for f in dead.figures if f.ref.article == live.id and f.value == 7]
    assert earlier and all(dead.stage_label(f) == "earlier update 13:30" for f in earlier)
    assert all(dead.verdict_of(f) != "differ" for f in earlier)
    # its morning counts are no outliers of the afternoon's: no row holds 20 and 31 injured, and
    # the dead row's 3 and 5 are the page's earlier counts, against no one
    for g in groups:
        values = {f.value for f in g.figures}
        # (the morning's 20 injured may sit in the row of 31 as the dead row's 3 and 5 sit in its
        # row: labelled as the page's earlier count, against no one)
        assert not {20, 31} <= values or all(g.stage_label(f) == "earlier update 08:40" and g.verdict_of(f) != "differ"
                                               for f in g.figures if f.value == 20)
        assert all(g.verdict_of(f) != "differ" for f in g.figures if f.ref.article == live.id and f.value in (3, 5))
    # without the live page the copy's disagreement is the same
    without = [g for g in compare(Story((a, b), (link,))) if g.quantity == "count (dead)"]
    assert [sorted(f.value for f in g.figures) for g in without] == [[7, 8]] and without[0].disagree


def test_a_live_page_with_one_time_has_no_earlier_updates() -> None:
    page = _article("City Radio", "Summary", "Seven people were killed.", "13:30", "Seven people were killed, police said.",
                    subheads=((0, "Summary"), (2, "13:30")))
    assert all(not f.stage for f in extract([page]))
    other = _article("Daily Post", "Seven people were killed in the derailment, police said.")
    [row] = [g for g in compare(Story.build([page, other])) if g.quantity == "count (dead)"]
    assert all(not row.stage_label(f) for f in row.figures)


def test_an_update_time_before_its_heading_dates_the_update() -> None:
    # the readers set a post's time and heading as one subhead ("13:30 — Seven dead, 31 injured")
    page = _article("City Radio", "Summary", "Police say eight people have died.",
                    "13:30 — Seven dead", "Regional police now say seven people were killed when the train derailed near Ostrava Halt.",
                    "18:50 — Police confirm eighth death", "Police now say eight people were killed when the train derailed near Ostrava Halt.",
                    subheads=((0, "Summary"), (2, "13:30 — Seven dead"), (4, "18:50 — Police confirm eighth death")))
    other = _article("Daily Post", "Eight people were killed when the train derailed near Ostrava Halt, police said.")
    [dead] = [g for g in compare(Story.build([page, other])) if g.quantity == "count (dead)"]
    labels = {f.value: dead.stage_label(f) for f in dead.figures if f.ref.article == page.id}
    assert labels.get(7) == "earlier update 13:30" and not dead.disagree, labels
