"""One language in two scripts, and one sender's two reports (core.stories.cluster): a Serbian report in
Cyrillic letters and one in Latin letters of one event are compared in one script (core.text.serbian_latin,
the Serbian stemmer for both), and two reports of one outlet that share only its place are two of its stories."""

from __future__ import annotations

from dataclasses import replace

from core.stories.cluster import evidence, profile
from core.text import case_stem, language_of, serbian_latin
from tests.story_groups import article, stories


def test_serbian_cyrillic_written_in_latin_letters() -> None:
    assert serbian_latin("Љубовија, Њива, Џак, Ђорђе, Ћуприја") == "Ljubovija, Njiva, Džak, Đorđe, Ćuprija"
    assert serbian_latin("Hello, мост") == "Hello, most"


def test_serbian_stems_are_one_in_both_scripts() -> None:
    for cyrillic, latin in (("мостом", "mostom"), ("Валинграду", "valingradu"), ("милијарде", "milijarde")):
        assert case_stem(cyrillic.lower(), "sr") == case_stem(latin, "sh")


# Invented: a water board's release in Cyrillic and a paper's report of it in Latin letters.
RELEASE = article(
    "Водовод почео изградњу новог бунара у Валинграду",
    "Градски водовод почео је у среду изградњу новог бунара у Валинграду, који ће бити завршен у септембру.",
    "Вредност радова је 240 милиона динара, а бунар ће давати 90 литара воде у секунди.",
    outlet="Градски водовод", published="2026-05-06T09:00:00Z",
)
REPORT = article(
    "Valingrad dobija novi bunar do septembra",
    "Gradski vodovod počeo je u sredu izgradnju novog bunara u Valingradu, a radovi bi trebalo da budu završeni u septembru.",
    "Bunar će davati mnogo više vode, a vrednost radova je 240 miliona dinara, saopštio je vodovod.",
    "Stanovnici severnog dela grada leti često ostaju bez vode.",
    outlet="Valingradske vesti", published="2026-05-06T12:00:00Z",
)


def test_cyrillic_release_and_latin_report_group() -> None:
    # One name (the town) and one figure in common, and their words: no longer two languages' reports.
    assert evidence(profile(RELEASE), profile(REPORT)).score >= 0.2
    assert stories([RELEASE, REPORT]) == [sorted(["Градски водовод", "Valingradske vesti"])]


# Invented: one paper's two reports of one day from its town, and another paper's report of the first.
CAPSIZE = article(
    "Barge sinks off Tarrow Point, two crew rescued",
    "A grain barge sank off Tarrow Point near Kelmouth harbour on Friday, and lifeboats rescued two crew members.",
    "The barge Merrin Dawn was carrying 400 tonnes of grain when it took on water, the coastguard said.",
    outlet="Kelmouth Echo", published="2026-05-08T09:00:00Z",
)
CAPSIZE_ELSEWHERE = article(
    "Two rescued as grain barge Merrin Dawn sinks",
    "Lifeboats rescued two crew after the barge Merrin Dawn sank off Tarrow Point on Friday with 400 tonnes of grain.",
    "The coastguard said the barge took on water in heavy swell.",
    outlet="Shore Gazette", published="2026-05-08T11:00:00Z",
)
FAIR = article(
    "Kelmouth harbour fish fair returns after two years",
    "The fish fair on Kelmouth harbour returned on Friday after two years, with stalls along the quay.",
    "Stallholders said fewer boats had landed fish because of the heavy swell at sea.",
    outlet="Kelmouth Echo", published="2026-05-08T15:00:00Z",
)


def test_one_outlets_two_reports_sharing_its_town_alone_are_two_stories() -> None:
    found = evidence(profile(CAPSIZE), profile(FAIR))
    # ("Kelmouth harbour" names a place, harbour being a kind of place: the placed frame judges them first, where
    # their events disagree.)
    assert found.score == 0.0 and found.apart in ("sender", "placed")
    assert stories([CAPSIZE, CAPSIZE_ELSEWHERE, FAIR], by="title") == sorted([
        sorted([CAPSIZE.title, CAPSIZE_ELSEWHERE.title]), [FAIR.title],
    ])


