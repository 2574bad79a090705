"""Versions of an article whose page changed, word-level edits, and news since a story's last visit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.library.changes import Edit, changed, edits, news, revise, versions, visit
from core.library.store import Library
from core.model import Article, Ref, article_id
from core.library.refresh import Policy, refresh
from core.library.subscriptions import Subscriptions
from tests.feedserver import FeedServer, body_of, entries_for, rss20, server, static

__all__ = ["server"]  # the fixture, imported

FAST = Policy(timeout=2.0, deadline=5.0, retries=0)


def make(outlet: str, n: int, *, url: str, edit: str = "") -> Article:
    body = tuple(body_of(n, edit=edit))
    title = f"{outlet}: council vote {n}"
    return Article(id=article_id(outlet, title, body), path=url, outlet=outlet, title=title, paragraphs=body,
                   published="2026-11-30", url=url)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "lib.sqlite") as opened:
        yield opened


def test_words_added_removed_and_corrected() -> None:
    [para] = edits(["The mayor said 40 people were hurt on Monday."], ["The mayor said 45 people were badly hurt."])
    assert para.old == 0 and para.new == 0 and para.changed
    kinds = [(e.tag, e.text, e.old) for e in para.edits if e.tag != "gap"]
    assert ("corrected", "45", "40") in kinds
    assert ("added", "badly", "") in kinds
    assert ("removed", "on Monday", "") in kinds
    assert "".join(e.text for e in para.edits if e.tag != "removed") == "The mayor said 45 people were badly hurt."


def test_paragraphs_added_removed_and_unchanged() -> None:
    old = ["First paragraph stays as it is.", "Second paragraph about the ferry line and its cost.", "Third goes away entirely now."]
    new = ["First paragraph stays as it is.", "Second paragraph about the new ferry line and its cost.",
           "A wholly different closing line was written."]
    result = edits(old, new)
    assert [(p.old, p.new, p.changed) for p in result] == [(0, 0, False), (1, 1, True), (None, 2, True), (2, None, True)]
    assert Edit("added", "new") in result[1].edits


def test_the_library_revises_and_records_visits_through_its_public_methods(library: Library) -> None:
    url = "https://courier.example/vote-7"
    first = make("Tessel Courier", 7, url=url)
    added = library.add(first, source=url)
    second = make("Tessel Courier", 7, url=url, edit=" A correction was appended.")
    done = library.revise(first.id, second, source=url)
    assert done is not None and (done.article, done.story, done.version) == (first.id, added.story, 2)
    assert library.revise(first.id, second, source=url) is None
    assert library.revise("no-such-article", second, source=url) is None
    assert [v.paragraphs for v in versions(library, first.id)] == [first.paragraphs, second.paragraphs]
    library.record_visit(added.story, 1.0)  # opened long before the article came
    assert news(library)[added.story].added == 1
    library.record_visit(added.story, 4e9)  # opened after everything
    assert news(library) == {}


def test_revise_keeps_every_version_and_the_article_its_place(library: Library) -> None:
    url = "https://courier.example/vote-3"
    first = make("Tessel Courier", 3, url=url)
    other = make("Harbour Gazette", 3, url="https://gazette.example/vote-3", edit=" The Gazette asked the province.")
    added = library.add(first, source=url)
    library.add(other, source=other.url or "")
    library.mark_read(Ref(first.id, 0))
    library.toggle_bookmark(Ref(first.id, 1))
    assert versions(library, first.id)[0].paragraphs == first.paragraphs
    second = make("Tessel Courier", 3, url=url, edit=" The province denied it would pay.")
    done = revise(library, first.id, second, source=url)
    assert done is not None and done.article == first.id and done.story == added.story and done.version == 2
    assert revise(library, first.id, second, source=url) is None  # the same body again: nothing to do
    # a copy saved before the correction, added again, is no newer text: the correction stays
    # (a fresh user's saved page undid a correction a refresh had stored)
    assert revise(library, first.id, first, source="saved/vote-3.html") is None
    story = library.story(added.story)
    # its place in the story's time order (one day for both, so by outlet) is the one it had
    assert [a.id for a in story.articles] == [other.id, first.id]
    assert story.article(first.id).paragraphs == second.paragraphs
    assert any(l.a.article == first.id or l.b.article == first.id for l in story.links)  # linked again
    assert library.read_paragraphs(first.id) == set()  # the text changed under the read marks
    assert library.bookmarked(first.id) == {1}
    old, new = versions(library, first.id)
    assert (old.number, new.number) == (1, 2) and old.paragraphs == first.paragraphs and old.at <= new.at
    assert changed(library, added.story) == {first.id: (2, new.at)}
    assert library.search("province denied")[0].ref.article == first.id
    assert library.search("ferry") == library.search("ferry")  # the index holds each paragraph once
    assert library.integrity() == "ok"



def test_an_older_text_from_the_same_source_is_a_version_and_from_another_is_not(library: Library) -> None:
    # A researcher corrected a figure in a file, added it (version 2), put the file back and
    # added it again: it stayed "already in the library" with the corrected figure the file no
    # longer gave. The source the text came from now says the older text: that is the text held.
    url = "https://courier.example/vote-4"
    first = make("Tessel Courier", 4, url=url)
    second = make("Tessel Courier", 4, url=url, edit=" The province denied it would pay.")
    library.add(first, source=url)
    assert revise(library, first.id, second, source=url) is not None
    # the first text from a saved copy (another source) or from the feed's summary: no news
    assert revise(library, first.id, first, source="saved/vote-4.html") is None
    assert revise(library, first.id, first, source=url, brief=True) is None
    back = revise(library, first.id, first, source=url)
    assert back is not None and back.version == 3
    story = library.story(back.story)
    assert story.article(first.id).paragraphs == first.paragraphs
    assert [v.paragraphs for v in versions(library, first.id)] == [first.paragraphs, second.paragraphs, first.paragraphs]
    assert revise(library, first.id, first, source=url) is None  # the same body again: nothing to do

def test_a_page_gone_behind_a_paywall_leaves_the_text_held(library: Library) -> None:
    # A tester's outlet page turned into its teaser (the first paragraph and "Subscribe to continue
    # reading"): the teaser became the article's text, and the story said the outlet never reported
    # the rest. A longer text held stays, as it does for a feed's summary; a full page revised does not.
    from dataclasses import replace

    url = "https://courier.example/vote-4"
    first = make("Tessel Courier", 4, url=url)
    library.add(first, source=url)
    teaser = replace(first, paragraphs=first.paragraphs[:1], teaser=True)
    assert revise(library, first.id, teaser, source=url) is None
    assert library._load([first.id])[0].paragraphs == first.paragraphs
    longer = replace(make("Tessel Courier", 4, url=url, edit=" The province denied it would pay."), teaser=True)
    assert revise(library, first.id, longer, source=url) is not None  # a teaser longer than the text held is news


def test_each_version_keeps_the_time_and_dateline_its_page_gave(library: Library) -> None:
    # A fresh user's AFP update said "8 June 2026, 07:30 (updated)" and "ZAGREB, June 8": `v` showed
    # only the minutes newsprism stored the two versions at, and not the dateline's change.
    from dataclasses import replace

    url = "https://afp.example/zagreb"
    first = replace(make("AFP World", 8, url=url), published="2026-06-07T22:10:00+02:00", dateline="ZAGREB, June 7 (AFP)")
    library.add(first, source=url)
    assert [(v.published, v.dateline) for v in versions(library, first.id)] == [("2026-06-07T22:10:00+02:00", "ZAGREB, June 7 (AFP)")]
    second = replace(make("AFP World", 8, url=url, edit=" Horvat conceded on Monday."),
                     published="2026-06-08T07:30:00+02:00", dateline="ZAGREB, June 8 (AFP)")
    revise(library, first.id, second, source=url)
    third = replace(make("AFP World", 8, url=url, edit=" Horvat conceded on Monday morning."), published=None, dateline=None)
    revise(library, first.id, third, source=url)
    assert [(v.number, v.published, v.dateline) for v in versions(library, first.id)] == [
        (1, "2026-06-07T22:10:00+02:00", "ZAGREB, June 7 (AFP)"),
        (2, "2026-06-08T07:30:00+02:00", "ZAGREB, June 8 (AFP)"),
        (3, None, None),  # the page gave none: not the article's older time
    ]


def test_each_version_keeps_its_pages_update_time_and_the_article_the_latest(library: Library) -> None:
    # The fact-checker's page: "two dead" published 09:02, "three dead" updated 16:35. The
    # versions screen said each version was "dated 09:02"; the article kept no update time.
    from dataclasses import replace

    from tui.screens.versions import dated

    url = "https://ledger.example/fire"
    first = replace(make("Riverside Ledger", 3, url=url), published="2026-12-02T09:02:00-05:00")
    library.add(first, source=url)
    second = replace(make("Riverside Ledger", 3, url=url, edit=" A third person died in hospital."),
                     published="2026-12-02T09:02:00-05:00", updated="2026-12-02T16:35:00-05:00")
    revise(library, first.id, second, source=url)
    kept = versions(library, first.id)
    assert [(v.number, v.updated) for v in kept] == [(1, None), (2, "2026-12-02T16:35:00-05:00")]
    assert [dated(v) for v in kept] == ["dated 2026-12-02 09:02 UTC-05:00", "updated 2026-12-02 16:35 UTC-05:00"]
    [article] = library.story(library.stories()[0].id).articles
    assert article.updated == "2026-12-02T16:35:00-05:00"


def test_news_since_the_last_visit(library: Library) -> None:
    a = library.add(make("Tessel Courier", 5, url="https://c.example/5"), source="c")
    assert news(library) == {}  # the reader was never opened: nothing is news yet
    visit(library, a.story)
    assert a.story not in news(library)
    b = library.add(make("Harbour Gazette", 5, url="https://g.example/5", edit=" Its own words."), source="g")
    assert b.story == a.story
    got = news(library)[a.story]
    assert (got.added, got.revised, got.outlets) == (1, 0, ("Harbour Gazette",))
    visit(library, a.story)
    revise(library, a.article.id, make("Tessel Courier", 5, url="https://c.example/5", edit=" An update."), source="c")
    got = news(library)[a.story]
    assert (got.added, got.revised, got.outlets) == (0, 1, ("Tessel Courier",))
    # A story never opened counts from the first visit of any: what was there then is not news.
    other = library.add(unrelated("Tessel Courier", "chess"), source="chess")
    assert other.story != a.story
    assert news(library)[other.story].added == 1  # added after the first visit, never opened: news
    library._db.execute("UPDATE articles SET added = 0.5 WHERE story = ?", (other.story,))
    assert other.story not in news(library)  # there before the reader was first opened: not news


def test_opening_the_first_story_again_keeps_every_other_story_s_news(library: Library) -> None:
    # Trial 43 F5: the first opening of the reader is kept once; opening the story it was of again
    # moves only that story's visit, never what counts as news in the stories not opened yet.
    a = library.add(make("Tessel Courier", 5, url="https://c.example/5"), source="c")
    visit(library, a.story, at=1000.0)
    other = library.add(unrelated("Tessel Courier", "chess"), source="chess")
    library._db.execute("UPDATE articles SET added = 2000.0 WHERE story = ?", (other.story,))
    assert news(library)[other.story].added == 1
    visit(library, a.story, at=3000.0)  # the reader opens the first story again, later
    assert news(library)[other.story].added == 1  # the chess report is still news: that story was never opened
    visit(library, other.story, at=4000.0)
    assert other.story not in news(library)


def unrelated(outlet: str, topic: str) -> Article:
    body = (
        f"The regional {topic} championship in Maranoa ended on Sunday with a draw between the two finalists.",
        f"Organisers said the {topic} event drew a record crowd of spectators to the old grain exchange.",
        f"The next {topic} championship will be held in Quillon in the autumn, the federation "
        + ("said.", "confirmed.", "announced.")[len(outlet) % 3],
    )
    slug = outlet.lower().replace(" ", "-")
    return Article(id=article_id(outlet, topic, body), path=topic, outlet=outlet, title=f"{topic} final drawn",
                   paragraphs=body, published="2026-11-29", url=f"https://{slug}.example/{topic}")


def test_refresh_stores_a_changed_page_as_a_new_version(server: FeedServer, library: Library) -> None:
    entries = entries_for(server, "Tessel Courier", [6, 7])
    server.routes["/feed"] = static(lambda: rss20("Tessel Courier", entries))
    Subscriptions(library).add(server.url("/feed"))
    refresh(library, policy=FAST)
    assert library.counts()[1] == 2
    entries[0] = entries_for(server, "Tessel Courier", [6], edit=" The court will hear the case in May.")[0]
    outcomes, _ = refresh(library, policy=FAST)
    assert (outcomes[0].added, outcomes[0].revised, outcomes[0].status) == (0, 1, "updated")
    assert library.counts()[1] == 2  # a new version, not a new article
    story = library.stories()[0].id
    [(article, (count, _))] = [(k, v) for s in library.stories() for k, v in changed(library, s.id).items()]
    assert count == 2
    assert any("court will hear" in p for p in versions(library, article)[-1].paragraphs)
    assert story


def test_one_word_changed_before_a_comma_is_one_correction() -> None:
    [paragraph] = edits(["It was last inspected in January, according to a spokesman."],
                        ["It was last inspected in February, according to a spokesman."])
    assert [(e.tag, e.text, e.old) for e in paragraph.edits if e.tag not in ("same", "gap")] == [
        ("corrected", "February", "January")
    ]


_EVENTS = {"chess": ("Marlow", "Ferry fares rise"), "darts": ("Eastbridge", "Bridge shut"),
           "curling": ("Norrvik", "Clinic closes"), "fencing": ("Calder", "Harbour dredged"),
           "rowing": ("Oststrand", "School rebuilt")}


def _event(outlet: str, topic: str) -> Article:
    """A report of its own event, one per topic of :data:`_EVENTS` (chess is its key, not its subject)."""
    town, what = _EVENTS[topic]
    title = f"{what} in {town}"
    body = (f"{what} in {town} on Tuesday, the {town} council said, after a week of talks with the {outlet} panel.",
            f"Residents of {town} were told more would follow from the council of {town} on Friday.")
    return Article(id=article_id(outlet, title, body), path=topic, outlet=outlet, title=title, paragraphs=body,
                   published="2026-03-03T09:00:00+00:00", url=f"https://{topic}.example/{town}")


def _distinct(library: Library, *topics: str) -> list[int]:
    """One story per topic (a report of each), added at times 2000, 2001...; their ids."""
    stories = []
    for n, topic in enumerate(topics):
        added = library.add(_event("Tessel Courier", topic), source=topic)
        library._db.execute("UPDATE articles SET added = ? WHERE id = ?", (2000.0 + n, added.article.id))
        stories.append(added.story)
    assert len(set(stories)) == len(topics)
    return stories


def test_what_was_seen_stays_seen_and_what_was_not_stays_new_when_articles_move(library: Library) -> None:
    # Trial 44 F8: news were judged by the story an article is in now, so a story's articles seen
    # and merged (or regrouped) into another came back "new", and one never seen moved into a story
    # visited before it came was hidden. Each article carries when it was seen.
    opener = library.add(_event("Harbour Gazette", "rowing"), source="rowing")
    visit(library, opener.story, at=1000.0)  # the first opening of the reader
    seen, unseen, target = _distinct(library, "chess", "darts", "curling")
    visit(library, seen, at=3000.0)
    visit(library, target, at=3000.0)
    assert news(library)[unseen].added == 1 and seen not in news(library) and target not in news(library)
    library.merge(target, [seen])
    assert target not in news(library)  # the chess report was seen: not new where it went
    library.move([a.id for a in library.story(unseen).articles], target)
    assert news(library)[target].added == 1  # the darts report was never seen: new, wherever it is
    library.undo()
    library.undo()
    assert news(library)[unseen].added == 1 and seen not in news(library)
    # a visit sees the articles the story holds then, not those that come to it later
    visit(library, target, at=4000.0)
    library.merge(target, [unseen])
    assert news(library)[target].added == 1


def test_a_removed_story_brought_back_keeps_what_was_seen(library: Library) -> None:
    opener = library.add(_event("Harbour Gazette", "rowing"), source="rowing")
    visit(library, opener.story, at=1000.0)
    [story] = _distinct(library, "chess")
    visit(library, story, at=3000.0)
    library.remove(story)
    library.undo()
    assert story not in news(library)


def test_a_story_that_went_says_where_its_articles_are(library: Library) -> None:
    from core.errors import LibraryError

    a, b, c, d = _distinct(library, "chess", "darts", "curling", "fencing")

    def said(story: int) -> str:
        with pytest.raises(LibraryError) as failed:
            library.find_story(story)
        return str(failed.value)

    library.merge(b, [a])
    assert said(a) == f"story {a} was merged into story {b} (`newsprism story show {b}`)"
    library.merge(c, [b])  # where it went went too: the story that holds its articles now
    assert said(a) == f"story {a} was merged into story {b}, which is now part of story {c} (`newsprism story show {c}`)"
    library.move([x.id for x in library.story(d).articles], c)
    assert said(d) == f"story {d} had its articles moved into story {c} (`newsprism story show {c}`)"
    library.undo()
    library.remove(d)
    assert said(d) == f"story {d} was removed"
    library.undo()  # back: no longer gone
    assert library.find_story(d).id == d
    library.undo()
    assert said(a) == f"story {a} was merged into story {b} (`newsprism story show {b}`)"
    new = library.split(b, [next(x.id for x in library.story(b).articles if x.title.startswith("Ferry"))])
    library.undo()
    assert said(new) == f"story {new} went back into story {b}, its split undone (`newsprism story show {b}`)"
    library.merge(c, [b])
    library.remove(c)
    assert said(a) == f"story {a} was merged into story {b}, which went into story {c}, since removed"
    assert said(b) == f"story {b} was merged into story {c}, which was removed"
    assert said(999) == "no story 999 in the library (`newsprism stories` lists them)"
