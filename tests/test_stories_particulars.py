"""Stories: a rewrite that shares an event's particulars (the judge, the fee, her words) on the day
of the event is one event with the agency's reports of it, though it shares few of
their other words; other news of the same town that day is not."""

from __future__ import annotations

import random
from functools import partial

from core.model import Article
from core.stories.cluster import SAME_EVENT, evidence, group, profile
from tests.story_groups import article

DAY = "2026-04-14"
NEXT_DAY = "2026-04-15"
RULING = "A public body may not collect a charge that it has never lawfully announced"


_article = partial(article, published=DAY)


#: Three agency and trade reports of one ruling, in much the same words.
REPORTS = [
    _article("Tribunal scraps Dunmore harbour berth levy",
             "DUNMORE, April 14 (Coastal Wire) - The Northern Maritime Tribunal on Tuesday scrapped the town of "
             "Dunmore's harbour berth levy, ruling that the harbour board had not published the charge before "
             "collecting it from visiting boats.",
             "Presiding judge Amara Okonjo said the board must stop collecting the 9-dollar nightly levy at once and "
             "repay skippers who had paid it since May.",
             f"\"{RULING},\" Okonjo wrote in the ruling.",
             "The harbour board collected 312,000 dollars from 4,870 boats last season, according to its annual accounts.",
             "Board chairman Callum Rees said the board would study the ruling and decide within 28 days whether to appeal.",
             "The case was brought by the Dunmore Sailing Club, whose secretary Mairi Tolland called the decision overdue.",
             outlet="Coastal Wire"),
    _article("Maritime tribunal strikes down Dunmore harbour levy",
             "The Northern Maritime Tribunal struck down Dunmore's harbour berth levy on Tuesday, saying the harbour "
             "board had never published the charge before it began collecting it.",
             "Judge Amara Okonjo ordered the board to stop collecting the 9-dollar nightly levy and to repay skippers "
             "who had paid since May.",
             f"\"{RULING},\" she wrote.",
             "Board chairman Callum Rees said the board would decide within 28 days whether to appeal. The levy raised "
             "312,000 dollars last season.",
             outlet="Harbour Ledger"),
    _article("Dunmore loses harbour levy case",
             "The harbour board of Dunmore lost its case before the Northern Maritime Tribunal on Tuesday, which found "
             "the berth levy had never been lawfully published.",
             "The board collected 312,000 dollars from 4,870 boats last season. Callum Rees, its chairman, said an "
             "appeal was possible.",
             "The Dunmore Sailing Club, which brought the case, welcomed the ruling.",
             outlet="Shipping Daily"),
]
#: The town's own paper tells the ruling in its own words: it gives the judge's surname, the fee and
#: her words, and little else of the reports' wording (the town is in its own name, so no
#: participant: see test_stories).
REWRITE = _article(
    "Dunmore skippers cheer as tribunal sinks mooring charge",
    "Skippers who tie up in Dunmore will no longer pay the 9-dollar mooring charge after a tribunal found the "
    "harbour board had never properly announced it.",
    "Fisherman Ewan Brodie, who says he paid about 600 dollars in charges this year, said the decision was long "
    "overdue. \"We were paying for a pontoon that leaks,\" he said.",
    f"In her ruling, Judge Okonjo wrote that \"{RULING[0].lower()}{RULING[1:]}\".",
    "The board spent 1.2 million dollars on the new pontoons in 2024, money critics now say was wasted.",
    outlet="Dunmore Gazette",
)
#: Other news of the same town the same day: a theft case before another court, quoted; the
#: council's library, in the town's own paper.
OTHERS = [
    _article("Dunmore man jailed for harbour thefts",
             "A Dunmore man who stole outboard motors from boats in the harbour was jailed for 30 months at Dunmore "
             "Sheriff Court on Tuesday.",
             "Sheriff Alasdair Grant told Liam Forsyth, 34, that his thefts had \"caused real hardship to people who "
             "earn their living at sea\".",
             "Forsyth admitted taking 14 motors worth 86,000 dollars between June and October.",
             outlet="Coastal Wire"),
    _article("Dunmore council approves new library",
             "The council in Dunmore on Tuesday approved plans for a new library on Quay Street costing 2.4 million dollars.",
             "\"This is a building for every family in the town,\" said council leader Isla Murray.",
             "Work is due to start in September, with the library opening in 2028.",
             outlet="Dunmore Gazette"),
]


