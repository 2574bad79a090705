"""Pilot tests for the layout at every terminal size (a fresh user's report at 40x12, 60x20,
80x24 and 120x40): panes that share a narrow terminal, a panel that opens on the start of a
match, a matrix whose legend leaves room for its rows, toasts that leave the panel readable."""

from __future__ import annotations

import pytest

from core.reading import SEEDS_DIR
from tui.app import make_app
from tui.screens.main import READER_MIN, MainScreen
from tui.widgets.cross_sources import CrossSources
from tui.widgets.reader import ReaderPane
from tui.widgets.story_list import StoryList
from tests.pilot import ready

SIZES = [(40, 12), (60, 20), (80, 24), (120, 40)]


def _line(widget, y: int) -> str:  # type: ignore[no-untyped-def]
    return " ".join(widget.render_line(y).text.split())


async def _show_stories(pilot, screen: MainScreen) -> StoryList:  # type: ignore[no-untyped-def]
    stories = screen.query_one(StoryList)
    if not stories.display or not stories.region.width:  # folded away below 110 columns
        await pilot.press("s")
        await pilot.pause()
        await pilot.pause()
    return stories


@pytest.mark.parametrize("size", SIZES)
async def test_a_shown_story_list_leaves_the_reader_a_readable_measure_or_the_whole_width(size) -> None:  # type: ignore[no-untyped-def]
    # At 40x12 the list kept 29 columns and left the reader 10.
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=size) as pilot:
        screen = await ready(pilot)
        stories = await _show_stories(pilot, screen)
        reader = screen.query_one(ReaderPane)
        assert stories.region.width > 0
        if reader.region.width:  # beside each other: the reader keeps a readable measure
            assert reader.region.width >= READER_MIN
            assert stories.region.width >= 28  # and the list its titles
        else:  # else the list takes the whole width, and its keys
            assert size[0] < 71
            assert stories.region.width == size[0]
            assert screen.focused is stories


@pytest.mark.parametrize("size", [(40, 12), (60, 20)])
async def test_choosing_in_a_full_width_story_list_shows_the_article(size) -> None:  # type: ignore[no-untyped-def]
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=size) as pilot:
        screen = await ready(pilot)
        stories = await _show_stories(pilot, screen)
        second = app.story.articles[1]  # type: ignore[union-attr]
        stories.highlighted = stories.get_option_index(second.id)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert not stories.display or not stories.region.width
        assert screen.reader.article is second and screen.reader.region.width == size[0]
        assert screen.focused is screen.query_one("#paragraphs")
        await pilot.press("s")  # and s brings the list back, over the whole width again
        await pilot.pause()
        assert stories.region.width == size[0]


async def test_a_short_terminal_keeps_rows_for_the_paragraphs() -> None:
    # At 40x12 the reader's three-line title, credit and standfirst took every row of the reader.
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(40, 12)) as pilot:
        screen = await ready(pilot)
        head = screen.query_one("#reader-head")
        assert head.region.height <= 3  # a line of title, one of credit, the rule under them
        # the story opens on its first report, Global Times's
        assert _line(head, 0).startswith("Qin, Blinken conclude") and _line(head, 0).endswith("…")
        assert screen.reader.paragraphs.region.height >= 3
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:  # where there is room, the whole heading
        screen = await ready(pilot)
        assert "constructive’ talk" in " ".join(_line(screen.query_one("#reader-head"), y) for y in range(3))


def _starts_well(panel: CrossSources, story, here) -> bool:  # type: ignore[no-untyped-def]
    """Whether the panel's top line is its own first line or the highlighted match's first line."""
    top = _line(panel, 0)
    option = panel.highlighted_option
    assert option is not None and option.id is not None
    article, paragraph = option.id.rsplit(":", 1)
    outlet = story.article(article).outlet
    found = next(m for m in story.matches(here) if m.ref.article == article and m.ref.paragraph == int(paragraph))
    first = panel.get_option_at_index(0).prompt.plain.split("\n")[0]  # type: ignore[union-attr]
    return top.startswith(" ".join(first.split())[:20]) or top.startswith(f"{outlet} {found.kind.letter} {found.kind.value}")


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (40, 12)])
async def test_the_panel_shows_the_start_of_the_match_after_a_jump_and_a_resize(size) -> None:  # type: ignore[no-untyped-def]
    # After Enter on a match (and after a resize) the panel opened on the second line of its
    # heading, "differs · [-struck-] left out", neither its first line nor the match's.
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=size) as pilot:
        screen = await ready(pilot)
        panel = screen.query_one(CrossSources)
        await pilot.press("tab", "enter")
        await pilot.pause()
        await pilot.pause()
        here = screen.reader.current
        assert here is not None and here.article != app.story.articles[0].id  # type: ignore[union-attr]
        assert _starts_well(panel, app.story, here)
        for other in [(70, 22), (50, 16), size]:
            await pilot.resize_terminal(*other)
            await pilot.pause()
            await pilot.pause()
            assert _starts_well(panel, app.story, here), other
        # moving on to the next match shows it from its start too
        await pilot.press("tab")
        await pilot.press("j")
        await pilot.pause()
        assert _starts_well(panel, app.story, here)
        assert panel.highlighted_option is not None and not panel.highlighted_option.disabled


