"""Stories: the letters of a designation before its number in a headline ("train IC 512", where the
first reports wrote "InterCity 512") name no other subject: a report days later whose headline gives
them is no other event recalling the first (core.stories.cluster._recalls)."""

from __future__ import annotations

from core.stories.cluster import profile
from tests.story_groups import article, stories

FIRST = [
    article(
        "Four dead as InterCity derails near Orbeck",
        "Four people were killed and 22 injured when InterCity 512 from Lunvik to Tarrow derailed near Orbeck on Monday morning.",
        "The train left the track on a curve in the Halde valley, rescuers said.",
        outlet="Halde Example Courier", published="2026-11-16",
    ),
    article(
        "InterCity 512 derailment: four killed in Halde valley",
        "InterCity 512 derailed in the Halde valley near Orbeck on Monday, killing four passengers and injuring 22.",
        "Investigators from the rail accident board arrived at the scene in the afternoon.",
        outlet="Lunvik Example Star", published="2026-11-16",
    ),
]
LATER = article(
    "Interim report: derailment of train IC 512 at Orbeck",
    "The interim report finds that train IC 512 from Lunvik to Tarrow was travelling at 96 km/h when it derailed near Orbeck in the Halde valley, killing four and injuring 22.",
    "The permitted speed on the curve is 65 km/h.",
    outlet="Rail Example Investigation Board", published="2026-11-20",
)


def test_a_designations_letters_are_no_headline_name() -> None:
    assert "i:ic" not in profile(LATER).weights
    assert "i:orbeck" in profile(LATER).weights


def test_the_later_report_naming_the_train_by_its_designation_joins_the_first() -> None:
    for seed in range(3):
        assert stories([*FIRST, LATER], seed) == [["Halde Example Courier", "Lunvik Example Star", "Rail Example Investigation Board"]]
