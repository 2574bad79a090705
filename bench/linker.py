"""Linker scale benchmark on large synthetic stories built from the seeds.

Run: python bench/linker.py [SIZES ...]   (default: 1000 5000 20000 paragraphs; needs numpy)

Each size is built deterministically from the seeds' words (see synthetic_story):
facts of common words plus names of their own, each reprinted by 1 to 6 outlets
with light edits (true matches known). For each size it prints the
linker's time and peak memory (measured in a fresh process), rapidfuzz
``process.cdist`` all-pairs token_set_ratio time (extrapolated from the first 2,000 rows where
the full matrix would take too long), the ratio, and the linker's recall of the
pairs the all-pairs scorer finds.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.model import Article, article_id  # noqa: E402
from core.reading import SEEDS_DIR, read_paths  # noqa: E402

PER_ARTICLE = 20
ALL_PAIRS_CUTOFF = 80  # token_set_ratio at or above this counts as an all-pairs link


def synthetic_story(paragraphs: int, *, seed: int = 7) -> list[Article]:
    """A story of about *paragraphs* paragraphs in articles of PER_ARTICLE, built from the seeds.

    Each fact is 25-45 words drawn from the seeds' own words in proportion to their
    frequency there, a third of them replaced by names of its own (about 350,000
    possible), so facts share common words but not their particulars, as in real
    coverage. Each fact is reprinted by 1 to 6 outlets with light word edits.
    """
    rng = random.Random(seed)
    source, _ = read_paths([SEEDS_DIR])
    seed_words = [w for a in source for p in a.paragraphs for w in p.split()]
    syllables = "ka lo mi ran tu ve zor pel dan shi qu bex no ra te sul gin fa ho py wen ash ot ur".split()
    pool: list[str] = []
    while len(pool) < paragraphs:
        words = rng.choices(seed_words, k=rng.randint(25, 45))
        for i in rng.sample(range(len(words)), len(words) // 3):
            words[i] = "".join(rng.choice(syllables) for _ in range(rng.choice((3, 4)))).capitalize()
        for _ in range(rng.choice((1, 1, 2, 3, 4, 6))):
            copy = list(words)
            for i in rng.sample(range(len(copy)), max(1, len(copy) // 12)):  # light edits
                copy[i] = rng.choice(seed_words)
            pool.append(" ".join(copy) + ".")
    pool = pool[:paragraphs]
    rng.shuffle(pool)
    articles = []
    for n in range(0, len(pool), PER_ARTICLE):
        body = tuple(pool[n : n + PER_ARTICLE])
        outlet, title = f"Outlet {n // PER_ARTICLE}", f"Report {n // PER_ARTICLE}"
        articles.append(Article(article_id(outlet, title, body), "", outlet, title, body))
    return articles


def _child(size: int) -> None:
    """Time the linker in this process and print JSON: seconds, peak RSS, links."""
    import resource

    from core.linking.align import link

    articles = synthetic_story(size)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    before = os.times()
    start = time.perf_counter()
    links = link(articles)
    seconds = time.perf_counter() - start
    after = os.times()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    pairs = [[l.a.article, l.a.paragraph, l.b.article, l.b.paragraph] for l in links]
    print(json.dumps({
        "seconds": seconds,
        "cpu": after.user + after.system - before.user - before.system,
        "children_cpu": after.children_user + after.children_system - before.children_user - before.children_system,
        "peak_mb": peak / 1024,
        "children_peak_mb": children_peak / 1024,
        "base_mb": base / 1024,
        "pairs": pairs,
    }))


def _all_pairs(articles: list[Article]) -> tuple[float, set[frozenset[tuple[str, int]]], bool]:
    """Time cdist over all pairs (extrapolated beyond 2,000 rows) and the pairs it links."""
    import numpy as np
    from rapidfuzz import fuzz, process

    from core.text import process as processor

    refs = [(a.id, i) for a in articles for i in range(len(a.paragraphs))]
    texts = [processor(t) for a in articles for t in a.paragraphs]
    owner = np.array([hash(r[0]) for r in refs])
    rows = min(len(texts), 2000)
    start = time.perf_counter()
    found: set[frozenset[tuple[str, int]]] = set()
    for lo in range(0, rows, 1000):
        block = process.cdist(texts[lo : lo + 1000], texts, scorer=fuzz.token_set_ratio, processor=None,
                              score_cutoff=ALL_PAIRS_CUTOFF, dtype=np.uint8, workers=-1)
        for i, j in zip(*np.nonzero(block)):
            i += lo
            if i < j and owner[i] != owner[j]:
                found.add(frozenset((refs[i], refs[j])))
    seconds = (time.perf_counter() - start) * len(texts) / rows
    return seconds, found, rows < len(texts)


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        _child(int(sys.argv[2]))
        return
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        return
    if not all(s.isdigit() for s in sys.argv[1:]):
        sys.exit("usage: python bench/linker.py [SIZES ...]  (sizes in paragraphs, whole numbers; --help tells more)")
    sizes = [int(s) for s in sys.argv[1:]] or [1000, 5000, 20000]
    print(f"{'paragraphs':>10} {'linker s':>9} {'cpu s':>11} {'peak MB':>11} {'all-pairs s':>12} {'ratio':>7} {'recall':>7}")
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--child", str(size)], capture_output=True, text=True, check=True)
        result = json.loads(out.stdout)
        linked = {frozenset(((a, i), (b, j))) for a, i, b, j in result["pairs"]}
        cdist_s, truth, extrapolated = _all_pairs(synthetic_story(size))
        recall = len(truth & linked) / len(truth) if truth else 1.0
        mark = "*" if extrapolated else " "
        cpu = f"{result['cpu']:.2f}+{result['children_cpu']:.2f}"
        peak = f"{result['peak_mb']:.0f}+{result['children_peak_mb']:.0f}" if result["children_cpu"] else f"{result['peak_mb']:.0f}"
        print(f"{size:>10} {result['seconds']:>9.2f} {cpu:>11} {peak:>11} {cdist_s:>11.2f}{mark} "
              f"{cdist_s / result['seconds']:>6.1f}x {recall:>7.3f}")
    print("* extrapolated from the first 2,000 rows; recall counts the pairs found in those rows.")
    print("cpu s: of the linker's process + of the processes it forked (stories of PARALLEL_FROM paragraphs")
    print("or more are tokenised, indexed and scored in one process per CPU, core/linking/align.py); peak MB likewise.")


if __name__ == "__main__":
    main()
