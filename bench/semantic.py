"""Links by meaning (core/linking/semantic.py): what they add, and what they cost.

Run: python bench/semantic.py [--vectors FILE] [--errors] [--speed N] [--no-quality] | --rules | --curve
(needs the extra: pip install -e '.[semantic]'). The sentences' vectors are read from the cache file
``--vectors FILE`` (default: the user's), those it lacks embedded into it first.

Quality, on the labelled development stories (see bench/quality.py; their text comes from
the development-data cache) and the seeds:

* P/R/F1 of the word-overlap links alone and with the links by meaning at the shipped
  threshold (core.linking.semantic.THRESHOLD);
* leave-one-story-out: for each development story, the threshold with the best F1 at
  precision >= 0.88 on the OTHER stories, measured on this one (how the shipped
  threshold was chosen, and what it gives on a story it was not chosen on);
* the seeds: new links, and how many of them the labels call wrong;
* the held-out stories (tests/data/heldout_links_gold.json), never used to choose anything:
  words only and with the shipped threshold.

``--rules`` measures rules that join the model's cosine to the word evidence the linker
already computes (a share of content, the linker's evidence test, a figure or named point,
a name, a third outlet linked by words to both, each the other's closest paragraph in its
article, the cosine's margin over each side's nearest paragraphs): each rule's settings are
chosen on the development stories alone, leave-one-story-out (the best F1 on the other
stories at precision >= 0.88, or at their words-only precision when that is lower), and
measured on the story left out; then chosen on all development stories and measured on the
held-out stories and the seeds, which are unseen for it. Measured December 2026: none gains
dev F1 0.02 at precision >= 0.88 left one story out, and every one that adds links on the
held-out stories adds wrong ones on the seeds, so the shipped rule stays the cosine alone
(words only: dev P 0.894 F1 0.624, held-out P 0.927 F1 0.430, seeds P 0.822 F1 0.659):

    rule (cosine and ...)   left out: P     F1    chosen on all dev    dev F1  held-out F1  seeds (added, wrong)
    a share of content          0.835 0.635   cos>=0.91 share>=0.15  0.638   0.451        14, 9
    the linker's evidence test  0.887 0.628   cos>=0.91 share>=0.25  0.631   0.439        7, 5
    a figure or named point     0.838 0.631   cos>=0.875 share>=0.15 0.646   0.438        2, 2
    a name both give            0.890 0.628   cos>=0.91 share>=0.15  0.631   0.445        12, 8
    each the other's closest    0.860 0.634   cos>=0.905 share>=0.15 0.639   0.458        11, 5
    two outlets vouching        0.859 0.638   cos>=0.905 vouchers>=2 0.631   0.435        2, 1
    margin over 10 nearest      0.814 0.617   margin>=1.02 share>=.1 0.646   0.454        12, 6

(A logistic regression over all these measures, and the cosine of clauses cut at commas and
conjunctions, did no better: left one story out, dev F1 0.621 to 0.629.)

Measured again 7 December 2026 on today's word links (words only: dev P 0.890 F1 0.688,
held-out P 0.903 F1 0.461, seeds P 0.830 F1 0.685), vectors embedded afresh (``--vectors`` a new
file): left one story out, the families give dev F1 0.683 to 0.693 (words only 0.688); chosen on all the
development stories each adds 9 to 16 links there (3 to 5 wrong: dev F1 0.694 to 0.700) and
1 to 12 on the seeds, wrong for at least one and up to all of them (closest pairs: +10, 5
wrong; margin over the 10 nearest: +5, 2 wrong). A margin over the second closest paragraph
of the other article (each side the other's closest, by 0 to 0.05) does the same: at best dev
P 0.880 F1 0.703 (cosine 0.90, margin 0.01), 9 wrong on the seeds. ``--curve`` (the cosine
alone): dev F1 at most 0.694 at precision >= 0.88 (0.92: P 0.885 R 0.571), 0.708 at any
(0.90: P 0.851); the gold pairs the words miss have a median cosine of 0.866, and 1 in 100 of
the other pairs of another article is above 0.891 (dev; held-out 0.859 and 0.890): the model
ranks them (AUC 0.87 dev, 0.85 held-out), but where 4 to 6 in 100 such pairs are one fact no
threshold keeps precision with recall.

The cosine as a fourth test of the vouch rule (core.linking.align: a pair a third outlet's
paragraph links to both, however weakly, that passes the vetoes but has no clause, outcome or
verb of what happened alike), measured December 2026 with ``NEWSPRISM_SEMANTIC=1
bench/quality.py`` (words and meaning: dev P 0.890 F1 0.689, held-out P 0.903 F1 0.462, seeds
P 0.835 F1 0.700): at a cosine of 0.90 it adds 9 links on the development stories, none right
(dev P 0.868 F1 0.682), 16 on the held-out ones, all right (F1 0.477), and 6 on the seeds, one
right (P 0.800 F1 0.692); at 0.88, 24 (2 right), 43 (38) and 11 (2); at 0.93, none. Chosen on
the development stories alone it adds nothing, so it is not shipped: the model places another
fact of the same event as close as the same fact ("a fire which gutted a Waitrose supermarket"
/ "a fire ... is being treated as potentially suspicious", 0.92). Asking also that each be the
other's closest paragraph in its article, or that the voucher be as close to both, leaves the
development stories' additions mostly wrong (at 0.88: 12, one right; 21, none right).

Cost (--speed N, default 1000): N paragraphs of real length (the seeds' paragraphs, each
made distinct) embedded in a fresh process with an empty cache: seconds, seconds per
1,000 paragraphs, and resident memory before loading, after loading and after embedding;
plus the time of the cosine and veto step for the same paragraphs.
``--errors`` prints the added links that are wrong (terminal only, never written).

``--curve``: the precision/recall curve of the cosine threshold, pooled over the development
stories, the held-out stories and the seeds: for each threshold from 0.80 to 0.97, P, R and F1
of the word links plus the links by meaning at that threshold (vetoes applied), and how many
links by meaning were added and how many of them the labels call wrong.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import DEV_GOLD, HELDOUT_GOLD, dev_data_dir, dev_story, gold_pairs, scores  # noqa: E402

from core.linking import semantic  # noqa: E402
from core.linking.align import ATTRIBUTION, _evidence_ok, _names, evidence_of, link, pair_features, prepare  # noqa: E402
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
    """The labelled development and held-out stories (when their text is there) and the seeds,
    each with its gold pairs, its word-overlap links and its sentence vectors."""
    labelled: list[tuple[str, list[Article], set[Pair]]] = []
    root = dev_data_dir()
    if (root / "docs").is_dir():
        for prefix, path in (("dev", DEV_GOLD), ("held-out", HELDOUT_GOLD)):
            for story in json.loads(path.read_text(encoding="utf-8"))["stories"]:
                articles, gold = dev_story(story, root)
                labelled.append((f"{prefix} {story['story']}", articles, gold))
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


VECTORS: list[Path] = []  # --vectors, when given


def _cache() -> semantic.VectorCache:
    """The vector cache: ``--vectors FILE``, else the user's."""
    return semantic.VectorCache(VECTORS[0] if VECTORS else semantic.VectorCache.default_path())


