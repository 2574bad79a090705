"""Links by meaning (core/linking/semantic.py): what they add, and what they cost.

Run: python bench/semantic.py [--errors] [--speed N] [--no-quality]   (needs the extra:
pip install -e '.[semantic]')

Quality, on the labelled development stories (see bench/quality.py; their text comes from
the development-data cache) and the seeds:

* P/R/F1 of the word-overlap links alone and with the links by meaning at the shipped
  threshold (core.linking.semantic.THRESHOLD);
* leave-one-story-out: for each development story, the threshold with the best F1 at
  precision >= 0.88 on the OTHER stories, measured on this one (how the shipped
  threshold was chosen, and what it gives on a story it was not chosen on);
* the seeds: new links, and how many of them the labels call wrong.

Cost (--speed N, default 1000): N paragraphs of real length (the seeds' paragraphs, each
made distinct) embedded in a fresh process with an empty cache: seconds, seconds per
1,000 paragraphs, and resident memory before loading, after loading and after embedding;
plus the time of the cosine and veto step for the same paragraphs.
``--errors`` prints the added links that are wrong (terminal only, never written).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import DEV_GOLD, dev_data_dir, dev_story, gold_pairs, scores  # noqa: E402

from core.linking import semantic  # noqa: E402
from core.linking.align import link  # noqa: E402
from core.model import Article, Link, Ref  # noqa: E402
from core.reading import SEEDS_DIR, read_paths  # noqa: E402

Pair = frozenset[Ref]
GRID = [round(0.85 + 0.005 * k, 3) for k in range(25)]  # cosines 0.85 .. 0.97
MIN_PRECISION = 0.88


def _pairs(links: list[Link]) -> set[Pair]:
    return {frozenset((l.a, l.b)) for l in links}


def _fmt(name: str, predicted: set[Pair], gold: set[Pair]) -> str:
    p, r, f = scores(predicted, gold)
    return f"{name:<34} linked {len(predicted):4d}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


Story = tuple[str, list[Article], set[Pair], list[Link], object, list[int]]


def _stories(cache: semantic.VectorCache, embedder: semantic.Embedder) -> list[Story]:
    """The labelled development stories (when their text is there) and the seeds, each with
    its gold pairs, its word-overlap links and its sentence vectors."""
    labelled: list[tuple[str, list[Article], set[Pair]]] = []
    root = dev_data_dir()
    if (root / "docs").is_dir():
        for story in json.loads(DEV_GOLD.read_text(encoding="utf-8"))["stories"]:
            articles, gold = dev_story(story, root)
            labelled.append((f"dev {story['story']}", articles, gold))
    else:
        print(f"development stories: skipped, no data at {root}")
    seeds, _ = read_paths([SEEDS_DIR])
    labelled.append(("seeds", seeds, gold_pairs(seeds)))
    found: list[Story] = []
    for name, articles, gold in labelled:
        texts, owners = semantic.units(articles)
        found.append((name, articles, gold, link(articles), cache.vectors(texts, embedder), owners))
    return found


def _with(story: Story, threshold: float) -> set[Pair]:
    _, articles, _, links, vectors, owners = story
    added = semantic.semantic_links(
        articles, vectors, owners, [(l.a, l.b) for l in links], threshold=threshold  # type: ignore[arg-type]
    )
    return _pairs(links) | _pairs(added)


def _pooled(stories: list[Story], threshold: float | None) -> tuple[float, float, float]:
    pred: set[tuple[str, Pair]] = set()
    gold: set[tuple[str, Pair]] = set()
    for story in stories:
        name = story[0]
        found = _pairs(story[3]) if threshold is None else _with(story, threshold)
        pred |= {(name, p) for p in found}
        gold |= {(name, p) for p in story[2]}
    return scores(pred, gold)  # type: ignore[arg-type]


def quality(errors: bool) -> None:
    embedder = semantic.E5Embedder()
    cache = semantic.VectorCache(semantic.VectorCache.default_path())
    stories = _stories(cache, embedder)
    for story in stories:
        name, articles, gold, links, _, _ = story
        base, more = _pairs(links), _with(story, semantic.THRESHOLD)
        print(_fmt(f"{name} words only", base, gold))
        print(_fmt(f"{name} + meaning >= {semantic.THRESHOLD}", more, gold)
              + f"  (+{len(more - base)}, {len(more - base - gold)} wrong)")
        if errors:
            text = {Ref(a.id, i): f"{a.outlet[:12]}#{i}: {t[:140]}" for a in articles for i, t in enumerate(a.paragraphs)}
            for pair in sorted(more - base - gold, key=sorted):
                a, b = sorted(pair)
                print("  wrong:", text[a], "\n        ", text[b])
    dev = [s for s in stories if s[0] != "seeds"]
    if dev:
        print("dev stories (all) words only       P {:.3f}  R {:.3f}  F1 {:.3f}".format(*_pooled(dev, None)))
        print("dev stories (all) + meaning        P {:.3f}  R {:.3f}  F1 {:.3f}".format(*_pooled(dev, semantic.THRESHOLD)))
    # Leave one story out: on the other stories, the threshold with the best F1 whose
    # precision is at least theirs without the extra; measured on the story left out.
    print("leave one story out (threshold chosen on the others at their words-only precision):")
    for k, story in enumerate(stories):
        others = stories[:k] + stories[k + 1 :]
        floor = _pooled(others, None)[0]
        best = (-1.0, GRID[-1])
        for t in GRID:
            p, _, f = _pooled(others, t)
            if p >= floor and f > best[0]:
                best = (f, t)
        print(_fmt(f"  {story[0]} at t={best[1]}", _with(story, best[1]), story[2]))
    cache.close()


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _speed_child(n: int) -> None:
    articles, _ = read_paths([SEEDS_DIR])
    source = [t for a in articles for t in a.paragraphs]
    paragraphs = [f"[{k}] {source[k % len(source)]}" for k in range(n)]  # distinct: no cache hit
    story = [Article(f"x{k}", "", f"Outlet {k}", "t", tuple(paragraphs[k : k + 20])) for k in range(0, n, 20)]
    texts, owners = semantic.units(story)
    before = _rss_mb()
    start = time.perf_counter()
    embedder = semantic.E5Embedder()
    loaded, load_s = _rss_mb(), time.perf_counter() - start
    start, cpu = time.perf_counter(), time.process_time()
    vectors = semantic.VectorCache().vectors(texts, embedder)
    embed_s, embed_cpu = time.perf_counter() - start, time.process_time() - cpu
    after = _rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    semantic.semantic_links(story, vectors, owners)
    links_s, links_cpu = time.perf_counter() - start, time.process_time() - cpu
    print(json.dumps({"n": n, "sentences": len(texts), "load_s": load_s, "embed_s": embed_s, "embed_cpu": embed_cpu, "links_s": links_s,
                      "links_cpu": links_cpu, "load": os.getloadavg()[0], "rss_before": before,
                      "rss_loaded": loaded, "rss_after": after,
                      "words": sum(len(t.split()) for t in paragraphs) / n}))


def speed(n: int) -> None:
    out = subprocess.run([sys.executable, __file__, "--child", str(n)], capture_output=True, text=True, check=True)
    r = json.loads(out.stdout)
    print(f"{r['n']} paragraphs ({r['words']:.0f} words on average, {r['sentences']} sentences), one thread, "
          f"empty cache, load average {r['load']:.1f} on {os.cpu_count()} cores:")
    print(f"  load the model {r['load_s']:.2f} s; embed {r['embed_s']:.1f} s wall, {r['embed_cpu']:.1f} s CPU = "
          f"{1000 * r['embed_cpu'] / r['n']:.1f} s CPU per 1,000 paragraphs; cosine and vetoes {r['links_s']:.2f} s wall, "
          f"{r['links_cpu']:.2f} s CPU")
    print(f"  resident memory {r['rss_before']:.0f} MB before loading, {r['rss_loaded']:.0f} MB loaded, "
          f"{r['rss_after']:.0f} MB after embedding")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _speed_child(int(sys.argv[2]))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list the added links that are wrong")
    parser.add_argument("--speed", type=int, default=1000, metavar="N", help="paragraphs to time (0: none)")
    parser.add_argument("--no-quality", action="store_true", help="only the cost")
    args = parser.parse_args()
    if not semantic.installed():
        print("bench/semantic.py: the extra is not installed (pip install -e '.[semantic]')", file=sys.stderr)
        sys.exit(2)
    if not args.no_quality:
        quality(args.errors)
    if args.speed:
        speed(args.speed)


if __name__ == "__main__":
    main()