async def _open_matrix(pilot):  # type: ignore[no-untyped-def]
    from tui.screens.coverage import CoverageScreen

    await pilot.press("m")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(pilot.app.screen, CoverageScreen)
    return pilot.app.screen


@pytest.mark.parametrize("size", SIZES)
async def test_the_matrix_legend_never_crowds_out_its_rows(size) -> None:  # type: ignore[no-untyped-def]
    # At 40x12 the legend filled the screen (no row of the matrix showed); at 80x24 it took 4 lines.
    from textual.widgets import DataTable

    from tui.screens.coverage import LEGEND, NOT_COMPARED_CELL, LegendScreen

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        matrix = await _open_matrix(pilot)
        table = matrix.query_one(DataTable)
        head = matrix.head
        assert head.region.height <= max(1, size[1] // 8) + 1  # a line per 8 rows at most, and the rule
        rows = table.scrollable_content_region.height - table.header_height
        assert rows >= 3 and rows >= (size[1] - 12) // 2, rows  # at 40x12 three rows, more with more room
        # the fact column and an outlet's column at least, side by side
        widths = [c.get_render_width(table) for c in table.columns.values()]
        assert widths[0] + widths[1] <= table.scrollable_content_region.width
        # n/c (another language: not compared) is over the matrix only in a story of two languages
        marks = [mark for mark, _ in LEGEND if mark != NOT_COMPARED_CELL]
        heading = " ".join(_line(head, y) for y in range(head.region.height))
        inline = all(mark in heading for mark in marks)
        assert inline == (size == (120, 40))  # only a tall screen has room for it there
        await pilot.press("L")  # on demand, at every size
        await pilot.pause()
        legend = app.screen
        assert isinstance(legend, LegendScreen)
        from textual.widgets import Static

        static = legend.query_one(Static)
        shown = " ".join(_line(static, y) for y in range(static.size.height))
        for mark, meaning in LEGEND:
            assert f"{mark} {meaning.split()[0]}" in shown, mark  # every mark, and what it means
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is matrix


async def test_the_matrix_says_which_article_columns_are_scrolled_out_of_view() -> None:
    # User 25 at 80x24: the matrix showed 4 of its columns, h/l scrolled, and nothing said there were more.
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        matrix = await _open_matrix(pilot)
        head = matrix.head
        total = len(matrix.columns)
        assert total > 4

        async def rule_after(*keys: str) -> str:
            await pilot.press(*keys)
            await pilot.pause()
            strips = pilot.app.screen._compositor.render_strips()  # the screen as drawn, borders and all
            return strips[head.region.bottom - 1].text.rstrip()  # the rule under the heading

        assert (await rule_after()).endswith(f"articles 1–4 of {total} · h/l ▸─")
        assert (await rule_after(*"l" * 5)).endswith(f"◂ articles 2–5 of {total} · h/l ▸─")  # the cursor on the 5th
        assert (await rule_after(*"l" * total)).endswith(f"◂ articles {total - 3}–{total} of {total} · h/l─")
        assert (await rule_after(*"h" * (total + 1))).endswith(f"articles 1–4 of {total} · h/l ▸─")
    async with make_app([SEEDS_DIR]).run_test(size=(120, 40)) as pilot:  # every column fits: nothing to say
        await ready(pilot)
        matrix = await _open_matrix(pilot)
        assert len(matrix.body.shown_columns()) == len(matrix.columns)
        assert "h/l" not in pilot.app.screen._compositor.render_strips()[matrix.head.region.bottom - 1].text


def test_the_hint_of_hidden_columns_points_where_they_are() -> None:
    from tui.screens.coverage import hidden_columns_hint

    assert hidden_columns_hint(range(0, 6), 6) == ""
    assert hidden_columns_hint(range(0, 4), 6) == "articles 1–4 of 6 · h/l ▸"
    assert hidden_columns_hint(range(1, 5), 6) == "◂ articles 2–5 of 6 · h/l ▸"
    assert hidden_columns_hint(range(2, 6), 6) == "◂ articles 3–6 of 6 · h/l"
    assert hidden_columns_hint(range(0, 1), 6) == "article 1 of 6 · h/l ▸"


def _notify_two(app) -> None:  # type: ignore[no-untyped-def]
    """Two notices a fresh user saw: a long one with a title, then a warning."""
    app.notify("2 events in these files, a story each (s lists them); `newsprism add` keeps them",
               title="Several stories", timeout=8)
    app.notify("a config value is wrong and its default is used instead", title="Config", severity="warning", timeout=10)


async def test_notices_are_short_go_soon_and_escape_takes_them_away() -> None:
    # A fresh user's notices stayed 8 and 10 seconds, six rows each, over half the panel.
    from textual.widgets._toast import Toast  # the notices' widget: no public name

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await ready(pilot)
        _notify_two(app)
        app.notify("Nothing to go back to", timeout=2)
        await pilot.pause()
        await pilot.pause()
        timeouts = {n.message[:7]: n.timeout for n in app._notifications}
        assert timeouts == {"2 event": 4, "a confi": 6, "Nothing": 2}  # the shorter of asked and allowed
        toasts = list(app.screen.query(Toast))
        assert len(toasts) == 3
        assert all(t.region.height <= 3 for t in toasts)  # title and two lines: no blank rows around them
        panel = screen.query_one(CrossSources).region
        covered = sum(t.region.intersection(panel).area for t in toasts)
        assert covered <= panel.area * 0.45, (covered, panel.area)
        await pilot.press("escape")
        await pilot.pause()
        assert not list(app._notifications) and not list(app.screen.query(Toast))
        assert app.screen is screen and screen.reader.current is not None


@pytest.mark.parametrize("key", ["quotation_mark", "f", "d", "m"])
async def test_a_views_heading_never_crowds_out_its_entries(key: str) -> None:
    # At 40x12 the side by side's heading took six of the twelve rows, the matrix's all of them.
    for size in [(40, 12), (80, 24), (120, 40)]:
        app = make_app([SEEDS_DIR])
        async with app.run_test(size=size) as pilot:
            await ready(pilot)
            await pilot.press(key)
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            head = app.screen.query_one("#view-head")
            lines = [_line(head, y) for y in range(head.region.height - 1)]
            assert 1 <= len(lines) <= max(1, size[1] // 8), (size, lines)
            if size == (40, 12):
                assert lines[0].endswith("…") or len(lines[0]) <= 38
            if key in ("quotation_mark", "d") and size == (120, 40):  # where there is room, the legend too
                assert "left out" in " ".join(lines)


async def test_a_story_chosen_in_a_full_width_list_opens_in_the_reader(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.test_app_library import make_library
    from tui.widgets.story_list import STORY_PREFIX

    app = make_app(library=make_library(tmp_path / "lib.sqlite"))
    async with app.run_test(size=(40, 12)) as pilot:
        main = await ready(pilot)
        stories = await _show_stories(pilot, main)
        assert stories.region.width == 40
        other = next(s for s in main.stories if s.id != main.story_id)
        stories.highlighted = stories.get_option_index(f"{STORY_PREFIX}{other.id}")
        await pilot.press("enter")
        await ready(pilot)
        await pilot.pause()
        assert main.story_id == other.id
        assert not stories.region.width and main.reader.region.width == 40
        assert app.focused is main.reader.paragraphs


@pytest.mark.parametrize("size", [(40, 12), (60, 20), (80, 24)])
async def test_an_open_story_s_header_keeps_its_counts_and_share_read_on_one_line(size, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # At 60 columns a library story's header wrapped "1% read" onto a line of its own.
    from tests.test_app_library import make_library
    from core.library.store import Library

    path = make_library(tmp_path / "lib.sqlite")
    with Library(path) as library:
        widest = max(library.stories(), key=lambda s: (s.first != s.last, s.articles))  # a range of days
    app = make_app(library=path, story=widest.id)
    async with app.run_test(size=size) as pilot:
        main = await ready(pilot)
        await pilot.press("j", "j")
        await pilot.pause()
        stories = await _show_stories(pilot, main)
        await pilot.pause()
        lines = [_line(stories, y) for y in range(stories.region.height)]
        [title] = [n for n, line in enumerate(lines) if line.startswith("▾")]
        counts = next(line for line in lines[title + 1:] if line[:4].isdigit())  # the line after the title's
        assert counts.startswith(widest.first[:10]) and counts.endswith("% read"), lines  # the days, the share read
        if size == (60, 20):  # the list over the whole width: room for the count of articles too
            assert "2023-06-18 – 2023-06-19 · 8 articles · " in counts, lines
        assert not any(line.startswith(("read", "outlets", "articles")) for line in lines), lines  # no stray words


async def test_notices_on_a_small_terminal_keep_to_two_lines_and_one_at_a_time() -> None:
    # At 40x12 three notices of a title and three or four lines each covered the whole reader.
    from textual.widgets._toast import Toast  # the notices' widget: no public name

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(40, 12), notifications=True) as pilot:
        screen = await ready(pilot)
        _notify_two(app)
        await pilot.pause()
        await pilot.pause()
        toasts = list(app.screen.query(Toast))
        assert len(toasts) == 1  # the latest
        [toast] = toasts
        assert toast.region.height <= 2, toast.region  # its title and a line of its message
        lines = [" ".join(toast.render_line(y).text.split()) for y in range(toast.region.height)]
        assert lines[0] == "Config" and lines[1].startswith("a config value") and lines[1].endswith("…"), lines
        await pilot.press("escape")
        await pilot.pause()
        assert not list(app.screen.query(Toast)) and app.screen is screen
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24), notifications=True) as pilot:  # room enough: as before
        await ready(pilot)
        _notify_two(app)
        await pilot.pause()
        await pilot.pause()
        toasts = list(app.screen.query(Toast))
        assert len(toasts) == 2 and max(t.region.height for t in toasts) == 3


#: An article's address as a feed gives it: longer than an 80-column reader, with a query.
ADDRESS = "https://www.coastaltimes.example/news/2026/11/30/energy/nordhaven-vestmar-refinery-fire-fourteen-hurt?utm_source=feed"


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (300, 60), (80, 20)])
async def test_the_reader_heading_gives_the_articles_address_on_one_line(tmp_path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    # A fresh user who must cite sources found an article's address in no view but the JSON.
    import json

    body = "Fourteen workers were hurt in a fire at the Vestmar refinery near Port Arden on Monday, the fire service said."
    rows = [{"source": {"name": outlet}, "title": f"Refinery fire: {outlet}", "publishedAt": "2026-11-30T14:05:00+01:00",
             "url": url, "content": f"{body}\n\nReported by {outlet}."}
            for outlet, url in (("Coastal Times", ADDRESS), ("Harbour Herald", "javascript:alert(1)\x1b]8;;x\x07"))]
    feed = tmp_path / "fire.jsonl"
    feed.write_text("".join(json.dumps(row) + "\n" for row in rows))
    app = make_app([feed])
    async with app.run_test(size=size) as pilot:
        screen = await ready(pilot)
        reader = screen.query_one(ReaderPane)
        story = screen.app.story  # type: ignore[attr-defined]
        by_outlet = {a.outlet: a for a in story.articles}
        reader.show(story, by_outlet["Coastal Times"])
        await pilot.pause()
        if size[1] < 24:  # a short terminal keeps the row for the paragraphs
            assert not screen.query_one("#reader-address").region.height
            return
        shown = _line(screen.query_one("#reader-address"), 0)
        assert screen.query_one("#reader-address").region.height == 1
        if size[0] >= 300:
            assert shown == ADDRESS
        else:  # shortened to the reader's width, the site kept
            assert shown.startswith("coastaltimes.example/") and len(shown) <= reader.region.width - 2
        reader.show(story, by_outlet["Harbour Herald"])
        await pilot.pause()
        shown = _line(screen.query_one("#reader-address"), 0)
        assert shown.startswith("javascript:alert(1)") and "\x1b" not in shown and "\x07" not in shown


async def test_the_heading_says_when_a_report_was_updated_at_80x24(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A fact-checker's finding: a report updated at 16:35 ("three dead") showed only its 09:02
    # publication, and read as if it came out before another outlet's 07:50 "two dead".
    from tests.test_reading_updates import UPDATED, _page

    (tmp_path / "ledger.html").write_bytes(_page(f"<meta property='article:modified_time' content='{UPDATED}'>"))
    app = make_app([tmp_path])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        head = " ".join(_line(screen.query_one("#reader-head"), y) for y in range(4))
        assert "published 2026-12-02 09:02 UTC-05:00 · updated 16:35" in head, head


async def test_an_article_s_title_is_indented_under_its_outlet_in_the_story_list() -> None:
    # Trial 46 F16: the title's lines stood flush with the next article's outlet line, so a
    # title read as belonging to the outlet below it.
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        stories = await _show_stories(pilot, screen)
        article = screen.story.articles[0]  # type: ignore[union-attr]
        lines = [stories.render_line(y).text.rstrip() for y in range(stories.size.height)]
        outlet = next(n for n, line in enumerate(lines) if line.strip().startswith(article.outlet))
        title = next(n for n, line in enumerate(lines) if n > outlet and line.strip() and article.title.startswith(line.strip()[:12]))
        indent = len(lines[outlet]) - len(lines[outlet].lstrip())
        assert len(lines[title]) - len(lines[title].lstrip()) > indent, lines[outlet:title + 1]
