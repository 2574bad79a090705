"""Stories: two events in one town share its name (a place of two words: its run and both words)
and the words of their trade; that is no evidence that one report of one of them belongs with
the other, and adding more reports of either never moves an article across."""

from __future__ import annotations

import itertools
from pathlib import Path

from core.library.store import Library
from core.model import Article, article_id
from core.stories.cluster import SAME_EVENT, evidence, profile

DAY = "2026-05-12"


def _article(title: str, *paragraphs: str, outlet: str) -> Article:
    return Article(id=article_id(outlet, title, paragraphs), path=f"{outlet}-{title[:12]}.txt", outlet=outlet,
                   title=title, paragraphs=paragraphs, published=DAY)


OUTBREAK = [
    _article("Brenmoor Quay declares mumps outbreak after 14 cases",
             "Health officials in Brenmoor Quay declared a mumps outbreak on Tuesday after 14 cases were confirmed, "
             "most of them among children at two primary schools.",
             "Dr. Elske Varga, the town's medical officer, urged parents to check that their children's vaccination "
             "records were up to date.",
             "Three children were treated in hospital at St Aldric's and have since gone home, Varga said.",
             "Free vaccination clinics open at Tollgate Hall on Thursday.",
             outlet="Eastwire"),
    _article("Mumps outbreak declared in Brenmoor Quay as cases reach 14",
             "Brenmoor Quay's health officials on Tuesday declared a mumps outbreak, with 14 confirmed cases, "
             "mostly children at two primary schools.",
             "Medical officer Elske Varga asked parents to check their children's vaccination records.",
             "Three children were treated at St Aldric's hospital and have been sent home.",
             "Tollgate Hall will host free vaccination clinics from Thursday.",
             outlet="Quay Courier"),
    _article("Brenmoor Quay mumps cases: what families should know",
             "Mumps is back in Brenmoor Quay: officials counted 14 cases on Tuesday, nearly all of them children.",
             "Elske Varga, who leads the town's health office, said the clinics at Tollgate Hall would vaccinate "
             "children and adults free of charge.",
             "St Aldric's hospital treated three children, who have recovered.",
             outlet="Ridge Times"),
]

TRIAL = [
    _article("Oskvale Pharma's malaria vaccine 88% effective in trial",
             "Oskvale Pharma said on Tuesday that its experimental malaria vaccine OPX-7 was 88 percent effective "
             "in a late-stage trial of 5,300 adults.",
             "Chief executive Renate Holmqvist said the company, based in Brenmoor Quay, would ask regulators "
             "for approval in the autumn.",
             "The vaccine was not tested in children under ten; a trial for them starts in August.",
             "Side effects were mild, mostly a sore arm and headache.",
             outlet="Eastwire"),
    _article("Oskvale malaria shot protects 88% of adults, trial finds",
             "Oskvale Pharma's malaria vaccine OPX-7 protected 88 percent of the 5,300 adults in its late-stage "
             "trial, the company said on Tuesday.",
             "Renate Holmqvist, its chief executive, said it would seek approval in the autumn.",
             "Children under ten were not part of the trial; their own trial starts in August.",
             outlet="Quay Courier"),
    # A local rewrite: "nine in ten", no product code, the firm named once in its lead: it shares the
    # town, the children, the vaccine and the hospital's words with the outbreak's reports.
    _article("Local drugmaker says its malaria jab protects nearly nine in ten",
             "A Brenmoor Quay company says its malaria jab protects nearly nine in ten people who get it, according "
             "to results it released this week.",
             "Oskvale Pharma tested the vaccine on more than 5,000 adults; chief executive Renate Holmqvist said "
             "approval could come in the autumn.",
             "The firm grew out of a university laboratory and now employs about 300 people at its plant by the "
             "old grain terminal, where it would make the doses if regulators agree.",
             "Most side effects were mild, a sore arm and a headache, the company's summary of the results shows.",
             "Investors cheered the news, and shares of the listed parent rose sharply in afternoon trading.",
             outlet="Ridge Times"),
]

#: Later reports, one of each event (a feed's entries).
LATER = [
    _article("Brenmoor Quay mumps outbreak: first case was a returning student",
             "The first of Brenmoor Quay's 14 mumps cases was a student back from abroad, health officials said "
             "on Tuesday, as vaccination clinics prepared to open.",
             "Dr. Elske Varga said children at two schools had been sent home.",
             outlet="Valley Bulletin"),
    _article("Oskvale malaria vaccine trial: 88% effective, one site paused",
             "Oskvale Pharma's malaria vaccine was 88 percent effective, the Brenmoor Quay company said on Tuesday.",
             "One trial site in Manaus was paused for a month over record keeping.",
             outlet="Valley Bulletin"),
]


def test_a_town_of_two_words_is_one_detail_not_three() -> None:
    """Its run and its two words counted as three details made the lead count again: a report that
    shares only the town with another event's reports scored more with them than with its own
    event's wire copy, which shares the firm, its chief and the town."""
    rewrite = profile(TRIAL[2])
    own = evidence(rewrite, profile(TRIAL[0])).score
    assert own >= SAME_EVENT
    for report in [*OUTBREAK, LATER[0]]:
        assert evidence(rewrite, profile(report)).score < own, report.title


def _stories(path: Path, batches: list[list[Article]]) -> list[list[str]]:
    with Library(path) as library:
        for batch in batches:
            for article in batch:
                library.add(article, source=article.path)
        found: dict[int, list[str]] = {}
        for article in [*OUTBREAK, *TRIAL, *LATER]:
            story = library.story_of(article.id)
            assert story is not None
            found.setdefault(story, []).append(article.title)
        return sorted(sorted(titles) for titles in found.values())


def test_later_reports_move_no_article_across_events_in_any_order(tmp_path: Path) -> None:
    events = sorted([sorted(a.title for a in [*OUTBREAK, LATER[0]]), sorted(a.title for a in [*TRIAL, LATER[1]])])
    first = [*OUTBREAK, *TRIAL]
    orders = [first, first[::-1], [first[i] for i in (2, 5, 0, 3, 1, 4)]]
    for n, (order, later) in enumerate(zip(orders, itertools.permutations(LATER))):
        assert _stories(tmp_path / f"{n}.sqlite", [order, list(later)]) == events
