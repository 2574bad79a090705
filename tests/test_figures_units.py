"""Measures in units of one dimension (trial 55 F1, F9): a power in GW is one in MW, however an
outlet spells the unit or groups the number's thousands; a voltage is no count of what it names."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare, extract, values_text
from tests.figure_rows import article


def test_a_power_is_read_in_each_unit_and_spelling_as_its_size() -> None:
    reports = [
        article("Grid Wire", "The operator said 4.2 GW of generating capacity disconnected on Tuesday."),
        article("Power Desk", "The operator said 4,200 MW of generation was lost on Tuesday."),
        article("Elbe Post", "Nach Angaben des Netzbetreibers gingen 4.200 Megawatt Erzeugungsleistung vom Netz, "
                             "sagte der Betreiber am Dienstag."),
        article("Nordblad", "Enligt nätoperatören föll 4 200 megawatt produktion bort på tisdagskvällen."),
        article("Kanaal", "Netbeheerder meldt dat 4,2 gigawatt aan productiecapaciteit wegviel na de storing."),
        article("Svitanok", "За даними оператора, з мережі випало 4200 МВт генерації після аварії."),
    ]
    read = [[(f.unit, f.kind, f.size) for f in extract([report])] for report in reports]
    assert read == [[("GW", "power", 4.2e9)], [("MW", "power", 4.2e9)], [("MW", "power", 4.2e9)],
                    [("MW", "power", 4.2e9)], [("GW", "power", 4.2e9)], [("MW", "power", 4.2e9)]]


def test_a_voltage_is_no_count_of_the_line_it_names() -> None:
    [line] = extract([article("Grid Wire", "The plant went offline after the 400 kV line tripped at noon.")])
    assert (line.text, line.unit, line.kind, line.value) == ("400 kV", "kV", "voltage", 400)


def test_one_power_in_two_units_is_one_quantity_and_another_value_differs() -> None:
    a = article("Grid Wire", "OstNet said 4.2 GW of generating capacity disconnected within 90 seconds on Tuesday evening.")
    b = article("Power Desk", "OstNet said 4,200 MW of generating capacity disconnected within 90 seconds on Tuesday evening.")
    c = article("Ledger", "OstNet said 4.5 GW of generating capacity disconnected within 90 seconds on Tuesday evening.")
    [power] = [g for g in compare(Story.build([a, b, c])) if g.kind == "power"]
    verdicts = {f.text: v for f, v in zip(power.figures, power.verdicts)}
    assert verdicts == {"4.2 GW": "same", "4,200 MW": "same", "4.5 GW": "differ"}
    # the units as written, in their standard case
    assert "GW" in values_text(power) and "gw" not in values_text(power)
