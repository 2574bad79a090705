"""Precision and recall of the linker against the hand-labelled seed links.

Run: python bench/quality.py [--threshold X]
Prints the linker's figures and, for comparison, plain rapidfuzz token_set_ratio
thresholds over all pairs.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from core.align import link  # noqa: E402
from core.model import Article, Ref  # noqa: E402
from core.reading import SEEDS_DIR, read_paths  # noqa: E402
from core.text import process  # noqa: E402

GOLD = ROOT / "tests" / "data" / "seed_links_gold.json"


def gold_pairs(articles: list[Article]) -> set[frozenset[Ref]]:
    """The labelled links as unordered pairs of paragraph references."""
    facts = json.loads(GOLD.read_text(encoding="utf-8"))["facts"]
    index: dict[tuple[str, str], Ref] = {}
    for article in articles:
        for i, text in enumerate(article.paragraphs):
            index[(Path(article.path).name, text[:60])] = Ref(article.id, i)
    pairs: set[frozenset[Ref]] = set()
    for fact in facts:
        refs = [index[(p["file"], p["starts"])] for p in fact["paragraphs"]]
        for a, b in itertools.combinations(refs, 2):
            if a.article != b.article:
                pairs.add(frozenset((a, b)))
    return pairs


def scores(predicted: set[frozenset[Ref]], gold: set[frozenset[Ref]]) -> tuple[float, float, float]:
    """Precision, recall and F1 of *predicted* against *gold*."""
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--errors", action="store_true", help="list false positives and misses")
    args = parser.parse_args()
    articles, _ = read_paths([SEEDS_DIR])
    gold = gold_pairs(articles)
    kwargs = {} if args.threshold is None else {"threshold": args.threshold}
    links = link(articles, **kwargs)
    predicted = {frozenset((l.a, l.b)) for l in links}
    p, r, f = scores(predicted, gold)
    print(f"gold links: {len(gold)}   predicted: {len(predicted)}")
    print(f"newsprism linker        precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    by_kind: dict[str, set[frozenset[Ref]]] = {}
    for l in links:
        by_kind.setdefault(l.kind.value, set()).add(frozenset((l.a, l.b)))
    for kind, pairs in sorted(by_kind.items()):
        print(f"  {kind:<11} {len(pairs):4d} links, {len(pairs & gold) / len(pairs):.2f} of them labelled true")

    paras = [(Ref(a.id, i), a.id, process(t)) for a in articles for i, t in enumerate(a.paragraphs)]
    best = (0.0, 0)
    for cutoff in range(40, 95, 5):
        baseline = {
            frozenset((x[0], y[0]))
            for x, y in itertools.combinations(paras, 2)
            if x[1] != y[1] and fuzz.token_set_ratio(x[2], y[2]) >= cutoff
        }
        best = max(best, (scores(baseline, gold)[2], cutoff))
    print(f"token_set_ratio, best cutoff {best[1]}: F1 {best[0]:.3f}")

    if args.errors:
        text = {Ref(a.id, i): f"{a.outlet[:12]}#{i}: {t[:110]}" for a in articles for i, t in enumerate(a.paragraphs)}
        kinds = {frozenset((l.a, l.b)): (l.kind.value, l.score) for l in links}
        for pair in sorted(predicted - gold, key=lambda q: -kinds[q][1]):
            a, b = sorted(pair)
            print("FP", kinds[pair], "\n   ", text[a], "\n   ", text[b])
        for pair in gold - predicted:
            a, b = sorted(pair)
            print("FN\n   ", text[a], "\n   ", text[b])


if __name__ == "__main__":
    main()
