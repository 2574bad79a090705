"""The words for a picture, one table for every language (core.reading.judge.PICTURE_WORDS):
a byline's label of who took the pictures and a picture's copyright notice know the words a
caption's credit line knows (the caption's own test: test_reading_picture_captions_and_end_boxes;
invented inputs)."""

from __future__ import annotations

import pytest

from core.reading.html import _copyright_site, _parsed
from core.reading.judge import unlabelled


@pytest.mark.parametrize("line", ["Фото: Иван Петров", "Світлина: Іван Петренко", "Снимка: Иван Петров"])
def test_a_label_of_who_took_the_pictures_in_a_caption_s_words_keeps_its_line(line: str) -> None:
    """"Фото:" names who took the pictures, as "Foto:" does: the line keeps its label, so no writer is
    read from it."""
    assert unlabelled(line) == line


@pytest.mark.parametrize("credit", ["© 2026 Ana Example, ảnh", "© Ana Example (фото)"])
def test_a_copyright_notice_of_a_picture_in_any_languages_words_names_no_site(credit: str) -> None:
    """A notice with a picture's word (Vietnamese "ảnh", Russian "фото") is the picture's: the site
    is the footer's."""
    tree = _parsed(
        "<html><body><article><p>The ferry runs again.</p></article><footer><p>© 2026 Tallwick Post</p></footer>"
        f"<p>{credit}</p></body></html>".encode()
    )
    assert _copyright_site(tree) == "Tallwick Post"
