"""A standfirst set in an <h3> marked as the subtitle (Substack's) is the report's first paragraph, no subhead (invented page)."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_paths

SUBTITLE = "Three reservoirs are at half their usual level. Gardens and cars come first."
BODY = [
    "The Quillon water board raised its drought warning to the second of four levels on Monday after a dry autumn "
    "left the three reservoirs above the town at barely half their usual volume.",
    "Households are asked to water gardens only after dusk and to leave cars unwashed until further notice, the board "
    "said in a statement on its website.",
    "Farmers in the valley, who draw on the same reservoirs for their winter crops, have been told that their allowance "
    "will be cut by a fifth from next week.",
]
LAST = ("The board's chair said rain forecast for the weekend could ease the pressure, though it would take weeks of "
        "steady rain to fill the reservoirs again.")


def test_a_subtitle_in_an_h3_is_the_first_paragraph_not_a_subhead(tmp_path: Path) -> None:
    """The subtitle was paragraph 0 and also listed in `subheads` at 0, as a heading."""
    body = "".join(f"<p>{p}</p>" for p in BODY)
    path = tmp_path / "post.html"
    path.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Drought warning raised in Quillon - The "
        "Valley Letter</title><meta property='og:site_name' content='The Valley Letter'><meta name='author' "
        "content='Mira Solvang'></head><body><div class='single-post'><article class='newsletter-post post'>"
        "<div class='post-header'><h1 class='post-title published'>Drought warning raised in Quillon</h1>"
        f"<h3 class='subtitle'>{SUBTITLE}</h3><div class='post-meta'><a href='/profile/mira'>Mira Solvang</a>"
        "<div class='pencraft'>16 Nov 2026</div></div></div><div class='available-content'><div class='body markup'>"
        f"{body}<h3>What you can do</h3><p>{LAST}</p></div></div></article></div></body></html>", encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    [article] = articles
    assert article.paragraphs == (SUBTITLE, *BODY, "What you can do", LAST)
    assert article.subheads == ((4, "What you can do"),)
