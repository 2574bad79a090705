"""The reading acceptance cases (invented inputs in the shapes of real pages, feeds and wire
copy; tests/data/cases/reading, copied from the shared cases with their expected values),
each read through `newsprism links --json` as a user would, and every check of its
expected.json evaluated. Each case stands for a kind of fault; other tests in
test_read.py and test_reading.py vary the inputs of each kind."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from tui.cli import main

CASES = Path(__file__).parent / "data" / "cases" / "reading"
EXPECTED: dict[str, dict[str, Any]] = json.loads((CASES / "expected.json").read_text(encoding="utf-8"))


def _norm(text: object) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text)).split())


def _texts(article: dict[str, Any]) -> list[str]:
    return [_norm(p["text"]) for p in article["paragraphs"]]


def _select(articles: list[dict[str, Any]], check: dict[str, Any]) -> list[dict[str, Any]]:
    if "article" in check:
        return [articles[check["article"]]]
    where = check.get("article_where")
    if where is None:
        return articles
    found = [
        a for a in articles
        if ("title_contains" not in where or _norm(where["title_contains"]) in _norm(a["title"]))
        and ("text_contains" not in where or any(_norm(where["text_contains"]) in t for t in _texts(a)))
    ]
    assert found, f"no article where {where}"
    return found[:1]


def _text_op(actual: object, check: dict[str, Any]) -> None:
    if "equals" in check:
        assert _norm(actual) == _norm(check["equals"]) if actual is not None else check["equals"] is None
    if "startswith" in check:
        assert _norm(actual).startswith(_norm(check["startswith"]))
    if "in" in check:
        assert actual in check["in"]
    if "set_equals" in check:
        assert set(actual) == set(check["set_equals"])  # type: ignore[call-overload]


def _check(data: dict[str, Any], check: dict[str, Any]) -> None:
    articles = data["articles"]
    if "articles" in check:
        assert len(articles) == check["articles"]
    for article in _select(articles, check):
        texts = _texts(article)
        if "field" in check:
            _text_op(article.get(check["field"]), check)
        if "paragraphs" in check:
            assert len(texts) == check["paragraphs"], texts
        if "paragraph" in check:
            _text_op(texts[check["paragraph"]], check)
        if check.get("paragraphs_distinct"):
            assert len(set(texts)) == len(texts)
        if "paragraph_order" in check:
            where = [next(i for i, t in enumerate(texts) if _norm(w) in t) for w in check["paragraph_order"]]
            assert where == sorted(where)
        if "paragraph_contains" in check:
            hits = sum(_norm(check["paragraph_contains"]) in t for t in texts)
            assert hits == check["times"] if "times" in check else hits >= 1, texts
        if "json_contains_any" in check:
            dumped = json.dumps(article, ensure_ascii=False)
            assert any(w in dumped for w in check["json_contains_any"])
    every = [t for a in articles for t in _texts(a)]
    if "no_paragraph_contains" in check:
        assert not any(_norm(check["no_paragraph_contains"]) in t for t in every)
    if "no_paragraph_matches" in check:
        assert not any(re.search(check["no_paragraph_matches"], t) for t in every)
    if "no_text_contains" in check:
        assert not any(check["no_text_contains"] in t for a in articles for t in [a["title"], *_texts(a)])


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_reading_case(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    spec = EXPECTED[case]
    status = main(["links", *(str(CASES / f) for f in spec["files"]), "--json"])
    out, err = capsys.readouterr()
    assert status == 0, err
    data = json.loads(out)
    for check in spec["expect"]:
        if "story" in check:
            continue  # stories are grouped in the library (test_library.py)
        _check(data, {k: v for k, v in check.items() if k != "why"})
