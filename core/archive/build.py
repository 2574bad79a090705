"""`newsprism archive build`: read, group and link an archive on Dask, writing Parquet.

Four steps, each a set of Dask tasks whose results are files, so a rerun after a crash (or a
killed worker, or a full disk) skips every file already written:

1. **read**: each input chunk (:mod:`core.archive.inputs`) through the reading path, to
   ``_work/read/chunk-N.parquet`` with its errors beside it;
2. **block**: the articles that may share a story, by the stories stage's own rule for which
   pairs it compares (:func:`core.stories.cluster.candidates`): two articles published within
   ``WINDOW_DAYS`` of each other (or undated) that share at least ``SHARED_KEYS`` keys (names,
   runs of names, figures; :func:`core.archive.stages.keys`), or one when either is a short
   report, each held by at most ``CANDIDATE_MAX`` articles. Any other pair the stage scores 0,
   and its grouping never joins articles across the components of the pairs it scores, so
   blocking loses no story. On the workers: each chunk's keys to ``_work/keys/`` by bucket (a CRC of
   the key), each key bucket's holders paired to ``_work/pairs/`` by pair bucket, each pair
   bucket's pairs that share enough keys and whose evidence reaches the stage's threshold for
   one event (only such pairs can share a story) to ``_work/edges/``; so no all-pairs step,
   and no process holds every article's keys. On the client: connected articles (one integer per
   article) form a *block*; blocks go to parts whole, the largest first, each to the emptiest
   part;
3. **shuffle**: each read chunk split by part, to ``_work/shuffle/chunk-N/part-P.parquet``;
4. **part**: each part's blocks grouped into stories and each story linked, by the stages in
   :mod:`core.archive.stages`, to ``articles/``, ``stories/`` and ``links/part-P.parquet``.

Every file is written under a temporary name and renamed, so a file that exists is whole. Tasks
are retried (``retries``); a record that cannot be read, or a story that cannot be linked, is
one line of ``errors.jsonl``; a task that still fails is reported and the rest goes on. Parts
depend on the inputs only, so the output is the same (byte for byte) with any number of workers.
"""

from __future__ import annotations

import heapq
import json
import math
import os
import shutil
import time
import uuid
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.archive import stages
from core.archive.inputs import Chunk, chunks, files, read_chunk
from core.archive.tables import FORMAT_VERSION
from core.groups import Groups
from core.progress import Progress
from core.text import count

__all__ = ["Options", "Outcome", "build", "ARTICLES_PER_PART", "BuildError"]

#: Articles per output part: enough for the stories stage to weigh words as over the whole archive,
#: few enough that a part builds in minutes and the parts keep every worker busy.
ARTICLES_PER_PART = 5_000
#: Row groups of this many rows, so the reader loads one story without reading its part.
ROW_GROUP = 2_000
MANIFEST = "archive.json"
ERRORS = "errors.jsonl"


class BuildError(Exception):
    """A build that cannot start (bad inputs, an output folder of another build): one line."""


@dataclass(frozen=True)
class Options:
    """How to build: inputs, the output folder, and where the work runs."""

    inputs: tuple[str, ...]
    out: Path
    scheduler: str = "local"  # "local": a LocalCluster on this machine; else a scheduler address
    workers: int | None = None  # local only: worker processes (default: this machine's cores)
    processes: bool = True  # local only: False runs the workers as threads of this process
    retries: int = 2
    articles_per_part: int = ARTICLES_PER_PART
    lines_per_chunk: int | None = None


@dataclass
class Outcome:
    """What a build did: counts, and how many files each step wrote and skipped."""

    articles: int = 0
    stories: int = 0
    links: int = 0
    parts: int = 0
    errors: int = 0
    #: Records that are no reports, by what they are (:data:`core.archive.inputs.NOT_REPORTS`:
    #: a WARC's HTTP error responses, redirects, images and scripts): left out, no error.
    passed: dict[str, int] = field(default_factory=dict)
    written: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)
    seconds: float = 0.0
    largest_block: int = 0  # articles in the largest block: a part cannot be split below it
    #: Records left out as the same article read before (the same address, or the same body
    #: from the same outlet: the library's identity), as the library leaves them out.
    duplicates: int = 0


