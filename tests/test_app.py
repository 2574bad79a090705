"""Pilot tests: every key does what the help says, asserted on the app's state."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from core.model import Ref
from core.reading import SEEDS_DIR
from tui.app import make_app
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.screens.search import Found, Hit, SearchScreen
from tui.widgets.cross_sources import CrossSources
from tui.widgets.story_list import StoryList
from tests.pilot import open_view as _open_view
from tests.pilot import ready, until


async def test_opens_the_seeds_with_every_article_listed() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        story_list = screen.query_one(StoryList)
        assert story_list.option_count == 1 + 8  # the header and eight articles
        assert screen.reader.current == Ref(app.story.articles[0].id, 0)
        assert app.focused is screen.reader.paragraphs


async def test_j_k_and_arrows_move_between_paragraphs() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("j", "j", "down")
        assert screen.reader.current.paragraph == 3
        await pilot.press("k", "up")
        assert screen.reader.current.paragraph >= 1


async def test_panel_follows_the_focused_paragraph() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        panel = screen.query_one(CrossSources)
        await pilot.press("u")
        ref = screen.reader.current
        assert app.story.matches(ref) == ()
        said = str(panel.get_option_at_index(0).prompt)
        # none found, not none there: the linker misses some rewordings
        # the story opens on its first report (Global Times's, of 2023-06-18)
        assert "Only in Global Times: no other outlet's paragraph is linked to this one (none found" in said
        await pilot.press("n")
        ref = screen.reader.current
        assert app.story.matches(ref)
        assert panel.option_count == 1 + len(app.story.matches(ref))


async def test_n_N_and_u_jump_by_what_others_carry() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        story = app.story
        await pilot.press("n")
        first = screen.reader.current
        assert first.paragraph > 0 and story.matches(first)
        await pilot.press("n")
        second = screen.reader.current
        assert second.paragraph > first.paragraph and story.matches(second)
        await pilot.press("N")
        assert screen.reader.current == first
        await pilot.press("u")
        assert story.matches(screen.reader.current) == ()


async def test_tab_moves_between_panes() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("tab")
        assert app.focused is screen.query_one(CrossSources)
        await pilot.press("shift+tab")
        assert app.focused is screen.reader.paragraphs


async def test_enter_on_a_match_opens_it_and_backspace_returns() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        start = screen.reader.current
        target = app.story.matches(start)[0].ref
        await pilot.press("tab", "enter")
        assert screen.reader.current == target
        assert screen.reader.article.id == target.article
        assert screen.query_one(StoryList).highlighted == 1 + [a.id for a in app.story.articles].index(target.article)
        await pilot.press("backspace")
        assert screen.reader.current == start
        await pilot.press("tab", "enter", "alt+left")
        assert screen.reader.current == start


async def test_choosing_an_article_in_the_story_list_opens_it() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        story_list = screen.query_one(StoryList)
        story_list.focus()
        story_list.highlighted = story_list.get_option_index(next(a.id for a in app.story.articles if a.outlet == "The Hindu"))
        await pilot.press("enter")
        assert screen.reader.article.outlet == "The Hindu"
        assert app.focused is screen.reader.paragraphs


async def test_slash_searches_every_article_and_jumps() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"kissinger")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        hits = app.screen.query_one("#search-hits", OptionList)
        assert hits.option_count >= 1
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert "Kissinger" in app.story.text(screen.reader.current)
        await pilot.press("backspace")
        assert screen.reader.current.paragraph == 0


async def _typed(pilot, *keys: str) -> SearchScreen:  # type: ignore[no-untyped-def]
    """Press *keys* (a first `slash` opens the search) and wait for the search they start: the search screen."""
    await pilot.press(*keys)
    await pilot.app.screen.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, SearchScreen)
    return screen


async def test_a_hit_moved_to_stays_highlighted_as_more_hits_come_in() -> None:
    # A burst of ↓ while the search still ran was lost: each batch of hits rebuilt the list at
    # its first hit, and Enter opened another paragraph than the one chosen.
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        screen = await _typed(pilot, "slash", *"Taiwan")
        hits = screen.query_one("#search-hits", OptionList)
        await pilot.press("down", "down", "down")
        chosen = hits.get_option_at_index(hits.highlighted).id  # type: ignore[arg-type]
        assert hits.highlighted == 2
        found = [(Hit(1, 100.0, True), int(str(hits.get_option_at_index(n).id)[1:])) for n in range(hits.option_count)]
        screen._show(Found(found[::-1], len(found), len(found), 0), [], "taiwan", True)  # a later batch, in another order
        assert hits.get_option_at_index(hits.highlighted).id == chosen  # type: ignore[arg-type]


async def test_the_keyboard_stays_with_the_search_box() -> None:
    # A fresh user typed a word found nowhere, pressed Down: the focus went into the empty list
    # of hits, and Ctrl+U and new typing no longer reached the box (Escape was the only way out).
    # As in any search box, after arrowing into the hits a letter, Backspace or Ctrl+U edits the
    # query too (the list took them and did nothing); the arrows and Enter still work the list.
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        screen = await _typed(pilot, "slash", *"qzxv")
        box, hits = screen.query_one("#search-input", Input), screen.query_one("#search-hits", OptionList)
        assert hits.option_count == 0
        await pilot.press("down")
        assert app.focused is box
        await _typed(pilot, "ctrl+u", *"Taiwa")
        assert box.value == "Taiwa" and hits.option_count >= 2
        await pilot.press("down", "down")
        assert app.focused is hits and hits.highlighted == 1
        await pilot.press("n")
        assert app.focused is box and box.value == "Taiwan"
        await pilot.press("down", "backspace", "backspace")
        assert app.focused is box and box.value == "Taiw"
        await _typed(pilot, "down", "ctrl+u", *"Kissinger")
        assert box.value == "Kissinger"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        assert "Kissinger" in app.story.text(app.screen.reader.current)  # type: ignore[union-attr, attr-defined, arg-type]


async def _search(pilot, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Type *query* into a new search and return its entries' text, once it is done."""
    hits = (await _typed(pilot, "slash", *query)).query_one("#search-hits", OptionList)
    return [str(hits.get_option_at_index(n).prompt) for n in range(hits.option_count)]


