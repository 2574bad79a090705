"""A page's standfirst the extractor leaves out (invented inputs) goes back right above the first
paragraph it kept, under the kicker, headline, byline and date lines: the kicker over the headline
is no paragraph, the byline line is the byline, not a paragraph under the standfirst."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_file

PARAGRAPHS = (
    "Die Fähre zwischen Nordby und Sandvik fährt ab Montag wieder nach dem alten Fahrplan, teilte die Reederei am Sonntag mit.",
    "Im Herbst war die Fähre wegen eines Motorschadens sechs Wochen lang ausgefallen. Pendler mussten einen Umweg von 40 Kilometern fahren.",
    "Die Reederei will bis zum Frühjahr ein zweites Schiff einsetzen, sagte ihr Sprecher.",
)
TEASER = "Nach sechs Wochen Pause fährt die Fähre wieder. Für den Winter plant die Reederei ein zweites Schiff."


def _page(byline: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Fähre fährt wieder - Beispielblatt</title>'
            '<meta property="og:site_name" content="Beispielblatt"></head><body>'
            '<nav><a href="/">Startseite</a> <a href="/politik/">Politik</a></nav><article>'
            '<p class="kicker">Verkehr</p><h1>Fähre fährt wieder</h1>'
            f'<p class="teaser">{TEASER}</p><p class="autor">{byline}</p>'
            f'<p class="datum">Stand: 29.11.2026 16:20 Uhr</p>{body}</article></body></html>')


def test_a_left_out_standfirst_goes_under_the_kicker_headline_and_byline(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page("Von Anna Beispiel"), encoding="utf-8")
    (article,) = read_file(path)
    assert article.paragraphs[0] == TEASER, article.paragraphs
    assert "Verkehr" not in article.paragraphs  # the kicker over the headline
    assert not any("Anna Beispiel" in p for p in article.paragraphs), article.paragraphs
    assert article.byline == "Anna Beispiel"
    assert article.paragraphs[1:] == PARAGRAPHS
