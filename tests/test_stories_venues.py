"""Stories: a setting's name is where things happen, not what happens there. Two events at one court, one port
or one airport on one day share its name ("Westmere Crown Court", "l'Autoritat Portuària", "Kelby Airport": a
name built on a word of core.stories.words.SETTING_WORDS, marked a place's ``p:``) and its vocabulary, not the
event; a follow-up days later names the event's own thing (the stolen painting), which no place is, and joins
its story where what happened agrees (core.stories.cluster._things). All invented."""

from __future__ import annotations

from core.stories.cluster import evidence, profile
from tests.story_groups import article, stories

#: Two sentences handed down by one court on one day, each told by the same two papers.
COURT = [
    article("Accountant jailed for six years over charity fraud",
            "An accountant who took 410,000 pounds from a children's charity was jailed for six years at Westmere Crown "
            "Court on Tuesday.",
            "The judge said he had betrayed the trust of the charity's trustees for almost a decade.",
            outlet="Valley Gazette", published="2026-02-10T11:00:00Z"),
    article("Charity fraudster gets six years",
            "A Westmere Crown Court judge sentenced a former accountant to six years on Tuesday for stealing 410,000 pounds "
            "from the charity he kept the books for.",
            "The money paid for holidays and two cars, the court heard.",
            outlet="Westmere Mercury", published="2026-02-10T12:30:00Z"),
    article("Woman guilty of setting fire to ex-partner's barn",
            "A jury at Westmere Crown Court found a 39-year-old woman guilty of arson on Tuesday after a barn burned down "
            "at a farm near Oxley.",
            "The court heard that the fire destroyed hay and a tractor. She will be sentenced next month.",
            outlet="Valley Gazette", published="2026-02-10T15:00:00Z"),
    article("Oxley barn fire: woman convicted of arson",
            "An Oxley woman was convicted of arson at Westmere Crown Court on Tuesday for burning down her former "
            "partner's barn.",
            "Jurors took two hours to reach their verdict.",
            outlet="Westmere Mercury", published="2026-02-10T16:00:00Z"),
]


def test_two_verdicts_of_one_court_are_two_stories() -> None:
    for seed in range(3):
        assert stories(COURT, seed, by="title") == sorted(
            [sorted(a.title for a in COURT[:2]), sorted(a.title for a in COURT[2:])]
        )


def test_a_courts_name_is_a_settings() -> None:
    features = profile(COURT[0]).weights
    assert {"p:westmere", "p:crown", "p:court"} <= features.keys()
    assert "e:year" not in features  # "six years": the span of a sentence, not what happened


#: Two events at one port on one day, in Catalan: a crane collapse and a new ferry line, both naming the port's
#: authority, whose name's article is elided ("l'Autoritat Portuària").
PORT = [
    article("Una grua cau sobre un vaixell al port de Vilaclara",
            "Una grua de càrrega es va desplomar dijous al matí sobre un vaixell de contenidors al port de Vilaclara.",
            "Dos operaris van resultar ferits lleus. L'Autoritat Portuària de Vilaclara investiga la causa de l'accident.",
            outlet="Diari del Delta", published="2026-05-07T09:00:00+02:00"),
    article("Ferits dos operaris en caure una grua",
            "Dos operaris van resultar ferits quan una grua de càrrega va caure sobre un vaixell de contenidors a Vilaclara.",
            "L'Autoritat Portuària diu que la grua havia passat la revisió el mes passat.",
            outlet="El Far", published="2026-05-07T11:00:00+02:00"),
    article("Nova línia de ferri entre Vilaclara i Maó",
            "L'Autoritat Portuària de Vilaclara i la naviliera Mar Blava van presentar dijous una nova línia de ferri cap a "
            "Maó, amb tres sortides setmanals.",
            "La línia començarà a operar a l'estiu.",
            outlet="Diari del Delta", published="2026-05-07T13:00:00+02:00"),
    article("Mar Blava obrirà un ferri a Maó des de Vilaclara",
            "La naviliera Mar Blava obrirà a l'estiu una línia de ferri entre Vilaclara i Maó, ha anunciat amb l'Autoritat "
            "Portuària.",
            "Hi haurà tres sortides a la setmana.",
            outlet="El Far", published="2026-05-07T14:00:00+02:00"),
]


def test_two_events_of_one_port_are_two_stories() -> None:
    for seed in range(3):
        assert stories(PORT, seed, by="title") == sorted(
            [sorted(a.title for a in PORT[:2]), sorted(a.title for a in PORT[2:])]
        )


def test_a_name_after_an_elided_article_is_no_event_word() -> None:
    features = profile(PORT[3]).weights  # "... ha anunciat amb l'Autoritat Portuària."
    assert "e:l'autoritat" not in features
    assert "p:portuària" in features


#: A painting stolen from a gallery (a radio brief and a paper's report), charges over it six days later, and
#: another theft from the same gallery that week.
THEFT = [
    article("Painting stolen from gallery",
            "Thieves took the Halvorsen seascape from the Brackley Art Gallery overnight, police said.",
            outlet="Brackley Radio", published="2026-09-01T07:00:00Z"),
    article("Halvorsen seascape taken in night raid on Brackley gallery",
            "Thieves broke a skylight at the Brackley Art Gallery overnight and took the Halvorsen seascape, a painting "
            "insured for 2 million pounds, police said.",
            "The gallery's alarm sounded at 3.10 a.m. but the thieves had gone when officers arrived.",
            outlet="Brackley Courier", published="2026-09-01T15:00:00Z"),
    article("Woman charged over Halvorsen painting theft",
            "A 45-year-old woman has been charged with burglary over the theft of the Halvorsen seascape from the Brackley "
            "Art Gallery, police said.",
            "The painting has not been found.",
            outlet="Brackley Courier", published="2026-09-07T10:00:00Z"),
    article("Silver bowls stolen from Brackley gallery",
            "Two silver bowls were stolen from a display at the Brackley Art Gallery during opening hours, police said.",
            "Staff noticed the empty case at closing time.",
            outlet="Brackley Courier", published="2026-09-05T18:00:00Z"),
]


def test_a_follow_up_days_later_naming_the_stolen_thing_joins_its_story() -> None:
    for seed in range(3):
        assert stories(THEFT, seed, by="title") == sorted(
            [sorted(a.title for a in THEFT[:3]), [THEFT[3].title]]
        )


def test_another_theft_from_the_same_gallery_days_later_is_another_event() -> None:
    for report in THEFT[:3]:
        assert evidence(profile(report), profile(THEFT[3])).score < 0.2


def test_a_language_capitalising_its_nouns_keeps_them_as_event_words() -> None:
    # German writes every noun with a capital: "Brand" and "Lagerhalle" are what happened, not a name's words.
    fire = article("Großbrand in Lagerhalle",
                   "In der Nacht zum Montag ist in Kestrelburg eine Lagerhalle mit Getreide abgebrannt, teilte die Feuerwehr mit.",
                   "Der Brand war am Morgen gelöscht, verletzt wurde niemand.",
                   outlet="Kestrelburger Zeitung", published="2026-03-02T09:00:00+01:00")
    features = profile(fire).weights
    assert {"e:brand", "e:lagerhall"} <= features.keys(), sorted(f for f in features if f[0] == "e")
