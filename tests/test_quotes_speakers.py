"""Who the quotes view says spoke: a person named behind an organisation's name and a role, a
dash attribution after a quotation, a speaker named as a sentence's subject before a
participle ("calling it ..."), and the spelling a quote's heading gives its speaker. Invented
reports."""

from __future__ import annotations

import pytest

from core.views.quotes import attributed_otherwise, find_quotes, speaker_of
from tests.reports import outlet_report


def _span(text: str, quoted: str) -> tuple[int, int]:
    start = text.index(quoted)
    return start, start + len(quoted)


REMARK = "The crew kept calm and did everything right in the storm"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f'"{REMARK}," said Halden Ferries chief executive Ola Brekke.', "Ola Brekke"),
        (f'"{REMARK}," said Halden Ferries spokeswoman Siri Vik on Friday.', "Siri Vik"),
        (f'"{REMARK}," said the Vell Port Authority harbour master Jon Strand.', "Jon Strand"),
        # no person named: the organisation speaks
        (f'"{REMARK}," the Interior Ministry said.', "Interior Ministry"),
        (f'"{REMARK}," said Halden Ferries on Friday.', "Halden Ferries"),
    ],
)
def test_a_person_named_behind_an_organisation_and_a_role_is_the_speaker(text: str, speaker: str) -> None:
    assert speaker_of(text, _span(text, REMARK)) == speaker


@pytest.mark.parametrize(
    ("others", "elsewhere"),
    [
        # A fresh user's ferry story: the wire's chief executive was a spokeswoman in one
        # reprint, and the quotes view headed the quote "— Skerry Lines" with no "≠ speaker".
        (("said Halden Ferries chief executive Ola Brekke", "said Halden Ferries spokeswoman Siri Vik"),
         ["attributed to Siri Vik by Tribune ¶0"]),
        # "Halden Ferries" is an organisation (the story names a role in it) that she speaks for
        (("said Halden Ferries", "Halden Ferries said in a statement"), []),
    ],
    ids=["another-person", "the-organisation"],
)
def test_a_person_named_by_an_outlet_is_the_speaker_and_another_person_is_marked(
    others: tuple[str, str], elsewhere: list[str]
) -> None:
    attributions = ("said Halden Ferries chief executive Ola Brekke", *others)
    articles = [outlet_report(o, f'"{REMARK}," {a}.') for o, a in zip(("Wire", "Courier", "Tribune"), attributions)]
    [quote] = find_quotes(articles)
    assert quote.speaker == "Ola Brekke"
    assert attributed_otherwise(quote, {a.id: a for a in articles}) == elsewhere


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"“{REMARK}.” — Jon Strand, harbour master", "Jon Strand"),
        (f'"{REMARK}." -- Vell Port Authority harbour master Jon Strand', "Jon Strand"),
        (f"“{REMARK}” – Jon Strand", "Jon Strand"),
        (f"“{REMARK}.” — Vell Port Authority", "Vell Port Authority"),
        # a dash that goes on with the report attributes nothing
        (f"“{REMARK}” — a claim the crew's union disputes.", None),
    ],
)
def test_a_dash_attribution_after_a_quotation_names_its_speaker(text: str, speaker: str | None) -> None:
    assert speaker_of(text, _span(text, REMARK)) == speaker


