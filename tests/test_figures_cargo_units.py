"""A cargo's units and counted nouns abroad, and a ship's size in TEU (trial 48 F4): "210
toneladas" is a mass beside "210 tonnes", "312 contentores" and "312 contenedores" count the
containers "312 containers" counts, and a "9,400-TEU vessel" is a capacity in TEU, no count of
ships."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare, extract
from tests.figure_rows import article

EN = ("The freighter Talmora Bay lost 312 containers overboard off Cape Rensk on Tuesday, and 210 tonnes of diesel "
      "leaked from a cracked tank, the coastguard said.")
PT = ("O cargueiro Talmora Bay perdeu 312 contentores ao largo do cabo Rensk na terça-feira e 210 toneladas de gasóleo "
      "foram derramadas, segundo a guarda costeira.")
ES = ("El carguero Talmora Bay perdió 312 contenedores frente al cabo Rensk el martes y se derramaron 210 toneladas de "
      "gasóleo, según la guardia costera.")


def _rows(*reports: tuple[str, str]) -> dict[str, list[tuple[str, str, float]]]:
    story = Story.build([article(outlet, text) for outlet, text in reports])
    names = {a.id: a.outlet for a in story.articles}
    return {f"{g.kind}: {g.unit}": sorted((names[f.ref.article], f.unit, f.value) for f in g.figures) for g in compare(story)}


def test_tonnes_and_containers_abroad_join_the_english_rows() -> None:
    rows = _rows(("Daily Post", EN), ("Jornal", PT), ("Diario", ES))
    assert [outlet for outlet, _, _ in rows["mass: tonne"]] == ["Daily Post", "Diario", "Jornal"]
    assert [outlet for outlet, _, _ in rows["count: container"]] == ["Daily Post", "Diario", "Jornal"]
    assert len(rows) == 2


def test_a_ships_size_in_teu_is_no_count_of_ships() -> None:
    report = article("Daily Post", "Four tugs pulled at the 9,400-TEU vessel on Thursday, and a 14,000-TEU ship waited nearby.")
    units = {(f.value, f.unit, f.kind) for f in extract([report])}
    assert (9400.0, "TEU", "capacity") in units and (14000.0, "TEU", "capacity") in units
    assert not any(unit == "ship" for _, unit, _ in units)
