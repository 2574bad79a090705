"""A measurement in a unit's symbol is a quantity of that unit, never a count of things: a trial's
"25 ppm" (an ammonia limit) was read as a count of "ppms", beside "47 Menschen" and "47 pessoas"
(core.views.figures._MEASUREMENT_UNITS)."""

from __future__ import annotations

import pytest

from core.linking.story import Story
from core.views.figures import compare, extract
from tests.figure_rows import article


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, f.kind) for f in extract([article("Outlet", text)])]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Measurements at the edge of the zone showed 35 ppm of ammonia; the limit is 25 ppm.",
         [(35.0, "ppm", "concentration"), (25.0, "ppm", "concentration")]),
        ("Der Grenzwert liegt bei 25 ppm, gemessen wurden 35 PPM.", [(25.0, "ppm", "concentration"), (35.0, "ppm", "concentration")]),
        ("As medições registaram 35ppm de amoníaco.", [(35.0, "ppm", "concentration")]),
        # a capitalised word before a number makes a name's number ("Boeing 737"), not before a unit's symbol
        ("Messungen ergaben am Dienstagmorgen 35 ppm Ammoniak.", [(35.0, "ppm", "concentration")]),
        ("Concentrations reached 40 mg/m3 near the school and 12 µg/m³ in the town, 9 μg/m3 at the port.",
         [(40.0, "mg/m³", "concentration"), (12.0, "µg/m³", "concentration"), (9.0, "µg/m³", "concentration")]),
        ("The noise reached 85 dB near the site, and 110 kV lines were cut.", [(85.0, "dB", "loudness"), (110.0, "kV", "voltage")]),
        ("Temperatures reached 30°C by noon and 86 °F inland.", [(30.0, "°C", "temperature"), (86.0, "°F", "temperature")]),
        ("Workers received 3 mSv, a dose of 20 µg was found, and the pressure fell to 980 hPa.",
         [(3.0, "mSv", "radiation"), (20.0, "µg", "mass"), (980.0, "hPa", "pressure")]),
        ("The plant produced 450 GWh last year.", [(450.0, "GWh", "energy")]),
    ],
)
def test_a_measurement_in_a_units_symbol_is_a_quantity_of_that_unit(text: str, read: list[tuple[float, str, str]]) -> None:
    assert _read(text) == read


def test_two_outlets_measurements_are_compared_as_measurements_not_counts() -> None:
    story = Story.build([
        article("Nordkurier", "Messungen ergaben am Dienstagmorgen 35 ppm Ammoniak. Der Grenzwert liegt bei 25 ppm. Im Krankenhaus wurden 47 Menschen behandelt."),
        article("Atlantico", "As medições registaram 35 ppm de amoníaco, acima do limite de 25 ppm. O hospital tratou 47 pessoas."),
    ])
    groups = compare(story)
    assert not any(g.kind == "count" and "ppm" in g.quantity for g in groups)
    assert sorted((g.kind, g.figures[0].value, len(g.figures)) for g in groups if any(f.unit == "ppm" for f in g.figures)) == [
        ("concentration", 25.0, 2), ("concentration", 35.0, 2)]  # each value with its equal, across languages
