"""A label a report carries about itself in brackets ("【速報】", breaking; "【独自】", exclusive;
"【詳報】", "【動画】", "[단독]") is no dateline and no place: alone on its line it is furniture,
and heading a paragraph it goes and the paragraph stays. A dateline in brackets after it
("【速報】【東京共同】") is still the report's."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import Kind, classify_line, is_bracket_label, lone_dateline, split_dateline, without_bracket_label
from core.reading.text import parse_text

JA = ["県は4日、老朽化した漁港の防波堤を全面的に改修すると発表した。工事は来年度に始まる。",
      "総事業費は約60億円を見込み、地元の漁協は早期の完成を求めている。"]
LABELS = ["【速報】", "【独自】", "【詳報】", "【動画】", "【速報・動画】", "［独自］", "【快讯】", "[단독]"]


@pytest.mark.parametrize("label", LABELS)
def test_a_label_in_brackets_is_no_dateline(label: str) -> None:
    assert is_bracket_label(label)
    assert lone_dateline(label) is None
    assert split_dateline(label + JA[0]) == (None, label + JA[0])
    assert without_bracket_label(label + JA[0]) == JA[0]
    assert classify_line(label) is Kind.FURNITURE


@pytest.mark.parametrize("credit", ["【東京共同】", "【ソウル聯合】", "【北京＝共同】", "【関連記事】"])
def test_a_credit_or_another_box_label_is_no_report_label(credit: str) -> None:
    assert not is_bracket_label(credit)
    assert without_bracket_label(credit + JA[0]) == credit + JA[0]


def _read(body: list[str]) -> list:
    (text,) = parse_text("漁港の防波堤を改修\n\n" + "\n\n".join(body) + "\n", path="x.txt", filed=None)
    page = ("<html><head><meta charset='utf-8'><title>漁港の防波堤を改修</title></head><body><h1>漁港の防波堤を改修</h1>"
            + "".join(f"<p>{p}</p>" for p in body) + "</body></html>")
    return [text, parse_html(page.encode(), source="x.html")]


@pytest.mark.parametrize("label", ["【速報】", "【独自】", "【詳報】", "【動画】"])
@pytest.mark.parametrize("alone", [True, False])
def test_a_label_alone_or_heading_the_lead_leaves_the_report_whole(label: str, alone: bool) -> None:
    for article in _read([label, *JA] if alone else [label + JA[0], JA[1]]):
        assert article.dateline is None
        assert article.paragraphs == tuple(JA)


@pytest.mark.parametrize("body", [["【速報】", "【東京共同】", *JA], ["【速報】【東京共同】" + JA[0], JA[1]]])
def test_a_dateline_after_a_label_is_the_report_s(body: list[str]) -> None:
    for article in _read(body):
        assert article.dateline == "【東京共同】"
        assert article.paragraphs == tuple(JA)
