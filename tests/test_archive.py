"""`newsprism archive build` on Dask: WARC and JSON Lines in, Parquet out, the library's answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")
pytest.importorskip("warcio")

import pyarrow.dataset as ds  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from core.archive import stages  # noqa: E402
from core.archive.build import BuildError, Options, build  # noqa: E402
from core.reading import Item, gather  # noqa: E402
from core.library.store import Library  # noqa: E402
from tests.archive_sample import records, write_jsonl, write_warc  # noqa: E402


def _options(inputs: list[Path], out: Path, **kw: object) -> Options:
    """Two workers as threads of the test process, small parts and chunks so there are several."""
    settings: dict[str, object] = {"workers": 2, "processes": False, "articles_per_part": 8, "lines_per_chunk": 5}
    settings.update(kw)
    return Options(tuple(str(p) for p in inputs), out, **settings)  # type: ignore[arg-type]


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    rows = records(6)
    return [
        write_jsonl(tmp_path / "wire.jsonl", rows[:12], bad_lines=True),
        write_warc(tmp_path / "crawl.warc.gz", rows[12:]),
    ]


def _tables(out: Path) -> dict[str, list[dict[str, object]]]:
    return {name: ds.dataset(out / name).to_table().to_pylist() for name in ("articles", "stories", "links")}


def test_build_writes_articles_stories_and_links_with_errors_as_lines(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "archive"
    outcome = build(_options(inputs, out))
    assert not outcome.failed
    assert outcome.articles == 18 and outcome.parts == 3
    assert 3 <= outcome.largest_block < 18  # blocking keeps most events apart, never all in one block
    tables = _tables(out)
    # Six invented events, each reported by three outlets: six stories of three articles.
    assert sorted(s["articles"] for s in tables["stories"]) == [3] * 6
    by_story: dict[object, set[object]] = {}
    for row in tables["articles"]:
        by_story.setdefault(row["story"], set()).add(row["title"])
    assert all(len(titles) == 1 for titles in by_story.values())  # one event per story
    assert {r["kind"] for r in tables["links"]} >= {"verbatim"}
    assert all(r["a"] != r["b"] for r in tables["links"])
    # The schema is the documented one.
    assert pq.read_schema(next((out / "links").glob("*.parquet"))).names == [
        "story", "a", "ap", "b", "bp", "score", "kind", "spans_a", "spans_b"
    ]
    # A broken JSON line, a record without text and a page without an article: one line each, named.
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert len(errors) == 3 == outcome.errors
    assert {e["where"] for e in errors} >= {f"{inputs[0]}:3", f"{inputs[0]}:6"}
    assert any(e["where"].startswith(f"{inputs[1]}@") and "no article text" in e["error"] for e in errors)
    manifest = json.loads((out / "archive.json").read_text())
    assert manifest["complete"] and manifest["stories"] == 6


def test_the_same_output_whatever_the_number_of_workers(inputs: list[Path], tmp_path: Path) -> None:
    build(_options(inputs, tmp_path / "one", workers=1))
    build(_options(inputs, tmp_path / "two", workers=2))
    for table in ("articles", "stories", "links"):
        one = sorted(p.name for p in (tmp_path / "one" / table).iterdir())
        assert one == sorted(p.name for p in (tmp_path / "two" / table).iterdir())
        for name in one:
            assert (tmp_path / "one" / table / name).read_bytes() == (tmp_path / "two" / table / name).read_bytes()


def test_the_same_stories_and_links_as_the_library(tmp_path: Path) -> None:
    rows = records(6)
    sample = write_jsonl(tmp_path / "sample.jsonl", rows)
    out = tmp_path / "archive"
    build(_options([sample], out, articles_per_part=1000))
    # The library, given the same articles in the same (canonical) order, as `newsprism add` does.
    articles = sorted((r.article for r in gather([str(sample)], fetch=None) if isinstance(r, Item)), key=stages.canonical)
    with Library(tmp_path / "library.sqlite") as library:
        for article in articles:
            library.add(article, source=article.path)
        library.relink()  # as `newsprism add` ends
        library_stories = {frozenset(a.id for a in library.story(s.id).articles) for s in library.stories()}
        library_links = {
            (frozenset({tuple(l.a), tuple(l.b)}), l.kind.value, round(l.score, 9), frozenset({l.spans_a, l.spans_b}))
            for s in library.stories() for l in library.story(s.id).links
        }
    tables = _tables(out)
    members: dict[object, set[str]] = {}
    for row in tables["articles"]:
        members.setdefault(row["story"], set()).add(str(row["id"]))
    assert {frozenset(m) for m in members.values()} == library_stories
    archive_links = {
        (frozenset({(r["a"], r["ap"]), (r["b"], r["bp"])}), r["kind"], round(float(r["score"]), 9),  # type: ignore[arg-type]
         frozenset({tuple(map(tuple, r["spans_a"])), tuple(map(tuple, r["spans_b"]))}))  # type: ignore[call-overload]
        for r in tables["links"]
    }
    assert len(archive_links) > 20
    assert archive_links == library_links


def test_a_rerun_after_a_crash_rebuilds_only_what_is_missing(inputs: list[Path], tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "archive"
    build(_options(inputs, tmp_path / "whole"))
    before = _tables(tmp_path / "whole")
    real, calls = stages.stories, []

    def crashing(articles):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            raise OSError("the worker was killed")
        return real(articles)

    monkeypatch.setattr(stages, "stories", crashing)
    crashed = build(_options(inputs, out, retries=0))
    monkeypatch.setattr(stages, "stories", real)
    assert len(crashed.failed) == 1 and (out / "_work").is_dir()  # kept for the rerun
    parts = sorted((out / "stories").glob("part-*.parquet"))
    assert len(parts) == 2
    kept = {p: p.stat().st_mtime_ns for p in (out / "articles").glob("part-*.parquet")}
    (out / "links" / ".part-00001.parquet.1234abcd.tmp").write_bytes(b"half a file")  # a write cut short
    read = len(list((out / "_work" / "read").glob("*.parquet")))
    outcome = build(_options(inputs, out))
    assert outcome.written == {"read": 0, "keys": 0, "pairs": 0, "edges": 0, "shuffle": 0, "part": 1}
    assert outcome.skipped["part"] == 2 and outcome.skipped["read"] == read
    assert not list(out.rglob("*.tmp"))
    for path, mtime in kept.items():
        assert path.stat().st_mtime_ns == mtime  # the parts written before the crash are kept as they were
    assert _tables(out) == before


def test_a_complete_build_leaves_only_the_archive(inputs: list[Path], tmp_path: Path) -> None:
    """Trial 38 F12: a successful build left its `_work/` (a copy of every article read, and the
    shuffle) and `_errors/` beside the archive; a complete archive is its documented files only."""
    out = tmp_path / "archive"
    outcome = build(_options(inputs, out))
    assert not outcome.failed
    assert sorted(p.name for p in out.iterdir()) == ["archive.json", "articles", "errors.jsonl", "links", "stories"]
    assert outcome.errors == len((out / "errors.jsonl").read_text().splitlines()) > 0


def test_a_failed_task_is_retried(inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = stages.stories

    def flaky(articles):  # type: ignore[no-untyped-def]
        calls.append(len(articles))
        if len(calls) == 1:
            raise OSError("the worker's disk hiccupped")
        return real(articles)

    monkeypatch.setattr(stages, "stories", flaky)  # the workers are threads of this process
    outcome = build(_options(inputs, tmp_path / "archive"))
    assert not outcome.failed and outcome.stories == 6
    assert len(calls) == 4  # three parts, one of them twice


@pytest.mark.parametrize(("retries", "tries"), [(1, "2 tries"), (0, "1 try")])
def test_a_task_that_keeps_failing_is_reported_and_a_rerun_finishes(inputs: list[Path], tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch, retries: int,
                                                                     tries: str) -> None:
    real = stages.stories
    monkeypatch.setattr(stages, "stories", lambda articles: 1 / 0)
    out = tmp_path / "archive"
    outcome = build(_options(inputs, out, retries=retries))
    assert len(outcome.failed) == 3 and all("ZeroDivisionError" in f for f in outcome.failed)
    assert all(f"failed after {tries} (" in f for f in outcome.failed)  # "1 tries" with --retries 0
    assert not json.loads((out / "archive.json").read_text())["complete"]
    monkeypatch.setattr(stages, "stories", real)
    outcome = build(_options(inputs, out))
    assert not outcome.failed and outcome.stories == 6 and outcome.skipped["read"] > 0


def test_an_output_folder_of_other_inputs_is_refused(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "archive"
    build(_options(inputs[:1], out))
    with pytest.raises(BuildError, match="other inputs"):
        build(_options(inputs, out))
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine")
    with pytest.raises(BuildError, match="not empty"):
        build(_options(inputs, tmp_path / "full"))
    with pytest.raises(BuildError, match="no such file"):
        build(_options([tmp_path / "missing.warc.gz"], tmp_path / "x"))
    with pytest.raises(BuildError, match="is a file"):  # --out naming an input, say
        build(_options(inputs, inputs[0]))
    assert inputs[0].stat().st_size > 0


def test_the_command_builds_and_says_where_to_open_it(inputs: list[Path], tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    out = tmp_path / "archive"
    assert main(["archive", "build", *map(str, inputs), "--out", str(out), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "18 articles in 6 stories" in err and f"--archive {out}" in err and "3 records not read" in err
    assert main(["archive", "build", str(inputs[0]), "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip().endswith("holds an archive of other inputs; choose another --out")
    assert main(["archive", "build", str(inputs[0]), "--out", str(out), "--workers", "0"]) == 2
    assert main(["archive", "frobnicate"]) == 2
    assert "no verb 'frobnicate'" in capsys.readouterr().err


def test_without_the_extra_one_line_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    from tui.cli import main

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "distributed" else real(name, *a))
    assert main(["archive", "build", "x.warc.gz", "--out", str(tmp_path / "a")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'newsprism[archive]'" in err


def test_opening_a_folder_that_is_no_archive_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    assert main(["--archive", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an archive" in err
    assert main(["--archive", str(tmp_path), "--library", str(tmp_path / "l.sqlite")]) == 2
    assert "--archive alone" in capsys.readouterr().err
    (tmp_path / "file.jsonl").write_text("{}\n")
    assert main(["--archive", str(tmp_path / "file.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a folder" in err


def test_a_search_of_a_date_that_does_not_exist_is_one_line() -> None:
    from core.archive.store import parse_query

    assert parse_query("dam 2026-03-01..2026-03-05") == (["dam"], "2026-03-01", "2026-03-05")
    for query, why in (("dam 2026-13-45", "no such date"), ("dam 2026-02-30", "no such date"),
                       ("dam 2026-03-05..2026-03-01", "ends before it begins")):
        with pytest.raises(ValueError, match=why):
            parse_query(query)


def test_an_existing_cluster_is_used_by_its_address(inputs: list[Path], tmp_path: Path) -> None:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address="127.0.0.1:0") as cluster:
        outcome = build(_options(inputs, tmp_path / "archive", scheduler=cluster.scheduler_address, workers=None))
        assert not outcome.failed and outcome.stories == 6
        assert {"read", "shuffle", "part"} <= set(cluster.scheduler.task_prefixes)  # its tasks ran here


def test_a_later_article_that_joins_two_stories_of_a_part_leaves_one_story() -> None:
    """A part's articles are added in date order; when a later one reports what two earlier ones
    each reported in part, the library merges their stories, and the part holds the one story."""
    from core.model import Article

    def article(n: int, day: int, text: str) -> Article:
        paragraphs = tuple(p.strip() for p in text.split("\n") if p.strip())
        return Article(id=f"{n:064x}", outlet=f"Outlet {n}", title=f"Report {n}", byline=None,
                       published=f"2026-05-{day:02d}", paragraphs=paragraphs, path=f"in.jsonl:{n}")

    first = article(1, 10, "Marta Velnik opened the Porto Brava dam on Monday.\n"
                           "Marta Velnik said the Porto Brava dam had cost 412 million crowns.")
    second = article(2, 11, "Oskar Drumlow inspected the Kestrel Bay turbines.\n"
                            "Oskar Drumlow said the Kestrel Bay turbines would power 90,000 homes.")
    both = article(3, 12, "Marta Velnik opened the Porto Brava dam, which cost 412 million crowns.\n"
                          "Oskar Drumlow said the Kestrel Bay turbines, fed by the Porto Brava dam, would power 90,000 homes.\n"
                          "Marta Velnik and Oskar Drumlow toured the Porto Brava dam and the Kestrel Bay turbines.")
    found, problems, _ = stages.stories([both, second, first])
    assert not problems
    assert [[a.id for a in s.articles] for s in found] == [[first.id, second.id, both.id]]


def test_blocking_pairs_the_holders_of_a_key_within_the_window() -> None:
    """A key pairs its holders published within the stories stage's window of each other, and
    an undated holder with everyone (the stage scores the other pairs 0)."""
    from core.archive.build import key_pairs

    holders = [(0, 100), (1, 102), (2, 101), (3, 130), (4, None), (5, None)]
    assert sorted(key_pairs(holders, window=7)) == [
        (0, 1), (0, 2), (0, 4), (0, 5), (1, 2), (1, 4), (1, 5), (2, 4), (2, 5), (3, 4), (3, 5), (4, 5)]
    assert sorted(key_pairs([(7, 10), (2, 10)], window=0)) == [(2, 7)]


def test_blocks_join_articles_sharing_two_rare_keys_not_one(tmp_path: Path) -> None:
    """Through the build's own tasks: two articles sharing two rare keys within the window are
    one block; one shared name, or two keys a month apart, are not, unless one article is a
    short report (one key then does); two keys among many others (evidence below the stage's
    threshold) are not; a key held by more articles than the stage looks stories
    up by pairs no one; the copies of one article are one block."""
    import pyarrow as pa

    from core.archive.build import edges_task, keys_task, pairs_task, plan_blocks

    common = ["n:common"]
    rows = [("a", 100, ["n:velnik", "r:marta velnik", "n:porto"]),
            ("b", 102, ["n:velnik", "r:marta velnik", "n:kestrel"]),  # two keys with a: one block
            ("c", 101, ["n:velnik", "n:drumlow"]),  # one key with a and b: alone
            ("d", 130, ["n:velnik", "r:marta velnik"]),  # two keys with a and b, a month later: alone
            ("a", 100, ["n:velnik", "r:marta velnik", "n:porto"]),  # a read again: a's block
            ("e", 99, ["n:drumlow"]),  # a short report: one key shared with c is enough
            # two keys in common among forty each: compared, but too little evidence of one event
            ("f", 100, ["n:orvo", "n:kalashev"] + [f"n:f{k}" for k in range(40)]),
            ("g", 100, ["n:orvo", "n:kalashev"] + [f"n:g{k}" for k in range(40)])]
    extra = [(f"x{n}", 100, common + ["n:rare", "n:other"] if n < 2 else common) for n in range(stages.CANDIDATE_MAX + 1)]
    read = tmp_path / "read.parquet"
    everything = rows + extra
    pq.write_table(pa.table({"id": [r[0] for r in everything], "day": pa.array([r[1] for r in everything], pa.int32()),
                             "names": [r[2] for r in everything], "short": [r[0] == "e" for r in everything],
                             # the features are the keys here: pairs sharing keys are one event
                             "features": [r[2] for r in everything]}), read)
    buckets = 3
    keys_task(str(read), 0, str(tmp_path / "keys.parquet"), buckets)
    for b in range(buckets):
        pairs_task(b, [str(tmp_path / "keys.parquet")], str(tmp_path / f"pairs-{b}.parquet"), buckets)
    for b in range(buckets):
        edges_task(b, [str(tmp_path / f"pairs-{p}.parquet") for p in range(buckets)], str(tmp_path / f"edges-{b}.parquet"),
                   [str(read)], [0])
    blocks, parts, count, largest = plan_blocks([len(rows + extra)], [tmp_path / f"edges-{b}.parquet" for b in range(buckets)],
                                                articles_per_part=100)
    block = blocks[0]
    assert block[0] == block[1] == block[4] and len({block[0], block[2], block[3]}) == 3
    assert block[5] == block[2]
    assert block[6] != block[7]
    # x0 and x1 share two rare keys besides the common one; the common key joins no one else.
    assert block[8] == block[9] and len(set(block[10:])) == len(block[10:]) and block[10] != block[8]
    assert largest == 3 and count == len(parts[0]) // 100 + 1


def _warc_of(path: Path, responses: list[tuple[str, str, str, bytes]]) -> Path:
    """A gzipped WARC of HTTP responses: (address, status line, content type, body)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, status, ctype, body in responses:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return path


