"""A denial of a claim reverses it (trial 50 F1, a denial put before the claim's clause): "a miner
died" / "Karsk Mining denied reports that a miner had died" is a negation on the link, the verb
before "that" governing the clause after it, subject and all; "said that" only reports, and
"confirmed that" keeps the claim."""

from __future__ import annotations

from core.linking.evidence import Difference, differences

CLAIM = "The Karsk Miners Union said on Sunday that a miner died of his injuries after the collapse at the pit."
DENIED = "Karsk Mining denied reports that a miner had died of his injuries after the collapse at the pit."


def test_a_denied_report_reverses_the_claim() -> None:
    assert differences(CLAIM, DENIED) == [Difference("died", "denied reports that a miner had died", "negation")]
    assert differences(DENIED, CLAIM) == [Difference("denied reports that a miner had died", "died", "negation")]


def test_a_denial_without_what_is_denied_named() -> None:
    denied = "Karsk Mining denied that a miner had died of his injuries after the collapse at the pit."
    assert [d.what for d in differences(CLAIM, denied)] == ["negation"]


def test_a_confirmation_keeps_the_claim() -> None:
    confirmed = "Karsk Mining confirmed that a miner had died of his injuries after the collapse at the pit."
    assert differences(CLAIM, confirmed) == []


def test_the_denied_clause_is_said_of_the_subject_that_opens_it() -> None:
    # the nearest words before "had died" are the miner's description, not the subject
    denied = "Karsk General Hospital on Monday denied reports that a miner injured in Friday's collapse had died."
    assert [d.what for d in differences(CLAIM, denied)] == ["negation"]


def test_a_subject_named_in_apposition_is_also_the_noun_it_names() -> None:
    named = "The Karsk Miners Union said on Sunday that a 41-year-old miner, Ivo Brant, had died of his injuries."
    denied = "Karsk General Hospital on Monday denied reports that a miner injured in Friday's collapse had died."
    assert [d.what for d in differences(named, denied)] == ["negation"]
