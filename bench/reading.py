"""Reading speed: a 10 MB article in each input kind, and a folder of 10,000 files.

Run: python bench/reading.py [--megabytes N] [--files N]   (0 skips that part)

Prints, for a text, an HTML page (under the HTML size cap: the page is cut to fit), a
JSON Lines file and a feed of about N MB: the time to read it through core.reading (the
path every command takes) and how many paragraphs came out; then, for a folder of N
small files of mixed kinds (text, HTML, JSON Lines, feed), the time to read them all and
the time per file. Peak memory (ru_maxrss) closes the report.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.reading import SEEDS_DIR, read_paths  # noqa: E402
from core.reading.html import MAX_HTML_BYTES  # noqa: E402


def _sentences(rng: random.Random, count: int) -> list[str]:
    words = [w.strip('.,"“”()') for p in sorted(SEEDS_DIR.glob("*.txt")) for w in p.read_text(encoding="utf-8").split()]
    words = [w for w in words if w.isalpha() and len(w) > 3]
    return [" ".join(rng.choice(words) for _ in range(rng.randint(8, 20))).capitalize() + "." for _ in range(count)]


def _paragraphs(rng: random.Random, size: int) -> list[str]:
    pool = _sentences(rng, 2000)
    out, written = [], 0
    while written < size:
        paragraph = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 6)))
        out.append(paragraph)
        written += len(paragraph) + 2
    return out


def _write_kinds(folder: Path, megabytes: float) -> dict[str, Path]:
    rng = random.Random(7)
    paragraphs = _paragraphs(rng, int(megabytes * 2**20))
    files = {"text": folder / "huge.txt", "html": folder / "huge.html", "jsonl": folder / "huge.jsonl",
             "feed": folder / "huge.xml"}
    files["text"].write_text("A very long report on everything\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    html, size = [], 0
    for p in paragraphs:
        if size > MAX_HTML_BYTES - 4096:
            break
        html.append(f"<p>{p}</p>")
        size += len(p) + 7
    files["html"].write_text(
        "<!DOCTYPE html><html><head><title>A very long report | Bench Gazette</title></head><body><article>"
        "<h1>A very long report</h1>" + "".join(html) + "</article></body></html>", encoding="utf-8")
    files["jsonl"].write_text(json.dumps({"title": "A very long report", "source": {"name": "Bench Wire"},
                                          "content": "\n\n".join(paragraphs)}) + "\n", encoding="utf-8")
    body = "".join(f"<p>{p}</p>" for p in paragraphs).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    files["feed"].write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench Feed</title><item>'
        f"<title>A very long report</title><link>https://bench.example/a</link><description>{body}</description>"
        "</item></channel></rss>", encoding="utf-8")
    return files


def _many(folder: Path, count: int) -> None:
    rng = random.Random(11)
    pool = _sentences(rng, 500)
    for n in range(count):
        body = [" ".join(rng.choice(pool) for _ in range(3)) for _ in range(rng.randint(3, 8))]
        kind = n % 4
        if kind == 0:
            (folder / f"r{n:05d}.txt").write_text(f"Report number {n} of the bench\n\n" + "\n\n".join(body), encoding="utf-8")
        elif kind == 1:
            (folder / f"r{n:05d}.html").write_text(
                f"<html><head><title>Report {n} | Bench</title><meta property='og:site_name' content='Bench'></head>"
                f"<body><article><h1>Report {n}</h1>" + "".join(f"<p>{p}</p>" for p in body) + "</article></body></html>",
                encoding="utf-8")
        elif kind == 2:
            (folder / f"r{n:05d}.jsonl").write_text(
                json.dumps({"title": f"Report {n}", "outlet": "Bench Wire", "text": body}) + "\n", encoding="utf-8")
        else:
            items = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in body)
            (folder / f"r{n:05d}.xml").write_text(
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Feed</title><item><title>Report {n}'
                f"</title><link>https://bench.example/{n}</link><description>{items}</description></item></channel></rss>",
                encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10)
    parser.add_argument("--files", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if args.megabytes:
            for kind, path in _write_kinds(root, args.megabytes).items():
                start = time.perf_counter()
                articles, errors = read_paths([path])
                took = time.perf_counter() - start
                paragraphs = sum(len(a.paragraphs) for a in articles)
                print(f"{kind:6} {path.stat().st_size / 2**20:5.1f} MB: {took:6.2f} s, "
                      f"{len(articles)} article(s), {paragraphs} paragraphs, {len(errors)} error(s)")
        if args.files:
            folder = root / "many"
            folder.mkdir()
            _many(folder, args.files)
            start = time.perf_counter()
            articles, errors = read_paths([folder])
            took = time.perf_counter() - start
            print(f"{args.files} files (text, HTML, JSON Lines, feeds): {took:.1f} s, "
                  f"{took / args.files * 1000:.2f} ms a file, {len(articles)} articles, {len(errors)} error(s)")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
