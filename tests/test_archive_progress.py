"""Trial 39b F11: `archive build` went silent for minutes in its last step, left a bar drawn half
full in a log, and its summary named neither its largest block (the README says it does) nor
the records it left out as duplicates."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")
pytest.importorskip("warcio")

from core.archive import stages  # noqa: E402
from core.archive.build import Options, build  # noqa: E402
from core.progress import terminal_progress  # noqa: E402
from tests.archive_sample import records, write_jsonl  # noqa: E402


def _options(inputs: list[Path], out: Path, **kw: object) -> Options:
    settings: dict[str, object] = {"workers": 1, "processes": False, "articles_per_part": 8, "lines_per_chunk": 5}
    settings.update(kw)
    return Options(tuple(str(p) for p in inputs), out, **settings)  # type: ignore[arg-type]


def test_the_part_step_reports_its_articles_as_it_groups_and_links_them(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The part step was counted in parts (1/1 for a month's block): now in articles, moved on
    from inside the part as it stores, groups and links them."""
    real = stages.stories

    def slow(articles):  # type: ignore[no-untyped-def]
        found = real(articles)
        time.sleep(1.0)  # a long part: what it reported reaches the client before it ends
        return found

    monkeypatch.setattr(stages, "stories", slow)
    rows = records(4)  # 12 records, two parts of 6 articles (blocks whole: 3 articles an event)
    seen: list[tuple[str, int, int]] = []
    outcome = build(_options([write_jsonl(tmp_path / "in.jsonl", rows)], tmp_path / "archive"),
                    progress=lambda *step: seen.append(step))
    assert not outcome.failed and outcome.parts == 2
    part = [(done, total) for step, done, total in seen if step == "part"]
    assert part[0] == (0, 12) and part[-1] == (12, 12)  # the step counted in its records
    assert any(0 < done < 12 for done, _ in part), part  # told between the start and the end
    assert [done for done, _ in part] == sorted(done for done, _ in part)  # never back


def test_into_a_log_a_long_step_prints_whole_lines_and_its_bar_only_when_it_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    """A log held `read     [###############...............] 1/2`: a bar drawn half full."""
    now = [100.0]
    monkeypatch.setattr("core.progress.time.monotonic", lambda: now[0])
    stream = io.StringIO()  # no terminal
    report = terminal_progress(stream)
    report("read", 0, 2)
    now[0] += 6
    report("read", 1, 2)  # a long step: its count so far, every 5 s
    now[0] += 6
    report("read", 2, 2)
    assert stream.getvalue().splitlines() == [
        "read     1/2 so far",
        "read     [##############################] 2/2",
    ]


def test_duplicates_and_the_largest_block_are_counted_in_the_summary_and_the_manifest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Records the library leaves out as copies (the same body from the same outlet at another
    address; the same record in two inputs) were dropped without a word."""
    from tui.cli import main

    rows = records(2)
    again = {**rows[0], "url": "https://news.example/0/elsewhere"}  # the same body, same outlet, another address
    first = write_jsonl(tmp_path / "a.jsonl", [*rows, again])
    second = write_jsonl(tmp_path / "b.jsonl", [rows[3]])  # the same record in another input
    out = tmp_path / "archive"
    outcome = build(_options([first, second], out))
    assert outcome.articles == 6 and outcome.duplicates == 2
    assert outcome.largest_block == 4  # an event's three outlets and a copy of one: the events apart
    manifest = json.loads((out / "archive.json").read_text())
    assert manifest["duplicates"] == 2 and manifest["largest_block"] == 4
    capsys.readouterr()
    assert main(["archive", "build", str(first), str(second), "--out", str(tmp_path / "cli"), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "the largest block holds 4 articles" in err
    assert "left out as duplicates: 2 records" in err
