"""Quotes: speakers named in Turkish, Indonesian/Malay and Korean orders, a name glossed in Latin
letters in brackets after a name in another script ('리나 오스트(Lina Ost) 대변인은', 'ليلى عرسان
(Leyla Arslan)'), and a surname alone, in either script, as the full name the article gave before
(trial 50 F5)."""

from __future__ import annotations

import pytest

from core.quotations import person_key, remarks, speaker_of


def _speaker(text: str, *earlier: str) -> str | None:
    return speaker_of(text, remarks(text)[0][0], earlier=earlier)


@pytest.mark.parametrize("text, speaker", [
    # Turkish: the speaker, then a particle or where they spoke, then the quotation and the verb
    ('Müdür Petros Lamin ise "Çalışmalar yarın normal şekilde sürecek" dedi.', "Petros Lamin"),
    ('Ana Velde de "Sakinler için bir tehlike yok" diye konuştu.', "Ana Velde"),
    ('Ana Velde açıklamasında "Sakinler için bir tehlike yok" dedi.', "Ana Velde"),
    # Indonesian / Malay: the verb, maybe a role, the speaker after the quotation
    ('"Tidak ada bahaya bagi warga," kata Ana Velde.', "Ana Velde"),
    ('"Tidak ada bahaya bagi warga," ujar juru bicara pelabuhan Petros Lamin.', "Petros Lamin"),
    ('"Tiada bahaya kepada penduduk," kata jurucakap Ana Velde.', "Ana Velde"),
    ('Menurut Ana Velde, "tidak ada bahaya bagi warga".', "Ana Velde"),
    ('Petros Lamin mengatakan, "Pekerjaan akan berlanjut besok."', "Petros Lamin"),
    # Korean: the speaker with its office and particle, the quotation, the verb
    ('리나 오스트(Lina Ost) 대변인은 "주민들에게 위험은 없다"고 말했다.', "Lina Ost"),
    ('페트로스 라민(Petros Lamin) 국장은 기자회견에서 "작업은 내일 계속된다"라고 밝혔다.', "Petros Lamin"),
    # Arabic: the verb, the office, the name glossed in Latin letters, a colon
    ('وقالت المتحدثة باسم الميناء ليلى عرسان (Leyla Arslan): «لا يوجد أي خطر على السكان».', "Leyla Arslan"),
])
def test_a_speaker_named_in_the_order_of_their_language(text: str, speaker: str) -> None:
    found = _speaker(text)
    assert found and person_key(found) == person_key(speaker)


@pytest.mark.parametrize("text, earlier", [
    # a surname in the article's own script, after the name glossed in full before
    ("وقال عرسان: «لا يوجد أي خطر على السكان».", "وقالت مديرة الميناء ليلى عرسان (Leyla Arslan) إن السفينة مستقرة."),
    ('오스트 청장은 "주민들에게 위험은 없다"고 말했다.', "리나 오스트(Lina Ost) 경찰청장은 어제 항구를 찾았다."),
    # a Latin surname after the full name with its office and case ending
    ('"Tidak ada bahaya bagi warga," kata Ost.', "Komisaris Polisi Lina Ost mengatakan pelabuhan tetap dibuka."),
    ('Ost de "Sakinler için bir tehlike yok" dedi.', "Emniyet Müdürü Lina Ost'a göre liman açık."),
])
def test_a_surname_alone_is_the_full_name_given_before(text: str, earlier: str) -> None:
    found = _speaker(text, earlier)
    assert found and person_key(found) == person_key("Lina Ost" if "Ost" in earlier or "오스트" in earlier else "Leyla Arslan")


@pytest.mark.parametrize("text", [
    # an office alone names nobody
    '청장은 "주민들에게 위험은 없다"고 말했다.',
    # a quotation with no speaker near it
    'Spanduk itu bertuliskan "tidak ada bahaya bagi warga" dengan huruf merah.',
    '현수막에는 "주민들에게 위험은 없다"는 글이 적혀 있었다.',
])
def test_no_speaker_near_names_none(text: str) -> None:
    assert _speaker(text) is None
