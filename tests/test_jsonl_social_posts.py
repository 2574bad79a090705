"""Social platforms' JSON (core/reading/jsonl.py social_posts): a Reddit post's listing and a
Bluesky thread or feed, one article per post, readers' replies left out."""

from __future__ import annotations

import json
from pathlib import Path

from core.reading import read_file


def _post(did: str, handle: str, name: str, rkey: str, text: str, at: str, replies: list | None = None) -> dict:
    view = {"uri": f"at://{did}/app.bsky.feed.post/{rkey}", "author": {"did": did, "handle": handle, "displayName": name},
            "record": {"$type": "app.bsky.feed.post", "createdAt": at, "text": text}}
    return {"$type": "app.bsky.feed.defs#threadViewPost", "post": view, "replies": replies or []}


THREAD = {"thread": _post(
    "did:plc:desk1", "desk.example", "Harbour Desk", "aa1",
    "The Kilbeg footbridge reopened on Saturday after a month of repairs, the county said.", "2026-04-11T09:00:00.000Z",
    [
        _post("did:plc:reader9", "reader.example", "A Reader", "bb2", "About time, honestly.", "2026-04-11T09:05:00.000Z"),
        _post("did:plc:desk1", "desk.example", "Harbour Desk", "cc3",
              "Cyclists must still dismount on the bridge until the handrails are finished in May.", "2026-04-11T09:02:00.000Z",
              [_post("did:plc:desk1", "desk.example", "Harbour Desk", "dd4",
                     "The ferry that ran in its place stops on Sunday.", "2026-04-11T09:03:00.000Z")]),
    ],
)}

REDDIT = [
    {"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {
        "title": "Kilbeg footbridge open again", "author": "kilbeg_walker", "created_utc": 1775898000.0,
        "selftext": "The county reopened the footbridge this morning.\n\nDogs &amp; bikes are allowed again.\n\n**Update:** the cafe is open too.",
        "permalink": "/r/Kilbeg/comments/x1/kilbeg_footbridge_open_again/", "subreddit_name_prefixed": "r/Kilbeg"}}]}},
    {"kind": "Listing", "data": {"children": [{"kind": "t1", "data": {"author": "someone", "body": "Great news for the school run."}}]}},
]


def _read(tmp_path: Path, name: str, value: object, *, one_line: bool) -> list:
    path = tmp_path / name
    path.write_text(json.dumps(value) if one_line else json.dumps(value, indent=2))
    return read_file(path)


def test_bluesky_thread_is_the_post_and_its_authors_own_replies(tmp_path: Path) -> None:
    for one_line in (True, False):
        [article] = _read(tmp_path, f"thread{one_line}.json", THREAD, one_line=one_line)
        assert article.paragraphs[0].startswith("The Kilbeg footbridge reopened")
        assert any(p.startswith("Cyclists must still dismount") for p in article.paragraphs)
        assert any(p.startswith("The ferry that ran") for p in article.paragraphs)
        text = " ".join(article.paragraphs)
        assert "About time" not in text and "did:plc" not in text
        assert article.byline == "Harbour Desk"
        assert article.published and article.published.startswith("2026-04-11T09:00")
        assert article.url == "https://bsky.app/profile/desk.example/post/aa1"


def test_bluesky_feed_gives_each_post(tmp_path: Path) -> None:
    feed = {"feed": [{"post": THREAD["thread"]["post"]}, {"post": THREAD["thread"]["replies"][0]["post"]}]}
    articles = _read(tmp_path, "feed.json", feed, one_line=False)
    assert len(articles) == 2 and articles[1].paragraphs == ("About time, honestly.",)


def test_reddit_post_listing_is_the_post_without_comments(tmp_path: Path) -> None:
    for one_line in (True, False):
        [article] = _read(tmp_path, f"post{one_line}.json", REDDIT, one_line=one_line)
        assert article.title == "Kilbeg footbridge open again"
        assert article.byline == "kilbeg_walker"
        assert article.outlet == "r/Kilbeg"
        assert article.published and article.published.startswith("2026-04-11")
        assert len(article.paragraphs) == 3
        assert "Dogs & bikes are allowed again." in article.paragraphs[1]
        assert "**" not in article.paragraphs[2] and article.paragraphs[2].startswith("Update:")
        assert "school run" not in " ".join(article.paragraphs)
        assert article.url == "https://www.reddit.com/r/Kilbeg/comments/x1/kilbeg_footbridge_open_again/"