def test_a_quotation_set_off_as_paragraphs_takes_the_dash_line_after_it() -> None:
    articles = [
        outlet_report("Gazette", "The ferry reached the harbour at dawn.", f"“{REMARK}.”", "— Jon Strand, harbour master"),
        outlet_report("Digest", "The ferry reached the harbour at dawn.", "“The harbour was closed for hours.”",
                 f"“{REMARK}.” — Jon Strand, harbour master"),
    ]
    quotes = {q.text: q for q in find_quotes(articles)}
    assert quotes[REMARK].speaker == "Jon Strand"
    assert quotes["The harbour was closed for hours"].speaker == "Jon Strand"  # the block's first paragraph


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ("The Vell Dockers' Union said it would not accept the port authority's offer of a 3.5 percent pay rise "
         'over two years, calling it "an insult to people who work nights in the rain".',
         "an insult to people who work nights in the rain", "Vell Dockers' Union"),
        ('Ana Lima rejected the offer on Tuesday, describing it as "a step backwards for the valley".',
         "a step backwards for the valley", "Ana Lima"),
        # someone else speaks in the sentence, or nobody is its subject: no guess
        ('Talks collapsed on Tuesday, with a union spokesman calling it "an insult to people who work nights".',
         "an insult to people who work nights", None),
        ('Ana Lima said the plan was costly, and critics agreed, calling it "a waste of public money".',
         "a waste of public money", None),
    ],
)
def test_a_participle_of_speech_gives_the_quotation_to_its_sentences_subject(text: str, quoted: str, speaker: str | None) -> None:
    assert speaker_of(text, _span(text, quoted)) == speaker


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ("The Port of Rotterdam Authority said in a statement that it had tightened its procurement rules since the "
         'case and "welcomes the clarity the verdict brings".', "welcomes the clarity the verdict brings",
         "Port of Rotterdam Authority"),
        ('Nordkem said on Friday that it would pay for the damage and "deeply regrets the distress caused".',
         "deeply regrets the distress caused", "Nordkem"),
        # someone else speaks in the clause, or it runs on past a comma: no guess
        ('The union said that it had asked for talks but the employers said the demand was "unrealistic and far too late".',
         "unrealistic and far too late", None),
        ('Mayor Aud Ingvaldsen said that she had met the plant manager, who told her the leak was "under control and safe now".',
         "under control and safe now", None),
    ],
)
def test_reported_speech_a_quotation_goes_on_with_is_its_subjects(text: str, quoted: str, speaker: str | None) -> None:
    """Trial 38 F6: "The Port of Rotterdam Authority said in a statement that it ... and
    'welcomes the clarity the verdict brings'" was "speaker not named"."""
    assert speaker_of(text, _span(text, quoted)) == speaker


def test_the_heading_spells_the_speaker_as_most_outlets_do() -> None:
    # A fresh user's port story: one outlet's "Marit van der Berg" headed the quote where four
    # printed "Marit Van der Berg".
    remark = "We will stay out until the port authority puts a real offer on the table"
    for first in ("Radio", "Wire"):  # whichever outlet comes first in the story
        spellings = {"Radio": "Ines van der Berg", "Wire": "Ines Van der Berg", "Courier": "Ines Van der Berg",
                     "Gazette": "Ines Vanderberg"}
        order = [first, *(o for o in spellings if o != first)]
        articles = [outlet_report(o, f'"{remark}," union leader {spellings[o]} told reporters.') for o in order]
        [quote] = find_quotes(articles)
        assert quote.speaker == "Ines Van der Berg"
        assert attributed_otherwise(quote, {a.id: a for a in articles}) == ["attributed to Ines Vanderberg by Gazette ¶0"]


def test_a_tie_between_spellings_is_broken_the_same_way_in_any_order() -> None:
    remark = "We will stay out until the port authority puts a real offer on the table"
    heads = set()
    for order in (("A", "B"), ("B", "A")):
        spelling = {"A": "Ines van der Berg", "B": "Ines Van der Berg"}
        articles = [outlet_report(o, f'"{remark}," union leader {spelling[o]} said.') for o in order]
        heads.add(find_quotes(articles)[0].speaker)
    assert len(heads) == 1


LATER = "We will be back at sea by the spring"