async def _search_in(folder: Path, query: str) -> tuple[list[str], int | None]:
    """Open the reader on *folder* at 80x24, search *query*: the entries' text and the highlighted one."""
    app = make_app([folder])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        shown = await _search(pilot, query)
        return shown, app.screen.query_one("#search-hits", OptionList).highlighted


async def test_a_typo_finds_the_word_before_words_that_hold_its_letters() -> None:
    # "Taiwn" once ranked paragraphs with "maintaining" (partial_ratio 80) above those with
    # "Taiwan" (80 too): every hit shown now holds the word.
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        shown = await _search(pilot, "Taiwn")
        assert len(shown) >= 5
        assert all("Taiwan" in text for text in shown[:5]), shown[:5]


async def test_a_paragraph_with_every_word_apart_ranks_above_those_with_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "kovacevic 41": the one paragraph holding both words, far apart, scored no better than
    # those holding "Kovačević" alone, and stood after them.
    from tests.test_app_library import RUNOFF

    (tmp_path / "runoff.txt").write_text(RUNOFF)
    (tmp_path / "runoff2.txt").write_text(
        "Left-green candidate takes Zagreb\n\n"
        "ZAGREB, June 7 - Marija Kovačević won the Zagreb mayoral runoff on Sunday, beating Tomislav Horvat.\n\n"
        "Turnout was 41 percent, the electoral commission said, and Kovačević won in 15 of the 17 districts.\n"
    )
    shown, highlighted = await _search_in(tmp_path, "kovacevic 41")
    assert shown[0].startswith("runoff2 ¶1  100%") and "Turnout was 41 percent" in shown[0], shown
    assert shown[1] == "In this story, with some of the words or words close to them"
    assert highlighted == 0


