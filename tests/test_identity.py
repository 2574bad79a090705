"""The identity rule: when two records are the same article (core.library.identity)."""

from __future__ import annotations

from dataclasses import replace

from core.library.identity import apart_by_files, body_hash, identity, identity_key, known_outlet, outlet_key, same_copy, url_key
from core.model import Article, article_id


def _article(outlet: str, body: tuple[str, ...], url: str | None = None, title: str = "Ferry strike ends") -> Article:
    return Article(id=article_id(outlet, title, body), path="x.txt", outlet=outlet, title=title, paragraphs=body, url=url)


BODY = ("PORT ELLIS (Wire) - Ferry crews ended a four-day strike on Friday.", "Sailings resume on Saturday.")


def test_an_address_is_compared_without_what_does_not_name_the_page() -> None:
    key = url_key("https://example.org/news/ferry-strike?id=7")
    assert key == "example.org/news/ferry-strike?id=7"
    for same in (
        "HTTP://www.Example.org:80/news/ferry-strike/?id=7#comments",
        "https://example.org:443/news/ferry-strike?utm_source=feed&id=7&utm_medium=rss&fbclid=abc",
    ):
        assert url_key(same) == key
    assert url_key("https://example.org/news/ferry-strike?id=8") != key  # a parameter that names the page
    assert url_key("https://example.org/news/other") != key
    assert url_key("https://example.org:8080/news/ferry-strike?id=7") != key
    for not_an_address in (None, "", "unknown", "ftp://example.org/a", "file:///tmp/a.html", "https://[bad/"):
        assert url_key(not_an_address) is None


def test_the_same_body_from_two_outlets_is_two_articles_and_from_one_outlet_one() -> None:
    wire = _article("Harbour Wire", BODY)
    assert identity(wire) != identity(_article("Bay Times", BODY))
    assert identity(wire) == identity(_article("  harbour   WIRE ", BODY, title="Another headline"))
    assert identity(wire) != identity(_article("Harbour Wire", (*BODY, "Officials welcomed the deal.")))
    assert body_hash(BODY) == body_hash(tuple(" ".join(p.split(" ")).replace(" ", "  ") for p in BODY))
    assert outlet_key(" Bay\u00a0 Times ") == "bay times"


def test_an_address_is_the_key_when_there_is_one() -> None:
    first = _article("Bay Times", BODY, url="https://baytimes.example/ferry")
    changed = _article("Bay Times", (*BODY, "Correction: the strike lasted four days."), url="https://www.baytimes.example/ferry/")
    assert identity(first) == identity(changed) == "url:baytimes.example/ferry"
    assert identity(_article("Bay Times", BODY)).startswith("copy:")
    assert identity_key("unknown", "bay times", body_hash(BODY)) == identity(_article("Bay Times", BODY))


def test_a_file_name_or_unknown_is_no_outlet_and_matches_any() -> None:
    assert known_outlet(" Bay Times ", "news/ferry.txt") == "bay times"
    assert known_outlet("ferry", "news/ferry.txt") is None  # the label of last resort: the file's name
    assert known_outlet("ferry", "news/ferry.jsonl:3") is None
    assert known_outlet("Unknown", "a.txt") is None and known_outlet("", "a.txt") is None
    assert same_copy("bay times", "bay times") and same_copy(None, "bay times") and same_copy(None, None)
    assert not same_copy("bay times", "harbour wire")
    unnamed = Article(id="x", path="saved/ferry.txt", outlet="ferry", title="t", paragraphs=BODY)
    renamed = Article(id="y", path="copy-of-ferry.txt", outlet="copy-of-ferry", title="t", paragraphs=BODY)
    assert identity(unnamed) == identity(renamed)


