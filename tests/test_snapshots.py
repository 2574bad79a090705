"""Snapshot tests: what each screen must show, at a fixed terminal size."""

from __future__ import annotations

from core.reading import SEEDS_DIR
from tui.app import make_app
from tests.pilot import settle


async def _ready(pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)  # the story drawn, however late the load worker started


#: The seeds' Euronews report: undated, so listed after the dated ones; the pictures of one
#: paragraph's matches, a jump and side by side are of it.
EURONEWS = "646c51f4058d"


async def _on_euronews(pilot) -> None:  # type: ignore[no-untyped-def]
    """Ready, with the Euronews report open at its first paragraph (the story opens on its first report)."""
    from core.model import Ref

    await _ready(pilot)
    pilot.app.screen.open(Ref(EURONEWS, 0), remember=False)
    await settle(pilot)


def test_main_screen_wide(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """120x40: story list with eight articles in the order they were published (Global Times,
    then the other reports of 2023-06-18, those of 2023-06-19, the undated last), each with its
    day; the first, Global Times's, open with gutter marks, and the cross-source panel for its
    first paragraph, grouped by outlet with kind and score."""
    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(120, 40), run_before=_ready)


def test_main_screen_narrow(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """80x24: story list folded away, the cross-source panel below the reader."""
    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(80, 24), run_before=_ready)


def test_main_screen_narrow_with_stories_shown(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """80x24, story list brought back with s, 30 columns beside a reader of 50: its header names
    the story, "8 articles · 98 links" on one line under it, the articles below in the order
    they were published, each one's day whole on a line."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        await pilot.press("s")
        await pilot.pause()

    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(80, 24), run_before=run_before)


def test_main_screen_smallest(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """40x12: the reader's heading cut to a line of title ("…") and one of credit, so the first
    paragraph shows whole above the panel; the footer's most important keys."""
    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(40, 12), run_before=_ready)


def test_stories_over_the_whole_width_smallest(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """40x12 after s: the story list over the whole width (the story's name, its counts, the
    articles), no reader squeezed beside it."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        await pilot.press("s")
        await pilot.pause()

    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(40, 12), run_before=run_before)


def test_after_a_jump_small(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """60x20 after Enter on the best match: The National open at the linked paragraph, the
    panel opening on the first line of the match it points back at (not on the second line of
    its heading), the match whole below it."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _on_euronews(pilot)
        await pilot.press("tab", "enter")
        await pilot.pause()

    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(60, 20), run_before=run_before)


def test_bookmark_list_narrow(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """80x24, B over a library with a bookmarked paragraph: outlet, paragraph and title on the
    first line, the paragraph's text below, each cut with "…" where it is longer."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        await pilot.press("j", "b", "B")
        await pilot.pause()

    assert snap_compare(_library_app(tmp_path), terminal_size=(80, 24), run_before=run_before)


def test_verbatim_and_paraphrase_matches(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """Euronews paragraph 15 (Blinken before leaving Washington): The National's copy of it, which
    prints a sentence Euronews leaves out, a paraphrase ("P paraphrase 0.74": no longer the same
    wording, trial 52) collated word by word (bold same, underlined different), then paraphrases
    from other outlets, each headed by outlet, kind and score."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _on_euronews(pilot)
        await pilot.press(*"j" * 15)

    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(120, 40), run_before=run_before)


def test_unique_paragraph(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """After `u`: a paragraph with the unique mark and "Only in Euronews" in the panel."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _on_euronews(pilot)
        await pilot.press("u")

    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(120, 40), run_before=run_before)


def test_after_a_jump(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """After Enter on the best match: The National open at the linked paragraph, its panel
    pointing back at Euronews."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _on_euronews(pilot)
        await pilot.press("tab", "enter")

    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(120, 40), run_before=run_before)


def test_help_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The help screen listing every key and the meaning of the gutter marks."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(120, 40), run_before=run_before)


