"""The config file: where values come from, editing it in place, the command, the theme."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.config import ConfigError, config_path, load, refresh_settings, set_value, unset_value
from core.reading import SEEDS_DIR
from tests.pilot import ready
from tui.app import make_app
from tui.cli import main


def _write(text: str) -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_file_is_in_the_xdg_config_directory(tmp_path: Path) -> None:
    assert config_path() == tmp_path / "xdg_config_home" / "newsprism" / "config.toml"


def test_defaults_then_file_then_environment_then_flags(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = load()
    assert not config.exists and config["theme"] == "textual-dark" and config.source("theme") == "default"
    assert config["library"] == str(tmp_path / "xdg_data_home" / "newsprism" / "library.sqlite")
    _write('theme = "nord"\nlibrary = "~/news.sqlite"\n\n[refresh]\ninterval = 90\ntimeout = 7\n')
    config = load()
    assert (config["theme"], config.source("theme")) == ("nord", "file")
    assert config["refresh.timeout"] == 7.0 and isinstance(config["refresh.timeout"], float)
    monkeypatch.setenv("NEWSPRISM_THEME", "gruvbox")
    monkeypatch.setenv("NEWSPRISM_REFRESH_FETCH_PAGES", "no")
    config = load()
    assert (config["theme"], config.source("theme")) == ("gruvbox", "environment $NEWSPRISM_THEME")
    assert config["refresh.fetch_pages"] is False
    config = load(flags={"theme": "dracula", "library": None})
    assert (config["theme"], config.source("theme")) == ("dracula", "flag")
    assert config.source("library") == "file"
    settings = refresh_settings()
    assert (settings.interval, settings.timeout, settings.fetch_pages, settings.jobs) == (90, 7.0, False, 4)


def test_the_library_setting_picks_the_default_library(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from core.places import default_library

    _write(f'library = "{tmp_path / "mine.sqlite"}"\n')
    assert default_library() == tmp_path / "mine.sqlite"
    monkeypatch.setenv("NEWSPRISM_LIBRARY", str(tmp_path / "env.sqlite"))
    assert default_library() == tmp_path / "env.sqlite"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("theme = [\n", "not valid TOML"),
        ("theme = 3\n", "theme must be text, not 3"),
        ("[refresh]\njobs = 'many'\n", "refresh.jobs must be a whole number, not 'many'"),
        ("[refresh]\njobs = 0\n", "refresh.jobs must be at least 1, not 0"),
        ("[refresh]\ntimeout = nan\n", "refresh.timeout must be a finite number"),
        ("[refresh]\nfetch_pages = 1\n", "refresh.fetch_pages must be true or false, not 1"),
    ],
)
def test_a_bad_file_is_one_line_naming_it(text: str, said: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(text)
    with pytest.raises(ConfigError, match=said):
        load()
    assert main(["config"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"config file: {path}" and err[1].startswith(f"newsprism: {path}: ") and said in err[1]
    # Every other command says so once, and goes on with the defaults.
    assert main(["stories"]) == 0
    fallback = "defaults" if "TOML" in said else "default"
    assert capsys.readouterr().err.splitlines()[0] == f"newsprism: {path}: {err[1].split(f'{path}: ', 1)[1]}; using the {fallback}"


@pytest.mark.parametrize("text", ["library = 5\n", 'library = "/somewhere/else.sqlite"\ntheme = [\n'])
def test_a_broken_library_setting_stops_what_needs_the_library(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Going on with the default library would show (or add to) another library than the one meant."""
    path = _write(text)
    assert main(["stories"]) == 2
    err = capsys.readouterr().err
    assert f"newsprism: {path}: " in err and ("library must be text" in err or "the library it names is not known" in err)
    assert main(["links", "--json", str(SEEDS_DIR)]) == 0  # what does not need the library goes on
    capsys.readouterr()


async def test_the_reader_goes_on_with_a_broken_config_and_says_so() -> None:
    path = _write("theme = 5\n")
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.theme == "textual-dark"
        assert [n.message for n in app._notifications] == [f"{path}: theme must be text, not 5; using the default"]


