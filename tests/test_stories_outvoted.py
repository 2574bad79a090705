"""Stories: one pair's judgement that two reports tell of two events does not split a story whose
other reports say, on average, that both tell of one (core.stories.cluster._outvoted, cluster,
attach); adding more reports of one event never takes reports a library held away from its story.

Trial 53 F1: a civil protection agency's release never names its own country; a report two days
later under a headline naming the country read as another event's (core.stories.cluster._recalls),
and that one pair kept two halves of a dam breach's coverage apart: a refresh moved six reports
the library held into a new story."""

from __future__ import annotations

import random
from pathlib import Path

from core.library.store import Library
from core.model import Article, article_id
from core.stories.cluster import SAME_EVENT, cluster, evidence, group, profile, two_events
from tests.story_groups import article


def test_cluster_joins_two_groups_whose_rest_outvote_the_one_pair_kept_apart() -> None:
    # 0-2 and 3-5 are one event, every pair across but (0, 3) at 0.4: each of 0 and 3 reports the
    # other's group's event on average, whatever the pair alone says.
    scores = {(i, j): 0.6 for g in ((0, 1, 2), (3, 4, 5)) for i in g for j in g if i < j}
    scores.update({(i, j): 0.4 for i in (0, 1, 2) for j in (3, 4, 5)})
    scores[(0, 3)] = 0.0
    assert cluster(6, scores, apart={(0, 3)}) == [[0, 1, 2, 3, 4, 5]]
    # Where one of the pair shares little with the other's group (a roundup's item of another
    # event), the pair keeps the groups apart.
    lonely = dict(scores)
    lonely.update({(0, 4): 0.1, (0, 5): 0.1})
    assert cluster(6, lonely, apart={(0, 3)}) == [[0, 1, 2], [3, 4, 5]]


def _dated(title: str, *paragraphs: str, outlet: str, published: str, dateline: str | None = None) -> Article:
    return Article(id=article_id(outlet, title, paragraphs), path=f"{outlet}.txt", outlet=outlet, title=title,
                   paragraphs=paragraphs, published=published, dateline=dateline)


# Invented reports of an invented dam breach over three days; the agency's release never names
# Taldavia, its own country, which the third day's headline names (the others do).
RELEASE = article(
    "Brenmoor dam - situation update, 4 March 2027",
    "The Taldavian Flood Agency (TFA) confirms that, as of 17:00 on 4 March 2027, 3,900 residents of Korvin and "
    "Ustel have been evacuated following the breach of the Brenmoor dam on the Oskar river.",
    "Two people have died. Six people are reported missing. Search teams continue along the Oskar below the dam.",
    '"Our teams will keep searching until every missing person is found," said TFA director Mara Feld.',
    outlet="Taldavian Flood Agency", published="2027-03-04",
)
WIRE = article(
    "Two dead, six missing after Taldavia dam breach",
    "Two people have died and six are missing after the Brenmoor dam on the Oskar river gave way in Taldavia, "
    "forcing 3,900 people from Korvin and Ustel, the flood agency said on Thursday.",
    "Agency director Mara Feld said teams would search until every missing person was found.",
    "Engineer Ilse Brandt of Korvin Technical University said the spillway was never built for so much water.",
    outlet="Lakeside Wire", published="2027-03-04",
)
PAPER = article(
    "Brenmoor dam breach: 3,900 evacuated from Korvin and Ustel",
    "The Brenmoor dam on the Oskar in Taldavia burst on Wednesday night, and 3,900 residents of Korvin and Ustel had left "
    "their homes by Thursday, the agency said. Two people died and six are missing.",
    "Mara Feld, who runs the flood agency, said the search would go on. Ilse Brandt, an engineer at Korvin "
    "Technical University, blamed the spillway.",
    outlet="Valley Herald", published="2027-03-04",
)
NEXT_DAY = article(
    "Brenmoor dam: death toll rises to three, five still missing",
    "Three people have now died after the Brenmoor dam on the Oskar in Taldavia gave way, and five are missing, the flood "
    "agency said on Friday. About 4,400 residents of Korvin and Ustel remain in shelters.",
    "Engineer Ilse Brandt of Korvin Technical University said the spillway was never built for so much water.",
    outlet="Ridge Times", published="2027-03-05",
)
CAUSE = _dated(
    "Taldavia names erosion as likely cause of Brenmoor dam breach",
    "Internal erosion under the left abutment is the likely cause of the breach of the Brenmoor dam on the Oskar "
    "river, Taldavia's State Dam Office said on Saturday.",
    "Three people have died and five remain missing. About 1,200 residents of Korvin have been allowed home, the "
    "flood agency said.",
    "Engineer Ilse Brandt of Korvin Technical University said the spillway was never built for so much water.",
    outlet="Europe Desk", published="2027-03-06", dateline="KORVIN, Taldavia",
)
CAUSE_PAPER = article(
    "Erosion under abutment caused Brenmoor dam failure, inspectors say",
    "Water eroded the ground under the left abutment of the Brenmoor dam on the Oskar, inspectors said on "
    "Saturday. Three people died and five are still missing.",
    "About 1,200 residents of Korvin went home on Saturday. Ilse Brandt of Korvin Technical University said "
    "the spillway was never built for so much water.",
    outlet="Coast Courier", published="2027-03-06",
)
HELD = [RELEASE, WIRE, PAPER, NEXT_DAY]
LATER = [CAUSE, CAUSE_PAPER]


def test_the_release_and_the_later_headline_are_judged_two_events_alone() -> None:
    # The premise: the pair alone reads as another event recalling the first ...
    found = evidence(profile(RELEASE), profile(CAUSE))
    assert found.apart == "recalls" and two_events(found)
    # ... while each shares the event with the other's reports.
    assert evidence(profile(CAUSE), profile(PAPER)).score >= SAME_EVENT
    assert evidence(profile(RELEASE), profile(CAUSE_PAPER)).score >= SAME_EVENT


def test_one_pair_judged_two_events_does_not_split_the_events_story() -> None:
    articles = HELD + LATER
    for seed in range(4):
        order = list(articles)
        random.Random(seed).shuffle(order)
        assert len(group([profile(a) for a in order], keys=[a.id for a in order])) == 1


def test_a_library_keeps_its_story_whole_as_later_reports_come_in(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        for a in HELD:
            library.add(a, source=a.path)
        held = library.placements()
        assert len(set(held.values())) == 1
        for a in LATER:
            library.add(a, source=a.path)
        now = library.placements()
        assert {now[i] for i in held} == set(held.values())  # no report held moved
        assert len(set(now.values())) == 1
    with Library(tmp_path / "batch.sqlite") as library:  # the later reports first, as a feed may bring them
        for a in LATER + HELD:
            library.add(a, source=a.path, link=False, group=False)
        library.group_added()
        assert len(set(library.placements().values())) == 1
