"""Datelines in the punctuation Chinese and Japanese write them with (the ideographic comma "、" or
the full-width "，", full-width brackets "（）", the full-width dashes "－" and "—") and a Latin
place before a Thai day and month abbreviation ("3 มี.ค.")."""

from __future__ import annotations

import pytest

from core.reading.judge import split_dateline

_JA = "港の当局者は3日、新しい桟橋の工事を来月始めると発表した。工事は一年かかる見込みだという。"
_ZH = "港務局官員3日表示，新碼頭工程將於下月動工，預計需時一年完成。"
_TH = "เจ้าหน้าที่ท่าเรือกล่าวเมื่อวันอังคารว่า จะเริ่มก่อสร้าง ท่าเทียบเรือ ใหม่ ใน เดือน หน้า"


@pytest.mark.parametrize(("dateline", "dash", "lead"), [
    ("大阪、3月3日（港湾通信）", "－", _JA),
    ("高雄，3月3日（海港社）", "—", _ZH),
    ("基隆，３月３日（海港社）", " - ", _ZH),
    ("CHIANG MAI, 3 มี.ค. (WXN)", " - ", _TH),
])
def test_cjk_and_thai_datelines_are_split(dateline: str, dash: str, lead: str) -> None:
    assert split_dateline(f"{dateline}{dash}{lead}") == (dateline, lead)


def test_a_sentence_with_an_ideographic_comma_is_no_dateline() -> None:
    text = "大阪、3月3日に港の当局者が新しい桟橋の工事を来月始めると発表した。"
    assert split_dateline(text) == (None, text)
