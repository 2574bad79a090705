"""The linker reads what one paragraph says alone once, however many pairs it is in: a large
story's copy links put each paragraph in several pairs (bench/linker.py). The results are those
of reading it again for each pair."""

from __future__ import annotations

from core.linking import align, evidence
from tests.reports import outlet_report


def test_differences_read_each_text_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Invented texts of their own (no other test reads them first), a name written apart on one
    # side and as one word on the other, so the names are joined too.
    a = "Mayor Pia De la Vorm would not close the Quillan ferry pier on Tuesday, two aides said."
    b = "Mayor Pia Delavorm would close the Quillan ferry pier on Tuesday, three aides said."
    first = evidence.differences(a, b, figures=False)
    words, letters = [], []
    real_words, real_letters = evidence._words, evidence._letters
    monkeypatch.setattr(evidence, "_words", lambda text: words.append(text) or real_words(text))
    monkeypatch.setattr(evidence, "_letters", lambda word: letters.append(word) or real_letters(word))
    assert evidence.differences(a, b, figures=False) == first
    assert evidence.differences(b, a, figures=False) == evidence.differences(b, a, figures=False)
    assert words == [] and letters == []
    assert [d.what for d in first] == ["name", "negation"]  # joined in copy: written otherwise


def test_the_respelt_share_reads_each_paragraph_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    p, q, r = align.prepare([
        outlet_report("A", "Two of the Vennick ferry crew were hurt when the gangway at Orlow pier gave way."),
        outlet_report("B", "Three of the Vennick ferry crew were hurt when the gangway at Orlow pier gave way."),
        outlet_report("C", "Two of the Vennick ferry crew were hurt when the gangway at Orlow pier gave way on Sunday."),
    ])
    idf = dict.fromkeys(p.stems | q.stems | r.stems, 1.0)
    read: list[str] = []
    real = align.words
    monkeypatch.setattr(align, "words", lambda text: read.append(text) or real(text))
    shares = [align._respelt_share(x, y, idf, 2.0, (10.0, 10.0)) for x, y in ((p, q), (p, r), (q, r))]
    assert shares == [0.2, 0.0, 0.2]  # "Two" / "Three": each side loses one value, of a stem of one paragraph (2 over 10)
    assert len(read) == 3  # one reading of each paragraph


def test_a_changed_stretch_is_valued_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Copy puts one word for another and differences values both stretches (is it one value
    # written two ways?); a story's copies print the same edit in several pairs, and the value
    # is read once (a phrase of its own: no other test values it first).
    first = evidence._value("7.35bn", cut_short=True)
    read: list[str] = []
    real = evidence.phrase_value
    monkeypatch.setattr(evidence, "phrase_value", lambda text, **kw: read.append(text) or real(text, **kw))
    assert evidence._value("7.35bn", cut_short=True) == first == 7.35e9
    assert evidence._value("Vennickstad", cut_short=True) is None  # no number: None, read once
    assert evidence._value("Vennickstad", cut_short=True) is None
    assert read == ["Vennickstad"]


def test_a_paragraph_s_times_of_day_are_read_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Two paragraphs linked by one time of day (tests/test_link_clock_event.py): each paragraph's
    # times are read when it is tokenised, not again when the pairs giving one time are looked for
    # nor when the pair is completed; the link is the same.
    first = "Families living above the shops were taken to a church hall after the blaze erupted about 8.40pm."
    second = "The fire, which detectives are treating as suspicious, erupted in the loft at 8.49pm on Friday and spread quickly."
    story = [outlet_report("Valley News", first, "The bus station reopened on Monday morning."),
             outlet_report("County Echo", second, "Councillors will meet traders on Thursday.")]
    expected = align.link(story, processes=1)
    read: list[str] = []
    real = align.clock_times
    monkeypatch.setattr(align, "clock_times", lambda text: read.append(text) or real(text))
    assert align.link(story, processes=1) == expected
    assert any({(l.a.paragraph, l.b.paragraph)} == {(0, 0)} for l in expected)
    assert sorted(read) == sorted([first, second])


def test_a_paragraph_s_sentences_are_read_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Five outlets print one paragraph of two sentences word for word: ten copy pairs, each asking
    # whether a sentence of one side is left out of the other (align._left_out). Each paragraph's
    # sentences are read once, however many of its pairs ask; the links are the same.
    text = "Crews pulled two men from the Vennick grain silo on Tuesday. The silo at Orlow pier had burned for six hours."
    story = [outlet_report(f"Outlet {k}", text) for k in range(5)]
    expected = align.link(story, processes=1)
    read: list[str] = []
    real = align.sentence_starts
    monkeypatch.setattr(align, "sentence_starts", lambda text: read.append(text) or real(text))
    assert align.link(story, processes=1) == expected
    assert len(expected) == 10 and {l.kind.value for l in expected} == {"verbatim"}
    assert len(read) == 5  # one reading of each paragraph


def test_the_story_s_numbers_are_told_from_years_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A number two paragraphs share may count different things in each ("17 cases" / "17
    # stores"), a year never: which of the story's numbers are years is read once for the story,
    # not once for each pair sharing one (ten copy pairs here); the links are the same.
    text = "Firefighters rescued 17 workers from the Vennick grain silo on Tuesday as it burned."
    story = [outlet_report(f"Outlet {k}", text) for k in range(5)]
    expected = align.link(story, processes=1)
    read: list[str] = []
    real = align.is_year
    monkeypatch.setattr(align, "is_year", lambda number: read.append(number) or real(number))
    assert align.link(story, processes=1) == expected
    assert len(expected) == 10
    assert read == ["17"]
