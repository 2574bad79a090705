"""Stories benchmark: group 10,000 and 100,000 articles by event, and add one to such a library.

Run: python bench/stories.py [--sizes 10000,100000] [--adds 20] [--no-library] [--archive-articles] [--scripts]

The articles come from a deterministic generator of many distinct events: each event has
participants and a place of its own (invented names), figures of its own, and a topic shared
with many other events (so events of one kind share topic words, as two earthquakes do); 1 to
6 outlets report each event, each in its own sentences, half of them undated. Prints, per size:
the time to profile the articles, the time and peak memory (tracemalloc, in a second run) of
the batch clustering (`core.stories.cluster.candidates`, `evidence`, `cluster`, `attach`, `divide`: what `group` does), its B3 F1 against the generated events, and, unless
--no-library, the time to add one more article to a library of that size built in bulk
(median and worst of --adds articles, each of an event already there or a new one; linking
included), and of --adds more without the linker (the stories' own share: profile, evidence,
regrouping the neighbourhood, storing), and the time to read every story's related stories
(`Library.related_all`) and one story's. With --scripts, a third of the outlets write their reports
in Cyrillic and a third in Greek letters (every letter transliterated, the names too), so that
most pairs compared are of two languages whose names are spelt alike by their sound
(`core.stories.cluster._spelt_alike`); the evidence step's time a pair is printed apart.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.library.identity import body_hash, identity_key, known_outlet  # noqa: E402
from core.library.store import _FEATURE_SEP, Library  # noqa: E402
from core.model import Article, article_id  # noqa: E402
from core.stories.cluster import attach, candidates, cluster, divide, evidence, profile  # noqa: E402

SYLLABLES = "ka lo mi ran tu ve zor pel dan shi qu bex no ra te sul gin fa ho py wen ash ot ur ma del vin".split()
TOPICS = {
    "quake": "earthquake magnitude tremor buildings collapsed rescue teams residents damage aftershock injured",
    "arrest": "police arrested suspect charged court custody investigation detectives warrant bail",
    "earnings": "quarter profit revenue shares analysts forecast sales margin dividend results",
    "election": "voters ballot candidate polls campaign turnout party seats coalition count",
    "storm": "storm flooding winds evacuated power outages rainfall forecasters coast damage",
    "deal": "acquisition agreed deal shareholders merger offer board regulators approval bid",
    "strike": "workers strike union pay talks walkout employers dispute wages picket",
    "fire": "fire firefighters blaze flames smoke evacuated destroyed crews cause investigation",
}
#: The letters a report of --scripts writes in another script: the outlets numbered 1 modulo 3 in
#: Cyrillic, 2 modulo 3 in Greek (one letter or two for each Latin one, as a transliteration would;
#: "h" is not written, "x" is a "k", as a name's sound key makes them, so that the names of one
#: event's reports in three scripts sound alike).
_CYRILLIC = dict(zip("abcdefgijklmnopqrstuvwxyz", "а б к д е ф г і й к л м н о п к р с т у в в к и з".split(), strict=True)) | {"h": ""}
_GREEK = dict(zip("abcdefgijklmnopqrstuvwxyz", "α β κ δ ε φ γ ι ι κ λ μ ν ο π κ ρ σ τ ου β β κ υ ζ".split(), strict=True)) | {"h": ""}
SCRIPTS = {
    1: str.maketrans({**_CYRILLIC, **{k.upper(): v.capitalize() for k, v in _CYRILLIC.items()}}),
    2: str.maketrans({**_GREEK, **{k.upper(): v.capitalize() for k, v in _GREEK.items()}}),
}
FILLER = "the a of in on and to said with for after that was were has have by from at its their it".split()


class Generator:
    """A deterministic stream of synthetic reports of many distinct events."""

    def __init__(self, seed: int = 13, *, scripts: bool = False) -> None:
        self.rng = random.Random(seed)
        self.scripts = scripts  # a third of the outlets write in Cyrillic, a third in Greek letters
        self.places = [self._name() for _ in range(400)]  # shared by several events, as cities are

    def _name(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.choice((2, 3, 3, 4)))).capitalize()

    def event(self) -> dict[str, object]:
        rng = self.rng
        topic = rng.choice(sorted(TOPICS))
        people = [f"{self._name()} {self._name()}" for _ in range(3)]
        org = f"{self._name()} {rng.choice(['Foods', 'Bank', 'Works', 'Systems', 'Council'])}"
        return {
            "topic": topic, "people": people, "org": org, "place": rng.choice(self.places),
            "figures": [str(rng.randint(14, 9999)), f"{rng.randint(2, 99)}.{rng.randint(1, 9)}"],
            "day": f"2026-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}",
        }

    def report(self, event: dict[str, object], outlet: int, number: int) -> Article:
        rng = self.rng
        vocabulary = TOPICS[str(event["topic"])].split()
        people = list(event["people"])  # type: ignore[call-overload]
        figures = list(event["figures"])  # type: ignore[call-overload]
        paragraphs = []
        for _ in range(rng.randint(3, 7)):
            words = [rng.choice(vocabulary if rng.random() < 0.5 else FILLER) for _ in range(rng.randint(14, 26))]
            inserts = [rng.choice(people), str(event["place"]), rng.choice([str(event["org"]), rng.choice(figures)])]
            for value in inserts:
                words.insert(rng.randrange(1, len(words)), value)
            paragraphs.append(("In " if rng.random() < 0.5 else "The ") + " ".join(words) + ".")
        title = f"{rng.choice(vocabulary).capitalize()} in {event['place']}"
        name = f"Outlet {outlet}"
        if self.scripts and outlet % 3:
            paragraphs = [p.translate(SCRIPTS[outlet % 3]) for p in paragraphs]
            title = title.translate(SCRIPTS[outlet % 3])
        body = tuple(paragraphs)
        return Article(
            id=article_id(name, title, body), path=f"bench/{number}.txt", outlet=name, title=title, paragraphs=body,
            published=str(event["day"]) if rng.random() < 0.5 else None,
        )

    def articles(self, n: int) -> tuple[list[Article], list[int]]:
        """*n* reports and, for each, the number of its event."""
        out: list[Article] = []
        truth: list[int] = []
        number = 0
        while len(out) < n:
            event = self.event()
            label = number
            for outlet in self.rng.sample(range(60), self.rng.randint(1, 6)):
                if len(out) < n:
                    out.append(self.report(event, outlet, len(out)))
                    truth.append(label)
            number += 1
        return out, truth


def archive_articles(n: int) -> tuple[list[Article], list[int]]:
    """*n* articles of the archive bench (:func:`bench.synth.articles`, seed 0) and each one's event
    (the number in its address)."""
    from bench.synth import articles as synthetic
    from core.reading.jsonl import parse_jsonl
    from core.reading.sources import Item

    lines = "\n".join(json.dumps(record) for record in synthetic(n, seed=0))
    out = [r.article for r in parse_jsonl(lines, source="synthetic.jsonl") if isinstance(r, Item)]
    return out, [int((a.url or "").split("/")[-2]) for a in out]


def b3(truth: list[int], groups: list[list[int]]) -> float:
    """B3 F1 of *groups* against the generated events."""
    predicted = {i: g for g, members in enumerate(groups) for i in members}
    gold: dict[int, set[int]] = defaultdict(set)
    made: dict[int, set[int]] = defaultdict(set)
    for i, label in enumerate(truth):
        gold[label].add(i)
        made[predicted[i]].add(i)
    p = sum(len(gold[truth[i]] & made[predicted[i]]) / len(made[predicted[i]]) for i in range(len(truth))) / len(truth)
    r = sum(len(gold[truth[i]] & made[predicted[i]]) / len(gold[truth[i]]) for i in range(len(truth))) / len(truth)
    return 2 * p * r / (p + r)


def bulk_library(path: Path, articles: list[Article], profiles: list, groups: list[list[int]], scores: dict) -> None:  # type: ignore[type-arg]
    """A library of *articles* as `newsprism add` would leave it (bar the links), written in bulk."""
    with Library(path) as library:
        db = library._db
        db.execute("BEGIN")
        story_of = {}
        for members in groups:
            story = int(db.execute("INSERT INTO stories (created) VALUES (0)").lastrowid or 0)
            for i in members:
                story_of[i] = story
        df: dict[str, int] = defaultdict(int)
        for i, (a, found) in enumerate(zip(articles, profiles, strict=True)):
            body = body_hash(a.paragraphs)
            db.execute(
                """INSERT INTO articles (id, key, hash, story, outlet, title, published, day, source, paragraphs, added, features)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""",
                (a.id, identity_key(a.url, known_outlet(a.outlet, a.path), body), body, story_of[i], a.outlet, a.title,
                 a.published, found.day, a.path, len(a.paragraphs), _FEATURE_SEP.join(found.features())),
            )
            db.executemany("INSERT INTO paragraphs (article, idx, text) VALUES (?, ?, ?)", ((a.id, k, t) for k, t in enumerate(a.paragraphs)))
            db.executemany("INSERT INTO terms (term, article) VALUES (?, ?)", ((t, a.id) for t in found.indexed()))
            for t in found.indexed():
                df[t] += 1
        db.executemany("INSERT INTO term_df (term, df) VALUES (?, ?)", sorted(df.items()))
        db.executemany(
            "INSERT INTO evidence (a, b, score) VALUES (?, ?, ?)",
            ((min(articles[i].id, articles[j].id), max(articles[i].id, articles[j].id), s) for (i, j), s in scores.items() if s > 0),
        )
        db.execute("COMMIT")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="library sizes (default 10000,100000)")
    parser.add_argument("--adds", type=int, default=20, help="articles added one by one to each library (default 20)")
    parser.add_argument("--no-library", action="store_true", help="only the batch clustering")
    parser.add_argument("--archive-articles", action="store_true",
                        help="the archive bench's articles (bench/synth.py: a month, names from a small pool, shared filler) "
                             "read through the JSON Lines reader, instead of this generator's")
    parser.add_argument("--scripts", action="store_true",
                        help="a third of the outlets write in Cyrillic, a third in Greek letters (pairs of two languages)")
    args = parser.parse_args()
    for n in (int(x) for x in args.sizes.split(",")):
        if args.archive_articles:
            articles, truth = archive_articles(n + 2 * args.adds)
        else:
            articles, truth = Generator(scripts=args.scripts).articles(n + 2 * args.adds)
        extra, articles, truth = articles[n:], articles[:n], truth[:n]
        started = time.perf_counter()
        profiles = [profile(a) for a in articles]
        profiled = time.perf_counter() - started
        started = time.perf_counter()
        pairs = candidates(profiles)
        scores = {}
        weighed = {True: 0.0, False: 0.0}  # the evidence step's time, of the pairs of two languages and of the others
        counted = {True: 0, False: 0}
        for i, j in pairs:
            across = profiles[i].language != profiles[j].language
            weighing = time.perf_counter()
            scores[i, j] = evidence(profiles[i], profiles[j]).score
            weighed[across] += time.perf_counter() - weighing
            counted[across] += 1
        groups = cluster(len(profiles), scores, keys=[a.id for a in articles])
        groups = attach(groups, scores, lambda chosen: [profiles[i] for i in chosen], keys=[a.id for a in articles])
        groups = divide(groups, lambda chosen: [profiles[i] for i in chosen], keys=[a.id for a in articles])
        clustered = time.perf_counter() - started
        # Again under tracemalloc, which slows Python several times: the memory, not the time.
        tracemalloc.start()
        again = {(i, j): evidence(profiles[i], profiles[j]).score for i, j in candidates(profiles)}
        divide(attach(cluster(len(profiles), again, keys=[a.id for a in articles]), again,
                      lambda chosen: [profiles[i] for i in chosen], keys=[a.id for a in articles]),
               lambda chosen: [profiles[i] for i in chosen], keys=[a.id for a in articles])
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"{n:,} articles ({len(set(truth)):,} events): profiles {profiled:.1f} s ({profiled / n * 1000:.2f} ms each); "
              f"batch clustering {clustered:.1f} s, peak {peak / 2**20:.0f} MiB, {len(pairs):,} pairs compared "
              f"({counted[True]:,} of two languages; evidence {weighed[True] / max(1, counted[True]) * 1e6:.0f} µs a pair of two "
              f"languages, {weighed[False] / max(1, counted[False]) * 1e6:.0f} µs another), "
              f"{len(groups):,} stories, B3 F1 {b3(truth, groups):.3f}", flush=True)
        if args.no_library:
            continue
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "lib.sqlite"
            started = time.perf_counter()
            bulk_library(path, articles, profiles, groups, scores)
            built = time.perf_counter() - started
            times: list[float] = []
            grouping: list[float] = []
            with Library(path) as library:
                for k, article in enumerate(extra):
                    if k == args.adds:  # the second half: the stories alone, without the linker's work
                        library._link_into = lambda story, moved, progress=None: 0  # type: ignore[method-assign,misc]
                    started = time.perf_counter()
                    library.add(article, source=article.path)
                    (times if k < args.adds else grouping).append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                related = library.related_all()
                every = time.perf_counter() - started
                started = time.perf_counter()
                for story in list(related)[:50]:
                    library.related(story)
                one = (time.perf_counter() - started) / max(1, min(50, len(related)))
            print(f"  library of {n:,} (built in bulk in {built:.0f} s, {path.stat().st_size / 2**20:.0f} MB): adding one article "
                  f"{statistics.median(times):.0f} ms median, {max(times):.0f} ms worst of {len(times)} (linking included); "
                  f"without linking {statistics.median(grouping):.0f} ms median, {max(grouping):.0f} ms worst", flush=True)
            print(f"  related stories: of every story (`stories`) {every * 1000:.0f} ms, {len(related):,} stories with some; "
                  f"of one (`story show`) {one * 1000:.1f} ms", flush=True)


if __name__ == "__main__":
    main()
