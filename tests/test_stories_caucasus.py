"""Stories across Armenian and Georgian: a name written in Armenian letters, or in Georgian ones
(which have no capitals), is the name an English report writes where the two sound alike, a case
ending in the place of its last vowel too ("ზედავანში", "in Zedavani"); and a report that shares
only its town's name with another of the day, whose lead tells of another happening, is no
report of its event (a footbridge's collapse and the town's wine festival)."""

from __future__ import annotations

from core.text import language_of
from tests.story_groups import article, stories

DAY = "2026-04-07"

ENGLISH = article(
    "Footbridge collapses in Zedavani, twelve injured",
    "A 35-metre footbridge over the Korbala river in the town of Zedavani collapsed on Tuesday morning, injuring twelve people.",
    "The bridge was built in 1961 and had been damaged in the spring floods, local officials said.",
    "The injured were taken to hospital in Tsalkani.",
    outlet="Ridge Example Post", published=DAY,
)
GEORGIAN = article(
    "ზედავანში ფეხით მოსიარულეთა ხიდი ჩამოინგრა",
    "ზედავანში, მდინარე კორბალაზე გადებული 35-მეტრიანი ხიდი სამშაბათს დილით ჩამოინგრა. თორმეტი ადამიანი დაშავდა.",
    "ხიდი 1961 წელს აშენდა და გაზაფხულის წყალდიდობის შემდეგ დაზიანდა.",
    "დაშავებულები წალკანის საავადმყოფოში გადაიყვანეს.",
    outlet="ქედის ამბები", published=DAY,
)
ARMENIAN = article(
    "Զեդավանիում հետիոտնային կամուրջ է փլուզվել",
    "Վրաստանի Զեդավանի քաղաքում Կորբալա գետի վրայով անցնող 35 մետրանոց կամուրջը երեքշաբթի առավոտյան փլուզվել է։ Տասներկու մարդ վիրավորվել է։",
    "Կամուրջը կառուցվել էր 1961 թվականին և վնասվել գարնանային ջրհեղեղից հետո։",
    "Վիրավորները տեղափոխվել են Ծալկանիի հիվանդանոց։",
    outlet="Լեռնային օրինակ", published=DAY,
)
FESTIVAL = article(
    "Zedavani honey fair opens with record number of beekeepers",
    "The spring honey fair in Zedavani opened on Tuesday with 58 beekeepers from across the valley, a record for the fair.",
    "Organisers said the stalls on the main square would stay open until Sunday, and that about 7,000 visitors were expected.",
    outlet="Valley Example Notes", published=DAY,
)


def test_armenian_and_georgian_are_told() -> None:
    assert language_of(GEORGIAN.paragraphs[0]) == "ka"
    assert language_of(ARMENIAN.paragraphs[0]) == "hy"


def test_the_collapse_in_three_scripts_is_one_story_and_the_fair_another() -> None:
    for seed in range(3):
        assert stories([ENGLISH, GEORGIAN, ARMENIAN, FESTIVAL], seed) == [
            sorted(["Ridge Example Post", "ქედის ამბები", "Լեռնային օրինակ"]), ["Valley Example Notes"],
        ]


def test_the_fair_is_no_report_of_the_collapse_it_shares_the_town_with() -> None:
    assert stories([ENGLISH, FESTIVAL]) == [["Ridge Example Post"], ["Valley Example Notes"]]
