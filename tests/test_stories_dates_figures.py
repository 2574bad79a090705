"""Stories: a day of a date is no figure, nor a year evidence of one event across days; an Arabic
report's figures and dates are read as an English one's; and a fragment of several reports of other
days does not join a larger story through a report that recalls them (trial 44 F1, F7)."""

from __future__ import annotations

from core.stories.cluster import Profile, attach, evidence, profile
from tests.story_groups import article, stories


def _figures(text: str) -> set[str]:
    return {f[2:] for f in profile(article("Report", text, outlet="Outlet")).weights if f[0] == "f"}


def test_the_first_days_of_a_list_or_range_of_days_are_no_figures() -> None:
    for text in (
        "Three patients were admitted to the hospital on 18 and 19 November.",
        "The fair runs 18-19 November at the harbour.",
        "The fair runs 18–24 November at the harbour.",
        "Le salon se tient du 18 au 19 novembre au port.",
        "La feria se celebra el 18 y 19 de noviembre en el puerto.",
        "The market opens on 18, 19 and 20 November.",
        "The market opens on November 18 and 19.",
    ):
        assert not {"18", "19", "24"} & _figures(text), text


def test_counts_beside_dates_stay_figures() -> None:
    assert "18" in _figures("Doses were given at 18 sites in the port on 19 November.")
    assert {"25", "40"} <= _figures("The storm killed 25 and injured 40 people in November.")


def test_a_year_is_no_evidence_of_one_event_across_days() -> None:
    text = ("The Harbour Board of Selvik says 2026 will see more cargo.", "The Selvik quay handled 41,500 containers.")
    one = profile(article("Selvik cargo", *text, outlet="Outlet One", published="2026-03-02"))
    same_day = profile(article("Selvik port", *text, outlet="Outlet Two", published="2026-03-02"))
    later = profile(article("Selvik port", *text, outlet="Outlet Two", published="2026-03-06"))
    assert "y2026" in evidence(one, same_day).times
    assert "y2026" not in evidence(one, later).times


#: An agency's situation report and an Arabic report of it: its figures written on to a
#: preposition ("بـ212"), its date with an Arabic month ("24 نوفمبر").
SITREP = article(
    "Fever outbreak in Morvale: situation report",
    "As of 24 November, 517 suspected cases and 63 confirmed cases have been recorded in Morvale.",
    "East Quay is the worst-hit district with 233 cases, followed by Linden with 157.",
    outlet="Health Agency", published="2026-11-25")
ARABIC = article(
    "ارتفاع حالات الحمى في مورفيل إلى 517 حالة",
    "أعلنت الوكالة أن عدد الحالات المشتبه بها في مورفيل بلغ 517 حالة حتى 24 نوفمبر، منها 63 حالة مؤكدة.",
    "وسجل حي إيست كي العدد الأكبر بـ233 حالة، يليه حي ليندن بـ157 حالة.",
    outlet="Arabic Daily", published="2026-11-25")
RADIO = article(
    "Morvale fever cases rise to 517",
    "The Health Agency counts 517 suspected fever cases in Morvale, 63 of them confirmed, as of 24 November.",
    "East Quay has 233 cases, the agency said.",
    outlet="Radio Morvale", published="2026-11-25")


def test_an_arabic_reports_figures_and_dates_are_read() -> None:
    weights = profile(ARABIC).weights
    assert {"f:517", "f:63", "f:233", "f:157", "t:d11-24"} <= set(weights)
    assert "f:24" not in weights


def test_an_arabic_report_stays_with_two_english_reports_of_its_figures() -> None:
    assert stories([SITREP, ARABIC]) == [["Arabic Daily", "Health Agency"]]
    for seed in range(3):
        assert stories([SITREP, ARABIC, RADIO], seed) == [["Arabic Daily", "Health Agency", "Radio Morvale"]]


def test_a_fragment_of_reports_of_other_days_joins_no_larger_story() -> None:
    # Four reports of a situation report on day 25, one of them recalling the vaccination figures
    # (310,000 people, 18 sites); two reports of the vaccination launch on day 23, and a late brief of it.
    topic = ["w:cholera", "w:vaccin", "w:cases", "w:doses", "n:calvaro"]
    sitrep = [Profile.of([*topic, "f:496", "f:61", *(["f:310000", "f:18"] if i == 0 else [])], 25) for i in range(4)]
    launch = [Profile.of([*topic, "f:310000", "f:18", "f:50000"], 23) for _ in range(2)]
    brief = Profile.of([*topic, "f:310000", "f:18"], 23)
    profiles = [*sitrep, *launch]
    scores = {(0, 4): 0.3, (0, 5): 0.3, (4, 5): 0.8, (0, 1): 0.5, (0, 2): 0.5, (0, 3): 0.5, (1, 2): 0.5, (1, 3): 0.5, (2, 3): 0.5}
    groups = attach([[0, 1, 2, 3], [4, 5]], scores, lambda chosen: [profiles[i] for i in chosen])
    assert groups == [[0, 1, 2, 3], [4, 5]]
    alone = [*sitrep, brief]
    groups = attach([[0, 1, 2, 3], [4]], {**scores, (0, 4): 0.3}, lambda chosen: [alone[i] for i in chosen])
    assert groups == [[0, 1, 2, 3, 4]]
