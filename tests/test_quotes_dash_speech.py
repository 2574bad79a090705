"""Quotes: direct speech printed after a dash opening a line, as Nordic and Slavic papers print
it (trial 53: a Swedish '– ..., sade Dunaj.' paragraph was read as no quotation at all).
The words run to the dash that closes them or to the comma before a lowercase attribution
that ends the line; a line with neither is a list's item. (Inputs made up for the tests.)"""

from __future__ import annotations

import pytest

from core.quotations import _bare, remarks, speaker_of
from core.text import quote_spans


@pytest.mark.parametrize("text, quoted, speaker", [
    ("– Alla ska få veta vad som hände med bron, sade Holmberg.", "Alla ska få veta vad som hände med bron", "Holmberg"),
    ("– Kaikki ansaitsevat tietää mitä sillalle tapahtui, sanoi Virtanen.", "Kaikki ansaitsevat tietää mitä sillalle tapahtui", "Virtanen"),
    ("– Alle fortjener å vite hva som skjedde, sier Nordvik.", "Alle fortjener å vite hva som skjedde", "Nordvik"),
    ("– Alle fortjener at vide hvad der skete, siger Lundgaard.", "Alle fortjener at vide hvad der skete", "Lundgaard"),
    ("— Każda rodzina zasługuje na odpowiedź — powiedział Nowacki.", "Każda rodzina zasługuje na odpowiedź", "Nowacki"),
    ("– Každá rodina si zaslouží odpověď, řekl Dvořák.", "Každá rodina si zaslouží odpověď", "Dvořák"),
    ("— Каждая семья заслуживает ответа, — сказал он.", "Каждая семья заслуживает ответа", None),
])
def test_speech_after_a_dash_is_a_quotation(text: str, quoted: str, speaker: str | None) -> None:
    spans = quote_spans(text)
    assert [text[s:e] for s, e in spans] == [quoted]
    if speaker:
        assert " ".join(_bare(speaker_of(text, remarks(text)[0][0]) or "")) == speaker


def test_the_full_name_named_before_names_the_dash_speaker() -> None:
    earlier = ("Inrikesministern Maja Holmberg besökte bron på tisdagen.",)
    text = "– Alla ska få veta vad som hände med bron, sade Holmberg."
    assert speaker_of(text, remarks(text)[0][0], earlier=earlier) == "Maja Holmberg"


@pytest.mark.parametrize("text", [
    "– Kalvik, Dornec and Norrby",
    "– 300 evacuated from the valley",
    "The vote – held on Monday – passed easily, officials said.",
])
def test_a_list_item_or_an_aside_is_no_speech(text: str) -> None:
    assert quote_spans(text) == []
