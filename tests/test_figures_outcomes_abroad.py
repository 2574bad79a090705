"""A count's row is keyed by what happened to what it counts, whatever the language (trial 48
F1): "7 personnes ont été hospitalisées", "7 Menschen ins Krankenhaus eingeliefert", "7 persone
ricoverate", "7 mensen in het ziekenhuis opgenomen" and "8 people were hospitalised" are one
quantity on which the outlets disagree, not an English row and an agreeing French one; the
missing stay apart from those in hospital, the injured from the dead."""

from __future__ import annotations

from core.linking.story import Story
from core.text import outcome_abroad
from core.views.figures import compare
from tests.figure_rows import article

EN = ("Eight people have been taken to hospital and one woman has died in a listeria outbreak linked to soft cheese "
      "from the Varnel dairy, health officials said on Friday. So far 8 people were hospitalised and 4 people are "
      "missing, the officials said.")
FR = ("Une épidémie de listériose liée aux fromages de la laiterie Varnel a fait une victime, selon les autorités "
      "sanitaires. Au total, 7 personnes ont été hospitalisées et une femme est morte, a indiqué l'agence dans un communiqué.")
DE = ("Nach einem Listerien-Ausbruch durch Weichkäse der Molkerei Varnel ist eine Frau gestorben, wie die "
      "Gesundheitsbehörden am Freitag mitteilten. Insgesamt wurden 7 Menschen in ein Krankenhaus eingeliefert, und "
      "5 Menschen werden noch vermisst, hieß es.")
IT = ("Un focolaio di listeria legato ai formaggi del caseificio Varnel ha causato la morte di una donna, secondo le "
      "autorità sanitarie. Finora 7 persone sono state ricoverate in ospedale e le indagini continuano, ha detto l'agenzia.")
NL = ("Een uitbraak van listeria door zachte kaas van zuivelbedrijf Varnel heeft een vrouw het leven gekost, meldden de "
      "gezondheidsautoriteiten vrijdag. In totaal zijn 7 mensen in het ziekenhuis opgenomen en de autoriteiten "
      "onderzoeken de zaak nog, zei het agentschap.")


def _rows(*texts: tuple[str, str]) -> dict[str, list[tuple[str, float]]]:
    story = Story.build([article(outlet, text) for outlet, text in texts])
    names = {a.id: a.outlet for a in story.articles}
    return {g.quantity: sorted((names[f.ref.article], f.value) for f in g.figures) for g in compare(story)}


def test_outcomes_are_read_in_the_language_of_the_report() -> None:
    assert outcome_abroad("hospitalisées", "fr") == outcome_abroad("ricoverate", "it") == "in hospital"
    assert outcome_abroad("Krankenhaus", "de") == outcome_abroad("ziekenhuis", "nl") == "in hospital"
    assert outcome_abroad("Verletzte", "de") == outcome_abroad("blessés", "fr") == "injured"
    assert outcome_abroad("vermisst", "de") == "missing" and outcome_abroad("morts", "fr") == "dead"
    assert outcome_abroad("total", "de") is None and outcome_abroad("hospitalisées", None) is None


def test_one_row_for_those_in_hospital_across_languages() -> None:
    rows = _rows(("Daily Post", EN), ("Le Courrier", FR), ("Die Zeitung", DE), ("Il Giornale", IT), ("De Krant", NL))
    hospital = rows["count (in hospital)"]
    assert ("Daily Post", 8.0) in hospital
    assert {outlet for outlet, value in hospital if value == 7.0} == {"Le Courrier", "Die Zeitung", "Il Giornale", "De Krant"}
    assert rows["count (missing)"] == [("Daily Post", 4.0), ("Die Zeitung", 5.0)]
    assert len(rows) == 2


