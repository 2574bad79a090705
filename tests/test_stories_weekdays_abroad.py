"""Stories: two events of one kind at one place, days apart, are two stories in every language whose
leads date them by a weekday (core.stories.words.LEAD_WEEKDAYS), not only in the seven of
core.text.WEEKDAYS_ABROAD: a quake of 4.7 near one town on Monday and one of 5.1 near another on
Thursday, each reported by the same two outlets, share the island, the institute that measured them
and the outlets, and the second's reports recall the first; their leads tell of happenings three days
apart (a sequel, core.stories.cluster.SEQUEL_DAYS), so each pair is a story of its own."""

from __future__ import annotations

from core.stories.cluster import _lead_days, day_number, evidence, profile
from tests.story_groups import article, stories

#: A quake of 4,7 near Καλαμίτσα on Monday 2 November 2026 (two Greek reports) ...
GREEK_FIRST = [
    article("Σεισμός 4,7 Ρίχτερ κοντά στην Καλαμίτσα",
            "Σεισμός μεγέθους 4,7 βαθμών καταγράφηκε στις 05:40 τη Δευτέρα, 6 χιλιόμετρα ανατολικά της Καλαμίτσας, "
            "σύμφωνα με το Σεισμολογικό Κέντρο.",
            "Η δόνηση έγινε αισθητή σε όλη τη Λευκονήσο, χωρίς ζημιές.",
            "Ο δήμαρχος Καλαμίτσας Πέτρος Ζαφειρίου είπε ότι οι μηχανικοί ελέγχουν τα σχολεία.",
            outlet="Αιγαίο Σήμερα", published="2026-11-02T08:10:00+02:00"),
    article("Λευκονήσος: 4,7 Ρίχτερ στην Καλαμίτσα",
            "Σεισμός 4,7 Ρίχτερ ξύπνησε τους κατοίκους της Καλαμίτσας στις 05:40 τη Δευτέρα, με επίκεντρο 6 χιλιόμετρα "
            "ανατολικά της πόλης.",
            "Κατά το Σεισμολογικό Κέντρο, το εστιακό βάθος ήταν 9 χιλιόμετρα.",
            "Τα σχολεία της Καλαμίτσας θα λειτουργήσουν κανονικά, ανέφερε ο δήμαρχος Πέτρος Ζαφειρίου.",
            outlet="Νησιώτικα Νέα", published="2026-11-02T09:30:00+02:00"),
]
#: ... and one of 5,1 near Ποταμιά on Thursday 5 November (two reports), which recall the first.
GREEK_SECOND = [
    article("Νέος σεισμός 5,1 Ρίχτερ στην Ποταμιά",
            "Σεισμός μεγέθους 5,1 βαθμών καταγράφηκε στις 20:15 την Πέμπτη, 4 χιλιόμετρα νότια της Ποταμιάς, "
            "σύμφωνα με το Σεισμολογικό Κέντρο.",
            "Ρωγμές εμφανίστηκαν σε τρία παλιά σπίτια στην Ποταμιά και το λιμάνι έκλεισε για έλεγχο.",
            "Οι σεισμολόγοι λένε ότι δεν συνδέεται με τον σεισμό της Δευτέρας στην Καλαμίτσα.",
            outlet="Αιγαίο Σήμερα", published="2026-11-05T22:00:00+02:00"),
    article("5,1 Ρίχτερ νότια της Ποταμιάς – κλειστό το λιμάνι",
            "Σεισμός 5,1 Ρίχτερ έγινε αισθητός σε όλη τη Λευκονήσο στις 20:15 την Πέμπτη, με επίκεντρο 4 χιλιόμετρα "
            "νότια της Ποταμιάς.",
            "Το λιμάνι της Ποταμιάς έκλεισε για έλεγχο, ενώ ρωγμές εμφανίστηκαν σε τρία παλιά σπίτια.",
            "Ο διευθυντής του Σεισμολογικού Κέντρου είπε ότι το ρήγμα είναι άλλο από εκείνο της Καλαμίτσας.",
            outlet="Νησιώτικα Νέα", published="2026-11-05T23:10:00+02:00"),
]
#: A warehouse fire in Borówno on Monday 9 November 2026 (two Polish reports) ...
POLISH_FIRST = [
    article("Pożar hali magazynowej w Borównie",
            "W poniedziałek wieczorem w Borównie spłonęła hala magazynowa firmy Drewmix, a z ogniem walczyło 12 zastępów straży.",
            "Nikt nie został ranny. Straty wstępnie oszacowano na 2 mln zł.",
            "Burmistrz Borówna Anna Sikorska powiedziała, że gmina pomoże pracownikom.",
            outlet="Gazeta Pomorska Wschód", published="2026-11-09T22:30:00+01:00"),
    article("Hala Drewmiksu w Borównie spłonęła",
            "Hala magazynowa Drewmiksu w Borównie spłonęła w poniedziałek wieczorem, gaszenie trwało pięć godzin.",
            "Na miejscu pracowało 12 zastępów straży pożarnej. Straty to około 2 mln zł.",
            "Burmistrz Anna Sikorska zapowiedziała pomoc dla pracowników.",
            outlet="Kurier Borówna", published="2026-11-09T23:15:00+01:00"),
]
#: ... and a fire at a school there on Thursday 12 November (two reports), which recall the first.
POLISH_SECOND = [
    article("Kolejny pożar w Borównie: płonęła sala gimnastyczna",
            "W czwartek rano w Borównie zapaliła się sala gimnastyczna szkoły podstawowej numer 2, uczniów ewakuowano.",
            "Ogień ugasiło 5 zastępów straży w godzinę. Przyczyną było zwarcie instalacji.",
            "To drugi pożar w mieście w tym tygodniu po pożarze hali Drewmiksu.",
            outlet="Gazeta Pomorska Wschód", published="2026-11-12T11:00:00+01:00"),
    article("Ewakuacja szkoły w Borównie po pożarze sali",
            "Uczniów szkoły podstawowej numer 2 w Borównie ewakuowano w czwartek rano, gdy zapaliła się sala gimnastyczna.",
            "Pięć zastępów straży ugasiło ogień w godzinę; przyczyną było zwarcie.",
            "Burmistrz Anna Sikorska przypomniała, że w poniedziałek spłonęła hala Drewmiksu.",
            outlet="Kurier Borówna", published="2026-11-12T12:20:00+01:00"),
]


