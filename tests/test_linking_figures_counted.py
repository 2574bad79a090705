"""A number two paragraphs share is a point of one fact only where it counts one thing (trial 48
F2): "17 cases" in one paragraph and "17 stores" or "on 17 November" in another were shown as a
shared figure and weighed as a rare word both give, linking a count of the outbreak's cases to
the recall's stores."""

from __future__ import annotations

from core.linking import align
from core.linking.evidence import evidence
from core.model import Ref
from core.linking.align import link
from tests.reports import outlet_article

CASES = "Health officials said on Friday that the listeria outbreak tied to the cheese has reached 17 cases in the region."
STORES = "The dairy pulled the cheese from 17 stores in the region after the outbreak, officials said on Friday."
DAY = "The first patient fell ill on 17 November after eating the cheese, officials said."
CONFIRMED = "By Friday the listeria outbreak had reached 17 confirmed cases, the health officials said."
FRENCH = "Selon les autorités sanitaires, l'épidémie de listériose a atteint 17 cas dans la région."


def test_a_number_of_two_things_is_no_shared_figure() -> None:
    assert evidence(CASES, STORES).figures == ()
    assert evidence(CASES, CONFIRMED).figures == ("17",)
    # another language's word for the thing counted is the same thing
    assert evidence(CASES, FRENCH).figures == ("17",)


def test_a_number_of_two_things_is_no_stem_the_paragraphs_share() -> None:
    cases, stores, day, confirmed = align.prepare([outlet_article(name, text) for name, text in
                                                   (("A", CASES), ("B", STORES), ("C", DAY), ("D", CONFIRMED))])
    assert align._numbers_apart(cases, stores) == {"17"}
    assert align._numbers_apart(cases, day) == {"17"}
    assert align._numbers_apart(cases, confirmed) == frozenset()
    idf = dict.fromkeys(cases.stems | stores.stems | confirmed.stems, 1.0)
    assert "17" not in align.pair_features(cases, stores, idf).shared
    assert "17" in align.pair_features(cases, confirmed, idf).shared


def test_paragraphs_sharing_a_number_of_two_things_do_not_link() -> None:
    others = ("Inspectors took samples at the plant near Lyon on Thursday.", "The agency urged people who bought the cheese to return it.")
    for ours, theirs in (
        ("The outbreak linked to Varnel cheese has now reached 17 cases, officials said.", "Varnel has pulled the cheese from 17 stores, officials said."),
        ("The listeria outbreak has grown to 17 cases.", "The listeria outbreak began on 17 November."),
    ):
        first, second = outlet_article("Daily Post", ours, *others), outlet_article("Evening Wire", theirs, *others[::-1])
        linked = {frozenset((l.a, l.b)) for l in link([first, second])}
        assert frozenset((Ref(first.id, 0), Ref(second.id, 0))) not in linked
