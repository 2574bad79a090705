"""The library keeps each article's language (migration 39), and a record of a file too short to
tell its own (a channel's one-line post) takes the one its file's other records are in, in the
library's stories as `newsprism links FILES` gives it (core.linking.story.Story.language)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from core.library.store import MIGRATIONS, Library
from core.linking.story import Story
from core.model import Ref
from core.reading import Item, gather

RECALL = ("Recall: Brevon goat cheese 200 g withdrawn from shops in France and Belgium after salmonella was found in a "
          "batch tested by the regulator. Customers who bought it should not eat it and can return it for a refund.")
UPDATE = ("Update: the number of people who fell ill after eating the cheese has risen to eleven, and the regulator said "
          "it was checking the dairy's other products for the bacteria as well.")
SHORT = "Regulator opens formal inquiry into Fromagerie Lunel. Toll: 11 cases. Mont-Sainte-Odile-des-Bois site closed since 3 May."
FRENCH = ("Enquête sur la Fromagerie Lunel\n\n"
          "L'autorité sanitaire a ouvert une enquête sur la Fromagerie Lunel, qui aurait tardé à signaler la contamination "
          "de ses fromages aux services de l'État.\n\nLe site de Mont-Sainte-Odile-des-Bois reste fermé depuis le 3 mai.\n")
POSTS = {"recall": ("Recall of Brevon goat cheese", RECALL), "update": ("Update on the cheese illnesses", UPDATE),
         "short": ("Fromagerie Lunel inquiry", SHORT)}


def _files(tmp_path: Path, order: tuple[str, ...] = ("recall", "update", "short")) -> list[str]:
    channel = tmp_path / "channel.jsonl"
    channel.write_text("".join(
        json.dumps({"outlet": "Cheese Alerts", "title": POSTS[k][0], "text": POSTS[k][1], "published": f"2026-05-04T{8 + n:02d}:00:00Z"}) + "\n"
        for n, k in enumerate(order)
    ))
    french = tmp_path / "hebdo.txt"
    french.write_text(FRENCH)
    return [str(channel), str(french)]


def _added(path: Path, files: list[str]) -> dict[str, str]:
    """Add *files* to the library at *path*; the id of each article by the first words of its text."""
    ids = {}
    with Library(path) as library:
        for item in gather(files, fetch=None):
            assert isinstance(item, Item)
            library.add(item.article, source=item.source)
            ids[item.article.paragraphs[0][:12]] = item.article.id
    return ids


def _short_story(library: Library, short: str) -> Story:
    story = library.story_of(short)
    assert story is not None
    return library.story(story)


def test_a_short_record_in_the_library_takes_the_language_its_files_other_records_share(tmp_path: Path) -> None:
    files = _files(tmp_path)
    ids = _added(tmp_path / "lib.sqlite", files)
    short, french = ids[SHORT[:12]], ids["L'autorité s"]
    read = [r.article for r in gather(files, fetch=None) if isinstance(r, Item)]
    from_files = Story.build(read)
    assert from_files.language(short) == "en"
    with Library(tmp_path / "lib.sqlite") as library:
        story = _short_story(library, short)
        assert french in {a.id for a in story.articles}  # the post and the French report of one inquiry
        assert story.language(short) == "en" and story.language(french) == "fr"
        assert story.matches(Ref(short, 0)) == ()  # not linked across languages on a place name's pieces
        assert story.not_compared(short) == 1


def test_the_short_record_added_before_the_others_of_its_file_takes_their_language_too(tmp_path: Path) -> None:
    ids = _added(tmp_path / "lib.sqlite", _files(tmp_path, order=("short", "recall", "update")))
    with Library(tmp_path / "lib.sqlite") as library:
        assert _short_story(library, ids[SHORT[:12]]).language(ids[SHORT[:12]]) == "en"


def test_a_short_record_of_a_file_in_two_languages_has_none(tmp_path: Path) -> None:
    files = _files(tmp_path)
    mixed = tmp_path / "mixed.jsonl"  # the channel's posts, and one in French of another event (another story)
    strike = ("Les boulangers de Corvale ont cessé le travail lundi pour protester contre les horaires de nuit, "
              "et le syndicat a annoncé que les fours resteraient froids toute la semaine.")
    mixed.write_text(Path(files[0]).read_text() + json.dumps(
        {"outlet": "Cheese Alerts", "title": "Grève des boulangers", "text": strike, "published": "2026-05-05T08:00:00Z"}) + "\n")
    ids = _added(tmp_path / "lib.sqlite", [str(mixed), files[1]])
    with Library(tmp_path / "lib.sqlite") as library:
        assert _short_story(library, ids[SHORT[:12]]).language(ids[SHORT[:12]]) is None


def test_a_library_from_before_languages_keeps_them_once_opened(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    ids = _added(path, _files(tmp_path))
    before = next(n for n, step in enumerate(MIGRATIONS) if any("ADD COLUMN language" in s for s in step))
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE articles DROP COLUMN language")
        db.execute(f"PRAGMA user_version = {before}")
    with Library(path) as library:
        assert library.version == len(MIGRATIONS)
        held = dict(library._db.execute("SELECT id, language FROM articles").fetchall())
        assert held[ids[RECALL[:12]]] == "en" and held[ids["L'autorité s"]] == "fr" and held[ids[SHORT[:12]]] is None
        assert _short_story(library, ids[SHORT[:12]]).language(ids[SHORT[:12]]) == "en"
