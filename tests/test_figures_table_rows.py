"""A table row's values after their labels are counts of what each label names (trial 44 F4)."""

from __future__ import annotations

from core.linking.story import Story
from core.model import Link, LinkKind, Ref
from core.views.figures import compare, extract
from tests.reports import outlet_article

ROW = "Total — Suspected cases: 412; Confirmed cases: 53; Hospitalised (current): 30; Deaths: 9"
REPORT = "The agency said 412 suspected fever cases, 53 of them confirmed, and 9 deaths had been reported."


def test_a_rows_values_count_what_their_labels_name() -> None:
    got = [(f.text, f.value, f.unit, f.outcome) for f in extract([outlet_article("Agency", ROW)])]
    assert got == [("Suspected cases: 412", 412, "case", None), ("Confirmed cases: 53", 53, "case", None),
                   ("Hospitalised (current): 30", 30, "people", "in hospital"), ("Deaths: 9", 9, "people", "dead")]
    quay = [(f.value, f.unit) for f in extract([outlet_article("Port", "Vessels at anchor: 36 | Containers on quay (est.): 58,900")])]
    assert quay == [(36, "ship"), (58900, "container")]
    # a label that names no thing counted, a year, a clock: no count
    assert extract([outlet_article("P", "Population (2020): 310,000; Updated: 14")]) == []
    assert not [f for f in extract([outlet_article("P", "The meeting opened at 10:30; it closed at 12:15.")]) if f.kind == "count"]


def test_a_rows_values_meet_a_reports_counts_and_the_hospitalised_no_deaths() -> None:
    agency, radio = outlet_article("Agency", ROW), outlet_article("Radio", REPORT)
    story = Story((agency, radio), (Link(Ref(agency.id, 0), Ref(radio.id, 0), 0.4, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),)),))
    rows = {(g.quantity, tuple(sorted(f.value for f in g.figures)), g.disagree) for g in compare(story)}
    assert ("count (dead)", (9, 9), False) in rows
    assert any(values == (412, 412) and not disagree for _, values, disagree in rows)
    assert any(values == (53, 53) and not disagree for _, values, disagree in rows)
    # the 30 in hospital are in no row: no one else counts them, and they are no count of the dead
    assert not any(30 in values for _, values, _ in rows)
    # a row that gives another toll differs, as the dead
    changed = outlet_article("Agency", ROW.replace("Deaths: 9", "Deaths: 11"))
    story = Story((changed, radio), (Link(Ref(changed.id, 0), Ref(radio.id, 0), 0.4, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),)),))
    [dead] = [g for g in compare(story) if g.fate == "dead"]
    assert dead.disagree and sorted(f.value for f in dead.figures) == [9, 11]
