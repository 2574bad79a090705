"""Stories by event (core.stories.cluster and the library's incremental path): names, figures, order."""

from __future__ import annotations

import json
import random
import sqlite3
from functools import partial
from pathlib import Path

import pytest

from core.reading import Item, gather
from core.library.store import Library
from core.model import Article
from core.stories.cluster import (
    ATTACH, SAME_EVENT, Profile, _cosine, _signature, attach, candidates, cluster, evidence, group, profile,
)
from tests.story_groups import article

DATA = Path(__file__).parent / "data" / "stories"


_article = partial(article, outlet="Example Wire")


#: Four events, two by two of one kind (two earthquakes, two arrests), and two firms' briefs,
#: each event told by two or three outlets in their own words. Undated: names, places and
#: figures must tell them apart.
EVENTS: dict[str, list[Article]] = {
    "quake-norvale": [
        _article("Strong quake shakes Norvale", "A magnitude 6.4 earthquake struck near the town of Norvale on Tuesday, "
                 "damaging the old Kettering Bridge and cutting power to 12,000 homes, the Meridian Seismic Institute said.",
                 "Mayor Ellen Vasquez said rescue teams were searching two collapsed buildings.", outlet="Daily Ledger"),
        _article("Norvale earthquake damages bridge", "The 6.4 quake hit Norvale shortly after dawn, officials said, and the "
                 "Kettering Bridge was closed to traffic.", "Ellen Vasquez, the mayor, asked residents to stay out of the old town.",
                 outlet="Coast Courier"),
        _article("Thousands without power after Norvale tremor", "About 12,000 homes in Norvale lost power when a strong "
                 "earthquake hit the region on Tuesday, according to the Meridian Seismic Institute.", outlet="Bay Times"),
    ],
    "quake-ostrava": [
        _article("Earthquake rattles Pellam valley", "An earthquake of magnitude 5.1 shook the Pellam valley on Sunday, "
                 "cracking walls in the village of Lisbury, the Meridian Seismic Institute said.",
                 "No injuries were reported, said regional governor Tomas Brandt.", outlet="Daily Ledger"),
        _article("Lisbury walls cracked by 5.1 quake", "Residents of Lisbury in the Pellam valley said the 5.1 tremor woke "
                 "them before dawn.", "Governor Tomas Brandt said engineers would inspect the school.", outlet="Bay Times"),
    ],
    "arrest-harlow": [
        _article("Former treasurer arrested over missing funds", "Police in Granton arrested former city treasurer Martin "
                 "Harlow on Friday over 3.2 million dollars missing from the harbour fund, a police spokesman said.",
                 outlet="Coast Courier"),
        _article("Granton ex-treasurer Harlow held", "Martin Harlow, who ran Granton's finances until March, was held over "
                 "the 3.2 million missing from the harbour fund.", "His lawyer, Ruth Okafor, said he would fight the charges.",
                 outlet="Daily Ledger"),
    ],
    "arrest-denby": [
        _article("Police arrest suspect in Denby robbery", "Police arrested a 34-year-old man on Thursday over the robbery "
                 "of the Denby Savings branch on Elm Road, where 48,000 dollars was taken.", outlet="Bay Times"),
        _article("Arrest made after Denby bank raid", "A man of 34 was arrested over the Denby Savings raid on Elm Road, "
                 "police said, and most of the 48,000 dollars was found.", outlet="Coast Courier"),
    ],
    "brief-harbour-foods": [
        _article("Harbour Foods sees lower profit", "CLEVELAND - Harbour Foods Inc said it expects first quarter profit to "
                 "fall because of higher costs for grain, the company said on Monday.",
                 "Harbour Foods Inc earned 12.6 mln dlrs in the first quarter of last year.", outlet="Example Wire"),
    ],
    "brief-coastline": [
        _article("Coastline Bank files branch plan", "HOUSTON - Coastline Bank Inc said on Monday it filed an application "
                 "to link its 31 branches into a single network.",
                 "Coastline Bank Inc said it expects a decision within 90 days, the company said.", outlet="Example Wire"),
    ],
}


def _truth() -> set[frozenset[str]]:
    return {frozenset(a.id for a in articles) for articles in EVENTS.values()}


def _all() -> list[Article]:
    return [a for articles in EVENTS.values() for a in articles]


def test_a_particle_between_two_full_names_joins_neither() -> None:
    # Dutch "van" (of, from), Spanish "y" (and) between two people each named in full: two runs of
    # names, not one; after a first name alone, or before a surname alone, it is the name's own.
    dutch = profile(_article(
        "Brief aan de minister kwam te laat",
        "De brief van Lotte Brandsma van Joris de Wit kwam pas dinsdag aan, zei woordvoerder Pieter van den Berg.",
    ))
    english = profile(_article(
        "Envoys meet at the airport",
        "The two envoys, Sofia Reyes y Marta Lind, were seen at the Charles de Gaulle Airport on the way to "
        "a talk with the painter Rembrandt Harmsz van Rijn about his new exhibition.",
    ))
    runs = set(dutch.of_kind("r")) | set(english.of_kind("r"))
    assert {"lotte brandsma", "joris de wit", "pieter van den berg", "sofia reyes", "marta lind"} <= runs
    assert {"charles de gaulle airport", "rembrandt harmsz van rijn"} <= runs
    assert not any(" van joris" in r or " y marta" in r for r in runs)


