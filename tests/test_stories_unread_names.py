"""A report in a language whose names are not read as another script's (Arabic, written without
capitals; Japanese, without spaces) gives in Latin letters only what its language keeps in them (an
airline, a type of aircraft, a flight's number), and the town in its own letters: that it never names
the town a later headline names cannot be told, and the follow-ups days later stay in the incident's
story (core.stories.cluster._recalls, _names_unread). Trial 52 F1: one such report kept an
incident's statement, grounding, union criticism and preliminary report out of its story."""

from __future__ import annotations

from core.stories.cluster import SAME_EVENT, _names_unread, evidence, group, profile
from tests.story_groups import article, stories

# Invented: an airliner's emergency landing at Brasko on 3 March, reported in English and Arabic, and
# its follow-ups over four days; a strike and a football match of the same town and days.
LANDING = article(
    "Lumeta Air turboprop makes emergency landing at Brasko after engine fire",
    "A Lumeta Air Corvo C-40 made an emergency landing at Brasko on Tuesday after its left engine caught fire "
    "shortly after take-off, the airline said. Flight LU207 carried 58 passengers and 4 crew.",
    "Eleven people were hurt as passengers left the aircraft on the slides. Fire crews put out the blaze.",
    "Lumeta Air chief executive Pavo Renski said the crew had followed every procedure.",
    outlet="Harbour Post", published="2027-03-02",
)
LANDING_WIRE = article(
    "Lumeta Air plane lands on fire at Brasko, 11 hurt",
    "A Lumeta Air Corvo C-40 on flight LU207 with 58 passengers and 4 crew returned to Brasko on Tuesday "
    "after its left engine caught fire, and landed safely.",
    "Eleven people were slightly hurt leaving the plane. Pavo Renski, the airline's chief executive, thanked "
    "the crew.",
    outlet="Coastline Wire", published="2027-03-02",
)
LANDING_AR = article(
    "هبوط اضطراري لطائرة لوميتا إير في مطار براسكو بعد اشتعال محركها",
    "هبطت طائرة من طراز Corvo C-40 تابعة لشركة Lumeta Air اضطراريا في مطار براسكو يوم الثلاثاء بعد اشتعال "
    "النار في محركها الأيسر بعد وقت قصير من الإقلاع، وكانت الرحلة LU207 تقل 58 راكبا و4 من أفراد الطاقم.",
    "وأصيب أحد عشر شخصا بجروح طفيفة أثناء إخلاء الطائرة، وأخمدت فرق الإطفاء الحريق في المحرك بسرعة.",
    "وقال الرئيس التنفيذي للشركة إن الطاقم اتبع جميع الإجراءات المعمول بها وإن الشركة تتعاون مع المحققين.",
    outlet="Al Ufuq", published="2027-03-02",
)
STATEMENT = article(
    "Lumeta Air says two remain in hospital after Brasko evacuation",
    "Lumeta Air said on Wednesday that two of the 11 people hurt when flight LU207 landed at Brasko remain in "
    "hospital. Chief executive Pavo Renski said the Corvo C-40 had passed its last engine check in January.",
    "The airline said it would cooperate fully with the investigation.",
    outlet="Coastline Wire", published="2027-03-03",
)
UNION = article(
    "Pilots' union says Lumeta ignored engine warnings before Brasko fire",
    "The pilots' union said on Thursday that Lumeta Air had ignored engine warnings on its Corvo C-40 fleet "
    "for months before flight LU207 caught fire and made its emergency landing at Brasko.",
    "Union leader Mira Talvik said pilots had reported the Corvo C-40's left engine three times. Lumeta Air "
    "chief executive Pavo Renski rejected the claim.",
    outlet="Harbour Post", published="2027-03-04",
)
PRELIMINARY = article(
    "Investigators find cracked fuel line behind LU207 engine fire",
    "A cracked fuel line started the engine fire on Lumeta Air flight LU207, investigators said on Friday in "
    "their preliminary report on the Corvo C-40's emergency landing at Brasko.",
    "Lead investigator Ostap Ferren said the line had cracked along a weld. Lumeta Air said all its Corvo C-40 "
    "aircraft would be checked.",
    outlet="Aero Ledger", published="2027-03-05",
)
STRIKE = article(
    "Ground staff strike halts flights at Brasko",
    "Ground staff at Brasko airport walked out on Thursday over pay, halting 40 flights, the Transport Workers "
    "Union said. Union secretary Dana Holm said the strike would last 24 hours.",
    "The airport's operator said talks would resume on Monday.",
    outlet="Aero Ledger", published="2027-03-04",
)
MATCH = article(
    "Brasko Rovers beat Port Vell 3-1 to go top",
    "Brasko Rovers beat Port Vell 3-1 on Thursday night to go top of the league, with two goals from striker "
    "Jonas Eker.",
    "Coach Elia Marn said the win was the best of the season.",
    outlet="Harbour Post", published="2027-03-04",
)
INCIDENT = (LANDING, LANDING_WIRE, LANDING_AR, STATEMENT, UNION, PRELIMINARY)


def test_a_report_in_arabic_letters_may_name_the_town_in_them() -> None:
    landing_ar, union = profile(LANDING_AR), profile(UNION)
    assert landing_ar.language == "ar" and _names_unread(landing_ar) and not _names_unread(union)
    assert "i:brasko" in union.weights and "n:brasko" not in landing_ar.weights
    found = evidence(landing_ar, union)
    assert found.apart != "recalls" and found.score >= SAME_EVENT


def test_an_incidents_follow_ups_days_later_stay_in_its_story_beside_a_report_in_arabic() -> None:
    incident = sorted(a.outlet for a in INCIDENT)
    for seed in range(4):
        found = stories([*INCIDENT, STRIKE, MATCH], seed)
        assert incident in found, found
        assert ["Aero Ledger"] in found and ["Harbour Post"] in found  # the strike, the match: apart


def test_a_later_event_still_recalls_a_report_in_latin_letters() -> None:
    # The rule holds where the earlier report's names are read: a headline days later naming a town
    # the landing's English report never names (a strike there) is another event's.
    later = article(
        "Lumeta Air crews strike at Velmar over Brasko fire",
        "Cabin crews of Lumeta Air walked out at Velmar over safety on the Corvo C-40 after flight "
        "LU207's engine fire at Brasko.",
        outlet="Aero Ledger", published="2027-03-05",
    )
    assert evidence(profile(LANDING), profile(later)).apart == "recalls"
    assert group([profile(LANDING), profile(later)]) == [[0], [1]]
