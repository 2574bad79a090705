"""A unit's symbol is no name a story's reports share (trial 55 F9: `stories` listed "GW (8)"
among the blackout's names): a word the reports print only right after a number ("4.2 GW", "the
400 kV line") is left out of the "why"; a name printed elsewhere too stays."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from core.library.store import Library
from tests.reports import titled_report

_article = partial(titled_report, published="2026-12-02")

REPORTS = [
    _article("Nordwire", "Millions without power as Ostmara blackout cascades",
             "Nearly three million customers in Ostmara were left without electricity after the Brenna-Holmvik "
             "interconnector tripped, grid operator OstNet said.",
             "OstNet said 4.2 GW of generating capacity disconnected after the 400 kV line tripped."),
    _article("Baltic Ledger", "Blackout cascades across Ostmara",
             "Nearly three million customers in Ostmara lost power after the Brenna-Holmvik interconnector "
             "tripped, OstNet said.",
             "OstNet said 4.5 GW of generating capacity disconnected after the 400 kV line tripped."),
    _article("Grid Watch", "Ostmara prices jump after blackout",
             "Prices in Ostmara jumped after OstNet lost 4.2 GW when the Brenna-Holmvik interconnector tripped.",
             "The 400 kV Brenna-Holmvik line had been overloaded for years, traders said."),
]


def test_a_unit_printed_only_after_numbers_is_no_shared_name(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        for article in REPORTS:
            library.add(article, source=article.path, link=False)
        [story] = library.stories()
        names = dict(library.grounds(story.id).names)
    assert {"OstNet", "Ostmara", "Brenna-Holmvik"} <= names.keys(), names
    assert not names.keys() & {"GW", "kV", "gw", "kv"}, names
