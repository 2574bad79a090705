"""Stories: a day of wire briefs of one kind (results, money supply, dividends) is one story per
firm or country, and one agency's copy is one story however each outlet dressed it."""

from __future__ import annotations

import random
import sqlite3
from functools import partial
from pathlib import Path

import pytest

from core.library.store import MIGRATIONS, Library
from core.reading import Item, gather
from core.stories.cluster import evidence, group, profile
from tests.story_groups import article

DATA = Path(__file__).parent / "data" / "stories"

#: Invented days of wire copy (tests/data/stories): the file and how many events it reports.
DAYS = {
    "day-earnings.jsonl": 5,  # five firms' results tables: "Shr", "Net", "Revs", "mln", "vs", "qtr"
    "day-money-supply.jsonl": 4,  # four countries' money supply: "M-1", "pct", "central bank"
    "day-dividends.jsonl": 5,  # five firms' dividends, one pay date, two of one amount; the firm only in a capitals headline
    "day-one-sector.jsonl": 3,  # three oil firms of one city, listed on one exchange, in one oil field
    "day-ratings.jsonl": 4,  # one agency's ratings of four firms: every brief names "Moody's Investors Service"
}
#: Invented copies of one agency's report by several outlets: the files (added in one run).
COPIES = {
    "note": ["copy-note-a.txt", "copy-note-b.html"],  # other headline and byline, an editor's note, text and HTML
    "trimmed": ["copy-trimmed-a.html", "copy-trimmed-b.html"],  # the second outlet ran the first three of six paragraphs
    "three": ["copy-three-outlets.jsonl"],  # three outlets in JSON Lines, one with its own headline and a local paragraph
    "brief": ["copy-brief-a.txt", "copy-brief-b.html"],  # a two-paragraph brief
}


def _read(*names: str) -> list[Item]:
    items = [i for i in gather([str(DATA / n) for n in names], fetch=None) if isinstance(i, Item)]
    assert items
    return items


_article = partial(article, outlet="Example Wire")


@pytest.mark.parametrize("name", sorted(DAYS))
@pytest.mark.parametrize("seed", [0, 1])
def test_a_day_of_briefs_of_one_kind_is_one_story_per_firm_in_any_order(tmp_path: Path, name: str, seed: int) -> None:
    items = _read(name)
    random.Random(seed).shuffle(items)
    articles = [i.article for i in items]
    assert len(group([profile(a) for a in articles], keys=[a.id for a in articles])) == DAYS[name]
    with Library(tmp_path / "lib.sqlite") as library:
        for item in items:
            library.add(item.article, source=item.source)
        assert library.counts() == (DAYS[name], len(items))


@pytest.mark.parametrize("case", sorted(COPIES))
def test_copies_of_one_agency_report_are_one_story_of_several_articles_in_any_order(tmp_path: Path, case: str) -> None:
    items = _read(*COPIES[case])
    for k, order in enumerate((items, items[::-1])):
        with Library(tmp_path / f"lib{k}.sqlite") as library:
            added = [library.add(i.article, source=i.source) for i in order]
            assert library.counts() == (1, len(items))
            story = library.story(added[0].story)
            assert len({a.outlet for a in story.articles}) == len(items)
            assert any(link.kind.value == "verbatim" for link in story.links)


def test_copies_added_in_separate_runs_join_the_story_of_the_first(tmp_path: Path) -> None:
    items = _read(*COPIES["note"])
    for item in items:
        with Library(tmp_path / "lib.sqlite") as library:
            library.add(item.article, source=item.source)
    with Library(tmp_path / "lib.sqlite") as library:
        assert library.counts() == (1, 2)


def test_a_headline_names_the_firm_a_sentence_opens_with_or_writes_in_capitals() -> None:
    opened = profile(_article("Cordell Oil raises crude prices", "Cordell Oil said it raised its prices by 50 cts a barrel."))
    assert {"n:cordell", "r:cordell oil"} <= set(opened.weights)
    capitals = profile(_article("NORCROSS TOOL CORP SETS QUARTERLY DIVIDEND", "Qtly div 25 cts vs 25 cts prior"))
    assert {"n:norcross", "n:tool", "r:norcross tool"} <= set(capitals.weights)
    assert not any(f.endswith((":corp", ":sets", ":quarterly", ":dividend")) for f in capitals.weights if f[0] in "nr")
    # a capitalised word opening a sentence-case headline alone is no name ("Police arrest ...")
    assert "n:police" not in profile(_article("Police arrest two after Elm Road raid", "Officers held two men.")).weights


