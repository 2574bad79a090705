"""Stories and live blogs: a live blog's flash ("BREAKING: ...") and its quotations under a speaker's
name ("Kell: “...”") are no items of a roundup (core.stories.cluster._roundup), so the reports of its
one event in other languages are not kept apart through it; and a figure a Polish report gives as
"4,50 proc." is the "4.50%" of the others."""

from __future__ import annotations

from core.stories.cluster import _roundup, profile
from tests.story_groups import article, stories

DAY = "2027-03-09T14:00:00+00:00"

#: An invented central bank's decision: a live blog, a wire in English, reports in French and Polish.
LIVE = article(
    "Live: Bank of Norvia rate decision and Governor Tomas Kell's news conference",
    "11:45",
    "Welcome to our live coverage of the Bank of Norvia's March decision, due at noon. Most economists expect a hike.",
    "12:00",
    "BREAKING: The Bank of Norvia raises its key rate by 25 basis points to 3.75%. The vote was 6-3.",
    "12:20",
    "The Norvian mark rises 0.6% against the dollar on the news.",
    "13:10",
    "Kell: “Price growth is slowing, but not yet by enough for us to stop.” Food prices rose 4.2% in February.",
    outlet="Norvia Example Post", published=DAY,
)
WIRE = article(
    "Norvia central bank lifts rate to 3.75%, says job not done",
    "The Bank of Norvia raised its key rate by a quarter point to 3.75% on Tuesday, its second rise this year, "
    "as inflation of 2.9% in February stayed above its goal.",
    "Governor Tomas Kell said six of the nine board members had voted for the rise.",
    "The mark gained 0.6% against the dollar after the decision.",
    outlet="Example Wire", published=DAY,
)
FRENCH = article(
    "La Banque de Norvie relève son taux directeur à 3,75 %",
    "La Banque de Norvie a relevé mardi son taux directeur de 25 points de base, à 3,75 %, "
    "une décision prise par six voix contre trois.",
    "« La hausse des prix ralentit, mais pas encore assez pour que nous nous arrêtions », a déclaré le gouverneur Tomas Kell.",
    "Les prix alimentaires ont progressé de 4,2 % en février.",
    outlet="Le Courrier Exemple", published=DAY,
)
POLISH = article(
    "Bank Norwii podnosi stopy procentowe do 3,75 proc.",
    "Bank Norwii podniósł we wtorek główną stopę procentową o 25 punktów bazowych, do 3,75 proc.",
    "Inflacja w lutym wyniosła 2,9 proc., a ceny żywności wzrosły o 4,2 proc., powiedział prezes Tomas Kell.",
    "Za podwyżką głosowało sześciu z dziewięciu członków zarządu.",
    outlet="Gazeta Przykładowa", published=DAY,
)


def test_a_live_blog_is_no_roundup() -> None:
    # Before: "BREAKING" and "Kell" were taken for the labels of two items, and the blog for a roundup.
    assert not _roundup(LIVE.paragraphs)
    assert "z:roundup" not in profile(LIVE).weights
    # A roundup's items still are: the labels of its items, not a flash or a speaker's quotation.
    assert _roundup(["Ferries: The Marrowby ferry is cancelled.", "Schools: Quillan school stays closed."])
    assert not _roundup(["UPDATE: The ferry is cancelled.", "Harbour master: “No crossing before noon.”"])


def test_a_polish_share_in_its_abbreviation_is_a_share() -> None:
    features = profile(POLISH).weights
    assert "f:3.75 percent" in features and "f:2.9 percent" in features and "f:4.2 percent" in features


def test_one_decision_told_in_three_languages_and_a_live_blog_is_one_story() -> None:
    for seed in range(4):
        found = stories([LIVE, WIRE, FRENCH, POLISH], seed)
        assert len(found) == 1, found
