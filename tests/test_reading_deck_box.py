"""A deck set in a heading inside a box its class marks as the subheadline (Arc XP's
`<div class="b-subheadline"><h2>...</h2></div>`), maybe also given as the page's description: one
standfirst, once, and no subhead (invented pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths

DECK = "A fire broke out in the engine room of the evening ferry, the operator said"
BODY = [
    "The operator of the island ferry suspended its night crossings on Monday after a small fire broke out in the "
    "engine room of the evening boat, the company said.",
    "No one was hurt, and the 140 passengers were brought back to the harbour by a second ferry within two hours, "
    "a spokesperson said.",
    "Inspectors from the maritime authority will examine the vessel this week before it can sail again, according "
    "to the company statement.",
]


def _page(description: str | None) -> str:
    meta = f'<meta property="og:description" content="{description}"/>' if description else ""
    body = "".join(f'<p class="c-paragraph">{p}</p>' for p in BODY)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Ferry operator halts night crossings '
            'after engine fire - The Example Gazette</title><meta property="og:site_name" content="The Example Gazette"/>'
            f'{meta}</head><body><article class="b-article-body"><h1 class="c-heading b-headline">Ferry operator halts '
            'night crossings after engine fire</h1><div class="b-subheadline"><h2 class="c-heading">'
            f'{DECK}</h2></div><div class="b-byline"><span>By <a href="/people/ana-example/">Ana Example</a></span>'
            f'</div>{body}</article></body></html>')


@pytest.mark.parametrize("description", [None, DECK])
def test_a_deck_in_a_heading_in_a_subheadline_box_is_one_standfirst(tmp_path: Path, description: str | None) -> None:
    """The deck was paragraphs 0 and 1, and listed twice in `subheads`: the box of one heading was
    taken for a lead-marked box the extractor had left out, though it had kept its heading."""
    path = tmp_path / "arc.html"
    path.write_text(_page(description), encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    [article] = articles
    # (headline-shaped, no full stop: the standfirst, once; session 49, before it the first paragraph)
    assert article.standfirst == DECK
    assert article.paragraphs == tuple(BODY)
    assert article.subheads == ()
