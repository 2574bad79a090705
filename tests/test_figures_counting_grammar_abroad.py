"""Counts abroad read by their language's counting grammar (trial 54 F2): Romanian "de" between a
number from 20 and its noun, Finnish's partitive, Turkish's case endings, "dozens of" in words
abroad ("több tucat", "decine di") and a part's "of the" ("22 dei 38 vagoni"), each by a table of
the language's words, in the shape the English ones are read."""

from __future__ import annotations

from core.views.figures import extract
from tests.figure_rows import article


def _counts(text: str) -> list[tuple[float, str, str, str]]:
    return [(f.value, f.unit, f.vague, f.part) for f in extract([article("Gazette", text)]) if f.kind == "count"]


def test_counts_of_people_in_each_languages_grammar() -> None:
    # Romanian: "de" between a number from 20 and its noun
    assert _counts("Primăria din Orlen a anunțat că 35 de persoane au fost evacuate din cartierul de lângă râu.") == [
        (35.0, "people", "", "")]
    # Finnish: the partitive after a number
    assert _counts("Orlenin kaupungin mukaan 35 ihmistä on evakuoitu joen varresta.") == [(35.0, "people", "", "")]
    # Turkish: the genitive ending of "kişi"
    assert _counts("Belediye, şimdiye kadar 35 kişinin tahliye edildiğini açıkladı.") == [(35.0, "people", "", "")]
    # Hungarian and Italian: dozens of people, as "dozens of people"
    assert _counts("Több tucat embert kellett kitelepíteni a folyó melletti utcákból.") == [(48.7, "people", "dozens", "")]
    assert _counts("Decine di persone sono state evacuate dalle strade vicino al fiume.") == [(48.7, "people", "dozens", "")]
    # Italian: a part of a whole, "of the" in its words
    assert _counts("Secondo le ferrovie, 12 dei 40 vagoni del treno merci sono rimasti fermi sul ponte.") == [
        (12.0, "wagon", "", "part"), (40.0, "wagon", "", "whole")]
