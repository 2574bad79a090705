"""Stories: one language's reports of one event are compared as one language's, though only one of them
is long enough (or holds enough of its small words) to tell it: a report that recalls an earlier event
("bir ay önce de aynı iskelede ...") is told Turkish and has its names read by their stems ("Eskikale
İskelesi'ne": "eskikal i̇skeles"), where its shorter fellow, untold, keeps them whole ("İskelesi'nde"). Its
names are read by the other's stems (core.stories.cluster._case_spelt), those its sentences open with too
("Merivarman varasto paloi ...", "Rautalahden satamassa ..."), so that the two share the pier, the ferry and
the harbour master, and are one story."""

from __future__ import annotations

from core.stories.cluster import evidence, profile
from core.text import article_language
from tests.story_groups import article, stories

#: A ferry's engine-room fire at a pier (two Turkish reports of one day); the second recalls an earlier fire there.
TR = [
    article("Eskikale İskelesi'nde feribot yangını: 3 yolcu hastanede",
            "Eskikale İskelesi'nde sabah saat 08.15'te yanaşan Deniz Yıldızı feribotunun makine dairesinde yangın çıktı.",
            "Dumandan etkilenen 3 yolcu hastaneye kaldırıldı. Yangın kırk dakikada söndürüldü.",
            "Liman Başkanı Cemil Oral, seferlerin öğleden sonra yeniden başlayacağını söyledi.",
            outlet="Marmara Postası", published="2026-11-20T10:00:00+03:00"),
    article("Deniz Yıldızı feribotunda yangın",
            "Deniz Yıldızı feribotunun makine dairesinde Eskikale İskelesi'ne yanaşırken yangın çıktı; 3 yolcu dumandan etkilendi.",
            "İtfaiye yangını kırk dakikada söndürdü ve yolcular tahliye edildi.",
            "Liman Başkanı Cemil Oral, bir ay önce de aynı iskelede bir tekne yandığını ve bu iskele için daha çok önlem "
            "alınacağını söyledi; seferler öğleden sonra başlayacak.",
            outlet="Kıyı Haber", published="2026-11-20T11:30:00+03:00"),
]
#: A warehouse fire in a port (two Finnish reports of one day), the first too short to tell its language.
FI = [
    article("Rautalahden satamassa tulipalo: varasto tuhoutui",
            "Rautalahden satamassa syttyi tiistaiaamuna tulipalo. Se tuhosi Merivarman varaston.",
            "Palokunta sammutti palon kahdessa tunnissa. Varastossa oli 140 tonnia viljaa.",
            "Laivaliikenne jatkuu normaalisti, satamasta arvioitiin.",
            outlet="Rannikon Sanomat", published="2026-11-17T12:00:00+02:00"),
    article("Merivarman varasto paloi Rautalahdessa",
            "Merivarman varasto paloi Rautalahden satamassa tiistaina aamulla, ja palokunta sammutti palon kahdessa tunnissa.",
            "Kukaan ei loukkaantunut, ja 140 tonnia viljaa tuhoutui, sanoi satamajohtaja.",
            "Hänen mukaansa satamassa oli myös kuukausi sitten pieni palo, mutta se ei ole yhteydessä tähän, ja "
            "laivaliikenne jatkuu että aikataulut pitävät.",
            outlet="Satakunnan Viikko", published="2026-11-17T14:00:00+02:00"),
]


def test_the_reports_are_one_told_and_one_untold() -> None:
    for pair, language in ((TR, "tr"), (FI, "fi")):
        assert [article_language(a.title, a.paragraphs) for a in pair] == [None, language]


def test_one_languages_told_and_untold_reports_of_one_event_are_one_story() -> None:
    for pair in (TR, FI):
        for seed in range(2):
            assert stories(pair, seed) == [sorted(a.outlet for a in pair)]
        found = evidence(profile(pair[0]), profile(pair[1]))
        assert found.score >= 0.4 and found.apart == "", found


def test_the_untold_report_is_spelt_by_the_told_ones_stems_only_where_they_meet() -> None:
    # A report in another language (told English) is not respelt: only a report too short to tell its
    # language is read as the other's.
    english = article("Fire at Eskikale pier ferry",
                      "A fire broke out in the engine room of the ferry Deniz Yildizi as it docked at Eskikale pier on "
                      "Friday morning, and three passengers were taken to hospital.",
                      outlet="Harbour Wire", published="2026-11-20")
    assert article_language(english.title, english.paragraphs) == "en"
    found = evidence(profile(english), profile(TR[1]))
    assert "eskikal i̇skeles" not in found.names
