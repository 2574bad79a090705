"""A story big enough to be linked in several processes is tokenised in them too (each forked
child reads one run of the story, this process merges the runs): the paragraphs, their word
codes included, are those of one process reading the story in order, and a child that fails
has its run read here."""

from __future__ import annotations

import os

from core import text
from core.linking import align
from core.model import Article, article_id


def _article(outlet: str, *paragraphs: str) -> Article:
    title = f"{outlet} report"
    return Article(article_id(outlet, title, paragraphs), f"{outlet}.txt", outlet, title, paragraphs, published="2031-04-02T09:00:00Z")


def _story() -> list[Article]:
    # Invented: runs that share words and have words of their own, negations, counts of nought,
    # quotations, and a noun and its verb ("collision" / "collided") the story folds into one stem.
    return [
        _article("Harbour Post", "Two ferries collided off Brennick Point on Tuesday, the coastguard said.",
                 "Nobody was hurt, and the crews did not call for help."),
        _article("Valley Courier", 'The collision was "a freak of the fog", harbour master Ilse Varda said.',
                 "Forty passengers were taken ashore at Brennick."),
        _article("North Wire", "The ferries collided in thick fog, officials said, and no one was injured.",
                 "Services to Orla Island resume on Thursday."),
        _article("Coast Daily", "Varda denied that the radar had failed.", "Forty-two passengers were aboard."),
    ]


def _tokenised_here(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts this process tokenises from now on (a forked child's are its own)."""
    parent, here = os.getpid(), []
    real = align._tokenised

    def tokenised(ref, article, text, vocabulary):  # type: ignore[no-untyped-def]
        if os.getpid() == parent:
            here.append(text)
        return real(ref, article, text, vocabulary)

    monkeypatch.setattr(align, "_tokenised", tokenised)
    return here


def test_the_runs_of_forked_children_merge_into_the_paragraphs_of_one_process(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    story = _story()
    alone, _, _ = align._prepare_in_two(story, 1)
    completed = align.prepare(story)
    texts = [para.text for para in alone]
    monkeypatch.setattr(align, "PARALLEL_FROM", 0)
    here = _tokenised_here(monkeypatch)
    for processes in (2, 3, 4):
        here.clear()
        paras, complete, _ = align._prepare_in_two(story, processes)
        assert paras == alone  # words (codes), stems (folded: collision / collided), negations, days ...
        assert list(map(complete, paras)) == completed
        assert 0 < len(here) < len(texts) and here == texts[: len(here)]  # the rest was the children's


def test_a_failed_child_has_its_run_tokenised_here(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    story = _story()
    alone, _, counted = align._prepare_in_two(story, 1)
    monkeypatch.setattr(align, "PARALLEL_FROM", 0)
    parent = os.getpid()
    real = align._tokenised_share

    def failing(items):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return real(items)

    monkeypatch.setattr(align, "_tokenised_share", failing)
    here = _tokenised_here(monkeypatch)
    paras, _, df = align._prepare_in_two(story, 3)
    assert paras == alone and df == counted  # (its stems counted here too)
    assert here == [para.text for para in alone]


def test_the_links_are_those_of_one_process(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    story = _story()
    alone = align.link(story, processes=1)
    monkeypatch.setattr(align, "PARALLEL_FROM", 0)
    assert align.link(story, processes=2) == alone
    assert alone  # (the story links)


def test_the_words_the_children_stemmed_are_not_stemmed_again_here(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The merged vocabulary holds each word's stem as its child worked it out; the nouns the story
    # folds into their verbs ("collision" / "collided") are found with those stems.
    story = _story()
    alone, _, _ = align._prepare_in_two(story, 1)
    monkeypatch.setattr(align, "PARALLEL_FROM", 0)
    here = _tokenised_here(monkeypatch)
    parent, stemmed = os.getpid(), []
    real = text.stem

    def stem(word: str) -> str:
        if os.getpid() == parent:
            stemmed.append(word)
        return real(word)

    monkeypatch.setattr(text, "stem", stem)
    assert align._prepare_in_two(story, 2)[0] == alone
    own = {w for t in here for w in text.words(t)}
    theirs = {w for para in alone if para.text not in here for w in text.words(para.text)} - own
    assert {"aboard", "radar"} <= theirs, (here, theirs)
    assert {w for w in set(stemmed) & theirs if not w.endswith(("sion", "sions"))} == set()  # (a noun in "-sion", for its verb)


def test_each_child_counts_the_stems_of_its_run(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The story's document frequencies (the index is built on them) are those of its paragraphs,
    # as one process counts them, the nouns folded into their verbs ("collision" / "collided")
    # included; this process counts only the paragraphs it tokenised itself.
    from collections import Counter

    story = _story()
    alone, _, df = align._prepare_in_two(story, 1)
    assert df == Counter(s for para in alone for s in para.stems) and "collis" not in df
    monkeypatch.setattr(align, "PARALLEL_FROM", 0)
    parent, counted_here = os.getpid(), []
    real = align._frequencies

    def frequencies(paras):  # type: ignore[no-untyped-def]
        paras = list(paras)
        if os.getpid() == parent:
            counted_here.extend(para.text for para in paras)
        return real(paras)

    monkeypatch.setattr(align, "_frequencies", frequencies)
    here = _tokenised_here(monkeypatch)
    for processes in (2, 3, 4):
        here.clear()
        counted_here.clear()
        paras, _, counts = align._prepare_in_two(story, processes)
        assert counts == df and list(counts.items()) != [] and paras == alone
        assert counted_here == here  # (the children's runs were counted by them)
