"""Quotes: the offices of other languages that stand before a speaker's name are no part of it.

Trial 45 F10: a German report's '„...“, sagte ihr Vorsitzender Tomas Reinholt' was shown as
"Vorsitzender Tomas Reinholt", where every English report names "Tomas Reinholt": a chair, a
director, a head or a secretary, in German, French, Spanish, Portuguese or Italian, says what
the person is, not who."""

from __future__ import annotations

import pytest

from core.quotations import _bare, is_title, person_key


@pytest.mark.parametrize("name, bare", [
    ("Vorsitzender Tomas Reinholt", "Tomas Reinholt"),
    ("Gewerkschaftsvorsitzende Ana Lind", "Ana Lind"),
    ("stellvertretende Vorsitzende Ana Lind", "Ana Lind"),
    ("Bahnhofsleiterin Ana Lind", "Ana Lind"),
    ("Geschäftsführer Bo Lind", "Bo Lind"),
    ("la directrice Ana Lind", "Ana Lind"),
    ("el director Bo Lind", "Bo Lind"),
    ("o diretor Bo Lind", "Bo Lind"),
    ("il segretario Bo Lind", "Bo Lind"),
])
def test_an_office_abroad_before_a_name_is_dropped(name: str, bare: str) -> None:
    assert " ".join(_bare(name)) == bare
    assert person_key(name) == person_key(bare)


def test_a_name_that_only_looks_like_an_office_stays() -> None:
    # the compound's head must be an office word, and a name alone stays a name
    assert not is_title("leitner") and not is_title("vorsitz")
    assert person_key("Tomas Leitner") == ("tomas", "leitner")
