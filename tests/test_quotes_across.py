"""Quotations across copies and languages (trial 39b F3, F6, F10, F13): a link's differences read
who said a quotation as the quotes view does, with the article before it; quotation marks and
speakers of French, Spanish, German and Japanese reports; a moved attribution collated beside the
other's; a fact named by a quotation without doubled marks; a tie on a speaker goes to the origin."""

from __future__ import annotations

from core.linking.evidence import differences
from core.linking.story import Story
from core.model import Article, LinkKind, article_id
from core.quotations import find_quotes
from core.text import quote_spans
from core.views.collate import collate_quoted, plain
from core.views.export import export
from core.views.quotes import attributed_otherwise, story_quotes

WIRE_LEAD = (
    "Eleven river states agreed on Friday to cut barge traffic on the Orvel by a fifth over four years, "
    "ending a two-day meeting in Castelbrun that had nearly failed overnight."
)
WIRE_NAMED = (
    "The Orvel Compact, signed shortly before noon, also bans night dredging and creates a joint patrol "
    "of nine boats, Governor Ilse Marwick told reporters."
)
COPY_NAMED = WIRE_NAMED.replace("Governor Ilse Marwick", "Deputy Governor Tobin Quell")
WIRE_QUOTE = (
    '"This is the first time the whole valley has agreed to ship less so that there is a river left to ship on," '
    'Marwick said. "Nobody got all they asked for, and that is how you know the deal is fair."'
)
COPY_QUOTE = (
    '"This is the first time the whole valley has agreed to ship less so that there is a river left to ship on," '
    "Quell said."
)


def _article(outlet: str, title: str, *paragraphs: str, dateline: str | None = None, published: str | None = None) -> Article:
    return Article(article_id(outlet, title, paragraphs), "", outlet, title, paragraphs, dateline=dateline, published=published)


def _wire_and_copy() -> tuple[Article, Article]:
    wire = _article("Rivermark Wire", "States agree barge cut", WIRE_LEAD, WIRE_NAMED, WIRE_QUOTE,
                    dateline="CASTELBRUN, May 8 (Rivermark)", published="2031-05-08")
    copy = _article("Valley Courier", "Barge cut agreed", WIRE_LEAD, COPY_NAMED, COPY_QUOTE,
                    dateline="CASTELBRUN, May 8 (Rivermark)", published="2031-05-08T18:00:00+00:00")
    return wire, copy


# F3: a quotation an edited copy gives to another speaker, by surname, is a name difference of the link


def test_a_quote_given_to_another_surname_is_a_name_difference_of_the_link() -> None:
    wire, copy = _wire_and_copy()
    story = Story.build([copy, wire])
    [link] = [l for l in story.links if {l.a.paragraph, l.b.paragraph} == {2} and l.a.article != l.b.article]
    assert link.kind is LinkKind.QUOTE
    _, changed = story.explain(link.a, link.b)
    names = {(d.a, d.b) for d in changed if d.what == "name"}
    assert names & {("Tobin Quell", "Ilse Marwick"), ("Ilse Marwick", "Tobin Quell")}
    # the same in the links JSON
    [shown] = [l for l in story.to_json()["links"] if l["a"]["paragraph"] == 2 and l["b"]["paragraph"] == 2]  # type: ignore[index]
    assert any(d["what"] == "name" for d in shown["differences"])  # type: ignore[index]


def test_differences_read_the_speaker_from_the_paragraphs_before() -> None:
    plain_pair = differences(WIRE_QUOTE, COPY_QUOTE)
    assert not [d for d in plain_pair if d.what == "name"]  # two surnames alone: no one can say who
    told = differences(WIRE_QUOTE, COPY_QUOTE, context=((WIRE_NAMED,), (COPY_NAMED,)))
    assert ("Ilse Marwick", "Tobin Quell", "name") in {(d.a, d.b, d.what) for d in told}


# F13: outlets tied on the speaker: the origin's speaker heads the quote


def test_a_tie_on_the_speaker_goes_to_the_origin_whatever_the_order() -> None:
    for order in ((0, 1), (1, 0)):
        pair = _wire_and_copy()
        story = Story.build([pair[i] for i in order])
        [quote] = [q for q in story_quotes(story) if q.text.startswith("This is the first time")]
        assert quote.speaker == "Ilse Marwick"
        [line] = attributed_otherwise(quote, {a.id: a for a in story.articles})
        assert "Tobin Quell" in line and "named by the origin, Rivermark Wire" in line


