"""An archive's inputs cut into chunks, and the records of one chunk.

A chunk is the unit of reading work: a WARC file, a run of lines of a JSON Lines file, or a
row group of a Parquet file. Chunks depend on the inputs only (never on the number of workers),
so a build is the same however it is spread; each names its records, so an error names a record.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from core.archive import stages
from core.errors import not_there
from core.model import Article
from core.reading.warc import NOT_REPORTS, responses

__all__ = ["Chunk", "Record", "chunks", "read_chunk", "KINDS", "LINES_PER_CHUNK", "NOT_REPORTS"]

#: JSON Lines records per chunk: a chunk reads in a few seconds and holds a few MB of articles.
LINES_PER_CHUNK = 2000
#: The kinds of input file, by name.
KINDS = {".warc": "warc", ".arc": "warc", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


@dataclass(frozen=True, slots=True)
class Chunk:
    """A part of one input file: records ``start`` to ``stop`` (lines, row groups; WARC: all)."""

    path: str
    kind: str  # "warc", "jsonl" or "parquet"
    start: int = 0
    stop: int = 0


def kind_of(path: Path) -> str | None:
    """"warc", "jsonl" or "parquet" from the file name (a ``.gz`` ending is looked through)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return KINDS.get(suffixes[-1]) if suffixes else None


def _open(path: Path) -> BinaryIO:
    if path.suffix.lower() == ".gz" and kind_of(path) == "jsonl":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def files(inputs: Iterable[str]) -> tuple[list[Path], list[str]]:
    """The input files under *inputs* (folders searched, sorted), and one line per input that is
    neither a file newsprism archives nor a folder holding one."""
    found: list[Path] = []
    problems: list[str] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and kind_of(p))
            if not inside:
                problems.append(f"{raw}: no WARC, JSON Lines or Parquet files in this folder")
            found.extend(inside)
        elif not path.exists():
            problems.append(f"{raw}: {not_there(path)}")
        elif not kind_of(path):
            problems.append(f"{raw}: not a WARC (.warc, .warc.gz), JSON Lines (.jsonl) or Parquet file")
        else:
            found.append(path)
    return list(dict.fromkeys(found)), problems


def chunks(paths: Iterable[Path], *, lines_per_chunk: int = LINES_PER_CHUNK) -> list[Chunk]:
    """The chunks of the input *paths*, in input order. JSON Lines files are counted (one pass
    over their lines), Parquet files asked for their row groups, WARC files taken whole."""
    result: list[Chunk] = []
    for path in paths:
        kind = kind_of(path)
        if kind == "warc":
            result.append(Chunk(str(path), "warc"))
        elif kind == "jsonl":
            with _open(path) as stream:
                lines = sum(1 for _ in stream)
            for start in range(0, max(lines, 1), lines_per_chunk):
                result.append(Chunk(str(path), "jsonl", start, min(start + lines_per_chunk, lines)))
        elif kind == "parquet":
            import pyarrow.parquet as pq

            groups = pq.ParquetFile(path).metadata.num_row_groups
            result.extend(Chunk(str(path), "parquet", g, g + 1) for g in range(groups))
    return result


class Record(NamedTuple):
    """One record of a chunk as read."""

    where: str  # the file and the record's place in it ("crawl.warc.gz@1234", "wire.jsonl:7")
    articles: list[Article]
    why: str | None  # why a record meant to hold a report gives none: an error line
    passed: str | None = None  # what a record that is no report is (:data:`NOT_REPORTS`): counted, no error


def _safely(read: Callable[..., stages.Read], *args: Any, **kwargs: Any) -> stages.Read:
    """A record whose reading raises is one error line; the others are still read."""
    try:
        return read(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - one bad record never ends a build
        return [], f"cannot read ({type(exc).__name__}: {str(exc)[:200]})"


def _warc(chunk: Chunk) -> Iterator[Record]:
    """The pages of a WARC file, by the reading path's reader of web archives (:func:`core.reading.warc.responses`)."""
    with open(chunk.path, "rb") as stream:
        for response in responses(stream, chunk.path):
            if response.passed:
                yield Record(response.where, [], None, response.passed)
                continue
            articles, why = _safely(stages.read_html, response.data, source=response.where, url=response.url)
            yield Record(response.where, articles, why)


def _jsonl(chunk: Chunk) -> Iterator[Record]:
    with _open(Path(chunk.path)) as stream:
        for number, raw in enumerate(stream):
            if number < chunk.start:
                continue
            if number >= chunk.stop:
                break
            where = f"{chunk.path}:{number + 1}"
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except ValueError:
                yield Record(where, [], "not a line of JSON")
                continue
            if not isinstance(record, dict):
                yield Record(where, [], "not a JSON object")
                continue
            articles, why = _safely(stages.read_record, record, source=where)
            yield Record(where, articles, why)


def _parquet(chunk: Chunk) -> Iterator[Record]:
    import pyarrow.parquet as pq

    table = pq.ParquetFile(chunk.path).read_row_group(chunk.start)
    first = sum(pq.ParquetFile(chunk.path).metadata.row_group(g).num_rows for g in range(chunk.start))
    for n, row in enumerate(table.to_pylist()):
        where = f"{chunk.path}#{first + n}"
        record: dict[str, Any] = {k: v for k, v in row.items() if v is not None}
        articles, why = _safely(stages.read_record, record, source=where)
        yield Record(where, articles, why)


def read_chunk(chunk: Chunk) -> Iterator[Record]:
    """Every record of *chunk* (:class:`Record`): where it is, its articles, why it gave none, or
    what it is when it is no report (a WARC response that is an HTTP error, a redirect or no
    page: :data:`NOT_REPORTS`). A record whose reading raises is one error and the others are read; a file that breaks off (a truncated or
    corrupt WARC, gzip or Parquet file) ends its chunk with one error naming where."""
    reader = {"warc": _warc, "jsonl": _jsonl, "parquet": _parquet}[chunk.kind]
    where = chunk.path
    try:
        for record in reader(chunk):
            where = record[0]
            yield record
    except Exception as exc:  # noqa: BLE001 - a broken file is reported, the build goes on
        yield Record(f"{where} (after)" if where != chunk.path else where, [], f"the file breaks off ({type(exc).__name__}: {str(exc)[:200]})")
