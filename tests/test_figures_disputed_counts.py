"""Where outlets dispute a count, the figures view shows the dispute (trial 50): a span of time
given to do a thing in other words, the crowd counted by other words of counting, a nought of an
outcome against a count of it, and one paragraph never listed twice in one row."""

from __future__ import annotations

from core.linking.story import Story
from core.quantities import span_of
from core.views.figures import compare
from tests.figure_rows import article, rows


def test_a_span_given_to_do_a_thing_is_the_time_it_is_done_within() -> None:
    text = "The review panel has 90 days to report. Unions welcomed it."
    at = text.index("90 days")
    assert span_of(text, at, at + len("90 days"))[0] == "within"
    text = "The tenants were given two weeks to leave the building."
    at = text.index("two weeks")
    assert span_of(text, at, at + len("two weeks"))[0] == "within"
    # a span that lasted is not one given ("worked for 90 days to finish it" names no deadline)
    text = "The crew worked for 90 days to finish the bridge."
    at = text.index("90 days")
    assert span_of(text, at, at + len("90 days"))[0] == ""
    story = Story.build([
        article("Valley Herald", "Transport Minister Ona Ferreira said a retired auditor would lead the review of the Brenn "
                "bridge collapse and report within 90 days."),
        article("Morning Post", "The Brenn bridge review has 90 days to report. Engineers welcomed the review."),
    ])
    assert ("duration", [90.0, 90.0], False) in rows(story)


def test_a_nought_of_an_outcome_denies_each_count_of_it() -> None:
    """"Nobody was hurt" in one report is a count against "Nine wardens were hurt" and "about 40
    fans were hurt" in another that day, though no link joins them: one row each, with ≠."""
    story = Story.build([
        article("Dunmore Courier", "Stadium manager Pia Holt said about 40 fans were hurt in the crush at the gate.",
                "Nine wardens were hurt, she said."),
        article("Evening Echo", "A pitch invasion ended the derby at Dunmore early.",
                "Nobody was hurt, a club spokeswoman said on Saturday."),
        article("Valley Radio", "Nine wardens were hurt and about 40 fans were hurt at the Dunmore gate, Holt said."),
    ])
    hurt = [g for g in compare(story) if g.fate == "injured"]
    assert sorted((g.unit, sorted(f.value for f in g.figures), g.disagree) for g in hurt) == [
        ("fan", [0.0, 40.0, 40.0], True), ("warden", [0.0, 9.0, 9.0], True)]
    for g in hurt:
        assert [v for f, v in zip(g.figures, g.verdicts) if f.value == 0] == ["differ"]


def test_a_nought_said_beside_other_counts_of_its_outcome_joins_only_its_own() -> None:
    """A report that counts the hurt itself and says "no one was hurt" of another incident
    keeps its nought to the counts it is linked to, as before."""
    story = Story.build([
        article("Dunmore Courier", "Nine wardens were hurt at the gate, Holt said."),
        article("Evening Echo", "Eleven wardens were hurt at the Dunmore gate.",
                "At a second match in Brill, no one was hurt."),
    ])
    assert not [g for g in compare(story) if 0.0 in {f.value for f in g.figures}]


def test_one_death_and_its_denial_differ_and_a_paragraph_is_listed_once() -> None:
    """"One miner, a 52-year-old foreman, died" against "nobody died ... 'No one has died'": a
    count of the dead 1 ≠ 0, each paragraph once in its row."""
    story = Story.build([
        article("Ridge Post", "The union says one miner, a 52-year-old foreman, died overnight after the collapse at Karsk pit."),
        article("Karsk Radio", "Mine director Ivo Lind told reporters that nobody died at Karsk pit. "
                "\"No one has died. The foreman is in hospital,\" Lind said."),
    ])
    dead = [g for g in compare(story) if g.fate == "dead"]
    assert len(dead) == 1 and dead[0].disagree
    assert sorted(f.value for f in dead[0].figures) == [0.0, 1.0]
    assert len({f.ref for f in dead[0].figures}) == len(dead[0].figures)


def test_those_who_took_part_are_one_count_however_worded() -> None:
    """"the crowd numbered 6,000", "put the turnout at 9,000", "turnout reached 12,000 at its peak"
    and "9,000 people had joined the rally" count one crowd; the police's "about 1,500 people took
    part" stays its own row (more than SPREAD below)."""
    took_part_of = {
        "Lakeside Times": ("Police said about 1,500 people took part in the Orlen rally.",
                           "The Teachers' Union, which organised it, said 9,000 people had joined the rally."),
        "Orlen Daily": ("The union said the crowd numbered 6,000, while police estimated 1,500.",),
        "River Post": ("The Teachers' Union put the turnout at 9,000 in Orlen.",),
        "Evening Wire": ("The union says turnout reached 12,000 at its peak in Orlen.",),
    }
    story = Story.build([article(outlet, *paragraphs) for outlet, paragraphs in took_part_of.items()])
    crowd = [g for g in compare(story) if g.kind == "count" and g.unit == "people"]
    values = sorted(sorted(f.value for f in g.figures) for g in crowd)
    assert [6000.0, 9000.0, 9000.0, 12000.0] in values
    assert all(1500.0 not in v or max(v) < 3000 for v in values)
    row = next(g for g in crowd if 9000.0 in {f.value for f in g.figures})
    assert row.disagree and row.agreed is not None and row.agreed.value == 9000.0


def test_a_bare_count_is_read_only_where_its_people_took_part() -> None:
    """No noun, no gathering: "police estimated 1,500", "several hundred people have gathered"
    (read at its noun, "hundred" no value) and a turnout's share give no count of people."""
    story = Story.build([
        article("Orlen Daily", "The union said police estimated 1,500.",
                "Several hundred people have gathered again at the gates.", "Turnout was 62% in the vote."),
    ])
    from core.views.figures import extract
    assert not [f for f in extract(story.articles) if f.unit == "people"]


def test_what_says_a_count_is_of_those_who_took_part() -> None:
    from core.quantities import took_part

    def said(text: str, number: str, *, noun: bool = True) -> bool:
        at = text.index(number)
        return took_part(text, at, at + len(number), noun=noun)

    assert said("Organisers said the crowd numbered 6,000, while police estimated 1,500.", "6,000")
    assert not said("Organisers said the crowd numbered 6,000, while police estimated 1,500.", "1,500")
    assert said("The union put attendance at 12,000.", "12,000")
    assert said("The rally drew some 7,000, police said.", "7,000")
    assert said("About 3,000 teachers had taken part in the rally.", "3,000")
    assert not said("About 3,000 teachers had taken part in the rally.", "3,000", noun=False)  # read at its noun
    assert not said("The crowd was at least 200 metres from the gates.", "200")
    assert not said("Police said 41 people were arrested.", "41")
