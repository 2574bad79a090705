"""A count whose noun is itself an outcome ("four dead", "cuatro desaparecidos", "quatre morts")
carries that outcome, in English and abroad, as "the 12 injured" does: the missing of one report
are never put in one row with the dead of another (trial 53 F3: `same: count: 4 people` held
"cuatro desaparecidos" beside "quatre morts", "Four people" and "four dead")."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare
from tests.figure_rows import article

DAY = "2031-04-03T10:00:00+00:00"
ES = ("El balance oficial de la rotura del dique de Orlen es de cuatro desaparecidos, según la protección civil. "
      "Los equipos de rescate siguen buscando a lo largo del río durante toda la noche.")
FR = ("Le bilan de la rupture de la digue d'Orlen s'élève à quatre morts, selon la protection civile. Les "
      "équipes de secours poursuivent les recherches le long de la rivière pendant toute la nuit.")
EN = "The toll from the Orlen levee breach now stands at four dead, according to the civil protection agency."
EN_DIED = "Four people have died since the Orlen levee broke, the civil protection agency said."


def _rows(*reports: tuple[str, str]) -> dict[str, list[str]]:
    story = Story.build([article(outlet, text, published=DAY) for outlet, text in reports])
    names = {a.id: a.outlet for a in story.articles}
    return {g.quantity: sorted(names[f.ref.article] for f in g.figures) for g in compare(story)}


def test_the_dead_by_their_own_noun_are_a_count_of_the_dead() -> None:
    rows = _rows(("Dispatch", EN), ("Digest", EN_DIED))
    assert rows == {"count (dead)": ["Digest", "Dispatch"]}


def test_the_missing_abroad_join_no_row_of_the_dead() -> None:
    rows = _rows(("Diario", ES), ("Courrier", FR), ("Dispatch", EN), ("Digest", EN_DIED))
    assert rows.get("count (dead)") == ["Courrier", "Digest", "Dispatch"], rows
    assert not any("Diario" in outlets for outlets in rows.values()), rows  # its missing are the only ones


def test_a_running_count_named_by_its_outcome_abroad_counts_people_of_that_outcome() -> None:
    # "Liczba ewakuowanych ... wzrosła do 900", "Le nombre d'évacués est passé à 900": the evacuated
    pl = ("Liczba ewakuowanych z Orlenu wzrosła do 900, po tym jak rzeka wystąpiła z brzegów - poinformowały "
          "służby ratunkowe regionu.")
    fr = ("Le nombre d'évacués à Orlen est passé à 900, mais le niveau de la rivière a commencé à baisser, selon les "
          "services d'urgence de la région.")
    assert _rows(("Agencja", pl), ("Digest", fr)) == {"count (evacuated)": ["Agencja", "Digest"]}
