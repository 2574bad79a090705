"""OPML: other readers' files in, ours out, and back."""

from __future__ import annotations

import pytest

from core.errors import ReadError
from core.library.opml import Outline, parse_opml, tags_of, write_opml
from core.sanitize import sanitize

# The shape Feedly, Inoreader and NetNewsWire export: folders of subscriptions.
FOLDERS = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>Subscriptions of Ana in Reader</title></head>
  <body>
    <outline text="World" title="World">
      <outline type="rss" text="Harbour Gazette" title="Harbour Gazette"
               xmlUrl="https://gazette.example/rss" htmlUrl="https://gazette.example/"/>
      <outline type="rss" text="Tessel Courier" xmlUrl="https://courier.example/feed.xml"/>
    </outline>
    <outline text="Tech">
      <outline text="Chips">
        <outline type="rss" text="Wafer Weekly" xmlUrl="https://wafer.example/atom"/>
      </outline>
      <outline type="rss" text="Harbour Gazette" xmlUrl="https://gazette.example/rss"/>
    </outline>
    <outline type="rss" text="Loose Feed" xmlURL="https://loose.example/rss"/>
  </body>
</opml>"""

# The category attribute (OPML 2.0), as newsboat-style exporters and some readers write it.
CATEGORIES = b"""<?xml version="1.0"?>
<opml version="2.0"><head/><body>
<outline type="rss" text="Norrvik Post" xmlUrl="https://norrvik.example/rss" category="/Regional/North, Daily"/>
</body></opml>"""


def test_folders_become_tags_and_a_feed_in_two_folders_is_one_subscription() -> None:
    found = parse_opml(FOLDERS, source="reader.opml")
    assert [o.url for o in found] == [
        "https://gazette.example/rss", "https://courier.example/feed.xml", "https://wafer.example/atom",
        "https://loose.example/rss",
    ]
    gazette, courier, wafer, loose = found
    assert gazette == Outline("https://gazette.example/rss", "Harbour Gazette", "https://gazette.example/", ("World", "Tech"))
    assert courier.title == "Tessel Courier" and courier.tags == ("World",)
    assert wafer.tags == ("Tech", "Chips")
    assert loose.tags == () and loose.title == "Loose Feed"


def test_category_attributes_become_tags() -> None:
    (post,) = parse_opml(CATEGORIES, source="c.opml")
    assert post.tags == ("Regional/North", "Daily")


def test_export_then_import_gives_the_same_subscriptions() -> None:
    mine = [
        Outline("https://gazette.example/rss", "Harbour Gazette", "https://gazette.example/", ("World", "Tech")),
        Outline("https://wafer.example/atom", "Wafer & Sons", None, ("Tech",)),
        Outline("https://loose.example/rss", None, None, ()),
    ]
    text = write_opml(mine, created=0)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')
    assert "<dateCreated>Thu, 01 Jan 1970 00:00:00 GMT</dateCreated>" in text
    assert parse_opml(text.encode(), source="out.opml") == mine
    # and another reader's file survives our round trip
    theirs = parse_opml(FOLDERS, source="reader.opml")
    assert parse_opml(write_opml(theirs).encode(), source="again.opml") == theirs


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"<?xml version='1.0'?><!DOCTYPE opml [<!ENTITY a 'aaaa'>]><opml><body><outline xmlUrl='http://x/&a;'/></body></opml>",
         "declares XML entities"),
        (b"<?xml version='1.0'?><!DOCTYPE opml [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><opml><body>"
         b"<outline text='&e;' xmlUrl='http://x/'/></body></opml>", "external references"),
        (b"<rss version='2.0'><channel/></rss>", "not an OPML file"),
        (b"<opml><body><outline text='folder'/></body></opml>", "lists no feeds"),
        (b"not xml at all", "not an OPML file"),
        (b"<opml><head/></opml>", "no <body>"),
    ],
)
def test_bad_files_give_one_clear_line(data: bytes, says: str) -> None:
    with pytest.raises(ReadError) as caught:
        parse_opml(data, source="bad.opml")
    message = str(caught.value)
    assert message.startswith("bad.opml: ") and says in message and "\n" not in message


def test_tags_as_typed() -> None:
    assert tags_of(["World", "Tech, AI", " /Regional/North/ ", "World"]) == ("World", "Tech", "AI", "Regional/North")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.text(max_size=300).map(lambda t: f"<opml><body>{t}</body></opml>".encode())))
def test_any_input_gives_outlines_or_one_clear_line(data: bytes) -> None:
    try:
        found = parse_opml(data, source="x.opml")
    except ReadError as exc:
        assert str(exc).startswith("x.opml: ") and "\n" not in str(exc)
    else:
        assert found and all(o.url for o in found)


def test_a_tag_with_a_no_break_space_comes_back_as_one_tag() -> None:
    # Found by the round trip below: the folder's name read "0 0", the category "0\u00a00": two tags.
    kept = tags_of(["0\u00a00"])
    outline = Outline("https://feed0.example/rss", "0", None, kept)
    assert parse_opml(write_opml([outline]).encode(), source="r.opml") == [outline]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.text(min_size=1, max_size=30), st.lists(st.text(min_size=1, max_size=12), max_size=3)), max_size=8))
def test_export_import_round_trip_of_any_titles_and_tags(rows: list[tuple[str, list[str]]]) -> None:
    outlines = []
    for n, (title, tags) in enumerate(rows):
        clean = " ".join(title.split())
        kept = tags_of([t.replace(",", " ") for t in tags])
        if not clean or any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF or ord(c) in (0xFFFE, 0xFFFF) for c in clean + "".join(kept)):
            continue  # not representable in XML
        if sanitize(clean) != clean or any(sanitize(t) != t for t in kept):
            continue  # control characters: dropped on the way in (tested below)
        outlines.append(Outline(f"https://feed{n}.example/rss", clean, None, kept))
    if not outlines:
        return
    back = parse_opml(write_opml(outlines).encode(), source="r.opml")
    assert sorted(back, key=lambda o: o.url) == outlines  # the same subscriptions (grouped by folder)


def test_titles_are_sanitised_on_the_way_in() -> None:
    data = "<opml><body><outline text='Evil\x7f\u009b2J Times' xmlUrl='https://evil.example/rss'/></body></opml>".encode()
    (found,) = parse_opml(data, source="e.opml")
    assert found.title is not None and "\x7f" not in found.title and "\x9b" not in found.title and "Times" in found.title
