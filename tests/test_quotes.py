"""Quotations across outlets: grouping of variants, speakers, and what is not a quotation."""

from __future__ import annotations

import json

import pytest

from core.model import Article, article_id
from core.quotes import find_quotes, quotes_to_json, speaker_of
from tui.cli import main


def _article(outlet: str, *paragraphs: str) -> Article:
    title = f"{outlet} report"
    return Article(article_id(outlet, title, paragraphs), f"{outlet}.txt", outlet, title, paragraphs)


def test_the_seeds_candid_variants_are_one_quote(seed_articles) -> None:  # type: ignore[no-untyped-def]
    candid = next(q for q in find_quotes(seed_articles) if q.text == "candid, substantive, and constructive")
    wordings = [text for text, _ in candid.variants()]
    assert any("in-depth" in w for w in wordings)  # the Chinese reports' wording
    assert len(candid.outlets({a.id: a for a in seed_articles})) >= 3


def test_speakers_before_and_after_the_quotation() -> None:
    text = '"We will not back down," Mr Okafor said on Tuesday.'
    assert speaker_of(text, (1, text.index(",\""))) == "Mr Okafor"
    text = '"Prices will fall by spring," said Central Bank Governor Ana Lima.'
    assert speaker_of(text, (1, text.index(',"'))) == "Central Bank Governor Ana Lima"
    text = 'Officials hope that "prices will fall by spring", according to the minutes.'
    start = text.index('"') + 1
    assert speaker_of(text, (start, text.index('",'))) is None  # nobody named: no guess
    text = 'Ana Lima said that "the budget is balanced for the first time" after the vote.'
    start = text.index('"') + 1
    assert speaker_of(text, (start, text.index('" after'))) == "Ana Lima"


def test_a_paraphrase_is_never_a_quotation() -> None:
    articles = [
        _article("A", "The minister said the budget was balanced for the first time in a decade."),
        _article("B", "The budget is balanced for the first time in a decade, the minister said."),
    ]
    assert find_quotes(articles) == []


def test_a_shared_phrase_does_not_join_two_statements() -> None:
    articles = [
        _article("A", 'She urged "open channels of communication to reduce the risk of war in the region", officials said.'),
        _article("B", 'He called for "open channels of communication between the two trade ministries" on Friday.'),
        _article("C", 'Both leaders spoke of "open channels of communication" at the summit.'),
    ]
    quotes = find_quotes(articles)
    long_ones = [q for q in quotes if "risk of war" in q.text or "trade ministries" in q.text]
    assert len(long_ones) == 2  # the fragment joined at most one of them


def test_same_quote_with_other_wording_groups_and_counts_outlets() -> None:
    articles = [
        _article("A", 'The talks were "frank, detailed and useful", the spokesperson said.'),
        _article("B", 'Officials called the talks "frank, detailed and very useful" on Monday.'),
        _article("C", 'Diplomats described "frank and useful" exchanges.'),
    ]
    [quote] = [q for q in find_quotes(articles) if "frank" in q.text]
    assert quote.outlets({a.id: a for a in articles}) == ["A", "B", "C"]
    assert len(quote.variants()) == 3


def test_quotes_json_and_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["quotes"] and {"text", "speaker", "outlets", "variants", "occurrences"} <= set(data["quotes"][0])
    assert main(["quotes"]) == 0
    out = capsys.readouterr().out
    assert "{+in-depth+}" in out and "quotations;" in out


def test_quotes_to_json_spans_point_at_the_quotation(seed_articles) -> None:  # type: ignore[no-untyped-def]
    data = quotes_to_json(find_quotes(seed_articles), seed_articles)
    texts = {a.id: a.paragraphs for a in seed_articles}
    for quote in data["quotes"]:  # type: ignore[union-attr]
        for o in quote["occurrences"]:
            start, end = o["span"]
            assert o["text"] in texts[o["article"]][o["paragraph"]][start:end]