def curve() -> None:
    """Print the cosine threshold's precision/recall curve (see the module's docstring)."""
    cache = _cache()
    stories = _stories(cache, semantic.E5Embedder())
    cache.close()
    groups = [(prefix, [s for s in stories if s[0].startswith(prefix + " ") or s[0] == prefix])
              for prefix in ("dev", "held-out", "seeds")]
    groups = [(name, some) for name, some in groups if some]
    print("cosine  " + "  ".join(f"{name + ': P     R     F1   (+added, wrong)':<40}" for name, _ in groups))
    row = []
    for name, some in groups:
        p, r, f = _pooled(some, None)
        row.append(f"P {p:.3f} R {r:.3f} F1 {f:.3f}  (words only)".ljust(40))
    print("-       " + "  ".join(row))
    for t in [round(0.80 + 0.01 * k, 2) for k in range(18)]:
        row = []
        for name, some in groups:
            p, r, f = _pooled(some, t)
            added = wrong = 0
            for story in some:
                more = _with(story, t) - _pairs(story[3])
                added += len(more)
                wrong += len(more - story[2])
            row.append(f"P {p:.3f} R {r:.3f} F1 {f:.3f}  (+{added}, {wrong})".ljust(40))
        print(f"{t:<6.2f}  " + "  ".join(row))


def quality(errors: bool) -> None:
    embedder = semantic.E5Embedder()
    cache = _cache()
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
    for prefix in ("dev", "held-out"):
        some = [s for s in stories if s[0].startswith(prefix + " ")]
        if some:
            print(f"{prefix + ' stories (all) words only':<34} " + "P {:.3f}  R {:.3f}  F1 {:.3f}".format(*_pooled(some, None)))
            print(f"{prefix + ' stories (all) + meaning':<34} " + "P {:.3f}  R {:.3f}  F1 {:.3f}".format(
                *_pooled(some, semantic.THRESHOLD)))
    # Leave one story out: on the other stories, the threshold with the best F1 whose
    # precision is at least theirs without the extra; measured on the story left out.
    # The held-out stories take no part.
    stories = [s for s in stories if not s[0].startswith("held-out ")]
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


