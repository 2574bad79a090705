"""What the user saw stays seen when its articles move to another story, and a story's number
that went says where its articles are.

Trial 44 (F8): the user visited story 6 (`story show 6 --visit`); a later `add` regrouped its
articles into story 10. `story show 10` marked the articles already seen "● new" again (one read
in the reader), and `story show 6` said only "no story 6 in the library".
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from core.library.store import Library
from tui.cli import main

DATA = Path(__file__).parent / "data" / "regroup"  # a crane collapse: a witness sidebar first, then three reports


def test_articles_seen_before_a_regroup_are_not_new_in_the_story_they_joined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = Path(shutil.copytree(DATA, tmp_path / "regroup"))
    saved = datetime(2026, 12, 1, 12).timestamp()
    for file in data.iterdir():
        os.utime(file, (saved, saved))
    other = tmp_path / "chess.txt"
    other.write_text(
        "Chess final in Maranoa ends in a draw\n\n"
        "The regional chess championship in Maranoa ended on Sunday with a draw between the two finalists.\n\n"
        "Organisers said the event drew a record crowd of spectators to the old grain exchange.\n"
    )
    path = tmp_path / "lib.sqlite"
    lib = ["--library", str(path)]
    assert main(["add", str(other), *lib]) == 0
    assert main(["story", "show", "1", "--visit", *lib]) == 0  # the first look: what came later is news
    assert main(["add", str(data / "a_kestrel_sidebar.txt"), *lib]) == 0
    out = capsys.readouterr().out
    assert "added    story 2: " in out
    assert main(["story", "show", "2", "--visit", *lib]) == 0  # the user sees the sidebar
    capsys.readouterr()
    rest = [str(f) for f in sorted(data.iterdir()) if f.name != "a_kestrel_sidebar.txt"]
    assert main(["add", *rest, *lib]) == 0
    assert "regrouped: 1 article the library held in story 2 (" in capsys.readouterr().out
    with Library(path) as library:
        [story] = [s.id for s in library.stories() if s.id != 1]
        sidebar = next(a.id for a in library.story(story).articles if a.path.endswith("a_kestrel_sidebar.txt"))
    assert story != 2
    assert main(["story", "show", str(story), *lib]) == 0
    shown = capsys.readouterr().out.splitlines()
    [at] = [i for i, line in enumerate(shown) if line.strip().startswith(sidebar[:12])]
    assert "● new" not in shown[at + 1]  # seen in story 2: not new in the story it joined
    assert sum("● new" in line for line in shown) == 3  # the three reports that came since are
    # the number the user noted says where its articles went (and still fails: it is not that story)
    assert main(["story", "show", "2", *lib]) == 2
    said = capsys.readouterr().err
    assert f"story 2 was regrouped into story {story}" in said and f"`newsprism story show {story}`" in said
