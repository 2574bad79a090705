"""What a figure counts, read across a few words (trial 44 F2): a share of "the 310,000 people",
a count whose noun stands before its verb ("cases peaked at 71"), a part set apart by
"confirmed", people who received a dose (the vaccinated), and a count in a language that groups
thousands with dots; none of it joins quantities the words keep apart."""

from __future__ import annotations

from dataclasses import replace

from core.linking.story import Story
from core.model import Article, Link, LinkKind, Ref, article_id
from core.quantities import same_quantity, share_of
from core.views.figures import compare, extract


def _article(outlet: str, *paragraphs: str, language: str | None = None) -> Article:
    article = Article(article_id(outlet, outlet, paragraphs), "", outlet, outlet, paragraphs)
    return replace(article, published="2026-05-04T10:00:00+00:00")


def _rows(story: Story) -> list[tuple[str, list[float], bool]]:
    return [(g.quantity, sorted(f.value for f in g.figures), g.disagree) for g in compare(story)]


def _share(text: str, number: str) -> str:
    start = text.index(number)
    end = start + len(number)
    return share_of(text, start, end)


def test_a_share_of_a_counted_whole_is_a_share_of_what_it_counts() -> None:
    assert _share("The board wants to cover 80 percent of the four wards' 52,000 residents.", "80 percent") == "residents"
    assert _share("The drive aims to reach 85% of the 52,000 people living in the four wards.", "85%") == "people"
    assert _share("Staff cuts hit 12 per cent of its 3,000 workers.", "12 per cent") == "workers"
    assert _share("The party won 48 percent of the vote.", "48 percent") == "vote"
    # residents are people by no role of theirs: one quantity; voters are not
    assert same_quantity("residents", "people")
    assert not same_quantity("vote", "people")


def test_a_target_share_given_otherwise_by_another_outlet_is_a_disagreement() -> None:
    # trial 44 F2: "85%" and "80 percent" of the same residents were no row at all
    story = Story.build([
        _article("North Ledger", "Officials aim to reach 85% of residents in the flooded wards within ten days.",
                 "By Monday, 9,100 people had been vaccinated. The drive aims to reach 85% of the 52,000 people living in the four wards."),
        _article("Bay Gazette", "The water board, which wants to cover 80 per cent of the four wards' 52,000 residents, "
                                "received 40,000 doses from the national stockpile on Sunday."),
    ])
    [share] = [row for row in _rows(story) if row[0].startswith("share")]
    assert share[1:] == ([80, 85, 85], True)


def test_an_estimate_beside_an_exact_count_is_close_also_beside_a_count_of_another_size() -> None:
    # "about 12,000 people receiving a dose" / "12,400 people had been vaccinated" beside "the
    # 310,000 people living in the three districts": one quantity, close (≈), not two
    a = _article("North Ledger", "By Monday evening, 9,400 people had been vaccinated at 18 sites, the ministry said. "
                                 "The drive aims to reach the 210,000 people living in the four wards.")
    b = _article("Bay Gazette", "The drive began on Monday, with about 9,000 people receiving a dose at 18 sites.")
    c = _article("Diario del Sur", "Hasta el lunes por la tarde se habían vacunado 9.400 personas en 18 puntos.")
    story = Story((a, b, c), (Link(Ref(a.id, 0), Ref(b.id, 0), 0.5, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),)),))
    [row] = [g for g in compare(story) if g.unit == "people"]
    assert sorted(f.value for f in row.figures) == [9000, 9400, 9400]
    assert not row.disagree and not row.exact and row.fate == "vaccinated"
    assert {f.text: v for f, v in zip(row.figures, row.verdicts)}["about 9,000 people"] == "close"
    # the dead are no count of the vaccinated, however alike the values
    d = _article("South Post", "By Monday evening, 9,400 people had been vaccinated at 18 sites, the ministry said.")
    e = _article("East Wire", "The drive began on Monday; 9,000 people have died since March, at 18 sites.")
    story = Story((d, e), (Link(Ref(d.id, 0), Ref(e.id, 0), 0.5, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),)),))
    assert not [g for g in compare(story) if g.unit == "people"]


def test_a_part_set_apart_as_confirmed_is_the_confirmed_count() -> None:
    # trial 44 F2: "61 of them confirmed" / "61 laboratory-confirmed cases" were in no row
    a = _article("Health Agency", "A total of 412 suspected fever cases, including 53 laboratory-confirmed cases and "
                                  "9 deaths, have been reported from three districts.")
    b = _article("Town Radio", "The agency said 412 suspected fever cases, 53 of them confirmed, and 9 deaths had been reported.")
    c = _article("Valley FM", "The agency counts 412 suspected fever cases, of whom 53 were confirmed by laboratories.")
    rows = _rows(Story.build([a, b, c]))
    confirmed = [row for row in rows if 53 in row[1]]
    assert confirmed and all(values == [53] * len(values) for _, values, _ in confirmed)
    assert sum(len(values) for _, values, _ in confirmed) >= 2
    # the suspected stay a row of their own, and the dead another
    assert any(values == [412, 412, 412] for _, values, _ in rows)
    assert any(values == [9, 9] for _, values, _ in rows)


