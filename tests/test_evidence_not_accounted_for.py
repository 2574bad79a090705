"""A link's differences pair counts by what happened to them (trial 45 F4): those who "had not
been accounted for" are the missing, never the dead; a negated verb tells no outcome."""

from __future__ import annotations

from core.linking.evidence import differences


def test_not_accounted_for_is_missing_and_the_dead_pair_with_the_dead() -> None:
    a = ("Three people were killed and about 20 injured when a train derailed near Ostrava Halt early on Monday, "
         "and five passengers were still missing hours later, police said.")
    b = ("Seven passengers died and thirty-one were hurt on Monday morning when a train derailed near Ostrava Halt, "
         "police said. Two people had not been accounted for by the afternoon.")
    assert sorted((d.a, d.b) for d in differences(a, b)) == [("20", "thirty-one"), ("Three", "Seven"), ("five", "Two")]


def test_a_negated_verb_tells_no_outcome() -> None:
    # "were not injured" counts no injured: no difference against the injured
    a = "Forty passengers were not injured and were taken home by bus."
    b = "Twelve passengers were injured in the crash."
    assert [(d.a, d.b) for d in differences(a, b)] == []
