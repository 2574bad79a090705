"""The words for "by", "text" and "writer" before a byline's names in more languages: Vietnamese
"Bởi", Belarusian "Тэкст:", Amharic "ጸሐፊ" (a notes app's property row: a script without capitals);
a page's date-and-text line in a plain element (invented inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import clean_byline, labelled_field


@pytest.mark.parametrize(("line", "names"), [
    ("Bởi Nguyễn Văn Ví", "Nguyễn Văn Ví"),  # Vietnamese
    ("Тэкст: Алесь Узорны", "Алесь Узорны"),  # Belarusian
    ("ጸሐፊ: ሰላማዊት ምሳሌ", "ሰላማዊት ምሳሌ"),  # Amharic
])
def test_by_and_writer_words_come_off_the_names(line: str, names: str) -> None:
    assert clean_byline([line], line=True) == names


def test_a_writer_label_in_a_script_without_capitals_is_a_header_field() -> None:
    assert labelled_field("ጸሐፊ: ሰላማዊት ምሳሌ") == ("byline", "ሰላማዊት ምሳሌ")
    assert labelled_field("ጸሐፊ: ይህ ነው ብዙ ቃላት ያሉት") is None


def test_a_notes_export_property_row_in_amharic_gives_the_byline(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="utf-8"><title>አዲስ ድልድይ</title></head><body><article class="page"><header>'
            '<h1 class="page-title">አዲስ ድልድይ ተከፈተ</h1><table class="properties"><tbody>'
            '<tr><th>ጸሐፊ</th><td><span class="user">ሰላማዊት ምሳሌ</span></td></tr>'
            '<tr><th>Status</th><td>Ready</td></tr></tbody></table></header><div class="page-body">'
            '<p>የከተማው አስተዳደር ሐሙስ ዕለት አዲስ ድልድይ ለነዋሪዎች ከፍቶ ለትራፊክ ክፍት አድርጓል።</p>'
            '<p>ድልድዩ 20 ሚሊዮን ብር ወጪ የተደረገበት ሲሆን ሁለት ዓመት ፈጅቷል ብለዋል ከንቲባው።</p></div></article></body></html>')
    path = tmp_path / "notion.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read_file(path)
    assert article.byline == "ሰላማዊት ምሳሌ"
