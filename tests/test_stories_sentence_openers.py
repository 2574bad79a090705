"""Stories: a capitalised word that opens a sentence may be any word, and is a name of its report only
where it also stands inside a sentence. A report that writes a town's name only at the start of its
sentences ("Corvenna deal: ...", "Corvenna's terminals face ...") names the town all the same where the
other report of a pair writes it inside a sentence ("the port of Corvenna"): the two share it. Where
neither does, it stays no name."""

from __future__ import annotations

from core.stories.cluster import candidates, evidence, group, profile
from tests.story_groups import article, stories

#: The day every report here was published.
DAY = "2026-09-11T15:00:00+02:00"


#: The town only opens sentences here; the one person named is the port authority's chief.
ITEM = article(
    "Corvenna deal: backlog of 42,000 containers to take a week to clear",
    "Corvenna's container terminals face a backlog of about 42,000 containers after dockworkers and employers agreed "
    "a deal on Friday to end the nine-day strike, the port authority said.",
    "The deal gives a 6% pay rise over two years. Nine ships were still waiting at anchor.",
    'Port authority chief executive Ilse Marken said the backlog would take "about a week" to clear.',
    outlet="Quayside Ledger", published=DAY,
)
#: The same deal, the town inside its sentences, the union's leader named.
WIRE = article(
    "Dockworkers and employers agree deal to end nine-day strike",
    "Dockworkers at the port of Corvenna agreed a deal with employers on Friday to end their nine-day strike, union "
    "leader Tomas Rehn said.",
    "The deal gives a 6% pay rise over two years, and about 42,000 containers are waiting to be moved.",
    "Tomas Rehn said members would vote on the deal next week.",
    outlet="Channel Wire", published=DAY,
)
#: Another event of that day at another port, which names the town only inside a run of its own words.
CRANE = article(
    "Crane collapses at Halmstrand port, two workers injured",
    "A gantry crane collapsed at the port of Halmstrand on Friday, injuring two workers, port operator Bryn Tallis said.",
    "Halmstrand's East Basin was closed while inspectors checked the other cranes.",
    "Work at the basin had been busier since the strike at Corvenna began.",
    outlet="Channel Wire", published=DAY,
)


def test_a_name_that_only_opens_sentences_is_the_name_another_report_writes() -> None:
    item, wire = profile(ITEM), profile(WIRE)
    assert "n:corvenna" not in item.weights  # alone, its capital says nothing
    found = evidence(item, wire)
    assert "corvenna" in found.names
    assert found.score >= 0.2
    assert evidence(wire, item) == found
    assert len(group([item, wire], keys=["a", "b"])) == 1


def test_a_word_no_report_writes_inside_a_sentence_stays_no_name() -> None:
    # both open sentences with it ("Corvenna's ...", "Corvenna deal ..."): nothing says it is a name
    other = article(
        "Corvenna strike ends with 6% pay deal",
        "Corvenna's dockworkers and employers agreed a deal on Friday to end a nine-day strike, the union said.",
        "The deal gives a 6% pay rise over two years. About 42,000 containers are waiting to be moved.",
        outlet="Harbour Notes", published=DAY,
    )
    assert "corvenna" not in evidence(profile(ITEM), profile(other)).names


def test_the_other_port_stays_apart() -> None:
    profiles = [profile(a) for a in (ITEM, WIRE, CRANE)]
    groups = group(profiles, keys=["item", "wire", "crane"])
    assert sorted(map(sorted, groups)) == [[0, 1], [2]]


#: A report that writes its town only at the start of a sentence, and another that writes it inside
#: one: the town is their one key, and the opener's must look the other up.
POOL_FIRST = article(
    "Swimming pool to reopen on Saturdays from April",
    "Kelderby's public swimming pool will reopen on Saturdays from April 4 after the council found money for a "
    "lifeguard.",
    "The pool has been shut on Saturdays since 2016.",
    outlet="Fenmark Example Courier", published="2026-02-10T10:00:00Z",
)
POOL_SECOND = article(
    "Saturday swimming returns after a decade",
    "Saturday opening is returning to the public swimming pool in Kelderby, ten years after it was cut.",
    "Councillors approved the lifeguard's post at the budget meeting.",
    outlet="Kelderby Example Echo", published="2026-02-10T11:00:00Z",
)


def test_a_name_written_only_at_a_sentences_start_looks_up_the_report_that_names_it() -> None:
    first, second = profile(POOL_FIRST), profile(POOL_SECOND)
    assert "b:n:kelderby" in first.weights and "n:kelderby" in second.weights
    assert "n:kelderby" in first.keys() and "n:kelderby" in first.indexed()
    assert "n:kelderby" not in first.features()  # a key to look up by, no name of its own
    assert candidates([first, second]) == [(0, 1)]
    for seed in range(3):
        assert len(stories([POOL_FIRST, POOL_SECOND], seed)) == 1
