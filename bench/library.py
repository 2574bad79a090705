"""Library benchmark: add 10,000 articles, add one more to that library, open the app on it.

Run: python bench/library.py [--articles N] [--keep PATH]

The articles are built deterministically from the seeds' words: events of 2 to 6
outlets' reports, each event with names and a date of its own, each report 8 to 14
paragraphs, some reprinting the event's facts with light edits (as wire copy does),
the rest written of the seeds' words. Prints: the time to add them all (per article:
median and 95th percentile), the time to add and link one more article (median of 25,
each into an existing event, in process; and `newsprism add FILE` as a whole command),
the time of a full-text search, the time to remove 20 stories and the vocabulary's words
before and after (and how many no paragraph held holds), the file's size, and the time from starting `newsprism --library` on a pseudo-terminal
to the story list on screen (median of 5).

Run: python bench/library.py --edited-elsewhere [--articles N] for identity rule 4 alone
(core.library.identity: a file's article is looked for among the articles of its outlet and headline
saved under another name), in a library of N articles (default 50,000, written straight into its
table): the median time of the look-up per file added, with the folded headline's index and without it.

Run: python bench/library.py --one-huge N for one plain-text file of N paragraphs (default 5,000) of
80 words each from a small invented vocabulary with a few names, blank lines between (trial 46 F11:
60,000 such paragraphs took 6 minutes and 820 MB to add): how many articles reading makes of it, and
the CPU time of reading it, and of adding it to an empty library by stage (grouping: its profile;
saving, then its story), the profile's features by kind, and the peak RSS.
With --html, the file is an HTML page of N paragraphs instead (trial 47 F12: a page of 38,000 took
80 s CPU, silent after "saving"), and reading is timed by its stages too ("parsing", "making", "reading").
Each stage's CPU (user + system) is given with the peak RSS when it ended.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.startup import first_paint  # noqa: E402
from core.library.identity import headline_key, known_outlet  # noqa: E402
from core.library.store import Library  # noqa: E402
from core.model import Article, article_id  # noqa: E402
from core.reading import SEEDS_DIR, read_paths  # noqa: E402

SYLLABLES = "ka lo mi ran tu ve zor pel dan shi qu bex no ra te sul gin fa ho py wen ash ot ur".split()


class Events:
    """A deterministic stream of synthetic reports, grouped by event."""

    def __init__(self, seed: int = 11) -> None:
        self.rng = random.Random(seed)
        source, _ = read_paths([SEEDS_DIR])
        self.words = [w for a in source for p in a.paragraphs for w in p.split()]
        self.events: list[tuple[list[str], list[str], date]] = []
        self.outlet = 0

    def _name(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.choice((3, 4)))).capitalize()

    def _sentence(self, names: list[str]) -> str:
        words = self.rng.choices(self.words, k=self.rng.randint(25, 45))
        for i in self.rng.sample(range(len(words)), 4):
            words[i] = self.rng.choice(names)
        return " ".join(words) + "."

    def new_event(self) -> int:
        names = [self._name() for _ in range(6)]
        facts = [self._sentence(names) for _ in range(12)]
        day = date(2020, 1, 1) + timedelta(days=self.rng.randrange(1500))
        self.events.append((names, facts, day))
        return len(self.events) - 1

    def report(self, event: int) -> Article:
        names, facts, day = self.events[event]
        rng = self.rng
        body = []
        for _ in range(rng.randint(8, 14)):
            if rng.random() < 0.5:
                words = rng.choice(facts).split()
                for i in rng.sample(range(len(words)), max(1, len(words) // 12)):
                    words[i] = rng.choice(self.words)
                body.append(" ".join(words))
            else:
                body.append(self._sentence(names))
        self.outlet += 1
        outlet, title = f"Outlet {self.outlet % 300}", f"{names[0]} {names[1]} report {self.outlet}"
        paragraphs = tuple(body)
        return Article(
            id=article_id(outlet, title, paragraphs), path=f"synthetic/{self.outlet}", outlet=outlet, title=title,
            paragraphs=paragraphs, published=(day + timedelta(days=rng.randint(0, 2))).isoformat(),
        )


def edited_elsewhere(count: int) -> None:
    """Time identity rule 4's look-up (Library._edited_elsewhere) for a file added to a library of
    *count* articles of 300 outlets, with the index on the articles' headlines and without it."""
    path = Path(tempfile.mkdtemp(prefix="np-bench-")) / "lib.sqlite"
    with Library(path) as library:
        db = library._db
        db.execute("INSERT INTO stories (id, created) VALUES (1, 0)")
        db.executemany(
            """INSERT INTO articles (id, key, hash, story, outlet, title, title_key, source, paragraphs, added)
               VALUES (?, ?, ?, 1, ?, ?, ?, ?, 1, 0)""",
            ((f"a{i}", f"k{i}", f"h{i}", f"Outlet {i % 300}", f"Headline number {i}", headline_key(f"Headline number {i}"),
              f"saved/{i}.html") for i in range(count)),
        )
        db.commit()
        # files of a held outlet and headline (most of their text rewritten: no version), and of headlines none holds
        files = [
            Article(id=f"n{i}", path=f"new/{i}.html", outlet=f"Outlet {i % 300}", title=f"Headline number {i * 7 % count}",
                    paragraphs=("Another text entirely, of other words.",))
            for i in range(50)
        ] + [
            Article(id=f"m{i}", path=f"new/m{i}.html", outlet="Outlet 1", title=f"A headline never held {i}",
                    paragraphs=("Text.",))
            for i in range(50)
        ]

        def look_ups() -> float:
            took = []
            for article in files:
                t = time.perf_counter()
                library._edited_elsewhere(article, known_outlet(article.outlet, article.path))
                took.append(time.perf_counter() - t)
            return statistics.median(took) * 1000

        indexed = look_ups()
        db.execute("DROP INDEX IF EXISTS articles_title_key")
        scanned = look_ups()
        print(f"identity rule 4, a file's look-up among {count:,} articles: median {indexed:.2f} ms with the headline "
              f"index, {scanned:.2f} ms without it (a scan of the articles)")


