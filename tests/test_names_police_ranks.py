"""Police and courts ranks before a name say what someone is, not who (trial item): "Sheriff Dana
Holt", "Trooper Ian Vale" and "Detective Kim Orr" name Dana Holt, Ian Vale and Kim Orr, in the
why line's whole names and in who a quotation is given to."""

from __future__ import annotations

import pytest

from core.library.store import whole_names
from core.quotations import is_title, person_key
from core.stories.words import TITLE_WORDS

RANKS = ["sheriff", "trooper", "deputy", "sergeant", "constable", "inspector", "detective", "marshal", "judge", "magistrate"]


@pytest.mark.parametrize("rank", RANKS)
def test_a_rank_is_a_known_title(rank: str) -> None:
    assert is_title(rank)
    assert rank in TITLE_WORDS
    assert person_key(f"{rank.title()} Dana Holt") == ("dana", "holt")


def test_the_whole_name_leaves_the_rank_out() -> None:
    texts = [
        "The road stays shut, said Sheriff Dana Holt on Monday. Holt said more would follow.",
        "The road was shut, Trooper Ian Vale said, and Vale left with Detective Kim Orr. Orr said little.",
    ]
    whole = whole_names(texts, {"dana", "holt", "ian", "vale", "kim", "orr"})
    assert {whole["holt"], whole["vale"], whole["orr"]} == {"Dana Holt", "Ian Vale", "Kim Orr"}, whole