def test_without_an_origin_the_first_named_still_heads_a_tie() -> None:
    wire, copy = _wire_and_copy()
    [quote] = [q for q in find_quotes([copy, wire]) if q.text.startswith("This is the first time")]
    assert quote.speaker == "Tobin Quell" and quote.origin is None


# F6: quotation marks and speakers in other languages


def test_german_japanese_and_guillemet_quotations_are_found() -> None:
    assert quote_spans("„Niemand hat alles bekommen, was er wollte\", sagte sie.")
    assert quote_spans("„Niemand hat alles bekommen, was er wollte“, sagte sie.")
    assert quote_spans("»Das ist ein guter Tag für den Fluss«, erklärte er.")
    assert quote_spans("« Personne n'a tout obtenu ce jour-là », a-t-elle dit.")
    assert quote_spans("知事は「誰もが望むものを得たわけではない」と述べた。", min_words=1)
    assert quote_spans("知事は『大切な一歩だ』と述べた。", min_words=1)


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    article = _article("Foreign Desk", "t", *paragraphs)
    return {q.text: q.speaker for q in find_quotes([article])}


def test_a_title_before_the_name_is_skipped_to_reach_the_speaker() -> None:
    found = _speakers(
        "« Personne n'a obtenu tout ce qu'il voulait ce soir », a déclaré la Première ministre du pays, Ilse Marwick.",
        "Le commissaire fluvial Tobin Quell a salué « un tournant pour toute la vallée ».",
        'El comisario europeo de Navegación, Tobin Quell, calificó el acuerdo de "punto de inflexión para el valle".',
        "»Das ist ein guter Tag für den ganzen Fluss«, erklärte Flusskommissar Tobin Quell.",
        "Die Regierungschefin Ilse Marwick sprach von einem historischen Tag. „Niemand hat alles bekommen, "
        "was er wollte, und daran erkennt man es\", sagte sie.",
        "The mayor of Castelbrun, Anja Dorsey, said: \"We will rebuild the whole harbour wall by spring.\"",
    )
    assert found["Personne n'a obtenu tout ce qu'il voulait ce soir"] == "Ilse Marwick"
    assert found["un tournant pour toute la vallée"] == "Tobin Quell"
    assert found["punto de inflexión para el valle"] == "Tobin Quell"
    assert found["Das ist ein guter Tag für den ganzen Fluss"] == "Tobin Quell"
    assert found["Niemand hat alles bekommen, was er wollte, und daran erkennt man es"] == "Ilse Marwick"
    assert found["We will rebuild the whole harbour wall by spring"] == "Anja Dorsey"


def test_a_japanese_quotation_is_listed_with_the_speaker_before_it() -> None:
    found = _speakers("合意は夜間の浚渫も禁止する。川辺のマーウィック知事は「誰もが望むもの全てを得たわけではない」と述べた。")
    assert found == {"誰もが望むもの全てを得たわけではない": "マーウィック"}


def test_an_office_alone_names_no_japanese_speaker_and_a_term_in_brackets_is_no_quotation() -> None:
    assert _speakers("合意は「川の日」を定めた。") == {}
    assert _speakers("知事は『大切な一歩だ』と強調した。") == {"大切な一歩だ": None}


# F10: a moved attribution is struck beside the other's, and a fact's name has one pair of marks


def test_an_attribution_is_collated_with_the_others_not_inside_the_next_quotation() -> None:
    for reference, other in ((COPY_QUOTE, WIRE_QUOTE), (WIRE_QUOTE, COPY_QUOTE)):
        pieces = collate_quoted(reference, other)
        assert "".join(p.text for p in pieces if p.tag != "missing") == other
        shown = plain(pieces)
        assert "fair [-" not in shown and "fair.\" [-" not in shown
    assert '{+Marwick+} [-Quell-] said. {+"Nobody got all they asked for, and that is how you know the deal is fair."+}' in plain(
        collate_quoted(COPY_QUOTE, WIRE_QUOTE))
    assert '{+Quell+} [-Marwick-] said. [-"Nobody got all they asked for' in plain(collate_quoted(WIRE_QUOTE, COPY_QUOTE))


def test_a_fact_named_by_a_quotation_has_its_marks_once() -> None:
    wire, copy = _wire_and_copy()
    text = export(Story.build([wire, copy]), "md")
    assert isinstance(text, str)
    headings = [line for line in text.splitlines() if line.startswith("### Fact") and "first time" in line]
    assert headings and all("“This is the first time" in line and '"' not in line for line in headings)
