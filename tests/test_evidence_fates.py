"""A claim of one person's death and its denial differ on the link (trial 50 F1): "the foreman,
Ivo Brant, had died" / "the foreman, Ivo Brant, is alive" is an outcome difference, the name in
apposition the subject of both; a report that tells both claims contradicts neither, and "No one
died" against "Two people died" stays a figure's change, no denial."""

from __future__ import annotations

from core.linking.evidence import Difference, differences

DIED = "The union said on Sunday that the foreman, Ivo Brant, had died of his injuries after the collapse at Karsk pit."
ALIVE = "Karsk Hospital says the 52-year-old foreman, Ivo Brant, is alive and in intensive care."


def test_death_and_its_denial_differ() -> None:
    assert [d for d in differences(DIED, ALIVE) if d.what == "outcome"] == [Difference("had died", "is alive", "outcome")]
    assert [d for d in differences(ALIVE, DIED) if d.what == "outcome"] == [Difference("is alive", "had died", "outcome")]


def test_a_report_of_both_claims_contradicts_neither() -> None:
    both = ("The union had said earlier that Ivo Brant died overnight. A hospital spokesman, Ana Rell, "
            "said Ivo Brant was alive and in intensive care.")
    assert not [d for d in differences(DIED, both) if d.what in ("outcome", "negation")]


def test_a_nought_is_a_count_no_denial() -> None:
    assert differences("No one died in the fire at the Varn depot, officials said.",
                       "Two people died in the fire at the Varn depot, officials said.") == [Difference("No one", "Two", "figure")]
