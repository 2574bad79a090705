"""Word collation and the side-by-side alignment of two articles."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.views.collate import Row, collate, collate_quoted, plain, side_by_side
from core.model import Article, Link, LinkKind, Ref, article_id
from core.linking.story import Story


def test_collation_marks_differing_and_left_out_words() -> None:
    text = plain(collate("candid, substantive, and constructive", "candid, in-depth and constructive"))
    assert text == "candid, {+in-depth+} [-substantive-] and constructive"


@given(st.text(max_size=200), st.text(max_size=200))
def test_collation_gives_the_other_passage_back(here: str, there: str) -> None:
    pieces = collate(here, there)
    assert "".join(p.text for p in pieces if p.tag != "missing") == there


def _article(outlet: str, n: int) -> Article:
    body = tuple(f"{outlet} paragraph {i} with enough words to be a paragraph." for i in range(n))
    return Article(article_id(outlet, outlet, body), "", outlet, outlet, body)


def test_side_by_side_keeps_order_and_shows_unmatched_in_place() -> None:
    a, b = _article("A", 4), _article("B", 4)
    link = lambda i, j, s: Link(Ref(a.id, i), Ref(b.id, j), s, LinkKind.VERBATIM, ((0, 1),), ((0, 1),))  # noqa: E731
    # A0~B1 and A2~B3 keep order; A3~B0 crosses them and scores less: it stands at A3's place,
    # beside B0, in another order (a fresh user's linked pair was shown as two unmatched rows).
    story = Story((a, b), (link(0, 1, 0.9), link(2, 3, 0.8), link(3, 0, 0.5)))
    rows = side_by_side(story, a.id, b.id)
    assert rows == [
        Row(0, 1, LinkKind.VERBATIM), Row(1, None, None), Row(None, 2, None),
        Row(2, 3, LinkKind.VERBATIM), Row(3, 0, LinkKind.VERBATIM, moved=True),
    ]
    every_left = sorted(r.left for r in rows if r.left is not None)
    every_right = sorted(r.right for r in rows if r.right is not None)
    assert every_left == [0, 1, 2, 3] and every_right == [0, 1, 2, 3]


def test_a_replaced_word_stands_by_its_replacement_before_the_punctuation() -> None:
    # "in {+February+}, [-January-]according" was the collation of one word changed before a comma.
    old = "The plant was last inspected in January, according to a spokesman."
    new = "The plant was last inspected in February, according to a spokesman."
    assert plain(collate(old, new)) == "The plant was last inspected in {+February+} [-January-], according to a spokesman."
    assert plain(collate("in Leeds, Bradford and York", "in Leeds and York")) == "in Leeds [-Bradford-] and York"


def test_words_left_out_before_a_quotation_stand_before_its_opening_mark() -> None:
    # A fresh user's ferry: '" [-Harbour master Ingrid Solberg said-] The water came in ...' put
    # the opening quote before the attribution it follows in the reference, and lost its colon.
    text = plain(collate('Harbour master Ada Lind said: "The water came in fast," she added.',
                         '"The water came in fast," said Ada Lind, the harbour master.'))
    assert text.startswith('[-Harbour master Ada Lind said:-] "The water came in fast,"'), text


def test_words_left_out_stand_before_the_marks_and_signs_the_next_word_opens_with() -> None:
    # An ECB+ ram raid: "a two-million-euro ($2. 6-million) booty" beside "a €2 million ($2.
    # 6-million) booty" was shown as "million ($ [-euro-] 2. 6-million)", the left-out word inside
    # the bracket between the currency sign and its figure.
    text = plain(collate("off with a two-million-euro ($2.6-million) booty", "off with a €2 million ($2.6-million) booty"))
    assert "million [-euro-] ($2.6-million) booty" in text, text
    assert plain(collate("paid 12 euros £10 each", "paid £10 each")) == "paid [-12 euros-] £10 each"


def test_a_differing_stretch_closes_the_bracket_or_quotation_it_opens() -> None:
    # A fresh user's Markdown export read "{+BRACKWATER, Texas \(AP+}\) — An explosion": the
    # inserted dateline's closing bracket stood outside its marker, in every rendering.
    lead = "An explosion tore through a chemical plant late Tuesday, killing four workers."
    assert plain(collate(lead, f"KESSEL, Texas (AP) — {lead}")) == f"{{+KESSEL, Texas (AP)+}} — {lead}"
    assert plain(collate(f"KESSEL, Texas (AP) — {lead}", lead)) == f"[-KESSEL, Texas (AP)-] {lead}"  # left out, as whole
    assert plain(collate("The mayor spoke, then left.", "The mayor said “not for sale,” then left.")) == (
        "The mayor {+said “not for sale,”+} [-spoke-] then left.")
    assert plain(collate("Four died in the blast.", "Four died in the blast (police said).")) == (
        "Four died in the blast ({+police said+}).")  # the brackets stand around it: nothing to move
    # ...and one that closes a bracket opened just before it takes the opening mark in
    assert plain(collate("Four died, police reported.", "Four died (AP) said police.")) == "Four died {+(AP) said+} police. [-reported-]"


def test_a_second_paragraph_linked_to_an_aligned_one_says_so() -> None:
    # A broadcaster's one-line paragraphs: A0 and A1 both report what B0 does. The alignment
    # pairs A0 with B0; A1 was shown as "only on the left" although it is linked (a fresh user's
    # "It's the first cut since October."). It now names its partner; so does B2, linked to A2
    # which stands beside B1.
    a, b = _article("A", 3), _article("B", 3)
    link = lambda i, j, s, k=LinkKind.PARAPHRASE: Link(Ref(a.id, i), Ref(b.id, j), s, k, ((0, 1),), ((0, 1),))  # noqa: E731
    story = Story((a, b), (link(0, 0, 0.9, LinkKind.VERBATIM), link(1, 0, 0.4), link(2, 1, 0.8), link(2, 2, 0.3)))
    assert side_by_side(story, a.id, b.id) == [
        Row(0, 0, LinkKind.VERBATIM), Row(1, None, LinkKind.PARAPHRASE, also=0),
        Row(2, 1, LinkKind.PARAPHRASE), Row(None, 2, LinkKind.PARAPHRASE, also=2),
    ]


AFP = 'Horvat did not immediately concede. "We will wait for every vote to be counted," he told reporters at his campaign headquarters.'
ADRIATIC = '"We will wait for every vote to be counted," Horvat\'s campaign spokesman Ivan Perić told journalists.'
HRT = 'Horvat told reporters: "We will wait for every vote to be counted."'


def test_a_shared_quotation_is_collated_word_by_word_and_its_attribution_as_a_whole() -> None:
    # A fresh user's runoff story: "he told reporters at his [-Horvat's-] campaign headquarters
    # [-spokesman Ivan Perić told journalists-]" interleaved two outlets' attributions word by word.
    assert plain(collate_quoted(ADRIATIC, AFP)) == (
        '{+Horvat did not immediately concede+}. "We will wait for every vote to be counted," '
        "{+he told reporters at his campaign headquarters+} [-Horvat's campaign spokesman Ivan Perić told journalists-]."
    )
    assert plain(collate_quoted(AFP, ADRIATIC)) == (
        '[-Horvat did not immediately concede.-] "We will wait for every vote to be counted," '
        "{+Horvat's campaign spokesman Ivan Perić told journalists+} [-he told reporters at his campaign headquarters-]."
    )
    # what one leaves out after the quotation stands after its closing mark, not inside it; an
    # attribution that differs in one stretch is collated word by word
    assert plain(collate_quoted(AFP, HRT)) == (
        'Horvat {+told reporters+} [-did not immediately concede-]: "We will wait for every vote to be counted." '
        "[-he told reporters at his campaign headquarters.-]"
    )
    # a remark interrupted by its attribution is one quotation, the attribution inside it
    whole = 'Her spokesman, Ben Moss, said, "Whatever the motives, the governor has faith in the passage."'
    parted = '"Whatever the motives," Mr. Moss said, "the governor has faith in the passage."'
    assert plain(collate_quoted(whole, parted)) == (
        '[-Her spokesman, Ben Moss, said-] "Whatever the motives," {+Mr. Moss said+}, "the governor has faith in the passage."'
    )


def test_a_shared_quotations_wording_and_a_close_attribution_are_collated_word_by_word() -> None:
    here = '"We will rebuild every home before winter," Mayor Ana Lima said on Tuesday.'
    there = '"We will rebuild every house before winter," Mayor Ana Lima said on Wednesday.'
    assert plain(collate_quoted(here, there)) == (
        '"We will rebuild every {+house+} [-home-] before winter," Mayor Ana Lima said on {+Wednesday+} [-Tuesday-].'
    )
    # no quotation in common: word by word, as collate does
    assert collate_quoted("The bridge reopened on Monday.", "The bridge reopened on Tuesday.") == collate(
        "The bridge reopened on Monday.", "The bridge reopened on Tuesday."
    )


@given(st.text(alphabet='ab "“”,. ', max_size=80), st.text(alphabet='ab "“”,. ', max_size=80))
def test_quoted_collation_gives_the_other_passage_back(here: str, there: str) -> None:
    pieces = collate_quoted(here, there)
    assert "".join(p.text for p in pieces if p.tag != "missing") == there


async def test_the_panel_and_side_by_side_show_a_quote_links_attribution_as_one_phrase(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.pilot import open_view, ready
    from tests.pilot import prompt_text
    from tui.app import make_app
    from tui.screens.collation import CollationScreen
    from tui.widgets.cross_sources import CrossSources

    lead = "Marija Kovačević won the Zagreb mayoral runoff on Sunday, beating Tomislav Horvat with 52 percent of the vote."
    (tmp_path / "afp.txt").write_text(f"Kovačević wins Zagreb runoff\n\n{lead}\n\n{AFP}\n")
    (tmp_path / "adriatic.txt").write_text(f"Kovačević wins Zagreb\n\n{lead}\n\n{ADRIATIC}\n")
    app = make_app([tmp_path])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("j")
        await pilot.pause()
        assert screen.reader.current.paragraph == 1
        panel = screen.query_one(CrossSources)
        shown = " ".join(prompt_text(panel.get_option_at_index(n).prompt) for n in range(panel.option_count))
        shown = " ".join(shown.split())
        phrases = ["he told reporters at his campaign headquarters", "Horvat's campaign spokesman Ivan Perić told journalists"]
        if screen.reader.article.outlet == "afp":
            phrases.reverse()
        assert f"counted,\" {phrases[0]} [-{phrases[1]}-]." in shown, shown
        view = await open_view(pilot, "d", CollationScreen)
        rows = " ".join(prompt_text(view.body.get_option_at_index(n).prompt) for n in range(view.body.option_count))
        assert f"[-{phrases[1]}-]" in " ".join(rows.split()), rows


def test_side_by_side_opens_first_the_article_sharing_most_paragraphs_verbatim_first() -> None:
    # A fresh user (24): `d` on the wire copy opened a flash of one-line paragraphs (seven links,
    # all to three of its paragraphs) before a reprint carrying all five paragraphs word for word.
    from tui.screens.collation import partners

    wire, reprint, flash, rewrite, own = _article("Wire", 5), _article("Reprint", 5), _article("Flash", 7), _article("Rewrite", 5), _article("Wire", 2)
    own = Article(article_id("Wire", "update", own.paragraphs), "", "Wire", "update", own.paragraphs)

    def link(other: Article, i: int, j: int, kind: LinkKind, score: float = 0.9) -> Link:
        return Link(Ref(wire.id, i), Ref(other.id, j), score, kind, ((0, 1),), ((0, 1),))

    V, P = LinkKind.VERBATIM, LinkKind.PARAPHRASE
    links = (
        *(link(flash, i // 3, i, V if i == 0 else P) for i in range(7)),  # 7 links to wire ¶0-¶2
        *(link(reprint, i, i, V) for i in range(5)),  # every paragraph, word for word
        *(link(rewrite, i, i, P) for i in range(5)),  # every paragraph, reworded
        *(link(own, i, i, V) for i in range(2)),  # its own outlet's other article comes last
    )
    story = Story((wire, flash, rewrite, reprint, own), links)
    assert partners(story, wire.id) == [reprint.id, rewrite.id, flash.id, own.id]


def test_a_clock_time_is_one_figure_its_minutes_no_match_for_a_count() -> None:
    """Trial 34 F15: "10:40 a.m." was collated as "10", "40", the "40" shown as shared with "40 metres"."""
    from core.views.collate import collate

    pieces = collate("Police closed the streets around it shortly after 10:40 a.m., the fire service said.",
                     "The section that gave way is about 40 metres long, the fire service said.")
    assert not any(piece.tag == "same" and "40" in piece.text for piece in pieces)
    assert any(piece.tag == "missing" and "10:40" in piece.text for piece in pieces)
    same = collate("The roof fell at 10:40 on Saturday.", "The roof fell at 10:45 on Saturday.")
    assert [piece.text for piece in same if piece.tag == "differs"] == ["10:45"]


_GERMAN = ("Die Fähre lief am Dienstag vor der Insel auf Grund, teilte die Hafenbehörde mit. "
           "Alle Passagiere wurden unverletzt an Land gebracht, sagte ein Sprecher der Reederei.")
_GERMAN_TOO = ("Nach Angaben der Reederei wird die Fähre am Mittwoch in die Werft geschleppt. "
               "Der Fahrplan der Insel ist bis zum Wochenende eingeschränkt, hieß es.")
_ENGLISH = ("The ferry ran aground off the island on Tuesday, the port authority said. "
            "All of its passengers were brought ashore unhurt, a spokesman for the operator said.")


def _written(outlet: str, text: str) -> Article:
    body = (text, text.replace("Tuesday", "Tuesday morning").replace("Dienstag", "Dienstagmorgen"))
    return Article(article_id(outlet, outlet, body), "", outlet, f"{outlet} report", body)


def test_side_by_side_opens_an_article_in_its_own_language_before_one_in_another() -> None:
    """Trial 40 F20: `d` on a German report with no link opened an English brief (0 paragraphs
    aligned) because it came first by outlet, while another German report was in the story."""
    from tui.screens.collation import partners

    german, brief, other_german = _written("Kurier", _GERMAN), _written("Atlas Brief", _ENGLISH), _written("Zeitung", _GERMAN_TOO)
    story = Story((brief, german, other_german), ())
    assert story.apart(german.id, brief.id) and story.language(other_german.id) == "de"
    assert partners(story, german.id) == [other_german.id, brief.id]


def test_side_by_side_of_two_languages_says_none_is_compared() -> None:
    """The head of `d` on a report alone in its language says why nothing is aligned."""
    from tui.screens.collation import CollationScreen

    german, english = _written("Kurier", _GERMAN), _written("Atlas Brief", _ENGLISH)
    screen = CollationScreen(Story((english, german), ()), german.id)
    assert screen.right == english.id
    assert screen._languages_note() == (" Written in German and English: paragraphs in two languages are not compared."
                                        " It is the story's only article in German.")
    both = CollationScreen(Story((english, german, _written("Zeitung", _GERMAN_TOO)), ()), german.id)
    assert both._languages_note() == ""  # beside the other German report
