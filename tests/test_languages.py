"""Articles in other languages: the word-overlap linker cannot compare them, and the reader
says so rather than calling their paragraphs one outlet's alone (a fresh user's Spanish and
German reports, every paragraph marked "only in this outlet")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.linking.story import Story
from core.model import Article, Ref
from core.text import LANGUAGE_NAMES, language_of
from tests.pilot import prompt_text, ready
from tui.app import make_app
from tui.cli import main
from tui.widgets.cross_sources import CrossSources

ENGLISH = [
    "Health authorities in Port Halden declared a measles outbreak on Tuesday after 12 cases were confirmed in the city.",
    "Two of the patients, both children under five, are being treated at the Eastgate hospital, health board director Ana Lind said.",
]
ENGLISH_TOO = [
    "Port Halden has declared a measles outbreak after 12 cases were confirmed in the city on Tuesday.",
    "The board will open three free vaccination clinics on Thursday at the Harbour Hall and the library.",
]
# The Spanish report shares three details with the English one (Port Halden, the Eastgate hospital,
# Ana Lind): two reports in two languages share no topic words, and fewer details join no story
# (core.stories.cluster.ACROSS_DETAILS: a city and its mayor are two events' as well).
SPANISH = [
    "Las autoridades sanitarias de Port Halden declararon el martes un brote de sarampión tras confirmarse 12 casos en la ciudad.",
    "Dos de los pacientes, ambos niños menores de cinco años, están hospitalizados en el centro de Eastgate, según la directora de la junta, Ana Lind.",
]


@pytest.mark.parametrize("text, code", [
    (" ".join(ENGLISH), "en"),
    (" ".join(SPANISH), "es"),
    ("Der Impfstoff wurde nicht an Kindern unter 12 Jahren getestet, und das Unternehmen sagte, es werde im Juni "
     "eine Studie mit Kindern beginnen.", "de"),
    ("Le vaccin n'a pas été testé sur des enfants de moins de 12 ans, et la société a dit qu'elle commencerait une "
     "étude pour les enfants en juin.", "fr"),
    ("東京都は月曜日、学校と道路の整備を中心とする新しい予算案を発表した。知事は計画が市民の生活を守ると述べた。", "ja"),
    ("国务院总理周一在北京主持召开常务会议，部署进一步稳定经济的措施。", "zh"),
    ("Власти города объявили о вспышке кори после того, как были подтверждены двенадцать случаев.", "Cyrl"),
])
def test_the_language_of_a_text_is_told_by_its_script_or_its_commonest_words(text: str, code: str) -> None:
    assert language_of(text) == code and code in LANGUAGE_NAMES


@pytest.mark.parametrize("text", ["", "Port Halden, 12 cases.", "Veridan Biologics VX-214 91% 4,200 June 2026 EMA"])
def test_a_text_too_short_or_of_names_and_numbers_has_no_language(text: str) -> None:
    assert language_of(text) is None


def _article(key: str, outlet: str, body: list[str]) -> Article:
    return Article(key, "", outlet, body[0][:40], tuple(body))


def test_an_article_alone_in_its_language_is_not_compared_and_says_so() -> None:
    story = Story.build([_article("a", "Nordwire", ENGLISH), _article("b", "Herald", ENGLISH_TOO), _article("c", "El Faro", SPANISH)])
    assert [story.language(a) for a in "abc"] == ["en", "en", "es"]
    assert story.not_compared("c") == 2 and story.alone_in_language("c")
    assert story.not_compared("a") == 1 and not story.alone_in_language("a")
    assert story.apart("a", "c") and story.apart("c", "b") and not story.apart("a", "b") and not story.apart("c", "c")
    assert story.matches(Ref("c", 0)) == ()  # no word of it links across languages
    assert story.unlinked(Ref("c", 0)) == "not compared: the only article in Spanish"
    assert story.unlinked(Ref("a", 1)) == "only in Nordwire among the articles in English; 1 in other languages not compared"
    assert [a["language"] for a in story.to_json()["articles"]] == ["en", "en", "es"]  # type: ignore[index]


def test_no_word_link_joins_two_languages_and_a_link_by_meaning_may() -> None:
    # Fresh user 26: a German report's lead was linked to an English flash by the names and the
    # figure they share ("Vestmar, Nordhaven, Port, Arden", 600), while the panel, the story list
    # and the matrix said the German article was not compared.
    from core.model import Link, LinkKind

    english, spanish = _article("a", "Nordwire", ENGLISH), _article("c", "Faro", SPANISH)
    by_words = Link(Ref("a", 0), Ref("c", 0), 0.3, LinkKind.PARAPHRASE, ((0, 5),), ((0, 5),))
    by_meaning = Link(Ref("a", 1), Ref("c", 1), 0.95, LinkKind.PARAPHRASE, (), (), similarity=0.95)
    story = Story((english, spanish), (by_words, by_meaning))
    assert story.links == (by_meaning,)
    assert story.matches(Ref("a", 0)) == () and [m.ref for m in story.matches(Ref("a", 1))] == [Ref("c", 1)]


def test_one_language_or_a_language_not_told_changes_nothing() -> None:
    story = Story.build([_article("a", "Nordwire", ENGLISH), _article("b", "Herald", ENGLISH_TOO)])
    assert story.unlinked(Ref("a", 1)) == "only in Nordwire" and not story.alone_in_language("a")
    brief = Story.build([_article("a", "Nordwire", ENGLISH), _article("b", "Flash", ["Port Halden: 12 measles cases."])])
    assert brief.language("b") is None and brief.not_compared("a") == 0 and brief.unlinked(Ref("a", 1)) == "only in Nordwire"
    assert not brief.apart("a", "b") and not brief.apart("b", "a")  # one language not told: not known to differ


def _files(folder: Path) -> Path:
    for name, body in (("nordwire.txt", ENGLISH), ("herald.txt", ENGLISH_TOO), ("faro.txt", SPANISH)):
        (folder / name).write_text(body[0][:50] + "\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    return folder


def test_links_says_which_paragraphs_were_not_compared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["links", str(_files(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert out.count("not compared: the only article in Spanish") == 2
    assert "only in faro\n" not in out
    assert main(["links", "--json", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert sorted(a["language"] for a in data["articles"]) == ["en", "en", "es"]


async def test_the_reader_marks_and_explains_an_article_in_another_language(tmp_path: Path) -> None:
    app = make_app([_files(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        story = app.story
        assert story is not None
        spanish = next(a for a in story.articles if story.language(a.id) == "es")
        screen.open(Ref(spanish.id, 0))
        await pilot.pause()
        prompt = screen.reader.paragraphs.get_option("0").prompt
        assert prompt.mark.plain.strip() == "?"  # type: ignore[attr-defined]
        said = prompt_text(screen.query_one(CrossSources).get_option_at_index(0).prompt)
        assert "Not compared: the only article in Spanish" in said and "Only in" not in said, said
        # `u` finds no paragraph only this outlet has: none was compared.
        await pilot.press("u")
        await pilot.pause()
        assert screen.reader.current == Ref(spanish.id, 0)


async def test_the_matrix_says_not_compared_for_an_article_in_another_language(tmp_path: Path) -> None:
    from textual.coordinate import Coordinate
    from textual.widgets import DataTable, Static

    from tests.pilot import open_view
    from tui.screens.coverage import NOT_COMPARED_CELL, CoverageScreen

    app = make_app([_files(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        matrix = await open_view(pilot, "m", CoverageScreen)
        story = matrix.story
        table = matrix.query_one(DataTable)
        spanish = next(n for n, a in enumerate(matrix.columns, start=1) if story.language(a) == "es")
        english = next(n for n, f in enumerate(matrix.rows) if story.language(f.lead.article) == "en")
        assert str(table.get_cell_at(Coordinate(english, spanish))) == NOT_COMPARED_CELL
        table.cursor_coordinate = Coordinate(english, spanish)
        await pilot.pause()
        detail = str(matrix.query_one("#matrix-text", Static).render())
        assert "is in Spanish, the fact in English: not compared" in detail, detail


async def test_the_story_list_says_an_article_in_another_language_was_not_compared(tmp_path: Path) -> None:
    from tui.widgets.story_list import StoryList

    app = make_app([_files(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        rows = screen.query_one(StoryList)
        listed = [prompt_text(rows.get_option_at_index(n).prompt) for n in range(rows.option_count)]
        assert any("faro" in row and "Spanish: not compared" in row for row in listed), listed
        assert not any("faro" in row and "shared" in row for row in listed), listed


def test_a_words_combining_marks_are_part_of_it_in_every_script() -> None:
    """A vowel sign, a virama, harakat or niqqud is no \\w: Hindi, Arabic and Hebrew words came
    apart into letters ("नमस्ते" -> "नमस", "त"), so the linker and the grouping compared pieces."""
    from core.text import words

    assert words("नमस्ते दुनिया") == ["नमस्ते", "दुनिया"]
    assert words("مَرْحَبًا بكم") == ["مَرْحَبًا", "بكم"]
    assert words("שָׁלוֹם עליכם") == ["שָׁלוֹם", "עליכם"]
    assert words("cafe\u0301 ouvert") == ["cafe\u0301", "ouvert"]  # an accent written apart (NFD)
    assert words("ಬೆಂಗಳೂರು ನಗರ") == ["ಬೆಂಗಳೂರು", "ನಗರ"]
