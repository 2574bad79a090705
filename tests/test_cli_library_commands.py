"""Every command on the library: reports of a story, `story show --json`, serve and the reader
on the library, asking before changes and undoing them, read-only libraries."""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from core.library.store import Library
from tests.test_app_library import WEB, make_library
from tui.cli import main


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_library(tmp_path_factory.mktemp("lib") / "lib.sqlite", WEB)


@pytest.fixture
def lib(built: Path, tmp_path: Path) -> Path:
    """A fresh copy of a library of the project's invented web pages (five stories of two)."""
    path = tmp_path / "lib.sqlite"
    shutil.copy(built, path)
    return path


def _ids(path: Path, word: str) -> tuple[int, set[str]]:
    with Library(path) as library:
        story = next(s.id for s in library.stories() if word in s.title.lower())
        return story, {a.id for a in library.story(story).articles}


def _json(capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize("command", ["links", "quotes", "figures"])
def test_reports_take_a_story_of_the_library(command: str, lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story, articles = _ids(lib, "cod")
    assert main([command, "--story", str(story), "--library", str(lib), "--json"]) == 0
    data = _json(capsys)
    if command == "links":
        assert {a["id"] for a in data["articles"]} == articles and data["links"]
    else:
        mentioned = json.dumps(data)
        assert any(a in mentioned for a in articles)


def test_links_of_a_story_are_its_stored_links(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story, _ = _ids(lib, "cod")
    with Library(lib) as library:
        expected = library.story(story).to_json()
    assert main(["links", "--story", str(story), "--library", str(lib), "--json"]) == 0
    assert _json(capsys) == json.loads(json.dumps(expected))


def test_a_library_the_environment_names_must_hold_articles_as_one_named_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A tester's NEWSPRISM_LIBRARY named an emptied library: export wrote the bundled seeds' 2023
    # story, exit 0 and not a word, where --library said the library is empty.
    empty = tmp_path / "empty.sqlite"
    with Library(empty):
        pass
    monkeypatch.setenv("NEWSPRISM_LIBRARY", str(empty))
    for argv in (["links", "--json"], ["export", "-o", str(tmp_path / "out.md")]):
        assert main(argv) == 2
        err = capsys.readouterr().err.splitlines()
        assert len(err) == 1 and "the library is empty" in err[0]
    assert not (tmp_path / "out.md").exists()


def test_without_paths_reports_use_the_library_as_the_reader_does(
    lib: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["links", "--json"]) == 0  # no library yet: the seeds
    assert {a["outlet"] for a in _json(capsys)["articles"]} >= {"BBC News", "The Hindu"}
    monkeypatch.setenv("NEWSPRISM_LIBRARY", str(lib))
    with Library(lib) as library:
        latest = library.stories()[0].id
        ids = {a.id for a in library.story(latest).articles}
    assert main(["links", "--json"]) == 0
    assert {a["id"] for a in _json(capsys)["articles"]} == ids
    assert main(["links", "--library", str(lib), "--json"]) == 0
    assert {a["id"] for a in _json(capsys)["articles"]} == ids


def test_export_of_a_story_writes_the_report(lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story, _ = _ids(lib, "mackerel")
    out = tmp_path / "report.html"
    assert main(["export", "--story", str(story), "--library", str(lib), "-f", "html", "-o", str(out)]) == 0
    assert "mackerel" in out.read_text(encoding="utf-8").lower()


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["links", "seeds", "--library", "{missing}"], "give PATHs or --library, not both"),
        (["links", "seeds", "--story", "9"], "no story 9 in these files: they report 1 event (--story 1)"),
        (["seeds", "--story", "1"], "give PATHs or --story, not both (the story list, s, shows the stories of PATHs)"),
        (["quotes", "--story", "99"], "no story 99 in the library (`newsprism stories` lists them)"),  # as `story show 99`
        (["figures", "--library", "{missing}"], "no such library"),
        (["export", "--library", "{dir}"], "is a directory, not a library file"),
    ],
)
def test_bad_story_arguments_are_one_line(
    argv: list[str], said: str, lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [a.format(missing=tmp_path / "none.sqlite", dir=tmp_path) for a in argv]
    if "--library" not in argv and "seeds" not in argv:
        argv += ["--library", str(lib)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1


def test_story_show_json_is_the_links_contract_with_the_story(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story, articles = _ids(lib, "cod")
    assert main(["story", "show", str(story), "--json", "--library", str(lib)]) == 0
    data = _json(capsys)
    assert data["story"]["id"] == story and data["story"]["articles"] == len(articles)
    assert {a["id"] for a in data["articles"]} == articles
    for article in data["articles"]:
        assert {"id", "path", "outlet", "title", "byline", "published", "paragraphs"} <= set(article)
        assert [p["index"] for p in article["paragraphs"]] == list(range(len(article["paragraphs"])))
        assert all(p["text"] for p in article["paragraphs"])
    for link in data["links"]:
        assert {link["a"]["article"], link["b"]["article"]} <= articles


class _FakeServer:
    commands: list[str] = []

    def __init__(self, command: str, **kwargs: object) -> None:
        _FakeServer.commands.append(command)

    def serve(self) -> None:
        pass


def test_serve_without_paths_serves_the_library(lib: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import textual_serve.server

    monkeypatch.setattr(textual_serve.server, "Server", _FakeServer)
    _FakeServer.commands = []
    assert main(["serve"]) == 0  # no library: the seeds
    assert "seeds" in _FakeServer.commands[-1]
    monkeypatch.setenv("NEWSPRISM_LIBRARY", str(lib))
    assert main(["serve"]) == 0
    assert _FakeServer.commands[-1].endswith(f"--library {lib.resolve()} --shared")
    story, _ = _ids(lib, "cod")
    assert main(["serve", "--story", str(story)]) == 0
    assert _FakeServer.commands[-1].endswith(f"--library {lib.resolve()} --shared --story {story}")


def test_the_reader_opens_the_story_asked_for(
    lib: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import tui.app

    opened: list[dict[str, object]] = []

    class Fake:
        return_code = 0

        def __init__(self, **kwargs: object) -> None:
            opened.append(kwargs)

        def run(self, **_: object) -> None:  # App.run(loop=...)
            pass

    monkeypatch.setattr(tui.app, "make_app", lambda paths=(), **kw: Fake(**kw))
    monkeypatch.setattr("tui.cli_reading._terminal_problem", lambda: None)
    story, _ = _ids(lib, "cod")
    assert main(["--library", str(lib), "--story", str(story)]) == 0
    assert opened == [{"library": lib, "story": story, "theme": "textual-dark"}]
    assert main(["--library", str(lib), "--story", "99"]) == 2
    assert "no story 99" in capsys.readouterr().err


def test_a_second_reader_is_kept_out_unless_shared(
    lib: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import tui.app
    from core.library.store import LibraryLock

    ran: list[bool] = []

    class Fake:
        return_code = 0

        def __init__(self, **kwargs: object) -> None:
            pass

        def run(self, **_: object) -> None:  # App.run(loop=...)
            ran.append(True)

    monkeypatch.setattr(tui.app, "make_app", lambda paths=(), **kw: Fake(**kw))
    monkeypatch.setattr("tui.cli_reading._terminal_problem", lambda: None)
    monkeypatch.setattr(LibraryLock, "holder", lambda self: 1)  # a live process holds it
    LibraryLock(lib).path.write_text("1\n")
    assert main(["--library", str(lib)]) == 2
    assert "open in another newsprism (pid 1)" in capsys.readouterr().err and not ran
    assert main(["--library", str(lib), "--shared"]) == 0 and ran  # as each `serve` session opens it


# --- asking first, undoing -------------------------------------------------------


def test_merging_a_story_into_itself_is_an_error(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story, _ = _ids(lib, "cod")
    assert main(["story", "merge", str(story), str(story), "--yes", "--library", str(lib)]) == 2
    assert capsys.readouterr().err == f"newsprism: story {story} cannot be merged into itself\n"


def test_merging_a_story_that_does_not_exist_says_so_first(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Library(lib) as library:
        missing = max(s.id for s in library.stories()) + 1
    assert main(["story", "merge", str(missing), str(missing), "--yes", "--library", str(lib)]) == 2
    assert capsys.readouterr().err == f"newsprism: no story {missing} in the library (`newsprism stories` lists them)\n"


def test_adding_an_address_of_another_scheme_says_only_http_is_fetched(
    lib: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["add", "ftp://127.0.0.1/x", "--library", str(lib)]) == 2
    err = capsys.readouterr().err
    assert err == "newsprism: skipped ftp://127.0.0.1/x: ftp:// addresses are not supported (only http:// and https://)\n"
    assert main(["links", "file:///etc/hostname"]) == 2
    assert "file:// addresses are not supported" in capsys.readouterr().err


def test_undo_help_says_yes_does_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["story", "undo", "--help"])
    assert "undo never asks, so it does nothing" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("action", [["merge", "{cod}", "{mackerel}"], ["split", "{cod}", "{article}"], ["remove", "{cod}"],
                                    ["move", "{article}", "{mackerel}"]])
def test_changes_without_a_terminal_need_yes_and_can_be_undone(
    action: list[str], lib: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cod, articles = _ids(lib, "cod")
    mackerel, _ = _ids(lib, "mackerel")
    argv = ["story", *(a.format(cod=cod, mackerel=mackerel, article=min(articles)) for a in action), "--library", str(lib)]
    with Library(lib) as library:
        before = [(s.id, s.title, s.articles) for s in library.stories()]
    assert main(argv) == 2  # pytest's stdin is no terminal
    assert capsys.readouterr().err == f"newsprism: story {action[0]} asks first; without a terminal, add --yes to go ahead\n"
    with Library(lib) as library:
        assert [(s.id, s.title, s.articles) for s in library.stories()] == before
    assert main([*argv, "--yes"]) == 0
    assert "`newsprism story undo` reverts it" in capsys.readouterr().out
    with Library(lib) as library:
        assert [(s.id, s.title, s.articles) for s in library.stories()] != before
    assert main(["story", "undo", "--yes", "--library", str(lib)]) == 0  # taken like the others' (undo never asks)
    assert capsys.readouterr().out.startswith(f"undone: {action[0].rstrip('e')}")
    with Library(lib) as library:
        assert sorted((s.id, s.title, s.articles) for s in library.stories()) == sorted(before)
    assert main(["story", "undo", "--library", str(lib)]) == 2
    assert "nothing to undo" in capsys.readouterr().err


def test_several_stories_are_removed_at_once_and_come_back_one_undo_each(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A fresh user's `story remove 27 29` was refused (one story only); a story the library lacks
    is said before anything is removed."""
    cod, _ = _ids(lib, "cod")
    mackerel, _ = _ids(lib, "mackerel")
    with Library(lib) as library:
        before = sorted((s.id, s.title, s.articles) for s in library.stories())
    assert main(["story", "remove", str(cod), "99999", "--yes", "--library", str(lib)]) == 2
    assert "no story 99999" in capsys.readouterr().err
    with Library(lib) as library:
        assert sorted((s.id, s.title, s.articles) for s in library.stories()) == before
    assert main(["story", "remove", str(cod), str(mackerel), str(cod), "--yes", "--library", str(lib)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"removed story {cod} and its 2 articles" and out[1].startswith(f"removed story {mackerel} and its ")
    assert out[2] == "(`newsprism story undo` brings back the last, once for each story)" and len(out) == 3
    with Library(lib) as library:
        assert not {cod, mackerel} & {s.id for s in library.stories()}
    for _ in range(2):
        assert main(["story", "undo", "--library", str(lib)]) == 0
    with Library(lib) as library:
        assert sorted((s.id, s.title, s.articles) for s in library.stories()) == before


def test_a_move_of_an_article_the_library_lacks_is_one_line(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cod, articles = _ids(lib, "cod")
    with Library(lib) as library:
        before = [(s.id, s.title, s.articles) for s in library.stories()]
    assert main(["story", "move", "0123abcd", str(cod), "--yes", "--library", str(lib)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsprism: the library has no article 0123abcd") and err.count("\n") == 1
    assert main(["story", "move", min(articles), "99999", "--yes", "--library", str(lib)]) == 2
    assert "no story 99999" in capsys.readouterr().err
    assert main(["story", "move", min(articles), str(cod), "--yes", "--library", str(lib)]) == 2
    assert f"in story {cod} already" in capsys.readouterr().err
    with Library(lib) as library:
        assert [(s.id, s.title, s.articles) for s in library.stories()] == before


@pytest.mark.parametrize(("answer", "removed"), [("y\n", True), ("yes\n", True), ("n\n", False), ("\n", False), ("", False)])
def test_on_a_terminal_a_change_asks_first(
    answer: str, removed: bool, lib: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal(answer))
    monkeypatch.setattr("sys.stdout", Terminal())
    cod, _ = _ids(lib, "cod")
    status = main(["story", "remove", str(cod), "--library", str(lib)])
    out = __import__("sys").stdout.getvalue()
    # the story by the headline its articles share most (both name the deal's two countries and
    # the cod; the tie goes to the article of the lesser id)
    assert f"Remove story {cod} (2 articles: Cod catch cut by 12% in Norland-Vestria deal)" in out and "[y/N]" in out
    assert status == (0 if removed else 1)
    assert ("removed story" in out) == removed and ("nothing changed" in out) != removed
    with Library(lib) as library:
        assert (cod in {s.id for s in library.stories()}) != removed


# --- read-only libraries ---------------------------------------------------------


def test_a_read_only_library_is_listed_searched_and_shown(
    lib: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("core.library.store._writable", lambda path: False)
    os.chmod(lib, 0o444)
    assert main(["stories", "--library", str(lib)]) == 0
    assert "5 stories" in capsys.readouterr().out
    assert main(["search", "mackerel", "--library", str(lib)]) == 0
    assert "mackerel" in capsys.readouterr().out.lower()
    cod, _ = _ids(lib, "cod")
    assert main(["story", "show", str(cod), "--library", str(lib)]) == 0
    assert main(["links", "--library", str(lib), "--story", str(cod)]) == 0
    capsys.readouterr()
    assert main(["story", "rename", str(cod), "New", "--library", str(lib)]) == 2
    assert capsys.readouterr().err == f"newsprism: {lib}: the library is read-only; nothing can be changed\n"


def test_a_directory_given_as_the_library_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["stories"], ["search", "x"], ["add", str(WEB / "events.jsonl")], []):
        assert main([*argv, "--library", str(tmp_path)]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"newsprism: {tmp_path}: is a directory, not a library file") and err.count("\n") == 1


def test_a_fifo_given_as_the_library_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for argv in (["stories"], ["search", "x"], ["story", "undo"], ["add", str(WEB / "events.jsonl")]):
        assert main([*argv, "--library", str(fifo)]) == 2
        assert capsys.readouterr().err == f"newsprism: {fifo}: not a regular file, not a library\n"
    assert [p.name for p in tmp_path.iterdir()] == ["fifo"]


async def test_the_reader_on_a_read_only_library_says_so_once_and_reads(
    lib: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.message import Message
    from textual.notifications import Notify

    from tests.pilot import ready, until
    from tui.app import make_app

    said: list[str] = []  # every notice sent: one on screen goes after a few seconds, a loaded machine's test may look later

    def told(message: Message) -> None:
        if isinstance(message, Notify):
            said.append(message.notification.message)

    monkeypatch.setattr("core.library.store._writable", lambda path: False)
    app = make_app(library=lib)
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        main_screen = await ready(pilot)
        assert main_screen.story is not None and app.library is not None and app.library.read_only
        assert said == ["The library is read-only: what you read and mark is not kept"]
        await pilot.press("j", "j", "b", "R")  # read on, try to bookmark and rename: nothing breaks
        renaming = "Renaming a story needs a library that can be written; this one is read-only"
        await until(pilot, lambda: renaming in said, "the notice of R")
        assert "Bookmarking needs a library that can be written; this one is read-only" in said
        assert app.library.read_paragraphs(main_screen.story.articles[0].id) == set()


def test_add_says_where_articles_it_placed_were_regrouped_to(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A fresh user's `add` said "added story 1: ..." for a sidebar that the later reports of its
    event then regrouped into story 2: `story show 1` found no story. The run says where it went."""
    data = Path(__file__).parent / "data" / "regroup"  # a crane collapse: a witness sidebar first, then three reports
    # Two of its datelines have no year ("VELMORA, Nov 29 (BWS) -"): the year is the last one up to
    # the file's time, so the copies are saved a few days after the collapse as a reader saves them.
    data = Path(shutil.copytree(data, tmp_path / "regroup"))
    saved = datetime(2026, 12, 1, 12).timestamp()
    for file in data.iterdir():
        os.utime(file, (saved, saved))
    assert main(["add", str(data), "--library", str(tmp_path / "lib.sqlite")]) == 0
    out = capsys.readouterr().out
    with Library(tmp_path / "lib.sqlite") as library:
        [info] = library.stories()
    assert "added    story 1: " in out  # the sidebar, alone at first
    # said plainly (a fresh user, 24, could not read "regrouped: 4 articles of story 1, 6 are now in story 10: ...")
    assert (f"regrouped: 1 article shown above in story 1 is now in story {info.id}, titled “{info.title}” "
            "(stories are grouped again as articles come in)") in out
    # the origin's headline (the wire's: the Courier's dateline credits BWS), not the sidebar's
    assert info.title == "Harbor crane collapse kills four in Velmora"


def test_add_and_refresh_say_where_articles_the_library_held_were_regrouped_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A fresh user's (25) `add` of two feed entries moved two articles the library held to other
    stories without a word: every article moved is said, one line per story it is now in."""
    data = Path(shutil.copytree(Path(__file__).parent / "data" / "regroup", tmp_path / "regroup"))
    saved = datetime(2026, 12, 1, 12).timestamp()
    for file in data.iterdir():
        os.utime(file, (saved, saved))
    path = tmp_path / "lib.sqlite"
    assert main(["add", str(data / "a_kestrel_sidebar.txt"), "--library", str(path)]) == 0
    assert "added    story 1: " in capsys.readouterr().out  # the sidebar, alone
    rest = [str(f) for f in sorted(data.iterdir()) if f.name != "a_kestrel_sidebar.txt"]
    assert main(["add", *rest, "--library", str(path)]) == 0
    out = capsys.readouterr().out
    with Library(path) as library:
        [info] = library.stories()
    assert info.id != 1
    # the article the library held is named (its outlet, its title's opening): the story's title
    # at the line's end read as the article that moved (fresh user 27)
    [line] = [line for line in out.splitlines() if line.startswith("regrouped: ")]
    assert line.startswith("regrouped: 1 article the library held in story 1 (") and "Kestrel" in line.split(" is now in ")[0]
    assert line.endswith(f" is now in story {info.id}, titled “{info.title}” (stories are grouped again as articles come in)")


def test_regrouped_names_articles_shown_and_held_in_one_line() -> None:
    from tui.cli_library import regrouped

    assert regrouped([1, 1], 3, "T", [13], ["Valley Post: “Rail line reopens”"]) == (
        "regrouped: 2 articles shown above in story 1 and 1 article the library held in story 13 "
        "(Valley Post: “Rail line reopens”) are now in story 3, titled “T” (stories are grouped again as articles come in)"
    )
    assert regrouped([], 3, "T", [1, 1, 2], ["A: “a”", "B: “b”", "C: “c”"]).startswith(
        "regrouped: 3 articles the library held in stories 1 and 2 (A: “a”; B: “b”; 1 more) are now in story 3, ")


def test_an_interrupted_add_says_what_it_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Ctrl+C in a long `add` left with 130 and no word of what was kept."""
    data = Path(__file__).parent / "data" / "regroup"
    add = Library.add
    calls: list[int] = []

    def stop_at_the_third(self: Library, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return add(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Library, "add", stop_at_the_third)
    assert main(["add", str(data), "--library", str(tmp_path / "lib.sqlite")]) == 130
    err = capsys.readouterr().err
    assert "interrupted: the 2 articles added before the stop are kept; run the same command again" in err
    monkeypatch.setattr(Library, "add", add)
    assert main(["add", str(data), "--library", str(tmp_path / "lib.sqlite")]) == 0  # the rerun completes it
    assert "2 added, 2 already there" in capsys.readouterr().out



def test_a_command_that_only_reads_says_it_was_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl+C in `links` left with 130 and not a word (trial 36 F13); SIGTERM says so too."""
    import core.linking.align
    from tui.cli_common import Ended

    data = Path(__file__).parent / "data" / "regroup"
    for stop, status, line in ((KeyboardInterrupt(), 130, "newsprism: interrupted"), (Ended(15), 143, "newsprism: stopped by SIGTERM")):
        def linking(*args: object, stop: BaseException = stop, **kwargs: object) -> None:
            raise stop

        monkeypatch.setattr(core.linking.align, "link", linking)
        assert main(["links", str(data)]) == status
        assert capsys.readouterr().err.strip().splitlines()[-1] == line


def _briefs(folder: Path, number: int) -> Path:
    """*folder* made and filled with *number* distinct briefs, as a fresh user's: each its own
    story, none slow to link."""
    folder.mkdir()
    for n in range(number):
        (folder / f"a{n:03}.txt").write_text(
            f"Brief {n}: Firm{n} Holdings posts results\n\nLEEDS, April {1 + n % 28} - Firm{n} Holdings reported "
            f"revenue of {100 + n} million pounds for the year and said it would hire {n * 3} staff at Plant{n}.\n"
        )
    return folder


@pytest.mark.parametrize(("name", "status", "gone"), [("SIGTERM", 143, False), ("SIGHUP", 129, False), ("SIGINT", 130, False),
                                                     ("SIGHUP", 129, True)])
def test_an_add_ended_by_a_signal_says_what_it_kept_as_ctrl_c_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, status: int, gone: bool
) -> None:
    """A fresh user's SIGTERM to `add` of 300 files ended it with -15 and nothing said (SIGINT
    printed what was kept and exited 130). SIGTERM and SIGHUP end it as SIGINT does: whole
    articles kept, the same line, the shell's status for the signal (128 + its number); with
    the terminal gone (*gone*: no one reads stderr, as after a hang-up), the status still."""
    import signal
    import subprocess
    import sys

    folder = _briefs(tmp_path / "many", 120)
    library = tmp_path / "lib.sqlite"
    unread, stderr = os.pipe() if gone else (-1, subprocess.PIPE)
    process = subprocess.Popen([sys.executable, "-m", "tui.cli", "add", "--library", str(library), str(folder)],
                               stdout=subprocess.PIPE, stderr=stderr, env={**os.environ, "PYTHONUNBUFFERED": "1"},
                               cwd=Path(__file__).parent.parent)
    if gone:
        os.close(unread)
        os.close(stderr)
    assert process.stdout is not None
    lines = [process.stdout.readline() for _ in range(3)]  # three articles in: the signal comes amid the adding
    assert all(line.startswith(b"added") for line in lines), lines
    process.send_signal(getattr(signal, name))
    out, err = process.communicate(timeout=60)
    assert process.returncode == status, err
    with Library(library) as library_kept:
        kept = library_kept.counts()[1]
    assert kept >= len(lines) + out.count(b"\nadded") + out.startswith(b"added")  # every article said added, whole
    if not gone:
        assert err.decode().splitlines() == [f"newsprism: interrupted: the {kept} articles added before the stop are kept; "
                                             "run the same command again to add the rest (what the library holds is passed over)"]
    assert main(["add", str(folder), "--library", str(library)]) == 0  # the rerun adds the rest
    assert f"{120 - kept} added, {kept} already there" in capsys.readouterr().out


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals here")
def test_an_add_whose_terminal_goes_without_a_hang_up_ends_as_on_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A terminal closed without a SIGHUP (a shell that ignores or traps it; the window gone) while
    `add DIR` printed its lines: the next write failed (EIO) and `add` ended as an internal error,
    exit 1, a crash log written. It now ends as on SIGHUP: 129, nothing said, whole articles kept,
    no crash log, and the same command again adds the rest."""
    import subprocess
    import sys

    folder = _briefs(tmp_path / "many", 120)
    library = tmp_path / "lib.sqlite"
    data = tmp_path / "data"  # where a crash log would go
    terminal, far_end = os.openpty()  # not the process's controlling terminal: its closing sends no SIGHUP
    process = subprocess.Popen([sys.executable, "-m", "tui.cli", "add", "--library", str(library), str(folder)],
                               stdin=subprocess.DEVNULL, stdout=far_end, stderr=far_end, cwd=Path(__file__).parent.parent,
                               env={**os.environ, "PYTHONUNBUFFERED": "1", "XDG_DATA_HOME": str(data)})
    os.close(far_end)
    said = b""
    while said.count(b"added") < 3:  # three articles in: the terminal goes amid the adding
        said += os.read(terminal, 4096)
    os.close(terminal)
    assert process.wait(timeout=120) == 129
    assert not (data / "newsprism" / "logs").exists()
    with Library(library) as kept_in:
        kept = kept_in.counts()[1]
        assert kept_in.integrity() == "ok" and kept >= 3
    assert main(["add", str(folder), "--library", str(library)]) == 0  # the rerun adds the rest
    assert f"{120 - kept} added, {kept} already there" in capsys.readouterr().out


def test_stories_help_says_why_the_ids_skip_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    # A fresh user read ids 1, 6, 8, 10 as a numbering gone wrong: they are the stories' keys for good.
    with pytest.raises(SystemExit):
        main(["stories", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "never given to another story, so the ids skip those of stories merged into others or removed" in said


def test_an_add_whose_output_no_one_reads_any_more_adds_everything(tmp_path: Path) -> None:
    """A second fresh user: `newsprism add many/ | head -1` stopped after two of 300 articles,
    exit 0 and not a word (the closed pipe ended it). It now adds them all, its lines dropped."""
    import subprocess
    import sys

    folder = _briefs(tmp_path / "many", 40)
    library = tmp_path / "lib.sqlite"
    process = subprocess.Popen([sys.executable, "-m", "tui.cli", "add", "--library", str(library), str(folder)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path(__file__).parent.parent)
    assert process.stdout is not None and process.stdout.readline().startswith(b"added")
    process.stdout.close()  # as `head -1` does
    err = process.stderr.read() if process.stderr else b""
    assert process.wait(timeout=120) == 0 and b"Traceback" not in err
    with Library(library) as kept:
        assert kept.counts()[1] == 40


def test_regrouped_names_the_stories_the_articles_were_shown_in() -> None:
    from tui.cli_library import regrouped

    assert regrouped([1, 6, 1, 1], 10, "Halvard Bank profit beats forecasts") == (
        "regrouped: 4 articles shown above in stories 1 and 6 are now in story 10, titled “Halvard Bank profit beats forecasts” "
        "(stories are grouped again as articles come in)"
    )
    assert regrouped([3, 5, 21], 1, "T").startswith("regrouped: 3 articles shown above in stories 3, 5 and 21 are now in story 1, ")


def _broken_and_good(folder: Path) -> Path:
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Harbour board cuts mooring fee\n\nThe harbour board cut its mooring fee by a tenth on Monday, "
        "its chairman said, the first cut since the storm of 2024 closed the slipway for a month.\n"
    )
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_text("")
    return folder


def test_add_exits_2_when_anything_given_was_skipped_a_file_or_in_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One rule (a fresh user, 24, thought a folder differed): exit status 2 whenever anything
    given, or found in a folder given, was skipped as unreadable; 0 when everything was added,
    changed or already there."""
    folder = _broken_and_good(tmp_path / "in")
    library = str(tmp_path / "lib.sqlite")
    assert main(["add", str(folder / "binary.txt"), "--library", library]) == 2
    assert main(["add", str(folder), "--library", library]) == 2  # good.txt added, two skipped
    assert "1 added, 0 already there, 2 skipped" in capsys.readouterr().out
    assert main(["add", str(folder), "--library", library]) == 2  # again: one there, two skipped
    assert "0 added, 1 already there, 2 skipped" in capsys.readouterr().out
    assert main(["add", str(folder / "good.txt"), "--library", library]) == 0  # all already there
    (folder / "binary.txt").unlink()
    (folder / "empty.txt").unlink()
    (folder / "notes.dat").write_text("not news")  # of no known kind: said, not counted
    assert main(["add", str(folder), "--library", library]) == 0
    assert "skipped 1 file of no known kind (.dat)" in capsys.readouterr().err


def test_add_help_states_the_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["add", "--help"])
    said = " ".join(capsys.readouterr().out.split()).lower()
    assert "exit status 2 when anything given (a file, or one in a folder given) was skipped as unreadable" in said
    assert "0 when every article was added, changed or already there" in said


def test_add_keeps_a_paragraph_of_one_sentence_repeated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A fresh user (24): 100 KB of one sentence repeated was skipped as "no article text found",
    which is wrong about the file (a headline and plenty of text): the pieces a long paragraph is
    cut into were taken for a caption printed twice. Its text is kept: each piece once, which
    add says (the pieces, all alike, were kept every one, 25 paragraphs of the same words)."""
    sentence = "Halvard Bank net interest income fell 3% to 2.1 billion euros as rates were cut by the central bank."
    # 100 characters a sentence: the user's, whose pieces repeat exactly (all were dropped); 102:
    # pieces that differ at the end (all but the last were dropped, unsaid)
    for said in (sentence[:98] + ".", sentence):
        (tmp_path / "huge.txt").write_text("Huge story about Halvard\n\n" + " ".join([said] * 1000) + "\n")
        library = tmp_path / f"{len(said)}.sqlite"
        assert main(["add", str(tmp_path / "huge.txt"), "--library", str(library)]) == 0
        out, err = capsys.readouterr()
        assert "1 added, 0 already there, 0 skipped" in out
        assert f"{tmp_path / 'huge.txt'}: the same text said" in err and "times over is kept once" in err
        with Library(library) as opened:
            [article] = opened.story(opened.stories()[0].id).articles
        assert all(p.startswith(said) and not p.replace(said, "").strip() for p in article.paragraphs)  # the sentence, whole
        assert len(set(article.paragraphs)) == len(article.paragraphs) <= 2  # each piece once


def test_stories_json_gives_the_first_and_last_day_in_one_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A fresh user's story gave "first": "2026-11-30" and "last": "2026-11-30T18:30:00+01:00".
    from core.model import Article, article_id

    body = ("Dock workers at the port of Arden ended their nine-day strike on Monday, the union said.",
            "The port authority said ships would be unloaded again from Tuesday morning.")
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        for outlet, published in (("Arden Post", "2026-11-30"), ("Harbour Herald", "2026-11-30T18:30:00+01:00")):
            title, text = f"{outlet}: strike ends", (*body, f"Reported by {outlet}.")
            library.add(Article(article_id(outlet, title, text), outlet, outlet, title, text, published=published), source=outlet)
    assert main(["stories", "--json", "--library", str(path)]) == 0
    [story] = json.loads(capsys.readouterr().out)
    assert story["articles"] == 2 and (story["first"], story["last"]) == ("2026-11-30", "2026-11-30")
    assert main(["story", "show", str(story["id"]), "--json", "--library", str(path)]) == 0
    shown = _json(capsys)["story"]
    assert (shown["first"], shown["last"]) == ("2026-11-30", "2026-11-30")


_FULL_PAGE = """<!DOCTYPE html><html><head><title>Harbour bridge closes for repairs</title></head><body>
<div class="cookie">We use cookies to personalise content and ads. Accept all?</div>
<article><h1>Harbour bridge closes for repairs</h1>
<p>The Harbour Bridge in Vell closed on Monday for six weeks of repairs to its deck, the city council said.</p>
<p>Traffic will cross the river by the Mill Street bridge, adding about 20 minutes to journeys at peak times.</p>
<p>The council said the work would cost 4.2 million euros and be paid from its roads budget.</p>
<p>Ferries will run every 15 minutes from the old quay while the bridge is closed, the operator said.</p>
</article></body></html>
"""


def test_a_page_cut_off_before_its_end_is_refused_and_replaces_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A media monitor's download broke off inside the cookie banner: "added" as version 2 of the
    # article, it left the cookie notice as the whole report and took its links with it; adding the
    # good copy again was refused as an older version.
    monkeypatch.setenv("NEWSPRISM_LIBRARY", str(tmp_path / "lib.sqlite"))
    good = tmp_path / "bridge.html"
    good.write_text(_FULL_PAGE, encoding="utf-8")
    assert main(["add", str(good)]) == 0
    capsys.readouterr()
    good.write_text(_FULL_PAGE[: _FULL_PAGE.index("Mill") + 2], encoding="utf-8")  # cut mid-text
    assert main(["add", str(good)]) != 0
    err = capsys.readouterr().err
    assert "cut off" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert main(["story", "show", "1", "--json"]) == 0
    [article] = json.loads(capsys.readouterr().out)["articles"]
    assert len(article["paragraphs"]) == 4 and "Harbour Bridge in Vell" in article["paragraphs"][0]["text"]
    # A trial's download broke off in the page's markup, on a tag: after a link's opening tag, or
    # between two paragraphs with the report's <article> left open. Each was read as a fragment.
    linked = _FULL_PAGE.replace("<article>", "<div class='category'><a href='/news/'>News</a></div><article>")
    for cut in (linked[: linked.index("News</a>")], _FULL_PAGE[: _FULL_PAGE.index("<p>Ferries")]):
        good.write_text(cut, encoding="utf-8")
        assert main(["add", str(good)]) != 0
        assert "cut off" in capsys.readouterr().err
    assert main(["story", "show", "1", "--json"]) == 0
    [article] = json.loads(capsys.readouterr().out)["articles"]
    assert len(article["paragraphs"]) == 4
    # a whole page that leaves out its closing tags (HTML allows it) is read
    whole = tmp_path / "ferry.html"
    whole.write_text(_FULL_PAGE.replace("</body></html>", "").replace("Harbour", "Ferry"), encoding="utf-8")
    assert main(["add", str(whole)]) == 0


def test_a_title_in_chinese_or_japanese_is_cut_to_the_terminals_width(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh user's Japanese headline of 49 characters took about 95 columns of `stories` at
    80: titles were cut by characters, and a Han character takes two cells."""
    import json as json_module
    import os

    from rich.cells import cell_len

    title = "東京湾で大型フェリーが座礁、乗客三百人を救助　海上保安庁が原因を調査中と発表した。港は一時閉鎖"
    record = {"title": title, "source": {"name": "湾岸新報"}, "publishedAt": "2026-03-03T08:00:00Z",
              "content": "東京湾で三日朝、大型フェリーが浅瀬に乗り上げ、乗客三百人が救助された。海上保安庁は原因を調べている。"}
    path = tmp_path / "intl.jsonl"
    path.write_text(json_module.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    lib = tmp_path / "lib.sqlite"
    assert main(["add", "--no-fetch", "--library", str(lib), str(path)]) == 0
    capsys.readouterr()
    monkeypatch.setattr("shutil.get_terminal_size", lambda fallback=(80, 24): os.terminal_size((80, 24)))
    assert main(["stories", "--library", str(lib)]) == 0
    lines = capsys.readouterr().out.splitlines()
    shown = [line for line in lines if any(ord(c) > 0x2E80 for c in line)]  # the title's and the outlet's lines
    assert any(title[:10] in line for line in shown) and all(cell_len(line) <= 80 for line in shown), lines


@pytest.mark.parametrize(("text", "width", "shown"), [
    ("The harbour gates opened on Monday", 20, "The harbour gates…"),  # as textwrap.shorten cuts it
    ("The harbour gates opened", 40, "The harbour gates opened"),
    ("東京湾で大型フェリーが座礁", 11, "東京湾で大…"),  # two cells a character
    ("Supercalifragilisticexpialidocious", 10, "Supercali…"),  # a word longer than the line: cut, not "…" alone
])
def test_shorten_counts_the_cells_the_terminal_draws(text: str, width: int, shown: str) -> None:
    from rich.cells import cell_len

    from tui.cli_common import shorten

    assert shorten(text, width) == shown and cell_len(shown) <= width


def test_search_hits_are_grouped_by_story_each_in_time_order() -> None:
    # trial 43 F15: the best matches, grouped by story (the best match's story first), each story's
    # in the order its reports came
    from core.library.store import SearchHit
    from core.model import Ref
    from tui.cli_library import _by_story

    def hit(story: int, article: str, published: str | None) -> SearchHit:
        return SearchHit(Ref(article, 0), story, "Outlet", "Title", published, "Osterdal port", ())

    best_first = [hit(20, "a", "2026-11-27T14:30:00Z"), hit(12, "b", "2026-11-22"), hit(1, "c", "2026-11-24T09:00:00+01:00"),
                  hit(20, "d", "2026-11-27T09:00:00Z"), hit(1, "e", "2026-11-16"), hit(1, "f", None)]
    assert [(h.story, h.ref.article) for h in _by_story(best_first)] == [
        (20, "d"), (20, "a"), (12, "b"), (1, "e"), (1, "c"), (1, "f")]


def test_a_broken_manifest_is_the_exit_status_2_the_summary_and_the_help_give_a_reason_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Trial 45 F18: every file of a folder with a broken manifest was added, the summary said
    # "0 skipped", and the status was 2, which the README kept for input skipped as unreadable.
    # The manifest is that input (the outlets it names are not used): the summary counts it, and
    # the README and `add --help` say so.
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "manifest.json").write_text('{"files": {"a.txt": {"outlet": }}}', encoding="utf-8")
    (folder / "a.txt").write_text("Quake hits Velmora\n\nA strong earthquake struck Velmora on Saturday, officials said.\n")
    assert main(["add", "--library", str(tmp_path / "lib.sqlite"), str(folder)]) == 2
    out = capsys.readouterr().out
    assert "1 added, 0 already there, 0 skipped, 1 broken manifest not used;" in out
    (folder / "manifest.json").write_text('{"files": {"a.txt": {"outlet": "Velmora Post"}}}', encoding="utf-8")
    assert main(["add", "--library", str(tmp_path / "lib2.sqlite"), str(folder)]) == 0
    assert "not used" not in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["add", "--help"])
    assert "manifest.json could not be read" in " ".join(capsys.readouterr().out.split())
    readme = " ".join((Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8").split())
    assert "a folder's broken `manifest.json` too" in readme and "1 broken manifest not used" in readme
