"""Word collation and the side-by-side alignment of two articles."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.views.collate import Row, collate, plain, side_by_side
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
