"""`newsprism stories` and `story show` mark what is new since a story was last opened, and what
is unread, as the reader's story list does (core.library.changes: news, marks, unread)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.library.changes import Marks, marks, news, visit
from core.library.store import Library
from core.model import Article, Ref, article_id
from tests.feedserver import body_of
from tui.cli import main


def _report(outlet: str, *, title: str = "", edit: str = "") -> Article:
    body = tuple(body_of(5, edit=edit))
    title = title or f"{outlet}: council vote on the ferry"
    url = f"https://{outlet.split()[0].lower()}.example/vote-5"
    return Article(id=article_id(outlet, title, body), path=url, outlet=outlet, title=title, paragraphs=body,
                   published="2026-11-30", url=url)


@pytest.fixture
def followed(tmp_path: Path) -> tuple[Path, int, str]:
    """A library of one story: two reports, the story opened as the reader opens it, one read in
    part, then a third report (with a title that tries to colour the terminal); the story, the
    third report's id."""
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        first = library.add(_report("Tessel Courier"), source="c")
        library.add(_report("Harbour Gazette", edit=" Its own words on the matter."), source="g")
        visit(library, first.story)  # what the reader records when it opens the story
        library.mark_read(Ref(first.article.id, 0))
        third = library.add(_report("Quay Observer", title="Quay Observer: \x1b[31mvote\x1b[0m on the ferry",
                                    edit=" More words of the observer."), source="q")
        assert third.story == first.story and [s.id for s in library.stories()] == [first.story]
        return path, first.story, third.article.id


def test_stories_say_how_many_articles_came_since_the_story_was_last_opened(
    followed: tuple[Path, int, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, story, _ = followed
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["stories", "--library", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "● 1 new · 2 unread" in [line.strip() for line in lines]
    assert all(len(line) <= 80 for line in lines[:-1])  # the table; its last line names the library's path
    assert main(["stories", "--json", "--library", str(path)]) == 0
    [got] = json.loads(capsys.readouterr().out)
    assert (got["id"], got["new"], got["changed"], got["unread"]) == (story, 1, 0, 2)


def test_story_show_marks_each_article_as_the_reader_does(
    followed: tuple[Path, int, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, story, third = followed
    assert main(["story", "show", str(story), "--library", str(path)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[1] == "  ● 1 new since last opened · 2 of 3 unread"
    marked = {line.split()[0]: lines[n + 1].strip() for n, line in enumerate(lines) if line.startswith("  ") and
              not line.startswith("   ") and len(line.split()[0]) == 12}
    assert marked[third] == "● new · unread"
    assert sorted(marked.values()) == sorted(["● new · unread", "unread", f"1/{len(body_of(5))} read"])
    assert "\x1b" not in out  # the title's escape is shown, not sent to the terminal
    assert main(["story", "show", str(story), "--json", "--library", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["story"]["new"], data["story"]["unread"]) == (1, 2)
    by_id = {a["id"]: a for a in data["articles"]}
    assert {k: by_id[third][k] for k in ("new", "unread", "read", "versions")} == {
        "new": True, "unread": True, "read": 0, "versions": 1}
    assert sum(a["new"] for a in data["articles"]) == 1 and sum(a["unread"] for a in data["articles"]) == 2


def test_a_look_from_the_command_line_is_no_visit_unless_asked(
    followed: tuple[Path, int, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, story, third = followed
    for argv in (["stories"], ["story", "show", str(story)], ["story", "show", str(story), "--json"]):
        assert main([*argv, "--library", str(path)]) == 0
    with Library(path) as library:
        assert news(library)[story].articles == {third}  # still new for the reader
    assert main(["story", "show", str(story), "--visit", "--library", str(path)]) == 0
    assert "● new" in capsys.readouterr().out  # this look shows the news, as the reader's opening does
    with Library(path) as library:
        assert story not in news(library)
    assert main(["story", "show", str(story), "--library", str(path)]) == 0
    assert "● " not in capsys.readouterr().out


def test_marks_are_the_story_lists_labels() -> None:
    article = _report("Tessel Courier")
    n = len(article.paragraphs)
    assert marks(article, new={article.id}, read={}, changed=None).labels == ("● new", "unread")
    assert marks(article, read={article.id: 2}, changed={article.id: (3, 1.0)}).labels == (f"2/{n} read", "changed (v3)")
    assert marks(article).labels == () and not marks(article).unread  # read marks not known: nothing said of them
    assert Marks(True, 0, n).to_json() == {"new": True, "unread": True, "read": 0, "versions": 1}


def test_a_visit_asked_of_a_read_only_library_says_it_is_not_kept(
    followed: tuple[Path, int, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, story, third = followed
    monkeypatch.setattr("core.library.store._writable", lambda path: False)
    assert main(["story", "show", str(story), "--visit", "--library", str(path)]) == 0
    captured = capsys.readouterr()
    assert "● new" in captured.out and "read-only; this look is not kept as a visit" in captured.err
    with Library(path) as library:
        assert news(library)[story].articles == {third}
