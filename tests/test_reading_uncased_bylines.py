"""A writer's name in an author element in a script without capitals, and a Drupal 8+ report
flagged "node--promoted" (invented inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths

LEAD = "The valley water board will replace the old pumping station at Lindmoor by the end of next year."
SECOND = "Residents on the east bank have complained for months about low pressure in the mornings."


def _read(tmp_path: Path, name: str, flags: str = "") -> list:  # type: ignore[type-arg]
    path = tmp_path / "node.html"
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Pumping station to be replaced | Lindmoor Post</title></head>"
        "<body><main><h1 class='page-title'><span class='field field--name-title'>Pumping station to be replaced</span></h1>"
        f"<article role='article' class='node node--type-article {flags} node--view-mode-full'><div class='node__meta'>"
        "<span class='field field--name-uid field--type-entity-reference field--label-hidden'><span typeof='schema:Person' "
        f"property='schema:name'>{name}</span></span> <span class='field field--name-created'>03.02.2026 - 09:40</span></div>"
        f"<div class='node__content'><div class='field field--name-body'><p>{LEAD}</p><p>{SECOND}</p></div></div>"
        "</article></main></body></html>", encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


@pytest.mark.parametrize("name", ["ნინო მაგალითი", "נועה דוגמה", "سارا نمونه", "अनीता उदाहरण"])
def test_an_author_elements_name_in_a_script_without_capitals_is_the_byline(tmp_path: Path, name: str) -> None:
    """Georgian, Hebrew, Persian and Hindi names have no capitals to tell them by: the element the
    page marks as the author's says they are a name."""
    [article] = _read(tmp_path, name)
    assert article.byline == name
    assert article.paragraphs == (LEAD, SECOND)


def test_a_drupal_report_promoted_to_the_front_page_keeps_its_byline(tmp_path: Path) -> None:
    """Drupal 8's and later "node--promoted" flag (Drupal 7's "node-promoted") is no promotion box."""
    [article] = _read(tmp_path, "Mira Example", "node--promoted node--sticky")
    assert article.byline == "Mira Example"
    assert article.paragraphs == (LEAD, SECOND)
