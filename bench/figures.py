"""Figures benchmark: how long comparing a story's figures across outlets takes as the story grows.

Run: python bench/figures.py [ARTICLES ...]   (default: 25 50 100 articles)
     python bench/figures.py --command [PATH ...]   (default: the seeds)

Each story is built deterministically (``random.Random(0)``): ARTICLES reports of one storm by as
many invented outlets, each of 12 paragraphs giving one count ("212 homes were damaged", "37
people were killed") of eight things with values drawn from 3 to 400, a weekday and two places
of six, so every report gives figures of the same few kinds and most of them differ: the worst
case for :func:`core.views.figures.compare`, which weighs pairs of figures of one kind across
articles (an archive story of 100 reports gives 1,200 figures). For each size it prints the
articles, figures, links, the time to link them (:func:`core.linking.align.link`) and to compare
the figures, in seconds of wall-clock time and of CPU time (``compare_cpu_s``: the one to compare
on a loaded machine), and the groups found, one JSON line per size (figures: the quantities read,
dates aside).

With ``--command``: the CPU seconds (user and system, the median of three) of a cold ``newsprism
figures`` on a library of PATH ... (the seeds by default), and on one with a live page among them (a
page of the first text's paragraphs under two update stamps): starting, loading the story and
comparing, as a user waits for it; the live page's run loads the reading stage's stamp reader
besides (trial 50 F10).
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.linking.align import link  # noqa: E402
from core.linking.story import Story  # noqa: E402
from core.model import Article  # noqa: E402
from core.reading.text import parse_text  # noqa: E402
from core.views.figures import compare, extract  # noqa: E402

PLACES = ("Kessra", "Vestmar", "Holmvik", "Ostby", "Marrowby", "Skarvik")
THINGS = ("people were killed", "people were injured", "homes were damaged", "firefighters were deployed",
          "families were evacuated", "people remain missing", "vehicles were destroyed", "schools were closed")
PARAGRAPHS = 12


def storm_story(articles: int, *, seed: int = 0) -> list[Article]:
    """*articles* invented reports of one storm, PARAGRAPHS paragraphs of one count each."""
    rng = random.Random(seed)
    found = []
    for n in range(articles):
        paragraphs = [
            f"In {rng.choice(PLACES)}, {rng.randint(3, 400)} {rng.choice(THINGS)} on {rng.choice(['Monday', 'Tuesday'])}, "
            f"officials of the {rng.choice(PLACES)} district said after the storm."
            for _ in range(PARAGRAPHS)
        ]
        text = f"Storm hits the coast\n\nBy Ana Example{n}\n\n" + "\n\n".join(paragraphs) + "\n"
        found.extend(parse_text(text, path=f"storm{n}.txt", outlet=f"Outlet {n}"))
    return found


def command_cpu(args: list[str]) -> float:
    """CPU seconds (user and system) of one cold run of `newsprism ARGS`, its output dropped."""
    import resource
    import subprocess

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "tui.cli", *args], cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def commands(paths: list[str]) -> None:
    """Print the CPU seconds of `newsprism figures PATHS` cold, without and with a live page."""
    import tempfile

    paths = paths or [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as folder:
        first = Path(paths[0]).read_text(encoding="utf-8").split("\n\n")
        live = Path(folder) / "live.html"
        live.write_text("<html><head><title>Live</title></head><body><article><h1>Live</h1>" + "".join(
            f"<h3>{stamp}</h3><p>{text}</p>" for stamp, text in zip(("18:45", "16:20"), first[1:3])) + "</article></body></html>",
            encoding="utf-8")
        for name, args in (("figures", paths), ("figures_live", [*paths, str(live)])):
            library = str(Path(folder) / f"{name}.sqlite")
            command_cpu(["add", *args, "--library", library])
            runs = sorted(command_cpu(["figures", "--library", library]) for _ in range(3))
            print(json.dumps({"command": name, "paths": len(args), "cpu_s": round(runs[1], 2)}), flush=True)


def main() -> None:
    if sys.argv[1:2] == ["--command"]:
        commands(sys.argv[2:])
        return
    for size in [int(a) for a in sys.argv[1:]] or [25, 50, 100]:
        articles = storm_story(size)
        started = time.perf_counter()
        links = link(articles)
        linked = time.perf_counter()
        story = Story(tuple(articles), tuple(links))
        cpu = time.process_time()
        groups = compare(story)
        compared = time.perf_counter()
        print(json.dumps({
            "articles": size, "figures": len(extract(story.articles)), "links": len(links),
            "link_s": round(linked - started, 2), "compare_s": round(compared - linked, 2),
            "compare_cpu_s": round(time.process_time() - cpu, 2), "groups": len(groups),
        }), flush=True)


if __name__ == "__main__":
    main()
