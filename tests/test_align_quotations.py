"""Links between paragraphs that quote: two statements sharing a phrase and their attribution are
no link; the same statement given to two people is a quote link (core.quotations.same_statement)."""

from __future__ import annotations

from core.linking.align import link
from core.model import LinkKind
from tests.reports import outlet_report


def test_two_statements_of_one_speaker_sharing_a_phrase_are_no_link() -> None:
    # The trial: a quotation was linked as a 0.94 quote match to another statement of the party's
    # sharing a phrase and the attribution, and one man's statements of two days as paraphrase.
    a = outlet_report("Wire", '"We are not seeking any favours, only for every bid to be read," said Green Party '
                         "secretary-general Tove Lid.")
    b = outlet_report("Post", '"We asked for every bid to be read, and it has been," said Tove Lid, secretary-general '
                         "of the Green Party.")
    c = outlet_report("Daily", 'Green Party leader Ola Brenn told supporters in Vell: "It is far too soon to call this '
                          'tender, and every bid must be read."')
    d = outlet_report("Courier", '"We asked for every bid to be read, and it has been," said Green Party leader Ola Brenn.')
    links = {frozenset((l.a.article, l.b.article)): l for l in link([a, b, c, d])}
    for pair in ((a, b), (a, c), (a, d), (c, d), (b, c)):
        assert frozenset((pair[0].id, pair[1].id)) not in links, (pair[0].outlet, pair[1].outlet)
    # the same statement given to two people is still a quote link
    assert links[frozenset((b.id, d.id))].kind is LinkKind.QUOTE



def test_two_remarks_of_one_speaker_in_other_words_are_other_statements() -> None:
    # Trial 49 F6: a paragraph giving the governor's "We stand ready ..." was linked at 0.15 to
    # those giving her "Inflation is coming down ...", vouched for by her statement, which gives
    # both: only her name and title joined them. Quotations in wholly other words are other
    # statements, as two sharing a stock phrase are; a remark both give still links them.
    from core.linking import align

    wire, daily, post, brief = align.prepare([
        outlet_report("Wire", "Minister Tomas Ferro said fuel costs of 6.1% were keeping farm prices high across the "
                         "northern provinces. “We will extend the grain subsidy if prices keep rising through the "
                         "winter,” he said."),
        outlet_report("Daily", "“Harvests are recovering, but not quickly enough for us to lift the rationing,” Minister "
                          "Tomas Ferro told reporters at a briefing in Vell."),
        outlet_report("Post", "Minister Tomas Ferro told reporters in Vell: “We will extend the grain subsidy if prices "
                         "keep rising through the winter.”"),
        outlet_report("Brief", "Tomas Ferro, the minister, said the “rationing” would stay."),  # a word, no statement
    ])
    assert align._other_statements(wire, daily, wire.stems & daily.stems)
    assert not align._other_statements(wire, post, wire.stems & post.stems)  # one remark
    assert not align._other_statements(daily, brief, daily.stems & brief.stems)
