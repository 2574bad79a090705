"""A platform's post is credited to the publication it is "Published in", not to the platform."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_paths

_BODY = "".join(f"<p>Paragraph {n} of the post tells how the ferry timetable in Exampleton changed this winter and why.</p>" for n in range(5))


def _page(title: str, line: str) -> str:
    return (f'<html lang="en"><head><title>{title}</title><meta property="og:site_name" content="Blogplatform">'
            f'<meta name="author" content="Ana Sample"></head><body><article><h1>Ferry timetable changes</h1>'
            f'<div class="meta">{line}</div>{_BODY}</article></body></html>')


def _outlet(tmp_path: Path, html: str) -> str | None:
    path = tmp_path / "post.html"
    path.write_text(html, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles[0].outlet


def test_the_publication_a_post_is_published_in_is_its_outlet(tmp_path: Path) -> None:
    html = _page("Ferry timetable changes — Harbour Notes | Blogplatform",
                 '<a href="/@ana">Ana Sample</a> · Published in <a href="/harbour-notes">Harbour Notes</a> · 4 min read')
    assert _outlet(tmp_path, html) == "Harbour Notes"


def test_a_publication_the_title_does_not_name_leaves_the_site_s_name(tmp_path: Path) -> None:
    html = _page("Ferry timetable changes | Blogplatform",
                 '<a href="/@ana">Ana Sample</a> · Published in <a href="/x">Somewhere Else</a>')
    assert _outlet(tmp_path, html) == "Blogplatform"
