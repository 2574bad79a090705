"""A row's values after their labels ("Deaths: 7") are figures a link shares or changes, no clock's minutes."""

from __future__ import annotations

from core.linking.evidence import differences, evidence

ROW = "Total — Suspected cases: 496; Confirmed cases: 61; Hospitalised (current): 40; Deaths: 7"
REPORT = ("The agency said on Wednesday that 496 suspected fever cases, 61 of them confirmed, and 7 deaths "
          "had been reported in the town.")


def test_a_rows_labelled_values_are_shared_figures() -> None:
    # trial 44 F4: a situation report's row shared 496, 61 and 7 with a report of it, yet the
    # link listed no figure (each value after "label:" was read as a clock's minutes)
    assert set(evidence(ROW, REPORT).figures) == {"496", "61", "7"}
    # the hospitalised are no count of the dead: no difference
    assert differences(ROW, REPORT) == []
    quay = "Vessels at anchor: 36; Containers on quay: 58,900; Dockworkers on strike: 3,000"
    said = "Some 36 vessels were at anchor and 3,000 dockworkers were on strike, with 58,900 containers on the quay."
    assert set(evidence(quay, said).figures) == {"36", "58,900", "3,000"}
    assert set(evidence("Fallecidos: 7; Hospitalizados: 40", "Siete fallecidos y 40 hospitalizados.").figures) == {"40"}


def test_a_rows_changed_value_is_a_difference_of_its_label() -> None:
    changed = ROW.replace("Deaths: 7", "Deaths: 9")
    assert [(d.a, d.b, d.what) for d in differences(changed, REPORT)] == [("9", "7", "figure")]
    quay = "Vessels at anchor: 36; Containers on quay: 58,900"
    assert [(d.a, d.b) for d in differences(quay, "Some 36 vessels were at anchor, with 61,000 containers on the quay.")] == [
        ("58,900", "61,000")]


def test_a_clock_time_is_still_no_count() -> None:
    assert [(d.a, d.b, d.what) for d in differences("The meeting began at 6:40 and ended at 9:15.",
                                                   "The meeting began at 6:40 and ended at 9:45.")] == [("9:15", "9:45", "date")]
    assert evidence("Polls open at 7:30 in the town.", "In the town polls open at 7:30, officials said.").figures == ("7:30",)
