"""A library that gets a story one article at a time links what a full run of it links, where third
outlets vouch for a pair (core.linking.align): the voucher may come after the pair, and a link
made by vouching vouches for no other pair, in either."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest

from core.library.store import Library
from core.linking.align import link
from core.model import Article, Link, Ref, article_id


def _article(outlet: str, *paragraphs: str) -> Article:
    title = f"Harlow Mill bakery fire: {outlet} report"
    return Article(article_id(outlet, title, paragraphs), f"{outlet}.txt", outlet, title, paragraphs)


# One fact (residents moved out of their homes), told by the gazette among others (the blaze's
# start) and by the radio among others (the night in the parish hall): too few words alike for a
# rule. The herald's paragraph links to both, one of them weakly, and both tell one outcome of the
# same ones (evacuated residents): a pair a third outlet vouches for.
GAZETTE = _article(
    "Corran Gazette",
    "The blaze started in the ovens of the Harlow Mill bakery shortly after midnight, forcing residents "
    "living nearby to be temporarily evacuated.",
    "The owners thanked their neighbours for their help.",
)
RADIO = _article(
    "Valley Radio",
    "Forty residents of Mill Lane had to be evacuated from their cottages and spent the night in the parish hall.",
    "Traffic was diverted around the town centre for the evening.",
)
HERALD = _article(
    "Corran Herald",
    "Forty residents were evacuated from the Harlow Mill bakery area after the blaze started in its ovens "
    "shortly after midnight, and the police closed Quay Street and Station Road while crews worked.",
    "The cause of the fire is not yet known.",
)
# A fourth outlet retells the radio's paragraph; it links to the gazette's only through the link
# the herald vouched for, which vouches for nothing in a full run.
COURIER = _article(
    "Mill Lane Courier",
    "Residents of the cottages on Mill Lane spent the night in the parish hall after being evacuated.",
    "Shares in the milling group fell.",
)


def _pairs(links: list[Link] | tuple[Link, ...]) -> set[tuple[Ref, Ref, str]]:
    return {(*sorted((l.a, l.b)), l.kind.value) for l in links}  # type: ignore[misc]


def _one_by_one(tmp_path: Path, articles: list[Article]) -> tuple[Link, ...]:
    with Library(tmp_path / "lib.sqlite") as library:
        for article in articles:
            library.add(article, source=article.path)
        [story] = library.stories()
        return library.story(story.id).links


def _linked_one_by_one(articles: list[Article]) -> list[Link]:
    """The links of *articles* linked as a library links them: each new one against those before it."""
    known: list[Link] = []
    for n in range(1, len(articles) + 1):
        known = sorted([*known, *link(articles[:n], new_from=n - 1, known=known)])
    return known


def test_a_story_linked_one_article_at_a_time_in_any_order_links_as_a_full_run() -> None:
    for order in permutations([GAZETTE, RADIO, HERALD, COURIER]):
        assert _pairs(_linked_one_by_one(list(order))) == _pairs(link(list(order))), [a.outlet for a in order]


def test_a_voucher_added_last_links_the_pair_it_vouches_for_as_a_full_run(tmp_path: Path) -> None:
    articles = [GAZETTE, RADIO, HERALD]
    full = link(articles)
    vouched = (Ref(GAZETTE.id, 0), Ref(RADIO.id, 0))
    assert [l.vouched for l in full if (l.a, l.b) == vouched] == [True]  # (the herald's weak link is what vouches)
    assert _pairs(_one_by_one(tmp_path, articles)) == _pairs(full)


@pytest.mark.parametrize("order", [(GAZETTE, RADIO, HERALD, COURIER), (HERALD, GAZETTE, RADIO, COURIER)])
def test_a_link_made_by_vouching_vouches_for_no_pair_added_later(tmp_path: Path, order: tuple[Article, ...]) -> None:
    articles = list(order)
    stored = _one_by_one(tmp_path, articles)
    assert _pairs(stored) == _pairs(link(articles))
    assert [l.vouched for l in stored if {l.a, l.b} == {Ref(GAZETTE.id, 0), Ref(RADIO.id, 0)}] == [True]
    assert not any({l.a, l.b} == {Ref(GAZETTE.id, 0), Ref(COURIER.id, 0)} for l in stored)
