"""A press release's "About X" boilerplate whose paragraph names X in its first sentence, not first (invented release)."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_paths
from core.reading.judge import releases_notes

BODY = [
    "Veldholm Dairy today recalled every tub of its plain yoghurt sold since 1 March after routine checks found "
    "that a batch of lids had not sealed properly at its plant near Ostervik.",
    "The dairy said no illness had been reported and that customers could return the tubs to any shop for a full refund.",
    "Production on the affected line has been paused while engineers replace the sealing machine.",
]
ABOUT = ("Established in 1952 in the Osta valley, Veldholm Dairy is a cooperative of 80 farms producing yoghurt "
         "and butter for shops across the region.")


def test_about_x_over_a_paragraph_naming_x_in_its_first_sentence_is_the_release_s_notes() -> None:
    assert releases_notes("About Veldholm Dairy", [ABOUT])
    assert not releases_notes("About Veldholm Dairy", ["Shoppers in Ostervik were not surprised by the recall."])


def test_a_release_s_about_box_is_not_the_report_s_last_paragraphs(tmp_path: Path) -> None:
    """"About Laiterie …" and its "Founded in 1921, …" paragraph were the report's last two paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in BODY)
    path = tmp_path / "release.html"
    path.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Veldholm Dairy recalls plain yoghurt – "
        "Veldholm Dairy</title><meta property='og:site_name' content='Veldholm Dairy'></head><body><main>"
        "<article class='press-release'><p class='kicker'>Press release</p><h1>Veldholm Dairy recalls plain yoghurt</h1>"
        f"<p class='dateline'>Ostervik, 3 March 2026</p>{body}<p><strong>About Veldholm Dairy</strong><br>{ABOUT}</p>"
        "<p class='endnote'>###</p></article></main></body></html>", encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    assert articles[0].paragraphs == tuple(BODY)