# --- files ----------------------------------------------------------------------


def _atomic(path: Path, write: Callable[[Path], object]) -> None:
    """Write *path* through a temporary file beside it, renamed when whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        write(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _write_parquet(path: Path, table: Any) -> None:
    import pyarrow.parquet as pq

    _atomic(path, lambda p: pq.write_table(table, p, row_group_size=ROW_GROUP, compression="zstd"))


def _write_lines(path: Path, lines: Iterable[dict[str, Any]]) -> None:
    text = "".join(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n" for line in lines)
    _atomic(path, lambda p: p.write_text(text, encoding="utf-8"))


def _remove_temporaries(folder: Path) -> int:
    """Temporary files a killed run left behind."""
    found = list(folder.rglob(".*.tmp")) if folder.exists() else []
    for path in found:
        path.unlink(missing_ok=True)
    return len(found)


# --- the tasks (run on the workers) ---------------------------------------------


def read_task(chunk: Chunk, target: str) -> tuple[int, int]:
    """Read one chunk to *target* (a Parquet file), its errors and the count of its records that
    are no reports (:data:`core.archive.inputs.NOT_REPORTS`) beside it; (articles, errors)."""
    rows: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    passed: dict[str, int] = defaultdict(int)
    from core.archive.tables import article_row, articles_table

    for where, articles, why, what in read_chunk(chunk):
        if why is not None:
            errors.append({"where": where, "error": why})
        if what is not None:
            passed[what] += 1
        for article in articles:
            row = article_row(article, stages.day(article))
            row["block"] = None
            row["names"], row["short"], row["features"] = stages.keys(article)
            rows.append(row)
    path = Path(target)
    _write_lines(path.with_suffix(".errors.jsonl"), errors)
    _write_lines(path.with_suffix(".passed.jsonl"), [{"what": what, "records": n} for what, n in sorted(passed.items())])
    _write_parquet(path, articles_table(rows, work=True))  # last: its presence marks the chunk done
    return len(rows), len(errors)


def shuffle_task(source: str, folder: str, blocks: list[str], parts: list[int]) -> int:
    """Split one read chunk by output part: row *i* goes to part ``parts[i]``, in block ``blocks[i]``."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(source)
    table = table.set_column(table.schema.get_field_index("block"), "block", pa.array(blocks, pa.string()))
    where = pa.array(parts, pa.int32())
    target = Path(folder)
    for part in sorted(set(parts)):
        _write_parquet(target / f"part-{part:05d}.parquet", table.filter(pc.equal(where, part)))
    _atomic(target / "_done", lambda p: p.write_text("", encoding="utf-8"))
    return len(parts)


#: Key-value metadata of a part's stories file: how many of the part's records were left out
#: as duplicates (the same article read before: the same address, or the same body from the
#: same outlet), kept with the part so a rerun that skips it still counts them.
DUPLICATES = b"newsprism.duplicates"


