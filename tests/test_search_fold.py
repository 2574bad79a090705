"""Search ignores accents and case: in the library's index, `newsprism search` and the reader's `/`.

A fresh user's `newsprism search kovac` found nothing where `search Kovač` found the paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.library.store import MIGRATIONS, Library, find_spans
from core.model import Article, article_id
from core.text import search_fold, search_folded

#: The schema (a MIGRATIONS number, counted from 1) that refills the search index folded.
_FOLD_SCHEMA = next(n for n, step in enumerate(MIGRATIONS, start=1) if any("newsprism_search_fold" in s for s in step))

PARAGRAPHS = (
    "Harbour master Marija Kovač said on Monday that the Ostrana ferry would run again by spring.",
    "The ferry leaves from the Hafenstraße pier, where the council of São Brando met on Tuesday.",
    "Ticket prices stay at 40 marks, said Jose\u0301 Ibarra, who chairs the passengers' union.",  # é as e and a mark
)


def _article(paragraphs: tuple[str, ...] = PARAGRAPHS) -> Article:
    title = "Ostrana ferry to run again by spring"
    return Article(id=article_id("Adriatic Ledger", title, paragraphs), path="https://ledger.example/ferry",
                   outlet="Adriatic Ledger", title=title, paragraphs=paragraphs, published="2026-11-30",
                   url="https://ledger.example/ferry")


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "lib.sqlite") as opened:
        opened.add(_article(), source="https://ledger.example/ferry")
        yield opened


def _marked(library: Library, query: str) -> list[list[str]]:
    return [[hit.text[a:b] for a, b in hit.spans] for hit in library.search(query)]


def test_the_fold_drops_accents_and_case_and_keeps_other_scripts_whole() -> None:
    assert search_fold("Kovač") == search_fold("KOVAC") == search_fold("kovac") == "kovac"
    assert search_fold("Hafenstraße") == "hafenstrasse" and search_fold("ﬁnal") == "final"
    assert search_fold("Jose\u0301") == search_fold("José") == "jose"
    assert search_fold("がっこう") == "がっこう" and search_fold("한국어") == "한국어"  # voicing marks and Hangul stay
    folded, offsets = search_folded("Straße Jose\u0301!")
    assert folded == "strasse jose!" and len(offsets) == len(folded) + 1
    assert offsets[folded.index("ss")] == offsets[folded.index("ss") + 1] == 4  # both s come from ß


def test_letters_unicode_does_not_decompose_are_folded_as_typed_on_an_english_keyboard(tmp_path: Path) -> None:
    # A tester's "search odegard" found nothing where "search Ødegård" found three paragraphs.
    assert search_fold("Ødegård") == search_fold("ØDEGÅRD") == "odegard" and search_fold("Łódź") == "lodz"
    assert search_fold("Đoković") == "dokovic" and search_fold("Æsir Œuvre") == "aesir oeuvre"
    folded, offsets = search_folded("Æ Ødegård")
    assert folded == "ae odegard" and offsets[:3] == [0, 0, 1]
    paragraphs = ("Harbour master Jürgen Ødegård said on Monday that the Łódź ferry would run again by spring.",)
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        library.add(_article(paragraphs), source="https://ledger.example/ferry")
        assert _marked(library, "odegard lodz") == [["Ødegård", "Łódź"]]
        # as the schema before this fold left the index: the stroked letters as written
        library._db.execute("DELETE FROM search")
        library._db.execute("INSERT INTO search (text, article, idx) VALUES (?, (SELECT id FROM articles), 0)",
                            (paragraphs[0].lower(),))
        library._db.execute(f"PRAGMA user_version = {_FOLD_SCHEMA - 1}")
        assert library.search("odegard") == []
    with Library(path) as library:
        assert library.version == len(MIGRATIONS) and _marked(library, "odegard") == [["Ødegård"]]


@pytest.mark.parametrize("query", ["kovac", "KOVAC", "Kovač", "kovač", "KOVAČ"])
def test_a_name_is_found_with_or_without_its_accent_and_the_span_is_the_original(library: Library, query: str) -> None:
    assert _marked(library, query) == [["Kovač"]]


def test_spans_stay_right_where_the_fold_changes_the_length(library: Library) -> None:
    assert _marked(library, "strasse pier") == [["straße", "pier"]]
    assert _marked(library, "hafenstrasse") == [["Hafenstraße"]]
    assert _marked(library, "sao brando") == [["São", "Brando"]]
    assert _marked(library, "jose") == [["Jose\u0301"]]  # the combining accent is inside the span
    assert _marked(library, "josé ibarra") == [["Jose\u0301", "Ibarra"]]
    assert find_spans("Marija KOVAČ and Kovac", ["kovač"]) == ((7, 12), (17, 22))


def test_short_words_are_folded_too(library: Library) -> None:
    assert _marked(library, "SÃO") == [["São"]]  # three letters: through the index
    assert _marked(library, "pier SA") == [["pier", "Sã"]]  # two letters: scanned in the folded index


def test_a_library_indexed_before_the_fold_is_folded_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Library(path) as library:
        library.add(_article(), source="https://ledger.example/ferry")
        # As the schema before this one left it: the paragraphs as written.
        library._db.execute("DELETE FROM search")
        library._db.execute("INSERT INTO search (text, article, idx) SELECT text, article, idx FROM paragraphs")
        before = next(n for n, steps in enumerate(MIGRATIONS) if "newsprism_search_fold" in " ".join(steps))
        library._db.execute(f"PRAGMA user_version = {before}")
        assert library.search("kovac") == []
    with Library(path) as library:
        assert library.version == len(MIGRATIONS)
        assert _marked(library, "kovac") == [["Kovač"]]


def test_a_revised_article_is_found_by_its_new_words_without_accents(library: Library) -> None:
    from core.library.changes import revise

    held = library.search("kovac")[0].ref.article
    changed = (*PARAGRAPHS[:2], "Ticket prices rise to 45 marks, said Zoë Nyström of the passengers' union.")
    assert revise(library, held, _article(changed), source="https://ledger.example/ferry") is not None
    assert _marked(library, "zoe nystrom") == [["Zoë", "Nyström"]]
    assert library.search("ibarra") == []


def test_the_cli_search_ignores_accents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        library.add(_article(), source="https://ledger.example/ferry")
    assert main(["search", "kovac", "--library", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Marija Kovač said" in out and out.rstrip().endswith("1 paragraph found")
    assert main(["search", "KOVAČ", "--json", "--library", str(path)]) == 0
    import json

    [hit] = json.loads(capsys.readouterr().out)
    assert [hit["text"][a:b] for a, b in hit["spans"]] == ["Kovač"]


async def test_the_readers_search_ignores_accents(tmp_path: Path) -> None:
    from textual.widgets import OptionList

    from tests.pilot import ready
    from tui.app import make_app
    from tui.screens.search import SearchScreen

    (tmp_path / "ferry.txt").write_text(_article().title + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    app = make_app([tmp_path / "ferry.txt"], theme="textual-dark")
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"kovac")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        hits = app.screen.query_one("#search-hits", OptionList)
        shown = [str(hits.get_option_at_index(n).prompt) for n in range(hits.option_count)]
        assert shown and "Kovač" in shown[0] and "100%" in shown[0], shown
