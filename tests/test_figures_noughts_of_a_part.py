"""A nought told of one cause or part of an event only ("Nobody was hurt by the fire itself") is
no count of everyone hurt: others may have been hurt otherwise (trial 52 F2a, F3: the figures
view marked it 0 injured against 12, and links showed "12 → Nobody")."""

from __future__ import annotations

from core.linking.evidence import differences
from core.linking.story import Story
from core.text import counts_nought, nought_of_a_part, words
from core.views.figures import compare
from tests.figure_rows import article


def _folded(text: str) -> list[str]:
    return [w.lower() for w in words(text)]


def test_a_nought_set_apart_to_one_cause_counts_no_one() -> None:
    for text in ("Nobody was hurt by the blast itself, the warden said.", "No one was injured by the smoke alone.",
                 "None of them were hurt by the collapse itself."):
        folded = _folded(text)
        assert nought_of_a_part(folded, 0) and not counts_nought(folded, 0), text
    # told of the event, or with its clause ended before a word that sets apart: a count of nought
    for text in ("Nobody was hurt in the blast at the depot.", "Nobody was hurt, but the roof itself fell in."):
        folded = _folded(text)
        assert counts_nought(folded, 0) and not nought_of_a_part(folded, 0), text


def test_a_nought_of_one_cause_is_no_figure_against_the_count_of_the_hurt() -> None:
    story = Story.build([
        article("Harbour Post", "A blast hit the Tolm grain depot on Monday. Warden Ilse Marr said six workers were taken "
                                "to Tolm Hospital with injuries from the rush to get out. \"Nobody was hurt by the blast "
                                "itself,\" she said."),
        article("Coast Wire", "A blast hit the Tolm grain depot on Monday, and 11 workers were hurt as they fled, "
                              "Warden Ilse Marr said."),
        article("Valley Radio", "Marr said 11 workers were hurt as they fled the Tolm grain depot after the blast."),
    ])
    values = {f.value for g in compare(story) if g.fate == "injured" for f in g.figures}
    assert 11.0 in values and 0.0 not in values


def test_a_nought_of_one_cause_is_no_figure_changed_in_a_link() -> None:
    assert differences("Eleven workers were hurt as they fled the Tolm depot, the warden said.",
                       "Nobody was hurt by the blast itself at the Tolm depot, the warden said.") == []
