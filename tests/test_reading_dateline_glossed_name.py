"""A name glossed in brackets in a caseless script, the sentence going on glued to the bracket
("사르노바(Sarnova)에서 4일 ...": Korean's particle "에서", Japanese "で", Chinese "的"), is no
dateline: a scrape's glued dateline ("Washington (CNN)Dockworkers ...") opens its sentence with a
capital. Found by trial 50: a Korean feed entry lost "엘도리아의 항구 도시 사르노바(Sarnova)" to a
dateline."""

from __future__ import annotations

import pytest

from core.reading.judge import split_dateline


@pytest.mark.parametrize("text", [
    "엘도리아의 항구 도시 사르노바(Sarnova)에서 4일 부두 노동자들의 행진 도중 경찰이 최루탄을 발사했다.",
    "항만노동자전선(Harbour Workers' Front)은 1만5천명이 참가했다고 주장했다 오늘 항구에서.",
    "港湾都市サルノバ(Sarnova)で4日、港湾労働者の行進中に警察が催涙ガスを発射した。",
    "港口城市萨尔诺瓦(Sarnova)的码头工人4日举行游行时警方发射了催泪弹。",
    "ميناء مدينة سارنوفا (Sarnova)في الرابع من الشهر أطلقت الشرطة الغاز على المتظاهرين.",
])
def test_a_glossed_name_glued_to_its_sentence_is_no_dateline(text: str) -> None:
    assert split_dateline(text) == (None, text)


def test_a_glued_dateline_still_opens_with_a_capital() -> None:
    assert split_dateline("Washington (CNN)Dockworkers walked off the job at six ports on Tuesday morning.") == (
        "Washington (CNN)", "Dockworkers walked off the job at six ports on Tuesday morning.")


def test_a_glued_dateline_before_a_quotation_still_opens_with_a_capital() -> None:
    assert split_dateline("Washington (CNN)“We will not go back,” the union's leader told a crowd of dockworkers on Tuesday.")[0] == "Washington (CNN)"
