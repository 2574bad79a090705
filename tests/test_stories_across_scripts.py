"""Stories across scripts: one event reported in English, Ukrainian and Greek is one story. The
reports share the names they keep in Latin letters (a ship's) and their figures; the names they
transliterate ("Corvella", "Корвелла", "Κορβέλα") are one name too, and a name written in quotation
marks inside a sentence (the Greek «Aurora Lind») is read whole, its first word included. Two
events of one city told in two scripts, which share the city and its mayor, stay apart."""

from __future__ import annotations

from functools import partial

import pytest

from core.stories.cluster import SAME_EVENT, evidence, group, profile
from tests.story_groups import article


_article = partial(article, published="2026-03-03T10:00:00Z")


# Invented reports of an invented event: the ferry Marla Tessin aground off the island of Corvella.
# They share the ship's name (in Latin letters in every report), the island (transliterated in the
# Ukrainian and Greek ones) and one figure: 212 passengers.
ENGLISH = _article(
    "Ferry Marla Tessin runs aground off Corvella; 212 passengers evacuated",
    "The passenger ferry Marla Tessin ran aground off the island of Corvella early on Tuesday, and all 212 "
    "passengers were taken ashore by lifeboats, the coastguard said.",
    "Nine people were treated for minor injuries. The hull was holed below the waterline, and divers were inspecting it.",
    "The operator said sailings on the route would be suspended until Friday.",
    outlet="Harbour Gazette",
)
ENGLISH_TOO = _article(
    "212 evacuated as ferry Marla Tessin grounds near Corvella",
    "All 212 passengers on the ferry Marla Tessin were brought ashore after the ship struck rocks near Corvella on Tuesday morning.",
    "Lifeboat crews worked for three hours to move passengers off the vessel. Nine were treated for minor injuries.",
    outlet="Coast Courier",
)
UKRAINIAN = _article(
    "Пором Marla Tessin сів на мілину біля острова Корвелла",
    "Пасажирський пором Marla Tessin у вівторок вранці сів на мілину біля острова Корвелла; усіх 212 пасажирів "
    "рятувальники доправили на берег.",
    "Дев'ятьом людям надали допомогу через легкі травми. Корпус порома пошкоджено нижче ватерлінії.",
    "Рейси на маршруті призупинено до п'ятниці.",
    outlet="Морські новини",
)
GREEK = _article(
    "Το πλοίο «Marla Tessin» προσάραξε στην Κορβέλα",
    "Το επιβατηγό πλοίο «Marla Tessin» προσάραξε το πρωί της Τρίτης ανοιχτά της νήσου Κορβέλα και οι 212 επιβάτες "
    "μεταφέρθηκαν στην ακτή με σωστικές λέμβους.",
    "Εννέα άνθρωποι δέχτηκαν πρώτες βοήθειες για ελαφρούς τραυματισμούς. Το κύτος υπέστη ρήγμα κάτω από την ίσαλο γραμμή.",
    outlet="Ναυτική Ώρα",
)
# Two other events of one city, one English and one Ukrainian: both name the city and its mayor,
# the Ukrainian report in Cyrillic letters.
MARKET = _article(
    "Velmora opens covered fish market on the quay",
    "The port of Velmora on Tuesday opened a covered fish market on the old quay, with stalls for twenty local fishing families.",
    "Mayor Oleksa Brandvik cut the ribbon and said the market would bring visitors back to the harbour.",
    outlet="Harbour Gazette",
)
FIRE = _article(
    "Велика пожежа на складі в порту Вельмори",
    "У порту Вельмори у вівторок увечері спалахнула велика пожежа на складі з сітками й канатами. Рятувальники "
    "гасили вогонь усю ніч.",
    "Мер Олекса Брандвік приїхав на причал і поговорив із власником складу.",
    outlet="Морські новини",
)


def test_a_name_written_in_two_scripts_sounds_alike() -> None:
    from core.stories.cluster import _sound

    assert _sound("corvella") and _sound("corvella").startswith(_sound("Корвелл") or "-")
    assert _sound("κορβελ") == _sound("Корвелл")
    assert _sound("brandvik") == _sound("Брандвік")
    assert _sound("kyiv") is None  # too short to tell from others
    assert _sound("陆家嘴") is None


def test_a_name_in_quotation_marks_inside_a_sentence_is_read_whole() -> None:
    found = profile(GREEK)
    assert {"r:marla tessin", "l:r:marla tessin", "n:marla", "n:tessin"} <= set(found.weights)


def test_one_event_in_english_ukrainian_and_greek_is_one_story() -> None:
    english, english_too, ukrainian, greek = (profile(a) for a in (ENGLISH, ENGLISH_TOO, UKRAINIAN, GREEK))
    for one, other in ((english, ukrainian), (english, greek), (english_too, ukrainian), (english_too, greek), (ukrainian, greek)):
        found = evidence(one, other)
        assert found.score >= SAME_EVENT, (one.language, other.language)
        assert "212" in found.figures and "marla tessin" in found.names
    assert "corvella" in evidence(english, ukrainian).names  # the island, as the English report spells it
    assert evidence(english, greek).score == evidence(greek, english).score
    assert group([english, english_too, ukrainian, greek]) == [[0, 1, 2, 3]]


def test_two_events_of_one_city_in_two_scripts_stay_apart() -> None:
    market, fire = profile(MARKET), profile(FIRE)
    assert evidence(market, fire).score < SAME_EVENT  # the city and its mayor: the frame, not the event
    found = group([profile(a) for a in (ENGLISH, UKRAINIAN, MARKET, FIRE)])
    assert sorted(found) == [[0, 1], [2], [3]]