def test_corporate_suffixes_honorifics_weekdays_and_newsroom_words_are_not_names() -> None:
    found = profile(_article(
        "Mr Jonas Whitfield joins Harbour Foods Inc", "CLEVELAND (Reuters) - Harbour Foods Inc said on Monday that "
        "President Jonas Whitfield, 54, would join the board in March, Reuters reported.",
        "Editing by Sam Lee; Reporting by Ana Ruiz",
    ))
    names = set(found.of_kind("n"))
    assert {"whitfield", "jonas", "harbour", "foods"} <= names
    assert not names & {"inc", "mr", "president", "monday", "march", "reuters", "editing", "reporting"}
    assert "jonas whitfield" in found.of_kind("r") and "harbour foods" in found.of_kind("r")
    # The outlet's own name, written in its report, is no participant.
    own = profile(_article("Ferry strike ends", "Ferry crews told the Bay Times that Dana Okoro led the talks.", outlet="Bay Times"))
    assert "okoro" in own.of_kind("n") and not {"bay", "times"} & set(own.of_kind("n")) and "bay times" not in own.of_kind("r")


def test_two_firms_briefs_that_share_only_wire_words_are_not_one_event() -> None:
    [foods] = EVENTS["brief-harbour-foods"]
    [bank] = EVENTS["brief-coastline"]
    assert evidence(profile(foods), profile(bank)).score == 0


def test_a_town_and_its_club_are_no_shared_party_of_two_briefs() -> None:
    # A tester's briefs from one city: a warehouse fire in "the Portsea docks" and "Portsea United"
    # signing a goalkeeper shared only "Portsea" (and "Thursday"), and were one story.
    fire = _article("Fire destroys warehouse in Portsea docks", "A fire destroyed a timber warehouse in the Portsea docks "
                    "overnight, sending smoke across the city centre, the fire service said on Thursday.",
                    "No one was hurt, and the cause of the fire is being investigated.")
    club = _article("Portsea United sign goalkeeper on loan", "Portsea United have signed goalkeeper Milan Placeholder on "
                    "loan until the end of the season, the club said on Thursday.", "The 24-year-old will be available for Saturday's match.")
    assert evidence(profile(fire), profile(club)).score == 0
    # the club's match, reported twice, is one party's: its run is shared
    match = _article("Portsea United win at home", "Portsea United beat Kessel 2-0 on Saturday with goals from Milan Placeholder.")
    assert evidence(profile(club), profile(match)).score > SAME_EVENT


