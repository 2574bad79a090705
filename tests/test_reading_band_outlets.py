"""A radio station signs a byline with its name and its band ("By Ana Example, Kestrel FM";
invented inputs): the station is the outlet, as "Kestrel Radio" or "Kestrel News" is, and the
byline the writer's name. A time ("9 AM") or a title ("I Am Here") is no station."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import is_outlet_name
from core.reading.text import byline_outlet


@pytest.mark.parametrize("station", ["Kestrel FM", "Salt Point FM", "Coastline AM", "Kestrel Radio", "Kestrel 24"])
def test_a_station_after_the_names_is_the_outlet(tmp_path: Path, station: str) -> None:
    path = tmp_path / "kestrelfm_bulletin.txt"
    path.write_text(f"Ferry service to Brenvik resumes after storm\n\nBy Ana Example, {station}\n\n"
                    "BRENVIK, March 3 - The ferry between Brenvik and the islands ran again on Tuesday after two\n"
                    "days of storms, the operator said.\n\nThe first boat left at 7 a.m. with 140 passengers.\n",
                    encoding="utf-8")
    (article,) = read_file(path)
    assert (article.outlet, article.byline) == (station, "Ana Example")


@pytest.mark.parametrize(("name", "outlet"), [
    ("Kestrel FM", True), ("Coastline AM", True), ("9 AM", False), ("I Am Here", False), ("Ana Example", False),
])
def test_a_band_closes_a_station_name(name: str, outlet: bool) -> None:
    assert is_outlet_name(name) is outlet


def test_a_place_with_a_state_code_stays_no_outlet() -> None:
    assert byline_outlet("By Ana Example, Austin TX") is None