def test_a_headline_opening_with_a_common_word_of_a_language_that_marks_case_names_no_one() -> None:
    """"Пором" (a ferry) opens the Ukrainian headline before the ship's name, and the text writes it
    in lower case ("пором", "порома"): a common word, whatever its case ending, as "Ferry" of the
    English headline is; read as a name, it would be what the headline is about, which the other
    reports never name."""
    found = profile(UKRAINIAN)
    assert "n:пор" not in found.weights and "h:пор" not in found.weights
    assert {"n:marla", "n:tessin", "r:marla tessin"} <= set(found.weights)


def test_each_profile_sounds_its_names_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Comparing a report with every report in another language sounds each one's names once: the
    keys are kept with the profile, so a second comparison of the same profiles works none of them
    out again, and finds what the first found."""
    from core.stories import cluster

    english, ukrainian, greek = (profile(a) for a in (ENGLISH, UKRAINIAN, GREEK))
    first = [evidence(one, other) for one, other in ((english, ukrainian), (english, greek), (ukrainian, greek))]
    calls: list[str] = []
    sound = cluster._sound

    def counted(word: str) -> str | None:
        calls.append(word)
        return sound(word)

    monkeypatch.setattr(cluster, "_sound", counted)
    again = [evidence(one, other) for one, other in ((english, ukrainian), (english, greek), (ukrainian, greek))]
    assert again == first
    assert calls == []
    assert english == profile(ENGLISH)  # the kept keys are no part of the profile's value


# Invented: one quake in Kazakh (Cyrillic, its own letters ө қ ү, a decimal comma) and English. They share
# two figures and a town whose name is too short for a sound key ("Өлке", "Ölke"), and the Kazakh
# report writes another place with Kazakh letters ("Қарасу", "Karasu").
KAZAKH_QUAKE = _article(
    "Өлкеде 6,1 магнитудалық жер сілкінісі болды",
    "Бүгін таңертең Өлке қаласынан оңтүстікке қарай 30 шақырым жерде 6,1 магнитудалық жер сілкінісі тіркелді.",
    "Жер сілкінісінен Қарасу ауылында екі үй қирады.",
    outlet="Дала Жаңалықтары",
)
ENGLISH_QUAKE = _article(
    "Magnitude 6.1 quake strikes near Ölke",
    "A magnitude 6.1 earthquake struck 30 km south of Ölke in Kazakhstan's Tarbagatai district on Tuesday morning.",
    "Two houses were destroyed in the village of Karasu, officials said.",
    outlet="Steppe Desk",
)


def test_a_short_name_and_kazakh_letters_are_one_name_across_scripts() -> None:
    found = evidence(profile(KAZAKH_QUAKE), profile(ENGLISH_QUAKE))
    assert found.score >= SAME_EVENT and {"6.1", "30"} <= set(found.figures)


# Invented: one dam breach told in English and in Russian. The Russian report keeps one name in Latin
# letters (the firm's, "Korsvik"), writes the town and the engineer in Cyrillic ones ("Тарвелин",
# "Ивар Ледстрем") and its counts as words ("семь", "двенадцать"): one name's spelling and no figure in
# common with the English reports, which their names' sounds make up for.
ENGLISH_DAM = _article(
    "Dam breach floods Tarvelin; seven missing",
    "A dam owned by Korsvik Energy breached above the town of Tarvelin on Wednesday, flooding 240 homes. Seven "
    "people were missing, said Ivar Ledstrom, the engineer leading the rescue.",
    "Twelve people were rescued from rooftops, and Governor Anna Westerberg sent troops to the Solva valley.",
    outlet="River Post",
)
ENGLISH_DAM_TOO = _article(
    "Seven missing after Korsvik dam gives way at Tarvelin",
    "Seven people are missing after a Korsvik Energy dam gave way at Tarvelin, engineer Ivar Ledstrom said. "
    "About 240 homes were flooded.",
    outlet="Valley Courier",
)
RUSSIAN_DAM = _article(
    "В Тарвелине прорвало плотину, семь человек пропали",
    "В среду прорвало плотину компании Korsvik выше города Тарвелин. Семь человек числятся пропавшими, сообщил "
    "руководитель спасательной операции инженер Ивар Ледстрем.",
    "Двенадцать человек сняли с крыш домов. Губернатор Анна Вестерберг направила войска в долину реки Сольва, "
    "раненых везут в больницу Ренхольма.",
    outlet="Речные вести",
)
RUSSIAN_FAIR = _article(
    "В Тарвелине открылась ярмарка",
    "В субботу в Тарвелине открылась осенняя ярмарка мёда и льна, приехали мастера из соседних сёл.",
    "Ярмарку открыл мэр Павел Орлунд, играл оркестр Густава Мельберга, гостей встречал хор Сельмы Ланге.",
    outlet="Речные вести",
)


def test_a_report_sharing_one_spelling_with_reports_in_other_letters_is_weighed_with_them() -> None:
    """The Russian report shares the English ones' spelling of one name (the firm) and no figure: by
    spellings alone it is never weighed with them (candidates asks for two keys in common), though
    the town and the engineer sound alike in both scripts. Looked up by its names' sounds too, it is
    weighed, and joins them; two Russian reports (neither of them short) that share the town alone are
    not weighed, its sound counted as a second key."""
    from core.stories.cluster import candidates

    profiles = [profile(a) for a in (ENGLISH_DAM, ENGLISH_DAM_TOO, RUSSIAN_DAM, RUSSIAN_FAIR)]
    assert not any(p.short() for p in profiles)
    pairs = candidates(profiles)
    assert (0, 2) in pairs and (1, 2) in pairs
    assert (2, 3) not in pairs
    assert group(profiles)[0] == [0, 1, 2]
