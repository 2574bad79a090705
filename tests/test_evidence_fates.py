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


def test_an_outcome_of_other_people_counted_apart_is_no_denial() -> None:
    # (trial 51 F4) "Two divers have died" / "Eight divers were rescued alive": "alive" is said of
    # the eight, other divers than the two; a count in each claim's clause says whom it is of
    died = "Two divers have died and one is still missing after Friday's flooding at the Brask cave, the park service said on Sunday."
    rescued = ("The Interior Ministry regrets to announce that two divers lost their lives in the flooding at the Brask cave. "
               "One diver remains missing. Eight divers were rescued alive on 21 March.")
    assert not [d for d in differences(died, rescued) if d.what in ("outcome", "negation")]
    assert not [d for d in differences(rescued, died) if d.what in ("outcome", "negation")]
    # the same count of them, told dead and alive, still differs
    assert [d.what for d in differences("Two divers have died in the Brask cave, the park service said.",
                                        "Two divers are alive in the Brask cave, the park service said.") if d.what == "outcome"]