def removals(library: Library, rng: random.Random, count: int = 20) -> None:
    """Remove *count* stories of *library* (chosen by *rng*), timed; the vocabulary (table
    ``vocab``, the words search takes a typed word for) before and after, and how many of its words
    no paragraph left holds (words of the removed stories kept, which search could offer still)."""
    from core.library.store import _VOCAB_WORD

    db = library._db
    before = db.execute("SELECT COUNT(*) FROM vocab").fetchone()[0]
    took = []
    for story in rng.sample([s.id for s in library.stories()], count):
        t = time.perf_counter()
        library.remove(story)
        took.append(time.perf_counter() - t)
    after = {w for (w,) in db.execute("SELECT word FROM vocab")}
    held = {w for (text,) in db.execute("SELECT text FROM search") for w in _VOCAB_WORD.findall(text)}
    print(f"remove {count} stories: median {statistics.median(took) * 1000:.1f} ms, max {max(took) * 1000:.1f} ms; "
          f"vocabulary {before:,} -> {len(after):,} words, {len(after - held):,} of them in no paragraph held")


class _Stages:
    """A :data:`~core.progress.Progress` that adds up the CPU time (user + system) spent in each
    step, from one report to the next, and notes the peak RSS (MB) as each step is left; the time
    after a step inside *outer* ends (a page's "parsing" inside its "reading") is *outer*'s."""

    def __init__(self, outer: str | None = None) -> None:
        self.cpu: dict[str, float] = {}
        self.peak: dict[str, float] = {}
        self.outer = outer
        self.last: tuple[float, str | None] = (time.process_time(), None)

    def __call__(self, stage: str, done: int, total: int) -> None:
        import resource

        now = time.process_time()
        then, was = self.last
        if was is not None:
            self.cpu[was] = self.cpu.get(was, 0.0) + now - then
            self.peak[was] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.last = (now, self.outer if self.outer and done >= total and stage != self.outer else stage)

    def line(self) -> str:
        self("", 0, 0)
        return ", ".join(f"{k} {v:.2f} s (peak {self.peak[k]:.0f} MB)" for k, v in self.cpu.items())