def test_a_count_whose_noun_stands_before_its_verb() -> None:
    # trial 44 F2: "peaked at 71 on 22 November" / "on November 22" were in no row
    a = _article("Health Agency", "A total of 412 suspected fever cases have been reported.",
                 "The daily number of new suspected cases peaked at 64 on 12 May and has since declined.")
    b = _article("Town Radio", "The agency counts 412 suspected fever cases.", "Daily new cases peaked at 64 on May 12, the agency said.")
    assert [(f.value, f.unit) for f in extract([a]) if f.value == 64] == [(64, "case")]
    assert [(f.value, f.unit) for f in extract([b]) if f.value == 64] == [(64, "case")]
    assert any(values == [64, 64] for _, values, _ in _rows(Story.build([a, b])))
    # a level of a thing the report counts nowhere is no count ("Shares rose to 412": a price)
    c = _article("Market Wire", "Shares rose to 412 on Tuesday after the results.")
    assert [f for f in extract([c]) if f.value == 412] == []


def test_a_count_that_climbed_past_a_value_is_a_bound() -> None:
    # "climbed past 300" allows 311: close (≈), not another value; "in the past 24 hours" is no bound
    a = _article("Bay Gazette", "Suspected cases have climbed past 300 cases since the floods, officials said.")
    b = _article("North Ledger", "The ministry raised its count to 311 cases since the floods, officials said.")
    story = Story((a, b), (Link(Ref(a.id, 0), Ref(b.id, 0), 0.5, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),)),))
    assert [(f.value, f.qualifier) for f in extract([a])] == [(300, "more than")]
    [row] = compare(story)
    assert not row.disagree and sorted(f.value for f in row.figures) == [300, 311]
    assert [(f.value, f.qualifier) for f in extract([_article("P", "In the past 24 hours 12 people died.")])] == [
        (24, None), (12, None)]


def _linked(*texts: str) -> Story:
    articles = [_article(f"Outlet {n}", text) for n, text in enumerate(texts)]
    links = tuple(Link(Ref(a.id, 0), Ref(b.id, 0), 0.5, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),))
                  for a, b in zip(articles, articles[1:]))
    return Story(tuple(articles), links)


def test_suspected_and_confirmed_cases_are_two_quantities() -> None:
    # linked paragraphs each giving one count of cases: 40 suspected are no 38 confirmed
    assert compare(_linked("The ministry counts 40 suspected cases in the port.",
                           "The ministry counts 38 confirmed cases in the port.")) == []
    assert compare(_linked("Le ministère compte 40 cas suspects au port.", "Le ministère compte 38 cas confirmés au port.")) == []
    # nor do they join through a count that says neither
    rows = compare(_linked("The ministry counts 40 suspected cases in the port.", "The ministry counts 40 cases in the port.",
                           "The ministry counts 38 laboratory-confirmed cases in the port."))
    assert all(len({f.value for f in g.figures}) == 1 for g in rows)
    # counts of one certainty still meet
    [row] = compare(_linked("The ministry counts 40 suspected cases in the port.", "Officials counted 44 suspected cases in the port."))
    assert row.disagree


def test_a_level_in_words_and_the_peak_it_fell_from() -> None:
    # trial 44 F2: "fell to nine on Saturday from a peak of 71 on November 22", in both reports, was in no row
    a = _article("Coast Radio", "New suspected fever cases in Velmora fell to nine on Saturday, from a peak of 64 on May 12, "
                                "the ministry said.", "The count stands at 412 suspected cases.")
    b = _article("Nordic Wire", "Schools will reopen after the number of new suspected fever cases fell to nine on Saturday "
                                "from a peak of 64 on May 12, the ministry said.", "The count stands at 412 suspected cases.")
    for article in (a, b):
        assert [(f.value, f.unit) for f in extract([article])][:2] == [(9, "case"), (64, "case")]
    rows = _rows(Story.build([a, b]))
    assert any(values == [9, 9] for _, values, _ in rows) and any(values == [64, 64] for _, values, _ in rows)
    assert not any(9 in values and 64 in values for _, values, _ in rows)  # the level is no value of the peak
    # a part set apart by a hyphened word meets one set apart by its last part
    c = _article("Valley FM", "The count stands at 412 suspected fever cases, 53 of them laboratory-confirmed.")
    d = _article("Town Radio", "The count stands at 412 suspected fever cases, 53 of them confirmed.")
    assert any(values == [53, 53] for _, values, _ in _rows(Story.build([c, d])))


def test_approximately_is_an_estimate_as_about_is() -> None:
    # Trial 48: the circular's "Approximately 210 tonnes" was read as an exact figure, beside "about 180 tonnes"
    a = _article("Example Circular", "Approximately 210 tonnes of fuel spilled, and approx. 300 containers fell "
                 "overboard, approximately a third of the cargo.")
    assert [(f.value, f.qualifier) for f in extract([a])] == [(210, "about"), (300, "about"), (33.3, "about")]
