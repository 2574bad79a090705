"""Stories across languages, read in each language's way: a share written "18 %", "18 Prozent" or
"18 por ciento" is the "18 percent" of an English report, a date "1. Juli 2027", "1er juillet 2027"
or "1 de julio de 2027" its "July 1, 2027"; and in a language that capitalises its nouns (German)
a capital says a noun, not a name, so that the report's nouns do not drown the names it shares
with the English one."""

from __future__ import annotations

from functools import partial

from core.model import Article, article_id
from core.stories.cluster import ACROSS_DETAILS, SAME_EVENT, evidence, group, profile
from tests.story_groups import article


_article = partial(article, published="2027-03-02")


# Invented reports of an invented event: a river pact signed in Ostravel.
ENGLISH = _article(
    "River states agree 22 percent cut in water draw, 310 million euro fund",
    "OSTRAVEL, March 2 (Lakeside Wire) - Eleven river states agreed on Tuesday to cut the water they draw "
    "from the Varna by 22 percent within six years and to set up a 310 million euro fund for farmers.",
    "Commissioner Ilse Marwick called the deal a turning point. The SeaGuard Trust said engineers had asked "
    "for a cut of 35 percent.",
    "Minister Tomas Brenner said 60 percent of the fund would go to small farms. The pact takes effect on "
    "July 1, 2027.",
    outlet="Lakeside Wire",
)
GERMAN = _article(
    "Fluss-Gipfel: Staaten einigen sich auf weniger Wasserentnahme",
    "Die elf Anrainerstaaten der Varna haben sich am Dienstag in Ostravel darauf geeinigt, die Entnahme von "
    "Wasser binnen sechs Jahren um 22 Prozent zu senken. Zugleich soll ein Fonds über 310 Millionen Euro "
    "den Landwirten helfen, die von den Einschnitten betroffen sind.",
    "Der Gipfel stand in der Nacht kurz vor dem Scheitern. Der Kompromiss sieht nun vor, dass 60 Prozent "
    "des Geldes an kleine Betriebe gehen. Die Einigung sei ein Wendepunkt, sagte Kommissarin Ilse Marwick.",
    "Die Umweltorganisation SeaGuard Trust kritisierte, Ingenieure hätten eine Senkung um 35 Prozent "
    "empfohlen. Minister Tomas Brenner sprach von einem historischen Tag.",
    "Der Pakt tritt am 1. Juli 2027 in Kraft.",
    outlet="Flusszeitung",
)
SPANISH = _article(
    "Los estados del Varna pactan recortar un 22 % la captación de agua",
    "Once estados ribereños acordaron este martes en Ostravel reducir un 22 % el agua que captan del Varna "
    "y crear un fondo de 310 millones de euros para los agricultores.",
    "La comisaria Ilse Marwick calificó el acuerdo de punto de inflexión. El pacto entrará en vigor el "
    "1 de julio de 2027.",
    outlet="Diario del Río",
)
FRENCH = _article(
    "Varna : accord à Ostravel pour réduire de 22 % les prélèvements d'eau",
    "Onze États riverains se sont engagés mardi à Ostravel à réduire de 22 pour cent leurs prélèvements "
    "d'eau, avec un fonds de 310 millions d'euros pour les agriculteurs.",
    "Le pacte entrera en vigueur le 1er juillet 2027, a précisé la commissaire Ilse Marwick.",
    outlet="Le Fleuve",
)


def test_a_share_written_in_another_languages_way_is_the_english_figure() -> None:
    for article in (GERMAN, SPANISH, FRENCH):
        assert "f:22 percent" in profile(article).weights, article.outlet
    assert "f:310 million" in profile(GERMAN).weights


def test_a_date_written_in_another_languages_way_is_the_english_date() -> None:
    assert "t:d07-01" in profile(ENGLISH).weights
    for article in (GERMAN, SPANISH, FRENCH):
        found = profile(article)
        assert "t:d07-01" in found.weights, article.outlet


