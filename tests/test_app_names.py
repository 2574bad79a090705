"""An outlet with two articles of one headline in a story: every view tells them apart."""

from __future__ import annotations

import json
from pathlib import Path

from core.model import Ref
from tui.app import make_app
from tui.screens.coverage import NONE_LINKED
from tests.pilot import open_view, prompt_text, ready

TITLE = "Left-green Kovačević wins Zagreb mayoral runoff"
SHARED = (
    "Left-green candidate Ana Kovačević won the runoff for mayor of Zagreb on Sunday, beating the conservative Tomislav Horvat.",
    "Kovačević took 52.4 percent of the vote and Horvat 47.6 percent, the State Electoral Commission said.",
    "Turnout was 41.2 percent, lower than in the first round two weeks ago.",
)
#: (outlet, published, paragraphs): AFP World's first report and its update, of one headline.
ROWS = (
    ("AFP World", "2026-06-07T22:10:00+02:00", SHARED),
    ("AFP World", "2026-06-08T07:30:00+02:00",
     (*SHARED, "Kovačević said she would form a city government with the Social Democrats by the end of the month.")),
    ("Balkan Daily", "2026-06-08T09:00:00+02:00", SHARED[:2]),
)


def _write(folder: Path) -> Path:
    path = folder / "runoff.jsonl"
    path.write_text("".join(
        json.dumps({"source": {"name": outlet}, "title": TITLE, "publishedAt": when,
                    "url": f"https://example.org/{n}", "content": "\n\n".join(body)}) + "\n"
        for n, (outlet, when, body) in enumerate(ROWS)))
    return path


async def test_the_matrix_heads_an_outlets_two_articles_of_one_title_apart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A fresh user's matrix headed both AFP World columns "Left-green Kov…": the column's
    # width cut the "(1)" and "(2)" that told them apart.
    from textual.widgets import DataTable

    from tui.screens.coverage import CoverageScreen

    for size in ((80, 24), (120, 40)):
        app = make_app([_write(tmp_path)])
        async with app.run_test(size=size) as pilot:
            await ready(pilot)
            matrix = await open_view(pilot, "m", CoverageScreen)
            headings = [str(c.label).replace("\n", " ") for c in matrix.query_one(DataTable).ordered_columns[1:]]
            assert len(headings) == 3 and len(set(headings)) == 3, (size, headings)
            assert headings[0].endswith("(1)") and headings[1].endswith("(2)"), (size, headings)


