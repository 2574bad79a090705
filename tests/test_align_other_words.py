"""Linking: a newsroom's other word for the same thing ("the blaze" of a fire, "the tremor" of a
quake, "hurt" for injured) is the same content word, so a rewording that uses it still links."""

from __future__ import annotations

import pytest

from core.linking.align import link
from core.model import Article, Ref
from core.text import stem
from tests.reports import outlet_report


@pytest.mark.parametrize("word, same", [("blaze", "fire"), ("blazes", "fires"), ("tremor", "earthquake"),
                                        ("tremors", "quake"), ("hurt", "injured")])
def test_other_words_for_one_thing_share_a_stem(word: str, same: str) -> None:
    assert stem(word) == stem(same)


def _filler(outlet: str) -> tuple[str, ...]:
    # other paragraphs of the story, all of the mill, so that "mill" and "Olmbury" weigh little
    # and the pair's words of what happened much
    return (
        f"{outlet} spoke to people at the mill in Olmbury on Saturday.",
        "Traffic was diverted around the mill in Olmbury for the evening.",
        "The mill in Olmbury was built in 1820 by the valley's weavers.",
    )


def _linked(articles: list[Article]) -> set[frozenset[Ref]]:
    return {frozenset((l.a, l.b)) for l in link(articles)}


@pytest.mark.parametrize("ours, theirs", [
    ("The blaze began in the kitchen of the mill.", "The fire started in the mill's kitchen, the owner believes."),
    ("The blaze was put out by midnight.", "The fire was out by midnight."),
    ("The tremor was felt across the valley, the mill's owner said.", "An earthquake shook the valley, and the mill was damaged."),
])
def test_a_rewording_in_the_other_word_links(ours: str, theirs: str) -> None:
    # without the other word, each pair shares too little of what it says (a word or two)
    gazette = outlet_report("Olmbury Gazette", ours, *_filler("The Gazette"))
    radio = outlet_report("Valley Radio", *_filler("Valley Radio")[1:], theirs)
    assert frozenset((Ref(gazette.id, 0), Ref(radio.id, 2))) in _linked([gazette, radio])
