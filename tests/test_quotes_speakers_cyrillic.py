"""Quotes: speakers named in Cyrillic letters.

Trial 53 F6: a Russian report's quotations found no speaker: names were read in Latin and Greek
capitals only, a verb of speech after a closing guillemet, a comma and a dash ('«...», — заявила
...') was one mark too far from it, and only four Russian verbs were read. An organisation's
initials before a person's name ("глава МЧС Пётр Волков", "NASA John Smith") are whose the
person is, not part of the name."""

from __future__ import annotations

import pytest

from core.quotations import speaker_of


def _speaker(text: str) -> str | None:
    opening = next(n for n, c in enumerate(text) if c in "«„\"—")
    closing = next(n for n, c in enumerate(text[opening + 1 :], opening + 1) if c in "»“\"" or text[n:n + 2] == ", ")
    return speaker_of(text, (opening + 1, closing))


@pytest.mark.parametrize("text, speaker", [
    ("«Вода поднялась на три метра за час», — заявила Анна Соколова.", "Анна Соколова"),
    ("«Вода поднялась на три метра за час», — сказал глава МЧС Пётр Волков.", "Пётр Волков"),
    ("«Мы работаем круглосуточно», — подчеркнул спасатель Илья Орлов.", "Илья Орлов"),
    ("«Вода піднялася на три метри», — заявив мер Олег Петренко.", "Олег Петренко"),
    ("„Водата се покачи с три метра“, каза кметът Иван Петров.", "Иван Петров"),
    ("„Вода је порасла три метра“, изјавио је градоначелник Марко Илић.", "Марко Илић"),
    ("\"We evacuate everyone,\" said NASA John Smith.", "John Smith"),
    ("\"We evacuate everyone,\" said wrestler AJ Styles.", "AJ Styles"),
])
def test_a_cyrillic_speaker_is_named(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


def test_dash_opened_russian_speech_names_its_speaker_without_the_bodys_initials() -> None:
    text = "— Мы эвакуируем всех жителей долины, — сказал глава МЧС Пётр Волков."
    assert speaker_of(text, (2, text.index(","))) == "Пётр Волков"
