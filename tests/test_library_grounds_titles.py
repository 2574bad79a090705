"""A story's "why" lists a person once, by their name: an office's word before it ("Commissioner",
Indonesian "Komisaris Polisi") is no part of the name, whichever language prints it (trial 50 F8:
"Polisi Darius Velk (13) ... Commissioner Darius Velk (7)")."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from core.library.store import Library, whole_names
from tests.reports import titled_report

DAY = "2026-10-14"


#: This file's reports, all published on DAY.
_article = partial(titled_report, published=DAY)


REPORTS = [
    _article("Lorn Ledger", "Ferry workers strike in Belmar harbour",
             "Ferry workers walked out in Belmar on Tuesday, and Police Commissioner Hana Orlo said 40 people were held.",
             "The strike stopped crossings to Tesk, Police Commissioner Hana Orlo said."),
    _article("Belmar Daily", "Belmar ferry strike halts crossings",
             "Crossings to Tesk stopped as ferry workers struck in Belmar, and Police Commissioner Hana Orlo said 40 were held.",
             "Orlo said the port would reopen on Wednesday."),
    _article("Kabar Teluk", "Pekerja feri mogok di Belmar",
             "Pekerja feri mogok di Belmar pada Selasa. Komisaris Polisi Hana Orlo mengatakan 40 orang ditahan.",
             "Menurut Komisaris Polisi Hana Orlo, penyeberangan ke Tesk dihentikan."),
]


def test_an_office_before_a_name_is_no_part_of_it_in_any_language(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        for article in REPORTS:
            library.add(article, source=article.path, link=False)
        [story] = library.stories()
        grounds = library.grounds(story.id)
    names = [name for name, _ in grounds.names]
    assert "Hana Orlo" in names
    assert [name for name in names if "Orlo" in name] == ["Hana Orlo"]  # once, by the name alone
    listed = {name for shown in grounds.articles.values() for name in shown}
    assert not {name for name in listed if "Orlo" in name} - {"Hana Orlo"}


def test_an_office_word_that_is_a_name_of_the_story_opens_no_name() -> None:
    texts = ["Crossings stopped, said Police Commissioner Hana Orlo on Tuesday.",
             "Pekerja feri mogok, kata Komisaris Polisi Hana Orlo pada Selasa.",
             "The port reopened on Wednesday, Orlo said."]
    whole = whole_names(texts, {"commissioner", "police", "polisi", "hana", "orlo"})
    assert whole.get("orlo") == "Hana Orlo"
