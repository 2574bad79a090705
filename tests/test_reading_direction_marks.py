"""Right-to-left pages whose blocks open and close on direction marks (invented inputs): the
marks glue no blocks together, and a Persian word keeps its joiner (ZWNJ, U+200C)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths

RLM, LRM, ALM, ZWNJ = "\u200f", "\u200e", "\u061c", "\u200c"


def _page(tmp_path: Path, lang: str, title: str, byline: str, paragraphs: list[str], mark: str) -> Path:
    body = "".join(f"<p>{mark}{p}{mark}</p>" for p in paragraphs)
    path = tmp_path / "p.html"
    path.write_text(
        f"<!DOCTYPE html><html lang='{lang}' dir='rtl'><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><main><article><h1>{title}</h1><p class='byline'>{mark}{byline}{mark}</p>{body}</article></main>"
        "</body></html>", encoding="utf-8")
    return path


@pytest.mark.parametrize("mark", [RLM, LRM, ALM, "\u202b", "\u2067"])
def test_a_short_arabic_reports_marked_paragraphs_stay_apart(tmp_path: Path, mark: str) -> None:
    paragraphs = ["أعلنت البلدية يوم الخميس إغلاق السوق القديم للصيانة.", "وقال رئيس البلدية إن الأعمال تستمر شهرين.",
                  "وسيفتح سوق مؤقت قرب المحطة."]
    path = _page(tmp_path, "ar", "إغلاق السوق القديم", "بقلم: نادر التجريبي", paragraphs, mark)
    [article], errors = read_paths([path])
    assert not errors
    assert article.paragraphs == tuple(paragraphs)
    assert article.byline == "نادر التجريبي"


def test_a_short_persian_reports_words_keep_their_joiners(tmp_path: Path) -> None:
    paragraphs = [f"شهرداری می{ZWNJ}گوید پل کهنه تا ماه آینده بسته است.", f"کامیون{ZWNJ}ها از جاده کمربندی می{ZWNJ}روند."]
    path = _page(tmp_path, "fa", "پل کهنه بسته شد", "نوشته: مینا آزمایشی", paragraphs, RLM)
    [article], errors = read_paths([path])
    assert not errors
    assert article.paragraphs == tuple(paragraphs)