class Candidate(NamedTuple):
    """A pair the words do not link, that the model's cosine and the vetoes let through."""

    pair: Pair
    cosine: float  # the best cosine of a sentence of each
    share: float  # the mean share of each side's content the two share (the linker's similarity)
    evidence: bool  # the linker's test that shared words are evidence of one fact (align._evidence_ok)
    figure: bool  # a figure, a quantity, an outcome or a named point both give
    name: bool  # a name both give (beyond attribution)
    vouchers: int  # paragraphs of other outlets the words link to both
    mutual: bool  # each is the other's closest paragraph in its article, by cosine
    margin: float  # the cosine over the mean of each side's ten closest paragraphs' cosines


def _candidates(story: Story, least: float = GRID[0]) -> list[Candidate]:
    """The pairs of *story* the links by meaning would add at cosine *least* (vetoes applied),
    with the word evidence the linker computes for them."""
    import numpy as np

    _, articles, _, links, vectors, owners = story
    paras = prepare(articles)
    n = len(paras)
    added = semantic.semantic_links(articles, vectors, owners, [(l.a, l.b) for l in links], threshold=least)  # type: ignore[arg-type]
    if not added:
        return []
    matrix = np.asarray(vectors) @ np.asarray(vectors).T
    owner = np.array(owners)
    closest = np.full((n, n), -2.0)
    np.maximum.at(closest, (owner[:, None], owner[None, :]), matrix)
    article = np.array([p.article for p in paras])
    closest[article[:, None] == article[None, :]] = -2.0
    near = -np.sort(-closest, axis=1)[:, :10].mean(axis=1)
    df: Counter[str] = Counter()
    for para in paras:
        df.update(para.stems)
    idf = {w: math.log((n + 1) / (count + 0.5)) for w, count in df.items()}
    index = {p.ref: k for k, p in enumerate(paras)}
    linked: list[set[int]] = [set() for _ in paras]
    for l in links:
        linked[index[l.a]].add(index[l.b])
        linked[index[l.b]].add(index[l.a])
    names = [_names(p) for p in paras]
    found = []
    for l in added:
        i, j = index[l.a], index[l.b]
        p, q = paras[i], paras[j]
        f = pair_features(p, q, idf)
        e = evidence_of(p, q, f)
        cosine = float(closest[i, j])
        found.append(Candidate(
            frozenset((l.a, l.b)), cosine, (f.cover_a + f.cover_b) / 2, _evidence_ok(f, e),
            e.named_point or e.same_quantity or e.same_outcome or any(w[:1].isdigit() for w in f.shared),
            bool(names[i] & names[j] - ATTRIBUTION - p.sources - q.sources), len(linked[i] & linked[j]),
            cosine >= closest[i, article == q.article].max() and cosine >= closest[j, article == p.article].max(),
            cosine / max(1e-6, (near[i] + near[j]) / 2),
        ))
    return found


Rule = Callable[[Candidate], bool]
SHARES = (0.0, 0.1, 0.15, 0.2, 0.25)


def _rule_families() -> dict[str, list[tuple[str, Rule]]]:
    """Each family's rules, by their settings."""
    families: dict[str, list[tuple[str, Rule]]] = {}

    def add(family: str, setting: str, rule: Rule) -> None:
        families.setdefault(family, []).append((setting, rule))

    for t in GRID[:19]:  # cosines 0.85 .. 0.94
        for share in SHARES:
            add("cosine, share", f"cos>={t} share>={share}", lambda c, t=t, s=share: c.cosine >= t and c.share >= s)
            add("cosine, evidence, share", f"cos>={t} share>={share}",
                lambda c, t=t, s=share: c.cosine >= t and c.evidence and c.share >= s)
            add("cosine, figure or point, share", f"cos>={t} share>={share}",
                lambda c, t=t, s=share: c.cosine >= t and c.figure and c.share >= s)
            add("cosine, name, share", f"cos>={t} share>={share}",
                lambda c, t=t, s=share: c.cosine >= t and c.name and c.share >= s)
            add("cosine, mutual, share", f"cos>={t} share>={share}",
                lambda c, t=t, s=share: c.cosine >= t and c.mutual and c.share >= s)
            for v in (1, 2):
                add("cosine, vouchers, share", f"cos>={t} share>={share} vouchers>={v}",
                    lambda c, t=t, s=share, v=v: c.cosine >= t and c.vouchers >= v and c.share >= s)
    for m in [round(1.0 + 0.01 * k, 2) for k in range(16)]:
        for share in SHARES:
            add("margin, share", f"margin>={m} share>={share}", lambda c, m=m, s=share: c.margin >= m and c.share >= s)
    return families