async def test_side_by_side_heads_an_outlets_two_articles_apart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A fresh user's side by side read "AFP World ⟷ AFP World: 6 paragraphs aligned".
    from tui.screens.collation import CollationScreen

    app = make_app([_write(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        afp = [a.id for a in screen.reader.story.articles if a.outlet == "AFP World"]
        assert screen.reader.article.id in afp
        view = await open_view(pilot, "d", CollationScreen)
        for _ in range(2):
            if view.right in afp:
                break
            await pilot.press("o")
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert {view.left, view.right} == set(afp)
        head = " ".join(view.head.render_line(y).text for y in range(view.head.region.height))
        assert "AFP World “Left-green Kovačević wins… (1)”" in head and "AFP World “Left-green Kovačević wins… (2)”" in head, head


async def test_search_names_which_of_an_outlets_two_articles_a_hit_is_in(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A fresh user's search listed "AFP World ¶3 86%" twice, one hit in each AFP article.
    from textual.widgets import OptionList

    app = make_app([_write(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"turnout lower")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        hits = app.screen.query_one("#search-hits", OptionList)
        heads = [str(hits.get_option_at_index(n).prompt).split("\n")[0] for n in range(hits.option_count)]
        afp = [h.split(" ¶")[0] for h in heads if h.startswith("AFP World")]
        assert afp and sorted(afp) == ["AFP World “Left-green Kovačević wins… (1)”", "AFP World “Left-green Kovačević wins… (2)”"], heads


async def test_a_paragraph_only_the_same_outlets_other_article_carries_is_marked_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A fresh user's gutter marked AFP's paragraph carried only by AFP's update "0V": "no other
    # outlet, verbatim", a contradiction.
    from tui.widgets.cross_sources import CrossSources

    app = make_app([_write(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        assert screen.reader.article.outlet == "AFP World"
        marks = [screen.reader.paragraphs.get_option(str(i)).prompt.mark.plain for i in range(3)]  # type: ignore[attr-defined]
        assert marks[0].startswith("1V") and marks[2].startswith("=V"), marks
        screen.reader.paragraphs.highlighted = 2
        await pilot.pause()
        panel = screen.query_one(CrossSources)
        said = [str(panel.get_option_at_index(n).prompt) for n in range(panel.option_count)]
        assert any("No other outlet: only another article of AFP World" in s for s in said), said


async def test_the_matrix_footer_names_which_of_an_outlets_two_articles_report_a_fact(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The footer under the matrix read "Reported by AFP World, Balkan Daily" and "Only in AFP
    # World": AFP World has two articles here, and the footer did not say which carried the fact.
    from textual.widgets import Static

    from tui.screens.coverage import CoverageScreen

    first, second = "AFP World “Left-green Kovačević wins… (1)”", "AFP World “Left-green Kovačević wins… (2)”"
    app = make_app([_write(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        matrix = await open_view(pilot, "m", CoverageScreen)
        footers = {}
        for row, fact in enumerate(matrix.rows):
            matrix.body.move_cursor(row=row, column=0)
            await pilot.pause()
            footers[matrix.story.text(fact.lead)[:14]] = " ".join(str(matrix.query_one("#matrix-text", Static).render()).split())
        assert f"Reported by {first}, {second}, Balkan Daily" in footers["Left-green can"], footers
        assert f"Likely origin: {first}, first to publish" in footers["Left-green can"], footers
        assert f"Only in {first}, {second}" in footers["Turnout was 41"], footers
        assert f"Only in {second}" in footers["Kovačević said"] and first not in footers["Kovačević said"], footers
        # Enter on an empty cell says which article leaves the fact out
        row = next(n for n, f in enumerate(matrix.rows) if matrix.story.text(f.lead).startswith("Kovačević said"))
        matrix.body.move_cursor(row=row, column=1)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert [str(n.message) for n in app._notifications] == [f"{first} {NONE_LINKED}"]


async def test_n_and_N_pass_over_a_paragraph_only_the_outlets_other_article_carries(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # n stopped on AFP's "Turnout" paragraph, marked "=V" in the gutter: no other outlet carries
    # it (the help: n goes to the "next paragraph that other outlets carry"); u, for what only
    # this outlet has, stops there.
    app = make_app([_write(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        reader = screen.reader
        assert reader.article.outlet == "AFP World" and reader.current.paragraph == 0
        marks = [reader.paragraphs.get_option(str(i)).prompt.mark.plain for i in range(len(reader.article.paragraphs))]  # type: ignore[attr-defined]
        stops = []
        for _ in range(3):
            await pilot.press("n")
            stops.append(reader.current.paragraph)
        assert stops == [1, 1, 1], (stops, marks)
        await pilot.press("N")
        assert reader.current.paragraph == 0
        await pilot.press("u")
        assert reader.current.paragraph == 2 and marks[2].startswith("=V"), marks


async def test_the_matrix_marks_a_fact_only_an_outlets_two_articles_carry_as_only_that_outlets(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # AFP's "Turnout" paragraph, in its report and its update and nowhere else, read "¶2 V" in
    # both AFP columns, like wire copy shared with another outlet; a paragraph of one article
    # alone read "¶3 ·". Both are facts of one outlet (the gutter's "=V" and "·").
    from textual.coordinate import Coordinate

    from tui.screens.coverage import LEGEND, CoverageScreen

    app = make_app([_write(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        matrix = await open_view(pilot, "m", CoverageScreen)
        table = matrix.body
        rows = {matrix.story.text(f.lead)[:14]: n for n, f in enumerate(matrix.rows)}
        cells = {key: [table.get_cell_at(Coordinate(row, c)).plain for c in (1, 2, 3)] for key, row in rows.items()}
        assert cells["Turnout was 41"] == ["¶2 V ·", "¶2 V ·", "—"], cells
        assert cells["Kovačević said"] == ["—", "¶3 ·", "—"], cells
        assert cells["Left-green can"] == ["¶0 V*", "¶0 V", "¶0 V"], cells
        assert ("·", "no other outlet linked (none found)") in LEGEND


async def test_the_matrix_says_of_a_fact_no_other_outlet_is_linked_to_what_is_known(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A second fresh user: the legend said "· only this outlet", the head "15 in one" and a row's
    # detail "Only in TechBeacon", of facts three other outlets reported in words the linker did
    # not link; the panel and the README said "none found: a rewording ... can be missed".
    from textual.coordinate import Coordinate
    from textual.widgets import Static

    from tui.screens.coverage import CoverageScreen

    app = make_app([_write(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        matrix = await open_view(pilot, "m", CoverageScreen)
        head = " ".join(matrix.head.render_line(y).text for y in range(matrix.head.region.height))
        assert "2 with no other outlet linked (a rewording can be missed)" in head, head
        assert "in one" not in head and "only this outlet" not in head and "· no other outlet linked (none found)" in head
        row = next(n for n, f in enumerate(matrix.rows) if matrix.story.text(f.lead).startswith("Kovačević said"))
        matrix.body.cursor_coordinate = Coordinate(row, 0)
        await pilot.pause()
        detail = " ".join(str(matrix.query_one("#matrix-text", Static).render()).split())
        assert ("Only in AFP World “Left-green Kovačević wins… (2)”: no other outlet's paragraph is linked to it (none found: a rewording far "
                "from its words can be missed)") in detail, detail
        await pilot.press("L")
        await pilot.pause()
        legend = " ".join(prompt_text(pilot.app.screen.query_one(Static).content).split())
        assert "· no other outlet linked (none found)" in legend and "only this outlet" not in legend, legend


async def _each_opened(pilot, screen):  # type: ignore[no-untyped-def]
    """Open each article of the story at its first paragraph in turn, yielding it once shown."""
    for article in screen.reader.story.articles:
        screen.open(Ref(article.id, 0), remember=False)
        await pilot.pause()
        yield article


#: A paper's page saved twice (its update changed a figure), and another outlet: (outlet, title,
#: published, paragraphs).
STORM = "Storm Elin brought down power lines across the Karsund peninsula on Monday night, leaving {} homes without electricity."
GUSTS = "\"We have never seen gusts like this on the peninsula,\""
GRID = "The regional grid operator Nordvik Energi said crews would work through the night but warned that some villages could wait until Thursday."
UPDATED = (
    ("Karsund Post", "Storm Elin leaves thousands without power", "2026-01-12T07:00:00+01:00",
     (STORM.format("41,000"), GRID, f"{GUSTS} said Astrid Holm, the county's emergency coordinator.")),
    ("Karsund Post", "Storm Elin leaves thousands without power", "2026-01-13T18:00:00+01:00",
     (STORM.format("52,000"), GRID, f"{GUSTS} said Astrid Holm, the county's emergency coordinator.")),
    ("Coastal Herald", "Tens of thousands lose power as Elin hits coast", "2026-01-12T09:00:00+01:00",
     (STORM.format("41,000"), GRID, f"{GUSTS} emergency coordinator Astrid Holm told reporters.")),
)


def _write_updated(folder: Path) -> Path:
    """The paper's page, its update and the other outlet's, :data:`UPDATED`, as a JSON Lines
    file in *folder* (each at its own URL)."""
    path = folder / "storm.jsonl"
    path.write_text("".join(
        json.dumps({"source": {"name": outlet}, "title": title, "publishedAt": when,
                    "url": f"https://example.org/{n}", "content": "\n\n".join(body)}) + "\n"
        for n, (outlet, title, when, body) in enumerate(UPDATED)))
    return path


async def test_the_gutter_tells_how_other_outlets_carry_a_paragraph_not_the_outlets_own_update(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The Karsund Post's quotation read "1VQ": one other outlet, word for word and by the
    # quotation, though the Coastal Herald shares the quotation only and the words are the
    # paper's own update's; its first paragraph read "1V≠", "another outlet gives a figure
    # otherwise", where the Herald gives the same 41,000 and the update 52,000.
    app = make_app([_write_updated(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        reader = screen.reader
        marks = {
            (article.outlet, article.published[:10]): [
                reader.paragraphs.get_option(str(i)).prompt.mark.plain.strip() for i in range(3)]  # type: ignore[attr-defined]
            async for article in _each_opened(pilot, screen)
        }
        assert marks[("Karsund Post", "2026-01-12")] == ["1V", "1V", "1Q"], marks
        assert marks[("Karsund Post", "2026-01-13")][0] == "1V≠", marks  # the Herald gives 41,000
        assert marks[("Coastal Herald", "2026-01-12")][2] == "1Q", marks  # one outlet, two articles


#: The Karsund Post's two articles, as every view names them.
POST_FIRST, POST_UPDATE = "Karsund Post “Storm Elin leaves… (1)”", "Karsund Post “Storm Elin leaves… (2)”"


async def test_the_readers_heading_names_which_of_an_outlets_two_articles_is_open(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The heading read "Karsund Post · 2026-01-13" for both of the paper's articles (one title),
    # so the panel's "Karsund Post “Storm Elin leaves… (2)”" matched neither.
    for size in ((80, 24), (120, 40)):
        app = make_app([_write_updated(tmp_path)])
        async with app.run_test(size=size) as pilot:
            screen = await ready(pilot)
            reader = screen.reader
            heads = {
                article.published[:10] + article.outlet[0]: " ".join(str(reader.query_one("#reader-head").render()).split())
                async for article in _each_opened(pilot, screen)
            }
            assert f"{POST_FIRST} · 2026-01-12" in heads["2026-01-12K"], (size, heads)
            assert f"{POST_UPDATE} · 2026-01-13" in heads["2026-01-13K"], (size, heads)
            assert "Coastal Herald · 2026-01-12" in heads["2026-01-12C"] and "“" not in heads["2026-01-12C"].split("·")[0], heads


async def test_the_panels_likely_origin_names_which_of_an_outlets_two_articles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The panel read "Likely origin: Karsund Post" where the paper has two articles here, and
    # the matrix's footer names the first.
    from tui.widgets.cross_sources import CrossSources

    app = make_app([_write_updated(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        first = next(a for a in screen.reader.story.articles if a.published.startswith("2026-01-12") and a.outlet == "Karsund Post")
        screen.open(Ref(first.id, 1), remember=False)
        await app.workers.wait_for_complete()
        await pilot.pause()
        panel = screen.query_one(CrossSources)
        said = [str(panel.get_option_at_index(n).prompt) for n in range(panel.option_count)]
        assert said[0].startswith(f"Likely origin: {POST_FIRST}, first to publish"), said


async def test_side_by_side_opens_the_other_outlet_before_the_outlets_own_update(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # `d` set the Karsund Post's first page beside its own update, which shares every paragraph
    # with it; the help says it opens "the outlet sharing most with it". `o` reaches the update.
    from tui.screens.collation import CollationScreen

    app = make_app([_write_updated(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        story = screen.reader.story
        by_name = {(a.outlet, a.published[:10]): a.id for a in story.articles}
        screen.open(Ref(by_name[("Karsund Post", "2026-01-12")], 0), remember=False)
        await pilot.pause()
        view = await open_view(pilot, "d", CollationScreen)
        assert view.right == by_name[("Coastal Herald", "2026-01-12")]
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert view.right == by_name[("Karsund Post", "2026-01-13")]
        head = " ".join(view.head.render_line(y).text for y in range(view.head.region.height))
        assert f"{POST_FIRST}  ⟷  {POST_UPDATE}" in head, head


async def test_the_story_list_counts_as_shared_only_what_another_outlet_carries(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # AFP's first report read "3/3 shared": its "Turnout" paragraph is carried only by AFP's
    # own update (the gutter's "=V").
    from tests.pilot import prompt_text
    from tui.widgets.story_list import StoryList

    app = make_app([_write(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        rows = screen.query_one(StoryList)
        said = [prompt_text(rows.get_option_at_index(n).prompt) for n in range(rows.option_count)]
        afp = [" ".join(s.split()) for s in said if s.strip().startswith("AFP World")]
        assert len(afp) == 2 and "2/3 shared" in afp[0] and "2/4 shared" in afp[1], said
