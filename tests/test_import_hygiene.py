"""core/ knows nothing of the screen, and is typed throughout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_core_imports_neither_textual_nor_rich() -> None:
    code = (
        "import sys, core.reading, core.linking.align, core.linking.story, core.reading.judge, core.text, core.sanitize, core.views.collate, core.views.quotes, core.views.facts, core.groups, core.views.export, core.views.figures;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_and_tui_pass_mypy_strict() -> None:
    """core/ and tui/ are typed throughout (STYLE.md); pyproject.toml holds the settings. tui/ was
    left out until it held 22 errors (a loop variable reusing a name of another type, a view built
    through ``type[Screen]`` with arguments Screen does not take, ...)."""
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(root / "pyproject.toml"), str(root / "core"), str(root / "tui")],
        capture_output=True, text=True, cwd=root,
    )
    assert result.returncode == 0, result.stdout + result.stderr


#: The stages below the views: none may import a view (core/views/), at its top or inside a
#: function; a view reads what they give.
_BELOW_VIEWS = ("core/linking", "core/stories", "core/reading", "core/quantities.py", "core/text.py", "core/model.py",
                "core/quotations.py", "core/numbers.py", "core/groups.py")


def test_no_stage_below_the_views_imports_a_view() -> None:
    import ast

    root = Path(__file__).resolve().parent.parent
    offending = []
    for below in _BELOW_VIEWS:
        path = root / below
        for module in sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.exists() else []:
            for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [
                    alias.name for alias in node.names] if isinstance(node, ast.Import) else []
                offending += [f"{module.relative_to(root)}:{node.lineno} imports {name}"
                              for name in names if name == "core.views" or name.startswith("core.views.")]
    assert offending == []


#: What a command that reads no article must not wait for: the screen, reading (whose judge
#: compiles its vocabularies), linking and quotations.
_HEAVY = ("textual", "tui.app", "core.reading.judge", "core.reading.html", "core.linking.story", "core.quotations")


def _heavy_modules_after(*argv: str) -> tuple[int, str, list[str]]:
    """The exit status, stderr and heavy modules (:data:`_HEAVY`) loaded by `newsprism ARGV`, run in a new interpreter."""
    code = (
        "import sys\nfrom tui.cli import main\n"
        "try:\n    sys.exit(main(sys.argv[1:]))\n"  # --help ends in argparse's SystemExit
        f"finally:\n    print([m for m in sys.modules if m in {_HEAVY!r} or m.split('.')[0] == 'textual'], file=sys.stderr)"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, cwd=root)
    *said, loaded = result.stderr.strip().splitlines()
    return result.returncode, "\n".join(said), eval(loaded)  # noqa: S307 - a list of names this test printed


def test_a_path_not_there_is_refused_before_reading_or_the_screen_is_imported(tmp_path: Path) -> None:
    """`newsprism PATH` of a path that is not there says so in one line at once: it waited over a
    second for reading and linking to be imported (the judge's ~560 patterns compiled) first."""
    missing = tmp_path / "nowhere" / "report.html"
    status, said, loaded = _heavy_modules_after(str(missing))
    assert status == 2
    assert said == f"newsprism: {missing}: no such file or directory"
    assert loaded == []


def test_help_imports_neither_reading_nor_the_screen() -> None:
    """`newsprism --help` and a command's --help list options; they read nothing."""
    for argv in (["--help"], ["links", "--help"], ["quotes", "--help"], ["figures", "--help"]):
        status, _, loaded = _heavy_modules_after(*argv)
        assert (status, loaded) == (0, []), argv


def test_inputs_that_cannot_be_articles_are_refused_before_reading_or_the_screen_is_imported(tmp_path: Path) -> None:
    """`newsprism FILE` of a binary file, an empty one, one without a letter, or a folder of
    nothing readable says why in one line at once: it opened the full-screen reader and waited
    for its reading worker (8.6 s on a loaded machine) before saying the same line."""
    binary, empty, blank, letterless = tmp_path / "scan.bin", tmp_path / "empty.txt", tmp_path / "blank.html", tmp_path / "rule.txt"
    binary.write_bytes(bytes(range(256)) * 16)
    empty.write_bytes(b"")
    blank.write_bytes(b" \n\t\n")
    letterless.write_bytes(b"----\n\n* * *\n12 34\n")
    nothing, unreadable = tmp_path / "nothing", tmp_path / "unreadable"
    nothing.mkdir()
    (nothing / "notes.dat").write_text("a kind newsprism does not read")
    unreadable.mkdir()
    for name in ("a.txt", "b.html", "c.txt", "d.txt"):
        (unreadable / name).write_bytes(b"\0\1\2" * 40)
    for paths, line in (
        ([binary], f"{binary}: binary file, not text"),
        ([empty], f"{empty}: empty file"),
        ([blank], f"{blank}: empty file"),
        ([letterless], f"{letterless}: no article text found"),
        ([nothing], f"{nothing}: no articles here (no "),
        ([unreadable], f"{unreadable}: none of its 4 files can be read ({unreadable / 'a.txt'}: binary file, not text; "
                       f"{unreadable / 'b.html'}: binary file, not text; {unreadable / 'c.txt'}: binary file, not text; and 1 more)"),
        ([binary, empty, tmp_path / "gone.txt"],
         f"{binary}: binary file, not text; {empty}: empty file; {tmp_path / 'gone.txt'}: no such file or directory"),
    ):
        status, said, loaded = _heavy_modules_after(*map(str, paths))
        assert (status, loaded) == (2, []), paths
        assert said.startswith(f"newsprism: {line}") and "\n" not in said, said