def test_two_quakes_of_one_island_three_days_apart_are_two_stories_in_greek() -> None:
    for seed in range(3):
        assert stories([*GREEK_FIRST, *GREEK_SECOND], seed, by="title") == sorted(
            [sorted(a.title for a in GREEK_FIRST), sorted(a.title for a in GREEK_SECOND)]
        )
    for first in GREEK_FIRST:
        for second in GREEK_SECOND:
            assert (found := evidence(profile(first), profile(second))).score == 0.0, found


def test_two_fires_of_one_town_three_days_apart_are_two_stories_in_polish() -> None:
    for seed in range(3):
        assert stories([*POLISH_FIRST, *POLISH_SECOND], seed, by="title") == sorted(
            [sorted(a.title for a in POLISH_FIRST), sorted(a.title for a in POLISH_SECOND)]
        )


def test_a_lead_dates_its_happening_by_its_languages_weekday() -> None:
    thursday = day_number("2026-11-05")
    assert _lead_days("Σεισμός 5,1 Ρίχτερ καταγράφηκε την Πέμπτη νότια της Ποταμιάς.", "2026-11-05", "el") == ({thursday}, set())
    assert _lead_days("W czwartek rano zapaliła się sala.", "2026-11-05", "pl") == ({thursday}, set())
    assert _lead_days("Balık pazarında perşembe günü yangın çıktı.", "2026-11-05", "tr") == ({thursday}, set())
    # Another language's weekday is no day of this one's lead: "pazar" is a market, in Turkish a Sunday.
    assert _lead_days("The pazar in Ortaköy burned down.", "2026-11-05", "en") == (set(), set())
    # A word that is a weekday only with its capital is no day without it: "για τρίτη φορά", for a third
    # time; "dua minggu", two weeks; "balık pazarı önünde", before the fish market ("Pazar günü", on Sunday).
    assert _lead_days("Σεισμός σημειώθηκε για τρίτη φορά στην Ποταμιά.", "2026-11-05", "el") == (set(), set())
    assert _lead_days("Kebakaran terjadi dua minggu lalu di pasar ikan.", "2026-11-05", "id") == (set(), set())
    assert _lead_days("Kebakaran terjadi pada Minggu pagi di pasar ikan.", "2026-11-05", "id") == ({day_number("2026-11-01")}, set())
    assert _lead_days("Balık pazar yerinde yangın çıktı.", "2026-11-05", "tr") == (set(), set())
    assert _lead_days("Balık pazarında Pazar günü yangın çıktı.", "2026-11-05", "tr") == ({day_number("2026-11-01")}, set())
    # A capital whose small letter is not the listed one's ("İ") dates nothing, and breaks nothing.
    assert _lead_days("PAZARTESİ GÜNÜ BALIK PAZARINDA YANGIN ÇIKTI.", "2026-11-05", "tr")[1] == set()


def test_a_lead_dates_its_happening_by_its_languages_date() -> None:
    second = day_number("2026-11-02")
    assert _lead_days("Σεισμός 4,7 Ρίχτερ καταγράφηκε στις 2 Νοεμβρίου κοντά στην Καλαμίτσα.", "2026-11-03", "el") == ({second}, set())
    assert _lead_days("Balık pazarında 2 Kasım'da yangın çıktı.", "2026-11-03", "tr") == ({second}, set())
    assert _lead_days("2 listopada w Borównie spłonęła hala.", "2026-11-03", "pl") == ({second}, set())
    assert _lead_days("Rautalahden satamassa syttyi 2. marraskuuta tulipalo.", "2026-11-03", "fi") == ({second}, set())
    assert _lead_days("Пожар произошёл 2 ноября в Зареченске.", "2026-11-03", "ru") == ({second}, set())


def test_two_quakes_dated_by_their_dates_are_two_stories() -> None:
    dated = [
        [article(a.title, *(p.replace("τη Δευτέρα", "στις 2 Νοεμβρίου") for p in a.paragraphs), outlet=a.outlet, published=a.published)
         for a in GREEK_FIRST],
        [article(a.title, *(p.replace("την Πέμπτη", "στις 5 Νοεμβρίου") for p in a.paragraphs), outlet=a.outlet, published=a.published)
         for a in GREEK_SECOND],
    ]
    assert "Νοεμβρίου" in dated[0][0].paragraphs[0] and "Νοεμβρίου" in dated[1][1].paragraphs[0]
    assert stories([*dated[0], *dated[1]], by="title") == sorted(sorted(a.title for a in side) for side in dated)