def _brief(published: str | None, *, quoted: bool = True) -> Article:
    """A short report that shares with the agency's only the judge's name and, if *quoted*, her words."""
    said = f"wrote that \"{RULING[0].lower()}{RULING[1:]}\"" if quoted else "wrote that the charge had never been announced"
    return _article("Boat owners win fight over mooring fee",
                    f"Boat owners have won their fight against a fee for tying up overnight. Judge Okonjo {said}.",
                    "Owners can now ask for their money back, though few expect to see it before the spring, when "
                    "most yachts are lifted out of the water for painting and repairs.",
                    "Racing crews had threatened to move the summer regatta to another port if the fee stayed, and "
                    "local chandlers said visiting yachts had become rarer every year since it began.",
                    "The regatta, first sailed in 1952, draws about forty crews from three countries each August, "
                    "and its organisers say entries for next summer are already ahead of last year's.",
                    "Yacht clubs along the coast have also complained about rising insurance premiums, higher diesel "
                    "prices and a shortage of qualified riggers willing to travel to smaller islands.",
                    outlet="Sailing Weekly", published=published)


def test_a_rewrite_that_shares_the_events_particulars_on_its_day_is_one_story_in_any_order() -> None:
    articles = [*REPORTS, REWRITE, *OTHERS]
    truth = {frozenset(a.id for a in [*REPORTS, REWRITE])} | {frozenset([a.id]) for a in OTHERS}
    rng = random.Random(7)
    for _ in range(6):
        rng.shuffle(articles)
        groups = group([profile(a) for a in articles], keys=[a.id for a in articles])
        assert {frozenset(articles[i].id for i in g) for g in groups} == truth


def test_a_shared_quotation_and_a_name_on_one_day_make_one_event() -> None:
    wire = profile(REPORTS[0])
    assert evidence(wire, profile(_brief(DAY))).score >= SAME_EVENT
    # The same words a day later may be a follow-up recalling them; without the quotation, one
    # name and a few words in common are not enough.
    assert evidence(wire, profile(_brief(NEXT_DAY))).score < SAME_EVENT
    assert evidence(wire, profile(_brief(DAY, quoted=False))).score < SAME_EVENT
    # The same words quoted of someone else, elsewhere: a quotation alone names no event.
    leaflet = _article("Ferry fares to rise in Kilbrae",
                       "Ferry fares to Kilbrae will rise by a fifth in June, the island council said on Tuesday.",
                       f"Its leaflet reminds passengers that \"{RULING[0].lower()}{RULING[1:]}\", as councillor Morag "
                       "Innes put it, and that every new fare is published a month ahead.",
                       outlet="Island Times")
    assert evidence(wire, profile(leaflet)).score < SAME_EVENT
    # Undated reports: no day to hold the quotation to.
    undated = _article(REPORTS[0].title, *REPORTS[0].paragraphs, outlet=REPORTS[0].outlet, published=None)
    assert evidence(profile(undated), profile(_brief(None))).score < SAME_EVENT


def test_a_small_amount_of_money_is_a_figure_a_small_count_is_not() -> None:
    for text in ("a 9-dollar levy", "a levy of 9 euros", "a levy of $9", "a levy of €9 a night"):
        assert profile(_article("Levy", f"Skippers in Dunmore pay {text}.", outlet="Example Wire")).of_kind("f") == ["9"]
    assert profile(_article("Levy", "Skippers in Dunmore pay for 9 nights.", outlet="Example Wire")).of_kind("f") == []