@pytest.mark.parametrize(
    ("text", "before", "speaker"),
    [
        # features and magazines write "explains", "insists", "warns"; lifestyle pages "she shared with"
        (f'"{REMARK}," explains harbour master Jon Strand.', "", "Jon Strand"),
        (f'"{REMARK}," shared Mr. Strand.', "", "Mr. Strand"),
        (f'Jon Strand, a harbour master at Vell, shared his view of the night: "{REMARK}."', "", "Jon Strand"),
        (f'"{REMARK}," she shared with the Vell Times.', "The crew did well, says harbour master Ana Lima.", "Ana Lima"),
        (f'"{REMARK}," he insists.', "Jon Strand runs the harbour.", "Jon Strand"),
        (f'"{REMARK}," warns Ana Lima.', "", "Ana Lima"),
        # "shared" of a thing is no speech
        (f'Jon Strand shared a photo of the harbour. "{REMARK}."', "", None),
        # a quotation after "adding" is the same speaker's: '"...," says Ana Lima, adding, "..."'
        (f'"{LATER}" says harbour master Jon Strand, adding, "{REMARK}."', "", "Jon Strand"),
        (f'"{LATER}," said Jon Strand, adding that "{REMARK}."', "", "Jon Strand"),
        (f'"{LATER}," he said, adding if the weather holds "{REMARK}."', "Jon Strand runs the harbour.", "Jon Strand"),
        # no one named speaking before the participle: no guess
        (f'The harbour reopened on Monday, adding to the town\'s hopes that "{REMARK}."', "", None),
    ],
)
def test_a_verb_of_speech_in_the_present_shared_or_adding_names_the_speaker(text: str, before: str, speaker: str | None) -> None:
    assert speaker_of(text, _span(text, REMARK), before=before) == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a trial's quotes view gave "— Millbrook Road" as the speaker of the residents' words
    ('Residents on Millbrook Road said they heard a noise "like thunder rolling down the street" before the roof fell.', None),
    ('Fans outside Eastmoor Stadium said the roof "simply folded like paper" as they watched.', None),
    ('"We heard it from the square," said Jin Park, who lives nearby.', "Jin Park"),  # a surname that is a place's kind
])
def test_a_place_beside_a_verb_of_speech_is_no_speaker(text: str, speaker: str | None) -> None:
    start = text.index('"')
    end = text.index('"', start + 1) + 1
    assert speaker_of(text, (start, end)) == speaker


@pytest.mark.parametrize(("text", "speakers"), [
    # two attributed sentences in one paragraph: the next sentence's speaker is not this quotation's
    ('Rovers captain Erik Vance said the squad were "thinking of Alan\'s family". Port Selby manager '
     'Dean Holt said his side "would play whenever Rovers are ready".', ["Erik Vance", "Dean Holt"]),
    # a quotation that closes its sentence with a full stop inside its marks
    ('"We will rebuild," said Mayor Ana Lima. "It will take time." Police chief Bo Lind said the road was closed.',
     ["Mayor Ana Lima", "Mayor Ana Lima"]),
])
def test_a_quotation_is_not_given_to_the_speaker_of_the_sentence_after_it(text: str, speakers: list[str]) -> None:
    from core.quotations import speaker_of
    from core.text import quote_spans

    assert [speaker_of(text, span) for span in quote_spans(text)] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    ("„Wir haben unglaubliches Glück gehabt, dass niemand verletzt wurde“, sagte Bürgermeisterin Ingrid Halvorsen am Sonntag.",
     ("ingrid", "halvorsen")),
    ("« Nous avons eu beaucoup de chance », a déclaré le maire Jean Dupont.", ("jean", "dupont")),
    ('"Tuvimos mucha suerte", dijo la alcaldesa Ana Pérez.', ("ana", "pérez")),
    # trial 36 F15: a role of four words, its article Spanish, the name after a comma
    ('"La nube se desplazó hacia el este", dijo la jefa regional de bomberos, Maren Holt.', ("maren", "holt")),
    # four words of role in English; a weekday after the name is when ("Joe Coffey Monday" was the speaker)
    ('"He was the last of the old-school bosses," said ex-NYPD organized crime detective Joe Coffey Monday.', ("joe", "coffey")),
])
def test_an_attribution_after_a_quotation_in_other_languages_names_its_speaker(text: str, speaker: tuple[str, ...]) -> None:
    """Trial 34 F11: "..., sagte Bürgermeisterin Ingrid Halvorsen" left the quotation's speaker unnamed."""
    from core.quotations import person_key
    from core.quotations import speaker_of as speaker_in
    from core.text import quote_spans

    [span] = quote_spans(text)
    named = speaker_in(text, span)
    assert named is not None and person_key(named) == speaker