async def test_a_paragraph_holding_the_query_as_a_phrase_leads_those_with_every_word(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "It's the first cut": three long paragraphs holding the words apart came (100%) before
    # the one line holding the phrase (100% too), which stood 4th.
    (tmp_path / "a.txt").write_text(
        "Harbour board cuts mooring fee\n\n"
        "It is the first time the board has met since the storm, and its cut of the fee was a surprise to the port.\n\n"
        "It is also the first cut the board has made in the fee of the town's slipway, members said.\n\n"
        "It's the first cut since October.\n"
    )
    shown, _ = await _search_in(tmp_path, "It's the first cut")
    assert shown[0].startswith("a ¶2  100%") and "It's the first cut since October." in shown[0], shown
    assert shown[1].startswith("a ¶0  100%") and shown[2].startswith("a ¶1  100%"), shown


MARSK = (
    "Edrian bank cuts its rate\n\n"
    "VARNHOLM, Nov 12 - The Edrian National Bank cut its main rate on Thursday, Governor Helena Marsk told reporters.\n\n"
    "The governor said inflation was coming back to target but the job was not done.\n\n"
    "Marsk would not say whether more cuts would follow before the spring.\n\n"
    "Bond yields fell after the decision and the currency weakened against the euro.\n"
)


async def test_a_misspelt_word_beside_a_right_one_still_finds_the_paragraphs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A fresh user (24): `governer` found the governor's paragraphs and `marsk` Marsk's, but
    # `governer marsk` found nothing: the query was matched fuzzily as one phrase. Each word is
    # matched fuzzily on its own now; the paragraph with both comes first, then those with one.
    (tmp_path / "a.txt").write_text(MARSK)
    app = make_app([tmp_path])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        for query in ("governer marsk", "marsk governer"):
            screen = await _typed(pilot, "ctrl+u", *query) if isinstance(app.screen, SearchScreen) else await _typed(pilot, "slash", *query)
            hits = screen.query_one("#search-hits", OptionList)
            shown = [str(hits.get_option_at_index(n).prompt) for n in range(hits.option_count)]
            assert "Governor Helena Marsk" in shown[0], shown
            assert any("The governor said" in text for text in shown[1:]) and any("Marsk would not" in text for text in shown[1:])
            assert not any("Bond yields" in text for text in shown)
            status = str(screen.query_one("#search-status").render())
            # and the rest said too (a fresh user read "13 in this story (2 ..., 2 more ...)" and missed 9)
            assert status == ("3 in this story (none with every word, 1 with every word or a word close to it, "
                              "2 with some of the words)"), status


async def test_a_paragraph_with_more_of_the_words_ranks_higher(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Ranked by how many of the words (or words close to them) a paragraph holds, then how close.
    (tmp_path / "a.txt").write_text(MARSK)
    shown, _ = await _search_in(tmp_path, "govenor marsk cuts")
    assert "Governor Helena Marsk" in shown[0], shown  # governor, Marsk, cut (close to cuts)
    assert "Marsk would not say whether more cuts" in shown[1], shown  # Marsk, cuts
    assert "The governor said" in shown[2], shown


async def test_escape_closes_search_without_moving() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", "x", "escape")
        assert app.screen is screen and screen.reader.current.paragraph == 0


async def test_help_opens_with_question_mark_and_f1() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q")
        assert isinstance(app.screen, MainScreen)


async def test_toggles_and_narrow_layout() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        assert screen.has_class("-narrow")
        assert not screen.query_one(StoryList).display
        await pilot.press("s")
        await pilot.pause()
        assert screen.query_one(StoryList).display
        # shown, the list takes the keys (a fresh user's j after s moved the reader, not the list)
        assert screen.focused is screen.query_one(StoryList) or screen.query_one(StoryList) in screen.focused.ancestors
        await pilot.press("s")
        await pilot.pause()
        assert not screen.query_one(StoryList).display and screen.focused is screen.query_one("#paragraphs")
        await pilot.press("c")
        assert not screen.query_one(CrossSources).display
        await pilot.press("c")
        assert screen.query_one(CrossSources).display


async def test_command_palette_runs_main_actions() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"next unique")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.story.matches(screen.reader.current) == ()


def test_every_action_with_a_key_is_in_the_command_palette() -> None:
    # A user looked for "move" in the palette (Ctrl+P) and found only merge and split: T was
    # bound but not offered there. Every key's action is, but moving the cursor or the focus,
    # quitting and taking the notices off (U in an emptied library is the palette's undo).
    from tui.app import NewsprismApp, NewsprismCommands
    from tui.screens.main import MainScreen

    offered = {action.split(".", 1)[1] for _, action, _ in NewsprismCommands.COMMANDS}
    moving = {"quit", "cursor('down')", "cursor('up')", "cursor('first')", "cursor('last')", "dismiss_notices", "undo_emptied", "app.focus_next", "app.focus_previous"}
    bound = {b.action for b in [*NewsprismApp.BINDINGS, *MainScreen.BINDINGS]}  # type: ignore[union-attr]
    assert "move_article" in offered and "undo_change" in offered
    assert bound - moving - offered == set()


async def test_mouse_click_on_a_match_opens_it() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        target = app.story.matches(screen.reader.current)[0].ref
        # Row 3 is inside the first match, below the two-line header of the panel.
        await pilot.click(CrossSources, offset=(5, 3))
        await pilot.pause()
        assert screen.reader.current == target
        # A click in the reader moves the focused paragraph.
        await pilot.press("backspace")
        await pilot.click("#paragraphs", offset=(10, 12))  # below the opening paragraph (ten lines)
        await pilot.pause()
        assert screen.reader.current.paragraph >= 1


async def test_q_quits() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("q")
    assert app.return_code == 0


async def test_ctrl_c_quits_but_copies_in_the_search_box() -> None:
    # Two fresh users over SSH pressed Ctrl+C to leave and were told to press another key.
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("slash", "B", "l", "i", "n", "k", "e", "n")
        await pilot.press("ctrl+c")  # in the search box: the box's own key (copy), not quitting
        await pilot.pause()
        assert app.is_running
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert app.return_code == 130 and not app.is_running  # an interrupted command's status (q gives 0)


async def test_ctrl_c_while_the_story_loads_quits_with_the_status_of_an_interrupt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh user's Ctrl+C while 301 files were grouped and linked quit with status 0."""
    import threading

    from core.linking.story import Story

    linking, done = threading.Event(), threading.Event()
    build = Story.build.__func__  # type: ignore[attr-defined]

    def slow_build(cls, *args, **kwargs):  # type: ignore[no-untyped-def]
        linking.set()
        done.wait(10)  # linking goes on until the test is done
        return build(cls, *args, **kwargs)

    monkeypatch.setattr(Story, "build", classmethod(slow_build))
    app = make_app([SEEDS_DIR])
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            while not linking.is_set():
                await pilot.pause(0.01)
            await pilot.press("ctrl+c")
            await pilot.pause()
            assert app.story is None
    finally:
        done.set()
    assert app.return_code == 130


async def test_no_readable_article_exits_with_a_message(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = make_app([tmp_path / "missing.txt"])
    async with app.run_test(size=(80, 24)) as pilot:
        # The app exits by itself, cancelling its loader: wait for the exit, not the worker.
        for _ in range(300):
            if app.return_code is not None:
                break
            await pilot.pause(0.01)
    assert app.return_code == 2


async def test_hostile_text_reaches_no_widget_raw(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "evil.txt"
    page.write_text("Headline [bold]with[/bold] [link=http://x]markup[/link]\n\nA body \x1b]52;c;aGk=\x07 paragraph with a stray [/bold] tag, long enough.\n")
    app = make_app([page])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        assert screen.reader.article.title.startswith("Headline [bold]")
        assert "\x1b" not in screen.reader.article.paragraphs[0]


def _long_article(tmp_path, paragraphs: int = 400):  # type: ignore[no-untyped-def]
    body = "\n\n".join(f"Paragraph number {n} of a long report on the harbour strike, with detail {n * 7}." for n in range(paragraphs))
    page = tmp_path / "long.txt"
    page.write_text(f"A long report on the harbour strike\n\n{body}\n")
    return page


async def test_long_article_reads_beyond_the_reader_window(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tui.widgets.reader import WINDOW

    app = make_app([_long_article(tmp_path)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        reader = screen.reader
        assert reader.paragraphs.option_count <= WINDOW + 2  # a window, not the article
        await pilot.press("end")
        assert reader.current.paragraph == 399
        await pilot.press("home")
        assert reader.current.paragraph == 0
        reader.go_to(WINDOW - 1)  # the window's last paragraph
        await pilot.press("j", "j")
        assert reader.current.paragraph == WINDOW + 1
        await pilot.press("k", "k", "k")
        assert reader.current.paragraph == WINDOW - 2
        await pilot.press("slash", *"number 377", "enter")
        await pilot.pause()
        assert reader.current.paragraph == 377


async def test_one_paragraph_past_the_window_is_counted_as_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tui.widgets.reader import WINDOW

    app = make_app([_long_article(tmp_path, WINDOW + 1)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        last = screen.reader.paragraphs.get_option_at_index(screen.reader.paragraphs.option_count - 1)
        assert str(last.prompt) == "↓ 1 paragraph below"


async def test_clicking_more_moves_the_window(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = make_app([_long_article(tmp_path)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        reader = screen.reader
        await pilot.press("end")
        await pilot.pause()
        first_shown = int(reader.paragraphs.get_option_at_index(1).id)
        # The first entry is "more above"; clicking it shows the paragraph before the window.
        reader.paragraphs.scroll_home(animate=False)
        await pilot.pause()
        await pilot.click("#paragraphs", offset=(10, 0))
        await pilot.pause()
        assert reader.current.paragraph == first_shown - 1


async def test_quotes_view_opens_where_a_wording_appears_and_back_returns() -> None:
    from tui.screens.quotes import QuotesScreen

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        start = screen.reader.current
        quotes = await _open_view(pilot, "quotation_mark", QuotesScreen)
        chosen = quotes.refs[quotes.query_one(OptionList).get_option_at_index(1).id]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and screen.reader.current == chosen
        await pilot.press("backspace")
        assert screen.reader.current == start
        await pilot.press("quotation_mark")
        await app.workers.wait_for_complete()
        await pilot.press("escape")
        assert app.screen is screen


async def test_coverage_matrix_cell_opens_its_paragraph() -> None:
    from textual.coordinate import Coordinate
    from textual.widgets import DataTable

    from core.views.facts import facts
    from tui.screens.coverage import CoverageScreen

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        matrix = await _open_view(pilot, "m", CoverageScreen)
        table = matrix.query_one(DataTable)
        # A row per fact, a column per outlet (the seeds hold eight) after the facts column.
        assert table.row_count == len(facts(matrix.story)) and len(table.columns) == 1 + 8
        # the top fact's cell of the next outlet reporting it after the first column's
        column = next(col for col in range(2, 9) if Coordinate(0, col) in matrix.cells)
        await pilot.press(*"l" * column)
        expected = matrix.cells[Coordinate(0, column)]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and screen.reader.current == expected
        await _open_view(pilot, "m", CoverageScreen)
        empty = next(c for c in (Coordinate(0, col) for col in range(1, 9)) if c not in app.screen.cells)
        app.screen.query_one(DataTable).cursor_coordinate = empty
        await pilot.press("enter")
        assert isinstance(app.screen, CoverageScreen)  # nothing to open: it stays


async def test_an_outlets_two_articles_have_a_matrix_column_each(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A fresh user's matrix gave The Harbour Times one column for its two articles: the rows
    # "The Lindqvist Star turned over…" and "Prime Minister Helena Ravik…" both read ¶0 there.
    from textual.coordinate import Coordinate
    from textual.widgets import DataTable, Static

    from tests.two_articles import write_jsonl
    from tui.screens.coverage import CoverageScreen

    app = make_app([write_jsonl(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        matrix = await _open_view(pilot, "m", CoverageScreen)
        table = matrix.query_one(DataTable)
        headings = [str(c.label).split("\n") for c in table.ordered_columns[1:]]
        assert headings == [["The Harbour", "Times", "Lake Varsen f…"], ["The Harbour", "Times", "Ravik declare…"], ["Ostrand Herald"]]
        assert table.header_height == 3
        early, late = (a.id for a in matrix.story.articles if a.outlet == "The Harbour Times")
        assert matrix.columns[:2] == [early, late]
        head = " ".join(matrix.head.render_line(y).text for y in range(matrix.head.region.height))
        assert "2 in several outlets" in head  # the paper counts once: its second article's flags are in one
        capsized = next(n for n, f in enumerate(matrix.rows) if Ref(early, 0) in f.paragraphs)
        mourning = next(n for n, f in enumerate(matrix.rows) if Ref(late, 0) in f.paragraphs)
        assert [str(table.get_cell_at(Coordinate(capsized, c))) for c in (1, 2)] == ["¶0 V*", "—"]
        assert [str(table.get_cell_at(Coordinate(mourning, c))) for c in (1, 2)] == ["—", "¶0 V*"]
        table.cursor_coordinate = Coordinate(mourning, 2)
        await pilot.pause()
        detail = str(matrix.query_one("#matrix-text", Static).render())
        assert "The Harbour Times “Ravik declares day…” ¶0" in detail
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and screen.reader.current == Ref(late, 0)


async def test_the_panel_quotes_and_figures_name_an_outlets_two_articles_apart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "The Harbour Times ¶0" named two paragraphs of a fresh user's story in the matrix; the
    # panel and the quotes and figures views named paragraphs the same way.
    from tests.two_articles import write_jsonl
    from tui.screens.figures import FiguresScreen
    from tui.screens.quotes import QuotesScreen

    early, late = "The Harbour Times “Lake Varsen ferry…”", "The Harbour Times “Ravik declares day…”"
    app = make_app([write_jsonl(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        story = app.story
        assert story is not None
        panel = screen.query_one(CrossSources)
        [herald] = [a.id for a in story.articles if a.outlet == "Ostrand Herald"]
        panel.show(story, Ref(herald, 1))
        assert any(str(panel.get_option_at_index(n).prompt).startswith(f"{late} V verbatim") for n in range(panel.option_count))

        def shown(view) -> str:  # type: ignore[no-untyped-def]
            prompts = (view.body.get_option_at_index(n).prompt for n in range(view.body.option_count))
            return " ".join(str(getattr(prompt, "body", prompt)) for prompt in prompts)  # a Gutter's text is its body

        quotes = await _open_view(pilot, "quotation_mark", QuotesScreen)
        assert f"{early} ¶2, {late} ¶2" in shown(quotes) and f"by {late} ¶2" in shown(quotes)
        await pilot.press("escape")
        figures = await _open_view(pilot, "f", FiguresScreen)
        assert f"{early} ¶0  " in shown(figures) and "Ostrand Herald ¶0  " in shown(figures)


async def test_the_matrix_counts_facts_as_the_export_does() -> None:
    # A fresh user's matrix said "6 in several outlets, 13 in one" and the export of the same
    # story "9 facts reported by several outlets, 10 by one": the export counted the facts
    # other outlets report under another fact (its ~¶n cells), the matrix did not.
    import re

    from core.reading import read_paths
    from core.linking.story import Story
    from core.views.export import to_markdown
    from core.views.facts import facts
    from tui.screens.coverage import CoverageScreen

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        matrix = await _open_view(pilot, "m", CoverageScreen)
        head = " ".join(matrix.head.render_line(y).text for y in range(matrix.head.region.height))
    several, one = map(int, re.search(r"(\d+) in several outlets .*?(\d+) with no other outlet linked", head).groups())
    story = Story.build(read_paths([SEEDS_DIR])[0])
    exported = to_markdown(story, facts(story), [], [])
    assert (f"{several} facts reported by several outlets (W: wire copy), {one} with no other outlet linked (not reported "
            "elsewhere, or reworded past what the linker finds).") in exported


async def test_the_matrix_lays_itself_out_again_on_a_resize() -> None:
    # Scrolled across at 80x24 and widened to 120x40, the matrix kept the narrow widths and
    # its scroll: the outlets' headings came out cut ("onews"). Now it refits, on the same cell.
    from textual.widgets import DataTable

    from tui.screens.coverage import CoverageScreen

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        matrix = await _open_view(pilot, "m", CoverageScreen)
        table = matrix.query_one(DataTable)
        await pilot.press(*"lllll")
        await pilot.pause()
        narrow = [c.width for c in table.columns.values()]
        where = table.cursor_coordinate
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        assert [c.width for c in table.columns.values()] != narrow
        assert sum(c.width for c in table.columns.values()) + 2 * len(table.columns) <= 120
        assert table.cursor_coordinate == where and table.scroll_x == 0


async def test_panel_names_the_likely_origin_of_wire_copy(tmp_path) -> None:  # type: ignore[no-untyped-def]
    wire = "The port authority said on Tuesday that the strike had ended after nine days of talks with the union leaders."
    for name, day, extra in (("wire", "March 1, 2024", ""), ("daily", "March 2, 2024", " Local reaction followed."), ("weekly", "March 5, 2024", " Analysis follows below.")):
        (tmp_path / f"{name}.txt").write_text(f"{name.title()} report on the harbour strike\n\n{day}\n\n{wire}{extra}\n")
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        panel = screen.query_one(CrossSources)
        prompts = [str(panel.get_option_at_index(n).prompt) for n in range(panel.option_count)]
        assert any("Likely origin: wire" in p and "first to publish these words (2024-03-01)" in p for p in prompts)


async def test_panel_says_a_dateline_credit_names_the_origin(tmp_path) -> None:  # type: ignore[no-untyped-def]
    wire = "The port authority said on Tuesday that the strike had ended after nine days of talks with the union leaders."
    (tmp_path / "agency.txt").write_text(f"Harbour strike ends\n\nSource: Kestrel Wire Agency\n\n{wire}\n")
    (tmp_path / "daily.txt").write_text(f"Harbour strike over\n\nMarch 2, 2024\n\nPORT ELLEN (KWA) - {wire}\n")
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        panel = screen.query_one(CrossSources)
        prompts = [str(panel.get_option_at_index(n).prompt) for n in range(panel.option_count)]
        assert not any("first to publish" in p for p in prompts)
        assert any("Likely origin: Kestrel Wire Agency, credited in the dateline of daily" in p for p in prompts), prompts


async def test_the_matrix_marks_the_origin_the_panel_names_an_agencys_own_page(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A fresh user's runoff: AFP's own page "AFP World" and Balkan Daily, both under "ZAGREB,
    # June 7 (AFP)". The panel said "Likely origin: AFP", the matrix marked no cell *.
    import json

    from textual.coordinate import Coordinate
    from textual.widgets import DataTable, Static

    from tui.screens.coverage import CoverageScreen

    body = "\n\n".join((
        "ZAGREB, June 7 (AFP) - Left-green candidate Marija Kovacevic won the Zagreb mayoral runoff on Sunday, beating "
        "conservative Tomislav Horvat with 52.4 percent of the vote.",
        "Horvat did not immediately concede, and told reporters at his campaign headquarters that he would wait for every vote to be counted.",
    ))
    lines = [json.dumps({"title": "Kovacevic wins Zagreb runoff", "source": {"name": name}, "publishedAt": when, "body": body})
             for name, when in (("Balkan Daily", "2026-06-07T22:40:00+02:00"), ("AFP World", "2026-06-07T22:50:00+02:00"))]
    (tmp_path / "vote.jsonl").write_text("\n".join(lines) + "\n")
    said = "Likely origin: AFP World (AFP's own copy), credited in the dateline of Balkan Daily"
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        panel = screen.query_one(CrossSources)
        prompts = [str(panel.get_option_at_index(n).prompt) for n in range(panel.option_count)]
        assert said in prompts, prompts
        matrix = await _open_view(pilot, "m", CoverageScreen)
        table = matrix.query_one(DataTable)
        outlets = [matrix.story.article(a).outlet for a in matrix.columns]
        cells = [[str(table.get_cell_at(Coordinate(row, column))) for column in (1, 2)] for row in range(table.row_count)]
        assert table.row_count == 2 and all(row[outlets.index("AFP World")].endswith("V*") for row in cells), cells
        assert all(row[outlets.index("Balkan Daily")].endswith(" V") for row in cells), cells
        assert said in str(matrix.query_one("#matrix-text", Static).render())


async def test_side_by_side_opens_cycles_and_enter_opens_a_paragraph() -> None:
    from tui.screens.collation import CollationScreen

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        view = await _open_view(pilot, "d", CollationScreen)
        assert view.left == screen.reader.article.id and view.right == view.others[0]
        first_right = view.right
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert view.right == view.others[1] != first_right
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.reader.current == view.refs["2"]


async def test_side_by_side_marks_a_second_paragraph_linked_to_an_aligned_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A fresh user's broadcaster: "It's the first cut since October." is linked to the long first
    # paragraph of the other outlet, which stands beside the broadcaster's first; side by side
    # showed it "only on the left (<)". It now says which paragraph it is linked to, and where.
    from tests.pilot import prompt_text
    from tui.screens.collation import CollationScreen

    (tmp_path / "a.txt").write_text(
        "Harbour board cuts mooring fee\n\nThe Kestrel Harbour Board has cut its mooring fee to 12 dollars a night.\n\n"
        "It's the first cut since October.\n\nThe board's chair, Ada Lind, said fewer ships had called at the port this winter.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Kestrel harbour lowers mooring fee\n\nThe Kestrel Harbour Board cut its mooring fee by two dollars to 12 dollars a "
        "night on Wednesday, its first reduction since October, and said fewer fishing boats were using the quays.\n\n"
        "Harbour chair Ada Lind said fewer ships had called at the port this winter than in any year since 2016.\n\n"
        "The next review of the fees is due in April.\n"
    )

    def text_of(prompt: object) -> str:
        return " ".join(prompt_text(prompt).split())

    app = make_app([tmp_path / "a.txt", tmp_path / "b.txt"])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        assert screen.reader.article.outlet == "a"
        view = await _open_view(pilot, "d", CollationScreen)
        rows = [text_of(view.body.get_option_at_index(n).prompt) for n in range(view.body.option_count)]
        assert rows[1].startswith("It's the first cut since October. P ↑ also linked to “The Kestrel Harbour Board cut its"), rows
        assert rows[1].endswith("”, shown above"), rows
        head = " ".join(str(view.head.render()).split())
        assert "1 linked to a paragraph beside another (↑↓), 0 only on the left (<)" in head, head


async def test_side_by_side_counts_one_aligned_paragraph_in_the_singular(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A fresh user's heading read "1 paragraphs aligned".
    from tui.screens.collation import CollationScreen

    chair = "The Kestrel Harbour Board's chair, Ada Lind, said fewer ships had called at the port this winter."
    (tmp_path / "a.txt").write_text(f"Kestrel harbour chair on ships\n\n{chair}\n")
    (tmp_path / "b.txt").write_text(
        f"Kestrel harbour lowers mooring fee\n\n{chair}\n\nThe next review of the Kestrel fees is due in April.\n"
    )
    app = make_app([tmp_path / "a.txt", tmp_path / "b.txt"])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        view = await _open_view(pilot, "d", CollationScreen)
        head = " ".join(str(view.head.render()).split())
        assert ": 1 paragraph aligned, " in head, head


async def test_figures_view_lists_the_disagreement_and_opens_a_paragraph() -> None:
    from tui.screens.figures import FiguresScreen

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        view = await _open_view(pilot, "f", FiguresScreen)
        assert "≠" in str(view.body.get_option_at_index(0).prompt)
        await pilot.press("j", "enter")
        await pilot.pause()
        assert app.screen is screen and screen.reader.current == view.refs["0:1"]


async def test_side_by_side_on_a_one_article_story_says_why_not(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "one.txt"
    page.write_text("A lone headline about the harbour\n\nThe harbour reopened on Monday after repairs that took the winter.\n")
    app = make_app([page])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("d")
        await pilot.pause()
        assert app.screen is screen
        assert any("needs two articles" in n.message for n in app._notifications)


async def test_a_big_story_lists_its_articles_a_page_at_a_time(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tui.widgets.story_list import ARTICLE_PAGE

    wire = "The port authority said on Tuesday that the strike had ended after nine days of talks with the union leaders."
    total = ARTICLE_PAGE + 30
    for n in range(total):
        (tmp_path / f"{n:03d}.txt").write_text(f"Outlet {n} report on the harbour strike\n\n{wire} Reaction {n} followed in town {n}.\n")
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        stories = screen.query_one(StoryList)
        ids = [o.id for o in stories.options if o.id]
        assert len(ids) == ARTICLE_PAGE + 1 and ids[-1] == "more-articles"
        articles = screen.story.articles
        # Opening an article beyond the page (as a jump from the panel does) lists it.
        screen.open(Ref(articles[ARTICLE_PAGE + 10].id, 0))
        await pilot.pause()
        assert stories.highlighted_article == articles[ARTICLE_PAGE + 10].id
        assert "more-articles" not in {o.id for o in stories.options}
        assert len([o for o in stories.options if o.id]) == total
    async with make_app([tmp_path]).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        stories = screen.query_one(StoryList)
        stories.focus()
        stories.highlighted = stories.get_option_index("more-articles")
        await pilot.press("enter")
        await pilot.pause()
        # Enter on the entry lists the rest and moves on to the first article it brought in.
        assert len([o for o in stories.options if o.id]) == total
        assert stories.highlighted_article == screen.story.articles[ARTICLE_PAGE].id


async def test_wire_copy_in_many_outlets_is_collated_a_page_at_a_time(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tui.widgets.cross_sources import MATCH_PAGE

    wire = "The port authority said on Tuesday that the strike had ended after nine days of talks with the union leaders."
    outlets = MATCH_PAGE + 15
    for n in range(outlets + 1):
        (tmp_path / f"{n:03d}.txt").write_text(f"Outlet {n} report on the harbour strike\n\n{wire}\n")
    async with make_app([tmp_path]).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        panel = screen.query_one(CrossSources)
        ids = [o.id for o in panel.options if o.id]
        assert len(ids) == MATCH_PAGE + 1 and ids[-1] == "more-matches"
        panel.focus()
        panel.highlighted = panel.get_option_index("more-matches")
        await pilot.press("enter")
        await pilot.pause()
        # The entry lists the rest, and the cursor is on the first match it brought in.
        assert len([o for o in panel.options if o.id]) == outlets
        assert panel.highlighted == panel.get_option_index(ids[-2]) + 1
        # Showing the same paragraph again keeps the longer list; another one starts from a page.
        screen.open(screen.reader.current)
        await pilot.pause()
        assert len([o for o in panel.options if o.id]) == outlets
        screen.open(Ref(screen.story.articles[1].id, 0))
        await pilot.pause()
        assert len([o for o in panel.options if o.id]) == MATCH_PAGE + 1


async def test_a_search_hit_chosen_over_a_view_closes_the_views_and_shows_it() -> None:
    from tui.screens.coverage import CoverageScreen
    from tui.screens.figures import FiguresScreen
    from tui.screens.quotes import QuotesScreen

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        for key, view in (("m", CoverageScreen), ("quotation_mark", QuotesScreen), ("f", FiguresScreen)):
            await _open_view(pilot, key, view)
            await pilot.press("slash", *"kissinger")
            await app.screen.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is screen, view  # the hit is where the user looks, not under the view
            assert "Kissinger" in app.story.text(screen.reader.current)
            screen.reader.go_to(0)


async def test_a_view_chosen_over_another_view_opens_in_the_reader() -> None:
    from tui.screens.coverage import CoverageScreen
    from tui.screens.quotes import QuotesScreen

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await _open_view(pilot, "quotation_mark", QuotesScreen)
        matrix = await _open_view(pilot, "m", CoverageScreen)
        expected = matrix.cells[matrix.body.cursor_coordinate]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and screen.reader.current == expected


async def test_the_matrix_scrolls_across_whole_columns_only() -> None:
    """No sliver of a column (a piece of a two-line heading) shows beside the fact column."""
    from textual.geometry import Region

    from tui.screens.coverage import CoverageScreen

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        matrix = await _open_view(pilot, "m", CoverageScreen)
        table = matrix.body
        fixed = table.ordered_columns[0].get_render_width(table)
        widths = [c.get_render_width(table) for c in table.ordered_columns[1:]]
        starts = {sum(widths[:n]) for n in range(len(widths) + 1)}
        window = table.scrollable_content_region.width - fixed
        assert table.max_scroll_x > 0 and table.max_scroll_x in starts  # the last position is an edge too
        assert window % widths[0] == 0  # whole outlet columns beside the facts

        def heading() -> list[str]:
            strips = table.render_lines(Region(0, 0, table.size.width, 2))
            return [strip.text[fixed : fixed + window].split() for strip in strips]

        seen = []
        for _ in range(len(widths)):
            await pilot.press("l")
            await pilot.pause()
            assert table.scroll_x in starts, table.scroll_x
            first = int(table.scroll_x) // widths[0]  # the first outlet shown
            top, second = heading()
            names = [matrix.names[matrix.columns[n]].outlet for n in range(first, first + window // widths[0])]
            assert top + second and all(word in " ".join(names).split() for word in top + second), (top, second, names)
            seen.append(table.scroll_x)
        assert seen[-1] == table.max_scroll_x
        for target in (5, 17, table.max_scroll_x - 3):  # the wheel or the scrollbar: any position
            table.scroll_to(x=target, animate=False)
            await pilot.pause()
            assert table.scroll_x in starts
        for _ in range(len(widths)):
            await pilot.press("h")
            await pilot.pause()
            assert table.scroll_x in starts
        assert table.scroll_x == 0


async def test_a_file_repeating_another_is_told_once_in_the_reader(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.test_cli import _PAGE

    first, second = tmp_path / "a.html", tmp_path / "b.html"
    first.write_bytes(_PAGE.format(charset="windows-1252").encode("cp1252"))
    second.write_bytes(_PAGE.format(charset="utf-8").encode("utf-8"))
    app = make_app([first, second])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert len(app.story.articles) == 1
        note = f"{second}: the same article as {first}, shown once"
        assert app.notes == [note]  # the command line prints them on stderr after the reader
        # the reader says it in short, by the files' names: a long path covered the panel
        assert [n.message for n in app._notifications] == ["b.html repeats a.html"]


@pytest.mark.parametrize("unreadable", [2, 6])
async def test_every_input_skipped_is_told_and_printed_on_quitting(tmp_path, unreadable) -> None:  # type: ignore[no-untyped-def]
    # A tester's folder of nine unreadable files and three readable ones: the reader named two.
    shutil.copy(sorted(SEEDS_DIR.glob("*.txt"))[0], tmp_path / "report.txt")
    for n in range(unreadable):
        (tmp_path / f"broken{n}.txt").write_bytes(b"")
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        skipped = [n for n in app._notifications if str(n.title).startswith("Skipped")]
        if unreadable <= 3:
            assert sorted(str(n.message) for n in skipped) == [f"{tmp_path / f'broken{n}.txt'}: empty file" for n in range(unreadable)]
        else:
            [note] = skipped
            assert note.title == f"Skipped {unreadable} inputs"
            assert str(note.message) == "broken0.txt, broken1.txt, broken2.txt, broken3.txt and 2 more (each named on quitting)"
        assert [m for m in app.notes if "broken" in m] == [f"{tmp_path / f'broken{n}.txt'}: empty file" for n in range(unreadable)]


async def test_the_story_header_names_the_story_and_keeps_its_counts_on_one_line() -> None:
    # A fresh user saw "Story  8 articles" over the seeds' articles: the story had no name there.
    from rich.console import Console

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("s")  # the story list, folded away at 80 columns
        await pilot.pause()
        story_list = screen.query_one(StoryList)
        width = story_list.scrollable_content_region.width
        header = story_list.get_option_at_index(0).prompt
        lines = ["".join(s.text for s in line).rstrip() for line in Console(width=width).render_lines(header, pad=False)]
        headline = app.story.headline  # type: ignore[union-attr]
        assert headline and " ".join(line[2:] for line in lines[:-1]) == headline  # the name, as a library names it
        assert lines[0].startswith("▾ ")
        assert lines[-1].strip() == f"8 articles · {len(app.story.links)} links" and len(lines[-1]) <= width


def test_matrix_headings_break_between_words_and_cut_with_an_ellipsis() -> None:
    """An outlet's name over two heading lines never splits inside a word ("harborwir" / "e-wire")."""
    from tui.screens.coverage import CoverageScreen

    cases = {
        ("harborwire-wire", 9): ["harborwi…", "wire"],
        ("Harbor Wire", 9): ["Harbor", "Wire"],
        ("Valmora Evening Post", 9): ["Valmora", "Evening…"],
        ("South China Morning Post", 12): ["South China", "Morning Post"],
        ("Euronews", 9): ["Euronews"],
    }
    for (name, width), lines in cases.items():
        heading = CoverageScreen._heading(name, width)
        assert heading.plain.split("\n") == lines
        assert all(line.cell_len <= width for line in heading.split("\n"))


async def test_a_subhead_reads_as_a_heading_and_unique_jumps_pass_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A fresh user's page subhead "Traffic disruption" was marked a unique paragraph, and `u`
    # stopped on it.
    (tmp_path / "post.html").write_text(
        "<html><head><title>Fire at Kessel terminal</title></head><body><article><h1>Fire at Kessel terminal</h1>"
        "<p>A fire at the Kessel container terminal injured three dock workers on Tuesday, the fire service said.</p>"
        "<h2>Traffic disruption</h2>"
        "<p>Police closed the ring road around the port until the evening, the city council said in a statement.</p>"
        "</article></body></html>", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        article = app.story.articles[0]  # type: ignore[union-attr]
        [(heading, text)] = article.subheads
        assert text == "Traffic disruption"
        reader = screen.reader
        prompt = reader.paragraphs.get_option(str(heading)).prompt
        assert "·" not in str(prompt.mark.plain) and prompt.body.style == "bold"  # type: ignore[attr-defined]
        reader.go_to(heading - 1)
        await pilot.press("u")
        await pilot.pause()
        assert reader.current == Ref(article.id, heading + 1)
        # Nor is it "only in" its outlet in the panel, nor one of the article's paragraphs in the
        # story list's count (a fresh user's "What the firefighters say" was both).
        from tests.pilot import prompt_text
        from tui.widgets.story_list import StoryList

        reader.go_to(heading)
        await pilot.pause()
        said = prompt_text(screen.query_one(CrossSources).get_option_at_index(0).prompt)
        assert "Only in" not in said and "subhead" in said, said
        rows = screen.query_one(StoryList)
        listed = " ".join(prompt_text(rows.get_option_at_index(n).prompt) for n in range(rows.option_count))
        assert "0/2 shared" in listed, listed


async def test_the_gutter_marks_a_copy_whose_figures_differ(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A fresh user's wire copy changed to "Fifteen ... until Friday" read "1V" in the gutter, a
    # plain copy to anyone scanning it; only the panel said what differed.
    wire = ("12 people were still missing on Tuesday night, police said, and divers would keep searching "
            "the lake until Thursday.")
    lead = "The ferry Lindqvist Star overturned in high winds near Holmvik on Lake Varn on Tuesday evening."
    (tmp_path / "herald.txt").write_text(
        f"Ferry capsizes on Lake Varn\n\nBy A, Lake Herald\n\n{wire}\n\n{lead}\n\nThe harbour at Holmvik stayed shut.\n",
        encoding="utf-8")
    (tmp_path / "daily.txt").write_text(
        "Ferry capsizes on Lake Varn\n\nBy B, Valley Daily\n\n" + wire.replace("12", "Fifteen").replace("Thursday", "Friday")
        + f"\n\n{lead}\n\nA vigil was held in the square.\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        marks = [screen.reader.paragraphs.get_option(str(i)).prompt.mark.plain for i in range(3)]  # type: ignore[attr-defined]
        assert marks[0].startswith("1V") and "≠" in marks[0]  # the copy with other figures
        assert marks[1].startswith("1V") and "≠" not in marks[1]  # the copy word for word
        assert "≠" not in marks[2]


async def test_the_matrix_marks_edited_copy_and_says_what_changed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A fresh user's court story: the Ledger's reprint turns the wire's "does not oblige" into
    # "obliges", the reader's gutter shows "2V≠", and the matrix showed a plain "¶6 V".
    from textual.coordinate import Coordinate
    from textual.widgets import DataTable, Static

    from tests.edited_copy import write_jsonl
    from tui.screens.coverage import LEGEND, CoverageScreen

    app = make_app([write_jsonl(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        matrix = await _open_view(pilot, "m", CoverageScreen)
        table = matrix.query_one(DataTable)
        wire, courier, ledger = (matrix.columns.index(a.id) + 1 for a in matrix.story.articles)
        row = {matrix.story.text(f.lead).split()[1]: n for n, f in enumerate(matrix.rows)}
        repay, fines, ruling = row["ruling"], row["city"], row["regional"]

        def shown(r: int, c: int) -> str:
            return table.get_cell_at(Coordinate(r, c)).plain

        assert [shown(repay, c) for c in (wire, courier, ledger)] == ["¶2 V*", "¶2 V", "¶2 V≠"]
        assert [shown(fines, c) for c in (wire, courier, ledger)] == ["¶1 V*", "¶1 V≠", "¶1 V"]
        assert "≠" not in "".join(shown(ruling, c) for c in (wire, courier, ledger))
        assert any(mark == "≠" for mark, _ in LEGEND)
        table.cursor_coordinate = Coordinate(repay, ledger)
        await pilot.pause()
        detail = str(matrix.query_one("#matrix-text", Static).render())
        assert "≠ from the row's fact: does not oblige → obliges (negation)" in detail
        table.cursor_coordinate = Coordinate(repay, courier)
        await pilot.pause()
        assert "≠" not in str(matrix.query_one("#matrix-text", Static).render())


def test_the_loaders_progress_after_the_screens_are_gone_is_dropped() -> None:
    # A fresh clone's CI under load: the reading worker's progress message came as a test's app
    # closed, and showing it raised "No screens on stack" (the app's own screen property).
    from tui.messages import LoadProgress

    app = make_app([SEEDS_DIR])
    assert app.screen_stack == []
    app._progress(LoadProgress(0.5, "Linking…"))  # nothing to show it on: nothing happens


async def test_an_unlinked_paragraph_names_the_figures_other_outlets_give_beside_its_own(tmp_path: Path) -> None:
    # A trial's toll paragraphs were "only in" their outlet in the panel while the figures view set
    # their 8 dead beside the wire's 7: the panel now says which of its quantities others give.
    (tmp_path / "a.txt").write_text(
        "Dam bursts in the Souto valley\n\nAn earth dam in the Souto valley burst before dawn on Tuesday, the regional "
        "authority said.\n\nAt least eight people have died and 15 are missing, rescue officials told the Tribune.\n")
    (tmp_path / "b.txt").write_text(
        "Souto valley dam fails\n\nAn earth dam in the Souto valley burst before dawn on Tuesday, the regional authority "
        "said.\n\nThe flood killed seven people in three villages below the reservoir, firefighters said as the search went on.\n")
    app = make_app([tmp_path / "a.txt", tmp_path / "b.txt"])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        panel = screen.query_one(CrossSources)
        toll = next(Ref(a.id, i) for a in app.story.articles for i, p in enumerate(a.paragraphs) if p.startswith("At least eight"))
        assert app.story.matches(toll) == ()
        screen.open(toll)

        def said() -> str:
            return "\n".join(str(panel.get_option_at_index(n).prompt) for n in range(panel.option_count))

        await until(pilot, lambda: "figures view" in said(), "the panel's line on the paragraph's figures")
        assert "Only in" in said() and "≠ count (dead): 7 people, at least 8 people" in said() and "beside 1 other outlet" in said(), said()
