"""Counts of people in Turkish and Indonesian/Malay are read as counts of people (trial 50 F6):
the people's word there ("kişi", "orang"), the scale written out ("2 bin", "15 ribu"), the
thousands grouped with dots in Indonesian ("2.000 orang") and the words that estimate or bound
a figure ("yaklaşık", "sekitar", "lebih dari")."""

from __future__ import annotations

from core.views.figures import extract
from tests.figure_rows import article

TR = ("Belmar'da feribot işçileri salı günü greve çıktı ve limanda uzun kuyruklar oluştu. Emniyet Müdürü "
      "Hana Orlo'ya göre yürüyüşe yaklaşık 3 bin kişi katıldı ve 41 kişi gözaltına alındı. Sendika ise "
      "katılımcı sayısının daha yüksek olduğunu söyledi.")
ID = ("Pekerja feri di Belmar mogok pada hari Selasa dan antrean panjang terbentuk di pelabuhan. Komisaris "
      "Polisi Hana Orlo mengatakan sekitar 3.000 orang ikut serta dan 41 orang ditangkap. Serikat pekerja "
      "menyebut lebih dari 12 ribu orang berbaris di kota itu.")


def _people(text: str) -> dict[float, tuple[str, str | None]]:
    return {f.value: (f.unit, f.qualifier) for f in extract([article("Gazette", text)]) if f.kind == "count"}


def test_turkish_counts_of_people() -> None:
    assert _people(TR) == {3000: ("people", "about"), 41: ("people", None)}


def test_indonesian_counts_of_people() -> None:
    assert _people(ID) == {3000: ("people", "about"), 41: ("people", None), 12000: ("people", "more than")}


AR = ("أضرب عمال العبارات في بلمار يوم الثلاثاء وتشكلت طوابير طويلة في الميناء. وقالت قائدة الشرطة "
      "هانا أورلو إن نحو 3000 شخص شاركوا في المسيرة وإن 41 شخصا اعتقلوا، بينما قالت النقابة إن 12000 شخص ساروا.")


def test_arabic_counts_of_people_a_year_like_figure_estimated_among_them() -> None:
    # "نحو 3000 شخص" (about 3000 people): a number a year may be, estimated and counting people, is a count
    assert _people(AR) == {3000: ("people", "about"), 41: ("people", None), 12000: ("people", None)}


def test_a_year_is_still_no_count() -> None:
    assert _people("In 2019 people marched in Belmar; by 2020 more than 300 people had joined the strike.").keys() == {300}