def test_a_german_reports_nouns_are_no_names_its_names_are() -> None:
    found = profile(GERMAN)
    names = {f[2:] for f in found.weights if f[0] == "n"}
    assert {"ostravel", "marwick", "brenner", "seaguard"} <= names  # ("der Varna": a name after an article reads as a noun ...)
    assert not {"prozent", "millionen", "fonds", "einigung", "kompromiss", "gipfel", "wendepunkt", "senkung", "jahren"} & names
    runs = {f[2:] for f in found.weights if f[0] == "r"}
    assert "tomas brenner" in runs and not any("umweltorganisation" in r or "prozent" in r for r in runs)


def test_one_event_in_english_german_spanish_and_french_is_one_story() -> None:
    english = profile(ENGLISH)
    for article in (GERMAN, SPANISH, FRENCH):
        found = evidence(english, profile(article))
        assert found.score >= SAME_EVENT, article.outlet
        assert len(found.names) + len(found.figures) >= ACROSS_DETAILS
    assert group([profile(a) for a in (ENGLISH, GERMAN, SPANISH, FRENCH)]) == [[0, 1, 2, 3]]


def test_an_english_report_is_read_as_before() -> None:
    found = profile(ENGLISH)
    assert {"f:22 percent", "f:35 percent", "f:60 percent", "f:310 million", "r:ilse marwick", "r:tomas brenner"} <= set(found.weights)


def test_a_german_noun_another_language_names_is_a_name_of_the_pair() -> None:
    # "Die elf Anrainerstaaten der Varna": read alone, a capital after an article is a noun; the
    # English report names the river, so the two share it. Nothing else the German report reads
    # as a noun becomes a name ("Prozent", "Einigung": no English report names them).
    english, german = profile(ENGLISH), profile(GERMAN)
    assert "n:varna" not in german.weights and "n:varna" in english.weights
    for found in (evidence(english, german), evidence(german, english)):
        assert "varna" in found.names
        assert set(found.names) <= {"varna", "marwick", "brenner", "seaguard", "ostravel", "ilse marwick", "tomas brenner"}


GERMAN_FOLLOW_UP = _article(
    "Varna-Pakt: Bauern fordern mehr Geld",
    "Nach der Einigung von Ostravel fordern die Landwirte an der Varna mehr Geld aus dem Fonds. Die Einigung sei "
    "ein Anfang, sagte Minister Tomas Brenner.",
    outlet="Agrarbote",
)


def test_two_german_reports_nouns_stay_nouns() -> None:
    # Two reports in one language that capitalises its nouns: neither says that "Varna" or
    # "Einigung" is a name, whichever of them writes it where a noun stands.
    found = evidence(profile(GERMAN), profile(GERMAN_FOLLOW_UP))
    assert not {"varna", "einigung", "fonds", "landwirte"} & set(found.names)


def _datelined(dateline: str | None) -> Article:
    return Article(
        id=article_id("Flusszeitung", "Hochwasser", (dateline or "",)), path="x.txt", outlet="Flusszeitung",
        title="Hochwasser an der Varna",
        paragraphs=("Im nördlichen Kestrelburg stand das Wasser am Dienstag einen Meter hoch. Die Feuerwehr "
                    "brachte 40 Bewohner in Sicherheit, sagte Sprecherin Anja Lorentz.",),
        published="2027-03-02", dateline=dateline,
    )


def test_the_place_a_german_dateline_gives_is_a_name_where_a_noun_stands() -> None:
    # "das nördliche Kestrelburg": after an adjective's ending a capital stands where a noun does;
    # the dateline says it is the place the report is filed from.
    assert "n:kestrelburg" in profile(_datelined("KESTRELBURG (dpa)")).weights
    assert "n:kestrelburg" in profile(_datelined("Kestrelburg, 2. März (dpa)")).weights
    assert "n:kestrelburg" not in profile(_datelined(None)).weights  # no dateline: read as before