def test_search(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The search screen with "fentanyl" typed: hits from The Hindu, BBC News and Euronews, best
    first (all whole: in story order)."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        await pilot.press("slash")
        pilot.app.screen.query_one("#search-input").cursor_blink = False
        await pilot.press(*"fentanyl")
        await pilot.app.screen.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(120, 40), run_before=run_before)


def test_light_theme_narrow(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """80x24 in Textual's light theme: every pane readable, gutter marks and highlight visible."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        pilot.app.theme = "textual-light"
        await pilot.press("j")

    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(80, 24), run_before=run_before)


def test_no_color_narrow(snap_compare, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """80x24 with NO_COLOR set: greys only; the focused paragraph is bold and the gutter
    letters (V, P, Q, ·) carry the link kinds."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(80, 24), run_before=_ready)


def _open_view(key: str):  # type: ignore[no-untyped-def]
    """A run_before that opens the view behind *key* and waits for its worker."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await (_on_euronews if key == "d" else _ready)(pilot)  # side by side: of the Euronews report
        await pilot.press(key)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run_before


_quotes = _open_view("quotation_mark")


def test_quotes_view_wide(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """120x40 quotes view: "candid, substantive, and constructive" with the Chinese reports'
    "in-depth" variant marked, then the State Department readout, both carried by four outlets
    (the one an earlier report carries first), each wording collated against the main one."""
    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(120, 40), run_before=_quotes)


def test_quotes_view_narrow(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """80x24 quotes view: the same list, wrapped with hanging indents, footer keys visible."""
    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(80, 24), run_before=_quotes)


def test_quotes_view_with_a_disputed_speaker_narrow(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """80x24 quotes view of three reports of one remark, two giving it to the fire chief and
    one to the mayor: "— Rosa Delle · 3 outlets", then a bold ≠ in the gutter and "speaker:
    attributed to Mayor Ivo Marn by tribune ¶1" hanging-indented under it, then the wordings."""
    from tests.test_quotes import write_disputed_remark

    write_disputed_remark(tmp_path)
    assert snap_compare(make_app([tmp_path]), terminal_size=(80, 24), run_before=_quotes)


_matrix = _open_view("m")


def test_coverage_matrix_wide(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """120x40 coverage matrix: the legend naming every mark, facts by number of outlets, W on
    wire copy, a column per outlet (names wrapped over two heading lines) with ¶n and the link
    letter, — where none of an outlet's paragraphs is linked to the fact, "38 with no other outlet linked"
    in the counts, ≠ on the cells whose copy adds or cuts a sentence (Euronews ¶15 P≠, The Hindu
    ¶11 P≠: copy cut by a sentence is no verbatim link, trial 52) and its meaning in the legend's three lines; below, the whole first fact."""
    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(120, 40), run_before=_matrix)


def test_coverage_matrix_narrow(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """80x24 coverage matrix: the counts on one line and no legend (L shows it), the fact column
    and the first outlets, the rest a scroll away, said on the rule under the counts: "articles
    1–4 of 8 · h/l ▸"."""
    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(80, 24), run_before=_matrix)


def test_coverage_matrix_smallest(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """40x12 coverage matrix: the counts on one line ("90 facts: 53 shared, 37 not linked"), no
    legend over the rows, the fact column and one outlet's beside it ("article 1 of 8 · h/l ▸"
    on the rule above), three rows, the fact below; "L Legend" in the footer."""
    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(40, 12), run_before=_matrix)


def test_coverage_matrix_legend_smallest(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """40x12 matrix after L: the legend over it, a mark a line with its meaning wrapped beside it."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _matrix(pilot)
        await pilot.press("L")
        await pilot.pause()

    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(40, 12), run_before=run_before)


def test_coverage_matrix_scrolled_across_narrow(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """80x24 matrix after moving to the seventh outlet of the fourth fact: the fact column stays
    at the left, "◂ articles 4–7 of 8 · h/l ▸" on the rule above the headings, and below the table
    Euronews's paragraph for its cell "¶15 P≠", first what it gives otherwise ("≠ from the row's
    fact: The US wants to make sure… → ∅", a sentence cut), then the paragraph, then the whole
    fact (at 80x24 what the copy changed showed only after scrolling past the fact: a trial)."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _matrix(pilot)
        await pilot.press("j", "j", "j", *"l" * 7)
        await pilot.pause()

    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(80, 24), run_before=run_before)


def test_side_by_side_wide(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """120x40: Euronews beside The National, linked paragraphs side by side with the right
    collated against the left, and each article's own paragraphs in place (< and >)."""
    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(120, 40), run_before=_open_view("d"))


def test_side_by_side_narrow(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """80x24: the same two columns, narrower, with the heading's counts."""
    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(80, 24), run_before=_open_view("d"))


def test_side_by_side_smallest(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """40x12 side by side: the heading cut to one line ("Euronews ⟷ The National: 16 paragr…"),
    so the two columns keep the rows."""
    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(40, 12), run_before=_open_view("d"))


def test_figures_wide(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """120x40 figures view: the meeting's length flagged ≠ (5.5, 6, 7.5 hours) with each
    outlet's sentence and the figure underlined, then the figures outlets agree on."""
    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(120, 40), run_before=_open_view("f"))


def test_figures_narrow(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """80x24 figures view: the disagreement first, wrapped with hanging indents."""
    assert snap_compare(make_app([SEEDS_DIR]), terminal_size=(80, 24), run_before=_open_view("f"))


def test_figures_split_narrow(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """80x24 figures view of five outlets' inflation, split evenly: the heading "≠ share (consumer
    prices): A: 6.9% ≈ nearly 7% | B: 7.2% | ≈ both: about 7%" (what the share is of in
    brackets), each outlet's line marked against its side's
    value (=B, =B, ≈A, =A) and "about 7%" ≈ alone; the summary and the legend, the A B line
    among it, above."""
    from tests.two_articles import jsonl_of

    said = "Consumer prices in Velmora rose {} in the year to March, the statistics office said."
    rows = tuple((f"Outlet {n}", f"Velmora prices, report {n}", "2025-04-02T09:00:00+02:00", (said.format(v),))
                 for n, v in enumerate(("7.2%", "7.2%", "nearly 7%", "6.9%", "about 7%")))
    path = jsonl_of(tmp_path / "prices.jsonl", rows)
    assert snap_compare(make_app([path]), terminal_size=(80, 24), run_before=_open_view("f"))


def _library_app(tmp_path):  # type: ignore[no-untyped-def]
    from tests.test_app_library import make_library

    return make_app(library=make_library(tmp_path / "lib.sqlite"))


def test_library_wide(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """120x40 on a library: five stories in the list, the latest open with its articles under
    its header (the first marked 1/4 read, the others new)."""
    assert snap_compare(_library_app(tmp_path), terminal_size=(120, 40), run_before=_ready)


def test_library_narrow_with_stories_shown(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """80x24 on a library, story list brought back with s, a bookmarked paragraph (*)."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        await pilot.press("j", "b", "s")
        await pilot.pause()

    assert snap_compare(_library_app(tmp_path), terminal_size=(80, 24), run_before=run_before)


def test_merge_chooser(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """M: the other stories to merge into the open one."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        await pilot.press("M")
        await pilot.pause()

    assert snap_compare(_library_app(tmp_path), terminal_size=(120, 40), run_before=run_before)


def test_empty_library_narrow(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """80x24 after X removed the library's only story: the line saying the library is empty and
    how to bring the story back, and a footer of the keys that act there only (U Undo removal,
    q Quit, ? Help), no key of a story or its views."""
    from tests.test_app_library import RUNOFF, make_library
    from tests.pilot import until

    (tmp_path / "runoff.txt").write_text(RUNOFF)
    app = make_app(library=make_library(tmp_path / "lib.sqlite", tmp_path / "runoff.txt"))

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        await pilot.press("X", "y")
        from tests.test_app_library import _footer_actions

        main = pilot.app.screen_stack[0]
        await until(pilot, lambda: _footer_actions(main) == {"undo_emptied", "quit", "help"}, "the emptied library's footer")
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