def test_a_bad_environment_value_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPRISM_REFRESH_INTERVAL", "soon")
    with pytest.raises(ConfigError, match=r"\$NEWSPRISM_REFRESH_INTERVAL: refresh.interval must be a whole number"):
        load()


def test_a_bad_flag_is_named_as_the_user_typed_it(capsys: pytest.CaptureFixture[str]) -> None:
    # A fresh user's `refresh --jobs 0` was told "--refresh.jobs: refresh.jobs must be at least 1":
    # neither is what they typed. The config key is named where the value came from the file (or a variable).
    assert main(["refresh", "--jobs", "0"]) == 2
    assert capsys.readouterr().err == "newsprism: --jobs must be at least 1, not 0\n"
    assert main(["refresh", "--timeout", "0.5"]) == 2
    assert capsys.readouterr().err == "newsprism: --timeout must be at least 1, not 0.5\n"
    with pytest.raises(ConfigError, match=r"^--theme must name a theme$"):
        load(flags={"theme": " "})


def test_set_and_unset_keep_the_rest_of_the_file() -> None:
    original = (
        "# my settings\n"
        'theme = "nord"  # dark, please\n'
        "\n"
        "[refresh]\n"
        "# poll less\n"
        "interval = 120\n"
        "future_knob = 3   # a newer version's\n"
    )
    path = _write(original)
    set_value("theme", "dracula")
    set_value("refresh.timeout", "12.5")
    set_value("refresh.fetch_pages", "false")
    text = path.read_text(encoding="utf-8")
    assert "# my settings\n" in text and "# poll less\n" in text and "future_knob = 3   # a newer version's" in text
    assert tomllib.loads(text) == {
        "theme": "dracula",
        "refresh": {"interval": 120, "future_knob": 3, "timeout": 12.5, "fetch_pages": False},
    }
    assert load().unknown == ("refresh.future_knob",)
    unset_value("refresh.interval")
    unset_value("theme")
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "refresh": {"future_knob": 3, "timeout": 12.5, "fetch_pages": False}
    }


def test_set_makes_the_file_and_writes_text_safely(tmp_path: Path) -> None:
    path = set_value("library", 'C:\\news "main"\n.sqlite')
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"library": 'C:\\news "main"\n.sqlite'}
    set_value("refresh.jobs", "2")
    assert load()["refresh.jobs"] == 2


@pytest.mark.parametrize(
    ("key", "value", "said"),
    [("colour", "red", "no setting 'colour'"), ("refresh.jobs", "lots", "must be a whole number")],
)
def test_set_refuses_what_it_cannot_write(key: str, value: str, said: str) -> None:
    with pytest.raises(ConfigError, match=said):
        set_value(key, value)
    assert not config_path().exists()


def test_a_file_it_cannot_edit_safely_is_left_alone() -> None:
    path = _write("refresh.timeout = 3\n")  # a dotted key: adding a [refresh] table would clash
    with pytest.raises(ConfigError, match="edit it by hand"):
        set_value("refresh.timeout", "5")
    assert path.read_text(encoding="utf-8") == "refresh.timeout = 3\n"