def _worker_progress(topic: str | None, name: str) -> Progress | None:
    """A :data:`Progress` that sends what a task reports to the client subscribed to *topic*
    (a Dask event: ``{"task": name, "done", "total"}``), at most every half second; None outside
    a Dask worker or without a topic."""
    if topic is None:
        return None
    try:
        from distributed import get_worker

        worker = get_worker()
    except (ImportError, ValueError):
        return None
    last = [0.0]

    def send(step: str, done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= 0.5:
            last[0] = now
            worker.log_event(topic, {"task": name, "done": done, "total": total})

    return send


def part_task(part: int, sources: list[str], out: str, *, topic: str | None = None) -> tuple[int, int, int, int]:
    """Group and link one part's blocks, writing its articles, stories and links; (articles,
    stories, links, errors). Its progress (:func:`core.archive.stages.stories`'s, per article)
    goes to the client subscribed to *topic*, as the part's name (``NNNNN``)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from core.archive.tables import article_row, articles_from, articles_table, link_schema, links_table, story_schema
    from core.progress import reporting

    tables = [pq.read_table(s) for s in sources]
    table = pa.concat_tables(tables) if tables else pa.table({})
    articles: list[Any] = []
    copies = 0
    if tables:
        seen: set[str] = set()
        for article in sorted(articles_from(table), key=lambda a: (stages.canonical(a), a.path)):
            if article.id not in seen:  # the same article read twice (the same record in two inputs)
                seen.add(article.id)
                articles.append(article)
            else:
                copies += 1
    article_rows: list[dict[str, Any]] = []
    story_rows: list[dict[str, Any]] = []
    link_tables = []
    # The part's articles are grouped together, not block by block: the stories stage weighs a
    # name by how many articles carry it, and a part (thousands of articles, every block whole)
    # gives the rare names their true counts and the common words counts in proportion.
    with reporting(_worker_progress(topic, f"{part:05d}")):
        found, problems, held = stages.stories(articles)
    copies += held
    errors = [{"where": where, "error": why} for where, why in problems]
    found.sort(key=lambda story: int(story.articles[0].id, 16))
    link_count = 0
    for story in found:
        number = int(story.articles[0].id, 16)  # the id of its first article: stable, whatever else the archive holds
        links = story.links
        link_count += len(links)
        link_tables.append(links_table(number, links))
        for article in story.articles:
            row = article_row(article, stages.day(article))
            row["story"] = number
            article_rows.append(row)
        dates = sorted(a.published for a in story.articles if a.published)
        story_rows.append({
            "story": number, "part": part, "title": story.headline, "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None, "articles": len(story.articles),
            "paragraphs": sum(len(a.paragraphs) for a in story.articles), "links": len(links),
            "outlets": sorted({a.outlet for a in story.articles}),
        })
    folder = Path(out)
    name = f"part-{part:05d}"
    _write_lines(folder / "_errors" / f"{name}.jsonl", errors)
    _write_parquet(folder / "links" / f"{name}.parquet",
                   pa.concat_tables(link_tables) if link_tables else link_schema().empty_table())
    _write_parquet(folder / "articles" / f"{name}.parquet", articles_table(article_rows))
    # Last: a part whose stories file exists is whole.
    stories_table = pa.Table.from_pylist(story_rows, schema=story_schema())
    stories_table = stories_table.replace_schema_metadata({**(stories_table.schema.metadata or {}), DUPLICATES: str(copies).encode()})
    _write_parquet(folder / "stories" / f"{name}.parquet", stories_table)
    return len(article_rows), len(story_rows), link_count, len(errors)


# --- blocking (keys, pairs and edges on the workers; blocks on the client) ------

#: Articles per key bucket: the keys of this many articles are paired in one task.
ARTICLES_PER_BUCKET = 50_000
#: The key that makes the copies of one article (the same record in two inputs) one block.
_SAME = "="


def _bucket(key: str, buckets: int) -> int:
    """The bucket of *key*: a CRC-32 (the same in every process, unlike ``hash``)."""
    return zlib.crc32(key.encode("utf-8")) % buckets


def _write_by_bucket(path: Path, table: Any, buckets: int) -> None:
    """*table* (with a ``bucket`` column) to *path*, one row group per bucket, so a reader of
    one bucket skips the others' row groups."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    def write(target: Path) -> None:
        with pq.ParquetWriter(target, table.schema, compression="zstd") as writer:
            for b in range(buckets):
                part = table.filter(pc.equal(table["bucket"], b))
                if part.num_rows:
                    writer.write_table(part, row_group_size=max(part.num_rows, 1))
            if not table.num_rows:
                writer.write_table(table)

    _atomic(path, write)


def keys_task(source: str, offset: int, target: str, buckets: int) -> int:
    """Write the keys of one read chunk's articles as rows (bucket, key, row, day, short) to
    *target*: ``row`` is the article's place in the whole archive (*offset* + its row in the
    chunk), ``short`` whether it is a short report; the keys are those of
    :func:`core.archive.stages.keys` and one key per article id (its copies read from two
    inputs are one article). The number of rows written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(source, columns=["id", "day", "names", "short"])
    bucket: list[int] = []
    key: list[str] = []
    row: list[int] = []
    day: list[int | None] = []
    short: list[bool] = []
    for r, (article, d, names, brief) in enumerate(zip(*(table.column(c).to_pylist() for c in ("id", "day", "names", "short")))):
        for k in [*names, _SAME + article]:
            bucket.append(_bucket(k, buckets))
            key.append(k)
            row.append(offset + r)
            day.append(d)
            short.append(bool(brief))
    keys = pa.table({"bucket": pa.array(bucket, pa.int32()), "key": pa.array(key, pa.string()),
                     "row": pa.array(row, pa.int64()), "day": pa.array(day, pa.int32()), "short": pa.array(short, pa.bool_())})
    _write_by_bucket(Path(target), keys, buckets)
    return int(keys.num_rows)


def key_pairs(holders: Sequence[tuple[int, int | None]], *, window: int) -> Iterable[tuple[int, int]]:
    """The pairs (i < j) of the articles holding one key, as (row, day) *holders*, that the
    stories stage would compare: published at most *window* days apart, or either undated
    (:func:`core.stories.cluster.evidence` scores the others 0). Sorted by day, so O(pairs), not
    O(holders squared) when the days spread."""
    dated = sorted((d, i) for i, d in holders if d is not None)
    undated = sorted(i for i, d in holders if d is None)
    for a, (d, i) in enumerate(dated):
        for b in range(a + 1, len(dated)):  # by index: a slice would copy the rest for every holder
            e, j = dated[b]
            if e - d > window:
                break
            yield (i, j) if i < j else (j, i)
    for a, i in enumerate(undated):
        for b in range(a + 1, len(undated)):
            yield i, undated[b]
        for _, j in dated:
            yield (i, j) if i < j else (j, i)


def pairs_task(bucket: int, sources: list[str], target: str, buckets: int) -> int:
    """Pair the holders of each key of key bucket *bucket* (from every chunk's keys file):
    keys held by at most ``CANDIDATE_MAX`` articles (a name the stage does not
    look stories up by pairs no one), within the stage's window. Each pair is written with the
    weight 1 per shared key, or ``SHARED_KEYS`` (enough on its own) when either article is a
    short report or the two are copies of one article, and the pair bucket of its first row.
    The number of pairs written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    holders: dict[str, list[tuple[int, int | None]]] = defaultdict(list)
    short: set[int] = set()
    for source in sources:
        table = pq.read_table(source, columns=["key", "row", "day", "short"], filters=[("bucket", "=", bucket)])
        for k, r, d, brief in zip(*(table.column(c).to_pylist() for c in ("key", "row", "day", "short"))):
            holders[k].append((r, d))
            if brief:
                short.add(r)
    limit = stages.CANDIDATE_MAX
    enough = stages.SHARED_KEYS
    first: list[int] = []
    second: list[int] = []
    weight: list[int] = []
    for k in sorted(holders):
        held = holders[k]
        if len(held) < 2:
            continue
        if k.startswith(_SAME):
            rows = sorted(r for r, _ in held)
            for r in rows[1:]:
                first.append(rows[0])
                second.append(r)
                weight.append(enough)
        elif len(held) <= limit:
            for i, j in key_pairs(held, window=stages.WINDOW_DAYS):
                first.append(i)
                second.append(j)
                weight.append(enough if i in short or j in short else 1)
    pairs = pa.table({"bucket": pa.array([i % buckets for i in first], pa.int32()), "i": pa.array(first, pa.int64()),
                      "j": pa.array(second, pa.int64()), "w": pa.array(weight, pa.int32())})
    _write_by_bucket(Path(target), pairs, buckets)
    return int(pairs.num_rows)


def edges_task(bucket: int, sources: list[str], target: str, read_files: list[str], offsets: list[int]) -> int:
    """The pairs of pair bucket *bucket* that the stories stage compares (they share at least
    ``SHARED_KEYS`` keys, their weights summed over every key bucket, or one with a short
    report) and whose evidence reaches its threshold for one event
    (:func:`core.archive.stages.same_event`, from the features the read chunks *read_files*
    keep; *offsets* are the chunks' first rows): the pairs that can share a story. Written as
    (i, j) to *target*; their number."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    tables = [pq.read_table(s, columns=["i", "j", "w"], filters=[("bucket", "=", bucket)]) for s in sources]
    table = pa.concat_tables(tables) if tables else pa.table({"i": pa.array([], pa.int64()), "j": pa.array([], pa.int64()),
                                                              "w": pa.array([], pa.int32())})
    summed = table.group_by(["i", "j"]).aggregate([("w", "sum")])
    candidates = summed.filter(pc.greater_equal(summed["w_sum"], stages.SHARED_KEYS)).sort_by(
        [("i", "ascending"), ("j", "ascending")])
    first, second = candidates.column("i").to_pylist(), candidates.column("j").to_pylist()
    needed = sorted(set(first) | set(second))
    found: dict[int, tuple[list[str], int | None]] = {}
    for n, path in enumerate(read_files):
        end = offsets[n + 1] if n + 1 < len(offsets) else None
        local = [r - offsets[n] for r in needed if r >= offsets[n] and (end is None or r < end)]
        if not local:
            continue
        chunk = pq.read_table(path, columns=["features", "day"]).take(pa.array(local, pa.int64()))
        for r, features, day in zip(local, chunk.column("features").to_pylist(), chunk.column("day").to_pylist()):
            found[offsets[n] + r] = (features or [], day)
    kept_i: list[int] = []
    kept_j: list[int] = []
    for i, j in zip(first, second):
        if found[i] == found[j] or stages.same_event(*found[i], *found[j]):  # equal: copies of one article
            kept_i.append(i)
            kept_j.append(j)
    edges = pa.table({"i": pa.array(kept_i, pa.int64()), "j": pa.array(kept_j, pa.int64())})
    _write_parquet(Path(target), edges)
    return int(edges.num_rows)


def plan_blocks(sizes: Sequence[int], edge_files: Sequence[Path], *,
                articles_per_part: int) -> tuple[list[list[str]], list[list[int]], int, int]:
    """For each read chunk (of *sizes* rows), each row's block (the archive row of the block's
    first article) and output part; the number of parts; the size of the largest block. Holds
    one integer per article and reads the edges a file at a time."""
    import pyarrow.parquet as pq

    total = sum(sizes)
    union = Groups(total)
    for path in edge_files:
        table = pq.read_table(path, columns=["i", "j"])
        for i, j in zip(table.column("i").to_pylist(), table.column("j").to_pylist()):
            union.join(i, j)
    block_of = [union.root(i) for i in range(total)]
    size_of: dict[int, int] = defaultdict(int)
    for b in block_of:
        size_of[b] += 1
    parts = max(1, math.ceil(total / articles_per_part))
    # Blocks to parts, the largest first, each to the part with the fewest articles so far (ties
    # to the lower part): even parts, whatever the block sizes, and the same parts on every run.
    load = [(0, p) for p in range(parts)]
    heapq.heapify(load)
    part_of_block: dict[int, int] = {}
    for b in sorted(size_of, key=lambda b: (-size_of[b], b)):
        held, p = heapq.heappop(load)
        part_of_block[b] = p
        heapq.heappush(load, (held + size_of[b], p))
    result_blocks, result_parts, start = [], [], 0
    for size in sizes:
        result_blocks.append([str(b) for b in block_of[start : start + size]])
        result_parts.append([part_of_block[b] for b in block_of[start : start + size]])
        start += size
    return result_blocks, result_parts, parts, max(size_of.values(), default=0)


# --- the driver -----------------------------------------------------------------


def _fingerprint(paths: Sequence[Path]) -> list[dict[str, Any]]:
    return [{"path": str(p.resolve()), "bytes": p.stat().st_size} for p in paths]


def _client(options: Options) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if options.scheduler == "local":
        workers = options.workers or os.cpu_count() or 1
        # Worker processes talk to the scheduler on loopback only; threads talk in-process.
        where = {"host": "127.0.0.1"} if options.processes else {}
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, processes=options.processes, dashboard_address="127.0.0.1:0",
            silence_logs=50, **where,
        )
        return Client(cluster), cluster  # type: ignore[no-untyped-call]
    try:
        return Client(options.scheduler, timeout="20s"), None  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise BuildError(f"cannot reach the Dask scheduler at {options.scheduler} ({exc})") from None


Task = tuple[str, Callable[..., Any], tuple[Any, ...]]  # a name, a function, its arguments


def _run(client: Any, tasks: list[Task], *, step: str, retries: int,
         progress: Progress, outcome: Outcome, units: dict[str, int] | None = None) -> dict[str, Any]:
    """Submit *tasks* (name, function, arguments); their results by name, failures noted.

    The step is counted in tasks done; with *units* (each task's size, say a part's articles),
    in those units, each task's share moved on as it reports its own progress (its function
    takes ``topic``: :func:`_worker_progress`), so a step of one long task is not silent."""
    import queue

    from distributed import as_completed

    run = uuid.uuid4().hex[:8]
    topic = f"newsprism-{step}-{run}" if units is not None else None
    heard: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()
    if topic is not None:
        client.subscribe_topic(topic, lambda event: heard.put(event[1]))
    extra = {"topic": topic} if topic is not None else {}
    futures = {client.submit(fn, *args, key=f"{step}-{name}-{run}", retries=retries, pure=False, **extra): name
               for name, fn, args in tasks}
    size = {name: max(1, units.get(name, 0)) if units is not None else 1 for name, _, _ in tasks}
    total = sum(size.values())
    share: dict[str, float] = {}  # each task's fraction done (a retried task's never goes back)
    results: dict[str, Any] = {}
    outcome_failed: list[str] = []
    shown = [0]

    def show() -> None:
        done = sum(round(size[name] * fraction) for name, fraction in share.items())
        if len(results) + len(outcome_failed) < len(tasks):
            done = min(done, total - 1)  # the step ends when its last task does
        if done != shown[0]:
            shown[0] = done
            progress(step, done, total)

    progress(step, 0, total)
    finished = as_completed(futures)  # type: ignore[no-untyped-call]
    while not finished.is_empty():  # type: ignore[no-untyped-call]
        batch = finished.next_batch(block=topic is None)  # type: ignore[no-untyped-call]
        if not batch:
            time.sleep(0.2)
        while not heard.empty():
            said = heard.get()
            if said.get("task") in size and said.get("total"):
                share[said["task"]] = max(share.get(said["task"], 0.0), min(1.0, said["done"] / said["total"]))
        for future in batch:
            name = futures[future]
            if future.status == "error":
                exc = future.exception()
                outcome_failed.append(f"{step} {name}: failed after {count(retries + 1, 'try', 'tries')} ({type(exc).__name__}: {str(exc)[:200]})")
            else:
                results[name] = future.result()
            share[name] = 1.0
            future.release()
        show()
    if topic is not None:
        client.unsubscribe_topic(topic)
    outcome.failed.extend(outcome_failed)
    return results


def build(options: Options, *, progress: Progress | None = None) -> Outcome:
    """Build the archive *options* describe; :class:`BuildError` when it cannot start."""
    started = time.monotonic()
    report: Progress = progress or (lambda step, done, total: None)
    paths, problems = files(options.inputs)
    if problems:
        raise BuildError(problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
    out = options.out
    if out.exists() and not out.is_dir():
        raise BuildError(f"{out} is a file; --out names the archive's folder")
    manifest_path = out / MANIFEST
    fingerprint = _fingerprint(paths)
    if manifest_path.exists():
        try:
            previous = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise BuildError(f"{out}: {MANIFEST} is not an archive manifest") from None
        if previous.get("inputs") != fingerprint:
            raise BuildError(f"{out} holds an archive of other inputs; choose another --out")
    elif out.exists() and any(out.iterdir()):
        raise BuildError(f"{out} is not empty and holds no archive; choose another --out")
    out.mkdir(parents=True, exist_ok=True)
    work = out / "_work"
    _remove_temporaries(out)
    _write_lines_json(manifest_path, {"format": "newsprism-archive", "version": FORMAT_VERSION,
                                      "inputs": fingerprint, "complete": False})
    outcome = Outcome()
    kwargs = {"lines_per_chunk": options.lines_per_chunk} if options.lines_per_chunk else {}
    todo = chunks(paths, **kwargs)
    client, cluster = _client(options)
    try:
        # 1. read
        read_files = [work / "read" / f"chunk-{n:05d}.parquet" for n in range(len(todo))]
        missing: list[Task] = [(f"{n:05d}", read_task, (chunk, str(read_files[n])))
                   for n, chunk in enumerate(todo) if not read_files[n].exists()]
        outcome.skipped["read"] = len(todo) - len(missing)
        outcome.written["read"] = len(_run(client, missing, step="read", retries=options.retries, progress=report, outcome=outcome))
        if outcome.failed:
            return _finish(outcome, out, started, complete=False)
        # 2. block: keys by bucket, pairs of each key bucket, edges of each pair bucket (on the
        # workers); the blocks from the edges (on the client).
        import pyarrow.parquet as pq

        sizes = [pq.ParquetFile(path).metadata.num_rows for path in read_files]
        offsets = [sum(sizes[:n]) for n in range(len(sizes))]
        buckets = max(1, math.ceil(sum(sizes) / ARTICLES_PER_BUCKET))
        key_files = [work / "keys" / f"chunk-{n:05d}.parquet" for n in range(len(todo))]
        pair_files = [work / "pairs" / f"bucket-{b:05d}.parquet" for b in range(buckets)]
        edge_files = [work / "edges" / f"bucket-{b:05d}.parquet" for b in range(buckets)]
        steps: list[tuple[str, list[Task], int]] = [
            ("keys", [(f"{n:05d}", keys_task, (str(read_files[n]), offsets[n], str(key_files[n]), buckets))
                      for n in range(len(todo)) if not key_files[n].exists()], len(todo)),
            ("pairs", [(f"{b:05d}", pairs_task, (b, [str(k) for k in key_files], str(pair_files[b]), buckets))
                       for b in range(buckets) if not pair_files[b].exists()], buckets),
            ("edges", [(f"{b:05d}", edges_task, (b, [str(p) for p in pair_files], str(edge_files[b]),
                                                  [str(r) for r in read_files], offsets))
                       for b in range(buckets) if not edge_files[b].exists()], buckets),
        ]
        for step, missing, total in steps:
            outcome.skipped[step] = total - len(missing)
            outcome.written[step] = len(_run(client, missing, step=step, retries=options.retries, progress=report, outcome=outcome))
            if outcome.failed:
                return _finish(outcome, out, started, complete=False)
        report("block", 0, 1)
        blocks, parts_of, parts, outcome.largest_block = plan_blocks(sizes, edge_files, articles_per_part=options.articles_per_part)
        report("block", 1, 1)
        # 3. shuffle
        shuffle = [work / "shuffle" / f"chunk-{n:05d}" for n in range(len(todo))]
        missing = [(f"{n:05d}", shuffle_task, (str(read_files[n]), str(shuffle[n]), blocks[n], parts_of[n]))
                   for n in range(len(todo)) if not (shuffle[n] / "_done").exists()]
        outcome.skipped["shuffle"] = len(todo) - len(missing)
        outcome.written["shuffle"] = len(_run(client, missing, step="shuffle", retries=options.retries, progress=report, outcome=outcome))
        if outcome.failed:
            return _finish(outcome, out, started, complete=False)
        # 4. parts
        def whole(part: int) -> bool:
            name = f"part-{part:05d}"
            return all((out / table / f"{name}.parquet").exists() for table in ("articles", "links", "stories"))

        missing = []
        for part in range(parts):
            if whole(part):
                continue
            sources = [str(s / f"part-{part:05d}.parquet") for s in shuffle if (s / f"part-{part:05d}.parquet").exists()]
            missing.append((f"{part:05d}", part_task, (part, sources, str(out))))
        outcome.skipped["part"] = parts - len(missing)
        # Counted in articles (each part's records), moved on as each part groups and links
        # them: one part of thousands of articles takes minutes.
        rows: dict[str, int] = defaultdict(int)
        for chunk_parts in parts_of:
            for part in chunk_parts:
                rows[f"{part:05d}"] += 1
        outcome.written["part"] = len(_run(client, missing, step="part", retries=options.retries, progress=report,
                                           outcome=outcome, units=dict(rows)))
        outcome.parts = parts
        # Parts of an earlier build with more articles are not this build's.
        for table in ("articles", "links", "stories"):
            for path in (out / table).glob("part-*.parquet"):
                if int(path.stem.split("-")[1]) >= parts:
                    path.unlink()
        return _finish(outcome, out, started, complete=not outcome.failed, inputs=fingerprint, chunk_count=len(todo))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _write_lines_json(path: Path, data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    _atomic(path, lambda p: p.write_text(text, encoding="utf-8"))


def _finish(outcome: Outcome, out: Path, started: float, *, complete: bool, inputs: list[dict[str, Any]] | None = None,
            chunk_count: int = 0) -> Outcome:
    """Count what the archive holds, gather the errors into one sorted file, write the manifest."""
    import pyarrow.parquet as pq

    lines: list[str] = []
    for path in sorted((out / "_work" / "read").glob("chunk-*.errors.jsonl")):
        lines.extend(path.read_text(encoding="utf-8").splitlines())
    for path in sorted((out / "_errors").glob("part-*.jsonl")):
        lines.extend(path.read_text(encoding="utf-8").splitlines())
    lines.extend(json.dumps({"where": "build", "error": f}, ensure_ascii=False, sort_keys=True) for f in outcome.failed)
    text = "".join(line + "\n" for line in sorted(lines))
    _atomic(out / ERRORS, lambda p: p.write_text(text, encoding="utf-8"))
    outcome.errors = len(lines)
    passed: dict[str, int] = defaultdict(int)
    for path in sorted((out / "_work" / "read").glob("chunk-*.passed.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            passed[entry["what"]] += entry["records"]
    outcome.passed = dict(sorted(passed.items()))
    for table, attr in (("articles", "articles"), ("stories", "stories"), ("links", "links")):
        setattr(outcome, attr, sum(pq.ParquetFile(p).metadata.num_rows for p in (out / table).glob("part-*.parquet")))
    outcome.duplicates = sum(int((pq.ParquetFile(p).schema_arrow.metadata or {}).get(DUPLICATES, b"0"))
                             for p in (out / "stories").glob("part-*.parquet"))
    outcome.seconds = time.monotonic() - started
    if inputs is not None or not complete:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        manifest.update({
            "complete": complete, "articles": outcome.articles, "stories": outcome.stories, "links": outcome.links,
            "parts": outcome.parts, "errors": outcome.errors, "passed": outcome.passed,
            "duplicates": outcome.duplicates,
        })
        if outcome.largest_block:
            manifest["largest_block"] = outcome.largest_block
        if chunk_count:
            manifest["chunks"] = chunk_count
        _write_lines_json(out / MANIFEST, manifest)
    if complete:
        # The intermediate files (a copy of every article read, the shuffle) served a rerun of a
        # build cut short; the errors are in errors.jsonl: a complete archive is its own files only.
        for scratch in ("_work", "_errors"):
            shutil.rmtree(out / scratch, ignore_errors=True)
    return outcome
