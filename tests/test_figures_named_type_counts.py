"""Figures: what a count counts is a noun, not a name before it (trial 52, session 53).

"seven Tessaro T-72 aircraft" was a count of "tessaros", the type's name: a noun that is its own
plural ("aircraft", "crew") after a name and a model's code is what is counted."""

from __future__ import annotations

from core.views.figures import extract
from tests.reports import outlet_article


def test_a_noun_that_is_its_own_plural_after_a_type_s_name_is_what_is_counted() -> None:
    found = extract([outlet_article("A", "Varn Lines operates seven Kestrel K-40 aircraft and 30 Kestrel K-40 crew.")])
    assert [(f.value, f.unit) for f in found] == [(7, "aircraft"), (30, "crew")]