def test_http_error_responses_redirects_and_other_content_are_no_articles_and_are_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A fresh user's crawl held a "404 Not Found" response: it became an article ("Not found").
    Only a page served as one (2xx) is read; the others are left out, counted by what they are,
    and said in one line (no errors: a crawl holds them as a matter of course)."""
    from tests.archive_sample import page

    from tui.cli import main

    rows = records(2)[:4]
    # The error and redirect pages are shaped like reports, as a site's error page can be.
    sorry = page({**rows[0], "title": "Not found", "url": "https://news.example/gone"})
    crawl = _warc_of(tmp_path / "crawl.warc.gz", [
        *[(str(r["url"]), "200 OK", "text/html; charset=utf-8", page(r)) for r in rows],
        ("https://news.example/gone", "404 Not Found", "text/html", sorry),
        ("https://news.example/down", "503 Service Unavailable", "text/html", sorry),
        ("https://news.example/moved", "301 Moved Permanently", "text/html", sorry),
        ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
    ])
    out = tmp_path / "archive"
    outcome = build(_options([crawl], out))
    assert outcome.articles == 4 and outcome.errors == 0
    assert outcome.passed == {"error response": 2, "redirect": 1, "response that is no page": 1}
    assert "Not found" not in {row["title"] for row in _tables(out)["articles"]}
    assert json.loads((out / "archive.json").read_text())["passed"] == outcome.passed
    assert main(["archive", "build", str(crawl), "--out", str(tmp_path / "again"), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "left out as no reports: 2 error responses, 1 redirect, 1 response that is no page" in err
    assert "not read" not in err


def test_progress_into_a_pipe_prints_each_step_once() -> None:
    """With its output piped, a fresh user saw every step twice ("0/2" then "2/2")."""
    import io

    from core.progress import terminal_progress

    stream = io.StringIO()  # no terminal
    report = terminal_progress(stream)
    for step, total in (("read", 2), ("keys", 2), ("part", 1)):
        for done in range(total + 1):
            report(step, done, total)
    lines = stream.getvalue().splitlines()
    assert [line.split()[0] for line in lines] == ["read", "keys", "part"]
    assert all(line.endswith(("2/2", "1/1")) for line in lines)
