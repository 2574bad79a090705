"""A badge a page sets with a pictograph in front ("📌 Pinned" over a live page's pinned update,
"🔴 Live"): page furniture, no paragraph; a report's line that opens with one stays (invented pages)."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import is_furniture_block

_UPDATES = [
    "The coastguard asked boat owners in the bay to stay in port until the storm has passed this evening.",
    "The ferry company cancelled its afternoon crossings to the islands and will refund every ticket.",
    "Winds of up to 110 kilometres an hour were measured on the northern cape overnight, the weather office said.",
]


@pytest.mark.parametrize("label", ["📌 Festgepinnt", "🔴 Live", "⭐ Top story", "🔔 Alerts"])
def test_a_pictograph_and_a_word_or_two_are_furniture(label: str) -> None:
    assert is_furniture_block(label)


@pytest.mark.parametrize("line", [
    "📌 The coastguard asked boat owners to stay in port.",  # a sentence
    "☎ 0800 555 010",  # a number to call
    "© Harbour Press",  # a credit, not a badge
    "Pinned",
])
def test_a_line_of_words_after_a_pictograph_is_not_a_badge(line: str) -> None:
    from core.reading.judge import is_icon_label

    assert not is_icon_label(line)


def test_a_pinned_updates_badge_is_no_paragraph() -> None:
    """A live page's pinned update carries a badge ("📌 Kiinnitetty") in a box of its own: it was
    read as a paragraph of the report."""
    posts = "".join(
        f'<div class="post{" pinned" if n == 0 else ""}">{"<div class=badge>📌 Kiinnitetty</div>" if n == 0 else ""}'
        f'<time datetime="2026-02-11T{hour}:00:00+02:00">{hour}:00</time><p>{text}</p></div>'
        for n, (hour, text) in enumerate(zip(("12", "10", "08"), _UPDATES)))
    page = ("<html lang='fi'><head><title>Storm live: ferries stop - Bay Courier</title></head><body><main><article>"
            f"<h1>Storm live: ferries stop</h1><div class='posts'>{posts}</div></article></main></body></html>").encode()
    article = parse_html(page, source="live.html")
    assert not [p for p in article.paragraphs if "Kiinnitetty" in p]
    assert sum(1 for p in article.paragraphs if p in _UPDATES) == 3
