"""Numbers in words of the other languages news is read in are figures (a grounding's "seis
días", "sechs Tage", "altı gün", "veintitrés tripulantes" were read as nothing beside the English
"six days" and "23 crew"): core.numbers reads each language's words by its own table, composed as
the language composes them; a unit of time abroad is a duration, as "days" is."""

from __future__ import annotations

import pytest

from core.linking.story import Story
from core.numbers import number_value
from core.views.figures import compare, extract
from tests.figure_rows import article


@pytest.mark.parametrize(("language", "words", "value"), [
    ("es", "seis", 6), ("es", "veintitrés", 23), ("es", "treinta y tres", 33), ("es", "mil doscientos", 1200),
    ("pt", "vinte e três", 23), ("pt", "quinhentos", 500), ("fr", "sept", 7), ("fr", "soixante-dix", 70),
    ("fr", "quatre-vingt-dix-neuf", 99), ("fr", "vingt et un", 21), ("fr", "deux cents", 200),
    ("de", "sechs", 6), ("de", "dreiundzwanzig", 23), ("de", "zweihundertfünfzig", 250), ("de", "Zwölf", 12),
    ("nl", "drieëntwintig", 23), ("it", "ventitré", 23), ("it", "trentotto", 38), ("it", "duemila", 2000),
    ("tr", "altı", 6), ("tr", "yirmi üç", 23), ("tr", "on bir", 11), ("tr", "iki yüz elli", 250),
    ("pl", "sześć", 6), ("pl", "dwudziestu trzech", 23), ("pl", "trzy tysiące pięćset", 3500),
])
def test_numbers_in_words_abroad(language: str, words: str, value: int) -> None:
    assert number_value(words, language=language) == value


def test_articles_and_numbers_of_no_order_are_none() -> None:
    # "un", "ein", "bir" are articles as often as ones; "cinco y seis" is two numbers; English
    # reads no Spanish
    assert [number_value(w, language=lang) for w, lang in (("un", "fr"), ("ein", "de"), ("bir", "tr"), ("cinco y seis", "es"))] == [None] * 4
    assert number_value("seis") is None and number_value("seis", language="en") is None and number_value("six", language="fr") == 6


SPANISH = ("El carguero Halvard Star lleva seis días varado en el bajío frente al cabo Ostra, según la guardia costera, "
           "y los veintitrés tripulantes están a salvo según la naviera, que no ha dicho nada más.")
GERMAN = ("Der Frachter Halvard Star sitzt seit sechs Tagen vor Kap Ostra fest, wie die Küstenwache mitteilte, und "
          "die dreiundzwanzig Besatzungsmitglieder seien in Sicherheit, sagte die Reederei.")
TURKISH = ("Halvard Star yük gemisi altı gündür Ostra Burnu açıklarında sığlıkta mahsur ve gemideki yirmi üç "
           "mürettebat güvende, sahil güvenlik açıkladı bu sabah.")
ITALIAN = ("Tu sei stato informato: la nave Halvard Star è bloccata da sei giorni sulla secca di capo Ostra, ha detto "
           "la guardia costiera, e non è chiaro quando sarà liberata.")


@pytest.mark.parametrize("text", [SPANISH, GERMAN, TURKISH])
def test_days_and_crew_in_words_abroad(text: str) -> None:
    figures = {(f.value, f.unit, f.kind) for f in extract([article("Gazette", text)])}
    assert {(6.0, "day", "duration"), (23.0, "crew", "count")} <= figures


def test_a_number_word_before_no_known_unit_is_no_figure() -> None:
    # the Italian "sei" of "sei stato" (you have been) counts nothing; "sei giorni" are six days
    assert [(f.value, f.unit) for f in extract([article("Gazette", ITALIAN)])] == [(6.0, "day")]


def test_twenty_three_crew_in_words_abroad_join_the_english_row() -> None:
    story = Story.build([
        article("Daily Post", "The freighter Halvard Star, with 22 crew members aboard, grounded off Cape Ostra, the "
                "company said."),
        article("Diario", SPANISH), article("Haber", TURKISH),
    ])
    rows = [(g.unit, sorted(f.value for f in g.figures), g.disagree) for g in compare(story)]
    assert ("crew", [22.0, 23.0, 23.0], True) in rows


def test_six_days_abroad_join_the_english_row_of_days() -> None:
    # a span of time of one value in two languages is one figure given in both, as a count is:
    # the ship stuck "seis días" and "altı gündür" beside the English "six days" and "five days"
    story = Story.build([
        article("Daily Post", "The freighter Halvard Star has been stuck on a shoal off Cape Ostra for six days, the "
                "coastguard said."),
        article("River News", "The freighter Halvard Star, aground off Cape Ostra, has now been stuck for five days, "
                "its owners said."),
        article("Diario", SPANISH), article("Haber", TURKISH),
    ])
    rows = [(g.quantity, sorted(f.value for f in g.figures), g.disagree) for g in compare(story) if g.kind == "duration"]
    assert rows == [("duration", [5.0, 6.0, 6.0, 6.0], True)]


@pytest.mark.parametrize("text", [
    "La empresa dijo que un millón de personas se quedaron sin luz durante la tormenta que azotó la costa del país.",
    "Nach Angaben der Behörden waren eine Million Menschen ohne Strom, nachdem der Sturm die Küste getroffen hatte.",
])
def test_a_word_of_one_before_a_scale_is_one(text: str) -> None:
    # alone "un" and "eine" are articles; before a scale, one of it
    assert [(f.value, f.unit) for f in extract([article("Gazette", text)])] == [(1e6, "people")]


def test_days_in_polish_words() -> None:
    text = ("Statek od sześciu dni stoi na mieliźnie, a wszystkich marynarzy ewakuowano, podała w poniedziałek "
            "straż przybrzeżna.")
    assert [(f.value, f.unit, f.kind) for f in extract([article("Gazeta", text)])] == [(6.0, "day", "duration")]
