"""Benchmark `archive build`: synthetic articles (bench/synth.py) with 1 and 2 Dask workers.

Prints, for each number of workers: wall time, articles per second, the CPU seconds each worker
process spent (user + system, from getrusage: on a shared machine the wall time also counts the
waits for a core, the CPU time does not), the peak resident memory of each worker process and of
the client (ru_maxrss), and the speed-up of the wall time over one worker.

    .venv/bin/python bench/archive.py 100000           # N articles (default 10,000)
    .venv/bin/python bench/archive.py 10000 30000      # several sizes
    .venv/bin/python bench/archive.py 5000 --per-part 2500   # two parts of 2,500 articles
"""

from __future__ import annotations

import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synth import articles  # noqa: E402
from core.archive.build import Options, build  # noqa: E402


def _peak_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run(n: int, workers: int, folder: Path, *, per_part: int) -> dict[str, float]:
    """Build an archive of the *n* articles in *folder* with *workers* worker processes."""
    from distributed import Client, LocalCluster

    source = folder / f"synthetic-{n}.jsonl"
    if not source.exists():
        with source.open("w", encoding="utf-8") as out:
            for record in articles(n, seed=0):
                out.write(json.dumps(record) + "\n")
    target = folder / f"archive-{n}-{workers}"
    shutil.rmtree(target, ignore_errors=True)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=50, memory_limit=0) as cluster, Client(cluster) as client:
        cpu_before = client.run(_cpu_s)
        client_cpu = _cpu_s()
        started = time.monotonic()
        outcome = build(Options((str(source),), target, scheduler=cluster.scheduler_address, articles_per_part=per_part))
        wall = time.monotonic() - started
        peaks = client.run(_peak_kb)
        cpu = {k: v - cpu_before[k] for k, v in client.run(_cpu_s).items()}
        client_cpu = _cpu_s() - client_cpu
    return {
        "articles": outcome.articles, "stories": outcome.stories, "links": outcome.links, "parts": outcome.parts, "largest_block": outcome.largest_block,
        "errors": outcome.errors, "wall_s": round(wall, 1), "articles_per_s": round(outcome.articles / wall, 1),
        "worker_cpu_s": [round(c, 1) for c in sorted(cpu.values())], "client_cpu_s": round(client_cpu, 1),
        "cpu_per_article_ms": round(1000 * sum(cpu.values()) / max(outcome.articles, 1), 1),
        "worker_peak_mb": [round(kb / 1024) for kb in sorted(peaks.values())], "client_peak_mb": round(_peak_kb() / 1024),
        "output_mb": round(sum(p.stat().st_size for p in target.rglob("*.parquet") if "_work" not in p.parts) / 2**20, 1),
    }


def main() -> None:
    """Run each size with 1 and 2 workers and print the figures as JSON lines."""
    import argparse

    from core.archive.build import ARTICLES_PER_PART

    parser = argparse.ArgumentParser(description="Time `archive build` on synthetic articles with 1 and 2 workers.")
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000], metavar="N", help="articles (default 10,000)")
    parser.add_argument("--per-part", type=int, default=ARTICLES_PER_PART, metavar="N",
                        help=f"articles per output part (default {ARTICLES_PER_PART:,}); two parts or more let two workers share the work")
    args = parser.parse_args()
    sizes = args.sizes
    with tempfile.TemporaryDirectory(prefix="newsprism-bench-") as tmp:
        folder = Path(tmp)
        for n in sizes:
            one = run(n, 1, folder, per_part=args.per_part)
            print(json.dumps({"n": n, "per_part": args.per_part, "workers": 1, **one}), flush=True)
            two = run(n, 2, folder, per_part=args.per_part)
            two["speedup"] = round(one["wall_s"] / two["wall_s"], 2)
            print(json.dumps({"n": n, "per_part": args.per_part, "workers": 2, **two}), flush=True)


if __name__ == "__main__":
    main()