def test_one_outlets_two_reports_of_one_event_still_group() -> None:
    update = article(
        "Merrin Dawn crew back ashore after barge sinks off Tarrow Point",
        "The two crew members of the barge Merrin Dawn, which sank off Tarrow Point on Friday, are back ashore, the coastguard said.",
        "The barge had been carrying 400 tonnes of grain.",
        outlet="Kelmouth Echo", published="2026-05-08T17:00:00Z",
    )
    assert evidence(profile(CAPSIZE), profile(update)).score >= 0.2


# Invented: a local paper's report of an attack on its council's website, and its report two days
# later that the site is back (trial 46: the sender rule parted them, a story and its follow-up).
OUTAGE = article(
    "Orbeck District Council website knocked offline by DDoS attack",
    "Orbeck District Council's website was knocked offline on Tuesday by a distributed denial-of-service attack, the council said.",
    "The site, which residents use to pay council tax and report missed bin collections, was unavailable for about six hours.",
    outlet="Orbeck Courier", published="2026-11-24T11:00:00Z",
)
RESTORED = article(
    "Council website restored after DDoS attack",
    "Orbeck District Council's website is working normally again after Tuesday's distributed denial-of-service attack, council leader Tove Marsh said.",
    "The council has moved the site behind a new protection service at a cost of £18,000 a year.",
    outlet="Orbeck Courier", published="2026-11-26T09:00:00Z",
)


def test_one_outlets_report_and_its_follow_up_days_later_stay_one_story() -> None:
    # A sender's two stories are two releases of one day; days apart, a follow-up names fewer particulars.
    assert stories([OUTAGE, RESTORED]) == [["Orbeck Courier", "Orbeck Courier"]]


def test_undated_reports_of_one_file_are_not_one_senders_two_stories() -> None:
    # Records of a JSON Lines file with no source field all take the file's name as their outlet:
    # undated, nothing says they were one sender's releases of one day.
    outage, restored = (replace(a, published=None, outlet="export.jsonl") for a in (OUTAGE, RESTORED))
    assert evidence(profile(outage), profile(restored)).apart != "sender"
    same_day = replace(RESTORED, published=OUTAGE.published)
    assert evidence(profile(OUTAGE), profile(same_day)).apart == "sender"


# Invented: a Serbian report in Cyrillic that writes ј but none of ђ ћ џ (nor Macedonian's ѓ ќ ѕ), its
# Latin copy and an English report: the Cyrillic one is Serbian by its words (је, су, због), and one story.
FLOOD_CYRILLIC = article(
    "Поплава у селу Дреновац код Валинграда, евакуисано 80 мештана",
    "Река Морава излила се у суботу ујутру код села Дреновац, а мештани су евакуисани због високе воде.",
    "Спасиоци су пребацили 80 мештана у школу у Валинграду.",
    outlet="Валинградски лист", published="2026-05-09T08:00:00Z",
)
FLOOD_LATIN = article(
    "Poplava u selu Drenovac kod Valingrada, evakuisano 80 meštana",
    "Reka Morava izlila se u subotu ujutru kod sela Drenovac, a meštani su evakuisani zbog visoke vode.",
    "Spasioci su prebacili 80 meštana u školu u Valingradu.",
    outlet="Vesti Primer", published="2026-05-09T08:30:00Z",
)
FLOOD_ENGLISH = article(
    "Morava floods village of Drenovac near Valingrad",
    "The Morava burst its banks near the village of Drenovac on Saturday morning, and 80 residents were evacuated.",
    "Rescuers took them to a school in Valingrad.",
    outlet="Balkan Desk", published="2026-05-09T09:00:00Z",
)


def test_serbian_cyrillic_without_its_own_letters_is_told_by_its_words() -> None:
    assert language_of(" ".join([FLOOD_CYRILLIC.title, *FLOOD_CYRILLIC.paragraphs])) == "sr"
    assert language_of("Владата е во Скопје, а министерот беше кај нив со својата екипа и ги виде сите.") == "mk"
    assert language_of("Правителството е в София и министърът беше при тях с екипа си, за да ги види.") == "bg"


def test_serbian_report_in_two_scripts_and_english_are_one_story() -> None:
    assert stories([FLOOD_CYRILLIC, FLOOD_LATIN, FLOOD_ENGLISH]) == [sorted(["Валинградски лист", "Vesti Primer", "Balkan Desk"])]
