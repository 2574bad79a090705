"""Quotes: Swedish and Finnish quotation marks, Nordic offices, Greek portfolios.

Trial 55 F7: a Swedish report's '”Stamnätet är stabilt igen ...”, säger OstNets vd Marta
Lindqvar.' held no quotation (Swedish and Finnish open a quotation with the mark that closes one
elsewhere, ”...”), and a Greek minister was named with his portfolio ('δήλωσε ο υπουργός
Ενέργειας Χάλβαρντ Ρένκο': "Ενέργειας Χάλβαρντ Ρένκο"), where English names "Energy Minister
Halvard Renko" as "Halvard Renko"."""

from __future__ import annotations

import pytest

from core.quotations import _bare, speaker_of
from core.text import quote_spans


@pytest.mark.parametrize("text, quoted", [
    ("”Stamnätet är stabilt igen, och vi återansluter kunderna”, säger Marta Lindqvar.",
     "Stamnätet är stabilt igen, och vi återansluter kunderna"),
    ("Hän sanoi: ”Verkko on taas vakaa ja asiakkaat kytketään takaisin.”",
     "Verkko on taas vakaa ja asiakkaat kytketään takaisin."),
    ("– ”Det här får aldrig hända igen”, sa ministern.", "Det här får aldrig hända igen"),
])
def test_a_quotation_between_two_closing_marks_is_found(text: str, quoted: str) -> None:
    [(start, end)] = quote_spans(text)
    assert text[start:end] == quoted


@pytest.mark.parametrize("text", [
    # a closing mark whose opening one was lost, after a word: no quotation opens at it
    "The grid is stable again, he said” and the minister agreed with three other officials today.",
    # a closing mark before a space: none either
    "“The grid is stable” ” and the minister agreed with three other officials today.",
])
def test_a_lone_closing_mark_after_a_word_opens_no_quotation(text: str) -> None:
    assert all("minister agreed" not in text[s:e] for s, e in quote_spans(text))


@pytest.mark.parametrize("text, speaker", [
    ("”Stamnätet är stabilt igen, och vi återansluter kunderna”, säger OstNets vd Marta Lindqvar.", "Marta Lindqvar"),
    ("”Verkko on taas vakaa”, sanoo toimitusjohtaja Marta Lindqvar.", "Marta Lindqvar"),
    ("«Ήταν μια απαράδεκτη αποτυχία», δήλωσε ο υπουργός Ενέργειας Χάλβαρντ Ρένκο.", "Χάλβαρντ Ρένκο"),
    ("«Ήταν μια απαράδεκτη αποτυχία», δήλωσε ο υφυπουργός Υγείας Νίκος Παππάς.", "Νίκος Παππάς"),
])
def test_a_nordic_office_or_a_greek_portfolio_is_no_part_of_the_speaker_s_name(text: str, speaker: str) -> None:
    [span] = quote_spans(text)
    named = speaker_of(text, span)
    assert named is not None and " ".join(_bare(named)) == speaker