def test_the_config_command_says_where_and_what(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert f"config file: {config_path()} (none yet" in out
    assert main(["config", "set", "refresh.interval", "45"]) == 0
    monkeypatch.setenv("NEWSPRISM_THEME", "nord")
    capsys.readouterr()
    assert main(["config"]) == 0
    lines = capsys.readouterr().out.splitlines()
    row = {line.split()[0]: line.split()[1:] for line in lines[2:-1]}
    assert row["theme"] == ['"nord"', "environment", "NEWSPRISM_THEME"]
    assert row["refresh.interval"] == ["45", "file", "NEWSPRISM_REFRESH_INTERVAL"]
    assert row["refresh.timeout"] == ["20.0", "default", "NEWSPRISM_REFRESH_TIMEOUT"]
    assert main(["config", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["settings"]["refresh.interval"] == {"value": 45, "source": "file"}
    assert main(["config", "path"]) == 0
    assert capsys.readouterr().out.strip() == str(config_path())
    assert main(["config", "set", "colour", "red"]) == 2
    assert "no setting 'colour'" in capsys.readouterr().err
    assert main(["config", "unset", "refresh.interval"]) == 0
    assert capsys.readouterr().out.startswith("refresh.interval removed from")
    assert main(["config", "unset", "refresh.interval"]) == 0  # not set: nothing claimed removed
    assert "refresh.interval is not set in" in capsys.readouterr().out


def test_the_reader_takes_its_theme_from_flag_env_and_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tui.app

    themes: list[object] = []

    class Fake:
        return_code = 0
        notes: list[str] = []

        def __init__(self, **kwargs: object) -> None:
            themes.append(kwargs.get("theme"))

        def run(self, **_: object) -> None:  # App.run(loop=...)
            pass

    monkeypatch.setattr(tui.app, "make_app", lambda paths=(), **kw: Fake(**kw))
    monkeypatch.setattr("tui.cli_reading._terminal_problem", lambda: None)
    _write('theme = "nord"\n')
    assert main([]) == 0
    monkeypatch.setenv("NEWSPRISM_THEME", "gruvbox")
    assert main([]) == 0
    assert main(["--theme", "dracula"]) == 0
    assert themes == ["nord", "gruvbox", "dracula"]


async def test_the_app_starts_in_the_configured_theme_and_keeps_a_new_one() -> None:
    from core.reading import SEEDS_DIR
    from tui.app import make_app

    _write('# mine\ntheme = "nord"\n')
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "nord"
        assert config_path().read_text(encoding="utf-8") == '# mine\ntheme = "nord"\n'  # starting writes nothing
        app.theme = "gruvbox"  # what choosing a theme in the palette does
        await pilot.pause()
    assert load()["theme"] == "gruvbox" and config_path().read_text(encoding="utf-8").startswith("# mine\n")


async def test_an_unknown_theme_in_the_file_is_said_and_not_kept() -> None:
    from core.reading import SEEDS_DIR
    from tui.app import make_app

    _write('theme = "no-such-theme"\n')
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert [n.message for n in app._notifications] == ["No theme 'no-such-theme'; showing textual-dark"]
    assert load()["theme"] == "no-such-theme"  # the file is left as the user wrote it


def test_config_set_theme_takes_only_a_theme_the_app_has(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "set", "theme", "no-such-theme"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no theme 'no-such-theme'" in err and "nord" in err  # one line, with the choices
    assert not config_path().exists()  # nothing stored
    _write('theme = "nord"\n')
    assert main(["config", "set", "theme", "no-such-theme"]) == 2
    assert load()["theme"] == "nord"  # the good value stays
    assert main(["config", "set", "theme", "gruvbox"]) == 0
    assert load()["theme"] == "gruvbox"


def test_an_unknown_theme_on_the_command_line_is_one_line_and_a_bad_one_in_force_is_said(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import tui.app

    class Fake:  # a reader that would start is not wanted here
        return_code = 0
        notes: list[str] = []

        def run(self, **_: object) -> None:  # App.run(loop=...)
            pass

    monkeypatch.setattr(tui.app, "make_app", lambda paths=(), **kw: Fake())
    monkeypatch.setattr("tui.cli_reading._terminal_problem", lambda: None)
    assert main(["--theme", "no-such-theme"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no theme 'no-such-theme'" in err
    _write('theme = "no-such-theme"\n')  # written by hand: `config` says what the reader will do
    assert main(["config"]) == 0
    assert "theme 'no-such-theme' (from the file) is not a theme of newsprism" in capsys.readouterr().err


@given(st.text(max_size=40))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_written_reads_back_the_same(value: str) -> None:
    if not value.strip():  # an empty theme is refused; the library takes any text
        with pytest.raises(ConfigError):
            set_value("theme", value)
    else:
        set_value("theme", value)
        assert load()["theme"] == value
    set_value("library", value)
    assert load()["library"] == value
    assert tomllib.loads(config_path().read_text(encoding="utf-8"))["library"] == value
