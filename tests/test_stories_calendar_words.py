"""Stories: the days and months of the languages news is read in are no names, however a language
writes them: Greek capitalises them wherever they stand and puts them in cases ("την Τετάρτη",
"της Τετάρτης", "3 Μαρτίου"), Turkish and Indonesian capitalise them in a date ("3 Mart Salı",
"pada Selasa, 3 Maret"), a headline in capitals drops Greek accents ("ΤΕΤΑΡΤΗ"). Two unrelated
reports of one week share them, not a name. A name that begins as a day does ("Κυριάκος") stays one."""

from __future__ import annotations

from functools import partial

from core.model import Article
from core.stories.cluster import FLOOR, evidence, profile
from tests.story_groups import article


_article = partial(article, published="2026-03-05T09:00:00Z")


# Two invented events of one week in two invented Greek towns: a warehouse fire and a council's vote.
FIRE = _article(
    "Πυρκαγιά σε αποθήκη στη Βελτσάνα την Τετάρτη",
    "Μεγάλη πυρκαγιά ξέσπασε την Τετάρτη 4 Μαρτίου σε αποθήκη ξυλείας στη Βελτσάνα, ανακοίνωσε η πυροσβεστική υπηρεσία.",
    "Η φωτιά τέθηκε υπό έλεγχο τα ξημερώματα της Πέμπτης. Ο ιδιοκτήτης, Κυριάκος Ορφανίδης, μίλησε για μεγάλες ζημιές.",
    "Η περιοχή θα μείνει κλειστή το Σάββατο και την Κυριακή, και από τη Δευτέρα οι εργαζόμενοι επιστρέφουν.",
    outlet="Ηχώ του Βορρά",
)
VOTE = _article(
    "ΤΕΤΑΡΤΗ: Το δημοτικό συμβούλιο της Καρδάμης ενέκρινε τον προϋπολογισμό",
    "Το δημοτικό συμβούλιο της Καρδάμης ενέκρινε την Τετάρτη 4 Μαρτίου τον προϋπολογισμό της χρονιάς, με δεκαπέντε ψήφους υπέρ.",
    "Η συζήτηση συνεχίστηκε έως τα ξημερώματα της Πέμπτης, και η επόμενη συνεδρίαση ορίστηκε για τη Δευτέρα.",
    "Οι κάτοικοι θα ενημερωθούν σε ανοιχτή συνάντηση το Σάββατο ή την Κυριακή.",
    outlet="Νέα του Νότου",
)
TURKISH = _article(
    "Dervakent'te depo yangını",
    "Dervakent Sanayi Sitesi'nde 3 Mart Salı günü bir depoda yangın çıktı. İtfaiye yangını Çarşamba sabahı söndürdü; "
    "inceleme Perşembe ve Cuma günleri sürecek.",
    outlet="Kuzey Haber",
)
INDONESIAN = _article(
    "Kebakaran gudang di Lembahsari pada Selasa",
    "Kebakaran terjadi di sebuah gudang di Lembahsari pada Selasa, 3 Maret 2026, kata polisi. Pada Rabu dan Kamis petugas "
    "masih berada di lokasi, dan gudang ditutup hingga Minggu.",
    outlet="Warta Kota",
)


def _names(article: Article) -> set[str]:
    return set(profile(article).of_kind("n"))


def test_greek_days_and_months_in_every_case_are_no_names() -> None:
    fire, vote = profile(FIRE), profile(VOTE)
    assert _names(FIRE) & _names(VOTE) == set()  # the week's days and the month are all the two share
    days = {"δε", "δευτερ", "τεταρτ", "πεμπτ", "σαββατ", "κυριακ", "μαρτ", "μαρτι", "μαρτιου", "πεμπτησ", "τεταρτη", "τεταρτησ"}
    assert days & set(vote.of_kind("n")) == set() and days & set(vote.of_kind("e")) == set()  # nor what happened
    assert days & set(fire.of_kind("n")) == {"κυριακ"}  # Κυριάκος Ορφανίδης, the owner
    assert evidence(fire, vote).score < FLOOR


def test_a_name_that_begins_as_a_day_stays_a_name() -> None:
    found = _names(FIRE)
    assert {"βελτσαν", "ορφανιδ"} <= found and any(w.startswith("κυριακ") for w in found), sorted(found)


def test_days_and_months_a_date_capitalises_are_no_names() -> None:
    assert _names(TURKISH) & {"mart", "sal", "salı", "çarşamba", "perşemb", "perşembe", "cuma"} == set(), sorted(_names(TURKISH))
    assert _names(INDONESIAN) == {"lembahsari"}, sorted(_names(INDONESIAN))


def test_days_and_months_in_cyrillic_letters_are_no_names() -> None:
    """Languages written in Cyrillic letters write them in small letters, but capitalise them where a
    sentence or a headline opens, in the case the date puts them in."""
    from core.stories.cluster import _name_word

    for word in ("Вівторок", "Понедельник", "Среду", "Березня", "П'ятниці", "Пʼятниці", "Неделя", "ΤΕΤΑΡΤΗΣ"):
        assert _name_word(word) is None, word
    assert _name_word("Середа") == "середа"  # a Ukrainian surname as well as Wednesday


def test_a_library_from_before_calendar_words_is_profiled_again_once_opened(tmp_path) -> None:
    """Migration 31: profiles that read a Greek weekday as a name are made again."""
    import sqlite3

    from core.library.store import MIGRATIONS, Library
    from tests.test_library import _old_library

    path = _old_library(tmp_path / "lib.sqlite", 30)  # before migration 31
    with sqlite3.connect(path) as db:
        [(article,)] = db.execute("SELECT id FROM articles LIMIT 1").fetchall()
        db.execute("INSERT INTO terms (term, article) VALUES ('n:τετάρτης', ?)", (article,))
    with Library(path) as library:
        assert library.version == len(MIGRATIONS) and library.integrity() == "ok"
        assert not library._db.execute("SELECT 1 FROM terms WHERE term = 'n:τετάρτης'").fetchall()
        assert library._db.execute("SELECT COUNT(*) FROM terms WHERE article = ?", (article,)).fetchone()[0] > 10
