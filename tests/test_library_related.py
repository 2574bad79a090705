"""Related stories (trial 44 F13): an outbreak told event by event is as many stories; each lists
the others that share enough with it for grouping to weigh them (the evidence the library keeps),
in the library, `story show`, `stories` (--json) and the reader's `o`. Grouping does not change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.errors import LibraryError
from core.library.store import Library, _related_by
from core.stories.cluster import FLOOR
from tests.pilot import ready, until
from tests.test_app_library import make_library
from tui.app import make_app
from tui.cli import main

FIRST_CASES = (
    "Cholera confirmed in flood-hit Tarvik, ministry says\n\n"
    "TARVIK, March 2, 2026 - The Ministry of Health confirmed three cases of cholera in Tarvik on Monday, a week after "
    "floods swept through the Nordby and Vessel Bay districts.\n\n"
    "The patients were admitted to Tarvik General Hospital on Saturday, said Dr. Lena Oskarsdottir, the ministry's chief "
    "epidemiologist.\n\n"
    "Water samples from Nordby tested positive for Vibrio cholerae, the ministry said.\n"
)
FIRST_CASES_TOO = (
    "Ministry confirms cholera in Tarvik after floods\n\n"
    "TARVIK, March 2, 2026 - Three people have cholera in Tarvik, the Ministry of Health said on Monday, after floods in "
    "the Nordby and Vessel Bay districts.\n\n"
    "Dr. Lena Oskarsdottir said the three were admitted to Tarvik General Hospital at the weekend and were stable.\n\n"
    "Samples of water from Nordby carried Vibrio cholerae.\n"
)
VACCINES = (
    "Tarvik begins cholera vaccination as cases pass 200\n\n"
    "TARVIK, March 7, 2026 - Health workers began vaccinating residents of Nordby against cholera on Saturday, with "
    "40,000 doses flown in by the Hallmark Relief Fund.\n\n"
    "Suspected cases have passed 200, and four people have died at Tarvik General Hospital since the first three cases "
    "were confirmed, said Mayor Ivo Brandt.\n\n"
    "The campaign aims to reach 80 percent of the 120,000 people living in the district.\n"
)
VACCINES_TOO = (
    "Cholera vaccines arrive in Tarvik\n\n"
    "TARVIK, March 7, 2026 - Vaccination against cholera started in Nordby on Saturday after the Hallmark Relief Fund "
    "flew in 40,000 doses.\n\n"
    "The campaign wants to cover 80 percent of the district's 120,000 residents, Mayor Ivo Brandt said.\n\n"
    "More than 200 suspected cases have been counted.\n"
)
FERRY = (
    "Ferry timetable changes at Lissow pier\n\n"
    "LISSOW, March 5, 2026 - The Lissow ferry will sail twice a day from Thursday, the operator Kestrel Lines said.\n\n"
    "Passengers must show a ticket at the new lounge, Kestrel Lines said.\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("related")
    names = []
    for name, text in (("cases1", FIRST_CASES), ("cases2", FIRST_CASES_TOO), ("vaccines1", VACCINES),
                       ("vaccines2", VACCINES_TOO), ("ferry", FERRY)):
        (folder / f"{name}.txt").write_text(text)
        names.append(folder / f"{name}.txt")
    return make_library(folder / "lib.sqlite", *names)


@pytest.fixture
def lib(built: Path, tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    path.write_bytes(built.read_bytes())
    return path


def _stories(library: Library) -> tuple[int, int, int]:
    by_title = {s.title.lower(): s.id for s in library.stories()}
    cases = next(i for t, i in by_title.items() if "ministry" in t)
    vaccines = next(i for t, i in by_title.items() if "vaccin" in t)
    ferry = next(i for t, i in by_title.items() if "ferry" in t)
    return cases, vaccines, ferry


def test_two_events_of_one_outbreak_are_two_stories_each_related_to_the_other(lib: Path) -> None:
    with Library(lib) as library:
        assert len(library.stories()) == 3  # grouping as it was: the events apart
        cases, vaccines, ferry = _stories(library)
        [other] = library.related(cases)
        assert (other.story, other.days) == (vaccines, ("2026-03-07", "2026-03-07")) and 0 < other.score < 1
        assert "vaccin" in other.title.lower()
        assert [r.story for r in library.related(vaccines)] == [cases]
        assert library.related(ferry) == []
        assert library.related_all() == {cases: library.related(cases), vaccines: library.related(vaccines)}
        assert library.related(cases, limit=0) == []
        with pytest.raises(LibraryError):
            library.related(999)


def test_a_merge_leaves_no_story_related_to_itself(lib: Path) -> None:
    with Library(lib) as library:
        cases, vaccines, _ = _stories(library)
        library.merge(cases, [vaccines])
        assert library.related(cases) == [] and library.related_all() == {}


def test_story_show_and_stories_list_the_related_stories(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Library(lib) as library:
        cases, vaccines, ferry = _stories(library)
    assert main(["story", "show", str(cases), "--library", str(lib)]) == 0
    out = capsys.readouterr().out
    assert f"  related: {vaccines:>3}  2026-03-07  " in out and "vaccin" in out.split("related:")[1].split("\n")[0].lower()

    assert main(["story", "show", str(ferry), "--library", str(lib)]) == 0
    assert "related" not in capsys.readouterr().out

    assert main(["stories", "--library", str(lib)]) == 0
    out = capsys.readouterr().out
    assert out.count(f"related: {vaccines}\n") == 1 and out.count(f"related: {cases}\n") == 1

    assert main(["stories", "--json", "--library", str(lib)]) == 0
    listed = {s["id"]: s["related"] for s in json.loads(capsys.readouterr().out)}
    assert [r["id"] for r in listed[cases]] == [vaccines] and listed[ferry] == []
    assert set(listed[cases][0]) == {"id", "title", "first", "last", "score"} and listed[cases][0]["first"] == "2026-03-07"

    assert main(["story", "show", str(vaccines), "--json", "--library", str(lib)]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)["story"]["related"]] == [cases]


async def test_o_lists_the_related_stories_and_enter_opens_one(lib: Path) -> None:
    from tui.screens.dialogs import ChooseScreen

    with Library(lib) as library:
        cases, vaccines, ferry = _stories(library)
    app = make_app(library=lib)
    async with app.run_test(size=(100, 30)) as pilot:
        main_screen = await ready(pilot)
        app.open_story(cases)
        await until(pilot, lambda: main_screen.story_id == cases, "the first cases' story open")
        await pilot.press("o")
        await until(pilot, lambda: isinstance(app.screen, ChooseScreen), "the related stories")
        screen = app.screen
        assert isinstance(screen, ChooseScreen)
        assert [key for key, _ in screen.options] == [str(vaccines)]
        assert "vaccin" in str(screen.options[0][1]).lower() and f"story {vaccines} · 2026-03-07" in str(screen.options[0][1])
        await pilot.press("enter")
        await until(pilot, lambda: main_screen.story_id == vaccines, "the related story open")
        await pilot.press("backspace")
        await until(pilot, lambda: main_screen.story_id == cases, "back in the first story")
        app.open_story(ferry)
        await until(pilot, lambda: main_screen.story_id == ferry, "the ferry story open")
        await pilot.press("o")
        await until(pilot, lambda: isinstance(app.screen, ChooseScreen), "the (empty) related stories")
        assert app.screen.options == []  # type: ignore[attr-defined]
        await pilot.press("escape")


def test_one_rule_says_which_stories_a_pair_relates() -> None:
    # related and related_all both fold their pairs by _related_by: at or above the floor, two stories,
    # the strongest pair, each way; a pair with an article gone is none
    strong, weak = FLOOR + 0.2, FLOOR + 0.1
    assert _related_by([(1, 2, weak), (2, 1, strong), (1, 1, strong), (1, 3, FLOOR - 0.01), (None, 3, strong), (1, 4, FLOOR)]) == {
        1: {2: strong, 4: FLOOR}, 2: {1: strong}, 4: {1: FLOOR},
    }
    assert _related_by([]) == {}
