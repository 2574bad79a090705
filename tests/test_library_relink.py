"""A library's links are those of one run over the story, whatever order the articles came in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.library.store import Library
from core.reading import SEEDS_DIR
from core.linking.story import Story
from tui.cli import main


def _pairs(links) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Each link as its two paragraphs (unordered: which is *a* follows the story's order), score and kind."""
    return {(frozenset((l.a, l.b)), round(l.score, 6), l.kind) for l in links}


@pytest.mark.parametrize("link", [True, False], ids=["linking each add", "linking at the end"])
@pytest.mark.parametrize("order", ["as read", "reversed"])
def test_added_one_at_a_time_then_relinked_gives_the_links_of_one_run(tmp_path: Path, seed_articles, order: str,  # type: ignore[no-untyped-def]
                                                                      link: bool) -> None:
    whole = Story.build(seed_articles)
    articles = list(seed_articles) if order == "as read" else list(reversed(seed_articles))
    with Library(tmp_path / "lib.sqlite") as library:
        for article in articles:
            added = library.add(article, source=article.path, link=link)
            assert link or added.links == 0
        [info] = library.stories()
        if not link:
            assert library.story(info.id).links == ()  # not linked until relink()
        assert library.relink() == len(whole.links)
        assert _pairs(library.story(info.id).links) == _pairs(whole.links)
        assert library.relink() == 0  # nothing added since


def test_links_of_the_seeds_read_directly_and_from_a_library_are_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = str(tmp_path / "lib.sqlite")
    assert main(["links", "--json", str(SEEDS_DIR)]) == 0
    direct = json.loads(capsys.readouterr().out)
    assert main(["add", "--library", library, str(SEEDS_DIR)]) == 0
    capsys.readouterr()
    assert main(["links", "--json", "--library", library]) == 0
    stored = json.loads(capsys.readouterr().out)

    def links(data: dict) -> set[str]:  # type: ignore[type-arg]
        return {json.dumps(link, sort_keys=True) for link in data["links"]}

    assert len(stored["links"]) == len(direct["links"]) and links(stored) == links(direct)
