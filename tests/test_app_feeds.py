"""Pilot tests: `r` refreshes while reading goes on, stories with news come first and say so,
a changed article says so, and `v` shows its edits."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from core.library.changes import revise
from core.library.store import Library
from core.library.subscriptions import Subscriptions
from core.reading import gather
from tests.feedserver import FeedServer, entries_for, entries_of_files, rss20, server, slow, static
from tests.pilot import ready
from tests.test_changes import make
from tui.app import make_app
from tui.screens.versions import VersionsScreen
from tui.widgets.story_list import STORY_PREFIX, StoryList

__all__ = ["server"]  # the fixture, imported


def _text(widget) -> str:  # type: ignore[no-untyped-def]
    return str(widget.render())


def _option_text(story_list: StoryList, option_id: str) -> str:
    from rich.console import Console

    console = Console(width=60, color_system=None)
    with console.capture() as out:
        console.print(story_list.get_option(option_id).prompt)
    return out.get()


@pytest.fixture
def library_file(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        library.add(make("Tessel Courier", 1, url="https://courier.example/1"), source="c1")
    return path


async def test_r_refreshes_in_a_worker_while_reading_goes_on(library_file: Path, server: FeedServer) -> None:
    server.routes["/feed"] = slow(1.0, static(rss20("Harbour Gazette", entries_for(server, "Harbour Gazette", [2, 3]))))
    with Library(library_file) as library:
        Subscriptions(library).add(server.url("/feed"))
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        first_story = main.story_id
        await pilot.press("r")
        await pilot.pause(0.2)
        assert main.has_class("-refreshing")
        assert "Refreshing" in _text(main.query_one("#refresh-text"))
        before = main.reader.current
        await pilot.press("j")  # reading goes on
        assert main.reader.current is not None and main.reader.current.paragraph == before.paragraph + 1  # type: ignore[union-attr]
        await pilot.app.workers.wait_for_complete()
        await ready(pilot)
        assert not main.has_class("-refreshing") and main.has_class("-status")
        assert _text(main.query_one("#refresh-text")).startswith("Refreshed 1 feed: 2 new articles in ")
        assert main.story_id == first_story and main.reader.current == before._replace(paragraph=before.paragraph + 1)  # type: ignore[union-attr]
        story_list = main.query_one(StoryList)
        headers = [o.id for o in story_list.options if o.id and o.id.startswith(STORY_PREFIX)]
        news = [h for h in headers if int(h.removeprefix(STORY_PREFIX)) in main.news]
        assert news and headers[: len(news)] == news  # the stories with news first
        lines = [_option_text(story_list, h) for h in news]
        assert sum(int(line.split("● ")[1].split(" new")[0]) for line in lines if "Harbour Gazette" in line) == 2
        from tui.screens.main import LIBRARY_POLL

        await pilot.press("r")  # nothing new: the refresh writes only the feeds' state
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(LIBRARY_POLL * 1.5)  # the refresh's own writes are not another process's
        await pilot.app.workers.wait_for_complete()
        assert _text(main.query_one("#refresh-text")).startswith("Refreshed 1 feed: 0 new articles")
        assert not any("another newsprism" in str(n.message) for n in app._notifications)


async def _refresh_lines(library_file: Path, size: tuple[int, int]) -> list[str]:
    """The reader's refresh status lines, in order, for one press of `r` at *size*."""
    from tui.messages import RefreshProgress

    lines: list[str] = []

    def hook(message: object) -> None:
        if isinstance(message, RefreshProgress):
            lines.append(message.line)

    app = make_app(library=library_file)
    async with app.run_test(size=size, message_hook=hook) as pilot:
        await ready(pilot)
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()
        await ready(pilot)
    return lines


async def test_the_refresh_progress_counts_one_feed_and_one_article_as_one(library_file: Path, server: FeedServer) -> None:
    # A fresh user's status line said "Refreshing 1 feeds…".
    server.routes["/feed"] = static(rss20("Harbour Gazette", entries_for(server, "Harbour Gazette", [2])))
    with Library(library_file) as library:
        Subscriptions(library).add(server.url("/feed"))
    lines = await _refresh_lines(library_file, (120, 40))
    assert "Refreshing 1 feed…" in lines
    assert "Refreshing: 1 of 1 feed done · 1 new article" in lines
    assert not [line for line in lines if " 1 feeds" in line or " 1 new articles" in line]


