"""Wire datelines in other scripts (invented inputs): an agency named after the dash and closed by
a full stop ("МОСКВА, 3 мар — ЭКС Новости. ..."), a Japanese agency's place and day in plain
brackets ("[東京 3日 ...] -"), a Chinese agency's place with month and day in round brackets
("（...北京3月3日电）") come off the lead whole."""

from __future__ import annotations

import pytest

from core.reading.judge import split_dateline


@pytest.mark.parametrize(("paragraph", "dateline", "lead"), [
    ("МОСКВА, 3 мар — ЭКС Новости. Администрация порта во вторник решила вновь открыть северный причал.",
     "МОСКВА, 3 мар — ЭКС Новости", "Администрация порта во вторник решила вновь открыть северный причал."),
    ("[東京 3日 サンプル通信] - 港湾当局は3日、北側の埠頭を再開することで合意した。",
     "[東京 3日 サンプル通信]", "港湾当局は3日、北側の埠頭を再開することで合意した。"),
    ("（样例社上海3月3日电）港务部门周二同意重新开放北码头。", "（样例社上海3月3日电）", "港务部门周二同意重新开放北码头。"),
])
def test_the_dateline_comes_off_whole(paragraph: str, dateline: str, lead: str) -> None:
    assert split_dateline(paragraph) == (dateline, lead)


@pytest.mark.parametrize("paragraph", [
    "LONDON, March 3 — The NHS said. Officials then met on Tuesday to talk it over at length.",
    "KYIV, March 3 — UPDATE. Officials then met on Tuesday to talk it over at length.",
])
def test_a_sentence_after_the_dash_is_the_reports(paragraph: str) -> None:
    dateline, lead = split_dateline(paragraph)
    assert dateline in ("LONDON, March 3", "KYIV, March 3") and lead == paragraph.split(" — ", 1)[1]


@pytest.mark.parametrize("paragraph", [
    "[Updated] - The ferry will not sail on Friday, the operator said this morning.",
    "(Editor's note, March 3) The ferry will not sail on Friday, the operator said this morning.",
])
def test_brackets_without_a_day_are_no_dateline(paragraph: str) -> None:
    assert split_dateline(paragraph)[0] is None