def test_two_firms_notices_of_one_amount_and_date_are_two_events() -> None:
    lindell = profile(_article("LINDELL GAS CO SETS QUARTERLY DIVIDEND", "Qtly div 25 cts vs 22 cts prior", "Pay April 15",
                               "Record March 31"))
    trask = profile(_article("TRASK FOODS INC SETS QUARTERLY DIVIDEND", "Qtly div 25 cts vs 25 cts prior", "Pay April 15",
                             "Record March 31"))
    assert evidence(lindell, trask).score < 0.2
    # the same firm's notice from another outlet still joins
    again = profile(_article("Lindell Gas raises dividend", "Lindell Gas Co raised its quarterly dividend to 25 cts from 22 cts, "
                             "payable April 15 to holders of record March 31.", outlet="Utility Weekly"))
    assert evidence(lindell, again).score >= 0.2


def test_two_headlines_that_open_with_different_subjects_are_two_events() -> None:
    cordell = _article("Cordell Oil raises crude prices", "Cordell Oil Corp of Houston said it raised its prices for West "
                       "Texas crude by 50 cts a barrel, and its shares rose on the New York Stock Exchange.")
    sabine = _article("Sabine Drilling cuts jobs", "Sabine Drilling Co of Houston said it would stack 14 rigs in West "
                      "Texas and cut 600 jobs, and its shares fell on the New York Stock Exchange.")
    assert {"h:cordell", "h:oil"} <= set(profile(cordell).weights)
    assert evidence(profile(cordell), profile(sabine)).score < 0.2
    # two headlines of one event open with different names, and each report names the other's subject
    buyer = _article("Cordell Oil buys Sabine Drilling", "Cordell Oil Corp of Houston said it agreed to buy Sabine Drilling "
                     "Co for 96 mln dlrs, adding 38 rigs in West Texas.")
    sold = _article("Sabine Drilling sold for 96 mln dlrs", "Sabine Drilling Co agreed to be bought by Cordell Oil Corp "
                    "of Houston for 96 mln dlrs, the companies said.", outlet="Oil Weekly")
    assert evidence(profile(buyer), profile(sold)).score >= 0.2


def test_two_headlines_of_one_subject_about_different_objects_are_two_events() -> None:
    upgrade = _article("Moody's upgrades Hartwell Paper debt", "Moody's Investors Service Inc said it upgraded Hartwell "
                       "Paper Corp's senior debt, citing lower leverage after the sale of its packaging unit.")
    review = _article("Moody's reviews Strand Electric", "Moody's Investors Service Inc said it placed Strand Electric "
                      "Co's debt under review, citing rising costs at its generating station.")
    assert {"h:moody", "h:hartwell", "h:paper"} <= set(profile(upgrade).weights)
    assert evidence(profile(upgrade), profile(review)).score == 0
    # the same upgrade under another outlet's headline, which names nothing the other report does not
    again = _article("Hartwell Paper debt raised by Moody's", "Moody's Investors Service upgraded the senior debt of "
                     "Hartwell Paper, citing lower leverage after the sale of its packaging unit.", outlet="Timber Weekly")
    assert evidence(profile(upgrade), profile(again)).score >= 0.2


def test_an_older_library_is_profiled_again_with_its_headlines_names(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        for item in _read("day-dividends.jsonl"):
            library.add(item.article, source=item.source)
        assert library.counts() == (5, 5)
    with sqlite3.connect(path) as old:  # as the schema before left it: no firm's name read from a headline in capitals
        for article_id_, features in old.execute("SELECT id, features FROM articles").fetchall():
            kept = "\x1f".join(f for f in features.split("\x1f") if f[:2] not in ("n:", "r:", "m:"))
            old.execute("UPDATE articles SET features = ? WHERE id = ?", (kept, article_id_))
        # the schema before the last migration that profiles every article again (later ones may follow)
        before = max(n for n, steps in enumerate(MIGRATIONS) if "DELETE FROM evidence" in steps)
        old.execute(f"PRAGMA user_version = {before}")
    old.close()
    with Library(path) as library:
        assert library.version == len(MIGRATIONS) and library.integrity() == "ok"
        features = [set(f.split("\x1f")) for (f,) in library._db.execute("SELECT features FROM articles").fetchall()]
        assert sum("r:norcross tool" in f for f in features) == 1
        assert library.counts() == (5, 5)
