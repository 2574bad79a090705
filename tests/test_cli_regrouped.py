"""The `regrouped:` lines of `add`, `refresh` and the reader's refresh name exactly the articles a
library held that are in another story now, where they were and where they are.

A trial's user (42) read "regrouped: 4 articles the library held in story 1 (Nordische
Rundschau: ...; 2 more) are now in story 18" after `add corpus/day9`, then found the Rundschau
report in story 1: the next `refresh --force` had moved it back (its own line said so). Each line
says what moved between the command's start and its end, no more: an article moved and moved
back within one command is not named, one moved back by the next command is named by that one.
"""

from __future__ import annotations

from pathlib import Path

from core.library.store import Library
from core.model import Article, article_id
from tui.cli_library import regrouped_lines


def _report(outlet: str, town: str, what: str) -> Article:
    title = f"{what} in {town}"
    body = (f"{what} in {town} on Tuesday, the {town} council said, after a week of talks with the {outlet} panel.",
            f"Residents of {town} were told more would follow from the council of {town} on Friday.")
    return Article(id=article_id(outlet, title, body), path=outlet, outlet=outlet, title=title, paragraphs=body,
                   published="2026-03-03T09:00:00+00:00")


def test_a_regroup_line_names_exactly_the_articles_that_moved(tmp_path: Path) -> None:
    reports = [_report("Quay Herald", "Marlow", "Ferry fares rise"), _report("Tessel Courier", "Eastbridge", "Bridge shut"),
               _report("Valley Voice", "Norrvik", "Clinic closes"), _report("Pier Post", "Calder", "Harbour dredged"),
               _report("Dune Gazette", "Oststrand", "School rebuilt")]
    with Library(tmp_path / "lib.sqlite") as library:
        stories = [library.add(a, source=a.path).story for a in reports]
        library.merge(stories[0], stories[1:4])  # one story of four; the fifth apart
        one, apart = stories[0], stories[4]
        ids = [a.id for a in reports]
        held = library.placements()
        assert [held[i] for i in ids] == [one] * 4 + [apart]
        # the second and third move to the fifth's story; the fourth moves there and back
        library.move([ids[1], ids[2], ids[3]], apart)
        library.move([ids[3]], one)
        [line] = regrouped_lines(library, held, {})
        assert line.startswith(
            f"regrouped: 2 articles the library held in story {one} (Tessel Courier: “Bridge shut in Eastbridge”; "
            f"Valley Voice: “Clinic closes in Norrvik”) are now in story {apart}, titled “")
        assert "Pier Post" not in line and "Quay Herald" not in line and "Dune Gazette" not in line
        # the next command moves one back: its line names that one, from where to where
        held = library.placements()
        library.move([ids[2]], one)
        [line] = regrouped_lines(library, held, {})
        assert line.startswith(f"regrouped: 1 article the library held in story {apart} "
                               f"(Valley Voice: “Clinic closes in Norrvik”) is now in story {one}, titled “")