async def test_the_refresh_progress_names_the_feeds_it_waits_on(library_file: Path, server: FeedServer) -> None:
    # A fresh user (trial 34 F18, again trial 36 F18) read the last feed done as the one under way,
    # then saw "last d…" cut at 80 columns: the line names what is still being fetched.
    server.routes["/fast"] = static(rss20("Harbour Gazette", entries_for(server, "Harbour Gazette", [2])))
    server.routes["/slow"] = slow(1.5, static(rss20("Calder Live", entries_for(server, "Calder Live", [3]))))
    with Library(library_file) as library:
        Subscriptions(library).add(server.url("/fast"), title="Harbour Gazette")
        Subscriptions(library).add(server.url("/slow"), title="Calder Live")
    lines = await _refresh_lines(library_file, (80, 24))
    assert "Refreshing: 1 of 2 feeds done · 1 new article · waiting on Calder Live" in lines
    assert "Refreshing: 2 of 2 feeds done · 2 new articles" in lines


async def test_the_status_line_goes_on_escape_and_by_itself_and_the_failure_stays_in_the_feeds_list(
    library_file: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fresh user's "Refreshed 2 feeds: … · 1 failed: …" stayed two of 24 rows for the whole
    # session, and Escape (which takes the notices off) left it.
    import tui.screens.main as main_screen

    server.routes["/feed"] = static(rss20("Harbour Gazette", entries_for(server, "Harbour Gazette", [2])))
    with Library(library_file) as library:
        Subscriptions(library).add(server.url("/feed"))
        Subscriptions(library).add(server.url("/gone.xml"))  # 404
    app = make_app(library=library_file)
    async with app.run_test(size=(80, 24)) as pilot:
        main = await ready(pilot)
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()
        await ready(pilot)
        assert main.has_class("-status") and "1 failed:" in _text(main.query_one("#refresh-text"))
        await pilot.press("escape")
        await pilot.pause()
        assert not main.has_class("-status")
        # Escape during a refresh keeps its progress off; what it did shows when it is done.
        server.routes["/feed"] = slow(4.0, server.routes["/feed"])  # long past the two pauses below, however loaded the machine
        await pilot.press("r")
        await pilot.pause(0.3)
        assert main.has_class("-refreshing") and main.has_class("-status")
        await pilot.press("escape")
        await pilot.pause(0.3)
        assert not main.has_class("-status")
        await pilot.app.workers.wait_for_complete()
        await ready(pilot)
        assert main.has_class("-status") and _text(main.query_one("#refresh-text")).startswith("Refreshed")
        # ...and it goes by itself (shown, as above, until then: not asserted here, as on a
        # loaded machine the refresh may take longer than the short time set)
        monkeypatch.setattr(main_screen, "STATUS_SECONDS", 0.2)
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()
        await ready(pilot)
        await pilot.pause(1.0)
        assert not main.has_class("-status")
    with Library(library_file) as library:  # where `newsprism feeds list` reads it
        failing = [s for s in Subscriptions(library).all() if s.error is not None]
    assert [s.url for s in failing] == [server.url("/gone.xml")] and "404" in (failing[0].error or "")


async def test_what_a_refresh_did_after_escape_waits_for_a_key_before_it_goes(
    library_file: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trial 38 F8: Escape during a refresh, and its result ("1 failed: ...") came and went while
    the user looked away. Shown after Escape, it goes a while after the next key instead."""
    import tui.screens.main as main_screen

    monkeypatch.setattr(main_screen, "STATUS_SECONDS", 0.2)
    server.routes["/feed"] = slow(1.5, static(rss20("Harbour Gazette", entries_for(server, "Harbour Gazette", [2]))))
    with Library(library_file) as library:
        Subscriptions(library).add(server.url("/feed"))
        Subscriptions(library).add(server.url("/gone.xml"))  # 404
    app = make_app(library=library_file)
    async with app.run_test(size=(80, 24)) as pilot:
        main = await ready(pilot)
        await pilot.press("r")
        await pilot.pause(0.3)
        await pilot.press("escape")
        await pilot.pause(0.1)
        assert not main.has_class("-status")
        await pilot.app.workers.wait_for_complete()
        await ready(pilot)
        await pilot.pause(1.0)  # long past STATUS_SECONDS: still there, no key was pressed
        assert main.has_class("-status") and "1 failed:" in _text(main.query_one("#refresh-text"))
        await pilot.press("j")
        for _ in range(50):  # STATUS_SECONDS after the key; a loaded machine's timers run late
            await pilot.pause(0.1)
            if not main.has_class("-status"):
                break
        assert not main.has_class("-status")


async def test_r_says_what_to_do_without_subscriptions_or_library(library_file: Path) -> None:
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        # a notice, not a status line left over the reading
        assert any("No subscriptions" in str(n.message) for n in app._notifications)
        assert not main.has_class("-status")
    from core.reading import SEEDS_DIR

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("r")
        await pilot.pause()
        assert any("needs the library" in str(n.message) for n in app._notifications)


async def _versions(pilot) -> VersionsScreen:  # type: ignore[no-untyped-def]
    """Press v and return the versions screen it opens."""
    await pilot.press("v")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, VersionsScreen)
    return screen


async def test_a_changed_article_says_so_and_v_shows_its_edits(library_file: Path) -> None:
    with Library(library_file) as library:
        [info] = library.stories()
        article = library.story(info.id).articles[0]
        revise(library, article.id, make("Tessel Courier", 1, url="https://courier.example/1",
                                           edit=" The province said it would not pay."), source="c1")
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        assert "Changed: version 2" in _text(main.query_one("#reader-head"))
        assert "changed (v2)" in " ".join(_option_text(main.query_one(StoryList), article.id).split())
        screen = await _versions(pilot)
        head = _text(screen.query_one("#versions-head"))
        assert "version 1, " in head and "→ version 2, " in head and "1 paragraph changed: 1 edited with 1 addition" in head
        body = screen.query_one("#versions-body")
        assert "province. {+The province said it would not pay+}." in str(body.get_option_at_index(1).prompt.body)  # type: ignore[attr-defined]
        await pilot.press("escape")
        assert app.screen is main


async def test_v_on_an_article_that_never_changed(library_file: Path) -> None:
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("v")
        await pilot.pause()
        assert not isinstance(app.screen, VersionsScreen)
        assert any("has not changed" in str(n.message) for n in app._notifications)


async def test_brackets_step_through_older_versions(library_file: Path) -> None:
    with Library(library_file) as library:
        [info] = library.stories()
        article = library.story(info.id).articles[0]
        for n, edit in enumerate((" A first update.", " A first update. A second update.")):
            revise(library, article.id, make("Tessel Courier", 1, url="https://courier.example/1", edit=edit), source="c1")
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        screen = await _versions(pilot)
        assert "version 2, " in _text(screen.query_one("#versions-head")) and "→ version 3, " in _text(screen.query_one("#versions-head"))
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert "version 1, " in _text(screen.query_one("#versions-head")) and "→ version 2, " in _text(screen.query_one("#versions-head"))
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert any("No older version" in str(n.message) for n in app._notifications)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert "→ version 3, " in _text(screen.query_one("#versions-head"))


async def test_versions_give_the_pages_times_the_dateline_and_counts_that_add_up(tmp_path: Path) -> None:
    # A fresh user's AFP update: `v` gave the minutes newsprism stored each version, not the page's
    # 7 June 22:10 and 8 June 07:30; "5 paragraphs changed: 2 additions, 1 removal, 5 corrections"
    # did not add up; the dateline's June 7 -> June 8 was not shown; with two versions `[` and `]`
    # seemed to do nothing.
    from dataclasses import replace

    from tui.screens.versions import tally

    url = "https://afp.example/zagreb"
    library_file = tmp_path / "lib.sqlite"
    with Library(library_file) as library:
        first = replace(make("AFP World", 1, url=url), published="2026-06-07T22:10:00+02:00", dateline="ZAGREB, June 7 (AFP)")
        library.add(first, source=url)
        body = list(first.paragraphs)
        body[0] = body[0].replace("council", "city council", 1)
        second = replace(first, paragraphs=(*body, "Horvat conceded on Monday morning."),
                         published="2026-06-08T07:30:00+02:00", dateline="ZAGREB, June 8 (AFP)")
        revise(library, first.id, second, source=url)
    app = make_app(library=library_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = await _versions(pilot)
        head = " ".join(_text(screen.query_one("#versions-head")).split())
        assert ("AFP World · version 1, dated 2026-06-07 22:10 UTC+02:00 → version 2, dated 2026-06-08 07:30 UTC+02:00"
                " (its only two)") in head, head
        assert "stored by newsprism " in head
        assert "dateline: ZAGREB, June [-7-]{+8+} (AFP)" in head, head
        assert "2 paragraphs changed: 1 added, 1 edited with 1 addition " in head, head
        assert "[ ] older, newer" not in head
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert any("only these two versions" in str(n.message) for n in app._notifications)
    # Paragraphs counted as paragraphs, the edits of words in the edited ones apart.
    from core.library.changes import edits

    compared = edits(["A 52.4 percent win, with 97 percent counted.", "Horvat took 47.6 percent.", "He did not concede on Sunday night."],
                     ["A 52.1 percent win, with final results.", "Horvat took 47.9 percent.", "He did concede on Sunday night.", "A new one."])
    assert tally(compared) == "4 paragraphs changed: 1 added, 3 edited with 3 corrections and 1 removal"


def _shown(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """The words *widget* puts on screen (its lines as laid out, not its whole content)."""
    from textual.geometry import Region

    return " ".join(strip.text for strip in widget.render_lines(Region(0, 0, *widget.size))).split()


async def test_every_status_line_fits_at_80_columns(library_file: Path) -> None:
    app = make_app(library=library_file)
    async with app.run_test(size=(80, 24)) as pilot:
        main = await ready(pilot)
        label = main.query_one("#refresh-text")
        long = ("Refreshed 12 feeds: 40 new articles, 3 changed articles in 9 stories · 2 failed: "
                "The Harbour Gazette's Evening Edition (the server answered 503 Service Unavailable) …")
        main.show_refresh(12, 12, long, finished=True)
        await pilot.pause()
        assert _shown(label) == long.split()  # wrapped, not cut
        main.show_refresh(3, 12, "Refreshing 3/12 feeds · 5 new articles · " + "A Very Long Feed Name " * 4)
        await pilot.pause()
        assert label.size.height == 1 and _shown(label)[-1].endswith("…")  # progress keeps to one line


async def test_the_versions_footer_fits_80_columns(library_file: Path) -> None:
    # A fresh user (24) at 80x24: the versions' footer ran off its edge, cutting a label
    # ("m M▏^p palette"); it shows the keys that fit whole, its own (Back, Older, Newer) first.
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    with Library(library_file) as library:
        [info] = library.stories()
        article = library.story(info.id).articles[0]
        revise(library, article.id, make("Tessel Courier", 1, url="https://courier.example/1", edit=" An update."), source="c1")
    app = make_app(library=library_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = await _versions(pilot)
        await pilot.pause()
        footer = screen.query_one(Footer)
        keys = [k for k in screen.query(FooterKey) if k.display]
        assert {"Back", "Older", "Newer"} <= {k.description for k in keys}
        assert all(k.region.right <= footer.region.right for k in keys), [(k.description, k.region) for k in keys]


async def test_r_gives_a_notice_for_each_story_articles_held_before_moved_into(tmp_path: Path, server: FeedServer) -> None:
    """A fresh user (25): a refresh moved articles the library held to another story without a word."""
    data = Path(__file__).parent / "data" / "regroup"  # a crane collapse: a witness sidebar, then three reports
    path = tmp_path / "lib.sqlite"
    held = ["b_courier.txt", "a_kestrel_sidebar.txt"]  # the sidebar alone at first: story 2
    with Library(path) as library:
        for name in held:
            copy = Path(shutil.copy(data / name, tmp_path / name))
            saved = datetime(2026, 12, 1, 12).timestamp()
            os.utime(copy, (saved, saved))
            [result] = list(gather([str(copy)]))
            assert result.article is not None
            library.add(result.article, source=str(copy))
        assert sorted(library.placements().values()) == [1, 2]
        entries = entries_of_files(server, sorted(f for f in data.iterdir() if f.name not in held))
        server.routes["/rss"] = static(rss20("Port Desk", entries))
        Subscriptions(library).add(server.url("/rss"))
    app = make_app(library=path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.2)
        with Library(path) as library:
            [info] = library.stories()
        said = [str(n.message) for n in app._notifications]
        assert any(line.startswith("Regrouped: 1 article the library held in story 2 (") and line.endswith(
            f" is now in story {info.id}, titled “{info.title}” (stories are grouped again as articles come in)") for line in said), said


async def test_a_storys_list_marks_what_came_since_it_was_last_opened_apart_from_what_is_unread(library_file: Path) -> None:
    """Trial 41 F15: every article not opened yet said "new", so the one article a refresh brought
    could not be told from the rest. Now "● new" marks what came since the story was last opened
    (as its header counts), "unread" what was there and is not opened yet."""
    from core.library.changes import news, visit

    with Library(library_file) as library:
        [info] = library.stories()
        visit(library, info.id)  # opened once, before the second report came
        import time

        time.sleep(0.05)
        added = library.add(make("Harbour Gazette", 1, url="https://gazette.example/1"), source="g1")
        assert added.story == info.id and news(library)[info.id].articles == {added.article.id}
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        story_list = main.query_one(StoryList)
        rows = {o.id: _option_text(story_list, o.id) for o in story_list.options if o.id and not o.id.startswith(STORY_PREFIX)}
        assert "● new" in rows[added.article.id]  # (opened first: the reader shows it, "1/4 read")
        [old] = [row for article, row in rows.items() if article != added.article.id]
        assert "unread" in old and "new" not in old
