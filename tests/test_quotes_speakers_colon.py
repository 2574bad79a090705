"""Quotes: a sentence whose subject is a person, with no verb of speech, that leads into the
quotation with a colon gives that person's words ("Governor Marek declined to say whether rates
would rise again: “...”"). Invented names and quotations."""

from __future__ import annotations

import pytest

from core.quotations import remarks, speaker_of


def _speaker(text: str) -> str | None:
    return speaker_of(text, remarks(text)[0][0])


@pytest.mark.parametrize("text, speaker", [
    ("The briefing ended there. Governor Anna Marek declined to say whether rates would rise again: “We will take it one step at a time.”", "Governor Anna Marek"),
    ("Harbour master Jon Strand was blunt: “The channel is not safe for ships this size.”", "Jon Strand"),
])
def test_the_subject_of_a_sentence_that_leads_into_the_quotation_with_a_colon(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize("text", [
    # the colon leads into words no person of the sentence says
    "The sign on the door reads: “Closed until further notice.”",
    "The statement was short: “The committee will meet again in December.”",
])
def test_no_speaker_where_no_person_opens_the_sentence(text: str) -> None:
    assert _speaker(text) is None
