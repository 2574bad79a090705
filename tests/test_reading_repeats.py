"""A paragraph an input says verbatim over and over is kept once, and the user is told.

A fresh user's file of one sentence repeated 1,000 times was kept as 1,000 paragraphs, and a 6 MB
one as 1,500 identical pieces with tens of thousands of links. Short replies a transcript repeats
("Yes.") and a sentence said a few times stay as they are (core.reading.judge.REPEATS_KEPT_ONCE).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import REPEATS_KEPT_ONCE, make_article, repeats_note
from tests.pilot import ready
from tui.app import make_app
from tui.cli import main

SENTENCE = "The harbour authority of Brennmoor said the northern breakwater would be rebuilt next summer."
HEADLINE = "Brennmoor to rebuild its breakwater"


def _file(tmp_path: Path, paragraphs: list[str], name: str = "repeated.txt") -> Path:
    path = tmp_path / name
    path.write_text(HEADLINE + "\n\n" + "\n\n".join(paragraphs) + "\n")
    return path


def test_a_sentence_repeated_a_thousand_times_is_kept_once_and_said(tmp_path: Path) -> None:
    """The fresh user's file: 100 KB on one line, cut into pieces of MAX_UNIT that are all the same."""
    [article] = read_file(_file(tmp_path, [" ".join([SENTENCE] * 1000)]))
    assert len(set(article.paragraphs)) == len(article.paragraphs) <= 2  # the piece, and a shorter last one if the cut leaves one
    [(kept, copies)] = article.repeated
    assert article.paragraphs[kept].startswith(SENTENCE) and copies >= 20
    assert repeats_note(article) == f"{tmp_path / 'repeated.txt'}: the same text said {copies} times over is kept once (¶{kept})"


def test_a_thousand_paragraphs_of_one_sentence_are_one() -> None:
    article = make_article(path="p.html", outlet="Brennmoor Post", title=HEADLINE,
                           paragraphs=("The works start in May.", *[SENTENCE] * 1000))
    assert article.paragraphs == ("The works start in May.", SENTENCE) and article.repeated == ((1, 1000),)
    assert repeats_note(article) == "p.html: the same text said 1,000 times over is kept once (¶1)"


def test_replies_a_transcript_repeats_and_a_sentence_said_a_few_times_are_kept() -> None:
    answers = [
        f"Question {n}: Did the harbour authority approve the plan for the breakwater in session {n}?" for n in range(8)
    ]
    transcript = [p for question in answers for p in (question, "Yes.")]  # eight times "Yes.", half the paragraphs
    article = make_article(path="interview.txt", outlet="Brennmoor Post", title=HEADLINE, paragraphs=tuple(transcript))
    assert article.paragraphs.count("Yes.") == 8 and not article.repeated and repeats_note(article) is None
    few = make_article(path="few.txt", outlet="Brennmoor Post", title=HEADLINE,
                       paragraphs=("The works start in May.", *[SENTENCE] * (REPEATS_KEPT_ONCE - 1)))
    assert few.paragraphs.count(SENTENCE) == REPEATS_KEPT_ONCE - 1 and not few.repeated
    many = make_article(path="many.txt", outlet="Brennmoor Post", title=HEADLINE,
                        paragraphs=("The works start in May.", *[SENTENCE] * REPEATS_KEPT_ONCE, "Yes.", "Yes."))
    assert many.paragraphs == ("The works start in May.", SENTENCE, "Yes.", "Yes.") and many.repeated == ((1, REPEATS_KEPT_ONCE),)
    only = make_article(path="yes.txt", outlet="Brennmoor Post", title=HEADLINE, paragraphs=("Yes.",) * 50)
    assert only.paragraphs == ("Yes.",) and only.repeated == ((0, 50),)  # a file of nothing else


def test_subheads_keep_their_paragraphs_past_the_copies_left_out() -> None:
    article = make_article(
        path="s.txt", outlet="Brennmoor Post", title=HEADLINE,
        paragraphs=("The works start in May.", *[SENTENCE] * 6, "What comes next", "The council votes in June."),
        subheads=((7, "What comes next"),),
    )
    assert article.paragraphs[2] == "What comes next" and article.subheads == ((2, "What comes next"),)


def test_add_says_what_it_kept_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, [" ".join([SENTENCE] * 1000)])
    [article] = read_file(path)
    assert main(["add", str(path), "--library", str(tmp_path / "lib.sqlite")]) == 0
    out, err = capsys.readouterr()
    assert f"newsprism: {repeats_note(article)}\n" in err
    assert f"({len(article.paragraphs)} paragraph" in out


async def test_the_reader_on_the_file_says_what_it_kept_once(tmp_path: Path) -> None:
    path = _file(tmp_path, [" ".join([SENTENCE] * 1000)])
    [article] = read_file(path)
    note = repeats_note(article)
    assert note is not None
    app = make_app([path])
    async with app.run_test(size=(80, 24)) as pilot:
        main_screen = await ready(pilot)
        assert main_screen.story is not None and main_screen.story.articles[0].paragraphs == article.paragraphs
        notices = [(n.title, n.message) for n in app._notifications]
        assert ("Shown once", note.replace(str(path), "repeated.txt")) in notices
    assert app.notes == [note]  # printed on quitting


def test_one_line_of_the_same_letters_is_said_as_the_same_text_not_a_paragraph_repeated(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A fresh user's file of one line of 2,000,000 "A"s was said to hold "a paragraph said 500 times over"."""
    from core.reading import read_paths
    from core.reading.judge import repeats_note

    path = tmp_path / "hugeline.txt"
    path.write_text("A" * 2_000_000 + "\n")
    [article], _ = read_paths([path])
    note = repeats_note(article)
    assert note is not None and "the same text said" in note and "a paragraph said" not in note
