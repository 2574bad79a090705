"""Counts of people treated in hospital, told in several languages over several days (trial 54
F1): those treated are those in hospital in every language ("treated", "behandelt", "tratadas",
"curate", "hoidettu", "tedavi"), a number after "to be" and an adverb of time counts the subject
before it ("le persone curate ... sono ora 52"), and the count of an earlier day, an estimate
("dozens") too, stands in the row of the latest day as that day's count."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare, extract, values_text
from tests.figure_rows import article


def test_a_number_after_to_be_and_an_adverb_counts_its_subject() -> None:
    # "le persone curate ... sono ora 61": the subject before it says whom, and what befell them
    text = "Secondo l'ospedale di Orlen, le persone curate per il fumo sono ora 35, dice il direttore."
    [count] = [f for f in extract([article("Gazzetta", text)]) if f.kind == "count"]
    assert (count.value, count.unit, count.outcome) == (35.0, "people", "in hospital")


MONDAY = "Dozens of people were treated at Orlen General Hospital for smoke inhalation after the fire, officials said."
TUESDAY_DE = "Im Krankenhaus von Orlen wurden nach Angaben der Klinik bislang 35 Menschen wegen des Rauchs behandelt."
TUESDAY_PT = "O hospital de Orlen indicou que 35 pessoas foram tratadas devido ao fumo do incêndio no armazém."
WEDNESDAY = "Orlen General Hospital said 52 people had now been treated for the effects of the smoke from the fire."
WEDNESDAY_IT = "Secondo l'ospedale di Orlen, le persone curate per gli effetti del fumo sono ora 52, dice la direzione."


def test_those_treated_over_three_days_are_one_row_of_the_latest_day() -> None:
    story = Story.build([
        article("Wire", MONDAY, published="2031-03-03T18:00:00+00:00"),
        article("Ledger", MONDAY.replace("officials said", "the mayor said"), published="2031-03-03T19:00:00+00:00"),
        article("Zeitung", TUESDAY_DE, published="2031-03-04T12:00:00+00:00"),
        article("Diário", TUESDAY_PT, published="2031-03-04T13:00:00+00:00"),
        article("Post", WEDNESDAY, published="2031-03-05T09:00:00+00:00"),
        article("Gazzetta", WEDNESDAY_IT, published="2031-03-05T10:00:00+00:00"),
    ])
    [row] = [g for g in compare(story) if g.kind == "count"]
    assert row.quantity == "count (in hospital)"
    labels = {(f.value, row.stage_label(f)) for f in row.figures}
    assert labels == {(48.7, "earlier day 2031-03-03"), (35.0, "earlier day 2031-03-04"), (52.0, "")}
    assert values_text(row) == "52 people ≈ 35 people (earlier day 2031-03-04), dozens of people (earlier day 2031-03-03)"


def test_an_earlier_value_told_with_its_day_is_that_days_count() -> None:
    """"52 people had now been treated, up from 35 on Tuesday" gives Tuesday's count, the row's
    earlier day, never a second value of Wednesday's beside the 52; "up from 35" of no day is none."""
    up_from = WEDNESDAY.replace("from the fire.", "from the fire, up from 35 on Tuesday.")
    contro = WEDNESDAY_IT.replace("sono ora 52,", "sono ora 52, contro le 35 di martedì,")
    story = Story.build([
        article("Zeitung", TUESDAY_DE, published="2031-03-04T12:00:00+00:00"),
        article("Post", up_from, published="2031-03-05T09:00:00+00:00"),
        article("Gazzetta", contro, published="2031-03-05T10:00:00+00:00"),
    ])
    [row] = [g for g in compare(story) if g.kind == "count"]
    labels = sorted((f.value, story.article(f.ref.article).outlet, row.stage_label(f)) for f in row.figures)
    assert labels == [(35.0, "Gazzetta", "earlier day 2031-03-04"), (35.0, "Post", "earlier day 2031-03-04"),
                      (35.0, "Zeitung", "earlier day 2031-03-04"), (52.0, "Gazzetta", ""), (52.0, "Post", "")]
    undated = WEDNESDAY.replace("from the fire.", "from the fire, up from 35.")
    assert [f.value for f in extract([article("Post", undated)]) if f.kind == "count"] == [52.0]


def test_the_treated_abroad_are_read_by_their_words_not_by_words_that_begin_alike() -> None:
    from core.text import outcome_abroad

    treated = [("soignées", "fr"), ("curate", "it"), ("tratadas", "pt"), ("behandelt", "de"), ("tratate", "ro"),
               ("hoidettu", "fi"), ("tedavi", "tr"), ("dirawat", "id"), ("kórházba", "hu")]
    assert {outcome_abroad(word, language) for word, language in treated} == {"in hospital"}
    # "soigneusement" (carefully), "curatore" (curator), "internațional": no one treated
    assert [outcome_abroad(w, lang) for w, lang in (("soigneusement", "fr"), ("curatore", "it"), ("internațional", "ro"))] == [None] * 3
