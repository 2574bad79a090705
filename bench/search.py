"""Search benchmark: the library's full-text search as typed, and with typos (Library.search_close).

Run: python bench/search.py [--articles N] [--library PATH]

Builds a library of N synthetic articles (bench/library.py's events, about 11 paragraphs each,
each paragraph with a few more words drawn from a made-up lexicon of 80,000 words, commonest first
as in any language, so the vocabulary is as large as real news's), stored as `add` stores them
but one story each (search reads neither stories nor links; grouping 5,000 articles takes an hour
here), or opens PATH, then times, over the same queries: the vocabulary's close words of a
typed word, `search` (as typed) and `search_close` (words close to the typed ones), for queries
with one typo in a word (a letter dropped, doubled or two swapped) and for queries typed right.
Prints the library's size (paragraphs, distinct words) and median and worst times.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from itertools import accumulate
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.library import Events  # noqa: E402
from core.library.store import Library  # noqa: E402
from core.stories.cluster import profile  # noqa: E402
from core.text import search_fold  # noqa: E402


def typo(word: str, rng: random.Random) -> str:
    """*word* with one typo: a letter dropped, doubled, or two swapped."""
    at = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("drop", "double", "swap"))
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    if kind == "double":
        return word[:at] + word[at] + word[at:]
    return word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]


def timed(call, queries: list[str]) -> tuple[list[float], list[int]]:
    took, found = [], []
    for query in queries:
        t = time.perf_counter()
        got = call(query)
        found.append(got if isinstance(got, int) else len(got))
        took.append(time.perf_counter() - t)
    return took, found


def say(what: str, took: list[float]) -> None:
    print(f"{what}: median {statistics.median(took) * 1000:.1f} ms, max {max(took) * 1000:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5_000)
    parser.add_argument("--library", type=Path, help="search this library instead of building one")
    args = parser.parse_args()
    rng = random.Random(7)
    events = Events()
    path = args.library
    if path is None:
        path = Path(tempfile.mkdtemp(prefix="np-bench-search-")) / "lib.sqlite"
        t = time.perf_counter()
        syllables = "ka lo mi ran tu ve zor pel dan shi qu bex no ra te sul gin fa ho py wen ash ot ur im bre".split()
        lexicon = list(dict.fromkeys("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(120_000)))[:80_000]
        zipf = list(accumulate(1 / rank for rank in range(1, len(lexicon) + 1)))
        made = 0
        with Library(path) as library, library._write() as db:
            while made < args.articles:
                event = events.new_event()
                for _ in range(events.rng.randint(2, 6)):
                    article = events.report(event)
                    extra = [" ".join(rng.choices(lexicon, cum_weights=zipf, k=8)) for _ in article.paragraphs]
                    article = replace(article, paragraphs=tuple(f"{p} {e}." for p, e in zip(article.paragraphs, extra)))
                    story = int(db.execute("INSERT INTO stories (created) VALUES (?)", (time.time(),)).lastrowid or 0)
                    library._insert(article, key=article.id, body=article.id, story=story, source=article.path,
                                    found=profile(article), day=None)
                    made += 1
        print(f"built {made:,} articles in {time.perf_counter() - t:.0f} s ({path})")
    with Library(path) as library:
        (paragraphs,) = library._db.execute("SELECT COUNT(*) FROM paragraphs").fetchone()
        (distinct,) = library._db.execute("SELECT COUNT(*) FROM vocab").fetchone()
        print(f"library: {paragraphs:,} paragraphs, {distinct:,} distinct words")
        texts = [t for (t,) in library._db.execute("SELECT text FROM paragraphs ORDER BY random() LIMIT 400")]
        # two words of one paragraph (so each query typed right finds it), or one
        pools = [ws for t in texts if len(ws := list(dict.fromkeys(w for w in search_fold(t).split() if w.isalpha() and len(w) >= 5))) >= 2]
        right = [" ".join(rng.sample(pool, 2)) for pool in rng.sample(pools, 30)] + [rng.choice(pool) for pool in rng.sample(pools, 10)]
        wrong = [" ".join(typo(w, rng) if n == 0 else w for n, w in enumerate(q.split())) for q in right]
        common = ["said", "the minister", "officials"]
        took, _ = timed(lambda q: library.close_words(q.split()[0]), wrong)
        say(f"close words of a typed word ({len(wrong)} words)", took)
        took, found = timed(library.search, right + common)
        say(f"search as typed ({len(right) + len(common)} queries typed right, up to 50 hits)", took)
        assert all(found), "every query typed right finds its paragraph"
        took, _ = timed(library.search_close, right + common)
        say("search_close, the same queries (words the library holds are taken as typed)", took)
        took, found = timed(library.search, wrong)
        print(f"  as typed, the queries with a typo find: {sum(1 for f in found if f)} of {len(wrong)}")
        took, found = timed(library.search_close, wrong)
        say(f"search_close of {len(wrong)} queries with a typo, up to 50 hits", took)
        print(f"  with words close to the typed ones they find: {sum(1 for f in found if f)} of {len(wrong)}"
              f" (missed: {', '.join(repr(w) + ' for ' + repr(r) for w, r, f in zip(wrong, right, found) if not f) or 'none'})")
        took, _ = timed(library.search_close_count, wrong)
        say("search_close_count of the same", took)


if __name__ == "__main__":
    main()
