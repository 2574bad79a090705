"""Stories: whether the next day's reports of an event join its story does not hang on how many there
are (core.stories.cluster.attach, FOLLOW_SUBJECT), and a story that falls apart stays with its larger
part (core.library.store)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.library.store import Library
from core.stories.cluster import FRAGMENT, Profile, attach, day_number
from tests.test_stories_divide import QUELL, WREN

DAY = day_number("2026-04-14")
FIRM = ["n:ostvik", "n:pumps", "r:ostvik pumps", "l:n:ostvik", "l:n:pumps", "l:r:ostvik pumps"]
TOWN = ["n:brenmoor", "l:n:brenmoor"]


def _profiles(subject: list[str], dated: bool = True, gossip: int = 1) -> tuple[list[Profile], list[list[int]]]:
    """A firm's profit warning told by seven reports; the next day a rating agency's cut told by three,
    and a regulator's review of trading in its shares by 3 + *gossip* (a short piece on short sellers
    among them): as the average linkage leaves them, three groups."""
    def one(*features: str, day: int | None) -> Profile:
        return Profile.of([*subject, *features], day if dated else None)

    warning = [one("w:profit", "w:warning", "w:shares", "w:chief", "w:quits", f"w:own{k}",
                   *(["f:31 percent"] if k < 3 else []), *(["n:carrow", "r:helen carrow"] if k % 2 else []), day=DAY)
               for k in range(7)]
    cut = [one("w:rating", "w:junk", "w:cut", "w:profit", "w:warning", "n:stanmore", "l:n:stanmore", f"w:cut{k}",
               *(["n:carrow"] if k else []), day=DAY + 1) for k in range(3)]
    review = [one("w:trading", "w:regulator", "w:review", "w:shares", "w:options", f"w:review{k}",
                  *(["f:31 percent"] if k < 2 else []), day=DAY + 1) for k in range(3 + gossip)]
    profiles = [*warning, *cut, *review]
    groups = [list(range(7)), list(range(7, 10)), list(range(10, len(profiles)))]
    return profiles, groups


def _attached(profiles: list[Profile], groups: list[list[int]]) -> list[list[int]]:
    # one pair of each two groups reaches SAME_EVENT (they are one component); none does on average
    scores = {(0, 7): 0.3, (1, 10): 0.25, (7, 10): 0.22}
    return attach(groups, scores, lambda chosen: [profiles[i] for i in chosen])


@pytest.mark.parametrize("gossip", [0, 1, 2])
def test_the_next_days_reports_join_the_story_however_many_report_them(gossip: int) -> None:
    # A trial user's 13 reports were one story; a 14th, a short piece on the next day's review, made
    # the review's group too large for a fragment: the rating's cut joined it, and the two days were
    # two stories.
    profiles, groups = _profiles(FIRM, gossip=gossip)
    assert len(groups[2]) > FRAGMENT or gossip == 0
    assert _attached(profiles, groups) == [list(range(len(profiles)))]


def test_a_larger_group_joins_only_as_a_follow_up_of_its_days_and_party() -> None:
    # Undated, the review's four reports are no fragment, and nothing says they follow the warning:
    # they stay a story of their own, as before (the cut, a fragment, joins the larger group it matches).
    profiles, groups = _profiles(FIRM, dated=False)
    assert len(_attached(profiles, groups)) == 2
    # Two events of one town the next day share the town, not a party: no follow-up either.
    profiles, groups = _profiles(TOWN)
    assert len(_attached(profiles, groups)) == 2
    # A week later, it is another event that recalls the first.
    profiles, groups = _profiles(FIRM)
    later = [Profile.of(profiles[i].features(), DAY + 7) for i in groups[2]]
    assert len(_attached([*profiles[:10], *later], groups)) == 2


@pytest.mark.parametrize("whole, part", [(QUELL, WREN), (WREN, QUELL)], ids=["quell", "wren"])
def test_a_story_that_falls_apart_keeps_its_number_with_its_larger_part(tmp_path: Path, whole: list, part: list) -> None:
    # Five reports of one death and four of another are one story (too few to split); a fifth report
    # of the second splits it in two halves of five. The first death's five reports were all the
    # story's; the other half holds four of them and the new report: the first keeps the number,
    # however the articles' ids fall (a trial user's story went to the half holding the new report).
    with Library(tmp_path / "lib.sqlite") as library:
        for article in [*whole[:5], *part[:4]]:
            library.add(article, source=article.path, link=False)
        [before] = library.stories()
        library.add(part[4], source=part[4].path, link=False)
        held = {s.id: {a.id for a in library.story(s.id).articles} for s in library.stories()}
    assert len(held) == 2
    assert held[before.id] == {a.id for a in whole[:5]}


def test_a_larger_group_two_days_later_of_the_same_party_is_a_follow_up() -> None:
    # Trial 46 F6: the reports of a hospital group's ransom demand, two days after the attack (whose own
    # day's reports are the story), named the group as the attack's did, yet made a story of their own:
    # a follow-up had to come the next day. Two days later (FRAME_DAYS) it still joins; a week later not.
    profiles, groups = _profiles(FIRM)
    later = [Profile.of(profiles[i].features(), DAY + 2) for i in groups[2]]
    assert len(_attached([*profiles[:10], *later], groups)) == 1
    later = [Profile.of(profiles[i].features(), DAY + 4) for i in groups[2]]
    assert len(_attached([*profiles[:10], *later], groups)) == 2
