"""What a count counts past the words that hedge it: "No one is believed to have been injured"
counts nought of the injured, not of "believed"; "Nine are reported to have been killed" counts
the dead (core.text.past_hedges, core.linking.align)."""

from __future__ import annotations

from core.linking.align import prepare
from core.model import Article
from core.text import past_hedges, words


def _valued(text: str) -> set[tuple[str, float]]:
    [para] = prepare([Article("a", "a.txt", "Harbour Post", "Crane collapse", (text,))])
    return {(thing, value) for thing, value, *_ in para.valued}


def test_a_count_of_nought_counts_what_the_hedges_hedge() -> None:
    for text in (
        "No-one is believed to have been injured when the crane fell.",
        "Nobody is thought to have been hurt in the collapse.",
        "No one was reportedly injured at the quay.",
    ):
        assert _valued(text) == {("injured", 0.0)}, text


def test_a_count_counts_what_the_hedges_hedge() -> None:
    assert _valued("Nine dockers are reported to have been killed at the quay.") >= {("dead", 9.0)}
    assert _valued("Nine are understood to have been killed, and four are feared dead.") >= {("dead", 4.0)}
    assert _valued("Four were said to be missing after the crane fell.") == {("missing", 4.0)}


def test_a_word_that_hedges_nothing_is_left_as_it_is() -> None:
    folded = [w.lower() for w in words("The 12 said they were tired, as known for years.")]
    assert past_hedges(folded, folded.index("said")) == folded.index("said")
    assert past_hedges(folded, folded.index("known")) == folded.index("known")
    folded = [w.lower() for w in words("Three were confirmed to have died.")]
    assert folded[past_hedges(folded, folded.index("confirmed"))] == "died"
