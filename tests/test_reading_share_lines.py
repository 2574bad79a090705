"""A share bar in any language is page furniture (core/reading/judge.py, is_share_line): its label
("Partager", "Compartir", "Teilen", "Udostępnij", "Поделиться", ...) before a list of networks, or
the networks alone, in HTML and in plain text; a report's sentence that names the networks stays.
Invented pages (trial 39 F4: a French page's "Partager : Facebook · X · LinkedIn" was kept)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading import judge

LEAD = "Un incendie s'est déclaré mardi matin dans un entrepôt du port de Valmer, a indiqué la police locale."
SECOND = "Les pompiers ont lutté pendant six heures contre les flammes avant de maîtriser le sinistre, selon eux."
THIRD = "Aucun blessé n'est à déplorer, mais les riverains ont été invités à fermer leurs fenêtres toute la journée."

SHARE_LINES = [
    "Partager : Facebook · X · LinkedIn",
    "Compartir: WhatsApp | Telegram | E-mail",
    "Compartilhar no WhatsApp",
    "Partilhar: Facebook, Twitter",
    "Teilen auf WhatsApp | E-Mail",
    "Condividi su Facebook",
    "Delen: Facebook X LinkedIn",
    "Udostępnij: Facebook · X",
    "Paylaş: Facebook X",
    "Bagikan: WhatsApp Facebook Twitter",
    "Dela: Facebook · LinkedIn · Mail",
    "Поделиться: Telegram · VK",
    "Partager cet article : Facebook, Bluesky, Threads, Mastodon",
    "Share on Reddit Share on Pinterest",
    "Facebook · X · LinkedIn",
    "Compartir",
]


@pytest.mark.parametrize("line", SHARE_LINES)
def test_a_share_label_before_networks_is_a_share_line(line: str) -> None:
    assert judge.is_share_line(line)


@pytest.mark.parametrize("line", [
    "X", "Threads", "Facebook and X", "Del Facebook a Bluesky",
    "Facebook said on Tuesday that it would close its office in Valmer.",
    "Partager les frais entre les communes reste la question, dit le maire.",
])
def test_a_network_alone_or_a_sentence_naming_networks_is_no_share_line(line: str) -> None:
    assert not judge.is_share_line(line)


def _paragraphs(tmp_path: Path, name: str, data: str) -> list[str]:
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors and len(articles) == 1, errors
    return list(articles[0].paragraphs)


@pytest.mark.parametrize("line", SHARE_LINES[:4] + SHARE_LINES[7:8] + SHARE_LINES[11:12])
def test_a_share_bar_closing_a_page_is_no_paragraph(tmp_path: Path, line: str) -> None:
    page = (f"<html><head><meta charset='utf-8'><title>Un incendie ravage un entrepôt du port de Valmer</title></head><body><article>"
            f"<h1>Un incendie ravage un entrepôt du port de Valmer</h1><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>"
            f"<div class='partage'>{line}</div></article></body></html>")
    assert _paragraphs(tmp_path, "page.html", page) == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("line", SHARE_LINES[:4] + SHARE_LINES[7:8] + SHARE_LINES[11:12])
def test_a_share_line_in_plain_text_is_no_paragraph(tmp_path: Path, line: str) -> None:
    text = f"Un incendie ravage un entrepôt du port de Valmer\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n\n{line}\n"
    assert _paragraphs(tmp_path, "page.txt", text) == [LEAD, SECOND, THIRD]


def test_a_sentence_that_names_the_networks_stays(tmp_path: Path) -> None:
    named = "Facebook, X et LinkedIn ont retiré les vidéos de l'incendie mardi soir, selon la préfecture."
    text = f"Un incendie ravage un entrepôt du port de Valmer\n\n{LEAD}\n\n{named}\n\n{THIRD}\n"
    assert _paragraphs(tmp_path, "page.txt", text) == [LEAD, named, THIRD]
