"""Precision and recall of the pairs of paragraphs the coverage matrix's facts put together.

Run: python bench/fact_pairs.py

A fact row says every two of its paragraphs report the same thing; a ~¶ cell (a paragraph
counted under another fact, :func:`core.views.facts.reported_elsewhere`) says it of that
paragraph and each of the fact's. Both are scored, beside the links themselves, against the
labels bench/quality.py scores links with: the development and held-out ECB+ stories (read
from the development-data cache; skipped with a message without it) and the seeds. A change
to how facts are grown should not make their pairs wrong more often.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import DEV_GOLD, HELDOUT_GOLD, Pair, dev_data_dir, dev_story, gold_pairs, scores  # noqa: E402

from core.linking.align import link  # noqa: E402
from core.linking.story import Story  # noqa: E402
from core.model import Article  # noqa: E402
from core.reading import SEEDS_DIR, read_paths  # noqa: E402
from core.views.facts import facts, reported_elsewhere  # noqa: E402


def fact_pairs(story: Story) -> tuple[set[Pair], set[Pair]]:
    """The pairs (of different articles) of each fact's paragraphs, and of each paragraph
    reporting a fact under another fact with each of that fact's paragraphs."""
    rows: set[Pair] = set()
    elsewhere: set[Pair] = set()
    for fact in facts(story):
        rows |= {frozenset((a, b)) for a, b in itertools.combinations(fact.paragraphs, 2) if a.article != b.article}
        for refs in reported_elsewhere(story, fact).values():
            elsewhere |= {frozenset((r, m)) for r in refs for m in fact.paragraphs if r.article != m.article}
    return rows, elsewhere


def _line(name: str, predicted: set[tuple[str, Pair]], gold: set[tuple[str, Pair]]) -> str:
    p, r, f = scores(predicted, gold)  # type: ignore[arg-type]
    return f"{name:<26} gold {len(gold):4d}  pairs {len(predicted):4d}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def _score(name: str, stories: list[tuple[str, list[Article], set[Pair]]]) -> None:
    found: dict[str, set[tuple[str, Pair]]] = {"links": set(), "fact rows": set(), "rows and ~¶": set(), "gold": set()}
    for tag, articles, gold in stories:
        story = Story(tuple(articles), tuple(link(articles)))
        rows, elsewhere = fact_pairs(story)
        found["links"] |= {(tag, frozenset((l.a, l.b))) for l in story.links}
        found["fact rows"] |= {(tag, p) for p in rows}
        found["rows and ~¶"] |= {(tag, p) for p in rows | elsewhere}
        found["gold"] |= {(tag, p) for p in gold}
    for kind in ("links", "fact rows", "rows and ~¶"):
        print(_line(f"{name} {kind}", found[kind], found["gold"]))


def main() -> None:
    root = dev_data_dir()
    if not (root / "docs").is_dir():
        print(f"development stories: skipped, no data at {root} (build it with /work/shared/realdata/prep_stories.py)")
    else:
        for name, path in (("dev", DEV_GOLD), ("held-out", HELDOUT_GOLD)):
            labelled = json.loads(path.read_text(encoding="utf-8"))["stories"]
            _score(name, [(str(s["story"]), *dev_story(s, root)) for s in labelled])
    articles, _ = read_paths([SEEDS_DIR])
    _score("seeds", [("seeds", articles, gold_pairs(articles))])


if __name__ == "__main__":
    main()
