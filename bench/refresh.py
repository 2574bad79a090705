"""Refresh benchmark: 200 feeds of 30 entries each from a loopback server, refreshed twice.

Run: python bench/refresh.py [--feeds 200] [--entries 30] [--keep PATH]

A server in a child process (so its work is not counted) serves the feeds on 127.0.0.1
with ETags, as a real one does. The entries are invented reports of 600 events, each event
covered by about ten outlets, each report four paragraphs (one reprinting the event's wire
sentence, as wire copy does). The first refresh fetches and stores everything; the second
finds nothing new. Both run under core.library.refresh's default Policy (16 connections, 2 per host,
no delay between requests to one host): every feed here is on one loopback host, where the
config's polite default (one request a second per site) would only measure the delay. Each refresh runs in a process of its own, which prints the wall time, its
CPU time (all its threads, imports included), the requests made (conditional ones, 304s) and
its peak memory (the maximum resident set size, from getrusage).
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SYLLABLES = "ka lo mi ran tu ve zor pel dan shi qu bex no ra te sul gin fa ho py wen ash ot ur".split()
EVENTS = 600


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))


def _event(n: int) -> tuple[str, list[str]]:
    """The title and the shared facts of event *n*: invented names, a figure, a wire sentence."""
    rng = random.Random(n)
    place, person, thing = _word(rng).title(), _word(rng).title() + " " + _word(rng).title(), _word(rng)
    figure = rng.randint(10, 9000)
    facts = [
        f"Officials in {place} said on Monday that {figure} people had been affected by the {thing} closure, "
        f"and that {person} would lead the inquiry into what went wrong.",
        f"{person} told reporters in {place} that the {thing} would stay shut until the inspectors had finished.",
    ]
    return f"{place}: {thing} closure affects {figure}", facts


def feed_xml(feed: int, entries: int, base: str) -> bytes:
    """RSS 2.0 of outlet *feed*: *entries* full-text entries of the events it covers."""
    from xml.sax.saxutils import escape

    rng = random.Random(10_000 + feed)
    items = []
    for j in range(entries):
        event = (feed * 3 + j * 20) % EVENTS
        title, facts = _event(event)
        own = " ".join(_word(rng) for _ in range(40))
        paragraphs = [facts[0], f"Our correspondent reports: {own}.", facts[1], f"Outlet {feed} adds: " + " ".join(_word(rng) for _ in range(30)) + "."]
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        link = f"{base}/outlet{feed}/{event}.html"
        items.append(
            f"<item><title>{escape(title)}</title><link>{link}</link><guid>{link}</guid>"
            f"<pubDate>Mon, 30 Nov 2026 {j % 24:02d}:00:00 GMT</pubDate>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Outlet {feed} News</title><link>{base}/outlet{feed}/</link><description>news</description>"
        + "".join(items) + "</channel></rss>"
    ).encode()


def serve(feeds: int, entries: int) -> None:
    """In the child: serve the feeds until stdin closes; print the base address first."""
    from tests.feedserver import FeedServer, static

    server = FeedServer().start()
    base = server.url("")
    for feed in range(feeds):
        server.routes[f"/outlet{feed}/rss"] = static(feed_xml(feed, entries, base))
    print(base, flush=True)
    sys.stdin.read()
    print(len(server.log), file=sys.stderr)
    server.stop()


def measure(library_path: Path, label: str) -> None:
    """In a child of its own (so its peak memory is its own): one refresh, its figures."""
    from core.library.store import Library
    from core.library.refresh import refresh

    wall, cpu = time.perf_counter(), time.process_time()
    with Library(library_path) as library:
        outcomes, stats = refresh(library)
        stories, articles = library.counts()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    failed = sum(1 for o in outcomes if o.status == "failed")
    added = sum(o.added for o in outcomes)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{label}: {wall:.2f} s wall, {cpu:.2f} s CPU ({time.process_time():.2f} s with the process's start-up); {stats.requests} requests ({stats.conditional} conditional, "
        f"{stats.not_modified} answered 304), {stats.bytes / 2**20:.1f} MB of bodies; {added} articles added, "
        f"{failed} feeds failed; library {articles} articles in {stories} stories; "
        f"peak memory (max RSS of the process) {rss:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--entries", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="keep the library here")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--measure", nargs=2, metavar=("PATH", "LABEL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.feeds, args.entries)
        return
    if args.measure:
        measure(Path(args.measure[0]), args.measure[1])
        return
    child = subprocess.Popen(
        [sys.executable, __file__, "--serve", "--feeds", str(args.feeds), "--entries", str(args.entries)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    assert child.stdout is not None and child.stdin is not None
    base = child.stdout.readline().strip()
    with tempfile.TemporaryDirectory() as folder:
        path = args.keep or Path(folder) / "lib.sqlite"
        from core.library.store import Library
        from core.library.subscriptions import Subscriptions

        with Library(path) as library:
            subs = Subscriptions(library)
            for feed in range(args.feeds):
                subs.add(f"{base}/outlet{feed}/rss")
        print(f"{args.feeds} feeds of {args.entries} entries from {base}")
        for label in ("first refresh ", "second refresh"):
            subprocess.run([sys.executable, __file__, "--measure", str(path), label], check=True, cwd=ROOT)
    child.stdin.close()
    child.wait(timeout=30)


if __name__ == "__main__":
    main()
