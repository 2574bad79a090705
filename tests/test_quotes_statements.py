"""Who a quotation's sentence names when a role stands before the name, and which quotations are
one statement: the quotes view, the links and the coverage matrix read them alike."""

from __future__ import annotations

from core.linking.evidence import differences
from core.quotations import same_statement
from core.views.quotes import attributed_otherwise, find_quotes, speaker_of
from tests.reports import outlet_report


def _span(text: str, quoted: str) -> tuple[int, int]:
    start = text.index(quoted)
    return start, start + len(quoted)


REMARK = "The audit was thorough and fair to every bidder"


def test_a_role_of_an_organisation_before_the_name_names_the_person() -> None:
    # A new user's trial: "said the Commission's chair, Ingrid Halvorsen" was given to
    # "Commission", "sagte die Vorsitzende der Kommission, Ingrid Halvorsen" to "Vorsitzende der
    # Kommission", and "said People's Party secretary-general Lena Moe" to "Party".
    for text in (
        f'"{REMARK}," said the Tender Board\'s chair, Pia Vastad.',
        f'"{REMARK}," the Tender Board\'s chair, Pia Vastad, said.',
        f'"{REMARK}," said the Tender Board\'s chair Pia Vastad.',
        f'"{REMARK}," said Tender Board deputy-chair Pia Vastad.',
        f'"{REMARK}," said Pia Vastad, chair of the Tender Board.',
        f'"{REMARK}," sagte die Vorsitzende der Vergabekammer, Pia Vastad.',
        f'"{REMARK}," sagte die Vorsitzende der Vergabekammer Pia Vastad.',
        f'"{REMARK}," dijo la responsable de la Junta, Pia Vastad.',
        f'The Tender Board\'s chair, Pia Vastad, said: "{REMARK}."',
        f'Die Vorsitzende der Vergabekammer, Pia Vastad, sagte: "{REMARK}."',
    ):
        named = speaker_of(text, _span(text, REMARK))
        assert named is not None and named.endswith("Pia Vastad"), (text, named)
    # an audience after "told" is no speaker's role
    text = f'"{REMARK}," he told the Tender Board\'s chair, Pia Vastad.'
    assert speaker_of(text, _span(text, REMARK)) != "Pia Vastad"


def test_one_quotation_given_to_two_people_with_their_roles_before_the_name_is_flagged() -> None:
    wire = outlet_report("Wire", f'"{REMARK}," said Ola Brenn, the Green Party leader and deputy mayor.')
    post = outlet_report("Post", f'"{REMARK}," said Green Party secretary-general Tove Lid.')
    [quote] = find_quotes([wire, post])
    assert {quote.speaker, *(name for name, _ in quote.others)} == {"Ola Brenn", "Tove Lid"}
    assert attributed_otherwise(quote, {a.id: a for a in (wire, post)})
    found = differences(wire.paragraphs[0], post.paragraphs[0])
    assert any(d.what == "name" for d in found), found


def test_two_statements_sharing_an_opening_or_a_phrase_are_two_quotes() -> None:
    # The trial: "The recount was carried out correctly so far" (one person, day 6) and "... carried
    # out correctly and its result is final" (another, day 9) were one quote, as were one person's
    # "We are not asking for favours, only for every vote to be counted" and, days later, "We asked
    # for every vote to be counted, and it has been".
    first = "The tender was run properly so far"
    second = "The tender was run properly and its award is binding"
    articles = [
        outlet_report("Wire", f'"{first}," said Pia Vastad.'),
        outlet_report("Post", f'"{first}," Pia Vastad said.'),
        outlet_report("Daily", f'"{second}," said Judge Ivo Marn.'),
    ]
    quotes = find_quotes(articles)
    assert sorted(q.text for q in quotes) == sorted([first, second])
    assert all(q.others == () for q in quotes)
    one = "We are not seeking any favours, only for every bid to be read"
    two = "We asked for every bid to be read, and it has been"
    articles = [
        outlet_report("Wire", f'"{one}," said Ola Brenn.'),
        outlet_report("Post", f'"{two}," said Ola Brenn.'),
    ]
    assert len(find_quotes(articles)) == 2
    assert not same_statement(one.split(), two.split())
    assert not same_statement(first.split(), second.split())
    # the same statement varied, cut, or with its own lead-in stays one
    assert same_statement("candid substantive and constructive".split(), "candid in depth and constructive".split())
    assert same_statement("a forest takes a hundred years to grow back".split(), "takes a hundred years".split())
    assert same_statement(  # a fragment with a word left out
        "that the harbour we have here never closes".split(),
        "As we all know that the harbour that we have here never closes in winter".split(),
    )
    assert same_statement(
        "A fence can be rebuilt in a week a forest takes a hundred years to grow back".split(),
        "Money will not fix this because a forest takes a hundred years to grow back".split(),
    )
