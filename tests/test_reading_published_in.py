"""A platform's post is credited to the publication it is "Published in", not to the platform."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def _platform_page(title: str, site: str, ld: str = "") -> str:
    script = f'<script type="application/ld+json">{ld}</script>' if ld else ""
    return (f'<html lang="en"><head><title>{title}</title><meta property="og:site_name" content="{site}">'
            f'<meta name="author" content="Ana Sample">{script}</head><body><article><h1>Ferry timetable changes</h1>'
            f'<div class="meta"><a href="/@ana">Ana Sample</a> · 4 min read</div>{_BODY}</article></body></html>')


@pytest.mark.parametrize("title, site", [
    # Medium's tab: headline, writer, publication, platform, maybe a date between
    ("Ferry timetable changes | by Ana Sample | Harbour Notes | Medium", "Medium"),
    ("Ferry timetable changes | by Ana Sample | Harbour Notes | Mar, 2026 | Medium", "Medium"),
    # a newsletter platform's: headline, writer, newsletter
    ("Ferry timetable changes - by Ana Sample - Harbour Notes", "Substack"),
])
def test_a_platform_post_s_publication_its_tab_names_after_the_writer_is_its_outlet(tmp_path: Path, title: str, site: str) -> None:
    """Trial 52: a post in a Medium publication was credited to "Medium", the platform's og:site_name,
    though its tab named the publication after its writer."""
    assert _outlet(tmp_path, _platform_page(title, site)) == "Harbour Notes"


def test_a_platform_post_s_publication_its_structured_data_names_is_its_outlet(tmp_path: Path) -> None:
    ld = ('{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Ferry timetable changes",'
          ' "publisher": {"@type": "Organization", "name": "Harbour Notes"}}')
    assert _outlet(tmp_path, _platform_page("Ferry timetable changes | Medium", "Medium", ld)) == "Harbour Notes"


@pytest.mark.parametrize("title", [
    "Ferry timetable changes | by Ana Sample | Medium",
    "Ferry timetable changes | by Ana Sample | Mar, 2026 | Medium",
])
def test_a_platform_post_in_no_publication_keeps_the_platform(tmp_path: Path, title: str) -> None:
    assert _outlet(tmp_path, _platform_page(title, "Medium")) == "Medium"