def _rule_counts(stories: list[tuple[Story, list[Candidate]]], rule: Rule | None) -> tuple[int, int, int, int, int]:
    """Right links, links, gold pairs, added links and added wrong links of the word links plus
    the candidates *rule* keeps (None: none), summed over *stories*."""
    hits = linked = gold = added = wrong = 0
    for story, candidates in stories:
        base, truth = _pairs(story[3]), story[2]
        kept = [c.pair for c in candidates if rule is not None and rule(c)]
        bad = sum(1 for pair in kept if pair not in truth)
        hits += len(base & truth) + len(kept) - bad
        linked += len(base) + len(kept)
        gold += len(truth)
        added += len(kept)
        wrong += bad
    return hits, linked, gold, added, wrong


def _prf(hits: int, linked: int, gold: int) -> tuple[float, float, float]:
    p = hits / linked if linked else 0.0
    r = hits / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if hits else 0.0


def _rule_scores(stories: list[tuple[Story, list[Candidate]]], rule: Rule | None) -> tuple[float, float, float, int, int]:
    """Pooled precision, recall, F1, added links and added wrong links (see :func:`_rule_counts`)."""
    hits, linked, gold, added, wrong = _rule_counts(stories, rule)
    return (*_prf(hits, linked, gold), added, wrong)


def _chosen(stories: list[tuple[Story, list[Candidate]]], rules: list[tuple[str, Rule]]) -> tuple[str, Rule | None]:
    """The rule with the best F1 on *stories* at precision >= MIN_PRECISION, or at their
    words-only precision when that is lower; none where no rule keeps it."""
    floor = min(MIN_PRECISION, _rule_scores(stories, None)[0])
    best: tuple[float, str, Rule | None] = (_rule_scores(stories, None)[2], "none", None)
    for setting, rule in rules:
        p, _, f, _, _ = _rule_scores(stories, rule)
        if p >= floor and f > best[0]:
            best = (f, setting, rule)
    return best[1], best[2]


def rules() -> None:
    """Print the rules that join the cosine to word evidence (see the module's docstring)."""
    embedder = semantic.E5Embedder()
    cache = _cache()
    found = [(story, _candidates(story)) for story in _stories(cache, embedder)]
    cache.close()
    dev = [x for x in found if x[0][0].startswith("dev ")]
    held = [x for x in found if x[0][0].startswith("held-out ")]
    seeds = [x for x in found if x[0][0] == "seeds"]
    if not dev:
        print("--rules: no development stories")
        return
    line = "{:<31} {}: P {:.3f}  R {:.3f}  F1 {:.3f}  (+{}, {} wrong)"
    print(line.format("words only", "dev", *_rule_scores(dev, None)))
    for family, members in _rule_families().items():
        picks = []
        total = [0, 0, 0, 0, 0]
        for k, story in enumerate(dev):
            setting, rule = _chosen(dev[:k] + dev[k + 1 :], members)
            picks.append(f"{story[0][0][4:]} {setting}")
            total = [x + y for x, y in zip(total, _rule_counts([story], rule))]
        print(line.format(family, "leave one story out", *_prf(*total[:3]), *total[3:]) + f"  ({'; '.join(picks)})")
        setting, rule = _chosen(dev, members)
        for name, some in (("dev", dev), ("held-out", held), ("seeds", seeds)):
            if some:
                print(line.format(f"  {setting}", name, *_rule_scores(some, rule)))


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
    parser.add_argument("--rules", action="store_true", help="the cosine joined to word evidence (see above)")
    parser.add_argument("--curve", action="store_true", help="the cosine threshold's precision/recall curve")
    parser.add_argument("--vectors", type=Path, metavar="FILE", help="the vector cache (default: the user's)")
    args = parser.parse_args()
    VECTORS.extend([args.vectors] if args.vectors else [])
    if not semantic.installed():
        print("bench/semantic.py: the extra is not installed (pip install -e '.[semantic]')", file=sys.stderr)
        sys.exit(2)
    if args.rules:
        rules()
        return
    if args.curve:
        curve()
        return
    if not args.no_quality:
        quality(args.errors)
    if args.speed:
        speed(args.speed)


if __name__ == "__main__":
    main()
