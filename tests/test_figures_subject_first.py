"""A count whose subject comes before it ("Gli arresti sono stati 41", "Les arrestations sont au
nombre de 41", "Arrests totalled 41") or whose verb follows it with no noun between ("41 foram
detidas") counts people, by what happened to them; a number followed by a function word or a form
of "to be" and nothing that says what it counts is no figure ("41 e" was a count of "e")."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare, extract
from tests.figure_rows import article

LEAD = {
    "it": "I lavoratori dei traghetti di Belmar hanno scioperato martedì e al porto si sono formate lunghe code. ",
    "pt": "Os trabalhadores das balsas de Belmar fizeram greve na terça-feira e formaram-se longas filas no porto. ",
    "fr": "Les employés des ferries de Belmar ont fait grève mardi et de longues files se sont formées dans le port. ",
    "es": "Los trabajadores de los transbordadores de Belmar hicieron huelga el martes y se formaron largas colas. ",
    "en": "Ferry workers in Belmar went on strike on Tuesday and long queues formed at the port's ticket offices. ",
}
COUNT = {
    "it": "Gli arresti sono stati 41 e 9 agenti sono rimasti feriti vicino al municipio, secondo la polizia.",
    "pt": "Segundo a polícia, 41 foram detidas e 9 agentes ficaram feridos perto da câmara municipal.",
    "fr": "Les arrestations sont au nombre de 41 et 9 policiers ont été blessés près de la mairie, selon la police.",
    "es": "Los detenidos fueron 41 y 9 agentes resultaron heridos cerca del ayuntamiento, según la policía.",
    "en": "Arrests totalled 41 and nine officers were injured near the town hall, police said.",
}


def test_subject_first_counts_are_counts_of_the_arrested() -> None:
    for language, text in COUNT.items():
        counts = [(f.value, f.unit, f.outcome) for f in extract([article("Gazette", LEAD[language] + text)]) if f.value == 41]
        assert counts == [(41, "people", "arrested")], language


def test_one_row_of_the_arrested_across_languages() -> None:
    reports = tuple(article(f"Outlet {language}", LEAD[language] + text) for language, text in COUNT.items())
    rows = [g for g in compare(Story(reports, ())) if any(f.value == 41 for f in g.figures)]
    assert [(g.quantity, len(g.figures)) for g in rows] == [("count (arrested)", 5)]


def test_a_number_before_a_function_word_alone_is_no_figure() -> None:
    text = LEAD["it"] + "I partecipanti erano 41 e la polizia ha chiuso il porto per sei ore."
    assert [f.text for f in extract([article("Gazette", text)]) if f.kind == "count"] == []


def test_a_subject_first_count_before_a_mark_counts_the_people_its_subject_names() -> None:
    """Trial 52 F2b: "I feriti sono stati 11, dieci passeggeri e ..." was no figure: with a mark
    after the number there is no word to read as a function word, yet its subject says who."""
    for language, text in (("it", "Gli arresti sono stati 41, quasi tutti giovani, secondo la polizia."),
                           ("es", "Los detenidos fueron 41, según la policía."),
                           ("fr", "Selon la police, les interpellés sont 41.")):
        counts = [(f.value, f.unit, f.outcome) for f in extract([article("Gazette", LEAD[language] + text)]) if f.value == 41]
        assert counts == [(41, "people", "arrested")], language
    # a subject that says nothing happened to anyone: no figure
    text = LEAD["it"] + "I partecipanti erano 41, secondo la polizia."
    assert [f.text for f in extract([article("Gazette", text)]) if f.kind == "count"] == []
