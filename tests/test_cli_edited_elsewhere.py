"""An outlet's article edited and saved under another name: a version of the article held, not a
second article; two editions under one headline stay two, and `story show` tells them apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main

LEAD = ("ORVIK, Nov 22 (Tesselwire) - Tessel's ports minister Ilja Marrow resigned on Sunday, six days after "
        "a ferry ran aground at the Skarn narrows, injuring 31 passengers.")
REST = (
    "Marrow said in a statement that he took political responsibility for the failures the inquiry had found.",
    "The ferry operator, Skarnlines, has suspended its night crossings until the inspection is complete.",
    "Prime Minister Hanne Vollet named the deputy minister, Oskar Brandt, as acting minister.",
)


def text(lead: str = LEAD, rest: tuple[str, ...] = REST, headline: str = "Tessel ports minister resigns over Skarn grounding") -> str:
    return f"{headline}\n\nBy Tessel Courier staff\n\n{lead}\n\n" + "\n\n".join(rest) + "\n"


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "lib.sqlite"
    monkeypatch.setenv("NEWSPRISM_LIBRARY", str(path))
    monkeypatch.chdir(tmp_path)
    return path


def test_an_update_saved_under_another_name_is_a_version_of_the_article_held(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Trial 45 F19: a user copied an outlet's text to another folder, corrected a day and a name's
    # spelling and added it: a second article of the outlet, its line in `story show` the twin of the first.
    from core.library.changes import versions
    from core.library.store import Library

    Path("day1").mkdir()
    Path("later").mkdir()
    Path("day1/courier_minister.txt").write_text(text(), encoding="utf-8")
    assert main(["add", "day1/courier_minister.txt"]) == 0
    capsys.readouterr()
    edited = (LEAD.replace("six days", "seven days"), *REST[:2], REST[2].replace("Brandt", "Brandth"))
    Path("later/courier_minister.txt").write_text(text(edited[0], rest=edited[1:]), encoding="utf-8")
    assert main(["add", "later/courier_minister.txt"]) == 0
    out = capsys.readouterr().out
    assert "changed  story 1:" in out and "(version 2;" in out and "0 added, 1 changed, 0 already there" in out
    # the first text again, from its first path: no news (an older text from another source than the one held)
    assert main(["add", "day1/courier_minister.txt"]) == 0
    assert "present  story 1:" in capsys.readouterr().out
    with Library(lib) as library:
        assert library.counts() == (1, 1)
        [article] = library.story(1).articles
        assert [("six days" in v.paragraphs[0], "Brandth" in v.paragraphs[-1]) for v in versions(library, article.id)] == [
            (True, False), (False, True)]


def test_two_editions_of_one_outlet_s_headline_stay_two_articles_told_apart_in_story_show(
    lib: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A daily page under one headline ("Live updates") shares its standing lines, not its text.
    from core.library.identity import edited_copy, kept_share

    standing = ("Follow the Tessel Courier's live coverage of the Skarn grounding here; this page is updated through the day.",
                "Send your pictures and accounts to the newsdesk.")
    day1 = (LEAD, REST[1], *standing)
    day2 = ("ORVIK, Nov 23 (Tesselwire) - Divers began inspecting the hull of the ferry that ran aground at the Skarn "
            "narrows on Monday, the coast guard said.", "Skarnlines said its day crossings would resume on Wednesday.", *standing)
    Path("a.txt").write_text(text(day1[0], day1[1:], headline="Skarn grounding: live updates"), encoding="utf-8")
    Path("b.txt").write_text(text(day2[0], day2[1:], headline="Skarn grounding: live updates"), encoding="utf-8")
    assert main(["add", "a.txt"]) == 0
    assert main(["add", "b.txt"]) == 0
    assert capsys.readouterr().out.count("added    story") == 2
    assert not edited_copy(day1, day2) and kept_share(day1, day2) < 0.5
    assert main(["story", "show", "1"]) == 0
    out = capsys.readouterr().out
    assert out.count("Tessel Courier · ") == 2, out
    assert "      from a.txt" in out and "      from b.txt" in out  # the twin lines told apart by their files


def test_an_article_of_another_headline_or_outlet_is_no_version_and_lines_unlike_others_say_no_path(
    lib: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("a.txt").write_text(text(), encoding="utf-8")
    # its text edited as an update is, but under another headline, or run by another outlet
    edited = text(LEAD.replace("six days", "seven days"))
    Path("b.txt").write_text(edited.replace("Tessel ports minister resigns over Skarn grounding", "Minister quits after grounding"),
                             encoding="utf-8")
    Path("c.txt").write_text(edited.replace("By Tessel Courier staff", "By Harbour Gazette staff"), encoding="utf-8")
    for name in ("a.txt", "b.txt", "c.txt"):
        assert main(["add", name]) == 0
    assert capsys.readouterr().out.count("added    story") == 3
    assert main(["story", "show", "1"]) == 0
    assert "from " not in capsys.readouterr().out


def test_the_share_of_text_an_edit_keeps() -> None:
    # kept_share: the shorter text's runs of three words the other holds; an update that adds a
    # paragraph keeps all of the text it grew from
    from core.library.identity import EDITED_ELSEWHERE, edited_copy, kept_share

    assert kept_share([LEAD, *REST], [LEAD, *REST, "The inquiry will report in March."]) == 1.0
    assert kept_share([LEAD], []) == 0.0
    assert edited_copy([LEAD, *REST], [LEAD.replace("six", "seven"), *REST]) and EDITED_ELSEWHERE > 0.5


def test_an_update_whose_headline_differs_only_in_case_and_quotes_is_a_version(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # One article's two copies, its headline in title case in one and in sentence case (curly
    # quotes, a double space) in the other: one article, the later a version, not a second article.
    from core.library.store import Library

    Path("day1").mkdir()
    Path("later").mkdir()
    Path("day1/courier_minister.txt").write_text(text(headline="Tessel Ports Minister Resigns Over 'Skarn' Grounding"), encoding="utf-8")
    assert main(["add", "day1/courier_minister.txt"]) == 0
    capsys.readouterr()
    edited = (LEAD.replace("six days", "seven days"), *REST)
    Path("later/courier_minister.txt").write_text(
        text(edited[0], rest=edited[1:], headline="Tessel ports minister resigns over  \u2018Skarn\u2019 grounding"), encoding="utf-8")
    assert main(["add", "later/courier_minister.txt"]) == 0
    assert "0 added, 1 changed, 0 already there" in capsys.readouterr().out
    with Library(lib) as library:
        assert library.counts() == (1, 1)
