"""The coverage matrix and the quotes view agree on who carries a quotation (trial 44 F16): an
outlet that prints only the opening of the mayor's words ("The outbreak is contained," she said)
carries that quotation in both, as the quotes view reads it (core.quotations: a fragment of three
words or more of a longer quotation), not "—" in the matrix row of the quotation and a row of its own."""

from __future__ import annotations

from core.linking.story import Story
from core.model import Article, Link, LinkKind, Ref, article_id
from core.views.facts import cell, facts, reported_elsewhere
from core.views.quotes import story_quotes

FULL = ('On Friday morning Mayor Ilsa Tarvo stood outside the town hall in Brenmoor and told reporters: '
        '"The fever is over. Brenmoor is safe, and our pupils will be back at their desks next week."')


def _article(outlet: str, title: str, *paragraphs: str) -> Article:
    return Article(article_id(outlet, title, paragraphs), "", outlet, title, paragraphs, published="2026-05-08")


STORY = Story.build([
    _article("Brenmoor Echo", "Mayor says fever is over",
             "The mayor of Brenmoor declared the marsh fever outbreak over on Friday.", FULL),
    _article("Valley Wire", "Brenmoor mayor declares fever outbreak over",
             "Brenmoor's mayor said the town's marsh fever outbreak had ended.",
             FULL.replace("On Friday morning Mayor Ilsa Tarvo stood outside the town hall in Brenmoor and told reporters",
                          "Speaking on the steps of the town hall on Friday, Mayor Ilsa Tarvo said")),
    _article("Fen Ledger", "Doctors dispute mayor's claim",
             "Doctors in Brenmoor on Friday rejected the mayor's declaration that the marsh fever outbreak had ended.",
             '"The fever is over," Tarvo said at a news conference, adding that the clinics would close their '
             "extra wards within a fortnight, though nurses at both clinics said admissions had not fallen."),
])


def test_a_partial_quotation_is_carried_in_the_matrix_as_in_the_quotes_view() -> None:
    [quote] = [q for q in story_quotes(STORY) if q.text.startswith("The fever is over")]
    carrying = {q.ref for q in quote.occurrences}
    ledger = STORY.articles[2]
    assert Ref(ledger.id, 1) in carrying  # the quotes view: the Ledger carries it (partly)
    # the links: the Ledger's paragraph is linked, as a quote, to the others that carry it
    assert {m.ref for m in STORY.matches(Ref(ledger.id, 1)) if m.kind is LinkKind.QUOTE} == carrying - {Ref(ledger.id, 1)}
    # the matrix: one row holds every paragraph the quotes view names, the Ledger's cell among them
    [row] = [f for f in facts(STORY) if carrying & set(f.paragraphs)]
    assert set(row.paragraphs) == carrying
    shown = cell(STORY, row, ledger.id, reported_elsewhere(STORY, row))
    assert shown.paragraphs == (Ref(ledger.id, 1),) and shown.kind is LinkKind.QUOTE


def test_a_short_quotation_both_print_whole_is_no_quote_link_alone() -> None:
    """Three words two outlets print whole may be a stock phrase ("our worst enemy"): no quote link
    of their own, as before; inside a longer quotation of the other's they are that quotation."""
    a = _article("Brenmoor Echo", "Fire crews hold the line", 'Crews in Brenmoor called the wind "our worst enemy" on Monday.')
    b = _article("Fen Ledger", "Wind fans marsh fires", 'Farmers near the Ostel fens called drought "our worst enemy" in a letter.')
    c = _article("Valley Wire", "Fire chief warns of wind", '"The wind is our worst enemy tonight," fire chief Ana Vell said in Brenmoor.')
    story = Story.build([a, b, c])
    kinds = {frozenset((l.a, l.b)): l.kind for l in story.links}
    assert kinds.get(frozenset((Ref(a.id, 0), Ref(b.id, 0)))) is not LinkKind.QUOTE
    assert kinds.get(frozenset((Ref(a.id, 0), Ref(c.id, 0)))) is LinkKind.QUOTE


def test_a_paragraph_carrying_a_quotation_joins_its_row_though_it_paraphrases_another_lead() -> None:
    """Trial 44 F16 as the linker left it: the Ledger's paragraph (the mayor's words cut short, and
    the schools reopening) is quote-linked to the radio's and the Pulse's paragraphs of the
    quotation, and paraphrases the radio's lead better than either; it is the quotation's row's,
    not a row of its own with the radio's lead, which leaves the other two without it."""

    def article(outlet: str, n: int) -> Article:
        body = tuple(f"{outlet} paragraph {i} long enough to be a paragraph of a report." for i in range(n))
        return Article(article_id(outlet, outlet, body), "", outlet, outlet, body)

    def link(a: Ref, b: Ref, kind: LinkKind, score: float) -> Link:
        return Link(a, b, score, kind, ((0, 1),), ((0, 1),))

    radio, ledger, pulse = article("Radio", 2), article("Ledger", 3), article("Pulse", 2)
    lead, quoted = Ref(radio.id, 0), Ref(radio.id, 1)
    doctors, partly, whole = Ref(ledger.id, 1), Ref(ledger.id, 2), Ref(pulse.id, 1)
    story = Story((radio, ledger, pulse), (
        link(lead, doctors, LinkKind.PARAPHRASE, 0.53),
        link(lead, partly, LinkKind.PARAPHRASE, 0.50),
        link(lead, whole, LinkKind.PARAPHRASE, 0.42),  # loose: vouches for nothing
        link(quoted, whole, LinkKind.QUOTE, 0.59),
        link(quoted, partly, LinkKind.QUOTE, 0.32),
        link(partly, whole, LinkKind.QUOTE, 0.30),
    ))
    rows = {frozenset(f.paragraphs) for f in facts(story)}
    assert frozenset((quoted, partly, whole)) in rows
    assert frozenset((lead, doctors)) in rows
