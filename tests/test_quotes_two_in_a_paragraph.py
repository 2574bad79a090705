"""A paragraph that holds two quotations of one speaker gives two quotes: the quotes view, the
export and the links group quotations per quoted passage, not per paragraph."""

from __future__ import annotations

from core.quotations import find_quotes, remarks
from tests.reports import outlet_report


#: A release's paragraph: two sentences quoted, the attribution ending the first sentence.
_RELEASE = ('"Harvests are recovering, but not quickly enough for us to lift the rationing," said '
            'Minister Tomas Ferro. "We will extend the grain subsidy if prices keep rising through the winter."')


def test_a_quotation_after_an_attribution_that_ends_its_sentence_is_a_remark_of_its_own() -> None:
    pieces = remarks(_RELEASE)
    assert [[_RELEASE[s:e].strip(" ,.") for s, e in remark] for remark in pieces] == [
        ["Harvests are recovering, but not quickly enough for us to lift the rationing"],
        ["We will extend the grain subsidy if prices keep rising through the winter"],
    ]
    # An attribution inside one sentence still joins the two pieces of one remark; so does one
    # whose last word is an abbreviation, not the end of a sentence.
    for text in ('"We will rebuild," she said, "and we will do it by spring."',
                 '"We will rebuild," said Alan Roe Jr. "and we will do it by spring."'):
        assert len(remarks(text)) == 1 and len(remarks(text)[0]) == 2


def test_outlets_quoting_one_of_two_quotations_are_not_shown_as_trimming_both() -> None:
    articles = [
        outlet_report("Ministry", _RELEASE),
        outlet_report("Wire", '"Harvests are recovering, but not quickly enough for us to lift the rationing," '
                         "Minister Tomas Ferro told reporters.",
                 '"We will extend the grain subsidy if prices keep rising through the winter," he said.'),
        outlet_report("Daily", 'Ferro: "Harvests are recovering, but not quickly enough for us to lift the rationing."'),
        outlet_report("Herald", 'Tomas Ferro said costs were high. "We will extend the grain subsidy," he said.'),
    ]
    quotes = find_quotes(articles)
    by_opening = {q.text.split()[0]: q for q in quotes}
    assert set(by_opening) == {"Harvests", "We"}
    harvests, subsidy = by_opening["Harvests"], by_opening["We"]
    assert {q.ref.article for q in harvests.occurrences} == {articles[0].id, articles[1].id, articles[2].id}
    assert {q.ref.article for q in subsidy.occurrences} == {articles[0].id, articles[1].id, articles[3].id}
    assert harvests.speaker == subsidy.speaker == "Tomas Ferro"
    assert all(" … " not in q.text for q in harvests.occurrences + subsidy.occurrences)