def test_outlets_whose_pages_point_at_the_agencys_address_keep_their_own_articles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A tester's three outlets ran the same wire copy, each page's canonical address the agency's
    original (as search engines advise for syndicated copy): the library kept the first and took
    the others for versions of it. Each outlet's copy is an article; the same outlet's changed
    copy at that address is still a version."""
    from core.library.store import Library

    original = "https://wire.example/2026/03/05/ferry-strike"
    carriers = [_article(outlet, BODY, url=original, title=title) for outlet, title in (
        ("Harbour Post", "Ferry strike ends"), ("Northbank News", "Ferry crews end strike"), ("Valley Ledger", "Strike over"))]
    with Library(tmp_path / "lib.sqlite") as library:
        added = [library.add(a, source=f"pages/{n}.html") for n, a in enumerate(carriers)]
        assert [a.new for a in added] == [True, True, True]
        assert sorted(a.outlet for s in library.stories() for a in library.story(s.id).articles) == [
            "Harbour Post", "Northbank News", "Valley Ledger"]
        edited = _article("Harbour Post", (*BODY, "Correction: the strike lasted four days."), url=original)
        again = library.add(edited, source="pages/0.html")
        assert not again.new and again.changed and again.existing == added[0].article.id
        assert library.add(carriers[1], source="pages/1.html").new is False  # read again: no new article
        # A second tester's outlets ended the copy their own way (a copyright line, a local
        # addendum): the second outlet's copy became a version of the first's.
        local = _article("Ridge Star", (*BODY, "Ridge Star readers with relatives on the ferry can call 555-0100."), url=original)
        assert library.add(local, source="pages/3.html").new
        # an outlet's own page, its name printed otherwise on a later fetch ("The Herald", then
        # "Herald Online"): a version, the address being the outlet's own
        own = "https://www.theherald.example/news/harbour-strike"
        first = library.add(_article("The Herald", BODY, url=own), source="a.html")
        later = library.add(_article("Herald Online", (*BODY, "Talks resume on Monday."), url=own), source="b.html")
        assert first.new and not later.new and later.changed and later.existing == first.article.id
        # a feed's summary under the feed's title, then the page under the site's: one article
        brief = replace(_article("Tide Courier - World", BODY[:1], url="https://tide.example/ferry"), summary_only=True)
        page = _article("Tide Courier", BODY, url="https://tide.example/ferry")
        assert library.add(brief, source="feed:1").new and library.add(page, source="https://tide.example/ferry").changed
        brief = replace(_article("Harbour headlines", BODY[:1], url="https://tide.example/strike"), summary_only=True)
        page = _article("Tide Courier", BODY, url="https://tide.example/strike")
        assert library.add(brief, source="feed:2").new and library.add(page, source="https://tide.example/strike").changed


def test_a_file_named_otherwise_under_another_headline_is_another_outlets_copy() -> None:
    # A tester's wire story saved as courier.txt, gazette.txt (re-headlined) and herald.txt: the
    # gazette's copy became a "version 2" of the courier's.
    courier, gazette = ("courier", "news/courier.txt", "Port strike halts Brenmouth"), ("gazette", "news/gazette.txt", "Dockers strike")
    assert apart_by_files(courier, gazette) and apart_by_files(gazette, ("Coast Courier", "a.jsonl:1", "Port strike halts Brenmouth"))
    # the same headline: a renamed copy, or an identical one nothing tells apart
    assert not apart_by_files(courier, ("herald", "news/herald.txt", "Port Strike Halts Brenmouth!"))
    # the same file edited (a version), a record of no outlet, two outlets named (same_copy says)
    assert not apart_by_files(courier, ("courier", "saved/courier.txt", "Port strike ends"))
    assert not apart_by_files(courier, ("unknown", "a.jsonl:2", "Dockers strike"))
    assert not apart_by_files(("Bay Times", "a.txt", "One"), ("Coast Courier", "b.txt", "Two"))


def test_a_headline_is_compared_without_its_case_quotes_spacing_or_unicode_form() -> None:
    from core.library.identity import headline_key, same_headline

    assert headline_key("Council Votes To Close \u201cOld\u201d Bridge") == headline_key('council votes to close  "old" bridge')
    assert headline_key("Caf\u00e9 closes") == headline_key("CAFE\u0301 CLOSES") == "caf\u00e9 closes"
    assert headline_key("\uff23ouncil votes") == "council votes"  # a full-width letter
    assert same_headline("Council Votes To Close Bridge", "Council votes to close bridge")
    assert not same_headline("Council votes to close bridge", "Council votes to close bridges")