def test_the_case_of_two_company_briefs_makes_two_stories(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        for item in gather([str(DATA / "03-mega-story.jsonl")], fetch=None):
            assert isinstance(item, Item)
            library.add(item.article, source=item.source)
        assert library.counts() == (2, 2)


def test_events_of_one_kind_are_told_apart_without_dates() -> None:
    articles = _all()
    groups = group([profile(a) for a in articles], keys=[a.id for a in articles])
    assert {frozenset(articles[i].id for i in g) for g in groups} == _truth()


def test_reports_that_give_one_events_shares_differently_are_one_event() -> None:
    # The count and a broadcaster's exit poll: every share differs (52.4 / 53, 47.6 / 47, 41.2 / about
    # 40), and a disagreement is what a reader compares outlets for, not a sign of two events.
    count = _article("Marovic wins Velmora mayoral runoff", "Lena Marovic of the Green Alliance won the Velmora mayoral "
                     "runoff on Sunday with 52.4 percent of the vote, against 47.6 percent for Petar Sokol, the city "
                     "electoral commission said.", "Turnout was 41.2 percent, down from 44.9 percent in the first round, "
                     "with 97 percent of polling stations counted.", "Sokol did not concede. \"We will wait for every vote "
                     "to be counted,\" he told supporters at the Hotel Dravska.", "Marovic, 44, is the first woman to lead "
                     "Velmora, a city of 770,000 people.", outlet="Continental Press", published="2026-06-07")
    poll = _article("Marovic wins Velmora runoff, exit poll says", "Lena Marovic has won the Velmora mayoral race with 53 "
                    "percent of the vote, according to an exit poll for Radio Velmora One.", "Petar Sokol got 47 percent.",
                    "Turnout was about 40 percent.", "Sokol told reporters: \"We will wait for every vote to be counted.\"",
                    outlet="Velmora Broadcasting", published="2026-06-07")
    assert evidence(profile(count), profile(poll)).score >= SAME_EVENT
    assert len(group([profile(count), profile(poll)], keys=[count.id, poll.id])) == 1
    # Bare numbers say not what they count: close ones still tell two earthquakes apart.
    norvale = _article("Quake of 6.4 shakes Norvale", "A magnitude 6.4 earthquake struck near Norvale on Tuesday, cutting "
                       "power to 12,000 homes and closing the Kettering Bridge, the Meridian Seismic Institute said.",
                       "Mayor Ellen Vasquez said 23 people were hurt.", outlet="Daily Ledger", published="2026-03-03")
    pellam = _article("Quake of 6.2 shakes Pellam valley", "A magnitude 6.2 earthquake struck the Pellam valley on "
                      "Thursday, cutting power to 11,800 homes and closing the Lisbury road, the Meridian Seismic Institute "
                      "said.", "Governor Tomas Brandt said 24 people were hurt.", outlet="Bay Times", published="2026-03-05")
    assert evidence(profile(norvale), profile(pellam)).score < SAME_EVENT


def test_a_figure_keeps_its_scale_however_it_is_written() -> None:
    found = profile(_article("Ellery guilty in $1.8m bribery case", "The jury found that Ellery took $1.8m in bribes.",
                             "Unemployment rose to 7.1%, and Sokol got 47 percent.", "The firm lost 4.2bn, its rival 3k."))
    figures = set(found.of_kind("f"))
    assert {"1.8 million", "7.1 percent", "47 percent", "4.2 billion", "3 thousand"} <= figures
    assert not figures & {"1 million", "7.1", "47", "4 billion"}


def test_a_library_made_before_figures_kept_their_scale_is_profiled_again(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    report = _article("Jobless rate rises", "Unemployment in Harwick rose to 7.1%, Mayor Ines Calder said.")
    with Library(path) as library:
        library.add(report, source=report.path)
    with sqlite3.connect(path) as old:  # as schema 17 stored it: "7.1%" was a bare 7.1
        old.execute("UPDATE articles SET features = replace(features, 'f:7.1 percent', 'f:7.1')")
        old.execute("PRAGMA user_version = 17")
    old.close()
    with Library(path) as library:
        [(features,)] = library._db.execute("SELECT features FROM articles").fetchall()
        assert "f:7.1 percent" in features.split("\x1f") and "f:7.1" not in features.split("\x1f")


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_the_groups_do_not_depend_on_the_order_of_the_articles(seed: int) -> None:
    articles = _all()
    random.Random(seed).shuffle(articles)
    groups = group([profile(a) for a in articles], keys=[a.id for a in articles])
    assert {frozenset(articles[i].id for i in g) for g in groups} == _truth()


def _library_groups(library: Library) -> set[frozenset[str]]:
    return {frozenset(a.id for a in library.story(s.id).articles) for s in library.stories()}


def test_a_library_gets_the_same_stories_whatever_order_articles_are_added_in(tmp_path: Path) -> None:
    # Near misses too: a third Norvale report that shares little with the first, so only the
    # others hold it in the story (the order of adding must not matter there either).
    extra = _article("Norvale bridge to stay shut for weeks", "Engineers said the Kettering Bridge in Norvale would stay "
                     "closed for weeks after the earthquake.", outlet="Harbour Wire")
    articles = [*_all(), extra]
    results = []
    for seed in range(4):
        order = list(articles)
        random.Random(seed).shuffle(order)
        with Library(tmp_path / f"lib{seed}.sqlite") as library:
            for a in order:
                library.add(a, source=a.path)
            results.append(_library_groups(library))
    assert all(r == results[0] for r in results)
    assert frozenset(a.id for a in (*EVENTS["quake-norvale"], extra)) in results[0]
    assert all(g in results[0] for g in _truth() if not g & {a.id for a in EVENTS["quake-norvale"]})
    # Added without grouping, then grouped in one run (an archive's part): the same stories.
    with Library(tmp_path / "batch.sqlite") as library:
        for a in articles:
            library.add(a, source=a.path, link=False, group=False)
        assert len(library.stories()) == len(articles)  # each in a story of its own until grouped
        library.group_added()
        assert _library_groups(library) == results[0]


def test_a_user_merge_and_split_are_kept_when_more_articles_come(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        for a in [*EVENTS["arrest-harlow"], *EVENTS["arrest-denby"], *EVENTS["quake-norvale"][:2]]:
            library.add(a, source=a.path)
        story_of = {a.id: library.story_of(a.id) for a in _all() if library.story_of(a.id)}
        harlow, denby = (story_of[EVENTS[k][0].id] for k in ("arrest-harlow", "arrest-denby"))
        assert harlow != denby
        library.merge(harlow, [denby])  # the user says: one story (say, a crime round-up)
        quake = story_of[EVENTS["quake-norvale"][0].id]
        library.split(quake, [EVENTS["quake-norvale"][1].id])  # and: these two apart
        split_off = library.story_of(EVENTS["quake-norvale"][1].id)
        library.rename(quake, "Norvale quake, first report")
        # More coverage of the same events arrives.
        third = EVENTS["quake-norvale"][2]
        another = _article("Denby raid suspect in court", "The man arrested over the Denby Savings raid on Elm Road "
                           "appeared in court, where the 48,000 dollars taken was mentioned.", outlet="Daily Ledger")
        library.add(third, source=third.path)
        library.add(another, source=another.path)
        assert library.story_of(EVENTS["arrest-denby"][0].id) == library.story_of(EVENTS["arrest-harlow"][0].id) == harlow
        assert library.story_of(another.id) == harlow
        assert library.story_of(EVENTS["quake-norvale"][0].id) == quake != library.story_of(EVENTS["quake-norvale"][1].id)
        assert library.story_of(EVENTS["quake-norvale"][1].id) == split_off
        assert library.find_story(quake).title == "Norvale quake, first report"


def test_cluster_keeps_fixed_groups_together_and_apart() -> None:
    scores = {(0, 1): 0.9, (1, 2): 0.9, (2, 3): 0.9, (0, 3): 0.9, (0, 2): 0.9, (1, 3): 0.9}
    assert cluster(4, scores) == [[0, 1, 2, 3]]
    assert cluster(4, scores, fixed=[[0, 1], [2, 3]]) == [[0, 1], [2, 3]]
    assert cluster(4, scores, fixed=[[0, 3]]) == [[0, 1, 2, 3]]
    assert cluster(3, {(0, 1): 0.9, (1, 2): 0.3}, threshold=0.5) == [[0, 1], [2]]
    # A chain of strong pairs does not join groups whose average evidence is weak.
    chain = {(i, i + 1): 0.5 for i in range(5)}
    assert len(cluster(6, chain, threshold=0.4)) > 1


def test_two_outlets_copies_of_one_wire_story_are_both_kept_and_grouped(tmp_path: Path) -> None:
    pages = [str(DATA / "02-syndicated-a.html"), str(DATA / "02-syndicated-b.html")]
    with Library(tmp_path / "lib.sqlite") as library:
        added = [library.add(i.article, source=i.source) for i in gather(pages, fetch=None) if isinstance(i, Item)]
        assert [a.new for a in added] == [True, True]
        assert library.counts() == (1, 2)
        story = library.story(added[0].story)
        assert len({a.outlet for a in story.articles}) == 2
        assert sum(1 for l in story.links if l.kind.value == "verbatim") >= 3
        assert not any(library.add(i.article, source=i.source).new for i in gather(pages, fetch=None) if isinstance(i, Item))


def test_stories_and_story_show_say_what_holds_a_story_together(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        for a in [*EVENTS["quake-norvale"], *EVENTS["brief-coastline"]]:
            library.add(a, source=a.path)
        quake = library.story_of(EVENTS["quake-norvale"][0].id)
    capsys.readouterr()
    assert main(["stories", "--json", "--library", str(path)]) == 0
    listed = {s["id"]: s for s in json.loads(capsys.readouterr().out)}
    why = listed[quake]["why"]
    assert {"name": "Norvale", "articles": 3} in why["names"]
    assert {"name": "Kettering Bridge", "articles": 2} in why["names"]
    assert {"figure": "6.4", "articles": 2} in why["figures"]
    assert all(not s["why"]["names"] for i, s in listed.items() if i != quake)  # one article: nothing shared
    assert main(["story", "show", str(quake), "--library", str(path)]) == 0
    shown = capsys.readouterr().out
    assert "why: its articles share names Norvale (3), Kettering Bridge (2)" in shown
    assert "shares Norvale, Meridian Seismic Institute" in shown
    # A split keeps the grounds of both sides up to date.
    with Library(path) as library:
        library.split(quake, [EVENTS["quake-norvale"][2].id])
        assert ("Norvale", 2) in library.grounds(quake).names


def test_nationalities_and_words_written_only_before_names_are_not_shown_as_shared_names(tmp_path: Path) -> None:
    # One event told by two outlets: a nationality ("Veldish", said as "Brazilian" here) and a
    # word that only opens a name ("Foreign" of "the Foreign Ministry", also in a title-case
    # headline) are shared, but they say who only inside their runs.
    a = _article("Brazilian Foreign Ministry Protests Over Detained Sailors",
                 "The Brazilian Foreign Ministry summoned the envoy of Tarsland on Monday after the coast guard of "
                 "Tarsland detained 14 Brazilian sailors near Port Aldane.",
                 "Foreign Ministry spokesman Paulo Reis said the crew of the trawler Santa Lidia had broken no law.",
                 outlet="Coast Courier")
    b = _article("Tarsland holds Brazilian trawler crew",
                 "The coast guard of Tarsland held the 14 Brazilian crew of the trawler Santa Lidia off Port Aldane, and "
                 "Brazil's Foreign Ministry protested.", "Families of the Brazilians gathered outside the harbour office.",
                 outlet="Bay Times")
    found = profile(a)
    assert {"brazilian", "foreign", "tarsland", "reis"} <= set(found.of_kind("n"))  # they still weigh as names
    assert {"brazilian", "foreign"} <= set(found.of_kind("m")) and not {"tarsland", "reis", "ministry"} & set(found.of_kind("m"))
    assert "brazilians" in profile(b).of_kind("m") and "brazil" not in profile(b).of_kind("m")  # "Brazil's Foreign Ministry"
    shared = evidence(found, profile(b))
    assert shared.score > 0 and "tarsland" in shared.names and "santa lidia" in shared.names
    assert not {"brazilian", "foreign"} & set(shared.names)
    with Library(tmp_path / "lib.sqlite") as library:
        for article in (a, b):
            library.add(article, source=article.path)
        [story] = library.stories()
        names = {n for n, _ in library.grounds(story.id).names}
        assert {"Tarsland", "Santa Lidia", "Port Aldane"} <= names
        assert not names & {"Brazilian", "Foreign"}
        assert all(not {"Brazilian", "Foreign"} & set(shown) for shown in library.grounds(story.id).articles.values())


def test_a_name_is_shared_whole_not_cut_at_an_abbreviations_stop_or_before_its_last_word(tmp_path: Path) -> None:
    """A fresh user's story listed "St" (of "St. Birgitta") and "MV Lindqvist" (of "MV Lindqvist
    Star") as shared names: an abbreviation's stop ended the sentence and the name, and "Star"
    (a word written before names, "star striker") ended the ship's name."""
    a = _article("Ferry capsizes on Lake Orvan",
                 "The MV Tessa Star capsized on Lake Orvan on Tuesday, and 40 people were taken to St. Birgitta "
                 "hospital, where surgeon Ilse Varn said three were in a critical state.", outlet="Orvan Herald")
    b = _article("Dozens hurt as ferry overturns",
                 "Doctors at St. Birgitta hospital said the Tessa Star had overturned on Lake Orvan with 212 people "
                 "aboard; 40 were hurt, surgeon Ilse Varn said.", outlet="Northern Post")
    shared = evidence(profile(a), profile(b))
    assert {"st birgitta", "tessa star", "ilse varn", "lake orvan"} <= set(shared.names)
    assert not {"st", "mv", "mv tessa", "birgitta", "tessa", "ilse"} & set(shared.names)
    assert "star" not in profile(_article("Star striker Kane scores twice", "Star striker Kane scored twice on Sunday.")).of_kind("n")
    with Library(tmp_path / "lib.sqlite") as library:
        for article in (a, b):
            library.add(article, source=article.path)
        [story] = library.stories()
        names = {n for n, _ in library.grounds(story.id).names}
    assert {"St. Birgitta", "Tessa Star", "Ilse Varn", "Lake Orvan"} <= names and not {"St", "MV Tessa"} & names


#: One event told at length twice and in one short sentence that names only the town, and
#: another event of the kind elsewhere.
MILL_FIRE = [
    _article("Fire destroys Dunmore textile mill", "A fire destroyed the Dunmore textile mill of Carrow Textiles overnight, "
             "and 40 workers were sent home, chief fire officer Hanna Lind said.", "Carrow Textiles said the mill would be rebuilt.",
             outlet="Daily Ledger"),
    _article("Carrow mill fire leaves 40 idle", "Hanna Lind, who led the fire crews, said the blaze at the Carrow Textiles "
             "mill in Dunmore began in a store room.", outlet="Bay Times"),
    _article("Mill fire", "A blaze gutted a textile mill in Dunmore overnight, fire crews said.", outlet="Coast Courier"),
]
MILL_STRIKE = _article("Ashby mill workers strike", "Workers at the Ashby paper mill of Brenner Paper walked out on Monday "
                       "over pay, union leader Omar Sayed said.", "Brenner Paper said talks would go on.", outlet="Bay Times")


def test_a_short_report_sharing_one_name_joins_its_event() -> None:
    articles = [*MILL_FIRE, MILL_STRIKE]
    found = [profile(a) for a in articles]
    assert [f for f in found[2].weights if f[0] == "k"] == ["k:n:dunmore"]  # one key: a short report
    assert not any(f[0] == "k" for f in found[0].weights)
    assert (0, 2) in candidates(found) and (1, 2) in candidates(found)
    assert group(found, keys=[a.id for a in articles]) == sorted([sorted([0, 1, 2], key=lambda i: articles[i].id), [3]],
                                                                 key=lambda g: articles[g[0]].id)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_library_finds_a_short_report_by_one_name_in_any_order(tmp_path: Path, seed: int) -> None:
    articles = [*MILL_FIRE, MILL_STRIKE, *EVENTS["quake-norvale"]]
    random.Random(seed).shuffle(articles)
    with Library(tmp_path / "lib.sqlite") as library:
        for a in articles:
            library.add(a, source=a.path)
        assert _library_groups(library) == {frozenset(a.id for a in MILL_FIRE), frozenset({MILL_STRIKE.id}),
                                            frozenset(a.id for a in EVENTS["quake-norvale"])}


def test_the_outlets_own_name_written_before_other_names_is_neither_name_nor_mark(tmp_path: Path) -> None:
    a = _article("Ferry strike ends", "Crews told Bay Times Radio that Dana Okoro of the Pier Union led the talks in Wexmoor.",
                 outlet="Bay Times")
    b = _article("Wexmoor ferries sail again", "Dana Okoro of the Pier Union told Bay Times Radio the crews were back in Wexmoor.",
                 outlet="Bay Times")
    found = profile(a)
    assert not {"bay", "times"} & (set(found.of_kind("n")) | set(found.of_kind("m")))
    with Library(tmp_path / "lib.sqlite") as library:  # the story's grounds are worked out without tripping on it
        for article in (a, b):
            library.add(article, source=article.path + article.title)
        [story] = library.stories()
        # "Okoro" of both, listed with her full name as both print it (core.library.store.whole_names)
        assert {("Pier Union", 2), ("Dana Okoro", 2), ("Wexmoor", 2)} <= set(library.grounds(story.id).names)


#: Two events with one player, one week and the same clubs: the Harbor Hawks' offer to Dario
#: Velez and, days later, his signing with the Pine City Comets. Each report recalls the other
#: club in its later paragraphs; what its title and first paragraphs name says which event it is.
OFFER_AND_SIGNING: dict[str, list[Article]] = {
    "offer": [
        _article("Harbor Hawks make offer to Velez", "The Harbor Hawks have made a five-year offer to free agent "
                 "pitcher Dario Velez, club president Anton Mirek told reporters at Kellan Park.",
                 "Mirek said the offer was the largest in the club's history and that he expected an answer before the "
                 "winter meetings.",
                 "The Hawks finished third in the Western League last season after losing the semifinal to the Granite Bay Seals.",
                 "Hawks fans gathered outside Kellan Park in Oldmere, where mayor Pavel Horn welcomed the bid.",
                 "The club's scout Omar Reyes first saw Velez pitch for the Tidewater Gulls in the Coastal Series.",
                 "General manager Rosa Lind said the 90 million dollar offer would stand until Friday.",
                 "Velez has also drawn interest from the Pine City Comets.", outlet="Daily Ledger"),
        _article("Hawks bid for Velez", "Anton Mirek confirmed that the Harbor Hawks offered Dario Velez a five-year deal.",
                 "The team hopes to hear back within days, Mirek said after a meeting with the pitcher's family at Kellan Park.",
                 "The Hawks lost to the Granite Bay Seals in the Western League semifinal.",
                 "Mayor Pavel Horn of Oldmere backed the bid outside Kellan Park.",
                 "Scout Omar Reyes had followed Velez since the Coastal Series with the Tidewater Gulls.",
                 "The offer is worth 90 million dollars, Rosa Lind said.",
                 "The Pine City Comets are said to be interested too.", outlet="Coast Courier"),
    ],
    "signing": [
        _article("Velez signs with Pine City Comets", "Dario Velez has signed with the Pine City Comets, manager Ivo Sand "
                 "said at the Marston Arena.", "Sand said Velez would pitch the opening game and passed his medical on Monday.",
                 "The Comets won the Northern Cup last year under coach Lena Voss, who will work with Velez at the "
                 "Marston Arena.",
                 "Fans in Pine City cheered at Marston Arena, and governor Edith Crane called it a great day for Northvale.",
                 "Velez passed his medical with team doctor Nadia Frost at the Halvorsen Clinic on Monday.",
                 "Owner Felix Arno said the contract was worth 120 million dollars over seven years.",
                 "Velez turned down an offer from the Harbor Hawks.", outlet="Bay Times"),
        _article("Comets land Velez", "The Pine City Comets completed the signing of the pitcher, manager Ivo Sand said "
                 "at the Marston Arena.", "Velez will join his new teammates for training this week, Sand said.",
                 "Coach Lena Voss led the Comets to the Northern Cup last year.",
                 "Governor Edith Crane said Northvale had waited years for such a signing, as fans cheered in Pine City.",
                 "Dr Nadia Frost examined Velez at the Halvorsen Clinic before he signed.",
                 "The seven-year contract is worth 120 million dollars, owner Felix Arno said.",
                 "The Harbor Hawks had also made an offer.", outlet="Metro Herald"),
    ],
}


def test_the_lead_says_which_of_two_events_of_the_same_people_a_report_is_about() -> None:
    articles = [a for group_ in OFFER_AND_SIGNING.values() for a in group_]
    groups = group([profile(a) for a in articles], keys=[a.id for a in articles])
    assert {frozenset(articles[i].id for i in g) for g in groups} == {
        frozenset(a.id for a in group_) for group_ in OFFER_AND_SIGNING.values()
    }


def test_the_leads_names_and_figures_count_again_and_a_later_paragraphs_names_do_not() -> None:
    found = profile(OFFER_AND_SIGNING["offer"][0])
    assert {"l:r:harbor hawks", "l:r:dario velez", "l:r:anton mirek", "l:n:velez", "l:r:kellan park"} <= found.weights.keys()
    assert "n:comets" in found.weights and "l:n:comets" not in found.weights  # only in the last paragraph
    assert "f:90 million" in found.weights and "l:f:90 million" not in found.weights
    assert not any(f.startswith("l:w:") or f.startswith("l:t:") for f in found.weights)


def test_two_unrelated_reports_that_lead_with_one_town_stay_apart() -> None:
    council = _article("Brennick council approves ferry terminal", "The council of Brennick voted on Monday to approve "
                       "the new ferry terminal, ending a dispute that divided 640 families of the district.",
                       "Mayor Oskar Lindqvist said the terminal would cost 212 million marks, shared with the province.",
                       "Residents gathered at the town hall on Tuesday evening to hear the plan for the terminal, which "
                       "engineers from Halden Marine said would open in spring.",
                       "Opponents said they would take the decision to the provincial court.", outlet="Harbour Gazette")
    chess = _article("Chess final drawn", "The regional chess championship in Brennick ended on Sunday with a draw "
                     "between the two finalists.", "Organisers said the event drew a record crowd to the old grain exchange, "
                     "and the next championship will be held in Quillon in the autumn.",
                     outlet="Harbour Gazette")
    first, second = profile(council), profile(chess)
    assert "l:n:brennick" in first.weights and "l:n:brennick" in second.weights
    assert evidence(first, second).score < SAME_EVENT
    assert len(group([first, second], keys=[council.id, chess.id])) == 2


#: Five reports of one ferry grounding, each naming some of its people and places (the ship, its
#: operator, its captain, the coastguard officer, the port, the island), and one from another angle
#: (the seafarers' union) that names a few of them deep in its text: pair by pair it shares too
#: little with most of them to join them on average, but it matches what they say together. Then
#: another event in the same port, which the same coastguard officer speaks for.
FERRY = [
    _article("Ferry runs aground off Dunmarrow", "The ferry Saint Brigid, run by Kestrel Lines, ran aground outside the "
             "harbour of Dunmarrow on Friday with 212 passengers on board.", "Tugs from Dunmarrow pulled the Saint Brigid "
             "free at high tide, and Kestrel Lines cancelled its evening sailings.", outlet="Daily Ledger"),
    _article("Fourteen hurt as Saint Brigid hits rocks", "Fourteen people were hurt when the Saint Brigid struck rocks near "
             "Dunmarrow, coastguard officer Ria Mendel said.", "Mendel said the 14 injured were taken to hospital in Dunmarrow "
             "by lifeboat.", outlet="Coast Courier"),
    _article("Kestrel Lines captain stood down", "Kestrel Lines has stood down Owen Falk, the captain of its ferry on the "
             "Skellig Ness crossing, after the vessel ran aground with 212 passengers.", "Falk has sailed the route from "
             "Skellig Ness for eleven years, Kestrel Lines said.", outlet="Bay Times"),
    _article("Coastguard praises Skellig Ness islanders", "Ria Mendel of the coastguard thanked islanders from Skellig Ness "
             "who took boats out to the Saint Brigid after it hit the rocks.", "Fourteen passengers, 14 in all, were hurt, "
             "Mendel said.", outlet="Harbour Post"),
    _article("Investigators board grounded ferry", "Marine investigators boarded the Kestrel Lines ferry in Dunmarrow to "
             "question its captain, Owen Falk, and his crew.", "The 14 passengers hurt have all left hospital, Kestrel Lines "
             "said.", outlet="Valley Herald"),
]
FERRY_UNION = _article("Seafarers' union calls meeting in Carrick", "The Mariners Union will hold a meeting in Carrick on "
                    "Monday.", "Its secretary, Tom Hale, asked the Harbour "
                    "Board in Carrick to publish its survey of 2019.", "He said Owen Falk, at the helm when the ferry ran aground with its passengers on the "
                    "rocks of the Skellig Ness crossing from Dunmarrow, had warned of worn charts, and that Ria Mendel of the coastguard had the warnings in writing.",
                    outlet="North Gazette")
TRAWLER = _article("Trawler sinks off Dunmarrow", "The trawler Grey Heron sank off Dunmarrow on Sunday after taking on water "
                 "in a gale, and its crew of six was lifted off by helicopter, coastguard officer Ria Mendel said.",
                 "The Heron's owner, Padraig Lusk, said it was the third boat the Dunmarrow fleet had lost this year.",
                 "Lusk said the Heron had landed cod and haddock at Brill Quay for forty years, and the Fishermen's "
                 "Cooperative would help its crew find berths.", "The Cooperative's chairwoman, Nora Quill, asked the "
                 "fisheries office in Lanark for a grant to replace the Heron before the herring season.",
                 outlet="Coast Courier")


def test_a_report_from_another_angle_joins_the_event_whose_signature_it_matches() -> None:
    articles = [*FERRY, FERRY_UNION, TRAWLER]
    found = [profile(a) for a in articles]
    keys = [a.id for a in articles]
    scores = {(i, j): evidence(found[i], found[j]).score for i, j in candidates(found)}
    # The average linkage alone leaves the union's report (and the trawler's) apart...
    alone = cluster(len(found), scores, keys=keys)
    assert [5] in alone and [6] in alone
    assert max(scores.get((i, 5), 0.0) for i in range(5)) >= SAME_EVENT  # (it is in the ferry's component)
    # ... the signature of the five takes the union's in, not the other event's.
    ferry = sorted([0, 1, 2, 3, 4, 5], key=lambda i: keys[i])
    assert sorted(group(found, keys=keys)) == sorted([ferry, [6]])
    assert attach(alone, scores, lambda chosen: [found[i] for i in chosen], keys=keys) == group(found, keys=keys)


def test_a_fragment_the_user_placed_stays_where_it_is() -> None:
    articles = [*FERRY, FERRY_UNION]
    found = [profile(a) for a in articles]
    keys = [a.id for a in articles]
    groups = group(found, keys=keys, fixed=[[5]])
    assert [5] in groups and len(groups) == 2


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_library_joins_a_report_from_another_angle_in_any_order(tmp_path: Path, seed: int) -> None:
    articles = [*FERRY, FERRY_UNION, TRAWLER, *EVENTS["quake-norvale"]]
    random.Random(seed).shuffle(articles)
    with Library(tmp_path / "lib.sqlite") as library:
        for a in articles:
            library.add(a, source=a.path)
        assert _library_groups(library) == {frozenset(a.id for a in (*FERRY, FERRY_UNION)), frozenset({TRAWLER.id}),
                                            frozenset(a.id for a in EVENTS["quake-norvale"])}


def test_a_fragment_joins_only_a_group_whose_topic_it_shares() -> None:
    # Four reports of a grounding, then two short reports naming the same captain, island and
    # officer: one of the grounding's aftermath, one of the operator's results (other topic words).
    event = ["n:dunmarrow", "n:kestrel", "r:kestrel lines", "n:brigid", "w:ferri", "w:aground", "w:passeng", "w:rock"]
    members = [Profile.of(event[:4] + ["n:falk", "w:ferri", "w:aground", "w:tide"]),
               Profile.of(event[2:] + ["n:mendel", "w:lifeboat"]),
               Profile.of(event[:3] + event[5:] + ["n:skellig"]),
               Profile.of(event + ["n:mendel", "w:hospit"])]
    names = ["n:falk", "n:skellig", "n:mendel", "n:carrick", "n:hale"]
    aftermath = Profile.of([*names, "w:union", "w:ferri", "w:aground", "w:rock", "w:meet"])
    results = Profile.of([*names, "w:profit", "w:dividend", "w:share", "w:fare", "w:meet"])
    found = [*members, aftermath, results]
    scores = {(0, 1): 0.5, (0, 2): 0.5, (0, 3): 0.5, (1, 2): 0.5, (1, 3): 0.5, (2, 3): 0.5, (3, 4): 0.3, (3, 5): 0.3}
    groups = cluster(6, scores)
    assert groups == [[0, 1, 2, 3], [4], [5]]
    # Both match the four's signature overall (through the names)...
    assert _cosine(_signature([results]), _signature(members)) >= ATTACH
    # ... but only the one that tells of the same happening joins them.
    assert attach(groups, scores, lambda chosen: [found[i] for i in chosen]) == [[0, 1, 2, 3, 4], [5]]


def test_a_fragment_joins_only_a_group_it_shares_a_detail_with() -> None:
    # Four reports of a grounding: all give the port and the operator, each some particulars.
    frame = ["n:dunmarrow", "n:kestrel", "r:kestrel lines", "w:ferri", "w:aground", "w:passeng", "w:rock"]
    members = [Profile.of([*frame, "n:falk", "f:212"]), Profile.of([*frame, "n:mendel", "f:14"]),
               Profile.of([*frame, "n:brigid", "f:212"]), Profile.of([*frame, "n:brigid", "n:mendel"])]
    # Another grounding of the same operator's ship at the same port: only the frame in common.
    another = Profile.of([*frame, "n:heron", "n:lusk", "f:40", "w:tug"])
    # A short report of the first one: the frame and one particular (the captain).
    brief = Profile.of([*frame, "n:falk", "n:carrick", "w:tug"])
    found = [*members, another, brief]
    scores = {(i, j): 0.5 for i in range(4) for j in range(i + 1, 4)} | {(0, 4): 0.3, (0, 5): 0.3}
    groups = cluster(6, scores)
    assert groups == [[0, 1, 2, 3], [4], [5]]
    assert min(_cosine(_signature([p]), _signature(members)) for p in (another, brief)) >= ATTACH  # both match...
    assert attach(groups, scores, lambda chosen: [found[i] for i in chosen]) == [[0, 1, 2, 3, 5], [4]]  # ... one joins


def test_a_fragment_joins_a_group_half_of_whose_reports_give_the_detail_it_shares() -> None:
    # Four reports of a verdict: all name the defendant, two the judge and his age; a local report
    # names the judge and the age (and its own mayor): particulars, not the frame every report gives.
    frame = ["n:ellery", "w:juri", "w:guilti", "w:briberi", "w:verdict"]
    members = [Profile.of([*frame, "n:benning", "r:carla benning", "f:61", "n:coles"]),
               Profile.of([*frame, "n:benning", "r:carla benning", "f:61", "n:reyes"]),
               Profile.of([*frame, "n:coles", "n:mintz", "f:1.8 million"]),
               Profile.of([*frame, "n:coles", "f:1.8 million"])]
    local = Profile.of([*frame, "n:benning", "r:carla benning", "f:61", "n:whitfield", "w:contract"])
    # another report that names only the defendant (another charge, weeks later)
    other = Profile.of([*frame, "n:ostrander", "f:4", "w:appeal"])
    found = [*members, local, other]
    scores = {(i, j): 0.5 for i in range(4) for j in range(i + 1, 4)} | {(0, 4): 0.35, (1, 4): 0.34, (0, 5): 0.3}
    groups = cluster(6, scores)
    assert groups == [[0, 1, 2, 3], [4], [5]]
    assert attach(groups, scores, lambda chosen: [found[i] for i in chosen]) == [[0, 1, 2, 3, 4], [5]]


def test_a_long_report_s_profile_works_out_each_distinct_word_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 33 MB file of 60,000 paragraphs spent minutes in its profile, every word of it read
    again by regular expressions though it holds few distinct ones; the profile is the same."""
    from core.stories import cluster

    body = tuple(f"The Harbour Board of Port Halden said on Tuesday {n % 7 + 20} ships waited at Quay {n % 3}, "
                 "as Mayor Ivo Marn met the Board." for n in range(2000))
    article = Article("a", "a.txt", "Nordwire", "Ships wait at Port Halden", body)
    expected = cluster.profile(article)
    calls = [0]
    real = cluster._TOKEN

    class Counting:
        def findall(self, text: str) -> list[str]:
            calls[0] += 1
            return real.findall(text)

    for cached in (cluster._word_tokens, cluster._name_word, cluster._time_word):
        cached.cache_clear()
    monkeypatch.setattr(cluster, "_TOKEN", Counting())
    ticks: list[tuple[int, int]] = []
    assert cluster.profile(article, progress=lambda done, total: ticks.append((done, total))) == expected
    words = sum(len(p.split()) for p in body)  # 40,000 words, 60 distinct ones
    assert calls[0] < 3 * len(body) + 100 < words / 4, calls  # a call per text in some passes, and one per distinct word
    assert ticks[0] == (0, 2001) and ticks[-1] == (2001, 2001) and ticks == sorted(ticks)


def test_days_and_months_of_other_languages_are_no_names() -> None:
    # A tester's German reports shared "Dienstag" as a name ("shares names Dienstag (2)").
    german = _article("Fähre läuft auf Grund", "Die Fähre Nordlicht lief am Dienstag im März vor Kessra auf Grund, teilte die Reederei mit.")
    assert {"dienstag", "märz"}.isdisjoint(profile(german).of_kind("n")) and "nordlicht" in profile(german).of_kind("n")