def one_huge(paragraphs: int, *, html: bool = False) -> None:
    """Read and add one file of *paragraphs* paragraphs (see the module's docstring), timed by stage."""
    import resource
    from collections import Counter

    from core.progress import reporting
    from core.reading import read_file
    from core.stories.cluster import profile

    rng = random.Random(46)
    vocabulary = ("the and on after said were group clinic outage attack vans rerouted delayed surgeries "
                  "Corvale Ridge Tamsin").split()
    folder = Path(tempfile.mkdtemp(prefix="np-bench-"))
    path = folder / ("huge.html" if html else "huge.txt")
    with path.open("w", encoding="utf-8") as out:
        if html:
            title = "A long dump of Corvale clinic coverage"
            out.write(f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\n")
        else:
            out.write("A long dump of Corvale clinic coverage\n\n")
        for n in range(paragraphs):
            text = " ".join(rng.choice(vocabulary) for _ in range(80)) + f" paragraph {n}."
            out.write(f"<p>{text}</p>\n" if html else text + "\n\n")
        if html:
            out.write("</article></body></html>\n")
    read = _Stages("reading")
    t = time.process_time()
    with reporting(read):
        read("reading", 0, 1)
        articles = read_file(path)
    print(f"read {path.stat().st_size / 2**20:.1f} MB, {paragraphs:,} paragraphs: {len(articles)} article(s), "
          f"{sum(len(a.paragraphs) for a in articles):,} paragraphs, {time.process_time() - t:.2f} s CPU ({read.line()})")
    t = time.process_time()
    kinds = Counter(f[0] for f in profile(articles[0]).features())
    print(f"profile alone: {time.process_time() - t:.2f} s CPU, {sum(kinds.values()):,} features "
          f"({', '.join(f'{k}: {c:,}' for k, c in kinds.most_common(6))})")
    stages = _Stages()
    with Library(folder / "lib.sqlite") as library:
        t = time.process_time()
        for article in articles:
            library.add(article, source=str(path), progress=stages)
        print(f"add: {time.process_time() - t:.2f} s CPU ({stages.line()})")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int)
    parser.add_argument("--keep", type=Path, help="build the library here (default: a temp dir)")
    parser.add_argument("--edited-elsewhere", action="store_true", help="time identity rule 4's look-up alone")
    parser.add_argument("--one-huge", type=int, nargs="?", const=5_000, metavar="N", help="read and add one file of N paragraphs")
    parser.add_argument("--html", action="store_true", help="with --one-huge: an HTML page rather than a text file")
    args = parser.parse_args()
    if args.one_huge is not None:
        one_huge(args.one_huge, html=args.html)
        return
    if args.edited_elsewhere:
        edited_elsewhere(args.articles or 50_000)
        return
    args.articles = args.articles or 10_000
    folder = Path(tempfile.mkdtemp(prefix="np-bench-"))
    path = args.keep or folder / "lib.sqlite"
    events = Events()
    articles: list[Article] = []
    while len(articles) < args.articles:
        event = events.new_event()
        articles.extend(events.report(event) for _ in range(events.rng.randint(2, 6)))
    articles = articles[: args.articles]
    events.rng.shuffle(articles)  # reports arrive in any order, as from many feeds

    times = []
    with Library(path) as library:
        started = time.perf_counter()
        for article in articles:
            t = time.perf_counter()
            library.add(article, source=article.path)
            times.append(time.perf_counter() - t)
        total = time.perf_counter() - started
        stories, count = library.counts()
        print(f"add {count:,} articles: {total:.1f} s in all ({stories:,} stories, {len(events.events):,} true events); "
              f"per article median {statistics.median(times) * 1000:.1f} ms, "
              f"p95 {statistics.quantiles(times, n=20)[-1] * 1000:.1f} ms")

        one = []
        for event in events.rng.sample(range(len(events.events)), 25):
            article = events.report(event)
            t = time.perf_counter()
            added = library.add(article, source=article.path)
            one.append(time.perf_counter() - t)
            assert added.new
        print(f"add one more article to the {count:,}-article library, linked: median {statistics.median(one) * 1000:.1f} ms, "
              f"max {max(one) * 1000:.1f} ms (in process, 25 articles into existing events)")

        queries = [events.events[e][0][0].lower() for e in events.rng.sample(range(len(events.events)), 20)]
        queries += ["talks", "the minister", "of"]  # common words: many hits, ranked
        took = []
        for query in queries:
            t = time.perf_counter()
            found = library.search(query)
            took.append(time.perf_counter() - t)
            assert found, query
        print(f"full-text search ({len(queries)} queries, up to 50 hits each): median {statistics.median(took) * 1000:.1f} ms, "
              f"max {max(took) * 1000:.1f} ms")

        removals(library, events.rng)

    extra = folder / "one.txt"
    report = events.report(0)
    extra.write_text(report.title + "\n\n" + "\n\n".join(report.paragraphs) + "\n", encoding="utf-8")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tui.cli", "add", "--library", str(path), str(extra)], check=True, capture_output=True, cwd=ROOT)
    print(f"`newsprism add FILE` as a whole command (Python start-up and imports included): {time.perf_counter() - t:.2f} s")
    print(f"library file: {path.stat().st_size / 2**20:.0f} MB")

    paints = [first_paint((b"shared", b"outlets"), ("--library", str(path))) for _ in range(5)]
    print(f"open the app on it, start to story list on screen: median {statistics.median(paints):.2f} s "
          f"(runs: {', '.join(f'{p:.2f}' for p in paints)})")


if __name__ == "__main__":
    main()