def test_the_injured_abroad_are_no_count_of_the_dead() -> None:
    en = ("A gas explosion in the Varnel dairy's cellar killed 6 people on Friday, the fire service said, "
          "and the building was evacuated while crews searched it.")
    fr = ("L'explosion dans la cave de la laiterie Varnel a fait 6 blessés vendredi, selon les pompiers, qui ont "
          "évacué le bâtiment pendant les recherches dans les décombres.")
    assert not any(quantity.startswith("count") for quantity in _rows(("Daily Post", en), ("Le Courrier", fr)))


DIED_EN = ("A listeria outbreak linked to Varnel cheese has killed one woman, health officials said on Friday. "
           "The victim, an 81-year-old woman, died on 14 November in hospital, the agency said.")
DIED_FR = ("Une épidémie de listériose liée aux fromages de la laiterie Varnel a fait une victime, selon les autorités "
           "sanitaires. La victime, une femme de 81 ans, est morte le 13 novembre à l'hôpital, a indiqué l'agence.")
DIED_DE = ("Nach einem Listerien-Ausbruch durch Weichkäse der Molkerei Varnel ist eine Frau gestorben, wie die "
           "Gesundheitsbehörden mitteilten. Die 81-jährige Frau starb am 14. November im Krankenhaus, hieß es.")


def test_the_day_of_one_outcome_is_one_date_across_languages() -> None:
    rows = _rows(("Daily Post", DIED_EN), ("Le Courrier", DIED_FR), ("Die Zeitung", DIED_DE))
    assert rows["date"] == [("Daily Post", 1114.0), ("Die Zeitung", 1114.0), ("Le Courrier", 1113.0)]
    # "13 novembre" is a day, no count of anything
    assert not any(quantity.startswith("count") for quantity in rows)


def test_days_of_two_outcomes_are_two_dates() -> None:
    fell_ill = DIED_EN.replace("died on 14 November in hospital", "fell ill on 2 November and was taken to hospital")
    assert "date" not in _rows(("Daily Post", fell_ill), ("Le Courrier", DIED_FR))


def test_people_counted_by_their_outcome_abroad_meet_the_english_count() -> None:
    en = ("A gas explosion in the Varnel dairy's cellar killed 6 people on Friday, the fire service said, "
          "and 11 people were injured while crews searched the building.")
    fr = ("L'explosion dans la cave de la laiterie Varnel a fait 5 morts vendredi, selon les pompiers, "
          "qui ont trouvé 11 blessés en fouillant le bâtiment dans la soirée.")
    rows = _rows(("Daily Post", en), ("Le Courrier", fr))
    assert rows["count (dead)"] == [("Daily Post", 6.0), ("Le Courrier", 5.0)]
    assert rows["count (injured)"] == [("Daily Post", 11.0), ("Le Courrier", 11.0)]


def test_turkish_outcomes_are_read() -> None:
    """Trial 52 F2b: "yaralı sayısını 12 olarak" (gave the number of injured as 12) was no figure:
    Turkish had no outcome words."""
    from core.views.figures import extract
    lead = ("Belmar limanında çıkan yangında bir feribot ağır hasar gördü ve liman sabaha kadar kapalı kaldı. "
            "Yetkililer olayla ilgili soruşturma başlattı. ")
    said = article("Haber", lead + "Liman sözcüsü, yangın sırasında 9 kişi yaralandı dedi.")
    given = article("Gazete", lead + "Polis yaralı sayısını 9 olarak verdi.")
    wire = article("Wire", "A fire damaged a ferry at Belmar port on Monday, and 9 people were injured in the fire, "
                           "a port spokesman said.")
    assert [(f.value, f.outcome) for f in extract([given]) if f.kind == "count"] == [(9, "injured")]
    injured = [g for g in compare(Story((said, given, wire), ())) if g.fate == "injured"]
    assert [sorted(f.ref.article for f in g.figures) for g in injured] == [sorted(a.id for a in (said, given, wire))]
    assert outcome_abroad("yaralandı", "tr") == outcome_abroad("yaralı", "tr") == "injured"
    assert outcome_abroad("oldu", "tr") is None  # "became", as "öldü" (died) folds
